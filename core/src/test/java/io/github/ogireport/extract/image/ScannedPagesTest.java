package io.github.ogireport.extract.image;

import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The library without the OCR module (its own tests run without it): a scan stays NO_TEXT, and the message says
 * what to install; with OCR switched off it says so.
 */
class ScannedPagesTest {
    private static final Path SCAN = TestData.of("pdf/image-only.pdf");

    @Test
    void withoutTheEngineAScanSaysWhatToInstall() {
        assumeTrue(OcrEngines.missing() != null, "an OCR engine is on the class path");
        ReportReadException e = assertThrows(ReportReadException.class, () -> new ReportParser().parse(SCAN));
        assertEquals(ErrorType.NO_TEXT, e.category());
        assertTrue(e.getMessage().contains("apt-get install -y tesseract-ocr tesseract-ocr-chi-sim")
                && e.getMessage().contains("ogi-annual-report-ocr"), e.getMessage());
    }

    @Test
    void ocrOffSaysSo() {
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> ReportParser.builder().ocr(OcrMode.OFF).build().parse(SCAN));
        assertTrue(e.getMessage().contains("--ocr off"), e.getMessage());
    }

    @Test
    void aScanTooCoarseToReadIsNotRead() {
        // two pages drawn as 60 dpi pictures (testdata/bad/README.md): whatever the engine, they are not read
        ReportReadException e = assertThrows(ReportReadException.class,
                () -> new ReportParser().parse(TestData.BAD.resolve("image-only.pdf")));
        assertEquals(ErrorType.NO_TEXT, e.category());
        assertTrue(e.getMessage().contains("scanned at about 60 dpi, too coarse for OCR (100 dpi at least)"),
                e.getMessage());
    }
}
