"""A text copied onto one line (round rp): what the reading as written relies on put back, so that restated, unchanged
or past dates stay out as they do as written. Each test a few lines written for its class, run onto one line."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

FILLER = (
    "なお、本書に記載のない事項は、当初の実施要領及び仕様書のとおりとし、参加予定者は内容を確認の上で手続を進めてください。" * 3
)


def lines_of(text: str) -> list[str]:
    """The lines the one-line text is cut back into (two paragraphs more after it: a page's length, cut at all)."""
    result = relined(one_line(f"{text}{FILLER}\n\n{FILLER}\n"))
    assert result is not None
    return [line.strip() for line in result[0].split("\n")]


# --- the head's own date ----------------------------------------------------------------------------------------


def test_a_letters_date_set_right_is_a_line_of_its_own_over_its_addressees():
    text = (
        "                                                              2029年4月16日\n"
        "入札参加予定者 各位\n"
        "                                                    国立大学法人青葉台大学\n"
        "\n"
        "      「青葉台大学実験機器一式」に係る一般競争入札の日程変更について\n"
        "\n"
        f"  下記のとおり日程を変更します。{FILLER}\n"
    )
    lines = lines_of(text)
    assert "2029年4月16日" in lines
    assert "入札参加予定者 各位" not in lines[0]


def test_a_sheets_date_under_its_heading_is_a_line_of_its_own_over_its_office():
    text = (
        "雲雀野市観光案内業務に係る企画提案競技\n"
        "質問回答書\n"
        "\n"
        "令和11年5月21日\n"
        "雲雀野市商工観光部観光課\n"
        "\n"
        f"質問に対し、次のとおり回答します。{FILLER}\n"
    )
    lines = lines_of(text)
    assert "令和11年5月21日" in lines
    assert lines[0].endswith("質問回答書")
    assert lines[lines.index("令和11年5月21日") + 1].startswith("雲雀野市商工観光部観光課")


def test_a_date_opening_a_sentence_or_before_a_step_stays_on_its_line():
    # (a date a sentence goes on from, or a step's name after it, is no head's own date)
    text = f"令和11年5月21日 公告の件について、次のとおりお知らせします。{FILLER}\n{FILLER}\n"
    assert not any(line == "令和11年5月21日" for line in lines_of(text))
    text = f"お知らせ\n\n令和11年5月21日 入札説明会の開催\n{FILLER}\n{FILLER}\n"
    assert not any(line == "令和11年5月21日" for line in lines_of(text))


# --- a spaced table's head whose names are spread letter by letter ---------------------------------------------


def test_a_spaced_tables_head_of_names_spread_letter_by_letter_is_a_line_of_its_own():
    text = (
        f"  {FILLER}\n"
        "\n"
        "１ 市道若葉線舗装補修工事（工事番号 若土第11－031号）\n"
        "  項  目                  当  初                     延期後\n"
        "  質問の受付期限          令和11年6月4日（火）       令和11年6月18日（火）\n"
        "                          午後5時                    午後5時\n"
        "  質問に対する回答        令和11年6月7日（金）       令和11年6月21日（金）\n"
        "  開札日時                令和11年6月12日（水）      令和11年6月26日（水）\n"
        "                          午前10時                   午前10時\n"
        "\n"
        f"  {FILLER}\n"
    )
    lines = lines_of(text)
    assert "１ 市道若葉線舗装補修工事（工事番号 若土第11－031号）" in lines
    assert any(line.startswith("項  目") for line in lines)
    # the first versions' dates stay out, the postponed ones are found
    days = [day for _, day, _, _ in found(one_line(text))]
    assert "2029-06-18" in days and "2029-06-26" in days
    assert "2029-06-04" not in days and "2029-06-12" not in days


# --- a comparison table's two versions side by side, a gap of a few spaces between ------------------------------


def test_side_by_side_versions_parted_by_a_gap_are_read_line_by_line():
    text = (
        f"{FILLER}\n"
        "別紙 新旧対照表\n"
        "改正後    改正前\n"
        "5 スケジュール    5 スケジュール\n"
        "(1) 質問書の提出期限    (1) 質問書の提出期限\n"
        "令和11年7月2日(月)午後5時    令和11年7月2日(月)午後5時\n"
        "(2) 企画提案書の提出期限    (2) 企画提案書の提出期限\n"
        "令和11年7月20日(金)正午    令和11年7月13日(金)正午\n"
        "(3) プレゼンテーション審査    (3) プレゼンテーション審査\n"
        "令和11年8月1日(水)    令和11年7月25日(水)\n"
        "(4) 契約締結    (4) 契約締結\n"
        "令和11年8月下旬(予定)    令和11年8月下旬(予定)\n"
    )
    lines = lines_of(text)
    assert "改正後    改正前" in lines
    assert "(2) 企画提案書の提出期限    (2) 企画提案書の提出期限" in lines
    assert "令和11年7月20日(金)正午    令和11年7月13日(金)正午" in lines
    days = [day for _, day, _, _ in found(one_line(text))]
    assert "2029-07-20" in days and "2029-08-01" in days
    assert "2029-07-13" not in days and "2029-07-25" not in days


def test_a_gap_between_different_words_makes_no_pairs():
    # (no head of two versions, or too few cells the same on both sides: the text is cut as before)
    text = f"{FILLER}\n項目    内容\n(1) 提出期限    (1) 提出期限\n令和11年7月2日(月)    令和11年7月9日(月)\n{FILLER}\n"
    assert "(1) 提出期限    (1) 提出期限" not in lines_of(text)
