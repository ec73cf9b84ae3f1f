package io.github.ogireport.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a corpus folder, walked recursively: each report file {@code X.ext} with the expected file
 * {@code X.expected.json} beside it (or none), and the expected files that have no report beside them. Hidden
 * files (names starting with a dot) are left out, so that a desktop's {@code .DS_Store} is not taken for a report.
 *
 * @param reports every report file in path order, each with its expected file or null
 * @param orphans expected files with no report beside them
 */
record CorpusFiles(List<Pair> reports, List<Path> orphans) {
    /**
     * A report file and its expected file.
     *
     * @param report the report file
     * @param expected its expected file, or null when it has none
     */
    record Pair(Path report, Path expected) {
    }

    CorpusFiles {
        reports = List.copyOf(reports);
        orphans = List.copyOf(orphans);
    }

    /** Walks a folder. */
    static CorpusFiles scan(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        Set<Path> expectedFiles = new HashSet<>();
        files.stream().filter(CorpusFiles::isExpected).forEach(expectedFiles::add);
        List<Pair> reports = new ArrayList<>();
        Set<Path> paired = new HashSet<>();
        for (Path f : files) {
            if (isExpected(f)) {
                continue;
            }
            Path expected = expectedFor(f);
            if (expectedFiles.contains(expected)) {
                paired.add(expected);
                reports.add(new Pair(f, expected));
            } else {
                reports.add(new Pair(f, null));
            }
        }
        List<Path> orphans = files.stream().filter(CorpusFiles::isExpected).filter(p -> !paired.contains(p)).toList();
        return new CorpusFiles(reports, orphans);
    }

    /** The expected file of a report: {@code X.ext} → {@code X.expected.json} in the same folder. */
    static Path expectedFor(Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return report.resolveSibling(base + ExpectedReport.FILE_SUFFIX);
    }

    static boolean isExpected(Path file) {
        return file.getFileName().toString().endsWith(ExpectedReport.FILE_SUFFIX);
    }
}
