package io.github.ogireport.text;

import io.github.ogireport.document.Block;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetadataReaderTest {
    private static Metadata read(String... lines) {
        List<Block> blocks = java.util.Arrays.stream(lines).map(Block::paragraph).toList();
        return MetadataReader.read(DocumentText.of(blocks), -1, "", Map.of());
    }

    @Test
    void aTitleLosesItsBulletCatalogueLabelAndLeadingMark() {
        for (String line : List.of("某某县人民政府2020年政府信息公开工作年度报告", "•标题：某某县人民政府2020年政府信息公开工作年度报告",
                "公开事项名称:某某县人民政府2020年政府信息公开工作年度报告", "●某某县人民政府2020年政府信息公开工作年度报告",
                // a speck before the title read as a full stop (the degraded scan of lo-html-2019)
                "。某某县人民政府2020年政府信息公开工作年度报告")) {
            Metadata m = read("首页", line);
            assertEquals("某某县人民政府2020年政府信息公开工作年度报告", m.title(), line);
            assertEquals("某某县人民政府", m.agency(), line);
            assertEquals(2020, m.year(), line);
        }
    }

    @Test
    void aLabelWordThatIsPartOfTheAgencyStays() {
        Metadata m = read("信息公开办2021年政府信息公开工作年度报告");
        assertEquals("信息公开办", m.agency());
    }

    @Test
    void titleShapesOfRealPages() {
        Object[][] cases = {
                {new String[] {"2020年度城口县岚天乡人民政府政府信息公开工作年度报告"}, "城口县岚天乡人民政府", 2020},
                {new String[] {"2022年上海市政府信息公开工作年度报告"}, "上海市", 2022},
                {new String[] {"某某市某某局2021年信息公开年度报告"}, "某某市某某局", 2021},
                {new String[] {"某某区某某局2020年政府信息公开", "工作年度报告"}, "某某区某某局", 2020},
                {new String[] {"某某镇人民政府", "2020年政府信息公开工作年度报告"}, "某某镇人民政府", 2020},
                {new String[] {"2024年", "苏盖提乡", "政府信息公开工作年度报告"}, "苏盖提乡", 2024},
                {new String[] {"2020年", "某某镇人民政府", "2020年度政府信息公开工作年度报告"}, "某某镇人民政府", 2020},
                {new String[] {"**[某某县2020年政府信息公开]{style=\"font-size:22pt\"}**", "**工作年度报告**"}, "某某县", 2020},
                {new String[] {"# 某某县2020年政府信息公开工作年度报告 {#title style=\"font-size:26px;\"}"}, "某某县", 2020},
                {new String[] {"某某县2020年政府信息公开工作年度报告 【字体：大 中 小】"}, "某某县", 2020},
                {new String[] {"某某县二〇二〇年政府信息公开工作年度报告"}, "某某县", 2020},
                {new String[] {"某某县人民政府2019年政府信息公开年度工作报告"}, "某某县人民政府", 2019},
                {new String[] {"某某镇2020年政府信息公开工作年度报告 2021-01-20"}, "某某镇", 2020},
                {new String[] {"某某镇2020年政府信息公开工作年度报告 发布时间：2021-01-20 来源：某某镇"}, "某某镇", 2020},
                {new String[] {"2021年某某区政务公开工作年度报告"}, "某某区", 2021},
                {new String[] {"某某县政府信息公开工作年度报告", "（2020年度）"}, "某某县", 2020},
                {new String[] {"《某某县2020年政府信息公开工作年度报告》"}, "某某县", 2020},
                {new String[] {"某某县2020年政府信息公开工作年度报告（全文）"}, "某某县", 2020},
                {new String[] {"您当前的位置：首页 > 政务公开 > 某某县2020年政府信息公开工作年度报告"}, "某某县", 2020},
                {new String[] {"Title: 某某县2020年政府信息公开工作年度报告_某某县人民政府", "", "URL Source: http://example/1.html"},
                        "某某县", 2020},
        };
        for (Object[] c : cases) {
            String[] lines = (String[]) c[0];
            Metadata m = read(lines);
            assertEquals(c[1], m.agency(), String.join(" / ", lines));
            assertEquals(c[2], m.year(), String.join(" / ", lines));
        }
    }

    @Test
    void chromeAndCatalogueLabelsBeforeTheTitleAreNotTheAgency() {
        for (String[] lines : new String[][] {
                {"登录 注册", "2020年政府信息公开工作年度报告"},
                {"【字号：大 中 小】", "2020年政府信息公开工作年度报告"},
                {"分享到：", "2020年政府信息公开工作年度报告"}}) {
            Metadata m = read(lines);
            assertEquals(2020, m.year(), lines[0]);
            assertNull(m.agency(), lines[0]);
        }
        Metadata catalogue = read("索引号：008231234/2020-00015  发布机构：某某区人民政府办公室",
                "名    称：  某某区人民政府办公室2019年政府信息公开工作年度报告", "发布日期：2020-01-30");
        assertEquals("某某区人民政府办公室", catalogue.agency());
        assertEquals(2019, catalogue.year());
        assertEquals("某某区人民政府办公室2019年政府信息公开工作年度报告", catalogue.title());
        Metadata lynx = read("   * [12]名称：某某镇2020年政府信息公开工作年度报告");
        assertEquals("某某镇", lynx.agency());
    }

    @Test
    void aSidebarOfEarlierReportsIsNotTheTitle() {
        Metadata m = read("政府信息公开年报", "  • 某某县2019年政府信息公开工作年度报告", "  • 某某县2018年政府信息公开工作年度报告",
                "某某县2020年政府信息公开工作年度报告", "发布时间：2021-01-20");
        assertEquals(2020, m.year());
        Metadata list = read("  • 某某县2019年政府信息公开工作年度报告", "  • 某某县2018年政府信息公开工作年度报告");
        assertNull(list.title(), "two reports in a list: which one is this page is not decided");
        assertNull(list.year());
    }

    @Test
    void theIntroGivesTheYearAndAgencyWhenNoTitleDoes() {
        Metadata year = read("根据《条例》要求，现将本乡2024年度政府信息公开工作年度报告如下。");
        assertEquals(2024, year.year());
        assertNull(year.agency(), "本乡 names no agency");
        Metadata both = read("根据《条例》规定，特向社会公布《某某县某某局2020年政府信息公开工作年度报告》。");
        assertEquals(2020, both.year());
        assertEquals("某某县某某局", both.agency());
        assertNull(both.title(), "an intro is not a title");
    }

    @Test
    void nothingIsInvented() {
        Metadata m = read("您当前的位置：首页 > 信息公开", "登录 注册", "政府信息公开工作年度报告");
        assertNull(m.title());
        assertNull(m.agency());
        assertNull(m.year());
    }
}
