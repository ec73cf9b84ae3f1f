package io.github.ogireport.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code serve} refuses what it cannot serve in one line, before listening anywhere. */
class ServeCommandTest {
    @Test
    void aFolderThatIsNoBatchOutputIsAUsageError(@TempDir Path dir) {
        CommandRun run = CommandRun.of("serve", dir.toString(), "--port", "0");
        assertEquals(Main.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains(dir + ": no reports.jsonl (not a batch output folder)"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void aMissingTargetOrComparisonIsAUsageError(@TempDir Path dir) {
        assertEquals(Main.EXIT_USAGE, CommandRun.of("serve", dir.resolve("nothing").toString()).exit());
        CommandRun run = CommandRun.of("serve", dir.toString(), "--compare", dir.resolve("old").toString());
        assertEquals(Main.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("no reports.jsonl to compare with"), run.err());
    }
}
