package io.github.ogireport.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellTextTest {
    @Test
    void cleaningCollapsesBlanksAndJoinsChineseAcrossThem() {
        assertEquals("a b", CellText.clean("\u00A0 a \u200B b\t"));
        assertEquals("一、总体情况", CellText.clean("一、 总体情况 \r\n"));
        assertEquals("（一）", CellText.clean("（ 一 ）"));
        // the ends are stripped of every Unicode blank; inside, only blanks between Chinese characters go
        assertEquals("中", CellText.clean("\u3000中\u3000"));
        assertEquals("中\u3000中", CellText.clean("中\u3000 中"));
        assertEquals("中中", CellText.clean("中\u000B \u000B中"));
        assertEquals("第 1 页", CellText.clean("第 1 页"));
        assertEquals("中 a", CellText.clean("中 a"));
        assertEquals("a \u000B b", CellText.clean("a \u000B b"));
    }
}
