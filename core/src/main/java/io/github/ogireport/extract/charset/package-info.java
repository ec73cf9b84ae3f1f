/**
 * Stage 1, text formats: charset detection and decoding ({@link TextDecoder}) for plain text, HTML and zip entry names.
 * Not API: public only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.extract.charset;
