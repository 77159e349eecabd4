"""Data files beside a request (``data=``: a path, bytes or a binary file object), read by the module in pieces where
it asks (pc_run_with_file): every form gives the response of the same file sent as ``{"file": BASE64}``, and the
formula functions take a path. Byte identity with the native ``panelcore run --data FILE`` is checked by the parity
harness (Tests/Parity/check_streamed_files.py).
"""

import base64
import io
import json

import pytest

import panelcore
from conftest import CHECKOUT, EXAMPLE_PANEL

FIXTURES = CHECKOUT / "Tests" / "PanelCoreTests" / "Fixtures"
COLUMNS = {"abi": 1, "model": {"estimator": "columns"}}
OLS = {"abi": 1, "panel": {"id": "city", "time": "year"},
       "model": {"estimator": "ols", "formula": "NQP ~ DF + UL | city + year", "vcov": {"cluster": "city"}}}


def inline(request, path, **options):
    """The same request with the file inside it as base64 (the form the module reads without a host)."""
    return dict(request, data=dict({"file": base64.b64encode(path.read_bytes()).decode()}, **options))


@pytest.mark.parametrize("path", [EXAMPLE_PANEL, FIXTURES / "encodings" / "gb18030.csv",
                                  FIXTURES / "dta" / "pandas_117.dta", FIXTURES / "xlsx" / "xlsxwriter.xlsx"],
                         ids=lambda path: path.name)
def test_a_streamed_file_answers_as_the_same_file_inside_the_request(path):
    engine = panelcore.Engine()
    assert engine.run_bytes(b'{"abi":1,"model":{"estimator":"columns"}}', data=path) == engine.run_bytes(
        panelcore.engine.encode_request(inline(COLUMNS, path)))


def test_path_bytes_and_file_objects_give_the_same_bytes():
    engine = panelcore.Engine()
    request = panelcore.engine.encode_request(OLS)
    from_path = engine.run_bytes(request, data=EXAMPLE_PANEL)
    assert engine.run_bytes(request, data=str(EXAMPLE_PANEL)) == from_path
    assert engine.run_bytes(request, data=EXAMPLE_PANEL.read_bytes()) == from_path
    with open(EXAMPLE_PANEL, "rb") as file:
        assert engine.run_bytes(request, data=file) == from_path
    assert engine.run_bytes(request, data=io.BytesIO(EXAMPLE_PANEL.read_bytes())) == from_path
    assert panelcore.run(OLS, data=EXAMPLE_PANEL)["ok"]


def test_file_options_stay_in_the_requests_data():
    path = FIXTURES / "xlsx" / "openpyxl.xlsx"
    engine = panelcore.Engine()
    request = dict(COLUMNS, data={"sheet": "Offset"})
    assert engine.run(request, data=path) == engine.run(inline(COLUMNS, path, sheet="Offset"))


def test_a_malformed_csv_answers_the_cores_error():
    response = panelcore.run(COLUMNS, data=b"a,b\n1,2\n3\n")
    assert response["ok"] is False
    assert response["error"]["where"].startswith("/data")
    assert response == panelcore.run(dict(COLUMNS, data={"file": base64.b64encode(b"a,b\n1,2\n3\n").decode()}))


def test_an_empty_file_is_an_error_response_not_a_trap():
    assert panelcore.run(COLUMNS, data=b"")["ok"] is False


def test_a_file_that_fails_while_read_answers_an_error_naming_the_offset():
    class Failing(io.BytesIO):
        def read(self, *arguments):
            raise OSError("disk gone")

    response = panelcore.run(COLUMNS, data=Failing(b"a,b\n1,2\n"))
    assert response["ok"] is False
    assert "byte offset 0" in response["error"]["message"]


def test_a_missing_path_raises_pythons_error():
    with pytest.raises(FileNotFoundError):
        panelcore.run(COLUMNS, data=CHECKOUT / "no-such-file.csv")


def test_the_engine_keeps_working_after_streamed_requests():
    engine = panelcore.Engine()
    for _ in range(20):
        engine.run_bytes(b'{"abi":1,"model":{"estimator":"columns"}}', data=EXAMPLE_PANEL)
    assert engine.run({"abi": 1, "data": {"csv": "y,x\n1,2\n2,3\n4,4\n"}, "model": {"estimator": "ols", "formula": "y ~ x"}})["ok"]


def test_feols_reads_a_path_as_it_reads_the_dataframe():
    numpy = pytest.importorskip("numpy")
    from conftest import example_panel

    formula = "NQP ~ DF + UL | city + year"
    from_file = panelcore.feols(formula, EXAMPLE_PANEL, vcov={"CRV1": "city"}, panel=("city", "year"))
    from_frame = panelcore.feols(formula, example_panel(), vcov={"CRV1": "city"}, panel=("city", "year"))
    # pandas.read_csv's decimal parser may differ from the engine's correctly rounded one in a last bit
    assert list(from_file.tidy().index) == list(from_frame.tidy().index)
    assert numpy.allclose(from_file.tidy()["estimate"], from_frame.tidy()["estimate"], rtol=1e-12, atol=0)
    assert numpy.allclose(from_file.tidy()["std_error"], from_frame.tidy()["std_error"], rtol=1e-10, atol=0)
    assert len(from_file.residuals()) == len(example_panel())


def test_workers_need_a_dataframe():
    with pytest.raises(ValueError, match="not a file"):
        panelcore.feols("NQP ~ DF", EXAMPLE_PANEL, workers=2)


def test_the_command_reads_a_data_file_beside_the_request(tmp_path):
    from test_locate_and_cli import run_module

    (tmp_path / "request.json").write_text('{"abi":1,"model":{"estimator":"columns"}}')
    completed = run_module(["--data", str(EXAMPLE_PANEL), str(tmp_path / "request.json")])
    assert completed.returncode == 0
    assert completed.stdout == panelcore.run_bytes((tmp_path / "request.json").read_bytes(), data=EXAMPLE_PANEL) + b"\n"


def test_a_file_of_two_gib_or_more_answers_too_large_without_being_read():
    class Huge:
        """A file the module cannot address with its 32-bit offsets; reading it fails the test."""
        byte_count = 2**31

        def read(self, offset, length):
            raise AssertionError("the module read a file it cannot address")

    status, raw = panelcore.Engine()._run_with_status(b'{"abi":1,"model":{"estimator":"columns"}}', Huge())
    response = json.loads(raw)
    assert status == 1 and response["error"]["code"] == "too_large" and response["error"]["where"] == "/data/file"
