"""Round rv24: a review of rounds jz, jz2, rf and jw (a share of an amount is no due day, a call's name over its
hearing is no event of the writer's own, a remark's bare days looked for in linear time)."""

from tenders.extractor import extract
from tenders.extractor.extract import keyed_bare_days


def milestones(text: str) -> list[dict]:
    return extract(text).as_json()["milestones"]


def test_a_share_of_the_contract_amount_is_no_due_day():
    text = (
        "令和8年度 庁舎清掃業務委託 公募型プロポーザル実施公告\n\n"
        "１　日程\n"
        "（１）参加表明書の提出期限　令和8年4月24日（金）午後5時\n"
        "（２）企画提案書の提出期限　令和8年5月15日（金）正午\n"
        "２　その他\n"
        "　再委託は契約金額の1/2までとする。\n"
        "　補助対象経費の上限1/3まで。\n"
    )
    found = milestones(text)
    assert [(m["kind"], m["date"]) for m in found] == [("application", "2026-04-24"), ("submission", "2026-05-15")]
    assert not any(m["date"].endswith(("-01-02", "-01-03")) for m in found)


def test_a_trackers_bare_due_day_is_still_read():
    found = milestones("澪川市 計画策定支援業務 公告 令和8年4月10日\n企画提案書は5/15締切、質問は4/20まで\n")
    assert ("submission", "2026-05-15") in [(m["kind"], m["date"]) for m in found]


def test_a_calls_name_over_its_hearing_is_no_event_of_the_writers_own():
    text = (
        "澪川市職員研修会運営業務委託 公募型プロポーザルの実施について\n\n"
        "１　日程\n"
        "　参加表明書の提出期限　令和8年4月24日（金）午後5時\n"
        "（２）職員研修会運営業務\n"
        "　ヒアリングを令和8年5月22日（金）に開催する予定です。\n"
    )
    found = milestones(text)
    hearing = [m for m in found if m["kind"] == "hearing"]
    assert [(m["date"], m["precision"]) for m in hearing] == [("2026-05-22", "date")]


def test_a_heading_that_names_the_writers_seminar_still_marks_its_day():
    text = (
        "入札参加者のみなさまへ\n\n"
        "（２）入札実務研修会（第１回）\n"
        "「電子入札の基礎」をテーマに、令和8年5月11日（月）午後2時から開催します。\n"
        "１　日程\n"
        "　企画提案書の提出期限　令和8年6月12日（金）正午\n"
    )
    assert not any(m["date"] == "2026-05-11" for m in milestones(text))


def test_each_of_a_long_remarks_bare_days_is_read():
    cell = " ".join(["質問回答 10/15"] * 8000)  # (each key's look as short as the key: linear, not timed here)
    assert len(keyed_bare_days(cell, [])) == 8000
