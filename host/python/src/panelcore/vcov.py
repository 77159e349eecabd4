"""pyfixest-style covariance choices → the ABI's ``vcov`` member.

``"iid"``; ``"hetero"``, ``"HC1"``, ``"robust"`` → ``"hc1"``; ``{"CRV1": "city"}`` or ``"cluster:city"`` → one-way
clustering; ``{"CRV1": "city+year"}``, ``"cluster:city+year"`` or ``{"CRV1": ["city", "year"]}`` → two-way;
``"dk"``/``"driscoll_kraay"`` and ``"dk:L"`` → Driscoll–Kraay (lag L); the ABI's own forms (``{"cluster": …}``,
``{"driscoll_kraay": {"lag": L}}``) pass unchanged."""

_NAMED = {"iid": "iid", "hetero": "hc1", "hc1": "hc1", "robust": "hc1", "dk": "driscoll_kraay",
          "driscoll_kraay": "driscoll_kraay"}


def abi_vcov(choice):
    """The ABI ``vcov`` value for ``choice`` (None stays None: the estimator's default)."""
    if choice is None:
        return None
    if isinstance(choice, str):
        kind, _, argument = choice.partition(":")
        kind = kind.strip().lower()
        if not argument and kind in _NAMED:
            return _NAMED[kind]
        if kind in ("cluster", "crv1") and argument:
            return {"cluster": _clusters(argument)}
        if kind in ("dk", "driscoll_kraay") and argument.strip().isdigit():
            return {"driscoll_kraay": {"lag": int(argument)}}
    elif isinstance(choice, dict) and len(choice) == 1:
        (kind, argument), = choice.items()
        if kind.upper() == "CRV1":
            return {"cluster": _clusters(argument)}
        if kind in ("cluster", "driscoll_kraay"):
            return choice
    raise ValueError(f"vcov {choice!r}: use 'iid', 'hetero' (HC1, robust), {{'CRV1': 'city'}} or 'cluster:city', "
                     "{'CRV1': 'city+year'} (two-way), 'dk' or 'dk:LAG' (Driscoll–Kraay), or the ABI's dicts")


def _clusters(argument):
    names = [name.strip() for name in argument.split("+")] if isinstance(argument, str) else list(argument)
    if not names or not all(names) or len(names) > 2:
        raise ValueError(f"cluster {argument!r}: one column or two joined by '+'")
    return names[0] if len(names) == 1 else names
