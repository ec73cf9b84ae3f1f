package io.github.ogireport.cli;

import java.nio.file.Path;

/**
 * The settings of a batch run.
 *
 * @param out the output folder
 * @param threads parallel workers
 * @param timeoutNanos time limit per input
 * @param maxBytes size limit per input
 * @param excelBom whether {@code cells.csv} starts with a byte order mark (Excel needs it for UTF-8)
 * @param overwrite whether to start afresh instead of resuming
 */
record BatchOptions(Path out, int threads, long timeoutNanos, long maxBytes, boolean excelBom, boolean overwrite) {
}
