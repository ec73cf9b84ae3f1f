package io.github.ogireport.grid;

import io.github.ogireport.model.TemplateVersion;

import java.util.List;

/**
 * Decides the template from the words only one template uses (FORMAT.md A5), by the tables and not by the year: a
 * 2022 report may still print the 2019 tables. When both templates' words are present, table 三 decides (FORMAT.md
 * B1): its 2021 rows (逾期不补正, 收费通知要求缴纳) make it 2021, their absence 2019.
 */
public final class TemplateDetector {
    // header words by their first characters: scraped pages cut headers (现行有效件, 本年增/, 本年新 | 本年新)
    private static final List<String> SIGNALS_2021 = List.of("本年制发", "本年废止", "现行有效件",
            "本年处理决定数量", "本年收费金额", "逾期不补正", "收费通知要求缴纳", "[2021]30号", "202130号");
    private static final List<String> SIGNALS_2019 = List.of("本年新制", "本年新公", "对外公开总数",
            "上一年项目数", "本年增/", "对外管理服务事项", "政府集中采购", "采购总金额", "[2019]60号", "201960号");

    private TemplateDetector() {
    }

    /**
     * The verdict.
     *
     * @param template the template with more signals, or UNKNOWN when neither has any
     * @param mixed whether both templates show table signals
     */
    public record Verdict(TemplateVersion template, boolean mixed) {
    }

    /**
     * @param norm the matching form of the whole document
     * @param year the report year, used only when the signals tie
     */
    public static Verdict detect(String norm, Integer year) {
        int s2021 = count(norm, SIGNALS_2021);
        int s2019 = count(norm, SIGNALS_2019);
        boolean mixed = s2021 >= 2 && s2019 >= 2;
        if (s2021 == 0 && s2019 == 0) {
            return new Verdict(TemplateVersion.UNKNOWN, false);
        }
        TemplateVersion byTable3 = count(norm, TABLE_3_ROWS_2021) > 0 ? TemplateVersion.V2021
                : norm.contains(TABLE_3_ROW_2019) ? TemplateVersion.V2019 : null;
        if ((mixed || s2021 == s2019) && byTable3 != null) {
            return new Verdict(byTable3, mixed);
        }
        if (s2021 == s2019) {
            return new Verdict(year != null && year >= 2021 ? TemplateVersion.V2021 : TemplateVersion.V2019, mixed);
        }
        return new Verdict(s2021 > s2019 ? TemplateVersion.V2021 : TemplateVersion.V2019, mixed);
    }

    /** The rows only 2021's table 三 has (under （六）其他处理). */
    private static final List<String> TABLE_3_ROWS_2021 = List.of("逾期不补正", "收费通知要求缴纳");
    /** Table 三 of either template: without 2021's rows, it is 2019's. */
    private static final String TABLE_3_ROW_2019 = "(六)其他处理";

    private static int count(String norm, List<String> signals) {
        int n = 0;
        for (String s : signals) {
            if (norm.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
