package io.github.ogireport.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data rows of table 三 (收到和处理政府信息公开申请情况), in template order, with the templates that have
 * them, their printed labels and the label patterns that recognise them in normalised text (NFKC, no
 * whitespace, ASCII quotes and numbering dots; see the tokenizer). A pattern is a regular expression; when
 * several rows match one run of label text, the match that starts last wins, because the numbers follow the
 * innermost label.
 */
public enum RequestRow {
    /** 一、本年新收政府信息公开申请数量 (key part {@code newReceived}; both templates). */
    NEW_RECEIVED("newReceived", Templates.BOTH, false, "一、本年新收政府信息公开申请数量", "本年新收", "新收.{0,6}申请"),
    /** 二、上年结转政府信息公开申请数量 (key part {@code carriedOver}; both templates). */
    CARRIED_OVER("carriedOver", Templates.BOTH, false, "二、上年结转政府信息公开申请数量", "上年结转"),
    /** （一）予以公开 (key part {@code granted}; both templates). */
    GRANTED("granted", Templates.BOTH, true, "（一）予以公开", "予以公开"),
    /** （二）部分公开（区分处理的，只计这一情形，不计其他情形） (key part {@code partiallyGranted}; both templates). */
    PARTIALLY_GRANTED("partiallyGranted", Templates.BOTH, true, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
    /** 1.属于国家秘密 (key part {@code deniedStateSecret}; both templates). */
    DENIED_STATE_SECRET("deniedStateSecret", Templates.BOTH, true, "1.属于国家秘密", "国家秘密"),
    /** 2.其他法律行政法规禁止公开 (key part {@code deniedProhibitedByLaw}; both templates). */
    DENIED_PROHIBITED_BY_LAW("deniedProhibitedByLaw", Templates.BOTH, true, "2.其他法律行政法规禁止公开", "禁止公开",
            "其他法律行政"), // a real report prints 其他法律行政止公开, characters lost
    /** 3.危及“三安全一稳定” (key part {@code deniedEndangersSafety}; both templates). */
    DENIED_ENDANGERS_SAFETY("deniedEndangersSafety", Templates.BOTH, true, "3.危及“三安全一稳定”", "三安全一稳定", "危及"),
    /** 4.保护第三方合法权益 (key part {@code deniedThirdPartyRights}; both templates). */
    DENIED_THIRD_PARTY_RIGHTS("deniedThirdPartyRights", Templates.BOTH, true, "4.保护第三方合法权益", "第三方合法权益", "保护第三方"),
    /** 5.属于三类内部事务信息 (key part {@code deniedInternalAffairs}; both templates). */
    DENIED_INTERNAL_AFFAIRS("deniedInternalAffairs", Templates.BOTH, true, "5.属于三类内部事务信息", "内部事务"),
    /** 6.属于四类过程性信息 (key part {@code deniedProcessInfo}; both templates). */
    DENIED_PROCESS_INFO("deniedProcessInfo", Templates.BOTH, true, "6.属于四类过程性信息", "过程性信息"),
    /** 7.属于行政执法案卷 (key part {@code deniedEnforcementFile}; both templates). */
    DENIED_ENFORCEMENT_FILE("deniedEnforcementFile", Templates.BOTH, true, "7.属于行政执法案卷", "执法案卷"),
    /** 8.属于行政查询事项 (key part {@code deniedAdminQuery}; both templates). */
    DENIED_ADMIN_QUERY("deniedAdminQuery", Templates.BOTH, true, "8.属于行政查询事项", "行政查询"),
    /** 1.本机关不掌握相关政府信息 (key part {@code unableNotHeld}; both templates). */
    UNABLE_NOT_HELD("unableNotHeld", Templates.BOTH, true, "1.本机关不掌握相关政府信息", "不掌握"),
    /** 2.没有现成信息需要另行制作 (key part {@code unableNeedsCreation}; both templates). */
    UNABLE_NEEDS_CREATION("unableNeedsCreation", Templates.BOTH, true, "2.没有现成信息需要另行制作", "另行制作", "没有现成信息"),
    /** 3.补正后申请内容仍不明确 (key part {@code unableStillUnclear}; both templates). */
    UNABLE_STILL_UNCLEAR("unableStillUnclear", Templates.BOTH, true, "3.补正后申请内容仍不明确", "仍不明确",
            "补正后申请内容"), // a label torn at a page break: 补正后申请内容仍不 ⏎ 明确
    /** 1.信访举报投诉类申请 (key part {@code rejectedComplaint}; both templates). */
    REJECTED_COMPLAINT("rejectedComplaint", Templates.BOTH, true, "1.信访举报投诉类申请", "信访举报投诉", "信访举报"),
    /** 2.重复申请 (key part {@code rejectedDuplicate}; both templates). */
    REJECTED_DUPLICATE("rejectedDuplicate", Templates.BOTH, true, "2.重复申请", "重复申请"),
    /** 3.要求提供公开出版物 (key part {@code rejectedPublication}; both templates). */
    REJECTED_PUBLICATION("rejectedPublication", Templates.BOTH, true, "3.要求提供公开出版物", "公开出版物"),
    /** 4.无正当理由大量反复申请 (key part {@code rejectedMassRepeated}; both templates). */
    REJECTED_MASS_REPEATED("rejectedMassRepeated", Templates.BOTH, true, "4.无正当理由大量反复申请", "大量反[复覆]"),
    /** 5.要求行政机关确认或重新出具已获取信息 (key part {@code rejectedConfirmReissue}; both templates). */
    REJECTED_CONFIRM_REISSUE("rejectedConfirmReissue", Templates.BOTH, true, "5.要求行政机关确认或重新出具已获取信息", "重新出具", "确认或重新"),
    /** （六）其他处理 (key part {@code otherHandling}; 2019 template only). */
    OTHER_HANDLING("otherHandling", Templates.V2019_ONLY, true, "（六）其他处理", "其他处理"),
    /** 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 (key part {@code otherOverdueCorrection}; 2021 template only). */
    OTHER_OVERDUE_CORRECTION("otherOverdueCorrection", Templates.V2021_ONLY, true,
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正"),
    /** 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 (key part {@code otherOverdueFee}; 2021 template only). */
    OTHER_OVERDUE_FEE("otherOverdueFee", Templates.V2021_ONLY, true,
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知", "缴纳费用"),
    /** 3.其他 (key part {@code otherReasons}; 2021 template only). */
    OTHER_REASONS("otherReasons", Templates.V2021_ONLY, true, "3.其他", "3\\.其他$",
            "3其他$", "^\\.其他$"), // its point or its number lost in a scan: 3其他, .其他
    /** （七）总计 (key part {@code totalProcessed}; both templates). */
    TOTAL_PROCESSED("totalProcessed", Templates.BOTH, false, "（七）总计", "\\(七\\)总计", "\\(七\\)合计"),
    /** 四、结转下年度继续办理 (key part {@code carriedForward}; both templates). */
    CARRIED_FORWARD("carriedForward", Templates.BOTH, false, "四、结转下年度继续办理", "结转下年度", "结转下一年度");

    /** Each template's data rows, made once: the table reader and the checks ask for them on every report. */
    private static final List<RequestRow> V2019_ROWS = rowsOf(TemplateVersion.V2019);
    private static final List<RequestRow> V2021_ROWS = rowsOf(TemplateVersion.V2021);

    private final String key;
    private final Set<TemplateVersion> templates;
    private final boolean handling;
    private final String label;
    private final List<String> patterns;

    RequestRow(String key, Set<TemplateVersion> templates, boolean handling, String label, String... patterns) {
        this.key = key;
        this.templates = templates;
        this.handling = handling;
        this.label = label;
        this.patterns = List.of(patterns);
    }

    /** {@return the middle part of the cell key, such as {@code newReceived}} */
    public String key() {
        return key;
    }

    /** {@return the row label as printed in the national template} */
    public String label() {
        return label;
    }

    /** {@return the regular expressions over normalised text that recognise this row's label} */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * Whether the row is a data row of the given template.
     *
     * @param template the template
     * @return true when the template has the row
     */
    public boolean in(TemplateVersion template) {
        return templates.contains(template);
    }

    /** {@return whether the row is one of the handling results that add up to （七）总计 (rule T3-C)} */
    public boolean isHandlingResult() {
        return handling;
    }

    /**
     * The data rows of a template, in template order.
     *
     * @param template the template
     * @return the rows; an empty list for a template without tables
     */
    public static List<RequestRow> of(TemplateVersion template) {
        return switch (template) {
            case V2019 -> V2019_ROWS;
            case V2021 -> V2021_ROWS;
            default -> List.of(); // no row is in another template
        };
    }

    /**
     * The group row this row is printed under ({@code （三）不予公开} for {@code deniedStateSecret}), or null for a
     * row under no group. In 2019 {@link #OTHER_HANDLING} is itself the data row of （六）其他处理.
     *
     * @return the group label as printed, or null
     */
    public String group() {
        return switch (this) {
            case DENIED_STATE_SECRET, DENIED_PROHIBITED_BY_LAW, DENIED_ENDANGERS_SAFETY, DENIED_THIRD_PARTY_RIGHTS,
                 DENIED_INTERNAL_AFFAIRS, DENIED_PROCESS_INFO, DENIED_ENFORCEMENT_FILE, DENIED_ADMIN_QUERY -> "（三）不予公开";
            case UNABLE_NOT_HELD, UNABLE_NEEDS_CREATION, UNABLE_STILL_UNCLEAR -> "（四）无法提供";
            case REJECTED_COMPLAINT, REJECTED_DUPLICATE, REJECTED_PUBLICATION, REJECTED_MASS_REPEATED,
                 REJECTED_CONFIRM_REISSUE -> "（五）不予处理";
            case OTHER_OVERDUE_CORRECTION, OTHER_OVERDUE_FEE, OTHER_REASONS -> "（六）其他处理";
            default -> null;
        };
    }

    private static List<RequestRow> rowsOf(TemplateVersion template) {
        return java.util.Arrays.stream(values()).filter(r -> r.in(template)).toList();
    }

    private static final class Templates {
        static final Set<TemplateVersion> BOTH = EnumSet.of(TemplateVersion.V2019, TemplateVersion.V2021);
        static final Set<TemplateVersion> V2019_ONLY = EnumSet.of(TemplateVersion.V2019);
        static final Set<TemplateVersion> V2021_ONLY = EnumSet.of(TemplateVersion.V2021);
    }
}
