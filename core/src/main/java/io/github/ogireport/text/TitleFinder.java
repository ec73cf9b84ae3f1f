package io.github.ogireport.text;

import io.github.ogireport.document.Cancellation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a report's title in the lines before its first section, as pages are flattened by crawlers: split over two
 * or three lines, behind a catalogue label ({@code 名称：}), beside site chrome ({@code 【字体：大 中 小】}), with
 * markdown leftovers ({@code # …}, {@code **…**}, {@code [text]{style=…}}) and lynx's link numbers (FORMAT.md A9).
 */
final class TitleFinder {
    /** A year in digits, or in Chinese numerals as some titles print it (二〇二〇年). */
    private static final String YEAR = "(?<year>(?:19|20)\\d{2}|[一二〇零○O]{2}[〇零○O一二三四五六七八九]{2})";
    private static final String OGI = "(?:政府)?信息公开(?:工作)?";
    private static final String REPORT = "(?:年度)?(?:工作)?(?:报告|年报)";
    /**
     * Title shapes: group "agency" the agency, group "year" the year. {agency}{year}年(度)政府信息公开工作年度报告,
     * {agency}政府信息公开工作{year}年度报告, {agency}{year}年信息公开年度报告, {agency}{year}年政务公开…报告, and the year
     * first: {year}年度{agency}政府信息公开工作年度报告. The agency-first shapes are tried first: a year line above a
     * title that repeats the year is not part of the agency.
     */
    private static final List<Pattern> TITLES = List.of(
            Pattern.compile("^(?<agency>.*?)" + YEAR + "年度?(?:的)?" + OGI + REPORT + "$"),
            Pattern.compile("^(?<agency>.*?)" + OGI + YEAR + "年度?(?:工作)?(?:报告|年报)$"),
            Pattern.compile("^(?<agency>.*?)" + YEAR
                    + "年度?政务公开(?:和|与|及)?(?:政府信息公开)?(?:工作)?(?:年度)?(?:报告|年报)$"),
            Pattern.compile("^" + YEAR + "年度?(?<agency>.+?)" + OGI + REPORT + "$"),
            Pattern.compile("^" + YEAR + "年度?(?<agency>.+?)政务公开(?:和|与|及)?(?:政府信息公开)?(?:工作)?(?:年度)?(?:报告|年报)$"),
            Pattern.compile("^(?<agency>.+?)" + OGI + REPORT + "\\(" + YEAR + "年度?\\)$"));
    /** A date, a time or a metadata label after the title on its line ({@code … 2021-01-20}, {@code … 发布时间：…}). */
    private static final Pattern AFTER_TITLE = Pattern.compile("(?<=报告|年报)(?:(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?.*"
            + "|(?:发布时间|发布日期|时间|日期|来源|信息来源|作者|浏览次数|点击数|阅读次数)[:].*)$");
    private static final String DIGITS = "〇一二三四五六七八九";
    /** Text that is never part of a title: markdown attributes, link targets, lynx link numbers, bracketed chrome. */
    private static final Pattern NOISE = Pattern.compile(
            "\\{[^}]*}|\\]\\([^)]*\\)|\\[\\d+]|\\[[^\\]]*(?:字体|字号|打印|关闭|收藏|分享|大中小)[^\\]]*]|\\*\\*|[\\[\\]#]");
    /** A list bullet, markdown or lynx's. */
    private static final Pattern BULLET = Pattern.compile("^(?:[•·●◦▪*+-]|\\d+\\.(?=\\D))");
    /**
     * Marks no title starts with: a speck on a scan read before its first character ({@code 。高坪区…},
     * {@code ”宪山县…}).
     */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[。，、．.,;；:：”’\"']+");
    /** A catalogue label before a title (标题：…); the last one on a line wins: a catalogue row holds several. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:标题|题目|名称|文件名称|信息名称|公开事项名称|文章标题|主题|[Tt]itle)[:]");
    /** Where a flattened line holds several things: table cells, a page title's site suffix. */
    private static final Pattern SEGMENTS = Pattern.compile("\\|+|\\t+|[ \\u00A0\\u3000]{2,}|_|——| - |>|»");
    /** Quotation marks around a title, and a note after it: 《…》, （全文）, (修订版). */
    private static final Pattern WRAPPING = Pattern.compile("^《|》$|[(](?:全文|正文|修订版|更正版|终稿|附件)[)]$");
    /** An agency is a name: ideographs and brackets, no digits, no punctuation of a sentence. */
    private static final Pattern AGENCY = Pattern.compile("[\\u4e00-\\u9fff()·]{2,40}");
    /** An intro's 本乡, 我局, 该委 names no agency. */
    private static final String PRONOUN = "本我该";
    /** Lines longer than this are prose or tables, not a title (nor a catalogue row holding one). */
    private static final int LONGEST_LINE = 240;
    /** One line of a title split over lines is short. */
    private static final int LONGEST_PART = 40;

    private TitleFinder() {
    }

    /**
     * A title found: its text (whitespace removed), the agency in it or null, the year, and whether its line is an
     * item of a list (a bullet: a sidebar's link, or a catalogue's row).
     */
    record Title(String text, String agency, int year, boolean listItem) {
    }

    /**
     * The title of the front matter: the last one found before the first section that is not an item of a list of
     * links (a sidebar of earlier reports), or the only one the list items agree on; null when none.
     *
     * @param doc the document
     * @param front the blocks [0, front) are searched
     */
    static Title find(DocumentText doc, int front) {
        List<Title> found = new ArrayList<>();
        String[] cleaned = new String[front]; // made when a title is tried on the line or below it: most are not
        for (int e = 0; e < front; e++) {
            Cancellation.check();
            String norm = doc.norm(e);
            if (norm.length() > LONGEST_LINE || !mayHoldTitle(doc, e)) {
                continue;
            }
            Title t = titleEndingAt(doc, cleaned, e, BULLET.matcher(norm).lookingAt());
            if (t != null) {
                found.add(t);
            }
        }
        Title last = null;
        for (Title t : found) {
            if (!t.listItem()) {
                last = t;
            }
        }
        if (last != null) {
            return last;
        }
        // only list items: a catalogue's bulleted 标题 row, or a sidebar of several reports (then no title)
        return found.stream().map(Title::text).distinct().count() == 1 ? found.get(found.size() - 1) : null;
    }

    /**
     * A title in one piece of text (a page's {@code <title>}, a Word document's title property, the name an intro
     * gives in 《》), or null.
     */
    static Title fromText(String text) {
        String norm = MatchText.of(text);
        if (norm.length() > LONGEST_LINE) {
            return null;
        }
        for (String segment : segments(text)) {
            Title t = match(clean(MatchText.of(segment)), false);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Cheap test before the patterns: every title shape ends in 报告 or 年报, or in its year under it. */
    private static boolean mayHoldTitle(DocumentText doc, int e) {
        String norm = doc.norm(e);
        // a short line after one that names the report: the year under a title ((2020年度))
        return norm.contains("报告") || norm.contains("年报")
                || e > 0 && norm.length() <= 12 && norm.contains("年") && doc.norm(e - 1).contains("报告");
    }

    private static Title titleEndingAt(DocumentText doc, String[] cleaned, int e, boolean bullet) {
        // the line alone, or one of its segments (a catalogue row, a page title with its site's name)
        Title alone = null;
        List<String> candidates = new ArrayList<>();
        candidates.add(cleaned(doc, cleaned, e));
        String raw = doc.blocks().get(e).text();
        if (SEGMENTS.matcher(raw).find()) {
            for (String segment : segments(raw)) {
                candidates.add(clean(MatchText.of(segment)));
            }
        }
        for (String candidate : candidates) {
            alone = match(candidate, bullet);
            if (alone != null) {
                break;
            }
        }
        if (alone != null && alone.agency() != null) {
            return alone;
        }
        // a title split over lines: the lines above, joined, give the agency or the beginning of the title
        String joined = alone != null ? alone.text() : cleaned[e];
        for (int above = e - 1; above >= Math.max(0, e - 2); above--) {
            String part = doc.norm(above).length() > LONGEST_LINE ? null : cleaned(doc, cleaned, above);
            if (part == null || part.isEmpty() || part.length() > LONGEST_PART || !isTitlePart(doc, above, part)) {
                break;
            }
            joined = part + joined;
            Title t = match(joined, bullet);
            if (t != null && t.agency() != null) {
                return t;
            }
        }
        return alone;
    }

    private static String cleaned(DocumentText doc, String[] cleaned, int b) {
        if (cleaned[b] == null) {
            cleaned[b] = clean(doc.norm(b));
        }
        return cleaned[b];
    }

    /** A line that can be part of a title split over lines: not a breadcrumb, a label row, nor page chrome. */
    private static boolean isTitlePart(DocumentText doc, int b, String part) {
        return !part.contains(":") && !part.contains(">") && !part.contains("|") && !part.contains("/")
                && !PageFurniture.is(doc.norm(b)) && !PageFurniture.isChrome(part);
    }

    private static Title match(String candidate, boolean bullet) {
        if (candidate.isEmpty() || candidate.length() > 80 || !candidate.contains("公开")) {
            return null;
        }
        for (Pattern p : TITLES) {
            Matcher m = p.matcher(candidate);
            if (m.matches()) {
                String agency = m.group("agency");
                if (agency.isEmpty()) {
                    return new Title(candidate, null, year(m.group("year")), bullet);
                }
                if (!AGENCY.matcher(agency).matches() || PageFurniture.isChrome(agency) || PRONOUN.indexOf(agency.charAt(0)) >= 0) {
                    continue; // not a name: a sentence, a date, chrome joined to the title
                }
                return new Title(candidate, agency, year(m.group("year")), bullet);
            }
        }
        return null;
    }

    /** A year in digits or Chinese numerals ({@code 〇}, {@code 零}, {@code ○} and a capital O for zero). */
    private static int year(String printed) {
        if (printed.charAt(0) <= '9') {
            return Integer.parseInt(printed);
        }
        int y = 0;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            y = y * 10 + (c == '零' || c == '○' || c == 'O' ? 0 : DIGITS.indexOf(c));
        }
        return y;
    }

    /** The matching form of a line without markdown leftovers, link numbers, bracketed chrome, bullet and label. */
    static String clean(String norm) {
        String s = norm;
        if (s.indexOf('{') >= 0 || s.indexOf('[') >= 0 || s.indexOf('*') >= 0 || s.indexOf('#') >= 0) {
            s = NOISE.matcher(s).replaceAll("");
        }
        s = BULLET.matcher(s).replaceFirst("");
        s = LEADING_MARKS.matcher(s).replaceFirst("");
        Matcher label = LABEL.matcher(s);
        int end = -1;
        while (label.find()) {
            end = label.end();
        }
        s = end >= 0 ? s.substring(end) : s;
        if (s.indexOf('《') >= 0 || s.indexOf(')') >= 0) {
            s = WRAPPING.matcher(s).replaceAll("");
        }
        return s.length() > 10 && (s.contains("报告") || s.contains("年报")) ? AFTER_TITLE.matcher(s).replaceFirst("") : s;
    }

    private static List<String> segments(String raw) {
        List<String> out = new ArrayList<>();
        for (String s : SEGMENTS.split(raw)) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }
}
