package io.github.ogireport.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellKind;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.Check;
import io.github.ogireport.model.Derivation;
import io.github.ogireport.model.CheckResult;
import io.github.ogireport.model.ExtraRow;
import io.github.ogireport.model.PageStats;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.TemplateCells;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a report as the JSON of the output contract (docs/FORMAT.md B2), version {@value #CONTRACT}, fields in
 * contract order. {@code cellDetails} is sparse by default ({@link Details#SPARSE}): a cell printed as exactly its
 * plain number, and a cell not found, have no entry (docs/FORMAT.md B1).
 */
public final class ReportJson {
    /** The version of the output contract written, the {@code contract} field of every record. */
    public static final int CONTRACT = 2;

    /** Which cells get an entry in {@code cellDetails}. */
    public enum Details {
        /**
         * Only the cells whose number alone does not say what was printed: blank, dash, text, undecided, a number
         * with a unit or written other than as its plain digits, a value decided rather than read (the contract's
         * default).
         */
        SPARSE,
        /** Every cell of the template, plain numbers and missing cells included (still contract version 2). */
        ALL
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    /**
     * Every cell key as a quoted, escaped field name, made once: a report writes some 400 of them. By key for any
     * map of cells, and per template by position for a parser's {@link TemplateCells}.
     */
    private static final Map<String, SerializedString> CELL_KEYS = new HashMap<>();
    private static final SerializedString[][] CELL_KEYS_BY_POSITION = new SerializedString[TemplateVersion.values().length][];
    /** The names and values written for every cell and every check, made once too. */
    private static final SerializedString RAW = new SerializedString("raw");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString HOW = new SerializedString("how");
    private static final SerializedString CONFIDENCE = new SerializedString("confidence");
    private static final SerializedString CANDIDATES = new SerializedString("candidates");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString SCOPE = new SerializedString("scope");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString DETAIL = new SerializedString("detail");
    private static final SerializedString[] KINDS = names(CellKind.values());
    private static final SerializedString[] RESULTS = names(CheckResult.values());
    private static final SerializedString[] HOWS = names(Derivation.values());

    static {
        for (String key : CellKeys.csvOrder()) {
            CELL_KEYS.put(key, new SerializedString(key));
        }
        for (TemplateVersion t : TemplateVersion.values()) {
            CELL_KEYS_BY_POSITION[t.ordinal()] = CellKeys.of(t).stream().map(CELL_KEYS::get)
                    .toArray(SerializedString[]::new);
        }
    }

    private static SerializedString[] names(Enum<?>[] constants) {
        SerializedString[] names = new SerializedString[constants.length];
        for (Enum<?> c : constants) {
            names[c.ordinal()] = new SerializedString(c.name());
        }
        return names;
    }

    private ReportJson() {
    }

    /**
     * The report as one line of JSON (for JSON Lines), with sparse cell details.
     *
     * @param report the report
     * @return the JSON, without a line break
     */
    public static String toLine(AnnualReport report) {
        return toLine(report, Details.SPARSE);
    }

    /**
     * The report as one line of JSON (for JSON Lines).
     *
     * @param report the report
     * @param details which cells get an entry in {@code cellDetails}
     * @return the JSON, without a line break
     */
    public static String toLine(AnnualReport report, Details details) {
        return write(report, false, details);
    }

    /**
     * {@link #toUtf8Line(AnnualReport, Details)} with sparse cell details.
     *
     * @param report the report
     * @return the JSON in UTF-8, ending in a line break
     */
    public static byte[] toUtf8Line(AnnualReport report) {
        return toUtf8Line(report, Details.SPARSE);
    }

    /**
     * The report as one line of JSON in UTF-8, ending in a line break: for writers of JSON Lines files, which
     * then copy bytes rather than encode characters.
     *
     * @param report the report
     * @param details which cells get an entry in {@code cellDetails}
     * @return the JSON in UTF-8, ending in a line break
     */
    public static byte[] toUtf8Line(AnnualReport report, Details details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(report, g, false, details);
        } catch (JsonGenerationException e) {
            // the UTF-8 generator writes a lone surrogate as its escape; should one refuse it, encode as a writer does
            return (toLine(report, details) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * The report as indented JSON, with sparse cell details.
     *
     * @param report the report
     * @return the JSON over several lines
     */
    public static String toPrettyJson(AnnualReport report) {
        return toPrettyJson(report, Details.SPARSE);
    }

    /**
     * The report as indented JSON.
     *
     * @param report the report
     * @param details which cells get an entry in {@code cellDetails}
     * @return the JSON over several lines
     */
    public static String toPrettyJson(AnnualReport report, Details details) {
        return write(report, true, details);
    }

    private static String write(AnnualReport report, boolean pretty, Details details) {
        StringWriter out = new StringWriter();
        try {
            write(report, out, pretty, details);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes the report to a writer, with sparse cell details.
     *
     * @param r the report
     * @param writer where to write it (not closed)
     * @param pretty whether to indent it over several lines
     * @throws IOException when the writer fails
     */
    public static void write(AnnualReport r, Writer writer, boolean pretty) throws IOException {
        write(r, writer, pretty, Details.SPARSE);
    }

    /**
     * Writes the report to a writer. Each part has its own method: small methods are what the JIT compiles well.
     *
     * @param r the report
     * @param writer where to write it (not closed)
     * @param pretty whether to indent it over several lines
     * @param details which cells get an entry in {@code cellDetails}
     * @throws IOException when the writer fails
     */
    public static void write(AnnualReport r, Writer writer, boolean pretty, Details details) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(writer)) {
            write(r, g, pretty, details);
        }
    }

    private static void write(AnnualReport r, JsonGenerator g, boolean pretty, Details details) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        g.writeStartObject();
        g.writeNumberField("contract", CONTRACT);
        g.writeStringField("file", r.file());
        g.writeStringField("status", r.status().name());
        g.writeStringField("format", r.format() == null ? null : r.format().name());
        g.writeStringField("template", r.template().label());
        g.writeStringField("title", r.title());
        g.writeStringField("agency", r.agency());
        if (r.year() == null) {
            g.writeNullField("year");
        } else {
            g.writeNumberField("year", r.year());
        }
        g.writeStringField("publishDate", r.publishDate() == null ? null : r.publishDate().toString());
        if (r.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            g.writeStringField("from", r.period().from().toString());
            g.writeStringField("to", r.period().to().toString());
            g.writeEndObject();
        }
        writeSections(g, r);
        writeCells(g, r, details);
        writeExtraRows(g, r);
        writeChecks(g, r);
        writeWarnings(g, r);
        writeSource(g, r);
        if (r.error() == null) {
            g.writeNullField("error");
        } else {
            g.writeObjectFieldStart("error");
            g.writeStringField("type", r.error().type().name());
            g.writeStringField("message", r.error().message());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void writeSections(JsonGenerator g, AnnualReport r) throws IOException {
        g.writeArrayFieldStart("sections");
        for (Section s : r.sections()) {
            g.writeStartObject();
            g.writeNumberField("number", s.number());
            g.writeStringField("heading", s.heading());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeCells(JsonGenerator g, AnnualReport r, Details details) throws IOException {
        SerializedString[] names;
        CellValue[] values;
        if (r.cells() instanceof TemplateCells cells) {
            // the parser's cells: by position, each key's name already made
            names = CELL_KEYS_BY_POSITION[cells.template().ordinal()];
            values = new CellValue[names.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = cells.at(i);
            }
        } else {
            names = new SerializedString[r.cells().size()];
            values = new CellValue[names.length];
            int i = 0;
            for (Map.Entry<String, CellValue> e : r.cells().entrySet()) {
                SerializedString made = CELL_KEYS.get(e.getKey());
                names[i] = made != null ? made : new SerializedString(e.getKey());
                values[i++] = e.getValue();
            }
        }
        writeValues(g, names, values);
        writeDetails(g, names, values, details);
    }

    /*
     * The cells and their details are written by a loop each in a method of its own: in one method, the JIT compiled
     * both loops, with all they call, into one large method several times over (each loop on its own while the
     * first reports ran, then the whole), a second or more of a core in a short batch.
     */

    private static void writeValues(JsonGenerator g, SerializedString[] names, CellValue[] values) throws IOException {
        g.writeObjectFieldStart("cells");
        for (int i = 0; i < names.length; i++) {
            g.writeFieldName(names[i]);
            writeNumber(g, values[i]);
        }
        g.writeEndObject();
    }

    private static void writeDetails(JsonGenerator g, SerializedString[] names, CellValue[] values, Details details)
            throws IOException {
        g.writeObjectFieldStart("cellDetails");
        boolean all = details == Details.ALL;
        for (int i = 0; i < names.length; i++) {
            if (all || saysMore(values[i])) {
                g.writeFieldName(names[i]);
                g.writeStartObject();
                writeDetail(g, values[i]);
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    private static void writeExtraRows(JsonGenerator g, AnnualReport r) throws IOException {
        g.writeArrayFieldStart("extraRows");
        for (ExtraRow x : r.extraRows()) {
            g.writeStartObject();
            g.writeStringField("table", x.table().key());
            g.writeStringField("row", x.row());
            g.writeStringField("label", x.label());
            g.writeArrayFieldStart("values");
            for (CellValue v : x.values()) {
                g.writeStartObject();
                writeDetail(g, v);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeChecks(JsonGenerator g, AnnualReport r) throws IOException {
        g.writeArrayFieldStart("checks");
        for (Check c : r.checks()) {
            g.writeStartObject();
            g.writeFieldName(RULE);
            g.writeString(c.rule().id());
            g.writeFieldName(SCOPE);
            g.writeString(c.scope());
            g.writeFieldName(RESULT);
            g.writeString(RESULTS[c.result().ordinal()]);
            g.writeFieldName(DETAIL);
            g.writeString(c.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeWarnings(JsonGenerator g, AnnualReport r) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (Warning w : r.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code().name());
            g.writeStringField("where", w.where());
            g.writeStringField("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSource(JsonGenerator g, AnnualReport r) throws IOException {
        if (r.source() == null) {
            g.writeNullField("source");
        } else {
            g.writeObjectFieldStart("source");
            g.writeStringField("sha256", r.source().sha256());
            g.writeStringField("charset", r.source().charset());
            g.writeStringField("charsetReason", r.source().charsetReason());
            g.writeBooleanField("traditional", r.source().traditional());
            PageStats pages = r.source().pageStats();
            if (pages != null) {
                g.writeNumberField("pages", pages.pages());
                g.writeArrayFieldStart("pagesWithoutText");
                for (int p : pages.pagesWithoutText()) {
                    g.writeNumber(p);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("unmappedGlyphs");
                for (var e : new java.util.TreeMap<>(pages.unmappedGlyphs()).entrySet()) {
                    g.writeNumberField(Integer.toString(e.getKey()), e.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("pagesRecognised");
                for (int p : pages.pagesRecognised()) {
                    g.writeNumber(p);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    private static void writeNumber(JsonGenerator g, CellValue v) throws IOException {
        if (!v.isNumber()) {
            g.writeNull();
            return;
        }
        BigDecimal n = v.value();
        if (v.isSmallWholeNumber()) {
            g.writeNumber(n.longValue()); // the same digits as the BigInteger's, without making one
        } else if (n.scale() <= 0) {
            g.writeNumber(n.toBigIntegerExact());
        } else {
            g.writeNumber(n);
        }
    }

    /**
     * Whether a cell needs an entry in sparse {@code cellDetails}: everything but a plain number read as printed and
     * a cell not found (an absent key means one of those two, told apart by the cell being null).
     */
    static boolean saysMore(CellValue v) {
        if (v.kind() == CellKind.MISSING) {
            return v.isDecided() || v.confidence() != null || !v.candidates().isEmpty() || !v.raw().isEmpty();
        }
        return !v.isPlainNumber();
    }

    private static void writeDetail(JsonGenerator g, CellValue v) throws IOException {
        g.writeFieldName(RAW);
        g.writeString(v.raw());
        g.writeFieldName(KIND);
        g.writeString(KINDS[v.kind().ordinal()]);
        g.writeFieldName(UNIT);
        g.writeString(v.unit());
        if (v.isDecided()) {
            g.writeFieldName(HOW);
            g.writeStartArray();
            for (Derivation d : v.how()) {
                g.writeString(HOWS[d.ordinal()]);
            }
            g.writeEndArray();
        }
        if (v.confidence() != null) {
            g.writeFieldName(CONFIDENCE);
            g.writeNumber(v.confidence());
        }
        if (!v.candidates().isEmpty()) {
            g.writeFieldName(CANDIDATES);
            g.writeStartArray();
            for (String c : v.candidates()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
    }
}
