package io.github.ogireport.text;

import java.util.regex.Pattern;

/** Lines that belong to the web page or printout around a report, not to the report (FORMAT.md A8.18). */
public final class PageFurniture {
    private static final Pattern LINE = Pattern.compile(String.join("|",
            "^(您当前的?位置|当前位置|所在位置)[:]",
            "扫一扫在手机(上)?打开当前页",
            "^字号[:]?[大中小]",
            "^\\[?(打印|关闭|打印本页|关闭窗口|返回顶部)\\]?$",
            "^(浏览|访问|阅读)(次数|量)[:]",
            "^分享到[:]?",
            "^(第\\d+页([,，]?共\\d+页)?|共\\d+页[,，]?第\\d+页|[-—–―─]\\d+[-—–―─]|\\d+/\\d+)$",
            "^(版权所有|主办单位|承办单位|网站标识码|ICP备)"));

    private static final int LONGEST = 300;

    private PageFurniture() {
    }

    /** Whether a line in matching form ({@link MatchText}: 【】 already read as []) is page furniture. */
    public static boolean is(String norm) {
        // furniture is a short line; a long one (a table glued onto one line) need not be searched
        return norm.length() <= LONGEST && LINE.matcher(norm).find();
    }
}
