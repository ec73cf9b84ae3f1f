package io.github.ogireport.tabular;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.ErrorType;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Period;
import io.github.ogireport.model.ReportError;
import io.github.ogireport.model.Rule;
import io.github.ogireport.model.Source;
import io.github.ogireport.model.Status;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import io.github.ogireport.model.WarningCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A row is what the CSV printer makes of the report's fields, each quoted where the format needs it. */
class CellsCsvTest {
    private static final String[] NUMBERS = {"0", "-5", "0.50", "-0.5", "1E+3", "12345678901234567890123", "7"};

    private static AnnualReport report(TemplateVersion t, boolean byPosition, String file, String agency) {
        List<String> keys = CellKeys.of(t);
        CellValue[] values = new CellValue[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i < NUMBERS.length ? CellValue.number(new BigDecimal(NUMBERS[i]), NUMBERS[i], null)
                    : i % 3 == 0 ? CellValue.missing() : i % 3 == 1 ? new CellValue(null, CellKind.DASH, "-", null)
                    : CellValue.number(BigDecimal.valueOf(i), Integer.toString(i), null);
        }
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            cells.put(keys.get(i), values[i]);
        }
        List<Check> checks = List.of(new Check(Rule.T3_A, "total", CheckResult.FAIL, ""),
                new Check(Rule.T3_B, "granted", CheckResult.PASS, ""), new Check(Rule.T4_A, "adminReview", CheckResult.FAIL, ""));
        List<Warning> warnings = List.of(new Warning(WarningCode.BLANK_CELLS, null, ""),
                new Warning(WarningCode.SOFT_RULE, null, ""), new Warning(WarningCode.BLANK_CELLS, null, ""));
        return new AnnualReport(file, Status.PARTIAL, Format.TEXT, t, "某局2021年政府信息公开工作年度报告", agency, 2021,
                LocalDate.of(2022, 1, 31), new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), List.of(),
                byPosition ? TemplateCells.of(t, values) : cells, List.of(), checks, warnings, null,
                Source.ofHash("ab12"));
    }

    /** The row as the printer writes it from the list of every field. */
    private static String printed(AnnualReport r) throws IOException {
        List<String> row = new ArrayList<>();
        row.add(r.file());
        row.add(r.status().name());
        row.add(r.error() == null ? "" : r.error().type().name());
        row.add(r.error() == null ? "" : r.error().message());
        row.add(r.format() == null ? "" : r.format().name());
        row.add(r.template().label());
        row.add(r.title() == null ? "" : r.title());
        row.add(r.agency() == null ? "" : r.agency());
        row.add(r.year() == null ? "" : r.year().toString());
        row.add(r.publishDate() == null ? "" : r.publishDate().toString());
        row.add(r.period() == null ? "" : r.period().from().toString());
        row.add(r.period() == null ? "" : r.period().to().toString());
        row.add(r.source() == null ? "" : r.source().sha256());
        row.add(r.status() == Status.FAILED ? "" : "T3-A:total;T4-A:adminReview");
        row.add(r.status() == Status.FAILED ? "" : "BLANK_CELLS;SOFT_RULE");
        for (String key : CellKeys.csvOrder()) {
            CellValue v = r.cells().get(key);
            row.add(v == null || !v.isNumber() ? "" : v.value().toPlainString());
        }
        StringBuilder out = new StringBuilder();
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get()).printRecord(row);
        return out.toString();
    }

    @Test
    void rowsAreWhatThePrinterMakesOfTheFields() throws IOException {
        for (TemplateVersion t : List.of(TemplateVersion.V2019, TemplateVersion.V2021)) {
            for (boolean byPosition : List.of(true, false)) {
                for (String[] meta : List.of(new String[] {"a.txt", null}, new String[] {"#b, \"c\".txt", "某局, \"办\"\n"},
                        new String[] {"", " x "})) {
                    AnnualReport r = report(t, byPosition, meta[0], meta[1]);
                    StringBuilder out = new StringBuilder();
                    new CellsCsv(out, false).write(r);
                    assertEquals(printed(r), out.toString(), t + " " + byPosition + " " + meta[0]);
                }
            }
        }
    }

    /** A FAILED row says why, in errorType and errorMessage, and has no cells. */
    @Test
    void aFailedRowSaysWhy() throws IOException {
        AnnualReport failed = AnnualReport.failed("x.pdf", Format.PDF, new ReportError(ErrorType.ENCRYPTED,
                "x.pdf: the PDF is encrypted, with a password"), Source.ofHash("00ff"));
        StringBuilder out = new StringBuilder();
        new CellsCsv(out, false).write(failed);
        assertEquals(printed(failed), out.toString());
        assertTrue(out.toString().startsWith("x.pdf,FAILED,ENCRYPTED,\"x.pdf: the PDF is encrypted, with a password\","
                + "PDF,UNKNOWN,,,,,,,00ff,,,"), out.toString());
    }

    @Test
    void theHeaderComesFirst() throws IOException {
        StringBuilder out = new StringBuilder();
        CellsCsv csv = new CellsCsv(out, true);
        assertEquals("file,status,errorType,errorMessage,format,template,title,agency,year,publishDate,periodFrom,"
                + "periodTo,sha256,checksFailed,warnings", String.join(",", CellsCsv.META_COLUMNS), "FORMAT.md B3");
        List<String> header = new ArrayList<>(CellsCsv.META_COLUMNS);
        header.addAll(CellKeys.csvOrder());
        assertEquals(String.join(",", header) + "\n", out.toString());
        csv.write(report(TemplateVersion.V2019, true, "a.txt", null));
        assertEquals(String.join(",", header) + "\n" + printed(report(TemplateVersion.V2019, true, "a.txt", null)),
                out.toString());
    }
}
