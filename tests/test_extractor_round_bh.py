"""Calls seen from elsewhere: a bid team's forwarded mail whose note restates the call's schedule beside its own
internal deadlines, …"""

import datetime as dt

from tenders.extractor.labels import clean_label, kind_of
from tests.extractor_found import steps


def test_a_forwarders_note_that_restates_the_calls_schedule_keeps_its_steps_and_drops_the_teams_column():
    text = (
        "件名: FW: 【共有】港北町 道路台帳整備 プロポーザル日程\n"
        "差出人: 営業部 山本\n"
        "日付: 2027年4月20日 9:15\n\n"
        "皆さん\n町の日程を表にしました。「社内締切」列はこちらの内部の期限です。\n\n"
        "項目\t町の日程\t社内締切\t担当\n"
        "質問書提出期限\t2027/4/26(月) 17:00\t4/23(金)\t山田\n"
        "参加申込書提出期限\t2027/5/7(金) 17:00\t5/6(木)\t川口\n"
        "企画提案書提出期限\t2027/5/21(金) 12:00\t5/18(火)※レビュー\t全員\n"
        "プレゼンテーション\t2027/6/2(水) 10:00～\t5/28(金)リハ\t山田\n\n"
        "-----Original Message-----\n"
        "From: 入札情報サービス <info@example.jp>\n"
        "Subject: 新着案件のお知らせ\n\n"
        "> 【参加申込締切】2027年5月7日 17時\n"
        "> 【提案書締切】2027年5月21日 正午\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 4, 26), dt.time(17, 0), "datetime"),
        ("application", dt.date(2027, 5, 7), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 21), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 2), dt.time(10, 0), "datetime"),
    ]


