"""Review rv13: a question after a sentence telling a step still names its day; an item number two lists of items
name differently takes neither name (each test a few invented lines)."""

from tenders.extractor import extract
from tests.extractor_found import found

HEAD = (
    "梅野市告示第５０号\n"
    "　令和８年４月１日梅野市告示第３０号（一般競争入札の実施について）の一部を次のように改正する。\n"
    "　　令和８年４月１５日\n"
    "　　　　　　　　　　　　　　　　梅野市長　山田　一郎\n"
)


def dates(text: str) -> list[str]:
    return [m["date"] for m in extract(text).as_json()["milestones"]]


def test_a_question_after_a_sentence_telling_the_step_keeps_its_day():
    text = "お知らせ\n説明会を開催します。参加できますか？\n令和9年6月3日（水）午後2時　市役所\n"
    assert dates(text) == ["2027-06-03"]


def test_a_question_alone_over_a_time_stamp_names_no_step():
    text = "掲示板\n市民団体も説明会を傍聴できますか？\n午前11:45 · 1月17日\n"
    assert dates(text) == []


def test_an_item_number_two_lists_name_differently_takes_neither_name():
    text = HEAD + (
        "　入札説明書第４項中「令和８年５月８日」を「令和８年５月１５日」に改める。\n\n"
        "　（参考）公告の項の構成\n"
        "　　第４項　　入札参加資格確認申請書の提出期限\n"
        "　（参考）入札説明書の項の構成\n"
        "　　第４項　　入札説明書に関する質問の提出期限\n"
    )
    assert ("application", "2026-05-15", None, "date") not in found(text)


def test_an_item_number_two_lists_name_alike_keeps_the_name():
    text = HEAD + (
        "　第４項中「令和８年５月８日」を「令和８年５月１５日」に改める。\n\n"
        "　（参考）目次\n"
        "　　第４項　　入札参加資格確認申請書の提出期限\n"
        "　（参考）項の構成\n"
        "　　第４項　　入札参加資格確認申請書の提出期限\n"
    )
    assert found(text) == [("application", "2026-05-15", None, "date")]


AMENDMENT = (
    "Amendment No. 1\n\n"
    "Invitation to Tender: Harbour radar maintenance\n\n"
    "1. The deadline for tenders is hereby extended from 12:00 on 3 March 2027 to 12:00 on 10 March 2027.\n"
)


def test_a_step_said_to_remain_the_same_is_restated():
    text = AMENDMENT + "2. The site visit date remains the same: 22 February 2027.\n"
    assert dates(text) == ["2027-03-10"]


def test_a_step_said_to_remain_as_before_is_restated():
    text = AMENDMENT + "2. The site visit remains as before on 22 February 2027.\n"
    assert dates(text) == ["2027-03-10"]


def test_remains_in_an_ordinary_call_is_still_its_step():
    text = "Request for Proposals\nProject: Harbour survey\n1. The proposal deadline remains 5 June 2027, 12:00 noon.\n"
    assert dates(text) == ["2027-06-05"]
