/**
 * Stage 4, the arithmetic rules checked on a report's tables, and OCR cells settled by them ({@link ArithmeticChecks}).
 * Not API: public only for the other packages of this project; may change in any release.
 */
package io.github.ogireport.validate;
