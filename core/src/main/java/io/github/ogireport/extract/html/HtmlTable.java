package io.github.ogireport.extract.html;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.document.CellText;
import io.github.ogireport.document.TableGrid;
import io.github.ogireport.model.Limits;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The HTML table model, reduced to what reports need: rows of a rectangular slot grid in which a cell spanning
 * several columns or rows fills its first slot with its text and the others with empty strings, so that every
 * value keeps its column. A table holding another table is page layout, not data: its cells are read as
 * ordinary content.
 */
final class HtmlTable {
    /** Far more than any report table; guards against {@code colspan="100000"}. */
    private static final int MAX_SPAN = 64;
    private static final int MAX_COLUMNS = 256;

    private HtmlTable() {
    }

    static boolean isDataTable(Element table) {
        return dataRows(table) != null;
    }

    /**
     * The rows of a data table in document order, or null when another table nests inside it (see
     * {@link #isDataTable}). One walk that stops at the first nested table: the extractor asks this of every table.
     */
    static List<Element> dataRows(Element table) {
        return rows(table, true);
    }

    /**
     * The table's own rows in document order: rows of tables nested inside belong to those. With
     * {@code stopAtNested}, null as soon as a nested table shows.
     */
    private static List<Element> rows(Element table, boolean stopAtNested) {
        List<Element> rows = new ArrayList<>();
        boolean[] nested = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != table && node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("table")) {
                        nested[0] = true;
                        return stopAtNested ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("tr")) {
                        rows.add(e);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, table);
        return stopAtNested && nested[0] ? null : rows;
    }

    /** The rows of the grid, within the default cell limit. */
    static List<List<String>> grid(Element table) {
        return grid(table, Limits.DEFAULT.maxCellsPerTable()).rows();
    }

    /**
     * The rows of the grid; rows of nested tables' parents are not included (see {@link #isDataTable}). When the
     * grid would hold more than {@code maxCells} slots, it ends at the row before: the work and memory a table
     * costs stay bounded whatever its spans say ({@code rowspan="0"} on every row of a long table).
     */
    static TableGrid grid(Element table, int maxCells) {
        return grid(rows(table, false), maxCells);
    }

    /** The grid of a table's own rows (as {@link #rows} finds them); see {@link #grid(Element, int)}. */
    static TableGrid grid(List<Element> rows, int maxCells) {
        List<String[]> grid = new ArrayList<>();
        int width = 0;
        long slotsWritten = 0;
        int end = rows.size();
        rowLoop:
        for (int r = 0; r < rows.size(); r++) {
            Cancellation.check();
            if ((long) (r + 1) * width > maxCells) {
                end = r;
                break;
            }
            String[] slots = slots(grid, r);
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                while (c < slots.length && slots[c] != null) {
                    c++;
                }
                int colspan = span(cell.attr("colspan"));
                String rowspanAttr = cell.attr("rowspan");
                int rowspan = span(rowspanAttr);
                if (rowspanAttr.strip().equals("0")) {
                    rowspan = rows.size() - r; // rowspan 0: to the end of the table
                }
                if (c + colspan > MAX_COLUMNS) {
                    break;
                }
                slotsWritten += (long) Math.min(rowspan, rows.size() - r) * colspan;
                if (slotsWritten > maxCells) {
                    end = r;
                    break rowLoop;
                }
                String text = text(cell);
                for (int dr = 0; dr < rowspan && r + dr < rows.size(); dr++) {
                    String[] target = slots(grid, r + dr);
                    if (target.length < c + colspan) {
                        target = Arrays.copyOf(target, c + colspan);
                        grid.set(r + dr, target);
                    }
                    for (int dc = 0; dc < colspan; dc++) {
                        target[c + dc] = dr == 0 && dc == 0 ? text : Block.COVERED;
                    }
                }
                slots = grid.get(r);
                c += colspan;
                width = Math.max(width, c);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r < Math.min(end, grid.size()); r++) {
            String[] row = grid.get(r);
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                cells.add(c < row.length && row[c] != null ? row[c] : "");
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        // rows the grid never reached (empty <tr>s at the end) are not a cut
        return new TableGrid(out, end < rows.size() ? rows.size() : out.size(), maxCells);
    }

    private static String[] slots(List<String[]> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new String[0]);
        }
        return grid.get(r);
    }

    private static int span(String attr) {
        String digits = attr.strip();
        if (digits.isEmpty()) {
            return 1; // absent: most cells; not left to the exception below, which costs more than the cell
        }
        try {
            int n = Integer.parseInt(digits);
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1; // absent or malformed: browsers treat it as 1
        }
    }

    /** A cell's text; line breaks and paragraphs inside it become spaces, label runs split over spans join. */
    static String text(Element cell) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                } else if (node instanceof Element e && (e.normalName().equals("br") || e.normalName().equals("p")
                        || e.normalName().equals("div"))) {
                    b.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, cell);
        return CellText.clean(b.toString());
    }
}
