/**
 * Stage 1, scans: page images (scanned PDF pages, image files) deskewed, rulings found, characters read by an
 * {@link io.github.ogireport.extract.ocr.OcrEngine} and laid out by {@code extract.layout} ({@link ImageExtractor}).
 * Not API: public only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.extract.image;
