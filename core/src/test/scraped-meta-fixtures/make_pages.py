"""Writes web pages of real reports with the chrome real sites put around them, for testdata/scraped-meta.

The reports' numbers are the hand-checked cells of the seeds (testdata/seeds/*.expected.json), printed in the national
tables with the template's labels (testdata/contract/cell-keys.tsv); their section 一 is the seed's. Around each report
a different site: title shapes (year first, {agency}{year}年信息公开年度报告, split over two or three lines, behind a
catalogue label, none at all), chrome before it (登录 注册, 【字体：大 中 小】, 分享到, a sidebar of earlier reports) and a
footer after it (【打印本页】【关闭窗口】, 主办, 1024×768分辨率, 相关链接, 上一篇/下一篇). Two pages are cut: one after section 二
(a CMS page 1 of 3), one inside table 三 (a download cut mid-file).

Usage: make_pages.py REPO_ROOT OUT_DIR. Writes OUT_DIR/NAME.html and OUT_DIR/NAME.truth.json (what each page says).
"""
import json
import os
import sys

root, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

KEYS = []
for line in open(os.path.join(root, 'testdata/contract/cell-keys.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    key, templates, row, column = line.rstrip('\n').split('\t')
    KEYS.append((key, templates.split(','), row, column))


def seed(prefix):
    for f in os.listdir(os.path.join(root, 'testdata/seeds')):
        if f.startswith(prefix) and f.endswith('.expected.json'):
            d = json.load(open(os.path.join(root, 'testdata/seeds', f), encoding='utf-8'))
            text = open(os.path.join(root, 'testdata/seeds', f.replace('.expected.json', '.txt')), encoding='utf-8').read()
            return d, text
    raise SystemExit('no seed ' + prefix)


def section_one(text):
    """The first paragraph of the seed's section 一."""
    lines = [l.strip() for l in text.splitlines()]
    i = next(i for i, l in enumerate(lines) if l.startswith('一、') and ('总体情况' in l))
    return next(l for l in lines[i + 1:] if len(l) > 30)


def fmt(key, v):
    if v is None:
        return ''
    if key.endswith('totalAmount') or key.endswith('amountWanYuan'):
        return f'{v}万元'
    return str(v)


def td(s, attrs=''):
    return f'<td{attrs}><p style="text-align:center"><span style="font-size:14px">{s}</span></p></td>'


def table2(cells, template):
    rows = []
    groups = {}
    for key, tpl, row, column in KEYS:
        if template not in tpl or not key.startswith('active.'):
            continue
        label = row.split(' / ')[-1 if template == '2021' else 0]
        groups.setdefault(label, []).append((key, column))
    captions = {'规章': '第二十条第（一）项', '规范性文件': None, '行政规范性文件': None, '行政许可': '第二十条第（五）项',
                '其他对外管理服务事项': None, '行政处罚': '第二十条第（六）项', '行政强制': None,
                '行政事业性收费': '第二十条第（八）项', '政府集中采购': '第二十条第（九）项'}
    width = 4
    for label, cols in groups.items():
        cap = captions.get(label)
        if cap:
            rows.append('<tr>' + td(cap, f' colspan="{width}"') + '</tr>')
            rows.append('<tr>' + td('信息内容') + ''.join(td(c, f' colspan="{width - len(cols)}"' if i == len(cols) - 1 and len(cols) < width - 1 else '')
                                                            for i, (_, c) in enumerate(cols)) + '</tr>')
        rows.append('<tr>' + td(label) + ''.join(td(fmt(k, cells[k]), f' colspan="{width - len(cols)}"' if i == len(cols) - 1 and len(cols) < width - 1 else '')
                                                 for i, (k, _) in enumerate(cols)) + '</tr>')
    return '<table border="1" cellspacing="0">' + ''.join(rows) + '</table>'


def table3(cells, template, stop_after=None):
    head = ('<tr>' + td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', ' colspan="3" rowspan="3"')
            + td('申请人情况', ' colspan="7"') + '</tr><tr>' + td('自然人', ' rowspan="2"')
            + td('法人或其他组织', ' colspan="5"') + td('总计', ' rowspan="2"') + '</tr><tr>'
            + ''.join(td(c) for c in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']) + '</tr>')
    rows = []
    order = []
    for key, tpl, row, column in KEYS:
        if template in tpl and key.startswith('requests.'):
            r = key.split('.')[1]
            if r not in order:
                order.append(r)
    labels = {key.split('.')[1]: row for key, tpl, row, column in KEYS if key.startswith('requests.')}
    group_before = {'granted': '三、本年度办理结果', 'deniedStateSecret': '（三）不予公开', 'unableNotHeld': '（四）无法提供',
                    'rejectedComplaint': '（五）不予处理', 'otherOverdueCorrection': '（六）其他处理'}
    cols = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrg', 'legalServiceOrg',
            'otherOrg', 'total']
    for r in order:
        if r in group_before:
            rows.append('<tr>' + td(group_before[r], ' colspan="10"') + '</tr>')
        rows.append('<tr>' + td(labels[r], ' colspan="3"') + ''.join(td(fmt(r, cells[f'requests.{r}.{c}'])) for c in cols)
                    + '</tr>')
        if r == stop_after:
            return '<table border="1" cellspacing="0">' + head + ''.join(rows), True
    return '<table border="1" cellspacing="0">' + head + ''.join(rows) + '</table>', False


def table4(cells):
    groups = ['adminReview', 'litigationDirect', 'litigationAfterReview']
    cols = ['upheld', 'corrected', 'otherResult', 'pending', 'total']
    names = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    return ('<table border="1" cellspacing="0"><tr>' + td('行政复议', ' colspan="5"') + td('行政诉讼', ' colspan="10"')
            + '</tr><tr>' + ''.join(td(n, ' rowspan="2"') for n in names) + td('未经复议直接起诉', ' colspan="5"')
            + td('复议后起诉', ' colspan="5"') + '</tr><tr>' + ''.join(td(n) for n in names) * 2 + '</tr><tr>'
            + ''.join(td(fmt('', cells[f'{g}.{c}'])) for g in groups for c in cols) + '</tr></table>')


def p(text):
    return f'<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋_GB2312;font-size:16px;">{text}</span></p>'


def h(text):
    return f'<p style="text-indent:2em;"><strong><span style="font-family:黑体;font-size:16px;">{text}</span></strong></p>'


SIX = '本机关无其他需要报告的事项。'
FIVE = '信息公开的主动性还需加强，下一步将完善制度，加强培训，提升公开质量。'


def report_body(d, text, template, intro, cut=None):
    """The report's sections; cut='after2' stops after section 二, cut='in3' inside table 三 (an unclosed table)."""
    cells = d['cells']
    parts = []
    if intro:
        parts.append(p(intro))
    parts += [h('一、总体情况'), p(section_one(text)), h('二、主动公开政府信息情况'), table2(cells, template)]
    if cut == 'after2':
        return ''.join(parts), True
    t3, stopped = table3(cells, template, stop_after='partiallyGranted' if cut == 'in3' else None)
    parts += [h('三、收到和处理政府信息公开申请情况'), t3]
    if stopped:
        return ''.join(parts), True
    parts += [h('四、政府信息公开行政复议、行政诉讼情况'), table4(cells), h('五、存在的主要问题及改进情况'), p(FIVE),
              h('六、其他需要报告的事项'), p(SIX)]
    return ''.join(parts), False


CHROME_TOP = {
    'login': '<div class="top"><a href="/login">登录</a> <a href="/reg">注册</a></div>',
    'font': '<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>',
    'fontsize': '<div class="info">发布时间：2021-01-20 来源：本站 【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>',
    'share': '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
    'crumb': '<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 年度报告</div>',
}
FOOTERS = {
    'print': '<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>'
             '<div class="footer"><p>主办：某某县人民政府办公室 承办：某某县大数据中心</p><p>建议使用1024×768分辨率 IE9.0以上版本浏览器</p></div>',
    'links': '<div class="xggj"><h3>相关链接</h3><ul><li><a href="/a.html">某某县2019年政府信息公开工作年度报告</a></li>'
             '<li><a href="/b.html">某某县2018年政府信息公开工作年度报告</a></li></ul></div>'
             '<div class="footer">版权所有：某某县人民政府 网站标识码：5000000001 渝ICP备05000001号-1</div>',
    'prevnext': '<div class="pn"><p>上一篇：<a href="/p.html">关于开展政务公开检查的通知</a></p><p>下一篇：<a href="/n.html">某某县2021年政务公开工作要点</a></p></div>'
                '<div class="share">分享到：<a href="#">微信</a></div><div class="footer">主办单位：某某县人民政府</div>',
}


def page(title_html, top, body, footer, sidebar=''):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title></head><body>'
            + ''.join(CHROME_TOP[t] for t in top) + sidebar + '<div class="article">' + title_html + body + '</div>'
            + FOOTERS[footer] + '</body></html>')


def title_block(lines):
    return '<div class="title">' + '<br>'.join(f'<strong>{l}</strong>' for l in lines) + '</div>'


pages = []
lantian, lantian_text = seed('000')
gaoping, gaoping_text = seed('002')
sugaiti, sugaiti_text = seed('003')

# (name, seed, template, title lines, expected title, agency, year, top chrome, footer, intro, cut, sidebar, catalogue)
SPECS = [
    ('year-first-title-lantian-2020', lantian, lantian_text, '2019', ['2020年度城口县岚天乡人民政府政府信息公开工作年度报告'],
     '2020年度城口县岚天乡人民政府政府信息公开工作年度报告', '城口县岚天乡人民政府', 2020, ['login', 'crumb'], 'print', None, None, False),
    ('xinxi-gongkai-title-gaoping-2019', gaoping, gaoping_text, '2019', ['高坪区人民政府办公室2019年信息公开年度报告'],
     '高坪区人民政府办公室2019年信息公开年度报告', '高坪区人民政府办公室', 2019, ['font', 'share'], 'links', None, None, False),
    ('two-line-title-gaoping-2019', gaoping, gaoping_text, '2019', ['高坪区人民政府办公室2019年政府信息公开', '工作年度报告'],
     '高坪区人民政府办公室2019年政府信息公开工作年度报告', '高坪区人民政府办公室', 2019, ['fontsize'], 'prevnext', None, None, False),
    ('three-line-title-sugaiti-2024', sugaiti, sugaiti_text, '2021', ['2024年', '苏盖提乡', '政府信息公开工作年度报告'],
     '2024年苏盖提乡政府信息公开工作年度报告', '苏盖提乡', 2024, ['login', 'share'], 'print', None, None, False),
    ('agency-line-title-lantian-2020', lantian, lantian_text, '2019', ['城口县岚天乡人民政府', '2020年政府信息公开工作年度报告'],
     '城口县岚天乡人民政府2020年政府信息公开工作年度报告', '城口县岚天乡人民政府', 2020, ['crumb', 'font'], 'links', None, None, False),
    ('catalogue-sidebar-gaoping-2019', gaoping, gaoping_text, '2019', ['高坪区人民政府办公室2019年政府信息公开工作年度报告'],
     '高坪区人民政府办公室2019年政府信息公开工作年度报告', '高坪区人民政府办公室', 2019, ['login'], 'print', None, None, True),
    ('no-title-intro-sugaiti-2024', sugaiti, sugaiti_text, '2021', [],
     None, None, 2024, ["crumb", "share"], 'prevnext',
     '根据《中华人民共和国政府信息公开条例》要求，现将本乡2024年度政府信息公开工作年度报告如下。', None, False),
    ('no-title-intro-agency-lantian-2020', lantian, lantian_text, '2019', [],
     None, '城口县岚天乡人民政府', 2020, ['login', 'fontsize'], 'print',
     '根据《中华人民共和国政府信息公开条例》规定，特向社会公布《城口县岚天乡人民政府2020年政府信息公开工作年度报告》。', None, False),
    ('fragment-after-section-two-gaoping-2019', gaoping, gaoping_text, '2019', ['高坪区人民政府办公室2019年政府信息公开工作年度报告'],
     '高坪区人民政府办公室2019年政府信息公开工作年度报告', '高坪区人民政府办公室', 2019, ['crumb', 'font'], 'prevnext', None, 'after2', False),
    ('fragment-inside-table-three-lantian-2020', lantian, lantian_text, '2019', ['城口县岚天乡人民政府2020年政府信息公开工作年度报告'],
     '城口县岚天乡人民政府2020年政府信息公开工作年度报告', '城口县岚天乡人民政府', 2020, ['login', 'share'], None, None, 'in3', False),
]

SIDEBAR = ('<div class="side"><h3>政府信息公开年报</h3><ul><li><a href="/1.html">高坪区人民政府办公室2018年政府信息公开工作年度报告</a></li>'
           '<li><a href="/2.html">高坪区人民政府办公室2017年政府信息公开工作年度报告</a></li></ul></div>')
CATALOGUE = ('<table class="xxgk"><tr><td>索引号：</td><td>008231234/2020-00015</td><td>发布机构：</td><td>高坪区人民政府办公室</td></tr>'
             '<tr><td>名　　称：</td><td colspan="3">高坪区人民政府办公室2019年政府信息公开工作年度报告</td></tr>'
             '<tr><td>发布日期：</td><td>2020-01-30</td><td>文号：</td><td></td></tr></table>')

for name, d, text, template, lines, title, agency, year, top, footer, intro, cut, catalogue in SPECS:
    body, stopped = report_body(d, text, template, intro, cut)
    head = (CATALOGUE if catalogue else '') + (title_block(lines) if lines else '')
    if cut == 'in3':
        html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + ''.join(CHROME_TOP[t] for t in top)
                + '<div class="article">' + head + body)  # the download stops here: no closing tags
    else:
        pager = '<div class="pages">第1页 共3页 <a href="p2.html">下一页</a></div>' if cut == 'after2' else ''
        html = page(head, top, body + pager, footer, SIDEBAR if catalogue else '')
    if cut == 'after2':
        shown = [k for k in d['cells'] if k.startswith('active.')]
    elif cut == 'in3':
        stop = ['newReceived', 'carriedOver', 'granted', 'partiallyGranted']
        shown = [k for k in d['cells'] if k.startswith('active.') or k.split('.')[1] in stop and k.startswith('requests.')]
    else:
        shown = list(d['cells'])
    truth = {'title': title, 'agency': agency, 'year': year, 'template': template,
             'cells': {k: (d['cells'][k] if k in shown else None) for k in d['cells']},
             'sectionSix': None if cut else SIX, 'fragment': bool(cut)}
    open(os.path.join(out, name + '.html'), 'w', encoding='utf-8').write(html)
    json.dump(truth, open(os.path.join(out, name + '.truth.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
