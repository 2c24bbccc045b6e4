"""Reports, records and circulars that restate a schedule, read closer (round qs): each test a few lines written for
its class."""

from tests.extractor_found import found, kinds, one_line

# --- a circular's note of an office's forecast of its calls: no order of this call --------------------------------


def test_an_offices_forecast_of_its_calls_is_no_contract():
    text = (
        "入札の日程について（お知らせ）\n"
        "１ 入札書の提出期限  令和9年5月20日（木）午後5時\n"
        "２ 開札日時  令和9年5月21日（金）午前10時\n"
        "３ 参考  同課の令和9年度第２四半期発注見通しは、令和9年6月下旬に公表される予定です。\n"
    )
    steps = [("submission", "2027-05-20", "17:00", "datetime"), ("other", "2027-05-21", "10:00", "datetime")]
    assert found(text) == steps


# --- a survey's respondents counted: no answer to a question -------------------------------------------------------


def test_a_surveys_count_of_respondents_is_no_answer():
    text = (
        "計画の策定について\n"
        "1 策定の経過\n"
        " 令和8年10月 町民アンケート(回答2,015人)\n"
        "2 今後の予定\n"
        " 令和9年6月上旬 募集要項の公表\n"
        " 令和9年7月中旬 企画提案書の提出期限\n"
    )
    steps = [("published", "2027-06-01", None, "early_month"), ("submission", "2027-07-01", None, "mid_month")]
    assert found(text) == steps
    assert "answer" not in kinds(one_line(text))


# --- a workflow's approval history: when each approver acted, no step ---------------------------------------------


RINGI = (
    "稟議書 照会\n"
    "■発注者日程\n"
    "質問受付期限　　　2027/06/04 17:00\n"
    "質問回答　　　　　2027/06/09\n"
    "参加表明書提出期限　2027/06/18 17:00\n"
    "ヒアリング　　　　2027/07/21\n"
    "\n"
    "■承認履歴\n"
    "No.　処理日時　　　　　処理者　　　　処理　　コメント\n"
    "1　　2027/06/01 09:15　営業 一郎　　　申請\n"
    "2　　2027/06/02 16:40　課長 二郎　　　承認　　ヒアリング7/21は部長の出張と重なる。要確認。\n"
)


def test_an_approval_historys_timestamps_are_no_steps():
    assert found(RINGI) == [
        ("question", "2027-06-04", "17:00", "datetime"),
        ("answer", "2027-06-09", None, "date"),
        ("application", "2027-06-18", "17:00", "datetime"),
        ("hearing", "2027-07-21", None, "date"),
    ]


def test_a_teams_schedule_with_the_change_taken_in_is_the_whole_schedule():
    # (its rows the same in both versions, and the notice quoted below it, would else read as a change notice's
    # restated steps)
    text = (
        "案件照会（印刷用）\n"
        "■発注者日程（町HP 6/7「日程変更のお知らせ」反映済）\n"
        "項目　　　　　　　今回申請値　　　　　前回申請値\n"
        "質問受付期限　　　2027/06/04 17:00　　2027/06/04 17:00\n"
        "質問回答　　　　　2027/06/09　　　　　2027/06/09\n"
        "参加表明書提出期限　2027/06/18 17:00　　2027/06/11 17:00\n"
        "\n"
        "■備考（町HP「日程変更のお知らせ」本文転記）\n"
        "業務委託に係るプロポーザルの日程変更について\n"
        "令和９年５月２４日付けで公告した標記プロポーザルについて、日程を次のとおり変更します。\n"
        "１　変更する日程\n"
        "（１）参加表明書の提出期限\n"
        "　　（変更前）令和９年６月１１日（金）午後５時\n"
        "　　（変更後）令和９年６月１８日（金）午後５時\n"
        "２　変更しない日程\n"
        "　質問の受付（令和９年６月４日（金）午後５時まで）は終了しました。質問への回答は、予定どおり令和９年６月９日（水）に掲載します。\n"
    )
    assert found(text) == [
        ("question", "2027-06-04", "17:00", "datetime"),
        ("answer", "2027-06-09", None, "date"),
        ("application", "2027-06-18", "17:00", "datetime"),
    ]


# --- a sales record's log of activities: the team's own days -------------------------------------------------------


def test_a_sales_records_activities_are_the_teams_own():
    text = (
        "商談\n"
        "▼ 発注者スケジュール\n"
        "質問期限\n"
        "2027/11/12 17:00\n"
        "提案書提出期限\n"
        "2027/12/17 12:00\n"
        "\n"
        "▼ 次のステップ\n"
        "ToDo　2027/12/16　提案書 印刷・製本（正本1部）　担当：北条\n"
        "\n"
        "▼ 過去の活動\n"
        "メモ　2027/12/03　変更通知を受信\n"
        "北条：本文を以下に転記。\n"
        "１　変更の内容\n"
        "　提出期限を延長します。\n"
        "メール　2027/11/11　質問書 送付（2件）\n"
    )
    assert found(text) == [
        ("question", "2027-11-12", "17:00", "datetime"),
        ("submission", "2027-12-17", "12:00", "datetime"),
    ]


def test_a_change_letters_day_named_by_its_title_is_no_step():
    text = "提案書提出期限\n" "2027/12/17 12:00\n" "変更通知\n" "あり（2027/12/03「企画競争説明書の一部変更について（通知）」）\n"
    assert found(text) == [("submission", "2027-12-17", "12:00", "datetime")]


# --- 「同日午後」: half of a day named before, its hour not given -------------------------------------------------


def test_the_afternoon_of_the_same_day_is_that_day():
    text = "入札の日程\n" "入札書は、令和10年10月13日（金）の正午までに持参とし、開札は同日午後に行います。\n"
    steps = [("submission", "2028-10-13", "12:00", "datetime"), ("other", "2028-10-13", None, "date")]
    assert found(text) == steps
    assert found(one_line(text)) == steps
