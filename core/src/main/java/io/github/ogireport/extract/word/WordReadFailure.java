package io.github.ogireport.extract.word;

import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.util.RecordFormatException;

import java.util.List;

/**
 * What an exception from Apache POI means for the file being read: the {@link ReportReadException} with the cause
 * category a user can act on (a password, a damaged file, a file too large to read safely) and POI's own reason
 * in the message.
 *
 * <p>Public (with the members they use) for {@code extract} (format detection); not API.
 */
public final class WordReadFailure {
    /** Words of the messages of POI's zip-bomb guard ({@code ZipSecureFile}): ratio, entry size, entry count. */
    private static final List<String> ZIP_GUARD = List.of("Zip bomb detected", "potentially malicious",
            "MAX_ENTRY_SIZE", "MAX_TEXT_SIZE");

    private WordReadFailure() {
    }

    /**
     * @param file the file name for the message
     * @param what the kind of document, such as {@code Word (.docx)}
     * @param e what POI threw
     */
    public static ReportReadException of(String file, String what, Exception e) {
        if (find(e, EncryptedDocumentException.class) != null) {
            return encrypted(file, what, e);
        }
        String reason = reason(e);
        if (ZIP_GUARD.stream().anyMatch(reason::contains)) {
            // POI's zip-bomb guard: the package would expand far beyond its size. Its message speaks to programmers
            // (which library setting to change); the user is told what the file does
            return new ReportReadException(file, ErrorType.TOO_LARGE, expands(what, reason), e);
        }
        if (find(e, OldFileFormatException.class) != null) {
            return new ReportReadException(file, ErrorType.UNSUPPORTED_FORMAT,
                    "unsupported format: an old Word version (Word 6.0/95 or earlier), not read: " + reason, e);
        }
        if (find(e, RecordFormatException.class) != null && reason.contains("Tried to allocate")) {
            // POI's record size limit: in a file within our size limit this means a damaged length field
            return new ReportReadException(file, ErrorType.CORRUPT,
                    "the " + what + " document is damaged: a record claims more bytes than POI's limit allows: " + reason, e);
        }
        return new ReportReadException(file, ErrorType.CORRUPT,
                "the " + what + " document is damaged or not what it claims to be: " + reason, e);
    }

    private static final java.util.regex.Pattern SIZES = java.util.regex.Pattern.compile(
            "Uncompressed size: (\\d+), Raw/compressed size: (\\d+)");
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("Entry: (\\S+)");

    /** What a document that trips the zip-bomb guard does, in a user's words: how much it would expand, and where. */
    static String expands(String what, String reason) {
        java.util.regex.Matcher sizes = SIZES.matcher(reason);
        java.util.regex.Matcher entry = ENTRY.matcher(reason);
        String part = entry.find() ? "its part " + entry.group(1) : "a part of it";
        if (sizes.find()) {
            return "the " + what + " document was not read: " + part + " unpacks from " + sizes.group(2)
                    + " bytes to more than " + sizes.group(1) + ", far more than any real document packs (a \"zip "
                    + "bomb\"), so reading it could exhaust the memory";
        }
        return "the " + what + " document was not read: " + part + " unpacks to far more than any real "
                + "document packs (a \"zip bomb\"), so reading it could exhaust the memory";
    }

    /** The failure for a document that needs a password. */
    static ReportReadException encrypted(String file, String what, Exception e) {
        return new ReportReadException(file, ErrorType.ENCRYPTED,
                "the " + what + " document is encrypted: it needs a password to be read", e);
    }

    /** The class and message of every exception in the chain: POI wraps the telling one deep down. */
    static String reason(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            if (!b.isEmpty()) {
                b.append(" <- ");
            }
            b.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                b.append(": ").append(t.getMessage().strip());
            }
        }
        return b.toString();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
