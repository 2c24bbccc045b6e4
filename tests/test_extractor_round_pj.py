"""Long whole documents and their asides (round pj): a site inspection's registration, a news list whose titles are
tagged or run onto one line, a round of a step whose bracket says who
takes part, a revised paper's earlier edition in brackets, a hand-in item that names where and how, and short names
a notice defines one after the other. Each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a site inspection (現地視察) is a site visit; its registration is the visit's, not the call's ----------


def test_a_site_inspection_and_its_registration_are_the_visits_not_a_tour_the_work_arranges():
    text = (
        "令和9年度 中央公園再整備基本計画策定業務 公募型プロポーザル 実施要領\n"
        "1 公告日 令和9年4月12日（月）\n"
        "2 参加表明書の提出期限 令和9年4月28日（水）午後5時\n"
        "3 現地視察\n"
        "参加表明書を提出した者を対象に、次のとおり現地視察を実施します。\n"
        "日時 令和9年5月10日（月）午後2時から午後4時まで\n"
        "申込 参加を希望する者は、令和9年4月30日（金）正午までに、現地視察参加申込書（様式第5号）を電子メールで提出してください。\n"
        "4 企画提案書の提出期限 令和9年5月28日（金）午後5時\n"
    )
    assert found(text) == [
        ("published", "2027-04-12", None, "date"),
        ("application", "2027-04-28", "17:00", "datetime"),
        ("other", "2027-04-30", "12:00", "datetime"),
        ("other", "2027-05-10", "14:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
    ]
    # (a tour the work arranges for others is no visit of the bidders: the call's application stays its own)
    text = (
        "令和9年度 インバウンド誘客促進業務 企画提案募集要項\n"
        "1 業務内容 (1) 海外旅行会社向け現地視察ツアーの手配及び同行 (2) 多言語パンフレットの作成\n"
        "2 公募開始 令和9年6月1日（火）\n"
        "3 参加申込締切 令和9年6月15日（火）午後5時\n"
        "4 企画提案書提出期限 令和9年7月2日（金）午後5時\n"
    )
    assert found(text) == [
        ("published", "2027-06-01", None, "date"),
        ("application", "2027-06-15", "17:00", "datetime"),
        ("submission", "2027-07-02", "17:00", "datetime"),
    ]
    assert found(one_line(text)) == found(text)


# --- a page's news list: the day alone over a title, the title tagged; or the list run onto one line ---------


NEWS_PAGE = (
    "若葉台町立図書館 指定管理者募集\n"
    "NEWS\n"
    "2027.06.20\n"
    "質問回答を公開しました\n"
    "2027.06.11\n"
    "【重要】提案書の提出期限及び審査結果の通知日を変更しました\n"
    "2027.06.02\n"
    "施設見学会を開催しました（参加12者）\n"
    "2027.05.17\n"
    "募集要項を公開しました\n"
    "\n"
    "SCHEDULE\n"
    "1 募集要項の公表 2027年5月17日（月）\n"
    "2 提案書の提出期限 2027年7月16日（金）17:00\n"
    "3 審査結果の通知 2027年8月6日（金）\n"
)


def test_a_tagged_news_title_under_its_day_keeps_the_news_list_aside():
    assert found(NEWS_PAGE) == [
        ("published", "2027-05-17", None, "date"),
        ("submission", "2027-07-16", "17:00", "datetime"),
        ("result", "2027-08-06", None, "date"),
    ]


def test_news_posts_run_onto_one_line_give_no_step():
    text = NEWS_PAGE.replace("【重要】", "")
    assert found(one_line(text)) == [
        ("published", "2027-05-17", None, "date"),
        ("submission", "2027-07-16", "17:00", "datetime"),
        ("result", "2027-08-06", None, "date"),
    ]


# --- a round of a step, its bracket saying who may take part ---------------------------------------------


def test_a_round_whose_bracket_names_who_takes_part_stays_the_headings_step():
    text = (
        "○○跡地活用事業 募集要項\n"
        "3 質問の受付及び回答\n"
        "（1）第1回\n"
        "ア 受付期限 2027年5月31日（月）17時\n"
        "イ 回答日 2027年6月9日（水）\n"
        "（2）第2回（参加申込者に限る。）\n"
        "ア 受付期限 2027年6月30日（水）17時\n"
        "イ 回答日 2027年7月7日（水）\n"
        "4 参加申込\n"
        "（1）提出期限 2027年6月23日（水）17時\n"
    )
    assert found(text) == [
        ("question", "2027-05-31", "17:00", "datetime"),
        ("answer", "2027-06-09", None, "date"),
        ("application", "2027-06-23", "17:00", "datetime"),
        ("question", "2027-06-30", "17:00", "datetime"),
        ("answer", "2027-07-07", None, "date"),
    ]


# --- a revised paper keeps its earlier edition's value in a bracket --------------------------------------


def test_an_earlier_editions_value_in_a_bracket_is_no_step():
    text = (
        "○○跡地活用事業 募集要項（第2版）\n"
        "5 提案書の提出【第2版修正】\n"
        "（1）提出期間 2027年7月19日（月）から7月23日（金）17時まで（第1版：2027年7月12日（月）から7月16日（金）17時まで）\n"
        "6 提案審査会【第2版修正】\n"
        "（1）実施時期 2027年8月上旬（初版：2027年7月下旬）\n"
    )
    assert found(text) == [
        ("submission", "2027-07-23", "17:00", "datetime"),
        ("hearing", "2027-08-01", None, "early_month"),
    ]


# --- an item that names where and how a set of papers is handed in -------------------------------------


def test_papers_defined_by_short_names_and_handed_in_together_are_a_step_each():
    text = (
        "○○橋補修工事 入札説明書\n"
        "(1) 参加希望者は、競争参加資格確認申請書（以下「申請書」という。）及び競争参加資格確認資料（以下「資料」という。）"
        "並びに技術提案書を提出しなければならない。\n"
        "(2) 申請書、資料及び技術提案書の提出期間、提出場所及び提出方法\n"
        "ア 提出期間 令和9年8月23日（月）から同年9月6日（月）午後5時まで\n"
        "イ 提出方法 電子入札システムにより提出すること。\n"
    )
    assert found(text) == [
        ("application", "2027-09-06", "17:00", "datetime"),
        ("submission", "2027-09-06", "17:00", "datetime"),
    ]
