"""Change notices in forms met in round pd: a browser print's page break between a change's arrow and its new value."""

import datetime as dt

from tests.extractor_found import steps

PRINT_HEAD = "2027/04/12 16:41 庁舎清掃業務委託プロポーザルの日程変更について｜葉月町\n"
PRINT_FOOT = "https://www.town.hazuki.example.jp/keiyaku/henko.html {page}/3\n"


def test_a_page_break_between_a_changes_arrow_and_its_new_value_is_passed_over():
    text = (
        PRINT_HEAD
        + "庁舎清掃業務委託プロポーザルの日程変更について\n"
        + "葉月町庁舎清掃業務委託に係る公募型プロポーザルについて、次のとおり日程を変更します。\n"
        + "（変更前 → 変更後）\n"
        + "質問の受付期限\n"
        + "2027/4/20（火）17:00 → 2027/4/27（火）17:00\n"
        + "企画提案書の提出期限\n"
        + "2027/5/14（金）17:00 →\n"
        + PRINT_FOOT.format(page=1)
        + PRINT_HEAD
        + "2027/5/21（金）17:00\n"
        + "プレゼンテーション審査\n"
        + "2027/5/28（金） → 2027/6/4（金）\n"
        + "お問い合わせ 総務課 契約係\n"
        + "電話 000-0000-0000\n"
        + PRINT_FOOT.format(page=2)
        + PRINT_HEAD
        + "このページの情報は役に立ちましたか？\n"
        + PRINT_FOOT.format(page=3)
    )
    expected = [
        ("question", dt.date(2027, 4, 27), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 21), dt.time(17, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 4), None, "date"),
    ]
    assert steps(text) == expected  # (not the old 5月14日, nor 5月21日 left without its step)
