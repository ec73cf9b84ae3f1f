package io.github.ogireport.cli;

import io.github.ogireport.extract.zip.ZipContainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Zip archives of inputs: told from a document that is a zip inside (a Word, OpenDocument or OFD file is a zip too),
 * and opened in their names' code page (UTF-8 or, from Chinese Windows, GBK). Files on disk ({@code batch}) are
 * opened as a {@link ZipFile}; bytes that can only be streamed (the Spark job, on HDFS or S3) are read as a
 * {@link ZipInputStream}, told apart the same way.
 */
public final class ZipArchives {
    /** Zips are read inside zips this deep, so that a zip bomb of zips ends soon. */
    public static final int MAX_DEPTH = 3;

    private ZipArchives() {
    }

    /** Opens a stream of the bytes of an archive, again for each reading. */
    @FunctionalInterface
    public interface Source {
        /**
         * @return the archive's bytes from the start
         * @throws IOException when they cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * Opens a zip, reading its member names in the first of {@link ZipContainer#NAME_CHARSETS} they are all valid in
     * (names flagged as UTF-8 are always read as UTF-8).
     *
     * @throws IOException when the file is not a zip that can be read, in any of them
     */
    static ZipFile open(Path archive) throws IOException {
        ZipException first = null;
        for (Charset names : ZipContainer.NAME_CHARSETS) {
            try {
                return new ZipFile(archive.toFile(), names);
            } catch (ZipException e) {
                // the JDK checks every name when it opens the archive: "invalid CEN header (bad entry name)"
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        throw first;
    }

    /**
     * A zip archive of inputs, opened; null when the file is not one: not a zip, one document in a zip
     * ({@link ZipContainer#marksDocument}), or a zip that cannot be opened (it is then an input of its own, whose
     * reading gives its failure).
     */
    static ZipFile openArchive(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            if (!ZipContainer.startsAsZip(in.readNBytes(4))) {
                return null;
            }
        } catch (IOException e) {
            return null; // not readable: it becomes a FAILED input when its bytes are read
        }
        ZipFile zip;
        try {
            zip = open(p);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (zip.stream().noneMatch(member -> ZipContainer.marksDocument(member.getName()))) {
            return zip;
        }
        close(zip);
        return null;
    }

    /** Closes a zip whose members are all read, or not wanted: a failing close loses nothing. */
    static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            System.err.println("warning: closing " + zip.getName() + ": " + e);
        }
    }

    /**
     * The charset of the member names of a zip archive of inputs read as a stream, or null when the bytes are not
     * one: not a zip, a zip with a member that makes it one document ({@link ZipContainer#marksDocument}), or one
     * that cannot be read through (it is then parsed as one document and fails with the parser's reason). Names are
     * read in the first of {@link ZipContainer#NAME_CHARSETS} they are all valid in. Reads the archive once, or
     * twice for GBK names.
     *
     * @param archive the archive's bytes, opened again for each reading
     * @return the names' charset, or null
     */
    public static Charset namesCharset(Source archive) {
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

    /**
     * The archive's entries as a stream, in the order they are stored.
     *
     * @param in the archive's bytes
     * @param names the charset of member names not flagged as UTF-8 (see {@link #namesCharset})
     * @return the entries
     */
    public static ZipInputStream open(InputStream in, Charset names) {
        return new ZipInputStream(in, names);
    }
}
