package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parse FILE}: one report as JSON on stdout. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Print one report as JSON.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the report file (text; format detected from the bytes)")
    Path file;

    @Option(names = "--compact", description = "print one line instead of indented JSON")
    boolean compact;

    @Option(names = "--details", paramLabel = "sparse|all", converter = DetailsOption.class,
            description = "cellDetails for the cells whose number alone does not say what was printed (sparse, the "
                    + "default), or for every cell (all)")
    ReportJson.Details details = ReportJson.Details.SPARSE;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    /**
     * Parses on a daemon thread, so that a parse that does not stop at its time limit (a library call that never
     * returns) is abandoned and reported instead of hanging the command.
     */
    private AnnualReport parseWithin(ReportParser parser, long abandonNanos) {
        AnnualReport[] result = new AnnualReport[1];
        Thread worker = new Thread(() -> result[0] = parser.parseOrFailed(file), "ogi-report-parse");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(Math.max(1, abandonNanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return ReportParser.failed(ReportReadException.abandoned(file.toString(), parser.limits().timeout()));
        }
        return result[0];
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            System.err.println(file + " is a folder: parse reads one file. To convert every file in it, use: batch "
                    + file + " --out DIR");
            return Main.EXIT_USAGE;
        }
        if (!Files.exists(file)) {
            System.err.println("no such file: " + file);
            return Main.EXIT_USAGE;
        }
        ReportParser parser;
        try {
            parser = ReportParser.builder().limits(limitOptions.limits()).ocr(limitOptions.ocr).build();
        } catch (IllegalArgumentException e) {
            return LimitOptions.badValue(e);
        }
        AnnualReport report = parseWithin(parser, LimitOptions.abandonNanos(parser.limits()));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(compact ? ReportJson.toLine(report, details) : ReportJson.toPrettyJson(report, details));
        if (report.status() == Status.FAILED) {
            System.err.println("FAILED " + report.error().message());
        }
        return report.status() == Status.OK || report.status() == Status.PARTIAL ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }
}
