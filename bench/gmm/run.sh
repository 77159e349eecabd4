#!/usr/bin/env bash
# GMM benchmark: two-step difference GMM on a simulated 50,000 x 10 panel, PanelCore native vs plm pgmm vs pydynpd.
#   bench/gmm/run.sh [--no-build] [bench_gmm.py options, e.g. --units 5000 --pydynpd-python /tmp/pydvenv/bin/python]
# pydynpd 0.2.x needs NumPy < 2: python3 -m venv /tmp/pydvenv && /tmp/pydvenv/bin/pip install pydynpd "numpy<2"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=1
extra=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) extra+=("$arg") ;;
  esac
done
if [ "$build" = 1 ]; then (cd "$root" && swift build -c release --product panelcore); fi
python3 "$here/bench_gmm.py" --panelcore "$root/.build/release/panelcore" "${extra[@]}"
