"""A bid team's pastes: the issuer's schedule inside the team's own material (round pf): memo posts stamped with their
day and time, a 「To Do」 list, last year's round told in the past, a go/no-go slide, the hour the team saw a paper up,
a day set to make the issuer's deadline. Each test a few invented lines written for its form."""

from tests.extractor_found import found

CALL = (
    "潮見町観光案内所運営業務委託 公募型プロポーザル\n"
    "1 日程\n"
    "(1) 質問の受付期限 令和8年6月10日(水)午後5時\n"
    "(2) 質問への回答 令和8年6月16日(火)\n"
    "(3) 企画提案書の提出期限 令和8年6月26日(金)午後5時\n"
)
CALL_STEPS = [
    ("question", "2026-06-10", "17:00", "datetime"),
    ("answer", "2026-06-16", None, "date"),
    ("submission", "2026-06-26", "17:00", "datetime"),
]

# --- memo posts stamped with their day and time, unbracketed ---------------------------------------------------


WORK = (
    "2 業務の概要\n"
    "町の観光案内所において、来訪者への観光案内、パンフレットの配布、宿泊施設及び飲食店の紹介、"
    "観光情報の収集及び発信、特産品の展示及び販売の取次ぎ、並びにこれらに附帯する業務を行う。"
    "受託者は、業務の実施にあたり、町の観光振興計画の趣旨を踏まえ、来訪者の利便の向上に努めること。"
    "詳細は仕様書による。提出書類は持参又は郵送により提出すること。電子メールによる提出は受け付けない。\n"
)


def test_memo_posts_stamped_with_their_day_and_time_give_no_step():
    text = (
        CALL + WORK + "\n"
        "チームメモ\n"
        "2026/06/02 09:15 森本：質問は6/9(火)に送付予定。\n"
        "2026/06/16 15:40 川口：回答が出た。\n"
        "2026/06/22 11:05 森本：提案書は6/25(木)に持参します。\n"
        "2026/06/23 10:30 川口：了解です。\n"
    )
    assert found(text) == CALL_STEPS
    assert found(text.replace("\n", " ")) == CALL_STEPS


def test_a_member_saying_when_the_team_will_send_its_papers_gives_no_step():
    text = (
        CALL + "\n"
        "[2026/06/20 10:00] 森本: 企画提案書は6/24(水)に書留で出す予定です。\n"
        "[2026/06/20 10:05] 川口: 了解、封筒は用意します。\n"
        "[2026/06/20 10:07] 森本: よろしくお願いします。\n"
        "[2026/06/20 10:09] 川口: はい。\n"
    )
    assert ("submission", "2026-06-24", None, "date") not in found(text)
    assert ("submission", "2026-06-26", "17:00", "datetime") in found(text)


# --- last year's round, told in the past -----------------------------------------------------------------------


def test_a_sentence_on_last_years_round_told_in_the_past_gives_no_step():
    text = (
        CALL + "\n"
        "■打合せメモ\n"
        "・昨年度は質問〆が6/11(木)、提案書〆が6/25(金)だった。今年もほぼ同じ。\n"
        "・前年度(R7)は回答が6/15(月)に出ていた。\n"
        "・昨年度の契約変更(増額、R7年11月)の経緯は提案書で触れない。\n"
    )
    assert found(text) == CALL_STEPS
    assert found(text.replace("\n", " ")) == CALL_STEPS


def test_this_years_day_after_last_years_is_kept():
    text = (
        "潮見町観光案内所運営業務委託\n"
        "・昨年度は提案書〆が6月25日(金)だったが、今年度の提案書〆は令和8年6月26日(金)午後5時まで。\n"
    )
    assert found(text) == [("submission", "2026-06-26", "17:00", "datetime")]


# --- the team's To Do list -------------------------------------------------------------------------------------


def test_a_to_do_list_of_checkboxes_gives_no_step():
    text = (
        "潮見町観光案内所 運営業務 メモ\n"
        "To Do\n"
        "☐ 質問案まとめ 6/8(月)\n"
        "☐ 提出(持参) 6/25(木)午前\n"
        "☐ 製本 6/24(水)\n"
        "\n" + CALL
    )
    assert found(text) == CALL_STEPS


# --- a go/no-go slide ------------------------------------------------------------------------------------------


def test_the_firms_decision_day_on_a_go_no_go_slide_gives_no_step():
    text = (
        CALL + "\n"
        "スライド 8\n"
        "判断のお願い\n"
        "・判断期限：6月3日（水）経営会議\n"
        "・参加可否は6/3(水)に判断 → 6/3 GO決定\n"
    )
    assert found(text) == CALL_STEPS


# --- the hour the team saw a step's paper up -------------------------------------------------------------------


def test_the_hour_the_team_saw_the_answers_up_leaves_the_answer_a_day():
    text = CALL + "\n--- 6/16 追記 ---\n質問回答が町のページに掲載された（6/16(火) 11時頃確認）。\n"
    assert found(text) == CALL_STEPS


# --- a day set to make the issuer's deadline -------------------------------------------------------------------


def test_a_day_the_team_sets_to_make_the_issuers_deadline_gives_no_step():
    text = CALL + "\n・提案書は6/24（水）に郵送（6/26必着に間に合わせる）\n"
    assert found(text) == CALL_STEPS
    assert found(text.replace("\n", " ")) == CALL_STEPS
