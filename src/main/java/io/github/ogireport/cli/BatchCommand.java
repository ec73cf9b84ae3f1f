package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.ReportReadException;
import io.github.ogireport.export.CellsCsv;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ReportError;
import io.github.ogireport.model.Status;
import io.github.ogireport.verify.ExpectedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code batch PATH... --out DIR}: every file under the paths to {@code reports.jsonl} and {@code cells.csv}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Convert every file under the paths (recursively) to DIR/reports.jsonl and DIR/cells.csv.")
final class BatchCommand implements Callable<Integer> {
    /** Hand-verified expected results beside reports (see {@code verify}): annotations, not reports. */
    private static final String EXPECTED_SUFFIX = ExpectedReport.FILE_SUFFIX;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @Option(names = "--quiet", description = "no progress or summary on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        int sidecars = 0;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("no such file or folder: " + p);
                return Main.EXIT_USAGE;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    if (f.getFileName().toString().endsWith(EXPECTED_SUFFIX)) {
                        sidecars++;
                    } else {
                        files.add(f);
                    }
                }
            }
        }
        if (sidecars > 0 && !quiet) {
            System.err.println("skipped " + sidecars + " expected-result files (*" + EXPECTED_SUFFIX + ")");
        }
        Files.createDirectories(out);
        ReportParser parser = new ReportParser();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Progress progress = new Progress(files.size(), quiet);
        try (BufferedWriter jsonl = Files.newBufferedWriter(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter csvOut = Files.newBufferedWriter(out.resolve("cells.csv"), StandardCharsets.UTF_8);
             CellsCsv csv = new CellsCsv(csvOut, true)) {
            for (Path file : files) {
                AnnualReport report = parseOne(parser, file);
                jsonl.write(ReportJson.toLine(report));
                jsonl.write('\n');
                csv.write(report);
                counts.merge(report.status(), 1, Integer::sum);
                progress.done(report);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.finish(counts, out);
        boolean allReports = counts.getOrDefault(Status.FAILED, 0) == 0
                && counts.getOrDefault(Status.NOT_A_REPORT, 0) == 0;
        return allReports ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    /** One file; a bug that escapes the parser becomes a FAILED record for that file, not the end of the run. */
    static AnnualReport parseOne(ReportParser parser, Path file) {
        try {
            return parser.parse(file);
        } catch (ReportReadException e) {
            return ReportParser.failed(e);
        } catch (RuntimeException | StackOverflowError e) {
            return AnnualReport.failed(file.toString(), null,
                    new ReportError("INTERNAL_ERROR", file + ": the parser failed on this file: " + e));
        }
    }

    /** Progress on stderr: a bar that redraws itself on a terminal, a line every few seconds otherwise. */
    private static final class Progress {
        private final int total;
        private final boolean quiet;
        private final boolean terminal = System.console() != null;
        private final long start = System.nanoTime();
        private long lastPrint = start;
        private int done;
        private int failed;

        Progress(int total, boolean quiet) {
            this.total = total;
            this.quiet = quiet;
        }

        void done(AnnualReport report) {
            done++;
            if (report.status() == Status.FAILED || report.status() == Status.NOT_A_REPORT) {
                failed++;
                if (!quiet) {
                    System.err.println((terminal ? "\r" : "") + report.status() + " " + report.file()
                            + (report.error() != null ? ": " + report.error().message() : ""));
                }
            }
            long now = System.nanoTime();
            if (!quiet && (terminal || now - lastPrint > 5_000_000_000L)) {
                lastPrint = now;
                double seconds = Math.max(1e-9, (now - start) / 1e9);
                double rate = done / seconds;
                long eta = Math.round((total - done) / Math.max(rate, 1e-9));
                int width = 30;
                int filled = total == 0 ? width : (int) ((long) width * done / total);
                String line = String.format("[%s%s] %d/%d  %.0f files/s  ETA %ds  failed %d",
                        "#".repeat(filled), " ".repeat(width - filled), done, total, rate, eta, failed);
                System.err.print(terminal ? "\r" + line : line + "\n");
            }
        }

        void finish(Map<Status, Integer> counts, Path out) {
            if (quiet) {
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.println((terminal ? "\n" : "") + String.format("%d files in %.1fs: %s -> %s", done, seconds,
                    counts, out));
        }
    }
}
