"""Exact least squares with absorbed fixed effects and reghdfe's covariance rules, written out in numpy.

The fixed effects enter as explicit dummy columns (no iterative demeaning), so the slopes are exact to rounding.
See make_feols_fixtures.py for the conventions reproduced.
"""
import numpy as np
import pandas as pd
import scipy.stats as st


def drop_singletons(keys):
    """Boolean mask of the rows kept after iteratively dropping rows alone in a level of any fixed effect."""
    keep = np.ones(len(keys[0]), dtype=bool)
    while True:
        changed = False
        for key in keys:
            counts = pd.Series(key).map(pd.Series(key[keep]).value_counts()).fillna(0).to_numpy()
            alone = keep & (counts == 1)
            if alone.any():
                keep &= ~alone
                changed = True
        if not changed:
            return keep


def dummies(key):
    codes, _ = pd.factorize(key)
    out = np.zeros((len(key), codes.max() + 1))
    out[np.arange(len(key)), codes] = 1.0
    return out


def nested(fe_key, cluster_key):
    """True when every level of the fixed effect lies inside one cluster."""
    return bool((pd.DataFrame({"f": fe_key, "c": cluster_key}).groupby("f")["c"].nunique() == 1).all())


def residualise(M, D):
    """M minus its least-squares projection on the columns of D."""
    coef, *_ = np.linalg.lstsq(D, M, rcond=None)
    return M - D @ coef


def cluster_meat(scores, key):
    codes, _ = pd.factorize(key)
    sums = np.zeros((codes.max() + 1, scores.shape[1]))
    np.add.at(sums, codes, scores)
    return sums.T @ sums, codes.max() + 1


def driscoll_kraay_meat(scores, time, lag):
    """sum_{j=-L..L} (1 - |j|/(L+1)) Gamma_j of the per-period score sums, periods in time order."""
    frame = pd.DataFrame(scores).groupby(np.asarray(time)).sum().sort_index()
    h = frame.to_numpy()
    meat = h.T @ h
    for j in range(1, lag + 1):
        gamma = h[j:].T @ h[:-j]
        meat += (1 - j / (lag + 1)) * (gamma + gamma.T)
    return meat


def keep_independent(X, Xt, tolerance=1e-9):
    """Indices of the columns kept: in order, a column is omitted when its part orthogonal to the fixed effects and
    to the earlier kept columns has a norm below `tolerance` times the norm of the original column (Stata's
    "omitted because of collinearity", earlier columns preferred)."""
    kept = []
    for j in range(X.shape[1]):
        rest = residualise(Xt[:, [j]], Xt[:, kept])[:, 0] if kept else Xt[:, j]
        if np.linalg.norm(rest) > tolerance * np.linalg.norm(X[:, j]):
            kept.append(j)
    return kept


def inference(beta, V, df_t):
    """Standard errors, t statistics, two-sided p-values and 95% intervals with t(df_t)."""
    se = np.sqrt(np.diag(V))
    half = st.t.ppf(0.975, df_t) * se
    return {"se": se, "t": beta / se, "p": 2 * st.t.sf(np.abs(beta / se), df_t), "low": beta - half,
            "high": beta + half}


def fit(y, X, names, fe_keys, vcov, clusters, time):
    """Slopes, covariance and statistics under reghdfe's rules.

    fe_keys: list of FE level arrays; clusters: dict name -> level array (for cluster vcov); time: period array.
    """
    D = np.column_stack([dummies(k) for k in fe_keys])
    df_a = np.linalg.matrix_rank(D)
    Xt, yt = residualise(X, D), residualise(y[:, None], D)[:, 0]
    kept = keep_independent(X, Xt)
    omitted = [names[j] for j in range(len(names)) if j not in kept]
    X, Xt, names = X[:, kept], Xt[:, kept], [names[j] for j in kept]
    n, k = X.shape
    beta, *_ = np.linalg.lstsq(Xt, yt, rcond=None)
    e = yt - Xt @ beta
    bread = np.linalg.inv(Xt.T @ Xt)
    scores = Xt * e[:, None]
    rss = float(e @ e)
    df_resid = n - k - df_a
    n_clusters, df_k = None, k + df_a
    if vcov == "iid":
        V, df_t, factor = bread * rss / df_resid, df_resid, 1.0 / df_resid
        raw = bread * rss
    elif vcov == "hc1":
        raw = bread @ scores.T @ scores @ bread
        factor, df_t = n / df_resid, df_resid
    elif "driscoll_kraay" in vcov:
        raw = bread @ driscoll_kraay_meat(scores, time, vcov["driscoll_kraay"]["lag"]) @ bread
        factor, df_t = n / df_resid, df_resid
    else:
        cluster_names = vcov["cluster"] if isinstance(vcov["cluster"], list) else [vcov["cluster"]]
        keys = [clusters[c] for c in cluster_names]
        if len(keys) == 2:
            keys.append(pd.Series(keys[0]).astype(str).to_numpy() + "\x1f" + pd.Series(keys[1]).astype(str).to_numpy())
        meats = [cluster_meat(scores, key) for key in keys]
        signs = [1, 1, -1][:len(keys)]
        raw = bread @ sum(s * m for s, (m, _) in zip(signs, meats)) @ bread
        G = min(g for _, g in meats[:len(cluster_names)])
        free = [key for key in fe_keys if not any(nested(key, c) for c in keys[:len(cluster_names)])]
        df_a_prime = np.linalg.matrix_rank(np.column_stack([np.ones(n)] + [dummies(f) for f in free]))
        factor, df_t, n_clusters = G / (G - 1) * (n - 1) / (n - k - df_a_prime), G - 1, G
        df_k = k + df_a_prime
    if vcov != "iid":
        V = factor * raw
    if isinstance(vcov, dict) and "driscoll_kraay" in vcov:
        periods = len(np.unique(time))
        alt_factor = periods / (periods - 1) * (n - 1) / df_resid
        alternative = {"factor": alt_factor, "df_t": periods - 1, "V": alt_factor * raw,
                       **inference(beta, alt_factor * raw, periods - 1)}
    else:
        alternative = None
    tss = float(((y - y.mean()) ** 2).sum())
    within_tss = float(yt @ yt)
    try:
        f_stat = float(beta @ np.linalg.solve(V, beta) / k) if np.linalg.matrix_rank(V) == k else None
    except np.linalg.LinAlgError:
        f_stat = None
    return {
        "names": names, "omitted": omitted, "df_k": int(df_k), "beta": beta, "V": V, **inference(beta, V, df_t),
        "alternative": alternative, "df_t": int(df_t), "df_a": int(df_a), "df_resid": int(df_resid),
        "factor": float(factor), "raw": raw, "n_clusters": None if n_clusters is None else int(n_clusters), "nobs": int(n), "k": int(k), "rss": rss,
        "r2": 1 - rss / tss, "within_r2": 1 - rss / within_tss, "adj_r2": 1 - (rss / df_resid) / (tss / (n - 1)),
        "rmse": float(np.sqrt(rss / df_resid)), "f_stat": f_stat,
        "f_p_value": float(st.f.sf(f_stat, k, df_t)) if f_stat is not None else None,
    }
