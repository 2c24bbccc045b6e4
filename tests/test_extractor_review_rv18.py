"""Review rv18 of rounds iv, is and ip: faults found in their rules, each a few lines written for its class (a
change mail's rows looked up in linear time: the bench's adversarial device 「a change mail's rows under its subject」)."""

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
