"""Newsletters (広報 お知らせ版) of many articles, one of them the call: the issue's day in its masthead, the
legend of its items' one-letter keys."""

import datetime as dt

from tenders.extractor.normalize import letter_keys_spelled
from tests.extractor_found import one_line, steps

RULE = "────────────────────\n"


def test_an_issue_dated_to_its_day_is_a_newsletter_whose_other_articles_give_no_steps():
    text = (
        "広報ほしの お知らせ版          令和10年(2028年)2月1日号  No.512\n" + RULE + "◆確定申告の受付が始まります\n"
        " 期間 2月16日(水)~3月15日(水) 午前9時~午後4時\n"
        " 問 税務課 ☎000-0000-0000\n\n" + RULE + "◆市民ホールの指定管理者を募集しています\n"
        "▼質問の受付 2月22日(火)午後5時まで\n"
        "▼申請書類の受付 3月14日(火)午後5時まで\n"
        "▼候補者の決定 4月上旬\n\n" + RULE + "◆職員を募集します\n"
        " 申込 2月18日(金)午後5時までに、履歴書を総務課へ\n\n" + RULE + "◆献血にご協力ください\n"
        " 日時 2月20日(日)午前10時~午後4時\n"
    )
    assert steps(text) == [
        ("question", dt.date(2028, 2, 22), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 3, 14), dt.time(17, 0), "datetime"),
        ("result", dt.date(2028, 4, 1), None, "early_month"),
    ]


LEGEND_TEXT = (
    "広報ほしの 2025（令和7）年6月1日号\n"
    "【記号の見方】時＝日時　場＝場所　申＝申し込み　問＝問い合わせ\n\n"
    "■募集■\n"
    "市民ホールの指定管理者を募集します\n"
    "◆説明会\n"
    "時　6月17日(火)午前10時～11時30分\n"
    "場　市役所5階第1会議室\n"
    "申　6月13日(金)までに、電話またはメールで企画課へ\n"
    "◆申請書類の受け付け\n"
    "　7月25日(金)午後5時までに企画課へ持参\n"
    "問　企画課　☎000-0000-0000\n"
)


def test_a_legends_one_letter_key_names_its_items_step():
    assert steps(LEGEND_TEXT) == [
        ("other", dt.date(2025, 6, 13), None, "date"),
        ("other", dt.date(2025, 6, 17), dt.time(10, 0), "datetime"),
        ("submission", dt.date(2025, 7, 25), dt.time(17, 0), "datetime"),
    ]


def test_only_a_legend_of_keys_each_a_letter_of_its_word_spells_them():
    lines = ["状態: 済=手続終了 変=今回変更 新=今回新設", "新 追加質問 6月3日"]
    assert letter_keys_spelled(lines) == lines
    assert letter_keys_spelled(["時=日時 場=場所 申=申し込み", "申 6月13日まで", "申込書 6月1日"]) == [
        "時=日時 場=場所 申=申し込み",
        "申し込み 6月13日まで",
        "申込書 6月1日",
    ]


def test_a_legends_key_after_a_space_before_its_date_is_spelled_too():
    lines = ["時=日時 場=場所 申=申し込み", "◆説明会 時 6月17日(火)午前10時 場 市役所 申 6月13日(金)まで"]
    assert letter_keys_spelled(lines)[1] == "◆説明会 日時 6月17日(火)午前10時 場 市役所 申し込み 6月13日(金)まで"


def test_a_newsletters_category_tag_heads_an_article_though_no_blank_line_sets_it_off():
    text = (
        "広報ほしの　2025（令和7）年6月1日号\n"
        "■募集■ 市民ホールの指定管理者を募集します\n"
        "募集要項　6月2日(月)から市ホームページに掲載\n"
        "◆説明会　6月17日(火)午前10時から\n"
        "◆申請書類の受け付け　7月25日(金)午後5時までに企画課へ持参\n"
        "■募集■ 市営住宅の入居者　申込書は6月9日(月)～20日(金)に住宅課へ\n"
        "■お知らせ■ 市長交際費を公表しています　令和6年度（令和6年4月1日～令和7年3月31日）の支出状況を公表しています。\n"
        "■お知らせ■ 介護保険料の決定通知書を送付します　決定通知書を7月中旬に送付します。\n"
    )
    assert steps(text) == [
        ("published", dt.date(2025, 6, 2), None, "date"),
        ("other", dt.date(2025, 6, 17), dt.time(10, 0), "datetime"),
        ("submission", dt.date(2025, 7, 25), dt.time(17, 0), "datetime"),
    ]


def test_a_newsletter_read_as_one_line_keeps_its_articles_apart_by_the_ruled_headings_mark():
    text = (
        "広報ほしの お知らせ版          令和10年(2028年)2月1日号  No.512\n" + RULE + "◆確定申告の受付が始まります\n"
        " 所得税の確定申告の受付を、次のとおり役場で行います。\n"
        " 期間 2月16日(水)~3月15日(水) 午前9時~午後4時\n"
        " 問 税務課 ☎000-0000-0000\n\n" + RULE + "◆市民ホールの指定管理者を募集しています\n"
        " 市民ホールの指定管理者を募集します。日程は次のとおりです。\n"
        "▼質問の受付 2月22日(火)午後5時まで\n"
        "▼申請書類の受付 3月14日(火)午後5時まで\n"
        "▼候補者の決定 4月上旬\n\n" + RULE + "◆職員を募集します\n"
        " 申込 2月18日(金)午後5時までに、履歴書を総務課へ持参または郵送(必着)\n\n" + RULE + "◆献血にご協力ください\n"
        " 日時 2月20日(日)午前10時~午後4時\n"
    )
    assert steps(one_line(text)) == [
        ("question", dt.date(2028, 2, 22), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 3, 14), dt.time(17, 0), "datetime"),
        ("result", dt.date(2028, 4, 1), None, "early_month"),
    ]
