"""Calls around a facility's operation and its sale (round iu): a flow's steps numbered 【STEP2】 keep their names whole,
so a combined 「入札・開札」 step is split; a quoted form's name before a bare verb of handing in keeps the form's own
kind; a payment told with the paper it is made by is read by its act. Each test a notice written for its form."""

import pytest

from tests.extractor_found import found, one_line

# --- a flow's numbered step: its mark is no word of the step ----------------------------------------------------


def test_a_numbered_flow_step_of_a_bid_and_its_opening_gives_both_steps():
    text = (
        "町有地の売却（一般競争入札）について\n"
        "鷺ノ浦町 管財課\n"
        "\n"
        "■手続の流れ\n"
        "【ステップ1】参加申込\n"
        "受付期間　令和9年5月10日（月）から5月21日（金）まで\n"
        "【ステップ2】入札及び開札\n"
        "日時　令和9年6月8日（火）午後2時\n"
        "場所　鷺ノ浦町役場2階 会議室\n"
        "【ステップ3】売買契約の締結\n"
        "落札者は、令和9年6月25日（金）までに売買契約を締結してください。\n"
    )
    expected = [
        ("application", "2027-05-21", None, "date"),
        ("submission", "2027-06-08", "14:00", "datetime"),
        ("other", "2027-06-08", "14:00", "datetime"),
        ("contract", "2027-06-25", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a quoted form's name before a bare verb of handing in: the form names the step ----------------------------


def test_a_quoted_sign_up_form_of_a_site_visit_handed_in_is_the_visits_registration():
    text = (
        "朝霧町立美術館 指定管理者募集要項\n"
        "\n"
        "4 現地見学会\n"
        "(1) 日時 令和9年7月6日（火）午前10時から\n"
        "(2) 申込 見学会への参加を希望する団体は、令和9年6月29日（火）午後5時までに、「現地見学会参加申込書」（様式2）を"
        "ファクシミリにより提出すること。\n"
        "5 参加表明\n"
        "応募を予定する団体は、令和9年7月13日（火）正午までに、「参加表明書」（様式3）を持参により提出すること。\n"
    )
    expected = [
        ("other", "2027-06-29", "17:00", "datetime"),
        ("other", "2027-07-06", "10:00", "datetime"),
        ("application", "2027-07-13", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a day aimed at: 「…を目途に、」 says how sure the day is, the next clause names the step ------------------------


@pytest.mark.parametrize("aimed", ["目途に", "目処として", "目標に"])
def test_an_agreement_signed_on_a_day_aimed_at_is_the_contract(aimed):
    text = (
        "鷺ノ浦町海浜公園 指定管理者募集要項\n"
        "\n"
        "7 選定及び協定の締結\n"
        "　選定委員会の審査を経て、令和9年10月中旬に指定管理者の候補者を選定し、全ての応募者に結果を通知します。"
        f"候補者と町は、令和9年12月下旬を{aimed}、管理運営に関する基本協定を締結します。\n"
    )
    expected = [
        ("result", "2027-10-01", None, "mid_month"),
        ("contract", "2027-12-01", None, "late_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- an act named by its noun alone after its date, its object named earlier in the sentence --------------------


@pytest.mark.parametrize(
    ("plan", "act"),
    [("公募設置等計画", "認定を行う予定です"), ("事業計画", "認定します"), ("整備計画", "認定を実施します")],
)
def test_an_act_named_by_its_noun_alone_takes_its_object_from_the_clause_before(plan, act):
    text = (
        "鷺ノ浦町みなと緑地 公募設置等指針\n"
        "\n"
        "第2 公募の手続\n"
        "　町は、令和9年9月上旬に設置等予定者を選定し、全ての応募者に結果を通知します。"
        f"その後、設置等予定者から都市公園法に基づく{plan}の認定の申請を受け、令和9年9月下旬に{act}。\n"
        "　認定計画提出者と町は、基本協定の締結に向けた協議を経て、令和9年10月中旬に締結します。\n"
    )
    expected = [
        ("result", "2027-09-01", None, "early_month"),
        ("other", "2027-09-01", None, "late_month"),
        ("contract", "2027-10-01", None, "mid_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- papers named by their act (申請書類) hand in the step the sentence before names by it -------------------------


@pytest.mark.parametrize(
    ("told", "papers"),
    [
        ("参加資格審査の申請", "申請書類（様式2から様式4まで）"),
        ("参加資格確認の申請", "申請書類"),
        ("入札参加資格の申請", "申請書類"),
    ],
)
def test_papers_named_by_their_act_hand_in_the_application_the_sentence_before_names(told, papers):
    text = (
        "鷺ノ浦町みなと緑地 公募設置等指針\n"
        "\n"
        "第2 公募の手続\n"
        f"　応募を希望する事業者は、まず{told}を行ってください。{papers}の受付期間は令和9年7月5日(月)から7月9日(金)午後5時"
        "までとし、提出方法は持参に限ります。\n"
        "　参加資格を有すると認められた事業者は、令和9年8月20日(金)正午までに公募設置等計画を提出してください。\n"
    )
    expected = [
        ("application", "2027-07-09", "17:00", "datetime"),
        ("submission", "2027-08-20", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
