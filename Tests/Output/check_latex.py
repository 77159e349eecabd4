"""Compiles every LaTeX table PanelCore writes: the example study's tables (`panelcore study examples/study.json`)
with pdflatex, and tables with Chinese labels (the parity request tables-all-formats) and Chinese fixed text (the
parity requests language-zh-tables, and language-zh-club-convergence and language-zh-threshold-log with a result's own
tables in `"layout": "landscape"` and `"longtable"`) with xelatex + xeCJK, each fragment wrapped in a minimal
article with booktabs, pdflscape and longtable (for tables set on a landscape page or over several pages). A table
fails when LaTeX stops with an error, when a line is overfull by more than 1pt (the table does not fit the text
width), or when its caption repeats a table number ("Table 1: Table 3."). Installs the Debian TeX packages it needs when missing (apt-get, as root).
Usage: check_latex.py --native PATH/TO/panelcore"""
import argparse
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import example_study  # the example study, written as every output check writes it

ROOT = pathlib.Path(__file__).resolve().parents[2]
PACKAGES = ["texlive-latex-base", "texlive-latex-recommended", "texlive-xetex", "texlive-lang-chinese",
            "fonts-noto-cjk"]
CJK = re.compile("[\u3000-\u9fff\uff00-\uffef]")
OVERFULL = re.compile(r"Overfull \\hbox \((\d+(?:\.\d+)?)pt too wide\)")


def has_tex():
    def kpsewhich(name):
        return shutil.which("kpsewhich") and subprocess.run(["kpsewhich", name], capture_output=True).stdout.strip()
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    return (shutil.which("pdflatex") and shutil.which("xelatex") and kpsewhich("booktabs.sty")
            and kpsewhich("xeCJK.sty") and "Noto" in fonts)


def install_tex():
    if has_tex():
        return
    apt = ["apt-get", "-y", "-q", "--no-install-recommends", "install", *PACKAGES]
    subprocess.run(["apt-get", "update", "-q"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(apt, check=True, stdout=subprocess.DEVNULL, env={"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})
    if not has_tex():
        sys.exit("check_latex: pdflatex, xelatex, booktabs, xeCJK or a Noto CJK font still missing after apt-get")


def document(fragment, chinese):
    preamble = ["\\documentclass{article}", "\\usepackage{booktabs}", "\\usepackage{pdflscape}", "\\usepackage{longtable}"]
    if chinese:
        preamble += ["\\usepackage{xeCJK}", "\\setCJKmainfont{Noto Serif CJK SC}"]
    return "\n".join(preamble + ["\\begin{document}", fragment, "\\end{document}", ""])


def compile_table(name, fragment, workdir):
    chinese = bool(CJK.search(fragment))
    engine = "xelatex" if chinese else "pdflatex"
    source = workdir / (name + ".tex")
    source.write_text(document(fragment, chinese), encoding="utf-8")
    run = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", source.name], cwd=workdir,
                         capture_output=True, text=True, errors="replace")
    log = (workdir / (name + ".log")).read_text(encoding="utf-8", errors="replace")
    problems = []
    if run.returncode != 0:
        errors = [line for line in log.splitlines() if line.startswith("!")]
        problems.append(f"{engine} failed: {errors[:3]}")
    widths = [float(width) for width in OVERFULL.findall(log) if float(width) > 1]
    if widths:
        problems.append(f"overfull by {max(widths)}pt (wider than the text)")
    caption = re.search(r"\\caption\{(.*)\}", fragment)
    if caption and re.match(r"(Table\s*[A-Z]?\d|表\s*\d)", caption.group(1)):
        problems.append(f"caption repeats the table number: {caption.group(1)!r}")
    return engine, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    args = parser.parse_args()
    install_tex()
    failures = []
    counts = {"pdflatex": 0, "xelatex": 0}
    with tempfile.TemporaryDirectory() as temporary:
        workdir = pathlib.Path(temporary)
        study = example_study.write(args.native, workdir)
        fragments = {path.stem: path.read_text(encoding="utf-8") for path in sorted((study / "tables").glob("*.tex"))}
        request = (ROOT / "Tests/Parity/requests/tables-all-formats.json").read_text(encoding="utf-8")
        response = json.loads(subprocess.run([args.native, "run", "-"], input=request, capture_output=True,
                                             text=True, check=True).stdout)
        for index, table in enumerate(response["tables"]):
            fragments[f"chinese-labels-{index + 1}"] = table["rendered"]["latex"]
        request = (ROOT / "Tests/Parity/requests/language-zh-tables.json").read_text(encoding="utf-8")
        response = json.loads(subprocess.run([args.native, "run", "-"], input=request, capture_output=True,
                                             text=True, check=True).stdout)
        for index, item in enumerate(response["results"] + response["tables"]):
            fragments[f"language-zh-{index + 1}"] = item["rendered"]["latex"]
        for name in ["language-zh-club-convergence", "language-zh-threshold-log"]:
            request = (ROOT / f"Tests/Parity/requests/{name}.json").read_text(encoding="utf-8")
            response = json.loads(subprocess.run([args.native, "run", "-"], input=request, capture_output=True,
                                                 text=True, check=True).stdout)
            fragments[name] = response["result"]["rendered"]["latex"]
        for name, fragment in fragments.items():
            engine, problems = compile_table(name, fragment, workdir)
            counts[engine] += 1
            failures += [f"{name}: {problem}" for problem in problems]
    for failure in failures:
        print("FAIL", failure)
    print(f"check_latex: {counts['pdflatex']} tables with pdflatex, {counts['xelatex']} with xelatex + xeCJK, "
          f"{len(failures)} problems")
    return 1 if failures or counts["xelatex"] == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
