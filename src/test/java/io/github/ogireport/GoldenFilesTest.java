package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.verify.ExpectedReport;
import io.github.ogireport.verify.Mismatch;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every report in {@code testdata/} with a hand-verified {@code X.expected.json} beside it is parsed and compared
 * field by field and cell by cell, through the same comparison a user's {@code verify} runs.
 */
class GoldenFilesTest {
    static final Path TESTDATA = Path.of("testdata");

    @TestFactory
    Stream<DynamicTest> everyExpectedFile() throws IOException {
        List<Path> expected;
        try (Stream<Path> walk = Files.walk(TESTDATA)) {
            expected = walk.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(expected.size() >= 5, "the five seeds at least");
        ReportParser parser = new ReportParser();
        return expected.stream().map(exp -> DynamicTest.dynamicTest(TESTDATA.relativize(exp).toString(), () -> {
            Path report = reportBeside(exp);
            // as batch reads it: a file that cannot be read is a FAILED report, which an expected file may expect
            AnnualReport parsed = parser.parseOrFailed(report);
            List<Mismatch> mismatches = ExpectedReport.read(exp).compare(parsed);
            assertEquals(List.of(), mismatches, report + " differs from " + exp.getFileName());
        }));
    }

    static Path reportBeside(Path expected) throws IOException {
        String base = expected.getFileName().toString().replace(".expected.json", "");
        try (Stream<Path> list = Files.list(expected.getParent())) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(base + ".") && !n.endsWith(".expected.json");
            }).findFirst().orElseGet(() -> fail("no report beside " + expected));
        }
    }
}
