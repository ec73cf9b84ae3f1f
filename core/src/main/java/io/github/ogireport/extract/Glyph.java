package io.github.ogireport.extract;

/**
 * One character drawn on a PDF page, in page coordinates (points, origin at the top left, y growing downwards,
 * in the direction the text reads).
 *
 * @param x0 left edge
 * @param x1 right edge (left edge plus advance width)
 * @param top top of the glyph box
 * @param bottom the baseline
 * @param text the character(s) the glyph maps to
 */
record Glyph(float x0, float x1, float top, float bottom, String text) {

    float centerX() {
        return (x0 + x1) / 2;
    }

    float centerY() {
        return (top + bottom) / 2;
    }

    float height() {
        return bottom - top;
    }

    /** Whether the glyph is a Chinese character or full-width punctuation: these take no spaces around them. */
    boolean wide() {
        return isWide(text.charAt(0));
    }

    static boolean isWide(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F'
                || c >= '\uFF00' && c <= '\uFF60' || c >= '\uFFE0' && c <= '\uFFE6' || c == '\u2014' || c == '\u2026'
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }
}
