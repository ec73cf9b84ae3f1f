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
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF') {
                continue;
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
        return b.toString();
    }

    /** NFKC with whitespace runs folded to one space and trimmed: for reading values and dates, not labels. */
    public static String folded(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
