package io.github.ogireport.document;

/**
 * The text of a paragraph or a table cell as the extractors of HTML and Word give it: blanks folded, line breaks
 * inside a Chinese sentence undone. Not API.
 */
public final class CellText {
    private CellText() {
    }

    /**
     * Cleans the text of one paragraph or cell: no-break and zero-width spaces and runs of blanks become one space,
     * the ends are stripped ({@link String#strip}), and blanks between two Chinese characters or punctuation marks
     * (source line breaks inside a sentence) are dropped. One pass by hand: it runs for every paragraph and cell of
     * every document, where chained replacements and regular expressions cost more than the rest of the walk.
     */
    public static String clean(String text) {
        int n = text.length();
        char[] out = new char[n];
        int len = 0;
        boolean blank = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                if (!blank) {
                    out[len++] = ' ';
                }
                blank = true;
            } else {
                out[len++] = c;
                blank = false;
            }
        }
        int start = 0;
        while (start < len && Character.isWhitespace(out[start])) {
            start++;
        }
        int end = len;
        while (end > start && Character.isWhitespace(out[end - 1])) {
            end--;
        }
        // a run of blanks (\s of regular expressions: what is left of it here is spaces and vertical tabs) goes
        // when both its neighbours are Chinese
        int kept = start;
        for (int i = start; i < end; ) {
            if (!isRegexSpace(out[i])) {
                out[kept++] = out[i++];
                continue;
            }
            int runEnd = i;
            while (runEnd < end && isRegexSpace(out[runEnd])) {
                runEnd++;
            }
            boolean gap = kept > start && runEnd < end && isCjk(out[kept - 1]) && isCjk(out[runEnd]);
            if (!gap) {
                System.arraycopy(out, i, out, kept, runEnd - i);
                kept += runEnd - i;
            }
            i = runEnd;
        }
        return new String(out, start, kept - start);
    }

    /** Characters of which {@link #clean} makes one space of each run. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u00A0' || c == '\u200B';
    }

    /** {@code \s} of {@link java.util.regex.Pattern} without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** CJK symbols and punctuation, unified ideographs, and half- and full-width forms. */
    private static boolean isCjk(char c) {
        return c >= '\u3000' && c <= '\u303f' || c >= '\u4e00' && c <= '\u9fff' || c >= '\uff00' && c <= '\uffef';
    }
}
