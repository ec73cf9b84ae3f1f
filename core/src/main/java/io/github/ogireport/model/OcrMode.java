package io.github.ogireport.model;

/**
 * When page images are read by OCR (text recognition). OCR needs the optional {@code ogi-annual-report-ocr} module on
 * the class path and Tesseract installed; without them a scanned document stays {@code FAILED}/{@code NO_TEXT} and
 * its message says what to install.
 */
public enum OcrMode {
    /** Never: pages without a text layer are reported as such ({@code NO_TEXT_LAYER}, or {@code NO_TEXT}). */
    OFF,
    /** Pages without a usable text layer (scans) and image files are read by OCR; pages with text are not. */
    AUTO,
    /** Every page is read by OCR, its text layer ignored (a text layer that is wrong: a bad OCR by the publisher). */
    FORCE
}
