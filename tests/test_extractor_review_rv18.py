"""Review rv18 of rounds iv, is and ip: faults found in their rules, each a few lines written for its class."""

import time

from tenders.extractor.extract import Reader
from tests.extractor_found import found, kinds, one_line

# --- a press release's ruled title ------------------------------------------------------------------------------

RELEASE_HEAD = (
    "報道発表資料\n"
    "発表日　令和10年3月4日（火）\n"
    "発表先　白波市政記者クラブ\n"
    "担当　白波市産業振興部商工課\n"
    "　　　課長　岸本　徹／担当　宮原　葵\n"
    "　　　電話　000-0000-0000\n"
    "\n"
    "――――――――――――――――――――\n"
    "白波駅前広場イベント運営事業者の公募を中止します\n"
    "～運営条件を見直し、改めて公募を行います～\n"
    "――――――――――――――――――――\n"
    "\n"
)


def test_a_release_that_calls_the_call_off_and_makes_it_again_in_its_lead_keeps_the_new_schedule():
    # (the lead under the ruled title, past the head's lines, says the call is made again here: its schedule holds)
    text = RELEASE_HEAD + (
        "　白波市は、令和10年1月15日から実施していた白波駅前広場イベント運営事業者の公募について、応募者がなかったため"
        "中止しました。運営条件を見直し、次のとおり改めて公募を行います。\n"
        "\n"
        "1　新たな公募の日程\n"
        "　募集要項の公表\t令和10年3月10日（月）\n"
        "　質問の受付締切\t令和10年3月24日（月）\n"
        "　企画提案書の提出期限\t令和10年4月14日（月）\n"
    )
    expected = ["published", "question", "submission"]
    assert kinds(text) == expected
    assert kinds(one_line(text)) == expected


def test_a_note_ruled_off_under_a_calls_title_that_another_call_is_off_leaves_the_call_standing():
    text = (
        "白波市観光案内アプリ運用業務委託 公募型プロポーザル\n"
        "公告日 令和9年5月24日\n"
        "白波市企画部広報課\n"
        "\n"
        "────────────────────\n"
        "【お知らせ】同時に公告していた「白波市観光サイト改修業務委託」は、公募を中止しました\n"
        "────────────────────\n"
        "\n"
        "1　日程\n"
        "　質問受付期限\t令和9年6月4日（金）午後5時\n"
        "　企画提案書提出期限\t令和9年6月25日（金）正午\n"
        "　ヒアリング\t令和9年7月9日（金）\n"
    )
    assert kinds(text) == ["published", "question", "submission", "hearing"]


# --- a call's page that links its answer sheet --------------------------------------------------------------------


def test_a_call_page_that_lists_its_answer_sheet_among_its_papers_keeps_its_question_steps():
    # (the page, dated after its answers and moving a date in place, names the sheet as one of its papers: no
    # heading of a 質問回答書)
    text = (
        "令和9年6月14日\n"
        "桐原町ふるさと納税返礼品PR業務委託 公募型プロポーザル\n"
        "関連資料\n"
        "実施要領\n"
        "質問回答書\n"
        "　企画提案書の提出期限を令和9年7月2日（金）午後5時に変更しました（変更前：令和9年6月25日（金）午後5時）。\n"
        "1 日程\n"
        "質問の受付期限 令和9年6月8日（火）午後5時\n"
        "質問への回答 令和9年6月11日（金）\n"
        "企画提案書の提出期限 令和9年7月2日（金）午後5時\n"
    )
    expected = ["question", "answer", "submission"]
    assert kinds(text) == expected
    assert kinds(one_line(text)) == expected
    # (the sheet's link alone: its file's type and size, or a news post of the day it was put up)
    for line in ("・質問回答書（PDF：98KB）", "2027/06/11　質問回答書"):
        assert kinds(text.replace("関連資料\n実施要領\n質問回答書\n", line + "\n")) == expected


# --- the time told after a change -------------------------------------------------------------------------------


def test_the_time_of_the_old_day_told_after_a_change_is_not_the_new_days():
    head = (
        "桐原町観光PR業務委託 公募型プロポーザルの日程変更について\n"
        "　企画提案書の提出期限を令和9年6月25日（金）から令和9年7月2日（金）に変更します。"
    )
    for note in ("なお、変更前の時刻は正午でした。", "なお、時刻（正午）を午後5時に改めます。", "なお、当初の時刻は正午です。"):
        assert found(head + note + "\n") == [("submission", "2027-07-02", None, "date")]


# --- a day a step may be moved away from -------------------------------------------------------------------------


def test_a_move_a_call_says_may_come_leaves_the_day_standing():
    text = (
        "桐原町観光PR業務委託 公募型プロポーザル実施要領\n"
        "\n"
        "1 日程\n"
        "(1) 現地説明会 令和9年10月1日（金）午後2時\n"
        "　なお、天候等により現地説明会の日程を10月1日から{moved}、町ホームページでお知らせします。\n"
        "(2) 企画提案書の提出期限 令和9年10月22日（金）正午\n"
    )
    for moved in ("変更する場合は", "延期することがあり、その際は"):
        assert kinds(text.replace("{moved}", moved)) == ["other", "submission"]


# --- speed: a change mail's rows looked up in the quoted plan -------------------------------------------------


def mail_of(size: int) -> str:
    text = (
        "From: 白波市 企画課 <kikaku@example.jp>\n"
        "Subject: 【白波市】観光アプリ改修業務 参加表明書の提出期限延長について\n"
        "\n"
        "参加表明書の提出期限を延長し、関連する日程を次のとおり変更します。\n\n"
    )
    rows = (
        "■ 変更後の日程\n・追加質問の受付期限：9月8日（火）正午\n・質問への回答：9月11日（金）\n"
        "・参加表明書の提出期限：9月18日（金）17:00\n　（延長前：9月11日（金）17:00）\n・プレゼンテーション：10月2日（金）\n\n"
    )
    while len(text.encode()) < size:
        text += rows
    return text + (
        "-----Original Message-----\n"
        "From: 白波市 企画課 <kikaku@example.jp>\n"
        "Subject: 【白波市】参加登録の受付について\n\n"
        "> 　1. 質問の受付期限　2026年9月1日（火）正午\n"
        "> 　2. 参加表明書の提出期限　2026年9月11日（金）17:00\n"
    )


def rows_seconds(text: str) -> float:
    """The CPU time the change mail's rows take to be sorted into marked and restated ones."""
    reader = Reader(text)
    candidates = reader.candidates()
    changed = reader.changed_lines(candidates)
    started = time.process_time()
    assert reader.unmarked_rows(candidates, changed)  # (the presentations, restated)
    return time.process_time() - started


def test_a_long_change_mails_rows_are_looked_up_in_time_linear_in_their_number():
    # (each row was looked up in the list of all rows, for the change's own rows and for the quoted plan's: 8 times
    # the rows took some 30 times as long)
    small = min(rows_seconds(mail_of(50_000)) for _ in range(3))
    large = rows_seconds(mail_of(400_000))
    assert large < 16 * small + 0.01
