/**
 * Stage 1, bytes &rarr; blocks: {@link FormatDetector} tells the format from the bytes and {@link Extractors} gives the
 * format's extractor (one subpackage per format). Not API: public only for the other packages of this project; may
 * change in any release.
 */
package io.github.ogireport.extract;
