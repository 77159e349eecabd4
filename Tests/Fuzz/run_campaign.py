"""Mutation campaign: runs mutants of Tests/Fuzz/mutate.py through the native CLI (`panelcore run -`) and, for the
first --wasm-count of them, through the wasm module — as a WASI command under wasmtime (default), under the toolchain's
wasmkit (the baseline module without SIMD) or through the Node host (`--wasm-runtime`; the parity harness's runners,
Tests/Parity/runners.py), each with a time limit and (native) an address-space limit, and classifies every outcome
(Tests/Fuzz/outcomes.py): ok, error (coded), crash, hang, malformed, and parity (native and wasm answered
differently).

Every failing outcome is grouped into a class (kind, runtime, detail); the first mutant of each class is minimised
(Tests/Fuzz/minimise.py) and saved with what happened under OUT/findings/CLASS/ (request.json, original.json,
outcome.txt, and for native crashes and hangs the core's frames from a Swift backtrace). OUT/summary.md and
OUT/summary.json count the outcomes. Exit status 1 when any mutant crashed, hung, answered malformed or broke parity.

    python3 Tests/Fuzz/run_campaign.py --seed 1 --count 5000 --wasm-count 1000 --jobs 2
        [--native .build/debug/panelcore] [--wasm .build-wasm/panelcore.wasm] [--wasm-runtime wasmtime|wasmkit|node]
        [--timeout 10] [--memory-mb 4096]
        [--out .build-fuzz/campaign/seed-1] [--no-minimise]
"""

import argparse
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "Parity"))
import runners  # noqa: E402  (the parity harness's runtimes)
from minimise import minimise  # noqa: E402
from mutate import mutant  # noqa: E402
from outcomes import FAILING_KINDS, classify  # noqa: E402

QUIET = dict(os.environ, SWIFT_BACKTRACE="enable=no")  # a crash report costs seconds; findings get one afterwards
BACKTRACE = dict(os.environ, SWIFT_BACKTRACE="enable=yes,interactive=no,color=no,symbolicate=fast,threads=crashed,"
                                             "registers=none,images=none,limit=64")
CORE_FRAME = re.compile(r"0x[0-9a-f]+ (.+?) \+ \d+ in \S+ at \S*?/Sources/PanelCore/([^:\s]+)")
REFINED_PER_CLASS = 10  # native crashes and hangs of one coarse class that get a backtrace to tell them apart


def wasm_worker(wasm_path, connection):
    """A process answering requests from `connection` with the parity harness's wasmtime command runner."""
    run = runners.wasmtime_command_runner(wasm_path)
    connection.send("ready")
    while True:
        outcome = run(connection.recv_bytes())
        connection.send((outcome.status, outcome.response, outcome.problem))


class WasmRuntime:
    """The wasm module under wasmtime in a worker process, so that a request that does not finish in `timeout`
    seconds is stopped (the worker is killed and a new one started) instead of stopping the campaign."""

    def __init__(self, wasm_path, timeout):
        self.wasm_path, self.timeout, self.process = wasm_path, timeout, None
        self.start()

    def start(self):
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=wasm_worker, args=(self.wasm_path, child), daemon=True)
        self.process.start()
        self.connection.recv()  # compiled and ready; compilation does not count against a request's time

    def restart(self):
        self.process.kill()
        self.process.join()
        self.start()

    def __call__(self, request):
        self.connection.send_bytes(request)
        if not self.connection.poll(self.timeout):
            self.restart()
            return runners.Outcome(problem=f"timed out after {self.timeout} seconds")
        try:
            return runners.Outcome(*self.connection.recv())
        except EOFError:
            code = self.process.exitcode
            self.restart()
            return runners.Outcome(problem=f"exit status {code}: the wasmtime host process died")


class Runtimes:
    """The native CLI (under an address-space limit) and, per thread, a wasm worker."""

    def __init__(self, arguments):
        limit = ["prlimit", f"--as={arguments.memory_mb * 1024 * 1024}", "--"]
        self.native_argv = limit + [str(Path(arguments.native).resolve()), "run", "-"]
        self.native = runners.subprocess_runner(self.native_argv, QUIET, arguments.timeout)
        self.wasm_path, self.timeout = str(Path(arguments.wasm).resolve()), arguments.timeout
        self.local = threading.local()
        self.process_runner = None
        if arguments.wasm_runtime == "wasmkit":
            baseline = Path(self.wasm_path).with_name("panelcore-baseline.wasm")
            self.process_runner = runners.subprocess_runner(["wasmkit", "run", str(baseline)], QUIET, arguments.timeout)
        elif arguments.wasm_runtime == "node":
            node_cli = str(runners.ROOT / "host" / "node" / "cli.mjs")
            self.process_runner = runners.subprocess_runner(["node", "--no-warnings", node_cli],
                                                            dict(QUIET, PANELCORE_WASM=self.wasm_path), arguments.timeout)

    def wasm(self, request):
        if self.process_runner:
            return self.process_runner(request)
        if not hasattr(self.local, "wasm"):
            self.local.wasm = WasmRuntime(self.wasm_path, self.timeout)
        return self.local.wasm(request)

    def judge(self, request, with_wasm):
        """{runtime: (kind, detail)} for `request`, and ("parity", …) under "native≠wasm" when both answered
        well-formed but differently."""
        native = self.native(request)
        verdicts = {"native": classify(native, request)}
        if with_wasm:
            wasm = self.wasm(request)
            verdicts["wasm"] = classify(wasm, request)
            answered = all(kind in ("ok", "error") for kind, _ in verdicts.values())
            if answered and (native.status, native.response) != (wasm.status, wasm.response):
                verdicts["native≠wasm"] = ("parity", first_difference(native.response, wasm.response))
        return verdicts


