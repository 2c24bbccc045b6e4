"""Rare layouts (round pm): each test a few invented lines written in the form taught."""

from tests.extractor_found import found, one_line

# --- a newsletter's short key over a wrapped sentence that holds the event --------------------------------------


def test_a_short_key_over_a_wrapped_sentence_holding_a_hearing_is_the_hearing():
    text = (
        "令和8年度　公民館の指定管理者募集\n"
        "◇応募の受付　令和8年6月10日（木）まで\n"
        "◇選定　7月中旬に公民館指定管理者選定委\n"
        "員会による面接審査を実施しま\n"
        "す。結果は8月上旬にお知らせします。\n"
    )
    expected = [
        ("submission", "2026-06-10", None, "date"),
        ("hearing", "2026-07-01", None, "mid_month"),
        ("result", "2026-08-01", None, "early_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a web post's category over the day it was posted ----------------------------------------------------------


def test_a_posts_category_over_its_dotted_day_is_no_bid_or_contract():
    text = (
        "HOME > お知らせ > 入札・契約情報\n"
        "入札・契約\n"
        "2026.08.03\n"
        "市民ギャラリー企画展運営業務の企画提案募集について\n"
        "スケジュール\n"
        "企画提案書の提出期限　2026年8月28日（金）17時\n"
        "契約締結　2026年9月下旬（予定）\n"
    )
    expected = [
        ("submission", "2026-08-28", "17:00", "datetime"),
        ("contract", "2026-09-01", None, "late_month"),
    ]
    assert [m for m in found(text) if m[0] in ("submission", "contract")] == expected
    assert [m for m in found(one_line(text)) if m[0] in ("submission", "contract")] == expected


# --- a building shut for a window, told in an answer -----------------------------------------------------------


def test_a_window_a_hall_is_shut_is_no_step():
    text = (
        "令和8年度　市民劇場舞台運営業務委託　企画提案の募集\n"
        "企画提案書の提出期限　2026年7月10日（金）17時\n"
        "よくあるご質問\n"
        "Q. 劇場を事前に見られますか？\n"
        "A. 劇場は照明改修のため2026.07.20～08.10の間休館します。それ以前の平日にご相談ください。\n"
    )
    expected = [("submission", "2026-07-10", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
