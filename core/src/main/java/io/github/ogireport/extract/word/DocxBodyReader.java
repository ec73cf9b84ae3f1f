package io.github.ogireport.extract.word;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.Cancellation;
import io.github.ogireport.document.CellText;
import io.github.ogireport.document.LimitExceeded;
import io.github.ogireport.document.TableGrid;
import io.github.ogireport.model.Limits;
import io.github.ogireport.model.Warning;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of a .docx ({@code w:body}, as XWPF loaded it) into blocks in document order: paragraphs, the
 * rows of tables as a span-aware grid ({@link WordTableGrid}), and the content of content controls
 * ({@code w:sdt}), custom XML and text boxes. Only the body is read: headers, footers and their page numbers
 * live in other parts of the package.
 *
 * <p>Within a paragraph, text comes from {@code w:t} runs, hyperlinks, inserted text and field results; deleted
 * text, field instructions (hyperlink targets, {@code PAGE}), footnote reference marks and the results of page
 * number fields are left out. A line break starts a new block, as {@code <br>} does in an HTML page; inside a
 * table cell it and a paragraph end are a space, so a label split over lines stays one label.
 */
final class DocxBodyReader {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Relationship ids ({@code r:embed}, {@code r:id}) name a picture's part. */
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Far deeper than any real document nests tables in tables or text boxes in tables. */
    private static final int MAX_DEPTH = 32;

    private final List<Block> blocks = new ArrayList<>();
    private final WordFields fields = new WordFields();
    private final int depth;
    private final Shared document;

    private DocxBodyReader(int depth, Shared document) {
        this.depth = depth;
        this.document = document;
    }

    /** What the readers of one document share: its limits, its warnings, and how many tables were read. */
    private static final class Shared {
        final int maxCells;
        final int maxBlocks;
        final List<Warning> warnings;
        final List<Picture> pictures = new ArrayList<>();
        int tables;
        int elements;

        Shared(Limits limits, List<Warning> warnings) {
            this.maxCells = limits.maxCellsPerTable();
            this.maxBlocks = limits.maxBlocks();
            this.warnings = warnings;
        }
    }

    /**
     * A picture in the body: the relationship id of its image part, and the number of blocks before it (a table
     * pasted as a picture is read by OCR into blocks at that place).
     */
    record Picture(int block, String relation) {
    }

    /** The blocks of a body and the pictures among them. */
    record Body(List<Block> blocks, List<Picture> pictures) {
    }

    /** The blocks of a document body, within the default limits. */
    static List<Block> read(Element body) {
        return read(body, Limits.DEFAULT, new ArrayList<>());
    }

    /**
     * The blocks of a document body.
     *
     * @param warnings where to add what the limits cut (a table past its cell limit)
     * @throws LimitExceeded when the body has more blocks than {@link Limits#maxBlocks()}
     */
    static List<Block> read(Element body, Limits limits, List<Warning> warnings) {
        return readBody(body, limits, warnings).blocks();
    }

    /**
     * The blocks of a document body and the pictures in its paragraphs (those in tables and text boxes are not
     * counted: a table pasted as a picture sits in a paragraph of its own).
     */
    static Body readBody(Element body, Limits limits, List<Warning> warnings) {
        Shared shared = new Shared(limits, warnings);
        DocxBodyReader reader = new DocxBodyReader(0, shared);
        reader.blockContainer(body);
        return new Body(reader.blocks, List.copyOf(shared.pictures));
    }

    private void add(Block block) {
        blocks.add(block);
        LimitExceeded.checkBlocks(blocks.size(), document.maxBlocks);
    }

