package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.ReportParser;
import io.github.ogireport.model.AnnualReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CrossYearCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COLUMNS = {"naturalPerson", "commercialEnterprise", "researchInstitution",
            "socialWelfareOrg", "legalServiceOrg", "otherOrg", "total"};

    /** A record as batch writes it, with only what the check reads: 上年结转 and 结转下年度继续办理 per column. */
    private static JsonNode record(String agency, int year, int carriedOver, int carriedForward) {
        ObjectNode r = JSON.createObjectNode();
        r.put("file", agency + year + ".pdf");
        r.put("agency", agency);
        r.put("year", year);
        ObjectNode cells = r.putObject("cells");
        for (String c : COLUMNS) {
            boolean total = c.equals("total");
            boolean person = c.equals("naturalPerson");
            cells.put("requests.carriedOver." + c, person || total ? carriedOver : 0);
            cells.put("requests.carriedForward." + c, person || total ? carriedForward : 0);
        }
        return r;
    }

    @Test
    void theCarryOfConsecutiveYearsOfOneAgencyIsCompared() {
        CrossYearCheck check = new CrossYearCheck();
        check.add(record("高坪区人民政府", 2020, 0, 3));
        check.add(record("高坪区人民政府", 2021, 2, 0)); // 2 carried over, 3 carried forward the year before
        check.add(record("高坪区人民政府", 2023, 9, 0)); // no 2022: nothing to compare
        check.add(record("岚天乡人民政府", 2021, 3, 0)); // another agency
        assertEquals(1, check.pairs());
        List<CrossYearCheck.Mismatch> m = check.mismatches();
        assertEquals(List.of("naturalPerson", "total"), m.stream().map(CrossYearCheck.Mismatch::column).toList());
        assertEquals(2021, m.get(0).year());
        assertEquals(2, m.get(0).carriedOver().intValue());
        assertEquals(3, m.get(0).previousCarriedForward().intValue());
    }

    @Test
    void anAgencyNamedWithItsCityOneYearAndWithoutItTheNextIsOneAgency() {
        CrossYearCheck check = new CrossYearCheck();
        check.add(record("洪泽区人民政府", 2023, 0, 4));
        check.add(record("淮安市洪泽区人民政府", 2024, 5, 0));
        check.add(record("城口县岚天乡人民政府", 2020, 0, 1));
        check.add(record("岚天乡人民政府", 2021, 1, 0));
        assertEquals(2, check.pairs());
        List<CrossYearCheck.Mismatch> m = check.mismatches();
        assertEquals(2, m.size(), m.toString());
        assertEquals("淮安市洪泽区人民政府", m.get(0).agency());
        assertEquals("洪泽区人民政府", m.get(0).previousAgency());
    }

    @Test
    void aNameThatTwoAgenciesOfThePreviousYearEndWithIsNotPaired() {
        CrossYearCheck check = new CrossYearCheck();
        check.add(record("南京市鼓楼区人民政府", 2020, 0, 1));
        check.add(record("福州市鼓楼区人民政府", 2020, 0, 2));
        check.add(record("鼓楼区人民政府", 2021, 7, 0));
        assertEquals(0, check.pairs());
        assertEquals(List.of(), check.mismatches());
    }

    @Test
    void aCityGovernmentIsNotItsDistrictsGovernment() {
        CrossYearCheck check = new CrossYearCheck();
        check.add(record("淮安市人民政府", 2023, 0, 4));
        check.add(record("人民政府", 2024, 5, 0)); // a name reduced to the organ alone
        check.add(record("淮安市市场监督管理局", 2023, 0, 4));
        check.add(record("市场监督管理局", 2024, 5, 0));
        assertEquals(0, check.pairs());
    }

    @Test
    void localNames() {
        assertEquals("洪泽区人民政府", CrossYearCheck.localName("淮安市洪泽区人民政府"));
        assertEquals("高坪区人民政府办公室", CrossYearCheck.localName("四川省南充市高坪区人民政府办公室"));
        assertEquals("岚天乡人民政府", CrossYearCheck.localName("城口县岚天乡人民政府"));
        assertEquals("淮安市人民政府", CrossYearCheck.localName("淮安市人民政府"));
        assertEquals("淮安市市场监督管理局", CrossYearCheck.localName("淮安市市场监督管理局"));
        assertEquals("洪泽区教育体育局", CrossYearCheck.localName("淮安市洪泽区教育体育局"));
        assertEquals("鼓楼区人民政府", CrossYearCheck.localName("福州市鼓楼区人民政府"));
        assertEquals("广州市市场监督管理局", CrossYearCheck.localName("广州市市场监督管理局"));
        assertEquals("沙市区人民政府", CrossYearCheck.localName("湖北省荆州市沙市区人民政府"));
        assertEquals("延吉市人民政府", CrossYearCheck.localName("延边朝鲜族自治州延吉市人民政府"));
    }

    /** The real pair: 洪泽区 on 2023 and 淮安市洪泽区 on 2024; 2023 carried nothing forward, 2024 nothing over. */
    @Test
    void hongzeOn2023And2024() throws Exception {
        Path dir = Path.of("../shared/realworld");
        assumeTrue(Files.exists(dir.resolve("hongze-2023.pdf")), "real-world reports not present");
        CrossYearCheck check = new CrossYearCheck();
        ReportParser parser = new ReportParser();
        for (String name : List.of("hongze-2023.pdf", "hongze-2024.pdf")) {
            AnnualReport r = parser.parse(dir.resolve(name));
            check.add(r);
        }
        assertEquals(1, check.pairs());
        assertEquals(List.of(), check.mismatches());
    }
}
