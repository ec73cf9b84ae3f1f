package io.github.ogireport.cli;

/**
 * Padding for aligned text columns on a terminal, where a Chinese character takes two columns: {@code String.format}
 * counts characters and would misalign rows holding 二, 三, 四 or a Chinese file name.
 */
final class TextColumns {
    private TextColumns() {
    }

    /** The text padded with spaces to the display width, or unchanged when it is wider. */
    static String pad(String text, int width) {
        int w = width(text);
        return w >= width ? text : text + " ".repeat(width - w);
    }

    /** The display width: two columns for East Asian wide characters, one for the rest. */
    static int width(String text) {
        return text.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
