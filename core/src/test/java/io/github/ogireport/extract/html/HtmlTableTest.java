package io.github.ogireport.extract.html;

import io.github.ogireport.document.Block;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTableTest {
    /** A slot covered by a spanning cell: not a blank cell. */
    private static final String C = Block.COVERED;

    private static Element table(String html) {
        return Jsoup.parse(html).selectFirst("table");
    }

    @Test
    void spansFillTheirFirstSlotAndMarkTheOthersCovered() {
        List<List<String>> g = HtmlTable.grid(table("<table>"
                + "<tr><td colspan=3 rowspan=2>corner</td><td colspan=2>申请人情况</td></tr>"
                + "<tr><td>自然人</td><td>总计</td></tr>"
                + "<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>4</td><td>4</td></tr>"
                + "<tr><td>（三）</td><td>1.属于国家秘密</td><td>0</td><td>0</td></tr></table>"));
        assertEquals(List.of(
                List.of("corner", C, C, "申请人情况", C),
                List.of(C, C, C, "自然人", "总计"),
                List.of("三、本年度办理结果", "（一）予以公开", C, "4", "4"),
                List.of(C, "（三）", "1.属于国家秘密", "0", "0")), g);
    }

    @Test
    void blankCellsStayAsEmptyStrings() {
        List<List<String>> g = HtmlTable.grid(table("<table><tr><td>行政许可</td><td>&nbsp;</td>"
                + "<td><p class=MsoNormal><o:p>&nbsp;</o:p></p></td><td>5</td></tr></table>"));
        assertEquals(List.of(List.of("行政许可", "", "", "5")), g);
    }

    @Test
    void labelRunsAndLineBreaksInsideACell() {
        List<List<String>> g = HtmlTable.grid(table("<table><tr><td><span>2.其他法律</span><span lang=EN-US>"
                + "</span><font>行政法规禁止公开</font></td><td>商业<br>企业</td><td>5.2<br/>万元</td></tr></table>"));
        assertEquals(List.of(List.of("2.其他法律行政法规禁止公开", "商业企业", "5.2 万元")), g);
    }

    @Test
    void rowspanZeroRunsToTheEndAndHugeSpansAreClamped() {
        List<List<String>> g = HtmlTable.grid(table("<table><tr><td rowspan=0>a</td><td>1</td></tr>"
                + "<tr><td>2</td></tr><tr><td>3</td></tr></table>"));
        assertEquals(List.of(List.of("a", "1"), List.of(C, "2"), List.of(C, "3")), g);
        List<List<String>> wide = HtmlTable.grid(table("<table><tr><td colspan=100000>x</td></tr></table>"));
        assertEquals(64, wide.get(0).size());
    }

    @Test
    void aTableHoldingATableIsLayout() {
        Element outer = table("<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>");
        assertFalse(HtmlTable.isDataTable(outer));
        assertTrue(HtmlTable.isDataTable(outer.selectFirst("td table")));
    }

    @Test
    void aValueSpanningColumnsMidRowIsOneCellNotABlankAndAValue() {
        // a sub-table drawn on a wider grid (caption colspan=4 over 3 value columns, values spanning two slots)
        String html = "<table><tr><td colspan=5>第二十条第（九）项</td></tr>"
                + "<tr><td>信息内容</td><td colspan=2>采购项目数量</td><td colspan=2>采购总金额</td></tr>"
                + "<tr><td>政府集中采购</td><td colspan=2>8</td><td colspan=2>5.2万元</td></tr></table>";
        Block row = Block.row(HtmlTable.grid(table(html)).get(2));
        assertEquals(List.of("政府集中采购", "8", "", "5.2万元", ""), row.cells());
        assertEquals(java.util.Set.of(2, 4), row.covered());
        List<io.github.ogireport.text.Token> tokens = io.github.ogireport.text.Tokenizer.tokens(List.of(row), 0, 1);
        assertEquals(List.of("政府集中采购", "8", "5.2万元"), tokens.stream().map(io.github.ogireport.text.Token::raw).toList());
    }
}
