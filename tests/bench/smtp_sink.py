"""`python -m tests.bench.smtp_sink PORT FILE`: an aiosmtpd server in its own process, as a real local
mail server would be, writing one line per accepted message to FILE (the bench counts them): the
moment it arrived (epoch seconds), its size, its Message-ID and its recipients."""

import re
import sys
import time

from aiosmtpd.controller import Controller

MESSAGE_ID = re.compile(rb"^Message-ID:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


class Counter:
    def __init__(self, path):
        self.out = open(path, "a", buffering=1, encoding="utf-8")

    async def handle_DATA(self, server, session, envelope):
        found = MESSAGE_ID.search(envelope.original_content or b"")
        message_id = found.group(1).decode() if found else "-"
        self.out.write(f"{time.time():.6f} {len(envelope.content)} {message_id} {' '.join(envelope.rcpt_tos)}\n")
        return "250 Message accepted for delivery"


def main(port: int, path: str) -> None:
    controller = Controller(Counter(path), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
