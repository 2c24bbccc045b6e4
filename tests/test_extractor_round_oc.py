"""Round oc: a step's clock time written on the line below its date, kept in the one-line shape (a PDF's text layer,
a page copied without its line breaks)."""

from tests.extractor_found import found, one_line

# A table copied from a PDF, its cells parted by one space: the time wrapped under the date in its cell, the row's
# number (No.) standing on the row's middle line beside it, and a narrow step's name wrapped too (「…の提出期」 / 「限」).
NUMBERED_ROWS = """白浜町移住相談窓口運営業務委託 公募型プロポーザル実施要領
１ 業務の概要
（１）業務期間 契約締結日から令和9年3月31日（水）まで
（２）提案上限額 8,800,000円（消費税及び地方消費税を含む。）
（３）業務内容 別紙「白浜町移住相談窓口運営業務委託仕様書」のとおり
２ 提出書類
（１）参加表明書（様式第1号）、会社概要書（様式第2号）
（２）企画提案書（任意様式、A4判縦、15ページ以内）及び見積書（様式第4号）
３ 日程
本プロポーザルの日程は、次のとおりとする。
No. 項目 日程 備考
1 募集要領の公表 令和8年4月6日（月） 町ホームページに掲載
質問の受付期限 令和8年4月15日（水） 電子メールのみ
2
午後5時 （様式第3号）
3 質問への回答 令和8年4月22日（水） 町ホームページに掲載
参加表明書の提出期 令和8年5月8日（金） 持参又は郵送
4
限 午後3時 （郵送は必着）
5 審査結果の通知 令和8年6月上旬 文書で通知
※持参の場合の受付時間は、土曜日、日曜日及び祝日を除く午前9時から午後5時までとする。
４ 審査方法
（１）審査は、白浜町プロポーザル審査委員会が別紙「評価基準」に基づき行う。
（２）委員会は、評価点の合計が最も高い者を受託候補者として特定する。
"""

NUMBERED_STEPS = [
    ("published", "2026-04-06", None, "date"),
    ("question", "2026-04-15", "17:00", "datetime"),
    ("answer", "2026-04-22", None, "date"),
    ("application", "2026-05-08", "15:00", "datetime"),
    ("result", "2026-06-01", None, "early_month"),
]

# another issuer's table: the step's name wrapped, the time 正午
NUMBERED_ROWS_NOON = """みどり野文化財団ホール広報動画制作業務 企画提案募集要項
１ 業務の概要
（１）業務名 みどり野文化財団ホール広報動画制作業務
（２）業務期間 契約締結日から2028年2月29日（火）まで
（３）提案上限額 3,300,000円（消費税及び地方消費税を含む。）
２ 参加資格
（１）地方自治法施行令第167条の4第1項各号に掲げる者に該当しないこと。
（２）平成31年4月1日以降に、官公庁又は公益法人の広報動画を制作した実績を有すること。
３ スケジュール
募集の日程は、次のとおりとする。
No. 内容 期日 提出方法
1 公募開始 2027年9月1日（水） 財団ウェブサイト
企画提案書の提出期 2027年9月24日（金） 持参に限る
2
限 正午 （正本1部、副本5部）
3 ヒアリング 2027年10月6日（水） 時間は個別に通知
４ その他
（１）提出された書類は返却しない。
（２）企画提案に要する費用は、すべて提案者の負担とする。
"""

NOON_STEPS = [
    ("published", "2027-09-01", None, "date"),
    ("submission", "2027-09-24", "12:00", "datetime"),
    ("hearing", "2027-10-06", None, "date"),
]


def test_numbered_row_time_as_written():
    assert found(NUMBERED_ROWS) == NUMBERED_STEPS
    assert found(NUMBERED_ROWS_NOON) == NOON_STEPS


def test_numbered_row_time_one_line():
    assert found(one_line(NUMBERED_ROWS)) == NUMBERED_STEPS
    assert found(one_line(NUMBERED_ROWS_NOON)) == NOON_STEPS


