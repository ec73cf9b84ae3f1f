package io.github.ogireport.document;

import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;

import java.util.List;

/**
 * The rows of a table's grid as an extractor built them, and how many rows the table had: fewer rows than that
 * means the table went past the cell limit and its last rows were dropped.
 *
 * @param rows the grid rows, each as wide as the grid
 * @param sourceRows the rows the table has in the document
 * @param maxCells the cell limit that applied
 *
 * <p>Shared by the extractors whose formats have tables of cells (HTML, Word); not API.
 */
public record TableGrid(List<List<String>> rows, int sourceRows, int maxCells) {
    /** Copies the rows. */
    public TableGrid {
        rows = List.copyOf(rows);
    }

    /** Whether rows were dropped at the cell limit. */
    public boolean truncated() {
        return rows.size() < sourceRows;
    }

    /** The warning that says which table was cut where. */
    public Warning warning(String table) {
        return new Warning(WarningCode.LIMIT_REACHED, table, table + " has more than " + maxCells + " cells, the limit "
                + "per table: only its first " + rows.size() + " of " + sourceRows + " rows were read");
    }
}
