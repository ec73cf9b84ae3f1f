package io.github.ogireport.model;

/** The three groups of table 四 (行政复议、行政诉讼), in printed order. */
public enum ReviewGroup {
    /** 行政复议 (key part {@code adminReview}). */
    ADMIN_REVIEW("adminReview", "行政复议", Rule.T4_A),
    /** 行政诉讼·未经复议直接起诉 (key part {@code litigationDirect}). */
    LITIGATION_DIRECT("litigationDirect", "行政诉讼·未经复议直接起诉", Rule.T4_B),
    /** 行政诉讼·复议后起诉 (key part {@code litigationAfterReview}). */
    LITIGATION_AFTER_REVIEW("litigationAfterReview", "行政诉讼·复议后起诉", Rule.T4_C);

    private final String key;
    private final String label;
    private final Rule rule;

    ReviewGroup(String key, String label, Rule rule) {
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

    /** {@return the rule that checks this group's total} */
    public Rule rule() {
        return rule;
    }
}
