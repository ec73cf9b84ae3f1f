package io.github.ogireport;

import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.WarningCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus: every file of {@code testdata/bad/}, and the large ones generated here, gives its documented
 * status, error type and message (README, "Hostile and broken input"), in bounded time, without an exception.
 */
class HostileCorpusTest {
    /**
     * A safety net, not a benchmark: most of these take well under a second, the 40 MB text about 15 s on a busy
     * two-core machine (linear work: it is tokenised and matched like any report). A pattern that backtracked
     * catastrophically on it would take hours.
     */
    private static final Duration BOUND = Duration.ofSeconds(120);
    /** The default limits, but time enough for 40 MB of text on a slow machine: the bound above is what is tested. */
    private static final Limits PATIENT = Limits.DEFAULT.withTimeout(Duration.ofMinutes(5));

    @TempDir
    static Path generated;

    /**
     * What a hostile file must give.
     *
     * @param file the file name
     * @param format the format told from its bytes, or null when it is not one this library reads
     * @param status its status
     * @param errorType the error type of a FAILED file, else null
     * @param words words the error message (or the NOT_A_REPORT warning) must hold besides the file name
     */
    record Case(String file, Format format, Status status, String errorType, String words) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> committed() {
        return List.of(
                new Case("empty.txt", null, Status.FAILED, "NO_TEXT", "the file is empty"),
                new Case("truncated.pdf", Format.PDF, Status.FAILED, "CORRUPT", "damaged"),
                new Case("user-password.pdf", Format.PDF, Status.FAILED, "ENCRYPTED", "password"),
                // 60 dpi: too coarse for OCR, engine or not
                new Case("image-only.pdf", Format.PDF, Status.FAILED, "NO_TEXT", "scanned at about 60 dpi, too coarse"),
                // read as the PDF it is, whatever its name says
                new Case("real-report-pdf-named.docx", Format.PDF, Status.OK, null, null),
                new Case("random-bytes.pdf", null, Status.FAILED, "UNSUPPORTED_FORMAT", "binary data"),
                new Case("random-bytes.docx", null, Status.FAILED, "UNSUPPORTED_FORMAT", "binary data"),
                new Case("random-bytes.html", null, Status.FAILED, "UNSUPPORTED_FORMAT", "binary data"),
                new Case("zip-bomb.docx", Format.DOCX, Status.FAILED, "TOO_LARGE", "zip-bomb"),
                new Case("xxe-local-file.docx", Format.DOCX, Status.OK, null, null),
                new Case("password-archive.zip", null, Status.FAILED, "ENCRYPTED", "needs a password"),
                new Case("truncated-archive.zip", null, Status.FAILED, "CORRUPT", "the zip archive is damaged"),
                new Case("libreoffice-report.odt", null, Status.FAILED, "UNSUPPORTED_FORMAT", "OpenDocument text"),
                new Case("utf16-report.txt", Format.TEXT, Status.OK, null, null),
                new Case("non-report-news-page.txt", Format.TEXT, Status.NOT_A_REPORT, null, "neither the title nor the sections"),
                new Case("pre-2019-report-2017.txt", Format.TEXT, Status.OK, null, null));
    }

    /** The large or deep files no repository should hold, written once for the whole class. */
    static List<Case> generatedCases() {
        return List.of(
                new Case("html-nested-200000-deep.html", Format.HTML, Status.NOT_A_REPORT, null, "neither the title nor the sections"),
                // the report's copies, each joined into one line: title and tables found, headings not at line starts
                new Case("text-40MB-long-lines.txt", Format.TEXT, Status.OK, null, null),
                new Case("text-40MB-repeated-report.txt", Format.TEXT, Status.FAILED, "TOO_LARGE", "200000 paragraphs, lines and table rows"),
                new Case("million-digits.txt", Format.TEXT, Status.NOT_A_REPORT, null, "neither the title nor the sections"),
                new Case("docx-nested-5000-deep.docx", Format.DOCX, Status.FAILED, "TOO_LARGE", "nests XML elements more than 512 deep"));
    }

