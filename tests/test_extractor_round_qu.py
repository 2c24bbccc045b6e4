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


# --- a memo's sentence whose topic is 社内: the team's own plan, wrapped over two lines ---------------------------

TEAM_SENTENCE = (
    "入札公告(令和9年10月1日)\n"
    "入札書の受付期間 令和9年10月20日(水)9時00分から10月22日(金)17時00分まで\n"
    "開札 令和9年10月25日(月)10時00分\n"
    "[メモ]公告のとおり。社内は、積算完了 10/15(金)、金額決裁 10/19(火)、\n"
    "　入札書送信 10/21(木)午後 の予定で組みました。\n"
)


def test_a_sentence_whose_topic_is_the_team_gives_no_step_of_the_call():
    for text in (TEAM_SENTENCE, one_line(TEAM_SENTENCE)):
        steps = found(text)
        assert ("submission", "2027-10-22", "17:00", "datetime") in steps
        assert not any(date == "2027-10-21" for _, date, *_ in steps)


# --- a chat's word of a day the team got a supplier to set: no step of the call ------------------------------------

CHAT = (
    "ルーム名：工事チーム\n"
    "------------------------------------------------------------\n"
    "[2028/02/14 10:02] 山本 一郎\n"
    "市の日程が出ました。\n"
    "入札書の提出期限　令和10年3月3日（金）午後5時\n"
    "開札　令和10年3月6日（月）午前10時\n"
    "------------------------------------------------------------\n"
    "[2028/02/15 09:12] 川口 花子\n"
    "協力業者の見積回答期限は2/24（木）にしてもらいました。積算には間に合います。\n"
    "------------------------------------------------------------\n"
    "[2028/02/15 09:30] 山本 一郎\n"
    "了解です。\n"
    "------------------------------------------------------------\n"
    "[2028/02/15 10:05] 川口 花子\n"
    "積算は予定どおり進めます。\n"
    "------------------------------------------------------------\n"
    "[2028/02/15 10:20] 山本 一郎\n"
    "よろしくお願いします。\n"
)


def test_a_day_the_team_got_a_supplier_to_set_is_no_step():
    # (as written only: run onto one line, the posts' headers no longer part the log into a chat's posts)
    steps = found(CHAT)
    assert ("submission", "2028-03-03", "17:00", "datetime") in steps
    assert not any(date == "2028-02-24" for _, date, *_ in steps)


# --- a record's field of its state over the form's own date -------------------------------------------------------

FORM = (
    "出張申請書\n"
    "申請番号　　　TR-2028-00077\n"
    "状態　　　　　承認済（経理受付待ち）\n"
    "申請日　　　　2028/04/12（水）\n"
    "用務　　　　　観光プロモーション業務 企画提案書の提出（令和10年4月20日（木）正午締切）\n"
)


def test_a_status_field_names_no_step_of_the_date_below():
    steps = found(FORM)
    assert not any(date == "2028-04-12" for _, date, *_ in steps)


# --- a booking the writer makes for the team ----------------------------------------------------------------------

BOOKING = (
    "現地説明会 令和9年6月21日(月)13時30分\n"
    "[4] 岡本（施設部） 2027/06/15(火) 09:05\n"
    "現説は私と佐藤さんで行きます。社用車は総務に6/17までに予約を入れておきます。\n"
)


def test_a_booking_the_writer_makes_for_the_team_is_no_step():
    for text in (BOOKING, one_line(BOOKING)):
        steps = found(text)
        assert ("other", "2027-06-21", "13:30", "datetime") in steps
        assert not any(date == "2027-06-17" for _, date, *_ in steps)
