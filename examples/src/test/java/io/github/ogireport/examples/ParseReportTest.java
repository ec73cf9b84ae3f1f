package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example run on a seed whose values a person checked against the text (testdata/seeds/002_….expected.json):
 * the Gaoping district office's 2019 report received 8 requests (5 from natural persons, 3 from legal service
 * organisations) and granted 4.
 */
class ParseReportTest {
    private static final String SEED = "testdata/seeds/002_4aa25779e377b147.txt";

    @Test
    void printsTheSeedsAgencyYearRequestsAndJson() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ParseReport.main(new String[] {SEED});
        } finally {
            System.setOut(out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("高坪区人民政府办公室, 2019: OK", lines.get(0));
        assertEquals("requests received: 8", lines.get(1));
        JsonNode json = new ObjectMapper().readTree(lines.get(2));
        assertEquals(2, json.get("contract").asInt());
        assertEquals(SEED, json.get("file").asText());
        assertEquals(5, json.get("cells").get("requests.newReceived.naturalPerson").asInt());
        assertEquals(3, json.get("cells").get("requests.newReceived.legalServiceOrg").asInt());
        assertEquals(4, json.get("cells").get("requests.granted.total").asInt());
    }

    /** The README shows this program: each line of its example is a line of {@link ParseReport#main}. */
    @Test
    void theReadmeShowsThisExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Use it from your code");
        assertTrue(section >= 0, "the README has the section");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> example = readme.substring(start, readme.indexOf("```", start)).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> program = Files.readAllLines(
                Path.of("examples/src/main/java/io/github/ogireport/examples/ParseReport.java"), StandardCharsets.UTF_8)
                .stream().map(String::strip).toList();
        int from = program.indexOf(example.get(0));
        assertTrue(from >= 0, "the program starts as the example does: " + example.get(0));
        assertEquals(example, program.subList(from, from + example.size()));
        assertFalse(example.size() > 12, "a short example: " + example.size() + " lines");
    }
}
