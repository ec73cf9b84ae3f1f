package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.TestData;
import io.github.ogireport.ocr.TesseractProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A scanned report in a batch, through the runnable jar's own path (the OCR module found by ServiceLoader): its pages
 * counted as OCR work on stderr and listed in {@code source.pagesRecognised}, and {@code --ocr off} leaving it
 * unread. Needs Tesseract: fails without it when {@code CI=true}, else is skipped with a notice.
 */
class ScannedBatchTest {
    private static final Path SCAN = TestData.of("pdf/image-only.pdf");
    private static final Path TEXT = TestData.seed(2);

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        String missing = new TesseractProvider().missing();
        if (missing != null && "true".equals(System.getenv("CI"))) {
            fail("OCR tests need Tesseract on CI: " + missing);
        }
        if (missing != null) {
            System.out.println("NOTICE: ScannedBatchTest skipped, the engine is missing: " + missing);
        }
        assumeTrue(missing == null, missing);
    }

    @Test
    void scannedPagesAreCountedAndListed() throws IOException {
        Path in = inputs();
        CommandRun run = CommandRun.of("batch", in.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.EXIT_OK, run.exit(), run.err());
        assertTrue(run.err().contains("; 3 pages read by OCR"), run.err());
        Map<String, JsonNode> records = records(dir.resolve("out"));
        assertEquals(List.of(1, 2, 3), pages(records.get("image-only.pdf").path("source").path("pagesRecognised")));
        assertEquals("PARTIAL", records.get("image-only.pdf").path("status").asText());
        // a text file has no pages at all
        assertTrue(records.get("002.txt").path("source").path("pagesRecognised").isMissingNode());
    }

    @Test
    void ocrOffLeavesTheScanUnread() throws IOException {
        Path in = inputs();
        CommandRun run = CommandRun.of("batch", in.toString(), "--out", dir.resolve("off").toString(), "--ocr", "off");
        assertEquals(Main.EXIT_SOME_FAILED, run.exit(), run.err());
        assertFalse(run.err().contains("read by OCR"), run.err());
        JsonNode scan = records(dir.resolve("off")).get("image-only.pdf");
        assertEquals("FAILED", scan.path("status").asText());
        assertEquals("NO_TEXT", scan.path("error").path("type").asText());
        assertTrue(scan.path("error").path("message").asText().contains("--ocr off"), scan.toString());
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SCAN, in.resolve("image-only.pdf"));
        Files.copy(TEXT, in.resolve("002.txt"));
        return in;
    }

    private static Map<String, JsonNode> records(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byName = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"))) {
            JsonNode r = json.readTree(line);
            byName.put(Path.of(r.path("file").asText()).getFileName().toString(), r);
        }
        return byName;
    }

    private static List<Integer> pages(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asInt).toList();
    }
}
