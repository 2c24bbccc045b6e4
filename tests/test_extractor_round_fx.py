"""An FAQ answer that names the call's publication itself (round fx): under 「A1 次のとおりです。」 a listed item
(「・募集要項の配布 8月1日から…」) is its own step, one space from its date as a row's key is two; and an answer that
says the call opened on its date (「5月10日から募集を開始しました」) is that opening, not the question's words."""

from tests.extractor_found import found

LISTED_UNDER_ANSWER = """柳ヶ瀬町運動公園 指定管理者の募集に関するよくある質問

Q1 募集の日程を教えてください。
A1 次のとおりです。
 ・募集要項の配布 令和8年6月3日(水)から7月1日(水)まで(町ホームページ)
 ・質問の受付 令和8年6月17日(水)午後5時まで(電子メールのみ)
"""

OPENED_IN_ANSWER = """県観光サイト改修業務 よくある質問

Ｑ１．募集はいつから始まっていますか。
Ａ．令和８年６月１日（月）から募集を開始しました。要領はこのページからダウンロードしてください。

Ｑ２．質問はできますか。
Ａ．令和８年６月１２日（金）午後５時までに電子メールで提出してください。
"""


def test_listed_item_under_answer_is_its_step():
    assert ("published", "2026-06-03", None, "date") in found(LISTED_UNDER_ANSWER)


def test_answer_that_the_call_opened_is_the_publication():
    assert ("published", "2026-06-01", None, "date") in found(OPENED_IN_ANSWER)
