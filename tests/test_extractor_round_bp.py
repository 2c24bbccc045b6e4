"""Real layouts met less often (round bp): deadlines counted from the 公告日 with the computed day in brackets below,
merged cells of a box-drawn table and of a PDF's table, a page's table that lost its rowspan cells, a 「同上」 cell,
the dates under a flow of boxes, a closed period whose sentence a narrow column wrapped, a designation's 告示. Each
test a few lines written for its class."""

from tests.extractor_found import found

# --- a day counted from another step, the computed day in brackets on the line below ---------------------------


def test_counting_words_over_a_bracketed_day_leave_the_step_to_the_items_heading():
    text = (
        "入札公告\n"
        "　令和１０年９月７日\n"
        "　　　　　　　　　　　　　　　　　　　○○町水道事業管理者\n"
        "１　参加資格\n"
        "（１）公告日の前日から起算して過去５年間【令和５年９月６日以降】に同種工事の実績を有すること。\n"
        "２　日程\n"
        "　期限は公告日又は開札日を基準とする。【　】内は算定した日付である。\n"
        "（１）入札説明書等の交付期間\n"
        "　　　公告日から入札参加申請書の提出期限の日まで（閉庁日を除く。）の午前９時から午後４時まで\n"
        "　　　【令和１０年９月７日（木）～令和１０年９月１４日（木）】\n"
        "（２）入札参加申請書の提出期限\n"
        "　　　公告日の翌日から起算して５日（閉庁日を除く。）目の午後４時\n"
        "　　　【令和１０年９月１４日（木）午後４時】\n"
        "（３）設計図書に対する質問の受付期限\n"
        "　　　開札日の６日前の日の正午\n"
        "　　　【令和１０年９月２０日（水）正午】\n"
        "（４）入札書の受付期限\n"
        "　　　開札日の前日の午後４時\n"
        "　　　【令和１０年９月２５日（月）午後４時】\n"
        "（５）開札\n"
        "　　　公告日の翌日から起算して１９日目の午前９時３０分\n"
        "　　　【令和１０年９月２６日（火）午前９時３０分】\n"
        "３　契約\n"
        "　落札決定の日の翌日から起算して５日以内に契約を締結する。\n"
    )
    # (the 実績 window's bracketed start and the contract's count without a day stay out)
    assert found(text) == [
        ("published", "2028-09-07", None, "date"),
        ("application", "2028-09-14", "16:00", "datetime"),
        ("question", "2028-09-20", "12:00", "datetime"),
        ("submission", "2028-09-25", "16:00", "datetime"),
        ("other", "2028-09-26", "09:30", "datetime"),
    ]


# --- merged cells: one date of two rows, one step of two cells --------------------------------------------------


def test_a_box_tables_cell_on_the_rule_between_two_rows_is_the_date_of_both():
    text = (
        "４　日程\n"
        "┌──┬────────────┬──────────────┐\n"
        "│番号│手続                    │期日                        │\n"
        "├──┼────────────┼──────────────┤\n"
        "│１  │要領の公表              │令和９年６月２日（水）      │\n"
        "├──┼────────────┼──────────────┤\n"
        "│２  │参加表明書の提出期限    │                            │\n"
        "├──┼────────────┤令和９年６月１６日（水）正午│\n"
        "│３  │質問書の提出期限        │                            │\n"
        "├──┼────────────┼──────────────┤\n"
        "│４  │提案書の提出期限        │令和９年７月７日（水）      │\n"
        "└──┴────────────┴──────────────┘\n"
    )
    assert found(text) == [
        ("published", "2027-06-02", None, "date"),
        ("application", "2027-06-16", "12:00", "datetime"),
        ("question", "2027-06-16", "12:00", "datetime"),
        ("submission", "2027-07-07", None, "date"),
    ]


def test_a_pdf_tables_cell_printed_between_its_rows_goes_with_both():
    text = (
        "5 日程\n"
        "\n"
        "      区  分                                     期  日\n"
        "\n"
        "   公募の開始                                令和9年10月4日(月)\n"
        "\n"
        "   応募申込書の提出期限\n"
        "                                             令和9年10月15日(金)午後4時\n"
        "   質問書の提出期限\n"
        "\n"
        "   審査結果の通知                            令和9年11月2日(火)\n"
        "\n"
        "                                             日時 令和9年11月10日(水)午前10時から\n"
        "   ヒアリング\n"
        "                                             場所 本庁舎4階会議室\n"
        "\n"
    )
    assert found(text) == [
        ("published", "2027-10-04", None, "date"),
        ("application", "2027-10-15", "16:00", "datetime"),
        ("question", "2027-10-15", "16:00", "datetime"),
        ("result", "2027-11-02", None, "date"),
        ("hearing", "2027-11-10", "10:00", "datetime"),
    ]


