#!/usr/bin/env python3
"""Makes the flattened pages of this folder from the HTML pages of testdata/html and testdata/word/source-pages.

Run once by hand (the outputs are committed; tests never call the tools):
    apt-get install w3m lynx pandoc html2text links
    python3 testdata/scraped/make.py

Each page is decoded with its real charset and re-saved as UTF-8 (pandoc reads UTF-8 only), then flattened the way
crawlers and archive tools flatten pages: w3m -dump, lynx -dump, pandoc -t plain / -t markdown, html2text,
links -dump, and five jsoup-style joins of the td texts written here (the way scrapers built on jsoup write rows).
The expected file of each output is the source page's hand-verified expected cells (they are the page's values),
with the page's template; the flattening does not change what the page says.

Debian's html2text is left out: it pads table columns by bytes, not characters, so it cuts Chinese characters in
half (invalid UTF-8) and wraps label words into the value columns; no reader can take a table from that.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(HERE)
ENCODING = {
    'big5-trad-gateway-gaoping-2019': 'big5hkscs',
    'gb2312-declared-gbk-chars-longtan-2020': 'gb18030',
    'gbk-late-meta-after-script-jierge-2020-variant': 'gb18030',
    'gbk-no-charset-oldsite-lantian-2020': 'gb18030',
    'word-export-jierge-2020': 'gb18030',
}
SKIP = {'cms-trs-gaoping-news-not-report'}


class Blocks(HTMLParser):
    """The page as jsoup's Element.text() sees it: paragraphs, and table rows as lists of cell texts."""
    BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'table', 'tr', 'title', 'section'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []  # ('p', text) or ('row', [cells])
        self.text = []
        self.row = None
        self.cell = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'):
            self.skip += 1
        elif tag == 'tr':
            self.flush()
            self.row = []
        elif tag in ('td', 'th') and self.row is not None:
            self.cell = []
        elif tag in self.BLOCK and self.cell is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'):
            self.skip = max(0, self.skip - 1)
        elif tag in ('td', 'th') and self.cell is not None:
            self.row.append(norm(''.join(self.cell)))
            self.cell = None
        elif tag == 'tr' and self.row is not None:
            self.out.append(('row', self.row))
            self.row = None
        elif tag in self.BLOCK and self.cell is None:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        (self.cell if self.cell is not None else self.text).append(data)

    def flush(self):
        t = norm(''.join(self.text))
        if t:
            self.out.append(('p', t))
        self.text = []


def norm(s):
    return re.sub(r'[\s\u00a0]+', ' ', s).strip()


