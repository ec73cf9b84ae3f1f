/**
 * Stage 2, blocks &rarr; tokens: Chinese script normalisation, numbers and labels as tokens, section headings, title
 * and metadata, page furniture. Not API: public only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.text;
