#!/usr/bin/env bash
# The short fuzz campaign CI runs (about 5 minutes on 2 cores, after the native and wasm builds): libFuzzer on the
# sanitised target for FUZZ_SECONDS (default 150) on one core while, on the other, a mutation campaign runs
# FUZZ_MUTANTS mutants (default 400) of the fixed seed FUZZ_SEED (default 2026) through the native CLI, the first
# FUZZ_WASM_MUTANTS (default 150) also through the wasm module under wasmtime. Needs .build/debug/panelcore
# (swift build) and .build-wasm/panelcore.wasm (wasm/build.sh). Fails on any crash, hang, malformed response or
# native/wasm difference; findings are under .build-fuzz/libfuzzer/findings and .build-fuzz/campaign/ci/findings.
set -uo pipefail
cd "$(dirname "$0")/../.."

python3 -m pytest -q Tests/Fuzz || exit 1  # the fuzzing tools themselves
mkdir -p .build-fuzz
Tests/Fuzz/libfuzzer.sh "${FUZZ_SECONDS:-150}" -seed=2026 > .build-fuzz/ci-libfuzzer.log 2>&1 &
libfuzzer=$!
python3 Tests/Fuzz/run_campaign.py --seed "${FUZZ_SEED:-2026}" --count "${FUZZ_MUTANTS:-400}" \
    --wasm-count "${FUZZ_WASM_MUTANTS:-150}" --jobs 1 --timeout "${FUZZ_TIMEOUT:-30}" --out .build-fuzz/campaign/ci
campaign=$?
wait "$libfuzzer"
libfuzzer_status=$?
echo "---- libFuzzer"
cat .build-fuzz/ci-libfuzzer.log
echo "fuzz: mutation campaign $([ $campaign -eq 0 ] && echo passed || echo FAILED), libFuzzer $([ $libfuzzer_status -eq 0 ] && echo passed || echo FAILED)"
[ $campaign -eq 0 ] && [ $libfuzzer_status -eq 0 ]
