package io.github.ogireport.document;

/**
 * Chinese characters and full-width punctuation take no spaces around them: how the extractors join pieces of text
 * (a PDF's glyphs and lines, OCR boxes, the cells of a plain-text table) so that Chinese stays unspaced and Latin
 * words and numbers stay apart.
 */
public final class WideText {
    private WideText() {
    }

    /** Whether {@code c} is a Chinese character or full-width punctuation. */
    public static boolean isWide(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F'
                || c >= '\uFF00' && c <= '\uFF60' || c >= '\uFFE0' && c <= '\uFFE6' || c == '\u2014' || c == '\u2026'
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** Appends a piece of text, with a space only if neither side of the joint is Chinese. */
    public static void append(StringBuilder b, String piece) {
        if (piece.isEmpty()) {
            return;
        }
        if (!b.isEmpty() && !isWide(b.charAt(b.length() - 1)) && !isWide(piece.charAt(0))) {
            b.append(' ');
        }
        b.append(piece);
    }
}
