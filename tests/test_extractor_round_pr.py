"""Forms of change notices read in round pr: an issuer's mail of a change forwarded over the earlier mail it quotes,
a PFI schedule one cell a line with 済/変更 marks, a fax's letter of a visit set up instead of a briefing, a town's
notice from a vertical-text PDF."""

import datetime as dt

from tests.extractor_found import one_line, steps

FORWARDED_CHANGE = (
    "差出人: 田中 一郎 <tanaka@example.jp>\n"
    "送信日時: 2027年5月10日 月曜日 9:15\n"
    "宛先: 営業部 <eigyo@example.jp>\n"
    "件名: RE: FW: 【若葉市】観光サイト改修業務 日程変更のお知らせ\n"
    "\n"
    "共有ありがとうございます。旧日程の5/20で押さえた会議室は解約します。\n"
    "\n"
    "差出人: 佐藤 花子 <sato@example.jp>\n"
    "件名: FW: 【若葉市】観光サイト改修業務 日程変更のお知らせ\n"
    "\n"
    "若葉市から日程変更の連絡です。\n"
    "\n"
    "-----Original Message-----\n"
    "From: 若葉市 観光課 <kanko@example.jp>\n"
    "Sent: Monday, May 10, 2027 8:40 AM\n"
    "Subject: 【若葉市】観光サイト改修業務 日程変更のお知らせ\n"
    "\n"
    "参加事業者 各位\n"
    "観光サイト改修業務の日程を下記のとおり変更します。\n"
    "1 変更後の日程\n"
    "  (1) 企画提案書の提出期限\n"
    "      令和9年6月4日(金)午後5時(当初は令和9年5月21日(金)午後5時)\n"
    "  (2) 審査結果の通知\n"
    "      令和9年6月下旬(予定)(当初は6月上旬)\n"
    "  (3) 契約締結\n"
    "      令和9年7月上旬(予定)(当初は6月中旬)\n"
    "\n"
    "> 2027/04/20 15:00、若葉市 観光課 <kanko@example.jp> のメッセージ:\n"
    ">\n"
    "> 今後の日程は次のとおりです。\n"
    ">   ・質問の受付期限        令和9年4月30日(金)正午\n"
    ">   ・企画提案書の提出期限  令和9年5月21日(金)午後5時\n"
    ">   ・審査結果の通知        令和9年6月上旬\n"
    ">   ・契約締結              令和9年6月中旬\n"
)


