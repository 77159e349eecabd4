"""One PanelCore module instance under wasmtime, reused across requests through the pc_* exports."""

import json
import threading

import wasmtime

from .locate import locate_wasm
from .module_cache import compiled_module

# The ABI version this host speaks, checked against pc_abi_version at load.
SUPPORTED_ABI_VERSION = 1
# pc_run's return values (docs/ABI.md, "The WebAssembly module").
STATUS_OK = 0
STATUS_ERROR_RESPONSE = 1
STATUS_OUT_OF_MEMORY = 2


class WasmError(RuntimeError):
    """The module trapped, ran out of fuel or memory, or is not a PanelCore module."""


def encode_request(request):
    """The request as bytes: dicts/lists are JSON-encoded (UTF-8), str is UTF-8-encoded, bytes pass through."""
    if isinstance(request, (bytes, bytearray, memoryview)):
        return bytes(request)
    if isinstance(request, str):
        return request.encode("utf-8")
    return json.dumps(request, ensure_ascii=False, allow_nan=False).encode("utf-8")


class Engine:
    """Loads panelcore.wasm once and answers requests with one instance through the library exports.

    ``fuel`` (optional) is the wasmtime fuel budget of each request; ``memory_limit_bytes`` (optional)
    caps the instance's linear memory. Each new instance's pc_abi_version must equal
    SUPPORTED_ABI_VERSION, else WasmError. A trap (including running out of fuel or memory) raises
    :class:`WasmError` and discards the instance, so memory a trap left allocated is not reused;
    the next request gets a fresh instance. Thread-safe.
    """

    def __init__(self, wasm_path=None, fuel=None, memory_limit_bytes=None):
        config = wasmtime.Config()
        config.consume_fuel = fuel is not None
        self._engine = wasmtime.Engine(config)
        self._module = compiled_module(self._engine, wasm_path or locate_wasm(), {"consume_fuel": fuel is not None})
        self._linker = wasmtime.Linker(self._engine)
        self._linker.define_wasi()
        self._fuel = fuel
        self._memory_limit_bytes = memory_limit_bytes
        self._lock = threading.Lock()
        self._instance = None
        #: the engine's request language (``{"estimator": "schema"}``), read by ``panelcore.schema`` on first use
        self.schema = None

    def run(self, request):
        """Answers a request (dict, JSON str or bytes) and returns the decoded response dict."""
        return json.loads(self.run_bytes(encode_request(request)))

    def run_bytes(self, request):
        """Answers request bytes and returns the response bytes."""
        return self.run_with_status(request)[1]

    def run_with_status(self, request):
        """Answers request bytes; returns (0 for an ok response or 1 for an error response, response bytes)."""
        with self._lock:
            try:
                return self._call(bytes(request))
            except (wasmtime.Trap, wasmtime.WasmtimeError) as error:
                self._instance = None
                raise WasmError(f"panelcore.wasm failed: {error}") from error

    def _ready_instance(self):
        if self._instance is None:
            store = wasmtime.Store(self._engine)
            store.set_wasi(wasmtime.WasiConfig())
            self._refuel(store)
            if self._memory_limit_bytes is not None:
                store.set_limits(memory_size=self._memory_limit_bytes)
            exports = self._linker.instantiate(store, self._module).exports(store)
            version = exports["pc_abi_version"](store)
            if version != SUPPORTED_ABI_VERSION:
                raise WasmError(f"panelcore.wasm speaks ABI {version}; this host speaks {SUPPORTED_ABI_VERSION}")
            self._instance = (store, exports)
        return self._instance

    def _refuel(self, store):
        if self._fuel is not None:
            store.set_fuel(self._fuel)

    def _call(self, request):
        store, exports = self._ready_instance()
        self._refuel(store)
        memory = exports["memory"]
        pointer = exports["pc_alloc"](store, len(request))
        if pointer == 0:
            raise WasmError(f"panelcore.wasm cannot allocate {len(request)} bytes for the request")
        memory.write(store, request, pointer)
        # The module frees the request once parsed (not beside the decoded data during the estimation).
        status = exports["pc_run_consuming"](store, pointer, len(request))
        if status == STATUS_OUT_OF_MEMORY:
            raise WasmError("panelcore.wasm ran out of memory storing the response")
        result_pointer = exports["pc_result_ptr"](store)
        response = bytes(memory.read(store, result_pointer, result_pointer + exports["pc_result_len"](store)))
        exports["pc_result_free"](store)
        return status, response
