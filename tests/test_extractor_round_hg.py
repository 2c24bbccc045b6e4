"""Change notices (round hg): a schedule a correction restates for reference below the rows it corrected."""

from tests.extractor_found import found


def test_a_row_of_the_schedule_restated_for_reference_that_no_correction_names_is_left_out():
    text = (
        "入札公告の訂正について\n"
        "令和9年9月1日付けで公告した庁舎清掃業務の一般競争入札について、次のとおり訂正する。\n"
        "\n"
        "1 入札書の提出期限\n"
        "  訂正前 令和9年9月24日(金)午後5時\n"
        "  訂正後 令和9年9月28日(火)午後5時\n"
        "2 開札の日時\n"
        "  訂正前 令和9年9月27日(月)午前10時\n"
        "  訂正後 令和9年9月29日(水)午前10時\n"
        "\n"
        "(参考)訂正後の主な日程\n"
        "  参加資格確認結果の通知 令和9年9月17日(金)\n"
        "  入札書の提出期限 令和9年9月28日(火)午後5時\n"
        "  開札の日時 令和9年9月29日(水)午前10時\n"
        "\n"
        "問合せ先 総務課\n"
    )
    assert [f[1] for f in found(text)] == ["2027-09-28", "2027-09-29"]


def test_a_whole_schedule_restated_below_a_reference_line_keeps_only_what_the_correction_set():
    text = (
        "訂正公告\n"
        "令和10年5月10日付けで公告した業務委託の入札について、次のとおり訂正する。\n"
        "\n"
        "1 訂正の内容\n"
        "  質問に対する回答の日\n"
        "  訂正前 令和10年5月20日(金)\n"
        "  訂正後 令和10年5月25日(水)\n"
        "\n"
        "2 訂正後の入札日程(全体)\n"
        "  参考として、訂正後の日程の全体を示す。\n"
        "  ・質問の受付期限:令和10年5月17日(火)午後5時(受付終了)\n"
        "  ・質問に対する回答:令和10年5月25日(水)\n"
        "\n"
        "3 その他\n"
        "  上記以外の公告の内容に変更はない。\n"
    )
    assert [f[1] for f in found(text)] == ["2028-05-25"]


# --- the call a change notice carries with it, as first published -----------------------------------------


def test_the_steps_of_the_call_carried_below_a_postponement_are_left_out_but_its_publication():
    text = (
        "【開札延期後の日程】\n"
        "  延期後の日程を次のとおりお知らせします。\n"
        "  ・入札書の提出期限 令和9年11月9日(火)午後5時\n"
        "  ・開札日時 令和9年11月10日(水)午前10時\n"
        "----------\n"
        "(当初の公告)\n"
        "----------\n"
        "次のとおり一般競争入札を行うので公告する。\n"
        "1 公告日 令和9年10月1日(金)\n"
        "2 質問の受付期限 令和9年10月8日(金)午後3時\n"
        "3 入札参加資格確認申請書の提出期限 令和9年10月12日(火)午後5時\n"
    )
    assert [f[1] for f in found(text)] == ["2027-10-01", "2027-11-09", "2027-11-10"]


def test_the_summary_of_the_call_above_its_corrections_keeps_only_what_they_set():
    text = (
        "■入札公告(概要)\n"
        "公告日:令和10年3月1日(水)\n"
        "質問の受付:令和10年3月8日(水)午後5時まで\n"
        "入札書の提出期限:令和10年3月22日(水)午後5時\n"
        "\n"
        "-----------------------------------\n"
        "訂正公告\n"
        "1 入札書の提出期限\n"
        "  訂正前 令和10年3月22日(水)午後5時\n"
        "  訂正後 令和10年3月29日(水)午後5時\n"
    )
    assert [f[1] for f in found(text)] == ["2028-03-01", "2028-03-29"]
