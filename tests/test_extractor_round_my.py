"""Round my: a date-first timeline (each date on a line, its step on the line after it) run onto one line. Each test a
few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line

# (a notice's prose before its schedule: long enough that the text run onto one line is read as a run-together notice)
INTRO = (
    "本業務の受託者を公募型プロポーザル方式により選定するため、次のとおり企画提案を募集します。参加を希望する者は、実施要領及び仕様書を"
    "よく読み、所定の様式により必要な書類を提出してください。提出された書類は返却しません。また、提案に要する費用は提案者の負担とします。"
    "本業務は、市民の利便性の向上と事務の効率化を図ることを目的としており、提案者には、これまでの実績に基づく具体的な提案を期待します。"
    "なお、予算の成立を条件としますので、予算が成立しなかった場合は、本件の手続を中止することがあります。"
    "参加資格、提出書類、審査の方法その他の詳細は、市のホームページに掲載する実施要領をご覧ください。電話による問合せには応じません。\n"
)


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_a_date_first_schedule_under_its_heading_whose_steps_are_deadlines():
    # (「質問締切」「参加申込〆切」「提出期限」: a step's name that would key a date in a table written label first)
    text = (
        "令和9年度 防災アプリ改修業務 公募型プロポーザル\n" + INTRO + "選定スケジュール\n5月10日(月)\n募集開始\n5月17日(月)17時\n"
        "質問締切\n5月24日(月)17時\n参加申込締切\n6月1日(火)正午\n企画提案書 提出期限\n6月中旬\n審査結果通知\n\n問合せ 防災課\n"
    )
    assert both(text) == [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-17", "17:00", "datetime"),
        ("application", "2027-05-24", "17:00", "datetime"),
        ("submission", "2027-06-01", "12:00", "datetime"),
        ("result", "2027-06-01", None, "mid_month"),
    ]


def test_a_date_first_schedule_in_a_bracketed_heading_western_years_and_colon_times():
    text = (
        "港湾清掃業務委託 企画競争のご案内\n"
        + INTRO
        + "\n【日程】\n2027年8月2日(月)\n募集開始\n2027年8月16日(月) 17:00\n質問〆切\n"
        "2027年8月23日(月) 17:00\n参加申込〆切\n2027年8月30日(月) 12:00\n提案書〆切\n2027年9月上旬\nヒアリング\n\n【提出先】\n港湾課 清掃係\n"
    )
    assert both(text) == [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-16", "17:00", "datetime"),
        ("application", "2027-08-23", "17:00", "datetime"),
        ("submission", "2027-08-30", "12:00", "datetime"),
        ("hearing", "2027-09-01", None, "early_month"),
    ]


def test_a_date_first_flow_headed_as_the_way_to_the_proposal():
    text = (
        "令和9年度 観光パンフレット制作業務 企画提案募集\n"
        + INTRO
        + "提案までの流れ\n4月5日(月)\n実施要領の公表\n4月12日(月)午後5時\n"
        "質問の受付期限\n4月19日(月)午後5時\n参加表明書の提出期限\n5月10日(月)正午\n企画提案書の提出期限\n5月下旬\nプレゼンテーション\n\n"
    )
    assert both(text) == [
        ("published", "2027-04-05", None, "date"),
        ("question", "2027-04-12", "17:00", "datetime"),
        ("application", "2027-04-19", "17:00", "datetime"),
        ("submission", "2027-05-10", "12:00", "datetime"),
        ("hearing", "2027-05-01", None, "late_month"),
    ]


def test_a_date_first_schedule_whose_steps_are_bulleted_under_their_dates():
    # (the bullets begin lines when the text is put back on its lines; each date begins one too)
    text = (
        "令和9年度 子育て応援アプリ運用業務 企画提案の募集\n" + INTRO + "日程\n令和9年6月1日（火）\n　・募集要項の公表\n"
        "令和9年6月8日（火）午後5時まで\n　・質問書の提出期限\n令和9年6月11日（金）\n　・質問への回答\n令和9年6月18日（金）正午まで\n"
        "　・参加申込書の提出期限\n　・辞退届の提出期限\n令和9年7月上旬\n　・プレゼンテーション審査\n令和9年7月中旬\n　・契約締結\n\n"
        "問合せ先\n子育て支援課\n"
    )
    assert both(text) == [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-08", "17:00", "datetime"),
        ("answer", "2027-06-11", None, "date"),
        ("application", "2027-06-18", "12:00", "datetime"),
        ("other", "2027-06-18", "12:00", "datetime"),
        ("hearing", "2027-07-01", None, "early_month"),
        ("contract", "2027-07-01", None, "mid_month"),
    ]


def test_a_date_first_schedule_with_round_bullets_and_western_dates():
    text = (
        "2027年度 市民会館照明更新 企画競争\n" + INTRO + "■スケジュール\n2027年9月6日(月)\n● 公告\n2027年9月13日(月) 17:00\n"
        "● 質問の締切\n2027年9月17日(金)\n● 回答の公表\n2027年9月27日(月) 12:00\n● 提案書の提出締切\n2027年10月中旬\n"
        "● 審査結果の通知\n\n■提出先\n総務課\n"
    )
    assert both(text) == [
        ("published", "2027-09-06", None, "date"),
        ("question", "2027-09-13", "17:00", "datetime"),
        ("answer", "2027-09-17", None, "date"),
        ("submission", "2027-09-27", "12:00", "datetime"),
        ("result", "2027-10-01", None, "mid_month"),
    ]
