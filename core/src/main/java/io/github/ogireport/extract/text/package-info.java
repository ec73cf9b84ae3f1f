/**
 * Stage 1, plain text and flattened reports: lines, box-drawing and Markdown tables, space-aligned columns &rarr;
 * blocks ({@link TextExtractor}). Not API: public only for the other packages of this project; may change in any
 * release.
 */
package io.github.ogireport.extract.text;
