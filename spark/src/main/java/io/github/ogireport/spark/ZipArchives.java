package io.github.ogireport.spark;

import io.github.ogireport.extract.FormatDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip archives of inputs, told apart as {@code batch} tells them: a zip that is not one document (a Word,
 * OpenDocument or OFD file is a zip too). Read as streams, since a file on HDFS or S3 cannot be opened as a {@link java.util.zip.ZipFile}.
 */
final class ZipArchives {
    private ZipArchives() {
    }

    /** Whether bytes start with a zip's local file header. */
    static boolean startsLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Whether a stream is a zip archive of inputs: a zip with no member that makes it one document
     * ({@link FormatDetector#marksZipDocument}: Word, OpenDocument, OFD). One that cannot be read through is not (it is then parsed as one document and
     * fails with the parser's reason, as in batch). Reads the stream to the end of the archive, not closing it.
     */
    static boolean isArchive(InputStream in) {
        try {
            byte[] head = in.readNBytes(4);
            if (!startsLikeZip(head)) {
                return false;
            }
            ZipInputStream zip = open(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in));
            boolean any = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                any = true;
                if (FormatDetector.marksZipDocument(e.getName())) {
                    return false;
                }
            }
            return any;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The archive's entries, in the order they are stored; member names are UTF-8, as batch reads them. */
    static ZipInputStream open(InputStream in) {
        return new ZipInputStream(in, StandardCharsets.UTF_8);
    }
}
