package io.github.ogireport.verify;

/**
 * A file that only one of two runs has.
 *
 * @param file the file, as the run names it
 * @param status its status in that run
 */
public record RunFile(String file, String status) {
}
