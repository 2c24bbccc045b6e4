"""Round mz: a team's chat (Slack, Teams) run onto one line and put back on its lines: its post headers written on a
twelve-hour clock or with a bot's badge, its day headings between the posts, and the lines of a post that end without
「。」. Each test a few lines written for its device (none copied from the development set)."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def lines_back(text: str) -> list[str]:
    """The lines of ``text`` run onto one line and put back."""
    back = relined(one_line(text))
    assert back is not None
    return back[0].split("\n")


SLACK_DAYS = (
    "#pj-海鳴市-防災アプリ\n"
    "海鳴市 防災アプリ改修の検討用チャンネルです。要領と様式は共有フォルダの /案件/2026/海鳴市 にあります\n"
    "\n"
    "6月1日（月）\n"
    "\n"
    "山口 直人  午前 9:05\n"
    "海鳴市の防災アプリ改修、公募が出ました。件名は「令和8年度 海鳴市防災アプリ改修業務委託 公募型プロポーザル」、"
    "上限額は 9,900,000円（税込）です。要領のスケジュールを貼ります\n"
    "・参加申込書の提出期限 6月10日（水）午後5時\n"
    "・企画提案書の提出期限 6月24日（水）正午\n"
    "・プレゼンテーション 7月1日（水）\n"
    "\n"
    "森 由香  午前 9:20\n"
    "了解です。参加申込書と会社概要は私が用意して、部長の決裁まで回しておきます\n"
    "\n"
    "6月9日（火）\n"
    "\n"
    "森 由香  午後 4:10\n"
    "参加申込書を郵送しました。明日の午前中には市役所に着くはずです\n"
    "\n"
    "山口 直人  午後 4:30\n"
    "ありがとうございます。次は企画提案書ですね、構成案を金曜までに出します\n"
)

TEAMS_DAYS = (
    "チャネル: 営業企画 > 汐見町 観光サイト\n"
    "汐見町の観光サイト再構築案件について、ここで情報を共有してください。資料はファイル タブにあります\n"
    "\n"
    "2026年8月3日 月曜日\n"
    "佐々木 亮  10:02\n"
    "汐見町の公告が出ました。件名は「汐見町観光情報サイト再構築業務委託」、業務期間は契約日から令和9年3月31日までです。"
    "日程は次のとおりです\n"
    "・質問の提出期限 8月12日（水）午後5時\n"
    "・提案書の提出期限 8月26日（水）午後5時\n"
    "・審査会 9月4日（金）\n"
    "\n"
    "平野 真理  10:15\n"
    "見ました。質問は私がまとめて、事前に社内で確認してから出します\n"
    "\n"
    "2026年8月11日 火曜日\n"
    "平野 真理  15:40\n"
    "質問書を送りました。全部で5問、帳票とサーバの条件についてです。回答は来週中に町のサイトに出るそうです\n"
    "\n"
    "佐々木 亮  15:52\n"
    "了解、ありがとうございます。提案書の骨子は明日の定例で決めましょう\n"
)

SLACK_EN = (
    "#bid-harbor-city-signage\n"
    "Channel for the Harbor City wayfinding signage call. The call documents are pinned above.\n"
    "\n"
    "Monday, June 1st\n"
    "\n"
    "Nora Hill  9:05 AM\n"
    "The call is out. Key dates from the notice:\n"
    "- Deadline for questions: 10 June 2026, 5:00 p.m.\n"
    "- Deadline for proposals: 24 June 2026, 12:00 noon\n"
    "- Interviews: 1 July 2026\n"
    "\n"
    "Tender Alert  APP  9:10 AM\n"
    "New call matched your saved search: wayfinding, signage, Harbor City\n"
    "\n"
    "Today\n"
    "\n"
    "Ken Mori  4:10 PM\n"
    "Our questions went out by email this afternoon, we kept them short\n"
    "\n"
    "Nora Hill  4:30 PM\n"
    "Thanks Ken, I will start on the proposal outline tomorrow morning\n"
)


def test_a_chat_day_heading_between_posts_is_no_step_date_in_one_line():
    # (a day heading run onto the end of the post before it: 「…回しておきます 6月9日（火）」 read as the application's day)
    assert both(SLACK_DAYS) == [
        ("application", "2026-06-10", "17:00", "datetime"),
        ("submission", "2026-06-24", "12:00", "datetime"),
        ("hearing", "2026-07-01", None, "date"),
    ]
    assert both(TEAMS_DAYS) == [
        ("question", "2026-08-12", "17:00", "datetime"),
        ("submission", "2026-08-26", "17:00", "datetime"),
        ("hearing", "2026-09-04", None, "date"),
    ]


def test_a_chat_post_header_on_a_twelve_hour_clock_or_with_a_bot_badge_is_a_line_of_its_own():
    japanese = lines_back(SLACK_DAYS)
    assert "6月9日（火）" in japanese
    assert "森 由香  午後 4:10" in japanese
    english = lines_back(SLACK_EN)
    assert "Today" in english
    assert "Ken Mori  4:10 PM" in english
    assert "Tender Alert  APP  9:10 AM" in english
    assert found(one_line(SLACK_EN)) == found(SLACK_EN)


POST_LINES = (
    "#案件-鈴風市-窓口予約\n"
    "鈴風市 窓口予約システム案件の連絡用です。要領は共有ドライブの /営業/2026/鈴風市 に置いてあります\n"
    "\n"
    "9月7日（月）\n"
    "\n"
    "大野 彩  午前 10:12\n"
    "鈴風市の公告が出ました。件名は「令和8年度 鈴風市窓口予約システム導入業務委託 公募型プロポーザル」です\n"
    "・説明会 9月11日（金）午後2時から\n"
    "・参加表明書の提出期限 9月18日（金）午後5時\n"
    "・企画提案書の提出期限 10月2日（金）正午\n"
    "\n"
    "田村 和也  午前 10:30\n"
    "ありがとう。社内の検討会は 9/9(水) 15時〜 で会議室を押さえた\n"
    "説明会には私が出ます、申込もしておきます\n"
    "\n"
    "大野 彩  午前 10:41\n"
    "社内の押印申請は 9/16(水) に回します！\n"
    "提案書の構成案は来週の定例で決めましょう\n"
    "\n"
    "田村 和也  午前 10:45\n"
    "了解です 9/14(月) 17時 までに見積の前提をまとめますね\n"
    "提案書の骨子はそのあとで\n"
)


def test_a_chat_post_line_ended_without_a_stop_is_a_line_of_its_own_in_one_line():
    # (「…会議室を押さえた 説明会には…」: the team's own meeting's day would take the briefing's name on the next line)
    assert both(POST_LINES) == [
        ("other", "2026-09-11", "14:00", "datetime"),
        ("application", "2026-09-18", "17:00", "datetime"),
        ("submission", "2026-10-02", "12:00", "datetime"),
    ]
    back = lines_back(POST_LINES)
    assert "ありがとう。社内の検討会は 9/9(水) 15時〜 で会議室を押さえた" in back
    assert "社内の押印申請は 9/16(水) に回します！" in back
