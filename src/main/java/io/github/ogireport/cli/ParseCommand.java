package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parse FILE}: one report as JSON on stdout. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Print one report as JSON.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the report file (text; format detected from the bytes)")
    Path file;

    @Option(names = "--compact", description = "print one line instead of indented JSON")
    boolean compact;

    @Override
    public Integer call() {
        AnnualReport report = new ReportParser().parseOrFailed(file);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(compact ? ReportJson.toLine(report) : ReportJson.toPrettyJson(report));
        if (report.status() == Status.FAILED) {
            System.err.println("FAILED " + report.error().message());
        }
        return report.status() == Status.OK || report.status() == Status.PARTIAL ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }
}
