#!/usr/bin/env python3
"""Writes the HTML pages behind testdata/pdf/*.pdf and the expected files.

The numbers below are the fixtures' source of truth: each page is printed to PDF (LibreOffice, Chromium),
rendered with pdftoppm and checked by eye against these numbers before the expected file is kept.
Run from this folder: python3 make_fixtures.py OUT_DIR  (then make_fixtures.sh prints the PDFs).
"""
import json
import sys
from pathlib import Path

COLS = ["naturalPerson", "commercialEnterprise", "researchInstitution", "socialWelfareOrg",
        "legalServiceOrg", "otherOrg", "total"]
DENIED = [("deniedStateSecret", "1.属于国家秘密"), ("deniedProhibitedByLaw", "2.其他法律行政法规禁止公开"),
          ("deniedEndangersSafety", "3.危及“三安全一稳定”"), ("deniedThirdPartyRights", "4.保护第三方合法权益"),
          ("deniedInternalAffairs", "5.属于三类内部事务信息"), ("deniedProcessInfo", "6.属于四类过程性信息"),
          ("deniedEnforcementFile", "7.属于行政执法案卷"), ("deniedAdminQuery", "8.属于行政查询事项")]
UNABLE = [("unableNotHeld", "1.本机关不掌握相关政府信息"), ("unableNeedsCreation", "2.没有现成信息需要另行制作"),
          ("unableStillUnclear", "3.补正后申请内容仍不明确")]
REJECTED = [("rejectedComplaint", "1.信访举报投诉类申请"), ("rejectedDuplicate", "2.重复申请"),
            ("rejectedPublication", "3.要求提供公开出版物"), ("rejectedMassRepeated", "4.无正当理由大量反复申请"),
            ("rejectedConfirmReissue", "5.要求行政机关确认或重新出具已获取信息")]
