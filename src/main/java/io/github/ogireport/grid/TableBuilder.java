package io.github.ogireport.grid;

import io.github.ogireport.extract.Block;
import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.Tokenizer;
import io.github.ogireport.validate.Sums;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Rebuilds the three template tables from the tokens of their sections: each row by its label anchor and the
 * values that follow it, table 四 as its one run of 15 values.
 */
public final class TableBuilder {
    private static final LabelMatcher<ActiveRow> ACTIVE_LABELS =
            new LabelMatcher<>(Arrays.asList(ActiveRow.values()), ActiveRow::patterns);
    private static final LabelMatcher<RequestRow> REQUEST_LABELS =
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);
    private static final int REVIEW_CELLS = ReviewGroup.values().length * ReviewColumn.values().length;

    private final TemplateVersion template;
    private final List<Block> blocks;
    private final Map<String, CellValue> cells = new LinkedHashMap<>();
    private final List<ExtraRow> extras = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Set<Integer> tableBlocks = new HashSet<>();
    private int rowsFound;
    private int droppedExtras;
    /**
     * A real report has a few rows outside the template; a document that repeats its tables thousands of times would
     * otherwise make a report (and a JSON line) larger than itself, with a row and a warning for every repeat.
     */
    static final int MAX_EXTRA_ROWS = 1_000;

    private TableBuilder(TemplateVersion template, List<Block> blocks) {
        this.template = template;
        this.blocks = blocks;
        for (String key : CellKeys.of(template)) {
            cells.put(key, CellValue.missing());
        }
    }

    /**
     * Reads the tables of a template.
     *
     * @param template a template with tables
     * @param blocks the document
     * @param active the block range [from, to) of section 二
     * @param requests the block range of section 三
     * @param review the block range of section 四
     */
    public static Tables build(TemplateVersion template, List<Block> blocks, int[] active, int[] requests,
                               int[] review) {
        TableBuilder b = new TableBuilder(template, blocks);
        // without section headings the three ranges are the whole document: tokenise it once, not three times
        Map<List<Integer>, List<Token>> byRange = new HashMap<>();
        b.readActive(tokens(blocks, active, byRange));
        b.readRequests(tokens(blocks, requests, byRange));
        b.readReview(tokens(blocks, review, byRange));
        b.reportGaps();
        if (b.droppedExtras > 0) {
            b.warnings.add(new Warning(WarningCode.LIMIT_REACHED, "extra rows", b.droppedExtras + " more rows outside "
                    + "the template were not kept: at most " + MAX_EXTRA_ROWS + " are"));
        }
        return new Tables(b.cells, b.extras, b.warnings, b.tableBlocks, b.rowsFound);
    }

    private static List<Token> tokens(List<Block> blocks, int[] range, Map<List<Integer>, List<Token>> byRange) {
        return byRange.computeIfAbsent(List.of(range[0], range[1]), r -> Tokenizer.tokens(blocks, r.get(0), r.get(1)));
    }

    private void readActive(List<Token> tokens) {
        Set<ActiveRow> done = EnumSet.noneOf(ActiveRow.class);
        for (LabelledRow<ActiveRow> r : RowScanner.scan(tokens, ACTIVE_LABELS)) {
            ActiveRow row = r.row();
            if (row == null || !row.in(template) || !done.add(row)) {
                keepExtra("active", row == null ? null : row.key(), r);
                continue;
            }
            List<ActiveColumn> columns = row.columns(template);
            Selection s = CellSelector.select(r.values(), columns.size(), null);
            place(r, s, "active." + row.key(), i -> CellKeys.of(row, columns.get(i)));
        }
    }

    private void readRequests(List<Token> tokens) {
        Set<RequestRow> done = EnumSet.noneOf(RequestRow.class);
        int width = RequestColumn.values().length;
        for (LabelledRow<RequestRow> r : RowScanner.scan(tokens, REQUEST_LABELS)) {
            RequestRow row = r.row();
            if (row == null || !row.in(template) || !done.add(row)) {
                keepExtra("requests", row == null ? null : row.key(), r);
                continue;
            }
            Selection s = CellSelector.select(r.values(), width, Sums::lastIsSumOfRest);
            place(r, s, "requests." + row.key(), i -> CellKeys.of(row, RequestColumn.values()[i]));
        }
    }

    private void readReview(List<Token> tokens) {
        // table 四 has no row label: its data row is the longest run of cells in the section
        LabelledRow<Object> best = null;
        for (LabelledRow<Object> r : RowScanner.scan(tokens, new LabelMatcher<>(List.of(), x -> List.of()))) {
            if (best == null || numbers(r.values()) > numbers(best.values())) {
                best = r;
            }
        }
        if (best == null || numbers(best.values()) == 0) {
            return;
        }
        Predicate<List<CellValue>> groupsAddUp = row -> {
            int n = ReviewColumn.values().length;
            for (int g = 0; g < ReviewGroup.values().length; g++) {
                if (!Sums.lastIsSumOfRest(row.subList(g * n, g * n + n))) {
                    return false;
                }
            }
            return true;
        };
        Selection s = CellSelector.select(best.values(), REVIEW_CELLS, groupsAddUp);
        int n = ReviewColumn.values().length;
        place(best, s, "review", i -> CellKeys.of(ReviewGroup.values()[i / n], ReviewColumn.values()[i % n]));
    }

    private static long numbers(List<Token> values) {
        return values.stream().filter(t -> t.kind() != Token.Kind.EMPTY).count();
    }

    private void place(LabelledRow<?> r, Selection s, String where, java.util.function.IntFunction<String> key) {
        if (s.problem() != null) {
            warnings.add(new Warning(s.problem(), where, s.detail()));
        }
        if (s.cells() == null) {
            return;
        }
        rowsFound++;
        r.values().forEach(t -> tableBlocks.add(t.block()));
        for (int i = 0; i < s.cells().size(); i++) {
            cells.put(key.apply(i), s.cells().get(i));
        }
    }

    private void keepExtra(String table, String rowKey, LabelledRow<?> r) {
        if (r.label().isEmpty() || numbers(r.values()) == 0) {
            return;
        }
        if (extras.size() >= MAX_EXTRA_ROWS) {
            droppedExtras++;
            return;
        }
        List<CellValue> values = r.values().stream().map(Token::value).toList();
        extras.add(new ExtraRow(table, rowKey, r.label(), values));
        r.values().forEach(t -> tableBlocks.add(t.block()));
        String why = r.row() == null ? "not a row of the template" : "a row of another template or a repeated row";
        warnings.add(new Warning(WarningCode.EXTRA_ROW, table, "row “" + r.label() + "” with values "
                + values.stream().map(CellValue::raw).collect(Collectors.joining(" ")) + " is " + why
                + "; kept as an extra row"));
    }

    private void reportGaps() {
        List<String> missing = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        cells.forEach((key, value) -> {
            if (value.kind() == CellKind.MISSING) {
                missing.add(key);
            } else if (!value.isNumber()) {
                blank.add(key);
            }
        });
        if (missing.size() == cells.size() && !cells.isEmpty()) {
            warnings.add(new Warning(WarningCode.TABLE_MISSING, null,
                    "no table cells were found (tables may be published as images)"));
        } else if (!missing.isEmpty()) {
            warnings.add(new Warning(WarningCode.MISSING_CELLS, summarize(missing),
                    missing.size() + " template cells were not found: " + summarize(missing)));
        }
        if (!blank.isEmpty()) {
            warnings.add(new Warning(WarningCode.BLANK_CELLS, summarize(blank),
                    blank.size() + " cells are blank or hold no number: " + String.join(", ", blank)));
        }
    }

    /** Cell keys grouped by row: {@code adminReview.*} for a whole group, else the keys themselves. */
    private String summarize(List<String> keys) {
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (String k : keys) {
            byRow.computeIfAbsent(k.substring(0, k.lastIndexOf('.')), x -> new ArrayList<>()).add(k);
        }
        List<String> parts = new ArrayList<>();
        byRow.forEach((row, ks) -> {
            long width = cells.keySet().stream().filter(k -> k.startsWith(row + ".")).count();
            if (ks.size() == width && width > 1) {
                parts.add(row + ".*");
            } else {
                parts.addAll(ks);
            }
        });
        return String.join(", ", parts);
    }
}
