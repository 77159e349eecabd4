"""residuals(), fitted() and fixef() (the engine's options.save) against pyfixest's numbers in the committed fixtures
(references/saved/make_saved_fixtures.py), laid out on the input frame's index; and progress reports of replication
loops, which leave the answer byte for byte unchanged."""

import json

import pytest

pandas = pytest.importorskip("pandas")

import panelcore as pc  # noqa: E402
from panelcore import distributed  # noqa: E402

from conftest import CHECKOUT, EXAMPLE_PANEL, example_panel  # noqa: E402

FIXTURES = CHECKOUT / "Tests" / "PanelCoreTests" / "Fixtures" / "saved"
FORMULA = "NQP ~ DF + UL + CSL + FDL + TRL + ESL | city + year"


def fixture_frame():
    """The fixture data (DF missing on three rows) with an index of labels, to check the alignment."""
    frame = pandas.read_csv(FIXTURES / "nqpf.csv")
    frame.index = [f"row{k}" for k in range(len(frame))]
    return frame


def reference(name):
    return json.loads((FIXTURES / f"{name}.json").read_text())


def test_residuals_fitted_and_fixef_match_pyfixest_on_the_input_index():
    frame, expected = fixture_frame(), reference("feols_fe2")
    fit = pc.feols(FORMULA, frame)
    residuals, fitted = fit.residuals(), fit.fitted()
    assert list(residuals.index) == list(frame.index) and list(fitted.index) == list(frame.index)
    for mine, theirs in ((residuals, expected["residuals"]), (fitted, expected["fitted"])):
        for value, wanted in zip(mine, theirs):
            assert (wanted is None and pandas.isna(value)) or abs(value - wanted) <= 1e-7
    effects = fit.fixef()
    assert list(effects) == ["city", "year"]
    for name, levels in expected["fixef"].items():
        assert sorted(effects[name].index) == sorted(levels)
        for level, wanted in levels.items():
            assert abs(effects[name][level] - wanted) <= 1e-9
    assert effects["year"]["2013"] == 0


def test_save_up_front_answers_without_another_request():
    frame = fixture_frame()
    eager = pc.feols(FORMULA, frame, save=["residuals", "fitted", "fixef"])
    assert set(eager.result["saved"]) == {"residuals", "fitted", "fixef"}
    eager._request = None  # a second request would now fail
    lazy = pc.feols(FORMULA, frame)
    assert "saved" not in lazy.result
    pandas.testing.assert_series_equal(eager.residuals(), lazy.residuals())
    pandas.testing.assert_series_equal(eager.fitted(), lazy.fitted())
    assert eager.fixef()["city"].equals(lazy.fixef()["city"])


def test_within_and_iv_give_pyfixest_residuals():
    frame = fixture_frame()
    within = pc.xtreg("NQP ~ DF + UL + CSL", frame, panel=("city", "year"), method="fe")
    iv = pc.iv(reference("iv_fe2")["model"]["formula"], frame)
    for fit, name in ((within, "within"), (iv, "iv_fe2")):
        for value, wanted in zip(fit.residuals(), reference(name)["residuals"]):
            assert (wanted is None and pandas.isna(value)) or abs(value - wanted) <= 1e-7
    for level, wanted in reference("within")["fixef"]["city"].items():
        assert abs(within.fixef()["city"][level] - wanted) <= 1e-9


def test_a_multiindex_panel_keeps_its_index():
    frame = example_panel().set_index(["city", "year"])
    fit = pc.xtreg("NQP ~ DF + UL", frame, method="re")
    residuals = fit.residuals()
    assert residuals.index.equals(frame.index)
    assert (residuals + fit.fitted() - frame["NQP"]).abs().max() < 1e-12
    assert fit.fixef() == {}


def request(model):
    return {"abi": 1, "data": {"csv": EXAMPLE_PANEL.read_text()}, "panel": {"id": "city", "time": "year"},
            "model": model, "render": ["text"]}


PLACEBO = request({"estimator": "placebo", "formula": "NQP ~ UL | city + year", "treatment": "pilot",
                   "options": {"replications": 45, "seed": 11}})


@pytest.mark.parametrize("executor", ["inline", 2])
def test_progress_hears_every_shard_and_the_bytes_are_unchanged(executor):
    heard = []
    answer = distributed.run_bytes(PLACEBO, executor=executor, shards=4, progress=lambda done, total: heard.append((done, total)))
    assert answer == pc.run_bytes(json.dumps(PLACEBO).encode())
    assert [total for _, total in heard] == [45] * 4
    assert [done for done, _ in heard] == sorted(done for done, _ in heard) and heard[-1][0] == 45


def test_the_functions_take_progress(capsys):
    frame = example_panel()
    plain = pc.placebo("NQP ~ UL | city + year", frame, treatment="pilot", panel=("city", "year"), replications=30, seed=3)
    heard = []
    reported = pc.placebo("NQP ~ UL | city + year", frame, treatment="pilot", panel=("city", "year"), replications=30, seed=3,
                          progress=lambda done, total: heard.append(done))
    assert reported.result == plain.result and heard[-1] == 30 and len(heard) == distributed.INLINE_SHARDS
    shown = pc.placebo("NQP ~ UL | city + year", frame, treatment="pilot", panel=("city", "year"), replications=30, seed=3,
                       progress=True)
    assert shown.result == plain.result
    assert "30" in capsys.readouterr().err
