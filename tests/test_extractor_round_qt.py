"""Notices run onto one line read as written (round qt): each test a few lines written for its class, read in both
shapes."""

from tests.extractor_found import found, one_line

# --- a chat's post quoting a page: the page's title over its date, the table's end, the thread's indented replies ----

THREAD = (
    "営業部 > 公募案件\n"
    "\n"
    "山田 花子　2027/05/10 9:30\n"
    "県の募集スケジュールが変わりました。\n"
    "――――――――――\n"
    "潮見市立体育館指定管理者募集に係るスケジュールの変更について\n"
    "更新日：2027年5月10日\n"
    "　令和9年5月6日から募集を行っている潮見市立体育館の指定管理者について、募集スケジュールの一部を次のとおり変更します。\n"
    "　変更後のスケジュールは次のとおりです（備考欄に「変更」と表示した項目が、今回変更したものです。）。\n"
    "項目\t日程\t備考\n"
    "見学会の参加申込締切\t令和9年5月21日（金曜日）午後5時\t変更\n"
    "見学会\t令和9年5月26日（水曜日）午後2時から\t変更\n"
    "申請書類の受付\t令和9年6月14日（月曜日）から6月18日（金曜日）午後5時まで\t\n"
    "選定結果の通知\t令和9年7月上旬\t\n"
    "　当初の日程で見学会（5月19日（水曜日））に申し込まれた方も、改めて申し込んでください。\n"
    "　上記以外の募集要項の内容に変更はありません。\n"
    "――――――――――\n"
    "返信 2 件\n"
    "\n"
    "　　佐藤 一郎　2027/05/10 10:05\n"
    "　　了解です。見学会は 5/26(水) 14時からですね。\n"
    "\n"
    "　　山田 花子　2027/05/10 10:20\n"
    "　　はい。申請書類は 6/18(金) 17時必着のままです。\n"
)


def test_a_pages_title_over_its_date_tells_a_change_notice_run_onto_one_line():
    steps = [("other", "2027-05-21", "17:00", "datetime"), ("other", "2027-05-26", "14:00", "datetime")]
    assert found(THREAD) == steps
    assert found(one_line(THREAD)) == steps


REPLIES = (
    "案件チャンネル > 公募\n"
    "\n"
    "山田 花子　2027/05/10 9:30\n"
    "潮見市の体育館の公募、参加申込書の提出期限は 5/21(金) 17時です。企画提案書は 6/18(金) 17時必着。\n"
    "募集要項は県のページからダウンロードできます。社内の担当は佐藤さんと小林さんでお願いします。\n"
    "👍 2\n"
    "返信 4 件\n"
    "\n"
    "　　佐藤 一郎　2027/05/10 10:05\n"
    "　　了解です。参加申込書はこちらで作ります。実績の一覧は昨年度の案件のものを流用します。\n"
    "\n"
    "　　小林 誠　2027/05/12 14:20\n"
    "　　参加申込書を提出しました。受付確認が来たら共有します。\n"
    "\n"
    "　　佐藤 一郎　2027/05/12 15:02\n"
    "　　ありがとうございます。収支計画の前提は来週までに固めます。\n"
    "\n"
    "　　山田 花子　2027/05/13 9:10\n"
    "　　ありがとうございます。企画提案書の初稿をお願いします。レビューは部内で行います。\n"
)


def test_an_indented_replys_header_is_no_step_day_run_onto_one_line():
    for text in (REPLIES, one_line(REPLIES)):
        dates = [(date, time) for _, date, time, _ in found(text)]
        assert ("2027-05-21", "17:00") in dates
        assert ("2027-06-18", "17:00") in dates
        assert ("2027-05-12", "14:20") not in dates  # (the reply's own stamp: when it was posted)


# --- a feed's item: its summary and its body's table of the old and new days read apart -----------------------------

FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<rss version="2.0">\n'
    "<channel>\n"
    "<title>潮見市水道局 - 入札情報</title>\n"
    "<link>https://www.example.jp/shiomi-suido/</link>\n"
    "<item>\n"
    "<title>【日程変更】配水管更新工事設計業務委託 公募型プロポーザルの日程変更について</title>\n"
    "<link>https://www.example.jp/shiomi-suido/proposal/2027-0510.html</link>\n"
    "<description>令和9年5月6日の漏水事故に伴う緊急修繕のため、参加申込書及び企画提案書の提出期限を延長します。詳細は本文を…</description>\n"
    "<content:encoded><![CDATA[<p>令和9年5月6日の漏水事故に伴い、令和9年4月20日に公告した標記プロポーザルの日程を次のとおり変更します。</p>\n"
    "<table>\n"
    "<tr><th>項目</th><th>変更前</th><th>変更後</th></tr>\n"
    "<tr><td>参加申込書の提出期限</td><td>令和9年5月14日（金）午後5時</td><td>令和9年5月21日（金）午後5時</td></tr>\n"
    "<tr><td>企画提案書の提出期限</td><td>令和9年6月4日（金）午後5時</td><td>令和9年6月18日（金）午後5時</td></tr>\n"
    "</table>]]></content:encoded>\n"
    "<pubDate>Mon, 10 May 2027 10:00:00 +0900</pubDate>\n"
    "</item>\n"
    "</channel>\n"
    "</rss>\n"
)


