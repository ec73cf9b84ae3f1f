package io.github.ogireport.model;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.model.Status;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.ReportParser;
import io.github.ogireport.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits of one document: defaults, copies, and what passing each one gives. */
class LimitsTest {
    private static final Path SEED = TestData.seed(1);
    /** A seed whose report is OK (001 is PARTIAL: its 采购总金额 names no unit). */
    private static final Path OK_SEED = TestData.seed(2);

    @Test
    void defaultsAndCopies() {
        Limits d = Limits.DEFAULT;
        assertEquals(64L << 20, d.maxBytes());
        assertEquals(1_000, d.maxPages());
        assertEquals(100_000, d.maxCellsPerTable());
        assertEquals(512, d.maxDepth());
        assertEquals(200_000, d.maxBlocks());
        assertEquals(Duration.ofSeconds(60), d.timeout());
        Limits changed = d.withMaxBytes(1).withMaxPages(2).withMaxCellsPerTable(3).withMaxDepth(4).withMaxBlocks(5)
                .withTimeout(Duration.ofMillis(6));
        assertEquals(new Limits(1, 2, 3, 4, 5, Duration.ofMillis(6)), changed);
        assertEquals(Limits.DEFAULT, new ReportParser().limits());
        assertEquals(Limits.DEFAULT.withMaxBytes(10), ReportParser.builder()
                .limits(Limits.DEFAULT.withMaxBytes(10)).build().limits());
        assertEquals(ReportParser.DEFAULT_MAX_BYTES, Limits.DEFAULT.maxBytes());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withMaxCellsPerTable(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withMaxDepth(-1));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withTimeout(null));
    }

    @Test
    void aDocumentPastItsTimeLimitIsTimedOut() throws Exception {
        // a long document and a limit far shorter than reading it takes
        byte[] bytes = Files.readString(SEED).repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ReportParser parser = ReportParser.builder().limits(Limits.DEFAULT.withTimeout(Duration.ofMillis(1))).build();
        AnnualReport r = parser.parseOrFailed(bytes, "slow.txt");
        assertEquals(Status.FAILED, r.status());
        assertEquals("TIMED_OUT", r.error().type().name());
        assertTrue(r.error().message().startsWith("slow.txt: parsing took longer than the limit of 0.001 s"),
                r.error().message());
        // the deadline was the parse's only: the thread goes on without one
        assertDoesNotThrow(Cancellation::check);
        assertEquals(Status.OK, new ReportParser().parseOrFailed(Files.readAllBytes(OK_SEED), "seed.txt").status());
    }

    @Test
    void aTimeoutTooLongToCountInNanosecondsIsNoLimit() throws Exception {
        ReportParser parser = ReportParser.builder()
                .limits(Limits.DEFAULT.withTimeout(Duration.ofSeconds(Long.MAX_VALUE))).build();
        assertEquals(Status.OK, parser.parseOrFailed(Files.readAllBytes(OK_SEED), "seed.txt").status());
    }

    @Test
    void anInterruptedParseIsTimedOutToo() throws Exception {
        byte[] bytes = Files.readAllBytes(SEED);
        Thread.currentThread().interrupt();
        try {
            AnnualReport r = new ReportParser().parseOrFailed(bytes, "interrupted.txt");
            assertEquals("TIMED_OUT", r.error().type().name());
            assertTrue(r.error().message().contains("interrupted"), r.error().message());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInnerDeadlineNeverExtendsAnOuterOne() throws InterruptedException {
        try (Cancellation.Scope outer = Cancellation.deadline(1_000_000)) {
            Thread.sleep(5);
            try (Cancellation.Scope inner = Cancellation.deadline(Duration.ofHours(1).toNanos())) {
                assertThrows(CancellationException.class, Cancellation::check);
            }
            assertThrows(Cancellation.DeadlineExceeded.class, Cancellation::check);
        }
        assertDoesNotThrow(Cancellation::check);
    }

    @Test
    void moreBlocksThanTheLimitIsTooLarge() throws Exception {
        ReportParser parser = ReportParser.builder().limits(Limits.DEFAULT.withMaxBlocks(50)).build();
        ReportReadException e = assertThrows(ReportReadException.class, () -> parser.parse(SEED));
        assertEquals(ErrorType.TOO_LARGE, e.category());
        assertTrue(e.getMessage().startsWith(SEED + ": the document has more than 50 paragraphs"), e.getMessage());
    }

    @Test
    void aFileOverTheByteLimitIsTooLargeBeforeItIsRead() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportParser.builder()
                .limits(Limits.DEFAULT.withMaxBytes(100)).build().parse(SEED));
        assertEquals(ErrorType.TOO_LARGE, e.category());
        assertTrue(e.getMessage().contains("more than the limit of 100"), e.getMessage());
    }
}
