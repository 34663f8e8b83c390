#!/usr/bin/env bash
# Cross-format probe of the corpus's portal pages (corpus/published/{portal,portal2,pages3,pages4}/*.html): each page is
# rendered the way ../shared/real/src/make.py makes the practice catalogs — A4 landscape, table at full width, 9pt
# cells — then converted HTML → DOCX → PDF and HTML → XLSX by LibreOffice, and each rendition is scored against the
# page's own gold. Pages whose reading depends on what a conversion cannot carry are left out (no charset in the
# page, tick images, <div>/<ul> grids). Needs soffice (libreoffice-writer, -calc) and CJK fonts; a few minutes.
#   scripts/probe-page-renditions.sh [-v]      (-v: every miss of every file under its 1.000)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scorer="${SCORER:-$repo/../shared/eval/score.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
office() { timeout 120 soffice -env:UserInstallation="file://$work/lo" --headless "$@" >/dev/null 2>&1 || true; }
cd "$repo"
[ -f target/gkml.jar ] || ./gkml --version >/dev/null
mkdir -p "$work/html" "$work/out" "$work/gold"
for h in corpus/published/portal/*.html corpus/published/portal2/*.html corpus/published/pages3/*.html corpus/published/pages4/*.html; do
  [ -f "$h" ] || continue
  d="$(basename "$(dirname "$h")")"; b="$(basename "$h" .html)"; stem="${d}_$b"
  gold="src/test/resources/published-gold/$d/$b.html.json"
  [ -f "$gold" ] || continue
  case "$b" in cz_huanbao|ly_zhufangbaozhang_grid|bd_shehuijiuzhu_list|bd_shehuijiuzhu_imgticks) continue ;; esac
  python3 - "$h" "$work/html/$stem.html" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
enc = m.group(1).decode() if m else "utf-8"
enc = "gb18030" if enc.lower() in ("gbk", "gb2312") else enc
t = raw.decode(enc, errors="replace")
t = re.sub(r'charset=["\']?[\w-]+', "charset=utf-8", t, count=1)
# make.py's page style; Writer ignores a <style> font size on cells, so it goes on every cell too
style = ("<style>@page{size:297mm 210mm;margin:15mm} table{border-collapse:collapse;width:100%}"
         " td,th{border:1px solid #000;font-size:9pt;vertical-align:middle}</style>")
t = t.replace("</head>", style + "</head>", 1) if "</head>" in t else style + t
t = re.sub(r"<(td|th)(?=[ >])", lambda m: '<%s style="font-size:9pt"' % m.group(1), t)
open(sys.argv[2], "w", encoding="utf-8").write(t)
PY
  office --convert-to "docx:MS Word 2007 XML" --outdir "$work/html" "$work/html/$stem.html"
  [ -f "$work/html/$stem.docx" ] && office --convert-to pdf --outdir "$work/out" "$work/html/$stem.docx"
  office --infilter="HTML (StarCalc)" --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$work/out" "$work/html/$stem.html"
  for f in "$work/out/$stem".*; do
    [ -f "$f" ] || continue
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["source"]=sys.argv[2]; json.dump(d, open(sys.argv[3], "w"), ensure_ascii=False)' \
      "$gold" "$(basename "$f")" "$work/gold/$(basename "$f").json"
  done
done
./gkml extract "$work/out" --out "$work/pred" 2>/dev/null || true
for ext in pdf xlsx; do
  mkdir -p "$work/g_$ext" "$work/p_$ext"
  for g in "$work"/gold/*."$ext".json; do
    [ -f "$g" ] || continue
    cp "$g" "$work/g_$ext/"
    [ -f "$work/pred/$(basename "$g")" ] && cp "$work/pred/$(basename "$g")" "$work/p_$ext/"
  done
  echo "$ext: $(python3 "$scorer" --gold "$work/g_$ext" --pred "$work/p_$ext" | tail -1)"
  if [ "${1:-}" = "-v" ]; then
    python3 "$scorer" --gold "$work/g_$ext" --pred "$work/p_$ext" -v | grep -E '^\s+\[|missing entry' || true
  fi
done
