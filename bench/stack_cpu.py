"""Where a process's CPU goes, by thread and by function: Python stacks sampled in a thread and
weighted by the CPU each thread used since the previous sample (`/proc/self/task/TID/schedstat`,
nanoseconds), not by wall time. A thread that sleeps in poll() or waits on a lock weighs
nothing, which cProfile (its overhead grows with the number of calls: it inflated feedparser
five times over) and wall-clock samplers (py-spy here could not tell idle threads apart) get
wrong. Used by `bench.cpu_split --stacks FILE`.

The CPU a thread used between two samples is charged to the stack seen at the second one, so a
function shows in proportion to the CPU spent while it was on the stack; with samples every
5 ms and runs of seconds that is close enough to rank where the milliseconds go.
"""

import re
import sys
import threading
from collections import Counter
from pathlib import Path
from types import FrameType

# Pool threads (ThreadPoolExecutor-3_7, xauto-stage_2) under one name.
_POOL_SUFFIX = re.compile(r"[_-]?\d+(?:_\d+)?(?: \(\w+\))?$")


def thread_group(name: str) -> str:
    """A thread's name without its pool's numbering: 'ThreadPoolExecutor-3_7' and
    'ThreadPoolExecutor-0_0' are both 'ThreadPoolExecutor'."""
    return _POOL_SUFFIX.sub("", name) or name


_REPO = str(Path(__file__).resolve().parents[1]) + "/"


def frame_label(filename: str, function: str, repo: str = _REPO) -> str:
    """'module/file.py:function', the path cut to what follows site-packages, the standard
    library or the repository's root."""
    for marker in ("site-packages/", "python3.11/"):
        if marker in filename:
            return f"{filename.split(marker, 1)[1]}:{function}"
    if filename.startswith(repo):
        filename = filename[len(repo) :]
    return f"{filename}:{function}"


def stack_of(frame: FrameType | None) -> tuple[str, ...]:
    """The frame's stack, outermost first, as labels."""
    out: list[str] = []
    while frame is not None:
        out.append(frame_label(frame.f_code.co_filename, frame.f_code.co_name))
        frame = frame.f_back
    return tuple(reversed(out))


def _thread_ns(tid: int) -> int | None:
    try:
        return int(Path(f"/proc/self/task/{tid}/schedstat").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


class StackSampler:
    """Samples every thread's stack every `every` s, weighted by its CPU since the last."""

    def __init__(self, every: float = 0.005) -> None:
        self.every = every
        self.stacks: Counter[tuple[str, ...]] = Counter()  # (thread group, *frames) → ns
        self.unseen_ns = 0  # CPU of threads with no Python frame (native threads)
        self._last: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stack-sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(self.every):
            frames = sys._current_frames()
            threads = {t.ident: t for t in threading.enumerate()}
            for ident, frame in frames.items():
                if ident == me:
                    continue
                thread = threads.get(ident)
                tid = thread.native_id if thread is not None else None
                if tid is None:
                    continue
                ns = _thread_ns(tid)
                if ns is None:
                    continue
                before = self._last.get(tid)
                self._last[tid] = ns
                if before is None or ns <= before:
                    continue
                assert thread is not None
                self.stacks[(thread_group(thread.name), *stack_of(frame))] += ns - before

    def stop(self) -> Counter[tuple[str, ...]]:
        self._stop.set()
        self._thread.join()
        return self.stacks


def summary(stacks: Counter[tuple[str, ...]], top: int = 40) -> str:
    """CPU seconds by thread group, then by function (inclusive: while on the stack, and
    self: at the top), highest first."""
    total = sum(stacks.values()) or 1
    groups: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    for (group, *frames), ns in stacks.items():
        groups[group] += ns
        for label in set(frames):
            inclusive[label] += ns
        if frames:
            own[frames[-1]] += ns
    lines = [f"sampled CPU {total / 1e9:.2f} s"]
    lines += [f"  {ns / 1e9:7.2f} s  {group}" for group, ns in groups.most_common()]
    lines.append("inclusive (CPU while on the stack):")
    lines += [
        f"  {ns / 1e9:7.3f} s {100 * ns / total:5.1f} %  {label}"
        for label, ns in inclusive.most_common(top)
    ]
    lines.append("self (CPU at the top of the stack):")
    lines += [
        f"  {ns / 1e9:7.3f} s {100 * ns / total:5.1f} %  {label}"
        for label, ns in own.most_common(top)
    ]
    return "\n".join(lines)


def write_collapsed(stacks: Counter[tuple[str, ...]], path: str) -> None:
    """One line per stack, 'thread;frame;frame microseconds' (flamegraph.pl's input)."""
    with open(path, "w") as fh:
        for stack, ns in stacks.most_common():
            fh.write(";".join(stack) + f" {ns // 1000}\n")