    @BeforeAll
    static void generate() throws IOException {
        Files.write(generated.resolve("html-nested-200000-deep.html"), HostileFiles.deepHtml(200_000));
        Files.write(generated.resolve("text-40MB-long-lines.txt"), HostileFiles.longText(40 << 20));
        Files.write(generated.resolve("text-40MB-repeated-report.txt"), HostileFiles.repeatedReport(40 << 20));
        Files.write(generated.resolve("million-digits.txt"), HostileFiles.digits(1_000_000));
        Files.write(generated.resolve("docx-nested-5000-deep.docx"), HostileFiles.deepDocx(5000));
    }

    private static Path path(Case c) {
        Path committed = HostileFiles.BAD.resolve(c.file());
        return Files.exists(committed) ? committed : generated.resolve(c.file());
    }

    static Stream<Case> allCases() {
        return Stream.concat(committed().stream(), generatedCases().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void eachHostileFileGivesItsDocumentedResult(Case c) {
        Path file = path(c);
        AnnualReport r = assertTimeoutPreemptively(BOUND, () -> ReportParser.builder()
                .limits(PATIENT).build().parseOrFailed(file));
        assertEquals(c.status(), r.status(), () -> file + ": " + r.error() + " " + r.warnings().subList(0,
                Math.min(5, r.warnings().size())));
        assertEquals(c.format(), r.format(), "a failure keeps the format its bytes showed");
        if (c.errorType() != null) {
            assertEquals(c.errorType(), r.error().type().name(), r.error().message());
            assertTrue(r.error().message().contains(file.toString()), "the message names the file: " + r.error().message());
            assertTrue(r.error().message().contains(c.words()), "the message says why: " + r.error().message());
        } else {
            assertNull(r.error(), () -> String.valueOf(r.error()));
        }
        if (c.status() == Status.NOT_A_REPORT) {
            assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.NOT_A_REPORT
                    && w.message().contains(c.words())), r.warnings().toString());
        }
    }

