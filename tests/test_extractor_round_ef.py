"""Ordinary calls of national bodies and the procurement types met less often (round ef): a list page's closed cases
set apart under their heading, a page's field run onto the sentence after it, … Each test a short text written for
its device."""

from tenders.extractor.relining import cut_points
from tests.extractor_found import found, one_line


def test_the_cases_listed_under_a_closed_cases_heading_are_no_steps():
    text = (
        "少額随意契約 見積合わせ案件\n"
        "\n"
        "【公開中の案件】\n"
        "\n"
        "◇案件番号：R10-05\n"
        "　公示日：令和10年5月10日（水）\n"
        "　見積書提出期限：令和10年5月19日（金）12:00\n"
        "\n"
        "【終了した案件】\n"
        "\n"
        "◇案件番号：R10-04【終了】\n"
        "　公示日：令和10年4月12日（水）\n"
        "　見積書提出期限：令和10年4月21日（金）12:00\n"
        "\n"
        "◇案件番号：R10-03【終了】\n"
        "　公示日：令和10年3月29日（水）\n"
        "　見積書提出期限：令和10年4月7日（金）12:00\n"
        "\n"
        "※終了した案件は、3か月後に削除します。\n"
    )
    assert found(text) == [
        ("published", "2028-05-10", None, "date"),
        ("submission", "2028-05-19", "12:00", "datetime"),
    ]


def test_a_closed_cases_heading_ends_at_a_block_of_another_mark():
    # (the heading's cases end where a line after a blank starts otherwise: the notes and sections below are read)
    text = (
        "【終了した案件】\n"
        "\n"
        "◇案件番号：R10-04【終了】\n"
        "　見積書提出期限：令和10年4月21日（金）12:00\n"
        "\n"
        "■ 次回の案件\n"
        "　公示日：令和10年6月1日（木）\n"
        "　見積書提出期限：令和10年6月9日（金）12:00\n"
    )
    assert found(text) == [
        ("published", "2028-06-01", None, "date"),
        ("submission", "2028-06-09", "12:00", "datetime"),
    ]


def test_a_pages_update_field_run_onto_the_sentence_after_it_is_no_step():
    text = one_line(
        "浜ノ宮税関\n"
        "トップ ＞ 調達情報 ＞ 見積合わせ\n"
        "\n"
        "見積合わせ（少額随意契約）\n"
        "更新日：令和10年7月3日\n"
        "\n"
        "　当署では、少額随意契約の対象となる物品の調達について、調達の透明性及び公平性の向上と新規参入の機会の拡大を図るため、"
        "見積依頼の内容を広く公開し、見積書を提出していただく方式による見積合わせを実施しています。\n"
        "　見積りに参加を希望される方は、各案件の仕様書等を入手のうえ、見積書提出期限までに電子メールにより提出してください。"
        "事前の参加申込みは不要です。提出期限を過ぎて到着した見積書は無効とします。\n"
        "\n"
        "■ 参加資格\n"
        "　予算決算及び会計令第70条及び第71条の規定に該当しない者であって、全省庁統一資格を有する者であること。\n"
        "\n"
        "1. 公示日　令和10年7月3日（月）\n"
        "2. 見積書提出期限　令和10年7月12日（水）12時00分\n"
    )
    assert found(text) == [
        ("published", "2028-07-03", None, "date"),
        ("submission", "2028-07-12", "12:00", "datetime"),
    ]


def test_a_date_followed_by_its_comma_still_takes_the_clause_after_it():
    # (guard: the clause after the comma is the date's when no topic of its own opens between them)
    assert found("令和10年6月19日（月）、見積依頼書を当局ホームページに掲載します。\n") == [
        ("published", "2028-06-19", None, "date")
    ]


def test_a_contract_signed_on_the_paper_the_issuer_hands_out_is_a_contract():
    text = (
        "第5　契約の締結\n"
        "　落札者は、令和10年11月20日（月）までに、当局が交付する売買契約書により契約を締結しなければなりません。\n"
    )
    assert found(text) == [("contract", "2028-11-20", None, "date")]


def test_the_papers_handed_out_are_still_published():
    # (guard: the 交付 of the call's papers is its publication)
    text = "入札説明書は、令和10年9月1日（金）から当局窓口で交付する。\n"
    assert [kind for kind, *_ in found(text)] == ["published"]


def test_a_site_shown_to_the_bidders_is_an_event_at_its_start():
    text = (
        "第4　現地案内\n"
        "　物件2については、建物内部の現地案内を次のとおり行います。\n"
        "　　日時　令和10年9月12日（火）午後1時30分から午後3時30分まで\n"
        "第5　入札書の提出期限　令和10年10月6日（金）午後5時（必着）\n"
    )
    assert found(text) == [
        ("other", "2028-09-12", "13:30", "datetime"),
        ("submission", "2028-10-06", "17:00", "datetime"),
    ]


