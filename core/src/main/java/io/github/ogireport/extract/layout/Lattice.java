package io.github.ogireport.extract.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ruled tables from a page's ruling lines (the lattice method): lines that touch form a table; the distinct
 * positions of its lines make a grid of slots; two neighbouring slots belong to one cell when no line separates
 * them, so a merged cell's span is the grid lines it crosses. Each glyph goes to the cell under its center.
 */
final class Lattice {
    /** Lines closer than this are one line (double borders, rounding of producers). */
    private static final float SAME_LINE = 2f;
    /** Lines whose ends come this close to another line touch it. */
    private static final float TOUCH = 2.5f;
    /** Lines drawn beyond the outermost perpendicular line by more than this make an open outer edge. */
    private static final float OPEN_EDGE = 4f;
    /** A glyph starting less than this beyond a column line is text running over from the left cell. */
    private static final float OVERFLOW = 0.4f;
    /** More lines than this on one page is a drawing, not a table. */
    private static final int MAX_LINES = 4000;

    private Lattice() {
    }

    /**
     * The result: the tables found and the glyphs outside them.
     *
     * @param tables the ruled tables, top to bottom
     * @param outside the glyphs in no table
     */
    record Result(List<TableFragment> tables, List<Glyph> outside) {
    }

    static Result find(int page, List<Ruling> rulings, List<Glyph> glyphs) {
        List<Ruling> h = merge(rulings, true);
        List<Ruling> v = merge(rulings, false);
        if (h.size() < 2 || v.size() < 2 || h.size() + v.size() > MAX_LINES) {
            return new Result(List.of(), glyphs);
        }
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> cluster : clusters(h, v)) {
            Grid g = Grid.of(cluster);
            if (g != null) {
                grids.add(g);
            }
        }
        if (grids.isEmpty()) {
            return new Result(List.of(), glyphs);
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            boolean placed = false;
            for (Grid g : grids) {
                if (g.place(glyph)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                outside.add(glyph);
            }
        }
        List<TableFragment> tables = new ArrayList<>();
        for (Grid g : grids) {
            TableFragment t = g.fragment(page);
            if (t.hasText()) {
                tables.add(t);
            } else {
                // a frame or grid with nothing in it: its glyphs (none) stay outside, it is no table
                continue;
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.top));
        return new Result(tables, outside);
    }

