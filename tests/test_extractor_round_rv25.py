"""Review rv25 of rounds ju, jx (change notices) and jt (English notices): one reading of a sentence that tells the old
schedule, a notice to the applicants that is their result, and a briefing's registration in an English timeline."""

import datetime as dt

import pytest

from tests.extractor_found import steps

CORRECTION = (
    "朝霧町告示第８号\n\n"
    "朝霧町公式サイト運用業務委託に係る公募型プロポーザルの日程の訂正について\n\n"
    "令和9年8月2日付けで公告した標記プロポーザルについて、次のとおり日程を訂正する。\n\n"
    "令和9年8月16日\n\n朝霧町長\n\n"
    "訂正後の日程は次のとおり。★印の行が訂正した箇所であり、それ以外は当初のとおり。\n"
    "　　質問の提出期限　　　　　　令和9年8月20日（金）午後5時\n"
    "★　企画提案書の提出期限　　　令和9年9月10日（金）正午\n"
    "★　プレゼンテーション審査　　令和9年9月22日（水）\n"
    "{note}\n"
)
CORRECTED = [
    ("submission", dt.date(2027, 9, 10), dt.time(12, 0), "datetime"),
    ("hearing", dt.date(2027, 9, 22), None, "date"),
]


@pytest.mark.parametrize(
    "note",
    [
        # (ju's wordings and jx's, read by one rule: 「当初は、」 with no の, 「当初の予定では、」 after 「なお、」, 「（注）」)
        "当初は、企画提案書の提出期限を9月3日（金）正午、プレゼンテーション審査を9月15日（水）としていました。",
        "なお、当初の予定では、企画提案書の提出期限は9月3日（金）正午、審査は9月15日（水）でした。",
        "（注）従前の日程は、企画提案書の提出期限が9月3日（金）正午、審査が9月15日（水）となっていた。",
        "※　変更前の日程は、企画提案書の提出期限 9月3日（金）正午、プレゼンテーション審査 9月15日（水）であった。",
        # (neither round's reading alone read this: 「、」 before 「当初は、」, and no 「の日程」 after it)
        "なお、当初は、企画提案書の提出期限を9月3日（金）正午、プレゼンテーション審査を9月15日（水）としていました。",
    ],
)
def test_a_sentence_telling_the_old_schedule_gives_no_step(note):
    found = steps(CORRECTION.format(note=note))
    assert all(step in found for step in CORRECTED)
    assert not [step for step in found if step[1] in (dt.date(2027, 9, 3), dt.date(2027, 9, 15))]


def test_a_told_plan_that_moves_a_step_in_its_own_words_keeps_the_new_day():
    # 「当初は、…から…に変更する。」: the sentence tells the new day as well; it stays the step's
    text = CORRECTION.format(note="").replace("★　プレゼンテーション審査　　令和9年9月22日（水）\n", "")
    text += "プレゼンテーション審査は、当初は、9月15日（水）から9月22日（水）に変更する。\n"
    assert ("hearing", dt.date(2027, 9, 22), None, "date") in steps(text)


RFP = (
    "Request for Proposals: Museum Audio Guide Production (FY2028)\n"
    "Harunomiya City Cultural Affairs Division\n\n"
    "4. Schedule\n"
    "(1) Publication\n    Monday, 10 January 2028\n"
    "(2) Deadline for application for participation\n    Friday, 21 January 2028, 17:00 JST\n"
    "(3) Notice of eligibility\n    By Friday, 28 January 2028\n"
    "(4) Deadline for proposals\n    Friday, 18 February 2028, 17:00 JST\n\n"
    "5. Application for participation\n"
    "(1) Documents: Form 1 (Application), Form 2 (Company Profile)\n"
    "(2) Deadline: 17:00 JST on Friday, 21 January 2028\n"
    "(3) {told}\n"
)


@pytest.mark.parametrize(
    "told",
    [
        "The Division will notify each applicant of its eligibility in writing by Friday, 28 January 2028.",
        "The City will inform all applicants of their eligibility by e-mail by Friday, 28 January 2028.",
        "We will notify every applicant of its qualification by Friday, 28 January 2028.",
    ],
)
def test_a_notice_to_the_applicants_under_the_application_heading_is_their_result(told):
    found = steps(RFP.format(told=told))
    assert found == [
        ("published", dt.date(2028, 1, 10), None, "date"),
        ("application", dt.date(2028, 1, 21), dt.time(17, 0), "datetime"),
        ("result", dt.date(2028, 1, 28), None, "date"),
        ("submission", dt.date(2028, 2, 18), dt.time(17, 0), "datetime"),
    ]


TIMELINE = (
    "CALL FOR PROPOSALS: Regional Food Fair Promotion 2028\n"
    "Minase Tourism Bureau\n\n"
    "Key dates\n"
    "Call opens\nMonday, 7 February 2028\n"
    "{event}\nWednesday, 16 February 2028, 10:00–11:30 JST\n"
    "{registration} Monday, 14 February 2028\n"
    "Deadline for proposals\nFriday, 11 March 2028, 17:00 JST\n"
)


@pytest.mark.parametrize("event", ["Online briefing session", "Site visit", "Information session (Zoom)"])
@pytest.mark.parametrize("registration", ["Registration required by noon on", "Please register by 17:00 on"])
def test_a_registration_under_an_events_lines_is_the_events(event, registration):
    found = steps(TIMELINE.format(event=event, registration=registration))
    registered = [step for step in found if step[1] == dt.date(2028, 2, 14)]
    assert [step[0] for step in registered] == ["other"]
    assert not [step for step in found if step[0] == "application"]


def test_an_application_under_an_events_lines_stays_the_calls():
    # (「Applications due by」 names no registration: the call's own application, though it follows the briefing)
    found = steps(TIMELINE.format(event="Online briefing session", registration="Applications due by"))
    assert ("application", dt.date(2028, 2, 14), None, "date") in found


def test_a_registration_under_a_briefing_said_not_held_stays_the_calls():
    text = TIMELINE.format(event="There will be no briefing session.", registration="Registration required by noon on")
    assert ("application", dt.date(2028, 2, 14), dt.time(12, 0), "datetime") in steps(text)


WORK = (
    "Request for Proposals: Hot Spring Town Walking Campaign 2027\n"
    "Kiriyama City Tourism Division\n\n"
    "1. Background\n"
    "{sentence}\n\n"
    "2. Schedule\n"
    "(1) Publication of this RFP: Monday, 5 April 2027\n"
    "(2) Deadline for proposals: Friday, 7 May 2027, 17:00 JST\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of participants in the 2026 campaign was 1,200; the 2027 campaign ends on Sunday, 31 October 2027.",
        "The names of the 2026 participants are listed in Annex 3; the 2027 walk is held on Sunday, 31 October 2027.",
    ],
)
def test_the_number_of_participants_in_the_work_is_no_registration(sentence):
    # (jt's 「Please confirm the names of up to two participants by」 reads names asked for, not the work's figures)
    assert not [step for step in steps(WORK.format(sentence=sentence)) if step[1] == dt.date(2027, 10, 31)]
