package io.github.ogireport.extract.layout;

import io.github.ogireport.document.WideText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, left to right, and the text they spell. Spaces come from the gaps between glyphs,
 * not from space characters in the PDF: no space is put next to a Chinese character unless the gap is as wide as a
 * column gap, so {@code 2019 年} reads {@code 2019年} while {@code 行政许可      550} keeps its two words.
 *
 * <p>Public (with the members they use) for {@code extract.image}; not API.
 */
public final class TextLine {
    /** A gap this many ems wide separates runs (cells of an unruled table, or words that must stay apart). */
    static final float RUN_GAP = 1.2f;
    /** Between two Latin characters or digits, a gap this many ems wide is a space. */
    private static final float SPACE_GAP = 0.18f;

    private final List<Glyph> glyphs;
    final float x0;
    final float x1;
    final float top;
    final float bottom;
    /** The size of one em: the advance of a Chinese character, else an estimate from the glyph heights. */
    final float em;

    private TextLine(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x0));
        this.glyphs = glyphs;
        float l = Float.MAX_VALUE;
        float r = -Float.MAX_VALUE;
        float t = Float.MAX_VALUE;
        float b = -Float.MAX_VALUE;
        List<Float> wide = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (Glyph g : glyphs) {
            l = Math.min(l, g.x0());
            r = Math.max(r, g.x1());
            t = Math.min(t, g.top());
            b = Math.max(b, g.bottom());
            if (g.wide() && g.text().length() == 1) {
                wide.add(g.x1() - g.x0());
            }
            heights.add(g.height());
        }
        x0 = l;
        x1 = r;
        top = t;
        bottom = b;
        float e = wide.size() >= Math.max(1, glyphs.size() / 4) ? median(wide) : median(heights) * 1.4f;
        em = Math.max(e, 1f);
    }

    /** The lines of a set of glyphs, top to bottom; a glyph joins the line whose band holds its vertical center. */
    public static List<TextLine> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float bandTop = 0;
        float bandBottom = 0;
        for (Glyph g : sorted) {
            float c = g.centerY();
            if (current != null && c <= bandBottom && c >= bandTop) {
                current.add(g);
                // the band is the first glyph's box: growing it would let a line swallow the next one
                continue;
            }
            current = new ArrayList<>();
            current.add(g);
            lines.add(current);
            float slack = g.height() * 0.25f;
            bandTop = g.top() - slack;
            bandBottom = g.bottom() + slack;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (List<Glyph> l : lines) {
            out.add(new TextLine(l));
        }
        out.sort(Comparator.comparingDouble(line -> line.top));
        return out;
    }

    /** The text of glyphs that form one block (a table cell): its lines joined, no space next to Chinese. */
    static String blockText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (TextLine line : group(glyphs)) {
            WideText.append(b, line.text());
        }
        return b.toString();
    }

    /** The line's glyphs, left to right. */
    public List<Glyph> glyphs() {
        return glyphs;
    }

    /** The whole line as text: runs joined by a space unless both sides are Chinese. */
    public String text() {
        return join(runs());
    }

    /** The line cut where the gap between glyphs is a column gap. */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || glyphs.get(i).x0() - glyphs.get(i - 1).x1() >= RUN_GAP * em) {
                runs.add(new Run(glyphs.get(start).x0(), glyphs.get(i - 1).x1(), spell(glyphs.subList(start, i))));
                start = i;
            }
        }
        return runs;
    }

    private String spell(List<Glyph> run) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : run) {
            if (prev != null && !prev.wide() && !g.wide() && g.x0() - prev.x1() >= SPACE_GAP * em) {
                b.append(' ');
            }
            b.append(g.text());
            prev = g;
        }
        return b.toString();
    }

    /** Joins runs: a column gap stays a space unless both sides are Chinese (justified prose spreads its characters). */
    static String join(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            String t = r.text();
            if (!b.isEmpty() && !(WideText.isWide(b.charAt(b.length() - 1)) && WideText.isWide(t.charAt(0)))) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 10f;
        }
        values.sort(null);
        return values.get(values.size() / 2);
    }

    /**
     * A stretch of a line without a column gap in it.
     *
     * @param x0 left edge
     * @param x1 right edge
     * @param text its text
     */
    record Run(float x0, float x1, String text) {
    }
}
