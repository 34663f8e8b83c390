#!/usr/bin/env bash
# Makes the OFD renditions (corpus/renditions/ofd/, corpus/published/ofd/) from the PDF renditions with ofdrw's
# PDF → OFD route (PdfToOfd.java beside this file). Needs Maven (for ofdrw-converter's class path) and Java 17.
#   scripts/ofd/make.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
convert() { java -Djava.awt.headless=true -cp "$(cat "$cp")" "$here/PdfToOfd.java" "$1" "$2" 2>/dev/null; echo "$2"; }
mkdir -p "$repo/corpus/renditions/ofd" "$repo/corpus/published/ofd"
for f in "$repo"/corpus/renditions/*.pdf "$repo"/corpus/renditions/word-pdf/*.pdf; do
  name="$(basename "$f" .pdf)"
  convert "$f" "$repo/corpus/renditions/ofd/$name.ofd"
done
for f in "$repo"/corpus/published/*/*.pdf; do
  group="$(basename "$(dirname "$f")")"
  [ "$group" = ofd ] && continue
  convert "$f" "$repo/corpus/published/ofd/${group}_$(basename "$f" .pdf).ofd"
done
