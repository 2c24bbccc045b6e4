"""Change notices whose new dates sit in forms other than a plain 訂正前／訂正後 table (round gr)."""

import datetime as dt

from tests.extractor_found import steps


def test_step_columns_marked_as_the_new_version_give_each_lot_its_new_dates():
    text = (
        "舗装補修工事の開札日の延期について\n"
        "| 区分 | 件名 | 入札締切(当初) | 開札(当初) | 入札締切（延期後） | 開札（延期後） |\n"
        "|---|---|---|---|---|---|\n"
        "| A地区 | 舗装補修工事A | 2028/5/10(水) 12:00 | 2028/5/12(金) 9:30 | 2028/5/17(水) 12:00 | 2028/5/19(金) 9:30 |\n"
        "| B地区 | 舗装補修工事B | 2028/5/10(水) 12:00 | 2028/5/12(金) 11:00 | 2028/5/17(水) 12:00 | 2028/5/19(金) 11:00 |\n"
    )
    assert sorted(steps(text)) == [
        ("other", dt.date(2028, 5, 19), dt.time(9, 30), "datetime"),
        ("other", dt.date(2028, 5, 19), dt.time(11, 0), "datetime"),
        ("submission", dt.date(2028, 5, 17), dt.time(12, 0), "datetime"),
        ("submission", dt.date(2028, 5, 17), dt.time(12, 0), "datetime"),
    ]


def test_step_columns_named_after_the_change_before_the_step():
    text = (
        "入札日程の変更について\n"
        "| 工区 | 当初の入札書提出期限 | 変更後の入札書提出期限 |\n"
        "|---|---|---|\n"
        "| 第1工区 | 令和10年6月2日(金)17時 | 令和10年6月9日(金)17時 |\n"
        "| 第2工区 | 令和10年6月2日(金)17時 | 令和10年6月16日(金)17時 |\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 6, 9), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 6, 16), dt.time(17, 0), "datetime"),
    ]


PORTAL_CHANGE = (
    "入札情報 > 案件詳細 案件名称 庁舎空調設備改修工事 公開区分 変更公告 公開開始日時 2028/03/27 09:00 "
    "公開終了日時 2028/05/01 10:00 最終更新日 2028/03/27 入札方式 一般競争入札 "
    "案件概要 令和10年3月27日付けで入札公告を行った本工事について、仕様書の一部を差し替えたことに伴い、下記のとおり日程を変更する。 "
    "変更内容 項目 変更前 変更後 参加申請書の提出期限 変更前：2028/04/07（金）12:00 変更後：2028/04/14（金）12:00 "
    "質問の提出期限 変更前：2028/04/05（水）17:00 変更後：変更なし "
    "参加資格の確認結果の通知 変更前：令和10年4月18日（火） 変更後：令和10年4月25日（火） "
    "入札書の提出期限 変更前：2028/04/21（金）12:00 変更後：2028/04/28（金）12:00 "
    "開札日時 変更前：R10.4.24（月）10時00分 変更後：R10.5.1（月）10時00分 変更理由 仕様書の差替えのため"
)


def test_keyed_values_run_onto_one_line_end_after_their_weekday_and_time():
    # (the head 「項目 変更前 変更後」 just before the first step's name: that name a line of its own)
    assert steps(PORTAL_CHANGE) == [
        ("application", dt.date(2028, 4, 14), dt.time(12, 0), "datetime"),
        ("result", dt.date(2028, 4, 25), None, "date"),
        ("submission", dt.date(2028, 4, 28), dt.time(12, 0), "datetime"),
        ("other", dt.date(2028, 5, 1), dt.time(10, 0), "datetime"),
    ]
