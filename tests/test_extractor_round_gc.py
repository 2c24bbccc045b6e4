"""Round gc: a window the opening closes (「…から開札日まで」) in a change notice."""

import datetime as dt

from tenders.extractor import extract


def milestones(text: str):
    return extract(text).proposal.milestones


CORRECTION = """霞野町公告第12号

訂正公告

令和9年3月1日付け霞野町公告第9号で公告した「霞野町立中学校体育館照明改修工事」に係る条件付一般競争入札について、次のとおり訂正する。

令和9年3月5日

霞野町長　青柳　誠

1　訂正内容
(1) 入札参加資格確認申請書の提出期限
　誤　令和9年3月12日(金)午後3時
　正　令和9年3月12日(金)午後5時

2　その他
　設計図書は町ホームページに掲載している。掲載期間は、令和9年3月5日から開札日までとする。
"""

POSTING = """霞野県公告第31号

条件付一般競争入札の公告の訂正について

令和9年7月1日付け霞野県公告第28号で公告した県道霞野線舗装補修工事に係る条件付一般競争入札について、下記のとおり訂正する。

令和9年7月6日

霞野県知事　青柳　誠

記

第1　訂正の内容
【訂正前】
　設計図書の掲載期間
　令和9年7月2日(金)から令和9年7月12日(月)まで
【訂正後】
　設計図書の掲載期間
　令和9年7月2日(金)から開札日時(令和9年7月26日(月)午前10時)まで
"""


def test_start_of_window_the_opening_closes_is_no_step():
    found = milestones(CORRECTION)
    assert not [m for m in found if m.date == dt.date(2027, 3, 5)]
    deadline = [m for m in found if m.kind == "application"]
    assert [(m.date, m.time, m.precision) for m in deadline] == [(dt.date(2027, 3, 12), dt.time(17, 0), "datetime")]


def test_window_closed_by_the_opening_keeps_its_end():
    found = milestones(POSTING)
    assert not [m for m in found if m.date == dt.date(2027, 7, 2)]
    assert [(m.kind, m.date, m.time, m.precision) for m in found if m.date == dt.date(2027, 7, 26)] == [
        ("other", dt.date(2027, 7, 26), dt.time(10, 0), "datetime")
    ]


POSTPONED = """霞野市交流センター指定管理者選定　ヒアリングの延期について

令和9年1月20日

霞野市 企画課

霞野市交流センター指定管理者の選定に係るヒアリングを、次のとおり延期します。

・ヒアリング　令和9年2月3日（水）から令和9年2月10日（水）に延期します。
・選定結果の通知は、予定どおり令和9年3月上旬に行います。
"""

ANSWERS = """霞野県産品プロモーション業務委託　企画提案競技　質問回答書

令和8年12月11日

霞野県 産業振興課

| No. | 質問 | 回答 |
|---|---|---|
| 1 | 企画提案書の提出期限を延長できないか。 | 企画提案書の提出期限を令和9年1月15日（金）午後5時に延長します。 |
| 2 | 延長後はヒアリングの日も遅れるのか。 | ヒアリングは、募集要項のとおり令和9年1月29日（金）に行います。 |
"""


def test_day_kept_as_planned_is_restated():
    found = milestones(POSTPONED)
    assert [(m.kind, m.date) for m in found if m.kind == "hearing"] == [("hearing", dt.date(2027, 2, 10))]
    assert not [m for m in found if m.date == dt.date(2027, 3, 1)]


def test_day_kept_as_the_call_gave_it_is_restated():
    found = milestones(ANSWERS)
    submission = [m for m in found if m.kind == "submission"]
    assert [(m.date, m.time, m.precision) for m in submission] == [(dt.date(2027, 1, 15), dt.time(17, 0), "datetime")]
    assert not [m for m in found if m.date == dt.date(2027, 1, 29)]


SHEET = """霞野市観光案内業務委託 公募型プロポーザル
質問回答書

令和9年4月9日
霞野市 観光課

令和9年3月25日付けで公告した標記プロポーザルについて、受け付けた質問に次のとおり回答します。

| No. | 質問 | 回答 |
|---|---|---|
| 1 | 企画提案書の提出期限を延ばせないか。 | 企画提案書の提出期限を令和9年4月28日（水）午後5時に延長します。 |
"""


def test_answer_sheets_own_day_run_onto_its_name_is_no_answer():
    found = milestones(SHEET.replace("\n", " "))
    assert not [m for m in found if m.kind == "answer"]
    submission = [m for m in found if m.kind == "submission"]
    assert [(m.date, m.time, m.precision) for m in submission] == [(dt.date(2027, 4, 28), dt.time(17, 0), "datetime")]


TITLED = """霞野市図書館システム更新業務委託に係る公募型プロポーザルの日程変更のお知らせ
令和9年5月10日
霞野市 教育委員会 図書館

令和9年4月20日に公告した標記プロポーザルについて、次のとおり日程を変更します。

企画提案書の提出期限
　変更前　令和9年5月21日（金）午後5時
　変更後　令和9年5月28日（金）午後5時
"""


def test_change_notices_own_title_run_onto_its_day_is_no_step():
    found = milestones(TITLED.replace("\n", " "))
    assert not [m for m in found if m.date == dt.date(2027, 5, 10)]
    submission = [m for m in found if m.kind == "submission"]
    assert [(m.date, m.time, m.precision) for m in submission] == [(dt.date(2027, 5, 28), dt.time(17, 0), "datetime")]
