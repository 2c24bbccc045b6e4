"""Notices that follow a call (round is): a change notice's 改める clauses citing 「第４項⑵」 under headings that name
the item, a press release calling a call off under a ruled title, a call's page updated in place with 【旧】 dates, a
質問回答書 whose answer cell runs onto a line of its own, and a question sent by its form 「質問書（様式第３号）により」.
Each test a text written for its class."""

import pytest

from tests.extractor_found import found, kinds, one_line

# --- 「第４項⑵中「…」を「…」に改める。」 under 「⑶　質問の受付期限（第４項⑵）」 -----------------------------------------


def amending_notice(marks: tuple[str, str], items: tuple[str, str]) -> str:
    return (
        "汐凪町告示第８７号\n"
        "\n"
        "　　　告示の一部変更について\n"
        "\n"
        "　令和９年４月１２日付け汐凪町告示第６１号「汐凪町観光案内サイン整備計画策定業務に係る公募型プロポーザルの実施に"
        "ついて」の一部を次のように変更したので告示する。\n"
        "\n"
        "　　令和９年４月２６日\n"
        "\n"
        "　　　　　　　　　　　　　　　　　　　　汐凪町長　　浜岡　英樹\n"
        "\n"
        "１　変更内容\n"
        f"　{marks[0]}　参加申込書の提出期限（第３項{items[0]}）\n"
        f"　　　第３項{items[0]}中「令和９年５月７日（金）午後５時」を「令和９年５月１４日（金）午後５時」に改める。\n"
        "\n"
        f"　{marks[1]}　企画提案書の提出期限（第５項{items[1]}）\n"
        f"　　　第５項{items[1]}中「令和９年５月２８日」を「令和９年６月４日」に改める。\n"
        "\n"
        "２　変更しない事項\n"
        "　　前記以外の事項は、汐凪町告示第６１号のとおりとする。\n"
    )


