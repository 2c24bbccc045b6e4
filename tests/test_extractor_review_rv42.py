"""The scanning devices the rounds added do their work once over a text, however often their form repeats: bounded by
counting the work (passes over the text, characters searched), never by timing."""

import re

from tenders.extractor import change_notices, normalize


class _Counting:
    """A compiled pattern's stand-in that counts its scans and the characters each searched over."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.scans, self.searched = pattern, 0, 0

    def finditer(self, text: str, *span: int):
        self.scans += 1
        self.searched += (span[1] if len(span) > 1 else len(text)) - (span[0] if span else 0)
        return self.pattern.finditer(text, *span)

    def search(self, text: str, *span: int):
        self.scans += 1
        self.searched += (span[1] if len(span) > 1 else len(text)) - (span[0] if span else 0)
        return self.pattern.search(text, *span)


def test_old_dates_told_after_touki_find_their_clauses_ends_in_one_pass(monkeypatch):
    # 「説明会は当初7月3日に開催する予定でしたが、」 a thousand times on one line: the clauses' ends found in one pass,
    # and each told date's words read for a move only to its own clause's end
    clause = "説明会は当初7月3日に開催する予定でしたが、"
    text = clause * 1000
    turn = _Counting(change_notices.OLD_DATE_TOLD_TURN)
    moved = _Counting(change_notices.OLD_PLAN_MOVED)
    monkeypatch.setattr(change_notices, "OLD_DATE_TOLD_TURN", turn)
    monkeypatch.setattr(change_notices, "OLD_PLAN_MOVED", moved)
    spans = change_notices.old_plan_told(text)
    assert len(spans) == 1000
    assert turn.scans == 1 and turn.searched == len(text)
    assert moved.searched <= 1000 * len(clause)


def test_a_page_breaks_furniture_is_counted_once_for_all_the_arrows_ending_lines(monkeypatch):
    # 「…17:00 →」 / 「2020/7/3(金)17:00」 five hundred times: the page's furniture counted once, not once per arrow
    lines = ["提出期限 2020/6/5(金)17:00 →", "2020/7/3(金)17:00"] * 500
    counted = []

    def furniture(given: list[str]) -> list[int]:
        counted.append(len(given))
        return page_furniture(given)

    page_furniture = normalize.page_furniture
    monkeypatch.setattr(normalize, "page_furniture", furniture)
    result = normalize.changes_on_next_line(lines)
    assert counted == [len(lines)]
    assert result[1::2] == [""] * 500  # (each new value joined onto its arrow's line)
