package io.github.ogireport.cli;

import io.github.ogireport.export.ReportJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** {@code --details sparse|all}: which cells of a report get an entry in {@code cellDetails}. */
final class DetailsOption implements ITypeConverter<ReportJson.Details> {
    @Override
    public ReportJson.Details convert(String value) {
        try {
            return ReportJson.Details.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not sparse or all");
        }
    }
}
