#!/usr/bin/env python3
"""Writes small Stata .dta files with pandas (`DataFrame.to_stata`, formats 114, 117, 118, 119) and pyreadstat
(`write_dta`, formats 113, 114, 115, 117, 118 — Stata versions 8, 10, 12, 13, 14) into
Tests/PanelCoreTests/Fixtures/dta/, each with its CSV twin: the same file read back by pandas `read_stata`
(value labels applied, every missing code as missing, floats widened exactly to float64) and written with
`to_csv`. PanelCore must read each .dta to the same columns as its CSV twin. Variable labels are fixed below
(LABEL_OF) and checked by the Swift tests. pyreadstat also writes the extended missing values .a and .b.
Also the twin of hansen1999.dta (xthreg's file, copied into the fixtures): hansen1999_pandas.csv.

Run: python3 references/dta/generate_dta_fixtures.py   (pandas 2+, pyreadstat 1.2+)
"""
import pathlib
import numpy as np
import pandas as pd
import pyreadstat

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/PanelCoreTests/Fixtures/dta"
LABEL_OF = {"y": "Outcome (log points)", "city": "城市 name"}


def frame():
    return pd.DataFrame({
        "id": np.array([1, 1, 2, 2, 3, 3], dtype=np.int32),
        "year": np.array([2019, 2020, 2019, 2020, 2019, 2020], dtype=np.int16),
        "small": np.array([-5, 0, 7, 100, -127, 3], dtype=np.int8),
        "y": [1.5, np.nan, -2.25, 1e-300, 3.0e15, 0.1],
        "share": np.array([0.1, 0.25, np.nan, 1 / 3, -7.5, 2.0], dtype=np.float32),
        "region": pd.Categorical(["North", "South", "North", "East", "South", "East"]),
        "city": ["Beijing", "Zürich", "", "São Paulo", "Lagos", "上海"],
    })


def twin(dta_path, csv_path):
    data = pd.read_stata(dta_path, convert_categoricals=True, convert_dates=False)
    for column in data.columns:
        if data[column].dtype.kind == "f":
            data[column] = data[column].astype(np.float64)
    data.to_csv(csv_path, index=False, float_format=None)


def with_pandas():
    for version in (114, 117, 118, 119):
        data = frame()
        if version == 114:  # format 114 stores Latin-1 text only
            data["city"] = ["Beijing", "Zürich", "", "São Paulo", "Lagos", "Accra"]
        if version == 117:  # pandas writes 117 strLs as UTF-8 but reads them back as Latin-1: keep them ASCII
            data["city"] = ["Beijing", "Zurich", "", "Sao Paulo", "Lagos", "Accra"]
        labels = {k: v for k, v in LABEL_OF.items() if version >= 118 or k != "city"}
        path = OUT / f"pandas_{version}.dta"
        data.to_stata(path, write_index=False, version=version, variable_labels=labels,
                      convert_strl=["city"] if version >= 117 else None)
        twin(path, path.with_suffix(".csv"))


def with_pyreadstat():
    for stata, dta_format in ((8, 113), (10, 114), (12, 115), (13, 117), (14, 118)):
        data = frame().drop(columns=["region"])
        data["region"] = [1, 2, 1, 3, 2, 3]
        data["score"] = [4.5, "a", 2.0, "b", np.nan, 1.0]
        if dta_format < 118:
            data["city"] = ["Beijing", "Zurich", "", "Sao Paulo", "Lagos", "Accra"]
        path = OUT / f"pyreadstat_{dta_format}.dta"
        pyreadstat.write_dta(data, path, version=stata, column_labels={"y": LABEL_OF["y"]},
                             variable_value_labels={"region": {1: "North", 2: "South", 3: "East"}},
                             missing_user_values={"score": ["a", "b"]})
        twin(path, path.with_suffix(".csv"))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    with_pandas()
    with_pyreadstat()
    # Hansen's data as xthreg ships it (copied into the fixtures, see README.md there), read back by pandas.
    twin(OUT / "hansen1999.dta", OUT / "hansen1999_pandas.csv")
    for path in sorted(OUT.glob("*.dta")):
        print(path.name, path.read_bytes()[:1] if path.read_bytes()[:1] != b"<" else path.read_bytes()[28:31], path.stat().st_size)