def test_a_feed_items_summary_and_body_read_apart_run_onto_one_line():
    assert found(one_line(FEED)) == found(FEED)
    dates = [(kind, date) for kind, date, _, _ in found(one_line(FEED))]
    assert ("application", "2027-05-21") in dates and ("submission", "2027-06-18") in dates
    assert ("published", "2027-05-06") not in dates  # (the incident's day, in the summary and the body's lead)


# --- a machine translation's table: an era's year is a date's word, a note's mark a row's line ------------------------

TRANSLATED = (
    'Notice of change of schedule for the proposal of "Shiomi City Library System Renewal"\n'
    "Update date: May 10, 2027\n"
    "We will change the schedule of the proposal as follows.\n"
    "Item\tBefore change\tAfter change\n"
    "Public notice\tApril 20, Reiwa 9 (Tue)\tSame as left\n"
    "Deadline for receiving questions\tReiwa 9 year May 7 (Fri) 5:00 pm\tMay 14, Reiwa 9 (Fri) 5:00 pm\n"
    "※Accept again\n"
    "Answer to questions\tBy May 12, Reiwa 9 (Wed)\tBy May 19, Reiwa 9 (Wed)\n"
    "Deadline for submission of proposal documents\tJune 4, Reiwa 9 (Fri) noon\tReiwa 9 year June 18 (Fri) noon\n"
    "Presentation screening\tJune 15, Reiwa 9 (Tue) from 1:00 pm\tJune 29, Reiwa 9 (Tue) from 9:30 am\n"
    "Notification of screening results\tLate June, Reiwa 9\tEarly July, Reiwa 9\n"
    '※ "Same as left" means that there is no change from the schedule before the change.\n'
)


def test_an_english_tables_era_years_and_note_keep_its_rows_run_onto_one_line():
    steps = [
        ("question", "2027-05-14", "17:00", "datetime"),
        ("answer", "2027-05-19", None, "date"),
        ("submission", "2027-06-18", "12:00", "datetime"),
        ("hearing", "2027-06-29", "09:30", "datetime"),
        ("result", "2027-07-01", None, "early_month"),
    ]
    assert found(TRANSLATED) == steps
    for step in steps:  # (the page's own date before them, on the title's line run together, is another matter)
        assert step in found(one_line(TRANSLATED))


# --- a page-watch mail's diff: each line at its mark, the old lines dropped ----------------------------------------

DIFF = (
    "Subject: urlwatch report: 1 changed\n"
    "---------------------------------------------------------------------------\n"
    "CHANGED: 潮見市 入札公告（庁舎空調設備更新） ( https://www.example.jp/shiomi/koukoku/2027-0420.html )\n"
    "---------------------------------------------------------------------------\n"
    "--- @ Mon, 10 May 2027 09:00:04 +0900\n"
    "+++ @ Tue, 11 May 2027 09:00:06 +0900\n"
    "@@ -12,14 +12,14 @@\n"
    " 5 入札説明書等の交付\n"
    " （1）交付方法 市ホームページからダウンロード\n"
    " 6 質問及び回答\n"
    "-（1）受付期限 令和9年5月12日（水）午後5時\n"
    "+（1）受付期限 令和9年5月19日（水）午後5時\n"
    " （2）提出方法 電子メール\n"
    "-（3）回答 令和9年5月17日（月）までに市ホームページに掲載\n"
    "+（3）回答 令和9年5月24日（月）までに市ホームページに掲載\n"
    " 7 入札書の提出及び開札\n"
    "-（1）開札日時 令和9年6月2日（水）午前10時\n"
    "+（1）開札日時 令和9年6月9日（水）午前10時\n"
    " （2）開札場所 市役所3階 入札室\n"
    "---------------------------------------------------------------------------\n"
    "watched 1 URLs in 2 seconds\n"
)


def test_a_diffs_old_lines_are_dropped_run_onto_one_line():
    steps = [
        ("question", "2027-05-19", "17:00", "datetime"),
        ("answer", "2027-05-24", None, "date"),
        ("other", "2027-06-09", "10:00", "datetime"),
    ]
    assert found(DIFF) == steps
    assert found(one_line(DIFF)) == steps
