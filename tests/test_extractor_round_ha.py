"""A notice read in one line (round ha): where its line breaks stood, told again from the words."""

from tenders.extractor.relining import cut_points
from tests.extractor_found import found, one_line


def test_an_english_section_may_open_on_a_one_letter_word():
    line = (
        "5. SITE VISIT 5.1 A site visit will be held at the depot. 5.2 Bidders must register by e-mail. "
        "6. BID OPENING Bids will be opened in public."
    )
    assert [line[at:].split()[0] for at in cut_points(line)] == ["5.1", "5.2", "6."]


def test_an_english_subsection_opening_on_a_one_letter_word_keeps_the_next_one_apart():
    # (「1.2 A …」 taken for no section: 「1.3 Requests for clarification …」 ran on after it, its dates read as others)
    text = (
        "WEST BAY PORT AUTHORITY\n"
        "INVITATION TO TENDER\n"
        "Maintenance Dredging of the Inner Basin\n\n"
        "1. Tender documents and clarifications\n"
        "1.1 The tender documents, comprising the instructions, the conditions of contract, the specifications and the"
        " drawings, may be downloaded from the Authority's portal from Monday 8 June 2026.\n"
        "1.2 A non-mandatory site inspection will be held at 10:00 on Tuesday 16 June 2026, assembling at the"
        " Operations Building, Pier 3. The inspection will be made by survey launch and will end by 12:30."
        " Tenderers who wish to attend must notify the Authority by e-mail before Friday 12 June 2026.\n"
        "1.3 Requests for clarification will be accepted from 8 June 2026 until 17:00 (Japan Standard Time) on"
        " Monday 22 June 2026. They must be sent in writing by e-mail. The Authority will answer all tenderers on or"
        " before Monday 29 June 2026.\n\n"
        "2. Submission of tenders\n"
        "Tenders must be received by 12:00 on Friday 10 July 2026 at the Contracts Office.\n"
    )
    assert (
        found(one_line(text))
        == found(text)
        == [
            ("published", "2026-06-08", None, "date"),
            ("submission", "2026-06-12", None, "date"),
            ("other", "2026-06-16", "10:00", "datetime"),
            ("question", "2026-06-22", "17:00", "datetime"),
            ("answer", "2026-06-29", None, "date"),
            ("submission", "2026-07-10", "12:00", "datetime"),
        ]
    )


def test_a_pages_news_read_in_one_line_keeps_each_entry_with_its_own_date():
    # (each entry a full date, a full-width space and its words: in one line, an entry ran on after the one before and
    # took the next entry's date)
    text = (
        "白浜市ホームページ\n"
        "ホーム ＞ 事業者の方へ ＞ 入札・契約 ＞ 公募型プロポーザル\n"
        "白浜市観光パンフレット制作業務委託に係る公募型プロポーザルの実施について\n"
        "ページ番号 2031\n\n"
        "お知らせ（新着順）\n"
        "2027年5月14日\u3000【重要】企画提案書の提出期限を変更しました\n"
        "2027年5月12日\u3000質問への回答を掲載しました\n"
        "2027年5月10日\u3000参加資格の確認結果を電子メールで通知しました\n"
        "2027年4月26日\u3000本ページを公開しました\n\n"
        "1 業務名\n"
        "白浜市観光パンフレット制作業務委託\n"
        "本業務は、本市を訪れる観光客に向けて、市内の観光資源、飲食店、宿泊施設及び交通手段を分かりやすく紹介する"
        "パンフレットを制作し、観光案内所、駅及び宿泊施設で配布するものである。\n\n"
        "2 日程\n"
        "・質問の受付期限 2027年5月6日（木）午後5時\n"
        "・参加申込書の提出期限 2027年5月20日（木）午後5時\n"
        "・企画提案書の提出期限 2027年6月4日（金）午後5時\n\n"
        "3 担当\n"
        "白浜市 観光商工課 観光振興係 電話 000-000-0000 受付時間 午前8時30分から午後5時15分まで\n"
    )
    for step in [("published", "2027-04-26", None, "date"), ("result", "2027-05-10", None, "date")]:
        assert step in found(text)
        assert step in found(one_line(text))
