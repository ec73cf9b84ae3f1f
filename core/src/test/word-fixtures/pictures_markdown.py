"""Used by make_pictures_docx.sh: page-1.txt (the text of page 1 of lo-html-2019.pdf) as Markdown: paragraphs, and its tables as pipe tables;
then the pictures of pages 2 and 3. pandoc turns it into a .docx (tables as Word tables, pictures inline)."""
import sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out = []
para = []
table = []
def flush_para():
    if para:
        out.append(''.join(para)); out.append(''); para.clear()
def flush_table():
    if table:
        n = max(len(r) for r in table)
        rows = [r + [''] * (n - len(r)) for r in table]
        out.append('| ' + ' | '.join(rows[0]) + ' |')
        out.append('|' + '---|' * n)
        for r in rows[1:]:
            out.append('| ' + ' | '.join(r) + ' |')
        out.append(''); table.clear()
in_tables = False
for l in lines:
    l = l.strip()
    if not l:
        continue
    if l.startswith('二、'):
        flush_para(); out.append(l); out.append(''); in_tables = True; continue
    if in_tables:
        if l.startswith('第二十条'):
            flush_table(); out.append(l); out.append(''); continue
        table.append(l.split(' '))
        continue
    if l.endswith(('。', '）', '况')) or l.startswith(('一、', '（')) or len(para) == 0 and l.endswith('报告'):
        para.append(l); flush_para()
    else:
        para.append(l)
flush_table(); flush_para()
out.append('![](page-2.png){width=6.3in}')
out.append('')
out.append('![](page-3.png){width=6.3in}')
print('\n'.join(out))
