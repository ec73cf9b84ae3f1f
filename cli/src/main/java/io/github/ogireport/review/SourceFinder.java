package io.github.ogireport.review;

import io.github.ogireport.extract.zip.ZipContainer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds the bytes of a record's source from its {@code file} field: a path relative to the folder {@code batch} ran in
 * (or absolute), with {@code !/} before each zip member. Nothing outside the source folder is ever read: a path with
 * a {@code ..} part is refused, and a path that leads outside the folder, also through a symbolic link, is refused by
 * its real path. When the files moved ({@code --sources DIR}), a path not found as it is is tried without its first
 * folders, so that {@code testdata/html/a.html} is found as {@code DIR/html/a.html} or {@code DIR/a.html}.
 */
final class SourceFinder {
    private static final String MEMBER = "!/";

    /**
     * The source, or why there is none.
     *
     * @param bytes the document's bytes, or null
     * @param note why the source cannot be shown, or empty
     */
    record Found(byte[] bytes, String note) {
        static Found not(String note) {
            return new Found(null, note);
        }
    }

    private final Path folder;
    private final boolean moved;
    private final long maxBytes;

    /**
     * @param folder the folder whose files may be shown
     * @param moved whether the files were moved there ({@code --sources}), so that shorter paths are tried
     * @param maxBytes the largest file or member read
     */
    SourceFinder(Path folder, boolean moved, long maxBytes) throws IOException {
        this.folder = folder.toRealPath();
        this.moved = moved;
        this.maxBytes = maxBytes;
    }

    Path folder() {
        return folder;
    }

    Found find(String file) {
        String[] parts = file.split(MEMBER, -1);
        String onDisk = parts[0];
        for (String part : parts) {
            for (String segment : part.split("[/\\\\]")) {
                if (segment.equals("..")) {
                    return Found.not("refused: the path " + file + " has a .. part");
                }
            }
        }
        Path path;
        try {
            path = locate(onDisk);
        } catch (IOException | RuntimeException e) {
            return Found.not("cannot find the source " + onDisk + ": " + e.getMessage());
        }
        if (path == null) {
            return Found.not("the source " + onDisk + " is not in " + folder
                    + (moved ? "" : " (if the files moved, give their folder with --sources DIR)"));
        }
        try {
            if (!Files.isRegularFile(path)) {
                return Found.not("the source " + onDisk + " is not a file");
            }
            if (Files.size(path) > maxBytes) {
                return Found.not("the source " + onDisk + " is larger than " + maxBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(path);
            for (int i = 1; i < parts.length; i++) {
                bytes = member(bytes, parts[i]);
                if (bytes == null) {
                    return Found.not("no member " + parts[i] + " in the archive " + String.join(MEMBER, List.of(parts).subList(0, i)));
                }
            }
            return new Found(bytes, "");
        } catch (IOException e) {
            return Found.not("cannot read the source " + file + ": " + e.getMessage());
        }
    }

    /** The real path of a file inside the folder, or null. */
    private Path locate(String onDisk) throws IOException {
        Path given = Path.of(onDisk);
        List<Path> tries = new ArrayList<>();
        tries.add(given.isAbsolute() ? given : folder.resolve(given));
        if (moved) {
            for (int i = 1; i < given.getNameCount(); i++) {
                tries.add(folder.resolve(given.subpath(i, given.getNameCount())));
            }
        }
        for (Path p : tries) {
            if (Files.exists(p)) {
                Path real = p.toRealPath();
                return real.startsWith(folder) ? real : null;
            }
        }
        return null;
    }

    /** A member of a zip held in memory, its name read in each charset zips of Chinese Windows use; null if absent. */
    private byte[] member(byte[] zip, String name) throws IOException {
        for (Charset names : ZipContainer.NAME_CHARSETS) {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (e.getName().equals(name) && !e.isDirectory()) {
                        return readAtMost(in, name);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a name not valid in this charset: try the next
            }
        }
        return null;
    }

    private byte[] readAtMost(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new IOException("the member " + name + " is larger than " + maxBytes + " bytes");
        }
        return bytes;
    }
}
