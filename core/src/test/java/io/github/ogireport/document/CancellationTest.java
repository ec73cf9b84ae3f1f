package io.github.ogireport.document;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A deadline counted in checks, and how it nests with a deadline in time. */
class CancellationTest {
    @Test
    void aDeadlineAfterChecksPassesAtTheNextCheck() {
        try (Cancellation.Scope s = Cancellation.afterChecks(2)) {
            Cancellation.check();
            Cancellation.check();
            assertThrows(Cancellation.DeadlineExceeded.class, Cancellation::check);
        }
        assertDoesNotThrow(Cancellation::check); // closed: no deadline left on the thread
    }

    @Test
    void aTimeDeadlineSetInsideKeepsTheCount() {
        try (Cancellation.Scope s = Cancellation.afterChecks(1)) {
            try (Cancellation.Scope inner = Cancellation.deadline(Long.MAX_VALUE)) {
                Cancellation.check();
                assertThrows(Cancellation.DeadlineExceeded.class, Cancellation::check);
            }
        }
    }

    @Test
    void aPassedTimeDeadlineStops() {
        try (Cancellation.Scope s = Cancellation.deadline(0)) {
            assertThrows(Cancellation.DeadlineExceeded.class, () -> {
                for (int i = 0; i < 1_000_000; i++) {
                    Cancellation.check();
                }
            });
        }
    }

    @Test
    void aDeadlineThatPassesAfterTheClockWasReadStopsWithinThirtyThreeChecks() throws InterruptedException {
        try (Cancellation.Scope s = Cancellation.deadline(java.time.Duration.ofMillis(500).toNanos())) {
            Cancellation.check(); // reads the clock: not passed yet
            Thread.sleep(600);
            assertThrows(Cancellation.DeadlineExceeded.class, () -> {
                for (int i = 0; i < 33; i++) {
                    Cancellation.check();
                }
            });
            assertThrows(Cancellation.DeadlineExceeded.class, Cancellation::check); // and stays passed
        }
    }
}
