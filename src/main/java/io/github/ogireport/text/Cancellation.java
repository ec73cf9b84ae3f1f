package io.github.ogireport.text;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation: the long loops of the pipeline call {@link #check()}, so that a parse whose thread
 * is interrupted (a batch time limit ran out) stops soon instead of running on unseen.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /** Throws {@link CancellationException} when the current thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
