"""Change notices read as a bid team reads them (round ot): each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a sentence that puts off or calls off the steps it lists below -------------------------------------------

PUT_OFF = (
    "藤見川護岸改修工事の入札手続の延期及び再開について\n"
    "【令和9年3月2日更新】入札手続を再開します\n"
    "設計図書を修正しましたので、次のとおり入札手続を再開します。\n"
    "（1）質問の受付期限\n"
    "　　3月9日(火)午後5時まで\n"
    "（2）開札日時\n"
    "　　3月19日(金)午前10時\n"
    "\n"
    "【令和9年2月8日掲載】入札手続の延期について\n"
    "令和9年1月25日に公告した標記工事について、設計図書に誤りがあることが判明したため、{lead}\n"
    "{bullet}質問に対する回答（2月10日(水)予定）\n"
    "{bullet}開札（2月17日(水)午前10時）\n"
    "再開の時期については、決まり次第このページでお知らせします。\n"
)
PUT_OFF_STEPS = [("question", "2027-03-09", "17:00", "datetime"), ("other", "2027-03-19", "10:00", "datetime")]


def test_the_steps_listed_under_a_sentence_that_puts_them_off_are_no_steps():
    for lead, bullet in (
        ("次の手続を延期します。", "・"),
        ("下記の日程はいずれも取り消します。再開の時期は追ってお知らせします。", "　"),
        ("以下の手続きについては、延期いたします。", "- "),
        ("次の日程を中止します。", "　・"),
    ):
        text = PUT_OFF.format(lead=lead, bullet=bullet)
        assert found(text) == PUT_OFF_STEPS, lead


def test_a_list_that_gives_the_new_days_under_the_sentence_stands():
    text = (
        "説明会の延期について\n"
        "台風の接近に伴い、次の日程を延期します。\n"
        "・現地説明会　8月3日(火)午後2時　→　8月10日(火)午後2時\n"
    )
    assert ("other", "2027-08-10", "14:00", "datetime") in found(text + "令和9年7月30日\n")


def test_a_list_put_off_in_a_quoted_mail_is_no_step():
    text = (
        "再開後の日程\n"
        "入札書の受付　2028/02/10(木) 17:00\n"
        "\n"
        "【参考】2028/01/12(水) 配信内容（再掲）\n"
        "> 本案件の入札手続を一時中止します。\n"
        "> これに伴い、次の日程はいずれも取り消します。\n"
        "> 　質問の受付期限　2028/01/18(火) 17:00\n"
        "> 　入札書の受付　2028/01/27(木) 17:00\n"
    )
    assert found(text) == [("submission", "2028-02-10", "17:00", "datetime")]


# --- two steps named side by side, each with its day bracketed, said to be over ----------------------------------


def test_both_of_two_bracketed_steps_said_over_are_no_steps():
    for verb in ("は既に終了しています。", "は終了しました。", "は行いません。"):
        text = (
            "入札手続の再開について\n"
            "再開後の日程\n"
            "（1）開札日時　3月19日(金)午前10時\n"
            f"なお、参加申請書の受付（2月3日(水)締切）及び資格確認結果の通知（2月8日(月)）{verb}\n"
        )
        assert found(text + "令和9年3月1日\n") == [("other", "2027-03-19", "10:00", "datetime")], verb


# --- those who acted by a day, joined to a second act on another day --------------------------------------------


def test_those_who_applied_by_a_day_and_were_confirmed_are_no_step():
    text = (
        "入札手続の再開について\n"
        "１　再開後の日程\n"
        "（1）入札書の受付期限　令和9年3月18日(木)午後5時まで\n"
        "２　既に申請書を提出している者の取扱い\n"
        "令和9年2月3日(水)までに申請書を提出し、令和9年2月8日(月)付けで資格があると認められた者は、改めて申請する必要は"
        "ありません。\n"
    )
    assert found(text) == [("submission", "2027-03-18", "17:00", "datetime")]


# --- the day a cited notice set, named so by a withdrawal or a change ---------------------------------------------


def test_a_day_the_cited_notice_set_is_no_step():
    text = (
        "〔取消し〕\n"
        "入札公告の取消し\n"
        "令和九年五月七日付け官報に掲載した入札公告（測定装置一式の購入）は、都合により取り消す。なお、同公告において"
        "令和九年六月二日十七時と定めた競争参加資格確認書類の提出期限及び令和九年六月十六日十時と定めた開札は行わない。\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


# --- a gazette correction that rewrites a papers' window whole, its start unchanged --------------------------------


def test_a_window_rewritten_whole_with_its_start_unchanged_gives_no_publication():
    text = (
        "〔訂正〕\n"
        "令和九年四月九日付け官報に掲載した入札公告（分析装置の購入）を次のように訂正する。\n"
        "令和九年四月三十日\n"
        "一　二⑵　入札説明書の交付期間中「令和九年四月九日から令和九年五月二十日まで」を「令和九年四月九日から令和九年"
        "六月三日まで」に改める。\n"
        "二　二⑶　入札書の受領期限中「令和九年五月二十日十七時」を「令和九年六月三日十七時」に改める。\n"
    )
    assert found(text) == [("submission", "2027-06-03", "17:00", "datetime")]


# --- a 新旧対照表 copied one cell a line, a step the change adds (「(新設)」) or leaves (「変更なし」) in a word's cell ----

SIDE_BY_SIDE = (
    "「市民ポータル再構築業務」公募型プロポーザルのスケジュール変更について\n"
    "2027年4月12日に公表したプロポーザルについて、スケジュールを次のとおり変更します。\n"
    "変更内容の一覧\n"
    "項目\n"
    "{before}\n"
    "{after}\n"
    "質問の受付期限\n"
    "2027年4月21日(水曜日)午後5時\n"
    "変更なし(受付は終了しました)\n"
    "質問への回答\n"
    "2027年4月28日(水曜日)\n"
    "2027年5月7日(金曜日)\n"
    "オンライン説明会\n"
    "(新設)\n"
    "2027年5月12日(水曜日)午前10時から午前11時まで\n"
    "企画提案書の提出期限\n"
    "2027年5月21日(金曜日)正午\n"
    "2027年5月28日(金曜日)正午\n"
    "プレゼンテーション審査\n"
    "2027年6月上旬\n"
    "2027年6月9日(水曜日)午後\n"
    "契約締結\n"
    "2027年6月下旬(予定)\n"
    "{same}\n"
    "質問への回答について\n"
    "2027年4月21日(水曜日)午後5時までに受け付けた質問への回答は、5月7日(金曜日)にこのページに掲載します。\n"
)
SIDE_BY_SIDE_STEPS = [
    ("answer", "2027-05-07", None, "date"),
    ("other", "2027-05-12", "10:00", "datetime"),
    ("submission", "2027-05-28", "12:00", "datetime"),
    ("hearing", "2027-06-09", None, "date"),
]


def test_a_side_by_side_table_one_cell_a_line_with_word_cells():
    for before, after, same in (("変更前", "変更後", "変更なし"), ("訂正前", "訂正後", "同左"), ("当初", "変更後", "変更なし")):
        text = SIDE_BY_SIDE.format(before=before, after=after, same=same)
        assert found(text) == SIDE_BY_SIDE_STEPS, (before, after, same)


def test_the_side_by_side_table_reads_alike_on_one_line():
    text = SIDE_BY_SIDE.format(before="変更前", after="変更後", same="変更なし")
    assert found(one_line(text)) == SIDE_BY_SIDE_STEPS


def test_a_tab_row_is_no_sentence_wrapped_onto_the_rows_below():
    text = (
        "スケジュールの変更について\n"
        "次のとおり変更します。\n"
        "項目\t変更前\t変更後\n"
        "プレゼンテーション審査\t2027年6月上旬\t2027年6月9日(水曜日)午後\n"
        "契約締結\t2027年6月下旬(予定)\t変更なし\n"
        "回答について\n"
        "回答は、5月7日(金曜日)に掲載します。\n"
    )
    assert ("hearing", "2027-06-09", None, "date") in found(text)


# --- the answer a sentence is about, posted on a page on its day ----------------------------------------------------


def test_an_answer_posted_on_a_page_is_the_answer_no_publication():
    for topic in ("受け付けた質問への回答は、", "受け付けた質問(12件)に対する回答は、"):
        text = f"質問への回答について\n令和9年5月20日(木)までに{topic}5月27日(木)にこのページに掲載します。\n"
        assert found(text) == [("answer", "2027-05-27", None, "date")], topic


# --- a state column whose marks a legend defines: 「－＝変更なし」 restates its row, 「済＝手続終了」 is over ----------

STATE_COLUMN = (
    "【入札手続の再開】浄水場監視設備更新工事\n"
    "2028年1月12日付けで一時中止した下記案件について、本日付けで入札手続を再開します。\n"
    "■公告番号　{issuer}第28-7号（2027/12/20 公告）\n"
    "■再開後の日程\n"
    "{legend}\n"
    "No{bar}手続{bar}日時{bar}状態\n"
    "1{bar}入札公告{bar}2027/12/20(月){bar}{done}\n"
    "2{bar}質問の受付期限{bar}2028/02/08(火) 17:00{bar}{changed}\n"
    "3{bar}開札{bar}2028/02/22(火) 10:00{bar}{changed}\n"
    "4{bar}契約の締結{bar}2028年3月下旬（予定）{bar}{same}\n"
)
STATE_STEPS = [("question", "2028-02-08", "17:00", "datetime"), ("other", "2028-02-22", "10:00", "datetime")]


def test_a_state_column_keyed_by_a_legend_keeps_the_changed_rows_alone():
    for legend, done, changed, same in (
        ("【状態欄】 済＝手続終了　変＝今回変更　新＝今回新設　－＝変更なし", "済", "変", "－"),
        ("凡例：終＝終了　○＝変更あり　△＝変更なし", "終", "○", "△"),
        ("（状態） 済=手続済み 変=変更 同=変更なし", "済", "変", "同"),
    ):
        for bar in ("│", "\t", "|"):
            text = STATE_COLUMN.format(issuer="水道企業団公告", legend=legend, bar=bar, done=done, changed=changed, same=same)
            assert found(text) == STATE_STEPS, (legend, bar)


def test_a_mark_with_no_legend_is_read_as_a_cell():
    text = "日程\n手続\t日時\t備考\n質問の受付期限\t2028/02/08(火) 17:00\t－\n開札\t2028/02/22(火) 10:00\t－\n"
    assert [step[0] for step in found(text)] == ["question", "other"]


def test_a_request_to_keep_a_day_is_no_day_set_before():
    text = "提出期限は、令和9年6月18日(金)午後5時としていただきますようお願いします。\n"
    assert found(text) == [("submission", "2027-06-18", "17:00", "datetime")]
