"""Round rr: a bid team's own papers around a call: a review that sets out the course of the earlier call before this
one's schedule, a memo line that puts the team's day before the call's deadline in a bracket, and a fax machine's report
of the page the team sent."""

from tests.extractor_found import found

REVIEW = (
    "案件振り返りシート\n"
    "株式会社サンプル企画　営業部\n\n"
    "案件名：浜風市 図書館運営業務委託 公募型プロポーザル\n\n"
    "{heading}\n"
    "市の日程\t市の工程\t当社の動き\n"
    "2025/6/2(月)\t公募開始\t6/4 担当決定\n"
    "2025/6/20(金) 17:00\t参加申込書提出期限\t6/19 提出\n"
    "2025/7/11(金) 正午\t企画提案書提出期限\t当日持参\n\n"
    "■２．今回案件の日程\n"
    "（１）公募開始　　　　　　令和８年６月１日（月）\n"
    "（２）参加申込書提出期限　令和８年６月１９日（金）午後５時\n"
    "（３）企画提案書提出期限　令和８年７月１０日（金）正午\n"
)
THIS_CALL = [
    ("published", "2026-06-01", None, "date"),
    ("application", "2026-06-19", "17:00", "datetime"),
    ("submission", "2026-07-10", "12:00", "datetime"),
]


def test_the_earlier_calls_course_under_its_heading_gives_no_step():
    for heading in (
        "■１．前回案件の経過（事実の整理）※市の日程はすべて令和７年（2025年）",
        "■１．前年度公募の日程",
        "■１．前回の経過",
    ):
        result = found(REVIEW.format(heading=heading))
        assert result == THIS_CALL, heading
        assert not any(date.startswith("2025") for _, date, *_ in result)


def test_a_heading_of_this_calls_schedule_keeps_its_steps():
    # (「１．募集の日程」 names no earlier call: its rows are the call's own)
    result = found(REVIEW.format(heading="■１．募集の日程"))
    assert ("application", "2025-06-20", "17:00", "datetime") in result


MEMO = (
    "令和９年１月１０日\n"
    "潮見町公告第５号「潮見町配水池監視設備更新工事」\n\n"
    "【メモ】\n"
    "・{line}\n"
    "・開札は ２月４日（木）午前１０時、電子入札システムにて。\n"
)


def test_the_teams_day_before_the_deadline_in_its_bracket_is_left_out():
    for line, deadline in (
        ("入札書は 2/2(火) 午前中に電子で提出する（期限 2/3(水)17:00）。", ("2027-02-03", "17:00")),
        ("入札書は 2/2(火) に提出する（期限は翌日 2/3(水)17:00）。", ("2027-02-03", "17:00")),
    ):
        result = found(MEMO.format(line=line))
        dates = [(date, time) for _, date, time, _ in result]
        assert deadline in dates, line
        assert not any(date == "2027-02-02" for date, _ in dates), line
        assert ("other", "2027-02-04", "10:00", "datetime") in result


FAX = (
    "ＦＡＸ送信票\n\n"
    "令和９年３月２日\n\n"
    "浜風町　総務課　御中\n"
    "件名：浜風町体育館照明改修工事に係る質問書の送付\n\n"
    "　※　質問の受付期限は、令和９年３月５日（金）午後５時です。\n"
    "　※　回答は、令和９年３月１０日（水）までに町ホームページに掲載します。\n\n"
    "{title}\n"
    "　　　　　　　　03/03/2027　09:21\n"
    "No.　　　　　0212\n"
    "開始時刻　　　03/03　09:19\n"
    "通信時間　　　00:01:02\n"
    "結果　　　　　ＯＫ\n\n"
    "以上\n"
)


def test_a_fax_machines_report_of_the_sending_gives_no_step():
    for title in (
        "＊＊＊＊＊　送　信　結　果　レ　ポ　ー　ト　＊＊＊＊＊",
        "＊＊ 通信管理レポート ＊＊",
        "*** TRANSMISSION VERIFICATION REPORT ***",
    ):
        result = found(FAX.format(title=title))
        assert ("question", "2027-03-05", "17:00", "datetime") in result, title
        assert ("answer", "2027-03-10", None, "date") in result, title
        # (the report printed the morning after the letter's date: the sending's moment, no step)
        assert not any(date == "2027-03-03" for _, date, *_ in result), title


def test_the_teams_day_told_as_the_day_before_the_deadline_is_left_out():
    result = found(MEMO.format(line="入札書の持参は 2/2(火) 午後の予定（期限前日）。"))
    assert not any(date == "2027-02-02" for _, date, *_ in result)
    assert ("other", "2027-02-04", "10:00", "datetime") in result


