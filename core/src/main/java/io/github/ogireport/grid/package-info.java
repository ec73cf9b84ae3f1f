/**
 * Stage 3, tokens &rarr; the template tables: label anchors, cell positions, template detection, glued cells split
 * again, torn tables rebuilt ({@link TableBuilder}). Not API: public only for the other packages of this project; may
 * change in any release.
 */
package io.github.ogireport.grid;
