package io.github.ogireport.extract;

import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.extract.charset.DecodedText;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.extract.word.WordReadFailure;
import io.github.ogireport.extract.zip.ZipContainer;
import io.github.ogireport.model.Format;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Tells the format of a file from its bytes, never from its name. */
public final class FormatDetector {
    /** Tags an HTML page or fragment starts with, after comments and an XML declaration. */
    private static final List<String> HTML_TAGS = List.of("html", "head", "body", "meta", "title", "div", "table", "p",
            "span", "font");

    /** How many bytes at most are decoded to tell text from HTML and binary data. */
    private static final int HEAD_BYTES = 8192;

    private FormatDetector() {
    }

    /**
     * A format, with the decoding of the file's first bytes that told a text format from binary data, so that the
     * text extractor need not decode them again.
     *
     * @param format the format
     * @param head the decoding of the first {@code headBytes} bytes, or null for a format told by its magic number
     * @param headBytes how many bytes {@code head} decodes: the whole file when it is short
     */
    public record Detection(Format format, DecodedText head, int headBytes) {
        /** The decoding of the whole file, as {@link TextDecoder#decode(byte[])} gives it, reusing the head's. */
        public DecodedText text(byte[] bytes) {
            return head == null ? TextDecoder.decode(bytes) : TextDecoder.decode(bytes, head, headBytes);
        }
    }

    /**
     * The format of a file.
     *
     * @param file the name to put in error messages
     * @param bytes the whole file, or at least its first few kilobytes
     * @throws ReportReadException when the bytes are empty or in a format this library does not read
     */
    public static Format detect(String file, byte[] bytes) throws ReportReadException {
        return detection(file, bytes).format();
    }

    /**
     * The format of a file, and the decoding of its head where it was decoded (see {@link #detect}).
     *
     * @throws ReportReadException when the bytes are empty or in a format this library does not read
     */
    public static Detection detection(String file, byte[] bytes) throws ReportReadException {
        if (bytes.length == 0) {
            throw new ReportReadException(file, ErrorType.NO_TEXT, "the file is empty", null);
        }
        if (indexOf(bytes, "%PDF-", 1024) >= 0) {
            return new Detection(Format.PDF, null, 0);
        }
        if (ZipContainer.startsAsZip(bytes)) {
            if (indexOf(bytes, "word/", bytes.length) >= 0) {
                return new Detection(Format.DOCX, null, 0);
            }
            throw zipNotWord(file, bytes);
        }
        if (TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            if (indexOfUtf16(bytes, "WordDocument") >= 0) {
                return new Detection(Format.DOC, null, 0);
            }
            if (indexOfUtf16(bytes, "EncryptedPackage") >= 0) {
                // a password-protected Word 2007+ file is an OLE2 container around the encrypted package: the
                // .docx reader says it needs a password (it could also be another encrypted Office file)
                return new Detection(Format.DOCX, null, 0);
            }
            throw notWord(file, bytes);
        }
        if (TextDecoder.startsWith(bytes, 0x89, 'P', 'N', 'G') || TextDecoder.startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || TextDecoder.startsWith(bytes, 'I', 'I', 42, 0) || TextDecoder.startsWith(bytes, 'M', 'M', 0, 42)) {
            return new Detection(Format.IMAGE, null, 0); // a scanned page: read by OCR when it is installed
        }
        String image = imageType(bytes);
        if (image != null) {
            throw unsupported(file, "a " + image + " image, not a text document");
        }
        String archive = archiveType(bytes);
        if (archive != null) {
            throw unsupported(file, "a " + archive + " archive: unpack it, or repack it as zip (batch reads the "
                    + "members of zip archives)");
        }
        byte[] prefix = prefix(bytes, HEAD_BYTES);
        DecodedText decoded = TextDecoder.decode(prefix);
        String head = decoded.text();
        if (looksBinary(head)) {
            throw unsupported(file, "binary data that is neither text, HTML, PDF nor a Word document");
        }
        if (startsLikeHtml(head) || head.regionMatches(true, 0, "<", 0, 1) && head.toLowerCase().contains("<body")) {
            return new Detection(Format.HTML, decoded, prefix.length);
        }
        return new Detection(Format.TEXT, decoded, prefix.length);
    }

