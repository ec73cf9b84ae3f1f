package io.github.ogireport.document;

/**
 * A document goes past one of the {@link io.github.ogireport.model.Limits} in a way that cannot be cut short with a
 * warning (too many blocks, nested too deeply): unchecked, so that it can leave a library callback such as a DOM
 * walk; the parser turns it into a {@code TOO_LARGE} read failure that names the file.
 */
public final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went past which limit, in words */
    public LimitExceeded(String message) {
        super(message);
    }

    /** Throws when a document has more blocks than the limit allows (public for the extractor packages). */
    public static void checkBlocks(int blocks, int maxBlocks) {
        if (blocks > maxBlocks) {
            throw new LimitExceeded("the document has more than " + maxBlocks + " paragraphs, lines and table rows, "
                    + "the limit per document");
        }
    }
}
