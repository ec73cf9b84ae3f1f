package io.github.ogireport.cli;

import io.github.ogireport.extract.zip.ZipContainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Zip archives of inputs on disk: told from a document that is a zip inside, and opened in their names' code page. */
final class ZipArchives {
    private ZipArchives() {
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
}
