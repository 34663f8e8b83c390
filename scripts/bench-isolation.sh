#!/usr/bin/env bash
# Reading in child JVMs (the default) against reading in-process: ingests COPIES copies of corpus/ with
# --threads 2, alternating the two modes ROUNDS times, and prints each run's wall time and CPU time (all
# processes, children included), then the medians and the forked/in-process ratio. Then an unchanged re-run
# and one with 1 % of the files changed. Run on an otherwise idle machine; on a shared one, CPU time is the
# steadier figure. GKML_CDS=off runs everything without the launcher's start-up archive.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
copies="${COPIES:-5}" rounds="${ROUNDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  mkdir -p "$work/tree/c$i" && cp -r "$here"/corpus/{renditions,published,layouts} "$here"/corpus/*.txt "$work/tree/c$i/"
done
"$here/gkml" --version >/dev/null
timed() { # label command...: prints "label wall cpu" (seconds) and appends it to $work/times
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>&1 || true
  read -r wall user sys <"$work/t"
  local cpu; cpu="$(echo "$user + $sys" | bc)"
  printf '%-22s wall %7.2f s   cpu %7.2f s\n' "$label" "$wall" "$cpu"
  echo "$label $wall $cpu" >>"$work/times"
}
run() { # mode
  rm -rf "$work/data"
  local flag=""; [ "$1" = in-process ] && flag=--in-process
  timed "$1" "$here/gkml" ingest "$work/tree" --data "$work/data" --threads 2 $flag
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "files: $(find "$work/tree" -type f | wc -l)"
for r in $(seq 1 "$rounds"); do
  # the order alternates too, so neither mode always runs first in a round
  if [ $((r % 2)) -eq 1 ]; then run in-process; run forked; else run forked; run in-process; fi
done
for col in 2 3; do
  name=$([ $col = 2 ] && echo wall || echo cpu)
  ip="$(awk -v c=$col '$1 == "in-process" {print $c}' "$work/times" | median)"
  fk="$(awk -v c=$col '$1 == "forked" {print $c}' "$work/times" | median)"
  printf 'median %-4s in-process %7.2f s   forked %7.2f s   forked/in-process %.3f\n' "$name" "$ip" "$fk" "$(echo "$fk / $ip" | bc -l)"
done
timed "unchanged re-run" "$here/gkml" ingest "$work/tree" --data "$work/data" --threads 2
n=$(( $(find "$work/tree" -name '*.txt' | wc -l) / 100 + 1 ))
# (a list first: `find | head` ends find with SIGPIPE, which pipefail turns into the script's exit)
mapfile -t texts < <(find "$work/tree" -name '*.txt' | sort)
for f in "${texts[@]:0:$n}"; do echo >> "$f"; done
timed "$n changed files re-run" "$here/gkml" ingest "$work/tree" --data "$work/data" --threads 2
