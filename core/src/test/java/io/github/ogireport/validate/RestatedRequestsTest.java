package io.github.ogireport.validate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Section 一 restating the requests received, as reports word it. */
class RestatedRequestsTest {
    @Test
    void statedCount() {
        assertEquals(8, RestatedRequests.find("2020年，本机关共收到政府信息公开申请8件，均已按时办结。"));
        assertEquals(12, RestatedRequests.find("（三）依申请公开情况\n全年共收到 政府信息公开申请 １２ 件；办结12件。"));
    }

    @Test
    void noneReceived() {
        assertEquals(0, RestatedRequests.find("本年度未收到政府信息公开申请，无行政复议情况。"));
        assertEquals(0, RestatedRequests.find("2021年没有收到依申请公开申请。"));
    }

    @Test
    void clausesThatDoNotRestateIt() {
        // a 咨询 clause, a clause without 申请, and a count before 收到 are not the number of requests
        assertEquals(5, RestatedRequests.find("收到群众咨询申请3件；收到来信2封，收到政府信息公开申请5件。"));
        assertNull(RestatedRequests.find("3件申请已收到回复。"));
        assertNull(RestatedRequests.find("本年度主动公开政府信息120条。"));
        assertNull(RestatedRequests.find(""));
    }
}
