package io.github.ogireport.spark;

import io.github.ogireport.ReportParser;
import io.github.ogireport.export.ReportJson;

import java.io.Serializable;

/**
 * The limits of a Spark run, the same as {@code batch}'s options of the same names.
 *
 * @param maxBytes a file larger than this is not read: it becomes a FAILED report ({@code TOO_LARGE})
 * @param timeoutSeconds a document still being read and parsed after this long is abandoned and becomes a FAILED
 *     report ({@code TIMED_OUT}); the task goes on with the next document
 * @param partitions how many tasks to split the inputs into; 0 chooses from the number of inputs and the
 *     cluster's default parallelism
 * @param details which cells get an entry in the JSON's {@code cellDetails}, as {@code batch --details}
 */
public record ParseOptions(long maxBytes, double timeoutSeconds, int partitions, ReportJson.Details details)
        implements Serializable {
    /** Inputs per task when the number of partitions is chosen automatically. */
    static final int FILES_PER_PARTITION = 1000;

    public ParseOptions {
        if (maxBytes < 1 || !(timeoutSeconds > 0) || partitions < 0) {
            throw new IllegalArgumentException("maxBytes and timeoutSeconds must be positive and partitions not "
                    + "negative: " + maxBytes + ", " + timeoutSeconds + ", " + partitions);
        }
        details = details == null ? ReportJson.Details.SPARSE : details;
    }

    /** Options with sparse cell details, the contract's default. */
    public ParseOptions(long maxBytes, double timeoutSeconds, int partitions) {
        this(maxBytes, timeoutSeconds, partitions, ReportJson.Details.SPARSE);
    }

    /** {@code batch}'s defaults: 64 MiB per file, 60 s per document, partitions chosen automatically. */
    public static ParseOptions defaults() {
        return new ParseOptions(ReportParser.DEFAULT_MAX_BYTES, 60, 0);
    }

    /** These options with another size limit per file. */
    public ParseOptions withMaxBytes(long bytes) {
        return new ParseOptions(bytes, timeoutSeconds, partitions, details);
    }

    /** These options with another time limit per document. */
    public ParseOptions withTimeoutSeconds(double seconds) {
        return new ParseOptions(maxBytes, seconds, partitions, details);
    }

    /** These options with a fixed number of partitions (0: automatic). */
    public ParseOptions withPartitions(int n) {
        return new ParseOptions(maxBytes, timeoutSeconds, n, details);
    }

    /** These options with the cell details of the JSON: sparse (the default) or all. */
    public ParseOptions withDetails(ReportJson.Details d) {
        return new ParseOptions(maxBytes, timeoutSeconds, partitions, d);
    }

    long timeoutNanos() {
        return Math.round(timeoutSeconds * 1e9);
    }

    /** The number of tasks for {@code inputs} inputs on a cluster of {@code parallelism} default parallelism. */
    int partitionsFor(int inputs, int parallelism) {
        if (partitions > 0) {
            return partitions;
        }
        // a few tasks per core so that a slow document does not hold up a whole core's share; more tasks for a
        // large archive so that a failed task redoes little
        int wanted = Math.max(3 * parallelism, (inputs + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION);
        return Math.max(1, Math.min(inputs, wanted));
    }
}
