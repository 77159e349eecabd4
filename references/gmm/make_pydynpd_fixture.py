"""Cross-check of estimator "gmm" with pydynpd (an independent Python implementation following xtabond2):
two-step difference GMM without time dummies on EmplUK, the model of plm's fixture ab_b_individual.

pydynpd 0.2.x needs NumPy < 2 (it calls np.in1d and converts 1×1 arrays with float()):
    python3 -m venv /tmp/pydvenv && /tmp/pydvenv/bin/pip install pydynpd "numpy<2"
    /tmp/pydvenv/bin/python references/gmm/make_pydynpd_fixture.py
Writes Tests/PanelCoreTests/Fixtures/gmm/pydynpd_ab_b_individual.txt: coef / se (Windmeijer) lines in the formula's
order, hansen (statistic, df), ar1, ar2.
"""
import contextlib
import io
from pathlib import Path

import numpy as np
import pandas as pd
from pydynpd import regression

root = Path(__file__).resolve().parents[2]
fixtures = root / "Tests" / "PanelCoreTests" / "Fixtures" / "gmm"
data = pd.read_csv(fixtures / "emplUK.csv")
for column in ["emp", "wage", "capital", "output"]:
    data["l" + column] = np.log(data[column])
with contextlib.redirect_stdout(io.StringIO()):
    fit = regression.abond("lemp L(1:2).lemp lwage L1.lwage lcapital loutput L1.loutput | gmm(lemp, 2:99) "
                           "iv(lwage L1.lwage lcapital loutput L1.loutput) | nolevel", data, ["firm", "year"])
model = fit.models[0]
table = model.regression_table
lines = [f"coef {name} {value!r}" for name, value in zip(table["variable"], table["coefficient"])]
lines += [f"se {name} {value!r}" for name, value in zip(table["variable"], table["std_err"])]
lines.append(f"hansen {model.hansen.test_value!r} {model.hansen.df}")
lines += [f"ar{test.lag} {test.AR!r}" for test in model.AR_list]
(fixtures / "pydynpd_ab_b_individual.txt").write_text("\n".join(lines) + "\n")
