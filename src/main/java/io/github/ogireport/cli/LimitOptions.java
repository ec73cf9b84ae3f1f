package io.github.ogireport.cli;

import io.github.ogireport.Limits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The per-document limits as options, the same on {@code parse} and {@code batch}; defaults from {@link Limits#DEFAULT}. */
final class LimitOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "time limit per file, may be a fraction (default: ${DEFAULT-VALUE})")
    double timeoutSeconds = Limits.DEFAULT.timeout().toMillis() / 1000.0;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "size limit per file (default: ${DEFAULT-VALUE})")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @Option(names = "--max-pages", paramLabel = "N", description = "page limit per PDF (default: ${DEFAULT-VALUE})")
    int maxPages = Limits.DEFAULT.maxPages();

    @Option(names = "--max-cells", paramLabel = "N",
            description = "cell limit per table; rows past it are dropped with a warning (default: ${DEFAULT-VALUE})")
    int maxCells = Limits.DEFAULT.maxCellsPerTable();

    @Option(names = "--max-depth", paramLabel = "N",
            description = "element nesting limit of HTML and Word files (default: ${DEFAULT-VALUE})")
    int maxDepth = Limits.DEFAULT.maxDepth();

    @Option(names = "--max-blocks", paramLabel = "N",
            description = "paragraph, line and table-row limit per file (default: ${DEFAULT-VALUE})")
    int maxBlocks = Limits.DEFAULT.maxBlocks();

    /**
     * The limits the options give.
     *
     * @throws IllegalArgumentException when a value is not positive
     */
    Limits limits() {
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e9) {
            throw new IllegalArgumentException("--timeout takes a positive number of seconds");
        }
        return new Limits(maxBytes, maxPages, maxCells, maxDepth, maxBlocks,
                Duration.ofNanos(Math.round(timeoutSeconds * 1e9)));
    }

    /**
     * When a parse still running is abandoned: a quarter (at least a second) after its time limit. The parse stops
     * itself at the limit, between two steps of the pipeline; this later clock is for a step that does not return
     * (a library call looping on a damaged file).
     */
    static long abandonNanos(Limits limits) {
        long limit = limits.timeout().toNanos();
        return limit + Math.max(1_000_000_000L, limit / 4);
    }

    /** The usage error for values that make no limits, on stderr. */
    static int badValue(IllegalArgumentException e) {
        System.err.println("bad value: --timeout, --max-bytes, --max-pages, --max-cells, --max-depth and --max-blocks "
                + "take positive numbers (" + e.getMessage() + ")");
        return Main.EXIT_USAGE;
    }
}
