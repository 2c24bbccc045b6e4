"""English amendments (round or): a wrapped sentence whose first 80 characters name another step than the whole
(「Questions received … before the date of this Amendment will be answered … by」: the answers, not the questions), and
those who did an act before a day (「Bidders who downloaded the documents before 26 November」: done, no step). Each
text invented for its form, read as written and on one line."""

from tests.extractor_found import found, one_line

HEAD = (
    "ADDENDUM No. 1\n"
    "to the Invitation to Tender No. KT-2028-07\n"
    "\n"
    "1. Revised schedule\n"
    "Deadline for questions: 4:00 p.m., Monday, 7 February 2028\n"
    "Answers to questions: by Monday, 14 February 2028\n"
    "Time-limit for tender: 12:00 noon, Tuesday, 29 February 2028\n"
    "\n"
    "2. Transitional arrangements\n"
)
EXPECTED = [
    ("question", "2028-02-07", "16:00", "datetime"),
    ("answer", "2028-02-14", None, "date"),
    ("submission", "2028-02-29", "12:00", "datetime"),
]


def check(text: str) -> None:
    assert sorted(found(text)) == sorted(EXPECTED)
    assert sorted(found(one_line(text))) == sorted(EXPECTED)


def test_questions_received_before_the_amendment_answered_with_the_rest():
    """The answers' day told again in a long wrapped sentence whose subject is the questions: one answer."""
    check(
        HEAD + "(1) Clarification questions received by the Authority before the issue of this Addendum will be\n"
        "    answered together with those received by the revised deadline, by Monday, 14 February 2028.\n"
    )
    check(
        HEAD + "(a) Any questions already submitted through the e-tendering portal before the date of this Addendum\n"
        "    shall be answered along with the later ones, by Monday, 14 February 2028.\n"
    )


def test_bidders_who_did_an_act_before_a_day():
    """「Bidders who downloaded … before」「Tenderers who have already registered by」: what they did, no step."""
    check(HEAD + "(2) Bidders who downloaded the Bidding Documents before 25 January 2028 must obtain Annex B again.\n")
    check(HEAD + "(2) Tenderers who have already registered on the portal by 20 January 2028 need not register again.\n")


# --- a clause of the cause before the date's own object ------------------------------------------------------------

MOVED = (
    "企画提案競技の日程変更のお知らせ\n"
    "変更する日程\n"
    "項目｜変更前｜変更後\n"
    "企画提案書の提出期限｜令和10年1月21日（金曜日）正午｜令和10年2月4日（金曜日）正午\n"
    "\n"
)


def check_moved(text: str) -> None:
    expected = [("submission", "2028-02-04", "12:00", "datetime")]
    assert found(text) == expected  # (on one line, this short table loses its row whatever the sentence: not asked here)


def test_the_work_deadline_moved_because_of_a_step_is_no_step():
    """「…の提出期限を延期することに伴い、業務の履行期限を…に変更」: the work's deadline, not the step the cause names."""
    check_moved(
        MOVED + "企画提案書の提出期限を延期することに伴い、業務の完了期限を令和10年3月10日（金曜日）から"
        "令和10年3月17日（金曜日）に変更します。\n"
    )
    check_moved(MOVED + "提案書の提出期限の延長により、委託期間の末日を令和10年3月24日（金曜日）に改めます。\n")
    check_moved(MOVED + "企画提案書の提出期限の変更に合わせ、納品期限を令和10年3月15日（水曜日）とします。\n")


# --- a form's sample entry keyed 「記入例：」 -------------------------------------------------------------------------


def test_a_sample_entry_keyed_with_a_colon_is_no_step():
    """「記入例：提出日 R10.6.18」 in a list of forms: the date the form's sample shows, no question deadline."""
    base = "企画提案書の提出期限　令和10年7月3日（月）正午\n提出書類一覧\n"
    expected = [("submission", "2028-07-03", "12:00", "datetime")]
    for row in (
        '様式2,質問書,質問時,1,"記入例：提出日 R10.6.16（金）"\n',
        "様式3　参加申込書（記載例：申込日 令和10年6月20日）\n",
        "様式2　質問票　記入例: 令和10年6月16日\n",
    ):
        assert found(base + row) == expected
        assert found(one_line(base + row)) == expected
