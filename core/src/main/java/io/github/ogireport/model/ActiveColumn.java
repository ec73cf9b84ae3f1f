package io.github.ogireport.model;

/** The value columns of table 二 across both templates; which ones a row has is given by {@link ActiveRow#columns}. */
public enum ActiveColumn {
    /** 本年新制作数量 (key part {@code newlyMade}). */
    NEWLY_MADE("newlyMade", "本年新制作数量", ValueType.COUNT),
    /** 本年新公开数量 (key part {@code newlyPublished}). */
    NEWLY_PUBLISHED("newlyPublished", "本年新公开数量", ValueType.COUNT),
    /** 对外公开总数量 (key part {@code totalPublished}). */
    TOTAL_PUBLISHED("totalPublished", "对外公开总数量", ValueType.COUNT),
    /** 上一年项目数量 (key part {@code prevYearItems}). */
    PREV_YEAR_ITEMS("prevYearItems", "上一年项目数量", ValueType.COUNT),
    /** 本年增/减 (key part {@code itemChange}). */
    ITEM_CHANGE("itemChange", "本年增/减", ValueType.SIGNED),
    /** 处理决定数量 (key part {@code decisions}). */
    DECISIONS("decisions", "处理决定数量", ValueType.COUNT),
    /** 采购项目数量 (key part {@code projects}). */
    PROJECTS("projects", "采购项目数量", ValueType.COUNT),
    /** 采购总金额 (key part {@code totalAmount}). */
    TOTAL_AMOUNT("totalAmount", "采购总金额", ValueType.AMOUNT),
    /** 本年制发件数 (key part {@code issued}). */
    ISSUED("issued", "本年制发件数", ValueType.COUNT),
    /** 本年废止件数 (key part {@code repealed}). */
    REPEALED("repealed", "本年废止件数", ValueType.COUNT),
    /** 现行有效件数 (key part {@code inForce}). */
    IN_FORCE("inForce", "现行有效件数", ValueType.COUNT),
    /** 本年收费金额（单位：万元） (key part {@code amountWanYuan}). */
    AMOUNT_WAN_YUAN("amountWanYuan", "本年收费金额（单位：万元）", ValueType.AMOUNT);

    private final String key;
    private final String label;
    private final ValueType type;

    ActiveColumn(String key, String label, ValueType type) {
        this.key = key;
        this.label = label;
        this.type = type;
    }

    /** {@return the last part of the cell key, such as {@code newlyMade}} */
    public String key() {
        return key;
    }

    /** {@return the column header as printed in the national template} */
    public String label() {
        return label;
    }

    /** {@return what values the column may hold} */
    public ValueType type() {
        return type;
    }
}
