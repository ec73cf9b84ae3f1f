package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ocr.ScanMaker;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bench --formats ocr}: testdata's typeset PDFs whose values were checked by hand, scanned clean (200 dpi) and
 * degraded (150 dpi, turned 0.8°, specks, JPEG) by {@link ScanMaker}, each set read by {@code batch} in a fresh JVM
 * with one worker and then two: seconds per page read by OCR, JVM start included. How many of the values read are
 * right is {@code OcrBench}'s to say (ocr module test code: it compares them with the hand-checked files).
 */
final class OcrScanBench {
    /** The PDFs of {@code testdata/pdf} that are scanned. */
    static final List<String> SOURCES = ScanMaker.TESTDATA;
    private static final Map<String, ScanMaker> SCANS = Map.of("clean", ScanMaker.CLEAN, "degraded",
            ScanMaker.DEGRADED);

    /** A batch run in a fresh JVM: its exit code. */
    @FunctionalInterface
    interface Batch {
        int run(Path in, Path out, int threads) throws IOException, InterruptedException;
    }

    private OcrScanBench() {
    }

    /** Makes the scans where missing under {@code dir/archive}, runs them, and gives the table's lines. */
    static List<String> run(Path testdata, Path dir, Batch batch) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-9s %6s %6s %8s %8s %8s %18s %5s", "scans", "files", "pages", "threads", "seconds",
                "s/page", "s/page of a thread", "exit"));
        for (String variant : List.of("clean", "degraded")) {
            Path in = dir.resolve("archive").resolve("ocr-" + variant);
            if (!Files.isDirectory(in)) {
                scan(testdata, in, SCANS.get(variant));
            }
            for (int threads : List.of(1, 2)) {
                Path out = dir.resolve("out").resolve("ocr-" + variant + "-" + threads);
                long start = System.nanoTime();
                int exit = batch.run(in, out, threads);
                double seconds = (System.nanoTime() - start) / 1e9;
                int[] counts = recognised(out.resolve(OutputFolder.REPORTS));
                if (counts[1] == 0) {
                    lines.add(String.format("%-9s %6d no page was read by OCR: is Tesseract installed? (%s)", variant,
                            counts[0], "apt-get install -y tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng "
                                    + "libtesseract-dev"));
                    continue;
                }
                lines.add(String.format("%-9s %6d %6d %8d %8.1f %8.2f %18.2f %5d", variant, counts[0], counts[1],
                        threads, seconds, seconds / counts[1], seconds * threads / counts[1], exit));
            }
        }
        lines.add("scans of testdata/pdf's " + String.join(", ", SOURCES) + ": clean 200 dpi; degraded 150 dpi, "
                + "0.8°, specks, JPEG 60 %; read with --ocr auto, JVM start included");
        return lines;
    }

    /** Writes the scan of each source into {@code in}, whole or not at all. */
    private static void scan(Path testdata, Path in, ScanMaker maker) throws IOException {
        Path part = Files.createDirectories(in.resolveSibling(in.getFileName() + ".part"));
        for (String name : SOURCES) {
            Path pdf = testdata.resolve("pdf").resolve(name + ".pdf");
            if (!Files.isRegularFile(pdf)) {
                throw new IOException("no " + pdf + " to scan (--testdata names the folder)");
            }
            Files.write(part.resolve(name + ".pdf"), maker.scan(Files.readAllBytes(pdf)));
        }
        Files.move(part, in);
    }

    /** The reports of a run and the pages they had read by OCR. */
    private static int[] recognised(Path reports) throws IOException {
        int[] counts = new int[2];
        if (!Files.exists(reports)) {
            return counts;
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(reports)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode pages = json.readTree(line).path("source").path("pagesRecognised");
                counts[0]++;
                counts[1] += pages.size();
            }
        }
        return counts;
    }
}
