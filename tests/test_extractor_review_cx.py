"""Review cx of rounds cr, cs, cu and cv: ordinary wording of other issuers' notices that a rule of those rounds read
wrongly (a deadline's note that post may be late taken for a guess, a notice's 受付 row beside its office's company
taken for a receipt stamp, a chat post's date on a line of its own taken for the day's line between posts)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_deadlines_note_that_post_may_be_late_is_no_guess():
    text = (
        "令和8年度 霞野市観光パンフレット作成業務委託 公募型プロポーザル実施要領\n"
        "\n"
        "1 公告日 令和8年5月11日（月）\n"
        "2 参加申込書の提出期限 令和8年5月22日（金）午後5時\n"
        "3 企画提案書の提出期限 令和8年6月5日（金）午後5時必着（郵便事情で遅れるかもしれませんので、"
        "余裕をもってお送りください）\n"
    )
    assert ("submission", dt.date(2026, 6, 5), dt.time(17, 0), "datetime") in steps(text)


def test_a_receipt_window_beside_the_offices_company_is_a_step():
    text = (
        "参加申込\n"
        "受付 令和8年6月15日（月）午後5時まで\n"
        "提出先：株式会社〇〇（事務局受託者）\n"
        "企画提案書の提出期限 令和8年6月26日（金）正午\n"
    )
    assert ("application", dt.date(2026, 6, 15), dt.time(17, 0), "datetime") in steps(text)


def test_a_chat_posts_date_on_a_line_of_its_own_is_read():
    text = (
        "──── 2026年9月1日（火） ────\n"
        "\n"
        "山口 健太  10:02\n"
        "説明会の日程が決まりました\n"
        "\n"
        "山口 健太  10:05\n"
        "説明会は\n"
        "9月15日（火）\n"
        "14時から市役所3階です\n"
        "\n"
        "藤井 健吾  10:10\n"
        "了解です、参加申込は9/8までですね\n"
        "\n"
        "藤井 健吾  10:12\n"
        "申込書作っておきます\n"
    )
    assert dt.date(2026, 9, 15) in {day for _, day, _, _ in steps(text)}


def test_a_hearing_days_timetable_is_no_chat():
    text = (
        "霞野市 観光案内業務委託 プレゼンテーション審査の実施について\n"
        "\n"
        "1 実施日 令和8年6月18日（木）\n"
        "2 当日の流れ（1者あたり）\n"
        "受付  9:30\n"
        "控室で待機してください。\n"
        "提案説明  9:40\n"
        "20分以内で説明してください。\n"
        "質疑応答  10:00\n"
        "審査委員から質問します。\n"
        "受付  10:30\n"
        "控室で待機してください。\n"
        "提案説明  10:40\n"
        "20分以内で説明してください。\n"
        "3 提出書類 プレゼンテーション資料を令和8年6月15日（月）正午までに提出します。\n"
    )
    assert (dt.date(2026, 6, 15), dt.time(12, 0)) in {(day, time) for _, day, time, _ in steps(text)}


def test_a_chat_relaying_what_the_issuer_has_bidders_do_keeps_the_step():
    text = (
        "チャット: 【案件】機器賃貸借\n"
        "\n"
        "川村 直樹　6/1 10:15\n"
        "令和9年度の機器賃貸借、本日（6/1）公告されました。\n"
        "\n"
        "北野 彩　6/1 10:32\n"
        "了解です。担当課に電話したら、参加申込書は6/10(木)までに持参で提出してもらいますとのことでした\n"
        "\n"
        "川村 直樹　6/1 11:05\n"
        "了解、申込書は私が作ります\n"
        "\n"
        "北野 彩　6/2 9:20\n"
        "承知しました\n"
    )
    assert ("application", dt.date(2027, 6, 10)) in {(kind, day) for kind, day, _, _ in steps(text)}
