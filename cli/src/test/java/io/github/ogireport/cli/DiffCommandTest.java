package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code diff OLD.jsonl NEW.jsonl} end to end, on two batch outputs written by hand. */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String OLD = """
            {"file":"a.txt","status":"PARTIAL","template":"2019","agency":"某县","cells":{"requests.granted.total":4,"adminReview.upheld":null},"checks":[{"rule":"T3-A","scope":"total","result":"FAIL"}],"warnings":[{"code":"BLANK_CELLS","where":"adminReview","message":"5 cells are blank"}]}
            {"file":"b.txt","status":"OK","template":"2021","agency":"某乡","cells":{"active.licensing.decisions":0},"checks":[],"warnings":[]}
            {"file":"c.txt","status":"FAILED","template":"UNKNOWN","agency":null,"cells":{},"checks":[],"warnings":[]}
            """;
    private static final String NEW = """
            {"file":"a.txt","status":"OK","template":"2019","agency":"某县人民政府","cells":{"requests.granted.total":5,"adminReview.upheld":null},"checks":[{"rule":"T3-A","scope":"total","result":"PASS"}],"warnings":[]}
            {"file":"b.txt","status":"OK","template":"2021","agency":"某乡","cells":{"active.licensing.decisions":0},"checks":[],"warnings":[]}
            {"file":"d.txt","status":"OK","template":"2021","agency":"某镇","cells":{},"checks":[],"warnings":[]}
            """;

    private static Path[] runs(Path dir) throws IOException {
        return new Path[] {Files.writeString(dir.resolve("old.jsonl"), OLD, StandardCharsets.UTF_8),
                Files.writeString(dir.resolve("new.jsonl"), NEW, StandardCharsets.UTF_8)};
    }

    @Test
    void listsExactlyTheChangesAndExitsOne(@TempDir Path dir) throws IOException {
        Path[] runs = runs(dir);

        CommandRun r = CommandRun.of("diff", runs[0].toString(), runs[1].toString());

        assertEquals(1, r.exit(), r.err());
        assertEquals("""
                changed  a.txt
                    status    PARTIAL → OK
                    metadata  agency: "某县" → "某县人民政府"
                    cell      requests.granted.total: 4 → 5
                    check     T3-A:total: FAIL → PASS
                    warning - BLANK_CELLS@adminReview: 5 cells are blank
                added    d.txt  (OK)
                removed  c.txt  (FAILED)

                2 file(s) in both runs: 1 changed, 1 unchanged; 1 added, 1 removed
                """, r.out().substring(0, r.out().indexOf("    STATUS")));
        assertTrue(r.out().contains("(PARTIAL → OK: 1)"), r.out());
        assertEquals(5, r.out().lines().filter(l -> l.matches(" {4}[A-Z_]+ +1 file\\(s\\) +1 change\\(s\\).*")).count(),
                r.out());
    }

    @Test
    void jsonListsTheSameChanges(@TempDir Path dir) throws IOException {
        Path[] runs = runs(dir);

        CommandRun r = CommandRun.of("diff", "--json", runs[0].toString(), runs[1].toString());

        assertEquals(1, r.exit(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertEquals(1, doc.at("/summary/changed").asInt());
        assertEquals(1, doc.at("/summary/unchanged").asInt());
        assertEquals(1, doc.at("/summary/byKind/CELL/changes").asInt());
        assertEquals(1, doc.at("/summary/statusChanges/PARTIAL → OK").asInt());
        assertEquals(JSON.readTree("{\"kind\": \"CELL\", \"key\": \"requests.granted.total\", \"old\": \"4\", \"new\": \"5\"}"),
                doc.at("/changed/0/changes/2"));
        assertEquals(5, doc.at("/changed/0/changes").size());
        assertEquals("d.txt", doc.at("/added/0/file").asText());
        assertEquals("c.txt", doc.at("/removed/0/file").asText());
    }

    @Test
    void noChangeExitsZero(@TempDir Path dir) throws IOException {
        Path[] runs = runs(dir);
        CommandRun r = CommandRun.of("diff", runs[0].toString(), runs[0].toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("3 file(s) in both runs: 0 changed, 3 unchanged; 0 added, 0 removed\n", r.out());
    }

    @Test
    void aMissingOrMalformedRunIsAUsageError(@TempDir Path dir) throws IOException {
        Path[] runs = runs(dir);
        assertEquals(2, CommandRun.of("diff", runs[0].toString()).exit());
        assertEquals(2, CommandRun.of("diff", runs[0].toString(), dir.resolve("none.jsonl").toString()).exit());
        Path csv = Files.writeString(dir.resolve("cells.csv"), "file,status\na.txt,OK\n");
        CommandRun r = CommandRun.of("diff", runs[0].toString(), csv.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("line 1"), r.err());
    }
}
