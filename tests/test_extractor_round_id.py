"""Notices that change a call (round id): a step's name keyed as the version a change replaced (a change table's
row of old values beside each step's column, the key written after a step's name) gives no step. Each test a few
lines written for its class."""

from tests.extractor_found import found, one_line


def test_a_change_tables_row_keyed_before_the_change_gives_no_step():
    text = (
        "潮見町公告第41号\n"
        "小型除雪機購入に係る一般競争入札の期日の変更について\n"
        "令和9年10月4日付けで公告した一般競争入札について、期日を下記のとおり変更します。\n"
        "\n"
        "| 項目 | 質問の受付期限 | 入札書の提出期限 | 開札日時 |\n"
        "|---|---|---|---|\n"
        "| 変更前 | 令和9年10月12日(火)12時00分 | 令和9年10月22日(金)17時00分 | 令和9年10月26日(火)10時00分 |\n"
        "| 変更後 | 令和9年10月19日(火)12時00分 | 令和9年10月29日(金)17時00分 | 令和9年11月2日(火)10時00分 |\n"
    )
    assert sorted(found(text)) == [
        ("other", "2027-11-02", "10:00", "datetime"),
        ("question", "2027-10-19", "12:00", "datetime"),
        ("submission", "2027-10-29", "17:00", "datetime"),
    ]


def test_a_step_keyed_as_the_version_before_a_revision_gives_no_step():
    text = (
        "4　スケジュール\n"
        "（1）質問の受付期限　　　　令和9年8月4日（水）午後5時\n"
        "（2）提案書の提出期限　　　令和9年8月25日（水）正午【変更】\n"
        "（3）審査結果の通知　　　　令和9年9月上旬\n"
        "\n"
        "（改定の内容）\n"
        "　・提案書の提出期限（改定前）令和9年8月18日（水）正午\n"
    )
    assert ("submission", "2027-08-18", "12:00", "datetime") not in found(one_line(text))
    assert ("submission", "2027-08-25", "12:00", "datetime") in found(one_line(text))
