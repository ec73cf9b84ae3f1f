package io.github.ogireport.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportTable;
import io.github.ogireport.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.github.ogireport.verify.SeedCorpus.GAOPING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link CorpusVerifier} over small corpora built from the seeds and their hand-verified expected files. */
class CorpusVerifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorpusVerifier verifier = new CorpusVerifier(new ReportParser());

    @Test
    void oneDeliberateMismatchIsReportedExactlyAndNothingElse(@TempDir Path dir) throws IOException {
        SeedCorpus.copyAll(dir, true);
        // 高坪区 received 8 requests (hand-verified); claim 9
        SeedCorpus.edit(dir.resolve(GAOPING + ".expected.json"), "\"requests.newReceived.total\": 8,",
                "\"requests.newReceived.total\": 9,");

        CorpusResult result = verifier.verify(dir);

        assertEquals(5, result.files().size());
        assertFalse(result.allMatch());
        assertEquals(4, result.count(Verdict.MATCH));
        assertEquals(1, result.count(Verdict.MISMATCH));
        FileResult wrong = result.files().stream().filter(f -> f.verdict() == Verdict.MISMATCH).findFirst().orElseThrow();
        assertEquals(dir.resolve(GAOPING + ".txt"), wrong.report());
        assertEquals(List.of(new Mismatch("cells.requests.newReceived.total", "9", "8")), wrong.mismatches());

        ExactMatchRates rates = result.rates();
        assertEquals(new Rate(5, 4), rates.reports());
        assertEquals(new Rate(5, 4), rates.cells().get("requests.newReceived.total"));
        assertEquals(new Rate(5, 5), rates.cells().get("requests.granted.total"));
        // 4 reports × 161 cells of the 2019 table 三 and 1 × 175 of the 2021 one, one of them wrong
        assertEquals(new Rate(4 * 161 + 175, 4 * 161 + 175 - 1), rates.tables().get(ReportTable.REQUESTS));
        assertEquals(new Rate(5 * 15, 5 * 15), rates.tables().get(ReportTable.REVIEW));
        assertEquals(new Rate(5, 5), rates.fields().get("agency"));
        assertEquals(new Rate(5, 5), rates.fields().get("period"), "period.from and .to make one period per report");
        int cellsCompared = rates.tables().values().stream().mapToInt(Rate::compared).sum();
        assertEquals(new Rate(cellsCompared, cellsCompared - 1), rates.allCells());
    }

    @Test
    void partialExpectedFilesCheckOnlyWhatTheyList(@TempDir Path dir) throws IOException {
        Files.copy(SeedCorpus.report(GAOPING), dir.resolve("gaoping.txt"));
        // values from the hand-verified expected file of seed 002; the period lists only its first day
        Files.writeString(dir.resolve("gaoping.expected.json"), """
                {"agency": "高坪区人民政府办公室", "period": {"from": "2019-01-01"},
                 "cells": {"requests.newReceived.total": 8, "requests.granted.total": 4},
                 "_note": "notes are not compared"}
                """, StandardCharsets.UTF_8);

        CorpusResult result = verifier.verify(dir);

        FileResult file = result.files().get(0);
        assertEquals(Verdict.MATCH, file.verdict());
        assertEquals(List.of("agency", "period.from", "cells.requests.newReceived.total", "cells.requests.granted.total"),
                file.values().stream().map(ComparedValue::field).toList());
        ExactMatchRates rates = result.rates();
        assertEquals(List.of("agency", "period"), List.copyOf(rates.fields().keySet()));
        assertEquals(List.of("requests.newReceived.total", "requests.granted.total"), List.copyOf(rates.cells().keySet()));
        assertEquals(Map.of(ReportTable.REQUESTS, new Rate(2, 2)), rates.tables());
    }

    @Test
    void anUnreviewedExpectedFileIsNeitherAPassNorCounted(@TempDir Path dir) throws IOException {
        SeedCorpus.copyAll(dir, true);
        Path expected = dir.resolve(GAOPING + ".expected.json");
        SeedCorpus.edit(expected, "\"status\": \"OK\",", "\"_unreviewed\": true,\n  \"status\": \"OK\",");

        CorpusResult result = verifier.verify(dir);

        assertEquals(1, result.count(Verdict.UNREVIEWED));
        assertEquals(4, result.count(Verdict.MATCH));
        assertFalse(result.allMatch(), "an unreviewed file is not a pass");
        assertEquals(new Rate(4, 4), result.rates().reports(), "nor counted in the rates");
        assertEquals(new Rate(4, 4), result.rates().fields().get("agency"));

        SeedCorpus.edit(expected, "\"_unreviewed\": true", "\"_unreviewed\": false");
        assertTrue(verifier.verify(dir).allMatch(), "\"_unreviewed\": false is reviewed");
    }

    @Test
    void writeExpectedDraftsUnreviewedFilesOnlyWhereNoneExists(@TempDir Path dir) throws IOException {
        SeedCorpus.copyAll(dir, false);
        Files.writeString(dir.resolve(GAOPING + ".expected.json"), "{\"agency\": \"高坪区人民政府办公室\"}\n");

        List<Path> written = verifier.writeExpected(dir);

        assertEquals(4, written.size());
        assertEquals("{\"agency\": \"高坪区人民政府办公室\"}\n",
                Files.readString(dir.resolve(GAOPING + ".expected.json")), "a person's file is never overwritten");
        JsonNode draft = JSON.readTree(dir.resolve("000_d7df2898a5ebd097.expected.json").toFile());
        List<String> fields = new ArrayList<>();
        draft.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("_unreviewed", "status", "template", "title", "agency", "year", "publishDate", "period",
                "cells"), fields);
        assertTrue(draft.get("_unreviewed").asBoolean());
        CorpusResult result = verifier.verify(dir);
        assertEquals(4, result.count(Verdict.UNREVIEWED));
        assertEquals(1, result.count(Verdict.MATCH));
        assertTrue(result.withoutExpected().isEmpty());
        assertEquals(List.of(), verifier.writeExpected(dir), "nothing left to draft");
    }

    @Test
    void aReviewedDraftHoldsTheHandVerifiedValues(@TempDir Path dir) throws IOException {
        // the draft of seed 000 agrees with its hand-verified expected file on every field both list, decimals included
        Files.copy(SeedCorpus.report("000_d7df2898a5ebd097"), dir.resolve("000.txt"));
        verifier.writeExpected(dir);
        JsonNode draft = JSON.readTree(dir.resolve("000.expected.json").toFile());
        JsonNode verified = JSON.readTree(SeedCorpus.expected("000_d7df2898a5ebd097"));
        draft.properties().forEach(f -> {
            if (!f.getKey().startsWith("_")) {
                assertEquals(verified.get(f.getKey()), f.getValue(), f.getKey());
            }
        });
        assertEquals("4.98", draft.get("cells").get("active.procurement.totalAmount").toString());
    }

    @Test
    void unreadableFilesAndBrokenExpectedFilesAreResultsNotCrashes(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("broken.pdf"), noise);
        Files.writeString(dir.resolve("broken.expected.json"), "{\"status\": \"FAILED\"}");
        Files.write(dir.resolve("scan.pdf"), noise);
        Files.writeString(dir.resolve("scan.expected.json"), "{\"status\": \"OK\"}");
        Files.copy(SeedCorpus.report(GAOPING), dir.resolve("typo.txt"));
        Files.writeString(dir.resolve("typo.expected.json"), "{\"status\": \"OK\",\n \"agency\": }");
        Files.writeString(dir.resolve("gone.expected.json"), "{\"status\": \"OK\"}");
        Files.writeString(dir.resolve("notes.txt"), "not annotated");

        CorpusResult result = verifier.verify(dir);

        Map<String, FileResult> byName = new java.util.HashMap<>();
        result.files().forEach(f -> byName.put(f.expected().getFileName().toString(), f));
        assertEquals(Verdict.MATCH, byName.get("broken.expected.json").verdict());
        assertEquals(Status.FAILED, byName.get("broken.expected.json").status());
        assertEquals(List.of(new Mismatch("status", "\"OK\"", "\"FAILED\"")), byName.get("scan.expected.json").mismatches());
        FileResult typo = byName.get("typo.expected.json");
        assertEquals(Verdict.INVALID_EXPECTED, typo.verdict());
        assertTrue(typo.problem().contains("line 2"), typo.problem());
        FileResult gone = byName.get("gone.expected.json");
        assertEquals(Verdict.NO_REPORT, gone.verdict());
        assertEquals("no report file gone.* beside it", gone.problem());
        assertEquals(List.of(dir.resolve("notes.txt")), result.withoutExpected());
        assertEquals(new Rate(2, 1), result.rates().reports(), "only compared files count");
    }

    @Test
    void reportsAreFoundInSubfoldersAndHiddenFilesAreLeftOut(@TempDir Path dir) throws IOException {
        Path sub = Files.createDirectories(dir.resolve("2019/高坪区"));
        Files.copy(SeedCorpus.report(GAOPING), sub.resolve("年报.txt"));
        Files.writeString(sub.resolve("年报.expected.json"), "{\"year\": 2019}");
        Files.writeString(dir.resolve(".DS_Store"), "desktop metadata");

        CorpusResult result = verifier.verify(dir);

        assertTrue(result.allMatch());
        assertEquals(sub.resolve("年报.txt"), result.files().get(0).report());
        assertEquals(List.of(), result.withoutExpected());
    }
}
