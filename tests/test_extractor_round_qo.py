"""A bid team's own papers around a call (round qo): its plan under a heading that says how far it is settled, days it
sets the day before the issuer's, its own deadlines for those it asks, its forms' bookkeeping and what it has done;
the issuer's steps stand. Each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- the team's plan under its heading ----------------------------------------------------------------------


def test_a_team_plan_headed_with_how_far_it_is_settled_gives_no_step():
    text = (
        "■発注者の日程\n"
        "（1）参加申請書の提出　令和9年6月10日（木）午後5時まで\n"
        "（2）入札書の提出期限　令和9年6月24日（木）正午\n"
        "――――――――――――――――\n"
        "■4　社内スケジュール（営業部案。工事部の確認後に確定）\n"
        "――――――――――――――――\n"
        "日付　　　　　　　内容　　　　　　　　担当\n"
        "2027/6/8（火）　　参加申請書 入力・送信　営業 北村\n"
        "2027/6/22（火）　 入札書 送信　　　　　営業 北村\n"
    )
    expected = [
        ("application", "2027-06-10", "17:00", "datetime"),
        ("submission", "2027-06-24", "12:00", "datetime"),
    ]
    assert found(text) == expected


def test_a_team_plan_still_being_agreed_gives_no_step_below_its_note():
    text = (
        "■募集スケジュール\n"
        "・申請書類の提出期限　令和9年8月20日（金）午後5時\n"
        "\n"
        "■社内の対応予定（案・事業部と調整中）\n"
        "※以下は当社の予定です。\n"
        "　8/12（木）　製本\n"
        "　8/17（火）　市へ持参（受付期間の2日目）\n"
    )
    assert found(text) == [("submission", "2027-08-20", "17:00", "datetime")]


# --- a day the team sets against the issuer's ---------------------------------------------------------------


def test_a_day_told_as_the_day_before_the_issuers_deadline_is_the_teams():
    text = (
        "市の日程\n"
        "・企画提案書の提出期限　令和9年7月9日（金）正午\n"
        "メモ\n"
        "・企画提案書の持参は 7/8(木) の予定。市の締切 7/9(金) 12:00 の前日です。\n"
    )
    assert found(text) == [("submission", "2027-07-09", "12:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-07-09", "12:00", "datetime")]


def test_a_note_that_a_day_is_the_firms_own_deadline_takes_it_out():
    text = (
        "4　御見積のご回答期限\n"
        "　2027年6月4日（金）17:00　電子メールにてお送りください。\n"
        "　※企画書の提出に間に合わせるための弊社内の期限です。\n"
        "5　発注者の日程\n"
        "　①企画書の提出期限　2027年6月11日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-06-11", "12:00", "datetime")]


# --- the team's records -------------------------------------------------------------------------------------


def test_a_forms_field_filled_in_by_a_department_is_its_bookkeeping():
    text = "積算依頼票\n" "受付（工務課記入）　2027/5/10　受付者：佐野\n" "入札書の提出期限　令和9年5月25日（火）午後5時\n"
    assert found(text) == [("submission", "2027-05-25", "17:00", "datetime")]


def test_a_step_the_team_already_did_or_a_past_rounds_day_is_no_step():
    text = (
        "発注者のスケジュール\n"
        "　①説明会の参加登録　2027年5月20日（木）12:00まで\n"
        "　②企画書の提出期限　2027年6月11日（金）正午\n"
        "　※弊社は①の参加登録を5月18日に済ませています。\n"
        "前回は9月議会で議決、10月に協定でした。\n"
    )
    assert found(text) == [
        ("other", "2027-05-20", "12:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]
