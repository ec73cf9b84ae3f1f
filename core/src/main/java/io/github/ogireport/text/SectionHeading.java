package io.github.ogireport.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The six numbered section headings of the national format, recognised by their numeral AND their words,
 * because table 三's row labels (一、本年新收…, 四、结转下年度…) also start with a numeral (FORMAT.md A2).
 * Patterns run on the matching form of a line ({@link MatchText}).
 */
enum SectionHeading {
    OVERALL(1, "^一[、.]?(?:政府信息公开)?(?:工作)?(?:的)?(?:总体情况|概述|概况|基本情况)"),
    ACTIVE(2, "^二[、.]?.{0,4}主动公开"),
    REQUESTS(3, "^三[、.]?.{0,6}(?:收到和处理|收到与处理|依申请公开)"),
    REVIEW(4, "^四[、.]?.{0,16}(?:行政复议|行政诉讼)"),
    PROBLEMS(5, "^五[、.]?.{0,16}(?:存在的?主要问题|存在问题|问题及|问题和|改进)"),
    OTHER(6, "^六[、.]?.{0,4}其他需要?报告");

    final int number;
    final Pattern pattern;

    SectionHeading(int number, String regex) {
        this.number = number;
        this.pattern = Pattern.compile(regex);
    }

    static final List<SectionHeading> ALL = List.of(values());

    /** A generic numbered part heading, for reports before 2019 whose parts are numbered differently. */
    static final Pattern GENERIC = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.]");
}