    /**
     * Whether text starts as an HTML page does: blanks, comments and an XML declaration, then {@code <!doctype html}
     * or one of {@link #HTML_TAGS}. Scanned by hand: as a regular expression, the repeated comment group could
     * split a run of comments in exponentially many ways before failing.
     */
    static boolean startsLikeHtml(String head) {
        int i = skipBlanks(head, 0);
        while (head.startsWith("<!--", i)) {
            int end = head.indexOf("-->", i + 4);
            if (end < 0) {
                return false;
            }
            i = skipBlanks(head, end + 3);
        }
        if (head.regionMatches(true, i, "<?xml", 0, 5)) {
            int end = head.indexOf('>', i);
            if (end < 0) {
                return false;
            }
            i = skipBlanks(head, end + 1);
        }
        if (!head.startsWith("<", i)) {
            return false;
        }
        i++;
        if (head.regionMatches(true, i, "!doctype", 0, 8)) {
            int name = skipBlanks(head, i + 8);
            return name > i + 8 && head.regionMatches(true, name, "html", 0, 4) && endsWord(head, name + 4);
        }
        for (String tag : HTML_TAGS) {
            if (head.regionMatches(true, i, tag, 0, tag.length()) && endsWord(head, i + tag.length())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first character at or after {@code i} that is not an ASCII blank. */
    private static int skipBlanks(String s, int i) {
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Whether a word ends at {@code i}: the end of the text or a character that is not a letter, digit or _. */
    private static boolean endsWord(String s, int i) {
        return i >= s.length() || !(Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
    }

    /**
     * Whether decoded text is really binary: NUL, or many other control characters, or very many U+FFFD. A text
     * tool's damage is not binary: html2text cuts UTF-8 sequences in narrow table cells, and a crawler decoding its
     * output leaves a U+FFFD for each (3 % of a page's characters), so a U+FFFD weighs a fifth of a control character.
     */
    static boolean looksBinary(String text) {
        int control = 0;
        int replaced = 0;
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) { // most characters are not: one comparison for them
                if (c == 0) {
                    return true;
                }
                if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    control++;
                }
            } else if (c == '\uFFFD') {
                replaced++;
            }
        }
        return n > 0 && control * 50 + replaced * 10 > n;
    }

    /**
     * An OLE2 file in which no Word stream name was found: a damaged one (a truncated download loses the
     * directory, which writers put at the end) is corrupt; one whose directory reads is another kind of file.
     */
    private static ReportReadException notWord(String file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return unsupported(file, "an OLE2 (Office 97–2003) file that is not a Word document (it holds "
                    + fs.getRoot().getEntryNames() + ")");
        } catch (IOException | RuntimeException e) {
            return WordReadFailure.of(file, "OLE2 (Office 97–2003)", e);
        }
    }

    /**
     * A zip that is not a Word document: another document in a zip (told from its members' names), an encrypted or
     * damaged zip (which batch could not open as an archive), or an archive given to the parser itself.
     */
    private static ReportReadException zipNotWord(String file, byte[] bytes) {
        if (indexOf(bytes, "OFD.xml", bytes.length) >= 0) {
            return unsupported(file, "an OFD document (the national fixed-layout format, GB/T 33190), which is not "
                    + "read yet: convert it to PDF");
        }
        if (indexOf(bytes, "application/vnd.oasis.opendocument.text", 256) >= 0) {
            return unsupported(file, "an OpenDocument text (.odt), which is not read: save it as .docx or PDF");
        }
        if (bytes.length > 6 && (bytes[6] & 1) != 0) { // general purpose flag of the first member: encrypted
            return new ReportReadException(file, ErrorType.ENCRYPTED, "the zip archive is encrypted: "
                    + "it needs a password (unpack it with the password, then convert its files)", null);
        }
        if (lastIndexOf(bytes, END_OF_CENTRAL_DIRECTORY, 65_557) < 0) {
            return new ReportReadException(file, ErrorType.CORRUPT, "the zip archive is damaged: "
                    + "its directory at the end is missing (a truncated download?)", null);
        }
        return unsupported(file, "a zip archive that is not a Word document");
    }

    /** The signature of a zip's end-of-central-directory record, which closes every intact zip. */
    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};

    /** The last index of {@code what} in the last {@code window} bytes, or -1. */
    private static int lastIndexOf(byte[] bytes, byte[] what, int window) {
        for (int i = bytes.length - what.length; i >= Math.max(0, bytes.length - window); i--) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    private static ReportReadException unsupported(String file, String what) {
        return new ReportReadException(file, ErrorType.UNSUPPORTED_FORMAT,
                "unsupported format: the bytes are " + what, null);
    }

    /** Archives that reports are shared in besides zip (RAR above all, in China). */
    private static String archiveType(byte[] b) {
        if (TextDecoder.startsWith(b, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "RAR";
        }
        if (TextDecoder.startsWith(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7-Zip";
        }
        if (TextDecoder.startsWith(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (TextDecoder.startsWith(b, 'B', 'Z', 'h')) {
            return "bzip2";
        }
        if (TextDecoder.startsWith(b, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return "xz";
        }
        if (b.length > 262 && new String(b, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return "tar";
        }
        return null;
    }

    private static String imageType(byte[] b) {
        if (TextDecoder.startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (TextDecoder.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (TextDecoder.startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        return null;
    }

    private static byte[] prefix(byte[] bytes, int n) {
        if (bytes.length <= n) {
            return bytes;
        }
        byte[] p = java.util.Arrays.copyOf(bytes, n);
        // do not cut a multi-byte UTF-8 sequence in half: that would make valid UTF-8 look invalid
        int end = n;
        while (end > n - 4 && end > 0 && (p[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (p[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        return java.util.Arrays.copyOf(p, end);
    }


    private static int indexOf(byte[] bytes, String ascii, int limit) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(bytes.length, limit) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int indexOfUtf16(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
