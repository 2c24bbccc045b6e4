"""Change notices and calls made again (round fp): what an earlier round did, an English sentence wrapped over lines
that restates a step, and the changed call's publication before the change notice's own day. Each test a few lines
written for its class."""

from tests.extractor_found import found

# --- a call made again tells what the earlier round did --------------------------------------------------


def test_an_earlier_rounds_past_act_is_no_step_of_the_call_made_again():
    text = (
        "市営駐車場管理運営業務 受託者の追加募集\n"
        "　前回の募集で応募のあった2施設は、令和9年2月15日（月）に優先交渉権者を公表しており、今回の対象ではありません。\n"
        "スケジュール\n"
        "令和9年3月1日（月）\t追加募集開始（募集要項の配布開始）\n"
        "令和9年3月19日（金）午後5時\t応募書類の提出期限\n"
    )
    assert found(text) == [
        ("published", "2027-03-01", None, "date"),
        ("submission", "2027-03-19", "17:00", "datetime"),
    ]


# --- an English sentence wrapped over lines restates a step the table leaves as it was -------------------


def test_a_wrapped_english_sentence_restating_an_unchanged_row_is_no_step():
    text = (
        "AMENDMENT No. 1\n"
        "to the Invitation to Tender for the Supply of Laboratory Freezers\n\n"
        "1. Amended items\n\n"
        "| Item | Original | Amended |\n"
        "|---|---|---|\n"
        "| Deadline for documents for qualification | 5:00 p.m., 26 April 2027 | No change |\n"
        "| Deadline for submission of tenders | 5:00 p.m., 10 May 2027 | 5:00 p.m., 17 May 2027 |\n\n"
        "2. Notes\n\n"
        "2.1 The deadline for documents for qualification remains\n"
        "5:00 p.m., 26 April 2027, so that applicants can be told the results\n"
        "well before the new deadline for tenders.\n"
    )
    assert found(text) == [("submission", "2027-05-17", "17:00", "datetime")]


def test_a_wrapped_english_sentence_opening_in_its_middle_is_prose():
    text = (
        "CORRIGENDUM No. 2\n"
        "to the Request for Proposals for Visitor Survey Services\n\n"
        "| Item | Original | Corrected |\n"
        "|---|---|---|\n"
        "| Deadline for proposals | 12:00 noon, 4 June 2027 | 12:00 noon, 11 June 2027 |\n"
        "| Deadline for questions | 5:00 p.m., 21 May 2027 | No change |\n\n"
        "The time-limit for the submission of\n"
        "questions (5:00 p.m., 21 May 2027) is the same as before and is\n"
        "unchanged.\n"
    )
    assert found(text) == [("submission", "2027-06-11", "12:00", "datetime")]


# --- the changed call's publication, before the change notice's own day ----------------------------------


def test_the_call_an_english_addendum_modifies_is_dated_before_the_addendum():
    text = (
        "ADDENDUM No. 1\n"
        "Request for Proposals: Regional Bus Timetable Data Services\n\n"
        "Date of this Addendum: 2 June 2027\n\n"
        "This Addendum modifies the Request for Proposals issued on\n"
        "10 May 2027 as follows.\n\n"
        "| Item | Original | Amended |\n"
        "|---|---|---|\n"
        "| Deadline for proposals | 5:00 p.m., 11 June 2027 | 5:00 p.m., 18 June 2027 |\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]


def test_the_call_a_signed_correction_names_is_no_publication_of_its_own():
    text = (
        "【訂正公告】「港まつり運営業務」企画提案募集について\n"
        "[Notice of Amendment No. 1] Request for Proposals: Harbour Festival Operation Services\n\n"
        "令和9年5月20日付けで公告した標記企画提案募集について、下記のとおり訂正します。\n"
        "The Request for Proposals announced on 20 May 2027 is amended as follows.\n\n"
        "記\n\n"
        "| 項目 Item | 訂正前 Before | 訂正後 After |\n"
        "|---|---|---|\n"
        "| 企画提案書の提出期限 Deadline for proposals | 令和9年6月11日(金)午後5時 / 11 June 2027 (Fri) 17:00 "
        "| 令和9年6月18日(金)午後5時 / 18 June 2027 (Fri) 17:00 |\n\n"
        "令和9年6月3日\n"
        "国立大学法人汐見大学長　佐藤　一郎\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]
