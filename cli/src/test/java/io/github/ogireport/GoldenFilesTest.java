package io.github.ogireport;

import io.github.ogireport.ocr.TesseractProvider;
import io.github.ogireport.verify.CorpusResult;
import io.github.ogireport.verify.CorpusVerifier;
import io.github.ogireport.verify.FileResult;
import io.github.ogireport.verify.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every report in {@code testdata/} with a hand-verified {@code X.expected.json} beside it, run through
 * {@link CorpusVerifier}: the very code of a user's {@code verify testdata}, one test per expected file. A draft
 * still marked {@code "_unreviewed"}, an expected file that does not parse and one without a report all fail.
 * Scans (an expected file that wants {@code OCR_USED}) need Tesseract: without it they fail when {@code CI=true} and
 * are skipped with a notice elsewhere, so that the test command runs on a machine without the engine.
 */
class GoldenFilesTest {
    static final Path TESTDATA = TestData.ROOT;
    private static final String OCR_MISSING = new TesseractProvider().missing();

    @TestFactory
    Stream<DynamicTest> everyExpectedFile() throws IOException {
        CorpusResult result = new CorpusVerifier(new ReportParser()).verify(TESTDATA);
        assertTrue(result.files().size() >= 5, "the five seeds at least");
        return result.files().stream().map(f -> DynamicTest.dynamicTest(TESTDATA.relativize(f.expected()).toString(),
                () -> check(f)));
    }

    private static void check(FileResult f) {
        if (OCR_MISSING != null && wantsOcr(f.expected())) {
            if ("true".equals(System.getenv("CI"))) {
                fail(f.expected() + " is a scan and OCR is missing on CI: " + OCR_MISSING);
            }
            System.out.println("NOTICE: " + f.expected() + " skipped, OCR is missing: " + OCR_MISSING);
            assumeTrue(false, OCR_MISSING);
        }
        assertNotEquals(Verdict.UNREVIEWED, f.verdict(), () -> f.expected() + " is a draft marked \"_unreviewed\": check"
                + " every value against the document and delete that line before committing it");
        assertEquals(List.of(), f.mismatches(), () -> f.report() + " differs from " + f.expected().getFileName());
        assertEquals(Verdict.MATCH, f.verdict(), () -> f.expected() + ": " + f.problem());
    }

    private static boolean wantsOcr(Path expected) {
        try {
            return Files.readString(expected).contains("\"OCR_USED\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
