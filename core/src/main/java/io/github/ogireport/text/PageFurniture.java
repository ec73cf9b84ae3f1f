package io.github.ogireport.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lines that belong to the web page or printout around a report, not to the report (FORMAT.md A8.18). */
public final class PageFurniture {
    /** What such a line starts with; matched at the start only, which is far cheaper than a search. */
    private static final Pattern LINE_START = Pattern.compile(String.join("|",
            "(您当前的?位置|当前位置|所在位置)[:]",
            "字号[:]?[大中小]",
            "\\[?(打印|关闭|打印本页|关闭窗口|返回顶部)\\]?$",
            "(浏览|访问|阅读)(次数|量)[:]",
            "分享到[:]?",
            "(第\\d+页([,，]?共\\d+页)?|共\\d+页[,，]?第\\d+页|[-—–―─]\\d+[-—–―─])$",
            "(版权所有|主办单位|承办单位|网站标识码|ICP备)"));
    /** A page number such as {@code 2/7}; kept apart because most table cells start with a digit too. */
    private static final Pattern PAGE_OF = Pattern.compile("\\d+/\\d+");
    /** Every character an alternative of {@link #LINE_START} can start with: other lines need no matching. */
    private static final String FIRST_CHARS = "您当所字[打关返浏访阅分第共-—–―─版主承网I";
    /** What such a line holds anywhere. */
    private static final List<String> ANYWHERE = List.of("扫一扫在手机打开当前页", "扫一扫在手机上打开当前页");

    private static final int LONGEST = 300;

    /**
     * Words of a site's chrome (login, font size, share, print, navigation): a line holding one is not part of a
     * title split over lines, and a name holding one is not an agency.
     */
    private static final List<String> CHROME_WORDS = List.of("登录", "注册", "字体", "字号", "分享", "打印", "关闭",
            "收藏", "首页", "当前位置", "无障碍", "繁体", "简体版", "设为", "搜索", "欢迎", "今天是", "返回", "浏览次数");

    /**
     * Where the page around a report begins after it (FORMAT.md A8.18): print and close buttons, share bars, the
     * site's footer, lists of related links, previous and next articles, lynx's list of link targets. Written against
     * the raw text (a flattening may glue the footer onto the report's last paragraph), so brackets may be either
     * width and lynx's link numbers ({@code 【[13]打印本页】}) or a markdown link ({@code 【[打印](javascript:…)】}) may
     * stand inside them.
     */
    private static final Pattern FOOTER = Pattern.compile(String.join("|",
            // a bracketed button: 【打印本页】, 【我要纠错】, 【字体：大 中 小】, 【[13]关闭窗口】, 【[打印](javascript:…)】
            "[【\\[［]\\s*(?:\\[\\d+]\\s*)?\\[?[^【】\\[\\]［］\\n]{0,6}(?:打印|关闭|收藏|纠错|返回顶部|字体|字号)"
                    + "[^【】\\[\\]［］\\n]{0,16}(?:]\\([^)]*\\))?\\s*[】\\]］]",
            "责任编辑\\s*[:：]",
            "分享到\\s*[:：]", "(?:上|下)一篇\\s*[:：]", "(?:主办|承办)(?:单位)?\\s*[:：]", "版权所有\\s*[:：©]?",
            "网站标识码", "ICP备\\s*\\d", "建议使用\\s*\\d{3,4}\\s*[×xX*＊]\\s*\\d{3,4}", "\\d{3,4}\\s*[×xX*]\\s*\\d{3,4}\\s*分辨率",
            "扫一扫(?:在手机|分享)|(?:微信|手机)扫一扫", "^\\s*(?:\\[\\d+]\\s*)?(?:相关(?:链接|文章|阅读|新闻|信息|附件)|网站地图|联系我们|返回顶部|技术支持|上一篇|下一篇"
                    + "|打印本页|打印此页|关闭窗口|关闭本页|我要纠错)",
            "^\\s*References\\s*$"), Pattern.MULTILINE);

    private PageFurniture() {
    }

    /** Whether a line in matching form holds a word of a site's chrome ({@code 登录}, {@code 字号}, {@code 分享} …). */
    public static boolean isChrome(String norm) {
        for (String word : CHROME_WORDS) {
            if (norm.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where in a line of raw text the page's footer begins, or -1: the report ends there, and what follows (the
     * rest of the line and every later line) is the site's, not the last section's.
     */
    public static int footerStart(String raw) {
        if (raw.length() > LONGEST * 4) {
            // a long line: the report's prose, unless a flattening glued the footer onto its end
            int tail = raw.length() - LONGEST;
            int at = footerStart(raw.substring(tail));
            return at < 0 ? -1 : tail + at;
        }
        Matcher m = FOOTER.matcher(raw);
        return m.find() ? m.start() : -1;
    }

    /** Whether a line in matching form ({@link MatchText}: 【】 already read as []) is page furniture. */
    public static boolean is(String norm) {
        // furniture is a short line; a long one (a table glued onto one line) need not be searched
        if (norm.length() > LONGEST) {
            return false;
        }
        for (String words : ANYWHERE) {
            if (norm.contains(words)) {
                return true;
            }
        }
        if (norm.isEmpty()) {
            return false;
        }
        char first = norm.charAt(0);
        if (first >= '0' && first <= '9') {
            return norm.indexOf('/') > 0 && PAGE_OF.matcher(norm).matches();
        }
        return FIRST_CHARS.indexOf(first) >= 0 && LINE_START.matcher(norm).lookingAt();
    }
}
