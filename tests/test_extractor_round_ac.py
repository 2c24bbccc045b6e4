"""Calls of civic services (elections, statistics, tax printing, counters) (round ac): each test a few lines written
for its class."""

from tests.extractor_found import found, kinds

# --- the date of a form is not the notice's own date ---------------------------------------------------------


def test_a_sample_form_addressed_to_the_mayor_is_no_signature():
    text = (
        "日程\n"
        "令和9年6月1日（火）\n"
        "　・募集要項の公表\n"
        "令和9年6月10日（木）午後5時まで\n"
        "　・参加申込書の提出期限\n"
        "令和9年6月30日（水）正午まで\n"
        "　・企画提案書の提出期限\n"
        "【辞退届の記入例】\n"
        "　　　　　　　　　　令和9年6月20日\n"
        "　　青柳市長　あて\n"
        "　　商号又は名称　株式会社○○\n"
    )
    assert kinds(text) == ["published", "application", "submission"]
    text = (
        "(1) 質問の提出期限 令和9年6月8日（火）正午\n"
        "(2) 提案書の提出期限 令和9年6月30日（水）正午\n"
        "様式第3号\n"
        "令和9年6月15日\n"
        "青柳市長 様\n"
    )
    assert kinds(text) == ["question", "submission"]


# --- a notice sent on the day of the step before -------------------------------------------------------------


def test_a_result_sent_the_same_day_takes_the_day_before():
    text = "見積合わせ\n" "・日時 令和9年5月20日（木）午後2時\n" "・結果は、同日、参加者全員に電話で連絡します。\n"
    assert found(text) == [("other", "2027-05-20", "14:00", "datetime"), ("result", "2027-05-20", None, "date")]
    # (a postmark of the same day is no step)
    text = "・提出期限 令和9年5月20日（木）（郵送の場合は同日消印有効）\n"
    assert kinds(text) == ["submission"]
