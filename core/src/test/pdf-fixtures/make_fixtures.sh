#!/usr/bin/env bash
# Prints the HTML pages written by make_fixtures.py to PDF with two producers (LibreOffice, Chromium), and makes the
# encrypted and image-only variants. Needs: libreoffice-writer-nogui fonts-noto-cjk poppler-utils chromium qpdf.
# The PDFs and expected files are committed; tests never run this. Usage: make_fixtures.sh OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
work=$(mktemp -d)
python3 "$here/make_fixtures.py" "$work"
chrome() { # chrome HTML PDF [extra flags]
  local html=$1 pdf=$2; shift 2
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$(mktemp -d)" "$@" --print-to-pdf="$pdf" "file://$html" 2>/dev/null
}
lo() { # lo INPUT FILTER-ARGS... -> PDF beside INPUT
  (cd "$work" && soffice --headless "$@" >/dev/null 2>&1)
}
cd "$work"
lo --infilter='HTML (StarWriter)' --convert-to pdf lo-html-2019.html
lo --infilter='HTML (StarWriter)' --convert-to docx lo-docx-2021.html
mkdir -p docx && lo --convert-to pdf --outdir docx lo-docx-2021.docx && mv docx/lo-docx-2021.pdf .
chrome "$work/chromium-html-2021.html" chromium-html-2021.pdf --no-pdf-header-footer
chrome "$work/table3-page-break.html" table3-page-break.pdf --no-pdf-header-footer
chrome "$work/narrow-columns.html" narrow-columns.pdf --no-pdf-header-footer
# Chromium's own header (date, title) and footer (address, page n/N) on every page: a browser printout
chrome "$work/running-header-footer.html" running-header-footer.pdf
# encrypted: a user password is needed to open it (FAILED), and an owner password only (read as usual)
qpdf --encrypt open-me owner-secret 256 -- lo-html-2019.pdf encrypted-user-password.pdf
printf '{\n  "status": "FAILED",\n  "error": {"type": "ENCRYPTED"}\n}\n' > encrypted-user-password.expected.json
qpdf --encrypt "" owner-secret 256 --extract=n --modify=none -- lo-docx-2021.pdf owner-password-only.pdf
cp lo-docx-2021.expected.json owner-password-only.expected.json
# image-only (a scan): the pages of a printed report as pictures, no text layer
pdftoppm -png -r 110 lo-html-2019.pdf scan
{ echo "<html><head><style>@page{size:A4;margin:0} img{width:210mm;display:block;page-break-after:always}</style></head><body>"
  for p in scan-*.png; do echo "<img src='$p'>"; done; echo "</body></html>"; } > scan.html
chrome "$work/scan.html" image-only.pdf --no-pdf-header-footer
# (image-only.expected.json is written by hand: OCR reads the scan, and its values are lo-html-2019's)
for f in *.pdf; do cp "$f" "$out/"; [ -e "${f%.pdf}.expected.json" ] && cp "${f%.pdf}.expected.json" "$out/"; done
# tables published as scans: the text first page, then two scanned pages (tables-scanned.expected.json is written
# by hand: only table 二 up to 第（八）项 is on the text page)
qpdf --empty --pages lo-html-2019.pdf 1 image-only.pdf 2-3 -- tables-scanned.pdf
cp tables-scanned.pdf "$out/"
echo "written to $out"
