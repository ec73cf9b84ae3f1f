package io.github.ogireport.model;

/** The file format, detected from the bytes rather than the file name. */
public enum Format {
    /** A web page. */
    HTML,
    /** A PDF document. */
    PDF,
    /** A Word document of Word 2007 or later ({@code .docx}, {@code .docm}, {@code .dotx}). */
    DOCX,
    /** A Word 97–2003 document ({@code .doc}). */
    DOC,
    /** Plain text, in any of the charsets detected. */
    TEXT,
    /** A page image (PNG, JPEG, TIFF): a scanned or photographed page, read by OCR. */
    IMAGE
}
