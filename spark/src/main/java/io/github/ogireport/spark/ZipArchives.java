package io.github.ogireport.spark;

import io.github.ogireport.extract.zip.ZipContainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip archives of inputs, told apart as {@code batch} tells them: a zip that is not one document (a Word,
 * OpenDocument or OFD file is a zip too), with member names in UTF-8 or, from Chinese Windows, in GBK. Read as
 * streams, since a file on HDFS or S3 cannot be opened as a {@link java.util.zip.ZipFile}.
 */
final class ZipArchives {
    /** As batch: zips are read inside zips this deep, so that a zip bomb of zips ends soon. */
    static final int MAX_DEPTH = 3;

    private ZipArchives() {
    }

    /** Opens a stream of the bytes of an archive, again for each reading. */
    @FunctionalInterface
    interface Source {
        InputStream open() throws IOException;
    }

    /**
     * The charset of the member names of a zip archive of inputs, or null when the bytes are not one: not a zip, a
     * zip with a member that makes it one document ({@link ZipContainer#marksDocument}), or one that cannot be read
     * through (it is then parsed as one document and fails with the parser's reason, as in batch). Names are read in
     * the first of {@link ZipContainer#NAME_CHARSETS} they are all valid in, as batch reads them. Reads the archive
     * once, or twice for GBK names.
     */
    static Charset namesCharset(Source archive) {
        for (Charset names : ZipContainer.NAME_CHARSETS) {
            try (InputStream in = archive.open()) {
                return isArchive(in, names) ? names : null;
            } catch (IllegalArgumentException malformedName) {
                // a name that is not valid UTF-8: read the names again as GBK
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean isArchive(InputStream in, Charset names) throws IOException {
        byte[] head = in.readNBytes(4);
        if (!ZipContainer.startsAsZip(head)) {
            return false;
        }
        ZipInputStream zip = open(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in), names);
        boolean any = false;
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            any = true;
            if (ZipContainer.marksDocument(e.getName())) {
                return false;
            }
        }
        return any;
    }

    /** The archive's entries, in the order they are stored, names read in the given charset unless flagged UTF-8. */
    static ZipInputStream open(InputStream in, Charset names) {
        return new ZipInputStream(in, names);
    }
}
