package io.github.ogireport.cli;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Source;
import io.github.ogireport.model.Status;
import io.github.ogireport.tabular.CellsCsv;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a batch: parses the inputs on worker threads and writes their records in input order, so that a run's
 * output does not depend on thread timing and a resumed run continues exactly where the last one stopped.
 * At most a fixed number of inputs are in flight, so memory does not grow with the number of files; one that
 * hangs past its time limit or throws becomes a FAILED record and the run goes on.
 */
final class BatchRun {
    private final BatchOptions options;
    /** Parses one input's bytes into its record: the parser's {@code parseOrFailed}. */
    private final java.util.function.BiFunction<byte[], String, AnnualReport> parser;
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
    private long bytesRead;
    private int skippedRecorded;
    /** Records of earlier runs replaced by this one: FAILED ones parsed again, and inputs whose content changed. */
    private int retried;
    private int replacedChanged;
    /** Inputs given up on while a worker was still inside them (a library call that did not return in time). */
    private int abandoned;
    /** What the folder held when this run started. */
    private OutputFolder.Recorded recorded = OutputFolder.Recorded.NONE;

    BatchRun(BatchOptions options) {
        this(options, ReportParser.builder().limits(options.limits()).ocr(options.ocr()).build()::parseOrFailed);
    }

    /** A run whose inputs are parsed by another function: for tests of what the run does around a parse. */
    BatchRun(BatchOptions options, java.util.function.BiFunction<byte[], String, AnnualReport> parser) {
        this.options = options;
        this.parser = parser;
    }

