package io.github.ogireport.cli;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Status;

/**
 * Progress on stderr: a bar that redraws itself on a terminal (files done/total, rate, ETA, failures so far, pages
 * read by OCR, which cost a second or two each where a text page costs milliseconds), a plain line every few seconds
 * otherwise, nothing with {@code --quiet}. Failures are named as they happen.
 */
final class Progress {
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private final long total;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private long done;
    private long failed;
    private long recognisedPages;

    /** @param total the number of inputs, or -1 when not counted */
    Progress(long total, boolean quiet) {
        this.total = total;
        this.quiet = quiet;
    }

    void done(AnnualReport report) {
        done++;
        if (report.source() != null && report.source().pageStats() != null) {
            recognisedPages += report.source().pageStats().pagesRecognised().size();
        }
        if (report.status() == Status.FAILED || report.status() == Status.NOT_A_REPORT) {
            failed++;
            if (!quiet) {
                System.err.println((terminal ? "\r\033[K" : "") + report.status() + " " + report.file()
                        + (report.error() != null ? ": " + report.error().message() : ""));
            }
        }
        tick();
    }

    /** An input recorded by an earlier run. */
    void skipped() {
        done++;
        tick();
    }

    private void tick() {
        long now = System.nanoTime();
        if (quiet || !terminal && now - lastPrint < PLAIN_INTERVAL_NANOS || terminal && now - lastPrint < 100_000_000L) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        String line;
        if (total > 0) {
            long eta = Math.round((total - done) / Math.max(rate, 1e-9));
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            line = String.format("[%s%s] %d/%d  %s files/s  ETA %ds  failed %d", "#".repeat(filled),
                    " ".repeat(width - filled), done, total, rate(rate), eta, failed);
        } else {
            line = String.format("%d files  %s files/s  failed %d", done, rate(rate), failed);
        }
        if (recognisedPages > 0) {
            line += "  OCR " + recognisedPages + (recognisedPages == 1 ? " page" : " pages");
        }
        System.err.print(terminal ? "\r" + line : line + "\n");
    }

    /** A line about the run as a whole, before its progress. */
    void note(String line) {
        if (!quiet) {
            System.err.println((terminal ? "\r\033[K" : "") + line);
        }
    }

    /** A rate as people read it: whole files a second, tenths under ten (scans are read at a file in seconds). */
    static String rate(double filesPerSecond) {
        return String.format(java.util.Locale.ROOT, filesPerSecond < 10 ? "%.1f" : "%.0f", filesPerSecond);
    }

    /** The pages read by OCR so far. */
    long recognisedPages() {
        return recognisedPages;
    }

    void finish(String summary) {
        if (!quiet) {
            System.err.println((terminal ? "\r\033[K" : "") + summary);
        }
    }
}
