"""Reads the native and wasm benchmark outputs and prints the ratio table (the verdict is the ratios)."""
import sys


def read(path):
    table = {}
    for line in open(path):
        name, implementation, picoseconds, checksum = line.split()
        table[(name, implementation)] = (int(picoseconds), checksum)
    return table


native, wasm = read(sys.argv[1]), read(sys.argv[2])
print(f"{'function':<9}{'ours ns':>9}{'glibc ns':>10}{'ours/glibc':>12}{'wasm ns':>9}{'wasm/native':>13}  same bits")
for name in ("exp", "log", "pow"):
    ours, checksum = native[(name, "ours")]
    glibc = native[(name, "platform")][0]
    in_wasm, wasm_checksum = wasm[(name, "ours")]
    same = "yes" if checksum == wasm_checksum else "NO"
    print(f"{name:<9}{ours / 1000:>9.2f}{glibc / 1000:>10.2f}{ours / glibc:>12.2f}"
          f"{in_wasm / 1000:>9.2f}{in_wasm / ours:>13.2f}  {same}")
