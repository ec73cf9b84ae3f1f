package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code bench} case of inputs whose work grows with the length of a line: a page of a megabyte on one line
 * (a report with its line breaks lost, repeated) and the XML of a Word document read as text (one line of 200 KB
 * with hundreds of glued runs). Before the label search was made linear they took 4 and 11 seconds; each is parsed
 * here in this JVM, its first parse and its fastest of three.
 */
final class LongLineBench {
    private LongLineBench() {
    }

    /** The table's lines. */
    static List<String> run(Path testdata) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-38s %10s %12s %12s %14s", "long line", "bytes", "first (s)", "fastest (s)", "status"));
        String seed = Files.readString(testdata.resolve("seeds/002_4aa25779e377b147.txt"), StandardCharsets.UTF_8)
                .replaceAll("\\R", "");
        String page = seed.repeat(1 + 1_000_000 / seed.getBytes(StandardCharsets.UTF_8).length);
        lines.add(time("a report on one line, repeated to 1 MB", page.getBytes(StandardCharsets.UTF_8)));
        lines.add(time("Word document.xml read as text", documentXml(testdata.resolve("word/gaoping2019-docx.docx"))));
        return lines;
    }

    private static byte[] documentXml(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile());
             InputStream in = zip.getInputStream(new ZipEntry("word/document.xml"))) {
            return in.readAllBytes();
        }
    }

    private static String time(String what, byte[] bytes) {
        ReportParser parser = new ReportParser();
        double first = 0;
        double fastest = Double.MAX_VALUE;
        AnnualReport report = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            report = parser.parseOrFailed(bytes, what + ".txt");
            double seconds = (System.nanoTime() - start) / 1e9;
            first = i == 0 ? seconds : first;
            fastest = Math.min(fastest, seconds);
        }
        return String.format("%-38s %10d %12.3f %12.3f %14s", what, bytes.length, first, fastest, report.status());
    }
}
