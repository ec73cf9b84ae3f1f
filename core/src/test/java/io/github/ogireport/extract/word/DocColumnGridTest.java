package io.github.ogireport.extract.word;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocColumnGridTest {
    private static int[] edge(int left, int width) {
        return new int[] {left, width};
    }

    @Test
    void theGridIsTheUnionOfAllCellEdges() {
        // row 1: a corner three columns wide, then 申请人情况 over two; row 2: five narrow cells
        DocColumnGrid grid = DocColumnGrid.of(List.of(
                List.of(edge(0, 3000), edge(3000, 2000)),
                List.of(edge(0, 1000), edge(1000, 1000), edge(2000, 1000), edge(3000, 1000), edge(4000, 1000))));
        assertEquals(5, grid.width());
        assertEquals(0, grid.column(0));
        assertEquals(3, grid.span(0, 3000));
        assertEquals(3, grid.column(3000));
        assertEquals(2, grid.span(3000, 2000));
        assertEquals(1, grid.span(4000, 1000));
    }

    @Test
    void edgesAFewTwipsApartAreOneBoundary() {
        DocColumnGrid grid = DocColumnGrid.of(List.of(
                List.of(edge(0, 1000), edge(1000, 1000)),
                List.of(edge(3, 998), edge(1001, 1005))));
        assertEquals(2, grid.width());
        assertEquals(1, grid.column(1001));
        assertEquals(1, grid.span(1001, 1005));
    }

    @Test
    void anIndentedRowStartsInALaterColumn() {
        // a row whose first cell is missing (Word's "cell deleted, row shifted") starts where its edge is
        DocColumnGrid grid = DocColumnGrid.of(List.of(
                List.of(edge(0, 800), edge(800, 1600), edge(2400, 500)),
                List.of(edge(800, 800), edge(1600, 800), edge(2400, 500))));
        assertEquals(4, grid.width());
        assertEquals(1, grid.column(800));
        assertEquals(2, grid.span(800, 1600));
        assertEquals(3, grid.column(2400));
    }

    @Test
    void aDegenerateCellStillCoversOneColumn() {
        DocColumnGrid grid = DocColumnGrid.of(List.of(List.of(edge(0, 0), edge(0, 1000))));
        assertEquals(1, grid.span(0, 0));
        assertEquals(1, grid.width());
    }
}
