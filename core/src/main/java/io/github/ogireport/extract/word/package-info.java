/**
 * Stage 1, Word: .docx (XML read under depth and size guards) and .doc (POI HWPF), merged cells as grids &rarr; blocks
 * ({@link DocxExtractor}, {@link DocExtractor}). Not API: public only for the other packages of this project; may
 * change in any release.
 */
package io.github.ogireport.extract.word;
