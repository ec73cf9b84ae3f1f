package io.github.ogireport.verify;

/** The three statistical tables of the national templates, told apart by the prefix of a cell key. */
public enum StatTable {
    /** Table 二, 主动公开: {@code active.*}. */
    ACTIVE("二", "active.*"),
    /** Table 三, 收到和处理申请: {@code requests.*}. */
    REQUESTS("三", "requests.*"),
    /** Table 四, 行政复议 and 行政诉讼: {@code adminReview.*} and {@code litigation*.*}. */
    REVIEW("四", "adminReview.*, litigation*.*");

    private final String number;
    private final String keys;

    StatTable(String number, String keys) {
        this.number = number;
        this.keys = keys;
    }

    /** The table's number as printed in the report (二, 三, 四). */
    public String number() {
        return number;
    }

    /** The cell keys it holds, as a pattern for people. */
    public String keys() {
        return keys;
    }

    /** The table of a cell key, or null when the key belongs to none. */
    public static StatTable of(String cellKey) {
        if (cellKey.startsWith("active.")) {
            return ACTIVE;
        }
        if (cellKey.startsWith("requests.")) {
            return REQUESTS;
        }
        if (cellKey.startsWith("adminReview.") || cellKey.startsWith("litigation")) {
            return REVIEW;
        }
        return null;
    }
}
