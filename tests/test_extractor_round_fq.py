"""PDF text with a converter's damage: a schedule table read column after column run onto one line (its head spaced
out, a title over its steps, a month alone, a window's end or a note on a line of its own), and a date a page break
cut (a page's number and the running header between its month and its day), as written and in one line."""

from tests.extractor_found import found, one_line

PROSE = (
    "本市では、市民活動の拠点となる施設の管理運営について、民間事業者等の有するノウハウを活用し、利用者サービスの"
    "向上と管理経費の縮減を図るため、施設の管理を行う指定管理者を公募します。応募を希望される団体は、募集要項を"
    "よくお読みのうえ、期限までに必要な書類を提出してください。なお、提出された書類は返却しません。\n"
    "施設の所在地、規模、利用状況等は、別添の資料のとおりです。説明会への参加は応募の要件ではありません。\n"
    "応募に要する経費は、応募者の負担とします。選定の結果は、応募者全員に文書で通知するとともに公表します。\n"
)


def test_a_column_read_table_with_a_spaced_head_and_a_month_alone_is_paired_in_one_line():
    text = (
        "若葉台市告示第12号\n" + PROSE + "５　日程\n"
        "項　目\n募集要項の配布\n質問の受付\n申請書の受付\n選定結果の通知\n指定議案の上程\n"
        "日　程\n"
        "令和9年6月1日（火）\n令和9年6月10日（木）午後5時まで\n令和9年7月1日（木）午後5時まで\n"
        "令和9年8月中旬\n令和9年9月（市議会定例会）\n"
        "６　その他\n詳細は募集要項のとおりです。\n"
    )
    assert found(one_line(text)) == found(text)
    assert ("other", "2027-09-01", None, "month") in found(one_line(text))


def test_a_column_read_table_under_its_title_is_paired_in_one_line():
    text = (
        PROSE + "\nスケジュール\n"
        "募集要項の配布\n質問書の受付\n現地説明会\n申請書類の受付\n選定結果の通知\n"
        "令和8年5月1日（金）から5月29日（金）まで\n令和8年5月7日（木）～5月15日（金）午後5時\n"
        "令和8年5月12日（火）午後1時30分\n令和8年5月20日（水）～5月29日（金）午後5時\n令和8年6月下旬\n"
        "\n※指定は、市議会の議決を経て行います。\n"
    )
    assert found(one_line(text)) == found(text)
    assert ("other", "2026-05-12", "13:30", "datetime") in found(one_line(text))


def test_a_column_read_table_with_a_window_end_and_a_note_on_lines_of_their_own_is_paired_in_one_line():
    text = (
        PROSE + "募集スケジュール\n①\n②\n③\n④\n⑤\n"
        "募集要項の配布\n現地説明会\n質問の受付\n応募書類の受付\n選定結果の通知\n"
        "令和8年6月1日（月）\n～6月30日（火）\n6月10日（水）午前10時～\n※参加申込は6月5日（金）まで\n"
        "6月15日（月）まで\n6月22日（月）\n～6月30日（火）\n7月中旬\n"
        "ここがポイント！\n"
    )
    assert found(one_line(text)) == found(text)
    assert ("other", "2026-06-10", "10:00", "datetime") in found(one_line(text))


PAGE_HEADER = "                                        若葉台市 企画課\n"


def test_a_date_cut_by_a_centred_page_number_and_a_running_header_is_read_whole():
    text = (
        PAGE_HEADER + "１　提出期限\n"
        "（１）参加表明書の提出期限　令和9年4月30日（金）午後5時\n"
        "（２）企画提案書の提出期限\n"
        "　　　企画提案書は、持参又は郵送により、令和9年5月\n"
        "\n"
        "                    ― 1 ―\n" + PAGE_HEADER + "\n"
        "　　　21日（金）午後5時までに提出すること。\n"
        "（３）プレゼンテーション　令和9年6月2日（水）午後1時から\n"
        "\n"
        "                    ― 2 ―\n" + PAGE_HEADER
    )
    assert ("submission", "2027-05-21", "17:00", "datetime") in found(text)


def test_a_date_cut_by_a_page_number_and_the_running_header_is_read_whole_in_one_line():
    text = (
        PROSE + "- 1 -\n"
        "令和8年度 若葉台市庁舎清掃業務委託 入札説明書\n"
        "５ 入札参加資格の確認\n"
        "(1) 提出書類 入札参加資格確認申請書（様式第1号）\n"
        "(2) 提出期限 令和8年6月\n"
        "- 2 -\n"
        "令和8年度 若葉台市庁舎清掃業務委託 入札説明書\n"
        "15日（月）午後5時まで（必着）\n"
        "(3) 提出方法 持参又は郵送（書留郵便に限る。）\n"
        "６ 入札書の提出\n"
        "(1) 提出期限 令和8年6月29日（月）午後5時（必着）\n"
        "- 3 -\n"
    )
    assert ("application", "2026-06-15", "17:00", "datetime") in found(one_line(text))


def test_an_afternoon_cut_by_a_line_break_is_read_whole_in_one_line():
    text = (
        PROSE + "６ 企画提案書の提出\n"
        "(1) 提出期限 参加資格確認結果の通知の日から起算して10日目（令和8年7月3日（金））の午\n"
        "後5時までに、企画提案書を持参すること。\n"
        "(2) 提出部数 正本1部、副本5部\n"
    )
    assert ("submission", "2026-07-03", "17:00", "datetime") in found(one_line(text))
