package io.github.ogireport.model;

/**
 * A file that cannot be read as a report at all: corrupt, encrypted, in an unsupported format, past one of the
 * {@link Limits}, or timed out. The message names the file first, then the cause. A file that can be read but has
 * something off in it is not an exception: it is a report with status {@code PARTIAL} or {@code NOT_A_REPORT} and
 * warnings.
 */
public class ReportReadException extends Exception {

    /** The file name, as given to the parser. */
    private final String file;
    /** The category of the failure. */
    private final ErrorType cause;
    /** What exactly is wrong, in words (the message less the file name). */
    private final String detail;
    /** The format told from the bytes, or null. */
    private final Format format;

    /**
     * @param file the file name, as given to the parser
     * @param cause the category of the failure
     * @param detail what exactly is wrong, in words
     * @param underlying the exception that revealed it, or null
     */
    public ReportReadException(String file, ErrorType cause, String detail, Throwable underlying) {
        this(file, null, cause, detail, underlying);
    }

    private ReportReadException(String file, Format format, ErrorType cause, String detail, Throwable underlying) {
        super(file + ": " + detail, underlying);
        this.file = file;
        this.format = format;
        this.cause = cause;
        this.detail = detail;
    }

    /**
     * A file larger than the size limit ({@link Limits#maxBytes()}, the option {@code --max-bytes} of {@code parse},
     * {@code batch} and the Spark job): one message everywhere, naming the option a user sets.
     *
     * @return the exception, of cause {@link ErrorType#TOO_LARGE}
     * @param file the file name
     * @param size its size in bytes
     * @param limit the limit it goes past
     */
    public static ReportReadException tooLarge(String file, long size, long limit) {
        return new ReportReadException(file, ErrorType.TOO_LARGE, "the file has " + size + " bytes, more than the limit of "
                + limit + " (--max-bytes)", null);
    }

    /**
     * A parse that went past the time limit and did not stop when asked, so its thread was left behind: one message
     * for {@code parse}, {@code batch} and the Spark job.
     *
     * @return the exception, of cause {@link ErrorType#TIMED_OUT}
     * @param file the file name
     * @param limit the time limit
     */
    public static ReportReadException abandoned(String file, java.time.Duration limit) {
        return new ReportReadException(file, ErrorType.TIMED_OUT, "parsing took longer than the limit of "
                + seconds(limit) + " and did not stop: it was abandoned", null);
    }

    /**
     * A parse stopped at the time limit ({@link Limits#timeout()}), by the parser's deadline or an extractor's own
     * clock: one message for both.
     *
     * @param file the file name
     * @param limit the time limit
     * @param underlying what stopped it, or null
     * @return the exception
     */
    public static ReportReadException timedOut(String file, java.time.Duration limit, Throwable underlying) {
        return new ReportReadException(file, ErrorType.TIMED_OUT, "parsing took longer than the limit of "
                + seconds(limit) + " and was stopped", underlying);
    }

    /**
     * A file that could not be opened or read from disk ({@link ErrorType#IO}): one message for the parser,
     * {@code batch} and the Spark job.
     *
     * @param file the file name
     * @param why what went wrong, such as the exception
     * @return the exception
     */
    public static ReportReadException unreadable(String file, Object why) {
        return new ReportReadException(file, ErrorType.IO, "cannot read the file: " + why,
                why instanceof Throwable t ? t : null);
    }

    /**
     * A parse that ran out of memory ({@link ErrorType#TOO_LARGE}): that file fails, a batch goes on.
     *
     * @param file the file name
     * @param e the error
     * @return the exception
     */
    public static ReportReadException outOfMemory(String file, OutOfMemoryError e) {
        return new ReportReadException(file, ErrorType.TOO_LARGE, "out of memory while parsing: " + e, null);
    }

    /**
     * A report parsed but too large to write out within the memory available ({@link ErrorType#TOO_LARGE}).
     *
     * @param file the file name
     * @param format the format it was read in
     * @return the exception
     */
    public static ReportReadException reportTooLarge(String file, Format format) {
        return new ReportReadException(file, format, ErrorType.TOO_LARGE,
                "the report is too large to write within the memory available", null);
    }

    /**
     * A defect of the parser on a file ({@link ErrorType#INTERNAL_ERROR}): not thrown by the parser, but the failure
     * that {@code parseOrFailed}, {@code batch} and the Spark job record instead of ending the run.
     *
     * @param file the file name
     * @param defect what the parser threw
     * @return the exception
     */
    public static ReportReadException internalError(String file, Throwable defect) {
        return new ReportReadException(file, ErrorType.INTERNAL_ERROR,
                "the parser failed on this file (please report it): " + defect, defect);
    }

    /** A time limit in seconds as messages write it: {@code 60 s}, {@code 0.5 s}. */
    static String seconds(java.time.Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() / 1000.0 + " s";
    }

    /**
     * This failure, of a file whose format was told from its bytes before it failed (public for the parser, which
     * lives in another package; of no use to an embedder).
     *
     * @param detected the format told from the file's bytes
     * @return the same failure, with that format
     */
    public ReportReadException inFormat(Format detected) {
        ReportReadException e = new ReportReadException(file, detected, cause, detail, getCause());
        e.setStackTrace(getStackTrace());
        for (Throwable s : getSuppressed()) {
            e.addSuppressed(s);
        }
        return e;
    }

    /** {@return the file name, as given to the parser} */
    public String file() {
        return file;
    }

    /**
     * The format of the file, told from its bytes, or null when it failed before its format was known: it is empty,
     * in a format this library does not read, too large to read, or could not be read from disk.
     *
     * @return the format, or null
     */
    public Format format() {
        return format;
    }

    /** {@return the category of the failure} */
    public ErrorType category() {
        return cause;
    }
}
