"""Calls in rare layouts (round pg): a narrow newsletter column that cuts a window's end twice, and dates it cuts
inside an item that leave no blank line parting the call's article. Each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a newsletter's narrow column ---------------------------------------------------------------------------


NEWSLETTER = (
    "市報さくらがわ　令和9年6月号　No.402\n"
    "令和9年5月25日発行\n"
    "\n"
    "健康診断のお知らせ\n"
    "■日時　6月20日（日）午前9時から\n"
    "■会場　保健センター\n"
    "\n"
    "━━━━━━━━━━━━━━━━━━\n"
    "市民プールの指定管理者を\n"
    "募集します\n"
    "━━━━━━━━━━━━━━━━━━\n"
    "■指定期間　令和10年4月1日～令和\n"
    "15年3月31日\n"
    "■募集要項の配布　6月1日（火）か\n"
    "ら市ホームページに掲載します。\n"
    "■提出書類　指定申請書、事業計\n"
    "画書、市税の納税証明書（令和9年5\n"
    "月1日以降に発行されたもの）など\n"
    "■申請書類の提出　7月5日（月）～\n"
    "7月16\n"
    "日（金）の午前9時～午後5時15\n"
    "分に持参してください。\n"
    "■ヒアリング審査　8月下旬に行い\n"
    "ます。\n"
    "■指定　12月市議会に議案を提出\n"
    "し、令和10年3月に協定を締結\n"
    "します。\n"
    "\n"
    "図書館の休館\n"
    "■休館日　6月14日（月）\n"
)


def test_a_window_end_cut_twice_in_a_narrow_column_is_read_whole():
    text = (
        "市民プール指定管理者の募集\n"
        "■申請書類の提出　令和9年7月5日（月）～\n"
        "7月16\n"
        "日（金）の午前9時～午後5時15\n"
        "分に持参してください。\n"
    )
    assert found(text) == [("submission", "2027-07-16", "17:15", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-07-16", "17:15", "datetime")]
    assert ("submission", "2027-07-16", "17:15", "datetime") in found(NEWSLETTER)


def test_a_date_read_onto_the_line_above_leaves_no_blank_that_parts_an_article():
    steps = found(NEWSLETTER)
    assert steps[0] == ("published", "2027-06-01", None, "date")
    assert ("hearing", "2027-08-01", None, "late_month") in steps
    assert ("contract", "2028-03-01", None, "month") in steps
    assert not any(date in ("2027-06-14", "2027-06-20", "2027-05-01") for _, date, *_ in steps)
    one = found(one_line(NEWSLETTER))
    assert ("submission", "2027-07-16", "17:15", "datetime") in one
