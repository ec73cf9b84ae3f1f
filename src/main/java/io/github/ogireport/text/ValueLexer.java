package io.github.ogireport.text;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one table cell as a value: a number (signed, with thousands separators, decimals and a
 * unit), a dash placeholder, or a word placeholder such as {@code 无}. Anything else is label text.
 */
public final class ValueLexer {
    /** Units that may be written after a number, longest first. */
    static final String UNITS = "万元|元|万|件|条|个|项|次|人|家|宗|%";
    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-−])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(" + UNITS + ")?");
    private static final Set<String> UNIT_WORDS = Set.of(UNITS.split("\\|"));
    private static final Pattern DASH = Pattern.compile("[-—–―─/\\\\~～]+");
    private static final Set<String> WORD_PLACEHOLDERS = Set.of("无", "暂无", "空", "/无", "—无");
    /**
     * Longer digit strings are not read as one number: no cell of these tables comes near it, such a string is cells
     * glued together (the grid package splits them), and reading a million digits as a BigDecimal takes seconds.
     */
    private static final int MAX_NUMBER_DIGITS = 30;
    /** Longer texts are never one value: they are read without the regular expressions, in one pass. */
    private static final int LONGEST_VALUE = 64;

    private ValueLexer() {
    }

    /** The cell value of a token's text, or null if the text is a label or other prose. */
    public static CellValue read(String raw) {
        if (!mayBeValue(raw)) {
            return null; // label text: most tokens, and the regular expressions below are not cheap
        }
        if (raw.length() > LONGEST_VALUE) {
            return longText(raw);
        }
        if (isPlainDigits(raw)) {
            // most cells: a bare whole number such as 0
            return raw.equals("0") ? ZERO : CellValue.number(new BigDecimal(raw), raw, null);
        }
        if (hasForeignIdeograph(raw)) {
            return null; // label text that starts with a number, such as 1.属于国家秘密
        }
        String s = MatchText.folded(raw);
        if (s.isEmpty()) {
            return CellValue.empty();
        }
        Matcher m = NUMBER.matcher(s);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "");
            if (digits.length() > MAX_NUMBER_DIGITS) {
                return new CellValue(null, CellKind.TEXT, raw.strip(), null);
            }
            String number = (m.group(1) == null ? "" : "-".equals(m.group(1)) || "−".equals(m.group(1)) ? "-" : "")
                    + digits + (m.group(3) == null ? "" : "." + m.group(3));
            return CellValue.number(new BigDecimal(number), raw.strip(), m.group(4));
        }
        if (DASH.matcher(s).matches()) {
            return new CellValue(null, CellKind.DASH, raw.strip(), null);
        }
        if (WORD_PLACEHOLDERS.contains(s)) {
            return new CellValue(null, CellKind.TEXT, raw.strip(), null);
        }
        return null;
    }

    /** The ideographs a value may hold: those of the units and of the word placeholders. */
    private static final String VALUE_IDEOGRAPHS = (UNITS + String.join("", WORD_PLACEHOLDERS)).chars()
            .filter(c -> c >= '\u4E00' && c <= '\u9FFF').distinct()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    /**
     * Whether the text holds an ideograph no value has. NFKC leaves ideographs as they are, so such a text is
     * never a value, and the regular expressions need not run.
     */
    private static boolean hasForeignIdeograph(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF' && VALUE_IDEOGRAPHS.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static final CellValue ZERO = CellValue.number(BigDecimal.ZERO, "0", null);

    private static boolean isPlainDigits(String raw) {
        int n = raw.length();
        if (n == 0 || n > 18) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A long text: digits only (cells glued together, kept whole as text), or not a value at all. */
    private static CellValue longText(String raw) {
        String s = raw.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return new CellValue(null, CellKind.TEXT, s, null);
    }

    /** Whether the first visible character could start a value: a digit, a sign, a dash or a placeholder. */
    private static boolean mayBeValue(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                continue;
            }
            return c < 0x80 || Character.isDigit(c) || "－—–―─／＼～＋无暂空".indexOf(c) >= 0
                    || c >= '\uFF10' && c <= '\uFF19';
        }
        return true; // blank: an empty cell
    }

    /** Whether a token is only a unit, to be joined to the number before it ({@code 5.2 万元}). */
    static boolean isUnit(String raw) {
        if (raw.length() > 4) {
            return false; // the longest unit is two characters: most words need no normalising to know
        }
        return UNIT_WORDS.contains(MatchText.folded(raw));
    }
}
