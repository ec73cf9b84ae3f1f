package io.github.ogireport.cli;

import io.github.ogireport.model.Limits;
import io.github.ogireport.export.ReportJson;

import java.nio.file.Path;

/**
 * The settings of a batch run.
 *
 * @param out the output folder
 * @param threads parallel workers
 * @param limits what one input may cost (its size, its time, …)
 * @param excelBom whether {@code cells.csv} starts with a byte order mark (Excel needs it for UTF-8)
 * @param overwrite whether to start afresh instead of resuming
 * @param details which cells get an entry in {@code cellDetails}
 * @param retry whether records that FAILED in an earlier run are parsed again (and replaced)
 * @param ocr when page images are read by OCR
 */
record BatchOptions(Path out, int threads, Limits limits, boolean excelBom, boolean overwrite,
                    ReportJson.Details details, boolean retry, io.github.ogireport.model.OcrMode ocr) {
    /** Settings with OCR where pages have no text layer (the default). */
    BatchOptions(Path out, int threads, Limits limits, boolean excelBom, boolean overwrite,
                 ReportJson.Details details, boolean retry) {
        this(out, threads, limits, excelBom, overwrite, details, retry, io.github.ogireport.model.OcrMode.AUTO);
    }

    /** The time limit per input. */
    long timeoutNanos() {
        return limits.timeout().toNanos();
    }

    /**
     * When an input still running is abandoned: a quarter (at least a second) after its time limit. The parse stops
     * itself at the limit, between two steps; this clock is for a step that does not return (a library call).
     */
    long abandonNanos() {
        return LimitOptions.abandonNanos(limits);
    }

    /** The size limit per input. */
    long maxBytes() {
        return limits.maxBytes();
    }
}
