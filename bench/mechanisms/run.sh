#!/usr/bin/env bash
# Builds the native CLI in release mode and times 1000 mediation bootstrap replications against Python peers.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product panelcore
python3 bench/mechanisms/bench_mediation.py .build/release/panelcore
