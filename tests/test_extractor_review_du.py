"""Review du of rounds dn, ds (a separate change notice proposes only what it changes) and do (English documents)."""

from tests.extractor_found import found

CHANGE = """{title}

令和８年５月１日付けで公告した下記の一般競争入札について、次のとおり変更します。

１　件名　庁舎清掃業務委託
２　変更内容
（１）質問の提出期限
　　変更前　令和８年５月１５日（金）午後５時
　　変更後　令和８年５月２２日（金）午後５時
（２）入札書の提出期限
　　令和８年６月５日（金）午後５時（変更なし）
（３）開札日時
　　令和８年６月８日（月）午前１０時（変更なし）

令和８年５月１２日
みどり町長　山田太郎
"""


def test_a_change_notice_titled_with_the_call_it_changes_proposes_only_the_change():
    # (「入札公告（…）の変更について」「入札公告訂正のお知らせ」 change a call: no new call because they name 入札公告)
    expected = [("question", "2026-05-22", "17:00", "datetime")]
    for title in ("入札公告の変更について", "入札公告（庁舎清掃業務委託）の変更について", "入札公告訂正のお知らせ"):
        assert found(CHANGE.format(title=title)) == expected, title


def test_a_call_titled_入札公告_keeps_its_whole_schedule():
    text = CHANGE.format(title="入札公告").replace("（変更なし）", "")
    assert ("submission", "2026-06-05", "17:00", "datetime") in found(text)


def test_a_related_notices_day_is_no_publication_even_alone():
    # (the related notice listed, bracketed 「(Date of notice: …)」, is another notice's day whether or not this one
    # gives its own)
    text = (
        "Invitation to Tender\nProcurement of Laboratory Freezers\n\n"
        "1. Subject: Supply of four ultra-low temperature freezers\n\n"
        "2. Place of delivery: Building C, Kitahama Campus\n\n"
        "3. Eligibility: Suppliers registered for the competitive tenders of the Ministry\n\n"
        "4. Deadline for submission of tenders: 12:00 on 20 January 2026\n\n"
        "5. Related notices\nMaintenance of Ocean Observation Buoy Network (Date of notice: 2025/12/19)\n"
    )
    assert found(text) == [("submission", "2026-01-20", "12:00", "datetime")]
    dated = text.replace("Invitation to Tender\n", "Invitation to Tender\nDate of notice: 2026/01/05\n")
    assert found(dated)[0] == ("published", "2026-01-05", None, "date")


def test_a_notices_own_title_with_its_day_bracketed_is_its_publication():
    text = (
        "Procurement of Laboratory Freezers (Date of notice: 2026/01/05)\n\n"
        "1. Deadline for submission of tenders: 12:00 on 20 January 2026\n"
    )
    assert found(text)[0] == ("published", "2026-01-05", None, "date")


def test_a_change_notices_unchanged_mark_holds_only_for_its_own_sentence():
    # (「会場に変更はない。オンライン参加は…までに申し込むこと。」: the venue is as it was; the deadline after it, told in
    # a sentence of its own, is a step the notice gives)
    text = CHANGE.format(title="一般競争入札の変更について").replace(
        "\n令和８年５月１２日",
        "３　その他\n説明会の会場（本庁舎３階会議室）に変更はない。オンラインでの参加を希望する者は、"
        "令和８年５月２０日（水）午後５時までに電子メールで申し込むこと。\n\n令和８年５月１２日",
    )
    assert ("other", "2026-05-20", "17:00", "datetime") in found(text)
    assert ("submission", "2026-06-05", "17:00", "datetime") not in found(text)


def test_a_long_english_headings_step_is_read_to_its_last_words():
    # (「…(Documents for Confirmation of Qualification)」 is a call for applications; cut at 60 characters, the
    # heading read 「Submission of Application Documents (Documents for Confirmat」, a submission)
    text = (
        "Notice of tender\n\n"
        "【4】 Submission of Application Documents (Documents for Confirmation of Qualification)\n"
        " (1) Period: From 09:00 on 2nd June 2027 (Wed.) to 16:00 on 14th June 2027 (Mon.)\n"
    )
    assert found(text) == [("application", "2027-06-14", "16:00", "datetime")]
