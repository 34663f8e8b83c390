#!/bin/sh
# Renditions of the Word-text unseen layouts (a1-a3) in binary formats, via HTML masters (make_html.py)
# and LibreOffice headless (fonts-noto-cjk installed). Run from the repository root:
#   sh corpus/layouts/make/convert.sh
set -eu
out=corpus/layouts/renditions
tmp=$(mktemp -d)
mkdir -p "$out"
python3 corpus/layouts/make/make_html.py corpus/layouts "$tmp" --check src/test/resources/layout-gold
office() { soffice --headless "$@" >/dev/null 2>&1; }
writer() { office --infilter="HTML (StarWriter)" --convert-to "$1" --outdir "$out" "$tmp/$2.html"; }
a1=a1_cangxi_health_word a2=a2_luoyang_housing_word a3=a3_jiangxi_education_word
writer docx:"MS Word 2007 XML" $a1
writer pdf:writer_pdf_Export $a1
office --infilter="HTML (StarCalc)" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" "$tmp/$a2.html"
writer doc:"MS Word 97" $a2
cp "$tmp/$a3.html" "$out/$a3.html"
writer pdf:writer_pdf_Export $a3
rm -rf "$tmp"
ls -l "$out"
