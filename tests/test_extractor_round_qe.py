"""Calls of issuers and procurement types met less often (round qe): a public-auction listing's bidding window, a
listing site's links to its other properties, a 公報 whose running head cuts a time and whose other notices are no
call's, a forwarded call whose schedule wraps its steps' names under a hanging indent. Each test a few lines written
for its class."""

from tests.extractor_found import found

# --- a sale's bidding window ----------------------------------------------------------------------------------------


def test_a_bidding_window_is_the_bids_hand_in_recorded_at_its_end():
    text = (
        "■ 日程\n"
        "参加申込期間　2027年5月10日（月）9時00分 ～ 2027年5月21日（金）17時00分\n"
        "入札期間　　　2027年6月1日（火）10時00分 ～ 2027年6月8日（火）15時00分\n"
        "開札日　　　　2027年6月9日（水）\n"
    )
    assert found(text) == [
        ("application", "2027-05-21", "17:00", "datetime"),
        ("submission", "2027-06-08", "15:00", "datetime"),
        ("other", "2027-06-09", None, "date"),
    ]


def test_the_days_between_two_windows_are_no_step():
    text = (
        "■ 日程\n"
        "参加申込期間　2027年5月10日（月）9時00分 ～ 2027年5月21日（金）17時00分\n"
        "入札の期間　　2027年6月1日（火）10時00分 ～ 2027年6月8日（火）15時00分\n"
        "※ 申込期限と入札の期間の間（2027年5月22日～5月31日）は、入札書を受け付けません。\n"
    )
    assert found(text) == [
        ("application", "2027-05-21", "17:00", "datetime"),
        ("submission", "2027-06-08", "15:00", "datetime"),
    ]


# --- a listing site's links to its other properties ----------------------------------------------------------------


def test_a_listing_sites_other_properties_give_no_steps():
    text = (
        "【募集中】 旧桜台保育園（若葉市）\n"
        "募集スケジュール\n"
        "2027/4/12（月）　募集要項の公表\n"
        "2027/5/28（金）17:00　提案書の提出期限\n"
        "\n"
        "■ 同じ市の募集中物件\n"
        "・旧東分庁舎（若葉市）　募集期間 2027/3/1～2027/6/15\n"
        "・旧南公民館（若葉市）　募集期間 2027/5/10～2027/8/20\n"
    )
    assert found(text) == [
        ("published", "2027-04-12", None, "date"),
        ("submission", "2027-05-28", "17:00", "datetime"),
    ]
