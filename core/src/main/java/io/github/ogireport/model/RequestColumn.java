package io.github.ogireport.model;

/** The seven data columns of table 三, in the order the cells of a row are printed. */
public enum RequestColumn {
    /** 自然人 (key part {@code naturalPerson}). */
    NATURAL_PERSON("naturalPerson", "自然人"),
    /** 商业企业 (key part {@code commercialEnterprise}). */
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
    /** 科研机构 (key part {@code researchInstitution}). */
    RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
    /** 社会公益组织 (key part {@code socialWelfareOrg}). */
    SOCIAL_WELFARE_ORG("socialWelfareOrg", "社会公益组织"),
    /** 法律服务机构 (key part {@code legalServiceOrg}). */
    LEGAL_SERVICE_ORG("legalServiceOrg", "法律服务机构"),
    /** 其他 (key part {@code otherOrg}). */
    OTHER_ORG("otherOrg", "其他"),
    /** 总计 (key part {@code total}). */
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    RequestColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@return the last part of the cell key, such as {@code naturalPerson}} */
    public String key() {
        return key;
    }

    /** {@return the column header as printed in the national template} */
    public String label() {
        return label;
    }
}
