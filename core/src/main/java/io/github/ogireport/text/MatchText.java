package io.github.ogireport.text;

import java.text.Normalizer;
import java.util.List;
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
        int n = text.length();
        int i = 0;
        while (i < n && isKept(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text; // most labels: nothing to normalise, drop or replace
        }
        char[] out = new char[n];
        text.getChars(0, i, out, 0);
        int k = appendSimple(text, i, out, i);
        return k < 0 ? matchingForm(Normalizer.normalize(text, Normalizer.Form.NFKC)) : new String(out, 0, k);
    }

    /**
     * The matching form of a table row's cells joined by tabs, as {@link #of} gives it, without joining them: the
     * tabs are left out of it anyway.
     */
    public static String ofCells(List<String> cells) {
        if (cells.size() <= 1) {
            return cells.isEmpty() ? "" : of(cells.get(0));
        }
        int n = cells.size() - 1;
        for (String cell : cells) {
            n += cell.length();
        }
        char[] out = new char[n];
        int k = 0;
        for (int c = 0; c < cells.size() && k >= 0; c++) {
            k = appendSimple(cells.get(c), 0, out, k);
        }
        return k < 0 ? of(String.join("\t", cells)) : new String(out, 0, k);
    }

    /** Visible ASCII and CJK ideographs, most characters: NFKC and the matching form keep them as they are. */
    private static boolean isKept(char c) {
        return c > ' ' && c < 0x7F || c >= '\u4E00' && c <= '\u9FFF';
    }

    /**
     * Writes the matching form of {@code text} from index {@code from} at {@code out[k]}, one character for one;
     * returns the length written up to, or -1 at a character that NFKC does not map on its own.
     */
    private static int appendSimple(String text, int from, char[] out, int k) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isKept(c)) {
                out[k++] = c;
                continue;
            }
            int m = NfkcStable.simple(c);
            if (m < 0) {
                return -1;
            }
            k = append(out, k, (char) m);
        }
        return k;
    }

    private static String matchingForm(String nfkc) {
        char[] out = new char[nfkc.length()];
        int k = 0;
        for (int i = 0; i < nfkc.length(); i++) {
            k = append(out, k, nfkc.charAt(i));
        }
        return new String(out, 0, k);
    }

    /** Puts a character of NFKC text in matching form at {@code out[k]}; the length of the form after it. */
    private static int append(char[] out, int k, char c) {
        if (isDropped(c)) {
            return k;
        }
        out[k] = switch (c) {
            case '“', '”', '„', '″', '「', '」', '『', '』' -> '"';
            case '‘', '’', '′' -> '\'';
            case '〔', '【', '［' -> '[';
            case '〕', '】', '］' -> ']';
            // the mark after a label number: 1、 and 1． read as 1.
            case '、', '．' -> k > 0 && Character.isDigit(out[k - 1]) ? '.' : c;
            default -> c;
        };
        return k + 1;
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
