"""Review rv8: a note that one step stands looks only at the rows above it of its kind, not at every note for every
row (round hc's noted_row had gone over all notes for each candidate: quadratic in a long change notice; its time is
measured by the bench's adversarial device 「notes that a step stands」, not here)."""

from tenders.extractor import extract

HEAD = "業務委託に係る公募型プロポーザルの日程変更について\n掲載日：令和8年9月14日\n下記のとおり日程を変更します。\n"


def notes(count: int) -> str:
    rows = [HEAD]
    for number in range(count):
        month, day = 1 + number % 12, 1 + number % 28
        rows.append(f"◆参加申込書の提出期限　令和9年{month}月{day}日(水)午後5時\n")
        rows.append(f"◆質問書の提出期限　令和9年{month}月{day}日(水)午後5時\n")
        rows.append("※参加申込書の提出期限は変更ありません。\n")
    return "".join(rows)


def test_the_row_above_the_note_still_left_out():
    found = [(m["kind"], m["label"]) for m in extract(notes(1)).as_json()["milestones"]]
    assert ("application", "参加申込書の提出期限") not in found
    assert ("question", "質問書の提出期限") in found


def test_a_note_that_all_but_one_step_stand_keeps_that_step():
    text = (
        "公募型プロポーザルの日程変更について\n"
        "\n"
        "令和8年9月1日付けで公告した標記プロポーザルについて、企画提案書の提出期限を下記のとおり変更します。\n"
        "\n"
        "◆企画提案書の提出期限　令和8年10月9日(金)午後5時\n"
        "◆プレゼンテーション　令和8年10月20日(火)\n"
        "※企画提案書の提出期限以外の日程に変更はありません。\n"
    )
    found = [(m["kind"], m["date"]) for m in extract(text).as_json()["milestones"]]
    assert ("submission", "2026-10-09") in found  # (the one step it changed, not one that stands)
    text = "入札公告の一部変更について\n\n開札日時を次のとおり変更します。\n\n開札日時　令和8年10月2日(金)午前10時\n※開札日時以外の日程は変更ありません。\n"
    assert [m["date"] for m in extract(text).as_json()["milestones"]] == ["2026-10-02"]
