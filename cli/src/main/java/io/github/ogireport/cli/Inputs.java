package io.github.ogireport.cli;

import io.github.ogireport.extract.zip.SystemFiles;
import io.github.ogireport.extract.charset.TextDecoder;
import io.github.ogireport.extract.zip.ZipContainer;
import io.github.ogireport.verify.ExpectedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
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
    private final Path outputFolder;
    private final boolean warn;
    private final Selection selection;
    private final Map<Path, String> missing;
    private int skippedExpected;
    private int skippedSystemFiles;
    private int skippedRepeatedFolders;
    private int skippedAssets;
    private int skippedByPattern;

    /** Which files are inputs beyond the built-in rules: the {@code --include} and {@code --exclude} globs. */
    static final class Selection {
        static final Selection ALL = new Selection(List.of(), List.of());
        private final List<java.util.function.Predicate<String>> include;
        private final List<java.util.function.Predicate<String>> exclude;

        /**
         * @param include globs of which one must match, when any is given
         * @param exclude globs of which none may match
         * @throws IllegalArgumentException when a glob is malformed
         */
        Selection(List<String> include, List<String> exclude) {
            this.include = include.stream().map(Selection::matcher).toList();
            this.exclude = exclude.stream().map(Selection::matcher).toList();
        }

        /**
         * A glob as a matcher of recorded names: one without {@code /} matches the file name ({@code *.pdf}), one
         * with it the whole name ({@code 2020/**}, {@code archive.zip!/pages/*.html}).
         */
        private static java.util.function.Predicate<String> matcher(String glob) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            boolean whole = glob.indexOf('/') >= 0;
            return name -> {
                String n = name.replace('\\', '/');
                try {
                    return m.matches(Path.of(whole ? n : n.substring(n.lastIndexOf('/') + 1)));
                } catch (java.nio.file.InvalidPathException e) {
                    return false;
                }
            };
        }

        /** Whether an {@code --include} glob names the file. */
        boolean included(String name) {
            return include.stream().anyMatch(g -> g.test(name));
        }

        /** Whether the globs leave the file out. */
        boolean excluded(String name) {
            return !include.isEmpty() && !included(name) || exclude.stream().anyMatch(g -> g.test(name));
        }
    }

    /** Web-page assets a browser saves beside a page ({@code Page_files/style.css}): not reports. */
    private static final Set<String> ASSET_EXTENSIONS = Set.of("css", "js", "mjs", "map", "png", "jpg", "jpeg", "gif",
            "svg", "ico", "webp", "bmp", "woff", "woff2", "ttf", "otf", "eot", "swf");

    /** Whether a name is an asset of a saved web page: a file of a web-asset type in a folder {@code *_files}. */
    static boolean pageAsset(String name) {
        String n = name.replace('\\', '/');
        int slash = n.lastIndexOf('/');
        if (slash < 0) {
            return false;
        }
        String file = n.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (!ASSET_EXTENSIONS.contains(extension)) {
            return false;
        }
        for (String folder : n.substring(0, slash).split("/|!/")) {
            if (folder.endsWith("_files") || folder.endsWith(".files")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param roots files, folders and zip archives
     * @param shard which part of the inputs to keep, 0-based
     * @param shards into how many parts the inputs are split (1: all of them)
     * @param maxBytes members larger than this are not read (their task fails with TOO_LARGE)
     * @param outputFolder the real path of the run's output folder, which is not walked (its files are not
     *                     inputs, and a resumed run would record them again as they change)
     */
    Inputs(List<Path> roots, int shard, int shards, long maxBytes, Path outputFolder) {
        this(roots, shard, shards, maxBytes, outputFolder, Selection.ALL, Map.of(), true);
    }

    /**
     * @param selection the {@code --include} and {@code --exclude} globs
     * @param missing roots that do not exist, with what to say of each (a path listed in a manifest that is not
     *                there is a FAILED input, not a reason to refuse the run)
     */
    Inputs(List<Path> roots, int shard, int shards, long maxBytes, Path outputFolder, Selection selection,
           Map<Path, String> missing) {
        this(roots, shard, shards, maxBytes, outputFolder, selection, missing, true);
    }

    private Inputs(List<Path> roots, int shard, int shards, long maxBytes, Path outputFolder, Selection selection,
                   Map<Path, String> missing, boolean warn) {
        this.roots = List.copyOf(roots);
        this.shard = shard;
        this.shards = shards;
        this.maxBytes = maxBytes;
        this.outputFolder = outputFolder;
        this.selection = selection;
        this.missing = Map.copyOf(missing);
        this.warn = warn;
    }

    /** A walk that keeps no member's bytes and warns of nothing (the run will). */
    private Inputs quiet() {
        return new Inputs(roots, shard, shards, 0, outputFolder, selection, missing, false);
    }

    /** How many inputs there are. */
    long count() {
        long n = 0;
        for (Input ignored : quiet()) {
            n++;
        }
        return n;
    }

    /** Whether there is any input at all: the walk stops at the first. */
    boolean any() {
        return quiet().iterator().hasNext();
    }

    /**
     * A path listed in a manifest, and where.
     *
     * @param path the path
     * @param where the manifest and the line, such as {@code list.txt line 3}
     */
    record Listed(Path path, String where) {
    }

    /**
     * The paths listed in a manifest file, one per line; blank lines and lines starting with # are skipped. The
     * file is read as editors save it: after a byte order mark in its charset (Notepad's "UTF-8 with BOM" and
     * "Unicode"), else as UTF-8 when it is valid UTF-8, else in the charset its bytes show (Notepad's "ANSI" on
     * Chinese Windows is GBK), as text reports are.
     */
    static List<Listed> fromList(Path manifest) throws IOException {
        List<Listed> paths = new ArrayList<>();
        String[] lines = TextDecoder.decode(Files.readAllBytes(manifest), "UTF-8").text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                String where = manifest + " line " + (i + 1);
                try {
                    paths.add(new Listed(Path.of(l), where));
                } catch (java.nio.file.InvalidPathException e) {
                    paths.add(new Listed(Path.of(where), where + ": not a path (" + e.getReason() + ")"));
                }
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

    /** How many files that operating systems leave beside documents ({@link SystemFiles}) the last iteration skipped. */
    int skippedSystemFiles() {
        return skippedSystemFiles;
    }

    /** How many assets of saved web pages ({@link #pageAsset}) the last iteration skipped. */
    int skippedAssets() {
        return skippedAssets;
    }

    /** How many files the {@code --include} and {@code --exclude} globs left out in the last iteration. */
    int skippedByPattern() {
        return skippedByPattern;
    }

    /** How many folders the last iteration reached again through a link, and did not walk twice. */
    int skippedRepeatedFolders() {
        return skippedRepeatedFolders;
    }

    @Override
    public Iterator<Input> iterator() {
        skippedExpected = 0;
        skippedSystemFiles = 0;
        skippedRepeatedFolders = 0;
        skippedAssets = 0;
        skippedByPattern = 0;
        return new Walk();
    }

    /** A depth-first walk over the roots; zip archives are opened as they are reached and closed after. */
    private final class Walk implements Iterator<Input> {
        private final Deque<Path> pending = new ArrayDeque<>();
        /** The archives being read, the innermost first: a zip inside a zip is read where it is met. */
        private final Deque<OpenArchive> archives = new ArrayDeque<>();
        /** The folders walked, by their real path: a link back to one of them is not walked again. */
        private final Set<Path> walkedFolders = new HashSet<>();
        private Input next;

        Walk() {
            for (int i = roots.size() - 1; i >= 0; i--) {
                pending.push(roots.get(i));
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                OpenArchive archive = archives.peek();
                if (archive != null) {
                    if (archive.entries.hasMoreElements()) {
                        member(archive, archive.entries.nextElement());
                    } else {
                        archives.pop().close();
                    }
                    continue;
                }
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
            String note = missing.get(p);
            if (note != null) {
                if (inShard(p.toString())) {
                    next = unreadable(p.toString(), new IOException(note));
                }
                return;
            }
            if (Files.isDirectory(p)) {
                if (!firstWalk(p)) {
                    return;
                }
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
            if (skipped(name, name)) {
                return;
            }
            ZipFile archive = ZipArchives.openArchive(p);
            if (archive != null) {
                archives.push(new OpenArchive(archive, name, 1, null)); // its members are sharded one by one
                return;
            }
            if (!inShard(name)) {
                return;
            }
            long size = size(p);
            next = new Input(name, size, () -> Files.readAllBytes(p));
        }

        /**
         * Whether a folder is walked: not the output folder, and for the first time (a link back to a walked one
         * would repeat its files).
         */
        private boolean firstWalk(Path folder) {
            Path real;
            try {
                real = folder.toRealPath();
            } catch (IOException e) {
                return true; // listing it gives the failure
            }
            if (real.equals(outputFolder)) {
                return false;
            }
            if (walkedFolders.add(real)) {
                return true;
            }
            skippedRepeatedFolders++;
            if (warn) {
                System.err.println("warning: " + folder + " is the folder " + real + ", walked already: its files are "
                        + "recorded once, under their first path");
            }
            return false;
        }

        /**
         * Reads one member of an archive: an input, a zip archive to read next (a zip inside the zip), or a file
         * skipped. Only the head of a member of another shard is read, to see whether it is an archive.
         */
        private void member(OpenArchive archive, ZipEntry e) {
            if (e.isDirectory()) {
                return;
            }
            String name = archive.name + "!/" + e.getName();
            if (skipped(e.getName(), name)) {
                return;
            }
            byte[] bytes;
            try (InputStream in = archive.zip.getInputStream(e)) {
                byte[] head = in.readNBytes(4);
                if (ZipContainer.startsAsZip(head) && archive.depth < ZipArchives.MAX_DEPTH) {
                    bytes = openNested(archive, name, head, in);
                    if (bytes == null) {
                        return; // its members are read next
                    }
                } else if (inShard(name)) {
                    // the listed size can lie (zip bombs): read at most one byte past the limit
                    bytes = concat(head, in.readNBytes(Math.max(0, readLimit() - head.length)));
                } else {
                    return;
                }
            } catch (IOException failure) {
                if (inShard(name)) {
                    next = unreadable(name, failure);
                }
                return;
            }
            if (inShard(name)) {
                next = new Input(name, e.getSize(), () -> bytes);
            }
        }

        /**
         * Copies a member that starts as a zip to a temporary file, and opens it when it is an archive of inputs.
         *
         * @return null when it was opened; else its bytes, up to one past the size limit (a Word document is a zip)
         */
        private byte[] openNested(OpenArchive outer, String name, byte[] head, InputStream rest) throws IOException {
            Path copy = Files.createTempFile("ogi-report-", ".zip");
            try {
                try (OutputStream out = Files.newOutputStream(copy)) {
                    out.write(head);
                    rest.transferTo(out);
                }
                ZipFile nested = ZipArchives.openArchive(copy);
                if (nested != null) {
                    archives.push(new OpenArchive(nested, name, outer.depth + 1, copy));
                    copy = null; // deleted when the archive is closed
                    return null;
                }
                try (InputStream in = Files.newInputStream(copy)) {
                    return in.readNBytes(readLimit());
                }
            } finally {
                if (copy != null) {
                    Files.deleteIfExists(copy);
                }
            }
        }

        /**
         * Whether a file is not an input: an expectation, a system file, left out by the globs, or a page asset.
         *
         * @param name its name, in its archive for a member (what the system-file rules read)
         * @param recorded the name it would be recorded under (what the globs match)
         */
        private boolean skipped(String name, String recorded) {
            if (name.endsWith(EXPECTED_SUFFIX)) {
                skippedExpected++;
                return true;
            }
            if (SystemFiles.is(name)) {
                skippedSystemFiles++;
                return true;
            }
            if (selection.excluded(recorded)) {
                skippedByPattern++;
                return true;
            }
            if (pageAsset(recorded) && !selection.included(recorded)) {
                skippedAssets++;
                return true;
            }
            return false;
        }
    }

    /** An archive being read, and the temporary copy it was opened from when it is a member of another. */
    private static final class OpenArchive {
        final ZipFile zip;
        final Enumeration<? extends ZipEntry> entries;
        final String name;
        final int depth;
        private final Path copy;

        OpenArchive(ZipFile zip, String name, int depth, Path copy) {
            this.zip = zip;
            this.entries = zip.entries();
            this.name = name;
            this.depth = depth;
            this.copy = copy;
        }

        /** Closes the archive once every member was read, and deletes its copy. */
        void close() {
            ZipArchives.close(zip); // first: an open file cannot be deleted everywhere
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    System.err.println("warning: deleting the temporary copy " + copy + ": " + e);
                }
            }
        }
    }

    /** How many bytes of a member are read: one past the size limit tells the parser it is too large. */
    private int readLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
    }

    private static byte[] concat(byte[] head, byte[] rest) {
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
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
}
