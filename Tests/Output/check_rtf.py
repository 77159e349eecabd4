"""Opens every RTF table PanelCore writes in LibreOffice: the example study's tables (`panelcore study
examples/study.json`) and the Chinese-label tables of the parity request tables-all-formats, each converted to PDF
with `soffice --headless --convert-to pdf` (a private profile, so concurrent runs do not clash) and read back with
poppler (`pdfinfo`, `pdftotext -bbox`). A table fails when LibreOffice writes no PDF, when the PDF has more pages than
its rows can fill (more than one page per table plus one per 30 rows), when a page's orientation is not the one its
section asks for (`\\lndscpsxn` → landscape), when a word of the table lies beyond the right edge of its page (a cut
column), or when a word of a column header or of the last column is missing from the text. Installs nothing: needs
soffice and poppler-utils (scripts/install-deps).
Usage: check_rtf.py --native PATH/TO/panelcore"""
import argparse
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import example_study  # the example study, written as every output check writes it

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def rtf_text(fragment):
    """The plain text of an RTF fragment's cell: `\\uN?` decoded (surrogate pairs joined), other control words dropped."""
    units = []
    position = 0
    while position < len(fragment):
        match = re.match(r"\\u(-?\d+)\?|\\([{}\\])|\\[a-z]+-?\d* ?|[{}]|(.)", fragment[position:], re.S)
        if match.group(1):
            units.append(int(match.group(1)) & 0xFFFF)
        elif match.group(2):
            units.append(ord(match.group(2)))
        elif match.group(3):
            units.append(ord(match.group(3)))
        position += match.end()
    return bytes(b for unit in units for b in unit.to_bytes(2, "little")).decode("utf-16-le", errors="replace")


def tables_of(rtf):
    """Each table of an RTF document as (header rows, body rows, landscape), rows as lists of cell texts."""
    sections = re.split(r"\\sect\b", rtf)
    tables = []
    for section in sections:
        rows = re.findall(r"\\trowd(.*?)\\row\b", section, re.S)
        if not rows:
            continue
        header, body = [], []
        for row in rows:
            cells = [rtf_text(cell.split("\\intbl", 1)[1]).strip() for cell in re.split(r"\\cell\b", row)[:-1]]
            (header if "\\trhdr" in row else body).append(cells)
        tables.append((header, body, "\\lndscpsxn" in section))
    return tables


def words(text):
    return [word.strip("*") for word in text.split() if word.strip("*")]


def check_pdf(name, rtf, pdf):
    problems = []
    tables = tables_of(rtf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    rows = sum(len(header) + len(body) for header, body, _ in tables)
    if pages > len(tables) + rows // 30:
        problems.append(f"{pages} pages for {len(tables)} tables of {rows} rows")
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    page_sizes = [(float(w), float(h)) for w, h in PAGE.findall(boxes)]
    if tables and all(landscape == tables[0][2] for _, _, landscape in tables):
        for number, (width, height) in enumerate(page_sizes, 1):
            if (width > height) != tables[0][2]:
                problems.append(f"page {number} is {'landscape' if width > height else 'portrait'}, its section is not")
    found = set()
    for page_text, (width, _) in zip(re.split(r"<page ", boxes)[1:], page_sizes):
        for x_min, x_max, word in WORD.findall(page_text):
            found.update(words(html.unescape(word)))
            if float(x_max) > width + 0.5:
                problems.append(f"'{html.unescape(word)}' ends at x={x_max}, beyond the page's width {width}")
    for header, body, _ in tables:
        expected = [cell for row in header for cell in row] + [row[-1] for row in body if row]
        missing = sorted({word for cell in expected for word in words(cell)} - found)
        if missing:
            problems.append(f"words of the header or the last column missing from the PDF: {missing[:8]}")
    return pages, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    args = parser.parse_args()
    for tool in ("soffice", "pdfinfo", "pdftotext"):
        if not shutil.which(tool):
            sys.exit(f"check_rtf: {tool} is missing (scripts/install-deps installs libreoffice-writer-nogui and poppler-utils)")
    failures = []
    with tempfile.TemporaryDirectory() as temporary:
        workdir = pathlib.Path(temporary)
        study = example_study.write(args.native, workdir)
        sources = workdir / "rtf"
        sources.mkdir()
        for path in sorted((study / "tables").glob("*.rtf")):
            shutil.copy(path, sources / path.name)
        request = (ROOT / "Tests/Parity/requests/tables-all-formats.json").read_text(encoding="utf-8")
        response = json.loads(subprocess.run([args.native, "run", "-"], input=request, capture_output=True,
                                             text=True, check=True).stdout)
        for index, table in enumerate(response["tables"]):
            if "rtf" in table["rendered"]:
                (sources / f"chinese-labels-{index + 1}.rtf").write_text(table["rendered"]["rtf"], encoding="ascii")
        files = sorted(sources.glob("*.rtf"))
        profile = (workdir / "profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(workdir / "pdf"), *map(str, files)], capture_output=True, timeout=600)
        total_pages = 0
        for path in files:
            pdf = workdir / "pdf" / (path.stem + ".pdf")
            if not pdf.exists():
                failures.append(f"{path.stem}: LibreOffice wrote no PDF")
                continue
            pages, problems = check_pdf(path.stem, path.read_text(encoding="ascii"), pdf)
            total_pages += pages
            failures += [f"{path.stem}: {problem}" for problem in problems]
    for failure in failures:
        print("FAIL", failure)
    print(f"check_rtf: {len(files)} RTF tables opened in LibreOffice ({total_pages} pages), {len(failures)} problems")
    return 1 if failures or not files else 0


if __name__ == "__main__":
    sys.exit(main())
