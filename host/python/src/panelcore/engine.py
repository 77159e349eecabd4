"""One PanelCore module instance under wasmtime, reused across requests through the pc_* exports."""

import json
import threading

import wasmtime

from .datafile import DataFile
from .locate import locate_wasm
from .module_cache import compiled_module

# The ABI version this host speaks, checked against pc_abi_version at load.
SUPPORTED_ABI_VERSION = 1
# pc_run's return values (docs/ABI.md, "The WebAssembly module").
STATUS_OK = 0
STATUS_ERROR_RESPONSE = 1
STATUS_OUT_OF_MEMORY = 2
# WebAssembly pages are 64 KiB; the module's memory may grow to 2 GiB (wasm/build.sh).
PAGE_BYTES = 65536
MODULE_MAXIMUM_BYTES = 2 * 2**30
# The parameters and result of the host's file reader, read(offset, destination, length) -> copied
# (pc_run_with_file); its FuncType is made per instance, as wasmtime ties a type to the engine that first uses it.
READ_FILE_PARAMETERS = ("i64", "i32", "i32")
READ_FILE_RESULTS = ("i32",)
# The module's allocation functions: a trap inside one of them is an allocation that found no memory.
ALLOCATORS = {"swift_allocObject", "swift_slowAlloc", "malloc", "posix_memalign", "aligned_alloc"}


class WasmError(RuntimeError):
    """The module trapped or ran out of fuel, or is not a PanelCore module. The message's first line names the
    cause (``panelcore.wasm ran out of fuel``, ``panelcore.wasm trapped (unreachable)``); wasmtime's full report,
    with the module's backtrace, follows on the next lines."""


def host_error_response(code, message):
    """An error response made by the host, in the core's byte layout (docs/ABI.md, "Errors")."""
    detail = json.dumps({"code": code, "message": message, "where": "/"}, ensure_ascii=False, separators=(",", ":"))
    return ('{"abi":1,"ok":false,"error":' + detail + "}").encode("utf-8")


def seconds_text(seconds):
    """Seconds as the core prints numbers: 2, not 2.0."""
    return str(int(seconds)) if float(seconds).is_integer() else repr(float(seconds))


def encode_request(request):
    """The request as bytes: dicts/lists are JSON-encoded (UTF-8), str is UTF-8-encoded, bytes pass through."""
    if isinstance(request, (bytes, bytearray, memoryview)):
        return bytes(request)
    if isinstance(request, str):
        return request.encode("utf-8")
    return json.dumps(request, ensure_ascii=False, allow_nan=False).encode("utf-8")


