"""A notice pasted as one line (a PDF text layer or a portal page, every line break a space) reads as the text as
written (round es): the headings, forms and items the relining puts back on lines of their own."""

from tests.extractor_found import found, one_line

REFERENCE = (
    "霞野県立運動公園の指定管理者の再募集について\n"
    "1 日程\n"
    "(1) 再募集要項の配布 2026年1月13日(火)から\n"
    "(2) 質問の受付期限 2026年2月6日(金)午後5時15分\n"
    "(3) 応募書類の提出期限 2026年3月6日(金)午後5時15分\n"
    "2 応募資格\n"
    "県内に事務所を有する法人その他の団体とします。個人は応募できません。応募資格の詳細は再募集要項のとおりとし、前回の募集に応募した団体も応募できます。\n"
    "3 問合せ先\n"
    "霞野県 文化スポーツ局 スポーツ振興課 施設管理グループ 電話 000-0000-0000\n"
    "\n"
    "【別表1 前回の募集の経過(参考)】\n"
    "募集要項の配布開始 2025年9月1日(月)\n"
    "現地説明会 2025年9月12日(金)\n"
    "応募書類の受付締切 2025年10月31日(金)\n"
    "選定結果(選定せず)の公表 2025年12月10日(水)\n"
    "※上記は前回の募集の日程であり、本再募集の日程ではありません。\n"
)


def test_a_bracketed_reference_heading_run_onto_its_rows_still_sets_them_aside():
    # 「【別表1 前回の募集の経過(参考)】 募集要項の配布開始 2025年9月1日(月) …」: the last call's dates, for reference only
    expected = [
        ("published", "2026-01-13", None, "date"),
        ("question", "2026-02-06", "17:15", "datetime"),
        ("submission", "2026-03-06", "17:15", "datetime"),
    ]
    assert found(REFERENCE) == expected
    assert found(one_line(REFERENCE)) == expected


FORMS = (
    "朝凪町文化ホール指定管理者募集要項\n"
    "1 日程\n"
    "(1) 施設見学会参加申込書の提出期限 令和8年9月11日(金)午後5時\n"
    "(2) 応募書類の提出期限 令和8年10月30日(金)午後5時\n"
    "2 応募資格\n"
    "町内に事務所を有する法人その他の団体とします。個人は応募できません。詳細は募集要項のとおりです。\n"
    "3 応募書類\n"
    "指定管理者指定申請書(様式第2号)に事業計画書、収支計画書及び団体の概要を添えて提出してください。提出された書類は返却しません。\n"
    "4 問合せ先\n"
    "朝凪町 文化振興課 電話 000-0000-0000\n"
    "\n"
    "【様式】\n"
    "様式第1号 施設見学会参加申込書\n"
    " 提出日 令和 年 月 日\n"
    " 朝凪町長 様\n"
    " 団体名\n"
    " 参加希望日 □9月17日 □9月18日\n"
    " 【記入例】提出日 令和8年9月8日/団体名 株式会社あさなぎステージ/参加希望日 9月17日\n"
    "\n"
    "様式第2号 応募申請書\n"
    " 申請日 令和 年 月 日\n"
    " 朝凪町長 様\n"
    " 指定を受けようとする期間 令和9年4月1日から令和14年3月31日まで\n"
    " 【記入例】申請日 令和8年10月20日/団体名 株式会社あさなぎステージ\n"
)


def test_an_appended_form_run_onto_its_fields_is_still_a_form():
    # 「【様式】 様式第1号 施設見学会参加申込書  提出日 令和 年 月 日 …」: the form's head, its blank day, its sample
    expected = [("other", "2026-09-11", "17:00", "datetime"), ("submission", "2026-10-30", "17:00", "datetime")]
    assert found(FORMS) == expected
    assert found(one_line(FORMS)) == expected


BRIEFING = (
    "霧野市窓口申請オンライン化支援業務 公募型プロポーザル実施要領\n"
    "1 業務の概要\n"
    "市の窓口で受け付けている申請手続をオンラインで受け付けるため、手続の棚卸し、様式の見直し及び申請システムの設定を委託します。詳細は仕様書のとおりです。委託期間は契約締結の日から令和8年3月31日までとし、この間に対象とする手続の半数以上をオンライン化することを目標とします。\n"
    "2 説明会\n"
    "業務の背景と現在の手続の状況を説明するため、次のとおり説明会を開催します。参加は任意ですが、参加しなかったことを理由に不利な扱いはしません。\n"
    "日時 令和7年5月19日(月)午後2時から午後3時まで\n"
    "場所 霧野市役所 本庁舎4階 401会議室(オンライン併用)\n"
    "3 企画提案書の提出\n"
    "(1) 提出期限 令和7年6月27日(金)午後5時\n"
    "(2) 提出方法 持参又は郵送(必着)\n"
    "(3) 提出部数 正本1部及び副本8部とし、副本には提案者の名称を記載しないこと。\n"
)


def test_a_keyed_line_after_a_sentence_keeps_its_key():
    # 「…説明会を開催します。… 日時 令和7年5月19日(月)午後2時から午後3時まで 場所 …」: the briefing's day under its key
    expected = [("other", "2025-05-19", "14:00", "datetime"), ("submission", "2025-06-27", "17:00", "datetime")]
    assert found(BRIEFING) == expected
    assert found(one_line(BRIEFING)) == expected


CONTRACT_DRAFT = (
    "物品賃貸借 入札説明書\n"
    "1 その他\n"
    "入札に参加する者は、別紙の契約書案を承諾のうえ入札しなければならない。落札者は、落札決定の日から7日以内に契約書を提出すること。入札保証金及び契約保証金は免除する。入札に関する質問は、入札書の提出期限の5日前までに電子メールで提出すること。回答は当研究所のウェブサイトに掲載する。\n"
    "2 入札日程\n"
    "| 番号 | 手続 | 日時 | 場所 |\n"
    "|---|---|---|---|\n"
    "| 1 | 入札書の提出期限 | 2027年2月24日(水)17時00分 | 契約課 |\n"
    "| 2 | 開札 | 2027年2月25日(木)10時30分 | 入札室 |\n"
    "\n"
    "別紙 契約書案(抜粋)\n"
    "物品賃貸借契約書\n"
    "第1条 賃貸借期間は、2027年4月1日から2032年3月31日までとする。\n"
    "第2条 乙は、2027年3月26日までに物件を納入し、設置を完了しなければならない。\n"
    "第3条 乙は、物件の保守を行い、故障が生じたときは、甲の通知を受けた日から2日以内に修理しなければならない。\n"
    "第4条 この契約に定めのない事項は、甲乙協議の上定める。\n"
)


def test_the_articles_of_an_appended_contract_draft_stand_apart_from_the_schedule():
    # 「| 2 | 開札 | … |  別紙 契約書案(抜粋) … 第2条 乙は、2027年3月26日までに物件を納入し」: the contract's dates, no step
    expected = [("submission", "2027-02-24", "17:00", "datetime"), ("other", "2027-02-25", "10:30", "datetime")]
    assert found(CONTRACT_DRAFT) == expected
    assert found(one_line(CONTRACT_DRAFT)) == expected
