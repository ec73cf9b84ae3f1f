package io.github.ogireport.text;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the text of one table cell as a value: a number (signed, with thousands separators, decimals and a
 * unit), a dash placeholder, or a word placeholder such as {@code 无}. Anything else is label text.
 */
public final class ValueLexer {
    /** Units that may be written after a number, longest first. */
    static final String UNITS = "万元|元|万|件|条|个|项|次|人|家|宗|%";
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
        long plain = plainDigits(raw);
        if (plain >= 0) {
            // most cells: a bare whole number such as 0
            return raw.equals("0") ? ZERO : CellValue.number(BigDecimal.valueOf(plain), raw, null);
        }
        return readWritten(raw);
    }

    /**
     * A value written other than as bare digits: signed, with separators, decimals or a unit, a dash or a word. Kept
     * apart from {@link #read}, whose short common path is then cheap to compile into each of its callers.
     */
    private static CellValue readWritten(String raw) {
        String stripped = raw.strip();
        if (!stripped.isEmpty() && (stripped.charAt(0) == '减' || stripped.charAt(0) == '增')) {
            return signedByWord(stripped);
        }
        if (hasForeignIdeograph(raw)) {
            return null; // label text that starts with a number, such as 1.属于国家秘密
        }
        String s = MatchText.folded(raw);
        if (s.isEmpty()) {
            return CellValue.empty();
        }
        CellValue number = number(s, raw);
        if (number != null) {
            return number;
        }
        if (DASH.matcher(s).matches()) {
            return new CellValue(null, CellKind.DASH, raw.strip(), null);
        }
        if (WORD_PLACEHOLDERS.contains(s)) {
            return new CellValue(null, CellKind.TEXT, raw.strip(), null);
        }
        return null;
    }

    /**
     * The number a folded text is, or null. The grammar, scanned by hand because it runs for most cells:
     * {@code ([+\-−])?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(UNIT)?}, the whole text. No part after the digits
     * can start with a digit or a comma, so the longest run of digits and comma groups is the only one that can match.
     */
    private static CellValue number(String s, String raw) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '+' || first == '-' || first == '−') {
            negative = first != '+';
            i++;
        }
        i = skipSpaces(s, i);
        int digitsFrom = i;
        i = skipDigits(s, i);
        int run = i - digitsFrom;
        if (run == 0) {
            return null;
        }
        boolean grouped = false;
        if (run <= 3) {
            while (i + 3 < n && s.charAt(i) == ',' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                    && isDigit(s.charAt(i + 3))) {
                grouped = true;
                i += 4;
            }
        }
        int digitsTo = i;
        int fractionFrom = -1;
        int fractionTo = -1;
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            fractionFrom = i + 1;
            fractionTo = skipDigits(s, fractionFrom);
            i = fractionTo;
        }
        i = skipSpaces(s, i);
        String unit = null;
        if (i < n) {
            unit = s.substring(i);
            if (unit.length() > 2 && unit.charAt(0) == '(' && unit.charAt(unit.length() - 1) == ')') {
                unit = unit.substring(1, unit.length() - 1).strip(); // 4521(件): the unit in brackets
            }
            if (!UNIT_WORDS.contains(unit)) {
                return null;
            }
        }
        String digits = s.substring(digitsFrom, digitsTo);
        if (grouped) {
            digits = digits.replace(",", "");
        }
        if (digits.length() > MAX_NUMBER_DIGITS) {
            return CellValue.undecided(raw.strip(), List.of()); // cells glued together: which numbers is not read here
        }
        String number = (negative ? "-" : "") + digits + (fractionFrom < 0 ? "" : "." + s.substring(fractionFrom,
                fractionTo));
        return CellValue.number(new BigDecimal(number), raw.strip(), unit);
    }

    /**
     * A change written with a word for its sign, as the 本年增/减 column often is: {@code 减7} is -7, {@code 增3} is 3.
     * The raw text stays as printed.
     */
    private static CellValue signedByWord(String stripped) {
        String rest = stripped.substring(1).strip();
        if (rest.isEmpty() || !isDigit(MatchText.folded(rest).charAt(0))) {
            return null;
        }
        CellValue number = readWritten(rest);
        if (number == null || !number.isNumber()) {
            return null;
        }
        java.math.BigDecimal v = stripped.charAt(0) == '减' ? number.value().negate() : number.value();
        return CellValue.number(v, stripped, number.unit());
    }

    /** Java's {@code \s}: the folded text keeps no other space. */
    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The ideographs a value may hold: those of the units and of the word placeholders. */
    private static final String VALUE_IDEOGRAPHS = (UNITS + String.join("", WORD_PLACEHOLDERS)).chars()
            .filter(c -> c >= '\u4E00' && c <= '\u9FFF').distinct()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    /**
     * Whether the text holds an ideograph no value has. NFKC leaves ideographs as they are, so such a text is
     * never a value, and it need not be normalised and scanned.
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

    /**
     * The value of a bare whole number of at most 18 digits (it fits a long), or -1 for any other text. Read in the
     * one pass that checks the digits: the JIT compiled Long.parseLong's loop into every caller of {@link #read}
     * only to throw the compiled code away again (its loop predicates failed), recompiling the tokenizer's largest
     * method twice in a short batch.
     */
    private static long plainDigits(String raw) {
        int n = raw.length();
        if (n == 0 || n > 18 || !isDigit(raw.charAt(0)) || !isDigit(raw.charAt(n - 1))) {
            return -1; // the ends first: a label that starts with a number ends in a word, a padded cell starts blank
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A long text: digits only (cells glued together, kept whole, undecided), or not a value at all. */
    private static CellValue longText(String raw) {
        String s = raw.strip();
        return skipDigits(s, 0) < s.length() ? null : CellValue.undecided(s, List.of());
    }

    /** Whether the first visible character could start a value: a digit, a sign, a dash or a placeholder. */
    private static boolean mayBeValue(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                continue;
            }
            return c < 0x80 || Character.isDigit(c) || "－—–―─／＼～＋无暂空减增".indexOf(c) >= 0
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
