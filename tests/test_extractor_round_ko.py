"""Change notices in rarer forms (round ko): a 延期 mail whose steps are put off with no new date over the plan it
quotes, an addressee's line over a date, a ★-marked reference schedule whose marked row holds a bracketed sentence,
and a 公報 issue of two change notices among other matters; each test a short invented text."""

from tests.extractor_found import found, one_line

# --- a 延期 mail: one step moved, the others put off 「追って」, over the plan its earlier mail gave -------------------

POSTPONED_MAIL = (
    "件名：【お知らせ】青葉市観光PR動画制作業務 公募型プロポーザルの日程延期について\n"
    "差出人：青葉市 観光課 <kanko@example.jp>\n"
    "日付：2027年6月24日(木) 14:10\n"
    "\n"
    "参加表明事業者 各位\n"
    "\n"
    "青葉市観光課の森です。仕様の一部見直しに伴い、下記のとおり日程を延期いたします。\n"
    "\n"
    "(1) 企画提案書の提出期限\n"
    "    延期前：7月1日(木) 17:00\n"
    "    延期後：7月15日(木) 17:00（必着）\n"
    "\n"
    "(2) ヒアリング\n"
    "    延期前：7月8日(木)\n"
    "    延期後：未定（決まり次第お知らせします）\n"
    "\n"
    "(3) 選定結果の通知\n"
    "    当初：7月中旬\n"
    "    変更後：追って通知します\n"
    "\n"
    "■ 既に企画提案書を提出された事業者様へ\n"
    "  6月23日正午までに2者から企画提案書のご提出をいただいております。\n"
    "  差し替えを希望される場合は、変更後の提出期限までにご提出ください。\n"
    "\n"
    "-----Original Message-----\n"
    "From: 青葉市 観光課 <kanko@example.jp>\n"
    "Sent: Monday, June 14, 2027 9:30 AM\n"
    "Subject: 【受付完了】青葉市観光PR動画制作業務 参加表明について\n"
    "\n"
    "> 参加表明事業者 各位\n"
    ">\n"
    "> 今後の日程は次のとおりです。\n"
    "> ・質問受付期限　　2027/6/18(金) 17:00\n"
    "> ・質問回答　　　　2027/6/22(火)までにメールで送付\n"
    "> ・企画提案書提出　2027/7/1(木) 17:00\n"
    "> ・ヒアリング　　　2027/7/8(木)\n"
    "> ・選定結果の通知　7月中旬\n"
)


def test_a_postponement_mail_gives_only_its_new_date_not_the_plan_it_quotes():
    got = found(POSTPONED_MAIL)
    assert got == [("submission", "2027-07-15", "17:00", "datetime")]


def test_a_postponement_mail_run_onto_one_line_gives_the_same():
    got = found(one_line(POSTPONED_MAIL))
    assert ("submission", "2027-07-15", "17:00", "datetime") in got
    # the steps put off keep neither their old day nor the quoted plan's
    assert not any(date in ("2027-07-08", "2027-07-01", "2027-06-23") for _, date, *_ in got)
    assert not any(kind == "result" for kind, *_ in got)


# a mail that moves one step alone, naming no other: the quoted plan's other steps stand (the rule must not reach them)
ONE_STEP_MAIL = (
    "件名：【お知らせ】青葉市観光PR動画制作業務 提出期限の変更について\n"
    "差出人：青葉市 観光課 <kanko@example.jp>\n"
    "\n"
    "参加表明事業者 各位\n"
    "\n"
    "企画提案書の提出期限を次のとおり変更します。\n"
    "・企画提案書の提出期限　7月15日(木) 17:00（変更前：7月1日(木) 17:00）\n"
    "\n"
    "-----Original Message-----\n"
    "From: 青葉市 観光課 <kanko@example.jp>\n"
    "\n"
    "> ・企画提案書提出　2027/7/1(木) 17:00\n"
    "> ・ヒアリング　　　2027/7/20(火)\n"
)


