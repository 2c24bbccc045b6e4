"""A page run onto one line (round av): the line breaks put back where a notice's outline stood; each test a notice
written for its class, read as written and run onto one line."""

from tenders.extractor.relining import relined
from tenders.extractor.scoring import SHAPES
from tests.extractor_found import found

# --- items marked by a kanji numeral in brackets 「（一）」「（二）」 ------------------------------------------

KANJI_BRACKETS = (
    "川瀬町公告第百十二号\n"
    "\n"
    "　川瀬町役場庁舎非常用発電設備更新工事について、条件付一般競争入札を行うので、次のとおり公告する。\n"
    "\n"
    "一　工事概要\n"
    "（一）工事名　川瀬町役場庁舎非常用発電設備更新工事\n"
    "（二）工事場所　川瀬町大字本郷地内\n"
    "（三）工期　契約締結の翌日から令和七年三月十四日（金）まで\n"
    "二　入札参加資格\n"
    "（一）地方自治法施行令第百六十七条の四の規定に該当しない者であること。\n"
    "（二）川瀬町の令和五・六年度建設工事入札参加資格者名簿に「電気工事」で登録されている者であること。\n"
    "三　設計図書に関する質問\n"
    "（一）期限　十月十五日（火）十六時\n"
    "（二）方法　質問書をファクシミリにより提出する。\n"
    "（三）回答　十月十八日（金）までに質問者全員にファクシミリで回答する。\n"
    "四　入札参加資格確認申請\n"
    "（一）期限　十月二十一日（月）午後四時（必着）\n"
    "（二）提出書類　一般競争入札参加資格確認申請書\n"
    "五　開札\n"
    "（一）日時　令和六年十一月六日（水）午前十時\n"
    "（二）場所　川瀬町役場二階　入札室\n"
)


def test_items_marked_by_a_kanji_numeral_in_brackets_are_read_alike_as_one_line():
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](KANJI_BRACKETS))
        assert ("question", "2024-10-15", "16:00", "datetime") in got, shape
        assert ("answer", "2024-10-18", None, "date") in got, shape
        assert ("application", "2024-10-21", "16:00", "datetime") in got, shape
        assert ("other", "2024-11-06", "10:00", "datetime") in got, shape
        assert not any(day.startswith("2025") for _, day, _, _ in got), shape  # the works' end, no step


def test_a_one_line_notice_is_cut_before_each_kanji_numeral_in_brackets():
    lines = relined(SHAPES["one-line"](KANJI_BRACKETS))[0].split("\n")
    assert "（一）期限　十月十五日（火）十六時" in lines
    assert "（三）回答　十月十八日（金）までに質問者全員にファクシミリで回答する。" in lines
    assert "（二）場所　川瀬町役場二階　入札室" in lines
