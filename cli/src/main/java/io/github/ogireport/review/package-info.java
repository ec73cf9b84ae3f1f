/**
 * The review page ({@code serve}) and {@code summary.html}: record index, pages, sources shown safely. Part of the
 * command line, not API.
 */
package io.github.ogireport.review;
