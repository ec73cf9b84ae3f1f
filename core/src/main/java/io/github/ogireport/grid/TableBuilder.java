package io.github.ogireport.grid;

import io.github.ogireport.document.Block;
import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.ValueType;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.text.DocumentText;
import io.github.ogireport.text.PageFurniture;
import io.github.ogireport.text.Token;
import io.github.ogireport.text.Tokenizer;
import io.github.ogireport.validate.Sums;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Rebuilds the three template tables from the tokens of their sections: each row by its label anchor and the
 * values that follow it, table 四 as its one run of 15 values. Damaged copies are repaired on the way: cells glued
 * together by an earlier tool are split again with the format's arithmetic ({@link SplitSearch}, table 三 jointly
 * with {@link TableSolver}), tables torn apart by a conversion are put back in reading order ({@link TornTable}),
 * and page footers inside a table are dropped.
 */
public final class TableBuilder {
    private static final LabelMatcher<ActiveRow> ACTIVE_LABELS =
            new LabelMatcher<>(Arrays.asList(ActiveRow.values()), ActiveRow::patterns);
    private static final LabelMatcher<RequestRow> REQUEST_LABELS =
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);
    private static final LabelMatcher<Object> NO_LABELS = new LabelMatcher<>(List.of(), x -> List.of());
    private static final int REVIEW_CELLS = ReviewGroup.values().length * ReviewColumn.values().length;
    /**
     * Search steps for the glued rows of one table, and for one row. A step takes about 0.15 µs, so a table costs
     * at most some 0.2 s; a realistic glued row (values up to a few thousand) needs under 100,000 steps.
     */
    static final long TABLE_STEPS = 1_500_000;
    static final long ROW_STEPS = 200_000;
    /** The most splits a row may have and still take part in solving table 三. */
    static final int MAX_CANDIDATES = 256;

    private final TemplateVersion template;
    private final RestatedNumbers restated;
    /** The template's cell keys, and the value of each: places are array slots, not map entries. */
    private final List<String> keys;
    private final CellValue[] cells;
    private final List<ExtraRow> extras = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final BlockSet tableBlocks = new BlockSet();
    private final Set<String> undecided = new HashSet<>();
    /** The rows of table 二 printed with the other template's columns. */
    private Set<ActiveRow> otherColumns = EnumSet.noneOf(ActiveRow.class);
    /** The labels of rows of the other template met in table 二, for one MIXED_TEMPLATE warning. */
    private final Set<String> mixedRows = new java.util.LinkedHashSet<>();
    /** The runs of digits split off label text: evidence that this page's rows were glued. */
    private final Set<Token> gluedToLabels = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Per table, the glued rows that held one character per cell: one warning names them all. */
    private final Map<ReportTable, List<RecoveredRow>> plainRows = new LinkedHashMap<>();
    private int rowsFound;
    private int droppedExtras;
    /**
     * A real report has a few rows outside the template; a document that repeats its tables thousands of times would
     * otherwise make a report (and a JSON line) larger than itself, with a row and a warning for every repeat.
     */
    static final int MAX_EXTRA_ROWS = 1_000;

    private TableBuilder(TemplateVersion template, String sectionOne) {
        this.template = template;
        this.restated = RestatedNumbers.in(sectionOne);
        this.keys = CellKeys.of(template);
        this.cells = new CellValue[keys.size()];
        Arrays.fill(cells, CellValue.missing());
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
        return build(template, DocumentText.of(blocks), active, requests, review, "");
    }

    /**
     * Reads the tables of a template, using the numbers section 一 restates to decide between splits of glued
     * cells of table 二, which has no sum rule ({@link RestatedNumbers}).
     *
     * @param doc the document, normalised once by the caller
     * @param sectionOne the text of section 一, or empty
     */
    public static Tables build(TemplateVersion template, DocumentText doc, int[] active, int[] requests,
                               int[] review, String sectionOne) {
        TableBuilder b = new TableBuilder(template, sectionOne);
        // without section headings the three ranges are the whole document: tokenise it once, not three times
        Map<List<Integer>, List<Token>> byRange = new HashMap<>();
        b.otherColumns = otherColumns(template, doc.joined());
        b.readActive(tokens(doc, active, byRange));
        b.reportMixedRows();
        b.readRequests(tokens(doc, requests, byRange));
        b.readReview(tokens(doc, review, byRange));
        b.reportPlainRows();
        b.reportGaps();
        if (b.droppedExtras > 0) {
            b.warnings.add(new Warning(WarningCode.LIMIT_REACHED, "extra rows", b.droppedExtras + " more rows outside "
                    + "the template were not kept: at most " + MAX_EXTRA_ROWS + " are"));
        }
        return new Tables(TemplateCells.of(template, b.cells), b.extras, b.warnings, b.tableBlocks, b.rowsFound);
    }

    private static List<Token> tokens(DocumentText doc, int[] range, Map<List<Integer>, List<Token>> byRange) {
        return byRange.computeIfAbsent(List.of(range[0], range[1]), r -> tokens(doc, r.get(0), r.get(1)));
    }

    /** The tokens of a section, without page footers: a {@code — 2 —} inside a table would read as three cells. */
    private static List<Token> tokens(DocumentText doc, int from, int to) {
        List<Token> tokens = Tokenizer.tokens(doc.blocks(), from, to);
        Set<Integer> furniture = new HashSet<>();
        for (int b = from; b < to; b++) {
            // a block with one non-blank cell: its matching form, already made once, is that cell's
            int only = onlyCellLength(doc.blocks().get(b));
            if (only >= 0 && only <= 40 && PageFurniture.is(doc.norm(b))) {
                furniture.add(b);
            }
        }
        if (furniture.isEmpty()) {
            return tokens;
        }
        return tokens.stream().filter(t -> !furniture.contains(t.block())).toList();
    }

    private void readActive(List<Token> raw) {
        List<ActiveRow> dataRows = Arrays.stream(ActiveRow.values()).filter(r -> r.in(template)).toList();
        List<Token> split = GluedText.split(raw, ACTIVE_LABELS);
        gluedEvidence(raw, split);
        List<Token> tokens = torn(split, new TornTable.Rows<>(ACTIVE_LABELS, dataRows,
                r -> r.columns(template).size(), ActiveRow::label, null, ReportTable.ACTIVE));
        WorkBudget budget = new WorkBudget(TABLE_STEPS);
        Set<ActiveRow> done = EnumSet.noneOf(ActiveRow.class);
        List<LabelledRow<ActiveRow>> scanned = withUnreadActiveLabels(RowScanner.scan(tokens, ACTIVE_LABELS), dataRows);
        Set<LabelledRow<ActiveRow>> mentions = mentions(scanned, r -> r.in(template) ? r.columns(template).size() : -1);
        for (LabelledRow<ActiveRow> r : scanned) {
            ActiveRow row = r.row();
            if (mentions.contains(r)) {
                continue;
            }
            if (row == null || !row.in(template) || !done.add(row)) {
                keepExtra(ReportTable.ACTIVE, row == null ? null : row.key(), r, REQUEST_LABELS);
                if (row != null && !row.in(template)) {
                    mixedRows.add(row.label());
                }
                continue;
            }
            List<ActiveColumn> columns = row.columns(template);
            if (otherColumns.contains(row)) {
                if (!placeByMeaning(row, r)) {
                    keepExtra(ReportTable.ACTIVE, row.key(), r, REQUEST_LABELS);
                }
                mixedRows.add(row.label());
                continue;
            }
            IntFunction<String> key = i -> CellKeys.of(row, columns.get(i));
            Selection s = CellSelector.select(r.values(), columns.size(), null);
            // only a row with too few cells may be glued: the others need no shape
            RowShape shape = s.problem() == WarningCode.TOO_FEW_CELLS ? RowShape.active(columns) : null;
            ConcatenatedRun run = shape == null ? null : glued(s, r, shape);
            if (run != null) {
                Splits splits = search(run, shape, budget);
                if (!splits.candidates().isEmpty() || splits.gaveUp()) {
                    RestatedNumbers.Choice choice = splits.complete() ? restated.choose(row, splits.candidates()) : null;
                    placeRecovered(r, RecoveredRow.of(keys(columns.size(), key), run, splits,
                            choice == null ? splits.candidates() : List.of(choice.candidate()),
                            choice == null ? null : choice.how(), ""));
                    continue;
                }
            }
            place(r, s, ReportTable.ACTIVE.key() + "." + row.key(), position(key.apply(0)));
        }
        inWanYuan(raw);
    }

    /** The amounts of table 二 in 万元, each by its own unit or its column header's. */
    private void inWanYuan(List<Token> tokens) {
        AmountUnits units = null;
        for (ActiveRow row : ActiveRow.values()) {
            for (ActiveColumn column : row.columns(template)) {
                int p = position(CellKeys.of(row, column));
                if (column.type() != ValueType.AMOUNT || !cells[p].isNumber()) {
                    continue;
                }
                units = units != null ? units : AmountUnits.of(tokens);
                cells[p] = units.inWanYuan(keys.get(p), column, cells[p], warnings);
                if (!cells[p].isNumber()) {
                    undecided.add(keys.get(p)); // its own warning says why: not also a blank cell
                }
            }
        }
    }

    /**
     * The rows of table 二 printed with the other template's columns, by the column headers (FORMAT.md B1): a 2022
     * report may print table 二 of 2019 (上一年项目数量 … 处理决定数量), a 2020 report the 2021 one; the row's own
     * count of values must agree (a header never decides values that the rows contradict).
     */
    private static Set<ActiveRow> otherColumns(TemplateVersion template, String norm) {
        Set<ActiveRow> rows = EnumSet.noneOf(ActiveRow.class);
        boolean made2019 = norm.contains("本年新制") || norm.contains("本年新公") || norm.contains("对外公开总数");
        boolean made2021 = norm.contains("本年制发") || norm.contains("本年废止") || norm.contains("现行有效");
        boolean items2019 = norm.contains("上一年项目数");
        boolean fees2021 = norm.contains("本年收费金额");
        if (template == TemplateVersion.V2021) {
            if (made2019 && !made2021) {
                rows.addAll(List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCS));
            }
            if (items2019) {
                rows.addAll(List.of(ActiveRow.LICENSING, ActiveRow.PENALTY, ActiveRow.COERCION));
            }
            if (items2019 && !fees2021) {
                rows.add(ActiveRow.FEES);
            }
        } else if (template == TemplateVersion.V2019) {
            if (made2021 && !made2019) {
                rows.addAll(List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCS));
            }
            if (!items2019 && norm.contains("本年处理决定")) {
                rows.addAll(List.of(ActiveRow.LICENSING, ActiveRow.PENALTY, ActiveRow.COERCION));
            }
            if (fees2021) {
                rows.add(ActiveRow.FEES);
            }
        }
        return rows;
    }

    /**
     * Places the one cell of a row of the other template's table 二 that has the same meaning in this one: its
     * decisions (处理决定数量), the last of 2019's three cells and the only one of 2021's. False when the row's values
     * are not as many as the other template's columns, so that nothing can be placed by meaning.
     */
    private boolean placeByMeaning(ActiveRow row, LabelledRow<ActiveRow> r) {
        TemplateVersion other = template == TemplateVersion.V2021 ? TemplateVersion.V2019 : TemplateVersion.V2021;
        List<ActiveColumn> theirs = row.columns(other);
        if (!theirs.contains(ActiveColumn.DECISIONS) || !row.columns(template).contains(ActiveColumn.DECISIONS)) {
            return false;
        }
        Selection s = CellSelector.select(r.values(), theirs.size(), null);
        if (s.cells() == null || s.problem() != null) {
            return false;
        }
        cells[position(CellKeys.of(row, ActiveColumn.DECISIONS))] = s.cells().get(theirs.indexOf(ActiveColumn.DECISIONS));
        rowsFound++;
        addBlocks(r.values());
        return true;
    }

    private void reportMixedRows() {
        if (!mixedRows.isEmpty()) {
            warnings.add(new Warning(WarningCode.MIXED_TEMPLATE, ReportTable.ACTIVE.key(), "table 二 prints rows of the other "
                    + "template (" + String.join(", ", mixedRows) + "); read as " + template.label() + ": a cell of the "
                    + "same meaning (处理决定数量) is placed, the others are kept as extra rows"));
        }
    }

    private void readRequests(List<Token> raw) {
        List<RequestRow> dataRows = RequestRow.of(template);
        int width = RequestColumn.values().length;
        List<Token> split = GluedText.split(raw, REQUEST_LABELS);
        gluedEvidence(raw, split);
        List<Token> tokens = torn(split, new TornTable.Rows<>(REQUEST_LABELS,
                dataRows, r -> width, RequestRow::label, Sums::lastIsSumOfRest, ReportTable.REQUESTS));
        WorkBudget budget = new WorkBudget(TABLE_STEPS);
        Map<RequestRow, Pending> pending = new EnumMap<>(RequestRow.class);
        Set<RequestRow> done = EnumSet.noneOf(RequestRow.class);
        List<LabelledRow<RequestRow>> scanned = withUnreadLabels(RowScanner.scan(tokens, REQUEST_LABELS, true),
                dataRows);
        Set<LabelledRow<RequestRow>> mentions = mentions(scanned, r -> r.in(template) ? width : -1);
        for (LabelledRow<RequestRow> r : scanned) {
            RequestRow row = r.row();
            if (mentions.contains(r)) {
                continue;
            }
            if (row == null || !row.in(template) || !done.add(row)) {
                keepExtra(ReportTable.REQUESTS, row == null ? null : row.key(), r, ACTIVE_LABELS);
                continue;
            }
            Selection s = CellSelector.select(r.values(), width, Sums::lastIsSumOfRest);
            ConcatenatedRun run = glued(s, r, RowShape.request());
            if (run != null) {
                Splits splits = search(run, RowShape.request(), budget);
                if (!splits.candidates().isEmpty() || splits.gaveUp()) {
                    pending.put(row, new Pending(r, run, splits));
                    continue;
                }
            }
            place(r, s, ReportTable.REQUESTS.key() + "." + row.key(), position(CellKeys.of(row, RequestColumn.values()[0])));
        }
        if (!pending.isEmpty()) {
            solveRequests(pending, budget);
        }
    }

    /**
     * The rows with each row of a recognised table whose label was read as nothing ({@link RowScanner}), or as its
     * group's label alone, taken for the template's row where it lies between two rows found with exactly that one
     * row between them in the template, found nowhere else: placed by the template's order, its values marked
     * {@link Derivation#TORN_ROW}, and {@code RECOVERED_TORN_TABLE} says so.
     */
    private List<LabelledRow<RequestRow>> withUnreadLabels(List<LabelledRow<RequestRow>> scanned,
                                                           List<RequestRow> order) {
        Set<RequestRow> found = found(scanned, RequestRow.class);
        List<LabelledRow<RequestRow>> out = new ArrayList<>(scanned);
        for (int i = 1; i + 1 < out.size(); i++) {
            LabelledRow<RequestRow> r = out.get(i);
            RequestRow before = out.get(i - 1).row();
            RequestRow after = out.get(i + 1).row();
            if (r.row() != null || !(r.label().isEmpty() || GROUP_LABEL.matcher(r.label().strip()).matches())
                    || before == null || after == null || !recognised(r)) {
                continue;
            }
            int at = order.indexOf(before);
            if (at < 0 || order.indexOf(after) != at + 2 || found.contains(order.get(at + 1))) {
                continue;
            }
            RequestRow missing = order.get(at + 1);
            out.set(i, placedAs(r, missing, missing.label()));
            found.add(missing);
            warnings.add(new Warning(WarningCode.RECOVERED_TORN_TABLE, ReportTable.REQUESTS.key(), "a table row "
                    + "whose label was not read, between “" + before.label() + "” and “" + after.label()
                    + "”, is placed as “" + missing.label() + "”, the one row of the template between them"));
        }
        return out;
    }

    /**
     * The rows of table 二 with each row of a recognised table whose label was misread past knowing ({@code 需音} for
     * {@code 规章}: a short label that is no row's), taken for the template's row before the row found next where
     * that row has the same columns, as many values as those, is found nowhere else, and the row found before (if
     * any) is the one before it in the template: placed by the template's order, its values marked
     * {@link Derivation#TORN_ROW}, and {@code RECOVERED_TORN_TABLE} says so. Table 二 prints each row under its
     * group's header, so that the row before is often a header, not a row.
     */
    private List<LabelledRow<ActiveRow>> withUnreadActiveLabels(List<LabelledRow<ActiveRow>> scanned,
                                                               List<ActiveRow> order) {
        Set<ActiveRow> found = found(scanned, ActiveRow.class);
        List<LabelledRow<ActiveRow>> out = new ArrayList<>(scanned);
        for (int i = 0; i + 1 < out.size(); i++) {
            LabelledRow<ActiveRow> r = out.get(i);
            ActiveRow after = out.get(i + 1).row();
            int at = after == null ? -1 : order.indexOf(after);
            if (r.row() != null || at < 1 || !recognised(r) || han(r.label()) > UNREAD_LABEL) {
                continue;
            }
            ActiveRow missing = order.get(at - 1);
            List<ActiveColumn> columns = missing.columns(template);
            LabelledRow<ActiveRow> previous = i == 0 ? null : out.get(i - 1);
            boolean previousFits = previous == null || previous.values().isEmpty()
                    || previous.row() != null && order.indexOf(previous.row()) == at - 2;
            if (found.contains(missing) || !columns.equals(after.columns(template)) || !previousFits
                    || r.values().size() != columns.size()
                    || r.values().stream().anyMatch(t -> t.kind() != Token.Kind.VALUE)) {
                continue;
            }
            out.set(i, placedAs(r, missing, missing.label()));
            found.add(missing);
            warnings.add(new Warning(WarningCode.RECOVERED_TORN_TABLE, ReportTable.ACTIVE.key(), "a table row whose "
                    + "label was read as “" + r.label().strip() + "”, no row's, before “" + after.label() + "”, is placed as “"
                    + missing.label() + "”, the row of the template before it with the same columns"));
        }
        return out;
    }

    /** The template rows the scanned rows were found as. */
    private static <R extends Enum<R>> Set<R> found(List<LabelledRow<R>> scanned, Class<R> type) {
        Set<R> found = EnumSet.noneOf(type);
        scanned.stream().map(LabelledRow::row).filter(java.util.Objects::nonNull).forEach(found::add);
        return found;
    }

    /** A scanned row taken for the template's row {@code row} by the order of the rows: its values marked so. */
    private static <R> LabelledRow<R> placedAs(LabelledRow<R> scanned, R row, String label) {
        List<Token> values = scanned.values().stream().map(t -> t.kind() != Token.Kind.VALUE ? t
                : new Token(t.kind(), t.raw(), t.norm(), t.value().decidedBy(Derivation.TORN_ROW), t.block())).toList();
        return new LabelledRow<>(row, label, values, -1);
    }

    /** The most Chinese characters a misread label of table 二 has: a longer one says something, and may be text. */
    private static final int UNREAD_LABEL = 3;

    private static long han(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /**
     * A group's label alone ({@code （三）不予公开}): read in the first row of the group, whose own label was not read.
     */
    private static final java.util.regex.Pattern GROUP_LABEL = java.util.regex.Pattern.compile(
            "[(（][一二三四五六七八九十][)）][^0-9]{0,8}");

    /** Whether some value of a row was read by OCR. */
    private static boolean recognised(LabelledRow<?> r) {
        return r.values().stream().anyMatch(t -> t.value() != null && t.value().how().contains(Derivation.OCR));
    }

    /** A glued row of table 三 waiting for the whole table to be solved. */
    private record Pending(LabelledRow<RequestRow> row, ConcatenatedRun run, Splits splits) {
        /** Whether the row's candidates can take part in the joint solving: every split, each satisfying T3-B. */
        boolean solvable() {
            return splits.complete() && (splits.rulesHold() || splits.candidates().size() == 1);
        }
    }

    /** Decides table 三's glued rows together, with the column rules, then places them. */
    private void solveRequests(Map<RequestRow, Pending> pending, WorkBudget budget) {
        Map<RequestRow, List<List<CellValue>>> domains = new EnumMap<>(RequestRow.class);
        for (RequestRow row : RequestRow.of(template)) {
            Pending p = pending.get(row);
            if (p != null) {
                if (p.solvable()) {
                    domains.put(row, p.splits().candidates());
                }
                continue;
            }
            List<CellValue> values = new ArrayList<>();
            for (RequestColumn c : RequestColumn.values()) {
                values.add(cells[position(CellKeys.of(row, c))]);
            }
            if (values.stream().noneMatch(v -> v.kind() == CellKind.MISSING)) {
                domains.put(row, List.of(values));
            }
        }
        TableSolver.Result result = TableSolver.solve(template, domains, budget);
        String how = "the column " + (result.used().size() == 1 ? "rule " : "rules ")
                + String.join(" and ", result.used().stream().map(Rule::id).toList());
        if (!result.relaxed().isEmpty()) {
            how += " (without " + String.join(", ", result.relaxed()) + ", which no split can satisfy)";
        }
        for (Map.Entry<RequestRow, Pending> e : pending.entrySet()) {
            RequestRow row = e.getKey();
            Pending p = e.getValue();
            List<List<CellValue>> survivors = p.solvable() && result.survivors().containsKey(row)
                    ? result.survivors().get(row) : p.splits().candidates();
            boolean joint = result.columnRules() && survivors.size() < p.splits().candidates().size();
            placeRecovered(p.row(), RecoveredRow.of(keys(RequestColumn.values().length,
                    i -> CellKeys.of(row, RequestColumn.values()[i])), p.run(), p.splits(), survivors,
                    joint ? how : null, RowShape.request().rules()));
        }
    }

    private void readReview(List<Token> raw) {
        List<Token> tokens = GluedText.splitTrailing(raw, REVIEW_CELLS);
        gluedEvidence(raw, tokens);
        // table 四 has no row label: its data row is the longest run of cells in the section
        List<LabelledRow<Object>> rows = RowScanner.scan(tokens, NO_LABELS);
        LabelledRow<Object> best = null;
        for (LabelledRow<Object> r : rows) {
            if (best == null || numbers(r.values()) > numbers(best.values())) {
                best = r;
            }
        }
        if (best == null || numbers(best.values()) == 0) {
            return;
        }
        List<Token> joined = TornTable.joinRow(rows, REVIEW_CELLS);
        if (joined != null) {
            warnings.add(new Warning(WarningCode.RECOVERED_TORN_TABLE, ReportTable.REVIEW.key(), "the " + REVIEW_CELLS
                    + " cells of table 四 were printed in " + rows.size() + " pieces; joined in order"));
            best = new LabelledRow<>(null, best.label(), joined.stream().map(TornTable::tornRow).toList(), -1);
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
        int n = ReviewColumn.values().length;
        IntFunction<String> key = i -> CellKeys.of(ReviewGroup.values()[i / n], ReviewColumn.values()[i % n]);
        Selection s = CellSelector.select(best.values(), REVIEW_CELLS, groupsAddUp);
        ConcatenatedRun run = glued(s, best, RowShape.review());
        if (run != null) {
            Splits splits = search(run, RowShape.review(), new WorkBudget(TABLE_STEPS));
            if (!splits.candidates().isEmpty() || splits.gaveUp()) {
                placeRecovered(best, RecoveredRow.of(keys(REVIEW_CELLS, key), run, splits, splits.candidates(), null,
                        RowShape.review().rules()));
                return;
            }
        }
        place(best, s, ReportTable.REVIEW.key(), position(key.apply(0)));
    }

    /**
     * The length of the one non-blank cell of a block, stripped, or -1 when it has none or several (cheap: runs on
     * every block, so it counts rather than strips).
     */
    private static int onlyCellLength(Block block) {
        String only = null;
        for (String c : block.cells()) {
            if (!c.isBlank()) {
                if (only != null) {
                    return -1;
                }
                only = c;
            }
        }
        if (only == null) {
            return -1;
        }
        int from = 0;
        int to = only.length();
        while (Character.isWhitespace(only.charAt(from))) {
            from++; // stops: the cell is not blank
        }
        while (Character.isWhitespace(only.charAt(to - 1))) {
            to--;
        }
        return to - from;
    }

    private <R> List<Token> torn(List<Token> tokens, TornTable.Rows<R> rows) {
        TornTable.Rebuilt rebuilt = TornTable.rebuild(tokens, rows);
        warnings.addAll(rebuilt.warnings());
        return rebuilt.tokens();
    }

    /**
     * The run of a row that has too few cells but whose text could hold more: cells glued together. Null when
     * the row is not glued, or when its text is longer than the row's cells could ever be (then no split is
     * searched for: a million digits are read in one pass and refused).
     */
    /**
     * Notes the runs of digits that were glued to label text ({@code 规范性文件898989}): the evidence that this page's
     * rows lost their separators, so that a number standing apart on a row's line may be glued cells as well.
     */
    private void gluedEvidence(List<Token> before, List<Token> after) {
        if (same(before, after)) {
            return; // nothing was split off, as on most pages: no token of each table need be hashed
        }
        Set<Token> old = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        old.addAll(before);
        for (Token t : after) {
            if (t.kind() == Token.Kind.VALUE && !old.contains(t)) {
                gluedToLabels.add(t);
            }
        }
    }

    /** Whether two lists hold the same tokens, the very same objects, in the same order. */
    private static boolean same(List<Token> a, List<Token> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a token of a row with too few cells may hold several cells. A run split off label text may; so may a
     * number on a page whose rows were glued to their labels elsewhere; and digits that no one prints as one number
     * ({@code 00}, {@code 023}). Otherwise a number printed apart ({@code 45}) is one cell: on a page that drops
     * blank cells (a page's text on one line), a row with too few numbers lost blanks, it was not glued; unless the
     * number is longer than a count can be.
     */
    private boolean mayHoldSeveral(Token t) {
        if (!gluedToLabels.isEmpty() || gluedToLabels.contains(t)) {
            return true;
        }
        String raw = t.raw();
        boolean digits = raw.chars().allMatch(Character::isDigit);
        // a leading zero, or more digits than any count of these tables has (1210215…: table 四 on one line)
        return digits && (raw.length() >= 2 && raw.charAt(0) == '0' || raw.length() >= GLUED_LENGTH);
    }

    /** Digits this long are not one count: cells glued together. */
    private static final int GLUED_LENGTH = 7;

    private ConcatenatedRun glued(Selection s, LabelledRow<?> r, RowShape shape) {
        if (s.problem() != WarningCode.TOO_FEW_CELLS || r.values().isEmpty()) {
            return null;
        }
        if (r.row() != null ? !r.onLabelLine() : !r.onOneLine()) {
            return null; // the row's cells go on over other lines: printed apart, not glued (306 is not 3 0 6)
        }
        long chars = 0;
        for (Token t : r.values()) {
            chars += t.raw().length();
        }
        if (chars > 2L * shape.longest() + r.values().size()) {
            return null;
        }
        ConcatenatedRun run = ConcatenatedRun.of(r.values(), this::mayHoldSeveral);
        return run.cuttable() ? run : null;
    }

    private static Splits search(ConcatenatedRun run, RowShape shape, WorkBudget table) {
        WorkBudget row = table.part(ROW_STEPS);
        Splits splits = SplitSearch.of(run, shape, row, MAX_CANDIDATES);
        table.charge(row);
        return splits;
    }

    private static List<String> keys(int n, IntFunction<String> key) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(key.apply(i));
        }
        return keys;
    }

    private void placeRecovered(LabelledRow<?> r, RecoveredRow recovered) {
        if (recovered.plain() != null) {
            plainRows.computeIfAbsent(tableOf(recovered.cells().keySet().iterator().next()), x -> new ArrayList<>())
                    .add(recovered);
        }
        warnings.addAll(recovered.warnings());
        undecided.addAll(recovered.undecided());
        rowsFound++;
        addBlocks(r.values());
        recovered.cells().forEach((key, value) -> cells[position(key)] = value);
    }

    private void addBlocks(List<Token> values) {
        for (Token t : values) {
            tableBlocks.add(t.block());
        }
    }

    private static long numbers(List<Token> values) {
        return values.stream().filter(t -> t.kind() != Token.Kind.EMPTY).count();
    }

    /** Places a row's cells from its first cell's position on: a row's keys are neighbours in key order. */
    private void place(LabelledRow<?> r, Selection s, String where, int first) {
        if (s.problem() != null) {
            warnings.add(new Warning(s.problem(), where, s.detail()));
        }
        if (s.cells() == null) {
            return;
        }
        rowsFound++;
        addBlocks(r.values());
        for (int i = 0; i < s.cells().size(); i++) {
            cells[first + i] = s.cells().get(i);
        }
    }

    /**
     * The places where a row's label is only mentioned: when a row's label comes more than once (a page on one line,
     * or without section headings, reads its prose with the tables) and a later one has exactly the row's cells,
     * the earlier ones with fewer values are words of the prose ({@code 上年结转3件}), neither the row nor an extra row.
     */
    private static <R> Set<LabelledRow<R>> mentions(List<LabelledRow<R>> rows, java.util.function.ToIntFunction<R> width) {
        Set<LabelledRow<R>> mentions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<R, List<LabelledRow<R>>> byRow = new HashMap<>();
        for (LabelledRow<R> r : rows) {
            if (r.row() != null && width.applyAsInt(r.row()) > 0) {
                byRow.computeIfAbsent(r.row(), x -> new ArrayList<>()).add(r);
            }
        }
        byRow.forEach((row, occurrences) -> {
            int cells = width.applyAsInt(row);
            for (int i = 1; i < occurrences.size(); i++) {
                if (CellSelector.select(occurrences.get(i).values(), cells, null).problem() == null) {
                    for (LabelledRow<R> earlier : occurrences.subList(0, i)) {
                        if (earlier.values().size() < cells) {
                            mentions.add(earlier);
                        }
                    }
                    break;
                }
            }
        });
        return mentions;
    }

    /**
     * Whether a label is prose or another table's: a sentence, a long run of text, a data row of the other table or
     * table 四's heading (a page without section headings reads every table in each table's range). Such rows are
     * not extra rows, and no warning is given for them.
     */
    private static boolean notARow(String label, LabelMatcher<?> otherTable) {
        if (label.length() > 60 || label.indexOf('。') >= 0 || label.indexOf('；') >= 0) {
            return true;
        }
        String norm = io.github.ogireport.text.MatchText.of(label);
        return norm.contains("行政复议") || otherTable.match(norm) != null;
    }

    private void keepExtra(ReportTable table, String rowKey, LabelledRow<?> r, LabelMatcher<?> otherTable) {
        // a row of a recognised page whose label was read as nothing is kept: its numbers were read
        boolean unread = table == ReportTable.REQUESTS && r.label().isEmpty() && rowKey == null
                && recognised(r);
        if (!unread && r.label().isEmpty() || numbers(r.values()) == 0
                || rowKey == null && !unread && notARow(r.label(), otherTable)) {
            return;
        }
        if (extras.size() >= MAX_EXTRA_ROWS) {
            droppedExtras++;
            return;
        }
        List<CellValue> values = r.values().stream().map(Token::value).toList();
        extras.add(new ExtraRow(table, rowKey, r.label(), values));
        addBlocks(r.values());
        String why = unread ? "a table row whose label was not read" : r.row() == null ? "not a row of the template"
                : "a row of another template or a repeated row";
        warnings.add(new Warning(WarningCode.EXTRA_ROW, table.key(), "row “" + r.label() + "” with values "
                + values.stream().map(v -> ConcatenatedRun.shorten(v.raw())).collect(Collectors.joining(" "))
                + " is " + why + "; kept as an extra row"));
    }

    private int position(String key) {
        return CellKeys.position(template, key);
    }

    private static ReportTable tableOf(String key) {
        return ReportTable.ofCellKey(key);
    }

    private void reportPlainRows() {
        plainRows.forEach((table, rows) -> {
            List<String> rowKeys = new ArrayList<>();
            rows.forEach(r -> rowKeys.addAll(r.cells().keySet()));
            String runs = rows.stream().map(r -> {
                String key = r.cells().keySet().iterator().next();
                return (table == ReportTable.REVIEW ? "table " + table.number() : key.substring(0, key.lastIndexOf('.'))) + " “"
                        + r.plain() + "”";
            }).collect(Collectors.joining(", "));
            warnings.add(new Warning(WarningCode.RECOVERED_CONCATENATED, summarize(rowKeys), rows.size()
                    + (rows.size() == 1 ? " row" : " rows") + " had " + (rows.size() == 1 ? "its" : "their")
                    + " cells glued together with one character to a cell, and " + (rows.size() == 1 ? "was" : "were")
                    + " split so: " + runs));
        });
    }

    private void reportGaps() {
        List<String> missing = new ArrayList<>();
        List<String> blank = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].kind() == CellKind.MISSING) {
                missing.add(keys.get(i));
            } else if (!cells[i].isNumber() && !undecided.contains(keys.get(i))) {
                blank.add(keys.get(i)); // undecided glued cells have their own warning
            }
        }
        warnGaps(missing, blank);
    }

    /**
     * The warnings for missing and blank cells. Apart from the loop over the cells that finds them: together, the JIT
     * compiled the warnings' text building into the loop's compilation, twice, half a second of a core in a short
     * batch; most reports need none of it.
     */
    private void warnGaps(List<String> missing, List<String> blank) {
        if (missing.size() == cells.length && cells.length > 0) {
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
    private String summarize(List<String> some) {
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (String k : some) {
            byRow.computeIfAbsent(k.substring(0, k.lastIndexOf('.')), x -> new ArrayList<>()).add(k);
        }
        List<String> parts = new ArrayList<>();
        byRow.forEach((row, ks) -> {
            long width = keys.stream().filter(k -> k.startsWith(row + ".")).count();
            if (ks.size() == width && width > 1) {
                parts.add(row + ".*");
            } else {
                parts.addAll(ks);
            }
        });
        return String.join(", ", parts);
    }
}
