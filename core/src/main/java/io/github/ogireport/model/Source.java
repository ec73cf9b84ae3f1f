package io.github.ogireport.model;

/**
 * How a file was read: for text formats, the charset it was decoded with and how that was chosen.
 *
 * @param charset the charset name, such as {@code GB18030}, or null for binary formats
 * @param charsetReason how the charset was chosen ({@code BOM}, {@code valid UTF-8}, {@code declared}, …), or null
 * @param traditional whether the document was in Traditional Chinese and was read converted to Simplified
 * @param pageStats pages and text-layer quality of a paged format (PDF), or null
 * @param sha256 the SHA-256 of the file's bytes in hex, or null when they could not be read
 */
public record Source(String charset, String charsetReason, boolean traditional, PageStats pageStats, String sha256) {

    /**
     * The source of a file that could not be read, known only by its hash.
     *
     * @param sha256 the SHA-256 of the bytes in hex
     * @return a source with nothing but the hash
     */
    public static Source ofHash(String sha256) {
        return new Source(null, null, false, null, sha256);
    }
}
