"""One-line readings of layouts that survive a line join (round sn): each test a few lines written for its device,
read as written and run onto one line (a PDF text layer or a portal page copied without its line breaks)."""

from tests.extractor_found import found, one_line

# --- a system's change history, its entries numbered --------------------------------------------------------


def test_a_numbered_change_history_keeps_each_entry_and_its_arrow_whole_on_one_line():
    text = (
        "舟木町 電子入札サービス\n"
        "案件変更履歴\n"
        "案件番号　　2026-KO-0031\n"
        "案件名称　　町道舟木中央線舗装補修工事\n"
        "入札方式　　条件付一般競争入札\n"
        "公告日　　　2026/03/02\n"
        "※本画面は、公告後に案件の情報を変更した履歴を表示するものです。案件の詳細は「案件詳細」画面でご確認ください。\n"
        "※変更内容の詳細は、各変更日に掲載した「変更のお知らせ」をご覧ください。\n"
        "変更履歴（新しい順）\n"
        "No.3　2026/03/19 変更：入札書提出締切日時 2026/03/26 17:00 → 2026/04/02 17:00\n"
        "No.2　2026/03/19 変更：開札日時 2026/03/27 10:00 → 2026/04/03 10:00\n"
        "　　　変更理由：設計図書の差替えに伴い、積算期間を確保するため\n"
        "No.1　2026/03/09 追加：質問回答書（第1回）を掲載\n"
        "（全3件）\n"
        "お問い合わせ 舟木町 総務課 契約係 電話 000-0000-0000\n"
    )
    changed = [("submission", "2026-04-02", "17:00", "datetime"), ("other", "2026-04-03", "10:00", "datetime")]
    assert found(text) == changed
    assert [step for step in found(one_line(text)) if step[0] != "published"] == changed


# --- a leaflet set in two columns by eye --------------------------------------------------------------------


def test_a_leaflet_in_two_columns_set_by_eye_is_read_by_its_columns_on_one_line():
    text = (
        "月見台市 ふるさと産品フェア2026       出店運営事業者を募集します\n"
        "企画提案方式(公募型)                   募集スケジュール\n"
        "■事業の概要                            ●公募開始 2026年5月11日(月)\n"
        "開催日 2026年11月7日(土)・8日(日)     ●質問締切 5月20日(水)17:00\n"
        "会場 月見台市民広場 中央ステージ      ●質問回答 5月25日(月)頃 市HPで公開\n"
        "来場見込 2日間で約6,000人              ●参加申込書締切 6月3日(水)17:00\n"
        "委託上限額 4,400千円(税込)            ●企画提案書締切 6月17日(水)17:00必着\n"
        "■委託内容                              ●プレゼンテーション審査 6月26日(金)\n"
        "・フェアの企画立案及び当日運営         ●審査結果通知 7月上旬\n"
        "・出店者(40店舗程度)の募集・調整      ●契約締結 7月中旬\n"
        "・広報物の作成(ポスター・チラシ)\n"
        "・来場者アンケートの実施・集計        ■提出先・お問い合わせ\n"
        "■参加資格                             月見台市 産業振興部 商工課\n"
        "・月見台市入札参加資格者名簿に        〒000-0000 月見台市本町1-1\n"
        " 登録されていること                    TEL 000-0000-0000\n"
    )
    schedule = [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-20", "17:00", "datetime"),
        ("answer", "2026-05-25", None, "date"),
        ("application", "2026-06-03", "17:00", "datetime"),
        ("submission", "2026-06-17", "17:00", "datetime"),
        ("hearing", "2026-06-26", None, "date"),
        ("result", "2026-07-01", None, "early_month"),
        ("contract", "2026-07-01", None, "mid_month"),
    ]
    assert found(text) == schedule
    assert found(one_line(text)) == schedule


# --- an old/new table spaced into columns, its head's names short -------------------------------------------


def test_a_groupware_exports_entries_each_keep_their_day_over_their_fields_on_one_line():
    text = (
        "スケジュール エクスポート（テキスト形式）\n"
        "出力日時：2026/05/08(金) 09:15\n"
        "対象カレンダー：営業二課 入札案件\n"
        "絞り込み：タグ＝「港北市_観光アプリ」\n"
        "案件名：港北市観光アプリ改修業務委託 公募型プロポーザル（発注者の日程は【発注者】で登録）\n"
        "==============================\n"
        "2026/05/11(月) 終日\n"
        "  件名：【発注者】公募開始・要領公表\n"
        "  場所：市HP\n"
        "\n"
        "2026/05/13(水) 10:00～11:00\n"
        "  件名：【社内】参加可否の判断会議\n"
        "  メモ：参加に決定。担当は営業二課\n"
        "\n"
        "2026/05/20(水) 17:00\n"
        "  件名：【発注者】質問書の提出期限\n"
        "  メモ：電子メールで提出\n"
        "\n"
        "2026/05/27(水) 終日\n"
        "  件名：【発注者】質問に対する回答の公表\n"
        "\n"
        "2026/06/03(水) 17:00\n"
        "  件名：【発注者】参加申込書の提出期限\n"
        "  メモ：持参又は郵送（必着）\n"
    )
    schedule = [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-20", "17:00", "datetime"),
        ("answer", "2026-05-27", None, "date"),
        ("application", "2026-06-03", "17:00", "datetime"),
    ]
    assert found(text) == schedule
    assert found(one_line(text)) == schedule


# --- an English day whose year is not written, run on after its weekday ---------------------------------------


def test_a_day_before_an_english_month_name_is_no_list_number_on_one_line():
    text = (
        "Harbour City Green Innovation Grant 2026 - Questions and answers (Update No. 2, 20 March 2026)\n"
        "This page collects the questions received about the call published on 2 March 2026.\n"
        "Q7. Is the deadline for the full application extended? [NEW]\n"
        "A. Yes. Because of the portal maintenance, the full application deadline is extended to Monday 13 April\n"
        "2026, 16:00 JST (instead of Friday 3 April).\n"
        "Q8. Does the extension affect the later steps? [NEW]\n"
        "A. Yes. The results of the document screening will be notified by e-mail by Friday\n"
        "1 May (instead of Tuesday 21 April). The other dates of the call do not change.\n"
        "Contact: Harbour City Economic Affairs Division, grant@example.jp\n"
    )
    changed = [("submission", "2026-04-13", "16:00", "datetime"), ("result", "2026-05-01", None, "date")]
    assert found(text) == changed
    assert found(one_line(text)) == changed
