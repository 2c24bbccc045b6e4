"""Read again by the lead in stop 34: a wrapped sentence's tail names no step (after round hc); an English event's
「until 12:00」 cell is when it ends (after round hb)."""

import datetime as dt

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
