package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The floor that {@code bench} compares a run with writes exactly the bytes of that run: nothing less, nothing more. */
class BenchFloorTest {
    @TempDir
    Path tmp;

    @Test
    void replaysTheRunsOutputsByteForByte() throws Exception {
        Path run = tmp.resolve("run");
        Path floor = tmp.resolve("floor");
        // the seeds and a folder of broken files: failures have rows and lines too
        CommandRun batch = CommandRun.of("batch", TestData.SEEDS.toString(), TestData.BAD.toString(), "--out",
                run.toString(), "--quiet");
        assertEquals(Main.EXIT_SOME_FAILED, batch.exit(), batch.err());

        CommandRun replay = CommandRun.of("bench-floor", TestData.SEEDS.toString(), TestData.BAD.toString(),
                "--replay", run.toString(),
                "--out", floor.toString(), "--threads", "2");

        assertEquals(Main.EXIT_OK, replay.exit(), replay.err());
        assertArrayEquals(Files.readAllBytes(run.resolve(OutputFolder.REPORTS)),
                Files.readAllBytes(floor.resolve(OutputFolder.REPORTS)));
        assertArrayEquals(Files.readAllBytes(run.resolve(OutputFolder.CELLS)),
                Files.readAllBytes(floor.resolve(OutputFolder.CELLS)));
    }
}
