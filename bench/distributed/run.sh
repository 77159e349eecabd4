#!/usr/bin/env bash
# Times sharded replications (bench_distributed.py), or with `feols` first the out-of-core fixed-effects fit
# (feols_out_of_core.py), with the wasm module of this checkout (built when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f .build-wasm/panelcore.wasm ] || wasm/build.sh
export PYTHONPATH="$PWD/host/python/src${PYTHONPATH:+:$PYTHONPATH}"
if [ "${1:-}" = feols ]; then shift; exec python3 bench/distributed/feols_out_of_core.py "$@"; fi
python3 bench/distributed/bench_distributed.py "$@"
