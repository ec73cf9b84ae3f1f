#!/usr/bin/env bash
# Flattens one HTML page to text the way crawlers and archive tools do: w3m, lynx, links, html2text, pandoc (plain
# and markdown). Needs the Debian packages w3m lynx links html2text pandoc. Tests never run this; the outputs are
# committed. Usage: flatten.sh PAGE.html OUT_PREFIX   (writes OUT_PREFIX.w3m.txt, OUT_PREFIX.lynx.txt, ...)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
page=$1 out=$2
u8=$(mktemp --suffix=.html)
python3 "$here/to_utf8.py" "$page" "$u8"
w3m -dump -cols 100 -T text/html -I UTF-8 -O UTF-8 "$u8" > "$out.w3m.txt"
lynx -dump -width=100 -assume_charset=utf-8 -display_charset=utf-8 -force_html "$u8" > "$out.lynx.txt"
links -dump -width 100 -codepage utf-8 "$u8" > "$out.links.txt"
# html2text 1.3.2 counts bytes, not characters, and cuts UTF-8 sequences in narrow table cells: a crawler reading
# its output decodes those bytes as U+FFFD
html2text -nobs -nometa -utf8 -width 250 "$u8" | python3 -c 'import sys; sys.stdout.write(sys.stdin.buffer.read().decode("utf-8", "replace"))' > "$out.html2text.txt"
pandoc -f html -t plain --wrap=none "$u8" -o "$out.pandoc-plain.txt"
pandoc -f html -t markdown --wrap=none "$u8" -o "$out.pandoc.md"
rm -f "$u8"
