"""Notices of a change to a call (round rd): what a changed row or a change's item is the day of, each test a few lines
written for its class."""

from tests.extractor_found import found

# --- a council's session as the changed day of the council's own step -----------------------------------------


def test_a_bill_put_off_to_a_later_session_keeps_its_new_session_month():
    text = (
        "指定管理者の選定日程の変更について\n"
        "\n"
        "２　変更後の日程\n"
        "　項　目　　　　　　　当　初　　　　　　　　　　変更後\n"
        "　選定結果の通知　　　令和９年５月上旬　　　　　令和９年７月上旬\n"
        "　指定議案の上程　　　令和９年６月定例会　　　　令和９年９月定例会\n"
        "　基本協定の締結　　　令和９年７月　　　　　　　令和９年１０月\n"
    )
    expected = [
        ("result", "2027-07-01", None, "early_month"),
        ("other", "2027-09-01", None, "month"),
        ("contract", "2027-10-01", None, "month"),
    ]
    assert sorted(found(text)) == sorted(expected)


# --- the item a 当初 / 変更後 pair stands under ------------------------------------------------------------------


def test_a_new_value_under_an_item_that_names_no_step_is_no_step_of_a_sentence_above():
    text = (
        "施設整備スケジュールの変更について（報告）\n"
        "\n"
        "１　経緯\n"
        "　※　現時点で、参加申込書を提出した事業者はない。\n"
        "\n"
        "２　工期延長の内容\n"
        "（１）改修工事の完了\n"
        "　　　当初：令和９年８月３１日\n"
        "　　　変更後：令和１０年２月２９日\n"
        "（２）理由\n"
        "　　　資材の納期遅延による。\n"
    )
    assert found(text) == []


def test_a_new_value_under_the_item_of_a_step_keeps_that_step():
    text = (
        "日程の変更について\n"
        "\n"
        "１　変更の内容\n"
        "（１）企画提案書の提出期限\n"
        "　　　当初：令和９年８月３日（火）午後５時\n"
        "　　　変更後：令和９年８月１７日（火）午後５時\n"
    )
    assert found(text) == [("submission", "2027-08-17", "17:00", "datetime")]