class Engine:
    """Loads panelcore.wasm once and answers requests with one instance through the library exports.

    Limits, all optional and per request:

    - ``max_seconds``: a deadline by wasmtime's epoch interruption (a timer thread advances the engine's epoch
      after that many seconds). A request still running then answers the error response
      ``{"abi":1,"ok":false,"error":{"code":"time_limit",…,"where":"/"}}`` made by the host. A model's
      ``options.max_seconds`` is measured inside the module (WASI's clock) and answers ``time_limit`` too.
    - ``memory_limit_bytes``: caps the instance's linear memory. A request that needs more — more than the
      module's 2 GiB maximum too — answers ``too_large`` (made by the host) instead of failing.
    - ``fuel``: the wasmtime fuel budget of each request; running out raises :class:`WasmError`.

    After a trap of any kind the instance is discarded, so memory it left allocated is not reused; the next
    request gets a fresh instance. Each new instance's pc_abi_version must equal SUPPORTED_ABI_VERSION, else
    WasmError. Other traps raise :class:`WasmError`. Thread-safe.

    ``data`` (of ``run``, ``run_bytes``, ``run_with_status``): a data file beside the request — a path, bytes or a
    binary file object (``panelcore.datafile``) — that the module reads in pieces where it asks
    (``pc_run_with_file``); the request's ``data`` then holds only the file's options (``sheet``, ``encoding``,
    ``format``, ``labels``). The response is byte for byte the native ``panelcore run --data FILE``'s.
    """

    def __init__(self, wasm_path=None, fuel=None, memory_limit_bytes=None, max_seconds=None):
        if max_seconds is not None and not max_seconds > 0:
            raise ValueError("max_seconds must be a positive number of seconds")
        config = wasmtime.Config()
        config.consume_fuel = fuel is not None
        config.epoch_interruption = max_seconds is not None
        self._engine = wasmtime.Engine(config)
        #: the module file this engine loaded (sharded runs load the same file in their workers)
        self.wasm_path = wasm_path or locate_wasm()
        self._module = compiled_module(self._engine, self.wasm_path, {"consume_fuel": fuel is not None,
                                                                                           "epoch_interruption": max_seconds is not None})
        self._linker = wasmtime.Linker(self._engine)
        self._linker.define_wasi()
        self._fuel = fuel
        self._memory_limit_bytes = memory_limit_bytes
        self._max_seconds = max_seconds
        self._lock = threading.Lock()
        self._instance = None
        self._data_file = None
        #: the engine's request language (``{"estimator": "schema"}``), read by ``panelcore.schema`` on first use
        self.schema = None

    def run(self, request, data=None):
        """Answers a request (dict, JSON str or bytes), with the data file ``data`` if given, and returns the decoded
        response dict."""
        return json.loads(self.run_bytes(encode_request(request), data))

    def run_bytes(self, request, data=None):
        """Answers request bytes (with the data file ``data`` if given) and returns the response bytes."""
        return self.run_with_status(request, data)[1]

    def run_with_status(self, request, data=None):
        """Answers request bytes (with the data file ``data`` if given); returns (0 for an ok response or 1 for an
        error response, response bytes)."""
        if data is not None:
            with DataFile(data) as file:
                return self._run_with_status(request, file)
        return self._run_with_status(request, None)

    def _run_with_status(self, request, file):
        with self._lock:
            timer = None
            try:
                store, exports = self._ready_instance()
                if self._max_seconds is not None:
                    store.set_epoch_deadline(1)
                    timer = threading.Timer(self._max_seconds, self._engine.increment_epoch)
                    timer.daemon = True
                    timer.start()
                return self._call(store, exports, bytes(request), file)
            except (wasmtime.Trap, wasmtime.WasmtimeError) as error:
                answer = self._answer_to_trap(error)
                self._instance = None
                if answer is None:
                    raise WasmError(self._describe(error)) from error
                return STATUS_ERROR_RESPONSE, answer
            finally:
                if timer is not None:
                    timer.cancel()

    def _answer_to_trap(self, error):
        """The host's error response to a trap the limits explain (time, memory), else None."""
        code = getattr(error, "trap_code", None)
        if code == wasmtime.TrapCode.INTERRUPT and self._max_seconds is not None:
            return host_error_response("time_limit", f"the host's time limit of {seconds_text(self._max_seconds)} s ran out")
        if self._memory_exhausted(error):
            return host_error_response("too_large", self._memory_message())
        return None

    def _memory_exhausted(self, error):
        """Whether the trap came from memory the module could not get: it trapped inside an allocation function,
        its report says so, or the memory had grown to within a page of the cap."""
        frames = getattr(error, "frames", None) or []
        if frames and frames[0].func_name in ALLOCATORS:
            return True
        if "out of memory" in str(error).lower():
            return True
        if self._instance is None:
            return False
        store, exports = self._instance
        return exports["memory"].data_len(store) + PAGE_BYTES > self._memory_cap()

    def _memory_cap(self):
        return min(self._memory_limit_bytes or MODULE_MAXIMUM_BYTES, MODULE_MAXIMUM_BYTES)

    def _memory_message(self):
        limit = self._memory_cap()
        owner = "the host's memory_limit_bytes" if limit < MODULE_MAXIMUM_BYTES else "the module's maximum memory"
        return f"the request needs more memory than {owner} allows ({limit} bytes)"

    def _describe(self, error):
        """One line naming the cause, then wasmtime's report."""
        code = getattr(error, "trap_code", None)
        if code == wasmtime.TrapCode.OUT_OF_FUEL:
            cause = "ran out of fuel"
        elif code is not None:
            cause = f"trapped ({code.name.lower().replace('_', ' ')})"
        else:
            cause = "failed"
        report = str(error).strip()
        first = report.splitlines()[0] if report else ""
        return f"panelcore.wasm {cause}: {first}" + (f"\n{report}" if "\n" in report else "")

    def _ready_instance(self):
        if self._instance is None:
            store = wasmtime.Store(self._engine)
            store.set_wasi(wasmtime.WasiConfig())
            self._refuel(store)
            if self._max_seconds is not None:
                store.set_epoch_deadline(1)
            if self._memory_limit_bytes is not None:
                store.set_limits(memory_size=self._memory_limit_bytes)
            exports = self._linker.instantiate(store, self._module).exports(store)
            version = exports["pc_abi_version"](store)
            if version != SUPPORTED_ABI_VERSION:
                raise WasmError(f"panelcore.wasm speaks ABI {version}; this host speaks {SUPPORTED_ABI_VERSION}")
            reader_type = wasmtime.FuncType([getattr(wasmtime.ValType, name)() for name in READ_FILE_PARAMETERS],
                                            [getattr(wasmtime.ValType, name)() for name in READ_FILE_RESULTS])
            reader = wasmtime.Func(store, reader_type, self._read_file, access_caller=True)
            self._reader_index = exports["__indirect_function_table"].grow(store, 1, reader)
            self._instance = (store, exports)
        return self._instance

    def _read_file(self, caller, offset, destination, length):
        """The module's read_file: copies up to ``length`` bytes of the current data file from ``offset`` to
        ``destination`` in its memory; the number copied, or -1 when the file cannot be read (the module then answers
        an error naming the offset)."""
        try:
            piece = self._data_file.read(offset, length)
        except (OSError, ValueError, AttributeError):
            return -1
        if len(piece):
            caller["memory"].write(caller, bytes(piece), destination)
        return len(piece)

    def _refuel(self, store):
        if self._fuel is not None:
            store.set_fuel(self._fuel)

    def _call(self, store, exports, request, file):
        """Runs ``request`` (with ``file`` beside it, if any) in the instance; (status, response bytes)."""
        self._refuel(store)
        pointer = exports["pc_alloc"](store, len(request))
        if pointer == 0:
            return STATUS_ERROR_RESPONSE, host_error_response(
                "too_large", f"the request of {len(request)} bytes does not fit: {self._memory_message()}")
        exports["memory"].write(store, request, pointer)
        if file is None:
            # The module frees the request once parsed (not beside the decoded data during the estimation).
            return self._response(store, exports, exports["pc_run_consuming"](store, pointer, len(request)))
        # pc_run_with_file: the file is read through _read_file where the module asks; the request stays ours.
        self._data_file = file
        try:
            status = exports["pc_run_with_file"](store, pointer, len(request), file.byte_count, self._reader_index)
        finally:
            self._data_file = None
        exports["pc_free"](store, pointer, len(request))
        return self._response(store, exports, status)

    def _response(self, store, exports, status):
        """The response kept by the module after a run that returned ``status``."""
        memory = exports["memory"]
        if status == STATUS_OUT_OF_MEMORY:
            self._instance = None
            return STATUS_ERROR_RESPONSE, host_error_response(
                "too_large", f"the response does not fit: {self._memory_message()}")
        result_pointer = exports["pc_result_ptr"](store)
        response = bytes(memory.read(store, result_pointer, result_pointer + exports["pc_result_len"](store)))
        exports["pc_result_free"](store)
        return status, response
