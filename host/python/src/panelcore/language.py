"""The engine's request language as data (``{"model": {"estimator": "schema"}}``), read once per engine, and the
keyword arguments of the estimator functions checked against it: each keyword is a member of the model object or
one of its ``options``; an unknown keyword raises ``TypeError`` naming the closest valid one."""

import difflib

def language(engine):
    """The decoded schema result of ``engine`` (kept on the engine after the first request)."""
    if engine.schema is None:
        response = engine.run({"abi": 1, "model": {"estimator": "schema"}})
        if not response["ok"]:
            from .frames import PanelCoreError

            raise PanelCoreError(response["error"])
        engine.schema = response["result"]
    return engine.schema


def estimator(engine, name):
    """The schema of estimator ``name``."""
    for schema in language(engine)["estimators"]:
        if schema["name"] == name:
            return schema
    raise KeyError(name)


def model_object(schema, function, keywords):
    """The model object for ``keywords``: members by name, options gathered into ``options`` (an explicit
    ``options`` dict is merged in); deprecated spellings are not keywords."""
    members = {member["name"] for member in schema["members"] if "deprecated" not in member}
    options = {option["name"] for option in schema["options"]}
    model = {"estimator": schema["name"]}
    gathered = dict(keywords.pop("options", None) or {})
    for name, value in keywords.items():
        if value is None:
            continue
        if name in members:
            model[name] = value
        elif name in options:
            gathered[name] = value
        else:
            valid = sorted(members | options | {"options", "panel", "vcov", "steps", "engine", "workers", "progress"})
            close = difflib.get_close_matches(name, valid, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(f"{function}() got an unexpected keyword argument {name!r}{hint} "
                            f"(members and options of {schema['name']!r}: {', '.join(sorted(members | options))})")
    if gathered:
        model["options"] = gathered
    return model
