#!/usr/bin/env bash
# Indexing and search at a province's scale (issue 11): indexes ENTRIES entries (default 1,000,000) made from the
# corpus catalogs by varying their text, with THREADS indexing threads (default 2), in one JVM limited to a 512 MB
# heap, then times warm searches over the judged queries with and without filters, facets and grouping. Prints
# entries/s, index size, heap peak and search p50/p99 (org.gkml.bench.ScaleBenchmark). The index goes to a temporary
# folder removed at the end (KEEP=DIR keeps it there instead). JFR=1 records a profile to target/scale-bench.jfr.
# An existing index in KEEP=DIR is searched again without indexing. Run on an otherwise idle machine: wall times
# count other processes' turns on the CPU; the search thread's own CPU time is printed beside them.
# PARTS (default "scale formats rerun") picks the parts run, in this order: scale = this indexing and search;
# formats = per-format reading cost against the bare library parse (org.gkml.bench.FormatCostBenchmark);
# rerun = the unchanged and the 1 %-changed re-run of `gkml ingest` at RERUN_FILES files (default 10,000;
# org.gkml.bench.RerunBenchmark; it times the ./gkml command, whose processes JFR=1 does not record;
# RERUN_DIR=DIR keeps its tree and index there, and a later run re-runs them without the first ingest).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
entries="${1:-1000000}" threads="${2:-2}"
cd "$here"
mvn -B -q -DskipTests test-compile
cp="$(mktemp)"; work="${KEEP:-$(mktemp -d)}"
trap 'rm -f "$cp"; rm -rf "$work/classes"; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
# the run uses its own copy of the classes, so that a build during a long run does not change them under it
mkdir -p "$work/classes" && cp -r target/classes target/test-classes "$work/classes/"
parts=" ${PARTS:-scale formats rerun} "
bench() { # JFR-NAME CLASS ARGS...
  local jfr=""; [ -n "${JFR:-}" ] && jfr="-XX:StartFlightRecording=filename=$here/target/$1.jfr,settings=profile"
  shift
  java -Xmx512m $jfr ${BENCH_OPTS:-} -Dfile.encoding=UTF-8 -cp "$work/classes/test-classes:$work/classes/classes:$(cat "$cp")" "$@"
}
if [[ $parts == *" scale "* ]]; then
bench scale-bench org.gkml.bench.ScaleBenchmark "$entries" "$threads" "$work/data"
fi
[[ $parts != *" formats "* ]] || bench format-cost org.gkml.bench.FormatCostBenchmark
if [[ $parts == *" rerun "* ]]; then
  rerun="${RERUN_DIR:-$work/rerun}"; mkdir -p "$rerun"
  bench rerun org.gkml.bench.RerunBenchmark "${RERUN_FILES:-10000}" "$rerun"
fi
