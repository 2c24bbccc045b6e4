"""Round lv: a bid team's pastes of a call (its calendar, its tracker, its mail): the team's own days and placeholders."""

from tests.extractor_found import found, one_line

# An invented calendar of a bid team, exported as ICS with CRLF breaks: one event a step, its quoted notice below it
ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "X-WR-CALNAME:案件_架空市 窓口予約システム",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Asia/Tokyo:20290312T170000",
        "DTEND;TZID=Asia/Tokyo:20290312T173000",
        "DESCRIPTION:要領3「令和11年3月12日(月)午後5時までに電子メールで",
        " 提出」",
        "SUMMARY:【架空市】質問書 提出期限",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Asia/Tokyo:20290402T120000",
        "DTEND;TZID=Asia/Tokyo:20290402T123000",
        "DESCRIPTION:要領5「令和11年4月2日(月)正午まで（必着）」",
        "SUMMARY:【架空市】企画提案書 提",
        " 出期限",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;VALUE=DATE:20290420",
        "DTEND;VALUE=DATE:20290421",
        "DESCRIPTION:要領7「審査結果は令和11年4月中旬に通知する予定」\\n日はまだ",
        " 分からないので4/20に仮置き。",
        "SUMMARY:【架空市】審査結果の通知",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)
ICS_STEPS = [
    ("question", "2029-03-12", "17:00", "datetime"),
    ("submission", "2029-04-02", "12:00", "datetime"),
    ("result", "2029-04-01", None, "mid_month"),
]


def test_a_calendar_event_the_team_put_down_as_a_placeholder_gives_the_steps_day_from_its_description():
    # 「4/20に仮置き」: the calendar needs a day, the team set one down to hold the place; the notice's 4月中旬 stands
    assert found(ICS) == ICS_STEPS


def test_an_ics_export_pasted_as_one_line_is_read_as_the_calendar_it_was():
    # each CRLF turned to a space: its properties parted by a space (after the CR), its folds by two
    assert found(one_line(ICS)) == ICS_STEPS
    assert found(one_line(ICS.replace("\r\n", "\n"))) == ICS_STEPS


# An invented tracker's CSV: the issuer's rows beside the team's own tasks, each task's days in columns of their own
TRACKER = (
    "キー,種別,件名,詳細,開始日,期限日\n"
    "KASO-1,発注者日程,【発注者】参加申込書の提出期限,令和11年5月14日(月)午後5時まで（持参）。,,2029/05/14\n"
    "KASO-2,タスク,参加申込書類の準備,印鑑証明は5/9(水)に取得。押印は5/10(木)まで。,2029/05/07,2029/05/10\n"
    "KASO-3,タスク,プレゼン リハーサル,5/29(火)は出張のため、5/28(月)午後に実施。,2029/05/28,2029/05/28\n"
    "KASO-4,タスク,施設見学（5/16午後で予約済）,5/16(水)14:00～15:00、2名で訪問。,2029/05/16,2029/05/16\n"
    "KASO-5,発注者日程,【発注者】企画提案書の提出期限,令和11年5月30日(水)正午まで。,,2029/05/30\n"
)


def test_a_row_named_by_the_teams_own_work_gives_no_step_though_its_date_stands_in_a_column_of_its_own():
    # 「…書類の準備」「リハーサル」「予約済」: the team readying its papers, rehearsing, holding a slot it booked
    steps = [("application", "2029-05-14", "17:00", "datetime"), ("submission", "2029-05-30", "12:00", "datetime")]
    assert found(TRACKER) == steps  # (as written: a CSV run onto one line has no rows to name its dates)


def test_an_entry_marked_as_another_calls_gives_no_step():
    text = (
        "■架空町 観光案内業務 日程\n"
        "・質問書の提出期限　令和11年6月4日(月)午後5時\n"
        "・【他案件】隣町 清掃業務 参加申込〆　令和11年6月6日(水)午後5時\n"
        "・企画提案書の提出期限　令和11年6月20日(水)正午\n"
    )
    steps = [("question", "2029-06-04", "17:00", "datetime"), ("submission", "2029-06-20", "12:00", "datetime")]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_a_chat_post_that_says_it_turns_to_another_call_gives_no_step():
    # 「ちなみに別件ですが、…開札が…」: another call's day, mentioned beside this one's
    text = (
        "小林 健  10:02\n"
        "企画提案書の提出期限は令和11年6月20日(水)正午です。\n"
        "小林 健  10:05\n"
        "ちなみに別件ですが、隣町の給食システムの入札、開札が6/12(火)10:00です。\n"
    )
    steps = [("submission", "2029-06-20", "12:00", "datetime")]
    assert found(text) == steps
    assert found(one_line(text)) == steps


def test_a_day_the_minutes_say_the_team_keeps_for_itself_gives_no_step():
    # 「…が期限だが、社内では6/8(金)中に…」: the team's own day, set against the issuer's just before it
    text = (
        "３．主な議論\n"
        "・山田：見学会の申込は6/11(月)正午が期限だが、社内では6/8(金)中に申し込む。\n"
        "・佐藤：質問書は令和11年6月18日(月)午後5時まで。社内は6/14(木)までにまとめる。\n"
    )
    steps = [("other", "2029-06-11", "12:00", "datetime"), ("question", "2029-06-18", "17:00", "datetime")]
    assert found(text) == steps
    assert found(one_line(text)) == steps