def test_a_mail_moving_one_step_alone_keeps_the_quoted_plans_other_steps():
    got = found(ONE_STEP_MAIL)
    assert ("submission", "2027-07-15", "17:00", "datetime") in got
    assert ("hearing", "2027-07-20", None, "date") in got
    assert not any(date == "2027-07-01" for _, date, *_ in got)


# 「当初 … → 未定」 on one line, in a notice that also restates its old plan in a sentence
ARROW_POSTPONED = (
    "令和9年5月10日\n"
    "緑ヶ丘町地域交通計画策定業務 公募型プロポーザルの日程延期について\n"
    "緑ヶ丘町企画課\n"
    "\n"
    "標記について、下記のとおり日程を延期します。\n"
    "\n"
    "１　企画提案書の提出期限　令和9年6月1日(火)午後5時　→　令和9年6月15日(火)午後5時\n"
    "２　プレゼンテーション審査　令和9年6月8日(火)　→　未定（決まり次第お知らせします）\n"
)


def test_an_arrow_to_no_date_gives_the_step_no_date():
    assert found(ARROW_POSTPONED) == [("submission", "2027-06-15", "17:00", "datetime")]


# --- an addressee's line is no step -----------------------------------------------------------------------------

ADDRESSED = (
    "入札参加申込者 各位\n"
    "\n"
    "2027/6/1をもって参加申込みの受付を締め切りましたので、\n"
    "今後の日程をお知らせします。\n"
    "\n"
    "・入札書の提出期限　2027/6/15(火) 17:00\n"
)

ADDRESSED_HEADING = (
    "■ 既に参加申込書を提出された事業者様へ\n"
    "　6月1日(火)\n"
    "\n"
    "■ 参加を希望される方へ\n"
    "　参加申込書を令和9年6月10日(木)までに提出してください。\n"
)


def test_an_addressee_line_names_no_step_over_the_dates_below_it():
    assert found(ADDRESSED) == [("submission", "2027-06-15", "17:00", "datetime")]
    # 「…事業者様へ」 over a bare date gives nothing; 「参加を希望される方へ」 over its sentence keeps the application
    assert found(ADDRESSED_HEADING) == [("application", "2027-06-10", None, "date")]


# --- a ★-marked reference schedule, its marked row holding a bracketed sentence -------------------------------------

STARRED = (
    "令和9年7月1日\n"
    "白浜市ごみ収集運搬業務委託 公募型プロポーザル実施要領 正誤表\n"
    "白浜市環境課\n"
    "\n"
    "項目｜誤｜正\n"
    "－｜－｜－\n"
    "質問の受付期限｜7月5日（月）正午｜7月5日（月）午後5時\n"
    "ヒアリング｜8月上旬｜8月中旬\n"
    "\n"
    "（参考）訂正後のスケジュール\n"
    "★印は今回訂正した項目です。\n"
    "\n"
    "　　項目｜日程\n"
    "　　－｜－\n"
    "　　公募開始｜令和9年6月21日（月）\n"
    "　★質問の受付期限｜令和9年7月5日（月）午後5時まで\n"
    "　　企画提案書の提出期限｜令和9年7月26日（月）午後5時まで\n"
    "　★ヒアリング｜令和9年8月中旬（日時は別途通知します。）\n"
    "　　審査結果の通知｜令和9年8月下旬\n"
    "　　契約締結｜令和9年9月上旬（予定）\n"
)


def test_a_starred_schedule_keeps_its_marked_rows_though_one_holds_a_sentence_in_brackets():
    got = found(STARRED)
    assert ("question", "2027-07-05", "17:00", "datetime") in got
    assert ("hearing", "2027-08-01", None, "mid_month") in got
    # the unmarked rows below the marked row with its bracketed sentence are restated
    assert not any(kind in ("result", "contract") for kind, *_ in got)
    assert not any(date == "2027-07-26" for _, date, *_ in got)


