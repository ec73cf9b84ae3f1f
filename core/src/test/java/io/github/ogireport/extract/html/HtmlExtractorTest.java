package io.github.ogireport.extract.html;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {
    private static List<String> texts(ExtractedDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    @Test
    void chromeScriptsAndStylesStayOut() {
        String html = "<html><head><title>某县2020年政府信息公开工作年度报告_某县人民政府</title>"
                + "<meta name=\"PubDate\" content=\"2021-01-30 10:23\"><style>p{}</style></head><body>"
                + "<div class=\"nav-bar\"><a>首页</a></div><ul class=\"menu\"><li>政务公开</li></ul>"
                + "<div class=\"content\"><p>一、总体情况</p><p>全年公开<span>信息</span>56条。</p></div>"
                + "<script>document.write('x')</script><div id=\"footer\">版权所有</div></body></html>";
        ExtractedDocument doc = HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("一、总体情况", "全年公开信息56条。"), texts(doc));
        assertEquals("某县2020年政府信息公开工作年度报告", doc.properties().get(ExtractedDocument.TITLE));
        assertEquals("2021-01-30 10:23", doc.properties().get(ExtractedDocument.PUBLISH_DATE));
    }

    @Test
    void aFragmentWithoutHtmlOrBody() {
        String html = "<div><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>1</td><td>1</td><td>4</td></tr></table></div>";
        ExtractedDocument doc = HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("二、主动公开政府信息情况", "规章\t1\t1\t4"), texts(doc));
        assertTrue(doc.blocks().get(1).row());
    }

    @Test
    void gb2312DeclaredWithGbkOnlyCharactersIsReadAsGb18030() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>镇长王喆，副镇长李堃。</p></body></html>";
        ExtractedDocument doc = HtmlExtractor.extract(html.getBytes(Charset.forName("GB18030")));
        assertEquals(List.of("镇长王喆，副镇长李堃。"), texts(doc));
        assertEquals("GB18030", doc.charset());
    }

    @Test
    void aWrongDeclarationIsOverruledByTheBytes() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>一、总体情况</p></body></html>";
        ExtractedDocument doc = HtmlExtractor.extract(html.getBytes(Charset.forName("GB18030")));
        assertEquals(List.of("一、总体情况"), texts(doc));
        assertEquals("GB18030", doc.charset());
    }

    @Test
    void spacesBetweenChineseCharactersFromSourceLineBreaksAreDropped() {
        String html = "<p>镇党委政\n    府工作重点，进一步健全公开机制。</p>";
        assertEquals(List.of("镇党委政府工作重点，进一步健全公开机制。"),
                texts(HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String html = "<div>".repeat(100_000) + "<p>一、总体情况</p>" + "</div>".repeat(100_000);
        ExtractedDocument doc = HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8));
        assertFalse(doc.blocks().isEmpty());
    }

    /** Found by the hostile corpus: {@code <meta[^>]+charset} scanned to the end of the window from every unclosed meta. */
    @Test
    void unclosedMetaTagsAreScannedInLinearTime() {
        byte[] page = ("<html>" + "<meta".repeat(13_000) + "<meta charset=\"gbk\">").getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertEquals("gbk", HtmlExtractor.declaredCharset(page)));
    }

    @Test
    void aTablePastTheCellLimitIsCutWithAWarning() {
        String html = "<table>" + "<tr><td>行政许可</td><td>1</td><td>2</td></tr>".repeat(100) + "</table>";
        ExtractedDocument doc = HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8),
                io.github.ogireport.model.Limits.DEFAULT.withMaxCellsPerTable(30));
        assertEquals(10, doc.blocks().size());
        assertEquals(io.github.ogireport.model.WarningCode.LIMIT_REACHED, doc.warnings().get(0).code());
        assertTrue(doc.warnings().get(0).message().contains("first 10 of 100 rows"), doc.warnings().get(0).message());
    }

    /** rowspan="0" on every row of a long table filled the rest of the table from every row: quadratic. */
    @Test
    void rowspanZeroOnEveryRowStaysWithinTheCellLimit() {
        String html = "<table>" + "<tr><td rowspan=0>a</td><td>1</td></tr>".repeat(50_000) + "</table>";
        ExtractedDocument doc = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> HtmlExtractor.extract(html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(doc.blocks().size() < 50_000);
        assertEquals(io.github.ogireport.model.WarningCode.LIMIT_REACHED, doc.warnings().get(0).code());
    }
}
