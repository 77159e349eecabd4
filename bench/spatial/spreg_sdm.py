#!/usr/bin/env python3
"""The spreg side of bench/spatial/run.sh: the same SDM fitted with spreg.Panel_FE_Lag on [X, WX] (spreg has unit
fixed effects only, so this is the closest call; the data are demeaned by period first to emulate two-way effects),
timed from loading the data to the estimates, weights built from the same matrix. Prints seconds.
Usage: spreg_sdm.py FILE.npz
"""
import sys
import time

import numpy as np


def main():
    start = time.perf_counter()
    import libpysal
    import spreg
    data = np.load(sys.argv[1])
    w_dense = data["w"]
    n = w_dense.shape[0]
    t = data["y"].shape[0] // n
    y = data["y"].reshape(t, n)
    x = np.stack([data["x1"].reshape(t, n), data["x2"].reshape(t, n)], axis=-1)
    wx = np.einsum("ij,tjk->tik", w_dense, x)
    design = np.concatenate([x, wx], axis=-1)
    y = (y - y.mean(axis=1, keepdims=True)).reshape(-1, 1)
    design = (design - design.mean(axis=1, keepdims=True)).reshape(n * t, -1)
    w = libpysal.weights.full2W(w_dense)
    fit = spreg.Panel_FE_Lag(y, design, w)
    elapsed = time.perf_counter() - start
    print(f"{elapsed:.3f} rho={float(fit.rho):.6f}")


if __name__ == "__main__":
    main()
