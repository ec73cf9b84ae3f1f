package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.tabular.CellsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * {@code bench-warmup} (hidden, run by {@code bench --warm-up} in a fresh JVM): how a cold JVM's time per report
 * falls as the JIT compiles the parser. It parses the inputs as {@code batch} does, on as many workers, and makes
 * each report's JSON line and CSV row, but writes nothing. It prints the wall time per report over stretches of the
 * first pass, then over each later pass of the same inputs, when little is left to compile.
 */
@Command(name = "bench-warmup", hidden = true,
        description = "Time each report of a cold JVM's parse: the JIT's warm-up, report by report.")
final class BenchWarmUp implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "the inputs")
    List<Path> paths;

    @Option(names = "--threads", description = "workers (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--passes", description = "passes over the inputs (default: ${DEFAULT-VALUE})")
    int passes = 3;

    @Option(names = "--details", paramLabel = "sparse|all", converter = DetailsOption.class,
            description = "which cells get a detail in the JSON lines made")
    ReportJson.Details details = ReportJson.Details.SPARSE;

    /** Where the first pass's stretches end: the first report (classes loaded), then the JIT's progress. */
    static final int[] STRETCH_ENDS = {1, 500, 2_000, 8_000};

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        List<Input> inputs = new ArrayList<>();
        new Inputs(paths, 0, 1, ReportParser.DEFAULT_MAX_BYTES, null).forEach(inputs::add);
        ReportParser parser = new ReportParser();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("warm-up: %d inputs, %d workers, parse + JSON line + CSV row, nothing written; "
                + "ms of wall time per report", inputs.size(), threads));
        for (int pass = 1; pass <= passes; pass++) {
            long start = System.nanoTime();
            Pass timed = run(inputs, parser);
            if (pass == 1) {
                int from = 0;
                long since = start;
                for (int end : stretchEnds(inputs.size())) {
                    lines.add(String.format("pass 1  reports %,6d-%,6d %9.3f", from + 1, end,
                            (timed.doneAt[end - 1] - since) / 1e6 / (end - from)));
                    since = timed.doneAt[end - 1];
                    from = end;
                }
            }
            lines.add(String.format("pass %d  all %,d reports %9.3f  (%.2f s; %,d bytes of JSON lines)", pass,
                    inputs.size(), inputs.isEmpty() ? 0 : (timed.end() - start) / 1e6 / inputs.size(),
                    (timed.end() - start) / 1e9, timed.jsonBytes));
        }
        lines.forEach(System.out::println);
        return Main.EXIT_OK;
    }

    /** The stretch ends below {@code n}, and {@code n} itself. */
    static int[] stretchEnds(int n) {
        return n == 0 ? new int[0] : IntStream.concat(Arrays.stream(STRETCH_ENDS).filter(e -> e < n), IntStream.of(n))
                .toArray();
    }

    /**
     * One pass over the inputs.
     *
     * @param doneAt the times at which reports were done, earliest first
     * @param jsonBytes the bytes of the JSON lines made
     */
    private record Pass(long[] doneAt, long jsonBytes) {
        /** When the last report was done. */
        long end() {
            return doneAt.length == 0 ? System.nanoTime() : doneAt[doneAt.length - 1];
        }
    }

    private Pass run(List<Input> inputs, ReportParser parser) throws InterruptedException, ExecutionException {
        long[] doneAt = new long[inputs.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-warmup-worker");
            t.setDaemon(true);
            return t;
        });
        long jsonBytes = 0;
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(workers.submit(() -> {
                    long bytes = 0;
                    CellsCsv csv = new CellsCsv(DISCARDED, false);
                    for (int i = next.getAndIncrement(); i < inputs.size(); i = next.getAndIncrement()) {
                        AnnualReport report = parse(inputs.get(i), parser);
                        bytes += ReportJson.toUtf8Line(report, details).length;
                        csv.write(report);
                        doneAt[i] = System.nanoTime();
                    }
                    return bytes;
                }));
            }
            for (Future<Long> f : done) {
                jsonBytes += f.get();
            }
        } finally {
            workers.shutdownNow();
        }
        Arrays.sort(doneAt); // by when, not by which input
        return new Pass(doneAt, jsonBytes);
    }

    /** Where the CSV rows go: nowhere, as the JSON lines. */
    private static final Appendable DISCARDED = new Appendable() {
        @Override
        public Appendable append(CharSequence csq) {
            return this;
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) {
            return this;
        }

        @Override
        public Appendable append(char c) {
            return this;
        }
    };

    private static AnnualReport parse(Input input, ReportParser parser) {
        byte[] bytes;
        try {
            bytes = input.reader().read();
        } catch (IOException e) {
            return ReportParser.failed(ReportReadException.unreadable(input.name(), e));
        }
        return parser.parseOrFailed(bytes, input.name());
    }
}
