package io.github.ogireport.cli;

import io.github.ogireport.extract.FormatDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Zip archives of inputs: how one is told from a document that is a zip inside, and how it is opened whatever code
 * page its member names are written in.
 */
final class ZipArchives {
    /**
     * The code page of member names that are not UTF-8. Zips made on Chinese Windows (Explorer's "compressed
     * folder", WinRAR, older 7-Zip) write names in the system code page, GBK, without the zip's UTF-8 flag;
     * GB18030 reads every GBK name.
     */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");

    private ZipArchives() {
    }

    /**
     * Opens a zip archive. Names flagged as UTF-8 are read as UTF-8; the others are read as UTF-8 when every one
     * of them is valid UTF-8 (zips made on Linux and macOS write UTF-8 without the flag), else as GB18030.
     *
     * @throws IOException when the file is not a zip archive that can be read, in either code page
     */
    static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notUtf8) {
            // the JDK checks every name when it opens the archive: "invalid CEN header (bad entry name)"
            try {
                return new ZipFile(archive.toFile(), CHINESE_WINDOWS);
            } catch (IOException e) {
                notUtf8.addSuppressed(e);
                throw notUtf8;
            }
        }
    }

    /** Whether bytes start as a zip archive (or an Office document) does. */
    static boolean startsAsZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** A zip archive of inputs, told from the bytes: a zip that is not one document (those are zips too). */
    static boolean isArchive(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            if (!startsAsZip(in.readNBytes(4))) {
                return false;
            }
        } catch (IOException e) {
            return false; // not readable: it becomes a FAILED input when its bytes are read
        }
        try (ZipFile zip = open(p)) {
            return zip.stream().noneMatch(member -> FormatDetector.marksZipDocument(member.getName()));
        } catch (IOException | IllegalArgumentException e) {
            return false; // a damaged zip is an input of its own: reading it gives its failure
        }
    }
}
