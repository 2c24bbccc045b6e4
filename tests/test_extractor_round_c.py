"""Layouts that used to yield nothing or lose a time: a page's fields after its 更新履歴, schedules whose date,
weekday and time stand in columns of their own, OCR of scans (each test a few lines written for its class)."""

from tenders.extractor import extract


def found(text):
    return [
        (m.kind, m.date.isoformat(), m.time.strftime("%H:%M") if m.time else None, m.precision)
        for m in extract(text).proposal.milestones
    ]


def test_a_field_key_after_the_update_history_ends_the_history():
    text = (
        "更新履歴\n"
        "2026年5月20日 質問への回答を掲載しました\n"
        "2026年5月11日 公告しました\n"
        "公告日\n"
        "令和8年5月11日\n"
        "手続\t日時\n"
        "質問の受付\t令和8年5月15日（金）17時00分\n"
        "入札書の提出\t令和8年5月29日（金）17時00分\n"
    )
    assert found(text) == [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-15", "17:00", "datetime"),
        ("submission", "2026-05-29", "17:00", "datetime"),
    ]
