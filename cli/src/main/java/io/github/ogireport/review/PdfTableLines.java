package io.github.ogireport.review;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PDF page that belong to the tables (a row label, or three numbers or more), as rectangles in the
 * page's points from its top left, so that the rendered page can mark them as the text view marks its lines.
 */
final class PdfTableLines extends PDFTextStripper {
    /** A table line: its words, and where it is on the page. */
    record Line(String text, Rectangle2D box) {
    }

    private final List<Line> found = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<TextPosition> positions = new ArrayList<>();

    private PdfTableLines() {
        setSortByPosition(true);
    }

    /** The table lines of a page, counted from 1. */
    static List<Line> of(PDDocument pdf, int page) throws IOException {
        PdfTableLines lines = new PdfTableLines();
        lines.setStartPage(page);
        lines.setEndPage(page);
        lines.writeText(pdf, new StringWriter());
        lines.endOfLine();
        return lines.found;
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (!line.isEmpty()) {
            line.append(' ');
        }
        line.append(text);
        positions.addAll(textPositions);
    }

    @Override
    protected void writeLineSeparator() {
        endOfLine();
    }

    private void endOfLine() {
        if (!positions.isEmpty() && SourceDocument.isTableLine(line.toString())) {
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
            found.add(new Line(line.toString(), new Rectangle2D.Double(left, top, right - left, bottom - top)));
        }
        line.setLength(0);
        positions.clear();
    }
}
