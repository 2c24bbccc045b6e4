"""A bid team's own records around one call (round rb): the issuer's schedule pasted or quoted among the team's own
plan, and a later message that moves the issuer's steps; each test a few lines written for its reading."""

from tests.extractor_found import found


def test_a_joint_ventures_inner_plan_is_the_teams_own():
    text = (
        "公募型プロポーザル 日程\n"
        "・企画提案書の提出期限　令和8年8月28日（金）正午\n"
        "・ヒアリング　令和8年9月10日（木）\n"
        "\n"
        "JV内部スケジュール（町の締切ではありません）\n"
        "8/25（火）印刷発注\n"
        "8/27（木）製本・最終確認\n"
        "9/8（火）ヒアリング リハーサル\n"
    )
    assert found(text) == [
        ("submission", "2026-08-28", "12:00", "datetime"),
        ("hearing", "2026-09-10", None, "date"),
    ]


def test_steps_moved_together_by_one_verb_each_take_their_new_day():
    text = (
        "日程（公告時）\n"
        "・企画提案書の提出期限　令和8年8月21日（金）正午\n"
        "・ヒアリング　令和8年9月3日（木）\n"
        "・審査結果の通知　令和8年9月中旬\n"
        "\n"
        "回答：企画提案書の提出期限を、令和8年8月21日（金）正午から令和8年8月28日（金）正午に変更します。"
        "これに伴い、ヒアリングを令和8年9月10日（木）に、審査結果の通知を令和8年9月下旬に変更します。\n"
    )
    assert found(text) == [
        ("submission", "2026-08-28", "12:00", "datetime"),
        ("hearing", "2026-09-10", None, "date"),
        ("result", "2026-09-01", None, "late_month"),
    ]


def test_a_part_of_the_month_moved_within_its_month_replaces_the_old_part():
    text = (
        "・審査結果の通知　令和8年11月上旬\n"
        "・契約締結　令和8年12月上旬\n"
        "なお、審査結果の通知の時期を令和8年11月下旬に変更します。\n"
    )
    assert found(text) == [
        ("result", "2026-11-01", None, "late_month"),
        ("contract", "2026-12-01", None, "early_month"),
    ]


def test_a_team_memo_titled_in_its_divider_is_the_teams_own():
    text = (
        "スケジュール\n"
        "①質問受付　～2/2(金)正午\n"
        "③参加申込　～2/9(金)17:00（郵送の場合も同日必着）\n"
        "午前10:30 · 2029年1月22日\n"
        "\n"
        "──────────── 社内メモ（井口） ────────────\n"
        "・質問：2/1(木)までに社内で取りまとめ → 市の期限の前に送付\n"
        "・参加申込書：2/6(火)に郵送（必着なので余裕をみる）\n"
    )
    assert found(text) == [
        ("question", "2029-02-02", "12:00", "datetime"),
        ("application", "2029-02-09", "17:00", "datetime"),
    ]


def test_a_part_whose_divider_says_it_is_another_matter_gives_no_step():
    text = (
        "令和11年度 記念事業企画運営業務委託 公募型プロポーザル\n"
        "・参加申込　令和11年2月9日(金)午後5時まで\n"
        "・企画提案書の提出　令和11年3月5日(月)午後5時まで\n"
        "──────────── （同じ日に流れてきた別件。当社は対象外） ────────────\n"
        "入札ウォッチ（非公式）\n"
        "1月23日\n"
        "【入札公告】学校給食センター配送業務（一般競争入札）\n"
        "公告 1/19(金) ／ 参加申請 ～2/1(木)17時 ／ 開札 2/20(火)10時\n"
    )
    assert found(text) == [
        ("application", "2029-02-09", "17:00", "datetime"),
        ("submission", "2029-03-05", "17:00", "datetime"),
    ]


def test_a_day_that_names_a_post_is_no_step():
    text = (
        "・企画提案書の提出　令和11年3月5日(月)午後5時まで\n"
        "【訂正】1月22日のポストで企画提案書の提出期限を「3/2(金)17:00」とご案内しましたが、正しくは「3/5(月)17:00」です。\n"
    )
    assert found(text) == [("submission", "2029-03-05", "17:00", "datetime")]


def test_our_teams_own_days_under_the_issuers_schedule_stay_out():
    text = (
        "発注者日程\n"
        "　質問書の提出期限　令和11年6月8日(金)午後5時\n"
        "　入札書の提出期限　令和11年7月6日(金)午後5時\n"
        "\n"
        "　当チームの実績・予定：\n"
        "　　6/8(金)　質問書 提出済（4問、16:20送信）\n"
        "　　7/5(木)　入札書 提出予定（電子入札）\n"
    )
    assert found(text) == [
        ("question", "2029-06-08", "17:00", "datetime"),
        ("submission", "2029-07-06", "17:00", "datetime"),
    ]
