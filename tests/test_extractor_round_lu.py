"""Round lu: devices of change notices (a comparison table's heads set apart from its rows, a 改め文's clauses under
their captions, a step told as closed, a mail's heading boxed in rules)."""

from tests.extractor_found import found, one_line


def test_a_spaced_comparison_tables_heads_a_blank_line_above_its_rows_keep_the_new_column():
    text = (
        "桐見村公告第１８号\n\n"
        "　令和８年６月１日付け桐見村公告第１５号で公告した「桐見村観光案内板改修設計業務に係る公募型プロポーザル」の"
        "実施要領の一部を別紙新旧対照表のとおり変更したので、公告する。\n\n"
        "　　令和８年６月８日\n\n"
        "別紙　新旧対照表\n\n"
        "改正後　　　　　　　　　　　　　　　　　　改正前\n\n"
        "５　日程　　　　　　　　　　　　　　　　　５　日程\n"
        "（１）質問の受付期限　　　　　　　　　　　（１）質問の受付期限\n"
        "　令和８年６月１２日（金）正午　　　　　　　令和８年６月１２日（金）正午\n"
        "（２）企画提案書の提出期限　　　　　　　　（２）企画提案書の提出期限\n"
        "　令和８年６月２６日（金）　　　　　　　　　令和８年６月１９日（金）\n"
        "（３）審査結果の通知　　　　　　　　　　　（３）審査結果の通知\n"
        "　令和８年７月中旬　　　　　　　　　　　　　令和８年７月上旬\n"
    )
    assert found(text) == [
        ("submission", "2026-06-26", None, "date"),
        ("result", "2026-07-01", None, "mid_month"),
    ]


def test_an_amending_clause_under_its_caption_reads_as_the_captioned_steps_new_words():
    text = (
        "柚木沢県公告第九十一号\n"
        "　令和八年九月一日付け柚木沢県公告第八十号（県立図書館空調設備保守業務委託に係る一般競争入札）の一部を"
        "次のように変更する。\n"
        "　　令和八年九月十日\n"
        "　　　　　　　　　　　　　　　　柚木沢県知事　野　分　冬　彦\n"
        "　　（入札説明書の配布期間）\n"
        "　二の㈢中「令和八年九月十八日（金）まで」を「令和八年九月二十五日（金）まで」に改める。\n"
        "　　（参加申請書の提出期限）\n"
        "　三の㈡中「令和八年九月十六日（水）午後三時」を「令和八年九月二十三日（水）午後三時」に改める。\n"
        "　　（入札書の提出期限及び開札の日時）\n"
        "　四の㈠中「令和八年九月二十九日（火）正午」を「令和八年十月六日（火）正午」に改め、"
        "同項㈢中「令和八年九月三十日（水）午後二時」を「令和八年十月七日（水）午後二時」に改める。\n"
    )
    expected = [
        ("application", "2026-09-23", "15:00", "datetime"),
        ("submission", "2026-10-06", "12:00", "datetime"),
        ("other", "2026-10-07", "14:00", "datetime"),
    ]
    assert found(text) == expected  # (one line: the caption runs onto the clause above it, not read so yet)


def test_a_step_a_change_mail_says_is_closed_is_left_out():
    text = (
        "件名：【日程変更】港まつり運営業務 企画提案の日程について\n\n"
        "各位\n\n"
        "企画提案書の提出期限を次のとおり変更します。\n"
        "・企画提案書の提出期限\n"
        "　2027/8/20(金) 17:00 → 2027/8/27(金) 17:00\n\n"
        "※参加申込（8/6(金)締切）は締め切っております。\n"
    )
    expected = [("submission", "2027-08-27", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_mail_heading_of_unchanged_steps_boxed_in_rules_holds_the_list_below():
    text = (
        "件名：【日程変更】港まつり運営業務 審査日程の変更について\n\n"
        "各位\n\n"
        "━━━━━━━━━━━━━━━━\n"
        "■ 変更内容（変更前 → 変更後）\n"
        "━━━━━━━━━━━━━━━━\n"
        "・プレゼンテーション審査\n"
        "　2027/9/7(火) → 2027/9/14(火)\n\n"
        "━━━━━━━━━━━━━━━━\n"
        "■ 変更のない日程（参考）\n"
        "━━━━━━━━━━━━━━━━\n"
        "・審査結果の通知 … 2027年9月下旬\n"
        "・契約締結（予定） … 2027年10月上旬\n"
    )
    assert found(text) == [("hearing", "2027-09-14", None, "date")]
