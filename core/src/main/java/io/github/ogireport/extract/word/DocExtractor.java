package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.document.CellText;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.document.TableGrid;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.Warning;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Reads a Word 97–2003 document (.doc) with Apache POI's HWPF: the main text's paragraphs and tables in document
 * order (headers, footers, footnotes and text boxes are other stories of the file and are not read), and the
 * title from the summary information as a fallback. A table's column grid is rebuilt from its cells' edges
 * ({@link DocColumnGrid}), because the format does not flag horizontal merges; vertical merges are flagged.
 * Field instructions (hyperlink targets, page numbers) are dropped and their results kept ({@link WordFields}).
 */
public final class DocExtractor {
    private static final String WHAT = "Word 97-2003 (.doc)";

    private DocExtractor() {
    }

    /**
     * Reads a document.
     *
     * @param file the file name, for error messages
     * @param bytes the whole file
     * @throws ReportReadException when the file is encrypted, damaged, in a Word version before 97, or too large
     */
    public static ExtractedDocument extract(String file, byte[] bytes) throws ReportReadException {
        return extract(file, bytes, Limits.DEFAULT);
    }

    /**
     * Reads a document.
     *
     * @param file the file name, for error messages
     * @param bytes the whole file
     * @throws ReportReadException when the file is encrypted, damaged, in a Word version before 97, or too large
     * @throws LimitExceeded when the document has more blocks than {@link Limits#maxBlocks()}
     */
    public static ExtractedDocument extract(String file, byte[] bytes, Limits limits) throws ReportReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             HWPFDocument doc = new HWPFDocument(fs)) {
            Cancellation.check();
            List<Warning> warnings = new ArrayList<>();
            List<Block> blocks = blocks(doc.getRange(), limits, warnings);
            Map<String, String> properties = new HashMap<>();
            SummaryInformation summary = doc.getSummaryInformation();
            if (summary != null && summary.getTitle() != null && !summary.getTitle().isBlank()) {
                properties.put(ExtractedDocument.TITLE, summary.getTitle().strip());
            }
            return new ExtractedDocument(Format.DOC, blocks, null, null, properties, null, warnings);
        } catch (LimitExceeded | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw WordReadFailure.of(file, WHAT, e);
        }
    }

    private static List<Block> blocks(Range range, Limits limits, List<Warning> warnings) {
        List<Block> blocks = new ArrayList<>();
        WordFields fields = new WordFields();
        int n = range.numParagraphs();
        int tables = 0;
        for (int i = 0; i < n; i++) {
            Cancellation.check();
            LimitExceeded.checkBlocks(blocks.size(), limits.maxBlocks());
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                tables++;
                TableGrid grid = rows(table, limits.maxCellsPerTable());
                for (List<String> row : grid.rows()) {
                    blocks.add(Block.row(row));
                }
                if (grid.truncated()) {
                    warnings.add(grid.warning("table " + tables));
                }
                // the table's paragraphs (its cells, nested tables included) are read: go past its end
                while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < table.getEndOffset()) {
                    i++;
                }
                continue;
            }
            for (String line : DocText.lines(fields.strip(p.text()))) {
                String clean = CellText.clean(line);
                if (!clean.isEmpty()) {
                    blocks.add(Block.paragraph(clean));
                }
            }
        }
        LimitExceeded.checkBlocks(blocks.size(), limits.maxBlocks());
        return blocks;
    }

    /** The table's grid; rows past the cell limit are not read at all (their edges would cost time too). */
    private static TableGrid rows(Table table, int maxCells) {
        List<List<int[]>> edges = new ArrayList<>();
        int readRows = 0;
        long cellCount = 0;
        for (int r = 0; r < table.numRows(); r++) {
            Cancellation.check();
            TableRow row = table.getRow(r);
            cellCount += row.numCells();
            if (cellCount > maxCells) {
                break;
            }
            readRows++;
            List<int[]> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                cells.add(new int[] {cell.getLeftEdge(), cell.getWidth()});
            }
            edges.add(cells);
        }
        DocColumnGrid columns = DocColumnGrid.of(edges);
        List<List<WordTableGrid.Cell>> grid = new ArrayList<>();
        for (int r = 0; r < readRows; r++) {
            TableRow row = table.getRow(r);
            List<WordTableGrid.Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int left = cell.getLeftEdge();
                WordTableGrid.Merge vertical = !cell.isVerticallyMerged() ? WordTableGrid.Merge.NONE
                        : cell.isFirstVerticallyMerged() ? WordTableGrid.Merge.RESTART : WordTableGrid.Merge.CONTINUE;
                // Word 97 could also merge horizontally with flags, besides drawing one wide cell
                WordTableGrid.Merge horizontal = !cell.isMerged() ? WordTableGrid.Merge.NONE
                        : cell.isFirstMerged() ? WordTableGrid.Merge.RESTART : WordTableGrid.Merge.CONTINUE;
                String text = CellText.clean(String.join(" ", DocText.lines(new WordFields().strip(cell.text()))));
                cells.add(new WordTableGrid.Cell(columns.column(left), columns.span(left, cell.getWidth()), text,
                        vertical, horizontal));
            }
            grid.add(cells);
        }
        TableGrid read = WordTableGrid.grid(grid, columns.width(), maxCells);
        return new TableGrid(read.rows(), table.numRows(), maxCells);
    }
}
