#!/usr/bin/env python
"""Django's command-line utility for administrative tasks.

A developer checkout may hold a ``.env`` file (``make install`` writes one with ``DEBUG=1``), so
that ``python manage.py …`` works there without exporting variables first. Its lines are
``NAME=value`` defaults: the real environment always wins. Deployments have no ``.env`` (it is
neither committed nor copied into the image) and set their variables in the environment;
``ENV_FILE`` names another file, and ``ENV_FILE=`` (empty) reads none (the test suite does that).
"""

import os
import sys
from pathlib import Path


def read_dotenv(default: Path) -> None:
    name = os.environ.get("ENV_FILE")
    path = default if name is None else Path(name) if name else None
    if path is None or not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            os.environ.setdefault(name.strip(), value.strip())


def main():
    read_dotenv(Path(__file__).resolve().parent / ".env")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
