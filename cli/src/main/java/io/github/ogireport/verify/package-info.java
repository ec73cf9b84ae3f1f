/**
 * Checking runs against expected files: corpus verification, exact-match rates, and the diff of two runs. Part of the
 * command line, not API.
 */
package io.github.ogireport.verify;
