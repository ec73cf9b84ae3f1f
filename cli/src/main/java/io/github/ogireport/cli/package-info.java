/**
 * The command line (picocli): {@code parse}, {@code batch}, {@code verify}, {@code diff}, {@code bench}, {@code serve},
 * from {@link Main}. An application, not API.
 */
package io.github.ogireport.cli;
