package io.github.ogireport.review;

import io.github.ogireport.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources as the review page shows them: table lines marked in text, Word and PDF; HTML cleaned. */
class SourceDocumentTest {
    private static final Path PDF = TestData.of("pdf/chromium-cms-page-gaoping-2019.pdf");

    @Test
    void thePdfPageMarksTheLinesOfTheTables() throws Exception {
        byte[] bytes = Files.readAllBytes(PDF);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> lines = PdfTableLines.of(pdf, 2).stream().map(PdfTableLines.Line::text).toList();
            // page 2 of the printed page: 一、本年新收… 5 0 0 0 3 0 8 and （一）予以公开 4 0 0 0 0 0 4
            assertTrue(lines.stream().anyMatch(l -> l.contains("本年新收") && l.endsWith("5 0 0 0 3 0 8")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("予以公开") && l.endsWith("4 0 0 0 0 0 4")), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("二、主动公开政府信息情况")), "a heading is not a table line");
            assertTrue(PdfTableLines.of(pdf, 2).stream().allMatch(l -> l.box().getWidth() > 0 && l.box().getHeight() > 0));
        }
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(SourceDocument.pdfPage(bytes, 2)));
        assertTrue(page.getWidth() > 700 && page.getHeight() > 1000, page.getWidth() + "×" + page.getHeight());
        int marked = 0;
        for (int y = 0; y < page.getHeight(); y += 2) {
            for (int x = 0; x < page.getWidth(); x += 2) {
                if (page.getRGB(x, y) == new java.awt.Color(214, 140, 0).getRGB()) {
                    marked++;
                }
            }
        }
        assertTrue(marked > 100, "the bands' borders are drawn: " + marked);
    }

    @Test
    void textAndWordShowTheirTableLines() throws Exception {
        List<SourceDocument.Line> text = SourceDocument.textLines("002", Files.readAllBytes(Path.of(ReviewFixture.SEED_002)));
        assertTrue(text.stream().anyMatch(l -> l.table() && l.text().equals("一、本年新收政府信息公开申请数量")));
        assertTrue(text.stream().anyMatch(l -> !l.table() && l.text().equals("一、总体情况")));
        // seed 002 prints one cell per line: 本年新收's seven values (lines 151–163) are table lines too
        for (int line = 151; line <= 163; line += 2) {
            assertTrue(text.get(line - 1).table(), "line " + line + ": " + text.get(line - 1));
        }
        assertEquals("8", text.get(162).text());
        Document word = Jsoup.parse(SourceDocument.page(0, "gaoping2019-docx.docx",
                Files.readAllBytes(TestData.of("word/gaoping2019-docx.docx")), null));
        assertTrue(word.select("li.table-line").eachText().contains("规章 │ 0 │ 0 │ 0"), word.select("li.table-line").eachText().toString());
        assertEquals(word.selectFirst("li.table-line"), word.selectFirst("li#table"));
    }

    @Test
    void anHtmlPageKeepsItsTablesAndLosesWhatItWouldLoadOrRun() throws Exception {
        String html = "<html><head><script>alert(1)</script><link rel=stylesheet href=http://x/a.css></head><body>"
                + "<p onclick=alert(2)>正文<a href=\"http://x/\">链接</a></p><img src=http://x/i.png alt=图>"
                + "<table><tr><td rowspan=2 style=\"background:url(http://x/b.png)\">予以公开</td><td>4</td></tr></table></body></html>";
        Document d = Jsoup.parse(SourceDocument.cleanHtml(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "UTF-8"));
        assertEquals("正文链接 [image: 图] 予以公开 4", d.body().text());
        assertEquals("2", d.selectFirst("td").attr("rowspan"));
        assertTrue(d.select("script, link, a, img, [onclick], [style], [href], [src]").isEmpty(), d.html());
        // the row of 予以公开 is a table line, and the frame opens at the first one
        assertEquals("予以公开 4", d.selectFirst("tr.table-line#table").text());
    }
}
