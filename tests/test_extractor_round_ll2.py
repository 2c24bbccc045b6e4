"""Converted calls, second pass (round ll2): a timeline drawn as rows of dates over rows of steps (a briefing's slide,
a Gantt-like text, a PDF's rows copied out), read column by column where the counts agree: the times' row under the
dates not lined up when some dates have none, the steps' names wrapped onto a row below. Each test a few invented
lines."""

from tests.extractor_found import found

# --- a slide's timeline: dates, a short row of times, steps, their names wrapped ---------------------------------

SLIDE = (
    "白浜市 公共施設予約システム更新業務\n"
    "公募型プロポーザル 説明会資料\n"
    "2028年6月5日（月）10:00～11:00\n"
    "\n"
    "全体スケジュール（予定）\n"
    "5/29(月) 6/5(月) 6/12(月) 6/26(月) 7/3(月)\n"
    "17:00 17:00\n"
    "公募開始 説明会 質問締切 参加申込締切 参加資格\n"
    "（本日） 確認結果通知\n"
    "7/18(火) 8/1(火)の週 8月上旬 8月下旬\n"
    "企画提案書 提案審査 受託候補者 契約締結\n"
    "提出締切 （プレゼン） 決定\n"
    "※日程は予定です。\n"
)


def test_a_slide_timeline_pairs_each_step_with_the_date_in_its_column():
    steps = found(SLIDE)
    assert ("published", "2028-05-29", None, "date") in steps
    assert ("result", "2028-07-03", None, "date") in steps  # 「参加資格」 / 「確認結果通知」: the name wrapped below
    assert any(step[:2] == ("submission", "2028-07-18") for step in steps)  # 「企画提案書」 / 「提出締切」
    assert ("result", "2028-08-01", None, "early_month") in steps  # 「受託候補者」 / 「決定」
    assert ("contract", "2028-08-01", None, "late_month") in steps


def test_a_slide_timeline_wrapped_aside_and_short_times_row_pair_no_step_with_a_wrong_date():
    steps = found(SLIDE)
    assert not any(step[0] == "result" and step[1] in ("2028-07-18", "2028-08-01") and step[3] == "date" for step in steps)
    assert not any(step[0] == "result" and step[3] == "late_month" for step in steps)  # the contract stays a contract
    assert any(step[:2] == ("question", "2028-06-12") for step in steps)
    assert any(step[:2] == ("application", "2028-06-26") for step in steps)


# --- a Gantt-like text: a row of dates over a row of steps, a wrapped row of as many words ------------------------

GANTT = (
    "令和10年度 観光案内標識整備業務 企画提案 日程\n"
    "令和10年4月10日 4月24日 5月8日 5月22日\n"
    "公告 参加表明書 企画提案書 審査結果\n"
    "- 提出期限 提出期限 通知\n"
    "\n"
    "業務期間 契約締結日から令和11年3月15日まで\n"
)


def test_a_gantt_row_of_dates_over_steps_wrapped_by_column():
    steps = found(GANTT)
    assert ("published", "2028-04-10", None, "date") in steps
    assert ("application", "2028-04-24", None, "date") in steps
    assert ("submission", "2028-05-08", None, "date") in steps
    assert ("result", "2028-05-22", None, "date") in steps
    assert not any(step[1] == "2029-03-15" for step in steps)  # the term's end


# --- counts that do not agree: no column read ---------------------------------------------------------------------

UNEVEN = (
    "庁舎清掃業務 見積合わせ\n"
    "令和10年9月1日 9月8日 9月15日\n"
    "見積書提出期限 開封\n"
    "\n"
    "見積書の提出期限 令和10年9月8日（金）正午\n"
)


def test_a_row_of_steps_fewer_than_its_dates_pairs_none_by_column():
    steps = found(UNEVEN)
    assert ("submission", "2028-09-08", "12:00", "datetime") in steps
    assert not any(step[0] == "submission" and step[1] == "2028-09-01" for step in steps)
