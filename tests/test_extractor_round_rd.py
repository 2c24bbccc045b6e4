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
