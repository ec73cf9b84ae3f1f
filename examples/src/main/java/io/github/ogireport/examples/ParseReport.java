package io.github.ogireport.examples;

import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Parses annual reports and prints who published each, for which year, how many requests it received, and the report
 * as one line of the output contract's JSON: the library used as an embedder would, with nothing of the command line.
 * The body of {@link #main} is the example of the README's section "Use it from your code", line for line (the test
 * checks that).
 *
 * <pre>java -cp ... io.github.ogireport.examples.ParseReport testdata/seeds/002_4aa25779e377b147.txt</pre>
 */
public final class ParseReport {

    private ParseReport() {
    }

    /**
     * Parses each file named and prints its summary and its JSON.
     *
     * @param args the report files
     * @throws ReportReadException when a file cannot be read
     */
    public static void main(String[] args) throws ReportReadException {
        ReportParser parser = ReportParser.builder()
                .limits(Limits.DEFAULT.withTimeout(Duration.ofSeconds(30)))  // what one file may cost
                .ocr(OcrMode.OFF)                                            // AUTO reads scans (ocr module)
                .build();                                                    // immutable, thread-safe: share it
        for (String file : args) {
            AnnualReport report = parser.parse(Path.of(file));              // ReportReadException: unreadable
            System.out.println(report.agency() + ", " + report.year() + ": " + report.status());
            CellValue received = report.cell(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL);
            System.out.println("requests received: " + (received.isNumber() ? received.value() : received.kind()));
            System.out.println(ReportJson.toLine(report));                  // the output contract, one JSON line
        }
    }
}
