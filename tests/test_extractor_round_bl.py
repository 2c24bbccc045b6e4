"""A bid team's week as pasted (round bl): forwarded and quoted mails, a page that extends a deadline with the
struck-through date left beside the new one, a PDF wrapped at one width or with a running header; each test a few
lines written for its class."""

from tests.extractor_found import found

# --- the year of a schedule written without one ------------------------------------------------------------


def test_a_written_weekday_outweighs_a_year_mentioned_in_prose_above_the_schedule():
    # (5月15日(月) is a Monday in 2017 and in 2028: the requirement's 平成30年 is no year of the schedule)
    text = (
        "更新日：2028年5月8日\n"
        "白鷺町 観光案内アプリ構築業務委託 公募型プロポーザル\n"
        "■参加資格\n"
        "・平成30年4月1日以降に、同種アプリの構築実績を有すること\n"
        "■スケジュール\n"
        "・質問の受付　5月15日(月)正午まで\n"
        "・企画提案書の提出　6月2日(金)17時まで\n"
        "・プレゼンテーション審査　6月中旬(予定)\n"
    )
    assert found(text) == [
        ("question", "2028-05-15", "12:00", "datetime"),
        ("submission", "2028-06-02", "17:00", "datetime"),
        ("hearing", "2028-06-01", None, "mid_month"),
    ]


# --- the call's own publication told in a sentence ---------------------------------------------------------


def test_a_notice_that_says_it_published_the_call_on_a_day_dates_the_publication():
    text = (
        "白鷺町では、令和10年5月8日（月）付けで、下記の一般競争入札を公告しました。\n"
        "■入札日程\n"
        "・入札参加申請　5月19日（金）午後5時まで\n"
        "・開札　5月30日（火）午前10時\n"
    )
    assert found(text) == [
        ("published", "2028-05-08", None, "date"),
        ("application", "2028-05-19", "17:00", "datetime"),
        ("other", "2028-05-30", "10:00", "datetime"),
    ]


def test_the_day_an_earlier_call_was_published_named_before_it_is_no_step():
    text = (
        "令和10年4月10日付けで公告しました「白鷺町庁舎清掃業務委託」について、質問への回答を掲載します。\n"
        "入札書の提出期限　令和10年4月24日（月）午後5時\n"
    )
    assert found(text) == [("submission", "2028-04-24", "17:00", "datetime")]


def test_a_call_opened_today_from_a_day_in_a_quoted_mail_dates_the_publication():
    text = (
        "> 白鷺県から案内が来ました。\n"
        ">\n"
        ">> 事業者各位\n"
        ">> 本日、令和10年5月8日（月）から、下記の企画提案の募集を開始しました。\n"
        ">> 1　スケジュール\n"
        ">> 　(1) 質問の受付期限　令和10年5月15日（月）午後5時\n"
        ">> 　(2) 企画提案書の提出期限　令和10年5月26日（金）午後5時\n"
    )
    assert found(text) == [
        ("published", "2028-05-08", None, "date"),
        ("question", "2028-05-15", "17:00", "datetime"),
        ("submission", "2028-05-26", "17:00", "datetime"),
    ]


# --- a deadline extended: the old date left beside the new one ---------------------------------------------


def test_the_struck_through_date_beside_its_new_one_and_the_second_step_of_the_notice_sentence():
    text = (
        "【重要】提案書の提出期限を延長します\n"
        "仕様書を修正したことに伴い、提案書の提出期限を令和10年6月16日（金）正午まで延長します。"
        "あわせて、ヒアリングを令和10年7月上旬に変更します。\n"
        "日程\n"
        "項目\t日程\n"
        "公告\t令和10年5月8日（月）\n"
        "提案書の提出期限\t令和10年6月9日（金）正午 令和10年6月16日（金）正午（変更）\n"
        "ヒアリング\t令和10年6月下旬 令和10年7月上旬（変更）\n"
        "審査結果の通知\t令和10年7月中旬\n"
        "※取消線は変更前の日程です。\n"
    )
    assert found(text) == [
        ("published", "2028-05-08", None, "date"),
        ("submission", "2028-06-16", "12:00", "datetime"),
        ("hearing", "2028-07-01", None, "early_month"),
        ("result", "2028-07-01", None, "mid_month"),
    ]


# --- a PDF's sections: which heading an item's window stands under ------------------------------------------


def test_a_section_heading_after_a_line_wrapped_at_the_width_starts_its_own_section():
    lines = [  # wrapped at 30 characters; the line before 「８　申請書類の受付」 fills the width with its 「。」
        "７　質問の受付及び回答",
        "（１）受付期間　令和１０年６月１日（木）から令和１０年６月８",
        "日（木）午後５時まで",
        "（２）回答日　令和１０年６月１５日（木）",
        "（３）提出方法　質問書（様式第５号）を電子メールで提出してく",
        "ださい。電話、ファクス、来庁による質問は一切受け付けません。",
        "８　申請書類の受付",
        "（１）受付期間　令和１０年７月３日（月）から令和１０年７月１",
        "４日（金）まで（土曜日及び日曜日を除く。）",
        "（２）受付時間　午前９時から午後５時まで",
        "（３）提出方法　持参により提出してください。郵送による提出は",
        "受け付けません。",
    ]
    assert found("\n".join(lines) + "\n") == [
        ("question", "2028-06-08", "17:00", "datetime"),
        ("answer", "2028-06-15", None, "date"),
        ("submission", "2028-07-14", "17:00", "datetime"),
    ]


def test_the_notice_number_repeated_atop_each_page_keeps_the_sections_open():
    text = (
        "白鷺町公告第45号\n"
        "条件付一般競争入札公告\n"
        "1 入札に付する事項\n"
        "(1)業務名 白鷺町庁舎清掃業務委託\n"
        "(2)履行場所 白鷺町役場本庁舎\n"
        "                              - 1 -\n"
        "白鷺町公告第45号\n"
        "(3)予定価格 事後公表\n"
        "2 入札参加資格確認申請\n"
        "(1)提出書類 入札参加資格確認申請書(様式第1号)\n"
        "(2)提出期間 令和10年5月8日(月)から令和10年5月19日(金)まで\n"
        "3 入札書の提出\n"
        "(1)提出期間 令和10年5月29日(月)午前9時から午後5時まで\n"
    )
    assert found(text) == [
        ("application", "2028-05-19", None, "date"),
        ("submission", "2028-05-29", "17:00", "datetime"),
    ]
