package io.github.ogireport.extract.pdf;

import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.TestData;
import io.github.ogireport.model.PageStats;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfExtractorTest {
    private static final Path PDF = TestData.PDF;
    private final PdfExtractor extractor = new PdfExtractor();

    private ExtractedDocument read(String name) throws Exception {
        return extractor.extract(Files.readAllBytes(PDF.resolve(name)), name);
    }

    private static List<String> rowStartingWith(ExtractedDocument doc, String label) {
        return doc.blocks().stream().filter(b -> b.row() && b.text().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label)).cells();
    }

    @Test
    void mergedCellsKeepTheirSlotsInTheGrid() throws Exception {
        ExtractedDocument doc = read("lo-docx-2021.pdf");
        // 一、本年新收… spans the three label columns: its text in the first slot, the other two empty
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "", "", "102", "15", "1", "1", "3", "1", "123"),
                rowStartingWith(doc, "本年新收"));
        assertEquals(new PageStats(3, List.of(), Map.of()), doc.pageStats());
        assertEquals("岚山县人民政府2021年政府信息公开工作年度报告", doc.properties().get(ExtractedDocument.TITLE));
    }

    @Test
    void tableBrokenOverAPageIsOneTableWithoutTheRepeatedHeader() throws Exception {
        ExtractedDocument doc = read("table3-page-break.pdf");
        long headers = doc.blocks().stream().filter(b -> b.row() && b.text().contains("申请人情况")).count();
        assertEquals(1, headers, "the header repeated on the next page is dropped");
        assertEquals(List.of("", "（六）其他处理", "", "4", "0", "0", "0", "3", "0", "7"), rowStartingWith(doc, "其他处理"));
    }

    @Test
    void labelsWrappedOneCharacterPerLineAndRowsCutByPageBreaksAreWhole() throws Exception {
        ExtractedDocument doc = read("narrow-columns.pdf");
        assertEquals(List.of("", "", "5.属于三类内部事务信息", "1", "0", "0", "0", "0", "0", "1"),
                rowStartingWith(doc, "内部事务"));
        assertEquals(List.of("", "", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"),
                rowStartingWith(doc, "危及"));
    }

    @Test
    void browserHeadersFootersAndPageNumbersAreGone() throws Exception {
        ExtractedDocument doc = read("running-header-footer.pdf");
        for (Block b : doc.blocks()) {
            assertTrue(!b.text().contains("file://") && !b.text().matches(".*\\d+/\\d+\\s*$"), b.text());
        }
        // the title split over two lines stays two lines; the period sentence broken over lines is one paragraph
        assertEquals("高坪区人民政府办公室", doc.blocks().get(0).text());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().contains("统计期限自2019年1月1日起至2019年12月31日止")));
    }

    @Test
    void chromiumRadicalsAreReadAsTheCharactersPrinted() throws Exception {
        ExtractedDocument doc = read("chromium-html-2021.pdf");
        assertEquals("岚山县人民政府2021年政府信息公开工作年度报告", doc.blocks().get(0).text());
    }

    @Test
    void userPasswordIsEncryptedOwnerPasswordIsRead() throws Exception {
        ReportReadException e = assertThrows(ReportReadException.class, () -> read("encrypted-user-password.pdf"));
        assertEquals(ErrorType.ENCRYPTED, e.category());
        assertTrue(e.getMessage().contains("user password"), e.getMessage());
        assertTrue(read("owner-password-only.pdf").blocks().size() > 20);
    }

    @Test
    void scanWithoutTextLayerIsNoText() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> read("image-only.pdf"));
        assertEquals(ErrorType.NO_TEXT, e.category());
        assertTrue(e.getMessage().contains("no text layer on any of 3 pages"), e.getMessage());
    }

    @Test
    void garbageIsCorruptAndATruncatedFileIsDamaged() throws Exception {
        byte[] garbage = "%PDF-1.7\nthis is not a PDF at all".getBytes(StandardCharsets.US_ASCII);
        ReportReadException e = assertThrows(ReportReadException.class, () -> extractor.extract(garbage, "g.pdf"));
        assertEquals(ErrorType.CORRUPT, e.category());

        byte[] whole = Files.readAllBytes(PDF.resolve("lo-docx-2021.pdf"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 2000);
        ExtractedDocument doc;
        try {
            doc = extractor.extract(cut, "cut.pdf");
        } catch (ReportReadException failed) {
            assertEquals(ErrorType.CORRUPT, failed.category());
            return;
        }
        assertTrue(doc.properties().get(ExtractedDocument.DAMAGE).contains("truncated"));
    }

    @Test
    void tooManyPagesAndTooLittleTimeAreRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(PDF.resolve("lo-html-2019.pdf"));
        ReportReadException pages = assertThrows(ReportReadException.class,
                () -> new PdfExtractor(2, Duration.ofSeconds(60)).extract(bytes, "x.pdf"));
        assertEquals(ErrorType.TOO_LARGE, pages.category());
        ReportReadException time = assertThrows(ReportReadException.class,
                () -> new PdfExtractor(100, Duration.ZERO).extract(bytes, "x.pdf"));
        assertEquals(ErrorType.TIMED_OUT, time.category());
    }

    /** An Identity-H font without ToUnicode draws glyphs that give no text: they are counted, not ignored. */
    @Test
    void glyphsWithoutCharactersAreCounted() throws Exception {
        ExtractedDocument doc = extractor.extract(identityHWithoutToUnicode(), "identity-h.pdf");
        assertEquals(Map.of(1, 4), doc.pageStats().unmappedGlyphs());
        assertEquals(List.of(), doc.pageStats().pagesWithoutText());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().contains("Report 2020")));
    }

    /**
     * A page with a line of Latin text in a standard font and four glyphs of a composite (Type0, Identity-H) font
     * whose descendant is a CFF CID font without ToUnicode: PDFBox can map none of them.
     */
    private static byte[] identityHWithoutToUnicode() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary descendant = new COSDictionary();
            descendant.setItem(COSName.TYPE, COSName.FONT);
            descendant.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
            descendant.setName(COSName.BASE_FONT, "NoMapCID");
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "Identity");
            info.setInt(COSName.SUPPLEMENT, 0);
            descendant.setItem(COSName.CIDSYSTEMINFO, info);
            descendant.setInt(COSName.DW, 1000);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE0);
            font.setName(COSName.BASE_FONT, "NoMapCID");
            font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
            COSArray descendants = new COSArray();
            descendants.add(descendant);
            font.setItem(COSName.DESCENDANT_FONTS, descendants);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F0"), font);
            fonts.setItem(COSName.getPDFName("F1"), standardFont());
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            PDStream content = new PDStream(doc);
            try (OutputStream out = content.createOutputStream()) {
                out.write(("BT /F1 12 Tf 72 720 Td (Report 2020) Tj ET "
                        + "BT /F0 12 Tf 72 700 Td <0011002200330044> Tj ET").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static COSDictionary standardFont() {
        COSDictionary f = new COSDictionary();
        f.setItem(COSName.TYPE, COSName.FONT);
        f.setItem(COSName.SUBTYPE, COSName.TYPE1);
        f.setName(COSName.BASE_FONT, "Helvetica");
        f.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        return f;
    }

    @SuppressWarnings("unused")
    private static final Class<?> KEEP = PDType0Font.class; // the composite font type the test builds by hand
    @SuppressWarnings("unused")
    private static final Class<?> KEEP_STREAM = PDPageContentStream.class;
    @SuppressWarnings("unused")
    private static final COSInteger ZERO = COSInteger.ZERO;
}
