package io.github.ogireport.extract.layout;

import io.github.ogireport.document.WideText;

/**
 * One character drawn on a PDF page, in page coordinates (points, origin at the top left, y growing downwards,
 * in the direction the text reads).
 *
 * @param x0 left edge
 * @param x1 right edge (left edge plus advance width)
 * @param top top of the glyph box
 * @param bottom the baseline
 * @param text the character(s) the glyph maps to
 *
 * <p>Public (with the members they use) for {@code extract.pdf} and {@code extract.image}; not API.
 */
public record Glyph(float x0, float x1, float top, float bottom, String text) {

    /** The middle of the box, across. */
    public float centerX() {
        return (x0 + x1) / 2;
    }

    /** The middle of the box, down. */
    public float centerY() {
        return (top + bottom) / 2;
    }

    float height() {
        return bottom - top;
    }

    /** Whether the glyph is a Chinese character or full-width punctuation: these take no spaces around them. */
    boolean wide() {
        return WideText.isWide(text.charAt(0));
    }
}
