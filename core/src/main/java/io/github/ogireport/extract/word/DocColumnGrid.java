package io.github.ogireport.extract.word;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The column grid of a .doc table, rebuilt from where its cells begin and end. A .doc file does not flag
 * horizontal merges: a merged cell is just a wider cell. So every distinct cell edge of every row is a column
 * boundary, and a cell covers the columns between its left and right edge.
 */
final class DocColumnGrid {
    /**
     * Edges closer than this (in twips, 1/1440 inch; 20 twips is one point) are one boundary: hand-drawn tables
     * and converters leave edges a few twips apart that are meant to line up.
     */
    static final int TOLERANCE = 20;

    private final int[] boundaries;

    private DocColumnGrid(int[] boundaries) {
        this.boundaries = boundaries;
    }

    /**
     * The grid of a table.
     *
     * @param rows for each row, each cell's {left edge, width} in twips
     */
    static DocColumnGrid of(List<List<int[]>> rows) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (List<int[]> row : rows) {
            for (int[] cell : row) {
                edges.add(cell[0]);
                edges.add(cell[0] + Math.max(0, cell[1]));
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int edge : edges) {
            if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > TOLERANCE) {
                merged.add(edge);
            }
        }
        return new DocColumnGrid(merged.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The number of grid columns. */
    int width() {
        return Math.max(0, boundaries.length - 1);
    }

    /** The grid column a cell whose left edge is here starts in. */
    int column(int leftEdge) {
        return Math.min(nearest(leftEdge), Math.max(0, width() - 1));
    }

    /** The number of grid columns a cell covers (at least 1). */
    int span(int leftEdge, int width) {
        return Math.max(1, nearest(leftEdge + Math.max(0, width)) - nearest(leftEdge));
    }

    /** The index of the boundary nearest to a position. */
    private int nearest(int position) {
        int best = 0;
        for (int i = 1; i < boundaries.length; i++) {
            if (Math.abs(boundaries[i] - position) < Math.abs(boundaries[best] - position)) {
                best = i;
            }
        }
        return best;
    }
}
