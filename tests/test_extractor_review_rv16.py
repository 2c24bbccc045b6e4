"""Review rv16 of this session's rules: each fault found, with an invented text of its form."""

from tenders.extractor import extract
from tests.extractor_found import found, one_line

# --- an English event's hours 「between … and …」 ------------------------------------------------------------

BRIEFING = (
    "Invitation to Tender: Office Cleaning Services\n"
    "\n"
    "A briefing will be held on 20 April 2027 (Tuesday), between {hours} at the town hall.\n"
    "Tenders must be submitted by 12:00 on 7 May 2027.\n"
)


def test_an_event_between_hours_shares_the_pm_written_after_its_end():
    """「between 1:00 and 3:00 p.m.」: the briefing starts at 13:00, the p.m. after its end shared with its start as
    「from 1:00 to 3:00 p.m.」 is (03:00 → 01:00 was read, a time no briefing has)."""
    submission = ("submission", "2027-05-07", "12:00", "datetime")
    for hours, start in (
        ("1:00 and 3:00 p.m.", "13:00"),
        ("10:00 and 11:00", "10:00"),
        ("9:00 and 5:00 p.m.", "09:00"),  # (the p.m. is the end's alone: 21:00 would come after 17:00)
        ("9:00 a.m. and 12:00 noon", "09:00"),
    ):
        text = BRIEFING.format(hours=hours)
        expected = [("other", "2027-04-20", start, "datetime"), submission]
        assert found(text) == expected, hours
        assert found(one_line(text)) == expected, hours


# --- a colleague's note over a forwarded call -----------------------------------------------------------------

NOTE_HEAD = (
    "From: Aiko Tanaka\n"
    "To: Proposal team\n"
    "Subject: Fwd: Call for Proposals - Library Website Redesign\n"
    "\n"
    "{note}\n"
    "\n"
)
CALL = (
    "---------- Forwarded message ---------\n"
    "From: City Library <procurement@library.example>\n"
    "Date: Thu, Apr 15, 2027\n"
    "Subject: Call for Proposals - Library Website Redesign\n"
    "\n"
    "Call for Proposals - Library Website Redesign\n"
    "Questions due: Friday, April 30, 2027\n"
    "Proposal submission deadline: 5:00 p.m., Friday, May 14, 2027\n"
    "Interviews: Monday, May 24, 2027\n"
)
CALL_STEPS = [
    ("question", "2027-04-30", None, "date"),
    ("submission", "2027-05-14", "17:00", "datetime"),
    ("hearing", "2027-05-24", None, "date"),
]


def test_a_colleagues_note_with_an_old_word_moves_no_step_of_the_call():
    """「as previously agreed, the internal deadline for proposal drafts is …」「send me your draft … instead of …」: the
    team's own step, its old word an aside or its own day's; the forwarded call's steps stand (only the note's day was
    given, the call's three steps dropped)."""
    for note in (
        "Hi all, as previously agreed, the internal deadline for proposal drafts is Monday, May 10, 2027.",
        "Hi all, as previously discussed, please have your sections of the proposal ready by Monday, May 10, 2027.",
        "Hi all, please submit your draft proposal sections to me by Monday, May 10, 2027 instead of Wednesday, May 12,"
        " so I have time to review them.",
    ):
        text = NOTE_HEAD.format(note=note) + CALL
        assert found(text) == CALL_STEPS, note
    # the issuer's note that moves the call's deadline still gives the note's steps alone
    moved = NOTE_HEAD.format(note="Please note the proposal deadline has been extended to 5:00 p.m., Friday, May 21, 2027.")
    assert found(moved + CALL) == [("submission", "2027-05-21", "17:00", "datetime")]


# --- a date opening a sentence that tells a move -------------------------------------------------------------

ANSWERS = (
    "Questions and Answers: Library Website Redesign\n"
    "\n"
    "Q1. When will the site visit take place?\n"
    "A. On Tuesday, June 15, 2027, the site visit, {clause} will be held at the library.\n"
    "\n"
    "Q2. When are proposals due?\n"
    "A. Proposals must be submitted by 5:00 p.m. on Friday, June 25, 2027.\n"
)


def test_a_date_opening_a_sentence_whose_step_was_moved_in_a_clause_is_the_steps():
    """「On Tuesday, June 15, 2027, the site visit, which was postponed because of the storm, will be held」: the clause
    (「which …」) tells the visit's move, the sentence's verb holds it on that day; it was read as the day a change
    was made and dropped."""
    expected = [("other", "2027-06-15", None, "date"), ("submission", "2027-06-25", "17:00", "datetime")]
    for clause in ("which was postponed because of the storm,", "that was postponed because of the storm,"):
        text = ANSWERS.format(clause=clause)
        assert found(text) == expected, clause
        assert found(one_line(text)) == expected, clause


# --- 「instead of」 keying an old hour, the date shared ------------------------------------------------------


def test_a_new_hour_instead_of_the_old_keeps_the_date_they_share():
    """「Tenders will be opened at 2:00 p.m. instead of 10:00 a.m. on Friday, 7 May 2027.」: only the hour moved; the
    date after the old hour is the opening's, at 14:00 (the date was dropped as the old value, 「instead of」 keying it);
    an old date after 「instead of」 is still the old one."""
    text = (
        "Notice of Change: Invitation to Tender for Office Cleaning Services\n"
        "\n"
        "Tenders will be opened at 2:00 p.m. instead of 10:00 a.m. on Friday, 7 May 2027.\n"
        "All other conditions remain unchanged.\n"
    )
    expected = [("other", "2027-05-07", "14:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    assert found(text.replace("2:00 p.m.", "14:00").replace("10:00 a.m.", "10:00")) == expected
    old_date = (
        "Notice of Change\n"
        "\n"
        "Proposals must now be submitted by 17:00 on Wednesday, 15 July 2027, at 17:00 instead of Friday, 10 July 2027.\n"
    )
    assert found(old_date) == [("submission", "2027-07-15", "17:00", "datetime")]


# --- many clauses that change the same step: their reading grows with the text ------------------------------

CLAUSES = (
    "１ 変更内容\n"
    "（２）質問書の提出期限\n"
    "３（２）中「令和9年5月20日（木）午後5時」を「令和9年5月27日（木）午後5時」に改める。\n"
    "| 項目 | 参加申込 | 質問 | 開札 |\n"
    "| 変更前 | 5月1日 | 5月8日 | 6月1日 |\n"
    "| 変更後 | 5月8日 | 5月15日 | 6月8日 |\n"
)


def test_many_clauses_changing_a_step_are_read_in_time_growing_with_the_text(monkeypatch):
    """A change notice of many 改める clauses, each named by the heading above it (round ik): each candidate was read
    against every changed step (``without_changed``), a 0.8 MB text of them taking thirty times a 0.2 MB one's time.
    The labels cleaned grow with the clauses, not with their square."""
    from tenders.extractor import labels

    clean_label = labels.clean_label
    calls = [0]

    def counted(*args, **kwargs):
        calls[0] += 1
        return clean_label(*args, **kwargs)

    monkeypatch.setattr(labels, "clean_label", counted)
    units = 200
    extract(CLAUSES * units)
    assert calls[0] < 150 * units
