package io.github.ogireport.extract.text;

/**
 * Pandoc's markdown keeps each styled run of a page as a bracketed span: {@code [规章]{style="font-family:宋体;"}}.
 * The text of a line is the spans' texts; brackets that open no span stay.
 */
final class SpannedText {
    private SpannedText() {
    }

    /** The line with every {@code [text]{attributes}} replaced by its text (spans may nest). */
    static String plain(String line) {
        String s = line;
        for (int pass = 0; pass < 4 && s.indexOf("]{") >= 0; pass++) {
            String next = once(s);
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /** Replaces the innermost spans: a {@code [} with no bracket before its {@code ]{…}}. */
    private static String once(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int close = s.indexOf("]{", i);
            if (close < 0) {
                break;
            }
            int open = close - 1;
            while (open >= i && s.charAt(open) != '[' && s.charAt(open) != ']') {
                open--; // back to the span's '[' but not past the text already copied: linear in the line
            }
            int end = s.indexOf('}', close);
            if (open < i || s.charAt(open) != '[' || end < 0) {
                b.append(s, i, close + 2);
                i = close + 2;
                continue;
            }
            b.append(s, i, open).append(s, open + 1, close);
            i = end + 1;
        }
        b.append(s, i, s.length());
        return b.toString();
    }
}
