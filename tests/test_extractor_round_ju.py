"""Change notices that follow a call: the ways they write a step's old and new value, the steps they newly create, what
they restate or quote as it was, and the year of their year-less dates (INDEX.md: only the dates that changed and the
steps the notice creates are its milestones)."""

import datetime as dt

import pytest

from tenders.extractor.labels import kind_of
from tests.extractor_found import one_line, steps

POSTPONED_PAGE = (
    "【延期】柏木市文書管理システム更新業務委託公募型プロポーザルの日程延期について\n"
    "更新日 2027年6月4日\n\n"
    "次のとおり日程を延期します。\n\n"
    "・追加質問の受付期限（新設）\n"
    "　当初：なし\n"
    "　変更後：2027年6月15日（火曜日）17時00分\n"
    "・参加申込書の提出期限\n"
    "　{old}2027年6月8日（火曜日）17時00分　→　変更後：2027年6月22日（火曜日）17時00分\n"
    "・参加資格確認結果の通知\n"
    "　{old}2027年6月11日（金曜日）　→　変更後：2027年6月25日（金曜日）\n"
    "・企画提案書の提出期限\n"
    "　{old}2027年6月25日（金曜日）17時00分　→　変更後：未定\n"
    "・契約締結\n"
    "　{old}2027年7月下旬（予定）　→　変更後：2027年8月下旬（予定）\n"
)
LONG_PAGE_END = (
    "未定となっている日程は、修正版の仕様書の掲載にあわせて決定し、決まり次第このページでお知らせします。\n"
    "既に提出された参加申込書は有効です。再提出の必要はありません。\n\n"
    "このページに関するお問い合わせ\n総務部 情報政策課 システム企画係\n電話：000-0000-0000\n"
)
POSTPONED_STEPS = [
    ("question", dt.date(2027, 6, 15), dt.time(17, 0), "datetime"),
    ("application", dt.date(2027, 6, 22), dt.time(17, 0), "datetime"),
    ("result", dt.date(2027, 6, 25), None, "date"),
    ("contract", dt.date(2027, 8, 1), None, "late_month"),
]


@pytest.mark.parametrize("old", ["当初：", "当初 ", "（当初）", "当初予定：", "【当初】", "従前の期限："])
def test_the_plan_as_it_stood_keyed_before_an_arrow_gives_way_to_the_new_value(old):
    # 「当初：6月8日 → 変更後：6月22日」: the old value keyed 当初 goes with its key; the new one is the step's, and a
    # step made by the notice (「当初：なし」 / 「変更後：…」) stands beside the moved ones; 「→ 変更後：未定」 has no date
    assert steps(POSTPONED_PAGE.format(old=old)) == POSTPONED_STEPS


@pytest.mark.parametrize("shape", [lambda text: text, one_line])
def test_the_old_value_ending_its_line_with_the_arrow_and_the_new_one_below_it_is_a_change(shape):
    # 「当初：6月8日（火曜日）17時00分　→」 / 「変更後：6月22日…」: the change wrapped after its arrow (a page copied without
    # its line breaks is cut there too)
    text = POSTPONED_PAGE.format(old="当初：").replace("　→　", "　→\n　") + "\n" + LONG_PAGE_END
    assert steps(shape(text)) == POSTPONED_STEPS


def test_a_changes_new_value_indented_under_an_arrow_on_the_next_line_marks_its_row_changed():
    text = (
        "【延期】汐留市給食センター改修工事の入札日程の延期について\n"
        "更新日：2026年9月24日\n\n"
        "＜変更後の日程＞（左が変更前、右が変更後）\n"
        "・質問書の提出期限　　　2026年9月18日（金）17時　→　2026年10月2日（金）17時\n"
        "・入札書の提出期間　　　2026年10月5日（月）9時～10月7日（水）17時\n"
        "　　　　　　　　　　　　　　　　　→　2026年10月19日（月）9時～10月21日（水）17時\n"
        "・開札日時　　　　　　　2026年10月8日（木）10時　→　2026年10月22日（木）10時\n"
    )
    assert steps(text) == [
        ("question", dt.date(2026, 10, 2), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2026, 10, 21), dt.time(17, 0), "datetime"),
        ("other", dt.date(2026, 10, 22), dt.time(10, 0), "datetime"),
    ]