    /** Paragraphs, tables, content controls and custom XML of a body, cell, text box or content control. */
    private void blockContainer(Element parent) {
        for (Element e : children(parent)) {
            if ((++document.elements & 255) == 0) {
                Cancellation.check();
            }
            if (isW(e, "p")) {
                paragraph(e);
            } else if (isW(e, "tbl")) {
                table(e);
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    blockContainer(content);
                }
            } else if (isW(e, "customXml") || isW(e, "ins") || isW(e, "moveTo")) {
                blockContainer(e);
            } else if (isAlternateContent(e)) {
                Element chosen = chosenBranch(e);
                if (chosen != null) {
                    blockContainer(chosen);
                }
            }
            // w:sectPr, bookmarks, proofing marks and the like hold no text
        }
    }

    private void paragraph(Element p) {
        ParagraphText text = new ParagraphText();
        inline(p, text);
        for (String line : text.lines()) {
            String clean = CellText.clean(line);
            if (!clean.isEmpty()) {
                add(Block.paragraph(clean));
            }
        }
        // a text box's content follows the paragraph it is anchored in
        for (Element box : text.textBoxes) {
            nested().readInto(box, blocks);
        }
        if (depth == 0) {
            for (String relation : text.pictures) {
                document.pictures.add(new Picture(blocks.size(), relation));
            }
        }
    }

    private void inline(Element parent, ParagraphText out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (isAlternateContent(e)) {
                // Choice and Fallback hold the same text box twice (DrawingML and VML): read one of them
                Element chosen = chosenBranch(e);
                if (chosen != null) {
                    inline(chosen, out);
                }
                continue;
            }
            if (!W.equals(e.getNamespaceURI())) {
                continue; // math, ink and other markup carry no report text
            }
            switch (e.getLocalName()) {
                case "t" -> out.append(fields.showing() ? text(e) : "");
                case "tab", "ptab" -> out.append(fields.showing() ? " " : "");
                case "noBreakHyphen" -> out.append(fields.showing() ? "-" : "");
                case "br", "cr" -> out.lineBreak();
                case "fldChar" -> fields.mark(attribute(e, "fldCharType"));
                case "instrText" -> fields.instruction(text(e));
                case "fldSimple" -> {
                    if (!WordFields.isPageNumber(attribute(e, "instr"))) {
                        inline(e, out);
                    }
                }
                case "drawing", "pict", "object" -> {
                    textBoxes(e, out.textBoxes);
                    pictures(e, out.pictures);
                }
                case "txbxContent" -> out.textBoxes.add(e);
                case "delText", "del", "moveFrom", "rPr", "pPr", "sdtPr", "sdtEndPr", "footnoteReference",
                     "endnoteReference", "commentReference", "annotationRef", "footnoteRef", "endnoteRef",
                     "separator", "continuationSeparator" -> {
                    // deleted text, formatting, and reference marks whose digits would read as values
                }
                default -> inline(e, out); // runs, hyperlinks, smart tags, inline content controls, insertions
            }
        }
    }

    /** The text boxes in a drawing, not counting boxes inside boxes (they are read with their box). */
    private static void textBoxes(Element e, List<Element> out) {
        for (Element c : children(e)) {
            if (isW(c, "txbxContent")) {
                out.add(c);
            } else if (isAlternateContent(c)) {
                Element chosen = chosenBranch(c);
                if (chosen != null) {
                    textBoxes(chosen, out);
                }
            } else {
                textBoxes(c, out);
            }
        }
    }

    /** The image parts a drawing shows: DrawingML's {@code a:blip r:embed}, VML's {@code v:imagedata r:id}. */
    private static void pictures(Element e, List<String> out) {
        for (Element c : children(e)) {
            String relation = switch (c.getLocalName() == null ? "" : c.getLocalName()) {
                case "blip" -> c.getAttributeNS(R, "embed");
                case "imagedata" -> c.getAttributeNS(R, "id");
                default -> "";
            };
            if (!relation.isEmpty()) {
                out.add(relation);
            } else if (isAlternateContent(c)) {
                Element chosen = chosenBranch(c); // the same picture in DrawingML and in VML: once
                if (chosen != null) {
                    pictures(chosen, out);
                }
            } else if (!isW(c, "txbxContent")) {
                pictures(c, out);
            }
        }
    }

    private void table(Element tbl) {
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows);
        if (isLayout(tbl, rows)) {
            // a table that frames the page (a table inside, or one column) holds ordinary content
            for (Element tr : rows) {
                List<Element> cells = new ArrayList<>();
                collect(tr, "tc", cells);
                for (Element tc : cells) {
                    nested().readInto(tc, blocks);
                }
            }
            return;
        }
        List<List<WordTableGrid.Cell>> grid = new ArrayList<>();
        int width = children(child(tbl, "tblGrid")).size();
        for (Element tr : rows) {
            Element trPr = child(tr, "trPr");
            int column = number(child(trPr, "gridBefore"), 0);
            List<WordTableGrid.Cell> cells = new ArrayList<>();
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs);
            for (Element tc : tcs) {
                Element tcPr = child(tc, "tcPr");
                int span = Math.min(WordTableGrid.MAX_COLUMNS, number(child(tcPr, "gridSpan"), 1));
                cells.add(new WordTableGrid.Cell(column, span, cellText(tc), merge(child(tcPr, "vMerge")),
                        merge(child(tcPr, "hMerge"))));
                column = Math.min(WordTableGrid.MAX_COLUMNS, column + Math.max(1, span));
            }
            width = Math.max(width, Math.min(WordTableGrid.MAX_COLUMNS, column + number(child(trPr, "gridAfter"), 0)));
            grid.add(cells);
        }
        document.tables++;
        TableGrid table = WordTableGrid.grid(grid, width, document.maxCells);
        for (List<String> row : table.rows()) {
            add(Block.row(row));
        }
        if (table.truncated()) {
            document.warnings.add(table.warning("table " + document.tables));
        }
    }

    /** A cell's paragraphs (and anything nested in them) as one line of text. */
    private String cellText(Element tc) {
        List<Block> inner = new ArrayList<>();
        nested().readInto(tc, inner);
        StringBuilder b = new StringBuilder();
        for (Block block : inner) {
            b.append(block.cells().size() > 1 ? String.join(" ", block.cells()) : block.text()).append(' ');
        }
        return CellText.clean(b.toString());
    }

    private DocxBodyReader nested() {
        return new DocxBodyReader(depth + 1, document);
    }

    private void readInto(Element container, List<Block> out) {
        if (depth > MAX_DEPTH) {
            return;
        }
        blockContainer(container);
        out.addAll(blocks);
        LimitExceeded.checkBlocks(out.size(), document.maxBlocks);
    }

    private static boolean isLayout(Element tbl, List<Element> rows) {
        if (tbl.getElementsByTagNameNS(W, "tbl").getLength() > 0) {
            return true;
        }
        for (Element tr : rows) {
            List<Element> cells = new ArrayList<>();
            collect(tr, "tc", cells);
            if (cells.size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Rows of a table or cells of a row, also those wrapped in content controls or custom XML. */
    private static void collect(Element parent, String name, List<Element> out) {
        for (Element e : children(parent)) {
            if (isW(e, name)) {
                out.add(e);
            } else if (isW(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    collect(content, name, out);
                }
            } else if (isW(e, "customXml")) {
                collect(e, name, out);
            }
        }
    }

    private static WordTableGrid.Merge merge(Element e) {
        if (e == null) {
            return WordTableGrid.Merge.NONE;
        }
        return "restart".equals(attribute(e, "val")) ? WordTableGrid.Merge.RESTART : WordTableGrid.Merge.CONTINUE;
    }

    private static int number(Element e, int absent) {
        if (e == null) {
            return absent;
        }
        try {
            return Math.max(0, Integer.parseInt(attribute(e, "val").strip()));
        } catch (NumberFormatException ex) {
            return absent; // a malformed value: Word falls back to the default too
        }
    }

    private static boolean isAlternateContent(Element e) {
        return MC.equals(e.getNamespaceURI()) && "AlternateContent".equals(e.getLocalName());
    }

    /** The first {@code mc:Choice}, else the {@code mc:Fallback}: both render the same content. */
    private static Element chosenBranch(Element alternate) {
        Element fallback = null;
        for (Element c : children(alternate)) {
            if (MC.equals(c.getNamespaceURI()) && "Choice".equals(c.getLocalName())) {
                return c;
            }
            if (MC.equals(c.getNamespaceURI()) && "Fallback".equals(c.getLocalName())) {
                fallback = c;
            }
        }
        return fallback;
    }

    static boolean isW(Element e, String localName) {
        return W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    static String attribute(Element e, String localName) {
        String v = e.getAttributeNS(W, localName);
        return v == null ? "" : v;
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e, localName)) {
                return e;
            }
        }
        return null;
    }

    /** The character data directly in an element (XmlBeans' DOM has no {@code getTextContent}). */
    static String text(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(n.getNodeValue());
            }
        }
        return b.toString();
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of one paragraph, as lines split at line breaks, and the text boxes anchored in it. */
    private static final class ParagraphText {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        final List<Element> textBoxes = new ArrayList<>();
        final List<String> pictures = new ArrayList<>();

        void append(String s) {
            line.append(s);
        }

        void lineBreak() {
            lines.add(line.toString());
            line.setLength(0);
        }

        List<String> lines() {
            List<String> all = new ArrayList<>(lines);
            all.add(line.toString());
            return all;
        }
    }
}
