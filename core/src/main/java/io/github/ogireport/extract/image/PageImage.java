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
    /**
     * A table line is a run of pixels this much darker than the paper: tables are often ruled in light grey (an HTML
     * page's 1 px borders print at about 190–220), far lighter than text, and a line is told from text by its length.
     */
    private static final int LINE_CONTRAST = 25;
    /**
     * A line is also this much darker than the lighter of the pixels just beyond it, across: that tells it from a
     * shaded area (a table's grey header row, 210–240 in a scan), as dark as the pixels beyond any row of it.
     */
    private static final int SIDE_CONTRAST = 12;
    /** A cell whose commonest grey is this much darker than the paper is shaded. */
    private static final int SHADE = 10;
    /** The largest skew corrected, in degrees. */
    private static final double MAX_SKEW = 3;
    /** The skew search step, in degrees. */
    private static final double SKEW_STEP = 0.1;
    /** A line is at least this long, in inches (strokes of body-size characters are shorter). */
    private static final double MIN_LINE = 0.2;
    /** A line is at most this thick, in inches (thicker dark runs are bold strokes or filled areas). */
    private static final double MAX_THICKNESS = 0.035;
    /** A speck is at most this wide and high, in inches (a point of body text is larger). */
    private static final double SPECK = 0.02;
    /** A speck has no other ink this close, in inches. */
    private static final double SPECK_ROOM = 0.03;
    /** A line at least this long, in inches, is a table line whatever it touches. */
    private static final double ANCHOR = 1;
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
        int lineInk = paper(px) - LINE_CONTRAST;
        List<int[]> hs = lines(px, w, h, true, min, thick, gap, lineInk);
        List<int[]> vs = lines(px, w, h, false, min, thick, gap, lineInk);
        anchored(hs, vs, (int) (ANCHOR * dpi), gap * 3);
        List<java.awt.Rectangle> cells = new ArrayList<>();
        for (List<int[]> table : tables(hs, vs, w, gap * 3)) {
            cells.addAll(ImageGrid.cells(table, gap * 3));
            for (int[] l : table) {
                boolean horizontal = l[5] == 1;
                lines.add(new Ruling(horizontal, (l[0] + l[1]) / 2f, l[2], l[3]));
                erase(px, w, h, l, horizontal);
            }
        }
        int paper = lineInk + LINE_CONTRAST;
        for (java.awt.Rectangle c : cells) {
            lighten(px, w, c, paper);
        }
        despeckle(px, w, h, (int) Math.round(SPECK * dpi), (int) Math.round(SPECK_ROOM * dpi));
        return new PageImage(grey, lines, skew, cells);
    }

    /**
     * Brings a shaded cell (a grey header row) to the paper's grey: its pixels scaled so that its commonest grey
     * becomes {@code paper}. The recogniser, which reads the cells on one sheet, takes a grey block for a picture and
     * reads its text into its neighbours' lines.
     */
    private static void lighten(byte[] px, int w, java.awt.Rectangle c, int paper) {
        int[] count = new int[256];
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) {
                count[px[y * w + x] & 0xFF]++;
            }
        }
        int shade = 255;
        for (int v = 0; v < 256; v++) {
            if (count[v] > count[shade]) {
                shade = v;
            }
        }
        if (shade >= paper - SHADE || shade < INK) {
            return;
        }
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) {
                int v = px[y * w + x] & 0xFF;
                px[y * w + x] = (byte) Math.min(255, v * paper / shade);
            }
        }
    }

    /**
     * Whitens specks: spots of ink no wider or taller than {@code size} pixels with no larger ink within {@code room}
     * pixels, nor within three times that on both their left and their right. A copier's dust and a JPEG's ringing
     * make them, often in small clusters, and the recogniser reads them as points and commas beside a digit, or as a
     * character ({@code 3}) in a blank cell; a character's dot has a stroke close by, a decimal point digits on both
     * sides, and they stay.
     */
    static void despeckle(byte[] px, int w, int h, int size, int room) {
        boolean[] seen = new boolean[w * h];
        boolean[] large = new boolean[w * h];
        List<int[]> specks = new ArrayList<>();
        int[] stack = new int[64];
        int[] members = new int[64];
        for (int start = 0; start < px.length; start++) {
            if (seen[start] || (px[start] & 0xFF) >= INK) {
                continue;
            }
            // the spot's extent and pixels, by a flood fill
            int x0 = start % w;
            int x1 = x0;
            int y0 = start / w;
            int y1 = y0;
            int top = 0;
            int count = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int p = stack[--top];
                if (count == members.length) {
                    members = java.util.Arrays.copyOf(members, count * 2);
                }
                members[count++] = p;
                int x = p % w;
                int y = p / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (!seen[q] && (px[q] & 0xFF) < INK) {
                            seen[q] = true;
                            if (top == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[top++] = q;
                        }
                    }
                }
            }
            if (x1 - x0 >= size || y1 - y0 >= size) {
                for (int i = 0; i < count; i++) {
                    large[members[i]] = true;
                }
            } else {
                specks.add(new int[] {x0, y0, x1, y1});
            }
        }
        for (int[] b : specks) {
            // a decimal point may stand farther from its digits than a dot of a character from its strokes
            boolean kept = near(large, w, b[0] - room, b[1] - room, b[2] + room, b[3] + room)
                    || near(large, w, b[0] - 3 * room, b[1] - room, b[0] - 1, b[3] + room)
                    && near(large, w, b[2] + 1, b[1] - room, b[2] + 3 * room, b[3] + room);
            if (!kept) {
                for (int y = b[1]; y <= b[3]; y++) {
                    for (int x = b[0]; x <= b[2]; x++) {
                        px[y * w + x] = (byte) 255;
                    }
                }
            }
        }
    }

    /** Whether {@code mask} is set in the box {@code x0..x1, y0..y1}, clipped to the page. */
    private static boolean near(boolean[] mask, int w, int x0, int y0, int x1, int y1) {
        int h = mask.length / w;
        for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
                if (mask[y * w + x]) {
                    return true;
                }
            }
        }
        return false;
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

    /** The leftmost and rightmost columns of a cell that hold ink; null for a cell with none. */
    int[] inkColumns(java.awt.Rectangle r) {
        byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (int y = Math.max(0, r.y); y < Math.min(image.getHeight(), r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(w, r.x + r.width); x++) {
                if (ink(px, w, x, y)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return left > right ? null : new int[] {left, right};
    }

    private static boolean ink(byte[] px, int w, int x, int y) {
        return (px[y * w + x] & 0xFF) < INK;
    }

    /** The grey of the paper: the commonest grey of the page. */
    private static int paper(byte[] px) {
        int[] count = new int[256];
        for (int i = 0; i < px.length; i += 7) {
            count[px[i] & 0xFF]++;
        }
        int best = 255;
        for (int v = 0; v < 256; v++) {
            if (count[v] > count[best]) {
                best = v;
            }
        }
        return best;
    }

    /**
     * Long thin runs of pixels darker than {@code ink} in one direction, as {@code {from, to, start, end, thickness, horizontal}}: across
     * positions {@code from..to} (rows of a horizontal line), along {@code start..end}.
     */
    private static List<int[]> lines(byte[] px, int w, int h, boolean horizontal, int min, int thick, int gap,
                                     int ink) {
        int across = horizontal ? h : w;
        int along = horizontal ? w : h;
        List<int[]> open = new ArrayList<>();
        List<int[]> done = new ArrayList<>();
        for (int a = 0; a < across; a++) {
            List<int[]> runs = new ArrayList<>();
            int start = -1;
            int last = -1;
            for (int b = 0; b <= along; b++) {
                boolean dark = b < along && darker(px, w, h, horizontal, a, b, thick / 2 + 1, ink);
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
     * Whether the pixel at {@code a} across and {@code b} along is darker than {@code ink}, and by
     * {@link #SIDE_CONTRAST} than the lighter of the two pixels {@code side} away across (paper beyond the page's
     * edge): {@code side} is half a line's greatest thickness, so that every pixel of a line has paper on one side.
     */
    private static boolean darker(byte[] px, int w, int h, boolean horizontal, int a, int b, int side, int ink) {
        int v = px[horizontal ? a * w + b : b * w + a] & 0xFF;
        if (v >= ink) {
            return false;
        }
        int across = horizontal ? h : w;
        int before = a - side < 0 ? 255 : px[horizontal ? (a - side) * w + b : b * w + a - side] & 0xFF;
        int after = a + side >= across ? 255 : px[horizontal ? (a + side) * w + b : b * w + a + side] & 0xFF;
        return v < Math.max(before, after) - SIDE_CONTRAST;
    }

    /**
     * Keeps the lines that are long, or that end on lines kept at both ends, as the short borders of a table's
     * cells do. The rest are strokes of characters that the light threshold for lines joined into a run (the
     * horizontal strokes of {@code 商业企业} in a grey, blurred scan), which would cut cells in two and be erased.
     */
    private static void anchored(List<int[]> hs, List<int[]> vs, int length, int touch) {
        List<int[]> keptH = new ArrayList<>();
        for (int[] l : hs) {
            if (l[3] - l[2] >= length) {
                keptH.add(l);
            }
        }
        List<int[]> keptV = new ArrayList<>();
        for (int[] l : vs) {
            if (l[3] - l[2] >= length || endsOn(l, l[2], keptH, touch) && endsOn(l, l[3], keptH, touch)) {
                keptV.add(l);
            }
        }
        for (int[] l : hs) {
            if (l[3] - l[2] < length && endsOn(l, l[2], keptV, touch) && endsOn(l, l[3], keptV, touch)) {
                keptH.add(l);
            }
        }
        hs.retainAll(keptH);
        vs.retainAll(keptV);
    }

    /** Whether the end of {@code line} at {@code end} (along it) lies on one of the perpendicular {@code lines}. */
    private static boolean endsOn(int[] line, int end, List<int[]> lines, int touch) {
        int across = (line[0] + line[1]) / 2;
        for (int[] o : lines) {
            if (end >= o[0] - touch && end <= o[1] + touch && across >= o[2] - touch && across <= o[3] + touch) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines that make tables: those that touch a perpendicular line, in groups of touching lines at least a
     * quarter of the page wide with three horizontal and two vertical lines (the strokes of a large character touch
     * each other too, but make no such group), or with two horizontal lines each that wide and three vertical lines:
     * a table's one row carried over to the next page (行政事业性收费 | 1.35), which read as a paragraph loses its
     * cells.
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
            int shortest = Integer.MAX_VALUE;
            List<int[]> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (sets.find(i) == root) {
                    int[] l = all.get(i);
                    members.add(l);
                    if (l[5] == 1) {
                        horizontal++;
                        x0 = Math.min(x0, l[2]);
                        x1 = Math.max(x1, l[3]);
                        shortest = Math.min(shortest, l[3] - l[2]);
                    } else {
                        vertical++;
                    }
                }
            }
            boolean oneRow = horizontal == 2 && vertical >= 3 && shortest >= width / 4;
            if ((horizontal >= 3 && vertical >= 2 || oneRow) && x1 - x0 >= width / 4) {
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
