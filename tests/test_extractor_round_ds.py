"""A separate change notice gives only what it changes (round ds): its restated unchanged steps, its own day and a
called-off call's old schedule are no milestones. Each test a few lines written for its class."""

from tests.extractor_found import found


def test_a_restated_schedule_keeps_only_its_marked_rows():
    text = (
        "文化祭企画プロポーザルの日程変更のお知らせ\n"
        "令和9年6月20日\n"
        "青葉町 総務課\n"
        "\n"
        "令和9年6月1日付けで公告した標記プロポーザルについて、次のとおり日程を変更します。\n"
        "\n"
        "1 変更後のスケジュール\n"
        "★印は変更した項目、［ ］内は変更前です。\n"
        "\n"
        "(1) 質問の受付期限\n"
        "  令和9年6月12日（土）午後5時\n"
        "(2)★参加申込書の提出期限\n"
        "  令和9年6月30日（水）午後5時\n"
        "  ［令和9年6月25日（金）午後5時］\n"
        "(3) 契約締結\n"
        "  令和9年8月下旬\n"
    )
    assert found(text) == [("application", "2027-06-30", "17:00", "datetime")]


def test_a_row_of_old_and_new_that_reads_the_same_is_no_change():
    text = (
        "青葉町文化祭企画運営業務プロポーザル 新旧対照表\n"
        "令和9年6月1日付けで公告した標記プロポーザルについて、次のとおり変更します。\n"
        "\n"
        "| 項目 | 変更前 | 変更後 |\n"
        "|---|---|---|\n"
        "| 質問の受付期限 | 令和9年6月12日(土)午後5時 | 令和9年6月12日(土)午後5時 |\n"
        "| 企画提案書の提出期限 | 令和9年7月2日(金)正午 | 令和9年7月9日(金)正午 |\n"
    )
    assert found(text) == [("submission", "2027-07-09", "12:00", "datetime")]


def test_a_list_under_a_heading_of_no_change_is_restated():
    text = (
        "青葉町文化祭企画運営業務プロポーザル 説明会の延期について\n"
        "令和9年6月1日付けで公告した標記プロポーザルについて、説明会を次のとおり延期します。\n"
        "\n"
        "1 延期後の説明会\n"
        "  令和9年6月18日（金）午後2時\n"
        "\n"
        "2 その他の日程（変更はありません）\n"
        "  (1) 参加申込書の提出期限  令和9年6月25日（金）午後5時\n"
        "  (2) 企画提案書の提出期限  令和9年7月2日（金）正午\n"
    )
    assert ("application", "2027-06-25", "17:00", "datetime") not in found(text)
    assert ("submission", "2027-07-02", "12:00", "datetime") not in found(text)


def test_a_changed_step_whose_line_says_something_else_is_unchanged_stays():
    text = (
        "青葉町文化祭企画運営業務プロポーザル 説明会の日程変更について\n"
        "令和9年6月1日付けで公告した標記プロポーザルについて、次のとおり変更します。\n"
        "\n"
        "説明会\n"
        "  変更前：令和9年6月15日（火）午前10時\n"
        "  変更後：令和9年6月17日（木）午前10時（会場の変更はありません）\n"
    )
    assert found(text) == [("other", "2027-06-17", "10:00", "datetime")]
