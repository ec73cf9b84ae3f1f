package io.github.ogireport.text;

import java.text.Normalizer;

/**
 * Which texts NFKC leaves as they are, decided per character and remembered: normalising every table cell and
 * line is the largest part of reading a plain report, and nearly all of them are CJK, ASCII and common
 * punctuation, which NFKC does not change.
 *
 * <p>A text is unchanged when each of its characters is unchanged on its own and none can combine with the one
 * before it (combining marks, Hangul jamo and syllables are never counted as stable), so that NFKC's
 * composition step has nothing to do.
 */
final class NfkcStable {
    private static final byte UNKNOWN = 0;
    private static final byte STABLE = 1;
    private static final byte UNSTABLE = 2;
    /** Whitespace that NFKC changes, but only into characters {@link MatchText} drops. */
    private static final byte DROPPED = 3;
    /** Per UTF-16 unit; written racily, which is harmless: every thread computes the same value. */
    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    private NfkcStable() {
    }

    /** Whether NFKC leaves the text exactly as it is. */
    static boolean asIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (kind(text.charAt(i)) != STABLE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether NFKC leaves the text as it is once the characters {@link MatchText} drops are dropped: a dropped
     * character (whitespace) may normalise, as long as what it becomes is dropped too.
     */
    static boolean whenDropped(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (kind(text.charAt(i)) == UNSTABLE) {
                return false;
            }
        }
        return true;
    }

    private static byte kind(char c) {
        byte kind = KINDS[c];
        if (kind == UNKNOWN) {
            kind = classify(c);
            KINDS[c] = kind;
        }
        return kind;
    }

    private static byte classify(char c) {
        if (Character.isSurrogate(c) || mayCombine(c)) {
            return UNSTABLE;
        }
        String s = String.valueOf(c);
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (nfkc.equals(s)) {
            return STABLE;
        }
        if (MatchText.isDropped(c) && nfkc.chars().allMatch(x -> MatchText.isDropped((char) x))) {
            return DROPPED;
        }
        return UNSTABLE;
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
