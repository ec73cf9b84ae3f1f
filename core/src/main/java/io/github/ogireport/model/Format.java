package io.github.ogireport.model;

/** The file format, detected from the bytes rather than the file name. */
public enum Format {
    HTML, PDF, DOCX, DOC, TEXT,
    /** A page image (PNG, JPEG, TIFF): a scanned or photographed page, read by OCR. */
    IMAGE
}
