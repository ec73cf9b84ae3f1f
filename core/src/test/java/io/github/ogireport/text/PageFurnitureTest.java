package io.github.ogireport.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void theFooterAfterAReportIsFoundWhereFlatteningsPutIt() {
        for (String line : new String[] {"【打印本页】【关闭窗口】", "无。【打印】【关闭】分享到：微信微博主办：某某县人民政府办公室",
                "【[13]打印本页】 【[14]关闭窗口】", "::: show-tool[【打印】](javascript:window.print();)", "主办：某某县人民政府办公室",
                "建议使用1024×768分辨率 IE9.0以上版本浏览器", "相关链接", "上一篇：关于开展检查的通知", "下一篇：", "References",
                "版权所有：某某县人民政府", "渝ICP备05002283号-12", "扫一扫在手机打开当前页", "【我要纠错】", "【字体：大 中 小】",
                "（责任编辑：张三）", "打印本页 关闭窗口", "[24]网站地图 | [25]联系我们", "微信扫一扫"}) {
            assertTrue(PageFurniture.footerStart(line) >= 0, line);
        }
        String glued = "本机关无其他需要报告的事项。【打印】【关闭】";
        assertEquals("本机关无其他需要报告的事项。", glued.substring(0, PageFurniture.footerStart(glued)));
    }

    @Test
    void aReportsLastWordsAreNotAFooter() {
        for (String line : new String[] {"六、其他需要报告的事项", "无。", "本机关无其他需要报告的事项。", "某某县人民政府办公室",
                "2021年1月20日", "打印机采购项目1个", "如有疑问请与我们联系"}) {
            assertEquals(-1, PageFurniture.footerStart(line), line);
        }
    }
}
