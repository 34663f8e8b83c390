#!/usr/bin/env bash
# Start-up of a command-line search: `gkml search` with the launcher's start-up archive against without it
# (GKML_CDS=off), and optionally against another checkout's launcher (BASE=/path/to/other/checkout, e.g. the
# commit before). Runs are interleaved round by round (ROUNDS, default 10), so a change in the machine's load
# hits every variant alike; prints each variant's median wall and CPU time. DATA is an ingested data folder
# (default gkml-data: run `./gkml ingest corpus` first); QUERY defaults to 异地就医.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-10}" data="${DATA:-gkml-data}" query="${QUERY:-异地就医}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/gkml" --version >/dev/null
variants=(archive no-archive)
[ -n "${BASE:-}" ] && { "$BASE/gkml" --version >/dev/null; variants+=(base); }
one() { # variant
  case "$1" in
    archive) /usr/bin/time -f "%e %U %S" -o "$work/t" "$here/gkml" search "$query" --data "$data" >/dev/null ;;
    no-archive) GKML_CDS=off /usr/bin/time -f "%e %U %S" -o "$work/t" "$here/gkml" search "$query" --data "$data" >/dev/null ;;
    base) /usr/bin/time -f "%e %U %S" -o "$work/t" "$BASE/gkml" search "$query" --data "$data" >/dev/null ;;
  esac
  read -r wall user sys <"$work/t"
  echo "$1 $wall $(echo "$user + $sys" | bc)" >>"$work/times"
}
for r in $(seq 1 "$rounds"); do for v in "${variants[@]}"; do one "$v"; done; done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for v in "${variants[@]}"; do
  printf '%-11s median wall %5.2f s   cpu %5.2f s   (%s runs)\n' "$v" \
    "$(awk -v v="$v" '$1 == v {print $2}' "$work/times" | median)" "$(awk -v v="$v" '$1 == v {print $3}' "$work/times" | median)" "$rounds"
done
