"""Notices in the shapes conversion tools hand them over in (round at): a page run onto one line, hard-wrapped,
its cells one a line; each test a notice written for its class, read in that shape."""

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import found

# --- the notice's own date and signatory run onto the preamble ------------------------------------------------

SIGNED_NOTICE = (
    "北浜市公告第58号\n"
    "一般競争入札の実施について\n"
    "\n"
    "　次のとおり一般競争入札を行うので、地方自治法施行令第167条の6第1項の規定により公告する。\n"
    "\n"
    "　　令和8年10月5日\n"
    "　　　　　　　　　　　　　　　　　　北浜市長　　山 本　　健 太\n"
    "\n"
    "1　入札に付する事項\n"
    "(1)　件名　北浜市立図書館清掃業務委託\n"
    "(2)　履行期間　令和9年4月1日から令和12年3月31日まで（長期継続契約）\n"
    "2　入札参加資格\n"
    "(1)　北浜市競争入札参加資格者名簿の「建物清掃」に登載されていること。\n"
    "(2)　平成30年度以降に同種業務の受託実績を有すること。\n"
    "3　入札説明書の交付\n"
    "　10月6日(火)から10月16日(金)まで、市ホームページからダウンロードすること。\n"
    "4　入札参加申請\n"
    "(1)　提出期限　10月16日(金)17:00\n"
    "(2)　提出方法　郵送又は持参\n"
    "5　入札書の提出\n"
    "(1)　提出期限　10月30日(金)17:00\n"
    "6　開札\n"
    "(1)　日時　11月4日(水)10:00\n"
    "(2)　場所　北浜市役所 3階 入札室\n"
)


def test_a_signed_date_run_onto_the_preamble_still_gives_the_schedule_its_year():
    expected = [
        ("application", "2026-10-16", "17:00", "datetime"),
        ("submission", "2026-10-30", "17:00", "datetime"),
        ("other", "2026-11-04", "10:00", "datetime"),
    ]
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](SIGNED_NOTICE))
        for milestone in expected:
            assert milestone in got, shape
        assert all(day.startswith("2026-1") for _, day, _, _ in got), shape  # not the contract period's years


def test_a_gazette_notice_run_onto_one_line_keeps_its_signed_date_out_of_the_item_above():
    text = (
        SIGNED_NOTICE
        + "7　その他\n"
        + "(1)　問い合わせ先　北浜市総務部契約課（電話000-000-0000）\n"
        + "◎北浜市公告第59号\n"
        + "　令和8年9月1日付け北浜市公告第41号で公告した「北浜市民体育館空調改修工事」の一般競争入札は、中止する。\n"
        + "　　令和8年10月5日\n"
        + "　　　　　　　　　　　　　　　　　　北浜市長　　山 本　　健 太\n"
        + "　なお、令和8年10月20日（火）に予定していた開札は行わない。\n"
    )
    got = found(SHAPES["one-line"](text))
    assert not any(day == "2026-10-05" for _, day, _, _ in got)


# --- a schedule's year on a line of its own under the heading, its last row's date with a qualifier -----------

YEAR_OVER_SCHEDULE = (
    "南台市立美術館展示設計業務 公募型プロポーザル実施のお知らせ\n"
    "\n"
    "　南台市では、市立美術館の常設展示の全面的な更新に向けて、展示設計業務を委託する事業者を公募型プロポーザル"
    "方式により選定することとしましたので、お知らせします。参加を希望する方は、実施要領をよくお読みください。\n"
    "\n"
    "１　業務概要\n"
    "　業務名　　南台市立美術館常設展示設計業務\n"
    "　履行期間　契約締結日から２０２８年（令和１０年）２月２５日（金）まで\n"
    "２　参加資格\n"
    "　・２０１５年（平成２７年）４月１日以降に、美術館又は博物館の展示設計の実績を有すること\n"
    "　・南台市の指名停止措置を受けていないこと\n"
    "３　選定スケジュール\n"
    "　２０２７年（令和９年）\n"
    "　　６月　７日（月）　公募開始（実施要領の公表）\n"
    "　　６月１８日（金）　質問受付締切（１７時）\n"
    "　　７月　２日（金）　企画提案書提出締切（１７時必着）\n"
    "　　７月中旬　　　　　ヒアリング\n"
    "　　８月以降　　　　　契約締結\n"
    "\n"
    "４　問い合わせ先\n"
    "　南台市 教育委員会 文化振興課　電話 000-000-0000\n"
)


def test_a_year_under_the_schedule_heading_dates_the_rows_of_a_one_line_notice():
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](YEAR_OVER_SCHEDULE))
        assert ("published", "2027-06-07", None, "date") in got, shape
        assert ("question", "2027-06-18", "17:00", "datetime") in got, shape
        assert ("submission", "2027-07-02", "17:00", "datetime") in got, shape
        assert ("hearing", "2027-07-01", None, "mid_month") in got, shape
        assert ("contract", "2027-08-01", None, "month") in got, shape
        assert not any(day < "2027" for _, day, _, _ in got), shape  # not the year of the record asked for


# --- a blank line run onto the line (two spaces) still closes the section above it ------------------------------

HISTORY_THEN_SCHEDULE = (
    "東丘町 地域交通計画策定支援業務 公募型プロポーザルの実施について\n"
    "\n"
    "　東丘町では、町内の公共交通の将来像を示す地域交通計画を策定するため、支援業務を委託する事業者を公募型プロポーザル"
    "方式により選定します。参加を希望する事業者は、実施要領をご確認のうえお申し込みください。なお、本業務の成果は"
    "町の総合計画の見直しにも反映する予定です。町民アンケートや交通事業者への聞き取りの結果も参考資料として公開します。\n"
    "\n"
    "【これまでの経緯】\n"
    "・2026年2月10日　地域公共交通会議で計画策定の方針を決定\n"
    "・2026年3月24日　町議会で関連予算が可決\n"
    "\n"
    "・公募開始　2026年5月11日（月）\n"
    "・参加申込締切　2026年5月22日（金）17時\n"
    "・企画提案書提出期限　2026年6月5日（金）17時\n"
    "\n"
    "【問い合わせ先】\n"
    "　東丘町 企画課 交通政策係（役場本庁舎2階）\n"
    "　電話 000-000-0000　電子メール kotsu@example.jp（受付は平日の午前8時30分から午後5時15分まで）\n"
)


def test_a_history_list_closed_by_a_blank_line_leaves_the_schedule_after_it_read():
    expected = [
        ("published", "2026-05-11", None, "date"),
        ("application", "2026-05-22", "17:00", "datetime"),
        ("submission", "2026-06-05", "17:00", "datetime"),
    ]
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](HISTORY_THEN_SCHEDULE))
        assert got == expected, shape  # the history's days are no steps
