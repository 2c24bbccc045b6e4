"""Dates of the contracted work and of the issuer's own business set beside the call's steps (round ad): each test
a few lines written for its class."""

from tests.extractor_found import found, kinds


def test_the_works_deliverables_are_no_steps():
    text = (
        "4 履行期間\n"
        "　契約締結の日から令和9年9月30日（木）まで\n"
        "　（集計結果の速報　令和9年7月16日（金）まで、報告書の納品　令和9年9月30日（木）まで）\n"
        "5 入札日時 令和9年4月20日（火）午前10時\n"
    )
    assert kinds(text) == ["submission"]
    text = (
        "(1) 企画提案書の提出期限 令和9年6月4日（金）正午\n"
        "(2) 受託者は8月末までに採点結果を取りまとめて提出すること（仕様書第6条）。\n"
    )
    assert kinds(text) == ["submission"]


def test_the_works_own_briefings_and_the_issuers_exams_are_no_steps():
    text = (
        "(1) 参加申込期限 令和9年5月14日（金）午後5時\n"
        "(2) 調査員説明会は令和9年10月上旬に各地区で開催予定であり、受託者はその運営を補助すること。\n"
    )
    assert kinds(text) == ["application"]
    text = (
        "（参考）本学の入学者選抜日程\n"
        "　一般選抜 個別学力検査　2028年2月25日（金）\n"
        "提案書の提出期限　2027年9月10日（金）17時\n"
    )
    assert kinds(text) == ["submission"]


def test_set_up_dates_budget_lines_and_what_the_contract_leaves_out_are_no_steps():
    text = (
        "・入札書の提出期限　令和9年11月10日（水）17時\n"
        "・納入・導入期限　令和10年3月10日（金）\n"
        "・予算　令和9年度から令和13年度までの債務負担行為\n"
        "・旧機器（令和10年3月末賃貸借満了）の撤去は本件の契約には含みません（別途契約）。\n"
    )
    assert kinds(text) == ["submission"]


def test_how_an_online_briefing_is_joined_is_no_step():
    text = (
        "(1) 説明会 令和9年7月20日（火）午後2時（オンライン開催）\n"
        "(2) 参加希望者には、7月16日（金）までに接続先URLをメールで送付します。\n"
    )
    assert found(text) == [("other", "2027-07-20", "14:00", "datetime")]


def test_a_meeting_the_bidders_need_not_attend_is_the_issuers_own():
    text = (
        "・入札書の提出期限 令和9年8月2日（月）17時\n"
        "・見本品審査委員会は令和9年7月22日（木）に開催します（業者の出席は不要）。\n"
    )
    assert kinds(text) == ["submission"]
    # the opening is a step of the call whoever attends it
    text = "・開札 令和9年8月4日（水）午前10時（入札者の出席は不要）\n"
    assert found(text) == [("other", "2027-08-04", "10:00", "datetime")]


def test_an_event_of_the_issuer_the_contractors_staff_attend_is_the_works():
    text = (
        "・提案書の提出期限 令和9年12月10日（金）正午\n"
        "・配置する指導員は、町が令和10年3月中旬に実施する施設巡回・研修に参加できるようにすること"
        "（企画提案書に調整の方法を記載）。\n"
    )
    assert kinds(text) == ["submission"]
    # the call's own briefing the bidders are to attend stays a step
    text = "・参加希望者は、市が令和9年11月5日（金）午後2時に開催する説明会に出席すること。\n"
    assert kinds(text) == ["other"]


def test_the_month_of_a_council_session_is_no_date_of_the_contract():
    text = (
        "(1) 落札者とは仮契約を締結する。\n"
        "(2) 仮契約は、令和9年12月定例村議会において議決を得たときに本契約となるものとし、"
        "本契約の成立は令和9年12月中旬を予定している。\n"
    )
    assert found(text) == [("contract", "2027-12-01", None, "mid_month")]
