package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.TestData;
import io.github.ogireport.model.Format;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The .doc reader against the .docx reader: the same document saved both ways gives the same blocks. */
class DocExtractorTest {
    @Test
    void aDocAndItsDocxGiveTheSameBlocks() throws Exception {
        for (String name : List.of("gaoping2019", "qingshan2022")) {
            Path dir = TestData.WORD;
            ExtractedDocument doc = DocExtractor.extract(name, Files.readAllBytes(dir.resolve(name + "-doc.doc")));
            ExtractedDocument docx = DocxExtractor.extract(name, Files.readAllBytes(dir.resolve(name + "-docx.docx")));
            assertEquals(Format.DOC, doc.format());
            assertEquals(docx.blocks(), doc.blocks(), name);
        }
    }

    @Test
    void headersAndFootersAreNotTheMainText() throws Exception {
        ExtractedDocument doc = DocExtractor.extract("g.doc",
                Files.readAllBytes(TestData.of("word/gaoping2019-doc.doc")));
        for (Block b : doc.blocks()) {
            assertFalse(b.text().contains("高坪区政务公开"), "the page header: " + b);
            assertFalse(b.text().matches("—\\s*\\d*\\s*—"), "the footer's page number: " + b);
        }
        assertEquals("高坪区人民政府办公室2019年政府信息公开工作年度报告", doc.properties().get(ExtractedDocument.TITLE));
    }
}
