package io.github.ogireport.validate;

import io.github.ogireport.text.MatchText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The number of requests received as section 一 restates it in prose: 收到政府信息公开申请8件, 未收到依申请公开申请. */
final class RestatedRequests {
    /** The marks that end a clause. */
    private static final String CLAUSE_END = "。;,，；";
    private static final Pattern COUNT = Pattern.compile("(\\d+)件");

    private RestatedRequests() {
    }

    /** The restated number, or null when section 一 does not state one. */
    static Integer find(String sectionOne) {
        if (sectionOne.indexOf('收') < 0) {
            return null; // no clause can say 收到 (no other character normalises to 收)
        }
        String norm = MatchText.of(sectionOne);
        int judged = 0; // the clauses before this index were judged already
        // only the clauses that say 收到 can restate the number: find those, not every clause
        for (int at = norm.indexOf("收到"); at >= 0; at = norm.indexOf("收到", at + 1)) {
            if (at < judged) {
                continue;
            }
            int start = at;
            while (start > 0 && CLAUSE_END.indexOf(norm.charAt(start - 1)) < 0) {
                start--;
            }
            int end = at;
            while (end < norm.length() && CLAUSE_END.indexOf(norm.charAt(end)) < 0) {
                end++;
            }
            judged = end;
            String clause = norm.substring(start, end);
            int received = clause.indexOf("收到");
            if (!clause.contains("申请") || clause.contains("咨询")) {
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
