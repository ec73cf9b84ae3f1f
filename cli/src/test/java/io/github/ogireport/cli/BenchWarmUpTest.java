package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up bench does a batch's work for every input in every pass, and times the stretches it says. */
class BenchWarmUpTest {
    @TempDir
    Path tmp;

    @Test
    void makesEveryInputsJsonLineInEveryPass() throws Exception {
        Path run = tmp.resolve("run");
        // the seeds and a folder of broken files: failures are parsed and serialised too
        CommandRun batch = CommandRun.of("batch", TestData.SEEDS.toString(), TestData.BAD.toString(), "--out",
                run.toString(), "--quiet");
        assertEquals(Main.EXIT_SOME_FAILED, batch.exit(), batch.err());
        long jsonl = Files.size(run.resolve(OutputFolder.REPORTS));
        long records = Files.readAllLines(run.resolve(OutputFolder.REPORTS)).size();

        CommandRun warm = CommandRun.of("bench-warmup", TestData.SEEDS.toString(), TestData.BAD.toString(),
                "--threads", "2", "--passes", "2");

        assertEquals(Main.EXIT_OK, warm.exit(), warm.err());
        String out = warm.out();
        assertTrue(out.contains(String.format("warm-up: %d inputs, 2 workers", records)), out);
        for (int pass = 1; pass <= 2; pass++) {
            assertTrue(out.contains(String.format("pass %d  all %,d reports", pass, records)), out);
            assertTrue(out.contains(String.format("%,d bytes of JSON lines", jsonl)), out);
        }
        assertTrue(out.contains(String.format("pass 1  reports      1-     1")), out);
        assertTrue(out.contains(String.format("pass 1  reports      2-%,6d", records)), out);
    }

    @Test
    void stretchesEndAtTheFirstReportThenAsTheJitProgresses() {
        assertArrayEquals(new int[] {1, 500, 2_000, 8_000, 10_000}, BenchWarmUp.stretchEnds(10_000));
        assertArrayEquals(new int[] {1, 500, 2_000, 8_000, 100_000}, BenchWarmUp.stretchEnds(100_000));
        assertArrayEquals(new int[] {1, 37}, BenchWarmUp.stretchEnds(37));
        assertArrayEquals(new int[] {1}, BenchWarmUp.stretchEnds(1));
        assertArrayEquals(new int[0], BenchWarmUp.stretchEnds(0));
    }
}
