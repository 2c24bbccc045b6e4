"""Change notices read by what they change (round qg): a calendar's update over the invitation it replaces, a heading
that says the steps under it are over, a town page's alert box and its section's news list, visits told after their
days, papers lent on request, a covering letter's note over the schedule it sends, events the change adds, a press
release's dated head. Each test a few lines written for its class."""

from tests.extractor_found import found, kinds, one_line

# --- a calendar's update: its subject's bracket, the invitation it replaces, the steps over -------------------------


def test_a_meeting_update_keeps_only_its_new_day():
    text = (
        "差出人:\t青浜市 契約課 <keiyaku@example.jp>\n"
        "送信日時:\t2027年3月3日 水曜日 9:10\n"
        "件名:\t更新: 【青浜市】観光サイト改修業務 企画競争 ヒアリング（日時変更）\n"
        "\n"
        "ヒアリングの日時を、下記のとおり変更します。\n"
        "1．変更後のヒアリングの日時\n"
        "　　2027年3月12日（金）10:00～10:40\n"
        "2．審査結果の通知　2027年3月下旬（当初：3月中旬）\n"
        "3．これまでの手続（いずれも終了しています）\n"
        "　　・参加表明書の提出期限　　2027年2月5日（金）17時\n"
        "　　・企画提案書の提出期限　　2027年2月26日（金）正午\n"
        "\n"
        "-----元の予定-----\n"
        "件名: 【青浜市】観光サイト改修業務 企画競争 ヒアリング\n"
        "日時: 2027年3月9日 火曜日 14:00-14:40\n"
        "1．日時　2027年3月9日（火）14:00～14:40\n"
        "2．審査結果の通知　2027年3月中旬（予定）\n"
    )
    assert found(text) == [
        ("hearing", "2027-03-12", "10:00", "datetime"),
        ("result", "2027-03-01", None, "late_month"),
    ]
    # (「2月3日(水)(変更)」 closing a row read on one line is the row's mark, no title of a change)
    text = (
        "公募型プロポーザルを実施します\n"
        "スケジュール\n"
        "質問の受付期限\n"
        "1月29日(金)午後5時まで\n"
        "質問への回答\n"
        "<del>2月2日(火)</del> 2月3日(水)(変更)\n"
        "参加資格確認結果の通知\n"
        "2月19日(金)\n"
        "公募開始 令和9年1月20日(水)\n"
    )
    assert "question" in kinds(one_line(text))


# --- a town page's boxes: its alerts of the day, its section's news ---------------------------------------------------


def test_a_page_alert_box_gives_no_step():
    text = (
        "緊急情報\n"
        "大雨による災害ごみの受付について（9月30日（土曜日）まで）\n"
        "り災証明書の申請受付（10月31日（火曜日）まで）\n"
        "一覧を見る\n"
        "\n"
        "庁舎改修工事の入札公告\n"
        "入札書の提出期限　令和10年9月8日（金曜日）午後5時\n"
    )
    assert kinds(text) == ["submission"]


def test_a_section_news_list_beside_a_change_gives_no_publication():
    text = (
        "図書館整備基本設計業務委託公募型プロポーザルの日程変更について\n"
        "令和10年8月1日に公告しました標記プロポーザルについて、以下のとおり日程を変更します。\n"
        "参加表明書の提出期限は、当初の9月1日（金曜日）から、令和10年9月8日（金曜日）午後5時に延長します。\n"
        "入札・契約のお知らせ\n"
        "2028年8月22日　図書館整備基本設計業務委託公募型プロポーザルの日程変更について\n"
        "2028年7月14日　令和10年度 建設工事等の発注見通し（第2四半期）を公表しました\n"
    )
    assert kinds(text) == ["application"]


# --- steps told in a sentence after their days ------------------------------------------------------------------------


def test_visits_held_over_days_told_after_them():
    text = (
        "令和10年8月1日に公告した公募型プロポーザルの日程変更について\n"
        "当初8月25日（金曜日）に予定していた現地見学会は中止します。\n"
        "代わりに、令和10年8月28日（月曜日）から9月1日（金曜日）までの間、1者30分程度の個別見学を実施します。\n"
    )
    assert found(text) == [("other", "2028-09-01", None, "date")]


def test_papers_lent_on_request_beside_another_step_at_that_moment():
    text = (
        "企画競争説明書\n"
        "3. 企画競争の日程\n"
        "（1）追加質問の受付期限\n"
        "2026年2月18日（水）17時00分\n"
        "（2）貸与資料の貸与申請期限\n"
        "2026年2月18日（水）17時00分\n"
        "（3）企画提案書の提出期限\n"
        "2026年2月27日（金）12時00分\n"
    )
    assert kinds(text) == ["question", "other", "submission"]


# --- a change notice's restated schedule ------------------------------------------------------------------------------


def test_a_covering_letter_note_over_the_schedule_it_sends():
    text = (
        "2026年2月12日\n"
        "「森林調査業務」企画競争説明書の変更について\n"
        "2026年1月30日付けで公示した標記企画競争について、説明書の一部を変更しましたので、お知らせします。\n"
        "1 企画提案書の提出期限を1週間延長します。\n"
        "2 契約締結の予定日に変更はありません。\n"
        "以上\n"
        "（別添）\n"
        "企画競争説明書\n"
        "3. 日程\n"
        "（1）企画提案書の提出期限\n"
        "2026年2月27日（金）12時00分\n"
        "（2）契約締結\n"
        "2026年4月1日（水）（予定）\n"
    )
    assert kinds(text) == ["submission"]


def test_events_a_change_adds_beside_the_rows_it_moves():
    text = (
        "公募型プロポーザル 参加説明会 議事要旨\n"
        "１ 日 時　令和9年7月8日（木）　午後2時00分\n"
        "（3）スケジュールの変更について\n"
        "・日程を次のとおり変更する。\n"
        "　ア　質問の受付期限\n"
        "　　　7月23日（金）午後5時まで（当初 7月16日（金）午後5時まで）\n"
        "　イ　企画提案書の提出期限\n"
        "　　　8月27日（金）午後5時まで（当初 8月20日（金）午後5時まで）\n"
        "・また、オンラインによる追加説明会を開催する。\n"
        "　ウ　追加説明会の参加申込期限\n"
        "　　　7月12日（月）正午まで\n"
    )
    assert kinds(text) == ["other", "question", "submission"]


def test_a_press_release_dated_in_its_head_cites_the_call_before_it():
    text = (
        "報道発表資料　令和8年3月5日　浅葱県スポーツ施設整備課\n"
        "新体育館整備運営事業の入札スケジュールの変更について\n"
        "県では、新体育館整備運営事業を民間の資金、経営能力及び技術的能力を活用するPFI方式により実施することとし、"
        "令和7年11月28日（金）に総合評価一般競争入札の入札公告を行いました。このたび、建設資材価格等の上昇を踏まえて"
        "事業費を見直し、入札説明書等を修正したため、入札参加者が修正内容を踏まえて提案内容を検討する期間を確保するよう、"
        "提案書類の提出期限等を次のとおり変更します。\n"
        "・提案書類の受付 令和8年6月12日（金）17時まで（変更前 令和8年4月24日（金）まで）\n"
    )
    assert found(text) == [("submission", "2026-06-12", "17:00", "datetime")]
