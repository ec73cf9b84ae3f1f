package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.TestData;
import io.github.ogireport.verify.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static io.github.ogireport.verify.SeedCorpus.GAOPING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code verify DIR} end to end: what it prints, {@code --json}, {@code --write-expected} and the exit status. */
class VerifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeedsAllMatchAndExitZero() {
        CommandRun r = CommandRun.of("verify", TestData.SEEDS.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(5, r.out().lines().filter(l -> l.startsWith("MATCH ")).count(), r.out());
        assertTrue(r.out().contains("whole reports"), r.out());
        assertTrue(r.out().contains("5 expected file(s): 5 MATCH — all match"), r.out());
    }

    @Test
    void oneDeliberateMismatchIsPrintedAndExitsOne(@TempDir Path dir) throws IOException {
        SeedCorpus.copyAll(dir, true);
        SeedCorpus.edit(dir.resolve(GAOPING + ".expected.json"), "\"agency\": \"高坪区人民政府办公室\"",
                "\"agency\": \"南充市高坪区人民政府办公室\"");

        CommandRun r = CommandRun.of("verify", dir.toString());

        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("MISMATCH ")).count(), r.out());
        assertEquals(1, r.out().lines().filter(l -> l.matches(" {4}\\S.*: expected .*, got .*")).count(), "exactly one mismatch line: " + r.out());
        assertTrue(r.out().contains("MISMATCH    " + GAOPING + ".txt  (OK, 1 of 209 values differ)\n"
                + "    agency: expected \"南充市高坪区人民政府办公室\", got \"高坪区人民政府办公室\"\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("  agency +4 +5 +80\\.0%")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("whole reports +4 +5 +80\\.0%")), r.out());
    }

    @Test
    void jsonHoldsTheMismatchesAndTheRates(@TempDir Path dir) throws IOException {
        SeedCorpus.copyAll(dir, true);
        SeedCorpus.edit(dir.resolve(GAOPING + ".expected.json"), "\"requests.newReceived.total\": 8,",
                "\"requests.newReceived.total\": 9,");

        CommandRun r = CommandRun.of("verify", dir.toString(), "--json");

        assertEquals(1, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(1, doc.at("/summary/MISMATCH").asInt());
        assertEquals(4, doc.at("/summary/MATCH").asInt());
        assertFalse(doc.at("/summary/allMatch").asBoolean());
        JsonNode wrong = doc.get("files").get(2);
        assertEquals(GAOPING + ".txt", wrong.get("report").asText());
        assertEquals(JSON.readTree("[{\"key\": \"cells.requests.newReceived.total\", \"expected\": \"9\", \"got\": \"8\"}]"),
                wrong.get("mismatches"));
        assertEquals(JSON.readTree("{\"compared\": 5, \"matched\": 4, \"rate\": 0.8}"),
                doc.at("/rates/cells/requests.newReceived.total"));
        assertEquals(4, doc.at("/rates/reports/matched").asInt());
        assertTrue(doc.at("/rates/tables/requests/compared").asInt() > 0);
    }

    @Test
    void writeExpectedDraftsUnreviewedFilesAndDoesNotPass(@TempDir Path dir) throws IOException {
        SeedCorpus.copyAll(dir, false);
        byte[] noise = new byte[512];
        new Random(3).nextBytes(noise);
        Files.write(dir.resolve("scan.pdf"), noise);

        CommandRun r = CommandRun.of("verify", "--write-expected", dir.toString());

        assertEquals(1, r.exit(), "drafts are not a pass");
        assertEquals(6, r.out().lines().filter(l -> l.startsWith("UNREVIEWED ")).count(), r.out());
        assertTrue(r.out().contains("no reviewed expected file to count"), r.out());
        assertTrue(r.err().contains("wrote "), r.err());
        assertTrue(Files.readString(dir.resolve("scan.expected.json")).contains("\"status\": \"FAILED\""),
                "an unreadable file gets a draft like any other");
    }

    @Test
    void nothingToVerifyAndBadArgumentsExitTwo(@TempDir Path dir) throws IOException {
        assertEquals(2, CommandRun.of("verify", dir.resolve("missing").toString()).exit());
        assertEquals(2, CommandRun.of("verify").exit());
        Files.copy(SeedCorpus.report(GAOPING), dir.resolve("a.txt"));
        CommandRun r = CommandRun.of("verify", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--write-expected"), r.err());
    }
}
