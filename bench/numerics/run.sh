#!/usr/bin/env bash
# Micro-benchmark of Elementary.exp/log/pow: ours vs glibc natively, and ours in Embedded wasm
# (run JIT-compiled by the Python wasmtime package) vs ours natively. Prints ratios.
# Run from anywhere: bench/numerics/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${TMPDIR:-/tmp}/panelcore-bench-numerics
mkdir -p "$out"
core=("$root"/Sources/PanelCore/Numerics/*.swift "$root"/Sources/PanelCore/Random/*.swift)

swiftc -O -wmo -parse-as-library -module-name NumericsBench \
    "${core[@]}" "$here/Workload.swift" "$here/NativeMain.swift" -o "$out/native"

swiftc -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded -enable-experimental-feature Extern \
    -wmo -Xfrontend -disable-stack-protector -parse-as-library -module-name NumericsBench -O \
    -c "${core[@]}" "$here/Workload.swift" "$here/WasmMain.swift" -o "$out/bench.o"
wasm-ld "$out/bench.o" /usr/lib/wasm32-wasi/crt1-command.o -L/usr/lib/wasm32-wasi -lc \
    /usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a \
    /opt/swift/usr/lib/swift/embedded/wasm32-unknown-none-wasm/libswiftUnicodeDataTables.a \
    -o "$out/bench.wasm"

"$out/native" > "$out/native.txt"
python3 "$here/run_wasm.py" "$out/bench.wasm" > "$out/wasm.txt"
python3 "$here/ratios.py" "$out/native.txt" "$out/wasm.txt"
