package io.github.ogireport.cli;

import io.github.ogireport.verify.ExpectedReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The inputs of a batch run, enumerated lazily in a deterministic order (each folder's entries sorted by name),
 * so that memory does not grow with the size of the archive: files and folders (recursively), zip archives
 * (each member an input), and manifest files listing paths. Files named {@code *.expected.json} are
 * hand-verified expectations, not reports, and are counted but not returned.
 */
final class Inputs implements Iterable<Input> {
    private static final String EXPECTED_SUFFIX = ExpectedReport.FILE_SUFFIX;

    private final List<Path> roots;
    private final int shard;
    private final int shards;
    private final long maxBytes;
    private int skippedExpected;

    /**
     * @param roots files, folders and zip archives
     * @param shard which part of the inputs to keep, 0-based
     * @param shards into how many parts the inputs are split (1: all of them)
     * @param maxBytes members larger than this are not read (their task fails with TOO_LARGE)
     */
    Inputs(List<Path> roots, int shard, int shards, long maxBytes) {
        this.roots = List.copyOf(roots);
        this.shard = shard;
        this.shards = shards;
        this.maxBytes = maxBytes;
    }

    /** The paths listed in a manifest file, one per line; blank lines and lines starting with # are skipped. */
    static List<Path> fromList(Path manifest) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                paths.add(Path.of(l));
            }
        }
        return paths;
    }

    /** Whether an input belongs to this run's shard: a stable hash of its name, so shards never overlap. */
    boolean inShard(String name) {
        if (shards <= 1) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % shards == shard;
    }

    /** How many {@code *.expected.json} files the last full iteration passed over. */
    int skippedExpected() {
        return skippedExpected;
    }

    @Override
    public Iterator<Input> iterator() {
        skippedExpected = 0;
        return new Walk();
    }

    /** A depth-first walk over the roots; zip archives are opened as they are reached and closed after. */
    private final class Walk implements Iterator<Input> {
        private final Deque<Path> pending = new ArrayDeque<>();
        private Iterator<Input> zipMembers;
        private ZipFile openZip;
        private Input next;

        Walk() {
            for (int i = roots.size() - 1; i >= 0; i--) {
                pending.push(roots.get(i));
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (zipMembers != null && zipMembers.hasNext()) {
                    Input member = zipMembers.next();
                    if (inShard(member.name())) {
                        next = member;
                    }
                    continue;
                }
                closeZip();
                if (pending.isEmpty()) {
                    return false;
                }
                visit(pending.pop());
            }
            return true;
        }

        @Override
        public Input next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Input n = next;
            next = null;
            return n;
        }

        private void visit(Path p) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    List<Path> children = list.sorted().toList();
                    for (int i = children.size() - 1; i >= 0; i--) {
                        pending.push(children.get(i));
                    }
                } catch (IOException e) {
                    next = unreadable(p.toString(), e);
                }
                return;
            }
            String name = p.toString();
            if (name.endsWith(EXPECTED_SUFFIX)) {
                skippedExpected++;
                return;
            }
            if (isZipArchive(p)) {
                // members are sharded one by one, not the archive as a whole
                try {
                    openZip = new ZipFile(p.toFile(), StandardCharsets.UTF_8);
                    zipMembers = members(openZip, name);
                    return;
                } catch (IOException | IllegalArgumentException e) {
                    // an archive that cannot be opened is still an input: reading it gives its own failure
                    closeZip();
                }
            }
            if (!inShard(name)) {
                return;
            }
            long size = size(p);
            next = new Input(name, size, () -> Files.readAllBytes(p));
        }

        private void closeZip() {
            zipMembers = null;
            if (openZip != null) {
                try {
                    openZip.close();
                } catch (IOException e) {
                    // every member was read already; a failing close loses nothing
                    System.err.println("warning: closing " + openZip.getName() + ": " + e);
                }
                openZip = null;
            }
        }
    }

    private Iterator<Input> members(ZipFile zip, String archiveName) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        return new Iterator<>() {
            private ZipEntry nextEntry = advance();

            private ZipEntry advance() {
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (!e.isDirectory() && !e.getName().endsWith(EXPECTED_SUFFIX)) {
                        return e;
                    }
                    if (e.getName().endsWith(EXPECTED_SUFFIX)) {
                        skippedExpected++;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return nextEntry != null;
            }

            @Override
            public Input next() {
                ZipEntry e = nextEntry;
                nextEntry = advance();
                String name = archiveName + "!/" + e.getName();
                if (!inShard(name)) {
                    return new Input(name, e.getSize(), null);
                }
                // members are read here, in order, so that the archive can be closed once they are all read
                try {
                    byte[] bytes = readMember(zip, e);
                    return new Input(name, e.getSize(), () -> bytes);
                } catch (IOException failure) {
                    return unreadable(name, failure);
                }
            }
        };
    }

    private byte[] readMember(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            // the listed size can lie (zip bombs): read at most one byte past the limit
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }

    private static Input unreadable(String name, IOException e) {
        return new Input(name, 0, () -> {
            throw e;
        });
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A zip archive of inputs, told from the bytes: a zip that is not an Office document (those are zips too). */
    static boolean isZipArchive(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
                return false;
            }
        } catch (IOException e) {
            return false; // not readable: it becomes a FAILED input when its bytes are read
        }
        try (ZipFile zip = new ZipFile(p.toFile(), StandardCharsets.UTF_8)) {
            return zip.getEntry("[Content_Types].xml") == null && zip.getEntry("word/document.xml") == null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
