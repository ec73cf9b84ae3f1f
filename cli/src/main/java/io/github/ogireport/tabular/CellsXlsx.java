package io.github.ogireport.tabular;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The contract's CSV as an Excel workbook, one row per report, written with POI's streaming workbook so that
 * only a window of rows is in memory however many reports there are. Cell columns hold numbers, not text. A second
 * sheet, {@code codebook}, explains every column ({@link Codebook}).
 */
public final class CellsXlsx {
    /** Rows kept in memory while writing. */
    private static final int WINDOW = 200;
    /** Excel's own limit on rows in a sheet. */
    private static final int MAX_ROWS = 1_048_576;
    private static final int YEAR_COLUMN = CellsCsv.META_COLUMNS.indexOf("year");

    private CellsXlsx() {
    }

    /** Converts a {@code cells.csv} (with or without a byte order mark) to an {@code .xlsx} file. */
    public static void convert(Path csv, Path xlsx) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser records = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            Sheet sheet = book.createSheet("reports");
            int r = 0;
            int firstCellColumn = CellsCsv.META_COLUMNS.size();
            for (CSVRecord record : records) {
                if (r == MAX_ROWS) {
                    throw new IOException(csv + " has more rows than an Excel sheet holds (" + MAX_ROWS + ")");
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < record.size(); c++) {
                    String value = c == 0 && r == 0 ? record.get(c).replace("\uFEFF", "") : record.get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (r > 0 && (c >= firstCellColumn || c == YEAR_COLUMN)) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
                r++;
            }
            writeCodebook(book.createSheet("codebook"));
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        } finally {
            book.close();
        }
    }

    private static void writeCodebook(Sheet sheet) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < Codebook.HEADER.size(); c++) {
            header.createCell(c).setCellValue(Codebook.HEADER.get(c));
        }
        int r = 1;
        for (Codebook.Entry e : Codebook.entries()) {
            Row row = sheet.createRow(r++);
            List<String> values = e.values();
            for (int c = 0; c < values.size(); c++) {
                if (!values.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
        }
    }
}
