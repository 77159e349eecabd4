#!/usr/bin/env bash
# GMM benchmark: two-step difference GMM on a simulated 50,000 x 10 panel, PanelCore native vs plm pgmm vs pydynpd.
#   bench/gmm/run.sh [--no-build] [bench_gmm.py options, e.g. --units 5000 --repeats 5]
# pydynpd 0.2.x needs NumPy < 2: unless --pydynpd-python is given, it runs in /tmp/pydvenv, made here when missing
# (python3 -m venv /tmp/pydvenv && /tmp/pydvenv/bin/pip install pydynpd "numpy<2").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=1
pydynpd_python=""
extra=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --pydynpd-python) pydynpd_python=given; extra+=("$arg") ;;
    *) extra+=("$arg") ;;
  esac
done
if [ -z "$pydynpd_python" ]; then
  if [ ! -x /tmp/pydvenv/bin/python ]; then
    python3 -m venv /tmp/pydvenv && /tmp/pydvenv/bin/pip install --quiet pydynpd "numpy<2"
  fi
  extra+=(--pydynpd-python /tmp/pydvenv/bin/python)
fi
if [ "$build" = 1 ]; then (cd "$root" && swift build -c release --product panelcore); fi
python3 "$here/bench_gmm.py" --panelcore "$root/.build/release/panelcore" "${extra[@]}"
