package io.github.ogireport.extract.layout;

import java.util.List;

/**
 * The part of a table that one page shows: its cells, each placed on the fragment's own slot grid with explicit
 * spans, and the x positions of its column edges (to line fragments of one table up across pages).
 *
 * <p>Public (with the members they use) for {@code extract.image}; not API.
 */
public final class TableFragment {
    final int page;
    final float x0;
    final float x1;
    /** Where the fragment starts vertically. */
    public final float top;
    /** Where the fragment ends vertically. */
    public final float bottom;
    final int rows;
    final List<Float> columnEdges;
    /** The cells, each placed on the fragment's slot grid. */
    public final List<Cell> cells;
    /** Whether the fragment was read from ruling lines (else from the alignment of text). */
    final boolean ruled;

    TableFragment(int page, float top, float bottom, int rows, List<Float> columnEdges, List<Cell> cells,
                  boolean ruled) {
        this.page = page;
        this.x0 = columnEdges.get(0);
        this.x1 = columnEdges.get(columnEdges.size() - 1);
        this.top = top;
        this.bottom = bottom;
        this.rows = rows;
        this.columnEdges = List.copyOf(columnEdges);
        this.cells = List.copyOf(cells);
        this.ruled = ruled;
    }

    /** Whether the fragment holds any text. */
    boolean hasText() {
        return cells.stream().anyMatch(c -> !c.text().isEmpty());
    }

    /**
     * One cell: where it starts on the slot grid, how many rows and columns it spans, its extent on the page, and
     * its text.
     */
    public record Cell(int row, int col, int rowSpan, int colSpan, float x0, float x1, float top, float bottom,
                       String text) {
    }
}
