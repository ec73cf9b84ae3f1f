package io.github.ogireport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the tests' documents are: {@code testdata/} of the repository, the folder every module's tests run in (the
 * parent POM's surefire {@code workingDirectory}). Paths are relative, as a user would type them, so that a report's
 * {@code file} is {@code testdata/seeds/002_….txt}.
 */
public final class TestData {
    /** The folder of the test documents. */
    public static final Path ROOT = Path.of("testdata");
    /** The five seeds: real reports with expected files a person checked. */
    public static final Path SEEDS = ROOT.resolve("seeds");
    /** Hostile and broken files, each with its expected result. */
    public static final Path BAD = ROOT.resolve("bad");
    /** Saved web pages. */
    public static final Path HTML = ROOT.resolve("html");
    /** Word documents, {@code .docx} and {@code .doc}. */
    public static final Path WORD = ROOT.resolve("word");
    /** PDFs with a text layer, encrypted and scanned ones. */
    public static final Path PDF = ROOT.resolve("pdf");
    /** The contract's cell keys with their templates and printed labels (data of the repository, not a test file). */
    public static final Path CELL_KEYS = Path.of("docs", "cell-keys.tsv");

    private TestData() {
    }

    /**
     * A test document by its path under {@code testdata/}.
     *
     * @param first the first part, such as {@code word} or {@code word/gaoping2019-docx.docx}
     * @param more the parts after it
     * @return the path, relative to the repository's folder
     */
    public static Path of(String first, String... more) {
        return ROOT.resolve(Path.of(first, more));
    }

    /**
     * A seed by its number: {@code seed(2)} is {@code testdata/seeds/002_4aa25779e377b147.txt}.
     *
     * @param number 0 to 4
     * @return the seed's text file
     */
    public static Path seed(int number) {
        String prefix = String.format("%03d_", number);
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".txt")).toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException("not one seed " + prefix + "*.txt in " + SEEDS + ": " + found);
            }
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file of a folder under {@code testdata/}, sorted, not recursively.
     *
     * @param folder such as {@link #SEEDS}
     * @return the files
     */
    public static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
