"""A bid team's own tools about one call (round jz): a calendar's agenda printed in English, a sheet's window columns
with their weekday and hour heads, a ticket of the team's tracker, a quoted mail that dates an event, a chat's or a
memo's word of the call's publication. Each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- an agenda printed in English: each step's day is the day header it stands under ---------------------------

ENGLISH_AGENDA = (
    "Kimura Aya — Agenda\n"
    "Calendars: 入札案件, Kimura Aya\n"
    "\n"
    "Tue Sep 7, 2027\n"
    "  All day          【青葉市】公告：窓口案内システム構築業務（公募型プロポーザル）\n"
    "                   Calendar: 入札案件\n"
    "  10am – 11am      [社内] 週次定例\n"
    "\n"
    "Fri Sep 17, 2027\n"
    "  5pm              【青葉市】質問書 提出期限\n"
    "                   Description: 電子メールで提出（様式2）\n"
    "  2pm – 3pm        [社内] 提案方針会議\n"
    "\n"
    "Fri Sep 24, 2027\n"
    "  All day          【青葉市】質問回答 公表\n"
    "\n"
    "Fri Oct 1, 2027\n"
    "  12pm             【青葉市】企画提案書 提出期限（持参）\n"
    "\n"
    "Wed Oct 13 – Thu Oct 14, 2027\n"
    "  All day          【青葉市】プレゼンテーション審査（いずれか1日）\n"
    "\n"
    "Fri Oct 29, 2027\n"
    "  All day          【青葉市】審査結果通知（仮置き）\n"
    "                   Description: 要領では「10月下旬」\n"
)


def test_an_english_agenda_gives_each_tagged_event_its_day_and_start():
    assert found(ENGLISH_AGENDA) == [
        ("published", "2027-09-07", None, "date"),
        ("question", "2027-09-17", "17:00", "datetime"),
        ("answer", "2027-09-24", None, "date"),
        ("submission", "2027-10-01", "12:00", "datetime"),
        ("hearing", "2027-10-13", None, "date"),  # (an event over two days: its first)
        ("result", "2027-10-01", None, "late_month"),  # (a placeholder's day is none of the call's)
    ]


def test_an_english_agenda_run_onto_one_line_reads_the_same():
    assert found(one_line(ENGLISH_AGENDA)) == found(ENGLISH_AGENDA)


def test_an_agenda_dated_day_first_or_with_the_weekday_in_full():
    text = (
        "Agenda — proposals\n"
        "Tuesday, September 7, 2027\n"
        "  All day          【若葉町】公募開始 観光パンフレット作成業務\n"
        "Thursday, September 16, 2027\n"
        "  4:30pm           【若葉町】参加申込書 締切\n"
        "  9am – 10am       打合せ\n"
        "Wednesday, September 22, 2027\n"
        "  1:30pm – 3pm     【若葉町】参加希望者説明会\n"
    )
    assert found(text) == [
        ("published", "2027-09-07", None, "date"),
        ("application", "2027-09-16", "16:30", "datetime"),
        ("other", "2027-09-22", "13:30", "datetime"),
    ]
    text = (
        "Mon 6 Sep 2027\n"
        "  All day          【若葉町】公募開始 観光パンフレット作成業務\n"
        "Thu 16 Sep 2027\n"
        "  4pm              【若葉町】参加申込書 締切\n"
        "Fri 8 Oct 2027\n"
        "  5pm              【若葉町】企画提案書 締切\n"
    )
    assert found(text) == [
        ("published", "2027-09-06", None, "date"),
        ("application", "2027-09-16", "16:00", "datetime"),
        ("submission", "2027-10-08", "17:00", "datetime"),
    ]


def test_an_agenda_deadlines_note_gives_its_closing_hour_in_the_afternoon():
    text = (
        "表示: 予定リスト\n"
        "\n"
        "2027年9月7日 (火曜日)\n"
        "    終日           【白浜市】公告 図書館システム更新業務\n"
        "    10:00 – 11:00   週次定例\n"
        "\n"
        "2027年9月17日 (金曜日)\n"
        "    終日           【白浜市】質問書 提出期限\n"
        "                    説明: 電子メール、午後5時まで\n"
        "\n"
        "2027年10月1日 (金曜日)\n"
        "    10:00          【白浜市】企画提案書 提出期限\n"
        "                    説明: 正午必着\n"
    )
    assert found(text) == [
        ("published", "2027-09-07", None, "date"),
        ("question", "2027-09-17", "17:00", "datetime"),
        ("submission", "2027-10-01", "12:00", "datetime"),
    ]


# --- a sheet's window columns: the weekday's and the hour's heads say which day they go with ---------------------


def test_a_sheets_weekday_and_hour_heads_naming_the_end_join_the_window():
    text = (
        "提案WBS（青葉市 窓口案内システム構築業務 公募型プロポーザル）\n"
        "No\t区分\tタスク\t開始日\t終了日\t曜(終了)\t時刻(終了)\t備考\n"
        "1\t発注者\t公告・実施要領の配布\t2027/9/6\t2027/9/30\t木\t\t\n"
        "2\t発注者\t参加希望者説明会\t2027/9/13\t2027/9/13\t月\t10:00～11:30\tオンライン\n"
        "3\t自社\t説明会出席\t2027/9/13\t2027/9/13\t月\t10:00\t\n"
        "4\t発注者\t質問受付\t2027/9/6\t2027/9/17\t金\t17:00\tメール\n"
        "5\t協力会社\t見積書 提出\t2027/9/20\t2027/9/24\t金\t17:00\t機器の見積\n"
        "6\t発注者\t参加申込書 提出\t2027/9/21\t2027/9/24\t金\t17:00\t必着\n"
        "7\t外注\tデザイン案 提出\t2027/9/27\t2027/10/1\t金\t\t\n"
        "8\t発注者\t企画提案書 提出\t2027/9/27\t2027/10/8\t金\t12:00\t持参\n"
    )
    assert found(text) == [
        ("published", "2027-09-06", None, "date"),
        ("other", "2027-09-13", "10:00", "datetime"),  # (one day's hours: the event starts at the first)
        ("question", "2027-09-17", "17:00", "datetime"),
        ("application", "2027-09-24", "17:00", "datetime"),
        ("submission", "2027-10-08", "12:00", "datetime"),
    ]


def test_one_days_hours_in_a_window_sheets_time_column_start_the_event():
    text = (
        "案件：森林データ基盤構築業務 企画競争\n"
        "No\tタスク\t開始\t終了\t時刻\n"
        "1\t企画競争説明会\t2027/7/12\t2027/7/12\t14:00–15:00\n"
        "2\t閲覧\t2027/7/6\t2027/7/14\t10:00～16:00\n"
        "3\t企画書の提出\t2027/7/26\t2027/8/6\t17:00\n"
    )
    assert found(text) == [
        ("other", "2027-07-12", "14:00", "datetime"),
        ("other", "2027-07-14", "16:00", "datetime"),  # (a window's days: it closes at their end)
        ("submission", "2027-08-06", "17:00", "datetime"),
    ]


# --- a ticket of the team's tracker: its own due days, and what the team itself will do ------------------------

TICKET = (
    "Redmine › 公共営業 › チケット #4521\n"
    "[提案] 若竹市 子育て支援アプリ運用業務 公募型プロポーザル\n"
    "ステータス: 進行中  優先度: 高  担当者: 佐藤 一郎\n"
    "開始日: 2027/05/10  期日: 2027/06/04\n"
    "\n"
    "発注者の日程（実施要領より）\n"
    "- 公告日: 2027年5月10日(月)\n"
    "- 質問受付期限: 2027年5月19日(水) 17時\n"
    "- 企画提案書の提出期限: 2027年6月8日(火) 12時\n"
    "- プレゼンテーション: 6月中旬（予定）\n"
    "\n"
    "注記\n"
    "- 提案書は6/4(金)に発送し、6/7着で送る（社内ルールで締切の2営業日前）。\n"
    "\n"
    "履歴\n"
    "#1 更新者 鈴木 2027/05/20 10:00\n"
    "  期限日を 2027/05/31 → 2027/06/04 に変更\n"
    "#2 更新者 佐藤 2027/06/10 09:00\n"
    "  チケット #4522 の期日を 2027/06/15 に設定しました。\n"
    "  子課題 WKT-88 の期限日を 2027/06/14 に変更。\n"
    "  市からのメールを転記します。\n"
    "  > プレゼンテーションを、下記のとおり開催します。\n"
    "  > 日時：2027年6月16日（水）13時30分～14時10分\n"
)


def test_a_tickets_due_days_and_the_teams_shipping_are_no_steps():
    assert found(TICKET) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-19", "17:00", "datetime"),
        ("submission", "2027-06-08", "12:00", "datetime"),
        ("hearing", "2027-06-16", "13:30", "datetime"),  # (the mail's day and hour, over 「6月中旬」)
    ]


# --- a quoted mail dates the event its sentence announces, in several wordings ----------------------------------


def test_a_quoted_mails_announced_event_takes_the_day_its_key_gives():
    for said in (
        "二次審査（プレゼンテーション）を、下記のとおり実施します。",
        "二次審査（プレゼンテーション）について、下記のとおり実施します。",
        "二次審査（プレゼンテーション）は、次の日時で行います。",
        "標記プロポーザルの二次審査（プレゼンテーション）の日時が決まりましたので、お知らせします。",
    ):
        text = (
            "萩野町 観光PR業務委託 公募型プロポーザル\n"
            "| 企画提案書の提出 | 2026/10/13(火) 12:00 |\n"
            "| 二次審査（プレゼンテーション） | 10月下旬（予定） |\n"
            "\n"
            "コメント\n"
            "> 萩野町 企画課です。\n"
            f"> {said}\n"
            "> 日時：2026年10月27日（火）10時00分～10時40分\n"
            "> 会場：町役場 2階会議室\n"
        )
        assert found(text) == [
            ("submission", "2026-10-13", "12:00", "datetime"),
            ("hearing", "2026-10-27", "10:00", "datetime"),
        ], said


# --- the call's publication told in a chat or a memo ---------------------------------------------------------------


def test_the_publication_dated_with_tsuke_in_a_chat_is_the_calls():
    for said in (
        "公告日は令和8年6月1日付、市HPの「入札情報」に掲載。",
        "公告日：令和8年6月1日付",
        "・6/1（月）付で市HPに公告掲載（実施要領・仕様書）。",
        "要領に「令和8年6月1日付で公告」とあるので今日からです。",
    ):
        text = f"朱鷺浦市 観光DX業務委託 公募型プロポーザル\n{said}\n・質問書　2026年6月10日(水) 17:00\n"
        assert found(text) == [
            ("published", "2026-06-01", None, "date"),
            ("question", "2026-06-10", "17:00", "datetime"),
        ], said


def test_a_notices_date_tsuke_of_an_earlier_notice_stays_no_step():
    text = (
        "朱鷺浦市 観光DX業務委託 公募型プロポーザル\n"
        "令和8年5月14日付で公告を掲載した「観光DX業務委託」について、次のとおり変更します。\n"
        "・質問書　2026年6月10日(水) 17:00\n"
    )
    assert found(text) == [("question", "2026-06-10", "17:00", "datetime")]


def test_a_date_opening_its_own_sentence_after_a_note_takes_the_heading_above():
    text = (
        "星降町 庁内ネットワーク更改業務 公募型プロポーザル\n"
        "３．参加申込\n"
        "　参加申込書は 2028/5/12（金）17時必着。\n"
        "\n"
        "４．現地調査（機器設置場所の見学）\n"
        "　希望者のみ。4/21（金）10時～（1時間程度）、集合は本庁舎1階ロビー。\n"
    )
    assert found(text) == [
        ("other", "2028-04-21", "10:00", "datetime"),
        ("application", "2028-05-12", "17:00", "datetime"),
    ]
