package io.github.ogireport.model;

/**
 * Why a file could not be read.
 *
 * @param type the cause category, such as {@code CORRUPT} or {@code UNSUPPORTED_FORMAT}
 * @param message a sentence naming the file and the cause
 */
public record ReportError(String type, String message) {
}
