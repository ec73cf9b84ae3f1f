package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Limits;
import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parse stuck in a library call that neither checks the deadline nor answers an interrupt (as POI or PDFBox can on
 * a damaged file) is abandoned at its time limit: the input is TIMED_OUT, the run goes on, and summary.json counts it.
 */
class AbandonedWorkerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAbandonedWorkerIsCountedInTheSummary(@TempDir Path in, @TempDir Path out) throws Exception {
        Files.writeString(in.resolve("a-stuck.txt"), "whatever", StandardCharsets.UTF_8);
        Files.copy(TestData.seed(2), in.resolve("b.txt"));
        CountDownLatch release = new CountDownLatch(1);
        ReportParser real = new ReportParser();
        BatchOptions options = new BatchOptions(out, 2, Limits.DEFAULT.withTimeout(Duration.ofMillis(100)), false,
                false, ReportJson.Details.SPARSE, true);
        BatchRun run = new BatchRun(options, (bytes, name) -> {
            if (name.endsWith("a-stuck.txt")) {
                while (release.getCount() > 0) { // deaf to interrupts, as a library call can be
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // stays stuck until the test lets go
                    }
                }
            }
            return real.parseOrFailed(bytes, name);
        });
        RunSummary summary = new RunSummary();
        try {
            BatchRun.Result result = run.run(new Inputs(List.of(in), 0, 1, options.maxBytes(), out),
                    new Progress(-1, true), summary);
            summary.write(out.resolve("summary.json"), result);
        } finally {
            release.countDown();
        }
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode stuck = JSON.readTree(lines.get(0));
        assertEquals(Status.FAILED.name(), stuck.get("status").asText());
        assertEquals("TIMED_OUT", stuck.get("error").get("type").asText());
        assertTrue(stuck.get("error").get("message").asText().contains("it was abandoned"));
        assertEquals("OK", JSON.readTree(lines.get(1)).get("status").asText());
        JsonNode thisRun = JSON.readTree(out.resolve("summary.json").toFile()).get("thisRun");
        assertEquals(1, thisRun.get("abandonedWorkers").asInt());
        assertTrue(thisRun.get("abandonedWorkersStillRunning").asInt() >= 1, thisRun.toString());
    }
}
