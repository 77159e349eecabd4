"""The example panel's columns the evolution references use, written once as fed (fixtures/evolution/nqpf_evolution.csv)."""
import os

import pandas as pd

OUT = "Tests/PanelCoreTests/Fixtures/evolution"


def load():
    data = pd.read_csv("examples/nqpf_panel.csv")[["city", "region", "year", "NQP", "UL", "CSL"]]
    os.makedirs(OUT, exist_ok=True)
    data.to_csv(os.path.join(OUT, "nqpf_evolution.csv"), index=False, lineterminator="\n")
    return pd.read_csv(os.path.join(OUT, "nqpf_evolution.csv"))
