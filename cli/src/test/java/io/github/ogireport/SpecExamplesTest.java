package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.verify.ExpectedReport;
import io.github.ogireport.verify.Mismatch;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numbered examples of {@code testdata/spec/text-spec.md}, in the manner of commonmark-java's spec tests:
 * each example is an input text ({@code →} stands for a tab) and a partial expected report, one test each.
 */
class SpecExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "^## Example (\\d+): (.*?)\\n+```text\\n(.*?)\\n```\\n+```json\\n(.*?)\\n```", Pattern.MULTILINE | Pattern.DOTALL);

    record Example(int number, String title, String input, String expected) {
    }

    static List<Example> examples() throws IOException {
        String spec = Files.readString(TestData.of("spec/text-spec.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(spec);
        while (m.find()) {
            examples.add(new Example(Integer.parseInt(m.group(1)), m.group(2), m.group(3).replace('→', '\t'), m.group(4)));
        }
        return examples;
    }

    @TestFactory
    Stream<DynamicTest> everyExample() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 20, "the spec holds its examples: " + examples.size());
        ReportParser parser = new ReportParser();
        return examples.stream().map(e -> DynamicTest.dynamicTest("Example " + e.number() + ": " + e.title(), () -> {
            AnnualReport report = parser.parse(new ByteArrayInputStream(e.input().getBytes(StandardCharsets.UTF_8)),
                    "example-" + e.number() + ".txt");
            List<Mismatch> mismatches = ExpectedReport.parse(e.expected()).compare(report);
            assertEquals(List.of(), mismatches, "Example " + e.number() + " (" + e.title() + ")");
        }));
    }
}
