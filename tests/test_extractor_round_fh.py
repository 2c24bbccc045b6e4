"""Dates in long calls that are no step of the call: the work's own deliverables and events after the contract
(round fh); each test a few lines written for its case, as written and run onto one line."""

from tests.extractor_found import found, one_line

# --- an English call's schedule, then the scope of the work with its report -----------------------------------------

_EN_CALL = (
    "Request for Proposals: Harbour Festival Promotion Services\n"
    "Schedule\n"
    "- Deadline for questions: Friday, 4 June 2027, 12:00\n"
    "- Deadline for proposals: Friday, 18 June 2027, 17:00\n"
    "Scope of work\n"
)
_EN_FOUND = [
    ("question", "2027-06-04", "12:00", "datetime"),
    ("submission", "2027-06-18", "17:00", "datetime"),
]


def test_the_contractors_final_report_due_under_the_scope_of_work_is_no_step():
    text = _EN_CALL + "3.2 Deliver a final report with survey results by 30 November 2027.\n"
    assert found(text) == _EN_FOUND
    assert found(one_line(text)) == _EN_FOUND


def test_reporting_of_results_named_in_the_outline_of_the_work_is_no_step():
    text = _EN_CALL + "  • Reporting of results, with an analysis of the campaign, by the end of January 2028\n"
    assert found(text) == _EN_FOUND
    assert found(one_line(text)) == _EN_FOUND


# --- a bidder's registration on the issuer's list of qualified bidders, in the qualifications ------------------------

_JA_CALL = (
    "潮見町観光情報サイト改修業務 公募型プロポーザル実施要領\n"
    "1 参加資格\n"
    "(1) 潮見町の入札参加資格者名簿に登録されていること。{proviso}\n"
    "2 日程\n"
    "(1) 参加申込書の提出期限 令和9年6月4日（金）午後5時\n"
    "(2) 企画提案書の提出期限 令和9年6月18日（金）正午\n"
)
_JA_FOUND = [
    ("application", "2027-06-04", "17:00", "datetime"),
    ("submission", "2027-06-18", "12:00", "datetime"),
]


def test_the_day_a_company_not_on_the_list_applies_to_be_registered_is_no_step():
    # (「登録のない法人は」: the subject a company not yet on the list, however it is named)
    proviso = "ただし、名簿に登録のない法人は、令和9年5月28日（金）までに総務課へ資格審査申請書を提出すること。"
    text = _JA_CALL.format(proviso=proviso)
    assert found(text) == _JA_FOUND
    assert found(one_line(text)) == _JA_FOUND


def test_the_close_of_the_lists_registration_window_is_no_step():
    proviso = "なお、同名簿の随時登録の受付は、令和9年5月21日（金）に締め切る。"
    text = _JA_CALL.format(proviso=proviso)
    assert found(text) == _JA_FOUND
    assert found(one_line(text)) == _JA_FOUND


# --- the link to an online briefing or hearing, sent before it ------------------------------------------------------

_ONLINE = (
    "潮見町移住促進動画制作業務 企画競争実施要領\n"
    "3 説明会\n"
    "(1) 説明会はWeb会議システムにより開催する。参加を希望する者は、6月3日までに申し込むこと。"
    "接続先は、令和9年6月7日（月）中に登録者へ送付する。\n"
    "(2) 説明会の日時 令和9年6月8日（火）午前10時\n"
    "4 企画提案書の提出期限 令和9年6月18日（金）正午\n"
)
_ONLINE_FOUND = [
    ("other", "2027-06-03", None, "date"),
    ("other", "2027-06-08", "10:00", "datetime"),
    ("submission", "2027-06-18", "12:00", "datetime"),
]


def test_the_day_the_link_to_an_online_briefing_is_sent_is_no_step():
    # (「接続先は、…中に登録者へ送付する」: how the briefing is joined; the day to apply for it stays a step)
    assert found(_ONLINE) == _ONLINE_FOUND
    assert found(one_line(_ONLINE)) == _ONLINE_FOUND


# --- the contractor's first papers of the work, in a schedule that runs on past the contract -------------------------

_WORK_ROWS = (
    "潮見町公共交通ポータル構築業務 公募型プロポーザル実施要領\n"
    "4 日程\n"
    "(1) 企画提案書の提出期限　令和9年7月9日（金）正午\n"
    "(2) 契約締結　令和9年8月下旬\n"
    "5 業務工程\n"
    "　業務工程は、次の想定工程を参考に示すこと。\n"
    "　　令和9年　9月　　業務着手、業務計画書の提出\n"
    "6 提出先　潮見町企画課\n"
)
_WORK_ROWS_FOUND = [
    ("submission", "2027-07-09", "12:00", "datetime"),
    ("contract", "2027-08-01", None, "late_month"),
]


def test_the_start_of_the_work_and_its_work_plan_are_no_step():
    # (「業務着手、業務計画書の提出」: the contractor's first papers, in the work's schedule after the contract)
    assert found(_WORK_ROWS) == _WORK_ROWS_FOUND
    assert found(one_line(_WORK_ROWS)) == _WORK_ROWS_FOUND


# --- the end of a contract in force, told as background ---------------------------------------------------------------

_CURRENT = (
    "潮見町立病院 電子カルテシステム更新業務 公募型プロポーザル実施要領\n"
    "1 背景 現行システムは平成29年から稼働しており、保守契約は令和9年12月31日（金）まで。\n"
    "2 日程\n"
    "(1) 参加申込書の提出期限 令和9年6月4日（金）午後5時\n"
    "(2) 企画提案書の提出期限 令和9年6月18日（金）正午\n"
)


def test_the_day_a_contract_in_force_ends_is_no_step():
    assert found(_CURRENT) == _JA_FOUND
    assert found(one_line(_CURRENT)) == _JA_FOUND


def test_a_bracket_saying_until_when_a_contract_in_force_runs_is_no_step():
    text = _CURRENT.replace(
        "1 背景 現行システムは平成29年から稼働しており、保守契約は令和9年12月31日（金）まで。",
        "1 現在の体制 窓口職員 12名（派遣契約は令和9年3月31日まで）",
    )
    assert found(text) == _JA_FOUND
    assert found(one_line(text)) == _JA_FOUND


def test_a_contract_to_be_signed_by_a_day_stays_a_step():
    text = _JA_CALL.format(proviso="") + "3 契約 契約は令和9年7月30日（金）までに締結する。\n"
    expected = [*_JA_FOUND, ("contract", "2027-07-30", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
