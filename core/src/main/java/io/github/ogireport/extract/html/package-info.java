/**
 * Stage 1, saved web pages: jsoup DOM, page chrome dropped, tables with spans as grids &rarr; blocks
 * ({@link HtmlExtractor}). Not API: public only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.extract.html;
