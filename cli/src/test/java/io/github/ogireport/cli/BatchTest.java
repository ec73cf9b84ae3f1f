package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch runs at the scale of archives: zips, manifests, shards, resume after a kill, time limits, summary. */
class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path corpus;

    /** A small mixed archive: text seeds in a folder with a Chinese name, HTML pages in a zip, one broken file. */
    @BeforeAll
    static void makeCorpus() throws IOException {
        Path texts = Files.createDirectories(corpus.resolve("文本").resolve("2020"));
        try (Stream<Path> seeds = Files.list(TestData.SEEDS)) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, texts.resolve("年报-" + p.getFileName()));
            }
        }
        try (OutputStream out = Files.newOutputStream(corpus.resolve("网页.zip"));
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
             Stream<Path> pages = Files.list(TestData.HTML)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                zip.putNextEntry(new ZipEntry("pages/" + p.getFileName()));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
        }
        Files.write(corpus.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2});
    }

    private static String lastErr = "";

    private static int batch(String... args) {
        PrintStream err = System.err;
        try {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            lastErr = captured.toString(StandardCharsets.UTF_8);
            return status;
        } finally {
            System.setErr(err);
        }
    }

    private static List<JsonNode> records(Path out) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            list.add(JSON.readTree(line));
        }
        return list;
    }

    @Test
    void everyInputIsRecordedOnceIncludingZipMembersAndFailures(@TempDir Path out) throws IOException {
        assertEquals(3, batch("batch", corpus.toString(), "--out", out.toString(), "--threads", "2"));
        List<JsonNode> records = records(out);
        assertEquals(5 + 12 + 1, records.size());
        Set<String> files = new HashSet<>();
        records.forEach(r -> files.add(r.get("file").asText()));
        assertEquals(records.size(), files.size(), "no input twice");
        assertTrue(files.contains(corpus.resolve("网页.zip") + "!/pages/cms-trs-gaoping-2019.html"));
        assertTrue(files.contains(corpus.resolve("文本").resolve("2020").resolve("年报-004_11b7131e39966bf3.txt").toString()));
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(18, summary.get("reports").asInt());
        assertEquals(1, summary.get("byStatus").get("FAILED").asInt());
        assertEquals(2 + 1 + 3, summary.get("byStatus").get("PARTIAL").asInt(), "two HTML pages and seed 004, and "
                + "seed 001 and its two HTML copies, whose 采购总金额 799100 names no unit");
        assertEquals(3, summary.get("warningsByCode").get("AMOUNT_UNIT_UNKNOWN").asInt());
        assertEquals(12, summary.get("byFormat").get("HTML").asInt());
        assertEquals(1, summary.get("warningsByCode").get("NOT_A_REPORT").asInt());
        assertEquals(19, Files.readAllLines(out.resolve("cells.csv")).size());
    }

    @Test
    void aResumedRunAfterAKillGivesTheSameOutputsAsAnUninterruptedOne(@TempDir Path whole, @TempDir Path killed)
            throws IOException {
        batch("batch", corpus.toString(), "--out", whole.toString());
        byte[] jsonl = Files.readAllBytes(whole.resolve("reports.jsonl"));
        byte[] csv = Files.readAllBytes(whole.resolve("cells.csv"));
        // the state a kill -9 leaves: records are written CSV first, then JSON Lines, each flushed; cut both
        // files inside a record, at several places
        // including cuts inside a multi-byte character
        int inCharacter = new String(jsonl, StandardCharsets.UTF_8).indexOf("年报") ;
        inCharacter = new String(jsonl, StandardCharsets.UTF_8).substring(0, inCharacter).getBytes(StandardCharsets.UTF_8).length + 1;
        for (int cut : new int[] {1, inCharacter, jsonl.length / 3, jsonl.length / 2 + 7, jsonl.length - 2}) {
            int records = count(jsonl, cut);
            long csvCut = OutputFolder.endOfRecord(whole.resolve("cells.csv"), records + 2) - 5;
            Files.write(killed.resolve("reports.jsonl"), java.util.Arrays.copyOf(jsonl, cut));
            Files.write(killed.resolve("cells.csv"), java.util.Arrays.copyOf(csv, (int) csvCut));
            assertEquals(3, batch("batch", corpus.toString(), "--out", killed.toString()), "resumed run: " + lastErr);
            assertArrayEquals(jsonl, Files.readAllBytes(killed.resolve("reports.jsonl")), "jsonl after a cut at " + cut);
            assertArrayEquals(csv, Files.readAllBytes(killed.resolve("cells.csv")), "csv after a cut at " + cut);
        }
    }

    private static int count(byte[] bytes, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Test
    void aRerunKeepsWhatIsRecordedAndReplacesTheRecordOfAChangedFile(@TempDir Path in, @TempDir Path out)
            throws IOException {
        Files.copy(TestData.seed(0), in.resolve("a.txt"));
        Files.copy(TestData.seed(2), in.resolve("b.txt"));
        batch("batch", in.toString(), "--out", out.toString());
        String before = records(out).get(1).path("source").path("sha256").asText();
        Files.writeString(in.resolve("b.txt"), "\n", java.nio.file.StandardOpenOption.APPEND);
        batch("batch", in.toString(), "--out", out.toString());
        List<JsonNode> records = records(out);
        assertEquals(2, records.size(), "one record per input: b.txt's is replaced, in its place");
        assertEquals(in.resolve("b.txt").toString(), records.get(1).get("file").asText());
        assertEquals(io.github.ogireport.ReportParser.sha256(Files.readAllBytes(in.resolve("b.txt"))), records.get(1).path("source").path("sha256").asText());
        assertTrue(!before.equals(records.get(1).path("source").path("sha256").asText()));
        assertEquals(3, Files.readAllLines(out.resolve("cells.csv")).size(), "the header and one row per input");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("thisRun").get("skippedAlreadyRecorded").asInt());
        assertEquals(1, summary.get("thisRun").get("parsed").asInt());
        assertEquals(1, summary.get("thisRun").get("replacedChanged").asInt());
        assertEquals(2, summary.get("reports").asInt(), "the folder's records, counted once");
    }


    @Test
    void shardsTogetherAreTheWholeAndNeverOverlap(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        Set<String> all = new HashSet<>();
        int total = 0;
        for (int k = 1; k <= 3; k++) {
            Path out = List.of(a, b, c).get(k - 1);
            batch("batch", corpus.toString(), "--out", out.toString(), "--shard", k + "/3");
            for (JsonNode r : records(out)) {
                all.add(r.get("file").asText());
                total++;
            }
        }
        assertEquals(18, total);
        assertEquals(18, all.size());
    }

    @Test
    void aManifestListsTheInputs(@TempDir Path out) throws IOException {
        Path list = Files.writeString(corpus.resolve("list.txt"), "# inputs\n" + corpus.resolve("broken.pdf") + "\n\n"
                + TestData.seed(3).toAbsolutePath() + "\n");
        try {
            assertEquals(3, batch("batch", "--from-list", list.toString(), "--out", out.toString()));
            assertEquals(2, records(out).size());
        } finally {
            Files.delete(list);
        }
    }

    @Test
    void aFileOverItsTimeLimitFailsAndTheRunGoesOn(@TempDir Path in, @TempDir Path out) throws IOException {
        String seed = Files.readString(TestData.seed(1));
        Files.writeString(in.resolve("huge.txt"), seed.repeat(1500));
        Files.copy(TestData.seed(2), in.resolve("small.txt"));
        // many lines: past the block limit it would fail as too large before its time runs out
        assertEquals(3, batch("batch", in.toString(), "--out", out.toString(), "--timeout", "0.3", "--threads", "1",
                "--max-blocks", "10000000"));
        List<JsonNode> records = records(out);
        assertEquals(2, records.size());
        assertEquals("TIMED_OUT", records.get(0).get("error").get("type").asText());
        assertTrue(records.get(0).get("error").get("message").asText().contains("huge.txt"));
        assertEquals("OK", records.get(1).get("status").asText());
    }

    @Test
    void aFileOverItsSizeLimitFails(@TempDir Path in, @TempDir Path out) throws IOException {
        Files.copy(TestData.seed(2), in.resolve("a.txt"));
        batch("batch", in.toString(), "--out", out.toString(), "--max-bytes", "1000");
        JsonNode r = records(out).get(0);
        assertEquals("TOO_LARGE", r.get("error").get("type").asText());
    }

    @Test
    void excelBomAndXlsx(@TempDir Path out) throws IOException {
        batch("batch", TestData.SEEDS.toString(), "--out", out.toString(), "--excel", "--xlsx");
        byte[] csv = Files.readAllBytes(out.resolve("cells.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("cells.xlsx").toFile())) {
            var sheet = book.getSheetAt(0);
            assertEquals(6, sheet.getPhysicalNumberOfRows());
            assertEquals("file", sheet.getRow(0).getCell(0).getStringCellValue());
            int col = List.of(Files.readAllLines(out.resolve("cells.csv")).get(0).replace("\uFEFF", "").split(","))
                    .indexOf("active.otherServices.decisions");
            double decisions = -1;
            for (int r = 1; r < 6; r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().endsWith("004_11b7131e39966bf3.txt")) {
                    decisions = sheet.getRow(r).getCell(col).getNumericCellValue();
                }
            }
            assertEquals(186, decisions);
            int sha = List.of(Files.readAllLines(out.resolve("cells.csv")).get(0).replace("\uFEFF", "").split(","))
                    .indexOf("sha256");
            assertEquals(64, sheet.getRow(1).getCell(sha).getStringCellValue().length(), "a hash is text");
            var codebook = book.getSheet("codebook");
            assertEquals(1, book.getSheetIndex(codebook), "the codebook is the second sheet");
            assertEquals("column", codebook.getRow(0).getCell(0).getStringCellValue());
            assertEquals("active.otherServices.decisions", codebook.getRow(1 + col).getCell(0).getStringCellValue());
            assertEquals("件", codebook.getRow(1 + col).getCell(4).getStringCellValue());
            byte[] book2 = Files.readAllBytes(out.resolve("codebook.csv"));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(book2, 3),
                    "--excel: the codebook too starts with a byte order mark");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
