/**
 * A program on the library alone ({@link ParseReport}), built and run by its test: what an embedder writes.
 */
package io.github.ogireport.examples;
