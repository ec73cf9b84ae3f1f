package io.github.ogireport.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognisedLinesTest {
    /** The title line of the clean scan of hongze-2023 as the recogniser read it: 洪泽 misread as 法洋. */
    private static RecognisedLines titleMisread() {
        RecognisedLines lines = new RecognisedLines();
        lines.add(List.of("法", "洋", "区", "人", "民政", "府"), List.of(0.98, 0.88, 0.99, 0.99, 0.99, 0.99));
        lines.add(List.of("本", "报告", "由", "洪", "泽", "区", "人", "民", "政", "府", "办", "公", "室"),
                List.of(1.0, 0.99, 1.0, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.98));
        return RecognisedLines.decode(lines.encode());
    }

    @Test
    void aPhraseReadOnlyWithAnUnsureCharacterIsDoubtful() {
        assertTrue(titleMisread().doubtful("法洋区人民政府"));
        assertTrue(titleMisread().doubtful("洋区"));
    }

    @Test
    void aPhraseReadSurelySomewhereIsTrusted() {
        assertFalse(titleMisread().doubtful("洪泽区人民政府"));
        assertFalse(titleMisread().doubtful("区人民政府"), "read surely in the second line");
        assertFalse(titleMisread().doubtful("法"), "its own character was read surely");
    }

    @Test
    void aPhraseIsTrustedWhereEachCharacterWasReadSurelyInSomeOccurrence() {
        // the clean scan of lo-html-2019: in the title 高 and 室 unconfirmed by the second reading (局, 宇); the title
        // quoted in the first sentence, over two lines, with its last 告 unconfirmed (香)
        RecognisedLines lines = new RecognisedLines();
        lines.add(chars("高坪区人民政府办公室2019年政府信息公开工作年度报告"), sure(27, 0, 9));
        lines.add(chars("特向社会公布《南充市高坪区"), sure(13));
        lines.add(chars("人民政府办公室2019年政府信息公开工作年度报告》。"), sure(26, 23));
        RecognisedLines back = RecognisedLines.decode(lines.encode());
        assertFalse(back.doubtful("高坪区人民政府办公室"), "read surely across the two lines");
        assertFalse(back.doubtful("高坪区人民政府办公室2019年政府信息公开工作年度报告"));
        // a character unsure in every occurrence leaves it doubtful
        RecognisedLines twice = new RecognisedLines();
        twice.add(chars("高坪区人民政府"), sure(7, 0));
        twice.add(chars("南充市高坪区人民政府"), sure(10, 3));
        assertTrue(RecognisedLines.decode(twice.encode()).doubtful("高坪区人民政府"));
    }

    private static List<String> chars(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    /** {@code n} confidences of 0.99, 0.5 at the positions given. */
    private static List<Double> sure(int n, int... unsure) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(0.99);
        }
        for (int u : unsure) {
            out.set(u, 0.5);
        }
        return out;
    }

    @Test
    void aPhraseNotFoundIsNotJudged() {
        assertFalse(titleMisread().doubtful("高坪区人民政府"));
        assertFalse(titleMisread().doubtful(""));
        assertFalse(RecognisedLines.decode(null).doubtful("洪泽区人民政府"));
    }

    @Test
    void aCharacterOfTwoIsMarkedOnBoth() {
        RecognisedLines lines = new RecognisedLines();
        lines.add(List.of("民政", "府"), List.of(0.5, 0.99));
        RecognisedLines back = RecognisedLines.decode(lines.encode());
        assertTrue(back.doubtful("政府"));
        assertTrue(back.doubtful("民"));
        assertFalse(back.doubtful("府"));
    }

    @Test
    void aLineReadAgainKeepsItsRereadingsAndItsUnsureStretch() {
        RecognisedLines lines = new RecognisedLines();
        lines.add(List.of("2023", "年"), List.of(0.99, 0.99), List.of("2023年"));
        lines.add(List.of("淮", "安", "市", "洪", "详", "区", "人", "民", "政", "府"),
                List.of(0.99, 0.99, 0.99, 0.95, 0.56, 0.99, 0.85, 0.99, 0.99, 0.99),
                List.of("淮安市洪泽区人民政府", "淮安市 潜泽区人民政府"));
        RecognisedLines back = RecognisedLines.decode(lines.encode());
        RecognisedLines.Reread r = back.reread("淮安市洪详区人民政府");
        // 详 and 人 unsure: the stretch from one to the other, in the phrase's own characters; spaces left out
        assertEquals(new RecognisedLines.Reread(4, 7, List.of("淮安市洪泽区人民政府", "淮安市潜泽区人民政府")), r);
        assertEquals(new RecognisedLines.Reread(1, 4, r.rereadings()), back.reread("洪详区人民政府"));
        assertEquals(new RecognisedLines.Reread(0, 1, r.rereadings()), back.reread("人民政府"));
        assertNull(back.reread("民政府"), "read surely");
        assertNull(back.reread("2023年"), "read surely");
        assertNull(titleMisread().reread("法洋区人民政府"), "never read again");
        RecognisedLines nothing = new RecognisedLines();
        nothing.add(List.of("法", "洋", "区"), List.of(0.98, 0.88, 0.99), List.of("洪泽区", "", ""));
        assertEquals(List.of("洪泽区", "", ""), RecognisedLines.decode(nothing.encode()).reread("法洋区").rereadings(),
                "a size at which nothing was read still counts");
    }
}
