"""Restated unchanged steps of a change (round fm): the milestones of a separate change notice are the dates it changes
and the steps it creates; the dates it restates as they were go to not_milestones. The layouts: a table of the old and
the new version whose new cell says 「変更なし」「同左」 (pasted into a team's mail, no heading of a change over it; tab
and pipe rows), a list under a heading 「変更しない内容」, and a schedule given whole before and after the change
(【訂正前】 / 【訂正後】) whose items read the same in both. Each notice written for its layout."""

from tests.extractor_found import found


def test_a_pasted_tab_table_of_a_change_leaves_out_the_rows_it_says_are_unchanged():
    text = (
        "件名: 【展開】図書館システム更新 プロポ 日程の件\n\n"
        "先方から届いた表を貼ります。\n\n"
        "項目\t変更前\t変更後\n"
        "質問の受付期限\t2028/2/4(金) 17:00\t変更なし\n"
        "企画提案書の提出期限\t2028/2/18(金) 12:00\t2028/2/25(金) 12:00\n"
        "審査結果の通知\t2028/3上旬\t同左\n\n"
        "よろしくお願いします。\n"
    )
    result = found(text)
    assert ("submission", "2028-02-25", "12:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2028-02-04" not in days and "2028-03-01" not in days  # restated as they were
    assert "2028-02-18" not in days  # the superseded version


def test_a_pasted_pipe_table_of_a_change_leaves_out_the_rows_it_says_are_unchanged():
    text = (
        "件名: 共有：観光案内所運営業務の日程表\n\n"
        "| 内容 | 変更前 | 変更後 |\n"
        "|---|---|---|\n"
        "| 参加表明書の提出期限 | 令和10年5月12日（金）午後5時 | 変更なし |\n"
        "| プレゼンテーション審査 | 令和10年5月30日（火） | 令和10年6月6日（火） |\n"
        "| 契約締結 | 令和10年6月下旬 | 変更なし |\n"
    )
    result = found(text)
    assert ("hearing", "2028-06-06", None, "date") in result
    days = [day for _, day, *_ in result]
    assert "2028-05-12" not in days and "2028-06-01" not in days


def test_the_items_under_a_heading_of_what_does_not_change_are_restated():
    text = (
        "【お知らせ】海浜公園清掃業務 企画提案募集の日程変更について\n\n"
        "　令和10年4月3日にお知らせした企画提案募集について、次のとおり変更します。\n\n"
        "１　変更する内容\n"
        "　・企画提案書の提出期限　４月２４日（月）午後５時　→　５月１日（月）午後５時\n\n"
        "２　変更しない内容\n"
        "　次の日程は変更ありません。\n"
        "　・参加申込書の提出期限　４月１４日（金）午後５時\n"
        "　・審査結果の通知　５月中旬\n"
    )
    result = found(text)
    assert ("submission", "2028-05-01", "17:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2028-04-14" not in days
    assert not any(precision == "mid_month" for *_, precision in result)  # 審査結果の通知: restated


def test_a_schedule_given_whole_before_and_after_a_correction_keeps_only_the_items_it_changes():
    text = (
        "青葉町告示第五十一号\n\n"
        "　令和10年3月1日付け青葉町告示第三十号で公告した公募型プロポーザルについて、次のとおり訂正する。\n\n"
        "　　令和10年3月8日\n"
        "　　　　　　　　　　　　　　　青葉町長　山田　一郎\n\n"
        "【訂正前】\n"
        "　(1) 質問書の提出期限\n"
        "　　　令和10年3月10日（金）午後5時\n"
        "　(2) 企画提案書の提出期限\n"
        "　　　令和10年3月24日（金）正午\n"
        "　(3) 契約締結\n"
        "　　　令和10年4月中旬（予定）\n\n"
        "【訂正後】\n"
        "　(1) 質問書の提出期限\n"
        "　　　令和10年3月10日（金）午後5時\n"
        "　(2) 企画提案書の提出期限\n"
        "　　　令和10年3月31日（金）正午\n"
        "　(3) 契約締結\n"
        "　　　令和10年4月中旬（予定）\n"
    )
    result = found(text)
    assert ("submission", "2028-03-31", "12:00", "datetime") in result
    days = [day for _, day, *_ in result]
    assert "2028-03-10" not in days and "2028-04-01" not in days  # the same in both versions: restated
    assert "2028-03-24" not in days