REPORT = (
    "件名: 【週報】営業部 第1チーム 2029年6月第2週\n"
    "日付: 2029年6月15日(金) 18:00\n\n"
    "■1. 案件別状況\n"
    "［A］汐留市 基幹システム移行支援業務\n"
    "　発注者日程（6月11日 訂正公告で一部訂正）\n"
    "　　質問書の提出期限　　　令和11年6月22日(金)午後5時\n"
    "　　入札書の提出期限　　　令和11年7月6日(金)午後5時\n\n"
    "以上\n\n"
    "――――――――――――――――――――――――――――――――――――\n"
    "{title}\n"
    "件名: 【週報】営業部 第1チーム 2029年6月第1週\n"
    "日付: 2029年6月8日(金) 18:00\n"
    "――――――――――――――――――――――――――――――――――――\n"
    "■1. 案件別状況\n"
    "［A］汐留市 基幹システム移行支援業務\n"
    "　　質問書の提出期限　　　令和11年6月22日(金)午後5時\n"
    "　　入札書の提出期限　　　令和11年6月29日(金)午後5時\n"
    "――――――――――――――――――――――――――――――――――――\n"
)


def test_an_earlier_edition_appended_for_reference_gives_no_step():
    for title in ("（参考）先週の週報", "【参考】前回の進捗報告"):
        result = found(REPORT.format(title=title))
        assert ("question", "2029-06-22", "17:00", "datetime") in result, title
        assert ("submission", "2029-07-06", "17:00", "datetime") in result, title
        assert not any(date == "2029-06-29" for _, date, *_ in result), title  # (the deadline as it stood before)


def test_a_section_that_names_no_earlier_edition_keeps_its_rows():
    # (「先週からの変更点」 is this edition's own part: its rows are read as any others)
    result = found(REPORT.format(title="■2. 先週からの変更点"))
    assert ("submission", "2029-06-29", "17:00", "datetime") in result


CHAT = (
    "10:01:47 From 三宅 To Everyone:\n"
    "\t令和９年度 浜風県観光プロモーション業務委託 企画提案競技\n"
    "\t（１）質問の受付　　　　　５月２６日（水）午後５時まで\n"
    "\t（２）参加申込書の提出　　６月９日（水）午後５時まで（必着）\n"
    "\t（３）企画提案書の提出　　６月２３日（水）午後５時まで（必着）\n"
    "\t（４）審査結果の通知　　　７月中旬\n"
    "10:11:20 From 小野寺 To Everyone:\n"
    "\t{line}\n"
)


def test_last_years_days_told_in_a_chat_give_no_step():
    for line, last_year in (
        ("去年（令和８年度）の同じ業務、提案書の締切は６月２４日だったので、ほぼ同じ時期ですね。", "2027-06-24"),
        ("去年は７月１５日に結果通知で、他社が受託。", "2027-07-15"),
    ):
        result = found(CHAT.format(line=line))
        assert not any(date == last_year for _, date, *_ in result), line
        assert ("submission", "2027-06-23", "17:00", "datetime") in result, line
        assert ("result", "2027-07-01", None, "mid_month") in result, line


def test_the_teams_day_that_leaves_room_before_the_deadline_is_left_out():
    result = found(CHAT.format(line="・6/7(月) 参加申込書 発送（簡易書留、6/9必着に余裕）"))
    assert not any(date == "2027-06-07" for _, date, *_ in result)
    assert ("application", "2027-06-09", "17:00", "datetime") in result


CHECKLIST = """提出書類チェックリスト（企画競争）
案件名   令和10年度 地域DX支援事業 運営業務（企画競争）
発注者   浜風県 産業振興課
公示日   2028/01/24(月)
凡例     状況＝済／未　　社内期限＝当社の締切（県の期限ではない）

【A】県の日程
No   項目                     日時                   備考
A1   質問の提出期限           2028/02/04(金) 17:00   メール
A2   企画書の提出期限         2028/03/01(水) 17:00   持参又は郵送

【B】提出書類
No   書類名                   提出時期          担当  状況  社内期限     備考
B1   参加申込書               申込時            今井  済    2/14(月)     送信済
B2   企画書                   企画書提出時      三浦  未    2/24(木)     骨子レビュー後

【C】メモ
・県の前年度公示は 2027/01/25 だった。
"""


def test_a_column_a_legend_names_as_the_teams_keeps_its_header_and_its_days_out():
    result = found(CHECKLIST)
    assert result == [
        ("published", "2028-01-24", None, "date"),
        ("question", "2028-02-04", "17:00", "datetime"),
        ("submission", "2028-03-01", "17:00", "datetime"),
    ]
