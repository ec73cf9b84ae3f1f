package io.github.ogireport.extract.layout;

import io.github.ogireport.document.WideText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables drawn without lines, found by alignment: three or more lines in a row that each have a value standing
 * apart from other text (a column gap) make a table; the columns are where their runs of text line up. Lines
 * between them that hold only label text (a wrapped label) stay text, so that the label reader joins them with the
 * row they belong to; a row's blank cells keep their place.
 */
final class UnruledTable {
    private static final Pattern VALUE = Pattern.compile(
            "[+\\-−]?\\d[\\d,]*(\\.\\d+)?\\s*(万元|元|万|%|件|条|个|项|次)?|[-—–/／\\\\]+|无");
    private static final int MIN_ROWS = 3;

    private UnruledTable() {
    }

    /** Whether a cell's text is a value (number or placeholder) rather than a label. */
    static boolean isValue(String text) {
        return VALUE.matcher(text.strip()).matches();
    }

    /**
     * The page's text lines, with the stretches that form unruled tables replaced by table fragments.
     *
     * @return {@link TextLine}s and {@link TableFragment}s, top to bottom
     */
    static List<Object> find(int page, List<TextLine> lines) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isRow(lines.get(i))) {
                out.add(lines.get(i++));
                continue;
            }
            int last = i;
            int rows = 1;
            for (int j = i + 1; j < lines.size(); j++) {
                TextLine l = lines.get(j);
                if (l.top - lines.get(j - 1).bottom > 2.5f * l.em) {
                    break;
                }
                if (isRow(l)) {
                    rows++;
                    last = j;
                } else if (l.runs().size() > 1 || l.x1 - l.x0 > 30 * l.em) {
                    break; // prose, or a header line: the table has ended
                }
            }
            if (rows < MIN_ROWS) {
                out.add(lines.get(i++));
                continue;
            }
            List<TextLine> block = lines.subList(i, last + 1);
            List<float[]> columns = columns(block);
            if (columns.size() < 2) {
                out.add(lines.get(i++));
                continue;
            }
            List<TextLine> run = new ArrayList<>();
            for (TextLine l : block) {
                if (isRow(l)) {
                    run.add(l);
                } else {
                    flush(page, run, columns, out);
                    out.add(l);
                }
            }
            flush(page, run, columns, out);
            i = last + 1;
        }
        return out;
    }

    private static boolean isRow(TextLine line) {
        List<TextLine.Run> runs = line.runs();
        return runs.size() >= 2 && runs.stream().anyMatch(r -> isValue(r.text()));
    }

    /** Column intervals {x0, x1}: the union of the rows' runs, left to right. */
    private static List<float[]> columns(List<TextLine> block) {
        List<float[]> spans = new ArrayList<>();
        float em = Float.MAX_VALUE;
        for (TextLine l : block) {
            if (isRow(l)) {
                em = Math.min(em, l.em);
                for (TextLine.Run r : l.runs()) {
                    spans.add(new float[] {r.x0(), r.x1()});
                }
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] s : spans) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s[0] <= last[1] + 0.3f * em) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                columns.add(new float[] {s[0], s[1]});
            }
        }
        return columns;
    }

    private static void flush(int page, List<TextLine> rows, List<float[]> columns, List<Object> out) {
        if (rows.isEmpty()) {
            return;
        }
        List<Float> edges = new ArrayList<>();
        edges.add(columns.get(0)[0]);
        for (int c = 1; c < columns.size(); c++) {
            edges.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        edges.add(columns.get(columns.size() - 1)[1]);
        List<TableFragment.Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder[] texts = new StringBuilder[columns.size()];
            for (TextLine.Run run : rows.get(r).runs()) {
                float center = (run.x0() + run.x1()) / 2;
                int c = 0;
                while (c < columns.size() - 1 && center > edges.get(c + 1)) {
                    c++;
                }
                if (texts[c] == null) {
                    texts[c] = new StringBuilder();
                }
                WideText.append(texts[c], run.text());
            }
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new TableFragment.Cell(r, c, 1, 1, edges.get(c), edges.get(c + 1),
                        rows.get(r).top, rows.get(r).bottom, texts[c] == null ? "" : texts[c].toString()));
            }
        }
        out.add(new TableFragment(page, rows.get(0).top, rows.get(rows.size() - 1).bottom, rows.size(), edges, cells,
                false));
        rows.clear();
    }
}
