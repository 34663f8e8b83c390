#!/usr/bin/env bash
# Scores gkml on corpus/renditions/: each rendition X.<ext> of seed S is scored against S's gold
# (../shared/gold/S.txt.json), one headline per file kind.
#   scripts/score-renditions.sh [-v]     (-v passes --verbose to the scorer: every miss)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold_src="${GOLD_DIR:-$repo/../shared/gold}"
scorer="${SCORER:-$repo/../shared/eval/score.py}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$repo"
# the renditions themselves, not corpus/renditions/make/
# and the seeds' Word tables exported to PDF by Writer (word-pdf/; a1/a3 there are scored by UnseenLayoutsTest)
# and the OFD renditions of those PDFs (ofd/, scripts/ofd/make.sh) and the .wps/.et files (wps/: Word 97 and Excel 97)
word=()
for f in corpus/renditions/word-pdf/*.pdf corpus/renditions/ofd/*.ofd corpus/renditions/wps/*; do
  name="$(basename "$f")"
  [ -f "$gold_src/${name%%.*}.txt.json" ] && word+=("$f")
done
./gkml extract corpus/renditions/*.* "${word[@]}" --out "$work/pred" || true
for f in corpus/renditions/*.* "${word[@]}"; do
  name="$(basename "$f")"
  ext="${name##*.}"
  case "$f" in */word-pdf/*) ext="word-pdf" ;; esac
  seed="${name%%.*}"
  mkdir -p "$work/gold/$ext"
  cp "$gold_src/$seed.txt.json" "$work/gold/$ext/$name.json"
done
for dir in "$work"/gold/*/; do
  ext="$(basename "$dir")"
  headline="$(python3 "$scorer" --gold "$dir" --pred "$work/pred" "$@" | tee "$work/$ext.log" | tail -1)"
  if [ "${1:-}" = "-v" ]; then cat "$work/$ext.log"; fi
  printf '%-5s %s\n' "$ext" "$headline"
done
