package io.github.ogireport.extract.image;

import io.github.ogireport.extract.ocr.OcrWord;
import io.github.ogireport.model.OcrConfidence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readings below are ones Tesseract gave on the scans of the OCR bench (chi_sim first, eng second). */
class CellReadingsTest {
    @Test
    void aDigitTheChineseModelTookForACharacterIsTheDigitReadersReading() {
        OcrWord two = only(choose(read("了", 0.98), read("2", 0.99)));
        assertEquals("2", two.text());
        assertEquals(0.99, two.confidence(), 1e-9);
    }

    @Test
    void readersThatAgreeGiveTheHigherConfidence() {
        assertEquals(0.97, only(choose(read("0", 0.95), read("0", 0.97))).confidence(), 1e-9);
    }

    @Test
    void aSureDigitReaderStandsAgainstALessSureChineseModel() {
        // 6 read as 0 by the Chinese model, as 6 by the digit reader
        OcrWord six = only(choose(read("0", 0.93), read("6", 1.0)));
        assertEquals("6", six.text());
        assertEquals(1.0, six.confidence(), 1e-9);
    }

    @Test
    void readersEquallySureOfDifferentNumbersLeaveItDoubted() {
        OcrWord v = only(choose(read("80", 0.99), read("86", 0.99)));
        assertEquals("86", v.text());
        assertEquals(OcrConfidence.DISPUTED, v.confidence(), 1e-9);
        // the digit reader unsure: doubted too
        assertEquals(OcrConfidence.DISPUTED, only(choose(read("31", 0.97), read("3", 0.93))).confidence());
    }

    @Test
    void theOtherReadingOfANumberTheReadersDisagreeOnIsKept() {
        java.util.Map<OcrWord, String> alternatives = new java.util.IdentityHashMap<>();
        // 31 read 3 by the digit reader (hongze-2024, clean scan)
        OcrWord kept = only(CellReadings.choose(read("31", 0.97), read("3", 0.93), alternatives));
        assertEquals("3", kept.text());
        assertEquals("31", alternatives.get(kept));
        // readers that agree leave no other reading
        OcrWord agreed = only(CellReadings.choose(read("0", 0.95), read("0", 0.97), alternatives));
        assertFalse(alternatives.containsKey(agreed));
        assertEquals(1, alternatives.size());
        // a point or a sign only one of them read: the other reading is that number, so that a check can take it
        // and no third reading takes the number without it (-3 as 一3 and 3, lo-html-2019, clean scan)
        OcrWord point = only(CellReadings.choose(read("3.5", 0.97), read("35", 0.99), alternatives));
        assertEquals("3.5", alternatives.get(point));
        OcrWord minus = only(CellReadings.choose(read("一3", 0.97), read("3", 0.99), alternatives));
        assertEquals("3", minus.text());
        assertEquals("-3", alternatives.get(minus));
        OcrWord dash = only(CellReadings.choose(read("—2", 0.97), read("2", 0.99), alternatives));
        assertEquals("-2", alternatives.get(dash));
    }

    @Test
    void aLostSignLeavesTheNumberDoubted() {
        OcrWord v = only(choose(read("-3", 0.99), read("3", 0.99)));
        assertEquals("3", v.text());
        assertEquals(OcrConfidence.DISPUTED, v.confidence(), 1e-9);
        // a plus the Chinese model read as 十 and the digit reader as +
        assertEquals("+4", only(choose(read("十", 0.97), read("+4", 0.99))).text());
    }

    @Test
    void aLostDecimalPointLeavesTheNumberDoubted() {
        // the same digits, but one reader saw a point: 3.5 or 35 is not decided, however sure the digit reader is
        assertEquals(OcrConfidence.DISPUTED, only(choose(read("3.5", 0.97), read("35", 0.99))).confidence(),
                1e-9);
        assertEquals(OcrConfidence.DISPUTED, only(choose(read("35", 0.99), read("3.5", 0.99))).confidence(),
                1e-9);
        assertEquals(0.99, only(choose(read("3.5", 0.97), read("3.5", 0.99))).confidence(), 1e-9);
    }

    @Test
    void aLetterTakenForADigitIsDoubted() {
        OcrWord one = only(choose(read("]", 0.98), read("l", 0.95)));
        assertEquals("1", one.text());
        assertEquals(OcrConfidence.DISPUTED, one.confidence(), 1e-9);
    }

    @Test
    void whatTheDigitReaderCannotReadAsANumberKeepsTheFirstReading() {
        List<OcrWord> chinese = read("无", 0.96);
        assertEquals(chinese, choose(chinese, read("Fe", 0.7)));
        assertEquals(chinese, choose(chinese, List.of()));
    }

    @Test
    void theDigitsOfANumberBecomeOnePiece() {
        // a narrow 1 leaves a gap that would read as a space: 1 9
        List<OcrWord> digits = List.of(new OcrWord("1", 100, 10, 108, 50, 1.0), new OcrWord("9", 130, 10, 152, 50, 0.99));
        OcrWord v = only(choose(read("]19", 0.95), digits));
        assertEquals("19", v.text());
        assertEquals(100, v.x0());
        assertEquals(152, v.x1());
    }

