#!/usr/bin/env bash
# CSV reading benchmark: PanelCore natively (bench executable and CLI) and in wasm against pandas.read_csv.
#   bench/csv/run.sh [--no-build] [bench_csv.py compare options, e.g. --units 10000]
# Builds (unless --no-build) the bench executable with -O from the core's sources, the release CLI and the wasm module.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${TMPDIR:-/tmp}/panelcore-bench-csv
mkdir -p "$out"
build=1
extra=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) extra+=("$arg") ;;
  esac
done
if [ "$build" = 1 ]; then
  swiftc -O -wmo -module-name CSVBench $(find "$root/Sources/PanelCore" -name '*.swift') \
      "$here/main.swift" -o "$out/csvbench"
  (cd "$root" && swift build -c release --product panelcore)
  "$root/wasm/build.sh" --variant simd
fi
export PANELCORE_WASM="${PANELCORE_WASM:-$root/.build-wasm/panelcore.wasm}"
python3 "$here/bench_csv.py" compare --bench "$out/csvbench" --panelcore "$root/.build/release/panelcore" \
  --out "$out" "${extra[@]}"
