"""Change notices in forms a bid team meets in its mail and on issuers' pages: a tender service's change mail (its
★ rows, its 【訂正内容】 keyed by a window's end, its 訂正公告 excerpt wrapped at a fixed width), a system's 【変更日時】,
an amending 告示 with its schedule quoted as amended, a page quoting the call's first schedule 「（参考）当初の…日程」, and a
press release whose old dates stand in 【 】. Each is read as written and run onto one line."""

from tenders.extractor import extract
from tenders.extractor.scoring import SHAPES


def steps(text: str, shape: str = "as-written") -> list[tuple]:
    """(kind, date, time, precision) of each milestone proposed for ``text`` in ``shape``."""
    return [(m["kind"], m["date"], m["time"], m["precision"]) for m in extract(SHAPES[shape](text)).as_json()["milestones"]]


SERVICE_MAIL = """差出人: 白石市入札情報サービス <noreply@nyusatsu.example.jp>
送信日時: 2027年4月12日 15:10
件名: 【白石市入札情報】案件情報更新のお知らせ（公告訂正）[2027-0088]

株式会社サンプル 御中

お客様が登録された配信条件に該当する案件の情報が更新されましたので、お知らせします。

【案件情報】
件名　　　　　　：白石市本庁舎清掃業務委託
入札方式　　　　：条件付一般競争入札（電子入札）
履行期間　　　　：2027/07/01 ～ 2029/06/30
公告日　　　　　：2027/04/05
訂正公告日　　　：2027/04/12

【日程】（★は今回の訂正で変更された項目です）
★入札説明書等の配布期間　：2027/04/05(月) 09:00 ～ 2027/05/10(月) 17:00
★質問受付締切日時　　　　：2027/04/23(金) 17:00
★入札書受付締切日時　　　：2027/05/10(月) 17:00
★開札予定日時　　　　　　：2027/05/11(火) 10:00

【訂正内容】
(1) 入札説明書等の配布期間（終了日時）
　　訂正前：2027/04/30(金) 17:00
　　訂正後：2027/05/10(月) 17:00
(2) 質問受付締切日時
　　訂正前：2027/04/16(金) 17:00
　　訂正後：2027/04/23(金) 17:00
(3) 入札書受付締切日時
　　訂正前：2027/04/30(金) 17:00
　　訂正後：2027/05/10(月) 17:00
(4) 開札予定日時
　　訂正前：2027/05/06(木) 10:00
　　訂正後：2027/05/11(火) 10:00

【訂正公告（抜粋）】
白石市公告第77号
　令和9年4月5日付け白石市公告第60号で公告した白石市本庁舎清掃業務委託に係
る条件付一般競争入札について、公告の一部を次のとおり訂正する。
　　令和9年4月12日
　　　　　　　　　　　　白石市長　山田　一郎
※本メールは送信専用です。
"""


def test_a_service_mail_keys_the_papers_window_by_its_end_and_dates_its_correction():
    expected = [
        ("question", "2027-04-23", "17:00", "datetime"),
        ("submission", "2027-05-10", "17:00", "datetime"),
        ("other", "2027-05-11", "10:00", "datetime"),
    ]
    for shape in ("as-written", "one-line"):
        found = steps(SERVICE_MAIL, shape)
        assert found == expected, shape
        # (「(1) 入札説明書等の配布期間（終了日時）」 is the window's end, no publication; the call's 公告日 is no step of
        # the change: the mail's 訂正公告日, its wrapped excerpt's 「…付け…で公告した…について、…訂正する。」 say so)
        assert not any(kind == "published" for kind, *_ in found), shape


SYSTEM_MAIL = """From: 青葉県電子入札システム <noreply-ebid@example.jp>
Subject: 【青葉県電子入札システム】入札公告等の変更のお知らせ（案件番号：2027050100011）

青葉県電子入札システムからのお知らせです。
貴社が入札説明書等をダウンロードした下記の案件について、入札公告等の内容が変更されました。

■案件情報
【調達案件名称】    県道青葉線 舗装補修工事
【公告日】          2027/05/06
【変更日時】        2027/05/20 15:30
【変更理由】        設計図書の訂正に伴う日程変更

■日程（※印は今回変更又は追加された項目です）
【質問書受付期間】
   2027/05/06 09:00 ～ 2027/05/14 17:00
【入札書受付締切日時】
  ※2027/06/03 17:00
   （変更前：2027/05/27 17:00）
【開札予定日時】
  ※2027/06/04 10:00
   （変更前：2027/05/28 10:00）
【事後審査書類提出期限】
   落札候補者となった旨の通知を受けた日の翌日から起算して2日以内
"""


def test_a_system_mail_of_a_change_dates_it_by_its_change_field_and_keeps_each_key_with_its_row():
    expected = [("submission", "2027-06-03", "17:00", "datetime"), ("other", "2027-06-04", "10:00", "datetime")]
    for shape in ("as-written", "one-line"):
        # (【変更日時】 beside 【公告日】: the call's publication is no step of the change; run onto one line, the next
        # row's key 「【開札予定日時】」 is no rest of the dated row above it)
        assert steps(SYSTEM_MAIL, shape) == expected, shape


