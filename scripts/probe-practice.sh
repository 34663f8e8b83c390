#!/usr/bin/env bash
# Cross-format probe of the practice catalogs (../shared/real): every catalog's HTML master, as built by
# ../shared/real/src/make.py, rendered again as DOCX, Writer PDF, DOC and XLSX, and the same in traditional
# characters (HanLP s2t; predictions folded back with t2s before scoring). Each is scored against the gold of
# the catalog it came from. Needs soffice (libreoffice-writer, -calc) and CJK fonts; takes a few minutes.
#   scripts/probe-practice.sh [-v]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
real="${REAL_DIR:-$repo/../shared/real}"
scorer="${SCORER:-$repo/../shared/eval/score.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
office() { soffice -env:UserInstallation="file://$work/lo" --headless "$@" >/dev/null 2>&1; }
cd "$repo"
[ -f target/gkml.jar ] || ./gkml --version >/dev/null
# make.py removes its _tmp folder (the HTML masters) when done: keep it
sed 's/^shutil.rmtree(TMP)/pass/' "$real/src/make.py" > "$work/make.py"
python3 "$work/make.py" "$work/docs" >/dev/null
mkdir -p "$work/x" "$work/t" "$work/gold" "$work/tgold" "$work/w"
pairs=()
for h in "$work"/docs/_tmp/*.html; do
  stem="$(basename "$h" .html)"
  gold="$(ls "$work/docs/gold" | grep "^$stem\." | head -1 || true)"
  [ -n "$gold" ] || continue
  cp "$h" "$work/x/$stem.x.html"
  pairs+=("$h" "$work/t/$stem.t.html")
done
java -cp target/gkml.jar scripts/probe/Fold.java s2t "${pairs[@]}" 2>/dev/null
for dir in x t; do
  for h in "$work/$dir"/*.html; do
    b="$(basename "$h" .html)"
    office --convert-to "docx:MS Word 2007 XML" --outdir "$work/$dir" "$h"
    office --convert-to pdf --outdir "$work/w" "$work/$dir/$b.docx" && mv "$work/w/$b.pdf" "$work/$dir/"
    office --convert-to "doc:MS Word 97" --outdir "$work/w" "$work/$dir/$b.docx" && mv "$work/w/$b.doc" "$work/$dir/"
    office --infilter="HTML (StarCalc)" --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$work/w" "$h" && mv "$work/w/$b.xlsx" "$work/$dir/"
  done
done
# each file is scored against the gold of the catalog it was made from
goldof() { ls "$work/docs/gold" | grep "^${1%%.*}\." | head -1; }
for f in "$work"/x/*; do cp "$work/docs/gold/$(goldof "$(basename "$f")")" "$work/gold/$(basename "$f").json"; done
for f in "$work"/t/*; do cp "$work/docs/gold/$(goldof "$(basename "$f")")" "$work/tgold/$(basename "$f").json"; done
./gkml extract "$work/x" --out "$work/px" >/dev/null 2>&1 || true
./gkml extract "$work/t" --out "$work/pt0" >/dev/null 2>&1 || true
mkdir -p "$work/pt"; back=()
for p in "$work"/pt0/*.json; do back+=("$p" "$work/pt/$(basename "$p")"); done
[ ${#back[@]} -gt 0 ] && java -cp target/gkml.jar scripts/probe/Fold.java t2s "${back[@]}" 2>/dev/null
echo "simplified, $(ls "$work/x" | wc -l) files:"; python3 "$scorer" --gold "$work/gold" --pred "$work/px" "$@" | tail -1
echo "traditional, $(ls "$work/t" | wc -l) files:"; python3 "$scorer" --gold "$work/tgold" --pred "$work/pt" "$@" | tail -1
