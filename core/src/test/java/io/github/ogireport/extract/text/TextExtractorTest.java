package io.github.ogireport.extract.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.model.Limits;
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

    private static List<String> texts(String text) {
        return TextExtractor.blocks(text).stream().map(Block::text).toList();
    }

    /** Issue 18, item 1: pipe rows without a leading pipe, caption rows of empty cells, tabs around the pipes. */
    @Test
    void pipeRowsOfScrapedPages() {
        assertEquals(List.of("第二十条第(一)项\t\t\t", "规章\t2\t0\t7", "规章\t3\t\t5", "\t4\t5"),
                texts("第二十条第(一)项 | |||\n规章 | 2 | 0 | 7 |\n规章\t|\t3\t|\t\t|\t5\n\t|\t4\t|\t5\n"));
        assertEquals(List.of("a|b 是链接"), texts("a|b 是链接\n"), "a pipe inside a word separates nothing");
        assertEquals(List.of("行政复议\t行政诉讼", "结果维持\t总计", "规章\t1", "\t\t0"),
                texts("行政复议 | 行政诉讼 |\n结果维持 | 总计 |\n规章 | 1 |\n |  | 0 |\n"),
                "on a page of rows without a leading pipe, a leading pipe follows a blank first cell");
    }

    /** Item 2: one cell per line ending in a pipe, filler lines, a lone pipe for a blank cell. */
    @Test
    void oneCellPerLineWithPipes() {
        assertEquals(List.of("规章", "|", "0", "7"), texts("规章 |\n|\n0 |\n||\n7 |\n|||\n"));
    }

    /** w3m and links: box-drawn tables, a wrapped label joined again up to the next ruling. */
    @Test
    void boxDrawnTablesWithWrappedCells() {
        String w3m = """
                ├────────────┼─────┼─────┤
                │6.属于四类过│0    │12   │
                │程性信息    │     │     │
                ├────────────┼─────┼─────┤
                │（三）不予公│1    │2    │
                │开          ├─────┼─────┤
                │7.属于行政执│3    │4    │
                └────────────┴─────┴─────┘
                """;
        assertEquals(List.of("6.属于四类过程性信息\t0\t12", "（三）不予公开\t1\t2", "7.属于行政执\t3\t4"), texts(w3m));
    }

    /** pandoc: grid tables with wrapped cells, bracketed spans, hard breaks, wrapped rulings, raw HTML tables. */
    @Test
    void pandocOutputs() {
        assertEquals(List.of("其他对外管理服务事项\t0\t5"), texts("""
                +--------+----+----+
                | 其他对 | 0  | 5  |
                | 外管理服务事项 |    |    |
                +--------+----+----+
                """));
        assertEquals(List.of("规章 0 1", "政府集中采购    8    5.2 万元"), texts("""
                [规章]{style="font-family:宋体;"} [0]{lang="EN-US"} [1]{lang="EN-US"}
                政府集中采购    8    5.2 万元    \\
                --
                ------- ------ ------
                """));
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "12", "|", "19"), texts("""
                <tr class="odd">
                <td colspan="3"
                style="x">一、本年新收政府信息公开申请数量</td>
                <td>12</td>
                <td></td>
                <td>19</td>
                </tr>
                """));
    }

    /** Each new way of reading a line stays linear: a line of a million span ends, box characters or pipes. */
    @Test
    void hostileLinesOfTheNewShapesStayLinear() {
        for (String line : List.of("]{".repeat(500_000), "│".repeat(1_000_000), "a  ".repeat(300_000),
                "<td>".repeat(200_000), "| " + "--- | ".repeat(200_000))) {
            assertTimeoutPreemptively(BOUND, () -> TextExtractor.blocks("标题\n" + line + "\n结尾"));
        }
    }
}
