package io.github.ogireport.extract.ocr;

/**
 * One piece of text an {@link OcrEngine} recognised: a character (or a word, when the engine gives no character
 * boxes) and its box in the image's pixels, origin at the top left.
 *
 * @param text what was read
 * @param x0 left edge
 * @param top top edge
 * @param x1 right edge
 * @param bottom bottom edge
 * @param confidence how sure the engine is of the text, 0–1
 */
public record OcrWord(String text, int x0, int top, int x1, int bottom, double confidence) {
}
