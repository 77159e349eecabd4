"""The browser host, tested in headless Chromium (Debian's `chromium`): the page at host/web/ is served from the
checkout, loads .build-wasm/panelcore.wasm, and
1. runs a two-way fixed-effects model on the example panel through its form (driven by URL parameters) — the table
   it shows must have the same cells as the native CLI's HTML table for the same request;
2. runs every request of the parity corpus — each response's status and SHA-256 must equal the native CLI's.
Usage: browser_test.py --native PATH/TO/panelcore"""
import argparse
import hashlib
import html.parser
import http.server
import json
import pathlib
import queue
import shutil
import subprocess
import sys
import threading
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "Tests/Parity"))
import run_parity  # noqa: E402  (the parity corpus)

WORK = ROOT / ".build-web"


class Cells(html.parser.HTMLParser):
    """The text of every <td>/<th> of an HTML fragment."""

    def __init__(self):
        super().__init__()
        self.cells, self.cell = [], None

    def handle_starttag(self, tag, attributes):
        if tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.cells.append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def cells(fragment):
    parser = Cells()
    parser.feed(fragment)
    return parser.cells


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the checkout; a POST to /__report hands the page's report to the waiting test."""

    reports = queue.Queue()

    def __init__(self, *arguments, **keywords):
        super().__init__(*arguments, directory=str(ROOT), **keywords)

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204)
        self.end_headers()
        Handler.reports.put(json.loads(body))

    def log_message(self, *arguments):
        pass


def serve():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_report(url, timeout=900):
    """Opens `url` (with report=/__report added) in headless Chromium and returns what the page reports."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        sys.exit("browser_test: chromium not found (apt install chromium)")
    process = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                f"--user-data-dir={WORK / 'profile'}", url + "&report=/__report"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        report = Handler.reports.get(timeout=timeout)
    except queue.Empty:
        sys.exit(f"browser_test: no report from the page within {timeout} s")
    finally:
        process.kill()
        process.wait()
    if "error" in report:
        sys.exit(f"browser_test: the page failed: {report['error']}")
    return report


def native(path, request_bytes):
    completed = subprocess.run([path, "run", "-"], input=request_bytes, capture_output=True)
    return completed.returncode, completed.stdout.rstrip(b"\n")


def form_test(base, native_path):
    query = {"example": "1", "response": "NQP", "regressors": "DF,UL,CSL", "effects": "city,year", "vcov": "cluster", "run": "1"}
    report = page_report(base + "/host/web/index.html?" + urllib.parse.urlencode(query))
    shown = cells(report["table"])
    csv = (ROOT / "examples/nqpf_panel.csv").read_text(encoding="utf-8")
    request = {"abi": 1, "data": {"csv": csv}, "panel": {"id": "city", "time": "year"},
               "models": [{"estimator": "ols", "formula": "NQP ~ DF + UL + CSL | city + year", "vcov": {"cluster": "city"}}],
               "tables": [{"formats": ["html"]}]}
    status, output = native(native_path, json.dumps(request).encode())
    expected = cells(json.loads(output)["tables"][0]["rendered"]["html"])
    assert status == 0 and shown == expected, f"table cells differ:\n{shown}\n{expected}"
    assert report["figure"], "no figure on the page"
    print(f"ok form: {len(shown)} table cells equal the native CLI's; figure shown")


def parity_test(base, native_path):
    files = run_parity.request_files()
    paths = ["/" + str(path.relative_to(ROOT)) for path in files]
    (WORK / "parity-list.json").write_text(json.dumps(paths))
    results = page_report(base + "/host/web/index.html?parity=/.build-web/parity-list.json")["parity"]
    failures = 0
    for path, result in zip(files, results):
        status, output = native(native_path, path.read_bytes())
        expected_status = 0 if status == 0 else 1
        if result["status"] != expected_status or result["sha256"] != hashlib.sha256(output).hexdigest():
            failures += 1
            print(f"DIFFERENT {path.relative_to(ROOT)}: browser status {result['status']}, native {status}")
    assert len(results) == len(files), f"the page answered {len(results)} of {len(files)} requests"
    print(f"parity: {len(files) - failures} of {len(files)} responses byte-identical to the native CLI")
    return failures == 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    native_path = str(pathlib.Path(parser.parse_args().native).resolve())
    if not (ROOT / ".build-wasm/panelcore.wasm").is_file():
        sys.exit("browser_test: .build-wasm/panelcore.wasm not found (run wasm/build.sh)")
    WORK.mkdir(exist_ok=True)
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        form_test(base, native_path)
        return 0 if parity_test(base, native_path) else 1
    finally:
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
