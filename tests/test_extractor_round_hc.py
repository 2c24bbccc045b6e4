"""A change notice dated by its 「掲載日」 field: the call's publication it names again, earlier, is no step of the change."""

import datetime as dt

from tests.extractor_found import steps


def test_the_papers_published_before_the_posted_day_in_a_list_of_files():
    text = (
        "市民窓口案内システム導入業務委託公募型プロポーザル\n"
        "日程変更のお知らせ\n"
        "\n"
        "掲載日：令和9年5月20日\n"
        "\n"
        "回答の作成に時間を要するため、次のとおり日程を変更します。\n"
        "・企画提案書の提出期限　令和9年6月4日（金）午後5時　→　令和9年6月11日（金）午後5時\n"
        "\n"
        "■関連資料\n"
        "・募集要項（令和9年5月6日公表）\n"
        "・様式第1号～第4号\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 6, 11), dt.time(17, 0), "datetime")]


def test_the_call_named_with_its_publication_day_in_a_change_notice_field():
    text = (
        "お知らせ\n"
        "庁舎停電に伴う開札日の変更について（浄水場薬品購入）\n"
        "\n"
        "担当：会計課　掲載日：2028年3月3日\n"
        "\n"
        "対象案件\n"
        "　件名：浄水場薬品（次亜塩素酸ナトリウム）購入\n"
        "　公告日：令和10年2月16日\n"
        "\n"
        "開札日時を次のとおり変更します。\n"
        "　変更前：令和10年3月9日（木）10時\n"
        "　変更後：令和10年3月13日（月）10時\n"
    )
    assert steps(text) == [("other", dt.date(2028, 3, 13), dt.time(10, 0), "datetime")]


def test_a_note_under_a_restated_schedule_says_one_step_stands():
    text = (
        "「港町観光パンフレット制作業務」質問回答書\n"
        "\n"
        "(参考)今後のスケジュール(変更後)\n"
        "\n"
        " ◆参加申込書の提出期限        令和9年9月3日(金)午後5時\n"
        " ◆企画提案書の提出期限        令和9年9月17日(金)午後5時   ※変更\n"
        "                                (当初:令和9年9月10日(金)午後5時)\n"
        "\n"
        "※参加申込書の提出期限は変更ありません。\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 9, 17), dt.time(17, 0), "datetime")]


def test_the_note_own_day_and_the_row_above_it():
    text = (
        "件名: 【お知らせ】記念誌編集業務の日程変更\n"
        "\n"
        " スケジュール（変更後）\n"
        "   参加申込書の提出 ....... 2027年10月8日(金) 17時まで\n"
        "   企画提案書の提出 ....... 2027年10月29日(金) 17時まで ★延長\n"
        "\n"
        " ・参加申込書の提出期限（10月8日）に変更はありません。\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 10, 29), dt.time(17, 0), "datetime")]
