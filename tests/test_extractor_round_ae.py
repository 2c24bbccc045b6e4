"""Change notices (訂正公告, 日程変更, 延長, 読み替え): only the date in force after the change is a step; the old date,
the change's own dates and the papers it replaces are not."""

from tests.extractor_found import found


def test_angle_bracketed_wrong_and_right_marks_keep_only_the_right_date():
    text = (
        "入札公告の一部訂正について\n\n"
        "令和9年5月1日付けで公告した入札について、下記のとおり訂正します。\n\n"
        "(1) 入札公告 6(2) 入札書の提出期限\n\n"
        "  ＜誤＞ 令和9年5月20日(木)午後5時\n"
        "  ＜正＞ 令和9年5月26日(水)午後5時\n\n"
        "(2) 入札公告 6(3) 開札の日時\n\n"
        "  ＜誤＞ 令和9年5月21日(金)午前10時\n"
        "  ＜正＞ 令和9年5月27日(木)午前10時\n"
    )
    assert found(text) == [
        ("submission", "2027-05-26", "17:00", "datetime"),
        ("other", "2027-05-27", "10:00", "datetime"),
    ]


def test_a_bracket_of_dates_after_a_period_noun_is_the_periods():
    from tenders.extractor.extract import Reader

    assert Reader.period_bracket("(3) 上記以外の事項に変更はありません。賃貸借期間(", "まで)")
    assert Reader.period_bracket("履行期間(", ")")
    assert not Reader.period_bracket("回答は、最初の開庁日(", ")に公表します。")
    assert not Reader.period_bracket("参加申込書(", "必着)を提出")


def test_a_periods_own_dates_in_brackets_are_no_step():
    text = (
        "訂正公告\n\n| 項目 | 訂正前 | 訂正後 |\n|---|---|---|\n"
        "| 入札書の提出期限 | 2027年6月1日(火)17時00分 | 2027年6月8日(火)17時00分 |\n\n"
        "(3) 上記以外の事項に変更はありません。賃貸借期間（2027年10月1日から2031年9月30日まで）\n"
        "   及び入札説明書の交付期間にも変更はありません。\n"
    )
    assert found(text) == [("submission", "2027-06-08", "17:00", "datetime")]


def test_a_reading_that_cites_the_item_by_number_and_bracketed_name_takes_the_items_step():
    text = (
        "公告の一部訂正について\n\n"
        "(1) 告示第12号4(2)（質問に対する回答期日）中「令和9年7月5日(月)」とあるのは「令和9年7月9日(金)」と読み替えるものとする。\n"
        "(2) 告示第12号6(1)（開札の日時）中「令和9年7月14日(水)午前10時」とあるのは「令和9年7月21日(水)午前10時」と読み替えるものとする。\n"
    )
    assert found(text) == [
        ("answer", "2027-07-09", None, "date"),
        ("other", "2027-07-21", "10:00", "datetime"),
    ]


def test_extension_before_and_after_marks_keep_the_extended_deadline():
    text = (
        "提出期限の延長について\n\n1 延長する期限\n"
        " 企画提案書の提出期限\n"
        "  （延長前）令和10年3月2日（木）午後5時\n"
        "  （延長後）令和10年3月9日（木）午後5時\n"
    )
    assert found(text) == [("submission", "2028-03-09", "17:00", "datetime")]


def test_the_old_date_in_a_bracket_beside_a_rows_new_date_is_dropped():
    text = (
        "■スケジュール（2027年9月1日変更）\n日程\t内容\n"
        "2027/09/10(金) 17:00\t参加申込書提出締切\n"
        "2027/10/08(金) 17:00\t企画提案書提出締切　★変更（当初 2027/10/01(金)）\n"
        "2027/10/21(木)\tヒアリング　★変更（当初 2027/10/14(木)）\n"
    )
    assert found(text) == [
        ("application", "2027-09-10", "17:00", "datetime"),
        ("submission", "2027-10-08", "17:00", "datetime"),
        ("hearing", "2027-10-21", None, "date"),
    ]


def test_a_revision_stamp_and_the_reason_of_a_revision_are_no_steps():
    text = (
        "第4　日程\n区分\t期日等\t備考\n"
        "参加申込書の提出期限\t令和8年11月6日（金）午後5時（当初：令和8年10月30日（金））\t※令和8年10月12日修正\n"
        "プレゼンテーション審査\t令和8年11月20日（金）\t\n\n"
        "第9　修正の理由（令和8年10月12日）\n　回答に伴い、提出期限を繰り下げた。\n"
    )
    assert found(text) == [
        ("application", "2026-11-06", "17:00", "datetime"),
        ("hearing", "2026-11-20", None, "date"),
    ]


def test_a_plan_a_sentence_postpones_is_superseded_also_where_the_original_notice_restates_it():
    text = (
        "【開札延期のお知らせ】\n"
        "　令和10年7月14日(金)午前10時に予定していた本件の開札は、延期します。\n"
        "　これに伴い、令和10年7月13日(木)午後5時としていた入札書の提出期限も延期します。\n\n"
        "（当初の公告）\n"
        "10　入札及び開札\n"
        "　(1) 入札書の提出期限　令和10年7月13日(木)午後5時\n"
        "　(2) 開札日時　令和10年7月14日(金)午前10時\n"
        "　(3) 質問の受付期限　令和10年7月6日(木)正午\n"
    )
    assert found(text) == [("question", "2028-07-06", "12:00", "datetime")]


