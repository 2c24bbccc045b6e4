"""A team's pastes read closer (round qu): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a hand-over note's copy of the schedule, the team's state of each step after leader dots -------------------

HANDOVER = (
    "引継メモ\n"
    "2．発注者の日程(右端は当社の状況)\n"
    "　(1)　仕様書の配布　　　　　令和9年6月1日(火)～6月18日(金)\n"
    "　　　　　　　　　　　　　　(市ホームページから入手)　　　　………済(6/2に入手)\n"
    "　(2)　見学会の参加申込　　　令和9年6月7日(月)17時00分(電子メール)………済(6/4に申込)\n"
    "　(3)　見学会　　　　　　　　令和9年6月10日(木)10時00分～11時00分　………済(田中が参加)\n"
    "　(4)　質問の受付期限　　　　令和9年6月11日(金)17時00分(電子メール)………未(下記3)\n"
    "　(5)　企画提案書の提出期限　令和9年6月18日(金)12時00分(必着)\n"
)


def test_a_gloss_under_an_item_and_the_teams_state_cells_name_no_step():
    steps = found(HANDOVER)
    assert ("other", "2027-06-07", "17:00", "datetime") in steps
    assert ("other", "2027-06-10", "10:00", "datetime") in steps
    assert ("question", "2027-06-11", "17:00", "datetime") in steps
    assert ("submission", "2027-06-18", "12:00", "datetime") in steps
    assert not any(kind == "published" and date != "2027-06-01" for kind, date, *_ in steps)


def test_a_gloss_under_an_item_names_no_step_on_one_line():
    steps = found(one_line(HANDOVER))
    assert ("question", "2027-06-11", "17:00", "datetime") in steps
    assert ("submission", "2027-06-18", "12:00", "datetime") in steps


# --- a remark the text itself says is not taken as a step ---------------------------------------------------------

REMARK = (
    "公募型プロポーザル 日程\n"
    "企画提案書の提出期限　令和9年7月9日(金)17時00分\n"
    "ヒアリング　令和9年7月21日(水)\n"
    "※説明会で担当者から「ヒアリングの時間は7月14日頃に知らせる」との話あり。\n"
    "　要領に書かれていない見込みなので、日程としては扱わない。\n"
)


def test_a_remark_the_text_keeps_off_its_schedule_is_no_step():
    for text in (REMARK, one_line(REMARK)):
        steps = found(text)
        assert ("hearing", "2027-07-21", None, "date") in steps
        assert not any(date == "2027-07-14" for _, date, *_ in steps)
