package io.github.ogireport.grid;

import io.github.ogireport.TestData;
import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.text.MatchText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every printed row and column label of both templates, as the contract's data table lists them
 * (docs/cell-keys.tsv: key, templates, row label, column label), is recognised as its own row and column: the whole
 * table, not a chosen few. Row labels go through the label matchers the table reader uses (built as
 * {@link TableBuilder} builds them); columns of tables 三 and 四 are placed by position (docs/FORMAT.md A4), so their
 * printed labels must be those of the column enums in that order, and the columns of table 二 must tell their
 * template as the template detector reads them.
 */
class TemplateLabelsTest {
    private static final LabelMatcher<ActiveRow> ACTIVE =
            new LabelMatcher<>(Arrays.asList(ActiveRow.values()), ActiveRow::patterns);
    private static final LabelMatcher<RequestRow> REQUESTS =
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);

    /** One line of the data table. */
    private record Cell(String key, Set<String> templates, String row, String column) {
        String table() {
            return key.substring(0, key.indexOf('.'));
        }

        String rowKey() {
            String[] parts = key.split("\\.");
            return parts.length == 3 ? parts[1] : parts[0];
        }

        String columnKey() {
            return key.substring(key.lastIndexOf('.') + 1);
        }
    }

    private static List<Cell> cells() throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (String line : Files.readAllLines(TestData.CELL_KEYS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            cells.add(new Cell(f[0], Set.of(f[1].split(",")), f[2], f[3]));
        }
        assertEquals(226, cells.size(), "the contract's 226 keys");
        return cells;
    }

    /** The printed label of a row, each variant (规范性文件 / 行政规范性文件), without the data table's ellipsis. */
    private static List<String> variants(String label) {
        return Arrays.stream(label.split(" / ")).map(v -> v.replace("…", "")).toList();
    }

    @Test
    void everyRowLabelOfTableTwoIsItsOwnRow() throws IOException {
        Map<String, String> seen = new LinkedHashMap<>();
        for (Cell c : cells()) {
            if (c.table().equals("active")) {
                for (String label : variants(c.row())) {
                    ActiveRow row = ACTIVE.match(MatchText.of(label));
                    assertEquals(c.rowKey(), row == null ? null : row.key(), label + " (" + c.key() + ")");
                    seen.put(label, c.rowKey());
                }
            }
        }
        assertEquals(9, seen.size(), seen.toString()); // 8 rows, 规范性文件 printed two ways
        for (ActiveRow row : ActiveRow.values()) {
            assertEquals(row, ACTIVE.match(MatchText.of(row.label())), row.label());
        }
    }

    /**
     * Table 三's labels as printed, group label and row label together where the row sits under a group
     * ({@code （三）不予公开 1.属于国家秘密}): the row's label starts last, so it wins.
     */
    @Test
    void everyRowLabelOfTableThreeIsItsOwnRow() throws IOException {
        Set<String> rows = new TreeSet<>();
        for (Cell c : cells()) {
            if (c.table().equals("requests")) {
                for (String label : variants(c.row())) {
                    RequestRow row = REQUESTS.match(MatchText.of(label));
                    assertEquals(c.rowKey(), row == null ? null : row.key(), label + " (" + c.key() + ")");
                    rows.add(c.rowKey());
                    for (String template : c.templates()) {
                        assertTrue(row.in(template(template)), row + " is a row of " + template);
                    }
                }
            }
        }
        assertEquals(RequestRow.values().length, rows.size(), "every row of either template is in the table");
        for (RequestRow row : RequestRow.values()) {
            assertEquals(row, REQUESTS.match(MatchText.of(row.label())), row.label());
            if (row.group() != null) {
                assertEquals(row, REQUESTS.match(MatchText.of(row.group() + row.label())), row.group() + row.label());
            }
        }
    }

    /** A group label carries no numbers: alone it is no row (2019's （六）其他处理 is itself a data row). */
    @Test
    void aGroupLabelAloneIsNoRow() {
        for (String group : List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理")) {
            assertEquals(null, REQUESTS.match(MatchText.of(group)), group);
        }
        assertEquals(RequestRow.OTHER_HANDLING, REQUESTS.match(MatchText.of("（六）其他处理")));
        assertTrue(RequestRow.OTHER_HANDLING.in(TemplateVersion.V2019) && !RequestRow.OTHER_HANDLING.in(
                TemplateVersion.V2021), "in 2021 （六）其他处理 is a group: a number on it is a subtotal, kept aside");
    }

    /** Tables 三 and 四 are read by position: the n-th printed column is the n-th enum constant, label for label. */
    @Test
    void everyColumnLabelOfTablesThreeAndFourIsItsOwnColumn() throws IOException {
        int requests = 0;
        int review = 0;
        for (Cell c : cells()) {
            if (c.table().equals("requests")) {
                RequestColumn column = Arrays.stream(RequestColumn.values())
                        .filter(k -> k.label().equals(c.column())).findFirst().orElseThrow();
                assertEquals(c.columnKey(), column.key(), c.column() + " (" + c.key() + ")");
                requests++;
            } else if (!c.table().equals("active")) {
                ReviewColumn column = Arrays.stream(ReviewColumn.values())
                        .filter(k -> k.label().equals(c.column())).findFirst().orElseThrow();
                assertEquals(c.columnKey(), column.key(), c.column() + " (" + c.key() + ")");
                ReviewGroup group = Arrays.stream(ReviewGroup.values())
                        .filter(g -> g.label().equals(c.row())).findFirst().orElseThrow();
                assertEquals(c.table(), group.key(), c.row() + " (" + c.key() + ")");
                review++;
            }
        }
        assertEquals(25 * RequestColumn.values().length + RequestColumn.values().length, requests); // 26 rows
        assertEquals(15, review);
    }

    /**
     * Table 二's columns differ between the templates: each printed label is its own column's, and a sub-table's
     * header (its row label and its column labels, as a flattened copy prints them) tells its template.
     */
    @Test
    void everyColumnLabelOfTableTwoIsItsOwnColumnAndTellsItsTemplate() throws IOException {
        Map<String, StringBuilder> headers = new LinkedHashMap<>();
        for (Cell c : cells()) {
            if (!c.table().equals("active")) {
                continue;
            }
            for (String template : c.templates()) {
                // （本年）处理决定数量: 2019 prints 处理决定数量, 2021 本年处理决定数量
                String printed = c.column().replace("(本年)", template.equals("2021") ? "本年" : "");
                ActiveColumn column = Arrays.stream(ActiveColumn.values())
                        .filter(k -> MatchText.of(k.label()).equals(MatchText.of(printed))
                                || k == ActiveColumn.DECISIONS && printed.equals("本年" + k.label()))
                        .findFirst().orElseThrow(() -> new AssertionError(printed));
                assertEquals(c.columnKey(), column.key(), printed + " (" + c.key() + ")");
                String rowLabel = printedRow(c.row(), template);
                ActiveRow row = ACTIVE.match(MatchText.of(rowLabel));
                assertTrue(row.columns(template(template)).contains(column), row + " has " + column + " in "
                        + template);
                headers.computeIfAbsent(template + " " + rowLabel, k -> new StringBuilder(rowLabel)).append(printed);
            }
        }
        assertEquals(14, headers.size(), headers.keySet().toString()); // 8 sub-table rows of 2019, 6 of 2021
        for (Map.Entry<String, StringBuilder> h : headers.entrySet()) {
            TemplateVersion want = template(h.getKey().substring(0, 4));
            assertEquals(want, TemplateDetector.detect(MatchText.of(h.getValue().toString()), null).template(),
                    h.getValue().toString());
        }
    }

    /** The row label a template prints where the data table lists two (规范性文件 / 行政规范性文件: 2019 / 2021). */
    private static String printedRow(String label, String template) {
        List<String> variants = variants(label);
        return variants.get(template.equals("2021") ? variants.size() - 1 : 0);
    }

    private static TemplateVersion template(String label) {
        return Arrays.stream(TemplateVersion.values()).filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }
}
