"""Calls around a facility's operation and its sale (round iu): a flow's steps numbered 【STEP2】 keep their names whole,
so a combined 「入札・開札」 step is split; a quoted form's name before a bare verb of handing in keeps the form's own
kind; a payment told with the paper it is made by is read by its act. Each test a notice written for its form."""

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
