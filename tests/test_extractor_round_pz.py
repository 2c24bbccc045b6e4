"""A bid team's own meeting card beside a call's change (round pz): its kick-off is no step of the call. (The round's
readings of a mail client's meeting update and of a town page's side boxes were left out: one read a development
notice worse on one line, the other was too broad for pages not yet seen.)"""

from tests.extractor_found import found


def test_a_kick_off_meeting_card_is_no_step_of_the_call():
    text = (
        "提出期限の変更について県の通知が来ました。\n"
        "　　企画提案書の提出期限　2026年8月7日(金) 17時　※変更\n"
        "\n"
        "　　山岸 悠 が会議をスケジュールしました\n"
        "　　緑地公園 提案書キックオフ\n"
        "　　2026年7月20日(月) 10:00 - 11:00\n"
    )
    assert found(text) == [("submission", "2026-08-07", "17:00", "datetime")]