def test_the_two_dated_cells_of_a_correction_table_are_one_step_named_by_the_row():
    text = (
        "| 訂正箇所 | 訂正前 | 訂正後 |\n|---|---|---|\n"
        "| 実施要領 6(2) 質問への回答 | 令和8年8月5日（水）までに町ホームページに掲載 | 令和8年8月7日（金）までに町ホームページに掲載 |\n"
    )
    assert found(text) == [("answer", "2026-08-07", None, "date")]


def test_a_cited_items_kind_comes_from_the_item_under_the_quoted_heading():
    text = (
        "(1) 実施要領「6 質問の受付及び回答」(1) 質問の受付期限\n"
        "  （誤）令和9年2月22日（月）午後5時まで\n"
        "  （正）令和9年2月25日（木）午後5時まで\n\n"
        "(2) 公告第19号「7 入札書の提出」(2)中\n"
        "  誤 令和9年3月12日（金）午後5時まで\n"
        "  正 令和9年3月16日（火）午後5時まで\n"
    )
    assert found(text) == [
        ("question", "2027-02-25", "17:00", "datetime"),
        ("submission", "2027-03-16", "17:00", "datetime"),
    ]


def test_a_day_inside_a_window_or_named_by_a_condition_is_no_step():
    text = (
        "訂正理由\n　質問受付期間中の令和9年2月18日（木）に、メールシステムが停止するため。\n"
        "その他\n　(1) 令和9年2月18日（木）に質問を送信した場合は、改めて送信すること。\n"
        "　(2) 質問の受付期限は令和9年2月25日（木）午後5時までとする。\n"
    )
    assert found(text) == [("question", "2027-02-25", "17:00", "datetime")]


def test_an_events_open_start_before_the_arrow_is_the_old_date():
    text = "(1) プレゼンテーション審査\n　　2027年10月15日(金) 13:00～ → 2027年10月22日(金) 13:00～\n"
    assert found(text) == [("hearing", "2027-10-22", "13:00", "datetime")]


def test_file_stamps_earlier_notices_and_replaced_papers_are_no_publication():
    text = (
        "【2028年7月10日 掲載】開札延期のお知らせ\n"
        "　7月3日にお知らせした開札の延期について、日程を次のとおりとします。\n"
        "　・開札日時　令和10年7月21日(金)午前9時30分\n"
        "（２）設計図書の差替えは、令和10年7月10日午後から電子入札システムに掲載する。\n"
        "添付ファイル\n・入札公告（令和10年6月20日公告）（PDF：221KB）\n・実施要領（令和10年7月10日訂正版）（PDF：356KB）\n"
    )
    assert found(text) == [("other", "2028-07-21", "09:30", "datetime")]


def test_an_answer_that_weighs_a_holiday_period_does_not_date_the_step_asked_about():
    text = (
        "No.3\n質問：提出期限を延長してほしい。\n"
        "回答：8月中旬の盆期間を考慮し、申請書類の提出期限を令和8年8月28日（金）午後5時に延長します。\n"
    )
    assert ("submission", "2026-08-01", None, "mid_month") not in found(text)


def test_a_when_key_under_a_sentence_announcing_an_event_dates_that_event():
    text = (
        "見積依頼先 各位\n\n見積書の提出期限は令和6年12月3日(火)正午とします。\n"
        "また、現地確認会を次のとおり開催します。参加は任意です。\n"
        "  日時:令和6年11月26日(火)14時から(1時間程度)\n"
        "  場所:第1配水池 管理棟前\n"
    )
    assert found(text) == [
        ("other", "2024-11-26", "14:00", "datetime"),
        ("submission", "2024-12-03", "12:00", "datetime"),
    ]


def test_rows_of_a_correction_table_ruled_with_bars_keep_the_header_of_old_and_new_columns():
    text = (
        "３．訂正内容\n\n"
        "　　箇所\t訂正前\t訂正後\n"
        "　　――――――――――――――――――――――――\n"
        "　　４．(8)　質問に対する回答の閲覧\t令和10年7月3日(金)までに閲覧\t令和10年7月10日(金)までに閲覧\n"
        "　　――――――――――――――――――――――――\n"
        "　　４．(9)　入札書の提出期間\t令和10年7月6日(月)9時00分から令和10年7月8日(水)16時00分まで"
        "\t令和10年7月13日(月)9時00分から令和10年7月15日(水)16時00分まで\n"
        "　　――――――――――――――――――――――――\n"
    )
    assert found(text) == [
        ("answer", "2028-07-10", None, "date"),
        ("submission", "2028-07-15", "16:00", "datetime"),
    ]


def test_a_step_said_to_be_done_on_a_day_is_no_step_to_come():
    text = (
        "(1) 入札書の提出期限は令和10年7月15日(水)16時00分とする。\n"
        "(2) 令和10年6月30日(火)に行った競争参加資格の確認結果の通知も有効とする。\n"
    )
    assert found(text) == [("submission", "2028-07-15", "16:00", "datetime")]


def test_steps_restated_under_an_unchanged_schedule_heading_are_left_out():
    # (the change-notice convention of INDEX.md: a separate change notice gives only what it changes)
    text = (
        "提出期限の延長について\n\n"
        "1　延長する期限\n　企画提案書の提出期限\n"
        "　　（延長前）令和10年3月1日（水）午後5時\n　　（延長後）令和10年3月8日（水）午後5時\n\n"
        "2　変更のない日程\n"
        "　（1）質問の受付　2月14日（月）をもって終了しています。\n"
        "　（2）参加申込書の提出　2月16日（水）午後5時をもって締め切りました。\n\n"
        "3　提出方法\n　持参又は郵送とします。\n"
    )
    assert found(text) == [("submission", "2028-03-08", "17:00", "datetime")]
