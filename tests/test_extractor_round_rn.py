"""Calls in rare layouts and forms (round rn): each test a few lines written for its class."""

from tenders.extractor.normalize import inline_ruby_dropped
from tests.extractor_found import found

# --- a page's furigana copied inline ---------------------------------------------------------------------


def test_inline_readings_of_a_dates_words_are_read_as_the_date():
    text = (
        "■ 日程にってい\n"
        "申込もうしこみの しめきり\n"
        "　2027年ねん6月がつ18日にち（金曜日きんようび）午後ごご5時じまで\n"
        "面接めんせつ\n"
        "　2027年ねん7月がつ8日ようか（木曜日もくようび）午前ごぜん10時じ30分ぷんから\n"
        "結果けっかの お知しらせ\n"
        "　2027年ねん7月がつ中旬ちゅうじゅん\n"
    )
    assert found(text) == [
        ("application", "2027-06-18", "17:00", "datetime"),
        ("hearing", "2027-07-08", "10:30", "datetime"),
        ("result", "2027-07-01", None, "mid_month"),
    ]


def test_kana_after_a_day_that_is_no_reading_stays():
    # 「5日か6日」 (the 5th or the 6th), 「1日から」: a particle after the day, no reading of it; a reading only after digits
    assert inline_ruby_dropped("6月5日か6日に実施") == "6月5日か6日に実施"
    assert inline_ruby_dropped("令和9年6月1日から") == "令和9年6月1日から"
    assert inline_ruby_dropped("日にちを決める") == "日にちを決める"
    assert inline_ruby_dropped("6月がつ1日ついたちから") == "6月1日から"


# --- a heading of the questions' taking in and their answers ---------------------------------------------


def test_the_taking_in_item_under_questions_and_answers_is_the_questions():
    text = (
        "5　質問の受付と回答\n"
        "受付期間：令和9年5月10日（月）から5月21日（金）午後5時まで\n"
        "提出方法：質問書を電子メールで提出してください。\n"
        "回答：令和9年5月28日（金）までにホームページに掲載します。\n"
    )
    assert found(text) == [
        ("question", "2027-05-21", "17:00", "datetime"),
        ("answer", "2027-05-28", None, "date"),
    ]


# --- a ditto mark with a remark ---------------------------------------------------------------------------


def test_a_ditto_with_a_remark_repeats_the_whole_cell_above():
    text = (
        "No.\t書類名\t提出期限\n"
        "1\t参加申込書\t令和9年6月4日（金）17時\n"
        "2\t企画提案書\t令和9年6月25日（金）正午\n"
        "3\t参加辞退届\t〃（辞退する場合のみ）\n"
    )
    result = found(text)
    assert ("other", "2027-06-25", "12:00", "datetime") in result
    assert not any(day == "2027-06-25" and time is None for _, day, time, _ in result)
