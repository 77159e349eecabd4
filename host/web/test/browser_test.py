"""The browser app, end to end in a real browser: Playwright for Python drives the system Chromium (Debian's
`chromium`; `playwright install` is never needed) on the page at host/web/, served from the checkout by a local
http.server on 127.0.0.1. The test
1. loads a file the engine cannot read (the engine's own error must show at the data status, no mojibake, nothing
   loaded), then a GBK-encoded CSV, whose Chinese column names must come through (detected, and with the encoding
   chosen: GB18030 loads it, UTF-8 is refused with the engine's error);
2. uploads examples/nqpf_panel.csv, declares the variable roles (outcome, treatment, controls, fixed effects), builds
   a study through the schema-generated forms (a baseline OLS with city and year fixed effects clustered by city,
   a mediation, an SDM), first with an out-of-range option whose engine error
   must appear next to that field, then runs it;
3. checks the page's requests carry no data (the file goes beside them: `data` holds at most its options) and give
   byte-identical responses from the native CLI (`panelcore run --data FILE`), that the downloaded study request
   reruns with `panelcore study --data FILE study.json` to the same bytes (its link says so), and that the
   downloaded LaTeX table and report are the engine's;
4. checks cancelling a long run stops it and leaves a working engine; runs a placebo (200 draws) and a mediation
   bootstrap as replication shards on two workers or more: a run cancelled midway stops, the next one's progress bar
   counts replications up to the total through intermediate values, and its responses equal the native CLI's bytes
   (the study of step 2 is sharded too); fills every estimator's form with the
   engine's example (the request must hold exactly the schema's examples, and the responses equal the native CLI's);
   does the same for every preparation step (an engine error at a step's field; the columns the steps make offered
   to the models); checks the Chinese interface and the baseline module;
5. runs every request of the parity corpus in the page: each response's status and SHA-256 must equal the native
   CLI's;
6. hands files from the disk (<input type=file>: a UTF-8 CSV over several 1 MiB pieces, GB18030, .dta, .xlsx, a
   malformed CSV) to the engine's workers beside a request (`EngineClient.run(request, file)`: read with File.slice
   and FileReaderSync as the module asks, pc_run_with_file): each response must equal the native
   `panelcore run --data FILE`'s bytes.
Screenshots of the main states go to a temporary folder the test prints.
Usage: browser_test.py --native PATH/TO/panelcore"""
import argparse
import hashlib
import html.parser
import http.server
import json
import pathlib
import subprocess
import sys
import tempfile
import threading

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "Tests/Parity"))
import run_parity  # noqa: E402  (the parity corpus)

try:
    from playwright.sync_api import sync_playwright
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "playwright"], check=True)
    from playwright.sync_api import sync_playwright

WORK = ROOT / ".build-web"
EXAMPLE = ROOT / "examples/nqpf_panel.csv"  # the file the study uploads, and the page's bundled example
CHROMIUM = "/usr/bin/chromium"
RUN_TIMEOUT = 600_000  # milliseconds: a debug-machine margin for the study and the parity corpus


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
    """Serves the checkout, quietly."""

    def __init__(self, *arguments, **keywords):
        super().__init__(*arguments, directory=str(ROOT), **keywords)

    def log_message(self, *arguments):
        pass


def serve():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def native(path, request_bytes, data=None):
    """The native CLI's exit status and response for a request (beside the data file `data`, when given)."""
    arguments = [path, "run"] + (["--data", str(data)] if data else []) + ["-"]
    completed = subprocess.run(arguments, input=request_bytes, capture_output=True)
    return completed.returncode, completed.stdout.rstrip(b"\n")


def assert_native_bytes(native_path, last, what):
    """The page's models and study requests carry no data (at most the file's options) and, run natively beside the
    example file, answer the page's bytes."""
    for stage in ("models", "study"):
        data = json.loads(last[stage]["request"]).get("data", {})
        assert set(data) <= {"format", "encoding", "sheet", "labels"}, f"{what}, {stage}: the request holds data {list(data)}"
        status, output = native(native_path, last[stage]["request"].encode(), EXAMPLE)
        assert status == 0 and output == last[stage]["response"].encode(), f"{what}, {stage}: the native response differs"


