package io.github.ogireport.model;

/** The three groups of table 四 (行政复议、行政诉讼), in printed order. */
public enum ReviewGroup {
    /** 行政复议 (key part {@code adminReview}). */
    ADMIN_REVIEW("adminReview", "行政复议", "T4-A"),
    /** 行政诉讼·未经复议直接起诉 (key part {@code litigationDirect}). */
    LITIGATION_DIRECT("litigationDirect", "行政诉讼·未经复议直接起诉", "T4-B"),
    /** 行政诉讼·复议后起诉 (key part {@code litigationAfterReview}). */
    LITIGATION_AFTER_REVIEW("litigationAfterReview", "行政诉讼·复议后起诉", "T4-C");

    private final String key;
    private final String label;
    private final String rule;

    ReviewGroup(String key, String label, String rule) {
        this.key = key;
        this.label = label;
        this.rule = rule;
    }

    /** {@return the first part of the cell key, such as {@code adminReview}} */
    public String key() {
        return key;
    }

    /** {@return the group header as printed in the national template} */
    public String label() {
        return label;
    }

    /** {@return the name of the rule that checks this group's total} */
    public String rule() {
        return rule;
    }
}
