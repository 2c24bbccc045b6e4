"""Review rv28 of rounds kn–kq2 and rv26: plain variants their rules read too widely."""

import datetime as dt

from tests.extractor_found import steps

D, T = dt.date, dt.time

# --- a team's draft or outline (round kp2) against an issuer's deadline for a paper of that name ---------------------


def test_an_issuers_deadline_for_a_draft_proposal_stays_a_step():
    text = (
        "鳩浜市観光計画策定業務 公募型プロポーザル実施要領\n"
        "5 日程\n"
        "(1) 参加申込書の提出期限　令和9年6月1日（火）午後5時\n"
        "(2) 提案書初稿の提出期限　令和9年6月8日（火）午後5時\n"
    )
    assert ("submission", D(2027, 6, 8), T(17, 0), "datetime") in steps(text)


def test_an_issuers_deadline_for_a_proposals_outline_stays_a_step():
    text = (
        "鳩浜市観光計画策定業務 公募型プロポーザル実施要領\n"
        "5 日程\n"
        "(1) 参加申込書の提出期限　令和9年6月1日（火）午後5時\n"
        "(2) 企画提案書骨子の提出期限　令和9年6月8日（火）午後5時\n"
    )
    assert ("submission", D(2027, 6, 8), T(17, 0), "datetime") in steps(text)


def test_a_teams_own_draft_in_its_plan_is_still_no_step():
    text = (
        "鳩浜市観光計画策定業務 公募型プロポーザル実施要領\n"
        "5 日程\n"
        "(1) 企画提案書の提出期限　令和9年6月15日（火）午後5時\n"
        "\n"
        "社内スケジュール\n"
        "・6/3(木) 提案書 初稿\n"
        "・6/8(火) 提案書 骨子レビュー\n"
    )
    assert steps(text) == [("submission", D(2027, 6, 15), T(17, 0), "datetime")]


# --- what the new rules leave alone: an issuer's ordinary schedule -----------------------------------------------


def test_a_schedules_status_column_leaves_its_rows_steps():
    text = (
        "鳩浜市観光案内業務委託 公募型プロポーザル実施要領\n"
        "5 スケジュール\n"
        "| 手続 | 日程 | 担当 | 状態 |\n"
        "|---|---|---|---|\n"
        "| 質問の受付期限 | 令和9年6月1日（火）午後5時 | 契約課 | 受付終了 |\n"
        "| 企画提案書の提出期限 | 令和9年6月15日（火）午後5時 | 観光課 | 受付中 |\n"
    )
    assert steps(text) == [
        ("question", D(2027, 6, 1), T(17, 0), "datetime"),
        ("submission", D(2027, 6, 15), T(17, 0), "datetime"),
    ]


def test_an_addressees_line_that_states_a_deadline_keeps_it():
    text = "参加申込事業者各位　企画提案書は令和9年6月15日（火）午後5時までに提出してください。\n鳩浜市観光課\n"
    assert steps(text) == [("submission", D(2027, 6, 15), T(17, 0), "datetime")]
