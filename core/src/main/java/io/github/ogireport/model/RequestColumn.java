package io.github.ogireport.model;

/** The seven data columns of table 三, in the order the cells of a row are printed. */
public enum RequestColumn {
    NATURAL_PERSON("naturalPerson", "自然人"),
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业"),
    RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
    SOCIAL_WELFARE_ORG("socialWelfareOrg", "社会公益组织"),
    LEGAL_SERVICE_ORG("legalServiceOrg", "法律服务机构"),
    OTHER_ORG("otherOrg", "其他"),
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    RequestColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The last part of the cell key, such as {@code naturalPerson}. */
    public String key() {
        return key;
    }

    /** The column header as printed in the national template. */
    public String label() {
        return label;
    }
}
