"""Review dj: rules of rounds dc to di narrowed or widened to their class, each with ordinary wording they mishandled,
and checks made once per line instead of once per date on a long line."""

from tenders.extractor import dates


def test_a_long_line_of_slashed_dates_looks_for_an_english_word_once(monkeypatch):
    calls = []
    real = dates.HAS_WORD

    class Counted:
        def search(self, *args):
            calls.append(args)
            return real.search(*args)

    monkeypatch.setattr(dates, "HAS_WORD", Counted())
    mentions = dates.find_mentions("提出期限 2026/5/1、" * 200)
    assert len(mentions) == 200
    assert len(calls) <= 4  # (was one search of the whole line for each date: quadratic on a notice of one line)