@pytest.mark.parametrize("marks", [("⑴", "⑵"), ("（１）", "（２）"), ("(1)", "(2)")])
@pytest.mark.parametrize("items", [("⑷", "⑴"), ("（４）", "（１）"), ("第４号", "第１号")])
def test_a_clause_citing_an_item_by_its_paragraph_and_number_takes_its_name_from_the_heading_above(marks, items):
    text = amending_notice(marks, items)
    expected = [
        ("application", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-04", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_clause_citing_an_item_in_kanji_numbers_takes_its_name_from_the_heading_above():
    text = (
        "霧島台市告示第百二号\n"
        "\n"
        "　霧島台市立図書館サイン計画策定業務委託に係る公募型プロポーザルの実施について（令和九年霧島台市告示第八十八号）の"
        "一部を次のように変更する。\n"
        "\n"
        "　　令和九年六月一日\n"
        "\n"
        "　　　　　　　　　　　　　　　　　　霧島台市長　　堀川　正志\n"
        "\n"
        "（一）質問書の提出期限（第四項（二））\n"
        "　　第四項（二）中「令和九年六月九日（水）正午」を「令和九年六月十六日（水）正午」に改める。\n"
        "（二）提案書の提出期限（第六項（一））\n"
        "　　第六項（一）中「令和九年七月二日（金）」を「令和九年七月九日（金）」に改める。\n"
    )
    assert kinds(text) == ["question", "submission"]
    assert [d for _, d, *_ in found(text)] == ["2027-06-16", "2027-07-09"]


# --- a press release calling a call off under a ruled title ----------------------------------------------------------


def press_release(rule: str, subtitle: str, headline: str = "公募を中止します") -> str:
    return (
        "報道発表資料\n"
        "発表日　令和10年1月20日（木）\n"
        "発表先　潮見ヶ丘市政記者クラブ\n"
        "担当　潮見ヶ丘市観光交流部観光課（誘客担当）\n"
        "　　　課長　水城　遼／担当　戸田　千尋\n"
        "　　　電話　000-0000-0000\n"
        "\n"
        f"{rule}\n"
        f"潮見ヶ丘海浜公園キャンプ場運営事業者の{headline}\n"
        f"{subtitle}\n"
        f"{rule}\n"
        "\n"
        "　潮見ヶ丘市は、令和9年12月1日（水）から実施していた潮見ヶ丘海浜公園キャンプ場運営事業者の公募について、"
        "本日、中止することを決定しました。\n"
        "\n"
        "1　公募の経過\n"
        "　募集要項の公表\t令和9年12月1日（水）\n"
        "　質問の受付締切\t令和9年12月15日（水）\n"
        "　応募申込書の受付締切\t令和10年1月7日（金）\n"
        "　企画提案書の提出期限（予定していたもの）\t令和10年2月4日（金）\n"
        "\n"
        "2　今後の予定\n"
        "　運営条件を見直したうえで、令和10年度中に改めて公募を行う予定です。\n"
        "\n"
        "問い合わせ先\n"
        "潮見ヶ丘市観光交流部観光課　電話　000-0000-0000\n"
    )


@pytest.mark.parametrize("rule", ["―" * 30, "━" * 24, "=" * 40])
@pytest.mark.parametrize(
    "subtitle",
    ["～運営条件を見直し、改めて公募を行います～", "〜条件を整理したうえで改めて募集を実施します〜", "－改めて公募を行います－"],
)
def test_a_press_release_that_calls_the_call_off_under_a_ruled_title_has_no_milestones(rule, subtitle):
    text = press_release(rule, subtitle)
    assert found(text) == []
    assert found(one_line(text)) == []


def test_a_press_release_under_a_ruled_title_that_opens_a_call_keeps_its_schedule():
    text = press_release("―" * 30, "～地域の魅力を発信する事業者を募ります～", headline="公募を開始します").replace(
        "本日、中止することを決定しました。", "参加者を募集します。"
    )
    assert kinds(text) == ["published", "question", "application", "submission"]


def test_a_renewal_said_in_the_prose_of_a_notice_that_calls_the_first_one_off_is_the_call_made_again():
    text = (
        "【中止】潮見ヶ丘市民プール監視業務委託の入札の中止について\n"
        "\n"
        "　令和9年5月10日付けで公告した標記入札は、仕様に誤りがあったため中止しました。仕様を修正のうえ、改めて一般競争入札を"
        "行います。\n"
        "\n"
        "1　入札参加資格確認申請書の提出期限　令和9年6月4日（金）午後5時\n"
        "2　入札書の提出期限　令和9年6月18日（金）午後5時\n"
    )
    assert kinds(text) == ["application", "submission"]


# --- a call's own page updated in place: 【旧】 dates in a table's cells ---------------------------------------------


@pytest.mark.parametrize("old", ["【旧】", "〔旧〕", "【変更前】"])
def test_a_cell_that_opens_with_the_mark_of_the_old_date_gives_only_the_new_one(old):
    text = (
        "磯辺町ふるさと納税返礼品カタログ制作業務委託 公募型プロポーザル【日程変更】\n"
        "ページ番号 2031　更新日 2027年8月16日\n"
        "\n"
        "【更新】2027年8月16日　回答の公表以降の日程を変更しました。\n"
        "\n"
        "## 日程\n"
        "| 項目 | 日程 |\n"
        "|---|---|\n"
        "| 質問の受付期限 | 2027年8月13日（金）17時 |\n"
        f"| 質問への回答 | {old}2027年8月18日（水）　【新】2027年8月25日（水）までに掲載 |\n"
        "| 企画提案書の提出期限 | 2027年9月10日（金）正午（必着） |\n"
        f"| 審査結果の通知 | {old}2027年9月下旬　【新】2027年10月上旬（予定） |\n"
    )
    assert found(text) == [
        ("question", "2027-08-13", "17:00", "datetime"),
        ("answer", "2027-08-25", None, "date"),
        ("submission", "2027-09-10", "12:00", "datetime"),
        ("result", "2027-10-01", None, "early_month"),
    ]


# --- a 質問回答書: an answer's cell runs onto a line of its own, the table goes on ---------------------------------


@pytest.mark.parametrize("bar", ["｜", "|"])
def test_a_row_after_an_answer_cell_run_onto_a_line_of_its_own_is_still_read_as_an_answer(bar):
    text = (
        "楓ヶ丘市立病院給食業務委託 公募型プロポーザル\n"
        "質問に対する回答書\n"
        "\n"
        "令和9年9月3日\n"
        "楓ヶ丘市病院事業部管理課\n"
        "\n"
        f"No.{bar}質問{bar}回答\n"
        f"1{bar}食器の更新は委託者の負担か。{bar}受託者の負担とします。\n"
        "なお、初年度の更新分に限り、本市が負担します。\n"
        f"2{bar}選定結果はいつ分かるか。{bar}選定の結果は、令和9年10月15日（金）までに各提案者に通知します。\n"
        f"3{bar}提案内容の説明の場は設けられるか。{bar}ヒアリングを令和9年10月6日（水）午後1時から行います。\n"
    )
    assert kinds(text) == ["hearing", "result"]


# --- 「質問書（様式第３号）により、…提出してください」: the form it is sent by names the step ----------------------------


@pytest.mark.parametrize(
    ("paper", "kind"),
    [("質問書（様式第3号）", "question"), ("参加申込書（様式第1号）", "application"), ("辞退届", "other")],
)
@pytest.mark.parametrize("verb", ["電子メールで提出してください", "持参してください", "送付すること"])
def test_a_sentence_sending_a_paper_by_its_form_takes_the_step_the_form_names(paper, kind, verb):
    text = (
        "芦原町地域交通再編調査業務委託 公募型プロポーザルの実施について\n"
        "\n"
        "1　提出手続\n"
        f"　追加の手続きについては、{paper}により、令和9年7月9日（金）正午までに{verb}。\n"
    )
    assert found(text) == [(kind, "2027-07-09", "12:00", "datetime")]
