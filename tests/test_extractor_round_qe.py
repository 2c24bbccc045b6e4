"""Calls of issuers and procurement types met less often (round qe): a public-auction listing's bidding window, a
listing site's links to its other properties, a 公報 whose running head cuts a time and whose other notices are no
call's, a forwarded call whose schedule wraps its steps' names under a hanging indent. Each test a few lines written
for its class."""

from tests.extractor_found import found, one_line

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


# --- a 公報 page ------------------------------------------------------------------------------------------------------

GAZETTE = (
    "紫　苑　県　公　報\n"
    "令和九年四月九日\n"
    "金曜日\n"
    "第三千百二号\n"
    "告　　示\n"
    "紫苑県告示第百十一号\n"
    "　土地改良法の規定により、換地計画を次のとおり定めたので告示する。\n"
    "　　　　令和九年四月九日\n"
    "　一　地区名　北原地区\n"
    "紫苑県告示第百十二号\n"
    "　鳥獣保護区を次のように指定する。\n"
    "　　　　令和九年四月九日\n"
    "公　　告\n"
    "　一般競争入札を次のとおり実施するので公告する。\n"
    "　　　　令和九年四月九日\n"
    "　一　件名　庁舎清掃業務委託\n"
    "　二　入札参加資格確認申請書の提出期限　令和九年四月二十三日（金曜日）午後五時\n"
    "　三　入札説明書に対する質問\n"
    "　１　受付期限　令和九年四月二十日（火曜日）午後\n"
    "（二）\n"
    "令和九年四月九日　金曜日　　紫　苑　県　公　報　　第三千百二号\n"
    "五時\n"
    "　２　提出方法　電子メールによる。\n"
    "　四　入札書の提出期限　令和九年五月十一日（火曜日）午前十時\n"
    "公　　告\n"
    "　大規模小売店舗立地法の規定による届出があったので、次のとおり公告する。\n"
    "　　　　令和九年四月九日\n"
    "　一　届出年月日　令和九年三月三十日\n"
    "　二　意見書の提出　地元住民等は、令和九年八月九日までに、意見書により意見を述べることができる。\n"
)


def test_a_time_the_gazettes_running_head_cuts_is_read_across_the_page_break():
    question = ("question", "2027-04-20", "17:00", "datetime")
    assert question in found(GAZETTE)
    assert question in found(one_line(GAZETTE))
    assert not any(date == "2027-04-09" and kind == "question" for kind, date, *_ in found(one_line(GAZETTE)))


def test_a_gazettes_notice_of_another_matter_gives_no_steps():
    steps = found(GAZETTE)
    assert ("other", "2027-08-09", None, "date") not in steps
    assert ("application", "2027-04-23", "17:00", "datetime") in steps
    assert ("submission", "2027-05-11", "10:00", "datetime") in steps


# --- a schedule whose steps' names wrap under a hanging indent ----------------------------------------------------


def test_a_steps_name_wrapped_under_a_hanging_indent_heads_no_row_below():
    text = (
        "令和9年度 観光案内業務 企画提案募集\n"
        "■日程\n"
        "　4/20(火) 17:00　　質問の受付締切\n"
        "　4/23(金)頃　　　　質問への回答（参加者全員に\n"
        "　　　　　　　　　　電子メールで回答）\n"
        "　5/7(金) 正午　　　企画提案書 提出締切\n"
        "　　　　　　　　　　（持参に限る）\n"
        "　5/18(火) 午後　　 プレゼンテーション\n"
    )
    assert found(text) == [
        ("question", "2027-04-20", "17:00", "datetime"),
        ("answer", "2027-04-23", None, "date"),
        ("submission", "2027-05-07", "12:00", "datetime"),
        ("hearing", "2027-05-18", None, "date"),
    ]
