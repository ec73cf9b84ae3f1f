package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OCR mode of {@code bench} makes real scans of testdata's hand-checked PDFs and reads them with real batch runs.
 * Its times are the bench's to show, not a test's: here OCR is off, so the runs are quick and say that no page was
 * read.
 */
class OcrScanBenchTest {
    @TempDir
    Path tmp;

    @Test
    void scansTestdatasPdfsAndSaysWhenNoPageWasRead() throws Exception {
        List<String> lines = OcrScanBench.run(TestData.ROOT, tmp, (in, out, threads) -> Main.run("batch",
                in.toString(), "--out", out.toString(), "--quiet", "--overwrite", "--threads",
                Integer.toString(threads), "--ocr", "off"));

        for (String variant : List.of("clean", "degraded")) {
            Path scans = tmp.resolve("archive").resolve("ocr-" + variant);
            for (String name : OcrScanBench.SOURCES) {
                Path scan = scans.resolve(name + ".pdf");
                try (PDDocument d = Loader.loadPDF(scan.toFile());
                     PDDocument source = Loader.loadPDF(TestData.PDF.resolve(name + ".pdf").toFile())) {
                    assertEquals(source.getNumberOfPages(), d.getNumberOfPages(), scan::toString);
                    assertTrue(new PDFTextStripper().getText(d).isBlank(), "a scan has no text layer: " + scan);
                }
            }
            assertTrue(Files.exists(tmp.resolve("out").resolve("ocr-" + variant + "-2").resolve(OutputFolder.REPORTS)));
        }
        // two variants, run with one worker and with two: four lines after the header, none of them a time
        assertEquals(6, lines.size(), lines::toString);
        for (String line : lines.subList(1, 5)) {
            assertTrue(line.contains(" 4 no page was read by OCR: is Tesseract installed?"), line);
        }
    }
}
