"""Read again by the lead in stop 34: a wrapped sentence's tail names no step (after round hc); an English event's
「until 12:00」 cell is when it ends (after round hb); an English summary's repeats matched by day (merge)."""

import datetime as dt

from tenders.extractor import extract
from tenders.extractor.dates import Mention
from tests.extractor_found import steps


def test_a_wrapped_notes_tail_that_names_no_step_drops_no_corrected_row():
    text = (
        "入札公告の訂正\n"
        "\n"
        "項目 | 訂正前 | 訂正後\n"
        "入札書の受領期限 | 令和8年12月18日（金）17時00分 | 令和9年1月8日（金）17時00分\n"
        "開札の日時 | 令和8年12月22日（火）13時30分 | 令和9年1月13日（水）13時30分\n"
        "\n"
        "その他\n"
        "　(1) 借入期間（令和9年3月1日から令和14年2月29日まで）及び仕様書等に関する質問の\n"
        "　　　受付期限に変更はありません。\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2027, 1, 8), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 1, 13), dt.time(13, 30), "datetime"),
    ]


def test_an_english_events_until_cell_is_its_end_and_a_registrations_its_deadline():
    text = (
        "Request for Proposals: Harbour Visitor Centre Exhibition Design\n"
        "\n"
        "Key dates\n"
        "| Activity | Date | Remarks |\n"
        "| Registration for the site visit | 7 June 2027 | until 12:00 noon JST, by e-mail |\n"
        "| Site visit | 8 June 2027 | until 12:00, registration required |\n"
        "| Submission of proposals | 25 June 2027 | by 17:00 JST |\n"
    )
    assert steps(text) == [
        ("other", dt.date(2027, 6, 7), dt.time(12, 0), "datetime"),
        ("other", dt.date(2027, 6, 8), None, "date"),
        ("submission", dt.date(2027, 6, 25), dt.time(17, 0), "datetime"),
    ]


def _date_calls(monkeypatch, rows: int) -> int:
    """How often a mention's date is asked for in reading a Japanese table of ``rows`` rows and its English summary."""
    calls = 0
    own = Mention.date

    def counted(self):
        nonlocal calls
        calls += 1
        return own(self)

    monkeypatch.setattr(Mention, "date", counted)
    days = [dt.date(2027, 1, 1) + dt.timedelta(days=n) for n in range(rows)]
    table = [f"質問書の提出期限{n}　{d.year}年{d.month}月{d.day}日　正午" for n, d in enumerate(days)]
    summary = [f"Deadline for questions no.{n}: {d.day} {d:%B} {d.year}, noon (JST)" for n, d in enumerate(days)]
    extract("\n".join([*table, "", "English summary", *summary]))
    return calls


def test_an_english_summarys_repeats_are_matched_to_their_steps_by_day_not_against_every_step(monkeypatch):
    # (merge had gone over every candidate for each English repeat of a Japanese step: quadratic in a long table)
    small, large = _date_calls(monkeypatch, 150), _date_calls(monkeypatch, 600)
    assert large < 6 * small  # (four times the rows: about four times the work, not sixteen)
