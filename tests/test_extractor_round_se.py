"""Round se: a 補足説明書 that moves a call's dates, a dialogue glossed as the hearing, a sheet's timestamp before a cell that opens with 日, a 質問回答 sheet titled without 書, and a mailing list
archive's links to the messages beside the one shown."""

import datetime as dt

from tests.extractor_found import found, steps

SUPPLEMENT = (
    "市民プール改修工事\n"
    "\n"
    "補足説明書（その１）\n"
    "\n"
    "令和８年５月１５日\n"
    "\n"
    "入札手続の日程を次のとおりとする。（●は変更した項目）\n"
    "手続\t当初\t本書による日程\n"
    "\t質問の提出期限\t令和８年５月８日（金）午後５時\t同左\n"
    "●\t入札書の提出期限\t令和８年５月２９日（金）午後５時\t令和８年６月１２日（金）午後５時\n"
    "●\t開札\t令和８年６月２日（火）午前１０時\t令和８年６月１６日（火）午前１０時\n"
)


def test_a_supplement_that_moves_dates_is_read_as_a_change_only_its_new_dates_counted():
    assert found(SUPPLEMENT) == [
        ("submission", "2026-06-12", "17:00", "datetime"),
        ("other", "2026-06-16", "10:00", "datetime"),
    ]


def test_a_dialogue_the_label_names_as_the_hearing_records_its_first_day():
    text = "港湾施設整備事業\n\n入札説明書\n\n日程\n技術対話（ヒアリング）\t令和８年９月７日（月）～９日（水）\n"
    assert steps(text) == [("hearing", dt.date(2026, 9, 7), None, "date")]


def test_a_sounding_dialogue_over_days_stays_a_window():
    text = "港湾施設整備事業\n\nサウンディング型市場調査\n\n日程\n個別対話の実施\t令和８年９月７日（月）～９日（水）\n"
    assert [m[1] for m in found(text)] != ["2026-09-07"]


def test_a_sheets_timestamp_keeps_its_seconds_apart_from_a_cell_opening_with_hi():
    text = (
        "公園管理業務プロポーザル　質問回答\n\n"
        "No.\t受付日時\t区分\t質問\t回答\n"
        "1\t2026/06/03 10:15:26\t日程\t提出期限を延ばせますか。\t企画提案書の提出期限を、令和８年７月１０日（金）午後５時に延長します"
        "（当初：７月３日（金）午後５時）。\n"
    )
    assert ("submission", "2026-07-10", "17:00", "datetime") in found(text)


def test_a_question_answer_sheet_titled_without_its_sho_is_a_change_without_its_own_publication():
    text = (
        "公園管理業務プロポーザル　質問回答\n\n"
        "総務課　令和８年６月１０日（水）公表\n\n"
        "No.\t質問\t回答\n"
        "1\t提出期限を延ばせますか。\t企画提案書の提出期限を、令和８年７月１０日（金）午後５時に延長します（当初：７月３日（金）午後５時）。"
        "なお、参加表明書の提出期限（６月２４日（水）午後５時）は変更しません。\n"
    )
    assert found(text) == [("submission", "2026-07-10", "17:00", "datetime")]


def test_a_mailing_list_archives_links_to_the_messages_beside_it_give_no_step():
    text = (
        "[bid-info:00120] 【入札公告】庁舎清掃業務\n\n"
        "    前のメッセージ: [bid-info:00119] 【開札結果】公用車購入（5月20日開札分）\n"
        "    次のメッセージ: [bid-info:00121] 【開札結果】備品購入（6月16日開札分）\n\n"
        "入札書の提出期限　令和８年６月２６日（金）午後５時\n"
    )
    assert found(text) == [("submission", "2026-06-26", "17:00", "datetime")]


def test_a_forms_sample_entry_marked_before_its_field_name_gives_no_step():
    text = (
        "Call for proposals\n\nDeadline for proposals: 15 February 2027, 17:00\n\n"
        "Form 1 (example) Date of submission: 28 January 2027, Company name: XXXX Co., Ltd.\n"
    )
    assert found(text) == [("submission", "2027-02-15", "17:00", "datetime")]


def test_answers_posted_through_a_portals_messages_are_a_step():
    text = (
        "Request for Proposal\n\n"
        "2.5 Deadline for questions – 5:00 PM JST, Friday, June 5, 2026\n"
        "2.6 Answers posted through Event Messages – by Wednesday, June 10, 2026\n"
    )
    assert found(text) == [
        ("question", "2026-06-05", "17:00", "datetime"),
        ("answer", "2026-06-10", None, "date"),
    ]


def test_the_date_of_a_papers_edition_gives_no_step():
    text = (
        "Notice of Tender\n\n"
        "(3) Specifications: as set out in the tender documents (revised edition, June 2028)\n"
        "(4) Deadline for tenders: 5:00 p.m., 14 July 2028\n"
    )
    assert found(text) == [("submission", "2028-07-14", "17:00", "datetime")]
