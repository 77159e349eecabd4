"""The compiled module, cached: wasmtime's serialized form of panelcore.wasm under the user cache directory.

Compiling the 2.4 MB module takes 1–3 s; loading its serialized form takes milliseconds. An entry is keyed by the
SHA-256 of the module's bytes, the wasmtime version and the engine settings that change the compiled code (fuel,
epoch interruption), so a new module, a wasmtime upgrade or another setting never loads a stale entry. Each entry
starts with the SHA-256 of the serialized bytes after it and is checked before wasmtime reads it, so a truncated or
corrupt entry is compiled again and replaced. Entries are written to a temporary file and renamed into place, so
concurrent processes only ever see whole entries. Where the cache directory cannot be written the module is simply
compiled each time.

Directory: ``$PANELCORE_CACHE_DIR``, else ``$XDG_CACHE_HOME/panelcore``, else ``~/.cache/panelcore``.
"""

import hashlib
import os
import tempfile
from importlib import metadata
from pathlib import Path

import wasmtime

DIGEST_BYTES = 32


def cache_directory():
    """Where compiled modules are kept."""
    chosen = os.environ.get("PANELCORE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "panelcore"


def entry_path(wasm, settings):
    """The cache file of a module's bytes compiled under ``settings`` (a dict of engine options)."""
    key = hashlib.sha256()
    key.update(wasm)
    key.update(metadata.version("wasmtime").encode())
    key.update(repr(sorted(settings.items())).encode())
    return cache_directory() / f"panelcore-{key.hexdigest()[:32]}.cwasm"


def compiled_module(engine, wasm_path, settings):
    """The module at ``wasm_path`` compiled for ``engine``: from the cache when a sound entry exists, else compiled
    and stored."""
    wasm = Path(wasm_path).read_bytes()
    entry = entry_path(wasm, settings)
    cached = _read_entry(engine, entry)
    if cached is not None:
        return cached
    module = _compile(engine, wasm)
    _write_entry(entry, module.serialize())
    return module


def _compile(engine, wasm):
    """Compiles the module (the slow step the cache avoids)."""
    return wasmtime.Module(engine, wasm)


def _read_entry(engine, entry):
    """The module stored in ``entry``, or None when it is absent, unreadable, corrupt or made by another engine."""
    try:
        stored = entry.read_bytes()
    except OSError:
        return None
    digest, serialized = stored[:DIGEST_BYTES], stored[DIGEST_BYTES:]
    if len(stored) <= DIGEST_BYTES or hashlib.sha256(serialized).digest() != digest:
        return None
    try:
        return wasmtime.Module.deserialize(engine, serialized)
    except wasmtime.WasmtimeError:
        return None


def _write_entry(entry, serialized):
    """Stores ``serialized`` with its digest, atomically; gives up silently when the directory is not writable."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".partial-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(hashlib.sha256(serialized).digest())
            file.write(serialized)
        os.replace(temporary, entry)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
