"""A separate change notice gives only what it changes (round dw): a row whose arrow leads to 「変更なし」, a
step's label that says it stands over its date, a record of questions and answers that moves a step, and an answer's
sentence that tells again a day the schedule says stands. Each test a few lines written for its class."""

from tests.extractor_found import found


def test_an_arrow_to_unchanged_is_no_change_of_the_step():
    text = (
        "青葉町観光案内冊子作成業務委託　公募型プロポーザルの日程変更について\n"
        "令和９年５月１０日付けで公告した標記プロポーザルについて、次のとおり日程を変更する。\n"
        "\n"
        "・企画提案書の提出期限\n"
        "　　令和９年６月１１日（金）午後５時　→　令和９年６月１８日（金）午後５時\n"
        "・審査結果の通知\n"
        "　　令和９年６月下旬　→　変更なし\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]


def test_a_label_that_says_its_step_stands_in_a_notice_of_the_new_schedule_alone():
    text = (
        "青葉町観光案内冊子作成業務委託に係る公募型プロポーザルの日程延期のお知らせ\n"
        "令和９年５月１０日に公告した標記プロポーザルについて、次のとおり日程を延期します。\n"
        "\n"
        "延期後の日程\n"
        "令和９年６月１８日（金）午後５時\n"
        "　企画提案書の提出期限\n"
        "令和９年６月下旬\n"
        "　審査結果の通知\n"
        "令和９年７月上旬\n"
        "　契約締結（当初の予定から変更ありません）\n"
    )
    assert found(text) == [
        ("submission", "2027-06-18", "17:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
    ]


def test_a_record_of_questions_and_answers_that_moves_a_step_and_tells_the_others_again():
    text = (
        "青葉町観光案内冊子作成業務委託　公募型プロポーザル\n"
        "事業者説明会　質疑応答記録\n"
        "\n"
        "令和９年５月１０日付けで公告した標記プロポーザルについて、説明会の質疑応答を次のとおり公表します。\n"
        "\n"
        "【Ｑ１】追加で質問することはできるか。\n"
        "【Ａ１】できます。令和９年５月２１日（金）午後５時までに電子メールで提出してください。\n"
        "\n"
        "日程（下線部が変更箇所）\n"
        "　　項　目　　　　　　　　当　初　　　　　　　　　　　　変　更　後\n"
        "　　質問書の提出期限　　　令和９年５月２１日（金）午後５時　（変更なし）\n"
        "　　企画提案書の提出期限　令和９年６月１１日（金）正午　→　令和９年６月１８日（金）正午\n"
        "　　契約締結　　　　　　　令和９年７月上旬　　　　　　　　（変更なし）\n"
    )
    assert found(text) == [("submission", "2027-06-18", "12:00", "datetime")]


def test_a_call_page_updated_in_place_keeps_its_unchanged_rows():
    text = (
        "青葉町観光案内冊子作成業務委託　公募型プロポーザル\n"
        "更新日：2027年5月24日\n"
        "\n"
        "【重要】企画提案書の提出期限を延長しました\n"
        "\n"
        "スケジュール\n"
        "　公告　　　　　　　　　　令和９年５月１０日（月）\n"
        "　企画提案書の提出期限　　令和９年６月１１日（金）正午　→　令和９年６月１８日（金）正午【延長】\n"
        "　審査結果の通知　　　　　令和９年６月下旬（変更なし）\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("submission", "2027-06-18", "12:00", "datetime"),
        ("result", "2027-06-01", None, "late_month"),
    ]


def test_a_spaced_answer_sheet_that_moves_a_step_in_its_table_of_answers():
    text = (
        "2027年5月24日\n"
        "\n"
        "質 問 回 答 書\n"
        "\n"
        "件名：青葉町観光案内冊子作成業務（企画競争）\n"
        "\n"
        "　2027年5月10日に公示した標記企画競争について、質問に次のとおり回答します。\n"
        "\n"
        "| No. | 質問 | 回答 |\n"
        "|---|---|---|\n"
        "| 1 | 企画提案書の提出期限を延長していただけないでしょうか。 | 次のとおり変更します。<br>（変更前）2027年6月11日（金）17時00分<br>（変更後）2027年6月18日（金）17時00分 |\n"
        "| 2 | プレゼンテーションの日程も変わりますか。 | プレゼンテーションは、当初の予定どおり2027年6月25日（金）に実施します。 |\n"
    )
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]


def test_a_part_of_a_month_said_to_stand_is_told_again_in_the_call_quoted_below():
    text = (
        "青葉町観光案内冊子作成業務委託　入札日程の変更について\n"
        "令和９年５月１０日付けで公告した標記入札について、次のとおり日程を変更します。\n"
        "\n"
        "　開札　　６月１１日（金）１０時　→　６月１８日（金）１０時\n"
        "　※契約締結（７月下旬）に変更はありません。\n"
        "\n"
        "（以下、公告文は掲載当初のまま）\n"
        "８　その他\n"
        "　⑴　入札保証金は免除する。\n"
        "　⑵　契約の締結は７月下旬を予定している。\n"
    )
    assert found(text) == [("other", "2027-06-18", "10:00", "datetime")]


def test_an_answer_that_refers_to_a_step_by_its_day_restates_it():
    text = (
        "青葉町観光案内冊子作成業務委託　質問回答書\n"
        "令和９年５月１０日付けで公告した標記プロポーザルについて、質問に回答し、日程を次のとおり変更します。\n"
        "\n"
        "１　企画提案書の提出期限\n"
        "　（変更前）令和９年６月１１日（金）正午\n"
        "　（変更後）令和９年６月１８日（金）正午\n"
        "２　質問と回答\n"
        "　問　共同企業体の構成員を後から変更できますか。\n"
        "　答　参加申込書の提出期限である令和９年５月２８日（金）午後５時以降の構成員の変更は認めません。\n"
    )
    assert found(text) == [("submission", "2027-06-18", "12:00", "datetime")]
