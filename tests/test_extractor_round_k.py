"""The kind of a step from its label, as issuers of Japanese calls write them: the head noun at the end decides
(「参加意思確認書の審査結果の通知」 a result, 「落札者決定後の契約締結」 the contract), conditions and objects before it, polite
and web forms (「ご質問の受付」「応募〆切」), abbreviations (「企画書〆」「プレゼン日」), English labels, two steps in one
label, and labels that are no steps (業務開始, 納期, 稼働). The kinds follow the rules of the development set's gold."""

import pytest

from tests.extractor_found import found, kinds


def schedule_lines(label: str) -> list[str]:
    """The label in an item line and in a table row of a schedule, with one date and time."""
    if any("ぁ" <= c <= "ん" or "ァ" <= c <= "ヶ" or "一" <= c <= "龥" for c in label):
        return [f"（３）{label}　令和8年6月12日（金）午後5時\n", f"| {label} | 2026年6月12日(金) 17:00 |\n"]
    return [f"{label}: 5:00 p.m., 12 June 2026\n", f"| {label} | June 12, 2026 17:00 |\n"]


# (label, kind): one step each
STEPS = [
    ("公告日", "published"),
    ("公示日", "published"),
    ("公募開始日", "published"),
    ("募集開始", "published"),
    ("実施要領の公表", "published"),
    ("募集要項の配布開始", "published"),
    ("入札説明書の交付期間", "published"),
    ("公告（市ホームページ掲載）", "published"),
    ("公募の開始", "published"),
    ("仕様書等の配布", "published"),
    ("公募型プロポーザルの公告", "published"),
    ("企画競争の公示", "published"),
    ("募集要項等の配布期間", "published"),
    ("指定管理者の募集開始", "published"),
    ("募集の告示", "published"),
    ("告示日", "published"),
    ("公募要領の公表日", "published"),
    ("見積依頼書の送付", "published"),
    ("参加意思確認公募の公示", "published"),
    ("随意契約の公募開始", "published"),
    ("補助事業者の公募開始", "published"),
    ("企画提案募集の開始", "published"),
    ("募集要綱のダウンロード開始", "published"),
    ("入札情報の掲載", "published"),
    ("Date of public notice", "published"),
    ("Notice issued", "published"),
    ("Tender documents available", "published"),
    ("Issue of the Request for Proposals", "published"),
    ("Call for proposals opens", "published"),
    ("Publication of the tender notice", "published"),
    ("質問の受付期限", "question"),
    ("質問書提出期限", "question"),
    ("ご質問の受付", "question"),
    ("ご質問受付締切", "question"),
    ("質疑の受付期限", "question"),
    ("仕様書に関する質問の提出期限", "question"),
    ("実施要領等に対する質問", "question"),
    ("質問票の提出", "question"),
    ("お問い合わせ期限", "question"),
    ("質問書の〆切", "question"),
    ("入札説明書等についての質問の締切", "question"),
    ("質疑書の提出期限", "question"),
    ("質問受付（電子メールのみ）", "question"),
    ("疑義照会の受付期限", "question"),
    ("仕様に関する照会期限", "question"),
    ("回答に対する再質問の受付", "question"),
    ("質問事項の提出締切", "question"),
    ("質問がある場合の質問書提出期限", "question"),
    ("Deadline for questions", "question"),
    ("Clarification deadline", "question"),
    ("Deadline for submission of questions", "question"),
    ("Questions due", "question"),
    ("Deadline for clarification requests", "question"),
    ("Last day for inquiries", "question"),
    ("質問に対する回答", "answer"),
    ("質問に対する回答の公表", "answer"),
    ("質問回答の掲載", "answer"),
    ("回答予定日", "answer"),
    ("回答の公開", "answer"),
    ("質疑回答", "answer"),
    ("質問回答書の公表", "answer"),
    ("質問及び回答の公表", "answer"),
    ("回答書の掲載（ホームページ）", "answer"),
    ("回答のお知らせ", "answer"),
    ("疑義照会への回答", "answer"),
    ("Q&Aの掲載", "answer"),
    ("Answers to questions", "answer"),
    ("Response to clarifications", "answer"),
    ("Publication of answers", "answer"),
    ("Q&A posted", "answer"),
    ("参加申込書の提出期限", "application"),
    ("参加表明書の提出", "application"),
    ("参加意思確認書の提出期限", "application"),
    ("参加申請書の受付", "application"),
    ("応募申込書の提出", "application"),
    ("エントリーの締め切り", "application"),
    ("エントリー〆切", "application"),
    ("エントリー受付期間", "application"),
    ("参加申込締切", "application"),
    ("入札参加資格確認申請書の提出期限", "application"),
    ("競争参加資格確認申請書の提出", "application"),
    ("一般競争入札参加申請書の提出", "application"),
    ("参加意向申出書の提出", "application"),
    ("参加希望票の提出", "application"),
    ("仮申込", "application"),
    ("参加資格審査申請書の提出", "application"),
    ("参加表明書提出〆切", "application"),
    ("応募申込受付", "application"),
    ("参加資格確認書類の提出", "application"),
    ("参加申込書兼誓約書の提出", "application"),
    ("応募意向届の提出", "application"),
    ("参加のお申し込み", "application"),
    ("参加お申込み期限", "application"),
    ("参加登録期限", "application"),
    ("参加資格申請書の提出", "application"),
    ("見積合わせへの参加申込", "application"),
    ("見積合わせ参加申込期限", "application"),
    ("入札への参加申込", "application"),
    ("指定申請予定届の提出", "application"),
    ("Expression of interest deadline", "application"),
    ("Application deadline", "application"),
    ("Registration deadline", "application"),
    ("Deadline for letter of intent", "application"),
    ("Deadline for receipt of applications", "application"),
    ("企画提案書の提出期限", "submission"),
    ("提案書の受付期間", "submission"),
    ("企画書〆", "submission"),
    ("企画書の締め切り", "submission"),
    ("応募〆切", "submission"),
    ("応募締切日", "submission"),
    ("応募書類の提出期限", "submission"),
    ("入札書の提出期限", "submission"),
    ("入札書受付期間", "submission"),
    ("入札日時", "submission"),
    ("入札予定日", "submission"),
    ("入札会", "submission"),
    ("見積書の提出期限", "submission"),
    ("見積〆切", "submission"),
    ("見積期限", "submission"),
    ("技術提案書の提出", "submission"),
    ("申請書類の受付", "submission"),
    ("提案書類の提出締切", "submission"),
    ("本申込", "submission"),
    ("応募書類受付期間", "submission"),
    ("事業計画書の提出", "submission"),
    ("提案書提出日", "submission"),
    ("提案〆切", "submission"),
    ("提案締切", "submission"),
    ("プロポーザル締切", "submission"),
    ("企画提案書の持参期限", "submission"),
    ("郵送で提出する場合の提案書の必着日", "submission"),
    ("補助金交付申請書の提出", "submission"),
    ("交付申請の受付期間", "submission"),
    ("電子入札締切", "submission"),
    ("入札書の投函期限", "submission"),
    ("指定申請書の提出期限", "submission"),
    ("ご提案書の提出", "submission"),
    ("Deadline for submission of proposals", "submission"),
    ("Proposal due", "submission"),
    ("Tender submission deadline", "submission"),
    ("Bid deadline", "submission"),
    ("Time-limit for tender", "submission"),
    ("Deadline for receipt of tenders", "submission"),
    ("Closing date for proposals", "submission"),
    ("プレゼンテーションの実施", "hearing"),
    ("プレゼン日", "hearing"),
    ("ヒアリング", "hearing"),
    ("面接審査", "hearing"),
    ("二次審査（プレゼンテーション）", "hearing"),
    ("審査会の開催", "hearing"),
    ("企画提案のプレゼンテーション", "hearing"),
    ("提案内容のヒアリング", "hearing"),
    ("オンラインヒアリング", "hearing"),
    ("選定委員会（プレゼンテーション審査）", "hearing"),
    ("技術提案書に関するヒアリング", "hearing"),
    ("企画提案書の審査（ヒアリング）", "hearing"),
    ("企画提案書の審査（書類審査）", "other"),
    ("プレゼン審査会", "hearing"),
    ("デモンストレーション審査", "hearing"),
    ("Presentation", "hearing"),
    ("Interviews", "hearing"),
    ("Proposal presentations", "hearing"),
    ("Interviews with shortlisted bidders", "hearing"),
    ("審査結果の通知", "result"),
    ("選定結果の公表", "result"),
    ("参加資格確認結果の通知", "result"),
    ("参加意思確認書の審査結果の通知", "result"),
    ("企画提案書の提出要請", "result"),
    ("企画提案の要請", "result"),
    ("受託候補者の特定", "result"),
    ("優先交渉権者の決定", "result"),
    ("結果通知", "result"),
    ("採択通知", "result"),
    ("審査結果発表", "result"),
    ("指定管理者候補者の選定", "result"),
    ("落札者の決定", "result"),
    ("特定・非特定通知", "result"),
    ("選定・非選定の通知", "result"),
    ("一次審査結果の通知", "result"),
    ("交付決定", "result"),
    ("採択結果の公表", "result"),
    ("落札決定", "result"),
    ("契約候補者の決定", "result"),
    ("受注者の決定", "result"),
    ("審査結果の通知予定日", "result"),
    ("結果のお知らせ", "result"),
    ("合否通知", "result"),
    ("採否のご連絡", "result"),
    ("プレゼンテーション参加者の決定", "result"),
    ("ヒアリング対象者の選定", "result"),
    ("ヒアリング対象者への通知", "result"),
    ("Notification of results", "result"),
    ("Notice of award", "result"),
    ("Award notification", "result"),
    ("Announcement of the successful tenderer", "result"),
    ("Selection results", "result"),
    ("契約締結", "contract"),
    ("契約締結予定日", "contract"),
    ("協定の締結", "contract"),
    ("基本協定締結", "contract"),
    ("委託契約の締結", "contract"),
    ("仮契約", "contract"),
    ("契約日", "contract"),
    ("協定書の締結", "contract"),
    ("落札者決定後の契約締結", "contract"),
    ("審査結果通知後の契約手続", "contract"),
    ("Contract signing", "contract"),
    ("Contract award", "contract"),
    ("Conclusion of contract", "contract"),
    ("Expected contract date", "contract"),
    ("説明会", "other"),
    ("説明会参加申込期限", "other"),
    ("現地見学会", "other"),
    ("入札を辞退する場合の辞退届", "other"),
    ("辞退届の提出期限", "other"),
    ("開札日時", "other"),
    ("開札（電子入札）", "other"),
    ("書類審査", "other"),
    ("一次審査（書類審査）", "other"),
    ("募集要項の閲覧期間", "other"),
    ("議案上程", "other"),
    ("見積合わせ", "other"),
    ("現場説明会", "other"),
    ("設計図書の閲覧", "other"),
    ("ヒアリング実施日時の通知", "other"),
    ("プレゼンテーションの日時・場所の連絡", "other"),
    ("プレゼンテーション順の通知", "other"),
    ("非特定理由の説明請求期限", "other"),
    ("異議申立て期限", "other"),
    ("説明会への参加申込", "other"),
    ("施設見学会の申込み", "other"),
    ("Opening of tenders", "other"),
    ("Bid opening", "other"),
    ("Tender opening", "other"),
    ("Briefing session", "other"),
    ("Site visit registration", "other"),
    ("Pre-bid meeting", "other"),
    ("Pre-proposal conference", "other"),
    ("Evaluation of proposals", "other"),
    ("提出期限（参加表明書）", "application"),
    ("締切（質問書）", "question"),
    ("提出期限（企画提案書）", "submission"),
    ("入札保証金の納付期限", "other"),
    ("入札参加者の指名通知", "result"),
    ("落札候補者の決定", "result"),
    ("開札結果の公表", "result"),
    ("書類選考", "other"),
    ("書類選考結果のご連絡", "result"),
    ("審査日", "hearing"),
    ("審査委員会", "hearing"),
    ("選考委員会によるヒアリング", "hearing"),
    ("事後審査書類の提出", "application"),
    ("申込書類の受付期限", "application"),
    ("応募受付", "submission"),
    ("募集締切", "submission"),
    ("見積書の開封", "other"),
    ("回答期限", "answer"),
    ("Submission of EOI", "application"),
    ("RFP release", "published"),
    ("Pre-qualification deadline", "application"),
    ("Oral presentations", "hearing"),
    ("Signing of contract", "contract"),
    ("Site inspection", "other"),
    ("入札説明書の交付開始", "published"),
    ("電子入札システムでの公開", "published"),
    ("調達公告", "published"),
    ("官報公示日", "published"),
    ("入札公告の掲示", "published"),
    ("公募要領等の公開期間", "published"),
    ("募集案内の配布", "published"),
    ("Bidding documents issued", "published"),
    ("質問書受付期限", "question"),
    ("書面による質問の期限", "question"),
    ("質問の締め切り", "question"),
    ("質問受付終了", "question"),
    ("Enquiries deadline", "question"),
    ("回答の送付", "answer"),
    ("回答掲載予定日", "answer"),
    ("回答書の公表（随時）", "answer"),
    ("参加表明の受付期限", "application"),
    ("入札参加希望の申出期限", "application"),
    ("参加申出書の提出", "application"),
    ("応募の申込み", "application"),
    ("競争参加資格確認資料の提出期限", "application"),
    ("提案参加申込", "application"),
    ("申込締切（参加申込書）", "application"),
    ("技術提案書の受領期限", "submission"),
    ("企画提案書等の受付締切日時", "submission"),
    ("提案書類一式の提出", "submission"),
    ("Final proposals due", "submission"),
    ("入札（開札）日時", "submission"),
    ("郵便入札の締切", "submission"),
    ("企画提案書の提出（正本・副本）", "submission"),
    ("提出書類の締切", "submission"),
    ("ヒアリング審査日", "hearing"),
    ("プレゼンテーション審査会の開催", "hearing"),
    ("面接（オンライン）", "hearing"),
    ("提案者ヒアリング", "hearing"),
    ("選定結果の通知（文書）", "result"),
    ("最終結果の公表", "result"),
    ("受託者の決定", "result"),
    ("受託者選定", "result"),
    ("契約相手方の決定", "result"),
    ("優先交渉権者の選定", "result"),
    ("採択事業者の決定", "result"),
    ("補助金交付決定通知", "result"),
    ("審査結果の送付", "result"),
    ("入札参加資格の有無の通知", "result"),
    ("落札者の公表", "result"),
    ("契約の締結日", "contract"),
    ("本契約締結", "contract"),
    ("協定締結予定", "contract"),
    ("契約手続き", "contract"),
    ("Contract conclusion (planned)", "contract"),
    ("開札予定日", "other"),
    ("入札保証金の納付", "other"),
    ("現地説明会の開催", "other"),
    ("見学会参加申込", "other"),
    ("仕様書の閲覧期間", "other"),
    ("辞退の届出期限", "other"),
    ("第一次審査（書類選考）", "other"),
    ("指定議案の提出", "other"),
    ("入札書の提出期限及び提出場所", "submission"),
    ("質問書の提出期限・提出先", "question"),
    ("企画提案書の提出期間、場所及び方法", "submission"),
    ("参加表明書の提出期限等", "application"),
    ("技術提案書の提出者を選定したときの通知", "result"),
    ("技術提案書を特定したときの通知", "result"),
    ("入札説明会の日時及び場所", "other"),
    ("開札の日時及び場所", "other"),
    ("提案書の提出を求める者の選定結果通知", "result"),
    ("非選定者への理由の通知", "other"),
    ("参加資格がないと認めた者への通知", "result"),
    ("評価結果（技術評価点）の通知", "result"),
    ("契約保証金の納付期限", "other"),
    ("落札決定通知後の契約締結", "contract"),
    ("プレゼンテーション実施後の選定結果の公表", "result"),
    ("質問書提出後の回答", "answer"),
    ("仕様書等の交付期間及び交付場所", "published"),
    ("見積書の提出期限（見積合わせ）", "submission"),
    ("オープンカウンター方式による見積書の受付期限", "submission"),
    ("電子調達システムによる入札書の提出", "submission"),
    ("電子メールによる参加申込", "application"),
    ("補助事業計画書の提出期限", "submission"),
    ("委託先公募の締切", "submission"),
    ("公募締切", "submission"),
    ("募集期限", "submission"),
    ("応募受付締切", "submission"),
    ("応募締切（企画提案書）", "submission"),
    ("参加者の募集開始", "published"),
    ("参加資格確認通知書の発送", "result"),
    ("資格審査結果の通知予定", "result"),
    ("公開ヒアリング", "hearing"),
    ("プレゼンテーション（Web会議方式）", "hearing"),
    ("提案説明（プレゼンテーション）", "hearing"),
    ("審査委員会による審査", "hearing"),
    ("ヒアリングの実施時間の連絡", "other"),
    ("選定結果及びヒアリング日時の通知", "result"),
    ("仮契約の締結", "contract"),
    ("契約書の取り交わし", "contract"),
    ("請書の提出", "contract"),
    ("Tender closing", "submission"),
    ("Deadline for Expression of Interest (EOI)", "application"),
    ("Questions and answers published", "answer"),
    ("Briefing for bidders", "other"),
    ("Award of contract", "contract"),
    ("Shortlisted firms notified", "result"),
]
# (label, kinds): a label of several steps gives one milestone per step, papers of two steps handed in together too
# (「参加申込書・企画提案書の提出締切」: an application and a submission, the same deadline)
JOINED = [
    ("参加申込書・企画提案書の提出締切", ("application", "submission")),
    ("審査結果通知・契約締結", ("result", "contract")),
    ("選定結果の通知及び契約締結", ("result", "contract")),
    ("契約締結・業務開始", ("contract",)),
    ("入札・開札", ("submission", "other")),
    ("一次審査・結果通知", ("other", "result")),
    ("プレゼンテーション及び審査結果通知", ("hearing", "result")),
    ("開札及び落札者決定", ("other", "result")),
    ("入札及び開札の日時及び場所", ("submission", "other")),
]
# the work's dates, after the call, and a window's opening: no milestone
NO_STEPS = [
    "Commencement of work",
    "業務開始",
    "納期",
    "稼働",
    "指定期間の開始",
    "業務委託期間",
    "履行期限",
    "納入期限",
    "供用開始",
    "運用開始",
    "本稼働",
    "サービス開始",
    "事業開始",
    "管理運営開始",
    "指定管理業務の開始",
    "工事着手",
    "着工",
    "引渡し",
    "成果品の提出期限",
    "成果物の納品",
    "報告書の提出",
    "開館日",
    "契約期間満了",
    "企画提案書の受付開始",
    "Commencement of services",
    "Delivery deadline",
    "Period of performance",
    "Service start",
    "Completion date",
    "申請受付開始",
    "業務履行期限",
    "事業実施期間",
    "工事完成期限",
    "納入期限日",
    "稼働開始予定日",
    "指定管理の開始日",
    "運営開始",
    "Go-live",
    "Service commencement date",
    "Contract start",
    "Project completion",
]


