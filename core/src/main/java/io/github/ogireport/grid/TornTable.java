package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.text.MatchText;
import io.github.ogireport.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Rebuilds a table that a conversion tore apart (PDF to markdown, OCR): the row labels printed as a block of lines
 * and the numbers as rows of another block, often split over several small tables with generic headers
 * ({@code 数据1 … 数据7}) and page footers between them. The tokens of such a stretch are put back in reading order
 * (each label followed by its numbers), so that the ordinary row reading applies.
 *
 * <p>A stretch is torn when at least two data-row labels follow each other with no numbers between them, and then
 * at least two lines of several numbers follow. Labels and number rows are paired in order; number rows that are
 * pieces of rows (a row split into small tables, or tables split by columns) are joined first; when labels were
 * lost, the number rows are paired with the template's rows from the first label found to the last. Where more
 * than one pairing is possible, the row's own rule (T3-B) must confirm exactly one; otherwise the numbers are not
 * placed and a warning says so. Page footers were dropped before ({@link io.github.ogireport.text.PageFurniture}).
 */
final class TornTable<R> {
    /**
     * What the rebuilding needs to know about a table's rows.
     *
     * @param matcher recognises the row labels
     * @param dataRows the template's data rows, in template order
     * @param width how many cells a row has
     * @param label a row's printed label, for a label that was lost
     * @param rule the row's own rule over its cells, or null (table 二 has none)
     * @param table the table, named in warnings
     */
    record Rows<R>(LabelMatcher<R> matcher, List<R> dataRows, ToIntFunction<R> width, Function<R, String> label,
                   Predicate<List<CellValue>> rule, ReportTable table) {
    }

    /**
     * The tokens in reading order, and what was done.
     *
     * @param tokens the tokens, torn stretches rebuilt
     * @param warnings one per torn stretch
     */
    record Rebuilt(List<Token> tokens, List<Warning> warnings) {
    }

    private enum Kind { LABEL, TEXT, NUMBERS, MIXED }

    /** The tokens of one block, and the row its label names (for a LABEL line). */
    private record Line<R>(Kind kind, R row, List<Token> tokens) {
        int cells() {
            return tokens.size();
        }

        int block() {
            return tokens.get(0).block();
        }
    }

    /** One way to pair: the rows labelled, each with its number tokens, and how it was found. */
    private record Pairing<R>(List<R> rows, List<List<Token>> numbers, String how) {
    }

    private final Rows<R> spec;
    private final List<Warning> warnings = new ArrayList<>();

    private TornTable(Rows<R> spec) {
        this.spec = spec;
    }

