package io.github.ogireport.extract.pdf;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: a benchmark to run by hand. Over the same PDFs in one JVM, it measures pages per second of plain
 * {@code PDFTextStripper.getText} and of the whole PDF path of this library (geometry, grid, model: a parsed
 * report), after a warm-up. Target: the whole path within 1.5 times the time of plain text extraction.
 *
 * <pre>
 * mvn -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) io.github.ogireport.extract.pdf.PdfBench [FOLDER...]
 * </pre>
 * Folders default to {@code testdata/pdf} (and {@code ../shared/realworld} when present); files that cannot be
 * opened without a password or have no text layer are left out.
 */
public final class PdfBench {
    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> folders = new ArrayList<>();
        for (String a : args.length > 0 ? args : new String[] {TestData.PDF.toString(), "../shared/realworld"}) {
            if (Files.isDirectory(Path.of(a))) {
                folders.add(Path.of(a));
            }
        }
        ReportParser parser = new ReportParser();
        List<byte[]> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int pages = 0;
        for (Path folder : folders) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                    try {
                        byte[] bytes = Files.readAllBytes(p);
                        parser.parse(p); // readable with a text layer?
                        try (PDDocument d = Loader.loadPDF(bytes)) {
                            pages += d.getNumberOfPages();
                        }
                        files.add(bytes);
                        names.add(p.toString());
                    } catch (ReportReadException e) {
                        System.out.println("left out: " + e.getMessage());
                    }
                }
            }
        }
        System.out.printf("%d files, %d pages%n", files.size(), pages);
        int rounds = 8;
        for (int warm = 0; warm < 3; warm++) {
            plain(files);
            whole(parser, files, names);
        }
        long plainNanos = 0;
        long wholeNanos = 0;
        for (int r = 0; r < rounds; r++) {
            // alternate the two so that neither profits from the order
            long t0 = System.nanoTime();
            plain(files);
            long t1 = System.nanoTime();
            whole(parser, files, names);
            long t2 = System.nanoTime();
            plainNanos += t1 - t0;
            wholeNanos += t2 - t1;
        }
        double plainRate = pages * (double) rounds / (plainNanos / 1e9);
        double wholeRate = pages * (double) rounds / (wholeNanos / 1e9);
        System.out.printf("PDFTextStripper.getText: %.1f pages/s (%.1f ms/page)%n", plainRate, 1000 / plainRate);
        System.out.printf("whole PDF path (PdfExtractor + grid + model): %.1f pages/s (%.1f ms/page)%n", wholeRate,
                1000 / wholeRate);
        System.out.printf("ratio: %.2f x the time of plain text extraction (target <= 1.5)%n",
                (double) wholeNanos / plainNanos);
    }

    private static void plain(List<byte[]> files) throws IOException {
        for (byte[] f : files) {
            try (PDDocument d = Loader.loadPDF(f)) {
                new PDFTextStripper().getText(d);
            }
        }
    }

    private static void whole(ReportParser parser, List<byte[]> files, List<String> names) throws Exception {
        for (int i = 0; i < files.size(); i++) {
            parser.parse(new java.io.ByteArrayInputStream(files.get(i)), names.get(i));
        }
    }
}