# a call's own schedule (no change notice) with a bracketed sentence in a row: every row stands
CALL_SCHEDULE = (
    "白浜市ごみ収集運搬業務委託 公募型プロポーザル実施要領\n"
    "\n"
    "　　項目｜日程\n"
    "　　－｜－\n"
    "　　質問の受付期限｜令和9年7月5日（月）午後5時まで\n"
    "　　ヒアリング｜令和9年8月中旬（日時は別途通知します。）\n"
    "　　審査結果の通知｜令和9年8月下旬\n"
    "　　契約締結｜令和9年9月上旬（予定）\n"
)


def test_a_calls_schedule_with_a_bracketed_sentence_keeps_every_row():
    kinds = [kind for kind, *_ in found(CALL_SCHEDULE)]
    assert kinds.count("question") == 1 and "hearing" in kinds and "result" in kinds and "contract" in kinds


# --- a 公報 issue of two change notices among other matters --------------------------------------------------------

GAZETTE = (
    "白　萩　県　公　報\n"
    "\n"
    "令和九年五月七日（金曜日）　　　号外第三十一号\n"
    "\n"
    "────────────────────\n"
    "白萩県公報　　　令和九年五月七日（金曜日）　　　号外第三十一号　　　　　一\n"
    "\n"
    "白萩県公告第二百十号\n"
    "　令和九年四月二十三日付け白萩県公告第百九十八号（白萩港防波堤補修工事に係る一般競争入札の公告）の一部を次のとおり変更する。\n"
    "　　令和九年五月七日\n"
    "　　　　　　　　　　　　白萩県知事　山田　一郎\n"
    "一　入札書の提出期限\n"
    "　　変更前　令和九年五月十四日（金）午後五時\n"
    "　　変更後　令和九年五月二十一日（金）午後五時\n"
    "\n"
    "白萩県公告第二百十一号\n"
    "　令和九年四月三十日付け白萩県公告第二百五号（県産材利用促進計画策定業務に係る公募型プロポーザルの実施について）の一部を次のように改める。\n"
    "　　令和九年五月七日\n"
    "　　　　　　　　　　　　白萩県知事　山田　一郎\n"
    "　五（ヒアリング）の⑴中「令和九年六月上旬」を「令和九年六月中旬」に改める。\n"
    "　⑷　説明会への参加は、参加表明書の提出の要件としない。\n"
    "\n"
    "────────────────────\n"
    "白萩県公報　　　令和九年五月七日（金曜日）　　　号外第三十一号　　　　　二\n"
    "\n"
    "白萩県公告第二百十二号\n"
    "　大規模小売店舗立地法第五条第一項の規定により、次のとおり届出があったので公告する。\n"
    "　　令和九年五月七日\n"
    "　　　　　　　　　　　　白萩県知事　山田　一郎\n"
    "一　届出書の縦覧　令和九年五月七日から令和九年九月七日まで\n"
    "二　意見書の提出　意見を有する者は、令和九年九月七日までに、知事に対し意見書を提出することができる。\n"
    "\n"
    "────────────────────\n"
    "白萩県公報　　　令和九年五月七日（金曜日）　　　号外第三十一号　　　　　三\n"
)


def test_a_gazette_of_two_change_notices_gives_their_changes_alone():
    got = found(GAZETTE)
    assert ("submission", "2027-05-21", "17:00", "datetime") in got
    assert ("hearing", "2027-06-01", None, "mid_month") in got
    # another notice's 意見書, and the running header's day under its sentence, are no steps
    assert not any(date in ("2027-09-07", "2027-05-07") for _, date, *_ in got)
    assert len(got) == 2


def test_a_kanji_numbered_running_header_repeated_in_a_table_column_stays_text():
    from tenders.extractor.normalize import _numbered_headers

    lines = ["区分　　一", "区分　　一", "区分　　一", "白萩県公報　　一", "白萩県公報　　二", "白萩県公報　　三"]
    # (the same number each time: a table's cells, no pages; a page's own number each time: its running header)
    assert _numbered_headers(lines) == {3, 4, 5}
