package io.github.ogireport.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quiet by default: {@code parse} and {@code batch} of a PDF, a .docx and a .doc print nothing on stderr but their
 * own progress and summary, and with {@code --verbose} the warnings of POI and PDFBox come through. Each run is a
 * JVM of its own: the libraries bind their logging once per JVM, at their first use, with none of the test JVM's
 * system properties.
 */
class LibraryLoggingTest {
    /** Files whose reading makes the libraries warn: POI on this .doc's header, PDFBox on a cut PDF. */
    private static final Path DOC = Path.of("testdata/word/gaoping2019-doc.doc");
    private static final Path DOCX = Path.of("testdata/word/gaoping2019-docx.docx");
    private static final Path PDF = Path.of("testdata/pdf/chromium-cms-page-gaoping-2019.pdf");
    /** Batch's own lines on stderr: the progress bar and the summary. */
    private static final Pattern BATCH_OWN = Pattern.compile("\\[[# ]+] \\d+/\\d+ .*|\\d+ files? in .*");

    @TempDir
    static Path inputs;

    /** The PDF cut to nine tenths: PDFBox reads it, warning about names and fonts it cannot find. */
    private static Path cutPdf;

    @BeforeAll
    static void files() throws IOException {
        for (Path p : List.of(DOC, DOCX, PDF)) {
            Files.copy(p, inputs.resolve(p.getFileName()));
        }
        byte[] pdf = Files.readAllBytes(PDF);
        cutPdf = inputs.resolve("cut.pdf");
        Files.write(cutPdf, Arrays.copyOf(pdf, pdf.length * 9 / 10));
    }

    @Test
    void parsePrintsNothingOnStderr() throws Exception {
        List<Path> files = List.of(DOC, DOCX, PDF); // the cut PDF: in the batch below
        List<Run> runs = new ArrayList<>();
        for (Path f : files) {
            runs.add(Run.start("parse", f.toString(), "--compact"));
        }
        for (int i = 0; i < files.size(); i++) {
            Run r = runs.get(i).await();
            assertEquals(Main.EXIT_OK, r.exit, files.get(i) + ": " + r.err);
            assertEquals("", r.err, files.get(i).toString());
            assertTrue(r.out.startsWith("{\"contract\":2,\"file\":"), files.get(i) + ": the report on stdout");
        }
    }

    @Test
    void batchPrintsOnlyItsProgressAndSummary(@TempDir Path out) throws Exception {
        Run r = Run.start("batch", inputs.toString(), "--out", out.toString()).await();
        assertEquals(Main.EXIT_OK, r.exit, r.err);
        List<String> lines = r.err.lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("4 files in "), r.err);
        for (String line : lines) {
            assertTrue(BATCH_OWN.matcher(line).matches(), line);
        }
    }

    @Test
    void verboseLetsTheLibrariesWarningsThrough(@TempDir Path out) throws Exception {
        Run r = Run.start("batch", inputs.toString(), "--out", out.toString(), "--verbose").await();
        assertEquals(Main.EXIT_OK, r.exit, r.err);
        // POI (through the Log4j API) on the .doc, PDFBox (through commons-logging) on the cut PDF
        assertTrue(r.err.contains("WARN FileInformationBlock "), r.err);
        assertTrue(r.err.contains("WARN PDFStreamEngine ") || r.err.contains("WARN BaseParser "), r.err);
        assertTrue(r.err.lines().anyMatch(l -> l.startsWith("4 files in ")), r.err);

        Run parse = Run.start("parse", DOC.toString(), "--verbose").await();
        assertTrue(parse.err.startsWith("WARN FileInformationBlock "), parse.err);
    }

    /** A run of the command line in a JVM of its own, its output read as it comes. */
    private static final class Run {
        private final Process process;
        private final CompletableFuture<String> stdout;
        private final CompletableFuture<String> stderr;
        int exit;
        String out;
        String err;

        private Run(Process process) {
            this.process = process;
            this.stdout = read(process.getInputStream());
            this.stderr = read(process.getErrorStream());
        }

        static Run start(String... args) throws IOException {
            return new Run(ChildJvm.main(args));
        }

        Run await() throws Exception {
            assertTrue(process.waitFor(240, TimeUnit.SECONDS), "the run ends");
            exit = process.exitValue();
            out = stdout.get();
            err = stderr.get();
            return this;
        }

        private static CompletableFuture<String> read(InputStream in) {
            return CompletableFuture.supplyAsync(() -> {
                try (in) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> new Thread(task, "child-output").start()); // a thread each: the reads block until the end
        }
    }
}
