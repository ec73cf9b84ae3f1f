package io.github.ogireport.review;

import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
import io.github.ogireport.extract.Extractors;
import io.github.ogireport.extract.FormatDetector;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.Format;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.OcrMode;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A source document as the review page shows it beside the grids. HTML is hostile input: it is rebuilt from a safe
 * list of elements (jsoup {@link Safelist}), so no script, style, frame or form survives, and every {@code src} and
 * {@code href} is removed, so the page fetches nothing, remote or not. Text and Word documents are shown as lines,
 * with the lines of the tables marked; a PDF as its pages rendered to images.
 */
final class SourceDocument {
    /** The id of the first table line of a view: the source frame opens there. */
    static final String FIRST_TABLE_LINE = "table";
    /** At most this many PDF pages are shown. */
    static final int MAX_PAGES = 40;
    private static final float DPI = 96;
    /** Attributes that could name something to fetch or follow, removed from every element of a cleaned page. */
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "srcset", "cite", "action", "formaction",
            "background", "poster", "longdesc", "usemap", "data");
    /** The row labels of the three tables, as the tokenizer's normalised text has them: they mark table lines. */
    private static final List<Pattern> ROW_LABELS = rowLabels();
    /** One cell's value alone: a number with or without a unit, a dash, or 无. */
    private static final Pattern CELL_VALUE = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?\\s*(?:万元|元|万)?|[-—–/／]+|无");
    private static final Pattern NUMBERS = Pattern.compile("(?:^|\\s)[-+]?\\d+(?:\\.\\d+)?(?:\\s+[-+]?\\d+(?:\\.\\d+)?){2,}(?:\\s|$)");

    private SourceDocument() {
    }

    private static List<Pattern> rowLabels() {
        List<Pattern> patterns = new ArrayList<>();
        for (RequestRow r : RequestRow.values()) {
            r.patterns().forEach(p -> patterns.add(Pattern.compile(p)));
        }
        for (ActiveRow r : ActiveRow.values()) {
            r.patterns().forEach(p -> patterns.add(Pattern.compile(p)));
        }
        for (ReviewColumn c : ReviewColumn.values()) {
            patterns.add(Pattern.compile(Pattern.quote(c.label())));
        }
        return List.copyOf(patterns);
    }

    /**
     * The document as an HTML page for the source frame.
     *
     * @param number the record's number, for the addresses of PDF page images
     * @param name the file, for messages
     * @param charset the charset the parser read an HTML or text file in (the record's {@code source.charset}), or null
     */
    static String page(int number, String name, byte[] bytes, String charset) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(Markup.esc(name))
                .append("</title><link rel=\"stylesheet\" href=\"/assets/").append(PageShell.STYLE)
                .append("\"></head><body class=\"source-doc\">");
        Format format;
        try {
            format = FormatDetector.detect(name, bytes);
        } catch (ReportReadException e) {
            return b.append("<p class=\"source-note\">").append(Markup.esc(e.getMessage())).append("</p></body></html>").toString();
        }
        try {
            switch (format) {
                case HTML -> b.append("<div class=\"html-source\">").append(cleanHtml(bytes, charset)).append("</div>");
                case TEXT -> lines(b, textLines(name, bytes));
                case DOCX, DOC -> lines(b, blockLines(Extractors.of(format).extract(name, bytes, Limits.DEFAULT,
                        OcrMode.OFF)));
                case PDF -> pdfPages(b, number, bytes);
                default -> b.append("<p class=\"source-note\">no view of ").append(Markup.esc(format.name()))
                        .append(" files</p>");
            }
        } catch (ReportReadException | IOException e) {
            b.append("<p class=\"source-note\">cannot show ").append(Markup.esc(name)).append(": ")
                    .append(Markup.esc(e.getMessage())).append("</p>");
        }
        return b.append("</body></html>").toString();
    }

    /** The body of an HTML page, rebuilt from safe elements with nothing to load or follow. */
    static String cleanHtml(byte[] bytes, String charset) throws IOException {
        String cs = charset != null && Charset.isSupported(charset) ? charset : null;
        Document dirty = Jsoup.parse(new ByteArrayInputStream(bytes), cs, "");
        for (Element img : dirty.select("img")) {
            String alt = img.attr("alt");
            img.replaceWith(new Element("span").addClass("image").text("[image" + (alt.isBlank() ? "" : ": " + alt) + "]"));
        }
        Safelist safe = Safelist.relaxed().removeTags("img", "a");
        Document clean = new Cleaner(safe).clean(dirty);
        for (Element e : clean.getAllElements()) {
            for (String attribute : LINK_ATTRIBUTES) {
                e.removeAttr(attribute);
            }
        }
        boolean first = true;
        for (Element row : clean.select("tr")) {
            if (isTableLine(row.text())) {
                row.addClass("table-line");
                if (first) {
                    row.id(FIRST_TABLE_LINE);
                    first = false;
                }
            }
        }
        return clean.body().html();
    }

    /** A line of a text view, and whether it is a line of a table. */
    record Line(String text, boolean table) {
    }

    static List<Line> textLines(String name, byte[] bytes) throws ReportReadException {
        String text = FormatDetector.detection(name, bytes).text(bytes).text();
        List<Line> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n|\\r", -1)) {
            lines.add(new Line(line, isTableLine(line)));
        }
        return withCellLines(lines);
    }

    /** Word documents: paragraphs as lines, each table row as one line with its cells apart. */
    static List<Line> blockLines(ExtractedDocument document) {
        List<Line> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block.row()) {
                lines.add(new Line(String.join(" │ ", block.cells()), true));
            } else {
                String text = String.join(" ", block.cells());
                lines.add(new Line(text, isTableLine(text)));
            }
        }
        return withCellLines(lines);
    }

    /**
     * The lines with the cells of a table printed one per line (web pages copied as text): a line that holds only a
     * value, after a table line with nothing but blank lines between, is a table line too.
     */
    private static List<Line> withCellLines(List<Line> lines) {
        List<Line> marked = new ArrayList<>(lines.size());
        boolean inTable = false;
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty()) {
                marked.add(l);
                continue;
            }
            boolean table = l.table() || inTable && CELL_VALUE.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC)).matches();
            marked.add(table == l.table() ? l : new Line(l.text(), true));
            inTable = table;
        }
        return marked;
    }

    /** A line with a row label of the tables, or with three numbers or more in a row. */
    static boolean isTableLine(String line) {
        String normal = Normalizer.normalize(line, Normalizer.Form.NFKC);
        if (NUMBERS.matcher(normal).find()) {
            return true;
        }
        String compact = normal.replaceAll("\\s+", "");
        if (compact.length() > 80) {
            return false; // a sentence of the text that names a row, not a row
        }
        for (Pattern p : ROW_LABELS) {
            if (p.matcher(compact).find()) {
                return true;
            }
        }
        return false;
    }

    private static void lines(StringBuilder b, List<Line> lines) {
        b.append("<ol class=\"lines\">");
        boolean first = true;
        for (Line l : lines) {
            if (l.table() && first) {
                b.append("<li class=\"table-line\" id=\"").append(FIRST_TABLE_LINE).append("\">");
                first = false;
            } else {
                b.append(l.table() ? "<li class=\"table-line\">" : "<li>");
            }
            b.append(Markup.esc(l.text())).append("</li>");
        }
        b.append("</ol>");
    }

    private static void pdfPages(StringBuilder b, int number, byte[] bytes) throws IOException {
        int pages;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            pages = pdf.getNumberOfPages();
        }
        for (int i = 1; i <= Math.min(pages, MAX_PAGES); i++) {
            b.append("<figure class=\"pdf-page\"><img loading=\"lazy\" src=\"/source/").append(number).append("/page/").append(i)
                    .append(".png\" alt=\"page ").append(i).append("\"><figcaption>page ").append(i).append(" of ")
                    .append(pages).append("</figcaption></figure>");
        }
        if (pages > MAX_PAGES) {
            b.append("<p class=\"source-note\">the first ").append(MAX_PAGES).append(" pages of ").append(pages).append("</p>");
        }
    }

    /** Marks the table lines on a rendered page: a light band under each, as the text view marks its lines. */
    private static void markTableLines(BufferedImage image, List<PdfTableLines.Line> lines) {
        java.awt.Graphics2D g = image.createGraphics();
        try {
            double scale = DPI / 72.0;
            for (PdfTableLines.Line line : lines) {
                java.awt.geom.Rectangle2D r = line.box();
                java.awt.geom.Rectangle2D.Double band = new java.awt.geom.Rectangle2D.Double(r.getX() * scale - 2,
                        r.getY() * scale - 2, r.getWidth() * scale + 4, r.getHeight() * scale + 4);
                g.setColor(new java.awt.Color(255, 200, 0, 70));
                g.fill(band);
                g.setColor(new java.awt.Color(214, 140, 0));
                g.draw(band);
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * A page of a PDF as a PNG image, its table lines marked.
     *
     * @param page the page number, from 1
     * @throws IOException when the PDF cannot be read or has no such page
     */
    static byte[] pdfPage(byte[] bytes, int page) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (page < 1 || page > Math.min(pdf.getNumberOfPages(), MAX_PAGES)) {
                throw new IOException("no page " + page);
            }
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            markTableLines(image, PdfTableLines.of(pdf, page));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
