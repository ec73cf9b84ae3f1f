package io.github.ogireport.model;

import java.util.List;

import static io.github.ogireport.model.ActiveColumn.*;

/**
 * The data rows of table 二 (主动公开政府信息情况), with the columns each has in each template and the label
 * patterns that recognise them in normalised text.
 */
public enum ActiveRow {
    /** 规章 (key part {@code rules}). */
    RULES("rules", "规章", List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED), List.of(ISSUED, REPEALED, IN_FORCE),
            "规章"),
    /** 规范性文件 (key part {@code normativeDocs}). */
    NORMATIVE_DOCS("normativeDocs", "规范性文件", List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
            List.of(ISSUED, REPEALED, IN_FORCE), "规范性文件", "规范性档案"),
    /** 行政许可 (key part {@code licensing}). */
    LICENSING("licensing", "行政许可", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(DECISIONS), "行政许可"),
    /** 其他对外管理服务事项 (key part {@code otherServices}). */
    OTHER_SERVICES("otherServices", "其他对外管理服务事项", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(),
            "对外管理服务"),
    /** 行政处罚 (key part {@code penalty}). */
    PENALTY("penalty", "行政处罚", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(DECISIONS), "行政处罚"),
    /** 行政强制 (key part {@code coercion}). */
    COERCION("coercion", "行政强制", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(DECISIONS), "行政强制"),
    /** 行政事业性收费 (key part {@code fees}). */
    FEES("fees", "行政事业性收费", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE), List.of(AMOUNT_WAN_YUAN), "事业性收费"),
    /** 政府集中采购 (key part {@code procurement}). */
    PROCUREMENT("procurement", "政府集中采购", List.of(PROJECTS, TOTAL_AMOUNT), List.of(), "集中采购");

    private final String key;
    private final String label;
    private final List<ActiveColumn> columns2019;
    private final List<ActiveColumn> columns2021;
    private final List<String> patterns;

    ActiveRow(String key, String label, List<ActiveColumn> columns2019, List<ActiveColumn> columns2021,
              String... patterns) {
        this.key = key;
        this.label = label;
        this.columns2019 = columns2019;
        this.columns2021 = columns2021;
        this.patterns = List.of(patterns);
    }

    /** {@return the middle part of the cell key, such as {@code rules}} */
    public String key() {
        return key;
    }

    /** {@return the row label as printed in the national template} */
    public String label() {
        return label;
    }

    /** {@return the regular expressions over normalised text that recognise this row's label} */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * The value columns of this row in a template, in printed order; empty when the template lacks the row.
     *
     * @param template the template
     * @return the columns, or an empty list
     */
    public List<ActiveColumn> columns(TemplateVersion template) {
        return switch (template) {
            case V2019 -> columns2019;
            case V2021 -> columns2021;
            default -> List.of();
        };
    }

    /**
     * Whether the row is a data row of the given template.
     *
     * @param template the template
     * @return true when the template has the row
     */
    public boolean in(TemplateVersion template) {
        return !columns(template).isEmpty();
    }
}
