"""Round mf: a team's pastes — a ticket's sub-tasks keyed by their due field, a tracker's remark that tells a deadline's old
day and what moved it, the team's own papers named by their final version (最終版), a calendar's cancelled and unset events and a
council session on a placeholder day, the issuer's news told under a key, and a chat's day taken back after the step's
right day is named in the sentence before."""

from tests.extractor_found import found, one_line

# A Backlog ticket copied from its page: its fields, the call's schedule as a table, then its sub-tasks, each row a key, its
# title (「質問書作成」「企画提案書 作成」), status, owner and 「期限日 …」 in the date's own cell: the team's due days
TICKET = (
    "PROP-88\n"
    "【公募型プロポーザル】青苔町 観光案内サイト再構築業務\n"
    "対応中\n"
    "森田 亮\n"
    "2029/05/08 10:02 登録 / 2029/05/30 18:11 更新\n"
    "\n"
    "優先度\t中\n"
    "担当者\t森田 亮\n"
    "種別\t提案案件\n"
    "開始日\t2029/05/07\n"
    "期限日\t2029/06/12\n"
    "\n"
    "■日程（実施要領より）\n"
    "|項目|日時|備考|\n"
    "|公告|2029/5/7(月)|町HP|\n"
    "|質問の受付|5/18(金) 17:00まで|メールのみ|\n"
    "|参加申込書の提出|5/25(金) 17:00まで|持参|\n"
    "|企画提案書の提出|2029/6/13(水) 12:00まで|持参|\n"
    "|審査結果の通知|2029/6/29(金)頃|書面|\n"
    "\n"
    "■子課題\n"
    "PROP-89\t質問書作成\t完了\t小松 陽\t期限日 2029/05/17\n"
    "PROP-90\t参加申込書 押印・提出\t完了\t森田 亮\t期限日 2029/05/24\n"
    "PROP-91\t企画提案書 作成\t処理中\t小松 陽\t期限日 2029/06/08\n"
)

TICKET_STEPS = [
    ("published", "2029-05-07", None, "date"),
    ("question", "2029-05-18", "17:00", "datetime"),
    ("application", "2029-05-25", "17:00", "datetime"),
    ("submission", "2029-06-13", "12:00", "datetime"),
    ("result", "2029-06-29", None, "date"),
]


def test_ticket_sub_task_rows_keyed_by_their_due_field_give_no_step():
    assert found(TICKET) == TICKET_STEPS
    assert found(one_line(TICKET)) == TICKET_STEPS


# A TSV tracker of the issuer's (市) and the team's (社) rows: 「提案書　最終版」 is the team's work, and the
# 備考 cell 「当初2/16(金)→1/31回答で延長。」 tells the deadline's old day, an arrow to what moved it
TRACKER = (
    "【案件管理】波佐見台市 公共施設予約システム更新業務 公募型プロポーザル\n"
    "最終更新：2029/2/4\u3000大野\t\t\t\t\t\t凡例：区分「市」＝発注者日程／「社」＝社内\n"
    "\n"
    "No\t区分\t項目\t発注者日程\t時刻\t社内期限\t担当\t状況\t備考\n"
    "1\t市\t公募開始\t2029/1/15(月)\t\t\t大野\t完了\t市HPに掲載\n"
    "2\t市\t質問書\u3000提出期限\t1/24(水)\t17:00\t1/22(月)\t西\t完了\tメールのみ\n"
    "3\t市\t質問回答\t1/31(水)\t\t\t西\t完了\t回答No.4で提案書期限延長\n"
    "4\t社\t質問書作成\t\t\t1/19(金)\t西\t完了\t\n"
    "5\t社\t提案書\u3000最終版\t\t\t2/19(月)\t西\t未着手\t製本は2/20(火)に業者\n"
    "6\t市\t企画提案書\u3000提出期限\t2/22(木)\t17:00\t2/21(水)\t大野\t未着手\t当初2/16(金)→1/31回答で延長。正本1・副本8\n"
    "7\t市\t審査結果通知\t3月中旬\t\t\t\t未着手\t\n"
)


def test_tracker_remark_old_day_before_an_arrow_and_team_papers_give_no_step():
    assert found(TRACKER) == [
        ("published", "2029-01-15", None, "date"),
        ("question", "2029-01-24", "17:00", "datetime"),
        ("answer", "2029-01-31", None, "date"),
        ("submission", "2029-02-22", "17:00", "datetime"),
        ("result", "2029-03-01", None, "mid_month"),
    ]
    # (run into one line the 社内期限 column is no column: the old day and the team's rows still give none)
    days = {date for _, date, _, _ in found(one_line(TRACKER))}
    assert not days & {"2029-02-16", "2029-02-19", "2029-02-20"}