def test_an_issuers_change_mail_forwarded_leaves_out_the_earlier_mail_it_quotes():
    assert steps(FORWARDED_CHANGE) == [
        ("submission", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
        ("result", dt.date(2027, 6, 1), None, "late_month"),
        ("contract", dt.date(2027, 7, 1), None, "early_month"),
    ]


PFI_SCHEDULE = (
    "若葉市新図書館整備運営事業\n"
    "事業スケジュールの変更について\n"
    "令和9年8月\n"
    "若葉市教育委員会\n"
    "1 はじめに\n"
    "市は、令和9年2月10日に実施方針を公表し、同年5月20日に特定事業として選定したところです。\n"
    "選定の公表時には、令和9年9月上旬に入札公告を行い、令和10年2月下旬に落札者を決定する予定としておりましたが、\n"
    "事業費の再精査のため、入札公告以降の事業スケジュールを変更します。\n"
    "2 変更後の事業スケジュール\n"
    "表中「済」とした項目は既に実施済みのものです。\n"
    "時期\n"
    "内容\n"
    "備考\n"
    "令和9年2月10日(水)\n"
    "実施方針の公表\n"
    "済\n"
    "令和9年5月20日(木)\n"
    "特定事業の選定\n"
    "済\n"
    "令和9年11月中旬\n"
    "入札公告\n"
    "(入札説明書等の公表)\n"
    "変更\n"
    "同年12月上旬\n"
    "入札説明書等に関する質問の受付\n"
    "変更\n"
    "令和10年3月下旬\n"
    "提案書類の受付\n"
    "変更\n"
    "同年5月中旬\n"
    "落札者の決定\n"
    "変更\n"
    "※ 上記の時期は現時点の予定であり、今後変更となる場合があります。\n"
    "※ 事業契約は、議会の議決を経て本契約となります。\n"
)

PFI_STEPS = [
    ("published", dt.date(2027, 11, 1), None, "mid_month"),
    ("question", dt.date(2027, 12, 1), None, "early_month"),
    ("submission", dt.date(2028, 3, 1), None, "late_month"),
    ("result", dt.date(2028, 5, 1), None, "mid_month"),
]


def test_a_pfi_schedule_one_cell_a_line_reads_its_wrapped_row_and_leaves_out_the_done_rows_and_the_old_plan():
    assert steps(PFI_SCHEDULE) == PFI_STEPS


def test_a_pfi_schedule_run_onto_one_line_leaves_out_the_rows_marked_done():
    assert steps(one_line(PFI_SCHEDULE)) == PFI_STEPS


FAX_LETTER = (
    "2029/05/08 10:12    000-0000-0000    若葉市文化振興課        P.001/002\n"
    "令和11年5月8日\n"
    "説明会参加申込者 各位\n"
    "若葉市文化振興課長\n"
    "若葉市民ホール指定管理者募集に係る現地説明会の中止及び日程の変更について(通知)\n"
    "記\n"
    "1 現地説明会の中止\n"
    "  令和11年5月14日(火)に予定していた現地説明会は、中止します。\n"
    "2 施設の個別見学(新たに実施します)\n"
    " (1)申込期限 令和11年5月17日(金)午後5時\n"
    " (2)見学期間 令和11年5月21日(火)から5月31日(金)まで\n"
    "   (土曜日及び日曜日を除く。)\n"
    "   見学日時は、申込書の希望日時をもとに調整し、申込みを受け付けた順に電話で\n"
    "   お知らせします。\n"
    " (3)見学人数 1団体につき3名以内とします。\n"
    "3 質問に対する回答の公表日の変更\n"
    "  質問に対する回答は、令和11年6月12日(水)までに市ホームページに掲載し\n"
    " ます(当初は6月5日(水)まで)。\n"
    "4 変更のない事項\n"
    "  次の日程に変更はありません。\n"
    " (1)第一次審査結果の通知 7月中旬\n"
    " (2)第二次審査 7月下旬\n"
    "2029/05/08 10:13    000-0000-0000    若葉市文化振興課        P.002/002\n"
    "個別見学申込書\n"
    "申込期限 令和11年5月17日(金)午後5時\n"
)


def test_a_fax_letter_reads_the_visit_set_up_instead_and_the_answer_whose_old_day_wraps_onto_the_next_line():
    assert steps(FAX_LETTER) == [
        ("other", dt.date(2029, 5, 17), dt.time(17, 0), "datetime"),
        ("other", dt.date(2029, 5, 31), None, "date"),
        ("answer", dt.date(2029, 6, 12), None, "date"),
    ]


VERTICAL_NOTICE = (
    "若葉町公告第十二号\n"
    "　　　　条件付一般競争入札の執行日程の変更について\n"
    "　令和十二年一月十日付け若葉町公告第三号で公告した条件付一般競争入札について、日程の一部を次のとおり変更する。\n"
    "　　令和十二年一月二十四日\n"
    "　　　　　　　　　　　　　　若葉町長　山田　太郎\n"
    "一　変更後の日程\n"
    "（一）質問\n"
    "　　差し替えた設計図書に関する質問に限り、令和十二年一月二十九日（火）\n"
    "　　から同月三十一日（木）午後五時まで、電子メールにより受け付ける。\n"
    "（二）入札書の提出期限\n"
    "　　令和十二年二月十五日（金）午後五時（必着）\n"
    "掲示期間　令和十二年一月二十四日から同年二月十九日まで\n"
)


def test_a_vertical_notice_reads_a_window_wrapped_at_kara_and_leaves_out_its_own_posting_period():
    assert steps(VERTICAL_NOTICE) == [
        ("question", dt.date(2030, 1, 31), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2030, 2, 15), dt.time(17, 0), "datetime"),
    ]
