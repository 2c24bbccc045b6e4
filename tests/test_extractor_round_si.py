"""Change notices whose old and new versions stand side by side in a table set with spaces, cells wrapped onto the
lines below (round si): each test a few lines written for its device."""

from tests.extractor_found import found

# --- a 正誤表 set with spaces: a numbered item's cell wrapped with a hanging indent ---------------------------------


def test_a_cell_wrapped_under_the_words_after_its_item_number_stays_in_its_row():
    # 「5(2) 参加表明書の」 over 「提出期間」 set under the words after the number: the row's wrapped text, its old and new
    # window ends (「令和9年3月12日(金)まで」 beside 「令和9年3月19日(金)」 / 「正午まで」) joined to the row's cells
    text = (
        "令和9年3月2日\n"
        "東雲市斎場管理運営業務 公募型プロポーザル実施要領 正誤表\n"
        "  令和9年2月20日に公表した実施要領の記載に誤りがありましたので、次のとおり訂正します。\n"
        "\n"
        " 番号  頁   項目                        誤                            正\n"
        "\n"
        "  1     4    5(2) 参加表明書の          令和9年3月9日(火)から         令和9年3月9日(火)から\n"
        "                   提出期間             令和9年3月12日(金)まで        令和9年3月19日(金)\n"
        "                                                                      正午まで\n"
        "\n"
        "  2     6    7(1) 企画提案書の          令和9年4月2日(金)             令和9年4月9日(金)\n"
        "                  提出期限              午後5時                       午後3時\n"
        "\n"
        "  ※ 上記以外の日程に変更はありません。\n"
    )
    assert found(text) == [
        ("application", "2027-03-19", "12:00", "datetime"),
        ("submission", "2027-04-09", "15:00", "datetime"),
    ]


# --- a 新旧対照表 of two blocks of text at a fixed width ------------------------------------------------------------

COLUMN = 22  # characters of each version's column


def _side_by_side(items: list[tuple[str, str]]) -> list[str]:
    """The new and old wording of each item set side by side as a gazette prints them: each column wrapped at its
    width, the left one padded with full-width spaces to the right one's edge (a full line runs into it)."""
    lines = []
    for new, old in items:
        left = [new[k : k + COLUMN] for k in range(0, len(new), COLUMN)]
        right = [old[k : k + COLUMN] for k in range(0, len(old), COLUMN)]
        for k in range(max(len(left), len(right))):
            a, b = left[k] if k < len(left) else "", right[k] if k < len(right) else ""
            lines.append(a + "\u3000" * (COLUMN - len(a)) + b if b else a)
    return lines


def test_a_comparison_table_of_fixed_width_columns_is_cut_at_the_right_head():
    # 「…午後一」 / 「時三十分」 and 「…五月二十一日」 / 「（金）午後五時」: each version's text wrapped at its width, read
    # whole in its own column; the row the same in both versions restates its step
    rows = _side_by_side(
        [
            ("（１）説明会　令和九年五月十一日（火）午後一時三十分", "（１）説明会　令和九年四月二十七日（火）午後一時三十分"),
            (
                "（２）提案書の提出期限　令和九年五月二十一日（金）午後五時",
                "（２）提案書の提出期限　令和九年五月十四日（金）午後五時",
            ),
            ("（３）審査結果の通知　令和九年六月中旬", "（３）審査結果の通知　令和九年六月中旬"),
        ]
    )
    text = "\n".join(
        [
            "東雲市告示第八十八号",
            "　東雲市斎場管理運営業務公募型プロポーザル実施要領の一部を次のように改正する。",
            "",
            "（参考）新旧対照表",
            "改　正　後" + "\u3000" * (COLUMN - 5) + "改　正　前",
            *rows,
        ]
    )
    assert found(text + "\n") == [
        ("other", "2027-05-11", "13:30", "datetime"),
        ("submission", "2027-05-21", "17:00", "datetime"),
    ]


# --- an amending clause whose new words hold two days ----------------------------------------------------------------


def test_a_schedule_row_giving_both_days_of_one_clause_is_changed():
    # 「…を「令和九年五月十一日（火）午後一時三十分（参加申込みは五月七日（金）正午まで）」に改め」 over the amended
    # schedule quoted after it: its row of both new days is the clause's change, not a row restated
    text = (
        "東雲市告示第八十九号\n"
        "　令和九年四月一日東雲市告示第六十号の一部を次のように改正する。\n"
        "　第四項第一号中「令和九年四月二十七日（火）午後一時三十分」を「令和九年五月十一日（火）午後一時三十分（参加申込みは"
        "五月七日（金）正午まで）」に改め、同項第二号中「五月十四日（金）」を「五月二十一日（金）」に改める。\n"
        "（参考）改正後の日程\n"
        "（一）説明会　令和九年五月十一日（火）午後一時三十分（参加申込みは五月七日（金）正午まで）\n"
        "（二）提案書の提出期限　五月二十一日（金）午後五時\n"
        "（三）審査結果の通知　六月中旬\n"
    )
    assert found(text) == [
        ("other", "2027-05-07", "12:00", "datetime"),
        ("other", "2027-05-11", "13:30", "datetime"),
        ("submission", "2027-05-21", "17:00", "datetime"),
    ]
