package io.github.ogireport.spark;

import io.github.ogireport.extract.zip.SystemFiles;
import io.github.ogireport.verify.ExpectedReport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The files under a path, on any Hadoop file system, walked the way {@code batch} walks a folder: depth first,
 * each folder's entries sorted by name, hidden files included, {@code *.expected.json} files (hand-verified
 * expectations, not reports) and the files operating systems leave beside documents ({@link SystemFiles}) left out. Lazy: one folder listing in memory at a time.
 */
final class InputListing {
    private static final String EXPECTED_SUFFIX = ExpectedReport.FILE_SUFFIX;
    private static final Comparator<FileStatus> BY_NAME = Comparator.comparing(s -> s.getPath().getName());

    private InputListing() {
    }

    /**
     * The files under a path as the user gave it: the file itself, or every file below a folder. A path that does
     * not exist may be a glob pattern ({@code s3a://bucket/2020/*.pdf}); each match is then walked under its full
     * name.
     *
     * @throws FileNotFoundException when nothing is there
     */
    static Iterator<InputRef> under(String root, Configuration conf) throws IOException {
        Path path = new Path(root);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("no such file or folder: " + root);
            }
            Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
            List<Named> found = new ArrayList<>();
            for (FileStatus m : matches) {
                found.add(new Named(m.getPath().toString(), m));
            }
            return new Walk(fs, found);
        }
        return new Walk(fs, List.of(new Named(displayName(root), status)));
    }

    /** The user's path without trailing slashes, so that names below it join with one slash, as in batch. */
    static String displayName(String root) {
        String s = root;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String child(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    static boolean isExpectedFile(String name) {
        return name.endsWith(EXPECTED_SUFFIX);
    }

    private record Named(String name, FileStatus status) {
    }

    private static final class Walk implements Iterator<InputRef> {
        private final FileSystem fs;
        private final Deque<Named> pending = new ArrayDeque<>();
        private InputRef next;

        Walk(FileSystem fs, List<Named> roots) {
            this.fs = fs;
            for (int i = roots.size() - 1; i >= 0; i--) {
                pending.push(roots.get(i));
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !pending.isEmpty()) {
                visit(pending.pop());
            }
            return next != null;
        }

        @Override
        public InputRef next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputRef n = next;
            next = null;
            return n;
        }

        private void visit(Named entry) {
            FileStatus status = entry.status();
            if (status.isDirectory()) {
                try {
                    FileStatus[] children = fs.listStatus(status.getPath());
                    Arrays.sort(children, BY_NAME);
                    for (int i = children.length - 1; i >= 0; i--) {
                        pending.push(new Named(child(entry.name(), children[i].getPath().getName()), children[i]));
                    }
                } catch (IOException e) {
                    next = InputRef.unlistable(entry.name(), e);
                }
                return;
            }
            if (!isExpectedFile(entry.name()) && !SystemFiles.is(entry.name())) {
                next = InputRef.file(entry.name(), status.getPath(), status.getLen());
            }
        }
    }
}
