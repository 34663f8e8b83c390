#!/usr/bin/env bash
# Makes corpus/published/ofd/bureau_spyp_sanmen.ofd: an OFD written the way a bureau's document system exports
# one (ofdrw's writer, BureauOfd.java beside this file: per-cell bordered rectangles, a text object per line of a
# cell, SimSun by name), not converted from a PDF; its table is the gold's entries, so the gold scores the reading.
# Needs Maven (for ofdrw-layout's class path) and Java 17. Run from anywhere: scripts/ofd/bureau/make.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java -Djava.awt.headless=true -cp "$(cat "$cp")" "$here/BureauOfd.java" \
  "$repo/src/test/resources/published-gold/office2/spyp_sanmen.pdf.json" 三门县食品药品监管领域基层政务公开标准目录 \
  "$repo/corpus/published/ofd/bureau_spyp_sanmen.ofd" 2>/dev/null
