#!/usr/bin/env bash
# The cost of reading PDF-flow text, warm, in one JVM: ms of thread CPU (and wall) per file and per page, for the
# extract stage alone and the whole read (org.gkml.bench.FlowTextBenchmark). Defaults to the corpus's PDF-flow
# files; give files to measure others. JFR=out.jfr records a profile of the run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./gkml --version >/dev/null   # builds target/gkml.jar when the sources changed
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -nowarn -cp target/gkml.jar -d "$classes" src/test/java/org/gkml/bench/FlowTextBenchmark.java
opts=()
[ -n "${JFR:-}" ] && opts+=("-XX:StartFlightRecording=filename=$JFR,settings=profile")
java -Xmx1g -Dfile.encoding=UTF-8 "${opts[@]}" -cp "target/gkml.jar:$classes" org.gkml.bench.FlowTextBenchmark "$@"
