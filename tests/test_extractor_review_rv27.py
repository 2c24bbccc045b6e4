"""Review rv27 of rounds kd–kj: plain variants their rules read too widely."""

import datetime as dt

from tests.extractor_found import steps

D, T = dt.date, dt.time

# --- an English call's budget condition before the step it conditions (round kh) ---------------------------------


def test_a_contract_signature_after_a_budget_condition_stays_the_contract():
    text = (
        "Request for Proposals: Visitor centre design\n"
        "Proposals are due by 17:00 on 25 June 2027.\n"
        "Subject to approval of the budget, contract signature is planned for 1 July 2027.\n"
    )
    assert steps(text) == [
        ("submission", D(2027, 6, 25), T(17, 0), "datetime"),
        ("contract", D(2027, 7, 1), None, "date"),
    ]


def test_a_contract_award_after_a_budget_condition_stays_the_contract():
    text = (
        "Request for Proposals: Visitor centre design\n"
        "Proposals are due by 17:00 on 25 June 2027.\n"
        "Subject to budget approval, contract award on 1 July 2027.\n"
    )
    assert ("contract", D(2027, 7, 1), None, "date") in steps(text)


def test_the_budget_approval_the_call_depends_on_is_still_no_step():
    text = (
        "Request for Proposals: Visitor centre design\n"
        "Proposals are due by 17:00 on 25 June 2027.\n"
        "The contract is subject to the Assembly's approval of the supplementary budget, expected in September 2027.\n"
    )
    assert steps(text) == [("submission", D(2027, 6, 25), T(17, 0), "datetime")]


# --- 提出予定: the team's plan, not the bidders who plan to submit (round kf) --------------------------------------


def test_a_step_for_the_firms_that_plan_to_submit_is_no_team_plan():
    for word in ("提出予定事業者", "提出予定業者", "提出予定企業"):
        text = (
            "公告日 令和9年6月1日（火）\n"
            "参加表明書の提出期限 令和9年6月15日（火）午後5時\n"
            f"{word}への説明会 令和9年6月22日（火）午後2時\n"
            "企画提案書の提出期限 令和9年7月2日（金）正午\n"
        )
        assert [(date, time) for _, date, time, _ in steps(text)] == [
            (D(2027, 6, 1), None),
            (D(2027, 6, 15), T(17, 0)),
            (D(2027, 6, 22), T(14, 0)),
            (D(2027, 7, 2), T(12, 0)),
        ], word


def test_a_teams_planned_hand_in_stays_out():
    text = "公告日 令和9年6月1日（火）\n企画提案書の提出期限 令和9年7月2日（金）正午\n\n電子入札 提出予定 7/1(木)\n"
    assert steps(text) == [
        ("published", D(2027, 6, 1), None, "date"),
        ("submission", D(2027, 7, 2), T(12, 0), "datetime"),
    ]