# A schedule table whose date cells carry a footnote's mark (「*3」), the time given in the footnote under the table;
# run onto one line, the footnotes follow one another, each after its line's break and indent.
FOOTNOTED = """公　告

公益財団法人潮見台国際交流協会
多言語生活ガイド制作業務に係る企画提案の募集について

　公益財団法人潮見台国際交流協会（以下「協会」という。）は、下記の業務について、企画提案を募集します。
参加を希望する者は、下記により応募書類を提出してください。

　　2026年10月5日
　　　　　　　　　　　　　　　　　　　公益財団法人潮見台国際交流協会
　　　　　　　　　　　　　　　　　　　　理事長　川村　洋子

記

1. 業務の概要
(1) 業務名：多言語生活ガイド制作業務
(2) 契約期間：契約締結日から2027年3月19日まで
(3) 予定額：4,400千円程度（消費税及び地方消費税を含む。）

2. 日程
   ┌───┬──────────┬──────────────┬──────┐
   │No.│手続                │日時                        │方法        │
   ├───┼──────────┼──────────────┼──────┤
   │ 1 │公告                │2026年10月5日(月)           │協会HP      │
   │ 2 │質問の受付期限      │2026年10月14日(水) *1       │電子メール  │
   │ 3 │応募書類の提出期限  │2026年10月30日(金) *2       │持参・郵送  │
   │ 4 │審査結果の通知      │2026年11月中旬 *3           │電子メール  │
   └───┴──────────┴──────────────┴──────┘
   *1  15時00分までに電子メールで送付すること。電話による質問は受け付けない。
   *2  17時30分必着。郵送の場合も同様とする。
   *3  全ての応募者に通知する。

3. 問合せ先
公益財団法人潮見台国際交流協会 事業課（担当：森）
電話：000-0000-0000
"""

FOOTNOTED_STEPS = [
    ("published", "2026-10-05", None, "date"),
    ("question", "2026-10-14", "15:00", "datetime"),
    ("submission", "2026-10-30", "17:30", "datetime"),
    ("result", "2026-11-01", None, "mid_month"),
]

# the notes flush left, one a line (run onto one line, the next note's mark after the sentence ending the one before)
FOOTNOTED_FLUSH = """桜川町ふるさと納税返礼品PR業務委託 企画提案募集要項

１ 目的
　本業務は、桜川町のふるさと納税返礼品の魅力を町外に発信し、寄附の拡大を図ることを目的とする。

２ 業務の概要
（１）業務期間　契約締結日から令和10年3月31日まで
（２）提案上限額　2,750,000円（消費税及び地方消費税を含む。）

３ 募集日程
   ┌───┬──────────┬──────────────┐
   │No.│項目                │期日                        │
   ├───┼──────────┼──────────────┤
   │ 1 │参加申込書の提出期限│令和9年2月3日(水) *1        │
   │ 2 │企画提案書の提出期限│令和9年2月24日(水) *2       │
   │ 3 │プレゼンテーション  │令和9年3月上旬               │
   └───┴──────────┴──────────────┘
*1 午後4時までに到着したものに限ります。
*2 正午必着とします。持参の場合は会議室で受け付けます。

４ 問合せ先
桜川町 企画課 ふるさと納税係
電話：000-0000-0000
"""

FLUSH_STEPS = [
    ("application", "2027-02-03", "16:00", "datetime"),
    ("submission", "2027-02-24", "12:00", "datetime"),
    ("hearing", "2027-03-01", None, "early_month"),
]


def test_footnoted_time_as_written():
    assert found(FOOTNOTED) == FOOTNOTED_STEPS
    assert found(FOOTNOTED_FLUSH) == FLUSH_STEPS


def test_footnoted_time_one_line():
    assert found(one_line(FOOTNOTED)) == FOOTNOTED_STEPS
    assert found(one_line(FOOTNOTED_FLUSH)) == FLUSH_STEPS
