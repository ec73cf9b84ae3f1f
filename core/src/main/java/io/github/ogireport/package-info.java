/**
 * The entry point (API): {@link io.github.ogireport.ReportParser} runs the pipeline bytes &rarr; blocks &rarr; tokens
 * &rarr; tables &rarr; checks and returns an {@link io.github.ogireport.model.AnnualReport}; what it takes, returns and
 * throws is in {@code model}, the contract JSON in {@code export}.
 */
package io.github.ogireport;
