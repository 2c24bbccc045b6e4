"""What a bid team pastes about one call (round lk): a chat post that names the team's plan and asks for views, another
call told of beside this one, the team's own practice and posting days, a shared calendar's deadline titles, days of
another issuer's call and the later days of an event over several days, and a step named as a sentence's topic before
when it follows. Each test a few lines written for its device."""

from tests.extractor_found import found

# --- a team's plan, another call, the team's own days in a chat ------------------------------------------------------


def test_a_post_that_names_the_team_plan_and_asks_for_views():
    text = (
        "令和9年度 湖畔公園整備基本計画策定業務 公募型プロポーザル\n"
        "■参加申込書の提出　9/3(金) 17:00まで\n"
        "■企画提案書の提出　9/17(金) 正午まで\n"
        "\n"
        "北川 17:02\n"
        "社内スケジュール（案）です。意見あればスレッドへ。\n"
        "・申込書 押印・発送 9/1(水)\n"
        "・提案書ドラフト 9/10(金)\n"
        "・プレゼン練習 9/24(金)\n"
    )
    assert found(text) == [
        ("application", "2027-09-03", "17:00", "datetime"),
        ("submission", "2027-09-17", "12:00", "datetime"),
    ]


def test_the_dates_of_another_call_told_beside_this_one():
    text = (
        "令和9年度 水辺公園活用計画策定業務 公募型プロポーザル\n"
        "企画提案書の提出 令和9年6月11日(金)正午まで\n"
        "\n"
        "参考：同じ時期に隣町の観光計画のプロポも出ていて、あちらは質問〆 6/4(金)、提案書 6/25(金)。\n"
    )
    assert found(text) == [("submission", "2027-06-11", "12:00", "datetime")]


def test_the_team_practice_for_the_hearing_is_no_hearing():
    text = (
        "プレゼンテーション審査 令和9年8月19日(木)\n"
        "\n"
        "・プレゼン練習 8/12(木)\n"
        "・参加表明書 押印・発送 7/20(火) 簡易書留\n"
    )
    assert found(text) == [("hearing", "2027-08-19", None, "date")]


# --- a shared calendar printed as an agenda --------------------------------------------------------------------------


AGENDA = (
    "2028年5月8日 (月)\n"
    "  終日            【村】公募開始（要項の配布 5/8〜6/9）\n"
    "  10:00 – 11:00   定例会議\n"
    "\n"
    "2028年5月16日 (火)\n"
    "  16:30 – 17:00   【村】質問書 提出〆（午後5時まで・メールのみ）\n"
    "\n"
    "2028年5月17日 (水)\n"
    "  16:00 – 17:00   【浜崎市】体育館 指定管理 申請書〆 17:00\n"
    "\n"
    "2028年6月5日 (月)\n"
    "  終日            【村】申請書 受付期間（6月5日 – 6月9日）\n"
    "                  説明: 受付時間 午前9時〜午後4時。持参のみ\n"
    "\n"
    "2028年6月6日 (火)\n"
    "  終日            【村】申請書 受付期間（2日目 / 5日間）\n"
    "\n"
    "2028年6月7日 (水)\n"
    "  終日            【村】申請書 受付期間（3日目 / 5日間）\n"
    "\n"
    "2028年6月26日 (月)\n"
    "  終日            【村】選定結果 通知予定\n"
)


def test_an_agenda_deadline_closes_at_the_hour_its_title_gives():
    assert ("question", "2028-05-16", "17:00", "datetime") in found(AGENDA)
    assert not [step for step in found(AGENDA) if step[1] == "2028-05-16" and step[2] == "16:30"]


def test_an_agenda_event_of_another_issuers_call_is_left_out():
    assert not [step for step in found(AGENDA) if step[1] == "2028-05-17"]


def test_an_agenda_window_over_days_gives_its_last_day_once():
    steps = found(AGENDA)
    assert ("submission", "2028-06-09", "16:00", "datetime") in steps
    assert not [step for step in steps if step[1] in ("2028-06-05", "2028-06-06", "2028-06-07")]
    assert steps[0] == ("published", "2028-05-08", None, "date")
    assert steps[-1] == ("result", "2028-06-26", None, "date")


# --- a step named as a sentence's topic before when it follows -------------------------------------------------------


def test_a_step_named_as_the_topic_before_the_council_vote():
    text = "公募開始 2027年7月5日\n選定後、2027年12月の町議会に議案を上程予定。協定の締結は議決後、2028年1月の予定です。\n"
    assert ("contract", "2028-01-01", None, "month") in found(text)


def test_a_when_clause_without_a_topic_still_names_no_step():
    text = "公募開始 2027年7月5日\n契約締結後、初校を10月3日までに提出すること。\n"
    assert found(text) == [("published", "2027-07-05", None, "date")]
