/**
 * Stage 1, page geometry shared by PDF text layers and OCR: glyph boxes and ruling lines &rarr; text lines, ruled and
 * unruled tables, tables joined across pages &rarr; blocks ({@link PageLayout}, {@link PdfBlocks}). Not API: public
 * only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.extract.layout;
