package io.github.ogireport.text;

import java.util.List;
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

    private PageFurniture() {
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