    /** Rebuilds the torn stretches of a table's tokens; other tokens are kept as they are. */
    static <R> Rebuilt rebuild(List<Token> tokens, Rows<R> spec) {
        if (!hasNumberRow(tokens)) {
            return new Rebuilt(tokens, List.of()); // the common case: no line of numbers alone, nothing to pair
        }
        TornTable<R> t = new TornTable<>(spec);
        List<Line<R>> lines = t.lines(tokens);
        if (lines.stream().filter(l -> l.kind() == Kind.LABEL).count() < 2) {
            return new Rebuilt(tokens, List.of()); // the common case: nothing can be torn
        }
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < lines.size()) {
            Cancellation.check();
            Line<R> line = lines.get(i);
            if (line.kind() != Kind.LABEL) {
                out.addAll(line.tokens());
                i++;
                continue;
            }
            List<Line<R>> labels = new ArrayList<>();
            int j = i;
            while (j < lines.size() && (lines.get(j).kind() == Kind.LABEL || lines.get(j).kind() == Kind.TEXT)) {
                Line<R> l = lines.get(j++);
                if (l.kind() == Kind.LABEL && (labels.isEmpty() || labels.get(labels.size() - 1).row() != l.row())) {
                    labels.add(l);
                }
            }
            List<List<Line<R>>> tables = new ArrayList<>();
            int k = j;
            int numberLines = 0;
            boolean wide = false;
            List<Line<R>> table = null;
            while (k < lines.size() && (lines.get(k).kind() == Kind.NUMBERS || lines.get(k).kind() == Kind.TEXT)) {
                Line<R> l = lines.get(k++);
                if (l.kind() == Kind.TEXT) {
                    table = null; // a header or a caption between number rows starts another small table
                    continue;
                }
                if (table == null) {
                    table = new ArrayList<>();
                    tables.add(table);
                }
                table.add(l);
                numberLines++;
                wide |= l.cells() > 1;
            }
            // one number per line is how ordinary one-cell-per-line pages print a row: not a torn table
            if (labels.size() < 2 || numberLines < 2 || !wide) {
                for (int x = i; x < j; x++) {
                    out.addAll(lines.get(x).tokens());
                }
                i = j;
                continue;
            }
            t.pair(labels, tables, out);
            i = k;
        }
        return new Rebuilt(out, t.warnings);
    }

    /**
     * Whether some block holds two or more cells and nothing else: a torn stretch needs such a row to pair, and
     * asking costs far less than recognising every line's label.
     */
    private static boolean hasNumberRow(List<Token> tokens) {
        int cells = 0;
        boolean onlyCells = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && t.block() != tokens.get(i - 1).block()) {
                cells = 0;
                onlyCells = true;
            }
            onlyCells &= t.isCell();
            if (onlyCells && t.isCell() && ++cells >= 2) {
                return true;
            }
        }
        return false;
    }

    private List<Line<R>> lines(List<Token> tokens) {
        List<Line<R>> lines = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).block() != tokens.get(from).block()) {
                lines.add(line(tokens.subList(from, i)));
                from = i;
            }
        }
        return lines;
    }

    private Line<R> line(List<Token> tokens) {
        boolean text = tokens.stream().allMatch(t -> t.kind() == Token.Kind.TEXT);
        if (text) {
            StringBuilder norm = new StringBuilder();
            tokens.forEach(t -> norm.append(t.norm()));
            R row = spec.matcher().match(norm.toString());
            return new Line<>(row != null && spec.dataRows().contains(row) ? Kind.LABEL : Kind.TEXT, row,
                    List.copyOf(tokens));
        }
        boolean numbers = tokens.stream().allMatch(Token::isCell);
        return new Line<>(numbers ? Kind.NUMBERS : Kind.MIXED, null, List.copyOf(tokens));
    }

    /** Pairs a block of labels with the number tables after it, and writes the rows out in reading order. */
    private void pair(List<Line<R>> labels, List<List<Line<R>>> tables, List<Token> out) {
        List<R> labelled = labels.stream().map(Line::row).toList();
        List<List<Token>> lineRows = new ArrayList<>();
        tables.forEach(t -> t.forEach(l -> lineRows.add(l.tokens())));
        List<Pairing<R>> options = new ArrayList<>();
        option(options, labelled, lineRows, "paired in order");
        List<List<Token>> sideBySide = sideBySide(tables, labelled);
        if (sideBySide != null) {
            option(options, labelled, sideBySide, "tables split by columns joined side by side, then paired in order");
        }
        List<List<Token>> joined = joinPieces(lineRows, labelled);
        if (joined != null) {
            option(options, labelled, joined, "pieces of rows joined, then paired in order");
        }
        List<R> span = span(labelled);
        for (List<List<Token>> rows : List.of(lineRows, sideBySide == null ? List.<List<Token>>of() : sideBySide)) {
            if (span.size() > labelled.size()) {
                option(options, span, rows, "labels lost in the conversion: paired with the template's rows from "
                        + "the first label found to the last");
            }
        }
        Pairing<R> chosen = choose(options);
        int lines = lineRows.size();
        String what = labels.size() + " row labels printed apart from " + lines + " number rows in " + tables.size()
                + (tables.size() == 1 ? " table" : " tables");
        if (chosen == null) {
            String why = options.isEmpty() ? "they are not as many, and the labels cannot be matched to the template's"
                    + " rows" : options.size() + " pairings are possible and the row rules do not single one out";
            warnings.add(new Warning(WarningCode.UNMATCHED_TORN_TABLE, spec.table().key(), what
                    + ": no pairing of labels and rows is certain (" + why + "); the numbers were not placed"));
            return;
        }
        int block = labels.get(0).block();
        for (int r = 0; r < chosen.rows().size(); r++) {
            R row = chosen.rows().get(r);
            Line<R> given = labels.stream().filter(l -> l.row() == row).findFirst().orElse(null);
            if (given != null) {
                out.addAll(given.tokens());
            } else {
                String label = spec.label().apply(row); // a label lost in the conversion: the template's
                out.add(new Token(Token.Kind.TEXT, label, MatchText.of(label), null, block));
            }
            for (Token n : chosen.numbers().get(r)) {
                out.add(tornRow(n));
            }
        }
        warnings.add(new Warning(WarningCode.RECOVERED_TORN_TABLE, spec.table().key(), what + ": " + chosen.how()
                + confirmation(chosen)));
    }

    /** A cell placed into its row by pairing torn rows: its value says so ({@link Derivation#TORN_ROW}). */
    static Token tornRow(Token t) {
        return t.value() == null ? t : new Token(t.kind(), t.raw(), t.norm(), t.value().decidedBy(Derivation.TORN_ROW),
                t.block());
    }

    /** Adds a pairing when labels and rows are as many and every row has its label's number of cells. */
    private void option(List<Pairing<R>> options, List<R> rows, List<List<Token>> numbers, String how) {
        if (rows.size() != numbers.size()) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (numbers.get(i).size() != spec.width().applyAsInt(rows.get(i))) {
                return;
            }
        }
        options.add(new Pairing<>(rows, numbers, how));
    }

    /**
     * The pairing to use: the only one whose rows all satisfy the row rule, or the only one there is (then the
     * checks show where the source disagrees with itself); null when it is not certain. Pairings that place the
     * same values are one.
     */
    private Pairing<R> choose(List<Pairing<R>> options) {
        List<Pairing<R>> distinct = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Pairing<R> p : options) {
            Cancellation.check();
            if (seen.add(signature(p))) {
                distinct.add(p);
            }
        }
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        List<Pairing<R>> confirmed = distinct.stream().filter(p -> failures(p).isEmpty()).toList();
        return confirmed.size() == 1 ? confirmed.get(0) : null;
    }

    private static List<String> signature(Pairing<?> p) {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < p.rows().size(); i++) {
            s.add(p.rows().get(i) + "=" + p.numbers().get(i).stream().map(Token::raw).toList());
        }
        return s;
    }

    /** The rows of a pairing whose own rule fails. */
    private List<R> failures(Pairing<R> p) {
        List<R> failed = new ArrayList<>();
        if (spec.rule() == null) {
            return failed;
        }
        for (int i = 0; i < p.rows().size(); i++) {
            List<CellValue> cells = p.numbers().get(i).stream().map(Token::value).toList();
            if (cells.stream().allMatch(CellValue::isNumber) && !spec.rule().test(cells)) {
                failed.add(p.rows().get(i));
            }
        }
        return failed;
    }

    private String confirmation(Pairing<R> p) {
        if (spec.rule() == null) {
            return "";
        }
        List<R> failed = failures(p);
        return failed.isEmpty() ? "; every row's own sum rule holds"
                : "; the row sum fails on " + failed + " (see the checks)";
    }

    /**
     * Rows from tables split by columns: neighbouring tables with as many rows each, whose widths add up to the
     * labels' width, are joined row by row. Null when the tables do not fit together so.
     */
    private List<List<Token>> sideBySide(List<List<Line<R>>> tables, List<R> labelled) {
        int width = uniformWidth(labelled);
        if (width < 0 || tables.size() < 2) {
            return null;
        }
        List<List<Token>> rows = new ArrayList<>();
        int t = 0;
        while (t < tables.size()) {
            List<Line<R>> first = tables.get(t);
            int u = t;
            int sum = width(first);
            while (sum > 0 && sum < width && u + 1 < tables.size() && tables.get(u + 1).size() == first.size()) {
                u++;
                int w = width(tables.get(u));
                sum = w < 0 ? -1 : sum + w;
            }
            if (sum != width) {
                return null;
            }
            for (int r = 0; r < first.size(); r++) {
                List<Token> row = new ArrayList<>();
                for (int x = t; x <= u; x++) {
                    row.addAll(tables.get(x).get(r).tokens());
                }
                rows.add(row);
            }
            t = u + 1;
        }
        return rows;
    }

    /** The number of cells every row of a table has, or -1 when they differ. */
    private static int width(List<? extends Line<?>> table) {
        int w = table.get(0).cells();
        return table.stream().allMatch(l -> l.cells() == w) ? w : -1;
    }

    /** The width all labelled rows share, or -1. */
    private int uniformWidth(List<R> labelled) {
        Set<Integer> widths = new LinkedHashSet<>();
        for (R row : labelled) {
            widths.add(spec.width().applyAsInt(row));
        }
        return widths.size() == 1 ? widths.iterator().next() : -1;
    }

    /** Consecutive pieces of rows joined until each has its label's width; null when they do not come out even. */
    private List<List<Token>> joinPieces(List<List<Token>> pieces, List<R> labelled) {
        List<List<Token>> rows = new ArrayList<>();
        List<Token> row = new ArrayList<>();
        for (List<Token> piece : pieces) {
            if (rows.size() == labelled.size()) {
                return null;
            }
            row.addAll(piece);
            int width = spec.width().applyAsInt(labelled.get(rows.size()));
            if (row.size() == width) {
                rows.add(row);
                row = new ArrayList<>();
            } else if (row.size() > width) {
                return null;
            }
        }
        return row.isEmpty() ? rows : null;
    }

    /** The template's data rows from the first label found to the last. */
    private List<R> span(List<R> labelled) {
        int first = spec.dataRows().indexOf(labelled.get(0));
        int last = spec.dataRows().indexOf(labelled.get(labelled.size() - 1));
        if (first < 0 || last < first) {
            return List.of();
        }
        for (int i = 1; i < labelled.size(); i++) {
            if (spec.dataRows().indexOf(labelled.get(i)) <= spec.dataRows().indexOf(labelled.get(i - 1))) {
                return List.of(); // labels out of template order: lost ones cannot be told apart
            }
        }
        return new ArrayList<>(spec.dataRows().subList(first, last + 1));
    }

    /** Joins a table 四 that came in pieces: the rows' cells in order, when they add up to the one row's width. */
    static List<Token> joinRow(List<? extends LabelledRow<?>> rows, int width) {
        List<Token> joined = new ArrayList<>();
        for (LabelledRow<?> r : rows) {
            if (r.values().size() >= width) {
                return null;
            }
            joined.addAll(r.values());
        }
        return rows.size() > 1 && joined.size() == width ? joined : null;
    }
}
