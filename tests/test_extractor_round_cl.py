"""Conversion output, round cl: the digits of a number spaced apart on an OCR's or a justified line (「午後 4 時 4 5
分」), a result notice 「通知書発行予定日」 on an e-bidding screen, a ruled table (一太郎) whose cell wrapped inside a
time (「…(金)午」 / 「後5時」) or its label (「…配布開」 / 「始」), and pdftotext -layout rows set apart by blank lines (a
label's rest under its row, a row cut by a page break with the header printed again)."""

import datetime as dt

from tenders.extractor import extract
from tests.extractor_found import steps


def test_spaced_digits_of_a_time_on_an_ocr_line_are_one_number():
    text = (
        "桜川村公告第 1 2 号\n"
        "条件付き一般競争入札の実施について\n"
        "令和 8年4月6日\n"
        "3 入札参加資格確認申請\n"
        "(1) 受付期間 令和 8年4月6日(月)から令和 8年4月1 7日(金)まで\n"
        "(2) 受付時間 午前 8 時 3 0 分から午後 4 時 4 5 分まで(土曜日及び日曜日を除く。)\n"
        "4 入札書の提出\n"
        "(1) 提出期限 令和 8年4月2 4日(金)午後 5 時(必着)\n"
    )
    found = steps(text)
    assert ("application", dt.date(2026, 4, 17), dt.time(16, 45), "datetime") in found
    assert ("submission", dt.date(2026, 4, 24), dt.time(17, 0), "datetime") in found


def test_an_answers_or_an_items_number_before_a_month_stays_apart():
    text = (
        "令和8年度 観光パンフレット作成業務 企画提案に関するよくある質問\n"
        "Q1　企画提案書の締切はいつですか。\n"
        "A1　令和8年6月12日（金）午後5時です。\n"
        "Q7　審査結果はいつ分かりますか。\n"
        "A7　7月上旬に、参加者全員へ書面で通知します。\n"
        "Q8　契約はいつですか。\n"
        "8　7月中旬に契約を締結する予定です。\n"
    )
    found = steps(text)
    assert ("result", dt.date(2026, 7, 1), None, "early_month") in found
    assert ("contract", dt.date(2026, 7, 1), None, "mid_month") in found


def test_a_qualification_notice_issued_on_an_ebidding_screen_is_a_result():
    text = (
        "調達案件概要\n"
        "公告日\t令和08年06月01日\n"
        "競争参加資格確認申請書受付締切日時\t令和08年06月08日 17時00分\n"
        "競争参加資格確認通知書発行予定日\t令和08年06月12日\n"
        "入札書受付締切日時\t令和08年06月19日 17時00分\n"
    )
    assert ("result", dt.date(2026, 6, 12), None, "date") in steps(text)


def test_a_newsletters_issue_or_a_certificates_issue_stays_out():
    text = (
        "入札公告\n"
        "公告日\t令和08年06月01日\n"
        "入札書受付締切日時\t令和08年06月19日 17時00分\n"
        "広報あおば 第250号 発行日\t令和08年06月15日\n"
        "納税証明書の発行日\t令和08年05月01日以降のもの\n"
    )
    assert [day for _, day, _, _ in steps(text)] == [dt.date(2026, 6, 1), dt.date(2026, 6, 19)]


def test_a_ruled_tables_cell_wrapped_inside_a_time_or_a_label_is_run_together():
    text = "\n".join(
        [
            "３\u3000スケジュール",
            "\u3000\u3000┌────────────┬────────────┐",
            "\u3000\u3000│項\u3000目\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│日\u3000程\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│",
            "\u3000\u3000├────────────┼────────────┤",
            "\u3000\u3000│募集要項等の配布開\u3000\u3000\u3000│令和５年５月８日（月）\u3000│",
            "\u3000\u3000│始\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│",
            "\u3000\u3000├────────────┼────────────┤",
            "\u3000\u3000│質問書の提出期限\u3000\u3000\u3000\u3000│令和５年５月１５日（月）│",
            "\u3000\u3000│\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│正午\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│",
            "\u3000\u3000├────────────┼────────────┤",
            "\u3000\u3000│企画提案書の提出期限\u3000\u3000│令和５年６月２日（金）午│",
            "\u3000\u3000│\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│後５時（必着）\u3000\u3000\u3000\u3000\u3000│",
            "\u3000\u3000└────────────┴────────────┘",
        ]
    )
    found = steps(text)
    assert ("submission", dt.date(2023, 6, 2), dt.time(17, 0), "datetime") in found
    assert ("question", dt.date(2023, 5, 15), dt.time(12, 0), "datetime") in found
    published = [m for m in extract(text).proposal.milestones if m.kind == "published"]
    assert [m.label for m in published] == ["募集要項等の配布開始"]


