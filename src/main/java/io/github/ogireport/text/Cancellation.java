package io.github.ogireport.text;

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
    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

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
        private final long[] previous;

        private Scope(long[] previous) {
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
        long[] previous = DEADLINE.get();
        long end = System.nanoTime() + Math.max(0, nanos);
        if (nanos > Long.MAX_VALUE / 4) {
            end = Long.MAX_VALUE; // no practical limit: avoid overflowing nanoTime arithmetic
        }
        if (previous == null || end - previous[0] < 0) {
            DEADLINE.set(new long[] {end});
        }
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
        long[] deadline = DEADLINE.get();
        if (deadline != null && deadline[0] != Long.MAX_VALUE && System.nanoTime() - deadline[0] > 0) {
            throw new DeadlineExceeded();
        }
    }
}
