"""The compiled module, cached: wasmtime's serialized form of panelcore.wasm under the user cache directory.

Compiling the 2.4 MB module takes seconds; mapping its serialized form takes about a millisecond. An entry is keyed
by the SHA-256 of the module's bytes, the installed wasmtime (its package files' identity) and the engine settings
that change the compiled code (fuel, epoch interruption), so a new module, a wasmtime upgrade or another setting
never loads a stale entry (wasmtime also refuses entries of another version). Beside each entry a check file holds
its length and CRC-32, verified over a memory map before wasmtime reads the entry, so a truncated or corrupt entry is
compiled again and replaced. Entries and check files are written to temporary files and renamed into place, so
concurrent processes only ever see whole files. Where the cache directory cannot be written the module is simply
compiled each time.

Directory: ``$PANELCORE_CACHE_DIR``, else ``$XDG_CACHE_HOME/panelcore``, else ``~/.cache/panelcore``.
"""

import hashlib
import mmap
import os
import tempfile
import zlib
from pathlib import Path

import wasmtime


def cache_directory():
    """Where compiled modules are kept."""
    chosen = os.environ.get("PANELCORE_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "panelcore"


def _wasmtime_identity():
    """Where the installed wasmtime package is and when its files were written (changes with every install)."""
    package = Path(wasmtime.__file__).resolve()
    status = package.stat()
    return f"{package}:{status.st_size}:{status.st_mtime_ns}"


def entry_path(wasm, settings):
    """The cache file of a module's bytes compiled under ``settings`` (a dict of engine options)."""
    key = hashlib.sha256()
    key.update(wasm)
    key.update(_wasmtime_identity().encode())
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


def _check_file(entry):
    return entry.with_suffix(".check")


def _read_entry(engine, entry):
    """The module stored in ``entry``, or None when it is absent, unreadable, corrupt or made by another engine."""
    try:
        length, crc = (int(field) for field in _check_file(entry).read_text().split())
        with open(entry, "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as view:
            if len(view) != length or zlib.crc32(view) != crc:
                return None
        return wasmtime.Module.deserialize_file(engine, str(entry))
    except (OSError, ValueError, wasmtime.WasmtimeError):
        return None


def _write_entry(entry, serialized):
    """Stores ``serialized`` and its check file, atomically; gives up silently when the directory is not writable."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    _write_atomically(entry, serialized)
    _write_atomically(_check_file(entry), f"{len(serialized)} {zlib.crc32(serialized)}\n".encode())


def _write_atomically(path, content):
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
