"""Separate change notices read on one line (round lg): an English 「rescheduled from … to …」 (a long change verb before
the old date), an English notice's own day keyed 「Issued」 run onto its head. Each test a few invented lines, in both shapes where the device is one of
a text run together."""

from tests.extractor_found import found, one_line

PAD_EN = (
    "For questions about this notice, write to the Purchasing Unit of the Harbour Office by e-mail. Papers already "
    "handed in need not be handed in again. Every other term of the first notice stays as the tender papers state it, "
    "and bidders are asked to read them again with care before they prepare their offers.\n"
)
PAD_JA = (
    "本件に関する問合せは、財務課調達係まで電子メールにて行ってください。提出済みの書類を差し替える必要はありません。"
    "その他の事項については、当初の説明書のとおりとします。不明な点がある場合には、担当者までお問い合わせください。\n"
    "参加者は、本書の内容を十分に確認の上、関係書類を作成してください。提出された書類は返却しません。書類の作成に係る"
    "費用は、提出者の負担とします。提出された書類は、本件の審査以外の目的には使用しません。\n"
)


def rescheduled(verb: str) -> str:
    return (
        "Corrigendum No. 1\n"
        "Request for Proposals: Survey of Coastal Footpaths\n"
        "Issued 6 September 2027\n"
        f"The pre-proposal conference has been {verb} from 14 September 2027 to 28 September 2027. "
        "All other dates remain as stated in the RFP.\n" + PAD_EN
    )


def test_rescheduled_from_keeps_the_step_and_its_new_date():
    assert [step[1:] for step in found(rescheduled("rescheduled"))] == [("2027-09-28", None, "date")]


def test_brought_forward_from_keeps_the_step_and_its_new_date():
    assert [step[1:] for step in found(rescheduled("brought forward"))] == [("2027-09-28", None, "date")]


def test_rescheduled_run_onto_one_line_drops_the_notice_issued_day():
    assert [step[1:] for step in found(one_line(rescheduled("rescheduled")))] == [("2027-09-28", None, "date")]


def test_a_call_issued_keyed_in_its_schedule_is_still_published():
    text = (
        "Request for Quotations: Cleaning of the Civic Hall\n"
        "Schedule\n"
        "- RFQ issued: 1 October 2027\n"
        "- Deadline for quotations: 5:00 p.m., 15 October 2027\n"
    )
    assert found(text) == [
        ("published", "2027-10-01", None, "date"),
        ("submission", "2027-10-15", "17:00", "datetime"),
    ]


ANSWER_SHEET_ADDS_VISIT = (
    "質問回答書\n"
    "令和9年10月4日\n"
    "柚木町総務課\n"
    "令和9年10月1日までに受け付けた質問について、次のとおり回答します。\n"
    "質問１ 施設の見学はできますか。\n"
    "回答１ 以下のとおり施設見学会を行います。\n"
    "・日時 令和9年10月13日(水)午前10時\n"
    "・参加申込期限 令和9年10月8日(金)午後5時\n" + PAD_JA
)


def test_answer_sheet_that_adds_a_visit_as_written_has_no_own_day():
    days = {(date, time) for _, date, time, _ in found(ANSWER_SHEET_ADDS_VISIT)}
    assert days == {("2027-10-13", "10:00"), ("2027-10-08", "17:00")}


def test_a_call_with_an_answer_step_keeps_its_publication_on_one_line():
    text = (
        "柚木町施設清掃業務委託 公募型プロポーザル実施要領\n"
        "令和9年10月4日\n"
        "柚木町総務課\n"
        "１ 日程\n"
        "・質問の受付期限 令和9年10月12日(火)午後5時\n"
        "・質問回答書の公表 令和9年10月15日(金)\n"
        "・企画提案書の提出期限 令和9年10月29日(金)午後5時\n" + PAD_JA
    )
    days = {date for _, date, _, _ in found(one_line(text))}
    assert {"2027-10-12", "2027-10-15", "2027-10-29"} <= days