def test_a_forwarders_own_tasks_above_the_forwarded_mail_stay_out():
    text = (
        "件名: FW: 見積依頼\n差出人: 総務 佐藤\n\n"
        "メーカーへの価格照会：2027年11月13日までに\n"
        "社内決裁：2027年11月15日\n\n"
        "-----Original Message-----\n"
        "From: 契約課\n\n"
        "> 見積書提出期限 2027年11月19日(金) 17時\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 11, 19), dt.time(17, 0), "datetime")]


def test_a_start_time_with_a_tilde_reaches_no_earlier_day_in_the_next_cell():
    text = "項目\t日程\t社内締切\nプレゼンテーション\t2027/6/2(水) 13:30～\t5/28(金)リハ\n"
    assert steps(text) == [("hearing", dt.date(2027, 6, 2), dt.time(13, 30), "datetime")]


def test_a_correction_table_set_with_full_width_spaces_keeps_only_the_corrected_column():
    text = (
        "2027年9月3日（金）号\n\n"
        "松里村は2日、提出期限の延長を発表した。訂正の内容は次のとおり。\n\n"
        "　　項目　　　　　　訂正前　　　　　　　　訂正後\n"
        "　　参加申込期限　　9月10日（金）午後5時　9月17日（金）午後5時\n"
        "　　提案書提出期限　9月24日（金）午後5時　10月1日（金）午後5時\n"
        "　　審査結果通知　　10月上旬　　　　　　　10月中旬\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 9, 17), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 10, 1), dt.time(17, 0), "datetime"),
        ("result", dt.date(2027, 10, 1), None, "mid_month"),
    ]


def test_a_news_pages_digest_of_other_calls_and_its_notes_to_readers_stay_out():
    text = (
        "週刊 建設行政ニュース　2027年6月4日（金）号\n\n"
        "青葉町　庁舎照明LED化の入札を公告\n\n"
        "　青葉町は3日、庁舎照明LED化工事の一般競争入札を公告した。入札参加申請書の提出期限は6月18日（金）午後5時、"
        "開札は6月30日（水）午前10時。\n\n"
        "■自治体発注短信\n\n"
        "▽白浜市　図書館システム更新で、6月21日に説明会を開く。申し込みは6月15日まで。\n\n"
        "▽北岡村　村営住宅の外壁改修で、7月上旬に指名競争入札を実施する。\n\n"
        "■今週の主な締め切り（編集部調べ）\n"
        "　6月 7日（月）　南野市　公園管理業務　参加申込\n"
        "　6月 9日（水）　東浦町　観光サイト構築　企画提案書\n\n"
        "■読者アンケートのお願い\n"
        "　回答期限は6月25日（金）です。\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 6, 30), dt.time(10, 0), "datetime"),
    ]


def test_a_portals_case_page_keeps_its_history_and_other_cases_out():
    text = (
        "案件詳細\n"
        "案件名　　　　南浜町公民館清掃業務委託\n"
        "公示日　　　　2027/05/10\n"
        "締切日　　　　2027/05/24\n\n"
        "■公告本文\n"
        "1　入札参加申請\n"
        "　(1)　提出期限　令和9年5月24日（月）午後5時\n"
        "2　開札の日時\n"
        "　(1)　日時　令和9年6月2日（水）午前10時\n\n"
        "■この案件の履歴\n"
        "2027/05/11　新規登録\n"
        "2027/05/18　質問書様式が追加されました\n\n"
        "■この案件を見た人はこちらも見ています\n"
        "・北浦市　市民体育館清掃業務　　締切日 2027/05/27\n"
        "・西野町　役場庁舎清掃業務　　締切日 2027/06/01\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 5, 24), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2027, 6, 2), dt.time(10, 0), "datetime") in found
    days = {day for _, day, _, _ in found}
    assert not days & {dt.date(2027, 5, 11), dt.date(2027, 5, 18), dt.date(2027, 5, 27), dt.date(2027, 6, 1)}


def test_a_bulletins_other_articles_listed_in_its_contents_stay_out():
    text = (
        "測量設計業協会 会報 2027年4月号\n\n"
        "目 次\n"
        "　【1】 総会の開催について ………………………… 1\n"
        "　【2】 発注情報 川辺市橋梁点検業務委託 ……………… 2\n"
        "　【3】 技術研修会のご案内 …………………………… 3\n\n"
        "【1】 総会の開催について\n\n"
        "　令和9年5月20日（木）午後2時から総会を開催します。\n\n"
        "【2】 発注情報 川辺市橋梁点検業務委託\n\n"
        "　参加表明書の提出期限　令和9年4月23日（金）午後5時\n"
        "　技術提案書の提出期限　令和9年5月14日（金）正午\n\n"
        "【3】 技術研修会のご案内\n\n"
        "　日時　令和9年6月3日（木）午後1時30分\n"
        "　申込締切　令和9年5月21日（金）午後5時\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 4, 23), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 14), dt.time(12, 0), "datetime"),
    ]


def test_a_meetings_record_reads_a_later_speakers_restated_step_in_its_own_year():
    text = (
        "川瀬市議会 総務委員会会議録\n"
        "開催日時 令和9年9月10日（金）午前10時\n\n"
        "○森委員長 報告を求めます。\n"
        "○高田整備室長 募集要項は令和9年10月1日に公表いたします。提案書の提出期限を12月10日とし、"
        "来年2月上旬に優先交渉権者を決定し、4月上旬に本契約を締結する予定でございます。\n"
        "○青木委員 期間が短いのではありませんか。\n"
        "○高田整備室長 本年6月に実施方針を公表し、説明も行っております。\n"
        "○青木委員 質問はいつまで受け付けますか。\n"
        "○高田整備室長 質問は10月8日まで受け付けまして、回答は10月15日に公表いたします。\n"
        "○森委員長 以上で終わります。\n\n"
        "　川瀬市議会委員会条例第30条第1項の規定により、ここに署名する。\n"
        "　　令和9年9月10日\n"
        "　　　総務委員会委員長　森　一郎\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 10, 8), None, "date") in found
    assert ("answer", dt.date(2027, 10, 15), None, "date") in found
    assert ("submission", dt.date(2027, 12, 10), None, "date") in found
    assert ("result", dt.date(2028, 2, 1), None, "early_month") in found
    assert ("contract", dt.date(2028, 4, 1), None, "early_month") in found


def test_a_meeting_its_bracket_calls_a_presentation_is_a_hearing():
    assert kind_of(clean_label("提案説明会（プレゼンテーション）")) == "hearing"
    assert kind_of(clean_label("説明会（ヒアリング）")) == "hearing"
    assert kind_of(clean_label("説明会（オンライン）")) == "other"
    assert kind_of(clean_label("提案書作成説明会")) == "other"


def test_an_articles_plain_words_for_the_award_name_the_result():
    text = (
        "2026年9月24日\n" "　企画提案書の提出期限は10月23日。11月上旬にプレゼンテーション審査を行い、11月中旬に委託先を決める。\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2026, 10, 23), None, "date"),
        ("hearing", dt.date(2026, 11, 1), None, "early_month"),
        ("result", dt.date(2026, 11, 1), None, "mid_month"),
    ]
    assert kind_of(clean_label("受注者が選択できる余裕期間")) != "result"


def test_the_writers_own_seminar_and_its_sign_up_stay_out():
    text = (
        "【案件解説】北谷市 観光アプリ開発業務 公募型プロポーザル\n\n"
        "- 参加表明書の提出期限：2027年6月18日（金）17時\n"
        "- 企画提案書の提出期限：2027年7月2日（金）正午\n\n"
        "【お知らせ】\n"
        "当事務所では、無料オンラインセミナー「はじめての入札」を6月16日（水）14:00から開催します。"
        "お申込みは6月14日（月）まで。\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 7, 2), dt.time(12, 0), "datetime"),
    ]