def first_difference(a, b):
    offset = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"first difference at byte {offset}: {a[offset:offset + 30]!r} vs {b[offset:offset + 30]!r}"


def class_name(runtime, kind, detail):
    focus = detail.rsplit(" in ", 1)[-1].rsplit("/", 1)[-1] if " in " in detail else detail  # the core file or function
    slug = re.sub(r"[^a-z0-9]+", "-", focus.lower()).strip("-")[:40]
    digest = hashlib.sha1(f"{runtime}|{kind}|{detail}".encode()).hexdigest()[:6]
    return f"{kind}-{'native' if runtime == 'native' else 'wasm' if runtime == 'wasm' else 'parity'}-{slug}-{digest}"


def short_function(name):
    """`static MoranTable.table(_:variable:)`, `closure #1 in …` → `MoranTable.table`."""
    name = re.sub(r"^(?:(?:implicit )?closure #\d+ in |partial apply for |specialized |static |merged )+", "", name)
    return name.split("(")[0].split("<")[0]


def native_report(runtimes, request, hang):
    """(fatal error message, [(function, file)] of the frames in Sources/PanelCore, innermost first) from a Swift
    backtrace of the native CLI on `request`; a hang is stopped with SIGABRT after the time limit to get one (and
    killed 15 s later: the backtracer does not always finish on its own)."""
    path = Path(tempfile.mkdtemp(prefix="panelcore-fuzz-")) / "request.json"
    path.write_bytes(request)
    argv = runtimes.native_argv[:-1] + [str(path)]
    if hang:
        argv = ["timeout", "-k", "15", "-s", "ABRT", str(runtimes.timeout)] + argv
    try:
        stderr = subprocess.run(argv, capture_output=True, env=BACKTRACE, timeout=runtimes.timeout + 120).stderr
    except subprocess.TimeoutExpired:
        stderr = b""
    shutil.rmtree(path.parent)
    text = stderr.decode(errors="replace")
    fatal = re.search(r"Fatal error: ?(.*)", text)
    frames = [(short_function(name), file) for name, file in CORE_FRAME.findall(text)]
    return (fatal.group(1).strip()[:100] if fatal else ""), frames


def refined(runtimes, request, kind, detail):
    """A native crash's or hang's class detail with the runtime's fatal error and the file of the innermost core
    frame, and the core frames for the record."""
    fatal, frames = native_report(runtimes, request, kind == "hang")
    where = f" in {frames[0][1]}" if frames else ""  # the file: a recursion alternates between its functions
    return f"{detail}{': ' + fatal if fatal and fatal not in detail else ''}{where}", frames


