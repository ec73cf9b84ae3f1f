package io.github.ogireport.grid;

import io.github.ogireport.model.TemplateVersion;

import java.util.List;

/** Decides the template from the words only one template uses (FORMAT.md A5). */
public final class TemplateDetector {
    private static final List<String> SIGNALS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数",
            "本年处理决定数量", "本年收费金额", "逾期不补正", "收费通知要求缴纳", "[2021]30号", "202130号");
    private static final List<String> SIGNALS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量",
            "上一年项目数量", "本年增/减", "对外管理服务事项", "政府集中采购", "采购总金额", "[2019]60号", "201960号");

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
        if (s2021 == s2019) {
            return new Verdict(year != null && year >= 2021 ? TemplateVersion.V2021 : TemplateVersion.V2019, mixed);
        }
        return new Verdict(s2021 > s2019 ? TemplateVersion.V2021 : TemplateVersion.V2019, mixed);
    }

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
