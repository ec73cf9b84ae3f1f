package io.github.ogireport.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines of web pages and printouts around a report (FORMAT.md A8.18), as real pages print them. */
class PageFurnitureTest {
    @Test
    void furnitureOfPagesAndPrintouts() {
        for (String line : new String[] {"您当前的位置：首页 > 政务公开", "当前位置：首页", "所在位置: 信息公开", "扫一扫在手机打开当前页",
                "字号：大", "[打印]", "【关闭窗口】", "返回顶部", "浏览次数：1024", "访问量：5", "阅读次数：3",
                "分享到：", "第1页，共3页", "共3页 第1页", "— 2 —", "-3-", "2/7", "版权所有：某某县人民政府", "主办单位：某某县人民政府办公室",
                "承办单位：县大数据中心", "网站标识码：1234567890", "ICP备12345678号"}) {
            assertTrue(PageFurniture.is(MatchText.of(line)), line);
        }
    }

    @Test
    void reportLinesAreNot() {
        for (String line : new String[] {"一、总体情况", "（一）主动公开", "1.属于国家秘密", "2020年，我局严格落实条例要求。", "0", "12",
                "第四项", "打印机采购", "分享经验做法，版权所有的资料", "", "关闭 了 3 个 网站"}) {
            assertFalse(PageFurniture.is(MatchText.of(line)), line);
        }
    }
}
