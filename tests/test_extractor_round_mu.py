"""Round mu: a calendar as a browser copies its agenda (each event's hours a line above its title, a cancelled slot),
a calendar export's reminders and other calls' events, a plan told of before and now moved, a team's note that it met
a deadline, and a part of the work's period. Each test a few lines written for its device (none copied from the
development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


# --- an agenda copied from the browser: hours on a line of their own, the title below ---------------------------------

_STACKED_AGENDA = (
    "{title}\n"
    "2027年5月10日 – 2027年6月30日\n"
    "\n"
    "2027年5月10日(月)\n"
    "終日\n"
    "【公告】{issuer} 窓口予約システム構築業務（一般競争入札）\n"
    "説明: 入札説明書の交付 令和9年5月10日(月)から6月11日(金)まで\n"
    "\n"
    "9:30～10:00\n"
    "朝会\n"
    "\n"
    "2027年5月21日(金)\n"
    "15:00～16:00\n"
    "【〆】質問書 提出\n"
    "説明: 質問書の提出期限 令和9年5月21日(金)午後5時。15時までに送る\n"
    "\n"
    "2027年5月25日(火)\n"
    "{cancelled} 10:00～11:00\n"
    "【発注者】入札参加者説明会\n"
    "説明: 会議室A\n"
    "\n"
    "2027年5月27日(木)\n"
    "14:00～15:00\n"
    "【発注者】入札参加者説明会（日程変更）\n"
    "説明: 会議室B\n"
    "\n"
    "2027年6月4日(金)\n"
    "13:00～17:00\n"
    "【社内】入札書 最終確認\n"
    "\n"
    "2027年6月11日(金)\n"
    "10:00～10:30\n"
    "【発注者】開札\n"
    "場所: 入札室\n"
)


def test_an_agenda_copied_with_each_events_hours_above_its_title_reads_each_event_on_its_day():
    for title, issuer, cancelled in (
        ("図書システム入札（共有カレンダー）", "鶴見台市", "[キャンセル済み]"),
        ("入札案件カレンダー", "白浜町", "【中止】"),
        ("営業部 予定リスト", "北原村", "(Canceled)"),
    ):
        text = _STACKED_AGENDA.format(title=title, issuer=issuer, cancelled=cancelled)
        # (the deadline's hour its note gives, not the slot the team kept; the cancelled slot and the team's own left out;
        # 開札 on its own day, not on the next event's hours)
        assert found(text) == [
            ("published", "2027-05-10", None, "date"),
            ("question", "2027-05-21", "17:00", "datetime"),
            ("other", "2027-05-27", "14:00", "datetime"),
            ("other", "2027-06-11", "10:00", "datetime"),
        ], title


# --- a date told of before, now moved ----------------------------------------------------------------------------------


def test_a_day_told_of_before_and_now_changed_is_no_step():
    for sentence in (
        "先にご案内した令和9年7月6日(火)午後1時30分からのヒアリングについて、都合により次のとおり日時を変更します。",
        "先日お知らせいたしました令和9年7月6日(火)13時30分からのヒアリングにつきましては、次のとおり変更いたします。",
        "当初ご案内の7月6日(火)のヒアリングにつきましては、下記のとおり変更いたします。",
    ):
        text = "企画提案に係るヒアリング日時の変更について\n" f"{sentence}\n" "日時:令和9年7月8日(木)午前10時から\n"
        assert both(text) == [("hearing", "2027-07-08", "10:00", "datetime")], sentence


# --- a calendar export (ICS): reminders and another call's events ------------------------------------------------------

_ICS_EVENT = "BEGIN:VEVENT\nDTSTART{start}\nSUMMARY:{summary}\nDESCRIPTION:{description}\nEND:VEVENT\n"


def _ics(events: list[tuple[str, str, str]]) -> str:
    body = "".join(_ICS_EVENT.format(start=s, summary=t, description=d) for s, t, d in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:入札・公募\n{body}END:VCALENDAR\n"


def test_a_calendar_exports_reminders_and_another_calls_events_are_no_steps():
    for reminder, other in (
        (
            ("【リマインド】質問〆は明日17時", ""),
            ("【港北町】庁舎清掃業務 開札", "電子入札で結果確認のみ"),
        ),
        (
            ("【Reminder】提案書 前日確認", "製本済みか確認"),
            ("入札 開札(立会なし)", "別案件。結果のみ確認"),
        ),
    ):
        text = _ics(
            [
                (";VALUE=DATE:20270524", "【松原市】文書管理システム 公告", "公告日:令和9年5月24日(月)"),
                (";VALUE=DATE:20270603", *reminder),
                (":20270604T080000Z", "【松原市】質問書 提出期限", "質問書の提出期限:令和9年6月4日(金)午後5時"),
                (";TZID=Asia/Tokyo:20270610T100000", *other),
                (";VALUE=DATE:20270611", "【松原市】質問への回答", "6月11日(金)までに市HPで公表"),
                (";TZID=Asia/Tokyo:20270702T120000", "【松原市】企画提案書 提出期限", "正午必着"),
            ]
        )
        assert both(text) == [
            ("published", "2027-05-24", None, "date"),
            ("question", "2027-06-04", "17:00", "datetime"),
            ("answer", "2027-06-11", None, "date"),
            ("submission", "2027-07-02", "12:00", "datetime"),
        ], reminder


# --- the team's note that it met a deadline ----------------------------------------------------------------------------


def test_a_deadline_the_team_notes_it_met_stays_the_calls_step():
    for line in (
        "説明会の参加申込は5月28日(金)正午までにメールで → 申込済(佐藤)",
        "説明会の参加申込:5月28日(金)12時までに電話で 申込済",
        "説明会参加申込書 5月28日(金)正午必着 → 提出済み",
    ):
        text = (
            "令和9年度 ○○県 文書管理システム構築業務 企画提案競技\n"
            "説明会:令和9年6月1日(火)午前10時から(オンライン)\n"
            f"{line}\n"
            "企画提案書の提出期限:令和9年7月2日(金)正午\n"
        )
        assert both(text) == [
            ("other", "2027-05-28", "12:00", "datetime"),
            ("other", "2027-06-01", "10:00", "datetime"),
            ("submission", "2027-07-02", "12:00", "datetime"),
        ], line


# --- a part of the work's period ---------------------------------------------------------------------------------------


def test_a_part_of_the_works_period_is_no_step():
    for period in (
        "業務期間:契約締結日から令和11年3月30日まで(うち構築は令和10年3月31日まで)",
        "履行期間 契約締結の日から令和11年3月31日まで(このうち開発期間は令和10年2月28日まで)",
        "委託期間 契約の日~令和11年3月31日(うち導入作業:令和10年3月31日まで)",
    ):
        text = (
            "○○県 システム構築業務 企画提案競技\n"
            "公告日:令和9年5月24日(月)\n"
            "発注:○○県 総務部\n"
            f"{period}\n"
            "提案書の提出期限:令和9年7月2日(金)正午\n"
        )
        assert both(text) == [
            ("published", "2027-05-24", None, "date"),
            ("submission", "2027-07-02", "12:00", "datetime"),
        ], period
