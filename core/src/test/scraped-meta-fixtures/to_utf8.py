"""Decodes an HTML page as a browser would (BOM, strict UTF-8, declared charset, else GB18030) and writes it as
UTF-8 with its charset declarations rewritten, so that every flattening tool reads the same characters."""
import re
import sys

raw = open(sys.argv[1], 'rb').read()
text = None
try:
    text = raw.decode('utf-8-sig')
except UnicodeDecodeError:
    for m in re.finditer(rb'<meta[^>]*charset=["\']?([\w-]+)', raw[:65536], re.I):
        name = m.group(1).decode('ascii').lower()
        name = 'gb18030' if name in ('gb2312', 'gbk', 'x-gbk', 'chinese') else name
        try:
            text = raw.decode(name)
            break
        except (UnicodeDecodeError, LookupError):
            pass
    if text is None:
        text = raw.decode('gb18030', errors='replace')
text = re.sub(r'charset=["\']?[\w-]+', 'charset=utf-8', text)
open(sys.argv[2], 'w', encoding='utf-8').write(text)
