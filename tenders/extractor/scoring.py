"""Score proposed milestones against hand-checked answers. Plain Python.

A proposed milestone matches an answer milestone when their date and precision are equal and,
where the answer gives a clock time, the time too. Each answer milestone matches at most one
proposal (two steps on the same day are two milestones). Kind accuracy is the share of matched
milestones whose kind is also right.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Point:
    kind: str
    date: str
    precision: str
    time: str | None = None
    label: str = ""

    @classmethod
    def of(cls, milestone: dict) -> Point:
        return cls(
            milestone["kind"], milestone["date"], milestone["precision"], milestone.get("time"), milestone.get("label") or ""
        )

    def matches(self, answer: Point) -> bool:
        return (self.date, self.precision) == (answer.date, answer.precision) and (
            answer.time is None or self.time == answer.time
        )

    def __str__(self) -> str:
        when = f"{self.date} {self.time}" if self.time else self.date
        return f"[{self.kind}] {when} ({self.precision}) {self.label}".rstrip()


@dataclass
class FileScore:
    name: str
    matched: list[tuple[Point, Point]] = field(default_factory=list)  # (answer, proposed)
    missed: list[Point] = field(default_factory=list)
    extra: list[Point] = field(default_factory=list)

    @property
    def wrong_kind(self) -> list[tuple[Point, Point]]:
        return [(a, p) for a, p in self.matched if a.kind != p.kind]


def score_file(name: str, answer: list[dict], proposed: list[dict]) -> FileScore:
    """Match each answer milestone to one proposal; a same-kind proposal is preferred."""
    wanted = [Point.of(m) for m in answer]
    left = [Point.of(m) for m in proposed]
    result = FileScore(name)
    unmatched = []
    for same_kind_only in (True, False):
        unmatched = []
        for point in wanted:
            pick = next((p for p in left if p.matches(point) and (p.kind == point.kind or not same_kind_only)), None)
            if pick is None:
                unmatched.append(point)
                continue
            left.remove(pick)
            result.matched.append((point, pick))
        wanted = unmatched
    result.missed, result.extra = unmatched, left
    return result


@dataclass
class Totals:
    files: list[FileScore]

    @property
    def true_positive(self) -> int:
        return sum(len(f.matched) for f in self.files)

    @property
    def precision(self) -> float:
        found = self.true_positive + sum(len(f.extra) for f in self.files)
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + sum(len(f.missed) for f in self.files)
        return self.true_positive / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def kind_accuracy(self) -> float:
        return (1 - sum(len(f.wrong_kind) for f in self.files) / self.true_positive) if self.true_positive else 1.0


def _wrapped(text: str, width: int) -> str:
    return "\n".join(line[start : start + width] for line in text.split("\n") for start in range(0, max(len(line), 1), width))


def _cells_on_lines(text: str) -> str:
    return "\n".join(
        "\n".join(cell.strip() for cell in line.strip().strip("|").split("|")) if line.count("|") >= 2 else line
        for line in text.replace("\t", "\n").split("\n")
    )


# The same notice in the shapes conversion tools hand it over in, for measuring that the extractor reads each
# shape alike (``score_extraction --shape``): a PDF text layer or portal page copied as one line, a converter's
# blank line after every line, an indented paste, a hard wrap at a fixed width, a table's cells one per line.
SHAPES = {
    "as-written": lambda text: text,
    "one-line": lambda text: text.replace("\n", " "),
    "blank-lines": lambda text: text.replace("\n", "\n\n"),
    "indented": lambda text: "\n".join("    " + line for line in text.split("\n")),
    "wrapped-40": lambda text: _wrapped(text, 40),
    "wrapped-60": lambda text: _wrapped(text, 60),
    "cells-on-lines": _cells_on_lines,
}
