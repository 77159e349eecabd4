#!/usr/bin/env bash
# Builds the PanelCore WebAssembly module: all of Sources/PanelCore plus wasm/Entry compiled as one
# module. Default: Embedded Swift with the stock toolchain and wasi-libc, offline. Two variants of the
# same code, built side by side:
#   panelcore.wasm           uses 128-bit SIMD (WebAssembly 2.0; wasmtime, Node, every current browser):
#                            the compiler vectorises element-wise loops, same arithmetic per element, so
#                            the same bits — about 1.3x faster on dense spatial kernels;
#   panelcore-baseline.wasm  no SIMD, for runtimes without it (the toolchain's WasmKit).
# The parity test demands byte-identical responses from both (the baseline under WasmKit).
#
#   wasm/build.sh [--out DIR] [--opt -O|-Osize] [--variant both|simd|baseline] [--entry FILE] [--swift-sdk NAME]
#
#   --out DIR         where the modules go (default .build-wasm in the checkout)
#   --variant V       which modules to build (default both)
#   --opt LEVEL       swiftc optimisation level (default -O: twice as fast as -Osize on a dense
#                     matrix kernel under wasmtime, for a module of about the same size)
#   --entry FILE      top-level code to use instead of wasm/Entry/main.swift (probes)
#   --swift-sdk NAME  build with an installed Swift SDK for WASI (`swift sdk list`) instead: a regular
#                     (non-embedded) Swift build of the same sources and entry, without SIMD, written
#                     as panelcore.wasm (untested here)
#
# The default build (no --out, no --entry) is also copied to host/python/src/panelcore/, the copy
# the Python package ships (never committed). Memory: 8 MiB stack placed first (an overflow traps
# instead of corrupting data), 16 MiB initial and 2 GiB maximum linear memory (so every address is
# a positive signed i32 for hosts); the memory is exported as "memory", and the function table as a growable
# "__indirect_function_table" (a host puts its file-reading function there for pc_run_with_file).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_out="$root/.build-wasm"
out="$default_out"
opt="-O"
entry="$root/wasm/Entry/main.swift"
swift_sdk=""
variant="both"
stack_bytes=$((8 * 1024 * 1024))
initial_memory_bytes=$((16 * 1024 * 1024))
maximum_memory_bytes=$((2048 * 1024 * 1024))

while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --opt) opt="$2"; shift 2 ;;
        --entry) entry="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        --variant) variant="$2"; shift 2 ;;
        --swift-sdk) swift_sdk="$2"; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case "$variant" in both|simd|baseline) ;; *) echo "build.sh: --variant is both, simd or baseline" >&2; exit 2 ;; esac
[ "$(basename "$entry")" = main.swift ] || { echo "build.sh: --entry must be a file named main.swift" >&2; exit 2; }
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# The module's sources: the core, the entry's helpers, and the chosen top-level file.
sources=()
while IFS= read -r file; do sources+=("$file"); done < <(find "$root/Sources/PanelCore" -name '*.swift' | sort)
while IFS= read -r file; do sources+=("$file"); done < <(find "$root/wasm/Entry" -name '*.swift' ! -name main.swift | sort)
sources+=("$entry")

linker_flags=(-z "stack-size=$stack_bytes" --stack-first
              "--initial-memory=$initial_memory_bytes" "--max-memory=$maximum_memory_bytes"
              --export-table --growable-table)

if [ -n "$swift_sdk" ]; then
    exec "$root/wasm/build-with-sdk.sh" "$swift_sdk" "$out" "$opt" "${linker_flags[@]}" -- "${sources[@]}"
fi

swiftc="$(command -v swiftc || true)"
[ -n "$swiftc" ] || { echo "build.sh: swiftc not found on PATH (Swift 6.3 toolchain)" >&2; exit 1; }
toolchain="$(cd "$(dirname "$(readlink -f "$swiftc")")/.." && pwd)"
wasm_ld="$(command -v wasm-ld || echo "$toolchain/bin/wasm-ld")"
[ -x "$wasm_ld" ] || { echo "build.sh: wasm-ld not found (it ships with the Swift toolchain)" >&2; exit 1; }

sysroot="${WASI_SYSROOT_LIB:-/usr/lib/wasm32-wasi}"
builtins="$(ls -1 /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a 2>/dev/null | sort -V | tail -n 1 || true)"
unicode_tables="$toolchain/lib/swift/embedded/wasm32-unknown-none-wasm/libswiftUnicodeDataTables.a"
if [ ! -f "$sysroot/crt1-command.o" ] || [ ! -f "$sysroot/libc.a" ] || [ -z "$builtins" ]; then
    echo "build.sh: wasi-libc or the wasm32 compiler-rt builtins are missing;" >&2
    echo "          install the apt packages: sudo apt-get install wasi-libc libclang-rt-dev-wasm32" >&2
    exit 1
fi
[ -f "$unicode_tables" ] || { echo "build.sh: $unicode_tables missing (toolchain without Embedded Swift?)" >&2; exit 1; }

# build_module NAME [SWIFTC_FLAG...]: compiles and links $out/NAME.wasm.
build_module() {
    local name="$1"; shift
    "$swiftc" -target wasm32-unknown-none-wasm \
        -enable-experimental-feature Embedded -enable-experimental-feature Extern \
        -wmo -Xfrontend -disable-stack-protector "$opt" "$@" \
        -module-name PanelCore -c "${sources[@]}" -o "$out/$name.o"
    "$wasm_ld" "$out/$name.o" "$sysroot/crt1-command.o" -L"$sysroot" -lc "$builtins" "$unicode_tables" \
        "${linker_flags[@]}" --strip-debug -o "$out/$name.wasm"
    rm -f "$out/$name.o"
}

# The two variants compile in parallel (each compile is one whole-module job).
jobs=()
if [ "$variant" != baseline ]; then build_module panelcore -Xcc -msimd128 & jobs+=($!); fi
if [ "$variant" != simd ]; then build_module panelcore-baseline & jobs+=($!); fi
for job in "${jobs[@]}"; do wait "$job"; done

# The default build also becomes the copy the Python package ships (never committed).
if [ "$entry" = "$root/wasm/Entry/main.swift" ] && [ "$out" = "$default_out" ] && [ "$variant" != baseline ]; then
    cp "$out/panelcore.wasm" "$root/host/python/src/panelcore/panelcore.wasm"
fi
[ "$variant" = baseline ] || echo "$out/panelcore.wasm"
[ "$variant" = simd ] || echo "$out/panelcore-baseline.wasm"
