"""The lead's mends of stop 45: what a merged round read wrongly in a held-out notice, each with a text written for it
(none copied from a notice)."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line


def test_a_forms_blank_date_is_no_head_of_date_part_columns():
    # Round ml's schedule whose month and day stand in columns of their own (「No. 項目 月 日 曜 時刻」) took a form's
    # blank date 「令和 年 月 日」 for such a head, and the numbered rows of the next form's table 「1 2 3」 for the year,
    # month and day of a step.
    text = (
        "令和9年度 港湾利用動向調査業務 企画競争説明書\n"
        "1.質問の受付 質問は質問書(様式3)により、令和9年6月10日(木)17時00分までに電子メールで提出すること。\n"
        "2.企画書の提出期限 令和9年6月24日(木)正午\n"
        "(様式1) 令和 年 月 日 企画競争参加申込書 港湾技術研究所 契約担当役 殿 所在地 商号又は名称 代表者氏名\n"
        "(様式3) 質 問 書 令和 年 月 日 件名 港湾利用動向調査業務 番号 該当箇所(説明書の頁・項目) 質問内容 1 2 3\n"
        "※質問がない場合は提出不要です。\n"
    )
    assert [(date, time) for _, date, time, _ in found(text)] == [("2027-06-10", "17:00"), ("2027-06-24", "12:00")]


def test_date_part_columns_under_a_head_with_its_year_column_are_still_read():
    text = (
        "令和9年度 港湾利用動向調査業務 企画競争 日程\n"
        "No. 項目 年 月 日 曜 時刻 備考\n"
        "1 質問書の提出期限 2027 6 10 木 17:00 電子メール\n"
        "2 企画書の提出期限 2027 6 24 木 12:00 持参\n"
    )
    assert found(text) == [
        ("question", "2027-06-10", "17:00", "datetime"),
        ("submission", "2027-06-24", "12:00", "datetime"),
    ]


def test_a_windows_daily_hours_beside_its_open_first_day_give_no_step_of_that_day():
    # Round mo's column of times joined to the dates took 「9時～16時」 beside a window's first day 「6月1日（火）～」, whose
    # end stands on the row below, for an event's hours on that day.
    text = (
        "令和9年度 浄水場配水管布設工事 入札公告\n"
        "┌────────────┬──────────────┬──────────┐\n"
        "│手　続　等　│期　日　・　期　間　│時　刻　　│\n"
        "├────────────┼──────────────┼──────────┤\n"
        "│公告日　　　│令和9年6月1日（火）│―　　　　│\n"
        "│図面の閲覧　│〃　6月1日（火）～ │9時～16時 │\n"
        "│　　　　　　│　　6月18日（金）　│　　　　　│\n"
        "│入札書の提出│〃　6月22日（火）　│15時まで　│\n"
        "└────────────┴──────────────┴──────────┘\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("submission", "2027-06-22", "15:00", "datetime"),
    ]


def test_an_events_own_bracket_saying_it_is_internal_puts_no_list_below_as_the_teams():
    # Round mw's line whose bracket puts the list below as the team's own days (「(our internal deadlines, not the
    # University's):」) took an event's own bracket 「(internal, without attendance)」 for one, and lost the event.
    text = (
        "REQUEST FOR QUOTATION No. HRU-RFQ-2027-015\n"
        "Supply of a benchtop spectrometer\n"
        "3. TIMETABLE (all times are Japan Standard Time, JST)\n"
        "   a) Clarification questions\n"
        "      To be received by e-mail no later than 12:00 JST on 7 June 2027 (Monday).\n"
        "   b) Submission of quotations\n"
        "      Deadline: 14 June 2027 (Monday), 17:00 JST.\n"
        "   c) Opening of quotations (internal, without attendance)\n"
        "      15 June 2027 (Tuesday), 10:00 JST.\n"
        "   d) Notification of award\n"
        "      By 18 June 2027 (Friday), by e-mail to all suppliers who submitted a quotation.\n"
    )
    assert found(text) == [
        ("question", "2027-06-07", "12:00", "datetime"),
        ("submission", "2027-06-14", "17:00", "datetime"),
        ("other", "2027-06-15", "10:00", "datetime"),
        ("result", "2027-06-18", None, "date"),
    ]


def test_a_correction_table_giving_each_rows_old_and_new_side_by_side_keeps_its_new_value_on_one_line():
    # Round mv's comparison table whose text layer gives its columns one after the other took a 正誤表 of rows each
    # giving its old and new value side by side, two rows correcting the same section (「5 日程」), for such a table:
    # run onto one line, the corrected deadline was left out with the old column.
    text = (
        "令和9年度 霧ヶ丘町 観光案内サイト改修業務 公募型プロポーザル実施要領 正誤表\n"
        "令和9年6月2日\n"
        "霧ヶ丘町 商工観光課\n"
        "令和9年5月26日に公表した実施要領に誤りがありましたので、次のとおり訂正します。\n"
        "番号\n頁\n箇所\n誤\n正\n"
        "1\n2\n5 日程 (2) 参加表明書の提出期限\n令和9年6月11日（金）午後5時\n令和9年6月18日（金）午後5時\n"
        "2\n2\n5 日程 (5) ヒアリング\n令和9年7月7日（水）午前9時から\n令和9年7月7日（水）午後2時から\n"
        "3\n4\n8 提案上限額\n3,300,000円\n3,960,000円\n"
        "4\n5\n9 提出書類 (2) 業務実績書\n様式第3号\n様式第4号\n"
        "5\n10\n様式第1号 参加表明書（記入例）\n令和8年6月1日\n令和9年6月1日\n"
        "（注）上記以外の箇所に誤りはありません。実施要領の「5 日程」のその他の日程（質問の受付期限、質問への回答、企画提案書の提出期限、審査結果の通知等）は、公表時のとおりです。訂正後の実施要領は町ホームページに掲載しています。\n"
        "問合せ先 霧ヶ丘町 商工観光課 観光振興係 電話 000-0000-0000 電子メール kanko@kirigaoka.example.jp\n"
    )
    found_on_one_line = found(one_line(text))
    assert ("application", "2027-06-18", "17:00", "datetime") in found_on_one_line
    assert ("hearing", "2027-07-07", "14:00", "datetime") in found_on_one_line


def test_a_chat_posts_question_run_onto_one_line_stays_with_the_words_after_it():
    # Round mz's end of a chat post's line without 「。」 cut after 「？」 too: a colleague's question 「…5/31(月)
    # 締切でしたっけ？ 月末締めだと思って…」, one line as written, was cut from its sentence, its date then read as a step.
    text = (
        "#案件-朝霧町-観光サイト\n"
        "朝霧町 観光サイト改修案件の連絡用です。要領は共有ドライブの /営業/2027/朝霧町 にあります\n"
        "\n"
        "5月17日（月）\n"
        "\n"
        "石田 葵  10:12\n"
        "朝霧町の公告が出ました。件名は「令和9年度 朝霧町観光サイト改修業務委託 公募型プロポーザル」です\n"
        "・質問の提出期限 5月21日（金）午後5時\n"
        "・参加表明書の提出期限 5月28日（金）午後5時\n"
        "・企画提案書の提出期限 6月11日（金）正午\n"
        "\n"
        "小川 悠斗  10:40\n"
        "確認です。参加表明書って 5/31(月) 締切でしたっけ？ 月末締めだと思って、押印申請を 5/27 にしようとしてました。\n"
        "\n"
        "石田 葵  10:45\n"
        "@小川 悠斗 いえ、5/28(金)17時必着です！ 5/31(月)ではないです。持参にしましょう。\n"
        "\n"
        "小川 悠斗  10:52\n"
        "了解しました。参加表明書と会社概要は私が用意して、部長の決裁まで回しておきます。提案書の構成案は来週の定例で相談させてください。\n"
        "\n"
        "石田 葵  11:03\n"
        "ありがとうございます。質問は私がまとめて、事前に社内で確認してから出します。様式は共有ドライブに置いてあります。\n"
    )
    back = relined(one_line(text))
    assert back is not None
    assert any("締切でしたっけ？ 月末締めだと思って" in line for line in back[0].split("\n"))
    assert found(one_line(text)) == found(text)
