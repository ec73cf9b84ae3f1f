package io.github.ogireport.extract.word;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordFieldsTest {
    @Test
    void aHyperlinkKeepsItsTextAndLosesItsTarget() {
        String raw = "详见\u0013 HYPERLINK \"http://www.example.gov.cn/\" \u0014门户网站\u0015。";
        assertEquals("详见门户网站。", new WordFields().strip(raw));
    }

    @Test
    void nestedFieldsKeepTheirResults() {
        String raw = "a\u0013 IF \u0013 DOCPROPERTY x \u00141\u0015 = 1 \"是\" \u0014是\u0015b";
        assertEquals("a是b", new WordFields().strip(raw));
    }

    @Test
    void pageNumbersAndFieldsWithoutResultAreDropped() {
        assertEquals("第页", new WordFields().strip("第\u0013 PAGE \\* MERGEFORMAT \u00143\u0015页"));
        assertEquals("ab", new WordFields().strip("a\u0013 TC \"目录项\" \u0015b"));
    }

    @Test
    void docxMarksFollowTheSameRules() {
        WordFields f = new WordFields();
        assertTrue(f.showing());
        f.mark("begin");
        f.instruction(" NUMPAGES ");
        assertFalse(f.showing());
        f.mark("separate");
        assertFalse(f.showing(), "the result of a page-count field is page furniture");
        f.mark("end");
        f.mark("end"); // an unbalanced end is ignored
        assertTrue(f.showing());
        assertTrue(WordFields.isPageNumber(" PAGE "));
        assertFalse(WordFields.isPageNumber(" HYPERLINK \"x\" "));
    }

    @Test
    void docTextBreaksAtParagraphLineAndCellMarks() {
        assertEquals(List.of("南充市高坪区人民政府办公室", "2020年1月30日", ""),
                DocText.lines("南充市高坪区人民政府办公室\u000b2020年1月30日\r"));
        assertEquals(List.of("（三）", "不予公开", ""), DocText.lines("（三）\r不予公开\u0007"));
        assertEquals(List.of("图 1 a-b"), DocText.lines("图\u0001\t1\u0008 a\u001eb\u001f"));
    }

    /** The page-number test of a field's instruction ran again for every character of its result: quadratic. */
    @Test
    void aLongFieldIsStrippedInLinearTime() {
        String raw = "\u0013HYPERLINK \"" + "x".repeat(1_000_000) + "\"\u0014" + "文".repeat(1_000_000) + "\u0015";
        String text = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> new WordFields().strip(raw));
        assertEquals(1_000_000, text.length());
    }
}
