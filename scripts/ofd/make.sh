#!/usr/bin/env bash
# Makes the OFD renditions from the PDF renditions with ofdrw (PdfToOfd.java beside this file):
#   corpus/renditions/*.pdf, renditions/word-pdf/*.pdf, layouts/renditions/*.pdf  →  corpus/renditions/ofd/<same name>.ofd
#   corpus/published/<group>/*.pdf                              →  corpus/published/ofd/<group>_<name>.ofd
# Needs Maven (for ofdrw-converter's class path) and Java 17. Run from anywhere: scripts/ofd/make.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
mkdir -p "$repo/corpus/renditions/ofd" "$repo/corpus/published/ofd"
pairs=()
for f in "$repo"/corpus/renditions/*.pdf "$repo"/corpus/renditions/word-pdf/*.pdf "$repo"/corpus/layouts/renditions/*.pdf; do
  pairs+=("$f" "$repo/corpus/renditions/ofd/$(basename "$f" .pdf).ofd")
done
for f in "$repo"/corpus/published/*/*.pdf; do
  group="$(basename "$(dirname "$f")")"
  pairs+=("$f" "$repo/corpus/published/ofd/${group}_$(basename "$f" .pdf).ofd")
done
java -Djava.awt.headless=true -cp "$(cat "$cp")" "$here/PdfToOfd.java" "${pairs[@]}" 2>/dev/null
