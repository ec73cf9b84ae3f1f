package io.github.ogireport;

import io.github.ogireport.model.ActiveColumn;
import io.github.ogireport.model.ActiveRow;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.CellKeys;
import io.github.ogireport.model.CellValue;
import io.github.ogireport.model.ReportReadException;
import io.github.ogireport.model.RequestColumn;
import io.github.ogireport.model.RequestRow;
import io.github.ogireport.model.ReviewColumn;
import io.github.ogireport.model.ReviewGroup;
import io.github.ogireport.model.TemplateVersion;
import io.github.ogireport.model.Warning;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random tables of both templates (random numbers, blank cells, dashes) printed as a page and flattened the ways
 * scrapers flatten pages: every flattening parses back to the printed cells, or to null with a warning that makes
 * the report PARTIAL, never to another number. Seeded, so a failure repeats; a few seconds.
 */
class FlatteningPropertyTest {
    private static final long SEED = 20261204L;
    private static final int PAGES = 60;

    /** One printed cell: its text, and the number it says (null for a blank or a dash). */
    private record Printed(String text, BigDecimal number) {
        static final Printed BLANK = new Printed("", null);
    }

    /** A table row as printed: its cells, the first ones labels; and the keys of its value cells. */
    private record Row(List<String> cells) {
    }

    /** A page: its paragraphs and table rows in order (a paragraph is a row of one cell with no keys). */
    private record Page(List<Object> parts, Map<String, Printed> cells) {
    }

    private enum Flattening {
        PIPES_NO_LEAD, PIPES_LEAD, TABS_AND_PIPES, CELL_LINES_WITH_PIPES, ONE_LINE, CELL_PER_LINE, SPACED_COLUMNS,
        BOX_DRAWN
    }

