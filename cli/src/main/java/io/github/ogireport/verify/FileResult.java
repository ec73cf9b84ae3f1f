package io.github.ogireport.verify;

import io.github.ogireport.model.Status;

import java.nio.file.Path;
import java.util.List;

/**
 * The comparison of one report file with its expected file.
 *
 * @param report the report file, or null for {@link Verdict#NO_REPORT}
 * @param expected the expected file
 * @param verdict what was concluded
 * @param status the status the report was read with, or null when it was not read
 * @param values every value the expected file lists, compared (empty when nothing could be compared)
 * @param problem why nothing could be compared, for {@link Verdict#INVALID_EXPECTED} and {@link Verdict#NO_REPORT};
 *                otherwise null
 */
public record FileResult(Path report, Path expected, Verdict verdict, Status status, List<ComparedValue> values,
                         String problem) {
    public FileResult {
        values = List.copyOf(values);
    }

    /** The values that differ, in the order the expected file lists them. */
    public List<Mismatch> mismatches() {
        return values.stream().filter(v -> !v.matched()).map(ComparedValue::toMismatch).toList();
    }

    /** Whether this file counts in the exact-match rates: a reviewed expected file compared with its report. */
    public boolean scored() {
        return verdict == Verdict.MATCH || verdict == Verdict.MISMATCH;
    }
}
