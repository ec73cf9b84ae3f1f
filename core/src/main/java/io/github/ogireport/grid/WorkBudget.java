package io.github.ogireport.grid;

import io.github.ogireport.document.Cancellation;

/**
 * A count of search steps that may still be spent. The searches over glued cells are exponential in the worst
 * case; counting steps (rather than timing them) makes the limit the same on every machine, so a run that gives
 * up in a test gives up in production too.
 */
final class WorkBudget {
    private long left;
    private long used;

    WorkBudget(long steps) {
        this.left = steps;
    }

    /** Takes one step; false once the budget is spent. */
    boolean spend() {
        if (left <= 0) {
            return false;
        }
        left--;
        used++;
        if ((used & 0xFFF) == 0) {
            Cancellation.check(); // a batch time limit still stops a long search
        }
        return true;
    }

    /** A budget for one part of the work: at most {@code steps}, and never more than is left here. */
    WorkBudget part(long steps) {
        return new WorkBudget(Math.min(steps, left));
    }

    /** Charges the steps a part used to this budget. */
    void charge(WorkBudget part) {
        left = Math.max(0, left - part.used);
        used += part.used;
    }

    /** The steps taken so far. */
    long used() {
        return used;
    }

    /** Whether no step is left. */
    boolean spent() {
        return left <= 0;
    }
}
