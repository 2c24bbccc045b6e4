"""Round nu: whole calls as portal pages and PDF text layers (a narrow schedule table's times wrapped onto the row's
next line, a row parted by a page break, a call page updated in place with its old values in brackets)."""

from tests.extractor_found import found, one_line

# a narrow table from a PDF's text layer: each row's cells on one line, the time wrapped under the date on the next,
# a row parted by a page break (blank lines, the page's number) before its time
PAGED_ROW = """白砂町観光案内業務委託　公募型プロポーザル実施要領
4　日程
項目 日程 備考
公告 令和9年3月2日（火） 町ホームページ
質問書の提出期限 令和9年3月9日（火） 電子メール
正午まで （様式第2号）
応募申込書の提出期限 令和9年3月16日（火） 持参又は郵送

－ 3 －

午後4時（必着）
提案書の提出期限 令和9年3月30日（火） 持参に限る
午後3時
"""

PAGED_ROW_OTHER = """北浜県立図書館システム更新業務　企画競争説明書
7　スケジュール
区分 期日 方法
説明書の交付開始 2028年1月11日（火） 県ウェブサイト
参加表明書の提出期限 2028年1月25日（火） 郵送に限る

2 / 6

17時15分まで
企画書の提出期限 2028年2月15日（火） 持参
12時
"""


def test_time_of_a_row_past_a_page_break():
    assert ("application", "2027-03-16", "16:00", "datetime") in found(PAGED_ROW)
    assert ("question", "2027-03-09", "12:00", "datetime") in found(PAGED_ROW)
    assert ("application", "2028-01-25", "17:15", "datetime") in found(PAGED_ROW_OTHER)
    assert ("submission", "2028-02-15", "12:00", "datetime") in found(PAGED_ROW_OTHER)


# the step's name wrapped in its narrow cell too: the wrapped line's first cell the name's rest, the time next
WRAPPED_NAME = """鶴見台市プロポーザル実施要領
6　日程
項目 日程 備考
公告 令和10年5月8日（月） 市ホームページ
技術提案書等の提出期 令和10年6月2日（金） 持参に限る
限 午後4時
ヒアリング審 令和10年6月12日（月） 本庁舎
査 午前9時30分から
"""

WRAPPED_NAME_OTHER = """桐生野町指定管理者募集要項
日程
内容 日付 場所
募集要項の配布開始 2027年9月1日（水） 町役場
申請書類の受付期 2027年10月8日（金） 町役場2階
限 17時まで
"""


def test_time_after_the_rest_of_a_wrapped_name():
    assert ("submission", "2028-06-02", "16:00", "datetime") in found(WRAPPED_NAME)
    assert ("submission", "2027-10-08", "17:00", "datetime") in found(WRAPPED_NAME_OTHER)


def test_start_time_alone_under_an_events_date():
    assert ("hearing", "2028-06-12", "09:30", "datetime") in found(WRAPPED_NAME)


# the same tables run onto one line (a PDF's text layer with no line breaks): each piece of a row ends at its date,
# the next piece opens with the remarks cell, then the time wrapped under the date
ONE_LINE_TABLE = """紅浜市観光アプリ開発業務　公募型プロポーザル実施要領
1　目的
本要領は、紅浜市観光アプリ開発業務の受託者を選定するため、公募型プロポーザルにより企画提案を募集する手続について必要な事項を定めるものである。
2　業務の概要
（1）業務名　紅浜市観光アプリ開発業務
（2）履行期間　契約締結日から令和10年3月31日まで
3　参加資格
本プロポーザルに参加できる者は、参加申込書の提出期限の日において次の要件をすべて満たす者とする。
（1）地方自治法施行令第167条の4の規定に該当しない者であること。
（2）紅浜市の競争入札参加資格者名簿に登録されている者であること。
4　スケジュール
項目 日程 備考
公告 令和9年6月1日（火） 市ホームページ
参加申込書の提出期限 令和9年6月11日（金） 電子メール
午後5時まで （様式第1号）
説明会 令和9年6月15日（火） オンライン
午後2時から
企画提案書の提出期 令和9年7月2日（金） 持参に限る
限 正午
審査結果の通知 令和9年7月下旬 書面
5　その他
本要領に定めのない事項は、市と協議の上決定する。
"""


