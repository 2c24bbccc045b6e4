"""Round mp: calls as conversion hands them over (a workbook's sheets as Markdown, a gazette's OCR, slides, a review
sheet, a two-column leaflet). Each test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_workbooks_sheet_of_the_superseded_schedule_is_no_step():
    text = (
        "## スケジュール\n"
        "| 令和9年度 潮見台市 公用車管理システム導入業務 プロポーザル日程 | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 |\n"
        "| --- | --- | --- | --- |\n"
        "| 手続 | 日付 | 時刻 | 備考 |\n"
        "| 質問書の提出期限 | 2027-05-19 00:00:00 | 17:00:00 | 電子メールで提出 |\n"
        "| 参加申込書の提出期限 | 2027-05-28 00:00:00 | 17:00:00 | 持参又は郵送(必着) |\n"
        "| 企画提案書の提出期限 | 2027-06-11 00:00:00 | 12:00:00 | 持参に限る |\n"
        "| 審査結果の通知 | 2027-06-25 00:00:00 | NaN | 文書で通知 |\n"
        "\n"
        "## 差替前スケジュール\n"
        "| 手続 | 日付 | 時刻 | 備考 |\n"
        "| --- | --- | --- | --- |\n"
        "| 質問書の提出期限 | 2027-05-12 00:00:00 | 17:00:00 | NaN |\n"
        "| 参加申込書の提出期限 | 2027-05-21 00:00:00 | 17:00:00 | NaN |\n"
        "| 企画提案書の提出期限 | 2027-06-04 00:00:00 | 12:00:00 | 議会日程により1週間延期 |\n"
    )
    assert both(text) == [
        ("question", "2027-05-19", "17:00", "datetime"),
        ("application", "2027-05-28", "17:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
        ("result", "2027-06-25", None, "date"),
    ]


def test_a_memos_part_keeping_the_old_schedule_is_no_step():
    text = (
        "令和9年度 柚木沢町 観光案内看板多言語化業務 公募型プロポーザル\n"
        "実施日程(令和9年4月20日改定)\n"
        "\n"
        "1 質問の締切 令和9年5月12日(水)午後5時\n"
        "2 参加表明書の提出期限 令和9年5月21日(金)午後5時\n"
        "3 提案書の提出期限 令和9年6月4日(金)正午\n"
        "4 ヒアリング 令和9年6月15日(火)午後1時から\n"
        "\n"
        "※ 日程は4月20日に改定しました。参考として改定前の日程を下に残しています。\n"
        "\n"
        "■旧スケジュール(参考)\n"
        "1 質問の締切 令和9年5月7日(金)午後5時\n"
        "2 参加表明書の提出期限 令和9年5月14日(金)午後5時\n"
        "3 提案書の提出期限 令和9年5月28日(金)正午\n"
        "4 ヒアリング 令和9年6月8日(火)午後1時から\n"
        "\n"
        "■提出方法\n"
        " 質問は電子メールで、参加表明書及び提案書は持参又は郵送(必着)で提出してください。提案書は正本1部、副本6部とし、電子データを併せて提出すること。\n"
        "\n"
        "問合せ先 柚木沢町 商工観光課 電話 000-0000-0000\n"
    )
    assert both(text) == [
        ("question", "2027-05-12", "17:00", "datetime"),
        ("application", "2027-05-21", "17:00", "datetime"),
        ("submission", "2027-06-04", "12:00", "datetime"),
        ("hearing", "2027-06-15", "13:00", "datetime"),
    ]


def test_an_english_old_schedule_kept_for_reference_is_no_step():
    text = (
        "Harbour City Port Authority - Request for Proposals: Cruise Terminal Wayfinding Study\n"
        "\n"
        "Key dates\n"
        "Clarification questions due: 17 June 2027, 5:00 p.m.\n"
        "Answers published: 24 June 2027\n"
        "Proposals due: 22 July 2027, 12:00 noon\n"
        "Interviews: 3 August 2027\n"
        "\n"
        "Old schedule (superseded)\n"
        "Clarification questions due: 10 June 2027, 5:00 p.m.\n"
        "Answers published: 17 June 2027\n"
        "Proposals due: 15 July 2027, 12:00 noon\n"
        "Interviews: 27 July 2027\n"
        "\n"
        "Contact: procurement@example.jp\n"
    )
    assert found(text) == [
        ("question", "2027-06-17", "17:00", "datetime"),
        ("answer", "2027-06-24", None, "date"),
        ("submission", "2027-07-22", "12:00", "datetime"),
        ("hearing", "2027-08-03", None, "date"),
    ]


def test_a_gazettes_ocr_hearing_its_voiced_mark_dropped_and_its_afternoon_broken_over_the_line():
    text = (
        "鷺沼村告示第二十三号\n"
        "鷺沼村観光振興計画策定支援業務委託に係る公募型プロポーザルの実施について\n"
        "次のとおり公告する。\n"
        "令和九年五月六日\n"
        "鷺沼村長 田所 誠\n"
        "一 企画提案書の提出\n"
        "(一) 提出期限 令和九年五月二十一日(金)午後五時まで(必着)\n"
        "二 審査\n"
        "(一) ヒアリンク 令和九年六月三日(木)午\n"
        "後二時から 村役場二階会議室(各者の開始時刻は別途通知する。)\n"
        "(二) 審査結果 令和九年六月中旬に書面で通知する。\n"
    )
    assert found(text) == [
        ("submission", "2027-05-21", "17:00", "datetime"),
        ("hearing", "2027-06-03", "14:00", "datetime"),
        ("result", "2027-06-01", None, "mid_month"),
    ]
    assert ("hearing", "2027-06-03", "14:00", "datetime") in found(one_line(text))


def test_a_presentation_its_small_yo_read_big_and_its_morning_broken_over_the_line():
    text = (
        "令和九年度 鷹ノ巣町 ふるさと納税返礼品PR業務 企画提案募集要項\n"
        "1 企画提案書の提出 令和九年七月九日(金)正午まで\n"
        "2 プレゼンテーシヨン審査 令和九年七月二十日(火)午\n"
        "前十時三十分から 町民センター\n"
        "3 結果の通知 令和九年七月下旬\n"
    )
    assert both(text) == [
        ("submission", "2027-07-09", "12:00", "datetime"),
        ("hearing", "2027-07-20", "10:30", "datetime"),
        ("result", "2027-07-01", None, "late_month"),
    ]


def test_a_presentation_read_without_its_voiced_mark_a_kanji_hour_after_a_spaced_afternoon():
    text = (
        "令和9年度 汐風市 図書館システム更新業務 公募型プロポーザル\n"
        "(1) 参加申込書の提出期限 令和9年8月6日(金)午後5時\n"
        "(2) 提案書の提出期限 令和9年8月20日(金)午後5時\n"
        "(3) プレセン審査 令和9年8月31日(火)午 後一時から(1者30分)\n"
    )
    assert both(text) == [
        ("application", "2027-08-06", "17:00", "datetime"),
        ("submission", "2027-08-20", "17:00", "datetime"),
        ("hearing", "2027-08-31", "13:00", "datetime"),
    ]


COUNCIL_HEAD = (
    "令和9年度 若狭台町 地域交通計画策定支援業務 公募型プロポーザル実施要領\n"
    "1 日程\n"
    "(1) 企画提案書の提出期限 令和9年2月10日(水)正午\n"
    "(2) ヒアリング 令和9年2月18日(木)午後1時から\n"
    "2 その他\n"
)
COUNCIL_STEPS = [("submission", "2027-02-10", "12:00", "datetime"), ("hearing", "2027-02-18", "13:00", "datetime")]


def test_the_day_of_the_council_session_whose_budget_vote_the_contract_waits_on_is_no_contract():
    for condition in (
        "本業務の契約は、令和九年三月十六日に予定する町議会定例会における令和九年度一般会計予算の議決を条件とする。\n",
        "本委託契約は、令和9年3月18日開会の町議会で関連予算が可決されることを前提とします。\n",
        "契約は、3月22日(月)に開かれる町議会臨時会で補正予算が議決されることを条件として締結します。\n",
        "契約の締結は、令和9年3月の町議会定例会における予算の議決を条件とします。\n",
    ):
        assert both(COUNCIL_HEAD + condition) == COUNCIL_STEPS, condition
