"""Notices of the formal channels (公報, 官報, 告示, 議会だより) and dates in kanji numerals written digit by digit
(round v): each test a few lines written for its class."""

from tenders.extractor.kanji import kanji_dates
from tests.extractor_found import found

# --- kanji numerals written digit by digit (〇 for zero) ---------------------------------------------------


def test_digit_by_digit_kanji_numerals_read_like_positional_ones():
    assert kanji_dates("令和一〇年一二月二八日（木）午後四時四五分") == "令和10年12月28日（木）午後4時45分"
    assert kanji_dates("令和八年十月三十日") == kanji_dates("令和八年一〇月三〇日") == "令和8年10月30日"
    assert kanji_dates("同月一九日から二一日まで") == "同月19日から21日まで"
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
