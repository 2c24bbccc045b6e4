"""Change notices read for what they change (round qv): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- an English amendment that reproduces the call with its changed items tagged --------------------------------

EN_TAGGED_AMENDMENT = (
    "Harbour Board Public Notice No. 14\n"
    "\n"
    "AMENDMENT OF INVITATION TO TENDER\n"
    "\n"
    "The Invitation to Tender for the supply of mooring buoys published on 3 May 2027 is amended as follows.\n"
    "\n"
    "17 May 2027\n"
    "Chief Executive, Harbour Board\n"
    "\n"
    "1 The time-limit for tender is postponed by one week, and a second round of questions is added.\n"
    "\n"
    "2 Invitation to Tender as amended (for reference)\n"
    "Items marked [Amended] or [Added] have been changed by this notice; all other items remain as published.\n"
    "\n"
    "  3 Tender documentation\n"
    "    (1) Period of distribution of the tender documentation: from 3 May, 2027 until the time-limit for tender,"
    " at the contract section of the Harbour Board and on its website\n"
    "    (2) Time-limit for questions: 5:00 p.m., 21 May, 2027\n"
    "    (3) [Added] Time-limit for further questions: 5:00 p.m., 4 June, 2027\n"
    "  4 Time-limits\n"
    "    (1) [Amended] Time-limit for tender: 5:00 p.m., 18 June, 2027 (tenders by mail must arrive by this time)\n"
    "    (2) Conclusion of the contract: expected in early July, 2027\n"
)


def test_an_english_amendment_keeps_only_its_tagged_items():
    assert found(EN_TAGGED_AMENDMENT) == [
        ("question", "2027-06-04", "17:00", "datetime"),
        ("submission", "2027-06-18", "17:00", "datetime"),
    ]


def test_a_tagged_item_does_not_mark_the_item_above_it_as_changed():
    text = EN_TAGGED_AMENDMENT.replace("(3) [Added]", "(3) [Amended]")
    assert ("question", "2027-05-21", "17:00", "datetime") not in found(text)


# --- a system's record of a call that gives only the steps a change moves -----------------------------------------

RECORD_OF_A_CHANGE = (
    "件名: 【電子入札】案件情報変更のお知らせ\n"
    "\n"
    "下記案件の日程が変更されましたのでお知らせします。\n"
    "\n"
    "■案件名称　：市民会館空調設備改修工事\n"
    "■公告日　　：2027/09/06\n"
    "■変更区分　：訂正（日程変更）\n"
    "\n"
    "【変更内容】\n"
    "項目　：入札書受付締切日時\n"
    "変更前：2027/09/24(金) 17:00\n"
    "変更後：2027/10/01(金) 17:00\n"
)


def test_a_record_of_a_change_gives_no_publication_of_the_call():
    assert found(RECORD_OF_A_CHANGE) == [("submission", "2027-10-01", "17:00", "datetime")]
    assert found(one_line(RECORD_OF_A_CHANGE)) == [("submission", "2027-10-01", "17:00", "datetime")]


def test_a_record_that_restates_other_steps_keeps_the_call_publication():
    text = RECORD_OF_A_CHANGE + "\n【日程】\n質問受付期限：2027/09/14(火) 17:00\n開札日時：2027/10/04(月) 10:00\n"
    assert ("published", "2027-09-06", None, "date") in found(text)


# --- an old value's bracket wrapped onto the next line ----------------------------------------------------------

WRAPPED_OLD_VALUE = (
    "公募型プロポーザルの日程の延期について\n"
    "\n"
    "令和９年４月１２日付けで公告した標記プロポーザルについて、下記のとおり日程を延期します。\n"
    "\n"
    "(１)企画提案書の提出期限\n"
    "  当 初  令和９年５月１４日(金)午後５時\n"
    "  延期後  令和９年５月２８日(金)午後５時\n"
    "\n"
    "５ その他\n"
    "(１)本業務の委託期間(令和１０年４月１日から令和１５年３月３１日まで)及び提案上限\n"
    " 額に変更はありません。ただし、延期後の日程によっては、議会への契約議案の提出時期(当初\n"
    " 予定 令和９年９月定例会)を変更することがあります。\n"
)


def test_an_old_value_in_a_bracket_wrapped_onto_the_next_line_is_no_step():
    assert found(WRAPPED_OLD_VALUE) == [("submission", "2027-05-28", "17:00", "datetime")]
    assert found(one_line(WRAPPED_OLD_VALUE)) == [("submission", "2027-05-28", "17:00", "datetime")]
