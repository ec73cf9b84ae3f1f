package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly once, whatever the user does: a re-run replaces a FAILED record or that of a changed file, keeps the
 * others, and never appends a second record of an input; a re-run stopped at any point ends as one that was not.
 */
class RerunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The five seeds (real reports, all OK or PARTIAL when read with the default limits). */
    private static Path seeds(Path in) throws IOException {
        try (Stream<Path> seeds = Files.list(TestData.SEEDS)) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        return in;
    }

    private static List<JsonNode> records(Path out) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            list.add(JSON.readTree(line));
        }
        return list;
    }

    private static JsonNode thisRun(Path out) throws IOException {
        return JSON.readTree(out.resolve("summary.json").toFile()).get("thisRun");
    }

    private static List<String> statuses(Path out) throws IOException {
        return records(out).stream().map(r -> r.get("status").asText()).toList();
    }

    @Test
    void aRunAfterFailuresRetriesThemAndHoldsOneRecordPerFile(@TempDir Path in, @TempDir Path out) throws IOException {
        seeds(in);
        // too large to read: FAILED before the bytes are read, so without a hash
        CommandRun small = CommandRun.of("batch", in.toString(), "--out", out.toString(), "--max-bytes", "100");
        assertEquals(Main.EXIT_SOME_FAILED, small.exit(), small.err());
        assertEquals(List.of("FAILED", "FAILED", "FAILED", "FAILED", "FAILED"), statuses(out));
        assertTrue(records(out).get(0).get("error").get("message").asText().contains("--max-bytes"));

        CommandRun again = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_OK, again.exit(), again.err());
        assertTrue(again.err().contains("5 FAILED records of earlier runs are parsed again"), again.err());
        List<JsonNode> records = records(out);
        assertEquals(5, records.size(), "5 records for 5 files");
        assertTrue(records.stream().allMatch(r -> !r.get("status").asText().equals("FAILED")));
        assertEquals(6, Files.readAllLines(out.resolve("cells.csv"), StandardCharsets.UTF_8).size());
        assertEquals(5, thisRun(out).get("retriedFailed").asInt());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(5, summary.get("reports").asInt());
        assertTrue(summary.get("byStatus").path("FAILED").isMissingNode(), summary.get("byStatus").toString());

        // nothing FAILED any more: a third run keeps everything
        CommandRun third = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_OK, third.exit());
        assertEquals(5, thisRun(out).get("skippedAlreadyRecorded").asInt());
        assertEquals(5, records(out).size());
    }

    @Test
    void aFailureWithAHashIsRetriedOnceTheLimitIsRaised(@TempDir Path in, @TempDir Path out) throws IOException {
        seeds(in);
        // read, then too many lines for the limit: FAILED with the content's hash
        CommandRun tight = CommandRun.of("batch", in.toString(), "--out", out.toString(), "--max-blocks", "20");
        assertEquals(Main.EXIT_SOME_FAILED, tight.exit(), tight.err());
        List<JsonNode> failed = records(out);
        assertTrue(failed.stream().allMatch(r -> r.get("status").asText().equals("FAILED")
                && r.get("source").get("sha256").asText().length() == 64), failed.toString());

        assertEquals(Main.EXIT_OK, CommandRun.of("batch", in.toString(), "--out", out.toString()).exit());
        List<JsonNode> records = records(out);
        assertEquals(5, records.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(failed.get(i).get("file"), records.get(i).get("file"), "in the place of the record it replaced");
            assertEquals(failed.get(i).get("source").get("sha256"), records.get(i).get("source").get("sha256"));
            assertTrue(!records.get(i).get("status").asText().equals("FAILED"));
        }
    }

    @Test
    void noRetryKeepsTheFailures(@TempDir Path in, @TempDir Path out) throws IOException {
        seeds(in);
        CommandRun.of("batch", in.toString(), "--out", out.toString(), "--max-bytes", "100");
        Files.copy(TestData.seed(2), in.resolve("new.txt"));
        CommandRun kept = CommandRun.of("batch", in.toString(), "--out", out.toString(), "--no-retry");
        assertEquals(Main.EXIT_SOME_FAILED, kept.exit(), "the folder still holds failures");
        assertTrue(kept.err().contains("5 FAILED records of earlier runs are kept (--no-retry)"), kept.err());
        assertEquals(List.of("FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "OK"), statuses(out));
        assertEquals(5, thisRun(out).get("skippedAlreadyRecorded").asInt());
        assertEquals(1, thisRun(out).get("parsed").asInt());
    }

    @Test
    void aRerunStoppedAnywhereEndsAsOneThatWasNot(@TempDir Path in, @TempDir Path whole, @TempDir Path killed)
            throws IOException {
        seeds(in);
        CommandRun.of("batch", in.toString(), "--out", whole.toString(), "--max-bytes", "100", "--quiet");
        byte[] failedJsonl = Files.readAllBytes(whole.resolve("reports.jsonl"));
        byte[] failedCsv = Files.readAllBytes(whole.resolve("cells.csv"));
        // the re-run's replacements are appended, then compacted: a kill may come at any point in between
        Files.copy(TestData.seed(0), in.resolve("zz-new.txt"));
        CommandRun.of("batch", in.toString(), "--out", whole.toString(), "--quiet");
        byte[] jsonl = Files.readAllBytes(whole.resolve("reports.jsonl"));
        byte[] csv = Files.readAllBytes(whole.resolve("cells.csv"));
        assertEquals(6, new String(jsonl, StandardCharsets.UTF_8).split("\n").length);

        // the appended state before compaction: the five failures, then their replacements and the new file
        List<String> appendedLines = new ArrayList<>();
        appendedLines.addAll(List.of(new String(failedJsonl, StandardCharsets.UTF_8).split("\n")));
        appendedLines.addAll(List.of(new String(jsonl, StandardCharsets.UTF_8).split("\n")));
        List<String> csvRows = new ArrayList<>(List.of(new String(failedCsv, StandardCharsets.UTF_8).split("\n")));
        List<String> newRows = List.of(new String(csv, StandardCharsets.UTF_8).split("\n"));
        csvRows.addAll(newRows.subList(1, newRows.size()));
        for (int kept = 5; kept <= 11; kept++) {
            // killed after `kept` records were committed (CSV rows first, and one row more than lines)
            Files.writeString(killed.resolve("reports.jsonl"), String.join("\n", appendedLines.subList(0, kept)) + "\n");
            Files.writeString(killed.resolve("cells.csv"),
                    String.join("\n", csvRows.subList(0, Math.min(csvRows.size(), kept + 2))) + "\n");
            CommandRun resumed = CommandRun.of("batch", in.toString(), "--out", killed.toString(), "--quiet");
            assertEquals(Main.EXIT_OK, resumed.exit(), resumed.err());
            assertArrayEquals(jsonl, Files.readAllBytes(killed.resolve("reports.jsonl")), "jsonl, killed at " + kept);
            assertArrayEquals(csv, Files.readAllBytes(killed.resolve("cells.csv")), "csv, killed at " + kept);
        }
        // killed between the two renames of the compaction: the CSV is compacted, the JSON Lines file not yet
        Files.writeString(killed.resolve("reports.jsonl"), String.join("\n", appendedLines) + "\n");
        Files.write(killed.resolve("cells.csv"), csv);
        Files.writeString(killed.resolve("reports.jsonl.new"), "{\"file\":");
        assertEquals(Main.EXIT_OK, CommandRun.of("batch", in.toString(), "--out", killed.toString(), "--quiet").exit());
        assertArrayEquals(jsonl, Files.readAllBytes(killed.resolve("reports.jsonl")));
        assertArrayEquals(csv, Files.readAllBytes(killed.resolve("cells.csv")));
        assertTrue(!Files.exists(killed.resolve("reports.jsonl.new")), "a compaction's leftover is removed");
    }

    @Test
    void aFolderOfAnotherOutputContractIsRefusedUntouched(@TempDir Path in, @TempDir Path out) throws IOException {
        seeds(in);
        CommandRun.of("batch", in.toString(), "--out", out.toString(), "--quiet");
        // the records as the other contract writes them: version 1 has no "contract" field, version 2 says 2
        List<String> other = new ArrayList<>();
        for (JsonNode r : records(out)) {
            ObjectNode o = (ObjectNode) r;
            if (o.has("contract")) {
                o.remove("contract");
            } else {
                o.put("contract", 2);
            }
            other.add(JSON.writeValueAsString(o));
        }
        Files.writeString(out.resolve("reports.jsonl"), String.join("\n", other) + "\n");
        byte[] jsonl = Files.readAllBytes(out.resolve("reports.jsonl"));
        byte[] csv = Files.readAllBytes(out.resolve("cells.csv"));
        CommandRun refused = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_USAGE, refused.exit());
        assertTrue(refused.err().contains("holds records of output contract"), refused.err());
        assertTrue(refused.err().contains("--overwrite"), refused.err());
        assertTrue(!refused.err().toLowerCase().contains("delete"), refused.err());
        assertArrayEquals(jsonl, Files.readAllBytes(out.resolve("reports.jsonl")));
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("cells.csv")));

        assertEquals(Main.EXIT_OK, CommandRun.of("batch", in.toString(), "--out", out.toString(), "--overwrite").exit());
        assertEquals(5, records(out).size());
    }

    @Test
    void filesThatNoLongerBelongTogetherAreRefusedWithoutAdviceToDelete(@TempDir Path in, @TempDir Path out)
            throws IOException {
        seeds(in);
        CommandRun.of("batch", in.toString(), "--out", out.toString(), "--quiet");
        List<String> rows = Files.readAllLines(out.resolve("cells.csv"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("cells.csv"), String.join("\n", rows.subList(0, 3)) + "\n");
        CommandRun refused = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_USAGE, refused.exit());
        assertTrue(refused.err().contains("no longer belong together"), refused.err());
        assertTrue(refused.err().contains("Nothing was changed"), refused.err());
        assertTrue(!refused.err().toLowerCase().contains("delete"), refused.err());
        assertTrue(!refused.err().contains("Exception"), "a message, not a stack trace: " + refused.err());
        assertEquals(5, records(out).size());
    }

    @Test
    void compactionPutsTheLastRecordOfEachInputWhereItsFirstWas() {
        assertArrayEquals(new int[] {3, 1, 4}, OutputFolder.order(Arrays.asList("a", "b", "a", "a", "c")));
        assertArrayEquals(new int[] {0, 1}, OutputFolder.order(Arrays.asList("a", "b")));
    }
}
