#!/usr/bin/env python3
"""Binary data columns ({"float64": BASE64} / {"int32": BASE64}, docs/ABI.md "Data"): encoded cases and bad texts.

Writes Tests/PanelCoreTests/Fixtures/abi/binary-columns.json: `cases` (encoding, base64 text, the values as
repr(float) numbers, null for NaN = missing; lengths chosen to give every padding: none, one and two '='; one long column of each encoding), and
`errors` (a column member, the expected code and location). The bytes come from struct.pack (little-endian) and
the text from base64.b64encode, cross-checked against binascii.b2a_base64 and numpy's little-endian buffers.
Run from the repository root: python3 references/abi/make_binary_columns.py
"""
import base64
import binascii
import json
import math
import os
import struct

import numpy as np

OUT = "Tests/PanelCoreTests/Fixtures/abi/binary-columns.json"

FLOATS = [
    [],
    [1.5],                                            # 8 bytes: one '='
    [-0.0, 5e-324],                                   # 16 bytes: two '='
    [math.nan, 1.7976931348623157e308, -2.2250738585072014e-308],  # 24 bytes: no padding
    [0.1, 123456789.123456789, -1e-300, 2.0 ** 53 + 2, math.nan],
]
INTS = [[7], [0, -1], [2147483647, -2147483648, 123456], [3, 1, 4, 1, 5]]
# Longer columns, for the decoder's 8-characters-at-a-time loop and its tail: random bit patterns (seeded), the
# non-finite ones replaced by NaN; 41 doubles (two '=') and 23 integers (one '=').
_rng = np.random.default_rng(20261122)
LONG_FLOATS = [v if math.isfinite(v) else math.nan
               for v in np.frombuffer(_rng.integers(0, 2 ** 63, size=41, dtype=np.int64).tobytes(), dtype="<f8").tolist()]
LONG_INTS = _rng.integers(-2 ** 31, 2 ** 31, size=23).tolist()


def encode(raw):
    text = base64.b64encode(raw).decode("ascii")
    assert text == binascii.b2a_base64(raw, newline=False).decode("ascii")
    return text


def float_case(values):
    raw = struct.pack("<%dd" % len(values), *values)
    assert raw == np.asarray(values, dtype="<f8").tobytes()
    return {"encoding": "float64", "base64": encode(raw),
            "values": [None if math.isnan(v) else v for v in values]}


def int_case(values):
    raw = struct.pack("<%di" % len(values), *values)
    assert raw == np.asarray(values, dtype="<i4").tobytes()
    return {"encoding": "int32", "base64": encode(raw), "values": [float(v) for v in values]}


def errors():
    two = encode(struct.pack("<2d", 1.0, 2.0))
    infinite = encode(struct.pack("<3d", 1.0, 2.0, math.inf))
    return [
        {"name": "length not a multiple of 4", "column": {"float64": two[:-1]}, "where": "/data/columns/bad/float64"},
        {"name": "not base64", "column": {"float64": two[:5] + "*" + two[6:]}, "where": "/data/columns/bad/float64"},
        {"name": "padding inside", "column": {"float64": "AA==" + two[4:]}, "where": "/data/columns/bad/float64"},
        {"name": "url-safe alphabet", "column": {"float64": two[:4] + "-_" + two[6:]}, "where": "/data/columns/bad/float64"},
        {"name": "12 bytes as float64", "column": {"float64": encode(bytes(12))}, "where": "/data/columns/bad/float64"},
        {"name": "6 bytes as int32", "column": {"int32": encode(bytes(6))}, "where": "/data/columns/bad/int32"},
        {"name": "infinity", "column": {"float64": infinite}, "where": "/data/columns/bad/2"},
        {"name": "not a string", "column": {"float64": [1, 2]}, "where": "/data/columns/bad/float64"},
        {"name": "unknown encoding", "column": {"float32": two}, "where": "/data/columns/bad"},
        {"name": "two encodings", "column": {"float64": two, "int32": two}, "where": "/data/columns/bad"},
    ]


def main():
    document = {"cases": [float_case(v) for v in FLOATS + [LONG_FLOATS]] + [int_case(v) for v in INTS + [LONG_INTS]], "errors": errors()}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as handle:
        json.dump(document, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