    /** What a run did. */
    record Result(Map<Status, Integer> counts, int skippedRecorded, int skippedExpected, int skippedSystemFiles,
                  int skippedRepeatedFolders, long bytes, double seconds, int retried, int replacedChanged,
                  int abandoned, int skippedAssets, int skippedByPattern) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Runs the batch into the output folder, which the caller holds locked.
     *
     * @throws OutputFolder.Refused when the folder holds records this run must not add to (nothing is changed)
     */
    Result run(Inputs inputs, Progress progress, RunSummary summary) throws IOException, OutputFolder.Refused {
        Files.createDirectories(options.out());
        if (options.overwrite()) {
            Files.deleteIfExists(options.out().resolve(OutputFolder.REPORTS));
            Files.deleteIfExists(options.out().resolve(OutputFolder.CELLS));
        }
        recorded = OutputFolder.repair(options.out(), summary);
        if (recorded.garbled() > 0) {
            progress.note("warning: " + recorded.garbled() + " records of earlier runs name their file with U+FFFD "
                    + "(written under a locale that could not read the name): this run records such files under "
                    + "their real names, beside them; --overwrite converts the folder afresh");
        }
        if (recorded.failed() > 0) {
            progress.note(options.retry()
                    ? recorded.failed() + " FAILED records of earlier runs are parsed again if their inputs are among "
                    + "this run's (--no-retry keeps them)"
                    : recorded.failed() + " FAILED records of earlier runs are kept (--no-retry)");
        }
        Path cells = options.out().resolve(OutputFolder.CELLS);
        boolean fresh = !Files.exists(cells) || Files.size(cells) == 0;
        long start = System.nanoTime();
        Semaphore running = new Semaphore(options.threads());
        Deque<Task> inFlight = new ArrayDeque<>();
        try (Writer csvOut = writer(options.out().resolve(OutputFolder.CELLS), fresh && options.excelBom());
             OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(options.out().resolve(
                     OutputFolder.REPORTS), StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16);
             CellsCsv csv = new CellsCsv(csvOut, fresh)) {
            for (Input input : inputs) {
                inFlight.add(new Task(input, running).start(() -> parse(input, recorded), options.abandonNanos()));
                while (inFlight.size() >= window()) {
                    write(inFlight.poll(), csv, progress, summary);
                    commitUnlessNextIsDone(inFlight, csv, csvOut, jsonl);
                }
            }
            while (!inFlight.isEmpty()) {
                write(inFlight.poll(), csv, progress, summary);
                commitUnlessNextIsDone(inFlight, csv, csvOut, jsonl);
            }
            commit(csv, csvOut, jsonl);
        }
        if (retried + replacedChanged > 0) {
            // the replacements were appended: one record per input again, where the first one was
            OutputFolder.compact(options.out(), false);
            summary.clear();
            OutputFolder.repair(options.out(), summary);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(counts, skippedRecorded, inputs.skippedExpected(), inputs.skippedSystemFiles(),
                inputs.skippedRepeatedFolders(), bytesRead, seconds, retried, replacedChanged, abandoned,
                inputs.skippedAssets(), inputs.skippedByPattern());
    }

    private static Writer writer(Path file, boolean bom) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), StandardCharsets.UTF_8), 1 << 16);
        if (bom) {
            w.write('\uFEFF');
        }
        return w;
    }

    /**
     * How many inputs may be queued or parsed ahead of the one being written. More than the workers, so that a
     * worker that finishes takes the next input at once instead of waiting for the writer to hand it one; each holds
     * at most one report and its output lines, so memory stays bounded.
     */
    private int window() {
        return 4 * options.threads();
    }

    /**
     * Worker threads are reused (a new thread per input costs about as much as parsing a small report), and a new
     * one is started only when every thread is busy: a thread stuck in an abandoned parse keeps it busy, so a hung
     * input never takes a slot from the others. Daemon threads, so an abandoned parse does not keep the JVM alive.
     */
    private static final java.util.concurrent.atomic.AtomicInteger PARSING = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * How many workers are inside a parse now: after a run, those are the ones abandoned inside a library call
     * that has not returned (they hold a core, and memory, until it does).
     */
    static int workersStillBusy() {
        return PARSING.get();
    }

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ogi-report-worker");
        t.setDaemon(true);
        return t;
    });

    /**
     * One input on its way through a worker. A queued task waits for one of the run's parse slots; its time limit
     * starts when it gets one, so waiting behind a slow input never counts against it.
     */
    private static final class Task {
        final Input input;
        private final Semaphore running;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile Thread worker;
        final CompletableFuture<Parsed> future = new CompletableFuture<>();

        Task(Input input, Semaphore running) {
            this.input = input;
            this.running = running;
        }

        Task start(Supplier<Parsed> parse, long limitNanos) {
            future.whenComplete((r, e) -> end(e));
            WORKERS.execute(() -> {
                running.acquireUninterruptibly();
                worker = Thread.currentThread();
                // the limit runs on its own clock: a hung input fails on time even while the writer waits
                future.orTimeout(limitNanos, TimeUnit.NANOSECONDS);
                PARSING.incrementAndGet();
                try {
                    future.complete(parse.get());
                } catch (Throwable e) { // anything, or the writer would wait for this input for ever
                    future.completeExceptionally(e);
                } finally {
                    PARSING.decrementAndGet();
                    worker = null; // completing the future above freed the slot (end)
                }
            });
            return this;
        }

        /** The parse ended or was abandoned: free its slot, and ask an abandoned worker to stop. */
        private void end(Throwable failure) {
            Thread w = worker;
            if (failure instanceof TimeoutException && w != null) {
                w.interrupt();
            }
            if (released.compareAndSet(false, true)) {
                running.release();
            }
        }
    }

    /**
     * A parsed input, or null for one recorded by an earlier run, with its JSON line made on the worker thread: a
     * report too large to serialise then fails on its own instead of taking the writer, and the run, down with it.
     */
    private record Parsed(AnnualReport report, long bytes, byte[] jsonLine, Replaces replaces) {
        Parsed(AnnualReport report, long bytes, ReportJson.Details details) {
            this(report, bytes, serialised(report, details), Replaces.NOTHING);
        }

        /** This record, replacing an earlier one. */
        Parsed replacing(Replaces earlier) {
            return new Parsed(report, bytes, jsonLine, earlier);
        }

        private static byte[] serialised(AnnualReport report, ReportJson.Details details) {
            try {
                return ReportJson.toUtf8Line(report, details);
            } catch (OutOfMemoryError e) {
                return null; // the writer records the file as too large
            }
        }

        /** This input as a FAILED record when its report could not be serialised. */
        Parsed orTooLarge(String name) {
            if (jsonLine != null) {
                return this;
            }
            AnnualReport failed = ReportParser.failed(ReportReadException.reportTooLarge(name, report.format()),
                    report.source());
            return new Parsed(failed, bytes, ReportJson.toUtf8Line(failed), replaces);
        }
    }

    /** What earlier record of the same input a new one replaces. */
    private enum Replaces {
        NOTHING, FAILED, CHANGED
    }

    /**
     * Parses an input, or returns null when its earlier record is kept: one of the same content that did not fail,
     * or a failure when failures are not retried. A record of the same name is otherwise replaced: it FAILED (the
     * limits may have changed since), or the content changed.
     */
    private Parsed parse(Input input, OutputFolder.Recorded recorded) {
        OutputFolder.Entry earlier = recorded.byName().isEmpty() ? null : recorded.byName().get(input.name());
        if (earlier != null && earlier.failed() && !options.retry()) {
            return null;
        }
        Replaces replaces = earlier == null ? Replaces.NOTHING : earlier.failed() ? Replaces.FAILED : Replaces.CHANGED;
        byte[] bytes;
        try {
            if (input.size() > options.maxBytes()) {
                if (replaces == Replaces.CHANGED) {
                    return null; // a report recorded, not read again past the limit to see whether it changed
                }
                throw ReportReadException.tooLarge(input.name(), input.size(), options.maxBytes());
            }
            bytes = input.reader().read();
        } catch (ReportReadException e) {
            return new Parsed(ReportParser.failed(e), 0, options.details()).replacing(replaces);
        } catch (IOException | RuntimeException e) {
            if (replaces == Replaces.CHANGED) {
                return null; // a report recorded: kept, since whether the file changed cannot be told
            }
            return new Parsed(ReportParser.failed(ReportReadException.unreadable(input.name(), e)), 0,
                    options.details()).replacing(replaces);
        }
        // a fresh run need not hash here (the parser hashes for the record)
        if (replaces == Replaces.CHANGED && earlier.sha256().equals(ReportParser.sha256(bytes))) {
            return null;
        }
        try {
            return new Parsed(parser.apply(bytes, input.name()), bytes.length, options.details()).replacing(replaces);
        } catch (OutOfMemoryError e) {
            // a file beyond the memory budget: that file fails, the run goes on
            return new Parsed(ReportParser.failed(ReportReadException.outOfMemory(input.name(), e),
                    Source.ofHash(ReportParser.sha256(bytes))), bytes.length, options.details()).replacing(replaces);
        }
    }

    /**
     * Records written but not yet committed: the JSON lines are held here until the CSV rows before them are on
     * disk, because after a kill the JSON Lines file says what is complete ({@link OutputFolder#repair}).
     */
    private final ByteArrayOutputStream pendingJson = new ByteArrayOutputStream();
    private int pendingRecords;
    /** Committing every record costs two system calls each; a fast run commits this many at once. */
    private static final int COMMIT_RECORDS = 64;
    private static final int COMMIT_BYTES = 1 << 20;

    /**
     * Commits when the writer would otherwise wait for the next input, so that a slow run has everything on disk,
     * or when enough is pending; a kill then loses only the inputs in flight and the few records not committed.
     */
    private void commitUnlessNextIsDone(Deque<Task> inFlight, CellsCsv csv, Writer csvOut, OutputStream jsonl)
            throws IOException {
        Task next = inFlight.peek();
        if (next == null || !next.future.isDone() || pendingRecords >= COMMIT_RECORDS
                || pendingJson.size() >= COMMIT_BYTES) {
            commit(csv, csvOut, jsonl);
        }
    }

    /** CSV first, JSON Lines second: the CSV rows of every JSON line are on disk before it is. */
    private void commit(CellsCsv csv, Writer csvOut, OutputStream jsonl) throws IOException {
        if (pendingRecords == 0) {
            return;
        }
        csv.flush();
        csvOut.flush();
        pendingJson.writeTo(jsonl);
        jsonl.flush();
        pendingJson.reset();
        pendingRecords = 0;
    }

    private void write(Task task, CellsCsv csv, Progress progress, RunSummary summary) throws IOException {
        Parsed parsed = await(task);
        if (parsed == null) {
            skippedRecorded++;
            progress.skipped();
            return;
        }
        parsed = parsed.orTooLarge(task.input.name());
        if (parsed.replaces() == Replaces.FAILED) {
            retried++;
        } else if (parsed.replaces() == Replaces.CHANGED) {
            replacedChanged++;
        }
        AnnualReport report = parsed.report();
        bytesRead += parsed.bytes();
        csv.write(report);
        pendingJson.write(parsed.jsonLine());
        pendingRecords++;
        counts.merge(report.status(), 1, Integer::sum);
        summary.add(report);
        progress.done(report);
    }

    private Replaces replacesOf(String name) {
        OutputFolder.Entry earlier = recorded.byName().get(name);
        return earlier == null ? Replaces.NOTHING : earlier.failed() ? Replaces.FAILED : Replaces.CHANGED;
    }

    private Parsed await(Task task) {
        try {
            return task.future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch run was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                abandoned++;
                return new Parsed(ReportParser.failed(ReportReadException.abandoned(task.input.name(),
                        options.limits().timeout())), 0, options.details()).replacing(replacesOf(task.input.name()));
            }
            return new Parsed(ReportParser.failed(ReportReadException.internalError(task.input.name(), e.getCause())), 0,
                    options.details()).replacing(replacesOf(task.input.name()));
        }
    }
}
