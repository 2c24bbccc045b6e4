"""Everyday ways notices state dates and times around a schedule (round z): each test a few lines written for its
class."""

from tests.extractor_found import found

# --- windows and their daily hours ------------------------------------------------------------------------


def test_a_window_on_the_open_days_ends_at_its_closing_hour():
    text = (
        "(3) 申込書の受付期間\n"
        "    令和9年4月5日(月)から4月16日(金)までの開庁日の午前8時30分から午後5時まで（正午から午後1時までを除く。）\n"
    )
    assert found(text) == [("application", "2027-04-16", "17:00", "datetime")]
    text = "提出期間 2026年9月1日(火)から9月11日(金)までの営業日の10時から16時まで\n・提案書の提出\n"
    assert found(text)[-1][1:] == ("2026-09-11", "16:00", "datetime")


def test_a_step_with_its_own_hours_keeps_them_over_the_offices():
    text = (
        "日程\n"
        " ・質問の受付 ………… 令和9年5月10日（月）から同月14日（金）まで\n"
        " ・提案書の提出期限 … 令和9年6月4日（金）正午\n"
        "◆ 質問の受付\n"
        " 1 受付期間　令和9年5月10日（月）から同月14日（金）まで、各日午前10時から午後4時まで\n"
        "◆ 担当\n"
        " 受付時間 8時30分から17時15分まで（土曜日、日曜日、祝日を除く。）\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "16:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
    ]


# --- what stands below a date is not always a step of it ---------------------------------------------------


def test_a_note_or_the_next_item_below_a_date_is_no_step_of_it():
    text = (
        "(2) 提案書の提出期限\n"
        "   ア 窓口へ持参する場合\n"
        "      令和9年3月10日(水)午後5時まで\n"
        "   イ 郵便による場合\n"
        "      令和9年3月8日(月)必着\n"
        "      ※ 申込書とは違い、消印の日付ではないので注意すること。\n"
        " (3) 提出場所\n"
        "      8の担当課に同じ。\n"
    )
    assert found(text) == [
        ("submission", "2027-03-08", None, "date"),
        ("submission", "2027-03-10", "17:00", "datetime"),
    ]


def test_a_way_of_handing_in_takes_the_step_of_the_heading_above():
    text = (
        "■ 参加の申込み\n"
        "  ・提出書類　参加申込書（様式1）、会社概要、\n"
        "  　　　　　　納税証明書\n"
        "  ・持参の場合　2026年6月1日（月）から6月12日（金）まで（土日を除く。）の\n"
        "  　　　　　　　午前9時から午後4時まで\n"
    )
    assert found(text) == [("application", "2026-06-12", "16:00", "datetime")]


def test_the_key_of_a_sentence_under_a_heading_of_two_steps_picks_the_one_handed_in():
    text = "■ 質問の受付・回答\n  受付は令和9年5月14日（金）正午までです。\n"
    assert found(text) == [("question", "2027-05-14", "12:00", "datetime")]


def test_a_sentence_ended_above_a_date_is_no_label_of_it():
    text = (
        "■ 見積書の提出\n"
        "  ・見積書に記入し、保証金を納付した領収書の写しとともに、所定の\n"
        "  　封筒に入れて郵送してください。\n"
        "  ・令和9年2月19日（金）必着とします。\n"
    )
    assert found(text) == [("submission", "2027-02-19", None, "date")]


# --- dates that are no steps -------------------------------------------------------------------------------


def test_an_envelope_sent_with_a_notice_is_no_step():
    text = "・資格を確認の上、令和8年2月3日（火）に資格確認通知書及び見積書の返信用封筒を発送します。\n"
    assert found(text) == [("result", "2026-02-03", None, "date")]


def test_a_tax_or_reference_day_is_no_step():
    text = (
        "・開札 令和9年3月2日（火）午前10時\n"
        "・都市計画税は、令和10年度分から課税されます（賦課期日は令和10年1月1日）。\n"
        "・参加資格の基準日は令和9年2月1日とする。\n"
    )
    assert found(text) == [("other", "2027-03-02", "10:00", "datetime")]


def test_the_words_on_an_envelope_wrapped_onto_the_next_line_are_no_step():
    text = (
        "(1) 見積書の提出期限 令和8年11月4日（水）正午\n"
        "(2) 見積書は封筒に入れて封かんし、表に「11月5日開封 公用車タイヤ\n"
        "    交換 見積書在中」と朱書きすること。\n"
    )
    assert found(text) == [("submission", "2026-11-04", "12:00", "datetime")]


# --- how a date is written, and the noun beside it ---------------------------------------------------------


def test_an_era_year_with_a_dot_before_a_month_written_out():
    text = "(5) 書類審査　R8.11月中旬\n(6) 契約締結　令和8.12月上旬\n"
    assert found(text) == [("other", "2026-11-01", None, "mid_month"), ("contract", "2026-12-01", None, "early_month")]


def test_a_week_of_the_month_is_the_part_of_the_month_it_falls_in():
    text = "・ヒアリング　令和9年2月第2週（予定）\n・審査結果の通知　令和9年2月第3週\n・契約締結　令和9年3月最終週\n"
    assert found(text) == [
        ("hearing", "2027-02-01", None, "early_month"),
        ("result", "2027-02-01", None, "mid_month"),
        ("contract", "2027-03-01", None, "late_month"),
    ]


def test_a_date_in_brackets_after_a_subject_belongs_to_the_noun_before_it():
    text = "  選定委員会が書類審査（令和8年11月中旬）を行い、上位3者を選びます。\n"
    assert found(text) == [("other", "2026-11-01", None, "mid_month")]


def test_the_next_month_after_the_date_before():
    text = "(7) 資格審査結果の通知　　同月20日（月）（予定）\n" "(8) 契約締結　　　　　　　翌月上旬（予定）\n"
    assert found("(6) 開札　令和9年12月8日（水）午前10時\n" + text) == [
        ("other", "2027-12-08", "10:00", "datetime"),
        ("result", "2027-12-20", None, "date"),
        ("contract", "2028-01-01", None, "early_month"),
    ]
    text = "（１）提出期限　１０月２０日（水）正午\n（２）審査\n　　書類審査の上、\n　　翌月１０日（水）にヒアリングを行う。\n"
    assert found("令和３年度 調査業務\n" + text) == [
        ("submission", "2021-10-20", "12:00", "datetime"),
        ("hearing", "2021-11-10", None, "date"),
    ]


def test_the_next_month_of_a_recurring_payment_is_no_step():
    text = (
        "・開札 令和9年6月2日（水）午前10時\n"
        "・毎月末日締めとし、翌月末日までに支払う。請求書は翌月10日までに提出すること。\n"
        "・価格が変動した場合は、協議により、翌月1日以降の単価を改定する。\n"
    )
    assert found(text) == [("other", "2027-06-02", "10:00", "datetime")]


# --- kinds ----------------------------------------------------------------------------------------------------


def test_the_papers_a_tendered_product_is_found_fit_by_are_its_application():
    text = (
        " (4) 技術審査書類（適合証明書等）の提出期限\n"
        "     2027年8月20日（金）17時00分\n"
        " (5) 入札書の受領期限\n"
        "     2027年9月10日（金）17時00分\n"
    )
    assert [kind for kind, *_ in found(text)] == ["application", "submission"]
    # a bracket naming the proposal keeps it the proposal
    text = text.replace("（適合証明書等）", "（技術提案書）").replace("書類", "資料")
    assert [kind for kind, *_ in found(text)] == ["submission", "submission"]
