package io.github.ogireport.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Regression testing against a folder of real reports. Every report file {@code X.ext} with an expected file
 * {@code X.expected.json} beside it is parsed and compared with {@link ExpectedReport} (the one comparison, also
 * used by the project's own golden tests); the result lists each file's mismatches and the exact-match rates.
 * Folders are walked recursively.
 *
 * <pre>{@code
 * CorpusResult result = new CorpusVerifier(new ReportParser()).verify(Path.of("my-corpus"));
 * result.files().forEach(f -> System.out.println(f.report() + " " + f.verdict() + " " + f.mismatches()));
 * }</pre>
 */
public final class CorpusVerifier {
    private final Function<Path, AnnualReport> reader;

    /** A verifier that reads with the parser; a file it cannot read becomes a FAILED report, compared like any other. */
    public CorpusVerifier(ReportParser parser) {
        this(parser::parseOrFailed);
    }

    /**
     * A verifier that reads reports with the given function, which must not throw: a file that cannot be read is
     * to come back as a FAILED report.
     */
    public CorpusVerifier(Function<Path, AnnualReport> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Compares every report in the folder that has an expected file. */
    public CorpusResult verify(Path root) throws IOException {
        CorpusFiles corpus = CorpusFiles.scan(root);
        List<FileResult> results = new ArrayList<>();
        List<Path> withoutExpected = new ArrayList<>();
        for (CorpusFiles.Pair pair : corpus.reports()) {
            if (pair.expected() == null) {
                withoutExpected.add(pair.report());
            } else {
                results.add(verifyOne(pair.report(), pair.expected()));
            }
        }
        for (Path orphan : corpus.orphans()) {
            String base = orphan.getFileName().toString().replace(ExpectedReport.FILE_SUFFIX, "");
            results.add(new FileResult(null, orphan, Verdict.NO_REPORT, null, List.of(),
                    "no report file " + base + ".* beside it"));
        }
        results.sort((a, b) -> a.expected().compareTo(b.expected()));
        return new CorpusResult(root, results, withoutExpected, ExactMatchRates.of(results));
    }

    /**
     * Writes an unreviewed draft ({@link ExpectedDraft}) beside every report in the folder that has no expected
     * file; existing expected files are never touched.
     *
     * @return the expected files written, in path order
     */
    public List<Path> writeExpected(Path root) throws IOException {
        List<Path> written = new ArrayList<>();
        for (CorpusFiles.Pair pair : CorpusFiles.scan(root).reports()) {
            if (pair.expected() != null) {
                continue;
            }
            Path target = CorpusFiles.expectedFor(pair.report());
            // CREATE_NEW: a file that appeared since the scan is a person's, and stays
            Files.writeString(target, ExpectedDraft.of(reader.apply(pair.report())), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            written.add(target);
        }
        return written;
    }

    private FileResult verifyOne(Path report, Path expectedFile) {
        ExpectedReport expected;
        try {
            expected = ExpectedReport.read(expectedFile);
        } catch (JsonProcessingException e) {
            // Jackson's own message carries a dump of the source; the line number is what a person needs
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            return new FileResult(report, expectedFile, Verdict.INVALID_EXPECTED, null, List.of(),
                    "not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return new FileResult(report, expectedFile, Verdict.INVALID_EXPECTED, null, List.of(),
                    "cannot read the expected file: " + e.getMessage());
        }
        AnnualReport parsed = reader.apply(report);
        List<ComparedValue> values = expected.check(parsed);
        Verdict verdict = expected.unreviewed() ? Verdict.UNREVIEWED
                : values.stream().allMatch(ComparedValue::matched) ? Verdict.MATCH : Verdict.MISMATCH;
        return new FileResult(report, expectedFile, verdict, parsed.status(), values, null);
    }
}
