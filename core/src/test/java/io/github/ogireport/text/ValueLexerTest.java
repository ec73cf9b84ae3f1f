package io.github.ogireport.text;

import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ValueLexerTest {
    @Test
    void readsTheWaysReportsWriteNumbers() {
        assertNumber("0", "0", null);
        assertNumber("007", "7", null);
        assertNumber("1,234", "1234", null);
        assertNumber("12,345,678.50", "12345678.50", null);
        assertNumber("4.98万元", "4.98", "万元");
        assertNumber("4.98 万元", "4.98", "万元");
        assertNumber("－3", "-3", null); // full-width minus, folded by NFKC
        assertNumber("- 3件", "-3", "件");
        assertNumber("+5%", "5", "%");
        assertNumber("１２", "12", null); // full-width digits
    }

    /** Issue 18: values written with words or units, as scraped report pages print them. */
    @Test
    void readsValuesWithWordsAndUnits() {
        assertNumber("减7", "-7", null);
        assertNumber("增3", "3", null);
        assertNumber("+20", "20", null);
        assertNumber("4521(件)", "4521", "件");
        assertNumber("4521（件）", "4521", "件");
        assertNumber("35.702万", "35.702", "万");
        assertNumber("60213元", "60213", "元");
        assertNumber("318万元", "318", "万元");
        assertNumber("86.310552", "86.310552", null);
        assertEquals("减7", ValueLexer.read("减7").raw(), "the raw text stays as printed");
        assertNull(ValueLexer.read("减少"));
        assertNull(ValueLexer.read("增加7项"));
    }

    @Test
    void textThatIsNotOneNumberIsNoNumber() {
        assertNull(ValueLexer.read("1,2345"));
        assertNull(ValueLexer.read("1234,567"));
        assertNull(ValueLexer.read("5."));
        assertNull(ValueLexer.read("5 万 元"));
        assertNull(ValueLexer.read("5万元整"));
        assertNull(ValueLexer.read("1.属于国家秘密"));
        assertEquals(CellKind.DASH, ValueLexer.read("-").kind());
        assertEquals(CellKind.TEXT, ValueLexer.read("无").kind());
        assertNull(ValueLexer.read("1," + "1".repeat(40)));
    }

    @Test
    void aNumberTooLongForOneCellIsKeptUndecided() {
        CellValue v = ValueLexer.read("-" + "9".repeat(31));
        assertEquals(CellKind.UNDECIDED, v.kind(), "printed, but which numbers the digits are is not read here");
        assertNull(v.value());
        assertEquals("-" + "9".repeat(31), v.raw());
        assertEquals(CellKind.UNDECIDED, ValueLexer.read("1".repeat(70)).kind(), "a long run of digits too");
    }

    /** The regular expression the hand scanner replaced, over folded text: both must agree on every text. */
    private static final Pattern NUMBER = Pattern.compile(
            "([+\\-−])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(" + ValueLexer.UNITS + ")?");

    @Test
    void agreesWithTheRegularExpressionItReplaced() {
        Random random = new Random(20261122);
        String[] pieces = {"0", "1", "2", "3", "9", "12", "123", "1234", ",", ",", ".", " ", "  ", "+", "-", "−", "万",
                "元", "万元", "件", "%", "无", "a", "\t", "，", "．"};
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String raw = b.toString();
            CellValue expected = byRegularExpression(raw);
            CellValue actual = ValueLexer.read(raw);
            if (expected != null) {
                assertEquals(expected, actual, raw);
            } else if (actual != null && actual.kind() == CellKind.NUMBER) {
                throw new AssertionError(raw + " was read as " + actual + ", not a number before");
            }
        }
    }

    /** The number the old code read from a text, or null when it read none (it then went on to dashes and words). */
    private static CellValue byRegularExpression(String raw) {
        if (raw.isBlank() || !mayBeValue(raw)) {
            return null;
        }
        Matcher m = NUMBER.matcher(MatchText.folded(raw));
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(",", "");
        if (digits.length() > 30) {
            return new CellValue(null, CellKind.TEXT, raw.strip(), null);
        }
        String number = (m.group(1) == null ? "" : "-".equals(m.group(1)) || "−".equals(m.group(1)) ? "-" : "")
                + digits + (m.group(3) == null ? "" : "." + m.group(3));
        return CellValue.number(new BigDecimal(number), raw.strip(), m.group(4));
    }

    /** ValueLexer's filter of the first visible character, which runs before the grammar. */
    private static boolean mayBeValue(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                continue;
            }
            return c < 0x80 || Character.isDigit(c) || "－—–―─／＼～＋无暂空".indexOf(c) >= 0;
        }
        return true;
    }

    private static void assertNumber(String raw, String value, String unit) {
        CellValue v = ValueLexer.read(raw);
        assertEquals(CellKind.NUMBER, v.kind(), raw);
        assertEquals(new BigDecimal(value), v.value(), raw);
        assertEquals(unit, v.unit(), raw);
        assertEquals(raw.strip(), v.raw(), raw);
    }
}
