"""What the extractor finds in a text, in the shape the style and failure-class tests compare."""

from tenders.extractor import extract
from tenders.extractor.scoring import SHAPES


def found(text: str) -> list[tuple]:
    """The proposed milestones as (kind, ISO date, HH:MM or None, precision), in the proposal's order."""
    return [
        (m.kind, m.date.isoformat(), m.time.strftime("%H:%M") if m.time else None, m.precision)
        for m in extract(text).proposal.milestones
    ]


def kinds(text: str) -> list[str]:
    return [kind for kind, *_ in found(text)]


def steps(text: str) -> list[tuple]:
    """The proposed milestones as (kind, date, time or None, precision), the values themselves."""
    return [(m.kind, m.date, m.time, m.precision) for m in extract(text).proposal.milestones]


def one_line(text: str) -> str:
    """The text as a PDF text layer or a portal page copied without its line breaks (``score_extraction --shape one-line``)."""
    return SHAPES["one-line"](text)


class SlicedLine(str):
    """A line that counts the characters each slice of it copies (a device's work on a long line, measured without a
    clock: ``SlicedLine.copied = 0`` before, a bound on it after)."""

    copied = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        SlicedLine.copied += len(part)
        return part
