"""Classifies what a runtime made of one request (a runners.Outcome) as the fuzzers' outcome classes:

- `ok`: a well-formed success response; `error`: a well-formed error response (its code is the detail);
- `crash`: a signal, an exit status other than 0/1, a wasm trap, a dead host process;
- `hang`: no answer within the time limit;
- `malformed`: not UTF-8 JSON, NaN/Infinity tokens, a member named twice, an envelope other than
  {"abi":1,"ok":true,…} or {"abi":1,"ok":false,"error":{"code","message","where"}}, a message printing `nan` when
  the request does not say it, an exit status that disagrees with "ok", output without its one newline.

The native≠wasm class (`parity`) is decided by the campaign, which sees both outcomes.
"""

import json
import re
import signal

FAILING_KINDS = ("crash", "hang", "malformed", "parity")
NAN_WORD = re.compile(rb"(?<![A-Za-z])nan(?![A-Za-z])", re.IGNORECASE)


class Members(list):
    """An object read as its (name, value) pairs, duplicates kept."""


def duplicate_member(value, path=""):
    """`member 'text' named twice in /results/*/rendered` for the first object (depth first) that names a member
    twice (array positions shown as *, so one class covers every position), or None."""
    if isinstance(value, Members):
        names = [name for name, _ in value]
        twice = next((name for name in names if names.count(name) > 1), None)
        if twice is not None:
            return f"member {twice!r} named twice in {path or '/'}"
        children = ((f"{path}/{name}", child) for name, child in value)
    elif isinstance(value, list):
        children = ((f"{path}/*", child) for child in value)
    else:
        return None
    return next((found for child_path, child in children if (found := duplicate_member(child, child_path))), None)


def refuse_constant(name):
    raise ValueError(f"non-JSON token {name}")


def response_problem(response, request):
    """What makes `response` malformed, or None."""
    try:
        tree = json.loads(response.decode("utf-8"), object_pairs_hook=Members, parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError) as error:
        return f"not JSON: {str(error)[:120]}"
    duplicate = duplicate_member(tree)
    if duplicate:
        return duplicate
    value = json.loads(response.decode("utf-8"))
    if not isinstance(value, dict) or list(value)[:2] != ["abi", "ok"] or value["abi"] != 1 \
            or not isinstance(value["ok"], bool):
        return "envelope does not start with abi 1, ok"
    if value["ok"]:
        return None if len(value) >= 3 else "success envelope without a result"
    error = value.get("error")
    if list(value) != ["abi", "ok", "error"] or not isinstance(error, dict) \
            or list(error) != ["code", "message", "where"] or not all(isinstance(v, str) for v in error.values()) \
            or not error["code"]:
        return "error envelope is not {abi, ok, error: {code, message, where}}"
    if NAN_WORD.search(error["message"].encode()) and not NAN_WORD.search(request):
        return "message prints nan"
    return None


def wasm_function(problem):
    """`DisplayNumber.scientific` from the first core frame of a wasm backtrace
    (`panelcore.wasm!$e9PanelCore13DisplayNumberO10scientific_8decimals…`), or None."""
    match = re.search(r"!\$[es]9PanelCore(\w+)", problem)
    if not match:
        return None
    mangled, names = match.group(1), []
    while mangled[:1].isdigit():
        digits = re.match(r"\d+", mangled).group()
        names.append(mangled[len(digits):len(digits) + int(digits)])
        mangled = mangled[len(digits) + int(digits):]
        mangled = mangled[1:] if mangled[:1] in ("O", "V", "C") else mangled
    return ".".join(names) or None


def crash_detail(problem):
    """A short, stable description of a crash from a runner's problem text: the signal or exit status, and the
    runtime's fatal-error or trap line."""
    match = re.match(r"exit (?:status )?(-?\d+)", problem)
    head = problem.split(":")[0]
    if match:
        status = int(match.group(1))
        head = f"signal {signal.Signals(-status).name}" if status < 0 else f"exit {status}"
    line = next((l.strip() for l in problem.splitlines()
                 if "Fatal error" in l or "wasm trap" in l or "error while executing" in l or "failed to" in l), "")
    line = re.sub(r"0x[0-9a-f]+", "0x…", line)
    line = re.sub(r"^.*?(Fatal error)", r"\1", line)
    if problem.startswith("trap: "):
        cause = problem[len("trap: "):].split(";")[0].strip()
        function = wasm_function(problem)
        return f"trap: {cause}" + (f" in {function}" if function else "")
    return f"{head}: {line}"[:160] if line else head


def classify(outcome, request):
    """(kind, detail) of one runtime's outcome for `request`."""
    if outcome.problem is not None:
        problem = outcome.problem
        if "timed out" in problem:
            return "hang", "no answer within the time limit"
        match = re.match(r"exit (?:status )?(-?\d+)", problem)
        if match and int(match.group(1)) in (0, 1):
            return "malformed", "output does not end with one newline"
        return "crash", crash_detail(problem)
    problem = response_problem(outcome.response, request)
    if problem:
        return "malformed", problem
    succeeded = outcome.response.startswith(b'{"abi":1,"ok":true')
    if (outcome.status == 0) != succeeded:
        return "malformed", f"status {outcome.status} disagrees with ok={succeeded}"
    if succeeded:
        return "ok", ""
    return "error", json.loads(outcome.response)["error"]["code"]
