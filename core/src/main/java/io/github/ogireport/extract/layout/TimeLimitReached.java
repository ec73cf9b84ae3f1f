package io.github.ogireport.extract.layout;

/**
 * Thrown out of a page's reading when the time limit of a PDF or page image has passed: by the PDF's content
 * stream and by the OCR of scanned pages alike (public for {@code extract.pdf} and {@code extract.image}).
 */
public final class TimeLimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Without a stack trace: it is control flow, caught by the extractor that set the limit. */
    public TimeLimitReached() {
        super(null, null, false, false);
    }
}
