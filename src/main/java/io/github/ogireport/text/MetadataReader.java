package io.github.ogireport.text;

import io.github.ogireport.extract.Block;
import io.github.ogireport.extract.ExtractedDocument;
import io.github.ogireport.model.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads title, agency, year, publish date and statistics period (FORMAT.md A9). */
public final class MetadataReader {
    private static final String YEAR = "((?:19|20)\\d{2})";
    /** {agency}{year}年(度)政府信息公开(工作)年度报告, {agency}政府信息公开工作{year}年(度)报告, and close variants. */
    private static final List<Pattern> TITLES = List.of(
            Pattern.compile("^(.*?)" + YEAR + "年度?(?:的)?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)$"),
            Pattern.compile("^(.*?)政府信息公开(?:工作)?" + YEAR + "年度?(?:工作)?(?:报告|年报)$"),
            Pattern.compile("^(.*?)" + YEAR + "年度?政务公开(?:和|与|及)?(?:政府信息公开)?(?:工作)?(?:年度)?(?:报告|年报)$"));
    /** A list bullet and the label of a catalogue's title row (标题：…): not part of the title. */
    private static final Pattern TITLE_LABEL = Pattern.compile("^[•·●◦▪]?(?:(?:标题|题目|名称|文件名称|信息名称|公开事项名称)[:])?");
    /** Every character {@link #TITLE_LABEL} can start with: other lines have no label to remove. */
    private static final String TITLE_LABEL_FIRST = "•·●◦▪标题名文信公";
    /** Date lines by priority: the publication date before a bare 日期 or 时间, and both before 成文日期 (written). */
    private static final List<Pattern> DATE_LINES = List.of(
            Pattern.compile("(?:发布日期|发布时间|公开日期|发文日期|发稿时间)[:]?" + YEAR + "[-年/.](\\d{1,2})[-月/.](\\d{1,2})"),
            Pattern.compile("(?:^|[^成文])(?:日期|时间)[:]" + YEAR + "[-年/.](\\d{1,2})[-月/.](\\d{1,2})"),
            Pattern.compile("成文日期[:]?" + YEAR + "[-年/.](\\d{1,2})[-月/.](\\d{1,2})"));
    private static final Pattern ISO_DATE = Pattern.compile(YEAR + "[-年/.](\\d{1,2})[-月/.](\\d{1,2})");
    private static final Pattern CN_DATE = Pattern.compile("^" + YEAR + "年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|时间|期间|区间|周期)");
    /** A date with its 年 月 possibly lost in scraping ({@code 202011日} for 2020年1月1日), or without a year. */
    private static final Pattern PERIOD_DATE = Pattern.compile(
            "(?:" + YEAR + "年?)?(\\d{1,2})月(\\d{1,2})日|" + YEAR + "(\\d{2,4})日");
    private static final Pattern BODY_AGENCY = Pattern.compile(
            "(?:^|[,，。;；])(?:\\d{4}年度?[,，]?)?([\\u4e00-\\u9fff]{2,20}?(?:人民政府办公室|人民政府|街道办事处|街道|乡|镇|局|委员会|办公室))"
                    + "(?:[以在未共认始坚全积]|政府信息)");
    private static final Pattern SECTION_ONE_YEAR = Pattern.compile(YEAR + "年");
    /** Metadata stands in lines of ordinary length; a longer block (a table glued onto one line) is not searched. */
    private static final int LONGEST_METADATA_LINE = 5_000;

    private MetadataReader() {
    }

    /**
     * @param doc the document
     * @param firstSection the block index of the first section heading (the front matter ends there), or -1
     * @param sectionOneText the text of section 一, or empty
     */

