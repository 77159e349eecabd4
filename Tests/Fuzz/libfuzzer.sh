#!/usr/bin/env bash
# libFuzzer on PanelCoreABI.respond (Sources/PanelCoreFuzz) for SECONDS (default 120), with AddressSanitizer.
# Builds the sanitised target into .build-fuzz (SwiftPM, -sanitize=fuzzer,address -D PANELCORE_FUZZ; the ordinary
# .build is untouched), writes the seeds (Tests/Fuzz/seeds.py: the parity corpus and the cut examples) and the
# dictionary, and fuzzes with a per-input time limit and an RSS limit. Inputs that reach new code are kept in
# .build-fuzz/libfuzzer/corpus (reused by the next run); a crash, timeout, out-of-memory or malformed response
# (the target traps on it) is written to .build-fuzz/libfuzzer/findings/ and ends the run with a non-zero status.
#
#   Tests/Fuzz/libfuzzer.sh [SECONDS] [more libFuzzer flags, e.g. -fork=2 -ignore_crashes=1 -seed=7]
#
# Environment: FUZZ_TIMEOUT (seconds per input, default 30: the sanitised debug build runs the cut example study
# in 5 s on an idle machine, 12 s under load), FUZZ_RSS_MB (default 3072), FUZZ_MAX_LEN (bytes of
# a mutated input, default 65536).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-120}"
shift || true
work=.build-fuzz/libfuzzer
mkdir -p "$work/corpus" "$work/findings"
rm -rf "$work/seeds"

echo "libfuzzer.sh: building the sanitised target (.build-fuzz)"
swift build --product PanelCoreFuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -DPANELCORE_FUZZ 2>&1 | { grep -v "Cannot export local symbol" || true; } | tail -3
python3 Tests/Fuzz/seeds.py "$work/seeds" --dict "$work/requests.dict"

echo "libfuzzer.sh: fuzzing for $seconds s"
set +e
ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" .build-fuzz/debug/PanelCoreFuzz "$work/corpus" "$work/seeds" \
    -dict="$work/requests.dict" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" \
    -rss_limit_mb="${FUZZ_RSS_MB:-3072}" -max_len="${FUZZ_MAX_LEN:-65536}" -artifact_prefix="$work/findings/" \
    -print_final_stats=1 "$@" > "$work/log.txt" 2>&1
status=$?
set -e
{ grep -E "^(#[0-9]+ +DONE|#[0-9]+: cov|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+== ERROR|SUMMARY|Fatal error|malformed response|ALARM|Test unit written|INFO: exiting)" "$work/log.txt" || true; } | tail -12
if [ "$status" -ne 0 ]; then
    echo "libfuzzer.sh: FAILED (status $status); the input is in $work/findings/, the log in $work/log.txt"
    grep -v -E "^#[0-9]+ " "$work/log.txt" | tail -n 25
    for finding in "$work"/findings/*; do echo "-- $finding (first 300 bytes):"; head -c 300 "$finding"; echo; done
    echo "  replay: .build-fuzz/debug/PanelCoreFuzz FILE   or   .build/debug/panelcore run FILE"
fi
exit "$status"
