"""Round pq: a notice put on one line, its sections' headings run onto their text (an aside given for reference ends at
the next section's heading; a heading given for reference run onto its items keeps them out), and a bullet's 参考 note on
another year's round of the call."""

import datetime as dt

from tests.extractor_found import steps

PRESS_RELEASE_ONE_LINE = (
    "記者発表資料 令和9年4月12日 汐見市 産業振興部 港湾課 旧汐見港倉庫の利活用事業者を公募します 1 趣旨 汐見港の旧倉庫は、"
    "市が所有する倉庫で、長く港湾資材置場として使用してきましたが、現在は使用を休止しています。市は旧倉庫を民間事業者に貸し付け、"
    "事業者の資金とノウハウによる改修・運営を通じて、港のにぎわいを創出する事業者を公募型プロポーザルにより募集します。 審査 "
    "外部有識者を含む選定委員会が提案内容を審査し、優先交渉権者を選定します。 （参考）市場調査で寄せられた主な意見 "
    "・倉庫を飲食店として活用したい。 ・事業期間は15年以上が望ましい。 2 今後の手続 募集要項は、4月20日（火）から市ホームページで"
    "公表します。 募集要項に関する質問は4月30日（金）午後5時まで電子メールで受け付けます。 参加を希望する事業者は、"
    "5月14日（金）午後5時までに参加表明書を提出してください。 3 お問い合わせ 汐見市 港湾課 電話 000-0000-0000"
)


def test_an_aside_given_for_reference_ends_at_the_next_sections_heading_run_onto_its_first_sentence():
    assert steps(PRESS_RELEASE_ONE_LINE) == [
        ("published", dt.date(2027, 4, 20), None, "date"),
        ("question", dt.date(2027, 4, 30), dt.time(17, 0), "datetime"),
        ("application", dt.date(2027, 5, 14), dt.time(17, 0), "datetime"),
    ]


SLIDES_ONE_LINE = (
    "令和9年度 汐見県 観光プロモーション業務 企画競争 説明会資料 汐見県 観光課 本日はお忙しいところご参加いただき"
    "ありがとうございます。これから約30分、業務の概要と企画競争の手続についてご説明します。質疑は最後にまとめてお受けします。"
    "オンラインの方はチャットでお寄せください。 1. 業務の概要 海外向けSNSの運用、海外旅行会社の招請、旅行博への出展、"
    "効果の測定と報告をお願いします。委託上限額は2,000万円です。 2. スケジュール 参加申込書 提出期限 5/14(金) 17:00 "
    "企画提案書 提出期限 5/28(金) 12:00 3. 留意事項 （参考）令和8年度の実施状況 公示 5/12(火) → 提案書締切 6/5(金) "
    "→ プレゼン 6/18(木) 参加者数 4者 提出された書類は返却しません。企画提案に係る費用は参加者の負担となります。"
    "参考までに昨年度の実績を載せています。"
)


def test_a_heading_given_for_reference_run_onto_its_sections_heading_keeps_its_items_out():
    assert steps(SLIDES_ONE_LINE) == [
        ("application", dt.date(2027, 5, 14), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime"),
    ]


def test_a_bullets_reference_note_on_another_years_round_is_no_step_and_the_steps_below_it_stay():
    text = (
        "令和9年度 汐見県 観光プロモーション業務 企画競争 説明会\n"
        "1. 施設の概要\n"
        "• 参考：2025年度の利用者数は12,400人（2026.3.31 時点）\n"
        "2. スケジュール\n"
        "参加申込書 提出期限 5/14(金) 17:00\n"
        "企画提案書 提出期限 5/28(金) 12:00\n"
        "3. 審査\n"
        "• 参考：令和8年度のプレゼン審査は2026.6.3 (水) に実施（参加5者）\n"
        "• プレゼン審査 6/9(水)\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 5, 14), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 28), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 9), None, "date"),
    ]
    # (a note on the call's own year's round is its step)
    own_year = (
        "令和9年度 汐見県 観光プロモーション業務 企画競争 説明会\n"
        "1. スケジュール\n"
        "参加申込書 提出期限 5/14(金) 17:00\n"
        "• 参考：令和9年度のプレゼン審査は6/9(水) に実施\n"
    )
    assert [kind for kind, *_ in steps(own_year)] == ["application", "hearing"]


def test_a_paper_cited_with_the_day_it_came_out_in_brackets_is_no_publication_of_the_call():
    text = (
        "令和9年度 汐見県 観光プロモーション業務 企画競争\n"
        "2027年4月20日 汐見県 観光課\n"
        "1. 背景\n"
        "訪日客の宿泊は西部に集中しています。 出典：汐見県観光統計（2027年3月公表）\n"
        "2. スケジュール\n"
        "公募開始 （公示） 4/12(月)\n"
        "参加申込書 提出期限 5/14(金) 17:00\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 4, 12), None, "date"),
        ("application", dt.date(2027, 5, 14), dt.time(17, 0), "datetime"),
    ]
