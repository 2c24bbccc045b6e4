"""Review rv49, a speed review of the extractor: a box drawn beside the body (round sa) read in one pass, not from each
of its tops again; two patterns scanned over the whole text guarded by their first characters. Its device is measured
in the bench (``tests/bench/figures.py``, ``ADVERSARIAL``). The outputs stay as they were."""

import importlib
import re

from tenders.extractor import dates, relining

extract_module = importlib.import_module("tenders.extractor.extract")

# --- a box drawn beside the body (round sa) ---------------------------------------------------------------------------

BOX = (
    "1 事業の目的 ┌ 日 程 ──┐ 県内観光地の│公告  │ 魅力を発信│質問  │ する事業を│提案  │ 実施する。│審査  │ 以上 "
    "└─────┘ 2 概要"
)


def test_a_box_beside_the_body_is_cut_as_before():
    assert relining.box_beside_rows(BOX, [3, 20, 40]) == [3, 18, 31, 43, 55, 67, 78]
    # (a row of another width, or a closing bar with no space after it: no such box, the points as they were)
    assert relining.box_beside_rows(BOX.replace("│審査  │", "│審査会議│"), [3, 20, 40]) == [3, 20, 40]
    assert relining.box_beside_rows(BOX.replace("│提案  │ ", "│提案  │x"), [3, 20, 40]) == [3, 20, 40]
    assert relining.box_beside_rows(BOX.replace("└", "x"), [3]) == [3]  # (no bottom)


def test_tops_over_a_far_bottom_measure_each_row_once(monkeypatch):
    # 「┌x┐ a│bb│ 」 thousands of times over one bottom whose last row is wider: each top searched for its bottom,
    # listed its bars and measured all its rows again (9-15 s for a 200 KB line; 0.1 s after)
    measured = []
    width = relining._width
    monkeypatch.setattr(relining, "_width", lambda text: measured.append(text) or width(text))
    line = "┌x┐ a│bb│ " * 600 + "c│b│ └─┘ "
    assert relining.box_beside_rows(line, [5]) == [5]
    assert len(measured) <= 2 * 601


# --- patterns scanned over the whole text, guarded by their first characters ----------------------------------------


def test_guarded_patterns_find_what_they_found():
    texts = [
        "Questions by 17:00 hrs on Monday 7/6, answers Fri 22/01 at 5 pm; noon JST on Tue 3/4 and Wed, 9/6 12:00",
        "提出期限 Thu 10/06/2027 17:00 / Sat. 1/2 / 2 p.m. on Sunday 8/9",
        "The original schedule, the previous one, a former call, the initial dates, the old timetable and OLD ones.",
    ]
    for guarded in (dates.EN_WEEKDAY_SHORT_DATE, extract_module.EN_OLD_SCHEDULE_HINT):
        plain = unguarded(guarded)
        for text in texts:
            found = [(m.span(), m.groupdict() or m.group()) for m in guarded.finditer(text)]
            assert found == [(m.span(), m.groupdict() or m.group()) for m in plain.finditer(text)]
    assert len(list(dates.EN_WEEKDAY_SHORT_DATE.finditer(texts[0]))) == 4
    assert len(list(dates.EN_WEEKDAY_SHORT_DATE.finditer(texts[1]))) == 2


def unguarded(guarded: re.Pattern) -> re.Pattern:
    """The pattern ``first_characters_guarded`` put behind its lookahead (「(?=…)(?:pattern)」)."""
    assert guarded.pattern.startswith("(?=") and guarded.pattern.endswith(")")
    return re.compile(guarded.pattern[guarded.pattern.index(")(?:") + len(")(?:") : -1], guarded.flags)
