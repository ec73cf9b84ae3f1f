package io.github.ogireport.extract.image;

import io.github.ogireport.extract.layout.DisjointSets;
import io.github.ogireport.extract.layout.Ruling;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * A scanned page made ready for OCR: turned grey, straightened (a scan is often a degree or so askew, which would
 * tear table rows apart), and its table lines found and erased. The lines are long dark runs of pixels; they go to
 * the lattice reader as ruling lines, as a PDF's drawn lines do, and are erased because the recogniser reads them as
 * {@code |} and {@code 一}.
 */
final class PageImage {
    /** Darker than this (0 black – 255 white) is ink. */
    private static final int INK = 150;
    /** The largest skew corrected, in degrees. */
    private static final double MAX_SKEW = 3;
    /** The skew search step, in degrees. */
    private static final double SKEW_STEP = 0.1;
    /** A line is at least this long, in inches (strokes of body-size characters are shorter). */
    private static final double MIN_LINE = 0.2;
    /** A line is at most this thick, in inches (thicker dark runs are bold strokes or filled areas). */
    private static final double MAX_THICKNESS = 0.035;
    /** Gaps in a line up to this long, in inches, are breaks in the ink (scan noise), not ends. */
    private static final double GAP = 0.012;

    final BufferedImage image;
    /** Ruling lines in pixels of {@link #image}. */
    final List<Ruling> rulings;
    /** The skew corrected, in degrees. */
    final double skew;
    /** The tables' cells (merged cells as one), their borders left out, in pixels of {@link #image}. */
    final List<java.awt.Rectangle> cells;

    private PageImage(BufferedImage image, List<Ruling> rulings, double skew, List<java.awt.Rectangle> cells) {
        this.image = image;
        this.rulings = rulings;
        this.skew = skew;
        this.cells = cells;
    }

    /** Prepares a page image rendered or scanned at {@code dpi}. */
    static PageImage of(BufferedImage source, float dpi) {
        BufferedImage grey = grey(source);
        double skew = skew(grey);
        if (Math.abs(skew) >= SKEW_STEP / 2) {
            grey = rotate(grey, -skew);
        }
        List<Ruling> lines = new ArrayList<>();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int min = Math.max(8, (int) (MIN_LINE * dpi));
        int thick = Math.max(2, (int) Math.ceil(MAX_THICKNESS * dpi));
        int gap = Math.max(1, (int) Math.round(GAP * dpi));
        List<int[]> hs = lines(px, w, h, true, min, thick, gap);
        List<int[]> vs = lines(px, w, h, false, min, thick, gap);
        List<java.awt.Rectangle> cells = new ArrayList<>();
        for (List<int[]> table : tables(hs, vs, w, gap * 3)) {
            cells.addAll(ImageGrid.cells(table, gap * 3));
            for (int[] l : table) {
                boolean horizontal = l[5] == 1;
                lines.add(new Ruling(horizontal, (l[0] + l[1]) / 2f, l[2], l[3]));
                erase(px, w, h, l, horizontal);
            }
        }
        return new PageImage(grey, lines, skew, cells);
    }