@pytest.mark.parametrize(("label", "kind"), STEPS)
def test_a_labels_head_noun_gives_its_steps_kind(label, kind):
    for line in schedule_lines(label):
        assert kinds(line) == [kind], line


@pytest.mark.parametrize(("label", "steps"), JOINED)
def test_a_label_of_joined_steps_gives_one_milestone_per_step(label, steps):
    for line in schedule_lines(label):
        assert kinds(line) == list(steps), line


@pytest.mark.parametrize("label", NO_STEPS)
def test_a_label_of_the_works_own_dates_is_no_milestone(label):
    for line in schedule_lines(label):
        assert kinds(line) == [], line


def test_the_step_named_last_decides_and_the_works_start_is_no_step():
    text = (
        "令和8年度 地域交通計画策定支援業務委託 参加意思確認公募\n\n"
        "１ 日程\n"
        "（１）参加意思確認公募の公示　令和8年5月11日（月）\n"
        "（２）参加意思確認書の提出期限　令和8年5月22日（金）午後5時\n"
        "（３）参加意思確認書の審査結果の通知　令和8年5月29日（金）\n"
        "（４）落札者決定後の契約締結　令和8年6月中旬\n"
        "（５）業務開始　令和8年7月1日（水）\n"
    )
    assert found(text) == [
        ("published", "2026-05-11", None, "date"),
        ("application", "2026-05-22", "17:00", "datetime"),
        ("result", "2026-05-29", None, "date"),
        ("contract", "2026-06-01", None, "mid_month"),
    ]


