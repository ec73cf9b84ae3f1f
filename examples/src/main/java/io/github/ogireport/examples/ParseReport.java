package io.github.ogireport.examples;

import io.github.ogireport.ReportParser;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Parses one annual report and prints who published it, for which year, and how many requests it received and
 * granted: the library used as an embedder would, with nothing of the command line.
 *
 * <pre>java -cp ... io.github.ogireport.examples.ParseReport testdata/seeds/002_4aa25779e377b147.txt</pre>
 */
public final class ParseReport {

    private ParseReport() {
    }

    /**
     * Parses each file named and prints its summary.
     *
     * @param args the report files
     * @throws ReportReadException when a file cannot be read
     */
    public static void main(String[] args) throws ReportReadException {
        ReportParser parser = new ReportParser();
        for (String file : args) {
            print(parser.parse(Path.of(file)), System.out);
        }
    }

    static void print(AnnualReport report, PrintStream out) {
        out.println(report.file() + ": " + report.status());
        out.println("agency: " + report.agency() + ", year " + report.year()
                + ", template " + report.template().label());
        out.println("requests received: " + number(report.cell(RequestRow.NEW_RECEIVED, RequestColumn.TOTAL)));
        out.println("requests granted: " + number(report.cell(RequestRow.GRANTED, RequestColumn.TOTAL)));
    }

    // a cell is a printed number or blank: a blank says so instead of printing 0
    private static String number(CellValue cell) {
        return cell.isNumber() ? cell.value().toPlainString() : "(blank: " + cell.kind() + ")";
    }
}
