"""Layouts run onto one line (a PDF's text layer, a portal's page): a numbered sheet wider than eight columns, a
memo's lines indented by a full-width space, a mail quoted one deep."""

import datetime as dt

from tests.extractor_found import steps

# a closing paragraph with no date, so that each text runs past the length of a notice's own line
CLOSING = (
    "\n本件の進め方で気になる点があれば、チャットではなくこのスレッドに書き込んでください。"
    "前回の案件では連絡が分散して確認が遅れたため、今回は窓口を一本化します。"
    "資料の版は必ずファイル名の末尾に付け、古い版は「旧」フォルダに移してください。\n"
)


def one_line(text: str) -> str:
    return (text + CLOSING).replace("\n", " ")


def _wbs(numbers: tuple[str, ...]) -> str:
    head = "工程表（提案準備）\n作成：営業部\n\n" + "\t".join(
        ["No", "分類", "作業", "担当", "着手", "完了", "曜", "時刻", "状況", "メモ"]
    )
    rows = [
        f"{numbers[0]}\t\t【発注者の日程】\t\t\t\t\t\t\t",
        f"{numbers[1]}\t発注者\t仕様書等の閲覧\t—\t2027/10/4\t2027/10/15\t金\t16:00\t済\t庁舎2階 契約課 平日9時〜16時",
        f"{numbers[2]}\t発注者\t質問受付\t—\t\t2027/10/19\t火\t17:00\t済\t電子メール（様式3）",
        f"{numbers[3]}\t発注者\t参加表明書 提出期限\t—\t\t2027/10/22\t金\t12:00\t未\t要領4(1) 持参又は郵送 必着",
        f"{numbers[4]}\t発注者\t提案書 提出\t—\t\t2027/11/12\t金\t17:00\t未\t要領5(2) 受付期間 土日除く",
        f"{numbers[5]}\t社内\t提案書 作成\t山田\t2027/10/20\t2027/11/8\t月\t\t未\t",
    ]
    return (
        head
        + "\n"
        + "\n".join(rows)
        + "\n\n※ 発注者の日程は要領のとおり。社内の作業は進み具合を見て毎週月曜日に見直し、遅れがあれば部長に報告する。\n"
    )


def test_a_wide_sheets_numbered_rows_run_onto_one_line_keep_their_columns():
    for numbers in (("1", "1.1", "1.2", "1.3", "1.4", "1.5"), ("3", "3.1", "3.2", "3.3", "3.4", "3.5")):
        found = steps(one_line(_wbs(numbers)))
        assert found == steps(_wbs(numbers))
        assert ("other", dt.date(2027, 10, 4), dt.time(16, 0), "datetime") in found


def _reply(greeting: str) -> str:
    return (
        "From: 営業 佐藤\nTo: 提案チーム\n\n"
        f"{greeting}市から通知が来たので、本文をそのまま貼ります。\n"
        "> 企画課 行政改革係です。\n"
        "> 審査の結果、貴社は参加資格を有することを確認しました。\n"
        "> つきましては、下記のとおりプレゼンテーション審査を実施します。\n"
        "> 日時：令和9年11月16日(火) 13時30分～14時10分\n"
        "> 場所：市役所 本庁舎5階 第1会議室\n"
        "> 出席者は3名以内としてください。\n\n"
        "当日は佐藤・田中で行きます。説明資料は前日までに共有フォルダに置いてください。"
        "想定問答は田中さんがまとめ、私が見ます。デモ環境の準備は開発チームにお願い済みです。"
        "当日の持ち物と移動の段取りは別途連絡します。よろしくお願いします。\n"
    )


def test_a_mail_quoted_one_deep_keeps_its_quoted_lines_in_one_line():
    for greeting in ("お疲れさまです。", "皆さま、", "共有です。"):
        found = steps(one_line(_reply(greeting)))
        assert ("hearing", dt.date(2027, 11, 16), dt.time(13, 30), "datetime") in found


def test_a_pages_breadcrumbs_are_no_quoted_mail():
    from tenders.extractor.relining import _QUOTE_MARKS, _quoted_sentences

    line = "ホーム > 入札・契約情報 > プロポーザル > 令和9年度 > 公告一覧 本文です。"
    assert _quoted_sentences(line, [m.span() for m in _QUOTE_MARKS.finditer(line)]) == []
