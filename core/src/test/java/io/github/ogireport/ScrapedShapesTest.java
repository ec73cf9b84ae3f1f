package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes of issue 18, each on a small page written the way scrapers write it: the table's values come back as
 * printed, or null with a warning, never as another number.
 */
class ScrapedShapesTest {
    private static final String HEAD = "某某县某某局2022年政府信息公开工作年度报告\n一、总体情况\n本机关依法公开政府信息。\n"
            + "二、主动公开政府信息情况\n";
    private static final String TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";

    private static AnnualReport parse(String text) throws ReportReadException {
        return new ReportParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "page.txt");
    }

    private static void assertCell(AnnualReport r, String key, String value) {
        CellValue v = r.cells().get(key);
        assertEquals(value == null ? null : new BigDecimal(value), v.value(), key + " " + v);
    }

    /** Item 1: pipe rows without a leading pipe, a caption row of empty cells, trailing empty cells. */
    @Test
    void pipeRowsWithoutALeadingPipe() throws ReportReadException {
        AnnualReport r = parse(HEAD + """
                第二十条第(一)项 | |||
                信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
                规章 | 2 | 0 | 7 |
                行政规范性文件 | 5 | 1 | 46 | |
                第二十条第(五)项 | |||
                信息内容 | 本年处理决定数量 |
                行政许可 | 1386 |
                """ + TAIL);
        assertCell(r, "active.rules.issued", "2");
        assertCell(r, "active.rules.repealed", "0");
        assertCell(r, "active.rules.inForce", "7");
        assertCell(r, "active.normativeDocs.inForce", "46");
        assertCell(r, "active.licensing.decisions", "1386");
    }

    /** Item 1: a leading pipe with tabs around the pipes, and a label broken over two lines. */
    @Test
    void tabsAroundPipesAndALabelBrokenOverALine() throws ReportReadException {
        AnnualReport r = parse(HEAD + "信息内容\t|\t本年制发件数\t|\t本年废止件数\t|\t现行有效件数\n"
                + "规章\t|\t3\t|\t1\t|\t12\n"
                + "行政规范性\n      文件\t|\t4\t|\t\t|\t9\n" + TAIL);
        assertCell(r, "active.rules.issued", "3");
        assertCell(r, "active.rules.inForce", "12");
        assertCell(r, "active.normativeDocs.issued", "4");
        assertEquals(CellKind.EMPTY, r.cells().get("active.normativeDocs.repealed").kind(), "a blank cell stays blank");
        assertCell(r, "active.normativeDocs.inForce", "9");
    }

    /** Item 2: one cell per line ending in a pipe, filler lines, a lone pipe for a blank cell. */
    @Test
    void oneCellPerLineWithFillerAndLonePipeBlanks() throws ReportReadException {
        AnnualReport r = parse(HEAD + """
                第二十条第(一)项 |
                ||
                信息内容 |
                本年制发件数 |
                本年废止件数 |
                现行有效件数 |
                |||
                规章 |
                |
                0 |
                7 |
                ||
                行政规范性文件 |
                2 |
                0 |
                |
                |
                """ + TAIL);
        assertNull(r.cells().get("active.rules.issued").value());
        assertEquals(CellKind.EMPTY, r.cells().get("active.rules.issued").kind(), "the lone pipe after the label");
        assertCell(r, "active.rules.repealed", "0");
        assertCell(r, "active.rules.inForce", "7");
        assertCell(r, "active.normativeDocs.issued", "2");
        assertCell(r, "active.normativeDocs.repealed", "0");
        assertEquals(CellKind.EMPTY, r.cells().get("active.normativeDocs.inForce").kind(), "the last cell blank");
    }

    /** Item 3: a long run of spaces before a value and a line of prose inside the table, which is no extra row. */
    @Test
    void proseInsideATableIsNoExtraRow() throws ReportReadException {
        AnnualReport r = parse(HEAD + """
                信息内容  本年制发件数  本年废止件数  现行有效件数
                规章                                   1    0    3
                注：本表数据截至2022年12月31日，统计口径与上年一致，共涉及3个科室。
                行政规范性文件  2  0  8
                """ + TAIL);
        assertCell(r, "active.rules.inForce", "3");
        assertCell(r, "active.normativeDocs.inForce", "8");
        assertTrue(r.warnings().stream().noneMatch(w -> w.code() == WarningCode.EXTRA_ROW), r.warnings().toString());
    }

    /** Honesty: a row that got one token, its other cells on the next lines, is not split into digits. */
    @Test
    void aNumberWhoseRowGoesOnOverLinesIsNotSplit() throws ReportReadException {
        AnnualReport r = parse(HEAD + "规章\n306\n注：见附件\n行政规范性文件 2 0 8\n" + TAIL);
        assertNull(r.cells().get("active.rules.issued").value(), "306 is never 3 0 6");
        assertNull(r.cells().get("active.rules.inForce").value());
        assertCell(r, "active.normativeDocs.inForce", "8");
    }

    /** Honesty: digits glued on the label's line, one reading: split, and the cells say how. */
    @Test
    void gluedDigitsOnTheLabelsLineSayHowTheyWereDecided() throws ReportReadException {
        AnnualReport r = parse(HEAD + "规章000\n行政规范性文件 2 0 8\n" + TAIL);
        CellValue v = r.cells().get("active.rules.inForce");
        assertEquals(BigDecimal.ZERO, v.value());
        assertEquals(Set.of(Derivation.GLUED_DIGITS), v.how());
        assertEquals(Set.of(), r.cells().get("active.normativeDocs.inForce").how(), "read as printed");
    }

    /** Honesty: glued digits that split several ways are UNDECIDED with their readings, never a pick. */
    @Test
    void gluedDigitsWithSeveralReadingsAreUndecided() throws ReportReadException {
        AnnualReport r = parse(HEAD + "规章 1 0 3\n行政规范性文件898989\n" + TAIL);
        CellValue v = r.cells().get("active.normativeDocs.issued");
        assertNull(v.value());
        assertEquals(CellKind.UNDECIDED, v.kind());
        assertEquals("898989", v.raw());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.UNDECIDED_CONCATENATED));
    }

    /** Honesty: more values than cells and no total to decide: no window is picked. */
    @Test
    void extraValuesThatNoRuleDecidesAreUndecided() throws ReportReadException {
        AnnualReport r = parse(HEAD + "规章 5 2 0 7\n" + TAIL);
        CellValue first = r.cells().get("active.rules.issued");
        assertNull(first.value());
        assertEquals(CellKind.UNDECIDED, first.kind());
        assertEquals(List.of("5", "2"), first.candidates());
        List<Warning> ambiguous = r.warnings().stream().filter(w -> w.code() == WarningCode.AMBIGUOUS_CELLS).toList();
        assertEquals(1, ambiguous.size());
        assertTrue(ambiguous.get(0).message().contains("5 2 0 | 2 0 7"), ambiguous.get(0).message());
    }

    /** Item 6: values with words and units keep their raw text. */
    @Test
    void valuesWithWordsAndUnits() throws ReportReadException {
        AnnualReport r = parse("某某区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                + "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
                + "行政许可 | 120 | 减7 | 4521(件) |\n"
                + "行政处罚 | 15 | +20 | 318 |\n"
                + "信息内容 | 采购项目数量 | 采购总金额 |\n"
                + "政府集中采购 | 3 | 35.702万 |\n" + TAIL);
        assertCell(r, "active.licensing.itemChange", "-7");
        assertEquals("减7", r.cells().get("active.licensing.itemChange").raw());
        assertCell(r, "active.licensing.decisions", "4521");
        assertCell(r, "active.penalty.itemChange", "20");
        assertCell(r, "active.procurement.projects", "3");
        assertEquals("35.702万", r.cells().get("active.procurement.totalAmount").raw());
    }

    /** Item 8: a 2022 report printing table 二 of 2019 and table 三 of 2021 is read by its table 三 (FORMAT.md B1). */
    @Test
    void aReportMixingTheTemplatesTakesTable3sAndPlacesCellsByMeaning() throws ReportReadException {
        StringBuilder t3 = new StringBuilder("三、收到和处理政府信息公开申请情况\n");
        for (io.github.ogireport.model.RequestRow row
                : io.github.ogireport.model.RequestRow.of(io.github.ogireport.model.TemplateVersion.V2021)) {
            t3.append(row.label()).append(" 0 0 0 0 0 0 0\n");
        }
        AnnualReport r = parse(HEAD + """
                第二十条第（一）项
                信息内容 本年新制作数量 本年新公开数量 对外公开总数量
                规章 1 1 4
                第二十条第（五）项
                信息内容 上一年项目数量 本年增/减 处理决定数量
                行政许可 40 2 1386
                其他对外管理服务事项 3 0 12
                """ + t3 + TAIL);
        assertEquals(io.github.ogireport.model.TemplateVersion.V2021, r.template());
        assertCell(r, "active.licensing.decisions", "1386");
        assertNull(r.cells().get("active.rules.issued").value(), "本年新制作数量 is not 本年制发件数");
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.MIXED_TEMPLATE), r.warnings().toString());
        assertTrue(r.extraRows().stream().anyMatch(x -> x.label().contains("规章")), r.extraRows().toString());
    }

    /** Item 7: a Traditional mirror with pinyin inside words and Taiwan wording (資訊內容, 檔案). */
    @Test
    void traditionalScriptWithPinyinAndTaiwanWording() throws ReportReadException {
        AnnualReport r = parse("""
                某某縣某某局2022年政(zhèng)府資訊公開工作年度報告
                一、總體情況
                本機關依法公開政(zhèng)府資訊，全年主動公開資訊1200條。
                二、主動公開政(zhèng)府資訊情況
                第二十條第(一)項 | |||
                資訊內容 | 本年製發件數 | 本年廢止件數 | 現行有效件數 |
                規(guī)章 | 2 | 0 | 7 |
                行政規(guī)範性檔案 | 5 | 1 | 46 |
                第二十條第(五)項 | |||
                資訊內容 | 本年處理決定數量 |
                行(xíng)政許可 | 1386 |
                五、存在的主要問題及改進情況
                無。
                六、其他需要報告的事項
                無。
                """);
        assertCell(r, "active.rules.issued", "2");
        assertCell(r, "active.rules.inForce", "7");
        assertCell(r, "active.normativeDocs.issued", "5");
        assertCell(r, "active.normativeDocs.inForce", "46");
        assertCell(r, "active.licensing.decisions", "1386");
    }

    /** Items 5 and 8: a 2020 report on the 2021 table, its headers cut, is read as 2021 by its table. */
    @Test
    void cutHeadersDecideTheTemplateByPrefix() throws ReportReadException {
        AnnualReport r = parse("""
                某某县某某局2020年政府信息公开工作年度报告
                一、总体情况
                本机关依法公开政府信息。
                二、主动公开政府信息情况
                信息内容 | 本年制发件 | 本年废止件 | 现行有效件 |
                规章 | 2 | 0 | 7 |
                行政规范性文件 | 5 | 1 | 46 |
                """ + TAIL);
        assertEquals(io.github.ogireport.model.TemplateVersion.V2021, r.template());
        assertCell(r, "active.rules.inForce", "7");
        assertCell(r, "active.normativeDocs.inForce", "46");
    }

    /** Honesty: rows mixing spaced and glued numbers are solved with the row width and the row total. */
    @Test
    void rowsMixingSpacedAndGluedNumbersAreSolvedWhenOneReadingFits() throws ReportReadException {
        AnnualReport r = parse("某某县某某局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                + "一、本年新收政府信息公开申请数量 23 0 00 0 023\n"
                + "二、上年结转政府信息公开申请数量 0 0 0 0 0 00\n" + TAIL);
        String[] newReceived = {"23", "0", "0", "0", "0", "0", "23"};
        String[] columns = {"naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrg",
            "legalServiceOrg", "otherOrg", "total"};
        for (int i = 0; i < columns.length; i++) {
            assertCell(r, "requests.newReceived." + columns[i], newReceived[i]);
            assertCell(r, "requests.carriedOver." + columns[i], "0");
        }
        assertEquals(Set.of(Derivation.GLUED_DIGITS), r.cells().get("requests.newReceived.total").how());
    }
}
