package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared contract checker ({@code ../shared/tools/check-contract}, FORMAT.md B3) passes on a batch of testdata,
 * as CI runs it. Where the checker (or python3) is not there, the test says so and is skipped.
 */
class CheckContractTest {
    /** The shared folder beside the repository, or beside the folder of its worktrees. */
    private static final List<Path> CHECKERS = List.of(Path.of("../shared/tools/check-contract"),
            Path.of("../../shared/tools/check-contract"));

    private static Path checker() {
        Path found = CHECKERS.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        if (found == null) {
            System.out.println("CheckContractTest skipped: no " + CHECKERS.get(0) + " (CI has it)");
        }
        Assumptions.assumeTrue(found != null, "the shared contract checker is not here");
        return found;
    }

    private static String check(Path checker, Path out, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", checker.toString(), out.toString()));
        command.addAll(List.of(options));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("CheckContractTest skipped: python3 cannot be started (" + e.getMessage() + ")");
            Assumptions.abort("no python3");
            throw e;
        }
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the checker ended");
        assertEquals(0, p.exitValue(), printed);
        return printed;
    }

    @Test
    void aBatchOfTestdataKeepsTheContract(@TempDir Path out) throws Exception {
        Path checker = checker();
        CommandRun run = CommandRun.of("batch", TestData.ROOT.toString(), "--out", out.toString(), "--quiet");
        assertEquals(3, run.exit(), "testdata holds broken files on purpose");
        String printed = check(checker, out);
        assertTrue(printed.contains(" 0 problems"), printed);
    }

    @Test
    void detailsAllIsStillContract2(@TempDir Path out) throws Exception {
        Path checker = checker();
        assertEquals(0, CommandRun.of("batch", TestData.SEEDS.toString(), "--out", out.toString(), "--quiet",
                "--details",
                "all").exit());
        String printed = check(checker, out, "--details-all");
        assertTrue(printed.contains("5 reports checked, 0 problems"), printed);
        assertTrue(Files.readString(out.resolve("reports.jsonl")).contains("{\"raw\":\"0\",\"kind\":\"NUMBER\",\"unit\":null}"),
                "every cell has its detail, plain numbers too");
    }
}
