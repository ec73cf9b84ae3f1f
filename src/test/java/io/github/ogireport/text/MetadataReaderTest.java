package io.github.ogireport.text;

import io.github.ogireport.extract.Block;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetadataReaderTest {
    private static Metadata read(String... lines) {
        List<Block> blocks = java.util.Arrays.stream(lines).map(Block::paragraph).toList();
        return MetadataReader.read(DocumentText.of(blocks), -1, "", Map.of());
    }

    @Test
    void aTitleLosesItsBulletAndCatalogueLabel() {
        for (String line : List.of("某某县人民政府2020年政府信息公开工作年度报告", "•标题：某某县人民政府2020年政府信息公开工作年度报告",
                "公开事项名称:某某县人民政府2020年政府信息公开工作年度报告", "●某某县人民政府2020年政府信息公开工作年度报告")) {
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
}
