package io.github.ogireport.model;

/** The five columns of each group of table 四, in printed order. */
public enum ReviewColumn {
    /** 结果维持 (key part {@code upheld}). */
    UPHELD("upheld", "结果维持"),
    /** 结果纠正 (key part {@code corrected}). */
    CORRECTED("corrected", "结果纠正"),
    /** 其他结果 (key part {@code otherResult}). */
    OTHER_RESULT("otherResult", "其他结果"),
    /** 尚未审结 (key part {@code pending}). */
    PENDING("pending", "尚未审结"),
    /** 总计 (key part {@code total}). */
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    ReviewColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@return the last part of the cell key, such as {@code upheld}} */
    public String key() {
        return key;
    }

    /** {@return the column header as printed in the national template} */
    public String label() {
        return label;
    }
}
