"""Notices of the formal channels (公報, 官報, 告示, 議会だより) and dates in kanji numerals written digit by digit
(round v): each test a few lines written for its class."""

from tenders.extractor.kanji import kanji_dates
from tests.extractor_found import found

# --- kanji numerals written digit by digit (〇 for zero) ---------------------------------------------------


def test_digit_by_digit_kanji_numerals_read_like_positional_ones():
    assert kanji_dates("令和一〇年一二月二八日（木）午後四時四五分") == "令和10年12月28日（木）午後4時45分"
    assert kanji_dates("令和八年十月三十日") == kanji_dates("令和八年一〇月三〇日") == "令和8年10月30日"
    assert kanji_dates("同月一九日から二一日まで") == "同月19日から21日まで"
    # a leading 〇 right after a unit (minutes, a padded month or day); a bullet 〇 stays
    assert kanji_dates("午前一〇時〇五分") == "午前10時5分"
    assert kanji_dates("令和九年〇九月〇一日") == "令和9年9月1日"
    assert kanji_dates("〇十月上旬 審査") == "〇10月上旬 審査"
    text = "二、提出期限\n　　令和一一年一〇月二日（火）午前一一時三〇分までに持参すること。\n"
    assert found(text) == [("submission", "2029-10-02", "11:30", "datetime")]


def test_digit_by_digit_numbers_out_of_a_date_stay():
    for text in ("二三日中に", "延長一二・五キロ", "毎月一五日", "第一二条"):
        assert kanji_dates(text) == text
    assert kanji_dates("令和九年一月三二日") == "令和9年1月三二日"  # no 32nd day


def test_how_long_a_contract_may_be_renewed_is_no_step():
    text = (
        "(5) 契約締結 令和8年6月上旬(予定)\n"
        "(6) 本契約は、翌年度以降も随意契約により更新することがある(最長令和11年3月31日まで)。\n"
    )
    assert found(text) == [("contract", "2026-06-01", None, "early_month")]


# --- the steps of a 官報 goods notice ----------------------------------------------------------------------


def test_the_proof_papers_of_a_goods_tender_are_its_application():
    text = (
        "３　入札書の提出場所等\n"
        "　⑶　証明書類の提出期限　令和十年九月三日十七時〇〇分\n"
        "　⑷　入札書の受領期限　令和十年九月十七日十七時〇〇分\n"
    )
    assert found(text) == [
        ("application", "2028-09-03", "17:00", "datetime"),
        ("submission", "2028-09-17", "17:00", "datetime"),
    ]
    text = "(7) Time-limit for the submission of the documents proving the technical requirements: 5:00 P.M. 3 September, 2028\n"
    assert found(text) == [("application", "2028-09-03", "17:00", "datetime")]


# --- several notices on one page of a 公報 ------------------------------------------------------------------


def test_a_new_notice_number_closes_the_outline_of_the_notice_before():
    text = (
        "青柳町告示第8号\n"
        "1　改定後の使用料　1時間につき500円\n"
        "2　適用日　令和10年4月1日から\n"
        "\n"
        "青柳町公告第2号\n"
        "第1　入札に付する事項\n"
        "　1　件名　庁舎清掃業務委託\n"
        "\n"
        "第3　入札参加資格確認申請\n"
        "　1　提出期間　令和10年2月5日（月）から令和10年2月9日（金）まで（各日9時から17時まで）\n"
    )
    assert found(text)[-1] == ("application", "2028-02-09", "17:00", "datetime")


def test_a_notice_of_a_page_that_names_no_call_gives_no_step():
    text = (
        "若松市告示第21号\n"
        "　次のとおり町名の変更を実施する。\n"
        "1　変更区域　若松市大字東原の一部\n"
        "2　実施期日　令和10年5月10日（水）\n"
        "\n"
        "若松市告示第22号\n"
        "　若松市民体育館の指定管理者を次のとおり募集する。\n"
        "1　申請書類の提出期限　令和10年5月19日（金）午後5時\n"
        "2　選定結果の通知　令和10年7月上旬\n"
    )
    assert [kind for kind, *_ in found(text)] == ["submission", "result"]


def test_the_councils_schedule_and_reports_of_a_newsletter_are_no_steps():
    text = (
        "────────────\n"
        "■お知らせ\n"
        "────────────\n"
        "　議会中継業務の委託事業者を募集しています。\n"
        "　・参加申込　令和10年6月9日（金）午後5時まで\n"
        "────────────\n"
        "■委員会の活動\n"
        "────────────\n"
        "　文教委員会（5月12日（金））\n"
        "　　町営プール（7月1日から8月31日まで開場）の現地調査を行いました。\n"
        "────────────\n"
        "■議会の日程\n"
        "────────────\n"
        "　・全員協議会　6月14日（水）午前10時\n"
        "　・第2回定例会　6月20日（火）開会予定\n"
    )
    assert found(text) == [("application", "2028-06-09", "17:00", "datetime")]
    # a committee meeting named in any notice
    text = "・総務常任委員会　令和10年6月2日（金）午前10時\n・提案書の提出期限　令和10年6月16日（金）正午\n"
    assert [kind for kind, *_ in found(text)] == ["submission"]


def test_a_council_room_is_no_council_meeting():
    text = (
        "３　仕様説明会\n"
        "　　期　日　令和８年１１月１０日（火曜日）午後２時\n"
        "　　場　所　市役所６階　全員協議会室\n"
        "　　申　込　出席を希望する者は、次の期限までに電子メールで申し込むこと。\n"
        "　　　　　　期　日　令和８年１１月６日（金曜日）正午まで\n"
    )
    assert sorted(found(text)) == [("other", "2026-11-06", "12:00", "datetime"), ("other", "2026-11-10", "14:00", "datetime")]


def test_a_received_stamp_under_the_notice_number_is_no_step():
    text = (
        "青柳町告示第 9 号\n"
        "                                        (受付) R10. 3. 2\n"
        "青柳町観光パンフレット作成業務の企画提案の募集について\n"
        "1 企画提案書の提出期限 令和10年3月23日(木) 午後5時\n"
    )
    assert found(text) == [("submission", "2028-03-23", "17:00", "datetime")]


def test_an_outline_item_numbered_digit_by_digit_heads_its_dates():
    text = (
        "九、質問の受付\n"
        "　イ　期限　令和九年一〇月二〇日（水）正午\n"
        "一〇、参加の申込み\n"
        "　イ　方法　持参\n"
        "　ロ　期限　令和九年一〇月二九日（金）午後五時\n"
        "一一、提案書の提出\n"
        "　イ　期限　令和九年一一月一九日（金）午後五時\n"
    )
    assert [kind for kind, *_ in found(text)] == ["question", "application", "submission"]
