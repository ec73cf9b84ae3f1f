package io.github.ogireport.model;

/**
 * Why a file could not be read: the {@code error.type} of a FAILED report, and the category of a
 * {@code ReportReadException}.
 */
public enum ErrorType {
    /** The bytes are damaged or not what their format promises. */
    CORRUPT,
    /** The file needs a password. */
    ENCRYPTED,
    /** The bytes are in a format this library does not read. */
    UNSUPPORTED_FORMAT,
    /**
     * The file goes past a configured limit (bytes, blocks, nesting depth, PDF pages), would expand beyond POI's
     * zip-bomb guard, or its parse or report does not fit in the memory available.
     */
    TOO_LARGE,
    /** Reading took longer than the configured time limit. */
    TIMED_OUT,
    /** The file holds no text (e.g. an empty file or a scanned image without a text layer). */
    NO_TEXT,
    /** The file could not be opened or read from disk. */
    IO,
    /** The parser failed on the file: a defect of this library, to be reported with the file. */
    INTERNAL_ERROR
}
