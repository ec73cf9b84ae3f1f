"""Writes the expected file of each flattening from what its page says, never from the parser's output.

For a page of testdata/html: the fields of its hand-checked expected file that every flattening keeps (agency, year,
template; status for the page that is not a report). For a page of make_pages.py: its truth (title, agency, year,
template; the cells it shows, from the seeds' hand-checked expected files, for the flattenings that keep table cells
apart, lynx and links; null for the cells after a fragment's cut), and section 六's text as printed.

Usage: make_expected.py FLAT_DIR (TRUTH_DIR | HTML_DIR)
"""
import json
import os
import sys

flat, source = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(flat)):
    if f.endswith('.expected.json'):
        continue
    name, tool = f.split('.')[0], f.split('.')[1]
    exp = {}
    truth = os.path.join(source, name + '.truth.json')
    page = os.path.join(source, name + '.expected.json')
    if os.path.exists(truth):
        t = json.load(open(truth, encoding='utf-8'))
        for k in ('title', 'agency', 'year', 'template'):
            exp[k] = t[k]
        if t['fragment']:
            exp['status'] = 'PARTIAL'
            exp['warningCodesInclude'] = ['TABLE_MISSING']
        if tool in ('lynx', 'links'):
            exp['cells'] = t['cells']
        if t['sectionSix']:
            exp['_sectionSix'] = t['sectionSix']
    elif os.path.exists(page):
        e = json.load(open(page, encoding='utf-8'))
        for k in ('agency', 'year', 'template'):
            if k in e:
                exp[k] = e[k]
        if e['status'] == 'NOT_A_REPORT':
            exp['status'] = 'NOT_A_REPORT'
    else:
        continue
    exp['_source'] = f'{name}.html flattened by {tool} (core/src/test/scraped-meta-fixtures/flatten.sh)'
    out = os.path.join(flat, f.rsplit('.', 1)[0] + '.expected.json')
    json.dump(exp, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    open(out, 'a').write('\n')
