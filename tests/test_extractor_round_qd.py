"""A bid team's pastes (round qd): a handover's task table
whose deadline column is marked the team's, a past round's section, a git log, the letters and receipts of an
e-bidding system. Each test a few lines written for its class."""

from tests.extractor_found import found

# --- a call's day told as its 公示日 in brackets, below the head ----------------------------------------------


def test_a_publication_told_as_the_calls_own_day_below_the_head_stays():
    text = (
        "案件メモ\n\n作成　営業部\n\n\n\n\n\n\n\n\n\n"
        "(1) 発注者　独立行政法人青葉技術振興機構\n"
        "(2) 方式　　企画競争（公示日 2028年5月8日（月））\n"
        "(3) 日程\n"
        "　①　説明書の交付　　2028年5月8日（月）～2028年6月2日（金）\n"
        "　②　企画書の提出期限　2028年6月2日（金）12時00分\n"
    )
    assert found(text) == [
        ("published", "2028-05-08", None, "date"),
        ("submission", "2028-06-02", "12:00", "datetime"),
    ]


# --- the team's own tasks and an earlier round ---------------------------------------------------------------


def test_a_task_table_whose_deadline_column_is_marked_the_teams_gives_no_step():
    text = (
        "1．発注者の日程\n"
        "　企画書の提出期限　2028年6月2日（金）12時00分\n"
        "\n"
        "2．残タスク\n"
        "\n"
        "　No.　内容　　　　　　　　　担当　　　期限（社内）　　状況\n"
        "　1　　企画書本文　　　　　　　大森　　　5/26（金）　　　着手済み\n"
        "　2　　見積書・体制図　　　　　大森　　　5/30（火）　　　未着手\n"
        "　3　　プレゼン資料　　　　　　川端　　　6/5（月）　　　 未着手\n"
    )
    assert found(text) == [("submission", "2028-06-02", "12:00", "datetime")]


def test_an_earlier_rounds_section_named_with_its_year_gives_no_step():
    text = (
        "1．今回の日程\n"
        "　企画書の提出期限　2028年6月2日（金）12時00分\n"
        "\n"
        "2．前回（令和9年度）の実績・参考\n"
        "　・前回の公示は2027年5月10日、企画書締切は2027年6月4日だった。\n"
    )
    assert found(text) == [("submission", "2028-06-02", "12:00", "datetime")]


# --- a terminal's paste of a repository ------------------------------------------------------------------------


def test_a_commits_day_after_its_hash_is_no_step():
    text = (
        "| 1 | 質問書の提出期限 | 令和10年5月10日(水) 17:00 |\n"
        "| 2 | 参加表明書の提出期限 | 令和10年5月19日(金) 17:00 |\n"
        "$ git log --format='%h %ad %an  %s' --date=short -n 3\n"
        "9d3b6f2 2028-05-18 kanda  docs: 参加表明書 提出版を archive/ に追加\n"
        "8ac3f40 2028-05-09 ogura  docs: 質問書 提出版を archive/ に追加\n"
        "b7e61d2 2028-05-02 ogura  README: 発注者日程を追加\n"
    )
    assert found(text) == [
        ("question", "2028-05-10", "17:00", "datetime"),
        ("application", "2028-05-19", "17:00", "datetime"),
    ]


# --- an e-bidding system's letters and receipts ------------------------------------------------------------


def test_a_letters_own_date_set_right_over_its_addressee_is_no_step():
    text = (
        "開札予定日時　令和08年11月26日 10時00分\n"
        "\n"
        "入札保留通知書\n"
        "                                                    令和08年11月20日\n"
        "有限会社山科工務店\n"
        "代表取締役　山科 一郎　様\n"
        "                                            朝霧市長　霧島 正\n"
        "\n"
        "下記の調達案件について通知します。\n"
    )
    assert found(text) == [("other", "2026-11-26", "10:00", "datetime")]


def test_a_receipts_fields_are_when_the_teams_paper_came_in():
    text = (
        "競争参加資格確認申請書提出期限：令和08年11月12日 17時00分\n"
        "\n"
        "競争参加資格確認申請書受付票\n"
        "\n"
        " 発注機関名称　：朝霧市\n"
        " 企業名称　　　：有限会社山科工務店\n"
        " 申請日時　　　：令和08年11月10日 09時41分\n"
        " 受付日時　　　：令和08年11月10日 09時41分\n"
        "\n"
        "上記の申請書を受け付けました。\n"
    )
    assert found(text) == [("application", "2026-11-12", "17:00", "datetime")]