MAIL = (
    "From: 西岡町 企画課 <kikaku@example.jp>\n"
    "To: 参加事業者各位\n"
    "Date: Wed, 9 Jun 2027 15:20:00 +0900\n"
    "Subject: {tag}西岡町移住PR業務委託プロポーザル ヒアリングの日程について\n\n"
    "参加事業者 各位\n\n"
    "西岡町企画課です。ヒアリングの日程を次のとおり変更いたします。\n\n"
    "１．ヒアリング\n"
    "　（変更前）6月18日（金）13時00分～15時00分\n"
    "　（変更後）6月25日（金）13時00分～15時00分\n"
    "２．オンライン接続テスト【新規】\n"
    "　6月23日（水）10:00～12:00 のうち15分程度\n"
    "３．ヒアリング出席者届の提出期限\n"
    "　（変更前）6月15日（火）正午\n"
    "　（変更後）6月22日（火）正午\n\n"
    "{unchanged}\n"
    "・審査結果の通知　7月上旬\n"
    "・契約締結　7月中旬（予定）\n\n"
    "-----Original Message-----\n"
    "From: 西岡町 企画課 <kikaku@example.jp>\n"
    "Sent: Tuesday, June 1, 2027 9:00 AM\n"
    "Subject: 西岡町移住PR業務委託プロポーザル 今後の日程\n\n"
    "・出席者届の提出期限　6月15日（火）正午\n"
    "・ヒアリング　6月18日（金）13時00分～\n"
    "・審査結果の通知　7月上旬\n"
)
MAIL_STEPS = [
    ("hearing", dt.date(2027, 6, 25), dt.time(13, 0), "datetime"),
    ("other", dt.date(2027, 6, 23), dt.time(10, 0), "datetime"),
    ("other", dt.date(2027, 6, 22), dt.time(12, 0), "datetime"),
]


@pytest.mark.parametrize("tag", ["【日程変更】", "【変更】", "【重要・日程延期】", "【訂正】"])
@pytest.mark.parametrize("unchanged", ["■変更のない日程", "【変更のない日程】", "【変更のない事項（参考）】"])
def test_a_mail_whose_subject_is_tagged_as_a_change_gives_only_what_it_changes_and_creates(tag, unchanged):
    # 「Subject: 【日程変更】…の日程について」: the issuer's own mail of a change; the list under 「■変更のない日程」 (its
    # items as deep as the heading) stands as it was, and the quoted original mail is the plan before the change; the
    # connection test it creates is held from its start, and the attendance form is handed in before the hearing
    found = steps(MAIL.format(tag=tag, unchanged=unchanged))
    assert sorted(found) == sorted(MAIL_STEPS)


def test_a_form_of_who_attends_a_hearing_is_no_hearing():
    assert kind_of("プレゼンテーション出席者届（様式第9号）の提出期限") == "other"
    assert kind_of("ヒアリング出席者名簿の提出") == "other"
    assert kind_of("プレゼンテーション審査") == "hearing"


GAZETTE = (
    "千代県報\n"
    "第二千百号　令和八年九月十一日（金曜日）\n\n"
    "公　　告\n\n"
    "千代県公告第三百一号\n"
    "　令和八年八月二十八日付け千代県公告第二百八十号（千代県移住促進動画制作業務委託に係る企画提案の募集）の一部を"
    "{verb}ので公告する。\n"
    "　　令和八年九月十一日\n"
    "　　　　　　　　　　　　　　　　千代県知事　森　山　太　郎\n"
    "一　公告第二百八十号三の次に次の一項を加える。\n"
    "　{branch}　企画提案説明会\n"
    "　　(一)　日時　令和八年九月十七日（木曜日）午後二時から午後三時まで\n"
    "　　(二)　申込方法　参加を希望する者は、同月十五日（火曜日）正午までに電子メールで申し込むこと。\n"
    "二　参加申込書の提出期限を、令和八年九月十八日（金曜日）午後五時から令和八年九月二十五日（金曜日）午後五時に変更する。\n"
    "三　審査結果の通知（公告第二百八十号七）中「令和八年十月下旬」を「令和八年十一月上旬」に改める。\n"
    "　なお、契約の締結の予定時期（令和八年十一月中旬）は、変更しない。\n\n"
    "千代県公告第三百二号\n"
    "　道路法第十八条第一項の規定により、関係図面を令和八年九月十一日から同月二十五日まで一般の縦覧に供する。\n"
    "　　令和八年九月十一日\n"
    "　　　　　　　　　　　　　　　　千代県知事　森　山　太　郎\n"
)


