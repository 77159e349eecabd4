#!/usr/bin/env bash
# Times sharded replications (bench_distributed.py) with the wasm module of this checkout (built when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f .build-wasm/panelcore.wasm ] || wasm/build.sh
PYTHONPATH="$PWD/host/python/src${PYTHONPATH:+:$PYTHONPATH}" python3 bench/distributed/bench_distributed.py "$@"
