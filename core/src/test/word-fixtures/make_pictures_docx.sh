#!/usr/bin/env bash
# testdata/word/pictures2019-docx.docx: a report typed in Word whose pages with tables 三 and 四 were pasted as
# pictures. Page 1 of testdata/pdf/lo-html-2019.pdf as text (its table 二 as Word tables), its pages 2 and 3 as
# 200 dpi grey pictures (PDFBox's renderer), put together by pandoc. Needs: pandoc, java, target/ogi-report.jar.
# The file and its expected file are committed; tests never run this. Usage: make_pictures_docx.sh OUT.docx
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d)
java -cp "$root/target/ogi-report.jar" "$here/RenderPages.java" "$root/testdata/pdf/lo-html-2019.pdf" "$work" 200
python3 "$here/pictures_markdown.py" "$work/page-1.txt" > "$work/report.md"
(cd "$work" && pandoc report.md -o out.docx)
cp "$work/out.docx" "$1"
