"""Review of stop 32's rounds fl–fu: each test a short fictional text the merged rules read wrongly."""

import pytest

from tests.extractor_found import found, one_line

PROSE = 3 * (
    "令和8年1月5日付けで公告した企画提案競技について、下記のとおり日程を訂正します。訂正箇所以外の事項は公告のとおりです。"
    "参加を予定されている事業者の皆様には、ご迷惑をおかけしますが、よろしくお願いいたします。\n"
)


@pytest.mark.parametrize("mark", ["同左", "訂正なし"])
def test_a_correction_table_read_on_one_line_keeps_each_unchanged_mark_on_its_own_row(mark):
    # (round fr kept 「同左」 on its row; its list of the marks left out 訂正なし, 従前のとおり and some dashes that
    # extract reads as unchanged, so in one line 「訂正なし」 began the next row's label and the corrected row was lost)
    text = (
        "企画提案競技の日程の訂正について\n" + PROSE + "\n項目 訂正前 訂正後\n"
        f"現地説明会 令和8年1月9日(金) {mark}\n"
        "参加表明書の提出期限 令和8年1月16日(金) 令和8年1月23日(金)\n"
        f"企画提案書の提出期限 令和8年2月6日(金) {mark}\n"
        f"審査結果の通知 令和8年2月20日(金) {mark}\n\n以上\n"
    )
    assert ("application", "2026-01-23", None, "date") in found(text)
    # (round ki: in one line the head's cells, one space apart, put the table's cells back one a line, read as a table
    # copied cell by cell; the old column's date is then no step, as it is in a table with its cells apart)
    read = found(one_line(text))
    assert ("application", "2026-01-23", None, "date") in read
    assert set(read) <= set(found(text))