    @Test
    void aMarkFarFromTheNumberIsLeftOutWhereBothReadersAgreeWithoutIt() {
        // 906 with the remains of the cell's right border, read as | by the digit reader
        List<OcrWord> digits = new ArrayList<>(read("906", 0.99));
        digits.add(new OcrWord("|", 300, 5, 304, 55, 0.93));
        OcrWord v = only(choose(read("906", 0.99), digits));
        assertEquals("906", v.text());
        assertEquals(0.99, v.confidence(), 1e-9);
        // a | right beside the number may be a 1 (11 read as 1|): not left out, and the readers disagree
        List<OcrWord> close = new ArrayList<>(read("1", 0.99));
        close.add(new OcrWord("|", 125, 10, 130, 50, 0.93));
        assertEquals(OcrConfidence.DISPUTED, only(choose(read("1", 0.99), close)).confidence(), 1e-9);
    }

    @Test
    void aPointRightBesideTheNumberLeavesItDoubted() {
        // dust beside a 0, read as a point right after it; or an amount whose decimals were lost (7730. for
        // 7730.28): which it is, the readings do not say, so the number needs a passing check
        List<OcrWord> chinese = new ArrayList<>(read("0", 0.99));
        chinese.add(new OcrWord(".", 122, 45, 125, 50, 0.9));
        OcrWord v = only(choose(chinese, read("0", 0.97)));
        assertEquals("0", v.text());
        assertEquals(OcrConfidence.DISPUTED, v.confidence(), 1e-9);
    }

    @Test
    void marksReadApartAtACellsEndsAreLeftOutAndTheNumberDoubted() {
        // readings Tesseract gave on the degraded scans: 0 with dust (0 .), a misread 0 with a colon of dust (人:)
        List<OcrWord> zero = new ArrayList<>(read("0", 0.99));
        zero.add(new OcrWord(".", 130, 45, 133, 50, 0.9));
        OcrWord v = only(CellReadings.withoutMarks(zero));
        assertEquals("0", v.text());
        assertEquals(OcrConfidence.DISPUTED, v.confidence(), 1e-9); // the mark may have been a digit
        assertEquals("人", only(CellReadings.withoutMarks(read("人:", 0.9))).text());
        assertEquals(0.9, only(CellReadings.withoutMarks(read("人:", 0.9))).confidence(), 1e-9);
        // a point between words, a lone mark and a label stay as read
        List<OcrWord> label = read("1.属于国家秘密", 0.95);
        assertEquals(label, CellReadings.withoutMarks(label));
        List<OcrWord> mark = read(".", 0.9);
        assertEquals(mark, CellReadings.withoutMarks(mark));
    }

    @Test
    void aCellReadAsNoValueAtAllIsReadAThirdTime() {
        // first readings Tesseract gave for printed 0s on the degraded scans
        assertTrue(CellReadings.noValue(read("本", 0.85)));
        assertTrue(CellReadings.noValue(read("(0", 0.96)));
        assertTrue(CellReadings.noValue(read("O0", 0.90)));
        // a number, a blank, a dash or a word placeholder is a reading of its own
        assertFalse(CellReadings.noValue(read("12", 0.97)));
        assertFalse(CellReadings.noValue(List.of()));
        assertFalse(CellReadings.noValue(read("-", 0.99)));
        assertFalse(CellReadings.noValue(read("无", 0.99)));
        // a unit or a label is not a misread number
        assertFalse(CellReadings.noValue(read("万元", 0.99)));
        assertFalse(CellReadings.noValue(read("不予公开", 0.99)));
    }

    @Test
    void theDigitsOnlyReadingIsTakenDoubtedOrNotAtAll() {
        OcrWord zero = only(CellReadings.digitsOnly(read("本", 0.85), read("0", 0.93)));
        assertEquals("0", zero.text());
        // however sure a reader allowed nothing but digits is, its reading needs a passing check
        assertEquals(OcrConfidence.DISPUTED, zero.confidence(), 1e-9);
        assertEquals(OcrConfidence.DISPUTED,
                only(CellReadings.digitsOnly(read("(0", 0.96), read("0", 0.99))).confidence(), 1e-9);
        // nothing read, or no plain number: the first reading stays
        List<OcrWord> first = read("本", 0.85);
        assertEquals(first, CellReadings.digitsOnly(first, List.of()));
        assertEquals(first, CellReadings.digitsOnly(first, read("0-1", 0.6)));
    }

