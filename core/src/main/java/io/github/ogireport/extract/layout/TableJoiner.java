package io.github.ogireport.extract.layout;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.WideText;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins the fragments of a table that runs on over page breaks: a table that ends a page continues in the table
 * that starts the next one when their edges line up. The continuation's repeated header rows
 * are dropped, and a row cut in two by the break (its label on one page, its values on the next) is put back
 * together. The result is one slot grid, as {@code HtmlTable} makes: a spanning cell's text in its first slot,
 * empty strings in the others.
 */
final class TableJoiner {
    /** Edges closer than this are the same edge. */
    private static final float SAME_EDGE = 3f;

    private TableJoiner() {
    }

    /** The tables of the document, each under its first fragment. */
    static Map<TableFragment, List<List<String>>> join(List<PageContent> pages) {
        Map<TableFragment, List<TableFragment>> chains = new IdentityHashMap<>();
        Map<TableFragment, TableFragment> firstOf = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Object item : pages.get(i).items) {
                if (item instanceof TableFragment t && !firstOf.containsKey(t)) {
                    firstOf.put(t, t);
                    chains.put(t, new ArrayList<>(List.of(t)));
                }
            }
            if (i + 1 < pages.size()) {
                List<Object> here = pages.get(i).items;
                List<Object> next = pages.get(i + 1).items;
                if (!here.isEmpty() && !next.isEmpty() && here.get(here.size() - 1) instanceof TableFragment a
                        && next.get(0) instanceof TableFragment b && continues(a, b)) {
                    TableFragment first = firstOf.get(a);
                    firstOf.put(b, first);
                    chains.get(first).add(b);
                }
            }
        }
        Map<TableFragment, List<List<String>>> out = new IdentityHashMap<>();
        chains.forEach((first, chain) -> out.put(first, grid(chain)));
        return out;
    }

    /**
     * Whether {@code b} goes on with {@code a}: same right edge, and a left edge that is one of the other's column
     * edges (a cell spanning rows leaves its outer border undrawn on the next page, which then starts a column in).
     */
    private static boolean continues(TableFragment a, TableFragment b) {
        return a.ruled == b.ruled && Math.abs(a.x1 - b.x1) <= SAME_EDGE
                && (hasEdge(a, b.x0) || hasEdge(b, a.x0));
    }

    private static boolean hasEdge(TableFragment t, float x) {
        for (float e : t.columnEdges) {
            if (Math.abs(e - x) <= SAME_EDGE) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> grid(List<TableFragment> chain) {
        List<Float> edges = edges(chain);
        int width = edges.size() - 1;
        List<String[]> rows = new ArrayList<>();
        List<Integer> joints = new ArrayList<>();
        List<String> header = null;
        for (TableFragment f : chain) {
            String[][] m = new String[f.rows][width];
            for (TableFragment.Cell c : f.cells) {
                int c0 = nearest(edges, c.x0());
                int c1 = Math.max(c0 + 1, nearest(edges, c.x1()));
                for (int r = c.row(); r < Math.min(f.rows, c.row() + c.rowSpan()); r++) {
                    for (int col = c0; col < Math.min(width, c1); col++) {
                        m[r][col] = Block.COVERED;
                    }
                }
                if (c0 < width) {
                    m[c.row()][c0] = c.text();
                }
            }
            int skip = 0;
            if (header == null) {
                header = rowTexts(m);
            } else {
                List<String> texts = rowTexts(m);
                while (skip < texts.size() - 1 && skip < header.size() && !texts.get(skip).isEmpty()
                        && texts.get(skip).equals(header.get(skip))) {
                    skip++; // a header row repeated on the new page
                }
                joints.add(rows.size());
            }
            for (int r = skip; r < m.length; r++) {
                for (int col = 0; col < width; col++) {
                    if (m[r][col] == null) {
                        m[r][col] = "";
                    }
                }
                rows.add(m[r]);
            }
        }
        for (int j = joints.size() - 1; j >= 0; j--) {
            int at = joints.get(j);
            if (at > 0 && at < rows.size() && isCutRow(rows.get(at - 1), rows.get(at))) {
                String[] merged = rows.get(at - 1);
                String[] rest = rows.remove(at);
                for (int col = 0; col < width; col++) {
                    if (Block.isBlank(rest[col])) {
                        continue;
                    }
                    StringBuilder b = new StringBuilder(Block.isCovered(merged[col]) ? "" : merged[col]);
                    WideText.append(b, rest[col]);
                    merged[col] = b.toString();
                }
            }
        }
        List<List<String>> out = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            out.add(List.of(r));
        }
        return out;
    }

    /**
     * Whether two rows on either side of a page break are one row cut in two. Where both parts have text it must be
     * label text; then either the upper part is label only and the values are below (printed at the row's middle,
     * they went to the next page), or the upper part has the values and the lower one only the rest of the label
     * (which does not start with a label number of its own, else it is the next row).
     */
    static boolean isCutRow(String[] upper, String[] lower) {
        boolean upperText = false;
        boolean lowerText = false;
        boolean upperValue = false;
        boolean lowerValue = false;
        String lowerLabel = null;
        for (int c = 0; c < upper.length; c++) {
            boolean u = !Block.isBlank(upper[c]);
            boolean l = !Block.isBlank(lower[c]);
            boolean uv = u && UnruledTable.isValue(upper[c]);
            boolean lv = l && UnruledTable.isValue(lower[c]);
            if (u && l && (uv || lv)) {
                return false;
            }
            upperText |= u;
            lowerText |= l;
            upperValue |= uv;
            lowerValue |= lv;
            if (l && !lv && lowerLabel == null) {
                lowerLabel = lower[c];
            }
        }
        if (!upperText || !lowerText) {
            return false;
        }
        if (!upperValue) {
            return lowerValue;
        }
        return !lowerValue && lowerLabel != null && !NUMBERED.matcher(lowerLabel).lookingAt();
    }

    private static final Pattern NUMBERED = Pattern.compile("\\s*[(（]?[一二三四五六七八九十\\d]+[)）、.．]");

    private static List<String> rowTexts(String[][] m) {
        List<String> out = new ArrayList<>();
        for (String[] row : m) {
            StringBuilder b = new StringBuilder();
            for (String s : row) {
                if (s != null && !Block.isBlank(s)) {
                    b.append(s).append('|');
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The column edges of all fragments, those within {@link #SAME_EDGE} of each other taken as one. */
    private static List<Float> edges(List<TableFragment> chain) {
        List<Float> all = new ArrayList<>();
        for (TableFragment f : chain) {
            all.addAll(f.columnEdges);
        }
        all.sort(null);
        List<Float> out = new ArrayList<>();
        for (float e : all) {
            if (out.isEmpty() || e - out.get(out.size() - 1) > SAME_EDGE) {
                out.add(e);
            }
        }
        return out;
    }

    private static int nearest(List<Float> edges, float x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
