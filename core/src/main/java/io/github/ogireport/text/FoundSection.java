package io.github.ogireport.text;

/**
 * A section heading found in a document.
 *
 * @param number 1 to 6 (or higher for reports before 2019)
 * @param heading the heading as printed
 * @param block the index of the block holding the heading
 * @param rest text that followed the heading in the same block, or empty
 */
public record FoundSection(int number, String heading, int block, String rest) {
}
