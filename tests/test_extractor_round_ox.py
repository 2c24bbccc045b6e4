"""Round ox: change notices (a 正誤表 copied one cell a line, its rows numbered and citing their page; a gazette's
correction whose clauses cite each step by its section's number alone; …)."""

from tests.extractor_found import found, one_line

# a 正誤表 copied one cell a line: 「番号」 / 「頁」 / 「該当箇所」 / 「誤」 / 「正」, each row's number, its page, the place's lines,
# the old and the corrected text each wrapped over lines; rows that correct no date among them, the header again on
# the next page; a row under the schedule's section (「選定スケジュール」) names its step in its item
NUMBERED_ERRATA = """令和9年5月20日
各位
白萩市都市整備課
白萩市公園管理運営業務委託公募型プロポーザル実施要領の正誤表について
令和9年5月12日に公表した実施要領に誤りがありましたので、別紙のとおり訂正します。
別紙
正誤表
番号
頁
該当箇所
誤
正
１
２
３ 業務の概要
（２）委託期間
令和９年１０月１日から令和
１２年９月３０日まで
令和９年１０月１日から令和
１３年３月３１日まで
２
４
５ 参加資格
（３）実績
過去５年以内に同種業務を
受託した実績を有すること。
過去１０年以内に同種業務を
受託した実績を有すること。
３
５
６ 参加表明書の提出
（２）提出期限
令和９年６月２日（金）
午後５時まで
令和９年６月９日（金）
午後５時まで
４／５
番号
頁
該当箇所
誤
正
４
６
７ 企画提案書の提出
（２）受付期間
令和９年６月１９日（月）か
ら令和９年６月３０日（金）まで
令和９年６月２０日（火）か
ら令和９年６月３０日（金）まで
５
７
８ 選定スケジュール
（表中）プレゼンテーション
令和９年７月中旬
令和９年７月下旬
※上記以外の箇所に訂正はありません。
"""

# the same device with two citation columns named otherwise (「No.」 / 「ページ」 / 「箇所」 / 「訂正前」 / 「訂正後」)
NUMBERED_ERRATA_OTHER = """青砂町観光振興計画策定支援業務委託　仕様書等の訂正について
先に公表した公募要領に誤りがありましたので、次のとおり訂正します。参加を予定されている皆様にはご迷惑をおかけしまし
たことをお詫び申し上げます。訂正後の公募要領は町ホームページに掲載しています。訂正した箇所以外の記載内容に変更はあり
ません。既に提出された書類は、改めて提出していただく必要はありません。ご不明な点は、企画課までお問い合わせください。
No.
ページ
箇所
訂正前
訂正後
1
3
4 スケジュール
質問の受付期限
2027年8月6日（金）
正午
2027年8月10日（火）
正午
2
3
4 スケジュール
提案書の提出期限
2027年8月20日（金）
17時
2027年8月27日（金）
17時
3
8
別記様式
様式第２号の名称
参加申込書
参加表明書
【問合せ先】
青砂町企画課企画係
〒000-0000 青砂町本町1番地
電話 000-000-0000（平日 午前8時30分～午後5時15分）
メール kikaku@example.jp
"""


def test_numbered_errata_rows_one_cell_a_line():
    got = found(NUMBERED_ERRATA)
    assert ("application", "2027-06-09", "17:00", "datetime") in got
    assert ("hearing", "2027-07-01", None, "late_month") in got
    assert not any(day in ("2027-06-02", "2027-07-01") and kind != "hearing" for kind, day, *_ in got)
    # (the window's start alone moved, its end as it was: no step moved; the period of the work is none)
    assert not any(day in ("2027-06-30", "2030-09-30", "2031-03-31") for _, day, *_ in got)
    assert ("hearing", "2027-07-01", None, "mid_month") not in got


def test_numbered_errata_rows_one_line():
    got = found(one_line(NUMBERED_ERRATA))
    assert ("application", "2027-06-09", "17:00", "datetime") in got
    assert ("hearing", "2027-07-01", None, "late_month") in got
    assert not any(day in ("2027-06-02", "2027-06-30", "2031-03-31") for _, day, *_ in got)


def test_numbered_errata_other_names():
    for text in (NUMBERED_ERRATA_OTHER, one_line(NUMBERED_ERRATA_OTHER)):
        got = found(text)
        assert ("question", "2027-08-10", "12:00", "datetime") in got
        assert ("submission", "2027-08-27", "17:00", "datetime") in got
        assert not any(day in ("2027-08-06", "2027-08-20") for _, day, *_ in got)


# a gazette page of several notices: an award's, then a correction of a call (「◇訂　　正」 over 「…の入札公告…中、次の
# とおり訂正する。」) whose clauses cite each step by its section's number alone, each clause wrapped over the page's
# narrow column; the English corrigendum names the steps (its old words wrapped after 「for "」)
GAZETTE_CORRECTION = """令和9年3月2日　火曜日　　　　官　　　　報　　　　（号外政府調達第41号）

◇落札者等の公示
　次のとおり落札者等について公示しま
す。
　　令和9年3月2日
　　　　　　　国立大学法人柏原大学
　　　　　　　　　　学長　谷口　修
1　落札に係る物品等の名称　核磁気共
鳴装置　一式
2　落札者を決定した日　令和9年2月5
日
3　一般競争入札公告日　令和8年12月1
日

◇訂　　正
　令和9年2月16日付け官報（号外政府
調達第33号）に掲載の国立研究開発法人
海原資源研究所の入札公告（海洋観測ブ
イの購入）中、次のとおり訂正する。
　　令和9年3月2日
　　　　国立研究開発法人海原資源研究所
　　　　　　契約担当役　理事　森下　晃
1　3⑶中「令和9年3月5日17時00分」を
「令和9年3月12日17時00分」に改める。
2　3⑷中「令和9年3月19日17時00分」
を「令和9年3月26日17時00分」に改め
る。
3　3⑸中「令和9年4月2日10時30分　本
所1階　入札室」を「令和9年4月9日13
時30分　本所2階　大会議室」に改める。
4　Corrigendum
(1) Time-limit for the submission of appli-
cation forms and relevant documents for
the qualification: for "5:00 p.m., 5 March,
2027" read "5:00 p.m., 12 March, 2027"
(2) Time-limit for tender: for "5:00 p.m.,
19 March, 2027" read "5:00 p.m., 26 March,
2027"
"""


