#!/usr/bin/env bash
# DID placebo benchmark: 500 placebo replications of TWFE DID on 285 x 11 with clustered errors,
# PanelCore native (+ wasm when built) vs a pyfixest loop, with ratios.
#   bench/did/run.sh [--no-build] [--wasm]
# --no-build uses the existing release CLI; --wasm also builds the wasm module (slow).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=1
wasm=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --wasm) wasm=1 ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ "$build" = 1 ]; then
  (cd "$root" && swift build -c release --product panelcore)
  if [ "$wasm" = 1 ]; then "$root/wasm/build.sh"; fi
fi
python3 "$here/bench_did.py" --panelcore "$root/.build/release/panelcore" \
  --wasm "${PANELCORE_WASM:-$root/.build-wasm/panelcore.wasm}"
