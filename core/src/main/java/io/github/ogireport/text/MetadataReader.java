package io.github.ogireport.text;

import io.github.ogireport.document.Block;
import io.github.ogireport.document.ExtractedDocument;
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
    /**
     * The intro's sentence that names the report ({@code 现将本机关2020年度政府信息公开工作年度报告公布如下}, {@code 特向社会公布
     * 《…》}): what it names, up to the words that close it.
     */
    private static final Pattern INTRO = Pattern.compile(
            "(?:现将|特向社会公布|向社会公布|现予公布|现公布|特发布|现发布)《?([^。;《》]{4,60}?(?:报告|年报))》?");
    /** The year of an intro that names no whole title: {@code 现将…2020年度…报告如下}. */
    private static final Pattern INTRO_YEAR = Pattern.compile("现将[^。;]{0,30}?" + YEAR + "年度?[^。;]{0,40}?(?:报告|年报)");
    /** Without section headings, the front matter searched for a title is this many lines: a page's chrome is long. */
    private static final int FRONT_WITHOUT_SECTIONS = 40;
    /** The intro is searched in the front matter and in this many characters of section 一 (some put it there). */
    private static final int INTRO_IN_SECTION_ONE = 400;

    /** Metadata stands in lines of ordinary length; a longer block (a table glued onto one line) is not searched. */
    private static final int LONGEST_METADATA_LINE = 5_000;

    private MetadataReader() {
    }

    /**
     * Reads what a report says about itself. Nothing is invented: what the text does not state is null.
     *
     * @param doc the document
     * @param firstSection the block index of the first section heading (the front matter ends there), or -1
     * @param sectionOneText the text of section 一, or empty
     * @param properties metadata the format carries outside the text (see
     *                   {@link io.github.ogireport.document.ExtractedDocument#properties()}): used only where the
     *                   text states nothing
     */
    public static Metadata read(DocumentText doc, int firstSection, String sectionOneText,
                                Map<String, String> properties) {
        List<Block> blocks = doc.blocks();
        int front = firstSection < 0 ? Math.min(blocks.size(), FRONT_WITHOUT_SECTIONS) : firstSection;
        TitleFinder.Title found = TitleFinder.find(doc, front);
        if (found == null && properties.containsKey(ExtractedDocument.TITLE)) {
            found = TitleFinder.fromText(properties.get(ExtractedDocument.TITLE));
        }
        String title = found == null ? null : found.text();
        String agency = found == null ? null : found.agency();
        Integer year = found == null ? null : found.year();
        String intro = introText(doc, front, sectionOneText);
        Period period = period(doc, front);
        if (year == null && period != null) {
            year = period.from().getYear();
        }
        if (year == null) {
            year = introYear(intro);
        }
        if (year == null) {
            Matcher m = SECTION_ONE_YEAR.matcher(MatchText.of(sectionOneText));
            if (m.find()) {
                year = Integer.valueOf(m.group(1));
            }
        }
        if (agency == null) {
            agency = introAgency(intro);
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

    /** The front matter's text and the start of section 一, in matching form: where an intro stands. */
    private static String introText(DocumentText doc, int front, String sectionOneText) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < front; i++) {
            if (doc.norm(i).length() <= LONGEST_METADATA_LINE) {
                b.append(doc.norm(i)); // not separated: a flattening wraps the intro's sentence over lines
            }
        }
        String one = sectionOneText.length() > INTRO_IN_SECTION_ONE
                ? sectionOneText.substring(0, INTRO_IN_SECTION_ONE) : sectionOneText;
        return b.append(MatchText.of(one)).toString();
    }

    /** The year of the report the intro names, or null. */
    private static Integer introYear(String intro) {
        Matcher m = INTRO.matcher(intro);
        while (m.find()) {
            TitleFinder.Title t = TitleFinder.fromText(m.group(1));
            if (t != null) {
                return t.year();
            }
        }
        Matcher y = INTRO_YEAR.matcher(intro);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /** The agency of the report the intro names ({@code 特向社会公布《某某区2019年…报告》}), or null. */
    private static String introAgency(String intro) {
        Matcher m = INTRO.matcher(intro);
        while (m.find()) {
            TitleFinder.Title t = TitleFinder.fromText(m.group(1));
            if (t != null && t.agency() != null) {
                return t.agency();
            }
        }
        return null;
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