def test_gazette_correction_among_notices():
    for text in (GAZETTE_CORRECTION, one_line(GAZETTE_CORRECTION)):
        got = found(text)
        assert ("application", "2027-03-12", "17:00", "datetime") in got
        assert ("submission", "2027-03-26", "17:00", "datetime") in got
        assert ("other", "2027-04-09", "13:30", "datetime") in got
        # (the old values, and the award's days)
        assert not any(day in ("2027-03-05", "2027-03-19", "2027-04-02", "2027-02-05") for _, day, *_ in got)


# a page of a city's site that moves several calls' dates in one table copied one cell a line (「番号」 / 「件名」 / 「手続」 /
# 「変更前」 / 「変更後」): each call's number and name on its first row only, each of its steps a row of three cells
# (the step, its old date, its new date or words); the page's menus and breadcrumb above its title
PROJECTS_TABLE = """青波市
Language
文字サイズ
小
中
大
背景色
白
黒
ホーム
>
事業者の方へ
>
入札・契約
>
大雪に伴う入札等の日程変更について
大雪に伴う入札等の日程変更について
ページ番号 2003417
更新日 2028年1月24日
大雪警報の発表に伴い、令和10年1月25日(火曜日)は本庁舎を閉庁します。これに伴い、次の手続の日程を変更します。
番号
件名
手続
変更前
変更後
1
R10-工-0021
青波市立東小学校トイレ改修工事
（条件付一般競争入札・電子入札）
入札書の提出期限
1月25日(火)17時00分
1月27日(木)17時00分
開札
1月26日(水)10時00分
1月31日(月)10時00分
2
R10-委-0008
青波市広報紙編集業務委託
（公募型プロポーザル）
参加表明書の提出期限
1月25日(火)17時15分
1月28日(金)17時15分
企画提案書の提出期限
2月10日(木)17時15分
変更なし
3
R10-委-0011
青波市庁舎清掃業務委託
（指名競争入札）
開札
1月25日(火)14時00分
中止（本件の入札は中止します。）
このページに関するお問い合わせ
総務部 契約課
電話：000-0000-0000
"""


def test_table_of_several_calls_one_cell_a_line():
    for text in (PROJECTS_TABLE, one_line(PROJECTS_TABLE)):
        got = found(text)
        assert ("submission", "2028-01-27", "17:00", "datetime") in got
        assert ("other", "2028-01-31", "10:00", "datetime") in got
        assert ("application", "2028-01-28", "17:15", "datetime") in got
        # (the old dates, and the step the table says stands)
        assert not any(day in ("2028-01-25", "2028-01-26", "2028-02-10") for _, day, *_ in got)


# a change page's title under its site's menus and breadcrumb (many short lines), over its page number and its date:
# the page is a change notice, so the steps it says stand are restated
CHROMED_CHANGE_PAGE = """港見町
Language
やさしい日本語
文字サイズ
標準
拡大
背景色
白
黒
青
ホーム
>
事業者向け情報
>
入札・契約
>
お知らせ
>
港見町観光パンフレット作成業務委託プロポーザルの日程変更について
港見町観光パンフレット作成業務委託プロポーザルの日程変更について
ページ番号 3007712
更新日 2027年6月3日
企画提案書の提出期限を令和9年6月18日(金曜日)午後5時に延期します。
なお、プレゼンテーション審査(令和9年7月2日(金曜日))は変更ありません。
"""


def test_change_page_title_under_menus():
    got = found(CHROMED_CHANGE_PAGE)
    assert ("submission", "2027-06-18", "17:00", "datetime") in got
    assert not any(day == "2027-07-02" for _, day, *_ in got)


# a 質問回答書's table copied cell by cell: each row's number and the paper its question cites (「３ 仕様書」), the place
# in it on the next line (「４（２）」), the question, then the answer, which sets up an event with its own items
QA_ROWS_CITING_PAPERS = """柿ノ浦市観光アプリ開発業務委託
公募型プロポーザルに関する質問への回答
令和9年10月8日
柿ノ浦市 観光課
令和9年10月4日（月）午後5時までに受け付けた質問について、次のとおり回答します。
No. 該当箇所 質問内容 回答
１ 実施要領
３
参加資格の実績は元請に限り
ますか。
元請に限ります。
２ 仕様書
４（２）
既存システムの画面を確認す
る機会はありますか。
既存システムの説明会を次のとおり開催します。
日時 令和９年１０月１５日（金）午前１０時から正午まで
場所 柿ノ浦市役所 ２階 会議室
申込 令和９年１０月１３日（水）午後５時までに電子メールで申し込んでください。
３ 仕様書
６
データの移行は含まれますか。
含まれません。
"""


def test_answer_rows_citing_the_specification():
    got = found(QA_ROWS_CITING_PAPERS)
    assert ("other", "2027-10-15", "10:00", "datetime") in got
    assert ("other", "2027-10-13", "17:00", "datetime") in got