    /**
     * @param properties metadata the format carries outside the text (see
     *                   {@link io.github.ogireport.extract.ExtractedDocument#properties()}): used only where the
     *                   text states nothing
     */
    public static Metadata read(DocumentText doc, int firstSection, String sectionOneText,
                                Map<String, String> properties) {
        List<Block> blocks = doc.blocks();
        int front = firstSection < 0 ? Math.min(blocks.size(), 15) : firstSection;
        String title = null;
        String agency = null;
        Integer year = null;
        for (int b = 0; b <= front && title == null; b++) {
            boolean fromProperty = b == front;
            if (fromProperty && !properties.containsKey(ExtractedDocument.TITLE)) {
                break;
            }
            String line = fromProperty ? MatchText.of(properties.get(ExtractedDocument.TITLE)) : doc.norm(b);
            if (!line.isEmpty() && TITLE_LABEL_FIRST.indexOf(line.charAt(0)) >= 0) {
                line = TITLE_LABEL.matcher(line).replaceFirst("");
            }
            if (line.length() > 80) {
                continue; // a title is short; longer lines are not tried (the patterns are not cheap on long lines)
            }
            for (Pattern p : TITLES) {
                Matcher m = p.matcher(line);
                if (m.matches()) {
                    String agencyPart = m.group(1);
                    if (agencyPart.isEmpty() && b > 0 && !fromProperty) {
                        // the agency on the line above: a title split over two lines
                        String above = doc.norm(b - 1);
                        if (above.length() <= 40 && !above.contains(":") && !above.contains(">")) {
                            agencyPart = above;
                            line = above + line;
                        }
                    }
                    title = line;
                    agency = agencyPart.isEmpty() ? null : agencyPart;
                    year = Integer.valueOf(m.group(2));
                    break;
                }
            }
        }
        Period period = period(doc, front);
        if (year == null && period != null) {
            year = period.from().getYear();
        }
        if (year == null) {
            Matcher m = SECTION_ONE_YEAR.matcher(MatchText.of(sectionOneText));
            if (m.find()) {
                year = Integer.valueOf(m.group(1));
            }
        }
        if (agency == null) {
            agency = bodyAgency(sectionOneText);
        }
        LocalDate published = publishDate(doc, front);
        if (published == null && properties.containsKey(ExtractedDocument.PUBLISH_DATE)) {
            Matcher m = ISO_DATE.matcher(MatchText.of(properties.get(ExtractedDocument.PUBLISH_DATE)));
            published = m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
        }
        return new Metadata(title, agency, year, published, period);
    }

    private static LocalDate publishDate(DocumentText doc, int front) {
        for (Pattern p : DATE_LINES) {
            for (int b = 0; b < Math.min(doc.size(), front + 3); b++) {
                String line = doc.norm(b);
                // every date line names a 日期 or 时间: looking for the words is far cheaper than the search
                if (line.length() > LONGEST_METADATA_LINE || !line.contains("日期") && !line.contains("时间")) {
                    continue;
                }
                Matcher m = p.matcher(line);
                if (m.find()) {
                    LocalDate d = date(m.group(1), m.group(2), m.group(3));
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        // a dated signature at the end (落款): the last short lines
        for (int b = doc.size() - 1; b >= Math.max(0, doc.size() - 4); b--) {
            Matcher m = CN_DATE.matcher(doc.norm(b));
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return null;
    }

    private static Period period(DocumentText doc, int front) {
        // the front matter as one text: PDF and Word copies break the 统计期限 sentence over lines
        StringBuilder joined = new StringBuilder();
        for (int b = 0; b < Math.min(doc.size(), front + 2); b++) {
            if (doc.norm(b).length() <= LONGEST_METADATA_LINE) {
                joined.append(doc.norm(b));
            }
        }
        String text = joined.toString();
        Matcher p = PERIOD.matcher(text);
        while (p.find()) {
            String tail = text.substring(p.end(), Math.min(text.length(), p.end() + 40));
            Matcher d = PERIOD_DATE.matcher(tail);
            LocalDate from = null;
            LocalDate to = null;
            if (d.find()) {
                from = periodDate(d, null);
                if (from != null && d.find()) {
                    to = periodDate(d, from.getYear());
                }
            }
            if (from != null && to != null && !to.isBefore(from)) {
                return new Period(from, to);
            }
        }
        return null;
    }

    private static LocalDate periodDate(Matcher d, Integer defaultYear) {
        if (d.group(4) != null) {
            String md = d.group(5);
            // 年 and 月 lost: 11 is 1月1日, 1231 is 12月31日; three digits are ambiguous
            return switch (md.length()) {
                case 2 -> date(d.group(4), md.substring(0, 1), md.substring(1));
                case 4 -> date(d.group(4), md.substring(0, 2), md.substring(2));
                default -> null;
            };
        }
        String y = d.group(1) != null ? d.group(1) : defaultYear == null ? null : defaultYear.toString();
        return y == null ? null : date(y, d.group(2), d.group(3));
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null; // not a calendar date: the digits were something else
        }
    }

    private static String bodyAgency(String sectionOne) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        Matcher m = BODY_AGENCY.matcher(MatchText.of(sectionOne));
        while (m.find()) {
            String name = m.group(1);
            int n = counts.merge(name, 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = name;
            }
        }
        return best;
    }
}