class App:
    """The page, driven through its forms."""

    def __init__(self, page, base, shots):
        self.page, self.base, self.shots, self.shot_count = page, base, shots, 0

    def open(self, query=""):
        self.page.goto(f"{self.base}/host/web/index.html{query}")
        self.page.wait_for_selector("body[data-state=idle]", timeout=RUN_TIMEOUT)

    def shot(self, name, selector=None):
        """Saves the whole page, or the element `selector`, as NN-name.png."""
        self.shot_count += 1
        path = str(self.shots / f"{self.shot_count:02d}-{name}.png")
        if selector:
            self.page.locator(selector).screenshot(path=path)
        else:
            self.page.screenshot(path=path, full_page=True)

    def upload(self, path):
        self.page.set_input_files("#file", str(path))

    def step(self, index):
        return self.page.locator("fieldset.step").nth(index)

    def add_step(self, estimator):
        self.page.select_option("#estimator-menu", estimator)
        self.page.click("#add-step")
        return self.step(self.page.locator("fieldset.step").count() - 1)

    @staticmethod
    def field(step, path):
        return step.locator(f'.field[data-path="{path}"]')

    @staticmethod
    def tick(container, names):
        for name in names:
            container.locator(f'input[type=checkbox][value="{name}"]').check()

    def formula(self, step, outcome, regressors, effects):
        field = self.field(step, "formula")
        field.locator("select").select_option(outcome)
        offered = field.locator('[data-kind=regressors] input').evaluate_all("boxes => boxes.map(b => b.value)")
        assert outcome not in offered and regressors[0] in offered, f"regressors offered: {offered}"
        self.tick(field.locator("[data-kind=regressors]"), regressors)
        self.tick(field.locator("[data-kind=fixed_effects]"), effects)

    def option(self, step, name, value):
        step.locator("details.options").evaluate("details => { details.open = true; }")
        self.field(step, f"options/{name}").locator("input").fill(str(value))

    def run(self):
        self.page.click("#run")
        self.page.wait_for_function("document.body.dataset.state === 'idle' && !document.querySelector('#run').disabled",
                                    timeout=RUN_TIMEOUT)

    def last(self):
        return self.page.evaluate("window.panelcoreLast")

    def download(self, locator, folder):
        with self.page.expect_download() as info:
            locator.click()
        target = folder / info.value.suggested_filename
        info.value.save_as(target)
        return target.read_bytes()


def data_status_error(app):
    """The engine's error the page shows at the data status (waits for it): plain text, no mojibake."""
    app.page.wait_for_selector("#data-status.field-error")
    message = app.page.inner_text("#data-status")
    assert "invalid_data" in message and "UTF-8" in message and "\ufffd" not in message, f"data status: {message}"
    return message


def loaded_names(app, name):
    """The column names the page offers once the file `name` has loaded (waits for it)."""
    app.page.wait_for_selector(f"#data-status:not(.field-error):has-text('{name}')")
    return app.page.locator("#column-names option").evaluate_all("options => options.map(o => o.value)")


def load_files_check(app):
    """A file in no encoding the engine reads: the engine's error at the data status, nothing loaded. A GBK file
    loads with its Chinese names, detected or with GB18030 chosen; with UTF-8 chosen, the engine's error shows."""
    unreadable = WORK / "unreadable.csv"
    unreadable.write_bytes(b"x,y\n1,\xff\xfe\xff\n")
    app.upload(unreadable)
    refused = data_status_error(app)
    assert app.page.evaluate("document.querySelector('#panel-box').disabled"), "an unreadable file was loaded"
    app.shot("unreadable-refused")
    path = WORK / "gbk_panel.csv"
    path.write_bytes("城市,年份,新质生产力\n杭州,2020,1.5\n宁波,2020,2.5\n".encode("gbk"))
    app.upload(path)
    names = loaded_names(app, "gbk_panel.csv")
    assert names == ["城市", "年份", "新质生产力"], f"GBK column names read as {names}"
    app.shot("gbk-loaded")
    app.page.select_option("#encoding", "utf-8")
    wrong = data_status_error(app)
    app.page.select_option("#encoding", "gb18030")
    assert loaded_names(app, "gbk_panel.csv") == names, "GBK read otherwise as GB18030"
    app.page.select_option("#encoding", "")  # the next file loads with the encoding detected
    print(f"ok unreadable file: {refused}\nok GBK file: loaded with its Chinese names {names} (detected, and as "
          f"GB18030); as UTF-8: {wrong}")