AMENDING_NOTICE = """ホーム > 入札・契約 > 桐原町観光案内業務委託公募型プロポーザル実施要領の一部改正について
桐原町観光案内業務委託公募型プロポーザル実施要領の一部改正について
令和8年4月3日付け桐原町告示第21号で告示した実施要領の一部を、令和8年4月20日付け桐原町告示第30号により改正しました。

桐原町告示第30号
　桐原町観光案内業務委託公募型プロポーザル実施要領（令和8年桐原町告示第21号）の一部を次のように改正する。
　　令和8年4月20日
桐原町長　川端　誠
　第6項第3号中「5月8日（金）正午」を「5月15日（金）午後5時」に改め、同項第4号中「5月19日（火）」を「5月26日（火）」に改め、同項第5号中「5月下旬」を「6月上旬」に改め、同項に次の1号を加える。
　（6）　修正仕様書に関する追加質問の提出期限
　　令和8年4月30日（木）午後5時
　　　附　則
　この告示は、告示の日から施行する。

（参考）改正後の実施要領「6　日程」
　本プロポーザルは、次の日程により実施する。
　（1）　実施要領の公表
　　令和8年4月3日（金）
　（2）　質問書の提出期限
　　令和8年4月17日（金）午後5時
　（3）　企画提案書の提出期限
　　令和8年5月15日（金）午後5時
　（4）　プレゼンテーション審査
　　令和8年5月26日（火）
　（5）　審査結果の通知
　　令和8年6月上旬
　（6）　修正仕様書に関する追加質問の提出期限
　　令和8年4月30日（木）午後5時
このページに関するお問い合わせ
産業観光課
"""


def test_an_amending_notice_reads_the_changed_rows_of_its_schedule_quoted_as_amended():
    expected = [
        ("question", "2026-04-30", "17:00", "datetime"),
        ("submission", "2026-05-15", "17:00", "datetime"),
        ("hearing", "2026-05-26", None, "date"),
        ("result", "2026-06-01", None, "early_month"),
    ]
    for shape in ("as-written", "one-line"):
        # (the item the 告示 adds is new; the rows the clauses leave as they were, 実施要領の公表 and 質問書の提出期限, are
        # restated: no steps)
        assert steps(AMENDING_NOTICE, shape) == expected, shape


FIRST_SCHEDULE_QUOTED = """萩野町民会館の指定管理者募集の日程変更について
更新日：2021年5月28日
【追記】質問の受付期限を延長しました（令和3年5月28日）
延長前　令和3年6月11日（金）午後5時まで
延長後　令和3年6月18日（金）午後5時まで
4月9日付けでお知らせした募集手続の延期について、新たな日程が決まりましたのでお知らせします。
1　変更後の日程
(1)質問の受付
令和3年6月18日（金）午後5時まで
(2)指定申請書の受付
令和3年7月5日（月）から7月9日（金）まで
(3)選定結果の通知
令和3年8月下旬

【第1報】募集手続の延期について（令和3年4月9日掲載）
・4月16日（金）までとしていた質問の受付は、一時中断します。
・5月10日（月）から5月14日（金）までとしていた指定申請書の受付は、延期します。

（参考）当初の募集日程（令和3年3月22日公表時）
募集要項の配布　令和3年3月22日（月）から
質問の受付　令和3年4月16日（金）午後5時まで
指定申請書の受付　令和3年5月10日（月）から5月14日（金）まで
選定結果の通知　令和3年6月下旬
このページに関するお問い合わせ
萩野町教育委員会
"""


def test_the_first_schedule_a_change_quotes_by_its_day_is_no_step():
    found = steps(FIRST_SCHEDULE_QUOTED)
    assert ("question", "2021-06-18", "17:00", "datetime") in found
    assert ("result", "2021-08-01", None, "late_month") in found
    for old in ("2021-03-22", "2021-04-16", "2021-05-14", "2021-06-01"):
        assert not any(date == old for _, date, *_ in found), old


PRESS_RELEASE = """報 道 発 表 資 料
令和9年2月8日
白浜県土木部
担当：施設整備課
電話：000-0000-0000
白浜県立海浜公園多目的施設整備運営事業の
入札スケジュールを変更します
～資材価格の上昇を踏まえ事業費を見直しました～
県では、令和8年10月30日（金）に本事業の総合評価一般競争入札の入札公告を行いました。
このたび、事業費を見直したことから、入札スケジュールを変更しますので、お知らせします。
1 今後のスケジュール（予定）
【 】内は変更前の予定です。
・修正後の入札説明書等に関する質問の受付
令和9年2月24日（水）17時まで ※新規
・提案書類の受付
令和9年5月12日（水）から5月14日（金）まで
【令和9年3月24日（水）から3月26日（金）まで】
・事業者ヒアリング
令和9年6月中旬【令和9年4月下旬】
・施設の供用開始
令和12年4月 変更なし
【問い合わせ先】
白浜県土木部施設整備課
"""


def test_a_press_release_of_a_schedule_change_leaves_out_its_old_dates_in_brackets():
    found = steps(PRESS_RELEASE)
    assert ("question", "2027-02-24", "17:00", "datetime") in found
    assert ("submission", "2027-05-14", None, "date") in found
    assert ("hearing", "2027-06-01", None, "mid_month") in found
    # (the old values in 【 】, its own line's and the row's: no steps)
    for old in ("2027-03-24", "2027-03-26", "2027-04-01"):
        assert not any(date == old for _, date, *_ in found), old
