"""The example study written by the native CLI, for the output checks (LaTeX, RTF, report printing, figures): one
definition of how they run it."""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]


def write(native, folder):
    """Runs `panelcore study examples/study.json --data examples/nqpf_panel.csv --out FOLDER/study` and returns the
    study's folder (response.json, report.html, tables/, figures/, steps/)."""
    study = pathlib.Path(folder) / "study"
    subprocess.run([str(native), "study", str(ROOT / "examples/study.json"), "--data", str(ROOT / "examples/nqpf_panel.csv"),
                    "--out", str(study)], check=True, capture_output=True)
    return study
