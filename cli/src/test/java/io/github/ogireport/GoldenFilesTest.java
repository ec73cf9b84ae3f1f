package io.github.ogireport;

import io.github.ogireport.verify.CorpusResult;
import io.github.ogireport.verify.CorpusVerifier;
import io.github.ogireport.verify.FileResult;
import io.github.ogireport.verify.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report in {@code testdata/} with a hand-verified {@code X.expected.json} beside it, run through
 * {@link CorpusVerifier}: the very code of a user's {@code verify testdata}, one test per expected file. A draft
 * still marked {@code "_unreviewed"}, an expected file that does not parse and one without a report all fail.
 */
class GoldenFilesTest {
    static final Path TESTDATA = Path.of("testdata");

    @TestFactory
    Stream<DynamicTest> everyExpectedFile() throws IOException {
        CorpusResult result = new CorpusVerifier(new ReportParser()).verify(TESTDATA);
        assertTrue(result.files().size() >= 5, "the five seeds at least");
        return result.files().stream().map(f -> DynamicTest.dynamicTest(TESTDATA.relativize(f.expected()).toString(),
                () -> check(f)));
    }

    private static void check(FileResult f) {
        assertNotEquals(Verdict.UNREVIEWED, f.verdict(), () -> f.expected() + " is a draft marked \"_unreviewed\": check"
                + " every value against the document and delete that line before committing it");
        assertEquals(List.of(), f.mismatches(), () -> f.report() + " differs from " + f.expected().getFileName());
        assertEquals(Verdict.MATCH, f.verdict(), () -> f.expected() + ": " + f.problem());
    }
}
