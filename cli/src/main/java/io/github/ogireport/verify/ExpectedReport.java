package io.github.ogireport.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.export.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CheckResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An expected file ({@code X.expected.json} beside a report {@code X.ext}) and its comparison with a parsed
 * report. Expected files may be partial: only the fields and cell keys they list are compared, so a person can
 * annotate just what they checked. Besides the contract's fields they may hold {@code warningCodes} (the set of
 * warning codes, compared whole), {@code warningCodesInclude} (codes that must be among them) and {@code checksFailed} (the set of {@code RULE:scope} that FAIL); fields whose
 * names start with {@code _} are notes and are not compared. Objects are compared by the keys they list
 * ({@code "source": {"charset": "GB18030"}}); an empty object and arrays are compared whole.
 *
 * <p>An expected file drafted from parser output ({@code verify --write-expected}) carries
 * {@code "_unreviewed": true} until a person has checked every value against the document and deleted that
 * line; such a file is never counted as a pass (see {@link #unreviewed()}).
 */
public final class ExpectedReport {
    /** The name of an expected file is the report's without its extension, plus this suffix. */
    public static final String FILE_SUFFIX = ".expected.json";
    /** The note that marks an expected file drafted from parser output and not yet checked by a person. */
    public static final String UNREVIEWED = "_unreviewed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode expected;

    private ExpectedReport(JsonNode expected) {
        this.expected = expected;
    }

    /** Reads an expected file. */
    public static ExpectedReport read(Path file) throws IOException {
        JsonNode node = JSON.readTree(file.toFile());
        if (node == null || !node.isObject()) {
            throw new IOException(file + ": an expected file must hold one JSON object");
        }
        return new ExpectedReport(node);
    }

    /** Reads an expectation from JSON text. */
    public static ExpectedReport parse(String json) throws IOException {
        JsonNode node = JSON.readTree(json);
        if (node == null || !node.isObject()) {
            throw new IOException("an expectation must be one JSON object");
        }
        return new ExpectedReport(node);
    }

    /** The expected values as JSON. */
    public JsonNode json() {
        return expected;
    }

    /**
     * Whether a person has yet to check this expectation: it holds {@code "_unreviewed"} with any value but
     * {@code false}, so a draft is never silently taken as truth.
     */
    public boolean unreviewed() {
        JsonNode mark = expected.get(UNREVIEWED);
        return mark != null && !(mark.isBoolean() && !mark.booleanValue());
    }

    /** Every difference between this expectation and the report, in the order the expected file lists them. */
    public List<Mismatch> compare(AnnualReport report) {
        return check(report).stream().filter(v -> !v.matched()).map(ComparedValue::toMismatch).toList();
    }

    /**
     * Every value this expectation lists, compared with the report, in the order the expected file lists them:
     * one per cell key, per leaf of an object field, per other field, and per code of {@code warningCodesInclude}.
     */
    public List<ComparedValue> check(AnnualReport report) {
        JsonNode actual;
        try {
            // every cell's detail, so that an expectation may list a plain number's detail too (as contract 1 wrote it)
            actual = JSON.readTree(ReportJson.toLine(report, ReportJson.Details.ALL));
        } catch (IOException e) {
            throw new IllegalStateException("the report's own JSON does not parse", e);
        }
        List<ComparedValue> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String name = f.getKey();
            JsonNode want = f.getValue();
            switch (name) {
                case "cells", "cellDetails" -> compareObject(name, want, actual.path(name), out);
                case "warningCodes" -> compareSet(name, want, warningCodes(report), out);
                case "warningCodesInclude" -> {
                    TreeSet<String> got = warningCodes(report);
                    want.forEach(code -> out.add(new ComparedValue(name, code.asText(), got.toString(),
                            got.contains(code.asText()))));
                }
                case "checksFailed" -> compareSet(name, want, checksFailed(report), out);
                default -> {
                    if (name.startsWith("_")) {
                        break;
                    }
                    if (want.isObject() && !want.isEmpty()) {
                        compareObject(name, want, actual.path(name), out);
                    } else {
                        compareValue(name, want, actual.path(name), out);
                    }
                }
            }
        }
        return out;
    }

    private static void compareObject(String prefix, JsonNode want, JsonNode got, List<ComparedValue> out) {
        Iterator<Map.Entry<String, JsonNode>> it = want.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = got.path(e.getKey());
            if (e.getValue().isObject()) {
                compareObject(prefix + "." + e.getKey(), e.getValue(), value, out);
            } else {
                compareValue(prefix + "." + e.getKey(), e.getValue(), value, out);
            }
        }
    }

    private static void compareValue(String field, JsonNode want, JsonNode got, List<ComparedValue> out) {
        out.add(new ComparedValue(field, want.toString(), got.isMissingNode() ? "(absent)" : got.toString(),
                same(want, got)));
    }

    /** Equal JSON values; numbers by value, so 5.2 equals 5.20 and 0 equals 0.0. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isNull() || a.isMissingNode()) {
            return b.isNull() || b.isMissingNode();
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!same(e.getValue(), b.path(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static void compareSet(String field, JsonNode want, TreeSet<String> got, List<ComparedValue> out) {
        TreeSet<String> wanted = new TreeSet<>();
        want.forEach(n -> wanted.add(n.asText()));
        out.add(new ComparedValue(field, wanted.toString(), got.toString(), wanted.equals(got)));
    }

    private static TreeSet<String> warningCodes(AnnualReport r) {
        TreeSet<String> codes = new TreeSet<>();
        r.warnings().forEach(w -> codes.add(w.code().name()));
        return codes;
    }

    private static TreeSet<String> checksFailed(AnnualReport r) {
        TreeSet<String> failed = new TreeSet<>();
        r.checks().stream().filter(c -> c.result() == CheckResult.FAIL).forEach(c -> failed.add(c.rule().id() + ":" + c.scope()));
        return failed;
    }
}
