package io.github.ogireport.extract.charset;

/**
 * Text decoded from bytes, with the charset chosen and why.
 *
 * @param text the decoded text, without a byte order mark
 * @param charset the charset name
 * @param reason how it was chosen: {@code BOM}, {@code UTF-8 valid}, {@code detected}, {@code fallback}, …
 */
public record DecodedText(String text, String charset, String reason) {
}
