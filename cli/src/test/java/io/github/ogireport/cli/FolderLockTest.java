package io.github.ogireport.cli;

import io.github.ogireport.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per output folder: a second run refuses and touches nothing; a killed run's lock does not stay. */
class FolderLockTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path seeds(Path in) throws IOException {
        try (Stream<Path> seeds = Files.list(TestData.SEEDS)) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        return in;
    }

    /** Every file of a folder with its bytes. */
    private static Map<String, List<Byte>> contents(Path folder) throws IOException {
        Map<String, List<Byte>> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                byte[] b = Files.readAllBytes(p);
                Byte[] boxed = new Byte[b.length];
                for (int i = 0; i < b.length; i++) {
                    boxed[i] = b[i];
                }
                all.put(p.getFileName().toString(), List.of(boxed));
            }
        }
        return all;
    }

    /** Another process holding the folder, and its pid once it has it. */
    private record Holder(Process process, long pid) {
        static Holder of(Path out) throws IOException {
            Process p = ChildJvm.start(LockHolder.class, env -> { }, out.toString());
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(line != null && line.startsWith("locked "), "the holder locked the folder: " + line);
            return new Holder(p, Long.parseLong(line.substring("locked ".length()).strip()));
        }
    }

    @Test
    void aSecondRunSaysWhoHoldsTheFolderExitsTwoAndTouchesNothing(@TempDir Path in, @TempDir Path out)
            throws Exception {
        seeds(in);
        assertEquals(Main.EXIT_OK, CommandRun.of("batch", in.toString(), "--out", out.toString(), "--quiet").exit());
        Map<String, List<Byte>> before = contents(out);
        Holder holder = Holder.of(out);
        try {
            for (String[] args : new String[][] {{"batch", in.toString(), "--out", out.toString()},
                    {"batch", in.toString(), "--out", out.toString(), "--overwrite"}}) {
                CommandRun second = CommandRun.of(args);
                assertEquals(Main.EXIT_USAGE, second.exit(), second.err());
                assertTrue(second.err().contains(out + " is in use by another run (pid " + holder.pid() + ")"),
                        second.err());
                assertTrue(!second.err().toLowerCase().contains("delete"), second.err());
                assertEquals(before.keySet(), contents(out).keySet());
                assertEquals(before.get("reports.jsonl"), contents(out).get("reports.jsonl"));
                assertEquals(before.get("cells.csv"), contents(out).get("cells.csv"));
                assertEquals(before.get("summary.json"), contents(out).get("summary.json"));
            }
        } finally {
            holder.process().getOutputStream().close(); // lets go
            assertTrue(holder.process().waitFor(60, TimeUnit.SECONDS));
        }
        CommandRun after = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_OK, after.exit(), after.err());
        assertTrue(!after.err().contains("did not finish"), "the holder finished: " + after.err());
    }

    @Test
    void theLockOfAKilledRunIsGoneAndTheNextRunSaysItDidNotFinish(@TempDir Path in, @TempDir Path out)
            throws Exception {
        seeds(in);
        Holder holder = Holder.of(out);
        holder.process().destroyForcibly(); // kill -9: the system lets go of its lock, the pid stays in the file
        assertTrue(holder.process().waitFor(60, TimeUnit.SECONDS));
        CommandRun next = CommandRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(Main.EXIT_OK, next.exit(), next.err());
        assertTrue(next.err().contains("(pid " + holder.pid() + ") did not finish"), next.err());
        assertEquals(5, Files.readAllLines(out.resolve("reports.jsonl")).size());
    }

    @Test
    void twoBatchProcessesStartedTogetherNeverWriteAnInputTwice(@TempDir Path in, @TempDir Path out)
            throws Exception {
        seeds(in);
        for (int copy = 0; copy < 8; copy++) { // enough that a run takes a while
            try (Stream<Path> seeds = Files.list(TestData.SEEDS)) {
                for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    Files.copy(p, in.resolve(copy + "-" + p.getFileName()));
                }
            }
        }
        Process a = ChildJvm.main("batch", in.toString(), "--out", out.toString(), "--quiet");
        Process b = ChildJvm.main("batch", in.toString(), "--out", out.toString(), "--quiet");
        assertTrue(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS));
        String errA = new String(a.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String errB = new String(b.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            int exit = i == 0 ? a.exitValue() : b.exitValue();
            String err = i == 0 ? errA : errB;
            // either it ran (after or without the other), or it found the folder in use and wrote nothing
            assertTrue(exit == Main.EXIT_OK || exit == Main.EXIT_USAGE && err.contains("is in use by another run ("),
                    exit + " " + err);
        }
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
        Set<String> files = new HashSet<>();
        for (String line : lines) {
            JsonNode r = JSON.readTree(line);
            assertTrue(files.add(r.get("file").asText()), "recorded once: " + r.get("file").asText());
        }
        assertEquals(45, files.size());
        assertEquals(46, Files.readAllLines(out.resolve("cells.csv"), StandardCharsets.UTF_8).size());
    }
}
