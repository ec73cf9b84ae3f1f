/**
 * The OCR module: {@link TesseractProvider} implements {@code extract.ocr.OcrEngine.Provider} with Tesseract and is
 * found by {@link java.util.ServiceLoader} when this jar is on the class path. Not API: nothing here is called
 * directly.
 */
package io.github.ogireport.ocr;
