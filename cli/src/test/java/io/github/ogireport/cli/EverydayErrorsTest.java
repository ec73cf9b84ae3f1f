package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Everyday mistakes get a message that names the problem: the option, what it takes, what to do. */
class EverydayErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = TestData.seed(2).toString();

    private static void usageError(CommandRun run, String... says) {
        assertEquals(Main.EXIT_USAGE, run.exit(), run.err());
        for (String s : says) {
            assertTrue(run.err().contains(s), "says " + s + ": " + run.err());
        }
        assertFalse(run.err().contains("Exception"), "a message, not a stack trace: " + run.err());
    }

    private static List<JsonNode> records(Path out) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            list.add(JSON.readTree(line));
        }
        return list;
    }

    @Test
    void badOptionValuesNameTheOptionAndWhatItTakes(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        Path out = tmp.resolve("out");
        usageError(CommandRun.of("batch", SEED, "--out", file.toString()), "--out takes a folder", file + " is a file");
        usageError(CommandRun.of("batch", SEED, "--out", out.toString(), "--threads", "0"),
                "--threads takes a number of workers from 1 to 1024 (got 0)");
        usageError(CommandRun.of("batch", SEED, "--out", out.toString(), "--shard", "3/2"),
                "--shard takes K/N", "1 ≤ K ≤ N", "(got 3/2)");
        usageError(CommandRun.of("batch", SEED, "--out", out.toString(), "--timeout", "0"),
                "--timeout takes a number of seconds above 0", "(got 0)");
        usageError(CommandRun.of("parse", SEED, "--timeout", "0"), "--timeout takes a number of seconds above 0");
        usageError(CommandRun.of("batch", SEED, "--out", out.toString(), "--max-bytes", "16q"),
                "--max-bytes", "is not a size", "16m, 2g");
        assertFalse(Files.exists(out), "nothing was written");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void sizesTakeUnits() {
        LimitOptions.Size size = new LimitOptions.Size();
        assertEquals(16L << 20, size.convert("16m"));
        assertEquals(2L << 30, size.convert("2g"));
        assertEquals(2L << 30, size.convert("2GB"));
        assertEquals(500L << 10, size.convert("500k"));
        assertEquals(1234L, size.convert("1234"));
        assertEquals(64L << 20, size.convert("64MiB"));
    }

    @Test
    void aSizeWithAUnitLimitsABatch(@TempDir Path out) throws IOException {
        CommandRun run = CommandRun.of("batch", SEED, "--out", out.toString(), "--max-bytes", "1k", "--quiet");
        assertEquals(Main.EXIT_SOME_FAILED, run.exit());
        JsonNode r = records(out).get(0);
        assertEquals("TOO_LARGE", r.get("error").get("type").asText());
        assertTrue(r.get("error").get("message").asText().contains("more than the limit of 1024"),
                r.get("error").toString());
    }

    @Test
    void parseOfAFolderOrAMissingFile(@TempDir Path tmp) {
        usageError(CommandRun.of("parse", TestData.SEEDS.toString()), TestData.SEEDS + " is a folder",
                "batch " + TestData.SEEDS + " --out DIR");
        usageError(CommandRun.of("parse", tmp.resolve("missing.txt").toString()), "no such file: " + tmp.resolve("missing.txt"));
    }

    @Test
    void diffOfTwoFoldersSaysToGiveTheirReports(@TempDir Path a, @TempDir Path b) {
        usageError(CommandRun.of("diff", a.toString(), b.toString()), a + " is a folder",
                "diff compares two reports.jsonl files", a.resolve("reports.jsonl").toString());
    }

    @Test
    void aPathMissingFromTheListIsAFailedRecordNamingItsLine(@TempDir Path tmp) throws IOException {
        Path list = Files.writeString(tmp.resolve("list.txt"), "# reports\n" + SEED + "\n\ngone/年报.txt\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CommandRun run = CommandRun.of("batch", "--from-list", list.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_SOME_FAILED, run.exit(), run.err());
        List<JsonNode> records = records(out);
        assertEquals(2, records.size());
        assertEquals("OK", records.get(0).get("status").asText());
        JsonNode missing = records.get(1);
        assertEquals("gone/年报.txt", missing.get("file").asText());
        assertEquals("FAILED", missing.get("status").asText());
        assertEquals("IO", missing.get("error").get("type").asText());
        assertTrue(missing.get("error").get("message").asText().contains(list + " line 4: no such file or folder"),
                missing.get("error").toString());
    }

    @Test
    void noInputUnderThePathsExitsTwoAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("out");
        usageError(CommandRun.of("batch", empty.toString(), "--out", out.toString()), "no input found under " + empty);
        assertFalse(Files.exists(out));
        usageError(CommandRun.of("batch", TestData.SEEDS.toString(), "--out", out.toString(), "--include", "*.pdf"),
                "no input found under testdata/seeds", "--include [*.pdf]");
    }

    @Test
    void includeAndExcludeGlobs(@TempDir Path out, @TempDir Path out2) throws IOException {
        CommandRun only = CommandRun.of("batch", TestData.SEEDS.toString(), "--out", out.toString(), "--include",
                "00[12]_*.txt",
                "--quiet");
        assertEquals(Main.EXIT_OK, only.exit(), only.err());
        assertEquals(List.of(TestData.seed(1).toString(), TestData.seed(2).toString()),
                records(out).stream().map(r -> r.get("file").asText()).toList());
        CommandRun but = CommandRun.of("batch", TestData.SEEDS.toString(), "--out", out2.toString(), "--exclude",
                "00[12]_*",
                "--exclude", TestData.SEEDS + "/004_*", "--quiet");
        assertEquals(List.of(TestData.seed(0).toString(), TestData.seed(3).toString()),
                records(out2).stream().map(r -> r.get("file").asText()).toList());
        assertEquals(3, JSON.readTree(out2.resolve("summary.json").toFile()).get("thisRun")
                .get("skippedByIncludeExclude").asInt());
    }

    @Test
    void aZipBombIsExplainedToAUserNotAsALibrarySetting() throws IOException {
        CommandRun run = CommandRun.of("parse", TestData.of("bad/zip-bomb.docx").toString(), "--compact");
        JsonNode error = JSON.readTree(run.out()).get("error");
        assertEquals("TOO_LARGE", error.get("type").asText());
        assertEquals(TestData.of("bad/zip-bomb.docx") + ": the Word (.docx) document was not read: its part "
                + "word/document.xml unpacks from 118 bytes to more than 106496, far more than any real document packs (a \"zip bomb\"), "
                + "so reading it could exhaust the memory", error.get("message").asText());
    }

    @Test
    void theAssetsOfASavedWebPageAreNotInputs(@TempDir Path in, @TempDir Path out) throws IOException {
        Files.copy(TestData.seed(2), in.resolve("年报.txt"));
        Path assets = Files.createDirectories(in.resolve("年报页面_files"));
        Files.writeString(assets.resolve("style.css"), "body { color: black }");
        Files.writeString(assets.resolve("jquery.min.js"), "var a = 1;");
        Files.write(assets.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        CommandRun run = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_OK, run.exit(), run.err());
        assertEquals(1, records(out).size());
        assertEquals(3, JSON.readTree(out.resolve("summary.json").toFile()).get("thisRun")
                .get("skippedWebPageAssets").asInt());
        assertTrue(run.err().contains("3 web-page assets"), run.err());
        assertTrue(Inputs.pageAsset("a.zip!/page_files/x.css"));
        assertFalse(Inputs.pageAsset("page_files/report.pdf"), "a document in it is read");
        assertFalse(Inputs.pageAsset("styles/x.css"), "only beside a saved page");
    }
}
