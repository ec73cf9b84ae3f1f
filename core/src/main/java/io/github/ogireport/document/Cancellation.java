package io.github.ogireport.document;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation: the long loops of the pipeline call {@link #check()}, so that a parse whose thread is
 * interrupted (a batch time limit ran out) or whose deadline has passed stops soon instead of running on unseen.
 *
 * <p>The deadline belongs to the thread, set by the parser for the duration of one document ({@link #deadline}), so
 * that it needs no parameter threaded through every class of the pipeline. Code outside this library's loops (a
 * library call that runs long) is not interrupted by it; the batch command's own clock covers that case.
 */
public final class Cancellation {
    private static final ThreadLocal<State> DEADLINE = new ThreadLocal<>();

    /**
     * The deadline in force on a thread: a {@link System#nanoTime()} value, and optionally a number of checks after
     * which it counts as passed (shared by the scopes nested in the one that set it).
     */
    private static final class State {
        /** Checks between two readings of the clock: reading it at every line or token took 5–7 % of a cold batch. */
        static final int CHECKS_PER_CLOCK = 32;

        final long end;
        final long[] checksLeft;
        /** The first check reads the clock, and every one after a deadline has passed: it stays passed. */
        int untilClock = 1;

        State(long end, long[] checksLeft) {
            this.end = end;
            this.checksLeft = checksLeft;
        }
    }

    private Cancellation() {
    }

    /** Thrown by {@link #check()} when the current thread's deadline has passed. */
    public static final class DeadlineExceeded extends CancellationException {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded() {
            super("the time limit ran out");
        }
    }

    /** A deadline in force on one thread until it is closed; closing restores the one before it. */
    public static final class Scope implements AutoCloseable {
        private final State previous;

        private Scope(State previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                DEADLINE.remove(); // no value left behind on pooled threads
            } else {
                DEADLINE.set(previous);
            }
        }
    }

    /**
     * Sets a deadline for the current thread, {@code nanos} from now, until the returned scope is closed. A deadline
     * already in force that ends sooner is kept.
     */
    public static Scope deadline(long nanos) {
        State previous = DEADLINE.get();
        long end = System.nanoTime() + Math.max(0, nanos);
        if (nanos > Long.MAX_VALUE / 4) {
            end = Long.MAX_VALUE; // no practical limit: avoid overflowing nanoTime arithmetic
        }
        if (previous == null) {
            DEADLINE.set(new State(end, null));
        } else if (previous.end == Long.MAX_VALUE || end != Long.MAX_VALUE && end - previous.end < 0) {
            DEADLINE.set(new State(end, previous.checksLeft));
        }
        return new Scope(previous);
    }

    /**
     * Sets a deadline for the current thread that passes at the {@code checks + 1}-th {@link #check()}, until the
     * returned scope is closed; a time deadline set inside it keeps this count. A deadline that does not depend on
     * the machine's speed: for tests of where the pipeline's loops stop, and for callers that count work, not time.
     */
    public static Scope afterChecks(long checks) {
        State previous = DEADLINE.get();
        DEADLINE.set(new State(previous == null ? Long.MAX_VALUE : previous.end, new long[] {Math.max(0, checks)}));
        return new Scope(previous);
    }

    /**
     * Throws {@link CancellationException} when the current thread has been interrupted, and
     * {@link DeadlineExceeded} when its deadline has passed.
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
        State deadline = DEADLINE.get();
        if (deadline == null) {
            return;
        }
        long[] checks = deadline.checksLeft;
        if (checks != null && checks[0]-- <= 0) {
            throw new DeadlineExceeded();
        }
        if (deadline.end == Long.MAX_VALUE || --deadline.untilClock > 0) {
            return;
        }
        if (System.nanoTime() - deadline.end > 0) {
            deadline.untilClock = 1;
            throw new DeadlineExceeded();
        }
        deadline.untilClock = State.CHECKS_PER_CLOCK;
    }
}
