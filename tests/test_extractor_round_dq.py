"""Ordinary calls of cities, towns and villages (round dq): a call made again, an opening right after the bids,
schedules told in prose, joint notices of several contracts, extended schedules; each test a few lines written for its
class."""

from tests.extractor_found import found

# --- a call made again keeps its schedule ------------------------------------------------------------------


def test_a_call_made_again_after_the_one_withdrawn_keeps_its_schedule():
    text = (
        "【再度公告】市民プール管理業務委託(一般競争入札)\n"
        "桜川市 生涯学習課\n"
        "\n"
        "市民プール管理業務委託については、令和8年6月1日に公告しましたが、参加者がなかったため入札を中止しました。\n"
        "このたび、予定価格を見直したうえで、改めて一般競争入札を行います。\n"
        "1 日程\n"
        "参加申請書の提出期限\n"
        "令和8年7月10日(金)午後5時\n"
        "入札書の提出\n"
        "令和8年7月17日(金)午前10時\n"
    )
    assert found(text) == [
        ("application", "2026-07-10", "17:00", "datetime"),
        ("submission", "2026-07-17", "10:00", "datetime"),
    ]


def test_a_call_withdrawn_with_a_new_one_promised_later_has_no_schedule():
    text = (
        "【中止】市民プール管理業務委託の入札中止について\n"
        "桜川市 生涯学習課\n"
        "\n"
        "次の入札を中止します。後日改めて公告を行います。\n"
        "参加申請書の提出期限 令和8年7月10日(金)午後5時\n"
    )
    assert found(text) == []


# --- an opening held right after the bids ------------------------------------------------------------------


def test_an_opening_right_after_the_bids_is_on_their_day():
    text = (
        "入札日程\n"
        "参加申請書の提出\n"
        "令和8年7月10日(金)午後5時まで\n"
        "入札書の提出\n"
        "令和8年7月17日(金)午前10時\n"
        "開札\n"
        "入札書提出後直ちに\n"
    )
    assert found(text)[-1] == ("other", "2026-07-17", None, "date")


# --- a schedule told in prose ------------------------------------------------------------------------------


def test_the_nomination_later_in_the_month_the_papers_came_out_is_its_result():
    text = (
        "申込書の様式は、令和9年6月1日(火)から町ホームページに掲載します。\n"
        "申込書は、令和9年6月11日(金)午後5時までに提出してください。\n"
        "申込みをした者の中から指名業者を選定し、令和9年6月下旬に指名通知書を発送する予定です。\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("application", "2027-06-11", "17:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
    ]


def test_the_bidding_held_from_an_hour_is_the_hand_in_of_the_bids():
    text = "入札は、令和9年7月8日(木)午後2時から、町役場3階大会議室で執行する予定です。\n"
    assert found(text) == [("submission", "2027-07-08", "14:00", "datetime")]
    text = "(5) 入札会\n令和9年7月8日(木)午後2時から 町役場3階大会議室\n"
    assert found(text) == [("submission", "2027-07-08", "14:00", "datetime")]


# --- a notice of several contracts -------------------------------------------------------------------------


def test_each_contract_block_keeps_its_own_opening_on_the_same_day():
    text = (
        "1 日程\n"
        "入札書の提出期限 令和9年8月20日(金)午後5時\n"
        "2 案件別事項\n"
        "【案件1】\n"
        "業務名 体育館清掃業務委託\n"
        "開札日時 令和9年8月23日(月)午前9時30分\n"
        "\n"
        "【案件2】\n"
        "業務名 公民館警備業務委託\n"
        "開札日時 令和9年8月23日(月)午前10時\n"
    )
    assert found(text) == [
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("other", "2027-08-23", "09:30", "datetime"),
        ("other", "2027-08-23", "10:00", "datetime"),
    ]


# --- a table set out by spaces ----------------------------------------------------------------------------


def test_a_time_wrapped_in_the_date_cell_of_a_space_set_row_is_the_events_hour():
    text = (
        " 項目                  日時                    場所\n"
        " 見積書の提出期限      令和9年6月3日(木)       総務課\n"
        "                       午後3時(必着)\n"
        " 開封(見積合わせ)    令和9年6月4日(金)       役場2階\n"
        "                       午前10時                小会議室\n"
    )
    assert found(text) == [
        ("submission", "2027-06-03", "15:00", "datetime"),
        ("other", "2027-06-04", "10:00", "datetime"),
    ]


# --- changes and keys --------------------------------------------------------------------------------------


def test_an_extension_marked_after_its_arrow_keeps_the_new_values_only():
    text = (
        "| 項目 | 日程 |\n"
        "|---|---|\n"
        "| 提案書の提出期限 | 令和9年9月10日(金)午後5時 → 【変更後】令和9年9月17日(金)午後5時 |\n"
        "| 審査結果の通知 | 令和9年9月下旬 → 【延長後】令和9年10月上旬 |\n"
    )
    assert found(text) == [
        ("submission", "2027-09-17", "17:00", "datetime"),
        ("result", "2027-10-01", None, "early_month"),
    ]


def test_a_keyed_window_opened_by_another_step_is_the_keys_step():
    text = "STEP3 質問\n質問受付:指名通知の日~令和9年10月8日(金)正午\n"
    assert found(text) == [("question", "2027-10-08", "12:00", "datetime")]


def test_a_new_date_wrapped_after_the_arrow_of_its_change_replaces_the_old():
    text = (
        "(3) 提案書の提出期限 令和9年9月10日(金)午後5時 →\n"
        "    【変更後】令和9年9月17日(金)午後5時\n"
        "(4) 審査結果の通知 令和9年9月下旬\n"
    )
    assert found(text) == [
        ("submission", "2027-09-17", "17:00", "datetime"),
        ("result", "2027-09-01", None, "late_month"),
    ]


def test_a_contract_block_whose_head_has_its_fields_after_it_keeps_its_opening():
    text = (
        "1 日程 入札書の提出期限 令和9年8月20日(金)午後5時\n"
        "【案件1】 業務名 体育館清掃業務委託 開札日時 令和9年8月23日(月)午前9時30分\n"
        "【案件2】 業務名 公民館警備業務委託 開札日時 令和9年8月23日(月)午前10時\n"
    )
    assert found(text)[-2:] == [
        ("other", "2027-08-23", "09:30", "datetime"),
        ("other", "2027-08-23", "10:00", "datetime"),
    ]