# A Google Calendar export: a STATUS:CANCELLED placeholder for the hearing, the hearing's day 「村から通知：ヒアリングは…」 in
# the real event's description, and the council's 9月定例会 set on a placeholder day (会期は未定)
CALENDAR = (
    "BEGIN:VCALENDAR\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
    "VERSION:2.0\n"
    "X-WR-CALNAME:公共G（山吹村キャンプ場）\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20290601\n"
    "DTEND;VALUE=DATE:20290602\n"
    "SUMMARY:【山吹村】キャンプ場指定管理 募集要項 配布開始\n"
    "STATUS:CONFIRMED\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20290615T170000\n"
    "DTEND;TZID=Asia/Tokyo:20290615T173000\n"
    "SUMMARY:〆 申請書類 提出（持参）\n"
    "STATUS:CONFIRMED\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20290705T100000\n"
    "DTEND;TZID=Asia/Tokyo:20290705T110000\n"
    "DESCRIPTION:要項では「7月上旬（予定）」\n"
    "STATUS:CANCELLED\n"
    "SUMMARY:（仮）審査委員会ヒアリング\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20290712T100000\n"
    "DTEND;TZID=Asia/Tokyo:20290712T103000\n"
    "DESCRIPTION:6/28 村から通知：ヒアリングは令和11年7月12日（木）村役場2階。\n"
    "STATUS:CONFIRMED\n"
    "SUMMARY:審査委員会 ヒアリング（10:00～10:30）\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20290903\n"
    "DTEND;VALUE=DATE:20290904\n"
    "DESCRIPTION:会期は未定\n"
    "STATUS:CONFIRMED\n"
    "SUMMARY:村議会9月定例会 指定管理者の指定議案 上程\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)

CALENDAR_STEPS = [
    ("published", "2029-06-01", None, "date"),
    ("submission", "2029-06-15", "17:00", "datetime"),
    ("hearing", "2029-07-12", "10:00", "datetime"),
    ("other", "2029-09-01", None, "month"),
]


def test_calendar_cancelled_event_issuers_news_and_session_month_on_a_placeholder_day():
    assert found(CALENDAR) == CALENDAR_STEPS
    assert found(one_line(CALENDAR)) == CALENDAR_STEPS


# 「（仮）プレゼンテーション ※日程未確定」 on a day of the calendar: a placeholder, the step's time its description's 「9月下旬」
UNSET = (
    "BEGIN:VCALENDAR\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
    "VERSION:2.0\n"
    "X-WR-CALNAME:営業2課（藤袴市）\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20290810\n"
    "DTEND;VALUE=DATE:20290811\n"
    "SUMMARY:【藤袴市】公告\n"
    "STATUS:CONFIRMED\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20290907T170000\n"
    "DTEND;TZID=Asia/Tokyo:20290907T173000\n"
    "SUMMARY:〆 企画提案書 提出\n"
    "STATUS:CONFIRMED\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20290920T130000\n"
    "DTEND;TZID=Asia/Tokyo:20290920T140000\n"
    "DESCRIPTION:要領の記載は「9月下旬」\n"
    "STATUS:CONFIRMED\n"
    "SUMMARY:（仮）プレゼンテーション ※日程未確定\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)

UNSET_STEPS = [
    ("published", "2029-08-10", None, "date"),
    ("submission", "2029-09-07", "17:00", "datetime"),
    ("hearing", "2029-09-01", None, "late_month"),
]


def test_calendar_event_whose_day_is_unset_is_a_placeholder():
    assert found(UNSET) == UNSET_STEPS
    assert found(one_line(UNSET)) == UNSET_STEPS


# A Slack channel: a summary's 「参加申込〆 6/15(金)」, then 「参加申込〆は6/14(木)でした、…。6/15は打ち間違いです」, the day taken
# back in a sentence of its own, the step named in the sentence before
CHAT = (
    "# prj_萩野_防災アプリ\n"
    "萩野町 防災アプリ構築業務（公募型プロポーザル）の連絡用\n"
    "\n"
    "6月4日（月）\n"
    "石川 玲奈  10:12\n"
    "萩野町の公告出ました。要領の日程を貼ります↓\n"
    "> （１）公告\u3000令和11年6月4日（月）\n"
    "> （２）参加申込書の提出期限\u30006月14日（木）午後5時\n"
    "> （３）企画提案書の提出期限\u30007月6日（金）正午\n"
    "\n"
    "小林 大輔  10:20\n"
    "ありがとう。参加で進めましょう\n"
    "\n"
    "石川 玲奈  10:25\n"
    "まとめ\n"
    "・参加申込〆 6/15(金) 17時\n"
    "・企画提案書〆 7/6(金) 正午 持参のみ\n"
    "\n"
    "石川 玲奈  10:31\n"
    "↑すみません参加申込〆は6/14(木)でした、要領p.3で確認済み。6/15は打ち間違いです\n"
    "\n"
    "小林 大輔  10:40\n"
    "了解です\n"
    "\n"
    "6月5日（火）\n"
    "小林 大輔  9:12\n"
    "様式を確認します\n"
)


def test_chat_day_taken_back_after_the_step_is_named_in_the_sentence_before():
    assert found(CHAT) == [
        ("published", "2029-06-04", None, "date"),
        ("application", "2029-06-14", "17:00", "datetime"),
        ("submission", "2029-07-06", "12:00", "datetime"),
    ]