def build_study(app):
    app.upload(EXAMPLE)
    app.page.wait_for_selector("#data-status:not(.field-error):has-text('495')")
    assert app.page.input_value("#unit") == "city" and app.page.input_value("#time") == "year"
    app.page.select_option("#role-outcome", "NQP")
    app.page.select_option("#role-treatment", "DF")
    app.tick(app.page.locator("#role-controls"), ["UL", "CSL"])
    app.tick(app.page.locator("#role-effects"), ["city", "year"])
    baseline = app.add_step("ols")
    formula = "NQP ~ DF + UL + CSL | city + year"
    assert app.field(baseline, "formula").locator("input.formula-text").input_value() == formula, "roles not applied"
    for name in ["UL", "CSL"]:
        app.field(baseline, "formula").locator(f'[data-kind=regressors] input[value="{name}"]').uncheck()
    baseline.locator(".step-title").fill("Baseline")
    app.formula(baseline, "NQP", ["DF", "UL", "CSL"], ["city", "year"])
    vcov = app.field(baseline, "vcov")
    vcov.locator("select").first.select_option("cluster")
    vcov.locator("select").nth(1).select_option("city")
    mediation = app.add_step("mediation")
    app.tick(app.field(mediation, "mediators"), ["RI"])
    app.option(mediation, "replications", 200)
    app.option(mediation, "seed", 2024)
    sdm = app.add_step("spatial_panel")
    for step in (mediation, sdm):
        assert app.field(step, "formula").locator("input.formula-text").input_value() == formula
    app.field(sdm, "model").locator("select").select_option("sdm")
    assert "economic_distance" in app.field(sdm, "weights").locator("textarea").input_value()
    sdm.locator("input.compare").check()
    app.shot("study-built")
    return mediation


def error_placement(app, mediation):
    """An out-of-range option: the engine's error appears next to that field."""
    app.option(mediation, "level", 1.5)
    app.run()
    error = app.field(mediation, "options/level").locator(".field-error").inner_text()  # shown: its group unfolds
    assert "invalid_option" in error, f"no error next to options/level: {error!r}"
    app.shot("error-at-field")
    app.option(mediation, "level", "")
    print(f"ok engine error shown at its field: {error}")


def compare_bytes(app, native_path, downloads):
    """Both requests rerun natively beside the file to the same bytes; the downloads are the engine's."""
    last = app.last()
    assert_native_bytes(native_path, last, "study")
    models = json.loads(last["models"]["response"])
    study = json.loads(last["study"]["response"])
    shown = cells(app.page.locator(".result[data-stem=comparison] .table").inner_html())
    assert shown == cells(models["tables"][0]["rendered"]["html"]), "the comparison table shown differs"
    page = app.page
    link = page.locator("#request-links a[download='study.json']")
    assert "panelcore study --data nqpf_panel.csv study.json" in link.inner_text(), f"study link: {link.inner_text()}"
    request = app.download(link, downloads)
    assert request == last["study"]["request"].encode(), "the downloaded study request is not the one run"
    out = downloads / "study-native"
    subprocess.run([native_path, "study", "--data", str(EXAMPLE), str(downloads / "study.json"), "--out", str(out)],
                   check=True, capture_output=True)
    assert (out / "response.json").read_bytes().rstrip(b"\n") == last["study"]["response"].encode(), \
        "panelcore study --data on the downloaded request gives other bytes"
    latex = app.download(page.locator(".result[data-stem=comparison] a[download='comparison.tex']"), downloads)
    assert latex.decode() == models["tables"][0]["rendered"]["latex"] and b"\\begin{tabular}" in latex
    report = app.download(page.locator("#report a[download='report.html']"), downloads)
    assert report.decode() == study["study"]["report_html"], "the downloaded report differs"
    frame = page.frame_locator("iframe.report")
    assert frame.locator("table").count() > 0, "the report shows no table"
    print(f"ok study: {len(models['results'])} results, comparison of {len(models['tables'][0]['models'])} models, "
          f"{len(models['figures'])} figures; requests without data, native responses (run --data) byte-identical; "
          f"LaTeX table, report and study request downloaded (it reruns with panelcore study --data to the same bytes)")