    @Test
    void everyFlatteningReadsThePrintedCellsOrNullWithAWarning() throws ReportReadException {
        Random random = new Random(SEED);
        ReportParser parser = new ReportParser();
        Map<Flattening, int[]> counts = new EnumMap<>(Flattening.class);
        List<String> wrong = new ArrayList<>();
        for (int p = 0; p < PAGES; p++) {
            TemplateVersion template = random.nextBoolean() ? TemplateVersion.V2019 : TemplateVersion.V2021;
            Page page = page(template, random);
            for (Flattening f : Flattening.values()) {
                String text = flatten(page, f);
                AnnualReport report = parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "page-" + p + "-" + f + ".txt");
                int[] c = counts.computeIfAbsent(f, x -> new int[3]);
                boolean warned = report.warnings().stream().map(Warning::code).anyMatch(code -> code.makesPartial());
                for (Map.Entry<String, Printed> e : page.cells().entrySet()) {
                    CellValue got = report.cells().get(e.getKey());
                    BigDecimal value = got == null ? null : got.value();
                    BigDecimal want = e.getValue().number();
                    if (value == null && want == null || value != null && want != null && value.compareTo(want) == 0) {
                        c[0]++;
                    } else if (value == null) {
                        c[1]++;
                        if (!warned) {
                            wrong.add("page " + p + " " + f + " " + e.getKey() + ": null without a warning");
                        }
                    } else {
                        c[2]++;
                        wrong.add("page " + p + " " + f + " " + e.getKey() + ": printed “" + e.getValue().text()
                                + "”, read " + value.toPlainString());
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("flattening: exact / null / wrong\n");
        counts.forEach((f, c) -> table.append(String.format("  %-22s %6d / %5d / %3d%n", f, c[0], c[1], c[2])));
        System.out.println(table);
        assertEquals(List.of(), wrong.stream().limit(40).toList(), table.toString());
        int[] pipes = counts.get(Flattening.PIPES_NO_LEAD);
        assertTrue(pipes[1] * 50 < pipes[0], "pipe rows read nearly whole: " + table);
    }

    // ---- the page -------------------------------------------------------------------------------------------

    private static Page page(TemplateVersion template, Random random) {
        List<Object> parts = new ArrayList<>();
        Map<String, Printed> cells = new LinkedHashMap<>();
        int year = template == TemplateVersion.V2019 ? 2019 + random.nextInt(2) : 2021 + random.nextInt(4);
        parts.add("某某县某某局" + year + "年政府信息公开工作年度报告");
        parts.add("一、总体情况");
        parts.add("本机关依法做好政府信息公开工作。");
        parts.add("二、主动公开政府信息情况");
        active(template, random, parts, cells);
        parts.add("三、收到和处理政府信息公开申请情况");
        requests(template, random, parts, cells);
        parts.add("四、政府信息公开行政复议、行政诉讼情况");
        review(random, parts, cells);
        parts.add("五、存在的主要问题及改进情况");
        parts.add("公开内容还不够丰富。");
        parts.add("六、其他需要报告的事项");
        parts.add("无。");
        return new Page(parts, cells);
    }

    private static void active(TemplateVersion template, Random random, List<Object> parts,
                               Map<String, Printed> cells) {
        String[][] groups = template == TemplateVersion.V2019
                ? new String[][] {{"第二十条第（一）项", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
                        {"第二十条第（五）项", "上一年项目数量", "本年增/减", "处理决定数量"},
                        {"第二十条第（六）项", "上一年项目数量", "本年增/减", "处理决定数量"},
                        {"第二十条第（八）项", "上一年项目数量", "本年增/减"},
                        {"第二十条第（九）项", "采购项目数量", "采购总金额"}}
                : new String[][] {{"第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数"},
                        {"第二十条第（五）项", "本年处理决定数量"},
                        {"第二十条第（六）项", "本年处理决定数量"},
                        {"第二十条第（八）项", "本年收费金额（单位：万元）"}};
        List<List<ActiveRow>> rows = template == TemplateVersion.V2019
                ? List.of(List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCS),
                        List.of(ActiveRow.LICENSING, ActiveRow.OTHER_SERVICES),
                        List.of(ActiveRow.PENALTY, ActiveRow.COERCION), List.of(ActiveRow.FEES),
                        List.of(ActiveRow.PROCUREMENT))
                : List.of(List.of(ActiveRow.RULES, ActiveRow.NORMATIVE_DOCS), List.of(ActiveRow.LICENSING),
                        List.of(ActiveRow.PENALTY, ActiveRow.COERCION), List.of(ActiveRow.FEES));
        for (int g = 0; g < groups.length; g++) {
            String[] header = groups[g];
            List<String> caption = new ArrayList<>(List.of(header[0]));
            for (int i = 2; i < header.length; i++) {
                caption.add(""); // a caption row spans the table: its other cells are empty
            }
            parts.add(new Row(caption));
            List<String> head = new ArrayList<>(List.of("信息内容"));
            head.addAll(List.of(header).subList(1, header.length));
            parts.add(new Row(head));
            for (ActiveRow row : rows.get(g)) {
                List<String> printed = new ArrayList<>();
                printed.add(row == ActiveRow.NORMATIVE_DOCS && template == TemplateVersion.V2021 ? "行政规范性文件"
                        : row.label());
                for (ActiveColumn column : row.columns(template)) {
                    Printed v = activeValue(column, random);
                    printed.add(v.text());
                    cells.put(CellKeys.of(row, column), v);
                }
                parts.add(new Row(printed));
            }
        }
    }

    private static Printed activeValue(ActiveColumn column, Random random) {
        Printed blank = blankOrDash(random, 0.08);
        if (blank != null) {
            return blank;
        }
        String name = column.key();
        if (name.equals("amountWanYuan") || name.equals("totalAmount")) {
            if (random.nextInt(3) == 0) {
                return number("0");
            }
            String amount = random.nextInt(200) + "." + (1 + random.nextInt(99));
            return random.nextBoolean() ? number(amount) : new Printed(amount + "万元", new BigDecimal(amount));
        }
        if (name.equals("itemChange") && random.nextInt(4) == 0) {
            return number("-" + (1 + random.nextInt(9)));
        }
        return number(Integer.toString(random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 10 : 2000)));
    }

    private static void requests(TemplateVersion template, Random random, List<Object> parts,
                                 Map<String, Printed> cells) {
        parts.add(new Row(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况")));
        parts.add(new Row(List.of("自然人", "法人或其他组织", "总计")));
        parts.add(new Row(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")));
        Map<RequestRow, String> groups = new EnumMap<>(RequestRow.class);
        groups.put(RequestRow.GRANTED, "三、本年度办理结果");
        groups.put(RequestRow.DENIED_STATE_SECRET, "（三）不予公开");
        groups.put(RequestRow.UNABLE_NOT_HELD, "（四）无法提供");
        groups.put(RequestRow.REJECTED_COMPLAINT, "（五）不予处理");
        groups.put(RequestRow.OTHER_OVERDUE_CORRECTION, "（六）其他处理");
        for (RequestRow row : RequestRow.of(template)) {
            List<String> printed = new ArrayList<>();
            if (groups.containsKey(row)) {
                printed.add(groups.get(row));
            }
            printed.add(row.label());
            List<Printed> values = new ArrayList<>();
            int sum = 0;
            boolean gap = false;
            for (int c = 0; c < 6; c++) {
                Printed v = blankOrDash(random, 0.05);
                if (v == null) {
                    int n = random.nextInt(3) == 0 ? random.nextInt(random.nextBoolean() ? 10 : 60) : 0;
                    v = number(Integer.toString(n));
                    sum += n;
                } else {
                    gap = true;
                }
                values.add(v);
            }
            Printed total = gap && random.nextBoolean() ? Printed.BLANK : number(Integer.toString(sum));
            values.add(total);
            for (int c = 0; c < 7; c++) {
                printed.add(values.get(c).text());
                cells.put(CellKeys.of(row, RequestColumn.values()[c]), values.get(c));
            }
            parts.add(new Row(printed));
        }
    }

    private static void review(Random random, List<Object> parts, Map<String, Printed> cells) {
        parts.add(new Row(List.of("行政复议", "行政诉讼")));
        parts.add(new Row(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉")));
        List<String> head = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            head.addAll(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
        }
        parts.add(new Row(head));
        List<String> printed = new ArrayList<>();
        boolean blankGroup = random.nextInt(4) == 0;
        for (ReviewGroup group : ReviewGroup.values()) {
            int sum = 0;
            boolean blank = blankGroup && group == ReviewGroup.values()[0];
            for (ReviewColumn column : ReviewColumn.values()) {
                Printed v;
                if (blank) {
                    v = Printed.BLANK;
                } else if (column == ReviewColumn.values()[ReviewColumn.values().length - 1]) {
                    v = number(Integer.toString(sum));
                } else {
                    int n = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
                    sum += n;
                    v = number(Integer.toString(n));
                }
                printed.add(v.text());
                cells.put(CellKeys.of(group, column), v);
            }
        }
        parts.add(new Row(printed));
    }

    private static Printed blankOrDash(Random random, double p) {
        double r = random.nextDouble();
        if (r < p) {
            return Printed.BLANK;
        }
        if (r < p * 1.5) {
            return new Printed(List.of("-", "—", "/").get(random.nextInt(3)), null);
        }
        return null;
    }

    private static Printed number(String text) {
        return new Printed(text, new BigDecimal(text));
    }

    // ---- the flatteners --------------------------------------------------------------------------------------

    private static String flatten(Page page, Flattening f) {
        StringBuilder b = new StringBuilder();
        Function<Row, List<String>> cells = Row::cells;
        for (Object part : page.parts()) {
            if (part instanceof String paragraph) {
                b.append(paragraph).append(f == Flattening.ONE_LINE ? " " : "\n");
                if (f == Flattening.CELL_PER_LINE) {
                    b.append('\n');
                }
                continue;
            }
            List<String> row = cells.apply((Row) part);
            switch (f) {
                case PIPES_NO_LEAD -> b.append(String.join(" | ", row)).append(" |\n");
                case PIPES_LEAD -> b.append("| ").append(String.join(" | ", row)).append(" |\n");
                case TABS_AND_PIPES -> b.append(String.join("\t|\t", row)).append('\n');
                case CELL_LINES_WITH_PIPES -> {
                    for (String c : row) {
                        b.append(c.isEmpty() ? "|" : c + " |").append('\n');
                    }
                    b.append("||\n");
                }
                case ONE_LINE -> {
                    for (String c : row) {
                        if (!c.isEmpty()) {
                            b.append(c).append(' ');
                        }
                    }
                }
                case CELL_PER_LINE -> {
                    for (String c : row) {
                        if (!c.isEmpty()) {
                            b.append(c).append("\n\n");
                        }
                    }
                }
                case SPACED_COLUMNS -> {
                    // pandoc's plain tables: columns padded to the same display width (a Chinese character is two)
                    for (String c : row) {
                        int width = c.chars().map(ch -> ch >= 0x2e80 ? 2 : 1).sum();
                        b.append(c).append(" ".repeat(Math.max(2, (width > 20 ? 80 : 24) - width)));
                    }
                    b.append('\n');
                }
                case BOX_DRAWN -> boxRow(row, b);
            }
        }
        return b.toString();
    }

    /** A row as w3m draws it: a label longer than eight characters wraps onto a second line of the same cell. */
    private static void boxRow(List<String> row, StringBuilder b) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        boolean wraps = false;
        for (String c : row) {
            if (c.length() > 8 && !Character.isDigit(c.charAt(0))) {
                first.add(c.substring(0, 8));
                second.add(c.substring(8));
                wraps = true;
            } else {
                first.add(c);
                second.add("");
            }
        }
        b.append("├").append("────┼".repeat(row.size())).append('\n');
        b.append("│").append(String.join("│", first)).append("│\n");
        if (wraps) {
            b.append("│").append(String.join("│", second)).append("│\n");
        }
    }
}
