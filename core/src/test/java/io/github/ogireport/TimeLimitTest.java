package io.github.ogireport;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.Status;
import io.github.ogireport.document.Cancellation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parse whose deadline passes returns TIMED_OUT, wherever the pipeline is: the deadline here passes after a number
 * of checks instead of on a clock, so the test holds on a machine of any speed (LimitsTest has the clock).
 */
class TimeLimitTest {
    private static final ReportParser PARSER = new ReportParser();

    /** A report copied onto one line without its line breaks, many times over: a scraped page that lost them. */
    private static byte[] oneLinePage() throws Exception {
        String seed = Files.readString(TestData.seed(2)).replaceAll("\\R", "");
        return seed.repeat(40).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean thrownIn(Throwable e, String className) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** How many deadline checks a whole parse of the bytes makes: the fewest after which it is not stopped. */
    private static long checksOfAWholeParse(byte[] bytes) {
        long low = 0;
        long high = 1;
        while (stops(bytes, high)) {
            low = high;
            high *= 2;
        }
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (stops(bytes, mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    private static boolean stops(byte[] bytes, long checks) {
        try (Cancellation.Scope s = Cancellation.afterChecks(checks)) {
            return PARSER.parseOrFailed(bytes, "x").status() == Status.FAILED;
        }
    }

    @Test
    void aOneLinePageStopsWhereverItIsAsTimedOut() throws Exception {
        byte[] page = oneLinePage();
        assertTrue(PARSER.parseOrFailed(page, "one-line.txt").status() != Status.FAILED);
        long all = checksOfAWholeParse(page);
        java.util.Set<String> where = new java.util.TreeSet<>();
        for (int i = 0; i < 40; i++) {
            long checks = all * i / 40;
            try (Cancellation.Scope s = Cancellation.afterChecks(checks)) {
                ReportReadException e = assertThrows(ReportReadException.class,
                        () -> PARSER.parse(new java.io.ByteArrayInputStream(page), "one-line.txt"));
                assertEquals(ErrorType.TIMED_OUT, e.category(), "after " + checks + " checks");
                assertTrue(e.getMessage().startsWith("one-line.txt: parsing took longer than the limit"), e.getMessage());
                where.add(e.getCause().getStackTrace()[1].getClassName());
            }
        }
        // the line's glued runs are searched one by one, each checked: most of the parse's checks are there
        assertTrue(where.contains("io.github.ogireport.grid.GluedText"), where.toString());
        try (Cancellation.Scope s = Cancellation.afterChecks(all / 2)) {
            AnnualReport failed = PARSER.parseOrFailed(page, "one-line.txt");
            assertEquals(Status.FAILED, failed.status());
            assertEquals("TIMED_OUT", failed.error().type().name());
        }
    }

    @Test
    void aPdfStopsBetweenPagesAsTimedOutNotAsDamaged() throws Exception {
        byte[] pdf = Files.readAllBytes(TestData.of("pdf/chromium-html-2021.pdf"));
        assertTrue(PARSER.parseOrFailed(pdf, "report.pdf").status() != Status.FAILED);
        try (Cancellation.Scope s = Cancellation.afterChecks(0)) {
            ReportReadException e = assertThrows(ReportReadException.class, () -> PARSER.parse(new java.io.ByteArrayInputStream(pdf), "report.pdf"));
            assertEquals(ErrorType.TIMED_OUT, e.category(), e.getMessage());
            assertTrue(thrownIn(e.getCause(), "io.github.ogireport.extract.pdf.GlyphCollector"));
        }
    }
}