    @Test
    void aLoneMarkLikeADigitThatNoReadingMadeANumberOfIsThatDigitDoubted() {
        // a printed 1 that every reading on a clean scan took for a bracket
        OcrWord one = only(CellReadings.lookAlikeDigit(read("】", 0.91)));
        assertEquals("1", one.text());
        assertEquals(OcrConfidence.DISPUTED, one.confidence(), 1e-9);
        assertEquals("0", only(CellReadings.lookAlikeDigit(read("O", 0.99))).text());
        // a mark like no digit, a number, or more than one character: as read
        List<OcrWord> letter = read("D", 0.9);
        assertEquals(letter, CellReadings.lookAlikeDigit(letter));
        List<OcrWord> number = read("12", 0.97);
        assertEquals(number, CellReadings.lookAlikeDigit(number));
        List<OcrWord> two = read("】]", 0.9);
        assertEquals(two, CellReadings.lookAlikeDigit(two));
    }

    @Test
    void aReadingTrimmedOfItsEndMarksKeepsItsDigitsAsRead() {
        // the bolder reading of a 27 on the degraded scan of lo-word-qingshan-2022: 2 7 . (a speck made bolder)
        List<OcrWord> trimmed = CellReadings.trimmed(read("27.", 0.99));
        assertEquals("27", CellReadings.text(trimmed));
        assertEquals(0.99, trimmed.get(0).confidence(), 1e-9);
        assertEquals("4", CellReadings.text(CellReadings.trimmed(read(".4", 0.96))));
        // a point between digits, or a mark alone, is kept
        assertEquals("2.7", CellReadings.text(CellReadings.trimmed(read("2.7", 0.99))));
        assertEquals(".", CellReadings.text(CellReadings.trimmed(read(".", 0.99))));
    }

    @Test
    void aSpeckFarBesideTheDigitsIsLeftOutOfTheDigitReadersNumber() {
        // the degraded scan of hongze-2023, 行政许可 550: the Chinese model read S50, the digit reader a speck 234 px to
        // the left as | and then 550, sure of it
        List<OcrWord> chinese = List.of(new OcrWord("S", 1524, 2947, 1544, 2982, 0.938),
                new OcrWord("5", 1550, 2947, 1570, 2982, 0.973), new OcrWord("0", 1574, 2947, 1596, 2982, 0.975));
        List<OcrWord> digits = List.of(new OcrWord("|", 1287, 2947, 1290, 3022, 0.942),
                new OcrWord("5", 1524, 2947, 1544, 3022, 0.993), new OcrWord("5", 1550, 2947, 1570, 3022, 0.996),
                new OcrWord("0", 1574, 2947, 1596, 3022, 0.996));
        OcrWord v = only(choose(chinese, digits));
        assertEquals("550", v.text());
        assertEquals(0.993, v.confidence(), 1e-9);
        // a mark next to the digits is no speck apart: 1550 as read, doubted
        List<OcrWord> near = List.of(new OcrWord("|", 1510, 2947, 1513, 3022, 0.942),
                new OcrWord("5", 1524, 2947, 1544, 3022, 0.993), new OcrWord("5", 1550, 2947, 1570, 3022, 0.996),
                new OcrWord("0", 1574, 2947, 1596, 3022, 0.996));
        OcrWord doubted = only(choose(chinese, near));
        assertEquals("1550", doubted.text());
        assertEquals(OcrConfidence.DISPUTED, doubted.confidence(), 1e-9);
    }

    /** The characters kept for one cell, the other readings set aside. */
    private static List<OcrWord> choose(List<OcrWord> chinese, List<OcrWord> digits) {
        return CellReadings.choose(chinese, digits, new java.util.IdentityHashMap<>());
    }

    /** A reading of one character per symbol, each at {@code confidence}. */
    @Test
    void digitsOneReaderReadApartAreOneNumber() {
        // chromium-html-2021, clean scan: a printed 15 read 1 (0.988) and 2 (0.978) by the Chinese model alone, the
        // digit reader reading "is)": one number 12, at the lower confidence, for a second opinion
        List<OcrWord> twelve = new ArrayList<>(read("1", 0.988));
        twelve.add(new OcrWord("2", 125, 10, 145, 50, 0.978));
        OcrWord number = CellReadings.oneNumber(twelve);
        assertEquals("12", number.text());
        assertEquals(0.978, number.confidence(), 1e-9);
        assertEquals(100, number.x0());
        assertEquals(145, number.x1());
        // a single word, words that are no number, digits on two lines: none
        assertEquals(null, CellReadings.oneNumber(read("1", 0.99)));
        assertEquals(null, CellReadings.oneNumber(read("1人", 0.99)));
        assertEquals(null, CellReadings.oneNumber(List.of(new OcrWord("1", 100, 10, 120, 50, 0.99),
                new OcrWord("2", 100, 60, 120, 100, 0.99))));
    }

    private static List<OcrWord> read(String text, double confidence) {
        List<OcrWord> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new OcrWord(text.substring(i, i + 1), 100 + 25 * i, 10, 120 + 25 * i, 50, confidence));
        }
        return out;
    }

    private static OcrWord only(List<OcrWord> words) {
        assertEquals(1, words.size(), words::toString);
        return words.get(0);
    }
}
