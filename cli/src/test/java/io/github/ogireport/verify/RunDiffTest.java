package io.github.ogireport.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link RunDiff} on two small batch outputs written by hand: exactly the changes made, nothing else. */
class RunDiffTest {
    /** Before: a.txt with two cells, a check and a warning; b.txt; c.txt that the new run lacks. */
    static final String OLD = """
            {"file":"a.txt","status":"PARTIAL","format":"TEXT","template":"2019","title":"某县2020年政府信息公开工作年度报告","agency":"某县","year":2020,"publishDate":null,"period":null,"sections":[{"number":1,"heading":"一、总体情况","text":"旧"}],"cells":{"requests.granted.total":4,"active.procurement.totalAmount":5.2,"adminReview.upheld":null},"checks":[{"rule":"T3-A","scope":"total","result":"FAIL","detail":"8 + 0 = 7 + 0"},{"rule":"T4-A","scope":"adminReview","result":"NOT_ASSESSABLE","detail":"blank"}],"warnings":[{"code":"BLANK_CELLS","where":"adminReview","message":"5 cells are blank"}],"error":null}
            {"file":"b.txt","status":"OK","format":"TEXT","template":"2021","title":null,"agency":"某乡","year":2024,"publishDate":null,"period":null,"cells":{"active.licensing.decisions":0},"checks":[],"warnings":[],"error":null}
            {"file":"c.txt","status":"FAILED","format":null,"template":"UNKNOWN","title":null,"agency":null,"year":null,"publishDate":null,"period":null,"cells":{},"checks":[],"warnings":[],"error":{"type":"UNSUPPORTED_FORMAT","message":"c.txt: unsupported"}}
            """;
    /**
     * After: a.txt with a new publish date, one cell changed, 5.2 written as 5.20 (the same number), the section
     * text changed (not compared), T3-A flipped, the warning gone and another added; b.txt the same; d.txt new.
     */
    static final String NEW = """
            {"file":"a.txt","status":"OK","format":"TEXT","template":"2019","title":"某县2020年政府信息公开工作年度报告","agency":"某县","year":2020,"publishDate":"2021-01-30","period":null,"sections":[{"number":1,"heading":"一、总体情况","text":"新"}],"cells":{"requests.granted.total":5,"active.procurement.totalAmount":5.20,"adminReview.upheld":null},"checks":[{"rule":"T3-A","scope":"total","result":"PASS","detail":"8 + 0 = 8 + 0"},{"rule":"T4-A","scope":"adminReview","result":"NOT_ASSESSABLE","detail":"blank"}],"warnings":[{"code":"EXTRA_CELLS","where":"requests.otherHandling","message":"8 values"}],"error":null}

            {"file":"b.txt","status":"OK","format":"TEXT","template":"2021","title":null,"agency":"某乡","year":2024,"publishDate":null,"period":null,"cells":{"active.licensing.decisions":0},"checks":[],"warnings":[],"error":null}
            {"file":"d.txt","status":"NOT_A_REPORT","format":"TEXT","template":"UNKNOWN","title":null,"agency":null,"year":null,"publishDate":null,"period":null,"cells":{},"checks":[],"warnings":[],"error":null}
            """;

    static Path[] write(Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("old.jsonl"), OLD, StandardCharsets.UTF_8);
        Path after = Files.writeString(dir.resolve("new.jsonl"), NEW, StandardCharsets.UTF_8);
        return new Path[] {before, after};
    }

    @Test
    void listsExactlyTheChanges(@TempDir Path dir) throws IOException {
        Path[] runs = write(dir);

        RunDiff diff = RunDiff.between(runs[0], runs[1]);

        assertEquals(1, diff.changed().size());
        ReportDiff a = diff.changed().get(0);
        assertEquals("a.txt", a.file());
        assertEquals(List.of(
                new Change(ChangeKind.STATUS, "status", "\"PARTIAL\"", "\"OK\""),
                new Change(ChangeKind.METADATA, "publishDate", "null", "\"2021-01-30\""),
                new Change(ChangeKind.CELL, "requests.granted.total", "4", "5"),
                new Change(ChangeKind.CHECK, "T3-A:total", "FAIL", "PASS"),
                new Change(ChangeKind.WARNING_ADDED, "EXTRA_CELLS@requests.otherHandling", Change.ABSENT, "8 values"),
                new Change(ChangeKind.WARNING_REMOVED, "BLANK_CELLS@adminReview", "5 cells are blank", Change.ABSENT)),
                a.changes());
        assertEquals(1, diff.unchanged());
        assertEquals(List.of(new RunFile("d.txt", "NOT_A_REPORT")), diff.added());
        assertEquals(List.of(new RunFile("c.txt", "FAILED")), diff.removed());
        assertTrue(diff.hasChanges());
        assertEquals(Map.of("PARTIAL → OK", 1), diff.statusChanges());
        assertEquals(List.of(ChangeKind.STATUS, ChangeKind.METADATA, ChangeKind.CELL, ChangeKind.CHECK,
                ChangeKind.WARNING_ADDED, ChangeKind.WARNING_REMOVED), List.copyOf(diff.byKind().keySet()));
        assertEquals(new RunDiff.KindCount(1, 1), diff.byKind().get(ChangeKind.CELL));
    }

    @Test
    void aRunComparedWithItselfHasNoChanges(@TempDir Path dir) throws IOException {
        Path[] runs = write(dir);
        RunDiff diff = RunDiff.between(runs[0], runs[0]);
        assertFalse(diff.hasChanges());
        assertEquals(3, diff.unchanged());
        assertTrue(diff.byKind().isEmpty());
    }

    @Test
    void aTemplateChangeShowsTheCellsOnlyOneRunHas() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        ReportDiff diff = ReportDiff.between("x.txt",
                json.readTree("{\"template\":\"2019\",\"cells\":{\"active.rules.newlyMade\":null}}"),
                json.readTree("{\"template\":\"2021\",\"cells\":{\"active.rules.issued\":1}}"));
        assertEquals(List.of(
                new Change(ChangeKind.TEMPLATE, "template", "\"2019\"", "\"2021\""),
                new Change(ChangeKind.CELL, "active.rules.newlyMade", "null", Change.ABSENT),
                new Change(ChangeKind.CELL, "active.rules.issued", Change.ABSENT, "1")), diff.changes());
    }

    @Test
    void aLineThatIsNotAReportIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), OLD + "{\"status\":\"OK\"}\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> RunDiff.between(bad, bad));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        Path notJson = Files.writeString(dir.resolve("csv.jsonl"), "file,status\n", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> RunDiff.between(notJson, bad));
    }
}
