"""Schedules written in the styles real notices use — written for these tests, not copied from notices.

Each case: the text and the milestones it holds as (kind, date, time, precision).
"""

CASES = [
    (
        "pipe table, 令和 years, times",
        """# 令和8年度 市民協働推進業務委託 公募型プロポーザル実施要領
## 9 スケジュール
| 項目 | 日程 |
|---|---|
| 公告 | 令和8年6月1日（月） |
| 質問受付期限 | 令和8年6月10日（水）17時 |
| 質問回答 | 令和8年6月15日（月） |
| 参加表明書提出期限 | 令和8年6月19日（金）正午 |
| 企画提案書提出期限 | 令和8年7月3日（金）15時30分必着 |
| プレゼンテーション審査 | 令和8年7月中旬 |
| 審査結果通知 | 令和8年7月下旬 |
""",
        [("published", "2026-06-01", None, "date"), ("question", "2026-06-10", "17:00", "datetime"),
         ("answer", "2026-06-15", None, "date"), ("application", "2026-06-19", "12:00", "datetime"),
         ("submission", "2026-07-03", "15:30", "datetime"), ("hearing", "2026-07-01", None, "mid_month"),
         ("result", "2026-07-01", None, "late_month")],
    ),
    (
        "tab rows, western years, full-width digits",
        """観光振興計画策定支援業務　企画競争説明書
３　日程
質問の受付期限\t２０２６年８月３日（月）１２時００分
企画書の提出期限\t２０２６年８月２１日（金）１７時００分
ヒアリング\t２０２６年９月上旬
選定結果の通知\t２０２６年９月中旬
""",
        [("question", "2026-08-03", "12:00", "datetime"), ("submission", "2026-08-21", "17:00", "datetime"),
         ("hearing", "2026-09-01", None, "early_month"), ("result", "2026-09-01", None, "mid_month")],
    ),
    (
        "prose with a colon, 午後, a law citation and a performance period",
        """件名：令和9年度 庁舎清掃業務委託
1 履行期間：令和9年4月1日から令和10年3月31日まで
2 根拠：地方自治法施行令（昭和22年政令第16号）
3 参加資格確認申請書の提出期限：令和9年2月5日（金）午後5時
4 入札書の提出：令和9年2月19日（金）午前10時00分 持参により提出
5 開札は令和9年2月19日（金）午前10時30分に行う。
""",
        [("application", "2027-02-05", "17:00", "datetime"), ("submission", "2027-02-19", "10:00", "datetime"),
         ("other", "2027-02-19", "10:30", "datetime")],  # 開札 is a step too (other)
    ),
    (
        "numbered items with the date on the next line",
        """## 5 質問及び回答
(1) 質問の受付期限
令和8年9月7日（月）午後3時まで
(2) 回答の予定日
令和8年9月11日（金）
## 6 提案書の提出
(1) 提出期限
令和8年9月25日（金）午後5時まで（郵送の場合は必着）
""",
        [("question", "2026-09-07", "15:00", "datetime"), ("answer", "2026-09-11", None, "date"),
         ("submission", "2026-09-25", "17:00", "datetime")],
    ),
    (
        "circled numbers and brackets",
        """【スケジュール】
① 参加申込期限　令和8年5月8日（金）17:00
② 企画提案書提出期限　令和8年5月22日（金）17:00
③ 二次審査（プレゼンテーション）　令和8年6月上旬
④ 契約締結　令和8年6月下旬
""",
        [("application", "2026-05-08", "17:00", "datetime"), ("submission", "2026-05-22", "17:00", "datetime"),
         ("hearing", "2026-06-01", None, "early_month"), ("contract", "2026-06-01", None, "late_month")],
    ),
    (
        "acceptance window: the end is the deadline; a year written once",
        """令和8年度 地域おこし支援業務
受付期間　令和8年10月1日（木）～10月15日（木）午後5時（必着）
提案書の提出期間 2026年11月2日(月)~2026年11月13日(金)
""",
        [("submission", "2026-10-15", "17:00", "datetime"), ("submission", "2026-11-13", None, "date")],
    ),
    (
        "dates without a year inferred from the fiscal year",
        """令和8年度 図書館システム更新業務 公募要領
・質問締切 1月15日（金）
・提案書提出 2月1日（月）正午
・審査会 2月中旬
""",
        [("question", "2027-01-15", None, "date"), ("submission", "2027-02-01", "12:00", "datetime"),
         ("hearing", "2027-02-01", None, "mid_month")],
    ),
    (
        "a schedule given twice, in a table and in prose",
        """第3 提出書類
提出期限：令和8年7月10日（金）16時30分 電子メールにより提出すること
第8 日程
| 内容 | 期日 |
| 企画提案書の提出 | 令和8年7月10日（金） |
| 審査結果通知 | 令和8年7月31日（金） |
""",
        [("submission", "2026-07-10", "16:30", "datetime"), ("result", "2026-07-31", None, "date")],
    ),
    (
        "no schedule: a specification with a period and document dates",
        """仕様書
令和8年4月
1 業務名 令和8年度 統計調査業務
2 委託期間 契約締結日から令和9年3月31日まで
3 報告書の納品 成果報告書（令和9年3月）
""",
        [],
    ),
    (
        "slashes and an English-style time",
        """公募型プロポーザル
質問受付期限：2026/12/4(金) 17:00
提案書提出期限：2026/12/18(金) 12:00
契約締結予定：2027年1月
""",
        [("question", "2026-12-04", "17:00", "datetime"), ("submission", "2026-12-18", "12:00", "datetime"),
         ("contract", "2027-01-01", None, "month")],
    ),
    (
        "元年 and 月末",
        """令和元年度 調査業務
参加表明書の提出期限 令和元年7月末
""",
        [("application", "2019-07-31", None, "date")],
    ),
    (
        "spaces inside numbers",
        """事業者選定スケジュール
質問の受付 2026 年 10 月 5 日 ( 月 ) 16 時
選定結果の通知 2026 年 10 月中旬
""",
        [("question", "2026-10-05", "16:00", "datetime"), ("result", "2026-10-01", None, "mid_month")],
    ),
    (
        "date first, the events listed under each date",
        """今後の日程
◆令和9年1月12日（火）
　・公募開始
　・質問受付開始
◆令和9年1月22日（金）午後5時
　・質問受付締切
◆令和9年2月5日（金）
　・参加申込書の提出期限
　・企画提案書の提出期限
""",
        [("published", "2027-01-12", None, "date"), ("question", "2027-01-22", "17:00", "datetime"),
         ("application", "2027-02-05", None, "date"), ("submission", "2027-02-05", None, "date")],
    ),
    (
        "a news-style ▽ list on one line, the year from the 公告 date",
        """令和8年9月1日公告
▽参加申込期限=9月14日（月）▽質問書受付期限=9月17日（木）正午▽提案書提出期限=10月2日（金）▽審査会=10月中旬
""",
        [("published", "2026-09-01", None, "date"), ("application", "2026-09-14", None, "date"),
         ("question", "2026-09-17", "12:00", "datetime"),
         ("submission", "2026-10-02", None, "date"), ("hearing", "2026-10-01", None, "mid_month")],
    ),
    (
        "a whole notice on one line (a PDF text layer)",
        "3.説明会 (1)開催日時:令和8年2月14日(土) 15時 (2)会場:市役所 4.応募の申込み (1)応募申込書の提出期限:令和8年3月2日(月)午後5時15分 (2)提出方法:持参 5.企画提案書の提出期限 令和8年3月16日(月)正午\n",
        [("other", "2026-02-14", "15:00", "datetime"), ("application", "2026-03-02", "17:15", "datetime"),
         ("submission", "2026-03-16", "12:00", "datetime")],
    ),
    (
        "an English notice",
        """Invitation to Tender
(1) Deadline for questions: 5:00 p.m., 3 March, 2026
(2) Time-limit for the submission of application forms: 5:00 p.m., 10 March, 2026
(3) Time-limit for tender: 5:00 p.m., 24 March, 2026
(4) Period of performance: through 31 March, 2027
""",
        [("question", "2026-03-03", "17:00", "datetime"), ("application", "2026-03-10", "17:00", "datetime"),
         ("submission", "2026-03-24", "17:00", "datetime")],
    ),
    (
        "an amendment: only the corrected date",
        """入札公告の訂正について
| 項目 | 訂正前 | 訂正後 |
|---|---|---|
| 参加資格確認申請書の提出期限 | 令和8年6月10日(水)午後5時 | 令和8年6月12日(金)午後5時 |
""",
        [("application", "2026-06-12", "17:00", "datetime")],
    ),
    (
        "a table whose first cell is a marker, the label after the date",
        """| No. | 項目 | 日程 |
|---|---|---|
| ア | 質問の締切 | 2026年5月8日(金)17:00 |
| イ | 提案書の提出 | 2026年5月22日(金)12:00 |
7月10日(金)～8月25日(火) 募集要綱の公開
""",
        [("question", "2026-05-08", "17:00", "datetime"), ("submission", "2026-05-22", "12:00", "datetime"),
         ("published", "2026-07-10", None, "date")],
    ),
    (
        "同年 and a time range: an event starts, a window closes",
        """令和8年10月5日（月）公告
説明会　同年10月9日（金）午後2時から午後3時30分まで
提案書の受付　同年10月23日（金）午前9時から午後5時まで（持参に限る）
""",
        [("published", "2026-10-05", None, "date"), ("other", "2026-10-09", "14:00", "datetime"),
         ("submission", "2026-10-23", "17:00", "datetime")],
    ),
    (
        "a fiscal year's January to March, weekdays that tell the year",
        """令和8年度 広報誌作成業務 公募型プロポーザル
質問の受付期限　12月18日（金）
提案書の提出期限　1月15日（金）午後5時
ヒアリング　2月上旬
""",
        [("question", "2026-12-18", None, "date"), ("submission", "2027-01-15", "17:00", "datetime"),
         ("hearing", "2027-02-01", None, "early_month")],
    ),
    (
        "distractors: metadata, signature, performance period, a sample form",
        """掲載日：2026年4月1日
更新日：2026年4月3日
令和8年4月1日
○○市長 山田 太郎
業務期間　契約締結日から令和9年3月31日まで
参加表明書の提出期限　令和8年4月20日（月）午後5時
（様式第1号）提出日 令和8年4月10日（記入例）
""",
        [("application", "2026-04-20", "17:00", "datetime")],
    ),
]
