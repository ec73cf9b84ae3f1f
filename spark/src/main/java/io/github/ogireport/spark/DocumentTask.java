package io.github.ogireport.spark;

import io.github.ogireport.ReportParser;
import io.github.ogireport.ReportReadException;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ReportError;
import io.github.ogireport.model.Source;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads and parses one document the way {@code batch} does, so that whatever happens to it becomes a report and
 * never ends the task: a file that cannot be read is FAILED ({@code IO}, {@code TOO_LARGE}), one that runs out of
 * memory while parsing is FAILED ({@code TOO_LARGE}), one still running after the time limit is abandoned and FAILED
 * ({@code TIMED_OUT}), and any other throwable is FAILED ({@code INTERNAL_ERROR}). The messages are batch's.
 */
final class DocumentTask {
    private final DocumentParser parser;
    private final Configuration conf;
    private final ParseOptions options;

    DocumentTask(DocumentParser parser, Configuration conf, ParseOptions options) {
        this.parser = parser;
        this.conf = conf;
        this.options = options;
    }

    /** The report of one input, whatever happens. */
    AnnualReport run(InputRef input) {
        String name = input.name();
        if (input.listingError() != null) {
            return ioFailure(name, input.listingError());
        }
        // on a thread of its own, as in batch: a document that never returns is abandoned and the task goes on
        CompletableFuture<AnnualReport> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(readAndParse(input));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "ogi-report-worker");
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(options.timeoutNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return AnnualReport.failed(name, null, new ReportError(ReportReadException.Cause.TIMED_OUT.name(),
                    name + ": parsing took longer than the limit of " + options.timeoutNanos() / 1e9
                            + " s and was abandoned"));
        } catch (ExecutionException e) {
            return AnnualReport.failed(name, null, new ReportError("INTERNAL_ERROR", name + ": " + e.getCause()));
        } catch (InterruptedException e) {
            // Spark is killing the task (job cancelled, speculative copy lost): stop, do not make up a report
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the task was interrupted while parsing " + name, e);
        }
    }

    private AnnualReport readAndParse(InputRef input) {
        String name = input.name();
        byte[] bytes;
        try {
            bytes = read(input);
        } catch (ReportReadException e) {
            return ReportParser.failed(e);
        } catch (IOException | RuntimeException e) {
            return ioFailure(name, e.toString());
        }
        try {
            return parser.parseOrFailed(bytes, name);
        } catch (OutOfMemoryError e) {
            // a file beyond the memory budget: that file fails, the task goes on
            return AnnualReport.failed(name, null, new ReportError(ReportReadException.Cause.TOO_LARGE.name(),
                    name + ": out of memory while parsing: " + e), Source.ofHash(ReportParser.sha256(bytes)));
        }
    }

    /** The document's bytes, at most one byte past the limit (the parser then reports it as too large). */
    private byte[] read(InputRef input) throws IOException, ReportReadException {
        Path path = input.path();
        FileSystem fs = path.getFileSystem(conf);
        long size = input.size() >= 0 ? input.size() : fs.getFileStatus(path).getLen();
        if (size > options.maxBytes()) {
            throw new ReportReadException(input.name(), ReportReadException.Cause.TOO_LARGE, "the file has "
                    + size + " bytes, more than the limit of " + options.maxBytes(), null);
        }
        try (InputStream in = fs.open(path)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        }
    }

    private static AnnualReport ioFailure(String name, String why) {
        return AnnualReport.failed(name, null, new ReportError(ReportReadException.Cause.IO.name(),
                name + ": cannot read the file: " + why));
    }
}
