package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.TestData;
import io.github.ogireport.model.CellKeys;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end: exit codes, both output files, and failures listed rather than lost. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs the CLI, checks its exit status, and returns stdout and stderr. */
    private static String[] run(int expectedExit, String... args) {
        CommandRun r = CommandRun.of(args);
        assertEquals(expectedExit, r.exit(), () -> "exit status; stderr: " + r.err());
        return new String[] {r.out(), r.err()};
    }

    @Test
    void parsePrintsTheReportAsJson() throws IOException {
        String[] io = run(0, "parse", TestData.seed(2).toString());
        JsonNode r = JSON.readTree(io[0]);
        assertEquals("OK", r.get("status").asText());
        assertEquals("高坪区人民政府办公室", r.get("agency").asText());
        assertEquals(8, r.get("cells").get("requests.newReceived.total").asInt());
        assertEquals(2, r.get("contract").asInt());
        assertEquals(0, r.get("cellDetails").size(), "seed 002 prints every cell as a plain number");
    }

    @Test
    void parseDetailsAllWritesEveryCellsDetail() throws IOException {
        JsonNode all = JSON.readTree(run(0, "parse", TestData.seed(4).toString(), "--compact",
                "--details", "all")[0]);
        assertEquals(2, all.get("contract").asInt());
        assertEquals(198, all.get("cellDetails").size(), "every key of the 2019 template");
        assertEquals("{\"raw\":\"186\",\"kind\":\"NUMBER\",\"unit\":null}",
                all.get("cellDetails").get("active.otherServices.decisions").toString());
        JsonNode sparse = JSON.readTree(run(0, "parse", TestData.seed(4).toString(), "--details",
                "sparse")[0]);
        assertEquals(all.get("cells"), sparse.get("cells"));
        assertEquals(6, sparse.get("cellDetails").size(), "five blank 行政复议 cells and 5.2 万元");
        assertTrue(run(2, "parse", TestData.seed(4).toString(), "--details", "some")[1]
                .contains("'some' is not sparse or all"));
    }

    @Test
    void batchOverTheSeedsGivesEveryReportAndExitZero(@TempDir Path out) throws IOException {
        run(0, "batch", TestData.SEEDS.toString(), "--out", out.toString(), "--quiet");
        List<JsonNode> reports = readJsonl(out.resolve("reports.jsonl"));
        assertEquals(5, reports.size());
        Map<String, String> status = new HashMap<>();
        reports.forEach(r -> status.put(Path.of(r.get("file").asText()).getFileName().toString(), r.get("status").asText()));
        assertEquals("PARTIAL", status.get("004_11b7131e39966bf3.txt"));
        assertEquals("OK", status.get("003_06cd4c87bb5813c3.txt"));
        List<CSVRecord> rows = readCsv(out.resolve("cells.csv"));
        List<String> header = new ArrayList<>(List.of("file", "status", "errorType", "errorMessage", "format",
                "template", "title", "agency", "year", "publishDate", "periodFrom", "periodTo", "sha256", "checksFailed",
                "warnings"));
        header.addAll(CellKeys.csvOrder());
        assertEquals(header, rows.get(0).toList());
        assertEquals(6, rows.size());
        CSVRecord seed004 = rows.stream().filter(r -> r.get(0).endsWith("004_11b7131e39966bf3.txt")).findFirst().orElseThrow();
        int upheld = header.indexOf("adminReview.upheld");
        int decisions = header.indexOf("active.otherServices.decisions");
        int issued = header.indexOf("active.rules.issued");
        assertEquals("", seed004.get(upheld), "a blank cell is empty, not 0");
        assertEquals("186", seed004.get(decisions));
        assertEquals("", seed004.get(issued), "a 2021 key in a 2019 report is empty");
        assertEquals("1864cc886f27cc7d87a7d60b35fc8efd49cdb3e080296e88597f947e0703f3b2",
                seed004.get(header.indexOf("sha256")), "sha256sum of the seed");
        List<CSVRecord> codebook = readCsv(out.resolve("codebook.csv"));
        assertEquals(List.of("column", "table", "rowLabel", "columnLabel", "unit", "templates", "description"),
                codebook.get(0).toList());
        assertEquals(header, codebook.stream().skip(1).map(r -> r.get(0)).toList(), "a row per CSV column, in order");
        CSVRecord amount = codebook.get(1 + header.indexOf("active.procurement.totalAmount"));
        assertEquals(List.of("政府集中采购", "采购总金额", "万元", "2019"), amount.toList().subList(2, 6));
        CSVRecord fee = codebook.get(1 + header.indexOf("active.fees.amountWanYuan"));
        assertEquals(List.of("万元", "2021"), fee.toList().subList(4, 6));
        CSVRecord secret = codebook.get(1 + header.indexOf("requests.deniedStateSecret.commercialEnterprise"));
        assertEquals(List.of("（三）不予公开 1.属于国家秘密", "商业企业", "件", "2019,2021"), secret.toList().subList(2, 6));
        assertEquals(List.of("", "", "", "", ""), codebook.get(1 + header.indexOf("sha256")).toList().subList(1, 6),
                "metadata has no table, labels, unit or template");
    }

    @Test
    void failuresAndNonReportsAreListedAndExitThree(@TempDir Path in, @TempDir Path out) throws IOException {
        Files.copy(TestData.seed(0), in.resolve("年报.txt"));
        Files.writeString(in.resolve("news.txt"), "某某县召开政务公开工作推进会\n会议要求各部门进一步提高认识。\n");
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("broken.pdf"), noise);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        String[] io = run(3, "batch", in.toString(), "--out", out.toString());
        assertFalse(io[0].contains("Exception"), "no stack trace on stdout");
        List<JsonNode> reports = readJsonl(out.resolve("reports.jsonl"));
        Map<String, JsonNode> byName = new HashMap<>();
        reports.forEach(r -> byName.put(Path.of(r.get("file").asText()).getFileName().toString(), r));
        assertEquals(4, reports.size());
        assertEquals("OK", byName.get("年报.txt").get("status").asText());
        assertEquals("NOT_A_REPORT", byName.get("news.txt").get("status").asText());
        JsonNode broken = byName.get("broken.pdf");
        assertEquals("FAILED", broken.get("status").asText());
        assertEquals("UNSUPPORTED_FORMAT", broken.get("error").get("type").asText());
        assertTrue(broken.get("error").get("message").asText().contains("broken.pdf"));
        assertEquals("NO_TEXT", byName.get("empty.txt").get("error").get("type").asText());
        assertEquals(5, readCsv(out.resolve("cells.csv")).size(), "header and one row per input, failures included");
        assertTrue(io[1].contains("broken.pdf"), "failures are named on stderr: " + io[1]);
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path out) {
        run(2, "batch", TestData.SEEDS.toString());
        run(2, "frobnicate");
        run(2, "batch", "no/such/folder", "--out", out.toString());
    }

    private static List<JsonNode> readJsonl(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            return p.getRecords();
        }
    }
}
