"""Whole call documents, as written and run onto one line (round od): each test a few invented lines written for one
device of layout or wording."""

from tests.extractor_found import found, one_line

# --- a PDF's text layer writes kanji as their radicals ------------------------------------------------------


def test_a_step_named_in_radical_forms_is_read_as_the_kanji_it_prints():
    # 「⼊」「⽇」「⽉」: the Kangxi radicals a PDF's text layer gives for 入, 日, 月
    text = (
        "8 ⼊札及び開札の⽇時等\n"
        "(1) ⼊札書の提出⽅法 電子⼊札システムにより提出すること。\n"
        "(2) ⼊札書の受付期間 令和9年6⽉7⽇(月)から令和9年6⽉11⽇(金)15時00分まで\n"
        "(3) 開札の⽇時 令和9年6⽉14⽇(月)11時00分\n"
    )
    expected = [("submission", "2027-06-11", "15:00", "datetime"), ("other", "2027-06-14", "11:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    text = (
        "第4 ⾒積及び開札の⽇程\n"
        "1 ⾒積書の受付期間 2026年10⽉5⽇(月)から10⽉9⽇(金)正午まで\n"
        "2 開札の⽇時 2026年10⽉13⽇(火)午前10時\n"
    )
    assert found(text)[0] == ("submission", "2026-10-09", "12:00", "datetime")


# --- a short name the notice defines for a paper ------------------------------------------------------------


def test_a_defined_short_name_splits_a_row_of_two_papers():
    text = (
        "1 本件は、入札参加資格確認申請書（以下「申請書」という。）及び技術提案書を受け付け、価格と技術を総合評価する。\n"
        "2 日程\n"
        "申請書及び技術提案書の提出 令和9年7月5日(月)から7月16日(金)まで 16時00分\n"
        "入札書の提出 令和9年8月2日(月) 10時00分\n"
    )
    expected = [
        ("application", "2027-07-16", "16:00", "datetime"),
        ("submission", "2027-07-16", "16:00", "datetime"),
        ("submission", "2027-08-02", "10:00", "datetime"),
    ]
    assert sorted(found(text)) == sorted(expected)
    text = (
        "(4) 競争参加資格確認申請書（以下「申請書」という。）の作成は様式1による。\n"
        "(5) 申請書及び提案書の提出期限 2026年11月20日(金)17時\n"
    )
    assert sorted(found(text)) == [
        ("application", "2026-11-20", "17:00", "datetime"),
        ("submission", "2026-11-20", "17:00", "datetime"),
    ]


def test_a_short_name_inside_a_longer_word_is_left_as_it_is():
    text = (
        "(1) 参加資格確認申請書（以下「申請書」という。）は様式2とする。\n" "(2) 企画提案申請書の提出期限 令和9年9月3日(金)正午\n"
    )
    assert found(text) == [("submission", "2027-09-03", "12:00", "datetime")]


# --- one-line texts: what a lost line break puts beside a date ------------------------------------------------


def test_a_bare_verb_of_handing_in_under_a_heading_of_questions_and_answers_is_the_question():
    text = (
        "第6 質問の受付及び回答\n"
        "(1) 仕様書に関する質問は、質問票(様式4)により電子メールで\n"
        "提出すること。受付期限は令和9年5月20日(木)17時とする。\n"
        "(2) 質問に対する回答は、令和9年5月27日(木)までに当協会ホームページに掲載する。\n"
    )
    expected = [("question", "2027-05-20", "17:00", "datetime"), ("answer", "2027-05-27", None, "date")]
    assert found(one_line(text)) == expected
    assert found(text) == expected
    text = (
        "5 質問及び回答\n"
        "(1) 質問がある場合は、質問書を電子メールにより\n"
        "提出すること。受付期限は2026年12月4日(金)正午とする。\n"
        "(2) 回答は2026年12月11日(金)に市ホームページで公表する。\n"
    )
    assert found(one_line(text)) == [("question", "2026-12-04", "12:00", "datetime"), ("answer", "2026-12-11", None, "date")]


def test_the_key_after_a_window_is_the_next_dates_key():
    # 「…9月30日まで 見学会 9月3日…」: run onto one line, the next item's key stands after the window's 「まで」
    text = (
        "募集の概要\n"
        "応募期間　募集案内の配布は9月30日まで、申請書類の受付は9月16日から9月30日まで\n"
        "見学会　9月3日（金曜日）に開催します（事前申込制）。\n"
        "令和9年8月2日\n"
    )
    assert ("submission", "2027-09-30", None, "date") in found(text)
    assert found(one_line(text)) == found(text)
    text = (
        "日程 仕様書の閲覧は2026年6月19日まで、提案書の受付は2026年6月8日から2026年6月19日まで\n"
        "説明会 2026年5月28日（木）に実施します。\n"
    )
    assert ("submission", "2026-06-19", None, "date") in found(text)
    assert found(one_line(text)) == found(text)


def test_an_appended_forms_number_opens_the_form_on_a_line_of_its_own():
    # run onto one line, 「…午後5時 様式第3号 見学申込書 …」: the form's number and title begin a line again, its fields
    # (a blank day 「令和 年 月 日」, a fee's months) the form's
    text = (
        "1 件名 市民ホール舞台設備改修設計業務委託\n"
        "2 業務の概要 市民ホールの舞台機構、舞台照明及び舞台音響設備の改修に係る基本設計及び実施設計を行う。\n"
        "3 参加資格 (1) 地方自治法施行令第167条の4の規定に該当しない者であること。 (2) 市の入札参加資格者名簿に登録されている者であること。\n"
        "4 現地見学 (1) 希望者には舞台設備の見学を実施する。 (2) 申込期限 令和9年3月8日(月)正午(様式第3号を電子メールで提出)\n"
        "5 質問の受付 (1) 質問は、質問書(様式第2号)により電子メールで提出すること。 (2) 受付期限 令和9年3月4日(木)午後5時\n"
        "6 提案書の提出 (1) 提出期限 令和9年3月25日(木)正午 (2) 提出場所 市文化振興課\n"
        "様式第2号\n"
        "質問書\n"
        "事業者名\u3000担当者名\u3000連絡先\n"
        "番号\u3000資料名・頁\u3000質問内容\n"
        "※受付期限 令和9年3月4日(木)午後5時\n"
        "様式第3号\n"
        "見学申込書\n"
        "事業者名\u3000参加者氏名\u3000連絡先\n"
        "希望日\u3000\u3000月\u3000\u3000日\n"
        "※申込期限 令和9年3月8日(月)正午\n"
        "※見学日時は、申込後に市から電子メールで通知します。\n"
        "様式第4号\n"
        "見積書\n"
        "令和\t年\t月\t日\n"
        "市長 様\n"
        "設計費\t円\n"
        "監理費(令和10年度:令和11年1月~3月の3か月分)\t円\n"
    )
    expected = [
        ("question", "2027-03-04", "17:00", "datetime"),
        ("other", "2027-03-08", "12:00", "datetime"),
        ("submission", "2027-03-25", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_section_number_set_apart_from_its_heading_stays_with_it():
    # 「    2  参加申込書の提出」: the layout's two spaces after a section's number, run onto one line, are no blank line
    text = (
        "第4  提案の手続\n"
        "  1  説明会\n"
        "    (1) 業務の趣旨及び施設の状況について、オンライン会議システムにより説\n"
        "        明する。参加は任意とし、事前申込みは不要とする。\n"
        "    (2) 接続先は、協会ホームページに掲載する。\n"
        "    (3) 開催日時  令和9年4月12日（月）午前10時\n"
        "    (4) 説明会の資料は、説明会終了後、協会ホームページで公開する。\n"
        "\n"
        "  2  参加申込書の提出\n"
        "    (1) 提出書類  参加申込書（様式第1号）、会社概要（様式第2号）、業務実績書（様式第3\n"
        "        号）\n"
        "    (2) 提出方法  持参又は郵送（書留郵便に限る。）。持参の場合は、土曜日、日曜日及び祝日\n"
        "        を除く午前9時から午後5時までとする。\n"
        "    (3) 提出期限  令和9年4月23日（金）午後5時（必着）\n"
        "\n"
        "  3  企画提案書の提出\n"
        "    (1) 提出書類  企画提案書（様式自由。A4判横、20ページ以内）及び見積書\n"
        "    (2) 提出部数  正本1部、副本8部\n"
        "    (3) 提出期限  令和9年5月14日（金）正午（必着）\n"
    )
    expected = [
        ("other", "2027-04-12", "10:00", "datetime"),
        ("application", "2027-04-23", "17:00", "datetime"),
        ("submission", "2027-05-14", "12:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
