package io.github.ogireport.cli;

import io.github.ogireport.verify.RunDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code diff OLD.jsonl NEW.jsonl}: what changed between two {@code batch} runs, per file and by kind of change.
 * Exit 0 when nothing changed, 1 when something did (like {@code diff(1)}), 2 on a usage error or a file that is
 * not a {@code batch} output.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two batch outputs (reports.jsonl), e.g. before and after an upgrade: per file the "
                + "changed status, template, metadata, cells, flipped checks and warnings; then a summary. No expected "
                + "files needed.",
                "Exit 0 no change, 1 any change (a changed, added or removed file), 2 usage error."})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD.jsonl", description = "the earlier run's reports.jsonl")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW.jsonl", description = "the later run's reports.jsonl")
    Path after;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Override
    public Integer call() {
        for (Path p : new Path[] {before, after}) {
            if (Files.isDirectory(p)) {
                System.err.println(p + " is a folder: diff compares two reports.jsonl files, such as "
                        + p.resolve(OutputFolder.REPORTS));
                return Main.EXIT_USAGE;
            }
            if (!Files.isRegularFile(p)) {
                System.err.println("no such file: " + p);
                return Main.EXIT_USAGE;
            }
        }
        RunDiff diff;
        try {
            diff = RunDiff.between(before, after);
        } catch (IOException e) {
            System.err.println("cannot compare: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(DiffOutput.json(diff, before, after));
        } else {
            DiffOutput.text(diff, out);
        }
        out.flush();
        return diff.hasChanges() ? Main.EXIT_DIFFERENT : Main.EXIT_OK;
    }
}
