/**
 * Stage 1, PDF: PDFBox glyphs and drawn rulings per page, then {@code extract.layout}; pages without a text layer go to
 * {@code extract.image} ({@link PdfExtractor}). Not API: public only for the other packages of this project; may change
 * in any release.
 */
package io.github.ogireport.extract.pdf;
