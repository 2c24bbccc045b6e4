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
