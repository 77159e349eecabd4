"""Greedy minimisation of a failing request: repeatedly tries smaller variants — data rows halved or dropped one by
one (CSV lines or the positions of every `columns` array), data columns removed, object members and array
elements removed anywhere — and keeps the first that still fails the same way, until none does or the budget
(attempts, seconds) is spent. Objects keep a member named twice (they are read as pair lists). A request that is
not JSON is cut by halves of its bytes instead.
"""

import json
import time

from outcomes import Members


def read(content):
    return json.loads(content, object_pairs_hook=Members)


def write(value):
    if isinstance(value, Members):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + write(v) for k, v in value) + "}"
    if isinstance(value, list):
        return "[" + ",".join(write(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def member(obj, name):
    return next((v for k, v in obj if k == name), None) if isinstance(obj, Members) else None


def without_rows(tree, keep):
    """`tree` with only the data rows `keep(count)` returns (a range or list of row positions); None when the
    request has no rows to cut."""
    data = member(tree, "data")
    csv_text, columns = member(data, "csv"), member(data, "columns")
    if isinstance(csv_text, str):
        lines = csv_text.splitlines()
        rows = lines[1:]
        if len(rows) < 1:
            return None
        kept = [rows[i] for i in keep(len(rows))]
        new_data = Members([(k, "\n".join(lines[:1] + kept) + "\n" if k == "csv" else v) for k, v in data])
    elif isinstance(columns, Members) and columns and all(isinstance(v, list) for _, v in columns):
        count = len(columns[0][1])
        if count < 1 or any(len(v) != count for _, v in columns):
            return None
        positions = list(keep(count))
        new_data = Members([(k, Members([(n, [v[i] for i in positions]) for n, v in columns]) if k == "columns" else v)
                            for k, v in data])
    else:
        return None
    return Members([(k, new_data if k == "data" else v) for k, v in tree])


def row_cuts(tree):
    """Variants with fewer data rows: each half, then each row alone removed (at most 16 rows)."""
    data = member(tree, "data")
    csv_text, columns = member(data, "csv"), member(data, "columns")
    if isinstance(csv_text, str):
        count = max(0, len(csv_text.splitlines()) - 1)
    elif isinstance(columns, Members) and columns and isinstance(columns[0][1], list):
        count = len(columns[0][1])
    else:
        return
    if count >= 2:
        yield without_rows(tree, lambda n: range(n // 2))
        yield without_rows(tree, lambda n: range(n // 2, n))
    if count <= 16:
        for i in range(count):
            yield without_rows(tree, lambda n, i=i: [j for j in range(n) if j != i])


def removals(node):
    """Copies of `node` with one object member or array element removed, outermost first."""
    if isinstance(node, Members):
        for i in range(len(node)):
            if node[i][0] != "abi":
                yield Members(node[:i] + node[i + 1:])
        for i, (k, v) in enumerate(node):
            for smaller in removals(v):
                yield Members(node[:i] + [(k, smaller)] + node[i + 1:])
    elif isinstance(node, list):
        for i in range(len(node)):
            yield node[:i] + node[i + 1:]
        for i, v in enumerate(node):
            for smaller in removals(v):
                yield node[:i] + [smaller] + node[i + 1:]


def candidates(content):
    """Smaller variants of `content` (bytes), most promising first."""
    try:
        tree = read(content)
    except (UnicodeDecodeError, ValueError):
        half = len(content) // 2
        if half:
            yield content[:half]
            yield content[half:]
        return
    for variant in row_cuts(tree):
        if variant is not None:
            yield write(variant).encode("utf-8", "backslashreplace")
    for variant in removals(tree):
        yield write(variant).encode("utf-8", "backslashreplace")


def minimise(content, still_fails, attempts=80, seconds=120):
    """The smallest variant of `content` found for which `still_fails(variant)` holds (`content` itself if none)."""
    deadline = time.monotonic() + seconds
    progress = True
    while progress and attempts > 0 and time.monotonic() < deadline:
        progress = False
        for variant in candidates(content):
            if attempts <= 0 or time.monotonic() >= deadline:
                break
            if len(variant) >= len(content):
                continue
            attempts -= 1
            if still_fails(variant):
                content, progress = variant, True
                break
    return content
