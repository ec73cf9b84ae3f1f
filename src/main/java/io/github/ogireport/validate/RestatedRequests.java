package io.github.ogireport.validate;

import io.github.ogireport.text.MatchText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number of requests received as section 一 restates it in prose: 收到政府信息公开申请8件, 未收到依申请公开申请. */
final class RestatedRequests {
    private static final Pattern CLAUSE_END = Pattern.compile("[。;,，；]");
    private static final Pattern COUNT = Pattern.compile("(\\d+)件");

    private RestatedRequests() {
    }

    /** The restated number, or null when section 一 does not state one. */
    static Integer find(String sectionOne) {
        for (String clause : CLAUSE_END.split(MatchText.of(sectionOne))) {
            int received = clause.indexOf("收到");
            if (received < 0 || !clause.contains("申请") || clause.contains("咨询")) {
                continue;
            }
            if (clause.contains("未收到") || clause.contains("没有收到")) {
                return 0;
            }
            Matcher m = COUNT.matcher(clause);
            if (m.find(received) && m.group(1).length() < 7) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }
}
