"""A vectorised NumPy version of the threshold search for the benchmark: the same updating identity PanelCore uses
(SSR(γ) = rᵀr − bᵀC⁻¹b from cumulative sums over observations sorted by q), so the timing compares like with like.
It plugs into references/threshold/threshold_reference.py (grid, sequence, bootstrap and draws unchanged) by
overriding Panel.ssr_curve; the residual r and the basis Q come from numpy.linalg.qr of the fixed columns.
"""
import numpy as np

import threshold_reference as ref


class SweepPanel(ref.Panel):
    def __init__(self, *args):
        super().__init__(*args)
        self.order = np.lexsort((np.arange(len(self.q)), -self.q))
        self.sorted_q = self.q[self.order]
        xs = self.xraw[self.order]
        m = xs.shape[1]
        self.cum_squares = np.cumsum(xs[:, :, None] * xs[:, None, :], axis=0)
        units = self.unit[self.order]
        before = np.zeros_like(xs)
        for u in range(self.units):
            rows = np.flatnonzero(units == u)
            before[rows] = np.cumsum(xs[rows], axis=0) - xs[rows]
        increments = before[:, :, None] * xs[:, None, :] + xs[:, :, None] * before[:, None, :] + xs[:, :, None] * xs[:, None, :]
        self.cum_within = self.cum_squares - np.cumsum(increments, axis=0) / self.T
        self.xs = xs
        self.m = m

    def ssr_curve(self, y, fixed, candidates):
        Q, _ = np.linalg.qr(self.design(fixed))
        r = y - Q @ (Q.T @ y)
        r = r - Q @ (Q.T @ r)
        rr = float(r @ r)
        rs, Qs = r[self.order], Q[self.order]
        cum_b = np.cumsum(self.xs * rs[:, None], axis=0)
        cum_a = np.cumsum(Qs[:, :, None] * self.xs[:, None, :], axis=0)
        counts = np.searchsorted(-self.sorted_q, -np.asarray(candidates), side="left")
        out = []
        for c in counts:
            if c == 0:
                out.append(rr)
                continue
            a = cum_a[c - 1]
            C = self.cum_within[c - 1] - a.T @ a
            b = cum_b[c - 1]
            out.append(rr - float(b @ np.linalg.lstsq(C, b, rcond=None)[0]))
        return out
