package io.github.ogireport.model;

import java.util.List;

import static io.github.ogireport.model.ActiveColumn.*;

/**
 * The data rows of table 二 (主动公开政府信息情况), with the columns each has in each template and the label
 * patterns that recognise them in normalised text.
 */
public enum ActiveRow {
    RULES("rules", "规章", List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED), List.of(ISSUED, REPEALED, IN_FORCE),
            "规章"),
    NORMATIVE_DOCS("normativeDocs", "规范性文件", List.of(NEWLY_MADE, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
            List.of(ISSUED, REPEALED, IN_FORCE), "规范性文件", "规范性档案"),
    LICENSING("licensing", "行政许可", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(DECISIONS), "行政许可"),
    OTHER_SERVICES("otherServices", "其他对外管理服务事项", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(),
            "对外管理服务"),
    PENALTY("penalty", "行政处罚", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(DECISIONS), "行政处罚"),
    COERCION("coercion", "行政强制", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE, DECISIONS), List.of(DECISIONS), "行政强制"),
    FEES("fees", "行政事业性收费", List.of(PREV_YEAR_ITEMS, ITEM_CHANGE), List.of(AMOUNT_WAN_YUAN), "事业性收费"),
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

    /** The middle part of the cell key, such as {@code rules}. */
    public String key() {
        return key;
    }

    /** The row label as printed in the national template. */
    public String label() {
        return label;
    }

    /** Regular expressions over normalised text that recognise this row's label. */
    public List<String> patterns() {
        return patterns;
    }

    /** The value columns of this row in a template, in printed order; empty when the template lacks the row. */
    public List<ActiveColumn> columns(TemplateVersion template) {
        return switch (template) {
            case V2019 -> columns2019;
            case V2021 -> columns2021;
            default -> List.of();
        };
    }

    /** Whether the row is a data row of the given template. */
    public boolean in(TemplateVersion template) {
        return !columns(template).isEmpty();
    }
}