@pytest.mark.parametrize("verb", ["次のように変更した", "次のとおり変更した", "次のように改めた"])
@pytest.mark.parametrize("branch", ["三の二", "3の2"])
def test_a_gazettes_amending_notice_in_the_past_form_gives_its_changes_and_the_item_it_adds(verb, branch):
    # 「…の一部を次のように変更したので公告する」: the 公報's notice of a change; the item it inserts (「次の一項を加
    # える」, numbered 「三の二」) is a step it creates, its 「同月十五日」 in the month of the event; the contract it says
    # stands, and the road notice beside it, are no steps of it
    assert steps(GAZETTE.format(verb=verb, branch=branch)) == [
        ("other", dt.date(2026, 9, 15), dt.time(12, 0), "datetime"),
        ("other", dt.date(2026, 9, 17), dt.time(14, 0), "datetime"),
        ("application", dt.date(2026, 9, 25), dt.time(17, 0), "datetime"),
        ("result", dt.date(2026, 11, 1), None, "early_month"),
    ]


def test_a_call_and_its_correction_sent_together_keep_the_calls_steps():
    # the call 「公告第12号」 and 「…公告第12号「…」の一部を次のように訂正する」 in one text: no 公報 of other matters
    # whose amending notice alone counts, but the call's steps as corrected
    text = (
        "桜井県公告第12号\n\n一般競争入札の実施について\n\n令和9年1月8日\n\n桜井県知事　高田　一\n\n"
        "1　件名　桜井県庁舎清掃業務委託\n"
        "2　入札説明書の交付期間　令和9年1月8日（金）から令和9年1月22日（金）まで\n"
        "3　質問の提出期限　令和9年1月15日（金）午後5時\n"
        "4　入札書の提出期限　令和9年2月3日（水）午後5時\n\n"
        "桜井県公告第19号\n\n一般競争入札の公告の一部訂正について\n\n"
        "令和9年1月8日付け桜井県公告第12号「一般競争入札の実施について」の一部を次のように訂正する。\n\n"
        "令和9年1月20日\n\n桜井県知事　高田　一\n\n"
        "| 箇所 | 訂正前 | 訂正後 |\n|---|---|---|\n"
        "| 4 入札書の提出期限 | 令和9年2月3日（水）午後5時 | 令和9年2月10日（水）午後5時 |\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 1, 15), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 2, 10), dt.time(17, 0), "datetime") in found
    assert ("submission", dt.date(2027, 2, 3), dt.time(17, 0), "datetime") not in found


ANSWER_SHEET = (
    "鶴田町地域交通計画策定業務委託\n"
    "公募型プロポーザル　{sheet}\n\n"
    "令和9年11月5日\n"
    "鶴田町 企画課\n\n"
    "令和9年10月15日（金）に公告した標記プロポーザルについて、10月29日（金）までに受け付けた質問に回答します。\n\n"
    "No.\t資料名\t質問\t回答\n"
    "1\t実施要領\t提出期限を延長できませんか。\t企画提案書の提出期限を、11月19日（金）午後5時から11月26日（金）午後5時に延長します。"
    "なお、参加表明書の提出期限（11月9日（火）午後5時）は変更しません。\n"
    "2\t仕様書\t業務期間を教えてください。\t契約締結日から令和11年3月23日（金）までとします。計画の公表は令和11年3月を予定しています。\n"
    "3\t仕様書\t交通事業者への調査はいつ頃ですか。\t令和10年6月頃を想定しています。\n"
    "4\t実施要領\t現地を確認できますか。\t現地説明会を11月12日（金）午前10時から開催します。\n"
)


@pytest.mark.parametrize("sheet", ["質問回答書", "質疑回答書"])
def test_an_answer_sheets_year_less_days_are_in_the_year_of_its_own_date_not_of_the_works(sheet):
    # 「令和9年11月5日」 atop the sheet, the work's 「令和11年3月」 in an answer: 11月26日（金） is in 2027 (as its
    # weekday says), not the year before the work ends; the deadline it says stands (「変更しません」) and the sheet's own
    # date are no steps
    found = steps(ANSWER_SHEET.format(sheet=sheet))
    assert ("submission", dt.date(2027, 11, 26), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2027, 11, 12), dt.time(10, 0), "datetime") in found
    assert not [step for step in found if step[0] == "application"]
    assert not [step for step in found if step[1] == dt.date(2027, 11, 5)]


def test_an_answers_sentence_names_the_event_where_the_question_names_no_step():
    text = (
        "青葉市観光案内サイト改修業務委託 公募型プロポーザル\n質問に対する回答\n\n令和8年9月14日\n青葉市 観光課\n\n"
        "質問1　現地の確認はできますか。\n"
        "回答1　9月29日（火）午後2時から現地確認会を行います。参加希望者は9月24日（木）午後5時までにメールで申し込んでください。\n"
    )
    assert ("other", dt.date(2026, 9, 29), dt.time(14, 0), "datetime") in steps(text)


