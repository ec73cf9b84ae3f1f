package io.github.ogireport.model;

/** The five columns of each group of table 四, in printed order. */
public enum ReviewColumn {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER_RESULT("otherResult", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    ReviewColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The last part of the cell key, such as {@code upheld}. */
    public String key() {
        return key;
    }

    /** The column header as printed in the national template. */
    public String label() {
        return label;
    }
}
