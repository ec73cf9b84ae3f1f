/**
 * Batch outputs as tables: {@code cells.csv}, {@code cells.xlsx} and {@code codebook.csv}. Part of the command line,
 * not API.
 */
package io.github.ogireport.tabular;
