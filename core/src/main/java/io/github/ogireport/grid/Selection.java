package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.WarningCode;

import java.util.List;

/**
 * The cells chosen for one row, and what was off while choosing them.
 *
 * @param cells exactly the expected number of cells, or null when they could not be placed
 * @param problem the warning to give, or null
 * @param detail words for the warning, or null
 */
record Selection(List<CellValue> cells, WarningCode problem, String detail) {
}
