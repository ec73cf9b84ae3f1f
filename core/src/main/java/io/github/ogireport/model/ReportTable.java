package io.github.ogireport.model;

/** The three statistical tables of the national templates, by the names the output contract gives them. */
public enum ReportTable {
    /** Table 二, 主动公开: cell keys {@code active.*}. */
    ACTIVE("active", "二", "active.*"),
    /** Table 三, 收到和处理申请: cell keys {@code requests.*}. */
    REQUESTS("requests", "三", "requests.*"),
    /** Table 四, 行政复议 and 行政诉讼: cell keys {@code adminReview.*} and {@code litigation*.*}. */
    REVIEW("review", "四", "adminReview.*, litigation*.*");

    private final String key;
    private final String number;
    private final String keys;

    ReportTable(String key, String number, String keys) {
        this.key = key;
        this.number = number;
        this.keys = keys;
    }

    /**
     * {@return the name the contract writes (an extra row's {@code table}, a warning's {@code where})} Such as
     * {@code active}.
     */
    public String key() {
        return key;
    }

    /** {@return the table's number as printed in the report (二, 三, 四)} */
    public String number() {
        return number;
    }

    /** {@return the cell keys it holds, as a pattern for people} */
    public String keys() {
        return keys;
    }

    /**
     * The table of a cell key.
     *
     * @param cellKey a cell key of the contract
     * @return its table, or null when the key belongs to none
     */
    public static ReportTable ofCellKey(String cellKey) {
        if (cellKey.startsWith(ACTIVE.key + ".")) {
            return ACTIVE;
        }
        if (cellKey.startsWith(REQUESTS.key + ".")) {
            return REQUESTS;
        }
        for (ReviewGroup g : ReviewGroup.values()) {
            if (cellKey.startsWith(g.key() + ".")) {
                return REVIEW;
            }
        }
        return null;
    }
}
