"""A ticket's cell of keyed lines (round jz2): a tracker's CSV export whose 詳細 cell gives the issuer's window with its
closing hour on one line and the team's own plan on the next (「社内予定：…に提出」). Read run onto one line, the team's
words after the cell's next key are no words of the issuer's date: the window's end keeps its hour, over the ticket's
bare 開始日／期限日 fields, and the team's own days stay out. Each test a few rows written for its class."""

import pytest

from tests.extractor_found import found, one_line

HEAD = '"キー","種別","件名","詳細","状態","優先度","担当者","開始日","期限日","予定時間","カテゴリー名","登録者","登録日","更新日"\n'


def row(key: str, title: str, detail: str, start: str, due: str) -> str:
    return (
        f'"{key}","タスク","{title}","{detail}","未対応","高","森 葵","{start}","{due}","2.0","入札","森 葵",'
        '"2027/04/12 09:30:00","2027/04/13 11:02:41"\n'
    )


OPENING = row("MIN-14", "【発注者】開札", "開札日時：令和9年5月18日（火）午前10時\n電子入札、立会いなし", "", "2027/05/18")
NOTICE = row("MIN-11", "【発注者】公告", "公告日：令和9年4月12日（月）\n市HPに掲載", "2027/04/12", "2027/04/12")
BIDS = row(
    "MIN-13",
    "【発注者】入札書提出（電子入札）",
    "入札書受付期間：令和9年5月10日（月）午前9時～令和9年5月12日（水）午後5時\n"
    "社内予定：5/10（月）午前中に提出、5/11（火）までに受付票を確認",
    "2027/05/10",
    "2027/05/12",
)


def test_a_tickets_window_keeps_its_closing_hour_over_its_bare_fields():
    # (the opening's row above, its 開始日 empty; the team's 5/10 and 5/11 no steps)
    assert found(HEAD + NOTICE + OPENING + BIDS) == [
        ("published", "2027-04-12", None, "date"),
        ("submission", "2027-05-12", "17:00", "datetime"),
        ("other", "2027-05-18", "10:00", "datetime"),
    ]


@pytest.mark.parametrize(
    "window, team",
    [
        (
            "提出期間：令和9年5月10日（月）午前9時～令和9年5月12日（水）午後5時",
            "社内予定：5/11（火）に提出、5/11（火）までに受付メールを確認",
        ),
        ("受付：2027年5月10日（月）9:00～2027年5月12日（水）17:00", "※社内では5/11（火）に送信します"),
        ("入札書受付期間：令和9年5月10日（月）午前9時～令和9年5月12日（水）午後5時", "・社内では5/11（火）に提出します"),
        ("提出期間：令和9年5月10日（月）午前9時～令和9年5月12日（水）午後5時", "メモ：5/11（火）に提出予定です"),
    ],
)
@pytest.mark.parametrize("start", ["2027/05/10", ""])
@pytest.mark.parametrize("place", ["first", "middle", "last"])
def test_the_windows_hour_in_several_wordings_and_places(window, team, start, place):
    bids = row("MIN-13", "【発注者】入札書提出", f"{window}\n{team}", start, "2027/05/12")
    rows = {"first": bids + NOTICE + OPENING, "middle": NOTICE + bids + OPENING, "last": NOTICE + OPENING + bids}[place]
    steps = found(HEAD + rows)
    assert ("submission", "2027-05-12", "17:00", "datetime") in steps
    assert not any(day in ("2027-05-10", "2027-05-11") for _, day, *_ in steps)  # (the team's own days)
    assert ("submission", "2027-05-12", None, "date") not in steps  # (the bare 期限日 field: no second step)


def test_a_tickets_window_run_onto_one_line_keeps_its_hour():
    assert ("submission", "2027-05-12", "17:00", "datetime") in found(one_line(HEAD + NOTICE + OPENING + BIDS))


def test_a_chats_keyed_window_keeps_its_hour_beside_the_teams_plan():
    text = (
        "2027/04/12(月)\n"
        "09:12\t佐伯 健太\t若葉町の観光パンフレット作成業務、要領が出ました。公告は2027年4月12日です。\n"
        "09:15\t佐伯 健太\t参加申込書の受付：4/19(月)9時～4/23(金)17時 社内予定：4/21(水)に郵送します\n"
        "09:30\t木村 彩\t4/20(火) 社内：レビューします\n"
    )
    assert found(text) == [
        ("published", "2027-04-12", None, "date"),
        ("application", "2027-04-23", "17:00", "datetime"),  # (4/21 and 4/20: the team's own)
    ]
