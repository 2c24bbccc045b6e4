"""The month of a council's session (round fw): a designated manager's call names the month its bill goes to the
council, or the council votes on it, by the session (「令和8年9月市議会定例会」「町議会12月定例会」). That month is the
step's date; the session's name beside it is no label of its own, no date of the item under it, and a sentence that
says the vote is taken in that session names the vote as the step (not a budget's vote, nor a vote folded into the
contract whose own day the sentence gives next)."""

from tests.extractor_found import found

KEYED_ITEM = """梅ヶ丘市立図書館指定管理者募集要項

(7) 候補者の決定
　　日時：令和8年7月下旬
　　方法：応募団体全てに文書で通知

(8) 指定議案の提出
　　日時：令和8年9月市議会定例会（予定）
　　方法：市議会の議決を経て指定します
"""

LISTED_UNDER_DATE = """５　日程
◇令和8年7月中旬
 ・候補者の決定・通知
◇令和8年9月
 ・町議会9月定例会における指定の議決
◇令和8年10月上旬
 ・基本協定の締結
"""

IN_A_SENTENCE = """６　今後の流れ
　　指定管理者の候補者は、令和８年９月町議会定例会での議決を経て指定管理者として指定し、令和８年１１月頃に基本協定を締結する予定です。
"""

BUDGET_VOTE = """６　その他
　　本業務の予算は、令和８年３月町議会定例会での議決を経て確定します。
"""

CONTRACT_DAY_NEXT = """７　その他
　　仮契約は、令和８年９月市議会定例会において議決を得たときに本契約として成立するものとし、本契約の成立は令和８年９月下旬を予定している。
"""


def test_a_keyed_date_whose_session_follows_the_month_keeps_its_item_as_the_step():
    assert ("other", "2026-09-01", None, "month") in found(KEYED_ITEM)


def test_a_session_month_inside_an_item_under_a_date_line_leaves_the_item_to_that_date():
    assert ("other", "2026-09-01", None, "month") in found(LISTED_UNDER_DATE)
    assert ("contract", "2026-10-01", None, "early_month") in found(LISTED_UNDER_DATE)


def test_a_vote_in_the_session_a_sentence_dates_is_a_step():
    assert ("other", "2026-09-01", None, "month") in found(IN_A_SENTENCE)


def test_a_budgets_vote_in_a_session_is_no_step():
    assert found(BUDGET_VOTE) == []


def test_a_vote_the_contract_given_next_stands_on_is_the_contracts_day():
    assert found(CONTRACT_DAY_NEXT) == [("contract", "2026-09-01", None, "late_month")]


# An era year and month alone (「R8.3」): a schedule's value when it follows a key's colon or fills a cell of its own;
# in a sentence or in brackets it is an edition or a past event.
KEYED_ERA_MONTH = """柳台市民プール指定管理者の募集
・申請受付:R8.10.20(火)まで
・選定結果:R8.11月下旬
・協定の締結:R9.3(予定)
・参考:前回の公募(R3.9 実施)
"""

CELL_ERA_MONTH = "区分\t手続\t時期\n募集\t申請受付\tR8.10.20(火)\n選定\t選定結果通知\tR8.11下旬\n協定\t協定の締結\tR9.3\t\n"


def test_an_era_year_and_month_after_a_keys_colon_is_the_steps_month():
    assert ("contract", "2027-03-01", None, "month") in found(KEYED_ERA_MONTH)
    assert [s for s in found(KEYED_ERA_MONTH) if s[1] == "2021-09-01"] == []


def test_an_era_year_and_month_filling_a_cell_is_the_steps_month():
    assert ("contract", "2027-03-01", None, "month") in found(CELL_ERA_MONTH)
