"""`python -m tests.bench.smtp_sink PORT FILE`: an aiosmtpd server in its own process, as a real local
mail server would be, writing one line per accepted message to FILE (the bench counts them)."""

import sys
import time

from aiosmtpd.controller import Controller


class Counter:
    def __init__(self, path):
        self.out = open(path, "a", buffering=1, encoding="utf-8")

    async def handle_DATA(self, server, session, envelope):
        self.out.write(f"{len(envelope.content)} {' '.join(envelope.rcpt_tos)}\n")
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
