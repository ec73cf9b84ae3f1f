package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.ogireport.extract.word.WordTableGrid.Merge.CONTINUE;
import static io.github.ogireport.extract.word.WordTableGrid.Merge.NONE;
import static io.github.ogireport.extract.word.WordTableGrid.Merge.RESTART;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WordTableGridTest {
    /** A slot covered by a spanning cell. */
    private static final String C = Block.COVERED;

    private static WordTableGrid.Cell cell(int column, int span, String text) {
        return WordTableGrid.Cell.plain(column, span, text);
    }

    @Test
    void aSpanningCellPutsItsTextInItsFirstSlot() {
        List<List<String>> grid = WordTableGrid.grid(List.of(
                List.of(cell(0, 3, "一、本年新收"), cell(3, 1, "5"), cell(4, 1, "8"))), 0);
        assertEquals(List.of(List.of("一、本年新收", C, C, "5", "8")), grid);
    }

    @Test
    void verticalContinuationsAreBlankAndTheirHiddenTextIsDropped() {
        List<List<String>> grid = WordTableGrid.grid(List.of(
                List.of(new WordTableGrid.Cell(0, 1, "（三）不予公开", RESTART, NONE), cell(1, 1, "1.属于国家秘密"), cell(2, 1, "0")),
                List.of(new WordTableGrid.Cell(0, 1, "hidden", CONTINUE, NONE), cell(1, 1, "2.其他法律行政法规禁止公开"), cell(2, 1, "1")),
                List.of(cell(0, 1, "（四）无法提供"), cell(1, 1, "1.本机关不掌握"), cell(2, 1, "2"))), 0);
        assertEquals(List.of(C, "2.其他法律行政法规禁止公开", "1"), grid.get(1));
        assertEquals(List.of("（四）无法提供", "1.本机关不掌握", "2"), grid.get(2));
    }

    @Test
    void aContinuationWithNothingAboveIsItsOwnCell() {
        List<List<String>> grid = WordTableGrid.grid(List.of(
                List.of(cell(0, 1, "a"), cell(1, 1, "b")),
                List.of(new WordTableGrid.Cell(0, 1, "c", CONTINUE, NONE), cell(1, 1, "d"))), 0);
        assertEquals(List.of("c", "d"), grid.get(1));
    }

    @Test
    void aMergeEndsWhereARowHasNoContinuation() {
        List<List<String>> grid = WordTableGrid.grid(List.of(
                List.of(new WordTableGrid.Cell(0, 1, "a", RESTART, NONE)),
                List.of(cell(0, 1, "b")),
                List.of(new WordTableGrid.Cell(0, 1, "c", CONTINUE, NONE))), 0);
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), grid);
    }

    @Test
    void oldStyleHorizontalMergeIsOneCell() {
        List<List<String>> grid = WordTableGrid.grid(List.of(List.of(
                new WordTableGrid.Cell(0, 1, "申请人情况", NONE, RESTART),
                new WordTableGrid.Cell(1, 1, "", NONE, CONTINUE),
                new WordTableGrid.Cell(2, 1, "hidden", NONE, CONTINUE),
                new WordTableGrid.Cell(3, 1, "总计", NONE, NONE),
                new WordTableGrid.Cell(4, 1, "x", NONE, CONTINUE))), 0);
        // a continuation after an unmerged cell continues nothing: Word shows it as a cell
        assertEquals(List.of(List.of("申请人情况", C, C, "总计", "x")), grid);
    }

    @Test
    void rowsStartingLaterOrEndingEarlyKeepTheirColumns() {
        // gridBefore 1 and gridAfter 2: the table is as wide as its grid
        List<List<String>> grid = WordTableGrid.grid(List.of(
                List.of(cell(1, 1, "（七）总计"), cell(2, 1, "8")),
                List.of(cell(0, 1, "规章"), cell(1, 1, "0"))), 5);
        assertEquals(List.of(List.of("", "（七）总计", "8", "", ""), List.of("规章", "0", "", "", "")), grid);
    }

    @Test
    void hostileSpansAreClamped() {
        List<List<String>> grid = WordTableGrid.grid(List.of(List.of(cell(0, 100_000, "a"), cell(100_000, 1, "b"))), 0);
        assertEquals(WordTableGrid.MAX_COLUMNS, grid.get(0).size());
        assertEquals("a", grid.get(0).get(0));
    }
}
