"""Bilingual pages: a Japanese key with its English gloss beside it (「提出期限 / Deadline for …」)."""

import datetime as dt

from tests.extractor_found import one_line, steps


def test_a_japanese_key_with_a_long_english_gloss_is_still_a_key():
    text = (
        "日程 / Schedule\n"
        "参加申請書の提出期限 / Deadline for submission of application forms | 2027年6月9日(水) 17:00\n"
        "企画提案書の提出期限 / Deadline for submission of technical proposals | 2027年6月30日(水) 正午\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 9), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 6, 30), dt.time(12, 0), "datetime"),
    ]


def test_a_glossed_heading_run_into_the_line_before_still_names_its_date():
    text = (
        "7　入札書の提出期限 / Deadline for submission of tenders\n"
        "　　令和9年9月28日（火）17時00分\n"
        "8　開札の日時及び場所 / Date and place of opening of tenders\n"
        "　　令和9年10月5日（火）10時00分　本部棟3階 第2会議室\n"
    )
    # one line: the opening's heading follows the deadline's time, and the deadline's kind is not the opening's
    assert steps(one_line(text)) == [
        ("submission", dt.date(2027, 9, 28), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 10, 5), dt.time(10, 0), "datetime"),
    ]
