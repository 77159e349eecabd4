#!/usr/bin/env python3
"""Peak memory and CPU time of the CLI reading a numeric CSV file (the memory column of bench/csv), and the
huge-page restart measured both ways. Not a timed test: run by hand on a file from make_csv.py.

    peak_memory.py --panelcore BIN CSV [--repeats 3]

Each row runs under /usr/bin/time -v, the rows interleaved `--repeats` times (the machine is shared, so CPU time
user+sys is the fairer figure; each column's median is printed, with min–max):
  columns_streamed   `panelcore columns --data CSV`: the file read in 1 MiB pieces into the streaming reader
  columns_whole      `panelcore columns --data - < CSV`: the same file from standard input, read whole first (how
                     every --data file was read before streaming)
  ols / ols_nohuge   `panelcore ols --data CSV --formula "y ~ x1+x2+x3+x4+x5 | id + year" --vcov cluster:id`, as
                     the CLI decides (huge-page restart where it applies) / with GLIBC_TUNABLES=glibc.malloc.hugetlb=0
  ols_huge           the same with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 set (huge pages whatever the CLI decides)
  process            `panelcore columns --data TINY.csv` on a two-line file: the process itself (runtime, Foundation),
                     which the column "above the process / numeric data" takes off every row
The numeric data are rows × numeric columns × 8 bytes (the doubles the table holds).
"""
import argparse
import os
import re
import statistics
import subprocess

FORMULA = "y ~ x1+x2+x3+x4+x5 | id + year"


def measured(command, stdin_path=None, environment=None):
    """(max RSS in MB, user+sys CPU s, wall s) of one run under /usr/bin/time -v."""
    env = dict(os.environ)
    env.pop("GLIBC_TUNABLES", None)
    env.update(environment or {})
    with open(stdin_path or os.devnull, "rb") as stdin:
        done = subprocess.run(["/usr/bin/time", "-v"] + command, stdin=stdin, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env, check=True)
    report = done.stderr.decode()

    def field(name):
        return re.search(re.escape(name) + r": (.+)", report).group(1).strip()
    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return int(field("Maximum resident set size (kbytes)")) / 1024, cpu, wall


def numeric_megabytes(path):
    with open(path, "rb") as handle:
        columns = len(handle.readline().split(b","))
        rows = sum(1 for _ in handle)
    return rows, columns, rows * columns * 8 / 2**20


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--panelcore", required=True)
    parser.add_argument("csv")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    binary, path = args.panelcore, args.csv
    ols = [binary, "ols", "--data", path, "--formula", FORMULA, "--vcov", "cluster:id"]
    tiny = os.path.join(os.path.dirname(os.path.abspath(path)), "peak_memory_tiny.csv")
    with open(tiny, "w") as handle:
        handle.write("a\n1\n")
    rows = {
        "process": ([binary, "columns", "--data", tiny], None, None),
        "columns_streamed": ([binary, "columns", "--data", path], None, None),
        "columns_whole": ([binary, "columns", "--data", "-"], path, None),
        "ols": (ols, None, None),
        "ols_nohuge": (ols, None, {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}),
        "ols_huge": (ols, None, {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}),
    }
    results = {name: [] for name in rows}
    for _ in range(args.repeats):
        for name, (command, stdin_path, environment) in rows.items():
            results[name].append(measured(command, stdin_path, environment))
    count, columns, numeric = numeric_megabytes(path)
    print(f"{path}: {os.path.getsize(path) / 2**20:.0f} MiB, {count} rows × {columns} numeric columns = "
          f"{numeric:.0f} MiB of doubles; {args.repeats} interleaved repetitions, medians (min–max)")
    process = statistics.median(run[0] for run in results["process"])
    print("| run | peak RSS MiB | RSS / numeric data | RSS above the process / numeric data | CPU s (user+sys) | wall s |")
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():
        rss, cpu, wall = zip(*runs)
        print(f"| {name} | {statistics.median(rss):.0f} ({min(rss):.0f}–{max(rss):.0f}) | "
              f"{statistics.median(rss) / numeric:.2f} | {(statistics.median(rss) - process) / numeric:.2f} | "
              f"{statistics.median(cpu):.2f} ({min(cpu):.2f}–{max(cpu):.2f}) | "
              f"{statistics.median(wall):.2f} ({min(wall):.2f}–{max(wall):.2f}) |")


if __name__ == "__main__":
    main()
