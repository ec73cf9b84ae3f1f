package io.github.ogireport.verify;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code verify} found in a corpus folder.
 *
 * @param root the folder
 * @param files one result per expected file, in path order
 * @param withoutExpected report files with no expected file beside them (not compared)
 * @param rates the exact-match rates over the reviewed expected files
 */
public record CorpusResult(Path root, List<FileResult> files, List<Path> withoutExpected, ExactMatchRates rates) {
    public CorpusResult {
        files = List.copyOf(files);
        withoutExpected = List.copyOf(withoutExpected);
    }

    /** Whether there was something to compare and every expected file matched its report. */
    public boolean allMatch() {
        return !files.isEmpty() && files.stream().allMatch(f -> f.verdict().passes());
    }

    /** How many files got the verdict. */
    public int count(Verdict verdict) {
        return (int) files.stream().filter(f -> f.verdict() == verdict).count();
    }
}
