#!/usr/bin/env bash
# Threshold benchmark: 300-replication bootstrap of Hansen's threshold model on a 285 x 11 panel, PanelCore native
# CLI vs the independent NumPy implementation (references/threshold).
#   bench/threshold/run.sh [--no-build] [--numpy-replications N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=1
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --numpy-replications) extra+=(--numpy-replications "$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$build" = 1 ]; then
  (cd "$root" && swift build -c release --product panelcore)
fi
python3 "$here/bench_threshold.py" --panelcore "$root/.build/release/panelcore" --out "${TMPDIR:-/tmp}/panelcore-bench-threshold" "${extra[@]}"
