package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.extract.FormatDetector;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.model.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench-floor} (hidden, run by {@code bench} in a fresh JVM): what a batch run costs that no parser can avoid.
 * It lists the inputs as {@code batch} does, reads, hashes and decodes each on worker threads, and writes, in input
 * order, the JSON line and CSV row that a real run wrote for it, replayed from that run's output files, through the
 * same kind of buffered writers and with the same commit cadence. A batch run's time over this floor's is the
 * parser's own cost.
 */
@Command(name = "bench-floor", hidden = true,
        description = "Replay a batch run's outputs over the same inputs without parsing: the floor of a run's time.")
final class BenchFloor implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "the inputs of the run")
    List<Path> paths;

    @Option(names = "--replay", required = true, paramLabel = "RUN_OUT", description = "the real run's output folder")
    Path replay;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the replayed outputs")
    Path out;

    @Option(names = "--threads", description = "workers (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The batch writer commits this many records at once when it is not waiting (see BatchRun). */
    private static final int COMMIT_RECORDS = 64;

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        Files.createDirectories(out);
        Inputs inputs = new Inputs(paths, 0, 1, Long.MAX_VALUE, out);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-floor-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Long>> inFlight = new ArrayDeque<>();
        long bytes = 0;
        int records = 0;
        try (InputStream jsonFile = Files.newInputStream(replay.resolve(OutputFolder.REPORTS));
             InputStream csvIn = Files.newInputStream(replay.resolve(OutputFolder.CELLS));
             Writer csvOut = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out.resolve(
                     OutputFolder.CELLS), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING),
                     StandardCharsets.UTF_8), 1 << 16);
             OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(out.resolve(OutputFolder.REPORTS),
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
            LineCopier jsonIn = new LineCopier(jsonFile);
            BufferedReader csvLines = new BufferedReader(new InputStreamReader(csvIn, StandardCharsets.UTF_8), 1 << 16);
            csvOut.write(csvLines.readLine()); // the header
            csvOut.write('\n');
            for (Input input : inputs) {
                inFlight.add(workers.submit(() -> readHashDecode(input)));
                while (inFlight.size() >= 4 * threads) {
                    bytes += inFlight.poll().get();
                    replayOne(jsonIn, csvLines, csvOut, jsonl, ++records);
                }
            }
            while (!inFlight.isEmpty()) {
                bytes += inFlight.poll().get();
                replayOne(jsonIn, csvLines, csvOut, jsonl, ++records);
            }
            // what the real run wrote beyond one line per input (rows with line breaks in quoted fields)
            String rest;
            while ((rest = csvLines.readLine()) != null) {
                csvOut.write(rest);
                csvOut.write('\n');
            }
        } finally {
            workers.shutdownNow();
        }
        System.err.printf("bench-floor: %d inputs, %d bytes read%n", records, bytes);
        return Main.EXIT_OK;
    }

    private static void replayOne(LineCopier jsonIn, BufferedReader csvLines, Writer csvOut, OutputStream jsonl,
                                  int records) throws IOException {
        String row = csvLines.readLine();
        if (row != null) {
            csvOut.write(row);
            csvOut.write('\n');
        }
        // the real run's JSON line is bytes made on a worker: copied as bytes, line break included
        jsonIn.copyLine(jsonl);
        if (records % COMMIT_RECORDS == 0) {
            csvOut.flush();
            jsonl.flush();
        }
    }

    /** What a worker does for every input before any parsing: read it, hash it, and decode it when it is text. */
    private static long readHashDecode(Input input) throws IOException {
        byte[] bytes = input.reader().read();
        ReportParser.sha256(bytes);
        try {
            Format format = FormatDetector.detect(input.name(), bytes);
            if (format == Format.TEXT || format == Format.HTML) {
                TextDecoder.decode(bytes);
            }
        } catch (ReportReadException e) {
            // an input the parser would refuse at once: read and hashed, nothing to decode
        }
        return bytes.length;
    }

    /** Copies a file's lines as bytes, line break included, without decoding them. */
    private static final class LineCopier {
        private final InputStream in;
        private byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;

        LineCopier(InputStream in) {
            this.in = in;
        }

        void copyLine(OutputStream out) throws IOException {
            while (true) {
                for (int i = start; i < end; i++) {
                    if (buffer[i] == '\n') {
                        out.write(buffer, start, i + 1 - start);
                        start = i + 1;
                        return;
                    }
                }
                if (start > 0) { // keep the part of the line read so far at the front
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                int n = in.read(buffer, end, buffer.length - end);
                if (n < 0) {
                    out.write(buffer, start, end - start);
                    start = end;
                    return;
                }
                end += n;
            }
        }
    }
}
