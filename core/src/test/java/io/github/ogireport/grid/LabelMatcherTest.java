package io.github.ogireport.grid;

import io.github.ogireport.model.RequestRow;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Row labels of table 三 as reports print them, in matching form. */
class LabelMatcherTest {
    private final LabelMatcher<RequestRow> labels =
            new LabelMatcher<>(Arrays.asList(RequestRow.values()), RequestRow::patterns);

    @Test
    void theLabelThatStartsLastWins() {
        // a flattened group label followed by its first row: the numbers after it belong to the row
        assertEquals(RequestRow.DENIED_STATE_SECRET, labels.match("(三)不予公开1.属于国家秘密"));
        assertEquals(RequestRow.GRANTED, labels.match("三、本年度办理结果(一)予以公开"));
        assertNull(labels.match("申请人情况"));
    }

    @Test
    void patternsAndEscapedLiterals() {
        assertEquals(RequestRow.NEW_RECEIVED, labels.match("一、本年新收政府信息公开申请数量"));
        assertEquals(RequestRow.NEW_RECEIVED, labels.match("新收的依申请公开申请")); // 新收.{0,6}申请
        assertEquals(RequestRow.REJECTED_MASS_REPEATED, labels.match("4.无正当理由大量反覆申请"));
        assertEquals(RequestRow.TOTAL_PROCESSED, labels.match("(七)合计"));
        assertEquals(RequestRow.OTHER_REASONS, labels.match("3.其他"));
        // read so on the degraded scans: the point lost, the number lost
        assertEquals(RequestRow.OTHER_REASONS, labels.match("3其他"));
        assertEquals(RequestRow.OTHER_REASONS, labels.match(".其他"));
        assertNull(labels.match("不计其他")); // the 其他 of a longer label or of a column header is no row
        assertTrue(labels.startsAt("合计(七)总计", 2));
        assertFalse(labels.startsAt("合计(七)总计", 1));
    }

    @Test
    void literalPrefixOfAPattern() {
        assertEquals(new LabelMatcher.Prefix("新收", false), LabelMatcher.literalPrefix("新收.{0,6}申请"));
        assertEquals(new LabelMatcher.Prefix("大量反", false), LabelMatcher.literalPrefix("大量反[复覆]"));
        assertEquals(new LabelMatcher.Prefix("3.其他", false), LabelMatcher.literalPrefix("3\\.其他$"));
        assertEquals(new LabelMatcher.Prefix("a", false), LabelMatcher.literalPrefix("ab?c"));
        assertEquals(new LabelMatcher.Prefix("", false), LabelMatcher.literalPrefix("ab|cd"));
        assertEquals(new LabelMatcher.Prefix("", false), LabelMatcher.literalPrefix("\\d+件"));
        // plain words, escaped brackets read as brackets
        assertEquals(new LabelMatcher.Prefix("(七)总计", true), LabelMatcher.literalPrefix("\\(七\\)总计"));
        assertEquals(new LabelMatcher.Prefix("予以公开", true), LabelMatcher.literalPrefix("予以公开"));
    }

    /** Labels are found by their first character whatever its value, at either end of a word of bits or of char. */
    @Test
    void anyFirstCharacter() {
        List<String> words = List.of(">a", "@b", "Ac", "\u007fd", "\u0080e", "\uffbf", "\uffff", "\u0000g");
        LabelMatcher<String> m = new LabelMatcher<>(words, w -> List.of(w));
        for (String w : words) {
            assertEquals(w, m.match("x" + w), w);
            assertEquals(w, m.match(w + "x" + w.charAt(0)), w);
            assertTrue(m.startsAt("x" + w, 1), w);
            assertFalse(m.startsAt("x" + w, 0), w);
        }
        assertNull(m.match("abcdefg\u0001\u0040\u0041\ufffe"));
    }
}