    private static BufferedImage grey(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return source;
        }
        BufferedImage g = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, g.getWidth(), g.getHeight());
        gr.drawImage(source, 0, 0, null);
        gr.dispose();
        return g;
    }

    /**
     * The skew in degrees (positive: the text runs down to the right), found on a quarter-size copy as the angle
     * whose horizontal projection of the ink is the most peaked (lines of text and table lines fall into few rows).
     */
    static double skew(BufferedImage grey) {
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int step = Math.max(1, w / 700);
        List<int[]> ink = new ArrayList<>();
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                if ((px[y * w + x] & 0xFF) < INK) {
                    ink.add(new int[] {x / step, y / step});
                }
            }
        }
        if (ink.size() < 50) {
            return 0;
        }
        int rows = h / step + 1;
        int cols = w / step + 1;
        double best = 0;
        double bestScore = -1;
        int n = (int) Math.round(MAX_SKEW / SKEW_STEP);
        int[] bins = new int[rows + 2 * cols];
        for (int i = -n; i <= n; i++) {
            double a = i * SKEW_STEP;
            double t = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(bins, 0);
            for (int[] p : ink) {
                int r = (int) Math.round(p[1] - p[0] * t) + cols;
                if (r >= 0 && r < bins.length) {
                    bins[r]++;
                }
            }
            double score = 0;
            for (int b : bins) {
                score += (double) b * b;
            }
            if (score > bestScore * 1.0001) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    private static BufferedImage rotate(BufferedImage grey, double degrees) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Whether a rectangle holds at least {@code min} pixels of ink. */
    boolean inked(java.awt.Rectangle r, int min) {
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int count = 0;
        for (int y = Math.max(0, r.y); y < Math.min(image.getHeight(), r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(w, r.x + r.width); x++) {
                if (ink(px, w, x, y) && ++count >= min) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ink(byte[] px, int w, int x, int y) {
        return (px[y * w + x] & 0xFF) < INK;
    }

    /**
     * Long thin runs of ink in one direction, as {@code {from, to, start, end, thickness, horizontal}}: across
     * positions {@code from..to} (rows of a horizontal line), along {@code start..end}.
     */
    private static List<int[]> lines(byte[] px, int w, int h, boolean horizontal, int min, int thick, int gap) {
        int across = horizontal ? h : w;
        int along = horizontal ? w : h;
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int a = 0; a < across; a++) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            int last = -1;
            for (int b = 0; b <= along; b++) {
                boolean dark = b < along && (horizontal ? ink(px, w, b, a) : ink(px, w, a, b));
                if (dark) {
                    if (start < 0 || b - last > gap + 1) {
                        if (start >= 0 && last - start + 1 >= min) {
                            runs.add(new int[] {start, last});
                        }
                        start = b;
                    }
                    last = b;
                }
            }
            if (start >= 0 && last - start + 1 >= min) {
                runs.add(new int[] {start, last});
            }
            List<int[]> next = new ArrayList<>();
            for (int[] r : runs) {
                int[] joined = null;
                for (int[] o : open) {
                    if (o[1] == a - 1 && r[0] <= o[3] && r[1] >= o[2]) {
                        joined = o;
                        break;
                    }
                }
                if (joined != null) {
                    joined[1] = a;
                    joined[2] = Math.min(joined[2], r[0]);
                    joined[3] = Math.max(joined[3], r[1]);
                } else {
                    joined = new int[] {a, a, r[0], r[1], 0, horizontal ? 1 : 0};
                }
                if (!next.contains(joined)) {
                    next.add(joined);
                }
            }
            for (int[] o : open) {
                if (!next.contains(o)) {
                    done.add(o);
                }
            }
            open = next;
        }
        done.addAll(open);
        List<int[]> out = new ArrayList<>();
        for (int[] l : done) {
            l[4] = l[1] - l[0] + 1;
            if (l[4] <= thick) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The lines that make tables: those that touch a perpendicular line, in groups of touching lines at least a
     * quarter of the page wide with three horizontal and two vertical lines (the strokes of a large character touch
     * each other too, but make no such group).
     */
    private static List<List<int[]>> tables(List<int[]> hs, List<int[]> vs, int width, int touch) {
        List<int[]> all = new ArrayList<>(hs);
        all.addAll(vs);
        int n = all.size();
        DisjointSets sets = new DisjointSets(n);
        for (int i = 0; i < hs.size(); i++) {
            int[] h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                int[] v = vs.get(j);
                // v runs along y from v[2] to v[3] at x v[0]..v[1]; h runs along x from h[2] to h[3] at y h[0]..h[1]
                if (v[1] >= h[2] - touch && v[0] <= h[3] + touch && h[1] >= v[2] - touch && h[0] <= v[3] + touch) {
                    sets.union(i, hs.size() + j);
                }
            }
        }
        List<List<int[]>> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (sets.find(root) != root) {
                continue;
            }
            int horizontal = 0;
            int vertical = 0;
            int x0 = Integer.MAX_VALUE;
            int x1 = Integer.MIN_VALUE;
            List<int[]> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (sets.find(i) == root) {
                    int[] l = all.get(i);
                    members.add(l);
                    if (l[5] == 1) {
                        horizontal++;
                        x0 = Math.min(x0, l[2]);
                        x1 = Math.max(x1, l[3]);
                    } else {
                        vertical++;
                    }
                }
            }
            if (horizontal >= 3 && vertical >= 2 && x1 - x0 >= width / 4) {
                out.add(members);
            }
        }
        return out;
    }

    /**
     * Whitens a line's pixels and two beyond each side (the antialiased edge, which the recogniser would read as
     * {@code |} or {@code ]}).
     */
    private static void erase(byte[] px, int w, int h, int[] l, boolean horizontal) {
        for (int a = l[0] - 2; a <= l[1] + 2; a++) {
            for (int b = l[2]; b <= l[3]; b++) {
                int x = horizontal ? b : a;
                int y = horizontal ? a : b;
                if (x >= 0 && y >= 0 && x < w && y < h) {
                    px[y * w + x] = (byte) 255;
                }
            }
        }
    }
}
