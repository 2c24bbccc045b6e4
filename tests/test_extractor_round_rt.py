"""A team's project plan re-baselined after a call's change (round rt): each test a few lines written for its class."""

from tests.extractor_found import found

HEAD = "ID\t進捗率\tタスク名\t期間\t開始日\t終了日\t基準終了日\t終了日の差異\tメモ\n"


def plan(*rows: str) -> str:
    return "みずほ町 公民館改修 提案工程表（延期反映）\n\n" + HEAD + "".join(row + "\n" for row in rows)


def test_a_rebaselined_plan_counts_the_issuers_whole_schedule_and_leaves_its_baseline_out():
    text = plan(
        "1\t\t\u3000【発注者】公募手続\t90日\t2028/02/01\t2028/05/12\t2028/04/21\t15日\t",
        "2\t100%\t\u3000\u3000公告\t0日\t2028/02/01\t2028/02/01\t2028/02/01\t0日\t",
        "3\t0%\t\u3000\u3000参加申込書 提出\t0日\t2028/03/10\t2028/03/10\t2028/02/18\t15日\t",
        "4\t0%\t\u3000\u3000企画提案書 提出\t0日\t2028/04/14\t2028/04/14\t2028/03/24\t15日\t",
    )
    days = [(kind, day) for kind, day, _, _ in found(text)]
    # the step already over counts too; the baseline's 2028/02/18 and 2028/03/24 stay out
    assert ("published", "2028-02-01") in days
    assert ("application", "2028-03-10") in days
    assert ("submission", "2028-04-14") in days
    assert not any(day in ("2028-02-18", "2028-03-24") for _, day in days)


def test_the_tasks_under_the_teams_summary_task_stay_out():
    text = plan(
        "1\t\t\u3000【発注者】公募手続\t90日\t2028/02/01\t2028/05/12\t2028/04/21\t15日\t",
        "2\t0%\t\u3000\u3000参加申込書 提出\t0日\t2028/03/10\t2028/03/10\t2028/02/18\t15日\t",
        "3\t0%\t\u3000\u3000企画提案書 提出\t0日\t2028/04/14\t2028/04/14\t2028/03/24\t15日\t",
        "4\t\t\u3000【社内】提案書作成\t30日\t2028/03/01\t2028/04/12\t2028/03/22\t15日\t",
        "5\t0%\t\u3000\u3000参加申込書 作成\t5日\t2028/03/01\t2028/03/08\t2028/02/15\t15日\t",
        "6\t0%\t\u3000\u3000提案書 執筆\t20日\t2028/03/13\t2028/04/07\t2028/03/17\t15日\t",
        "7\t0%\t\u3000\u3000製本・決裁\t3日\t2028/04/10\t2028/04/12\t2028/03/21\t15日\t",
    )
    days = [day for _, day, _, _ in found(text)]
    assert "2028-03-10" in days and "2028-04-14" in days
    # 作成, 執筆, 決裁 under 【社内】: the team's own work
    assert not any(day in ("2028-03-08", "2028-04-07", "2028-04-12", "2028-03-01", "2028-03-13") for day in days)


def test_a_teams_summary_task_marks_its_tasks_without_a_baseline_column_too():
    text = (
        "タスク名\t開始日\t終了日\n"
        "\u3000【社内】提案書作成\t2028/03/01\t2028/04/12\n"
        "\u3000\u3000提案書 執筆\t2028/03/13\t2028/04/07\n"
    )
    assert [day for _, day, _, _ in found(text)] == []


def test_a_plans_remark_gives_the_hour_of_the_rows_day():
    text = plan(
        "1\t\t\u3000【発注者】公募手続\t90日\t2028/02/01\t2028/05/12\t2028/04/21\t15日\t",
        "2\t0%\t\u3000\u3000参加申込書 提出\t0日\t2028/03/10\t2028/03/10\t2028/02/18\t15日\t"
        "令和10年3月10日（金）午後5時まで（持参）",
        "3\t0%\t\u3000\u3000企画提案書 提出\t0日\t2028/04/14\t2028/04/14\t2028/03/24\t15日\t"
        "変更公告で変更。令和10年4月14日（金）正午まで",
        "4\t0%\t\u3000\u3000説明会\t0日\t2028/02/15\t2028/02/15\t2028/02/15\t0日\t2/15(火)10時 参加済",
    )
    steps = {(kind, day): time for kind, day, time, _ in found(text)}
    assert steps[("application", "2028-03-10")] == "17:00"
    assert steps[("submission", "2028-04-14")] == "12:00"
    # a remark of what the team did at that hour gives the step no hour
    assert steps.get(("other", "2028-02-15")) is None


def test_a_workflow_requests_route_of_approval_and_its_edits_give_no_step():
    text = (
        "申請書名：入札参加申請（変更）\n"
        "関連申請：WF-0101 入札参加申請（2028/01/20 承認済）\n"
        "変更通知日：2028/02/03(木)\n"
        "\n"
        "項目\t変更前\t変更後\n"
        "企画提案書 提出期限\t2028/02/25(金) 12:00\t2028/03/10(金) 12:00\n"
        "\n"
        "■ 承認経路・履歴\n"
        "No.\t承認者\t判断\t日時\tコメント\n"
        "1\t課長 森 一郎\t承認\t2028/02/04 11:40\t確認しました。\n"
        "2\t部長 林 花子\t差戻し\t2028/02/04 16:05\tヒアリングの日付が通知（3月24日）と違います。\n"
        "\n"
        "■ 項目の変更履歴\n"
        "項目\t変更前の値\t変更後の値\t変更者\t日時\n"
        "提出期限\t2028/02/25(金)\t2028/03/10(金)\t森\t2028/02/05 09:01\n"
    )
    days = [day for _, day, _, _ in found(text)]
    assert "2028-03-10" in days
    for day in ("2028-01-20", "2028-02-03", "2028-02-04", "2028-02-05", "2028-03-24"):
        assert day not in days


def test_a_day_in_brackets_after_a_period_named_before_it_is_no_step():
    text = (
        "参加表明書の提出期限 令和10年3月10日（金）午後5時\n"
        "なお、委託期間の終わり（令和11年3月19日）は据え置きなので、調査の工程を提案書で示す必要あり。\n"
    )
    days = [day for _, day, _, _ in found(text)]
    assert days == ["2028-03-10"]