def test_a_site_map_is_no_event():
    # (guard: 「現地案内図」 is a map of the site, no visit)
    text = "入札書の提出期限　令和10年10月6日（金）午後5時\n現地案内図　令和10年4月1日（土）現在\n"
    assert found(text) == [("submission", "2028-10-06", "17:00", "datetime")]


_GUIDE = (
    "企画競争説明書\n"
    "\n"
    "第1章　総則\n"
    "1-1　目的\n"
    "　本説明書は、国立研究開発法人浜ノ宮海洋研究所が発注する広報冊子制作業務の受託者を企画競争により選定するために必要な"
    "事項を定めるものである。\n"
    "1-2　履行期間\n"
    "　契約締結日から令和11年3月30日（金）まで\n"
    "1-3　参加資格\n"
    "　予算決算及び会計令第70条及び第71条の規定に該当しない者であって、全省庁統一資格において「役務の提供等」の"
    "資格を有する者であること。研究所から指名停止の措置を受けている期間中でないこと。\n"
    "\n"
    "第2章　説明会\n"
    "2-1　開催日時\n"
    "　令和10年5月8日（月）14時00分～15時00分\n"
    "2-2　開催方法\n"
    "　オンライン会議システムにより開催する。参加を希望する者は、事前に電子メールで申し込むこと。\n"
    "\n"
    "第3章　質問の受付及び回答\n"
    "3-1　質問の提出期限\n"
    "　令和10年5月12日（金）17時00分（必着）\n"
    "3-2　回答\n"
    "　令和10年5月19日（金）までに研究所ウェブサイトに掲載する。\n"
)
_GUIDE_STEPS = [
    ("other", "2028-05-08", "14:00", "datetime"),
    ("question", "2028-05-12", "17:00", "datetime"),
    ("answer", "2028-05-19", None, "date"),
]


def test_a_chapters_hyphen_numbered_section_takes_the_chapters_step():
    assert found(_GUIDE) == _GUIDE_STEPS


def test_a_chapters_hyphen_numbered_sections_are_lines_again_in_one_line():
    assert found(one_line(_GUIDE)) == _GUIDE_STEPS


def test_an_address_number_before_an_english_word_begins_no_section():
    # (guard: 「1-1 Minato-machi」 in an English notice run onto one line is an address, no section's mark)
    line = "to the Contracts Office, Port Administration Building, 1-1 Minato-machi, Hamanomiya City. 6.2 Sealed tenders"
    assert cut_points(line) == []
    line = "第2章 説明会 2-1 開催日時  令和10年5月8日(月)14時00分 2-2 開催方法  オンラインで開催する。"
    assert [line[at:][:3] for at in cut_points(line)] == ["2-1", "2-2"]


def test_a_market_surveys_answer_form_handed_in_with_a_quote_is_one_submission():
    text = (
        "4.　スケジュール\n"
        "　・質問受付期限　　　　　　　2028年6月9日（金）17:00\n"
        "　・質問への回答　　　　　　　2028年6月14日（水）までに掲載\n"
        "　・回答書・参考見積書の提出期限　2028年6月30日（金）17:00\n"
    )
    assert found(text) == [
        ("question", "2028-06-09", "17:00", "datetime"),
        ("answer", "2028-06-14", None, "date"),
        ("submission", "2028-06-30", "17:00", "datetime"),
    ]


def test_the_answers_to_the_questions_stay_answers():
    # (guard: the answers made known, a 回答書 sent out, are no paper handed in)
    text = "質問書の提出期限　2028年6月9日（金）17:00\n回答書の送付　2028年6月16日（金）\n"
    assert found(text) == [("question", "2028-06-09", "17:00", "datetime"), ("answer", "2028-06-16", None, "date")]


def test_an_individual_exchange_of_views_over_two_weeks_is_a_hearing_window():
    text = (
        "・回答書の提出期限　2028年7月28日（金）17:00\n"
        "・個別意見交換（希望者のみ）　2028年8月14日（月）～8月25日（金）\n"
        "　※日時は、回答書の提出後に個別に調整します。\n"
    )
    assert found(text) == [
        ("submission", "2028-07-28", "17:00", "datetime"),
        ("hearing", "2028-08-25", None, "date"),
    ]


def test_a_step_citing_the_notices_item_in_a_nested_bracket_keeps_its_kind():
    # 「（公告　4（6））」: where the step stands in the call, one bracket with another in it, names no publication
    text = "入札書の提出期限（公告　4（6））　令和10年11月8日（水）16時00分\n"
    assert found(text) == [("submission", "2028-11-08", "16:00", "datetime")]


