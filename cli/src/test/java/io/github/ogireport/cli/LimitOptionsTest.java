package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Limits;
import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits on the command line: the same options on parse and batch, their defaults, bad values. */
class LimitOptionsTest {
    private static final String SEED = TestData.seed(2).toString();

    @Test
    void theDefaultsAreTheLibrarys() {
        assertEquals(Limits.DEFAULT, new LimitOptions().limits());
    }

    @Test
    void everyLimitHasItsOption() {
        LimitOptions o = new LimitOptions();
        o.timeoutSeconds = 1.5;
        o.maxBytes = 2;
        o.maxPages = 3;
        o.maxCells = 4;
        o.maxDepth = 5;
        o.maxBlocks = 6;
        assertEquals(new Limits(2, 3, 4, 5, 6, Duration.ofMillis(1500)), o.limits());
    }

    @Test
    void parseAppliesTheLimits() throws IOException {
        CommandRun run = CommandRun.of("parse", SEED, "--compact", "--max-blocks", "10");
        assertEquals(Main.EXIT_SOME_FAILED, run.exit());
        JsonNode r = new ObjectMapper().readTree(run.out());
        assertEquals("TOO_LARGE", r.get("error").get("type").asText());
        assertTrue(run.err().contains("more than 10 paragraphs"), run.err());
        assertEquals(Main.EXIT_OK, CommandRun.of("parse", SEED, "--timeout", "30", "--max-cells", "500",
                "--max-depth", "64", "--max-pages", "10", "--max-bytes", "100000").exit());
    }

    @Test
    void batchAppliesTheLimits(@TempDir Path out) throws IOException {
        // seed 004 has tab-separated rows: more than 20 cells
        CommandRun run = CommandRun.of("batch", TestData.seed(4).toString(), "--out", out.toString(),
                "--quiet", "--max-cells", "20");
        assertEquals(Main.EXIT_OK, run.exit(), run.err());
        String line = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8).get(0);
        assertTrue(line.contains("LIMIT_REACHED"), "the text's rows were cut at 20 cells");
    }

    @Test
    void valuesThatMakeNoLimitAreUsageErrors(@TempDir Path out) {
        for (String[] bad : new String[][] {{"--max-cells", "0"}, {"--timeout", "0"}, {"--max-depth", "-1"},
                {"--max-blocks", "0"}, {"--max-pages", "0"}, {"--max-bytes", "0"}}) {
            CommandRun run = CommandRun.of("batch", SEED, "--out", out.toString(), bad[0], bad[1]);
            assertEquals(Main.EXIT_USAGE, run.exit(), bad[0]);
            assertTrue(run.err().contains("bad value"), run.err());
            assertEquals(Main.EXIT_USAGE, CommandRun.of("parse", SEED, bad[0], bad[1]).exit(), bad[0]);
        }
    }
}
