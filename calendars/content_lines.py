"""RFC 5545 content lines for the few value types our events use, written directly.

icalendar builds the same text through its general object model at about four times the cost,
which a team feed of a thousand events cannot afford on every change. The output is icalendar's
own, byte for byte: tests/test_feed_writer.py reads it back with icalendar and writes it again.
icalendar still writes the calendar's head (VTIMEZONE and friends) and reads every feed in the tests.
"""

import datetime as dt

LIMIT = 75  # octets; like icalendar, a line is folded before it would reach this many


def text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11), in icalendar's order."""
    return (
        value.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def date(value: dt.date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def local_time(value: dt.datetime) -> str:
    return f"{date(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}"


def utc(value: dt.datetime) -> str:
    return local_time(value.astimezone(dt.timezone.utc)) + "Z"


def duration(value: dt.timedelta) -> str:
    sign = "-" if value.days < 0 else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = ""
    if value.seconds:
        clock = "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or (hours and seconds) else "")
        clock += f"{seconds}S" if seconds else ""
    if value.days == 0 and clock:
        return f"{sign}P{clock}"
    return f"{sign}P{value.days}D{clock}"


def fold(line: str) -> bytes:
    """One content line as octets, folded at fewer than 75 octets on character boundaries."""
    data = line.encode()
    if len(data) < LIMIT:
        return data
    parts, start = [], 0
    while len(data) - start >= LIMIT:
        cut = start + LIMIT - 1
        while data[cut] & 0xC0 == 0x80:  # never inside a character
            cut -= 1
        if data[cut - 1] in b"\\^" and cut - 1 > start:  # keep an escape with what it escapes
            cut -= 1
        parts.append(data[start:cut])
        start = cut
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def join(lines) -> bytes:
    return b"".join(fold(line) + b"\r\n" for line in lines)