def test_a_ruled_tables_contract_period_with_its_label_wrapped_stays_out():
    text = "\n".join(
        [
            "３\u3000スケジュール",
            "\u3000\u3000┌────────────┬────────────┐",
            "\u3000\u3000│企画提案書の提出期限\u3000\u3000│令和５年６月２日（金）午│",
            "\u3000\u3000│\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│後５時（必着）\u3000\u3000\u3000\u3000\u3000│",
            "\u3000\u3000├────────────┼────────────┤",
            "\u3000\u3000│契約期\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│令和５年７月１日から令和│",
            "\u3000\u3000│間\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000│６年３月３１日まで\u3000\u3000\u3000│",
            "\u3000\u3000└────────────┴────────────┘",
        ]
    )
    assert steps(text) == [("submission", dt.date(2023, 6, 2), dt.time(17, 0), "datetime")]


def test_pdftotext_rows_apart_by_blank_lines_keep_a_wrapped_label_and_a_time_past_the_page():
    text = "\n".join(
        [
            "                                                                   青葉台町公告第51号",
            "",
            "                         公用車賃貸借に係る一般競争入札公告",
            "",
            "3   日程",
            "        入札手続の日程は、次のとおりとする。",
            "",
            "        項目                   日時・期間                           方法",
            "",
            "        入札説明書の交付       令和8年5月11日（月）から             町ホームページ",
            "",
            "        入札参加資格確認       令和8年5月22日（金）までに通知       電子メール",
            "        結果の通知",
            "",
            "        仕様等に関する質       令和8年5月25日（月）正午まで         電子メール",
            "        問",
            "",
            "        入札書の提出           令和8年6月3日（水）                  郵便入札（一般書留に",
            "",
            "",
            "",
            "                                          - 2 -",
            "",
            "                                                                   青葉台町公告第51号",
            "",
            "",
            "        項目                   日時・期間                           方法",
            "",
            "                               午後5時まで（必着）                  限る。）",
            "",
            "        開札                   令和8年6月4日（木）午前10時         役場2階 会議室",
            "",
            "4   その他",
        ]
    )
    found = steps(text)
    assert ("result", dt.date(2026, 5, 22), None, "date") in found
    assert ("application", dt.date(2026, 5, 22), None, "date") not in found
    assert ("submission", dt.date(2026, 6, 3), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2026, 6, 4), dt.time(10, 0), "datetime") in found


def test_pdftotext_rows_a_contract_period_and_the_next_pages_own_row_stay_apart():
    text = "\n".join(
        [
            "        項目                   日時・期間                           備考",
            "",
            "        質問の受付期限         令和8年7月6日（月）午後5時まで       電子メール",
            "",
            "        契約                   令和8年9月1日から令和13年8月31日まで 60か月",
            "        期間",
            "",
            "        入札書の提出           令和8年7月21日（火）                 郵便入札",
            "",
            "",
            "",
            "                                          - 3 -",
            "",
            "                                                                   青葉台町公告第62号",
            "",
            "",
            "        項目                   日時・期間                           備考",
            "",
            "        開札                   令和8年7月22日（水）午前10時         役場2階 会議室",
        ]
    )
    assert steps(text) == [
        ("question", dt.date(2026, 7, 6), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2026, 7, 21), None, "date"),
        ("other", dt.date(2026, 7, 22), dt.time(10, 0), "datetime"),
    ]
