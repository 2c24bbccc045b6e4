"""Review rv13: a question after a sentence telling a step still names its day (each test a few invented lines)."""

from tenders.extractor import extract


def dates(text: str) -> list[str]:
    return [m["date"] for m in extract(text).as_json()["milestones"]]


def test_a_question_after_a_sentence_telling_the_step_keeps_its_day():
    text = "お知らせ\n説明会を開催します。参加できますか？\n令和9年6月3日（水）午後2時　市役所\n"
    assert dates(text) == ["2027-06-03"]


def test_a_question_alone_over_a_time_stamp_names_no_step():
    text = "掲示板\n市民団体も説明会を傍聴できますか？\n午前11:45 · 1月17日\n"
    assert dates(text) == []
