package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.TableGrid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a Word table (.docx or .doc) as the same span-aware grid {@code HtmlTable} makes of an HTML table:
 * every row as wide as the table, a merged cell's text in its first slot and empty strings in the slots it
 * covers. Word keeps a cell for every row a vertical merge covers (marked "continue") and, in files written by
 * WPS or old Word, a cell for every column a horizontal merge covers ({@code hMerge}); those cells' own text is
 * hidden by Word and is dropped here too.
 */
final class WordTableGrid {
    /** Far wider than any report table; guards against a damaged or hostile span. */
    static final int MAX_COLUMNS = 256;

    /** A cell's part in a merge, vertical or horizontal. */
    enum Merge {
        /** Not merged. */
        NONE,
        /** The first cell of a merge: it holds the merged cell's text. */
        RESTART,
        /** A cell covered by the merge that starts above it (vertical) or to its left (horizontal). */
        CONTINUE
    }

    /**
     * One cell as a row of the file lists it.
     *
     * @param column the grid column it starts in
     * @param span the grid columns it covers (at least 1)
     * @param text its text, already cleaned
     * @param vertical its part in a vertical merge
     * @param horizontal its part in an old-style horizontal merge
     */
    record Cell(int column, int span, String text, Merge vertical, Merge horizontal) {
        Cell {
            span = Math.max(1, span);
        }

        /** A cell with no merge. */
        static Cell plain(int column, int span, String text) {
            return new Cell(column, span, text, Merge.NONE, Merge.NONE);
        }
    }

    private WordTableGrid() {
    }

    /**
     * The grid of a table.
     *
     * @param rows each row's cells, in order
     * @param minWidth the table's declared grid width (columns of {@code w:tblGrid}, rows' {@code gridAfter}), or 0
     */
    static List<List<String>> grid(List<List<Cell>> rows, int minWidth) {
        return grid(rows, minWidth, Integer.MAX_VALUE).rows();
    }

    /**
     * The grid of a table, ending before the first row that would take it past {@code maxCells} slots.
     *
     * @param rows each row's cells, in order
     * @param minWidth the table's declared grid width (columns of {@code w:tblGrid}, rows' {@code gridAfter}), or 0
     * @param maxCells the cell limit per table
     */
    static TableGrid grid(List<List<Cell>> rows, int minWidth, int maxCells) {
        int width = Math.min(MAX_COLUMNS, minWidth);
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                width = Math.max(width, Math.min(MAX_COLUMNS, c.column() + c.span()));
            }
        }
        // a vertical merge is open in a column from its restart cell until a row has no continuation there
        boolean[] open = new boolean[width];
        List<List<String>> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            if ((long) (out.size() + 1) * width > maxCells) {
                break;
            }
            String[] slots = new String[width];
            Arrays.fill(slots, "");
            boolean[] nowOpen = new boolean[width];
            boolean horizontalOpen = false;
            for (Cell c : row) {
                if (c.column() < 0 || c.column() >= width) {
                    continue;
                }
                boolean coveredAbove = c.vertical() == Merge.CONTINUE && open[c.column()];
                boolean coveredLeft = c.horizontal() == Merge.CONTINUE && horizontalOpen;
                // a "continue" with nothing to continue is read as the start of its own merge, as Word shows it
                nowOpen[c.column()] = c.vertical() != Merge.NONE;
                horizontalOpen = c.horizontal() != Merge.NONE;
                if (!coveredAbove && !coveredLeft) {
                    slots[c.column()] = c.text();
                } else {
                    slots[c.column()] = Block.COVERED;
                }
                for (int s = c.column() + 1; s < Math.min(width, c.column() + c.span()); s++) {
                    slots[s] = Block.COVERED; // the columns a gridSpan covers
                }
            }
            open = nowOpen;
            out.add(List.of(slots));
        }
        return new TableGrid(out, rows.size(), maxCells);
    }
}
