"""Review rv17 of round im: faults found in its rules, each a few lines written for its class."""

from tests.extractor_found import found, one_line


def test_a_call_that_opens_and_reviews_whoever_applied_keeps_its_publication():
    text = (
        "黒松町観光案内所運営業務委託 公募型プロポーザルの再公告について\n"
        "　応募者がなかったため、募集要項の一部を変更して再度公告します。\n"
        "1 公募開始\n"
        "　令和9年2月1日（月）から募集を開始し、応募のあった事業者について書類審査を行います。\n"
        "2 参加申込書の提出期限 令和9年2月19日（金）午後5時\n"
        "3 企画提案書の提出期限 令和9年3月5日（金）午後5時\n"
    )
    assert ("published", "2027-02-01", None, "date") in found(text)
    assert ("published", "2027-02-01", None, "date") in found(one_line(text))


def test_the_councils_vote_in_a_row_of_a_change_table_keeps_its_new_month():
    text = (
        "青葉区民センター指定管理者募集のスケジュール変更について\n"
        "　標記の募集について、スケジュールを下記のとおり変更します。\n"
        "項目\t変更前\t変更後\n"
        "提案書の提出期限\t令和8年12月15日\t令和9年1月15日\n"
        "指定管理者の指定（議会の議決）\t令和8年12月\t令和9年3月\n"
    )
    assert ("other", "2027-03-01", None, "month") in found(text)


def test_the_day_a_suspended_handout_resumes_on_keeps_its_step():
    text = (
        "紅葉台市民プール指定管理者募集の再開について\n"
        "1 募集要項の配布\n"
        "　令和9年10月1日（金）から、停止していた募集要項の配布を再開します。\n"
        "2 提案書の提出期限 令和9年11月5日（金）午後5時\n"
    )
    assert ("published", "2027-10-01", None, "date") in found(text)
    assert ("published", "2027-10-01", None, "date") in found(one_line(text))
