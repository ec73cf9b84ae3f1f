package io.github.ogireport.extract.image;

import io.github.ogireport.extract.layout.DisjointSets;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a ruled table in a page image, from its lines: the distinct line positions make slots, and
 * neighbouring slots with no line between them are one (merged) cell. Each cell is given up to its (erased) borders, so
 * that it can be recognised on its own: a recogniser reading a whole page loses lone digits in a grid, and reads
 * the remains of lines as characters.
 */
final class ImageGrid {
    /** How far a cell starts inside the middle of its border lines, in pixels. */
    private static final int INSET = 2;

    private ImageGrid() {
    }

    /**
     * @param lines the lines of one table, as {@code {from, to, start, end, thickness, horizontal}} (see
     *              {@link PageImage})
     * @param near positions this close are one line
     */
    static List<Rectangle> cells(List<int[]> lines, int near) {
        List<int[]> hs = new ArrayList<>();
        List<int[]> vs = new ArrayList<>();
        for (int[] l : lines) {
            (l[5] == 1 ? hs : vs).add(l);
        }
        List<Integer> ys = positions(hs, near);
        List<Integer> xs = positions(vs, near);
        // a table whose outer border was not drawn (cut off at the page's edge, or left out by the page's style)
        // still ends where its lines end
        edges(xs, hs, near);
        edges(ys, vs, near);
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        if (rows < 1 || cols < 1) {
            return List.of();
        }
        DisjointSets sets = new DisjointSets(rows * cols);
        for (int r = 0; r < rows; r++) {
            int ymid = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                int xmid = (xs.get(c) + xs.get(c + 1)) / 2;
                if (c + 1 < cols && !wall(vs, xs.get(c + 1), ymid, near)) {
                    sets.union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !wall(hs, ys.get(r + 1), xmid, near)) {
                    sets.union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[][] box = new int[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = sets.find(r * cols + c);
                int[] b = box[root];
                if (b == null) {
                    box[root] = new int[] {xs.get(c), ys.get(r), xs.get(c + 1), ys.get(r + 1)};
                } else {
                    b[0] = Math.min(b[0], xs.get(c));
                    b[1] = Math.min(b[1], ys.get(r));
                    b[2] = Math.max(b[2], xs.get(c + 1));
                    b[3] = Math.max(b[3], ys.get(r + 1));
                }
            }
        }
        List<Rectangle> out = new ArrayList<>();
        for (int[] b : box) {
            if (b != null && b[2] - b[0] > 2 * near && b[3] - b[1] > 2 * near) {
                // the lines themselves are erased: the cell reaches almost to their middle, as text often almost
                // touches a line (an HTML cell's padding is a pixel or two) and cutting into it leaves a
                // half digit that the recogniser reads as a bracket or a letter
                out.add(new Rectangle(b[0] + INSET, b[1] + INSET, b[2] - b[0] - 2 * INSET, b[3] - b[1] - 2 * INSET));
            }
        }
        return out;
    }

    /** Whether a line at {@code at} (within {@code near}) runs across the point {@code along}. */
    private static boolean wall(List<int[]> lines, int at, int along, int near) {
        for (int[] l : lines) {
            if (Math.abs((l[0] + l[1]) / 2 - at) <= near && along >= l[2] - near && along <= l[3] + near) {
                return true;
            }
        }
        return false;
    }

    /** Adds the ends of the {@code lines} beyond the outermost perpendicular positions as positions. */
    private static void edges(List<Integer> positions, List<int[]> lines, int near) {
        if (positions.isEmpty() || lines.isEmpty()) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        for (int[] l : lines) {
            start = Math.min(start, l[2]);
            end = Math.max(end, l[3]);
        }
        if (start < positions.get(0) - 2 * near) {
            positions.add(0, start);
        }
        if (end > positions.get(positions.size() - 1) + 2 * near) {
            positions.add(end);
        }
    }

    private static List<Integer> positions(List<int[]> lines, int near) {
        List<Integer> all = new ArrayList<>();
        for (int[] l : lines) {
            all.add((l[0] + l[1]) / 2);
        }
        all.sort(null);
        List<Integer> out = new ArrayList<>();
        for (int p : all) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > near) {
                out.add(p);
            }
        }
        return out;
    }
}
