"""Ordinary calls in forms met now and then (round cd, after bx): a week-by-week list whose item mark parts a date
from its step, a bid team's checklist with the issuer's column and the team's own, a mail magazine of several calls,
a flow of boxes drawn side by side, an ICS export's windows and placeholder days, a chart row's time on the line
below, and a FAQ whose answer gives its date on its second line."""

from tests.extractor_found import found

WEEKLY_LIST = (
    "若草村 ふるさと納税返礼品カタログ制作業務 企画提案募集\n"
    "週ごとの予定\n"
    "\n"
    "▼ 第1週 2027/5/10(月) ~ 5/16(日)\n"
    "  5/11(火)   ● 公告・募集要項の配布開始\n"
    "  5/14(金)   ● 質問書 提出期限 15:00\n"
    "▼ 第2週 2027/5/17(月) ~ 5/23(日)\n"
    "  5/19(水)     (参考)村民運動会\n"
    "  5/21(金)   ● 企画提案書 提出期限 正午\n"
)


def test_a_date_parted_from_its_step_by_the_item_mark_takes_the_time_after_the_step():
    got = found(WEEKLY_LIST)
    assert ("question", "2027-05-14", "15:00", "datetime") in got
    assert ("submission", "2027-05-21", "12:00", "datetime") in got


def test_a_days_item_given_for_reference_is_no_step():
    assert not any(date == "2027-05-19" for _, date, _, _ in found(WEEKLY_LIST))


CHECKLIST = (
    "【営業部メモ】応募準備チェックリスト\n"
    "案件名:港湾資料デジタル化業務(公募型プロポーザル)\n"
    "発注者:海鳴市 総務部\n"
    "\n"
    "| 項目 | 公式(公告文どおり) | 社内締切 | 担当 |\n"
    "|---|---|---|---|\n"
    "| 公告 | 2027年9月1日(水) | - | - |\n"
    "| 質問の提出期限 | 2027年9月10日(金)15:00 | 9/8(水) | 田中 |\n"
    "| 提案書の提出期限 | 2027年9月24日(金)正午 | 9/21(火)社内レビュー | 佐藤 |\n"
    "\n"
    "■ 社内手続き\n"
    " ・稟議…9/3(金)決裁\n"
    " ・印刷会社への見積依頼…9/6(月)依頼、9/13(月)回答期限\n"
)


def test_a_checklists_column_of_the_issuers_dates_names_no_publication():
    got = found(CHECKLIST)
    assert ("question", "2027-09-10", "15:00", "datetime") in got
    assert ("submission", "2027-09-24", "12:00", "datetime") in got
    assert ("published", "2027-09-01", None, "date") in got


def test_the_teams_own_procedures_stay_out_also_with_leader_dots():
    dates = {date for _, date, _, _ in found(CHECKLIST)}
    assert not dates & {"2027-09-03", "2027-09-06", "2027-09-13", "2027-09-08", "2027-09-21"}


MAIL_MAGAZINE = (
    "件名: 【入札ナビ便り】第88号 今週の3案件\n"
    "\n"
    "[1] 東風市 図書館システム更新業務\n"
    " 公告日:2027年4月5日(月)\n"
    " 質問締切:4月12日(月)17:00\n"
    " 提案書提出:4月26日(月)正午\n"
    "\n"
    "[2] 西風町 観光案内所運営業務\n"
    " 公告日:2027年4月6日(火)\n"
    " 参加申込:4月16日(金)午後5時まで\n"
    " 企画書提出:4月30日(金)午後5時まで\n"
    "\n"
    "[3] 南風県 庁舎警備業務\n"
    " 公告日:2027年4月7日(水)\n"
    " 入札書提出:4月21日(水)午後4時まで\n"
    " 開札:4月22日(木)午前10時\n"
)


def test_a_digest_whose_every_case_gives_its_schedule_keeps_every_call():
    got = found(MAIL_MAGAZINE)
    for step in (
        ("published", "2027-04-05", None, "date"),
        ("submission", "2027-04-26", "12:00", "datetime"),
        ("published", "2027-04-06", None, "date"),
        ("application", "2027-04-16", "17:00", "datetime"),
        ("published", "2027-04-07", None, "date"),
        ("submission", "2027-04-21", "16:00", "datetime"),
        ("other", "2027-04-22", "10:00", "datetime"),
    ):
        assert step in got


BID_ALERT = (
    "件名: 新着案件のお知らせ(東風市 図書館システム更新業務)\n"
    "\n"
    "[1] 東風市 図書館システム更新業務\n"
    " 公告日:2027年4月5日(月)\n"
    " 質問締切:4月12日(月)17:00\n"
    " 提案書提出:4月26日(月)正午\n"
    "\n"
    "[2] 西風町 観光案内所運営業務\n"
    " 公告日:2027年4月6日(火)  締切日:2027年4月30日(金)\n"
)