def cancel_check(app, mediation):
    """A long run is cancelled: the engine restarts and answers again."""
    app.option(mediation, "replications", 1000000)
    app.page.click("#run")
    app.page.wait_for_selector("body[data-state=running]")
    app.page.wait_for_timeout(1500)
    assert app.page.evaluate("1 + 1") == 2  # the page still answers while the engine computes
    app.shot("running")
    app.page.click("#cancel")
    app.page.wait_for_selector("body[data-state=idle]")
    status = app.page.inner_text("#run-status")
    app.page.click("#example")
    app.page.wait_for_selector("#data-status:has-text('nqpf_panel.csv')")
    print(f"ok cancel: {status}")


RECORD_PROGRESS = """() => {
  window.progressSeen = [];
  if (window.progressObserved) return;
  window.progressObserved = true;
  const bar = document.querySelector('#progress');
  new MutationObserver(() => window.progressSeen.push({ determinate: bar.hasAttribute('value'), value: bar.value, max: bar.max,
    status: document.querySelector('#run-status').textContent })).observe(bar, { attributes: true, attributeFilter: ['value'] });
}"""


def shards_check(app, native_path):
    """Replication loops on the worker pool: a placebo with 200 draws and a mediation bootstrap cut into shards that two
    workers or more answer in parallel. A run cancelled midway stops (no shard finishes after) and the next run works:
    its progress bar (recorded by a MutationObserver) counts replications up to the total through intermediate
    values, and both responses equal the native CLI's bytes for the requests without shards."""
    app.open()
    workers = int(app.page.get_attribute("#engine-status", "data-workers"))
    assert workers >= 2, f"the page runs {workers} worker(s); this machine has 2 cores or more"
    app.page.click("#example")
    app.page.wait_for_selector("#data-status:has-text('495')")
    placebo = app.add_step("placebo")
    placebo.locator("button.example").click()
    app.option(placebo, "replications", 200)
    mediation = app.add_step("mediation")
    mediation.locator("button.example").click()
    app.option(mediation, "replications", 20000)
    app.page.evaluate(RECORD_PROGRESS)
    app.page.click("#run")
    app.page.wait_for_function("(() => { const bar = document.querySelector('#progress');"
                               " return bar.hasAttribute('value') && bar.value >= bar.max / 4 && bar.value < bar.max; })()",
                               timeout=RUN_TIMEOUT)
    app.shot("progress-running", "#run-box")
    app.page.click("#cancel")
    app.page.wait_for_selector("body[data-state=idle]")
    cancelled = app.page.inner_text("#run-status")
    seen = len(app.page.evaluate("window.progressSeen"))
    app.page.wait_for_timeout(2000)
    assert len(app.page.evaluate("window.progressSeen")) == seen, "shards kept finishing after the cancel"
    app.option(mediation, "replications", 200)
    app.page.evaluate(RECORD_PROGRESS)
    app.run()
    last = app.last()
    assert "study" in last, f"the run after the cancel failed: {last['models']['response'][:300]}"
    for stage in ("models", "study"):
        assert "shards" not in json.loads(last[stage]["request"]), f"{stage}: the recorded request holds shards"
    assert_native_bytes(native_path, last, "sharded")
    models = [entry for entry in app.page.evaluate("window.progressSeen")
              if entry["determinate"] and "models" in entry["status"]]
    values = [entry["value"] for entry in models]
    assert models and all(entry["max"] == 400 for entry in models), f"the models' total is not 400 replications: {models[:3]}"
    assert values[0] == 0 and values[-1] == 400 and values == sorted(values), f"progress of the models: {values}"
    assert any(0 < value < 400 for value in values), f"no intermediate progress: {values}"
    assert "400/400 replications" in models[-1]["status"], models[-1]["status"]
    app.shot("progress-done", "#run-box")
    print(f"ok replication shards on {workers} workers: cancelled midway ({cancelled!r}, no progress after), then "
          f"progress {' '.join(str(int(value)) for value in values)} of 400 replications; responses byte-identical to "
          f"the native CLI's")


