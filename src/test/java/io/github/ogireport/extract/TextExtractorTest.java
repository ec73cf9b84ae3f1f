package io.github.ogireport.extract;

import io.github.ogireport.Limits;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain text into blocks: lines, tab rows, markdown pipes, and the limits on hostile text. */
class TextExtractorTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void markdownSeparatorLinesAreRecognisedByHand() {
        for (String line : List.of("|---|---|", "---", "| :---: | ---: |", "|:---|---|", "--- | ---")) {
            assertTrue(TextExtractor.isPipeSeparator(line), line);
        }
        for (String line : List.of("|", "||", "|--|", "|:--|---|", "|---||---|", "| 规章 | 1 |", "-1", "|---|x|", "----a")) {
            assertFalse(TextExtractor.isPipeSeparator(line), line);
        }
    }

    /** Found by the hostile corpus: the separator pattern's repeated group recursed once per cell (StackOverflowError). */
    @Test
    void aSeparatorLineOfAMillionCellsIsNoStackOverflow() {
        String line = "|" + "---|".repeat(300_000);
        List<Block> blocks = assertTimeoutPreemptively(BOUND, () -> TextExtractor.blocks(line + "\n" + line + "x"));
        assertEquals(1, blocks.size(), "the separator line is dropped, the other is a paragraph");
    }

    @Test
    void linesSplitAtEveryKindOfBreak() {
        List<Block> blocks = TextExtractor.blocks("a\r\nb\rc\nd\u2028e\u2029f\fg");
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), blocks.stream().map(Block::text).toList());
        List<Block> blank = TextExtractor.blocks("\r\r\n a\t\r\n\n\u000B\n\tb\tc\r");
        assertEquals(List.of("a", "\tb\tc"), blank.stream().map(Block::text).toList());
    }

    @Test
    void rowsPastTheCellLimitAreDroppedWithOneWarning() {
        String text = "标题\n" + "1\t2\t3\n".repeat(10) + "结尾";
        ExtractedDocument doc = TextExtractor.extract(text.getBytes(StandardCharsets.UTF_8),
                Limits.DEFAULT.withMaxCellsPerTable(12));
        assertEquals(List.of("标题", "1\t2\t3", "1\t2\t3", "1\t2\t3", "1\t2\t3", "结尾"),
                doc.blocks().stream().map(Block::text).toList());
        assertEquals(1, doc.warnings().size());
        assertEquals(WarningCode.LIMIT_REACHED, doc.warnings().get(0).code());
    }

    @Test
    void aLineOfTenMillionTabsCostsNoMoreThanTheCellLimit() {
        byte[] tabs = ("a\t" + "\t".repeat(10_000_000) + "b").getBytes(StandardCharsets.UTF_8);
        ExtractedDocument doc = assertTimeoutPreemptively(BOUND, () -> TextExtractor.extract(tabs, Limits.DEFAULT));
        assertTrue(doc.blocks().isEmpty(), "the one row is past the limit");
        assertEquals(WarningCode.LIMIT_REACHED, doc.warnings().get(0).code());
    }

    @Test
    void moreLinesThanTheBlockLimitIsTooLarge() {
        byte[] lines = "一行\n".repeat(1001).getBytes(StandardCharsets.UTF_8);
        LimitExceeded e = assertThrows(LimitExceeded.class,
                () -> TextExtractor.extract(lines, Limits.DEFAULT.withMaxBlocks(1000)));
        assertTrue(e.getMessage().contains("more than 1000 paragraphs"), e.getMessage());
    }
}
