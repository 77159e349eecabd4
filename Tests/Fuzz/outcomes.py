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


class DuplicateMember(ValueError):
    """An object names a member twice."""


def unique_members(pairs):
    """json.loads' object_pairs_hook: the object as a dict, refusing a member named twice."""
    names = [name for name, _ in pairs]
    for name in names:
        if names.count(name) > 1:
            raise DuplicateMember(f"member {name!r} named twice")
    return dict(pairs)


def refuse_constant(name):
    raise ValueError(f"non-JSON token {name}")


def response_problem(response, request):
    """What makes `response` malformed, or None."""
    try:
        value = json.loads(response.decode("utf-8"), object_pairs_hook=unique_members, parse_constant=refuse_constant)
    except DuplicateMember as error:
        return str(error)
    except (UnicodeDecodeError, ValueError) as error:
        return f"not JSON: {str(error)[:120]}"
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
