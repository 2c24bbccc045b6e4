"""Separate change notices read by their devices (round la): a notice that calls off one event of a call, a 質問回答書
table whose answer goes on in rows under it, a step cited in passing in brackets where the rest stands, a schedule
underlined with full-width low lines, a 新旧対照表 whose note says a step stands. Each test a few invented lines."""

from tests.extractor_found import found

# --- a notice that calls off one event ---------------------------------------------------------------------------

EVENT_CALLED_OFF = (
    "霧ヶ丘町図書館指定管理者募集説明会の中止について\n"
    "\n"
    "　令和9年5月10日から募集を行っている標記の件について、令和9年5月20日（木曜日）午前10時から開催を予定していた"
    "募集説明会は、中止することとしました。\n"
    "　説明会の参加申込み（5月17日（月曜日）締切）をされた方には個別に連絡しています。\n"
    "\n"
    "今後の日程\n"
    "　説明会の中止以外の日程に変更はありません。今後の日程は次のとおりです。\n"
    "・質問の受付　令和9年5月28日（金曜日）午後5時まで\n"
    "・申請書類の受付　令和9年6月14日（月曜日）から6月18日（金曜日）まで（土曜日を除く。持参に限る）\n"
    "・選定結果の通知　令和9年7月下旬\n"
)


def test_a_notice_that_calls_off_one_event_and_restates_the_rest_has_no_steps():
    assert found(EVENT_CALLED_OFF) == []


def test_an_ordinary_call_naming_its_briefing_keeps_its_steps():
    text = (
        "霧ヶ丘町図書館指定管理者の募集について\n"
        "\n"
        "・募集説明会　令和9年5月20日（木曜日）午前10時\n"
        "・質問の受付　令和9年5月28日（金曜日）午後5時まで\n"
        "・選定結果の通知　令和9年7月下旬\n"
        "※荒天の場合、説明会は中止することがあります。\n"
    )
    assert ("question", "2027-05-28", "17:00", "datetime") in found(text)
    assert len(found(text)) == 3


# --- a 質問回答書 table whose answer goes on in the rows under it -------------------------------------------------

ANSWER_TABLE = (
    "霞野市観光案内所改修設計業務委託　質問回答書\n"
    "\n"
    "令和9年3月2日\n"
    "霞野市　観光課\n"
    "\n"
    "No.｜質問｜回答\n"
    "１｜提案書の提出期限を延ばせないか。｜企画提案書の提出期限を「令和9年3月19日（金）正午」から「令和9年3月26日（金）正午」に変更します。\n"
    "｜｜なお、審査結果の通知（令和9年4月9日（金）予定）その他の日程に変更はありません。\n"
    "２｜現地を見ることはできるか。｜次のとおり現地見学会を開催します。\n"
    "｜｜(1) 日時　令和9年3月12日（金）午前10時から正午まで\n"
    "｜｜(2) 申込　参加を希望する者は、令和9年3月10日（水）午後5時までに電子メールで申し込むこと。\n"
    "３｜様式はA3でよいか。｜A4としてください。\n"
)


def test_an_answer_going_on_in_rows_under_it_gives_the_event_it_creates():
    steps = found(ANSWER_TABLE)
    assert ("other", "2027-03-12", "10:00", "datetime") in steps
    assert ("other", "2027-03-10", "17:00", "datetime") in steps
    assert ("submission", "2027-03-26", "12:00", "datetime") in steps


def test_a_step_cited_in_brackets_where_the_rest_stands_is_no_step():
    text = (
        "霞野市観光案内所改修設計業務委託　質問回答書\n"
        "\n"
        "令和9年3月2日\n"
        "\n"
        "No.｜質問｜回答\n"
        "１｜提案書の提出期限を延ばせないか。｜企画提案書の提出期限を「令和9年3月19日（金）正午」から「令和9年3月26日（金）正午」に変更します。その他の日程に変更はありません。\n"
        "２｜ヒアリングの日時はいつ知らされるか。｜参加資格確認結果の通知（令和9年3月16日（火）予定）にあわせてお知らせします。\n"
    )
    steps = found(text)
    assert ("submission", "2027-03-26", "12:00", "datetime") in steps
    assert not any(date == "2027-03-16" for _, date, _, _ in steps)


def test_a_table_of_questions_with_no_change_keeps_its_rows_as_they_were():
    text = (
        "質問への回答\n" "\n" "No.｜質問｜回答\n" "１｜提出は郵送でもよいか。｜郵送も可とします。\n" "｜｜書留郵便に限ります。\n"
    )
    assert found(text) == []


# --- a schedule underlined with full-width low lines ----------------------------------------------------------------

UNDERLINED_SCHEDULE = (
    "霞野市公告第88号\n"
    "　　霞野市地域交通調査業務委託に係る公募型プロポーザルの実施について（変更公告）\n"
    "　令和9年2月1日付け霞野市公告第61号で公告した標記について、その一部を次のとおり変更したので公告する。\n"
    "　　令和9年2月10日\n"
    "　※　＿＿＿＿で示した部分（下線部）が変更箇所である。\n"
    "３　日程\n"
    "（１）公告\n"
    "　　　令和9年2月1日（月）\n"
    "（２）質問書の提出期限\n"
    "　　　＿＿令和9年2月19日（金）午後5時＿＿\n"
    "（３）企画提案書の提出期限\n"
    "　　　＿＿令和9年3月5日（金）正午＿＿\n"
    "（４）契約締結\n"
    "　　　令和9年3月下旬（予定）\n"
    "４　実施要領の配布\n"
    "　　　公告の日から＿＿令和9年3月5日（金）＿＿まで\n"
)


def test_an_underlined_schedule_keeps_the_underlined_rows_only():
    assert found(UNDERLINED_SCHEDULE) == [
        ("question", "2027-02-19", "17:00", "datetime"),
        ("submission", "2027-03-05", "12:00", "datetime"),
    ]


# --- a 新旧対照表 whose note says a step stands -----------------------------------------------------------------


def test_a_note_under_a_table_of_old_and_new_that_a_step_stands():
    text = (
        "霞野町交流館指定管理者募集要項\n"
        "新旧対照表\n"
        "\n"
        "　令和9年4月1日に公表した募集要項の一部を、次のとおり変更します。\n"
        "\n"
        "   項目                変更前                          変更後\n"
        "   (1) 質問の受付期    令和9年4月20日（火）午後5時     令和9年4月27日（火）午後5時\n"
        "   限                  まで                            まで\n"
        "\n"
        "  ※ 指定管理者の指定に係る議案の町議会への提出（令和9年6月定例会）の時期に\n"
        "     変更はありません。\n"
    )
    steps = found(text)
    assert ("question", "2027-04-27", "17:00", "datetime") in steps
    assert not any(date == "2027-06-01" for _, date, _, _ in steps)