def examples_check(app, native_path):
    """Every estimator of the menu, filled with the engine's example through its generated form, sends exactly that
    example and runs; the responses equal the native CLI's."""
    app.open()
    app.page.click("#example")
    app.page.wait_for_selector("#data-status:has-text('495')")
    names = app.page.locator("#estimator-menu option").evaluate_all("options => options.map(o => o.value)")
    for name in names:
        step = app.add_step(name)
        step.locator("button.example").click()
        if name == "did":  # its schema lists "coefficients", but its result holds them under "regression"
            step.locator("input.compare").uncheck()
    app.run()
    last = app.last()
    assert "study" in last, f"the examples failed: {last['models']['response'][:300]}"
    schema = json.loads(native(native_path, b'{"abi":1,"model":{"estimator":"schema"}}')[1])["result"]
    examples = {entry["name"]: entry["example"] for entry in schema["estimators"]}
    sent = json.loads(last["models"]["request"])["models"]
    differing = [(name, model, examples[name]) for name, model in zip(names, sent) if model != examples[name]]
    assert len(sent) == len(names) and not differing, f"a form does not send its example as the schema gives it: {differing}"
    assert_native_bytes(native_path, last, "examples")
    app.shot("every-example")
    print(f"ok every estimator's example through its form ({len(names)} estimators): sent as the schema gives it, "
          f"responses byte-identical to the native CLI's")


def preparation_check(app, native_path):
    """Every preparation step of the schema, added through its generated form with the engine's example: a bad value
    gets the engine's error at its field; applied, the columns the steps make are offered to the models; the run
    sends exactly the schema's example steps and its responses equal the native CLI's."""
    app.open()
    app.page.click("#example")
    app.page.wait_for_selector("#data-status:has-text('495')")
    schema = json.loads(native(native_path, b'{"abi":1,"model":{"estimator":"schema"}}')[1])["result"]
    names = app.page.locator("#preparation-menu option").evaluate_all("options => options.map(o => o.value)")
    assert names == [entry["name"] for entry in schema["steps"]], f"preparation menu: {names}"
    for name in names:
        app.page.select_option("#preparation-menu", name)
        app.page.click("#add-preparation")
        app.page.locator(f"fieldset.preparation[data-step={name}] button.example").click()
    winsorize = app.page.locator("fieldset.preparation[data-step=winsorize]")
    winsorize.locator('.field[data-path="lower"] input').fill("1.5")
    app.page.click("#apply-preparation")
    error = winsorize.locator('.field[data-path="lower"] .field-error')
    error.wait_for()  # an empty error span is not visible: this waits for the message
    assert "invalid_option" in error.inner_text(), f"no engine error at the step's field: {error.inner_text()!r}"
    winsorize.locator('.field[data-path="lower"] input').fill("")
    app.page.click("#apply-preparation")
    app.page.wait_for_selector("#preparation-status:has-text('nqp_index')")
    made = app.page.inner_text("#preparation-status")
    step = app.add_step("ols")
    offered = app.field(step, "formula").locator("select option").evaluate_all("options => options.map(o => o.value)")
    assert "nqp_index" in offered and "log_UL" in offered, f"the steps' columns are not offered: {offered}"
    app.formula(step, "nqp_index", ["log_UL"], ["city", "year"])
    app.run()
    last = app.last()
    sent = json.loads(last["models"]["request"])
    assert sent["steps"] == [entry["example"] for entry in schema["steps"]], f"steps sent: {sent['steps']}"
    assert_native_bytes(native_path, last, "preparation")
    app.shot("preparation")
    print(f"ok preparation steps ({len(names)}) through their forms: error at its field, {made} "
          f"responses byte-identical to the native CLI's")


