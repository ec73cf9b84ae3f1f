package io.github.ogireport.model;

/**
 * Why a file could not be read.
 *
 * @param type the cause category, such as {@link ErrorType#CORRUPT}
 * @param message a sentence naming the file and the cause
 */
public record ReportError(ErrorType type, String message) {
}