def test_a_bid_alert_still_features_the_case_its_subject_names():
    dates = {date for _, date, _, _ in found(BID_ALERT)}
    assert "2027-04-26" in dates
    assert not dates & {"2027-04-06", "2027-04-30"}


BOXES = (
    "桜川市 市民農園 指定管理者募集 手続の流れ\n"
    "\n"
    " ┌────────────────┐    ┌────────────────┐\n"
    " │ 質問の受付           │ ─→ │ 申請書の提出         │\n"
    " │ 令和9年8月6日(金)   │    │ 令和9年8月27日(金)  │\n"
    " │  午後3時まで         │    │  正午まで            │\n"
    " └────────────────┘    └────────────────┘\n"
    "\n"
    "問合せ 桜川市 農政課\n"
)


def test_boxes_side_by_side_give_each_step_its_day_and_the_time_under_it():
    got = found(BOXES)
    assert ("question", "2027-08-06", "15:00", "datetime") in got
    assert ("application", "2027-08-27", "12:00", "datetime") in got or (
        "submission",
        "2027-08-27",
        "12:00",
        "datetime",
    ) in got


ICS = (
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "BEGIN:VEVENT\n"
    "DTSTAMP:20270301T000000Z\n"
    "DTSTART;VALUE=DATE:20270301\n"
    "DTEND;VALUE=DATE:20270302\n"
    "SUMMARY:公告\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=Asia/Tokyo:20270301T083000\n"
    "DTEND;TZID=Asia/Tokyo:20270310T160000\n"
    "SUMMARY:参加申込受付期間\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;VALUE=DATE:20270420\n"
    "DTEND;VALUE=DATE:20270421\n"
    "SUMMARY:選定結果の通知(4月下旬予定)\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n"
)


def test_an_ics_event_over_days_is_read_to_its_end_and_a_placeholder_day_gives_way():
    got = found(ICS)
    assert ("application", "2027-03-10", "16:00", "datetime") in got
    assert ("result", "2027-04-01", None, "late_month") in got
    assert not any(date == "2027-04-20" for _, date, _, _ in got)


CHART_ROWS = (
    "令和9年度 水辺公園活用計画策定業務 スケジュール\n"
    "1 公告                  6/1(火)\n"
    "2 参加表明書の提出      ~6/11(金)\n"
    "  (締切 16:00)\n"
    "3 技術提案書の提出      ~6/25(金)\n"
    "  (〆切 正午)\n"
)


def test_a_deadline_time_on_the_line_below_a_charts_row_is_the_steps():
    got = found(CHART_ROWS)
    assert ("application", "2027-06-11", "16:00", "datetime") in got
    assert ("submission", "2027-06-25", "12:00", "datetime") in got


FAQ = (
    "令和9年度 海辺の家 指定管理者募集 よくある質問\n"
    "募集要項は令和9年7月1日から配布しています。\n"
    "\n"
    "Q1. 施設の見学はできますか。\n"
    "A1. 7月14日(水)午前10時から見学会を行います。参加する方は7月9日(金)までにメールで申し込んでください。\n"
    "\n"
    "Q2. 質問はいつまで受け付けますか。\n"
    "A2. 【7月12日追記】受付期限を延ばしました。\n"
    "    7月23日(金)午後4時まで、電子メールで受け付けます。\n"
)


def test_a_faq_answer_gives_its_question_to_the_date_on_its_next_line():
    got = found(FAQ)
    assert ("question", "2027-07-23", "16:00", "datetime") in got
    assert not any(date == "2027-07-12" for _, date, _, _ in got)


def test_a_later_sentence_of_an_answer_names_its_own_step():
    got = found(FAQ)
    assert ("other", "2027-07-14", "10:00", "datetime") in got
    assert any(date == "2027-07-09" for _, date, _, _ in got)


BOXED_FORM_HEAD = (
    "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
    "┃ 提出期限:令和9年11月5日(金)午後4時(必着)      ┃\n"
    "┃ 提出先 :山吹市 企画課                           ┃\n"
    "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n"
    "                                        (様式第3号)\n"
    "\n"
    "                  参 加 申 込 書\n"
    "\n"
    "  山吹市長 様\n"
)


def test_a_deadline_boxed_over_a_forms_title_is_the_step_of_that_paper():
    assert ("application", "2027-11-05", "16:00", "datetime") in found(BOXED_FORM_HEAD)
