package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.verify.CorpusResult;
import io.github.ogireport.verify.CorpusVerifier;
import io.github.ogireport.verify.ExpectedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code verify DIR}: every report with an expected file beside it, parsed and compared; the mismatches per file and
 * the exact-match rates. Exit 0 when every expected file matches, 1 otherwise (a mismatch, an unreviewed or
 * unreadable expected file, an expected file without a report), 2 on a usage error or when there is nothing to verify.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Parse every report X.ext under DIR that has an expected file X.expected.json beside it and "
                + "compare: mismatches per file, then exact-match rates per field, table, cell key and report.",
                "Exit 0 all match, 1 any mismatch (or unreviewed, invalid or orphan expected file), 2 usage error."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the corpus folder (walked recursively)")
    Path dir;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Option(names = "--write-expected", description = "first draft X.expected.json for every report without one, "
            + "marked \"_unreviewed\": a person checks every value and deletes that line")
    boolean writeExpected;

    @Option(names = "--all-keys", description = "list the rate of every cell key, not only those below 100%%")
    boolean allKeys;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println("not a folder: " + dir);
            return Main.EXIT_USAGE;
        }
        ReportParser parser = new ReportParser();
        CorpusVerifier verifier = new CorpusVerifier(parser::parseOrFailed);
        List<Path> written = writeExpected ? verifier.writeExpected(dir) : List.of();
        for (Path p : written) {
            System.err.println("wrote " + p + " (unreviewed: check every value against the document, then delete its \""
                    + ExpectedReport.UNREVIEWED + "\" line)");
        }
        CorpusResult result = verifier.verify(dir);
        if (result.files().isEmpty()) {
            System.err.println("nothing to verify: no expected files (*.expected.json) under " + dir
                    + (result.withoutExpected().isEmpty() ? "" : "; verify --write-expected drafts them for the "
                    + result.withoutExpected().size() + " report file(s) there"));
            return Main.EXIT_USAGE;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(VerifyOutput.json(result, written));
        } else {
            VerifyOutput.text(result, out, allKeys);
        }
        out.flush();
        return result.allMatch() ? Main.EXIT_OK : Main.EXIT_DIFFERENT;
    }
}
