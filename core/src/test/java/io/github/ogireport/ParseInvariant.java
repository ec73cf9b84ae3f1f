package io.github.ogireport;

import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.Status;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every fuzz test checks of any input: {@link ReportParser#parseOrFailed(byte[], String)} returns a report that
 * can be written out, never throws, never records a parser defect ({@code INTERNAL_ERROR}), and finishes within the
 * time limit (a small input that runs out of time is a performance bug, not a hostile file).
 *
 * <p>The fuzz tests carry no JUnit {@code @Timeout}: in fuzzing mode it would time the whole session, interrupt it and
 * so turn the next input into a false finding. The parser's own deadline bounds every input instead.
 */
public final class ParseInvariant {
    /**
     * Generous for inputs of a few hundred kilobytes on instrumented code on a busy two-core machine: a 128 KB Word
     * export that parses in 2.5 s took over 20 s under Jazzer's instrumentation in CI. A real hang still ends here.
     */
    private static final ReportParser PARSER = ReportParser.builder()
            .limits(Limits.DEFAULT.withTimeout(Duration.ofSeconds(120))).build();

    private ParseInvariant() {
    }

    /** Parses the bytes under the given name and checks the invariant; returns the report for further checks. */
    public static AnnualReport check(byte[] bytes, String name) {
        AnnualReport r = PARSER.parseOrFailed(bytes, name);
        assertNotNull(r.status());
        if (r.status() == Status.FAILED) {
            assertNotEquals("INTERNAL_ERROR", r.error().type().name(), r.error().message());
            assertNotEquals("TIMED_OUT", r.error().type().name(), r.error().message());
            assertTrue(r.error().message().startsWith(name + ": "), r.error().message());
        }
        assertNotNull(ReportJson.toLine(r));
        return r;
    }
}
