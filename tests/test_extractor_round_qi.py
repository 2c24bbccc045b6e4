"""Change notices told in sentences and records that keep a step's values (round qi): each test a few lines written
for its class."""

from tests.extractor_found import found

# --- a told plan turning onto the step's new date ----------------------------------------------------------


def test_a_plan_told_as_planned_turns_onto_the_new_date_of_its_step():
    opening = (
        "業務委託の公募について日程を変更します。\n"
        "提案書の提出期限は、当初令和9年6月4日としておりましたが、令和9年6月18日（金）正午まで延長します。\n"
    )
    for told in (
        "審査会は、当初6月下旬を予定しておりましたが、7月中旬に実施します。\n",
        "審査会は、当初6月下旬を予定していましたが、7月中旬に行います。\n",
        "審査会は当初6月下旬の予定でしたが、7月中旬に開催します。\n",
        "審査会は、6月下旬に開催する予定でしたが、7月中旬に開催します。\n",
    ):
        steps = found(opening + told)
        assert ("hearing", "2027-07-01", None, "mid_month") in steps, told
        assert all(step[1] != "2027-06-01" for step in steps), told


def test_a_told_old_date_does_not_lend_its_step_to_another_named_after_the_turn():
    text = (
        "業務委託の公募について日程を変更します。\n"
        "提案書の提出期限は、当初令和9年6月4日を予定しておりましたが、審査結果の通知は6月25日に行います。\n"
    )
    assert ("result", "2027-06-25", None, "date") in found(text)


# --- a read-back of several steps in one sentence ----------------------------------------------------------


def test_the_subject_before_the_next_date_is_that_dates_step_not_this_ones():
    text = (
        "業務委託 公募型プロポーザル 日程変更の連絡 2027/05/10\n"
        "では、ヒアリングが6月2日水曜日の午後2時から、提案書は5月21日の正午、結果が6月中旬、ということで承りました。\n"
    )
    steps = found(text)
    assert ("submission", "2027-05-21", "12:00", "datetime") in steps
    assert all(step[0] != "result" or step[1] != "2027-05-21" for step in steps)


# --- a record's field history: the value replaced is no step ------------------------------------------------


def test_the_old_value_column_of_a_field_history_is_no_step():
    text = (
        "案件：観光案内システム構築業務（公募型プロポーザル）\n"
        "発注者スケジュール\n"
        "質問期限\n"
        "2027/06/11 17:00\n"
        "契約締結（予定）\n"
        "2027年8月上旬\n"
        "\n"
        "項目履歴\n"
        "日付\t項目\tユーザ\t元の値\t新しい値\n"
        "2027/06/20 11:02\t契約締結（予定）\t山田 花子\t2027年7月下旬\t2027年8月上旬\n"
        "2027/06/02 09:15\t質問期限\t山田 花子\t2027/06/18 17:00\t2027/06/11 17:00\n"
    )
    steps = found(text)
    assert ("question", "2027-06-11", "17:00", "datetime") in steps
    assert ("contract", "2027-08-01", None, "early_month") in steps
    assert all(step[1] != "2027-06-18" for step in steps)
    assert all(step[1] != "2027-07-01" for step in steps)
