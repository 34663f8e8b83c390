#!/usr/bin/env bash
# The OCR benchmark: reads every scan of corpus/scans/ (SOURCES.tsv) with `gkml extract`, one file at a time, and
# prints per file its field accuracy and entry recall against its source's gold (score.py, ../shared/eval or
# SCORER=...), its pages, the wall seconds per page the reader reports for OCR (its ocr-page warnings), and the CPU
# seconds per page of the whole read, tesseract's child processes included (JVM start-up too: about 1-2 s a file).
# Needs tesseract (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-osd). Not a test: no timing is
# asserted anywhere; ScannedCatalogsTest asserts the scores.
#   scripts/bench-scans.sh [SCAN...]      # default: every scan in corpus/scans/SOURCES.tsv
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
scorer="${SCORER:-$here/../shared/eval/score.py}"
[ -f "$scorer" ] || scorer=/work/shared/eval/score.py
./gkml --version >/dev/null   # builds target/gkml.jar when the sources changed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-32s %-10s %8s %7s %5s %11s %11s\n' scan variant accuracy recall pages "ocr s/page" "cpu s/page"
grep -v '^#' corpus/scans/SOURCES.tsv | while IFS=$'\t' read -r scan source variant _; do
  [ -n "$scan" ] || continue
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qxF "$scan"; then continue; fi
  mkdir -p "$work/gold" "$work/pred"
  cp "src/test/resources/published-gold/$source.json" "$work/gold/$scan.json"
  /usr/bin/time -f '%U %S' -o "$work/time" ./gkml extract "corpus/scans/$scan" --in-process --timeout 3600 >"$work/pred/$scan.json" 2>"$work/err" || true
  /usr/bin/python3 - "$work" "$scan" "$variant" "$scorer" <<'PY'
import json, subprocess, sys
work, scan, variant, scorer = sys.argv[1:]
user, system = (float(x) for x in open(f"{work}/time").read().split()[-2:])
try:
    doc = json.load(open(f"{work}/pred/{scan}.json"))
except ValueError:
    print(f"{scan:32s} {variant:10s} not read: {open(f'{work}/err').read().strip()[:120]}")
    sys.exit(0)
pages = [w for w in doc.get("warnings", []) if w.get("code") == "ocr-page"]
import re
secs = [float(m.group(1)) for w in pages for m in [re.search(r"([\d.]+) s\)", w.get("message", ""))] if m]
line = subprocess.run(["python3", scorer, "--gold", f"{work}/gold", "--pred", f"{work}/pred"], capture_output=True, text=True).stdout.strip().splitlines()[-1]
f = dict(kv.split("=") for kv in line.split())
n = max(1, len(pages))
print(f"{scan:32s} {variant:10s} {float(f['field_accuracy']):8.3f} {float(f['entry_recall']):7.3f} {len(pages):5d} "
      f"{sum(secs) / n:11.1f} {(user + system) / n:11.1f}")
PY
  rm -rf "$work/gold" "$work/pred"
done
