"""The versions given on the command line (``tandem --ru A --en B``) read and aligned in a
child process while the window's own modules load: on a machine with two cores or more the
window opens with the release about 0.1 s sooner (a third of what the window adds to a
bare Qt window's start). The child is forked before Qt is loaded, does only what the
import would do in the window, and sends back the result, or the error the window then
reports as it would have; if anything goes wrong on the way, the window imports the files
itself."""

from __future__ import annotations

import os
import pickle

WAIT_S = 0.1  # how much longer the window waits for the child once it is up


class EarlyImport:
    def __init__(self, ru: str, en: str, pid: int, pipe: int):
        self.paths = (ru, en)
        self._pid, self._pipe = pid, pipe

    @classmethod
    def start(cls, ru: str, en: str) -> EarlyImport | None:
        """Fork the child (before anything starts a thread or loads Qt); None where there
        is no fork."""
        if not hasattr(os, "fork"):
            return None
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: import, answer, leave without running the parent's exits
            os.close(read)
            code = 0
            try:
                from editor.importers.release_builder import import_release

                try:  # what the window uses of the result: only the model's classes to load
                    result = import_release(ru, en)
                    outcome: object = (result.release, result.warnings, result.encodings)
                except Exception as err:  # the window reports it as its own import would
                    outcome = err
                data = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        return cls(ru, en, pid, read)

    def take(self, ru: str | None, en: str | None, wait_s: float = WAIT_S):
        """The ImportResult (or the exception the import raised) for these paths; None if
        the child was asked for other files, gave no usable answer, or is not done after
        ``wait_s`` more seconds (a long import: the window then imports the files itself,
        with its progress and Cancel, and the child is stopped)."""
        if self._pipe < 0:
            return None
        import select

        if not select.select([self._pipe], [], [], wait_s)[0]:  # it writes only when done
            self._stop()
            return None
        try:
            with os.fdopen(self._pipe, "rb") as answer:
                data = answer.read()
            os.waitpid(self._pid, 0)
            outcome = pickle.loads(data) if data else None
        except Exception:
            outcome = None
        finally:
            self._pipe = -1
        if (ru, en) != self.paths or outcome is None:
            return None
        if isinstance(outcome, tuple):
            return EarlyResult(*outcome)
        return outcome

    def _stop(self) -> None:
        import signal

        try:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
        except OSError:
            pass
        os.close(self._pipe)
        self._pipe = -1


class EarlyResult:
    """What the window takes of an ImportResult (without loading the aligner to read it)."""

    def __init__(self, release, warnings: list[str], encodings: dict[str, str]):
        self.release, self.warnings, self.encodings = release, warnings, encodings
