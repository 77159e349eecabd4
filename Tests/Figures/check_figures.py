"""Renders every figure PanelCore draws and checks it: the committed golden SVGs and the figures of an ABI request
run through the native CLI are parsed as XML (root <svg> with a viewBox, no NaN/inf coordinates, the expected title
text), rasterised by librsvg's `rsvg-convert`, and the PNG must have the figure's size and visible ink (at least 1%
non-white pixels). A legend (the rectangle framed in #bbbbbb) must not cover data: no point of a line (each segment
sampled) and no marker lies inside it — checked on the goldens, the requests' figures and every figure of the
example study. Usage: check_figures.py --native PATH/TO/panelcore"""
import argparse
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from PIL import Image

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "Tests/Output"))
import example_study  # noqa: E402  (the example study, written as every output check writes it)
GOLDEN = ROOT / "Tests/PanelCoreTests/Fixtures/figures"
SVG = "{http://www.w3.org/2000/svg}"


def request():
    rows = ["city,year,region,x,y"]
    for unit in range(12):
        for year in range(2013, 2019):
            x = ((unit * 7 + year * 3) % 11) / 10
            rows.append(f"{unit},{year},{'东部' if unit % 2 else 'West'},{x},{0.5 * x + ((unit * year) % 5) / 10}")
    return {"abi": 1, "data": {"csv": "\n".join(rows)},
            "models": [{"estimator": "ols", "formula": "y ~ x"}, {"estimator": "ols", "formula": "y ~ x | city + year"}],
            "figures": [{"type": "coefficients", "title": "x across models"},
                        {"type": "lines", "x": "year", "y": "y", "by": "region", "title": "y by region"}]}


LEGEND_FRAME = "#bbbbbb"


def data_points(root):
    """The drawn data: every polyline's points with 16 samples per segment, and every marker's centre."""
    points = []
    for line in root.iter(SVG + "polyline"):
        vertices = [tuple(map(float, pair.split(","))) for pair in line.get("points").split()]
        points += vertices
        for (x1, y1), (x2, y2) in zip(vertices, vertices[1:]):
            points += [(x1 + k / 16 * (x2 - x1), y1 + k / 16 * (y2 - y1)) for k in range(1, 16)]
    points += [(float(circle.get("cx")), float(circle.get("cy"))) for circle in root.iter(SVG + "circle")]
    return points


def check_legend(name, root):
    """The legend box, if the figure has one, covers no data point; returns whether there was a legend."""
    boxes = [rect for rect in root.iter(SVG + "rect") if rect.get("stroke") == LEGEND_FRAME]
    for rect in boxes:
        left, top = float(rect.get("x")), float(rect.get("y"))
        right, bottom = left + float(rect.get("width")), top + float(rect.get("height"))
        covered = [(x, y) for x, y in data_points(root) if left < x < right and top < y < bottom]
        assert not covered, f"{name}: the legend covers {len(covered)} data points, e.g. {covered[0]}"
    return bool(boxes)


def check(name, svg, title):
    root = ElementTree.fromstring(svg)
    assert root.tag == SVG + "svg" and root.get("viewBox"), f"{name}: not an <svg> root with a viewBox"
    texts = [element.text or "" for element in root.iter(SVG + "text")]
    assert title is None or title in texts, f"{name}: title {title!r} not among the texts"
    for element in root.iter():
        for key, value in element.attrib.items():
            assert "nan" not in value.lower() and "inf" not in value.lower(), f"{name}: {key}={value}"
    png = subprocess.run(["rsvg-convert", "-f", "png"], input=svg.encode(), capture_output=True, check=True).stdout
    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size == (int(float(root.get("width"))), int(float(root.get("height")))), f"{name}: size {image.size}"
    ink = sum(image.histogram()[:250]) / (image.size[0] * image.size[1])
    assert ink > 0.01, f"{name}: only {ink:.3%} of the pixels are drawn"
    legend = ", legend clear of the data" if check_legend(name, root) else ""
    print(f"ok {name}: {len(root)} elements, {ink:.1%} ink{legend}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    native = parser.parse_args().native
    titles = {"event-study": "Event study: 数字金融 pilot", "density": "Placebo estimates",
              "moran-scatter": "Moran scatter plot", "lines": "Index by region",
              "kernel-density-overlay": "Kernel density of y", "kernel-density-ridge": "Distribution dynamics of y"}
    for path in sorted(GOLDEN.glob("*.svg")):
        check(path.name, path.read_text(encoding="utf-8"), titles[path.stem])
    output = subprocess.run([native, "run", "-"], input=json.dumps(request()).encode(), capture_output=True, check=True).stdout
    response = json.loads(output)
    assert response["ok"], response
    for figure, title in zip(response["figures"], ["x across models", "y by region"]):
        check("request " + figure["type"], figure["svg"], title)
    for name, titles in [("figures-did.json", ["Event study", "Placebo estimates"]),
                         ("figures-moran-scatter.json", ["Moran scatter plot of gdp"]),
                         ("evolution-kernel-density-figures.json", ["Kernel density of y", "Distribution dynamics of y"]),
                         ("evolution-dagum-gini.json", ["Gini coefficient of y: overall and within groups"])]:
        request_bytes = (ROOT / "Tests/Parity/requests" / name).read_bytes()
        answered = json.loads(subprocess.run([native, "run", "-"], input=request_bytes, capture_output=True, check=True).stdout)
        assert answered["ok"], answered
        for figure, title in zip(answered["figures"], titles):
            check("request " + figure["type"], figure["svg"], title)
    with tempfile.TemporaryDirectory() as folder:
        for path in sorted((example_study.write(native, folder) / "figures").glob("*.svg")):
            check("example study " + path.name, path.read_text(encoding="utf-8"), None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
