package io.github.ogireport.model;

/**
 * How a file was read: for text formats, the charset it was decoded with and how that was chosen.
 *
 * @param charset the charset name, such as {@code GB18030}, or null for binary formats
 * @param charsetReason how the charset was chosen ({@code BOM}, {@code valid UTF-8}, {@code declared}, …), or null
 * @param traditional whether the document was in Traditional Chinese and was read converted to Simplified
 * @param pageStats pages and text-layer quality of a paged format (PDF), or null
 */
public record Source(String charset, String charsetReason, boolean traditional, PageStats pageStats) {
}
