package io.github.ogireport.grid;

import io.github.ogireport.model.CellValue;

import java.util.List;

/**
 * The splits of a {@link ConcatenatedRun} into a row's cells that a {@link SplitSearch} found.
 *
 * @param candidates the splits, each the row's cells in order
 * @param rulesHold whether the candidates satisfy the row's sum rules (always, for a row without one); when no
 *                  split does, the candidates are the splits the digits allow (at most two: one, or several)
 * @param more whether there are more splits than the candidates listed (the search stopped counting)
 * @param gaveUp whether the search ran out of steps before it had seen every split
 */
record Splits(List<List<CellValue>> candidates, boolean rulesHold, boolean more, boolean gaveUp) {

    Splits {
        candidates = List.copyOf(candidates);
    }

    /** Whether the candidates are every split there is. */
    boolean complete() {
        return !more && !gaveUp;
    }
}