OTHER_2021 = [("otherOverdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
              ("otherOverdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
              ("otherReasons", "3.其他")]
REVIEW = ["adminReview", "litigationDirect", "litigationAfterReview"]
REVIEW_COLS = ["upheld", "corrected", "otherResult", "pending", "total"]


def row(*six):
    return list(six) + [sum(six)]


def requests(leaves, carried_over, carried_forward):
    """leaves: key -> six applicant values; the sums of the template follow from them."""
    r = {k: row(*v) for k, v in leaves.items()}
    total = [sum(r[k][i] for k in r) for i in range(7)]
    over = row(*carried_over)
    fwd = row(*carried_forward)
    new = [total[i] + fwd[i] - over[i] for i in range(7)]
    assert all(x >= 0 for x in new), new
    r.update(newReceived=new, carriedOver=over, totalProcessed=total, carriedForward=fwd)
    return r


def review(*groups):
    out = []
    for g in groups:
        out += list(g) + [sum(g)]
    return out


# ---------------------------------------------------------------------------------------------- the reports
REPORTS = {
    "gaoping-2019": dict(
        template="2019", agency="高坪区人民政府办公室", year=2019, fullname="南充市高坪区人民政府办公室",
        date=("2020", "1", "20"), address="南充市高坪区阳春路2号", postcode="637100", phone="0817-3363822",
        active=dict(rules=[0, 0, 2], normativeDocs=[7, 6, 41], licensing=[118, -3, 2467],
                    otherServices=[35, 4, 906], penalty=[86, 0, 1352], coercion=[12, 1, 37], fees=[9, -2],
                    procurement=[14, "263.5万元"]),
        requests=requests(dict(
            granted=[23, 2, 0, 1, 0, 0], partiallyGranted=[4, 1, 0, 0, 0, 0],
            deniedStateSecret=[1, 0, 0, 0, 0, 0], deniedProhibitedByLaw=[0, 0, 0, 0, 0, 0],
            deniedEndangersSafety=[2, 0, 0, 0, 0, 0], deniedThirdPartyRights=[3, 1, 0, 0, 0, 0],
            deniedInternalAffairs=[0, 0, 0, 0, 0, 0], deniedProcessInfo=[5, 0, 0, 0, 1, 0],
            deniedEnforcementFile=[0, 0, 0, 0, 0, 0], deniedAdminQuery=[1, 0, 0, 0, 0, 0],
            unableNotHeld=[11, 3, 0, 0, 0, 1], unableNeedsCreation=[6, 0, 1, 0, 0, 0],
            unableStillUnclear=[2, 0, 0, 0, 0, 0], rejectedComplaint=[8, 0, 0, 0, 0, 0],
            rejectedDuplicate=[3, 0, 0, 0, 0, 0], rejectedPublication=[0, 0, 0, 0, 0, 0],
            rejectedMassRepeated=[0, 0, 0, 0, 0, 0], rejectedConfirmReissue=[1, 0, 0, 0, 0, 0],
            otherHandling=[4, 0, 0, 0, 3, 0]), [2, 0, 0, 0, 0, 0], [3, 1, 0, 0, 0, 0]),
        review=review([2, 1, 0, 1], [1, 0, 1, 2], [0, 1, 0, 0])),
    "lanshan-2021": dict(
        template="2021", agency="岚山县人民政府", year=2021, fullname="岚山县人民政府",
        date=("2022", "1", "26"), address="岚山县人民路88号", postcode="276800", phone="0633-6221234",
        active=dict(rules=[1, 0, 3], normativeDocs=[12, 4, 57], licensing=[4318], penalty=[2709],
                    coercion=[146], fees=["1532.46"]),
        requests=requests(dict(
            granted=[41, 6, 1, 0, 2, 1], partiallyGranted=[7, 2, 0, 0, 0, 0],
            deniedStateSecret=[0, 0, 0, 0, 0, 0], deniedProhibitedByLaw=[1, 0, 0, 0, 0, 0],
            deniedEndangersSafety=[0, 0, 0, 0, 0, 0], deniedThirdPartyRights=[2, 0, 0, 0, 0, 0],
            deniedInternalAffairs=[1, 0, 0, 0, 0, 0], deniedProcessInfo=[3, 1, 0, 0, 0, 0],
            deniedEnforcementFile=[1, 0, 0, 0, 0, 0], deniedAdminQuery=[2, 0, 0, 0, 0, 0],
            unableNotHeld=[19, 4, 0, 1, 0, 0], unableNeedsCreation=[5, 1, 0, 0, 0, 0],
            unableStillUnclear=[3, 0, 0, 0, 0, 0], rejectedComplaint=[6, 0, 0, 0, 0, 0],
            rejectedDuplicate=[4, 1, 0, 0, 0, 0], rejectedPublication=[1, 0, 0, 0, 0, 0],
            rejectedMassRepeated=[0, 0, 0, 0, 0, 0], rejectedConfirmReissue=[2, 0, 0, 0, 0, 0],
            otherOverdueCorrection=[3, 0, 0, 0, 0, 0], otherOverdueFee=[0, 0, 0, 0, 0, 0],
            otherReasons=[2, 1, 0, 0, 0, 0]), [5, 1, 0, 0, 0, 0], [4, 0, 0, 0, 1, 0]),
        review=review([3, 1, 0, 0], [2, 1, 0, 1], [1, 0, 0, 1])),
}


# ---------------------------------------------------------------------------------------------- HTML
def td(text, rs=1, cs=1, cls=None):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "") + (f' class="{cls}"' if cls else "")
    return f"<td{a}>{text}</td>"


def active_table(r):
    a = r["active"]
    t = ['<table class="grid" border="1" cellspacing="0">']
    if r["template"] == "2019":
        def sub(item, header, rows):
            t.append("<tr>" + td(f"第二十条第（{item}）项", cs=4, cls="cap") + "</tr>")
            t.append("<tr>" + "".join(header) + "</tr>")
            for label, vals in rows:
                t.append("<tr>" + td(label, cls="lbl") + "".join(vals) + "</tr>")
        h3 = [td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")]
        sub("一", h3, [("规章", [td(v) for v in a["rules"]]), ("规范性文件", [td(v) for v in a["normativeDocs"]])])
        h5 = [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")]
        sign = lambda v: f"{v:+d}" if v else "0"
        fmt = lambda vs: [td(vs[0]), td(sign(vs[1])), td(vs[2])]
        sub("五", h5, [("行政许可", fmt(a["licensing"])), ("其他对外管理服务事项", fmt(a["otherServices"]))])
        sub("六", h5, [("行政处罚", fmt(a["penalty"])), ("行政强制", fmt(a["coercion"]))])
        sub("八", [td("信息内容"), td("上一年项目数量"), td("本年增/减", cs=2)],
            [("行政事业性收费", [td(a["fees"][0]), td(sign(a["fees"][1]), cs=2)])])
        sub("九", [td("信息内容"), td("采购项目数量"), td("采购总金额", cs=2)],
            [("政府集中采购", [td(a["procurement"][0]), td(a["procurement"][1], cs=2)])])
    else:
        def sub(item, header, rows):
            t.append("<tr>" + td(f"第二十条第（{item}）项", cs=4, cls="cap") + "</tr>")
            t.append("<tr>" + "".join(header) + "</tr>")
            for label, vals in rows:
                t.append("<tr>" + td(label, cls="lbl") + "".join(vals) + "</tr>")
        sub("一", [td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")],
            [("规章", [td(v) for v in a["rules"]]), ("行政规范性文件", [td(v) for v in a["normativeDocs"]])])
        one = lambda v: [td(v, cs=3)]
        sub("五", [td("信息内容"), td("本年处理决定数量", cs=3)], [("行政许可", one(a["licensing"][0]))])
        sub("六", [td("信息内容"), td("本年处理决定数量", cs=3)],
            [("行政处罚", one(a["penalty"][0])), ("行政强制", one(a["coercion"][0]))])
        sub("八", [td("信息内容"), td("本年收费金额（单位：万元）", cs=3)], [("行政事业性收费", one(a["fees"][0]))])
    t.append("</table>")
    return "\n".join(t)


def request_table(r, thead=False, narrow=False):
    q = r["requests"]
    vals = lambda key: "".join(td(v, cls="num") for v in q[key])
    head = [
        "<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3, cls="corner")
        + td("申请人情况", cs=7) + "</tr>",
        "<tr>" + td("自然人", rs=2) + td("法人或其他组织", cs=5) + td("总计", rs=2) + "</tr>",
        "<tr>" + "".join(td(x) for x in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + "</tr>"]
    body = []
    add = lambda cells, key: body.append("<tr>" + cells + vals(key) + "</tr>")
    add(td("一、本年新收政府信息公开申请数量", cs=3, cls="lbl"), "newReceived")
    add(td("二、上年结转政府信息公开申请数量", cs=3, cls="lbl"), "carriedOver")
    n = 2 + 8 + 3 + 5 + (1 if r["template"] == "2019" else 3) + 1
    group3 = td("三、本年度办理结果", rs=n, cls="vert")
    add(group3 + td("（一）予以公开", cs=2, cls="lbl"), "granted")
    add(td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", cs=2, cls="lbl"), "partiallyGranted")
    for title, rows in (("（三）不予公开", DENIED), ("（四）无法提供", UNABLE), ("（五）不予处理", REJECTED)) + (
            (("（六）其他处理", OTHER_2021),) if r["template"] == "2021" else ()):
        for i, (key, label) in enumerate(rows):
            add((td(title, rs=len(rows), cls="lbl") if i == 0 else "") + td(label, cls="lbl"), key)
    if r["template"] == "2019":
        add(td("（六）其他处理", cs=2, cls="lbl"), "otherHandling")
    add(td("（七）总计", cs=2, cls="lbl"), "totalProcessed")
    add(td("四、结转下年度继续办理", cs=3, cls="lbl"), "carriedForward")
    cls = "grid narrow" if narrow else "grid"
    cols = ('<colgroup>' + '<col style="width:42px">' * 2 + '<col style="width:17px">' + '<col>' * 7 + '</colgroup>') if narrow else ""
    open_ = f'<table class="{cls}" border="1" cellspacing="0">' + cols
    if thead:
        return open_ + "<thead>" + "\n".join(head) + "</thead><tbody>" + "\n".join(body) + "</tbody></table>"
    return open_ + "\n".join(head + body) + "</table>"


def review_table(r):
    v = r["review"]
    words = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return "\n".join([
        '<table class="grid" border="1" cellspacing="0">',
        "<tr>" + td("行政复议", cs=5) + td("行政诉讼", cs=10) + "</tr>",
        "<tr>" + "".join(td(w, rs=2) for w in words) + td("未经复议直接起诉", cs=5) + td("复议后起诉", cs=5) + "</tr>",
        "<tr>" + "".join(td(w) for w in words * 2) + "</tr>",
        "<tr>" + "".join(td(x, cls="num") for x in v) + "</tr>",
        "</table>"])


CSS = """
body { font-family: 'Noto Serif CJK SC', serif; font-size: 15px; line-height: 1.6; margin: 0; }
h1 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 22px; text-align: center; font-weight: normal; }
h2 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 16px; margin: 10px 0 4px 0; }
p { text-indent: 2em; margin: 0 0 4px 0; text-align: justify; }
p.sign { text-align: right; text-indent: 0; }
table.grid { border-collapse: collapse; width: 100%; font-size: 11px; }
table.grid td { border: 1px solid #000; padding: 2px 3px; text-align: center; }
table.grid td.lbl { text-align: left; }
table.grid td.num { font-size: 12px; }
table.plain td { border: none; }
"""


def page(r, variant):
    year, tpl = r["year"], r["template"]
    q = r["requests"]
    received = q["newReceived"][6]
    title = f"{r['agency']}{year}年政府信息公开工作年度报告"
    css = CSS + variant.get("css", "")
    y, m, d = r["date"]
    head_title = variant.get("html_title", title)
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{head_title}</title><style>{css}</style></head><body>"]
    if variant.get("split_title"):
        parts.append(f"<h1>{r['agency']}<br>{year}年政府信息公开工作年度报告</h1>")
    else:
        parts.append(f"<h1>{title}</h1>")
    parts.append(
        f"<p>根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布《{r['fullname']}{year}年政府信息公开工作年度报告》。"
        f"本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项6个部分。"
        f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有任何疑问，请与{r['fullname']}联系"
        f"（地址：{r['address']}；邮编：{r['postcode']}；电话：{r['phone']}）。</p>")
    parts.append("<h2>一、总体情况</h2>")
    parts.append(f"<p>{year}年，{r['agency']}认真贯彻执行《条例》各项规定，严格按照上级关于政府信息公开工作的要求，扎实开展政府信息公开工作。</p>")
    parts.append(f"<p>（一）主动公开情况。{year}年通过政府门户网站发布各类政府信息1614条，发布政策解读信息19条，及时回应社会关切101条。</p>")
    parts.append(f"<p>（二）依申请公开情况。{year}年共收到政府信息公开申请{received}件，均在法定期限内答复。</p>")
    parts.append("<p>（三）政府信息管理。健全政府信息公开保密审查制度，明确审查职责分工，规范信息发布流程。</p>")
    parts.append("<h2>二、主动公开政府信息情况</h2>")
    parts.append(active_table(r))
    if variant.get("before_requests"):
        parts.append(variant["before_requests"])
    parts.append("<h2>三、收到和处理政府信息公开申请情况</h2>")
    parts.append(request_table(r, thead=variant.get("thead", False), narrow=variant.get("narrow", False)))
    parts.append("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>")
    parts.append(review_table(r))
    parts.append("<h2>五、存在的主要问题及改进情况</h2>")
    parts.append(f"<p>{year}年，政府信息公开工作取得一定成效，但仍存在公开内容不够全面、更新不够及时等问题。下一步将加强业务培训，健全工作机制，不断提升政府信息公开工作水平。</p>")
    parts.append("<h2>六、其他需要报告的事项</h2>")
    parts.append(f"<p>{year}年，未收取政府信息公开信息处理费。</p>")
    parts.append(f"<p class='sign'>{r['fullname']}</p><p class='sign'>{y}年{m}月{d}日</p>")
    parts.append("</body></html>")
    return "\n".join(parts), title


def expected(r, status="OK", extra=None):
    cells = {}
    a = r["active"]
    if r["template"] == "2019":
        for k in ("rules", "normativeDocs"):
            for c, v in zip(("newlyMade", "newlyPublished", "totalPublished"), a[k]):
                cells[f"active.{k}.{c}"] = v
        for k in ("licensing", "otherServices", "penalty", "coercion"):
            for c, v in zip(("prevYearItems", "itemChange", "decisions"), a[k]):
                cells[f"active.{k}.{c}"] = v
        cells["active.fees.prevYearItems"], cells["active.fees.itemChange"] = a["fees"]
        cells["active.procurement.projects"] = a["procurement"][0]
        cells["active.procurement.totalAmount"] = float(str(a["procurement"][1]).replace("万元", ""))
    else:
        for k in ("rules", "normativeDocs"):
            for c, v in zip(("issued", "repealed", "inForce"), a[k]):
                cells[f"active.{k}.{c}"] = v
        for k in ("licensing", "penalty", "coercion"):
            cells[f"active.{k}.decisions"] = a[k][0]
        cells["active.fees.amountWanYuan"] = float(a["fees"][0])
    for key, values in r["requests"].items():
        for c, v in zip(COLS, values):
            cells[f"requests.{key}.{c}"] = v
    for i, v in enumerate(r["review"]):
        cells[f"{REVIEW[i // 5]}.{REVIEW_COLS[i % 5]}"] = v
    y, m, d = r["date"]
    e = {"status": status, "format": "PDF", "template": r["template"],
         "title": f"{r['agency']}{r['year']}年政府信息公开工作年度报告", "agency": r["agency"], "year": r["year"],
         "publishDate": f"{y}-{int(m):02d}-{int(d):02d}",
         "period": {"from": f"{r['year']}-01-01", "to": f"{r['year']}-12-31"},
         "warningCodes": [], "checksFailed": [], "cells": cells}
    if extra:
        e.update(extra)
    return e


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    variants = {
        # name: (report, variant options)
        "lo-html-2019": ("gaoping-2019", {}),
        "chromium-html-2021": ("lanshan-2021", {}),
        "lo-docx-2021": ("lanshan-2021", {}),
        "table3-page-break": ("gaoping-2019", {"thead": True,
                                               "css": "table.grid td { padding: 7px 3px; } table.grid { font-size: 13px; }"}),
        "narrow-columns": ("lanshan-2021", {"narrow": True, "css": "table.narrow { table-layout: fixed; } table.narrow td { padding: 1px; }"}),
        "running-header-footer": ("gaoping-2019", {"split_title": True}),
    }
    for name, (rep, v) in variants.items():
        html, _ = page(REPORTS[rep], v)
        (out / f"{name}.html").write_text(html, encoding="utf-8")
        (out / f"{name}.expected.json").write_text(
            json.dumps(expected(REPORTS[rep]), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