def chinese_and_baseline(app):
    app.open("?lang=zh")
    assert "浏览器" in app.page.inner_text("h1"), "no Chinese title"
    app.page.click("#example")
    app.page.wait_for_selector("#data-status:has-text('行')")
    step = app.add_step("ols")
    app.field(step, "formula").locator("select").select_option("NQP")
    assert app.page.input_value("#language") == "zh", "the language switch does not show Chinese"
    app.shot("chinese")
    app.page.select_option("#language", "en")
    assert "browser" in app.page.inner_text("h1") and "lang=en" in app.page.url
    kept = app.field(app.step(0), "formula")
    assert kept.locator("select").input_value() == "NQP" and "Outcome" in kept.inner_text(), "the step was not kept"
    print("ok Chinese interface, and the switch back to English keeps the steps")
    if (ROOT / ".build-wasm/panelcore-baseline.wasm").is_file():
        app.open("?baseline=1")
        assert app.page.get_attribute("#engine-status", "data-module") == "baseline"
        print(f"ok baseline module: {app.page.inner_text('#engine-status')}")


STREAM_FILES = """async (request) => {
  const { EngineClient } = await import('/host/web/engine-client.js');
  const client = await EngineClient.start('/.build-wasm/panelcore.wasm', '/.build-wasm/panelcore-baseline.wasm', { size: 2 });
  const answers = [];
  for (const file of document.querySelector('#stream-files').files) {
    const { status, bytes } = await client.run(request, file);
    answers.push({ status, bytes: Array.from(bytes) });
  }
  client.cancel();
  return answers;
}"""


def streamed_files_check(app, native_path):
    """Files from the disk beside a request, read by the workers in pieces: the native `run --data FILE` bytes."""
    import check_streamed_files  # Tests/Parity: the same files as the parity harness's streamed check

    with tempfile.TemporaryDirectory() as folder:
        cases = [case for case in check_streamed_files.cases(folder) if case[1].stat().st_size > 0]
        app.open()
        app.page.evaluate("() => { const input = Object.assign(document.createElement('input'), "
                          "{ type: 'file', id: 'stream-files', multiple: true }); document.body.append(input); }")
        failures = 0
        for name, path, request in cases:
            app.page.set_input_files("#stream-files", str(path))
            text = json.dumps(request, ensure_ascii=False)
            answer = app.page.evaluate(STREAM_FILES, text)[0]
            expected = check_streamed_files.native_outcome(native_path, path, request, folder)
            if (answer["status"], bytes(answer["bytes"])) != (expected.status, expected.response):
                failures += 1
                print(f"DIFFERENT streamed {name}: browser status {answer['status']}, native {expected}"[:300])
    print(f"streamed files: {len(cases) - failures} of {len(cases)} responses byte-identical to `panelcore run --data`")
    return failures == 0


def parity_test(app, native_path):
    files = run_parity.request_files()
    paths = ["/" + str(path.relative_to(ROOT)) for path in files]
    (WORK / "parity-list.json").write_text(json.dumps(paths))
    app.open("?parity=/.build-web/parity-list.json")
    results = json.loads(app.page.inner_text("#parity-results") or app.page.text_content("#parity-results"))
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
    shots = pathlib.Path(tempfile.mkdtemp(prefix="panelcore-browser-"))
    print(f"browser_test: screenshots and downloads in {shots}")
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(accept_downloads=True, viewport={"width": 1280, "height": 900})
            page.set_default_timeout(60_000)
            app = App(page, base, shots)
            app.open()
            app.shot("start")
            load_files_check(app)
            mediation = build_study(app)
            error_placement(app, mediation)
            app.run()
            app.shot("results")
            compare_bytes(app, native_path, shots)
            app.shot("report", "#report")  # after the downloads: a click right after this scroll can miss its link
            cancel_check(app, mediation)
            shards_check(app, native_path)
            examples_check(app, native_path)
            preparation_check(app, native_path)
            chinese_and_baseline(app)
            ok = parity_test(app, native_path)
            ok = streamed_files_check(app, native_path) and ok
            browser.close()
        return 0 if ok else 1
    finally:
        server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
