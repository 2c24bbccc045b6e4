"""Notices that change a call (round im): a call resumed after a suspension, its dates from before the suspension and
the day it was suspended. Each test a few lines written for its class."""

from tests.extractor_found import found

# --- a call resumed after a suspension ----------------------------------------------------------------------


def test_a_column_of_the_dates_before_the_suspension_gives_no_step():
    text = (
        "白萩市観光サイト改修業務委託に係る公募型プロポーザルの再開について\n"
        "　令和11年4月2日(月)に公告した標記プロポーザルについて、下記のとおり手続を再開します。\n"
        "2　再開後のスケジュール\n"
        "手続\t中断前の日程\t再開後の日程\n"
        "質問の受付期限\t令和11年4月9日(月)17:00\t（終了）\n"
        "参加申込書の提出期限\t令和11年4月23日(月)17:00\t令和11年5月21日(月)17:00\n"
        "企画提案書の提出期限\t令和11年5月7日(月)17:00\t令和11年6月4日(月)17:00\n"
    )
    assert found(text) == [
        ("application", "2029-05-21", "17:00", "datetime"),
        ("submission", "2029-06-04", "17:00", "datetime"),
    ]


def test_a_paper_handed_in_before_the_call_was_called_off_gives_no_step():
    text = (
        "【再開】栃尾町広報動画制作業務委託に係る公募型プロポーザルの再開について\n"
        "1 再開後の日程\n"
        " 企画提案書の提出期限 2029年10月19日(金)午後5時\n"
        "2 中止前に手続を行った事業者の取扱い\n"
        " (1) 中止前に提出された参加申込書(受付期限 2029年8月24日(金))は有効とします。\n"
    )
    assert found(text) == [("submission", "2029-10-19", "17:00", "datetime")]


def test_the_day_the_call_was_suspended_from_gives_no_step():
    text = (
        "白萩市観光サイト改修業務委託に係る公募型プロポーザルの再開について\n"
        "　令和11年4月2日(月)に公告した「白萩市観光サイト改修業務委託に係る公募型プロポーザル」については、仕様の見直しが"
        "必要となったため、令和11年4月16日(月)から公募手続を一時中断しておりました。このたび、下記のとおり再開します。\n"
        "参加申込書の提出期限（変更後）\t令和11年5月21日(月)17:00\n"
    )
    assert found(text) == [("application", "2029-05-21", "17:00", "datetime")]