def joins(blocks):
    """The jsoup-style flattenings: name -> text."""
    out = {}
    lines = []
    for kind, v in blocks:
        lines.append(v if kind == 'p' else ' | '.join(v) + ' |')
    out['jsoup-pipes-no-lead'] = '\n'.join(lines) + '\n'
    lines = []
    for kind, v in blocks:
        lines.append(v if kind == 'p' else '| ' + ' | '.join(v) + ' |')
    out['jsoup-pipes-lead'] = '\n'.join(lines) + '\n'
    lines = []
    for kind, v in blocks:
        lines.append(v if kind == 'p' else '\t|\t'.join(v))
    out['jsoup-tabs-pipes'] = '\n'.join(lines) + '\n'
    lines = []
    for kind, v in blocks:
        if kind == 'p':
            lines.append(v)
        else:
            lines.extend((c + ' |') if c else '|' for c in v)
            lines.append('|' * max(1, min(3, len(v) // 2)))
    out['jsoup-cell-lines'] = '\n'.join(lines) + '\n'
    words = []
    for kind, v in blocks:
        words.extend([v] if kind == 'p' else [c for c in v if c])
    out['jsoup-one-line'] = ' '.join(words) + '\n'
    return out


# What a flattening does not show, checked by reading each output. 'invisible': cells the output does not print at
# all (left out of the expected cells and of the counts). 'unplaceable': cells whose values the output prints but
# whose places it lost (blank cells dropped, so the values left cannot be put into columns): null is the right
# reading, and the counts score them as not read.
BLANKS_LOST = ('the five blank cells of 行政复议 are not in this output, so the ten values of 行政诉讼 that remain '
               'cannot be put into their columns')
ANNOTATIONS = {
    'qingshan2022.pandoc-plain': {'invisible': ['requests.'],
                                  'why': 'pandoc prints table 三 (merged cells) as [TABLE]'},
    'word-export-jierge-2020.pandoc-plain': {'invisible': ['adminReview.', 'litigationDirect.',
                                                           'litigationAfterReview.'],
                                             'why': 'pandoc prints table 四 (merged cells) as [TABLE]'},
    'word-export-jierge-2020.pandoc-md': {'unplaceable': ['active.'],
                                          'why': 'table 二 is a grid table whose columns are too narrow for the Word '
                                                 'styles pandoc keeps: each number is cut into pieces of style text '
                                                 '([ / 0]{lang="EN-US" / st …)'},
}
for tool in ('jsoup-one-line', 'lynx', 'pandoc-md', 'pandoc-plain'):
    ANNOTATIONS['fragment-ueditor-longtan-2020-blank-review.' + tool] = {
        'unplaceable': ['litigationDirect.', 'litigationAfterReview.'], 'why': BLANKS_LOST}

BLANKS_DROPPED = 'this output drops blank cells, so the values left in the row cannot be put into their columns'
for tool in ('jsoup-one-line', 'lynx'):
    ANNOTATIONS['gaoping2019-blanks-dashes.' + tool] = {'unplaceable': ['active.licensing.'], 'why': BLANKS_DROPPED}
for tool in ('jsoup-one-line', 'lynx'):
    ANNOTATIONS['qingshan2022-blanks-dashes.' + tool] = {
        'unplaceable': ['active.rules.', 'requests.deniedStateSecret.', 'litigationDirect.', 'litigationAfterReview.'],
        'why': BLANKS_DROPPED}
ANNOTATIONS['qingshan2022-blanks-dashes.pandoc-md'] = {
    'unplaceable': ['litigationDirect.', 'litigationAfterReview.'], 'why': BLANKS_DROPPED}
ANNOTATIONS['qingshan2022-blanks-dashes.pandoc-plain'] = {
    'invisible': ['requests.'], 'unplaceable': ['litigationDirect.', 'litigationAfterReview.'],
    'why': 'pandoc prints table 三 (merged cells) as [TABLE]; ' + BLANKS_DROPPED}

TOOLS = {
    'w3m': lambda f: ['w3m', '-dump', '-cols', '120', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', f],
    'lynx': lambda f: ['lynx', '-dump', '-nolist', '-width', '120', '-assume_charset=utf-8',
                       '-display_charset=utf-8', f],
    'pandoc-plain': lambda f: ['pandoc', '-f', 'html', '-t', 'plain', f],
    'pandoc-md': lambda f: ['pandoc', '-f', 'html', '-t', 'markdown', f],
    'links': lambda f: ['links', '-dump', '-codepage', 'utf-8', f],
}


def main():
    pages = sorted(glob.glob(os.path.join(TESTDATA, 'html', '*.html'))) + sorted(
        glob.glob(os.path.join(TESTDATA, 'word', 'source-pages', '*.html'))) + sorted(
        glob.glob(os.path.join(HERE, 'pages', '*.html')))
    tmp = '/tmp/scraped-utf8'
    os.makedirs(tmp, exist_ok=True)
    for page in pages:
        name = os.path.basename(page)[:-5]
        if name in SKIP:
            continue
        expected_file = page[:-5] + '.expected.json'
        expected = json.load(open(expected_file, encoding='utf-8'))
        text = open(page, 'rb').read().decode(ENCODING.get(name, 'utf-8'))
        text = re.sub(r'(?i)<meta[^>]*charset[^>]*>', '', text)
        text = '<meta charset="utf-8">' + text
        utf8 = os.path.join(tmp, name + '.html')
        open(utf8, 'w', encoding='utf-8').write(text)
        outputs = {}
        for tool, cmd in TOOLS.items():
            outputs[tool] = subprocess.run(cmd(utf8), capture_output=True, check=True).stdout.decode('utf-8')
        parser = Blocks()
        parser.feed(text)
        parser.flush()
        outputs.update(joins(parser.out))
        for tool, out in outputs.items():
            base = os.path.join(HERE, name + '.' + tool)
            open(base + '.txt', 'w', encoding='utf-8').write(out)
            cells = dict(expected['cells'])
            want = {'_source': os.path.relpath(page, TESTDATA),
                    '_note': 'cells are the source page\'s, hand-verified in its own expected file'}
            notes = ANNOTATIONS.get(name + '.' + tool)
            if notes:
                invisible = [k for k in cells if any(k.startswith(p) for p in notes.get('invisible', []))]
                unplaceable = [k for k in cells if any(k.startswith(p) for p in notes.get('unplaceable', []))]
                for k in invisible:
                    del cells[k]
                for k in unplaceable:
                    cells[k] = None
                want['_note'] += '; ' + notes['why'] + (': those cells are left out' if invisible else
                                                         ': those cells must be null')
                if invisible:
                    want['_invisible'] = invisible
                if unplaceable:
                    want['_unplaceable'] = unplaceable
            want.update({'format': 'TEXT', 'template': expected['template'], 'cells': cells})
            json.dump(want, open(base + '.expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
            open(base + '.expected.json', 'a').write('\n')


if __name__ == '__main__':
    sys.exit(main())
