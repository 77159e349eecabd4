#!/usr/bin/env bash
# Times PanelCore's SDM with two-way fixed effects plus direct/indirect/total effects (1000 simulation draws) on a
# simulated 285 x 11 panel (seed 003's scale; pass N T to change it) against spreg on the same data in the same run,
# and prints the ratio; then the same request natively and in both wasm modules, best of 3 each (time_runs.py; needs
# wasm/build.sh, skipped with --no-wasm). Run from the repository root: bench/spatial/run.sh [--no-wasm] [N T]
set -euo pipefail
cd "$(dirname "$0")/../.."
wasm=yes
if [ "${1:-}" = --no-wasm ]; then wasm=no; shift; fi
n=${1:-285}
t=${2:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/spatial/make_data.py "$n" "$t" "$work"
swift build -c release --product panelcore >/dev/null
cli=.build/release/panelcore
"$cli" run "$work/sdm_${n}x${t}.json" >/dev/null   # warm the file cache
start=$(date +%s.%N)
"$cli" run "$work/sdm_${n}x${t}.json" >"$work/out.json"
end=$(date +%s.%N)
panelcore=$(python3 -c "print(f'{$end - $start:.3f}')")
python3 -c "import json,sys; r=json.load(open('$work/out.json')); assert r['ok'], r; print('panelcore rho =', r['result']['coefficients'][-1]['estimate'])"
spreg=$(python3 bench/spatial/spreg_sdm.py "$work/sdm_${n}x${t}.npz")
echo "N x T = $n x $t"
echo "panelcore (SDM two-way FE + effects, 1000 draws, incl. weights from coordinates and JSON I/O): ${panelcore} s"
echo "spreg Panel_FE_Lag on [X, WX] (no effects; incl. import): ${spreg}"
python3 -c "print(f'ratio spreg / panelcore = {float(\"${spreg}\".split()[0]) / $panelcore:.2f}')"
if [ "$wasm" = yes ]; then
    wasm/build.sh >/dev/null
    echo "native vs WebAssembly (best of 3; the wasm module compiled once, run by the Python host under wasmtime):"
    python3 bench/spatial/time_runs.py "$work/sdm_${n}x${t}.json" "$cli" .build-wasm/panelcore.wasm .build-wasm/panelcore-baseline.wasm 3
fi
