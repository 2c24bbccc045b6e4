"""Review rv9 of rounds hh–hm: plain variants their rules read too widely."""

import datetime as dt

from tests.extractor_found import found, steps

# --- a 公報 page: a rule set by a 告示 amended beside a call (round hi) ------------------------------------------

GAZETTE_WITH_GUIDELINES_AMENDED = (
    "若葉県報\n"
    "\n"
    "令和10年3月6日（月曜日）\u3000\u3000第１，１０２号\n"
    "\n"
    "若葉県告示第５３号\n"
    "\u3000若葉県中小企業支援補助金交付要綱（平成20年若葉県告示第１２号）の一部を次のように改正する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "\u3000別表中「２００千円」を「３００千円」に改める。\n"
    "\u3000\u3000\u3000附\u3000則\n"
    "\u3000この告示は、令和10年4月1日から施行する。\n"
    "\n"
    "若葉県公告第３２号\n"
    "\u3000次のとおり一般競争入札に付する。\n"
    "\u3000\u3000令和10年3月6日\n"
    "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000若葉県知事\u3000森\u3000一郎\n"
    "１\u3000入札に付する事項\u3000庁舎清掃業務委託\n"
    "２\u3000入札参加資格確認申請書の提出期限\u3000令和10年3月13日午後5時\n"
    "３\u3000入札書の提出期限\u3000令和10年3月27日午後5時\n"
)


def test_a_guideline_set_by_a_kokuji_amended_is_no_call_amended_and_leaves_the_call_beside_it():
    # (「…要綱（平成20年若葉県告示第１２号）の一部を…改正する」: the 告示's number in brackets after the rule's name, as a
    # 規則's; a call is cited by its number, its name in brackets after)
    assert steps(GAZETTE_WITH_GUIDELINES_AMENDED) == [
        ("application", dt.date(2028, 3, 13), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 3, 27), dt.time(17, 0), "datetime"),
    ]


# --- an English period from the contract's signing (round hm) ----------------------------------------------------


def test_a_window_from_the_contract_notices_publication_is_no_period_of_work():
    text = (
        "Invitation to tender\n"
        "Questions may be sent from the date of publication of the contract notice until 5 May 2027.\n"
        "Tenders must arrive by 12:00 on 19 May 2027.\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 5, 5), None, "date"),
        ("submission", dt.date(2027, 5, 19), dt.time(12, 0), "datetime"),
    ]


# --- a change notice's row whose cell is a dash (round hh) -------------------------------------------------------


def test_a_step_the_change_cancels_its_new_value_a_dash_is_no_step_it_creates():
    # (the dash in the new value's cell, after the old date; the remark after it holds a digit, as a new date would)
    text = (
        "AMENDMENT No. 2\n"
        "Date of this Amendment: 4 March 2027\n"
        "The Invitation to Tender issued on 15 February 2027 is amended as follows.\n"
        "\n"
        "| Step | Original | Amended | Remarks |\n"
        "| --- | --- | --- | --- |\n"
        "| Site visit | Tuesday 9 March 2027, 10:00 | - | Cancelled; see section 4 |\n"
        "| Deadline for questions | Friday 12 March 2027, 17:00 | Friday 19 March 2027, 17:00 | |\n"
    )
    assert found(text) == [("question", "2027-03-19", "17:00", "datetime")]
