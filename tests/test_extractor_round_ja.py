"""Notices run onto one line (a PDF's text layer, a portal page copied without its line breaks): devices whose line
breaks are put back (round ja)."""

from tests.extractor_found import found, one_line

SHEET = (
    "白樫町ふれあい温泉センター指定管理者募集要項\n令和8年7月\n白樫町 産業振興課\n"
    "１　募集の趣旨\n町民の健康増進と交流の場として設置した施設の管理運営を行う団体を募集します。"
    "応募を希望する団体は、本要項をよく読んだうえで申請してください。\n"
    "５　募集スケジュール\n募集の日程は、下表のとおりです（別紙1から転記）。\n"
    "別紙1\t募集スケジュール表（予定）\t\t\t\t\t\t作成日\t2026/6/22\n"
    "No.\t項目\t開始日\t曜日\t終了日\t曜日\t時刻\t場所・方法\t備考\n"
    "1\t募集要項の配布\t2026/7/1\t(水)\t2026/7/31\t(金)\t\t町ホームページ\t\n"
    "2\t質問受付\t2026/7/1\t(水)\t2026/7/17\t(金)\t17:00\t電子メール（様式第2号）\t\n"
    "3\t質問への回答\t2026/7/24\t(金)\t\t\t\t町ホームページに掲載\t\n"
    "4\t申請書類の受付\t2026/8/17\t(月)\t2026/8/21\t(金)\t17:00\t持参のみ\t郵送不可\n"
)


def test_a_numbered_tables_head_row_after_a_sheets_title_rows_is_a_row_of_its_own_in_one_line():
    # the head row 「No.<TAB>項目<TAB>…<TAB>時刻」 run into the title rows' tabs above it: its column of times is read
    # only when the head is a line of its own
    assert ("question", "2026-07-17", "17:00", "datetime") in found(one_line(SHEET))
    assert ("submission", "2026-08-21", "17:00", "datetime") in found(one_line(SHEET))
    assert found(one_line(SHEET)) == found(SHEET)


LOG_PAGE = (
    "灯原市窓口DX推進支援業務委託に係る公募型プロポーザルの実施について\n\nページ番号 1004821　　更新日：2027年11月15日\n\n"
    "お知らせ（新着順）\n"
    "2027年11月15日　【重要】企画提案書の提出期限を変更しました（下記「提出期限の変更について」参照）\n"
    "2027年11月12日　質問への回答を掲載しました\n"
    "2027年11月10日　参加資格確認結果を参加表明者あてに電子メールで通知しました\n"
    "2027年11月1日　 様式第2号（業務実績書）の記載例を追加しました\n"
    "2027年10月25日　本ページを公開しました\n\n"
    "■日程\n"
    "・参加表明書の提出期限　令和9年11月5日（金）午後5時\n"
    "・質問の受付期限　令和9年11月8日（月）午後5時\n"
    "・企画提案書の提出期限　令和9年11月26日（金）午後5時\n"
    "・プレゼンテーション審査　令和9年12月7日（火）\n"
    "市役所本庁舎3階 大会議室で行います。詳しくは実施要領をご覧ください。\n"
)

BOXED_LOG = (
    "【再公募】第6回全国和太鼓フェスティバルin鼓 誘客プロモーション業務委託 公募型プロポーザル\n\n"
    "┌ 更新履歴 ─────────────────────────────\n"
    "│ 2026年8月21日　質問への回答を掲載しました(回答書PDF)\n"
    "│ 2026年8月7日　　再公募を開始しました\n"
    "│ 2026年7月3日　　第1回公募の結果(応募者なし)を掲載しました\n"
    "│ 2026年6月1日　　第1回公募を開始しました\n"
    "└───────────────────────────────────\n\n"
    "◇再公募の理由\n　令和8年6月1日(月)から実施した第1回公募は、応募者がなかったため不成立となりました。業務内容及び上限額を見直し、"
    "改めて公募します。第1回公募の様式は使用できませんので、本ページに掲載する様式を使用してください。\n\n"
    "■日程\n"
    "・参加申込書の提出期限　令和8年8月28日(金)午後5時\n"
    "・企画提案書の提出期限　令和8年9月11日(金)午後5時\n"
    "・プレゼンテーション審査　令和8年9月24日(木)\n"
)


def test_an_update_log_written_newest_first_reads_each_entry_whole_in_one_line():
    # each entry's day begins its line, its words after it, as written (the words after a day no label of the next
    # entry's day, its 【重要】 no item of its own): the answers posted on 11月12日, not 11月10日
    for text in (LOG_PAGE, BOXED_LOG):
        assert len(one_line(text)) > 400  # (a long line: its line breaks put back)
        assert found(one_line(text)) == found(text)
    assert ("answer", "2027-11-12", None, "date") in found(one_line(LOG_PAGE))
    assert ("answer", "2026-08-21", None, "date") in found(one_line(BOXED_LOG))
