/**
 * The API's vocabulary, depending on nothing else here: the immutable report ({@link AnnualReport}), its cells, rows,
 * columns, checks and warnings, and what a parse takes and throws ({@link Limits}, {@link OcrMode},
 * {@link ReportReadException}).
 */
package io.github.ogireport.model;
