"""Progress of replication loops (``progress=`` of the estimator functions and ``distributed.run``).

``progress`` is ``True`` (a tqdm bar when tqdm is installed, else one updating line on standard error) or a callable
``progress(done, total)`` called with the number of replications finished and their total each time a shard of them
finishes; ``None`` or ``False`` reports nothing. Reporting does not change the answer: the shards are combined into
the very bytes of the unsharded request (``distributed``).
"""

import sys


class Reporter:
    """Counts finished replications and reports them as ``progress`` asks (see the module's description)."""

    def __init__(self, progress, total):
        self.total, self.done = total, 0
        self._bar = None
        if progress is True:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                self._report = self._line
            else:
                self._bar = tqdm(total=total, unit="replication", desc="panelcore")
                self._report = lambda done, total: self._bar.update(done - self._bar.n)
        elif callable(progress):
            self._report = progress
        else:
            self._report = None

    def finished(self, count):
        """``count`` more replications are done."""
        self.done += count
        if self._report is not None:
            self._report(self.done, self.total)

    def close(self):
        if self._bar is not None:
            self._bar.close()
        elif self._report == self._line:
            sys.stderr.write("\n")

    def _line(self, done, total):
        sys.stderr.write(f"\rpanelcore: {done}/{total} replications")
        sys.stderr.flush()
