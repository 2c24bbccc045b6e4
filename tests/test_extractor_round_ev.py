"""Sheets of questions and answers that say their answers move no day (round ev): each test a few lines written
for its case."""

from tests.extractor_found import found

SCHEDULE = (
    "３　日程\n"
    "| 項目 | 日時 |\n"
    "|---|---|\n"
    "| 参加表明書の提出期限 | 令和９年６月１１日（金）午後５時 |\n"
    "| 企画提案書の提出期限 | 令和９年７月９日（金）正午 |\n"
    "| プレゼンテーション | 令和９年７月２１日（水） |\n"
    "\n"
)


def test_a_table_of_answers_that_moves_no_day_gives_no_step_of_its_own():
    text = SCHEDULE + (
        "質問及び回答\n"
        "| No. | 資料・項目 | 質問 | 回答 |\n"
        "|---|---|---|---|\n"
        "| 1 | 要項８ | 一次審査の結果はいつ通知されますか。 | ２０２７年７月下旬の一次審査の後、速やかに通知します。"
        "一次審査を行わない場合は、その旨を令和９年７月１５日（木）までにお知らせします。 |\n"
        "| 2 | 要項３ | プレゼンテーションの時間帯を教えてください。 | ７月２１日（水）午後１時３０分から開始します。 |\n"
        "\n"
        "なお、本回答により日程の変更はありません。\n"
    )
    # (the hour an answer gives to a step of the schedule stays)
    assert found(text) == [
        ("application", "2027-06-11", "17:00", "datetime"),
        ("submission", "2027-07-09", "12:00", "datetime"),
        ("hearing", "2027-07-21", "13:30", "datetime"),
    ]


def test_an_answer_in_prose_that_moves_no_day_gives_no_step():
    text = SCHEDULE + (
        "質問への回答\n"
        "　令和９年６月４日（金）午後５時までに受け付けた質問に対して回答します。なお、この回答による日程の変更はありません。\n"
        "\n"
        "番号１\n"
        "　質問：次年度業務の随意契約について、契約時期の目安を示してほしい。\n"
        "　回答：令和１０年４月上旬の契約を想定しています。\n"
    )
    assert not [m for m in found(text) if m[1].startswith("2028")]
