#!/usr/bin/env bash
# Panel benchmark: two-way FE OLS, one-way clustered, PanelCore native + wasm vs pyfixest vs linearmodels.
#   bench/panel/run.sh [--large] [--no-build] [other bench_panel.py compare options, e.g. --tool-timeout 900,
#                                               --unbalanced 0.1]
# --large adds the 1,000,000 x 10 panel (several minutes per tool); --no-build uses existing builds.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
large=""
build=1
extra=()
for arg in "$@"; do
  case "$arg" in
    --large) large="--large" ;;
    --no-build) build=0 ;;
    *) extra+=("$arg") ;;
  esac
done
if [ "$build" = 1 ]; then
  (cd "$root" && swift build -c release --product panelcore)
  "$root/wasm/build.sh"
fi
export PANELCORE_WASM="${PANELCORE_WASM:-$root/.build-wasm/panelcore.wasm}"
python3 "$here/bench_panel.py" compare --panelcore "$root/.build/release/panelcore" --wasm "$PANELCORE_WASM" \
  --out "${TMPDIR:-/tmp}/panelcore-bench-panel" $large "${extra[@]}"