def test_one_line_remarks_then_wrapped_time():
    found_one_line = found(one_line(ONE_LINE_TABLE))
    assert ("application", "2027-06-11", "17:00", "datetime") in found_one_line
    assert ("other", "2027-06-15", "14:00", "datetime") in found_one_line
    assert ("submission", "2027-07-02", "12:00", "datetime") in found_one_line
    assert ("application", "2027-06-11", "17:00", "datetime") in found(ONE_LINE_TABLE)


# a call's page updated in place: the changed row's new value marked, its old one in a bracket under it (or after it,
# run onto one line), and the attached 実施要領 below still printing the old dates
UPDATED_PAGE = """霞浦町ふるさと納税返礼品管理業務委託の公募について
最終更新日：2028年3月9日
お知らせ
2028年3月9日　提案書の提出期限を変更しました。
スケジュール
公募開始日	2028年2月20日（火）
質問受付期限	2028年2月27日（火）17時
提案書提出期限	【変更】2028年3月22日（水）17時
（変更前：2028年3月15日（水）17時）
審査会	【変更】2028年4月3日（月）
（当初：3月27日（月））
――― 募集要項（PDF）テキスト ―――
霞浦町ふるさと納税返礼品管理業務委託　募集要項
5　提案書の提出
（1）提出期限　2028年3月15日（水）17時
6　審査会
審査会は、2028年3月27日（月）に町役場で開催する。
"""


def test_old_value_under_a_changed_row_also_off_the_attachment():
    steps = found(UPDATED_PAGE)
    assert ("submission", "2028-03-22", "17:00", "datetime") in steps
    assert not [s for s in steps if s[1] in ("2028-03-15", "2028-03-27")]
    assert ("hearing", "2028-04-03", None, "date") in steps


# the same with the old value in its bracket after the new one on the row's line (the page run onto one line and cut
# again at its rows)
OLD_BESIDE = """若草市立病院 給食業務委託プロポーザル
更新日：2026年11月2日
日程
・公募開始　2026年10月5日（月）
・参加申込期限　2026年10月16日（金）午後5時
・企画提案書の提出期限　2026年11月13日（金）正午　（変更前：2026年11月6日（金）正午）
・プレゼンテーション　2026年11月24日（火）
――― 実施要領 ―――
9　企画提案書の提出期限　2026年11月6日（金）正午（必着）
"""


OLD_BESIDE_IN_TABLE = """東雲台区 区民センター予約システム構築業務
スケジュール
項目	日程
公示日	令和11年1月15日（月）
質問締切	令和11年1月24日（水）15時
技術提案書提出期限	【変更】令和11年2月19日（月）15時 （当初：令和11年2月9日（金）15時）
ヒアリング	令和11年3月1日（木）
実施要領（PDF）
8　技術提案書の提出期限　令和11年2月9日（金）15時
"""


def test_old_value_beside_the_new_one_also_off_the_attachment():
    steps = found(OLD_BESIDE)
    assert ("submission", "2026-11-13", "12:00", "datetime") in steps
    assert not [s for s in steps if s[1] == "2026-11-06"]
    steps = found(OLD_BESIDE_IN_TABLE)
    assert ("submission", "2029-02-19", "15:00", "datetime") in steps
    assert not [s for s in steps if s[1] == "2029-02-09"]


def test_one_line_remarks_then_a_page_break_then_the_time():
    paged = ONE_LINE_TABLE.replace(
        "オンライン\n午後2時から\n", "オンライン\n\n紅浜市観光アプリ開発業務　公募型プロポーザル実施要領 － 2 －\n\n午後2時から\n"
    )
    assert ("other", "2027-06-15", "14:00", "datetime") in found(one_line(paged))
    assert ("other", "2027-06-15", "14:00", "datetime") in found(one_line(paged.replace(" － 2 －", "\n2/5")))


# a flyer's date with a year and dots or slashes, its English weekday standing alone after it, then the time
def test_english_weekday_alone_after_a_dated_figure_then_the_time():
    assert ("submission", "2027-02-05", "17:00", "datetime") in found(
        "公募開始 2027.1.6 WED\n提案書提出〆切 2027.2.5 FRI 17:00 必着\n"
    )
    steps = found("説明会 2026/10/14 Wed 14:00~ オンライン\n応募締切 2026/10/30 FRI 17:00\n")
    assert ("other", "2026-10-14", "14:00", "datetime") in steps
    assert ("submission", "2026-10-30", "17:00", "datetime") in steps
    flyer = "ENTRY 2028.6.9 Fri. 12:00まで\n企画書締切\n2028.6.30 Fri. 17:00 必着\n"
    assert ("submission", "2028-06-30", "17:00", "datetime") in found(one_line(flyer))
