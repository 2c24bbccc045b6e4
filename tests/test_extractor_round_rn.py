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


# --- a team's checklist in markdown -----------------------------------------------------------------------


def test_headings_deeper_than_the_teams_heading_keep_its_tasks():
    text = (
        "## 発注者スケジュール\n"
        "\n"
        "| 手続 | 日時 |\n"
        "|---|---|\n"
        "| 企画提案書 提出 | 2027/6/18（金）正午 |\n"
        "\n"
        "## 社内タスク\n"
        "\n"
        "### 提案書\n"
        "- [ ] 構成案レビュー 6/1（火）\n"
        "- [ ] 見積書 決裁 〜6/14（月）\n"
        "\n"
        "### プレゼン\n"
        "- [ ] リハーサル 6/28（月）16:00〜\n"
        "\n"
        "## 競合メモ\n"
        "- 前回は地元企業が受託。\n"
    )
    assert found(text) == [("submission", "2027-06-18", "12:00", "datetime")]


def test_a_deeper_heading_outside_a_teams_part_opens_no_team_part():
    text = "## 日程\n\n### 提案書\n- 企画提案書の提出期限 2027年6月18日（金）正午\n"
    assert found(text) == [("submission", "2027-06-18", "12:00", "datetime")]


# --- a left arrow alone in a cell -------------------------------------------------------------------------


def test_a_left_arrow_cell_repeats_the_date_on_its_left():
    text = (
        "# 〇〇市 観光アプリ構築業務 提出準備\n"
        "> 下の発注者スケジュールは変更公告を反映済み（← = 変更なし）。\n"
        "\n"
        "## 発注者スケジュール\n"
        "\n"
        "| 手続 | 当初 | 現在 |\n"
        "|---|---|---|\n"
        "| 質問受付 | 2027/5/10（月）17:00 | ← |\n"
        "| 企画提案書 提出 | 2027/6/4（金）正午 | 2027/6/18（金）正午 |\n"
    )
    assert found(text) == [
        ("question", "2027-05-10", "17:00", "datetime"),
        ("submission", "2027-06-18", "12:00", "datetime"),
    ]


# --- a fax's line atop each page --------------------------------------------------------------------------


def test_the_line_a_fax_prints_atop_a_page_gives_no_time():
    text = (
        "令和９年６月５日\n"
        "指名通知書\n"
        "９　入札保証金　免除\n"
        "１０　指名業者数　　６者（指名業者名は開札後に公表します。）\n"
        "\n"
        "2027/06/05 09:42　　　0000000000　　　　〇〇町役場　総務課　　　　#0211 P.002/003\n"
        "\n"
        "１１　入札日程\n"
        "　入札及び開札　　令和９年６月２３日（水）午前１０時　役場３階\n"
    )
    result = found(text)
    assert ("other", "2027-06-23", "10:00", "datetime") in result
    assert not any(day == "2027-06-05" for _, day, _, _ in result)


# --- a letter on another matter that tells, in one of its items, the schedule's change -------------------


def test_a_letters_item_of_the_schedules_change_gives_only_its_marked_rows():
    text = (
        "指名通知書\n"
        "令和９年６月３日\n"
        "　次の工事の指名競争入札に指名したので通知します。なお、入札日程を変更しましたので、あわせて通知します。\n"
        "１　工事名　　市道改良工事\n"
        "２　公告日　　令和９年５月１０日\n"
        "３　入札日程の変更\n"
        "手続\t日時\t区分\n"
        "質問の受付期限\t令和９年５月２０日（木）午後５時\t－（受付終了）\n"
        "追加質問の受付期限\t令和９年６月１０日（木）午後５時\t新設\n"
        "開札日時\t令和９年６月２１日（月）午前１０時\t変更\n"
        "４　その他\n"
        "　工期は、令和１０年３月１５日（水）までとします。\n"
    )
    assert found(text) == [
        ("question", "2027-06-10", "17:00", "datetime"),
        ("other", "2027-06-21", "10:00", "datetime"),
    ]


def test_a_numbered_item_of_a_schedules_change_without_marked_rows_is_no_change():
    text = (
        "１　公告日　　令和９年５月１０日\n"
        "２　入札日程の変更\n"
        "　やむを得ない事情により日程を変更する場合は、ホームページでお知らせします。\n"
        "３　日程\n"
        "手続\t日時\n"
        "質問の受付期限\t令和９年５月２０日（木）午後５時\n"
        "開札日時\t令和９年６月２１日（月）午前１０時\n"
    )
    days = [day for _, day, _, _ in found(text)]
    assert "2027-05-10" in days and "2027-05-20" in days and "2027-06-21" in days