    @Test
    void everyCommittedFileHasACase() throws IOException {
        Set<String> cased = committed().stream().map(Case::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(HostileFiles.BAD)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(cased), present);
        }
    }

    @Test
    void theUtf16ReportReadsLikeItsUtf8Original() throws ReportReadException {
        ReportParser parser = new ReportParser();
        AnnualReport utf16 = parser.parse(HostileFiles.BAD.resolve("utf16-report.txt"));
        AnnualReport utf8 = parser.parse(HostileFiles.SEED_002);
        assertEquals("UTF-16LE", utf16.source().charset());
        assertEquals(values(utf8.cells()), values(utf16.cells()));
        assertEquals(utf8.agency(), utf16.agency());
        assertEquals(198, utf16.cells().size());
    }

    private static Map<String, Object> values(Map<String, CellValue> cells) {
        return cells.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.valueOf(e.getValue().value())));
    }

    @Test
    void theDocxWithAnExternalEntityReadsAsItsOriginalAndLeaksNothing() throws ReportReadException, IOException {
        ReportParser parser = new ReportParser();
        AnnualReport xxe = parser.parse(HostileFiles.BAD.resolve("xxe-local-file.docx"));
        AnnualReport original = parser.parse(HostileFiles.REPORT_DOCX);
        assertEquals(values(original.cells()), values(xxe.cells()));
        assertEquals(original.title(), xxe.title());
        String json = ReportJson.toLine(xxe);
        assertFalse(json.contains("root:"), "no line of /etc/passwd in the output");
    }

    @Test
    void anExternalEntityPointingAtALocalSecretIsNeverResolved(@TempDir Path dir) throws IOException {
        String marker = "SECRET-MARKER-" + System.nanoTime();
        Path secret = Files.writeString(dir.resolve("secret.txt"), marker);
        byte[] docx = HostileFiles.withExternalEntity(Files.readAllBytes(HostileFiles.REPORT_DOCX),
                secret.toUri().toString());
        Path file = Files.write(dir.resolve("xxe.docx"), docx);
        AnnualReport r = assertTimeoutPreemptively(BOUND, () -> new ReportParser().parseOrFailed(file));
        assertEquals(Status.OK, r.status(), () -> String.valueOf(r.error()));
        assertFalse(ReportJson.toLine(r).contains(marker), "the secret never reaches the output");
        assertFalse(ReportJson.toPrettyJson(r).contains(marker));
    }

    @Test
    void aPre2019ReportIsAReportOfItsOwnTemplate() throws ReportReadException {
        AnnualReport r = new ReportParser().parse(HostileFiles.BAD.resolve("pre-2019-report-2017.txt"));
        assertEquals(TemplateVersion.PRE_2019, r.template());
        assertEquals(2017, r.year());
        assertEquals("示范县人民政府办公室", r.agency());
        assertEquals(8, r.sections().size());
        assertTrue(r.cells().isEmpty(), "no national grid before 2019");
    }

    @Test
    void aPageNested200000DeepKeepsItsText() {
        AnnualReport r = assertTimeoutPreemptively(BOUND, () -> new ReportParser().parseOrFailed(
                HostileFiles.deepHtml(200_000), "deep.html"));
        assertEquals(Format.HTML, r.format());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.LIMIT_REACHED
                && w.message().contains("nests elements 512 deep")), r.warnings().toString());
    }

    @Test
    void generatedFilesAreNotCommitted() {
        for (Case c : generatedCases()) {
            assertFalse(Files.exists(HostileFiles.BAD.resolve(c.file())), c.file());
        }
        assertEquals(List.of(), generatedCases().stream().map(Case::file)
                .filter(n -> n.getBytes(StandardCharsets.UTF_8).length == 0).toList());
    }

    /**
     * The whole corpus, committed and generated, in one batch in a child JVM with a 512 MB heap: it ends in bounded
     * time and every file is in both outputs exactly once, whatever became of it.
     */
    @Test
    void aBatchOverTheWholeCorpusUnder512MbAccountsForEveryFile(@TempDir Path out) throws Exception {
        Set<String> inputs = new TreeSet<>();
        for (Path dir : List.of(HostileFiles.BAD, generated)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(p -> inputs.add(p.toString())); // README.md too: a batch takes every file
            }
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process batch = new ProcessBuilder(javaBin, "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "io.github.ogireport.cli.Main", "batch",
                HostileFiles.BAD.toString(), generated.toString(), "--out", out.toString(), "--quiet", "--threads", "2")
                .redirectErrorStream(true).redirectOutput(out.resolve("batch.log").toFile()).start();
        try {
            assertTrue(batch.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the batch ends in bounded time");
        } finally {
            batch.destroyForcibly();
        }
        assertEquals(3, batch.exitValue(), () -> "exit 3: some files FAILED; log: " + log(out));
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> recorded = new java.util.ArrayList<>();
        for (String line : lines) {
            com.fasterxml.jackson.databind.JsonNode r = json.readTree(line);
            recorded.add(r.get("file").asText());
            assertFalse(r.path("error").path("type").asText().equals("INTERNAL_ERROR"), line);
        }
        assertEquals(inputs, new TreeSet<>(recorded), "every file recorded");
        assertEquals(inputs.size(), recorded.size(), "and each once");
        List<String> csvFiles = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(out.resolve("cells.csv"), StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            parser.forEach(row -> csvFiles.add(row.get(0)));
        }
        assertEquals("file", csvFiles.remove(0), "the header row");
        assertEquals(recorded, csvFiles, "cells.csv has the same files in the same order");
    }

    private static String log(Path out) {
        try {
            return Files.readString(out.resolve("batch.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
