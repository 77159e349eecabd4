"""A data file handed to the module beside a request (``pc_run_with_file``): read in pieces where the module asks, so
neither base64 nor a copy of the whole file passes through the request or the module's memory.

``data`` is a path (``str`` or ``os.PathLike``), bytes (``bytes``, ``bytearray``, ``memoryview``) or a binary file
object (``open(path, "rb")``, ``io.BytesIO``: the file from its current position on; a file object that cannot seek is
read whole first). The module tells
the format from the content, as the native ``panelcore ols --data FILE`` does: CSV (UTF-8, UTF-16, GB18030/GBK),
Stata .dta, Excel .xlsx.
"""

import io
import os


def is_data_file(data):
    """Whether ``data`` is one of the forms above (a DataFrame or a dict of columns is not)."""
    return isinstance(data, (str, os.PathLike, bytes, bytearray, memoryview)) or (
        hasattr(data, "read") and hasattr(data, "seek"))


class DataFile:
    """An open data file: ``byte_count`` and ``read_into(offset, view)``. Use as a context manager (a path is opened
    and closed here; a file object stays the caller's)."""

    def __init__(self, data):
        self._owned = None
        if isinstance(data, (str, os.PathLike)):
            # The file's own errors (missing, a directory, no permission) are Python's, raised here.
            self._owned = self._file = open(data, "rb")
            self._bytes = None
        elif isinstance(data, (bytes, bytearray, memoryview)):
            self._file, self._bytes = None, memoryview(data).cast("B")
        elif hasattr(data, "read"):
            self._file, self._bytes = data, None
            if not (hasattr(data, "seekable") and data.seekable()):
                self._file, self._bytes = None, memoryview(data.read()).cast("B")
        else:
            raise TypeError(f"data must be a path, bytes or a binary file object, not {type(data).__name__}")
        if self._file is not None:
            self._start = self._file.tell()
            self.byte_count = self._file.seek(0, io.SEEK_END) - self._start
        else:
            self.byte_count = len(self._bytes)

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()

    def close(self):
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def read(self, offset, length):
        """Up to ``length`` bytes from ``offset`` (fewer only at the end of the file)."""
        if self._bytes is not None:
            return self._bytes[offset:offset + length]
        if self._owned is not None and hasattr(os, "pread"):
            return os.pread(self._file.fileno(), length, self._start + offset)
        self._file.seek(self._start + offset)
        return self._file.read(length)
