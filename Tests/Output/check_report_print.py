"""Prints the example study's HTML report to PDF with headless Chromium (`chromium --headless --no-sandbox
--print-to-pdf`) and checks, page by page with poppler's `pdftotext`, that no table is split over two pages: a page that
shows a table's caption also holds every word of its last row. Needs chromium and poppler-utils
(scripts/install-deps).
Usage: check_report_print.py --native PATH/TO/panelcore"""
import argparse
import html
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import example_study  # the example study, written as every output check writes it

ROOT = pathlib.Path(__file__).resolve().parents[2]
TABLE = re.compile(r'<table class="panelcore-table".*?</table>', re.S)


def plain(fragment):
    """The text of an HTML fragment, tags dropped, entities decoded, white space collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def tables(report):
    """(caption, last row text) of each captioned table of the report."""
    found = []
    for table in TABLE.findall(report):
        caption = re.search(r"<caption>(.*?)</caption>", table, re.S)
        body = table.split("<tfoot>")[0]
        rows = re.findall(r"<tr.*?</tr>", body, re.S)
        if caption and rows:
            found.append((plain(caption.group(1)), plain(rows[-1])))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    args = parser.parse_args()
    for tool in ("chromium", "pdftotext", "pdfinfo"):
        if not shutil.which(tool):
            sys.exit(f"check_report_print: {tool} is missing (scripts/install-deps installs chromium and poppler-utils)")
    failures = []
    with tempfile.TemporaryDirectory() as temporary:
        workdir = pathlib.Path(temporary)
        study = example_study.write(args.native, workdir)
        pdf = workdir / "report.pdf"
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={workdir / 'profile'}",
                        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", (study / "report.html").as_uri()],
                       capture_output=True, timeout=300)
        if not pdf.exists():
            sys.exit("check_report_print: Chromium wrote no PDF")
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        texts = [" ".join(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
                                         capture_output=True, text=True).stdout.split()) for n in range(1, pages + 1)]
        report = (study / "report.html").read_text(encoding="utf-8")
        checked = 0
        squeezed = [text.replace(" ", "") for text in texts]
        for caption, last_row in tables(report):
            pages_with_caption = [n for n, text in enumerate(squeezed) if caption.replace(" ", "") in text]
            if not pages_with_caption:
                failures.append(f"caption not found in the PDF: {caption!r}")
                continue
            checked += 1
            words = {word.strip("*") for word in last_row.split() if word.strip("*")}
            if not any(words <= set(texts[n].replace("*", " ").split()) for n in pages_with_caption):
                failures.append(f"no page holds both {caption!r} (pages {[n + 1 for n in pages_with_caption]}) and its last row {last_row!r}")
    for failure in failures:
        print("FAIL", failure)
    print(f"check_report_print: {checked} tables on {pages} printed pages, {len(failures)} problems")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
