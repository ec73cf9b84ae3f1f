package io.github.ogireport.ocr;

import io.github.ogireport.extract.ocr.OcrEngine;
import io.github.ogireport.extract.ocr.OcrWord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine itself, on a page of a testdata PDF rendered as a scan would be. Needs Tesseract (as ScannedReportTest). */
class TesseractEngineTest {
    @BeforeAll
    static void engine() {
        EngineRequired.orSkip();
    }

    @Test
    void openMpIsKeptToOneThreadUnlessTheUserSaysOtherwise() {
        // each worker has its own engine: OpenMP threads of their own, waiting busily, took the others' cores (the
        // scanned files of testdata: 27 s in a batch on two cores, 9 s with one OpenMP thread per engine)
        new TesseractProvider();
        String limit = TesseractProvider.Environment.C.getenv("OMP_THREAD_LIMIT");
        assertEquals(System.getenv("OMP_THREAD_LIMIT") == null ? "1" : System.getenv("OMP_THREAD_LIMIT"), limit);
    }

    @Test
    void theCharactersOfALineShareItsTopAndBottom() throws Exception {
        // the Chinese model's own box of a character is sometimes twice the line's height or a speck at its top
        // (及 over two lines, 理 as 2 × 2 pixels on the degraded scan of lo-html-2019), and lines rebuilt from such
        // boxes put the character on a line of its own: 理(六)其他处. Each character takes its text line's extent.
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(ScanCorpus.source("lo-html-2019").pdf()))) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
        }
        OcrEngine engine = new TesseractProvider().open();
        List<OcrWord> words = engine.read(page, System.nanoTime() + 60_000_000_000L);
        assertTrue(words.size() > 200, () -> words.size() + " characters");
        int lines = 1;
        for (int i = 1; i < words.size(); i++) {
            OcrWord a = words.get(i - 1);
            OcrWord b = words.get(i);
            boolean sameLine = b.top() < a.bottom() && a.top() < b.bottom() && b.x0() >= a.x0();
            if (sameLine) {
                assertEquals(a.top(), b.top(), () -> a + " " + b);
                assertEquals(a.bottom(), b.bottom(), () -> a + " " + b);
            } else {
                lines++;
            }
        }
        assertTrue(lines > 10, lines + " lines");
    }
}
