#!/bin/sh
# Regenerates corpus/renditions/ from the seeds (see README.md). Needs python3, LibreOffice
# (writer + calc), fonts-noto-cjk and iconv. Run from the repository root:
#   sh corpus/renditions/make/convert.sh
set -eu
out=corpus/renditions
seeds=${SEEDS:-corpus}
tmp=$(mktemp -d)
python3 "$out/make/make_html.py" "$seeds" "$tmp" ${GOLD:+--check "$GOLD"}
office() { soffice --headless "$@" >/dev/null 2>&1; }
for html in "$tmp"/*.html; do
  name=$(basename "$html" .html)
  cp "$html" "$out/$name.html"
  office --infilter="HTML (StarCalc)" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" "$html"
  office --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$out" "$tmp/pdf-src/$name.html"
  case "$name" in
    002_*|003_*|004_*)
      office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$html"
      office --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" --outdir "$out" "$html";;
  esac
done
# text encodings: 002 as GB18030, 003 as UTF-16 (little-endian, with BOM)
iconv -f UTF-8 -t GB18030 "$seeds/002_10e874960aa90f81.txt" > "$out/002_10e874960aa90f81.gb18030.txt"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$seeds/003_0c93a4fb907a582b.txt"; } > "$out/003_0c93a4fb907a582b.utf16.txt"
rm -rf "$tmp"
ls -l "$out"