def test_a_hearings_time_made_known_is_no_result_but_a_selection_made_known_with_it_is():
    text = (
        "２ スケジュール\n"
        "・プレゼンテーション参加者の決定　令和8年7月10日（金）\n"
        "・ヒアリング実施日時の通知　令和8年7月13日（月）\n"
        "・ヒアリング　令和8年7月21日（火）午後1時30分から\n"
        "・選定結果及び契約交渉日時の通知　令和8年7月28日（火）\n"
    )
    assert kinds(text) == ["result", "other", "hearing", "result"]


def test_the_calls_own_deadline_named_by_no_paper_is_its_hand_in():
    text = "募集のご案内\n公募開始　2026年6月1日（月）\n応募〆切　2026年6月26日（金）17:00\n結果のお知らせ　2026年7月中旬\n"
    assert kinds(text) == ["published", "submission", "result"]
    text = "応募締切　6月15日（月）\n参加意思確認書の提出期限　令和8年6月15日（月）17時\n"  # that day's named step
    assert kinds(text) == ["application"]


def test_a_bare_deadline_takes_the_paper_in_its_brackets_and_a_window_from_the_notice_its_items_step():
    text = (
        "（１）募集要項の配布\n"
        "　ア 期間　告示日から令和8年6月5日（金）まで\n"
        "（２）提出期限（参加表明書）　令和8年6月12日（金）午後5時\n"
        "（３）締切（質問書）　令和8年6月3日（水）正午\n"
        "\n"
        "　　令和8年5月20日\n"
        "\n"
        "　　　　　　　　　　　　　蒼浜町長　山田　一郎\n"
    )
    assert found(text) == [
        ("published", "2026-05-20", None, "date"),
        ("question", "2026-06-03", "12:00", "datetime"),
        ("application", "2026-06-12", "17:00", "datetime"),
    ]


def test_an_english_schedule_names_its_opening_its_award_and_the_contracts_start_as_no_step():
    text = (
        "Schedule\n"
        "Issue of the Request for Proposals: 1 June 2026\n"
        "Pre-bid meeting: 8 June 2026, 10:00 a.m.\n"
        "Deadline for submission of proposals: 26 June 2026, 5:00 p.m.\n"
        "Bid opening: 29 June 2026, 2:00 p.m.\n"
        "Notice of award: 10 July 2026\n"
        "Contract start: 1 August 2026\n"
    )
    assert kinds(text) == ["published", "other", "submission", "other", "result"]


def test_questions_and_answers_made_public_are_one_answer_and_a_deliverable_is_no_step():
    text = "・質問及び回答の公表　令和8年6月10日（水）\n・成果品の提出期限　令和9年3月15日（月）\n・請書の提出　令和8年6月30日（火）\n"
    assert kinds(text) == ["answer", "contract"]
