"""Change notices as they reach a bid team (round sg): a spaced comparison table whose cells ran together, the frame a
mail service puts around the issuer's message, a plan said to stand in the next sentence, a meeting held for
questions, the year of a date in a post's title. Each test a few lines written for its device."""

from tests.extractor_found import found, one_line

# --- a spaced table of the old and the new schedule ---------------------------------------------------------


def test_a_row_whose_old_and_new_dates_ran_together_keeps_the_new_one():
    text = (
        "入札手続の日程の変更について\n"
        "　（●は今回変更した項目。●のない項目は従前のとおりであり、「同左」と表示している。）\n"
        "\n"
        "　　　手続　　　　　　　　　　当初　　　　　　　　　　　　　　　変更後\n"
        "　　　入札説明書の交付　　　　令和８年４月２４日（金）から　　　同左\n"
        "　　　質問の提出期限　　　　　令和８年５月８日（金）正午　　　　同左\n"
        "　　　質問の受付方法　　　　　電子メール　　　　　　　　　　　　同左\n"
        "　●　質問に対する回答　　　　令和８年５月１２日（火）　　　　　令和８年５月２６日（火）\n"
        "　●　資格確認結果の通知　　　令和８年５月１５日（金）まで　　　令和８年５月２９日（金）まで\n"
        "　●　入札書の提出期限　　　　令和８年５月２２日（金）正午　　　令和８年６月５日（金）正午\n"
        "　●　開札　　　　　　　　　　令和８年５月２５日（月）午前１０時　令和８年６月８日（月）午前１０時\n"
        "　　　契約の締結　　　　　　　令和８年６月上旬　　　　　　　　　同左\n"
    )
    steps = found(text)
    assert ("other", "2026-06-08", "10:00", "datetime") in steps
    assert all(step[1] != "2026-05-25" for step in steps)


# --- the frame a mail service puts around the issuer's message ----------------------------------------------


def test_a_briefing_held_before_the_mail_was_sent_is_no_step_of_the_change():
    text = (
        "From: イベント受付サービス <no-reply@example.jp>\n"
        "Date: 2026年9月14日(月) 10:05\n"
        "Subject: 主催者からのメッセージ：提案書の提出期限の延長について\n"
        "\n"
        "以下のイベントの主催者からメッセージが届きました。\n"
        "\n"
        "イベント：観光ガイドアプリ構築業務 公募型プロポーザル 説明会\n"
        "日時：2026/09/10(木) 13:30 - 15:00 JST\n"
        "会場：市役所本庁舎 大会議室 ／ オンライン\n"
        "主催：観光課\n"
        "\n"
        "────────────────\n"
        "説明会参加者の皆様\n"
        "9月10日（木）の説明会には多くの方にご参加いただき、ありがとうございました。\n"
        "説明会でのご意見を踏まえ、次のとおり日程を変更します。\n"
        "■変更する日程（カッコ内は当初の日程です）\n"
        "１．企画提案書の提出期限\n"
        "　　2026年10月9日（金）17時00分必着\n"
        "　　（当初：10月2日（金）17時00分必着）\n"
        "────────────────\n"
    )
    assert found(text) == [("submission", "2026-10-09", "17:00", "datetime")]


def test_a_file_transfer_links_download_deadline_is_no_step():
    text = (
        "件名: [ファイル受信のお知らせ] 契約係様からファイルが届いています\n"
        "日時: 2026年3月2日 09:12\n"
        "\n"
        "■ダウンロードURL\n"
        "https://files.example.jp/d/abc123\n"
        "\n"
        "■ダウンロード期限\n"
        "2026/03/09(月) 23:59\n"
        "\n"
        "■送信者からのメッセージ\n"
        "公募型プロポーザルの実施要領及び様式をお送りします。\n"
        "参加申込書の提出期限は、令和８年３月１３日（金）正午です。\n"
    )
    assert found(text) == [("application", "2026-03-13", "12:00", "datetime")]


# --- what a change notice says stands -----------------------------------------------------------------------


