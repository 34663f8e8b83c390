#!/usr/bin/env bash
# Reading in child JVMs (the default) against reading in-process: ingests COPIES copies of corpus/ with
# --threads 2, alternating the two modes ROUNDS times, and prints each run's wall time. Then an unchanged
# re-run and one with 1 % of the files changed. Run on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${COPIES:-5}" rounds="${ROUNDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  mkdir -p "$work/tree/c$i" && cp -r "$here"/corpus/{renditions,published,layouts} "$here"/corpus/*.txt "$work/tree/c$i/"
done
"$here/gkml" --version >/dev/null
run() { # mode label
  rm -rf "$work/data"
  local t0 t1 flag=""; [ "$1" = in-process ] && flag=--in-process
  t0=$(date +%s.%N); "$here/gkml" ingest "$work/tree" --data "$work/data" --threads 2 $flag >/dev/null 2>&1 || true; t1=$(date +%s.%N)
  printf '%-10s %6.2f s\n' "$1" "$(echo "$t1 - $t0" | bc)"
}
echo "files: $(find "$work/tree" -type f | wc -l)"
for r in $(seq 1 "$rounds"); do run in-process; run forked; done
t0=$(date +%s.%N); "$here/gkml" ingest "$work/tree" --data "$work/data" --threads 2 >/dev/null 2>&1; t1=$(date +%s.%N)
printf 'unchanged re-run %6.2f s\n' "$(echo "$t1 - $t0" | bc)"
n=$(( $(find "$work/tree" -name '*.txt' | wc -l) / 100 + 1 ))
find "$work/tree" -name '*.txt' | head -"$n" | while read -r f; do echo >> "$f"; done
t0=$(date +%s.%N); "$here/gkml" ingest "$work/tree" --data "$work/data" --threads 2 >/dev/null 2>&1; t1=$(date +%s.%N)
printf '%d changed files re-run %6.2f s\n' "$n" "$(echo "$t1 - $t0" | bc)"
