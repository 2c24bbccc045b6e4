"""How notices of a change and answer sheets word what is no step of the call (round pa): each test a few lines
written for its class."""

from tests.extractor_found import found, one_line

# --- the plan the contracted work helps make, decided after the contract ------------------------------------------


def test_a_plan_decided_by_its_council_is_no_result():
    text = (
        "業務期間は契約締結日から令和10年3月17日(金)までです。"
        "白浜町総合交通協議会での計画決定は令和10年3月を予定しています。\n"
        "(4) 審査結果の通知 令和9年7月上旬(予定)\n"
    )
    assert found(text) == [("result", "2027-07-01", None, "early_month")]
    text = (
        "■スケジュール\n"
        "・選定結果の通知　2028年6月20日（火）\n"
        "・基本構想の確定　2029年2月（予定）\n"
        "・観光戦略の議決　2029年3月議会\n"
    )
    assert found(text) == [("result", "2028-06-20", None, "date")]
    assert found(one_line(text)) == [("result", "2028-06-20", None, "date")]


def test_the_work_named_after_the_plan_keeps_its_steps():
    text = "3 計画決定支援業務委託に係る企画提案書の提出期限 令和9年8月4日(水)午後5時\n"
    assert found(text) == [("submission", "2027-08-04", "17:00", "datetime")]
