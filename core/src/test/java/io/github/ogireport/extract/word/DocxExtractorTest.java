package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.TestData;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the .docx reader takes from a document and what it leaves out; cells and metadata are in the golden files. */
class DocxExtractorTest {
    private static final Path WPS = TestData.of("word/lushui2020-wps.docx");
    /** Tables 三 and 四 pasted as two page-wide pictures after a typed first page. */
    private static final Path PICTURES = TestData.of("word/pictures2019-docx.docx");

    private static List<Block> blocks(byte[] docx) throws ReportReadException {
        return DocxExtractor.extract("test.docx", docx).blocks();
    }

    private static String all(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        blocks.forEach(x -> b.append(x.text()).append('\n'));
        return b.toString();
    }

    @Test
    void headersFootersAndPageNumbersStayOutOfTheBody() throws Exception {
        String text = all(blocks(Files.readAllBytes(WPS)));
        assertFalse(text.contains("人民政府政务公开") || text.contains("人民政府 政务公开"), "the header's text");
        assertFalse(text.contains("第 1 页") || text.contains("第1页") || text.contains(" 页"), "the footer's page number");
    }

    @Test
    void contentControlsTextBoxesAndTrackedChangesAreReadAsShown() throws Exception {
        List<Block> blocks = blocks(Files.readAllBytes(WPS));
        assertEquals("示范县绿水乡人民政府2020年政府信息公开工作年度报告", blocks.get(0).text(), "the title in a content control");
        assertEquals("发布日期：2021-01-25", blocks.get(1).text(), "the text box, once, after its anchor paragraph");
        assertEquals(1, all(blocks).split("发布日期", -1).length - 1, "DrawingML and its VML fallback read once");
        String text = all(blocks);
        assertTrue(text.contains("收到政府信息公开申请8件"), "the deletion left out, the insertion kept: " + text);
        assertTrue(text.contains("电子版见示范县人民政府门户网站。"), "a hyperlink field's result kept");
        assertFalse(text.contains("HYPERLINK") || text.contains("example.gov.cn"), "a hyperlink field's target dropped");
    }

    @Test
    void wpsMergesAndRowOffsetsKeepEveryValueInItsColumn() throws Exception {
        List<Block> rows = blocks(Files.readAllBytes(WPS)).stream().filter(Block::row).toList();
        Block header = rows.stream().filter(r -> r.cells().get(0).startsWith("（本列数据")).findFirst().orElseThrow();
        assertEquals(List.of("申请人情况", "", "", "", "", "", ""), header.cells().subList(3, 10));
        Block granted = rows.stream().filter(r -> r.cells().contains("（一）予以公开")).findFirst().orElseThrow();
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "", "3", "1", "0", "0", "0", "0", "4"), granted.cells(),
                "a value in a cell-level content control");
        Block total = rows.stream().filter(r -> r.cells().contains("（七）总计")).findFirst().orElseThrow();
        assertEquals(List.of("", "（七）总计", "", "6", "1", "0", "1", "0", "0", "8"), total.cells(), "gridBefore");
        Block newReceived = rows.stream().filter(r -> r.cells().get(0).startsWith("一、本年新收")).findFirst().orElseThrow();
        assertEquals(List.of("", "", "6", "1", "0", "1", "0", "0", "8"), newReceived.cells().subList(1, 10),
                "an hMerge label and a value in a run-level content control");
        Block fees = rows.stream().filter(r -> r.cells().get(0).equals("行政事业性收费")).findFirst().orElseThrow();
        assertEquals(List.of("行政事业性收费", "4", "-1", ""), fees.cells(), "gridAfter");
        assertTrue(rows.stream().anyMatch(r -> r.cells().contains("本年新制作数量")), "a header split over two paragraphs");
    }

    @Test
    void lineBreaksSplitBodyParagraphsButNotCells() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setText("南充市高坪区人民政府办公室");
            run.addBreak();
            run.setText("2020年1月30日");
            XWPFParagraph pageNumber = doc.createParagraph();
            pageNumber.createRun().setText("— ");
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField field = pageNumber.getCTP().addNewFldSimple();
            field.setInstr(" PAGE ");
            field.addNewR().addNewT().setStringValue("3");
            pageNumber.createRun().setText(" —");
            XWPFTable table = doc.createTable(1, 2);
            XWPFRun cell = table.getRow(0).getCell(0).getParagraphs().get(0).createRun();
            cell.setText("（三）");
            cell.addBreak();
            cell.setText("不予公开");
            table.getRow(0).getCell(1).setText("3");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            List<Block> blocks = blocks(out.toByteArray());
            assertEquals("南充市高坪区人民政府办公室", blocks.get(0).text());
            assertEquals("2020年1月30日", blocks.get(1).text());
            assertEquals("— —", blocks.get(2).text(), "a page-number field's result is not text");
            assertEquals(new Block(List.of("（三）不予公开", "3"), true), blocks.get(3));
        }
    }

    @Test
    void theCorePropertiesTitleIsAFallbackProperty() throws IOException, ReportReadException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("一、总体情况");
            doc.getProperties().getCoreProperties().setTitle("某县2020年政府信息公开工作年度报告");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            ExtractedDocument d = DocxExtractor.extract("t.docx", out.toByteArray());
            assertEquals("某县2020年政府信息公开工作年度报告", d.properties().get(ExtractedDocument.TITLE));
            assertEquals(List.of(Block.paragraph("一、总体情况")), d.blocks());
        }
    }

    @Test
    void picturesAsWideAsATableAreNamedWhenNoEngineReadsThem() throws Exception {
        // core's tests have no OCR engine on the class path: the pictures are not read, and the report says so
        ExtractedDocument doc = DocxExtractor.extract("pictures.docx", Files.readAllBytes(PICTURES),
                io.github.ogireport.model.Limits.DEFAULT, io.github.ogireport.model.OcrMode.AUTO);
        List<io.github.ogireport.model.Warning> pictures = doc.warnings().stream()
                .filter(w -> "pictures".equals(w.where())).toList();
        assertEquals(1, pictures.size(), doc.warnings()::toString);
        assertEquals(io.github.ogireport.model.WarningCode.NO_TEXT_LAYER, pictures.get(0).code());
        assertTrue(pictures.get(0).message().startsWith("2 pictures as wide as a table were not read"),
                pictures.get(0).message());
        // the typed first page is read as it is: its last table row, then nothing of the pictures
        assertEquals(List.of("行政事业性收费", "9", "-2"), doc.blocks().get(doc.blocks().size() - 1).cells());

        ExtractedDocument off = DocxExtractor.extract("pictures.docx", Files.readAllBytes(PICTURES),
                io.github.ogireport.model.Limits.DEFAULT, io.github.ogireport.model.OcrMode.OFF);
        assertTrue(off.warnings().stream().anyMatch(w -> w.message().contains("OCR is switched off")),
                off.warnings()::toString);
    }

    @Test
    void aDocumentWithoutPicturesHasNoPictureWarning() throws Exception {
        ExtractedDocument doc = DocxExtractor.extract("wps.docx", Files.readAllBytes(WPS));
        assertTrue(doc.warnings().stream().noneMatch(w -> "pictures".equals(w.where())), doc.warnings()::toString);
    }
}