    /** Collinear overlapping lines of one orientation joined into one. */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> lines = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                lines.add(r);
            }
        }
        lines.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).at() - lines.get(i - 1).at() > 1f) {
                // one position: join the stretches that overlap or touch, left to right
                List<Ruling> group = new ArrayList<>(lines.subList(start, i));
                group.sort(Comparator.comparingDouble(Ruling::from));
                Ruling last = null;
                for (Ruling r : group) {
                    if (last != null && r.from() <= last.to() + 1f) {
                        last = new Ruling(horizontal, last.at(), last.from(), Math.max(last.to(), r.to()));
                    } else {
                        if (last != null) {
                            out.add(last);
                        }
                        last = r;
                    }
                }
                out.add(last);
                start = i;
            }
        }
        return out;
    }

    /** Groups of lines that touch each other, directly or through other lines. */
    private static List<List<Ruling>> clusters(List<Ruling> h, List<Ruling> v) {
        List<Ruling> all = new ArrayList<>(h);
        all.addAll(v);
        DisjointSets sets = new DisjointSets(all.size());
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (h.get(i).meets(v.get(j), TOUCH)) {
                    sets.union(i, h.size() + j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(all.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /** Distinct positions of lines, those within {@link #SAME_LINE} of each other taken as one. */
    private static List<Float> positions(List<Ruling> lines) {
        float[] at = new float[lines.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = lines.get(i).at();
        }
        Arrays.sort(at);
        List<Float> out = new ArrayList<>();
        float sum = 0;
        int n = 0;
        for (int i = 0; i < at.length; i++) {
            if (n > 0 && at[i] - at[i - 1] > SAME_LINE) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += at[i];
            n++;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return out;
    }

    /** One table's slot grid, the cells its lines make, and the glyphs placed in them. */
    private static final class Grid {
        private final List<Float> xs;
        private final List<Float> ys;
        private final int[] cellOfSlot;
        private final int[][] cellBounds; // per cell: row0, col0, row1, col1 (inclusive)
        private final List<List<Glyph>> glyphs = new ArrayList<>();

        private Grid(List<Float> xs, List<Float> ys, int[] cellOfSlot, int[][] cellBounds) {
            this.xs = xs;
            this.ys = ys;
            this.cellOfSlot = cellOfSlot;
            this.cellBounds = cellBounds;
            for (int i = 0; i < cellBounds.length; i++) {
                glyphs.add(new ArrayList<>());
            }
        }

        static Grid of(List<Ruling> cluster) {
            List<Ruling> h = new ArrayList<>();
            List<Ruling> v = new ArrayList<>();
            for (Ruling r : cluster) {
                (r.horizontal() ? h : v).add(r);
            }
            if (h.size() < 2 || v.size() < 2) {
                return null;
            }
            List<Float> xs = positions(v);
            List<Float> ys = positions(h);
            // a table drawn without its outer left/right (or top/bottom) border: the other lines show where it ends
            float hFrom = (float) h.stream().mapToDouble(Ruling::from).min().orElse(0);
            float hTo = (float) h.stream().mapToDouble(Ruling::to).max().orElse(0);
            float vFrom = (float) v.stream().mapToDouble(Ruling::from).min().orElse(0);
            float vTo = (float) v.stream().mapToDouble(Ruling::to).max().orElse(0);
            if (hFrom < xs.get(0) - OPEN_EDGE) {
                xs.add(0, hFrom);
            }
            if (hTo > xs.get(xs.size() - 1) + OPEN_EDGE) {
                xs.add(hTo);
            }
            if (vFrom < ys.get(0) - OPEN_EDGE) {
                ys.add(0, vFrom);
            }
            if (vTo > ys.get(ys.size() - 1) + OPEN_EDGE) {
                ys.add(vTo);
            }
            int rows = ys.size() - 1;
            int cols = xs.size() - 1;
            if (rows < 1 || cols < 1 || rows * cols < 2) {
                return null; // a frame around something, not a table
            }
            DisjointSets sets = new DisjointSets(rows * cols);
            for (int r = 0; r < rows; r++) {
                float mid = (ys.get(r) + ys.get(r + 1)) / 2;
                for (int c = 1; c < cols; c++) {
                    if (!hasLine(v, xs.get(c), mid)) {
                        sets.union(r * cols + c - 1, r * cols + c);
                    }
                }
            }
            for (int c = 0; c < cols; c++) {
                float mid = (xs.get(c) + xs.get(c + 1)) / 2;
                for (int r = 1; r < rows; r++) {
                    if (!hasLine(h, ys.get(r), mid)) {
                        sets.union((r - 1) * cols + c, r * cols + c);
                    }
                }
            }
            Map<Integer, Integer> ids = new HashMap<>();
            List<int[]> bounds = new ArrayList<>();
            int[] cellOfSlot = new int[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int root = sets.find(r * cols + c);
                    Integer id = ids.get(root);
                    if (id == null) {
                        id = bounds.size();
                        ids.put(root, id);
                        bounds.add(new int[] {r, c, r, c});
                    }
                    int[] b = bounds.get(id);
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                    cellOfSlot[r * cols + c] = id;
                }
            }
            return new Grid(xs, ys, cellOfSlot, bounds.toArray(new int[0][]));
        }

        /** Whether one of the lines sits at {@code at} and runs across {@code across}. */
        private static boolean hasLine(List<Ruling> lines, float at, float across) {
            for (Ruling r : lines) {
                if (Math.abs(r.at() - at) <= SAME_LINE && r.covers(across, 0.5f)) {
                    return true;
                }
            }
            return false;
        }

        /** Puts a glyph into the cell under its center; false if the glyph lies outside this table. */
        boolean place(Glyph g) {
            int c = slot(xs, g.centerX());
            int r = slot(ys, g.centerY());
            if (c < 0 || r < 0) {
                return false;
            }
            if (c > 0 && g.x0() < xs.get(c) + OVERFLOW) {
                // a glyph that starts on a column line overflowed from the cell on the left (a cell's own text keeps
                // off its borders): a narrow column whose line of text could not be broken, such as “三
                c--;
            }
            glyphs.get(cellOfSlot[r * (xs.size() - 1) + c]).add(g);
            return true;
        }

        private static int slot(List<Float> edges, float p) {
            if (p < edges.get(0) || p > edges.get(edges.size() - 1)) {
                return -1;
            }
            for (int i = 1; i < edges.size(); i++) {
                if (p <= edges.get(i)) {
                    return i - 1;
                }
            }
            return edges.size() - 2;
        }

        TableFragment fragment(int page) {
            List<TableFragment.Cell> cells = new ArrayList<>();
            for (int i = 0; i < cellBounds.length; i++) {
                int[] b = cellBounds[i];
                cells.add(new TableFragment.Cell(b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1, xs.get(b[1]),
                        xs.get(b[3] + 1), ys.get(b[0]), ys.get(b[2] + 1), TextLine.blockText(glyphs.get(i))));
            }
            cells.sort(Comparator.comparingInt(TableFragment.Cell::row).thenComparingInt(TableFragment.Cell::col));
            return new TableFragment(page, ys.get(0), ys.get(ys.size() - 1), ys.size() - 1, xs, cells, true);
        }
    }
}
