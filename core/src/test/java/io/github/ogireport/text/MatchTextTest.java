package io.github.ogireport.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The matching forms, and that skipping NFKC for texts it leaves alone never changes them. */
class MatchTextTest {
    @Test
    void matchingFormOfPrintedLabels() {
        assertEquals("(一)予以公开", MatchText.of("（一）予以公开"));
        assertEquals("1.属于国家秘密", MatchText.of("1、属于国家秘密"));
        assertEquals("1.属于国家秘密", MatchText.of("１．属于 国家秘密"));
        assertEquals("危及\"三安全一稳定\"", MatchText.of("危及“三安全一稳定”"));
        assertEquals("[2020]5号", MatchText.of("〔2020〕5号"));
        assertEquals("一、总体情况", MatchText.of("一、总体情况\u3000\u00A0"));
        assertEquals("言", MatchText.of("\u2F94")); // the Kangxi radical 言 as the ideograph
    }

    @Test
    void foldedFormKeepsOneSpace() {
        assertEquals("2020 年 5 月", MatchText.folded("\u3000２０２０\u00A0 年\t5  月\n"));
        assertEquals("12", MatchText.folded(" 12 "));
        assertEquals("é x", MatchText.folded("e\u0301  x"));
    }

    /** Every character alone and after others, against NFKC applied as the definition says. */
    @Test
    void fastPathEqualsNfkcForEveryCharacter() {
        // neighbours that compose or reorder with a character, or that normalise themselves
        String[] before = {"", "e", "1", "中", "\u1100", "\uAC00", "\u3000", "\uFF25"};
        String[] after = {"x", "\u0301", "\u1161"};
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String b : before) {
                for (String a : after) {
                    String s = b + (char) c + a;
                    assertEquals(reference(s), MatchText.of(s), () -> "U+" + Integer.toHexString(s.charAt(b.length())));
                    assertEquals(referenceFolded(s), MatchText.folded(s), () -> "U+" + Integer.toHexString(s.charAt(b.length())));
                }
            }
        }
    }

    @Test
    void fastPathEqualsNfkcOnRandomText() {
        String alphabet = "0123456789０１２３４５６７８９ \t\n\u3000\u00A0\u200B\uFEFF、．.，,（）()一二三中国公开政府"
                + "“”【】〔〕e\u0301\u1100\u1161\uAC00\u11A8ﬁ①⑴㈠\u2F00\u2F94";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(reference(s.toString()), MatchText.of(s.toString()), s::toString);
            assertEquals(referenceFolded(s.toString()), MatchText.folded(s.toString()), s::toString);
        }
    }

    @Test
    void cellsHaveTheFormOfTheirTabbedText() {
        assertEquals("", MatchText.ofCells(List.of()));
        assertEquals("1.属于国家秘密", MatchText.ofCells(List.of("1", "、属于", "", "国家秘密")));
        String alphabet = "0123456789１２ \t\u3000\u00A0、．.，（）一二中国“”【】e\u0301\u1100\u1161ﬁ①\u2F94";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            List<String> cells = new ArrayList<>();
            for (int c = random.nextInt(5); c >= 0; c--) {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                cells.add(s.toString());
            }
            assertEquals(MatchText.of(String.join("\t", cells)), MatchText.ofCells(cells), cells::toString);
        }
    }

    /** The matching form as defined: of the text after NFKC (which is idempotent), so normalising can never be skipped. */
    private static String reference(String text) {
        return MatchText.of(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

    private static String referenceFolded(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }
}
