package io.github.ogireport.text;

import java.text.Normalizer;

/**
 * NFKC one character at a time, where that is exact: normalising every table cell and line is the largest part of
 * reading a plain report, and nearly all of them are CJK, ASCII, full-width forms and common punctuation.
 *
 * <p>A character is <em>simple</em> when NFKC turns it, on its own, into one character that NFKC keeps and that
 * cannot combine with its neighbours (itself, as most are, or another: {@code （} becomes {@code (}, a Kangxi
 * radical the ideograph). NFKC of a text of simple characters is then the text with each character replaced, since
 * its composition step has nothing to compose. Combining marks, Hangul jamo and syllables, and surrogates are never
 * simple: a text that holds one is normalised whole.
 */
final class NfkcStable {
    /** Not simple; 0 means not yet known, since NUL is simple and maps to itself (stored as such below). */
    private static final char NOT_SIMPLE = '\uFFFF';
    /** Per UTF-16 unit, what NFKC makes of it, plus one (0: not yet known). Written racily, which is harmless. */
    private static final char[] MAPPED = new char[Character.MAX_VALUE + 1];

    private NfkcStable() {
    }

    /** The one character NFKC makes of {@code c}, or -1 when {@code c} is not simple. */
    static int simple(char c) {
        char m = MAPPED[c];
        if (m == 0) {
            m = classify(c);
            MAPPED[c] = m;
        }
        return m == NOT_SIMPLE ? -1 : m - 1;
    }

    private static char classify(char c) {
        if (c == NOT_SIMPLE || Character.isSurrogate(c) || mayCombine(c)) {
            return NOT_SIMPLE;
        }
        String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (nfkc.length() != 1) {
            return NOT_SIMPLE;
        }
        char m = nfkc.charAt(0);
        boolean stable = m == c || !mayCombine(m) && !Character.isSurrogate(m)
                && Normalizer.normalize(nfkc, Normalizer.Form.NFKC).equals(nfkc);
        return stable && m != NOT_SIMPLE - 1 ? (char) (m + 1) : NOT_SIMPLE;
    }

    /** Characters that NFKC may compose with the character before them, or that may take part in reordering. */
    private static boolean mayCombine(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || c >= '\u1100' && c <= '\u11FF' || c >= '\u3130' && c <= '\u318F'
                || c >= '\uA960' && c <= '\uA97F' || c >= '\uAC00' && c <= '\uD7FF';
    }
}
