package io.github.ogireport.model;


/**
 * A file that cannot be read as a report at all: corrupt, encrypted, in an unsupported format, past one of the
 * {@link Limits}, or timed out. The message names the file first, then the cause. A file that can be read but has
 * something off in it is not an exception: it is a report with status {@code PARTIAL} or {@code NOT_A_REPORT} and
 * warnings.
 */
public class ReportReadException extends Exception {

    /** Why a file cannot be read. */
    public enum Cause {
        /** The bytes are damaged or not what their format promises. */
        CORRUPT,
        /** The file needs a password. */
        ENCRYPTED,
        /** The bytes are in a format this library does not read. */
        UNSUPPORTED_FORMAT,
        /**
         * The file goes past a configured limit ({@link Limits}: bytes, blocks, nesting depth, PDF pages) or would
         * expand beyond POI's zip-bomb guard.
         */
        TOO_LARGE,
        /** Reading took longer than the configured time limit ({@link Limits#timeout()}). */
        TIMED_OUT,
        /** The file holds no text (e.g. an empty file or a scanned image without a text layer). */
        NO_TEXT,
        /** The file could not be opened or read from disk. */
        IO
    }

    /** The file name, as given to the parser. */
    private final String file;
    /** The category of the failure. */
    private final Cause cause;
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
    public ReportReadException(String file, Cause cause, String detail, Throwable underlying) {
        this(file, null, cause, detail, underlying);
    }

    private ReportReadException(String file, Format format, Cause cause, String detail, Throwable underlying) {
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
     * @return the exception, of cause {@link Cause#TOO_LARGE}
     * @param file the file name
     * @param size its size in bytes
     * @param limit the limit it goes past
     */
    public static ReportReadException tooLarge(String file, long size, long limit) {
        return new ReportReadException(file, Cause.TOO_LARGE, "the file has " + size + " bytes, more than the limit of "
                + limit + " (--max-bytes)", null);
    }

    /**
     * A parse that went past the time limit and did not stop when asked, so its thread was left behind: one message
     * for {@code parse}, {@code batch} and the Spark job.
     *
     * @return the exception, of cause {@link Cause#TIMED_OUT}
     * @param file the file name
     * @param limit the time limit
     */
    public static ReportReadException abandoned(String file, java.time.Duration limit) {
        String seconds = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() / 1000.0 + " s";
        return new ReportReadException(file, Cause.TIMED_OUT, "parsing took longer than the limit of " + seconds
                + " and did not stop: it was abandoned", null);
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
    public Cause category() {
        return cause;
    }
}
