package io.github.ogireport.model;

/** The value columns of table 二 across both templates; which ones a row has is given by {@link ActiveRow#columns}. */
public enum ActiveColumn {
    NEWLY_MADE("newlyMade", "本年新制作数量", ValueType.COUNT),
    NEWLY_PUBLISHED("newlyPublished", "本年新公开数量", ValueType.COUNT),
    TOTAL_PUBLISHED("totalPublished", "对外公开总数量", ValueType.COUNT),
    PREV_YEAR_ITEMS("prevYearItems", "上一年项目数量", ValueType.COUNT),
    ITEM_CHANGE("itemChange", "本年增/减", ValueType.SIGNED),
    DECISIONS("decisions", "处理决定数量", ValueType.COUNT),
    PROJECTS("projects", "采购项目数量", ValueType.COUNT),
    TOTAL_AMOUNT("totalAmount", "采购总金额", ValueType.AMOUNT),
    ISSUED("issued", "本年制发件数", ValueType.COUNT),
    REPEALED("repealed", "本年废止件数", ValueType.COUNT),
    IN_FORCE("inForce", "现行有效件数", ValueType.COUNT),
    AMOUNT_WAN_YUAN("amountWanYuan", "本年收费金额（单位：万元）", ValueType.AMOUNT);

    private final String key;
    private final String label;
    private final ValueType type;

    ActiveColumn(String key, String label, ValueType type) {
        this.key = key;
        this.label = label;
        this.type = type;
    }

    /** The last part of the cell key, such as {@code newlyMade}. */
    public String key() {
        return key;
    }

    /** The column header as printed in the national template. */
    public String label() {
        return label;
    }

    /** What values the column may hold. */
    public ValueType type() {
        return type;
    }
}
