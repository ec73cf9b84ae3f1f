package io.github.ogireport.document;

import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.ReportReadException;

/**
 * What every format's extractor does: one document's bytes, within the limits, into blocks. The table of which
 * extractor reads which format is {@code io.github.ogireport.extract.Extractors}.
 *
 * <p>An extractor checks {@link Cancellation} (the time limit of the calling thread) between its steps and throws
 * {@link LimitExceeded} for a limit that cannot be cut short with a warning; the parser turns both into a
 * {@link ReportReadException} that names the file.
 */
@FunctionalInterface
public interface Extractor {
    /**
     * Reads one document.
     *
     * @param file the name to put in messages
     * @param bytes the whole document, in the format this extractor reads
     * @param limits what the document may cost
     * @param ocr when page images are read by OCR (only PDFs and image files have them)
     * @return the document's blocks, warnings and page statistics
     * @throws ReportReadException when the document cannot be read at all (damaged, encrypted, too large, …)
     */
    ExtractedDocument extract(String file, byte[] bytes, Limits limits, OcrMode ocr) throws ReportReadException;
}