def test_a_title_between_a_date_and_a_signature_takes_no_date():
    text = (
        "                                             令和9年10月1日\n"
        "\n"
        "                                             令和9年10月1日\n"
        "   庁舎清掃業務委託の公募について\n"
        "                                             ○○市長\n"
        "\n"
        "   参加申込期限                              令和9年10月15日(金)\n"
    )
    assert found(text) == [("application", "2027-10-15", None, "date")]


def test_rows_that_lost_their_first_cell_to_a_rowspan_go_on_under_its_step():
    text = (
        "日程\n"
        "区分\t項目\t日時\n"
        "要項の公表\t公表日\t令和9年5月6日(木)\n"
        "現地見学会\t参加申込期限\t令和9年5月13日(木)午後5時\n"
        "実施日時\t令和9年5月18日(火)午前10時から正午まで\n"
        "集合場所\t旧校舎正門前\n"
        "参加申込\t受付期間\t令和9年5月20日(木)から5月28日(金)午後5時まで\n"
        "審査結果の通知\t令和9年6月中旬\n"
        "※\t日程は変更になることがあります。\n"
    )
    # (the registration is the site visit's, no application for the call)
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("other", "2027-05-13", "17:00", "datetime"),
        ("other", "2027-05-18", "10:00", "datetime"),
        ("application", "2027-05-28", "17:00", "datetime"),
        ("result", "2027-06-01", None, "mid_month"),
    ]


def test_a_same_as_above_cell_is_the_date_above():
    text = (
        "スケジュール\n"
        "項目\t日程\t方法\n"
        "公募開始\t令和9年8月2日(月)\tホームページ\n"
        "質問締切\t令和9年8月11日(水)午後3時\t電子メール\n"
        "参加申込締切\t同上\t持参\n"
        "企画提案書締切\t令和9年8月30日(月)正午\t持参\n"
    )
    assert found(text) == [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-11", "15:00", "datetime"),
        ("application", "2027-08-11", "15:00", "datetime"),
        ("submission", "2027-08-30", "12:00", "datetime"),
    ]


# --- a flow of boxes, the dates under each box --------------------------------------------------------------------


def test_the_dates_under_a_flow_of_boxes_pair_with_the_boxes_not_the_arrows():
    text = (
        "令和9年3月29日\n"
        "選定の流れ（日付はいずれも令和9年）\n"
        " ┌────┐   ┌────────┐   ┌────────┐   ┌────────┐\n"
        " │要項公表│ ─→│ 参加申込書   │ ─→│ 一次審査     │ ─→│ 二次審査     │\n"
        " │        │   │ の提出       │   │ (書類)       │   │ (面接)       │\n"
        " └────┘   └────────┘   └────────┘   └────────┘\n"
        "   4/5(月)          4/16(金)            結果通知             5月中旬\n"
        "                    17:00まで           4/23(金)             (予定)\n"
        "\n"
        "一次審査の結果は、令和9年4月23日(金)に通知する。\n"
    )
    assert found(text) == [
        ("published", "2027-04-05", None, "date"),
        ("application", "2027-04-16", "17:00", "datetime"),
        ("result", "2027-04-23", None, "date"),
        ("hearing", "2027-05-01", None, "mid_month"),
    ]


# --- what is no step ----------------------------------------------------------------------------------------------


def test_days_nothing_is_received_on_stay_out_when_the_verbs_ending_wrapped():
    text = (
        "日程\n"
        "（１）申込書の提出\n"
        "令和９年７月９日（金）１７時まで\n"
        "※申込書は持参又は郵送とし、７月３日（土）から７月４\n"
        "日（日）までは窓口での受付を行わ\n"
        "ない。\n"
    )
    assert found(text) == [("application", "2027-07-09", "17:00", "datetime")]


def test_a_designations_notice_beside_the_agreement_is_no_step_of_the_call():
    text = (
        "今後の予定\n"
        "・候補者の選定結果の通知\u3000令和9年9月中旬\n"
        "・指定の議案の提出\u3000令和9年12月(市議会定例会)\n"
        "・指定の告示・協定の締結\u3000令和10年2月(予定)\n"
    )
    assert found(text) == [
        ("result", "2027-09-01", None, "mid_month"),
        ("other", "2027-12-01", None, "month"),
        ("contract", "2028-02-01", None, "month"),
    ]
