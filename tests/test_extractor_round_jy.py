"""A call written in sections between rules (round jy): the section that tells how to take part gives the entry's
steps (questions, their answers, the entry itself), the next section the selection from there on; both are the
call's, though the page is cut like a newsletter's articles."""

from tests.extractor_found import found

RULE = "-" * 48 + "\n"


def sections(*parts: tuple[str, str]) -> str:
    return "".join(RULE + heading + "\n" + RULE + body + "\n" for heading, body in parts)


def test_a_mail_whose_how_to_apply_section_gives_the_entry_above_its_timeline():
    text = "Subject: [EOI] Individual consultant - Solid Waste Specialist\n\nDear colleagues,\n\n" + sections(
        ("1. BACKGROUND", "The project runs from January 2028 to June 2029.\n"),
        (
            "2. HOW TO APPLY",
            "Questions may be sent by e-mail no later than 5:00 p.m. JST on Tuesday, March 7, 2028.\n"
            "*** Deadline for expressions of interest: 12:00 noon (JST), Friday, March 17, 2028 ***\n",
        ),
        (
            "3. SELECTION AND TIMELINE",
            " - Shortlisting: shortlisted candidates will be notified by e-mail by Friday, March 24, 2028.\n"
            " - Online interviews are planned during the week of April 3, 2028.\n"
            " - Final selection: mid-April 2028.\n"
            " - Contract: signing expected in late April 2028.\n",
        ),
        ("4. TERMS", "Remuneration is paid monthly.\n"),
    )
    assert found(text) == [
        ("question", "2028-03-07", "17:00", "datetime"),
        ("application", "2028-03-17", "12:00", "datetime"),
        ("result", "2028-03-24", None, "date"),
        ("hearing", "2028-04-03", None, "date"),
        ("result", "2028-04-01", None, "mid_month"),
        ("contract", "2028-04-01", None, "late_month"),
    ]


def test_an_invitation_whose_submission_section_gives_questions_and_registration():
    text = "Invitation for Proposals: Tourism Data Dashboard\n\n" + sections(
        ("1. Purpose", "The Bureau seeks a firm to build a data dashboard.\n"),
        (
            "2. Questions and registration",
            "Send your questions by 5 p.m. on 9 June 2027 (Wednesday).\n"
            "Answers will be posted on the website on 14 June 2027.\n"
            "Register your intent to apply by 17:00 on 18 June 2027.\n",
        ),
        (
            "3. Evaluation schedule",
            "Proposals must reach the Bureau by 12:00 on 2 July 2027.\n"
            "Presentations will be held on 13 July 2027.\n"
            "The result will be notified by 23 July 2027.\n"
            "The contract will be signed in early August 2027.\n",
        ),
        ("4. Contact", "bureau@example.jp\n"),
    )
    kinds = [step[0] for step in found(text)]
    assert kinds[:3] == ["question", "answer", "application"]
    assert ("application", "2027-06-18", "17:00", "datetime") in found(text)
    assert ("question", "2027-06-09", "17:00", "datetime") in found(text)


def test_a_newsletters_other_article_of_the_same_kinds_stays_out():
    text = "Chamber Newsletter No. 42\n\n" + sections(
        ("1. Members' news", "Our new member directory is out.\n"),
        ("2. Seminar on export rules", "Register for the seminar by 5:00 p.m. on 3 May 2027.\n"),
        (
            "3. Call for proposals: city promotion video",
            "Questions by 5:00 p.m. on 10 May 2027.\n"
            "Application deadline: 5:00 p.m. on 20 May 2027.\n"
            "Proposals by 12:00 on 7 June 2027.\n"
            "Presentations on 18 June 2027.\n",
        ),
        ("4. From the office", "The office is closed on 5 May.\n"),
    )
    assert "2027-05-03" not in [step[1] for step in found(text)]