def test_an_items_deadline_is_not_the_briefings_of_the_sibling_item_above_it():
    # 「三　企画提案説明会」 / 「(一)　日時…」 / 「四　参加申込書の提出期限…」: 四 closes the briefing's item, so its
    # application is the call's own, not the briefing's registration
    text = (
        "令和8年度 観光動画制作業務委託 企画提案の募集\n\n令和8年9月1日\n\n"
        "三　企画提案説明会\n　(一)　日時　令和8年9月17日午後2時から\n　(二)　場所　県庁\n"
        "四　参加申込書の提出期限　令和8年9月25日午後5時\n"
    )
    found = steps(text)
    assert ("other", dt.date(2026, 9, 17), dt.time(14, 0), "datetime") in found
    assert ("application", dt.date(2026, 9, 25), dt.time(17, 0), "datetime") in found


QUOTING_MAIL = (
    "From: 桐原市 情報政策課 <joho@example.jp>\n"
    "Date: Thu, 14 Oct 2027 11:00:00 +0900\n"
    "Subject: 【延期】桐原市RPA導入支援業務委託 プレゼンテーション審査について\n\n"
    "参加事業者各位\n\n"
    "プレゼンテーション審査を延期します。\n\n"
    "（変更前）10月22日（金）午後1時から\n"
    "（変更後）10月29日（金）午後1時から\n"
    "{others}\n"
    "-----Original Message-----\n"
    "From: 桐原市 情報政策課 <joho@example.jp>\n"
    "Sent: Friday, October 1, 2027 9:00 AM\n"
    "Subject: 桐原市RPA導入支援業務委託 審査の日程\n\n"
    "・プレゼンテーション審査　10月22日（金）午後1時から\n"
    "・結果通知　11月上旬\n"
)


@pytest.mark.parametrize("others", ["その他の日程に変更はありません。", "上記以外の事項に変更はない。"])
def test_a_change_mail_that_says_the_rest_stands_gives_nothing_of_the_mail_it_quotes(others):
    # the quoted plan's 「結果通知 11月上旬」 is restated by 「その他の日程に変更はありません」: no step of the change
    assert steps(QUOTING_MAIL.format(others=others)) == [("hearing", dt.date(2027, 10, 29), dt.time(13, 0), "datetime")]


def test_a_change_mail_keeps_a_step_of_the_quoted_plan_it_names_nowhere():
    # (the mail moves the hearing alone and says nothing of the result: the quoted 「結果通知 11月上旬」 stands)
    assert steps(QUOTING_MAIL.format(others="")) == [
        ("hearing", dt.date(2027, 10, 29), dt.time(13, 0), "datetime"),
        ("result", dt.date(2027, 11, 1), None, "early_month"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "※　当初の日程は、企画提案書の提出期限 令和8年6月19日（金）正午、プレゼンテーション審査 6月30日（火）であった。",
        "変更前の日程は、企画提案書の提出期限 6月19日（金）正午、プレゼンテーション審査 6月30日（火）でした。",
        "当初は、企画提案書の提出期限を6月19日（金）正午、プレゼンテーション審査を6月30日（火）としていました。",
    ],
)
def test_a_sentence_that_tells_the_plan_as_it_stood_gives_no_step(told):
    text = (
        "鷹野町公告第47号\n\n公募型プロポーザル実施公告の訂正について\n\n"
        "令和8年5月11日付け鷹野町公告第39号で公告したプロポーザルについて、次のとおり訂正する。\n\n令和8年5月29日\n\n"
        "鷹野町長　早川　一郎\n\n"
        "訂正後のスケジュールは次のとおりとする。★印を付した行が今回訂正した箇所である。\n"
        "│　　│参加表明書の提出期限│令和8年6月3日（水）午後5時│\n"
        "│★　│企画提案書の提出期限│令和8年6月26日（金）正午│\n"
        "│★　│プレゼンテーション審査│令和8年7月7日（火）│\n"
        "│　　│契約締結│令和8年7月下旬（予定）│\n"
        f"{told}\n"
    )
    found = steps(text)
    assert ("submission", dt.date(2026, 6, 26), dt.time(12, 0), "datetime") in found
    assert ("hearing", dt.date(2026, 7, 7), None, "date") in found
    assert not [step for step in found if step[1] in (dt.date(2026, 6, 19), dt.date(2026, 6, 30))]
