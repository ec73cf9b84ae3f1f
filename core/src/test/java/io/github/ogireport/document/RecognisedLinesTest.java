package io.github.ogireport.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
