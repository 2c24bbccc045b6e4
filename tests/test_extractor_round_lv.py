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
