package io.github.ogireport.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The copy of a text that patterns are written against: NFKC (full-width digits and punctuation, Kangxi
 * radicals, （一） to (一)), no whitespace, curly quotes as ASCII quotes, 〔〕【】 as square brackets, and the dot
 * or 、 after a label number as a dot ({@code 1、} and {@code 1．} to {@code 1.}). The original text is kept
 * elsewhere; this copy is only for matching.
 */
public final class MatchText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    private MatchText() {
    }

    /** The matching form of a text. */
    public static String of(String text) {
        if (isPlain(text)) {
            return text; // most labels: nothing to normalise, drop or replace
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int c = NfkcStable.simple(text.charAt(i));
            if (c < 0) {
                return matchingForm(Normalizer.normalize(text, Normalizer.Form.NFKC));
            }
            append(b, (char) c);
        }
        return b.toString();
    }

    private static String matchingForm(String nfkc) {
        StringBuilder b = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            append(b, nfkc.charAt(i));
        }
        return b.toString();
    }

    /** Appends a character of NFKC text in matching form. */
    private static void append(StringBuilder b, char c) {
        if (isDropped(c)) {
            return;
        }
        b.append(switch (c) {
            case '“', '”', '„', '″', '「', '」', '『', '』' -> '"';
            case '‘', '’', '′' -> '\'';
            case '〔', '【', '［' -> '[';
            case '〕', '】', '］' -> ']';
            // the mark after a label number: 1、 and 1． read as 1.
            case '、', '．' -> b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1)) ? '.' : c;
            default -> c;
        });
    }

    /** Whether a text is only visible ASCII and CJK ideographs, which the matching form keeps as they are. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c > ' ' && c < 0x7F || c >= '\u4E00' && c <= '\u9FFF')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the matching form leaves a character out. */
    static boolean isDropped(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'; // Character.isWhitespace
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return false; // ideographs, most characters here, need no table lookup
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }

    /** NFKC with whitespace runs folded to one space and trimmed: for reading values and dates, not labels. */
    public static String folded(String text) {
        // the same as the regular expression over NFKC, character by character: this runs for every table cell
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            int c = NfkcStable.simple(text.charAt(i));
            if (c < 0) {
                return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
            }
            if (isFoldedSpace((char) c)) {
                space = true;
            } else {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append((char) c);
            }
        }
        return b.toString().strip();
    }

    /** The characters of {@link #WHITESPACE}. */
    private static boolean isFoldedSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}