def record(folder, original, minimised, runtime, kind, detail, base, description, frames, indices):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "original.json").write_bytes(original)
    (folder / "request.json").write_bytes(minimised)
    lines = [f"runtime: {runtime}", f"kind: {kind}", f"detail: {detail}", f"seed request: {base}",
             f"mutation: {description}", f"mutants: {len(indices)} ({', '.join(map(str, indices[:20]))})"]
    lines += [f"frame: {function} ({file})" for function, file in frames[:8]]
    (folder / "outcome.txt").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="backslashreplace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--wasm-count", type=int, default=0, help="how many of the mutants also run in wasm")
    parser.add_argument("--native", default=str(runners.ROOT / ".build" / "debug" / "panelcore"))
    parser.add_argument("--wasm", default=str(runners.ROOT / ".build-wasm" / "panelcore.wasm"))
    parser.add_argument("--wasm-runtime", choices=["wasmtime", "wasmkit", "node"], default="wasmtime",
                        help="the runtime of the wasm runs (wasmkit runs panelcore-baseline.wasm beside --wasm)")
    parser.add_argument("--timeout", type=float, default=10, help="seconds per request and runtime")
    parser.add_argument("--memory-mb", type=int, default=4096, help="native address-space limit")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", help="default .build-fuzz/campaign/seed-S")
    parser.add_argument("--no-minimise", action="store_true")
    arguments = parser.parse_args()
    out = Path(arguments.out or runners.ROOT / ".build-fuzz" / "campaign" / f"seed-{arguments.seed}")
    if arguments.wasm_count and not Path(arguments.wasm).is_file():
        sys.exit(f"run_campaign: {arguments.wasm} not found (run wasm/build.sh)")
    runtimes = Runtimes(arguments)
    indices = range(arguments.start, arguments.start + arguments.count)
    wasm_indices = set(indices[:arguments.wasm_count])

    def judge(index):
        base, request, description = mutant(arguments.seed, index)
        began = time.monotonic()
        verdicts = runtimes.judge(request, index in wasm_indices)
        return index, base, request, description, verdicts, time.monotonic() - began

    started = time.monotonic()
    counts = {runtime: Counter() for runtime in ("native", "wasm", "native≠wasm")}
    codes = Counter()
    classes = defaultdict(list)  # (runtime, kind, detail) -> [(index, base, request, description)]
    slowest = []
    with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
        for done, (index, base, request, description, verdicts, seconds) in enumerate(pool.map(judge, indices), 1):
            slowest = sorted(slowest + [(seconds, index)], reverse=True)[:10]
            for runtime, (kind, detail) in verdicts.items():
                counts[runtime][kind] += 1
                if kind == "error" and runtime == "native":
                    codes[detail] += 1
                if kind in FAILING_KINDS:
                    classes[(runtime, kind, detail)].append((index, base, request, description))
            if done % 250 == 0:
                print(f"{done}/{len(indices)} mutants, {time.monotonic() - started:.0f} s, "
                      f"{len(classes)} failing classes", flush=True)
    campaign_seconds = time.monotonic() - started

    for (runtime, kind, detail), cases in list(classes.items()):
        if runtime == "native" and kind in ("crash", "hang"):
            del classes[(runtime, kind, detail)]
            for case in cases[:REFINED_PER_CLASS]:
                classes[(runtime, kind, refined(runtimes, case[2], kind, detail)[0])].append(case)
            if len(cases) > REFINED_PER_CLASS:
                classes[(runtime, kind, detail + " (not traced)")].extend(cases[REFINED_PER_CLASS:])

    findings = []
    for (runtime, kind, detail), cases in sorted(classes.items(), key=lambda item: -len(item[1])):
        index, base, request, description = cases[0]
        traced = runtime == "native" and kind in ("crash", "hang") and not detail.endswith("(not traced)")
        coarse = detail.split(": ")[0].split(" in ")[0] if traced else detail
        minimised = request
        if not arguments.no_minimise:
            def still_fails(variant):
                verdict = runtimes.judge(variant, runtime != "native").get(runtime)
                return verdict is not None and verdict[0] == kind and verdict[1].startswith(coarse)
            minimised = minimise(request, still_fails, seconds=4 * arguments.timeout + 60)
        frames = []
        if traced:
            new_detail, frames = refined(runtimes, minimised, kind, coarse)
            if new_detail != detail:  # minimising led to another failure of the same kind: keep the mutant
                minimised = request
                _, frames = refined(runtimes, request, kind, coarse)
        name = class_name(runtime, kind, detail)
        record(out / "findings" / name, request, minimised, runtime, kind, detail, base, description, frames,
               [case[0] for case in cases])
        findings.append({"class": name, "runtime": runtime, "kind": kind, "detail": detail, "mutants": len(cases),
                         "first": index, "seed_request": base, "frames": [f"{f} ({p})" for f, p in frames[:8]]})
        print(f"{kind:9} {runtime:11} {len(cases):5}  {detail[:110]}  {name}", flush=True)

    summary = {"seed": arguments.seed, "start": arguments.start, "count": arguments.count,
               "wasm_count": arguments.wasm_count, "wasm_runtime": arguments.wasm_runtime, "timeout": arguments.timeout, "memory_mb": arguments.memory_mb,
               "seconds": round(campaign_seconds, 1), "outcomes": {k: dict(v) for k, v in counts.items()},
               "error_codes": dict(codes), "slowest": [{"seconds": round(s, 2), "mutant": i} for s, i in slowest],
               "findings": findings}
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [f"# Mutation campaign: seed {arguments.seed}, mutants {arguments.start}–{indices[-1] if indices else '-'}",
             "", f"{arguments.count} mutants natively, {arguments.wasm_count} also in {arguments.wasm_runtime}; "
             f"{campaign_seconds:.0f} s; limits {arguments.timeout:g} s, {arguments.memory_mb} MiB (native).", "",
             "| runtime | " + " | ".join(("ok", "error") + FAILING_KINDS) + " |", "|---" * 7 + "|"]
    for runtime, counter in counts.items():
        lines.append(f"| {runtime} | " + " | ".join(str(counter[k]) for k in ("ok", "error") + FAILING_KINDS) + " |")
    lines += ["", "| class | mutants | detail | core frames |", "|---|---|---|---|"]
    lines += [f"| {f['class']} | {f['mutants']} | {f['detail'][:120]} | {' ← '.join(f['frames'][:3])} |"
              for f in findings]
    (out / "summary.md").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="backslashreplace")
    failing = sum(len(cases) for cases in classes.values())
    print(f"{arguments.count} mutants in {campaign_seconds:.0f} s: " +
          ", ".join(f"{runtime} {dict(counter)}" for runtime, counter in counts.items() if counter) +
          f"; {len(findings)} failing classes; summary in {out / 'summary.md'}")
    sys.exit(1 if failing else 0)


if __name__ == "__main__":
    main()