_CHANGE = (
    "入札公告の変更について\n"
    "\n"
    "　令和10年9月13日付けで入札公告を行った標記業務について、下記のとおり公告の内容を変更します。\n"
    "\n"
    "（1）入札説明書の交付期間\n"
    "　　変更前　令和10年9月13日から令和10年10月25日まで\n"
    "　　変更後　令和10年9月13日から令和10年11月8日まで\n"
    "（2）入札書の提出期限\n"
    "　　変更前　令和10年10月25日（水）16時00分\n"
    "　　変更後　令和10年11月8日（水）16時00分\n"
)


def test_a_change_that_moves_only_the_papers_windows_end_gives_no_publication():
    assert found(_CHANGE) == [("submission", "2028-11-08", "16:00", "datetime")]


def test_a_change_that_moves_the_papers_windows_start_gives_the_new_publication():
    # (guard: a window opened on another day than before is the publication changed)
    text = _CHANGE.replace("変更後　令和10年9月13日から", "変更後　令和10年9月20日から")
    assert found(text) == [
        ("published", "2028-09-20", None, "date"),
        ("submission", "2028-11-08", "16:00", "datetime"),
    ]


def test_a_date_first_tables_head_row_names_no_step_of_its_first_row():
    text = (
        "3　日程\n"
        "　　期日　　　　　　　　　　内容\n"
        "　　R10.9.13（水）　　　　　 再公募開始（公募要項等の公表）\n"
        "　　R10.9.29（金）17:00まで　 質問書の提出\n"
    )
    assert found(text) == [
        ("published", "2028-09-13", None, "date"),
        ("question", "2028-09-29", "17:00", "datetime"),
    ]


def test_a_key_over_its_date_still_names_it():
    # (guard: a line of one key, or of words no column's names, heads the date below it)
    text = "　　質問書の提出期限\n　　R10.9.29（金）17:00\n"
    assert found(text) == [("question", "2028-09-29", "17:00", "datetime")]


_PORTAL_PAGE = (
    "浜ノ宮港湾庁　調達情報\n"
    "\n"
    "調達案件詳細\n"
    "------------------------------------------------------------\n"
    "案件名　　　　　港湾情報基盤システムの導入に係る資料提供招請\n"
    "公表日　　　　　2028年4月3日（月）\n"
    "調達種別　　　　資料提供招請（政府調達に関する協定適用対象）\n"
    "担当部局　　　　浜ノ宮港湾庁 総務部 会計課 調達係\n"
    "資料提供期限　　2028年5月12日（金）17時00分\n"
    "添付ファイル　　資料提供招請に関する公表.pdf（210KB）\n"
    "　　　　　　　　導入説明書.pdf（1.4MB）\n"
    "最終更新　　　　2028年4月3日 16:42\n"
    "------------------------------------------------------------\n"
    "\n"
    "資料提供招請に関する公表\n"
    "\n"
    "　次のとおり物品等の導入を予定していますので、当該導入に関して資料等の提供を招請します。\n"
    "\n"
    "1　資料等の提供期限　令和10年5月12日17時00分（郵送の場合は必着のこと。）\n"
    "2　その他　提供された資料等は返却しない。提供された資料等は、仕様書の作成の参考とする。\n"
)


def test_a_portal_pages_update_field_run_onto_its_other_fields_is_no_step():
    assert found(one_line(_PORTAL_PAGE)) == [
        ("published", "2028-04-03", None, "date"),
        ("submission", "2028-05-12", "17:00", "datetime"),
    ]


def test_a_portal_pages_fields_as_written():
    # (guard: the step's own fields, 「資料提供期限　　…」, are read as before)
    assert found(_PORTAL_PAGE) == [
        ("published", "2028-04-03", None, "date"),
        ("submission", "2028-05-12", "17:00", "datetime"),
    ]


def test_a_reference_headings_items_run_onto_its_line_are_no_steps():
    text = (
        "公表日　2028年4月3日（月）\n"
        "(1) 資料等の提供期限　令和10年5月12日17時00分\n"
        "(2) 今後の予定（参考）    意見招請に関する公示 令和10年9月頃    入札公告       令和11年1月頃\n"
    )
    assert found(text) == [("published", "2028-04-03", None, "date"), ("submission", "2028-05-12", "17:00", "datetime")]


def test_a_schedule_headed_for_reference_run_onto_its_line_is_still_read():
    # (guard: 「日程（参考）」 heads the call's own schedule, restated)
    text = "(2) 日程（参考）    質問の提出期限 令和10年5月2日17時00分\n"
    assert found(text) == [("question", "2028-05-02", "17:00", "datetime")]
