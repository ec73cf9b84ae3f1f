package io.github.ogireport.spark;

import io.github.ogireport.model.Limits;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;

import java.io.Serializable;

/** Turns one document's bytes into a report; {@link ReportParser#parseOrFailed(byte[], String)} in production. */
@FunctionalInterface
interface DocumentParser {
    AnnualReport parseOrFailed(byte[] bytes, String name);

    /** Makes the parser of one partition, on the executor (a parser is not sent over the wire). */
    @FunctionalInterface
    interface Factory extends Serializable {
        DocumentParser create(long maxBytes);
    }

    /** The library's parser with the run's size limit. */
    Factory LIBRARY = maxBytes -> ReportParser.builder()
            .limits(Limits.DEFAULT.withMaxBytes(maxBytes)).build()::parseOrFailed;
}
