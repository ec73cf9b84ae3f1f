package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.Warning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three tables as read from a document.
 *
 * @param cells every cell key of the template, in contract order
 * @param extraRows rows that are not part of the template
 * @param warnings what was off while reading them
 * @param tableBlocks the blocks that belong to tables (left out of the section text)
 * @param rowsFound how many template rows were recognised, over all three tables
 */
public record Tables(Map<String, CellValue> cells, List<ExtraRow> extraRows, List<Warning> warnings,
                     Set<Integer> tableBlocks, int rowsFound) {
}