def test_a_plan_the_next_sentence_says_stands_is_restated():
    text = (
        "選定委員会の開催日時を変更します\n"
        "更新日：2027年9月10日\n"
        "令和9年8月30日にお知らせした指定管理者選定委員会の開催日時を、次のとおり変更します。\n"
        "開催場所及び議題に変更はありません。\n"
        "開催日時（変更後）\n"
        "令和9年10月7日（木曜日）午後1時30分から\n"
        "開催日時（変更前）\n"
        "令和9年9月23日（木曜日）午後1時30分から\n"
        "応募団体の皆さまへ\n"
        "・プレゼンテーションは、変更後の開催日に行います。\n"
        "・選定結果は、令和9年10月下旬に通知する予定です（当初：令和9年10月中旬）。\n"
        "・指定の議案は、令和9年12月市議会定例会に提出する予定です。この予定に変更はありません。\n"
    )
    assert found(text) == [("hearing", "2027-10-07", "13:30", "datetime"), ("result", "2027-10-01", None, "late_month")]


# --- a meeting held for the bidders' questions --------------------------------------------------------------


def test_a_question_meeting_is_an_event_from_its_start():
    text = (
        "企画提案書の提出期限の延長について\n"
        "■ 新たに開催するもの：質問会\n"
        "・日時：令和8年8月19日（水）15:00〜16:00\n"
        "・方法：オンライン会議\n"
    )
    assert found(text) == [("other", "2026-08-19", "15:00", "datetime")]


# --- the year of a date in a post's title -------------------------------------------------------------------


def test_a_titles_date_without_year_is_the_step_told_below_it():
    text = (
        "ブログ　　記事を検索　　　ログイン　会員登録\n"
        "\n"
        "[見出し画像：庁舎の写真]\n"
        "\n"
        "【締切延長】システム導入のプロポーザル、提案書の提出期限を9月11日まで延ばします\n"
        "\n"
        "霧島市 情報政策課\n"
        "2026年8月20日 10:00\n"
        "\n"
        "▼企画提案書の提出期限\n"
        "　変更前：8月28日（金）17:00\n"
        "　変更後：9月11日（金）17:00\n"
        "\n"
        "新しいサイトは2027年4月に公開する予定です。業務期間は契約日から2027年3月31日までです。\n"
        "\n"
        "コメント（1）\n"
        "みなと情報サービス\n"
        "2026年8月20日 15:12\n"
        "延長ありがとうございます。\n"
    )
    steps = found(text)
    assert ("submission", "2026-09-11", "17:00", "datetime") in steps
    assert all(step[1] != "2027-09-11" for step in steps)


# --- an English call's key dates ----------------------------------------------------------------------------


def test_guidelines_published_on_the_website_are_the_calls_publication():
    text = (
        "CALL FOR PROPOSALS - Cycling Tourism Partner (FY2026)\n"
        "KEY DATES (all times JST)\n"
        "▶ Mon, June 1 – Application guidelines published on the city website\n"
        "▶ Fri, June 12, 5:00 PM – Deadline for questions\n"
    )
    steps = found(text)
    assert ("published", "2026-06-01", None, "date") in steps


# --- a bilingual schedule table run onto one line -----------------------------------------------------------


def test_a_bilingual_tab_table_on_one_line_keeps_each_rows_key():
    text = (
        "４　スケジュール / Schedule\n"
        "項目 / Item\t日時 / Date and time\n"
        "募集開始 / Call opens\t令和９年５月１０日（月）\n"
        "Monday 10 May 2027\n"
        "質問受付締切 / Deadline for questions\t令和９年５月２１日（金）１７時\n"
        "5 pm, Friday 21 May 2027\n"
        "質問への回答 / Answers to questions\t令和９年５月２８日（金）\n"
        "Friday 28 May 2027\n"
        "企画提案書の提出期限 / Deadline for proposals\t令和９年６月１１日（金）１７時\n"
        "5 pm, Friday 11 June 2027\n"
    )
    expected = [
        ("published", "2027-05-10", None, "date"),
        ("question", "2027-05-21", "17:00", "datetime"),
        ("answer", "2027-05-28", None, "date"),
        ("submission", "2027-06-11", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- a month's cell beside the next one ---------------------------------------------------------------------


def test_two_month_cells_of_a_row_stay_two_dates():
    text = (
        "■変更後の日程\n"
        "項目\t当初の日程\t変更後の日程\n"
        "企画提案書の提出期限\t2029年6月8日（金）17時\t2029年6月22日（金）17時\n"
        "基本協定の締結\t2029年9月\t2029年10月\n"
    )
    assert ("contract", "2029-10-01", None, "month") in found(text)
