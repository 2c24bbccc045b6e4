"""A document read in a child process with a memory, CPU and wall-clock budget. Plain Python.

The caps in ``documents`` stop every hostile file we know of; this is what holds against one we
do not: the child (``python -m tenders.text.isolated``) limits itself with
``resource.setrlimit`` before it reads a byte of the document, and the parent kills it when the
wall-clock budget is spent. The parent gets the text or a ``DocumentError`` with a Japanese message
that names the limit, never a hang. The child sees only the document (on stdin) and the budget:
no environment beyond PATH and the locale, no open files of the parent.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tenders.text import documents
from tenders.text.documents import DocumentError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
MEMORY_EXIT = 3  # the child's exit status when the memory budget ran out
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Budget:
    memory_bytes: int = documents.READ_MEMORY_BYTES
    cpu_seconds: int = documents.READ_CPU_SECONDS
    wall_seconds: float = documents.READ_WALL_SECONDS


def read_bytes(name: str, data: bytes, budget: Budget = Budget()) -> str:
    """``documents.read_bytes`` in a child process within ``budget``."""
    documents.check_size(len(data))
    encoded_name = name.encode("utf-8", "replace")
    command = [sys.executable, "-s", "-m", __name__, str(budget.memory_bytes), str(budget.cpu_seconds)]
    environment = {
        "PATH": os.environ.get("PATH", os.defpath),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    try:
        done = subprocess.run(
            command,
            input=struct.pack("<I", len(encoded_name)) + encoded_name + data,
            capture_output=True,
            timeout=budget.wall_seconds,
            cwd=PROJECT_ROOT,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise out_of_time(budget) from None
    if done.returncode == 0:
        try:
            answer = json.loads(done.stdout)
        except ValueError:
            answer = {}
        if "text" in answer:
            return answer["text"]
        if "error" in answer:
            raise DocumentError(answer["error"])
    if done.returncode == MEMORY_EXIT:
        raise DocumentError(
            f"文書を読むのに必要なメモリが上限（{documents.megabytes(budget.memory_bytes)}）を超えました。{documents.SHORTER}"
        )
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):  # the CPU budget's soft and hard limits
        raise out_of_time(budget)
    log.warning("document reader for %r ended with status %s: %s", name, done.returncode, done.stderr[-2000:])
    raise DocumentError("文書を読めませんでした。ファイルが壊れている可能性があります。本文を貼り付けてください。")


def out_of_time(budget: Budget) -> DocumentError:
    seconds = min(budget.cpu_seconds, budget.wall_seconds)
    return DocumentError(f"文書の読み取りが時間内に終わりませんでした（上限 {seconds:g} 秒）。{documents.SHORTER}")


def limit_this_process(memory_bytes: int, cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))  # SIGXCPU, then SIGKILL
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # writes no file
    resource.setrlimit(resource.RLIMIT_NOFILE, (16, 16))


def main(argv: list[str]) -> int:
    """The child: the readers loaded, then the limits, then the document from stdin, the answer as JSON on stdout."""
    documents.load_readers()
    limit_this_process(int(argv[0]), int(argv[1]))
    try:
        payload = sys.stdin.buffer.read()
        (length,) = struct.unpack("<I", payload[:4])
        name = payload[4 : 4 + length].decode("utf-8", "replace")
        try:
            answer = {"text": documents.read_bytes(name, payload[4 + length :])}
        except DocumentError as exc:
            answer = {"error": str(exc)}
        del payload
        sys.stdout.buffer.write(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
        sys.stdout.buffer.flush()
    except MemoryError:
        os._exit(MEMORY_EXIT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
