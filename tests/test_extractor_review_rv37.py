"""Review rv37 of the devices added since cb1ed5ab, timed on long texts: a spaced schedule's head (「No. 項目 月 日 曜
時刻 備考」, round ml's) read on a line run together through the line's words found once, a window on them for each
head (each head had found and folded its 6,000 characters' words again: a line of many heads quadratic); a mail's
sent day read from its dated headers found once (each date had looked through every header above it again: a reply
over many quoted headers, run onto one line, quadratic). The outputs stay as they were."""

from tenders.extractor.relining import spaced_part_rows
from tests.extractor_found import found, one_line

STEPS = "手続 月 日 曜日 時間 公告 5 10 月 － 参加申込 5 21 金 17:00 提出 6 11 金 正午 "


def test_a_spaced_heads_rows_on_one_line_begin_where_they_did():
    assert spaced_part_rows(STEPS * 2, []) == [13, 25, 43, 56, 69, 81, 99]
    assert spaced_part_rows("月 日 " * 3 + STEPS, []) == [2, 6, 8, 12, 25, 33, 37, 47, 55]
    assert spaced_part_rows("手続 月 日 曜日 " + "x" * 5990 + " 公告 5 10 月 － 参加申込 5 21 金 17:00 ", []) == []


SCHEDULE = (
    "令和9年度 港湾利用動向調査業務 企画競争 日程\n"
    "No. 項目 月 日 曜 時刻 備考\n"
    "1 質問書の提出期限 6 10 木 17:00 電子メール\n"
    "2 企画書の提出期限 6 24 木 12:00 持参\n"
)


def test_a_schedule_under_a_run_of_head_words_is_read_as_before():
    text = "月 日 " * 40 + "\n" + SCHEDULE
    assert found(text) == [("question", "2027-06-10", "17:00", "datetime"), ("submission", "2027-06-24", "12:00", "datetime")]
    assert found(one_line(text)) == []


THREAD = (
    "From: Aya Kato\nDate: Tue, 12 Jan 2027\nSubject: RE: Harbour survey\n\nQuestions are due by Wed 1/20 17:00.\n\n"
    "From: Ken Mori\nDate: Mon, 14 Dec 2026\nSubject: Harbour survey\n\nThe call says proposals are due Fri 12/18 12:00.\n"
)


def test_each_mails_days_take_the_year_of_the_header_above_them():
    expected = [("submission", "2026-12-18", "12:00", "datetime"), ("question", "2027-01-20", "17:00", "datetime")]
    assert found(THREAD) == expected
    assert found(one_line(THREAD)) == expected


REPLY = (
    "Subject: RE: key dates\n\nHi Ken, here are the dates you asked for.\n- Questions: Wed 1/20, 17:00\n"
    "- Answers: by Wed 1/27\n- Proposals due: Fri 2/5, 12:00\n\n> From: Aya Kato\n> Sent: Monday, January 11, 2027\n"
    "> Could you send us the key dates?\n> From: Ken Mori\n> Sent: Friday, January 8, 2027\n> Is the call out yet?\n"
)


def test_a_reply_over_quoted_headers_tells_the_calls_dates():
    expected = [
        ("question", "2027-01-20", "17:00", "datetime"),
        ("answer", "2027-01-27", None, "date"),
        ("submission", "2027-02-05", "12:00", "datetime"),
    ]
    assert found(REPLY) == expected
    assert found(one_line(REPLY)) == expected
