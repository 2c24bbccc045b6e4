"""Review el: faults found reading the merge of rounds ec, ee, ef, eg and eh; each test fails on the code before its
mend and shows what a user relies on (the milestones proposed)."""

from tests.extractor_found import found

# --- a contact heading, its hand-in's place after it, parted as a contact key parts them -------------------


def test_a_contact_heading_parted_by_any_of_its_marks_names_no_hand_in():
    steps = [
        ("question", "2026-09-10", "17:00", "datetime"),
        ("submission", "2026-09-25", "12:00", "datetime"),
    ]
    for heading in ("問合せ先・提出先", "問合せ先、提出先", "お問い合わせ先/提出先", "問い合わせ先及び提出先"):
        text = (
            "4 質問の受付\n"
            "  令和8年9月10日（木）午後5時まで（電子メールに限る。）\n"
            "5 企画提案書の提出期限\n"
            "  令和8年9月25日（金）正午\n"
            f"6 {heading}\n"
            "  藍浜市 産業観光部 観光振興課 電話 000-0000-0000 電子メール kanko@example.jp\n"
            "令和8年9月1日\n"
            "藍浜市長　山田　一郎\n"
        )
        assert found(text) == steps
        assert found(text.replace("\n", " ")) == steps  # (one line: the signature's day runs on after the heading)


def test_where_to_apply_and_hand_in_still_names_a_hand_in():
    text = "(3) 申込先・提出先\n　　霧ヶ丘市総務部総務課\n　　令和8年6月30日（火）午後5時必着\n"
    assert found(text) == [("submission", "2026-06-30", "17:00", "datetime")]
