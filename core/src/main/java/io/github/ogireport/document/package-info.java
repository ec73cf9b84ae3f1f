/**
 * What every stage after the bytes shares, depending only on {@code model}: a document read into {@link Block}s
 * ({@link ExtractedDocument}), the {@link Extractor} interface, the time limit ({@link Cancellation}) and
 * {@link LimitExceeded}; what more than one extractor uses: the grid of a table's cells ({@link TableGrid}), the
 * cleaning of a cell's text ({@link CellText}), text read by OCR with its unsure characters
 * ({@link RecognisedLines}). Not API: public only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.document;
