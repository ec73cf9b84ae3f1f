package io.github.ogireport.verify;

import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import io.github.ogireport.export.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run written by contract 1 (every cell with a detail) against the same inputs written by contract 2 (sparse
 * details): the diff shows what version 2 changed in meaning, not every cell. The contract 1 lines are the real
 * output of the release before version 2 for seeds 000 and 001.
 */
class ContractVersionsDiffTest {
    private static final Path CONTRACT_1 = Path.of("cli/src/test/resources/io/github/ogireport/verify/"
            + "contract1-seeds-000-001.jsonl");
    private static final List<String> SEEDS = List.of(TestData.seed(0).toString(),
            TestData.seed(1).toString());

    @Test
    void onlyTheAmountOfUnknownUnitChanged(@TempDir Path dir) throws IOException {
        ReportParser parser = new ReportParser();
        StringBuilder lines = new StringBuilder();
        for (String seed : SEEDS) {
            lines.append(ReportJson.toLine(parser.parseOrFailed(Path.of(seed)))).append('\n');
        }
        Path contract2 = Files.writeString(dir.resolve("reports.jsonl"), lines, StandardCharsets.UTF_8);
        assertTrue(Files.readString(CONTRACT_1).contains("{\"raw\":\"0\",\"kind\":\"NUMBER\",\"unit\":null}"),
                "contract 1 wrote the plain numbers' details");
        assertTrue(Files.size(contract2) * 10 < Files.size(CONTRACT_1) * 6, "contract 2 is under 60% of the size");

        RunDiff diff = RunDiff.between(CONTRACT_1, contract2);

        assertEquals(1, diff.unchanged(), "seed 000: every cell the same, plain numbers with and without a detail");
        assertEquals(1, diff.changed().size());
        ReportDiff seed001 = diff.changed().get(0);
        assertEquals(SEEDS.get(1), seed001.file());
        // 采购总金额 is printed as a bare 799100: contract 1 took it as is, contract 2 cannot tell 元 from 万元
        assertEquals(List.of(new Change(ChangeKind.STATUS, "status", "\"OK\"", "\"PARTIAL\""),
                new Change(ChangeKind.CELL, "active.procurement.totalAmount", "799100", "null")),
                seed001.changes().subList(0, 2));
        assertEquals(3, seed001.changes().size(), seed001.changes()::toString);
        assertEquals(ChangeKind.WARNING_ADDED, seed001.changes().get(2).kind());
        assertTrue(seed001.changes().get(2).key().startsWith("AMOUNT_UNIT_UNKNOWN"));
    }

    @Test
    void aNullCellWhoseKindChangedIsAChange(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("a.jsonl"), "{\"file\":\"a.txt\",\"status\":\"PARTIAL\","
                + "\"cells\":{\"adminReview.upheld\":null,\"adminReview.total\":null,\"adminReview.pending\":3},"
                + "\"cellDetails\":{\"adminReview.upheld\":{\"raw\":\"\",\"kind\":\"EMPTY\",\"unit\":null},"
                + "\"adminReview.total\":{\"raw\":\"\",\"kind\":\"MISSING\",\"unit\":null},"
                + "\"adminReview.pending\":{\"raw\":\"3\",\"kind\":\"NUMBER\",\"unit\":null}}}\n");
        Path after = Files.writeString(dir.resolve("b.jsonl"), "{\"contract\":2,\"file\":\"a.txt\","
                + "\"status\":\"PARTIAL\",\"cells\":{\"adminReview.upheld\":null,\"adminReview.total\":null,"
                + "\"adminReview.pending\":3},\"cellDetails\":{\"adminReview.upheld\":{\"raw\":\"-\",\"kind\":\"DASH\","
                + "\"unit\":null}}}\n");

        List<Change> changes = RunDiff.between(before, after).changed().get(0).changes();

        assertEquals(List.of(new Change(ChangeKind.CELL, "adminReview.upheld", "null (EMPTY)", "null (DASH)")),
                changes, "a MISSING detail and none are the same; so are a plain number's detail and none");
    }

    @Test
    void aNewerContractIsRefusedByName(@TempDir Path dir) throws IOException {
        Path newer = Files.writeString(dir.resolve("n.jsonl"), "{\"contract\":3,\"file\":\"a.txt\",\"cells\":{}}\n");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> RunDiff.between(newer, newer));
        assertTrue(e.getMessage().contains("n.jsonl line 1: written by output contract version 3"), e.getMessage());
    }
}
