/**
 * The OCR service interface (SPI, API for engine providers): {@link OcrEngine} and its {@link OcrEngine.Provider},
 * found by {@link java.util.ServiceLoader}; the {@code ogi-annual-report-ocr} module implements it with Tesseract.
 */
package io.github.ogireport.extract.ocr;
