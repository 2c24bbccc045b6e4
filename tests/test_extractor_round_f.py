"""Documents around a call: answers to questions, corrections (誤/正, 変更前 → 変更後, a strike-through lost),
postponements, a call issued again, the result made public, a hearing's invitation, a newsletter, a call of
several lots (each test a few lines written for its class)."""

from tenders.extractor import extract
from tests.extractor_found import found, kinds


def test_an_item_headed_with_a_word_of_days_closes_the_item_above():
    text = (
        "1 説明会の中止\n"
        "説明会は開催しません。\n\n"
        "2 日程の変更\n"
        "項目\t当初の日程\t変更後の日程\n"
        "参加申込書の提出期限\t令和元年10月25日(金)午後5時\t令和元年11月8日(金)午後5時\n"
    )
    assert found(text) == [("application", "2019-11-08", "17:00", "datetime")]


def test_an_old_date_with_its_approximate_word_before_the_arrow_is_left_out():
    text = (
        "■延長の内容(変更前 → 変更後)\n"
        "・質問への回答\n　2026年1月14日(水)頃 → 2026年1月23日(金)頃\n"
        "・応募書類の提出期限\n　2026年1月16日(金)まで → 2026年1月30日(金)まで\n"
    )
    assert found(text) == [("answer", "2026-01-23", None, "date"), ("submission", "2026-01-30", None, "date")]


def test_a_correction_names_its_step_by_the_heading_quoted_after_the_page():
    text = (
        "４　訂正箇所及び訂正内容\n"
        "　(１)入札公告５ページ「11　入札書の提出方法等」(２)提出期間\n"
        "　　　誤　令和５年１月16日(月)午前９時から令和５年１月23日(月)午後５時まで\n"
        "　　　正　令和５年１月16日(月)午前９時から令和５年１月30日(月)午後５時まで\n"
    )
    assert found(text) == [("submission", "2023-01-30", "17:00", "datetime")]


def test_a_linked_files_date_is_no_step():
    text = (
        "入札書の提出期限　令和5年1月30日(月)午後5時\n\n"
        "関連ファイル\n"
        "・入札公告の一部訂正(令和4年12月23日)(PDF:112KB)\n"
        "・入札公告(令和4年12月16日)(PDF:356KB)\n"
    )
    assert found(text) == [("submission", "2023-01-30", "17:00", "datetime")]


def test_the_step_named_in_the_bracket_of_its_date_is_that_dates_step():
    text = (
        "令和2年6月5日付け告示第62号により公告した工事の入札は、不調(令和2年6月30日開札)となったため、次のとおり再度公告する。\n"
        "令和2年7月10日\n"
        "笹舟町長　浜名　康晴\n"
        "(1) 交付期間　令和2年7月10日(金)から令和2年7月29日(水)まで\n"
        "(2) 開札　令和2年7月30日(木)午前10時\n"
        "(3) 水質検査計画　「令和2年度水質検査計画」(令和2年3月27日公表)に従うこと。\n"
    )
    assert found(text) == [("published", "2020-07-10", None, "date"), ("other", "2020-07-30", "10:00", "datetime")]


def test_a_step_the_rest_of_its_sentence_calls_off_is_left_out():
    text = (
        "1 現地説明会の中止\n"
        "令和元年10月15日(火)午後2時から予定していた現地説明会(市役所3階大会議室)は、中止します。\n"
        "2 見学会\n"
        "令和元年10月16日(水)午前10時から見学会を開催します。参加者が3者に満たない場合は、中止します。\n"
    )
    assert found(text) == [("other", "2019-10-16", "10:00", "datetime")]


def test_a_date_quoted_among_what_a_correction_leaves_unchanged_is_no_step():
    text = (
        "(３)入札公告５ページ「12　開札の日時及び場所」(１)日時\n"
        "　　誤　令和５年１月24日(火)午前10時\n"
        "　　正　令和５年１月31日(火)午前10時\n"
        "６　その他\n"
        "(１)上記以外の事項(入札参加資格確認申請書の提出期限(令和５年１月６日(金)午後５時)を含む。)については、"
        "当初の公告のとおりとし、変更はない。\n"
        "※上記以外の事項(応募資格、提出方法、事業開始時期(2023年4月1日(土))等)に変更は\n"
        "　ありません。\n"
    )
    assert found(text) == [("other", "2023-01-31", "10:00", "datetime")]


def test_a_struck_through_part_of_the_month_run_together_with_the_new_one():
    text = (
        "訂正前の記載を見え消し（取消線）とし、訂正後の記載に下線を付して表示しています。\n"
        "　ウ　プレゼンテーション審査\n"
        "　　　令和６年10月上旬中旬（予定）\n"
    )
    assert found(text) == [("hearing", "2024-10-01", None, "mid_month")]


def test_a_letters_date_set_to_the_right_over_its_title_is_no_step():
    text = (
        "                                                              令和8年6月15日\n\n"
        "          琴羽市民文化ホール公式ウェブサイト再構築業務委託\n"
        "              公募型プロポーザルに係る質問への回答\n\n"
        "  辞退届は、令和8年7月7日(火)午後5時までに提出してください。\n"
    )
    assert found(text) == [("other", "2026-07-07", "17:00", "datetime")]


def test_lots_sharing_a_day_and_time_stay_separate_steps():
    text = (
        "(5)　入札書の受領期限及び開札の日時\n"
        "　案件ごとに次のとおりとする。\n\n"
        "　　案件　　入札書の受領期限　　　　　　　　開札の日時\n"
        "　　1　　　令和9年2月26日（金）17時00分　　令和9年3月2日（火）10時00分\n"
        "　　2　　　令和9年2月26日（金）17時00分　　令和9年3月2日（火）10時30分\n\n"
        "入札書は、受領期限(令和9年2月26日（金）17時00分)までに必着のこと。\n"
    )
    assert found(text) == [
        ("submission", "2027-02-26", "17:00", "datetime"),
        ("submission", "2027-02-26", "17:00", "datetime"),
        ("other", "2027-03-02", "10:00", "datetime"),
        ("other", "2027-03-02", "10:30", "datetime"),
    ]
    labels = [m.label for m in extract(text).proposal.milestones]
    assert labels[:2] == ["入札書の受領期限（案件1）", "入札書の受領期限（案件2）"]


def test_samples_to_look_at_and_who_comes_to_a_hearing_are_other():
    text = (
        "(4)　見本品の提出（案件3のみ）\n"
        "　指定品目について、令和9年2月24日（水）15時00分までに持参すること（冷凍状態で提出すること）。\n"
        "3 出席者\n"
        "  出席者届(様式第10号)を、令和9年3月16日(火)正午までに電子メールでご提出ください。\n"
    )
    assert kinds(text) == ["other", "other"]


def test_the_when_of_a_letter_inviting_to_one_event_is_that_events():
    text = (
        "Subject: 【蓬莱県】相談支援業務委託 プレゼンテーション審査の実施について(通知)\n\n"
        "下記のとおり実施をご案内します。\n\n"
        "1 日時\n"
        "  令和10年8月22日(火)\n"
        "  貴社の実施時間  13:30～14:00(説明20分、質疑応答10分)\n"
        "  ※13:15までに控室へお越しください。\n"
    )
    assert found(text) == [("hearing", "2028-08-22", "13:30", "datetime")]


def test_a_newsletters_invitation_gives_its_event_to_the_when_key():
    text = (
        "１．【募集】創業支援施設運営事業者\n"
        "　　　　　　公募説明会のご案内\n"
        "──────────────────────────────\n\n"
        "施設の運営を担う事業者を公募します。\n"
        "応募を検討されている事業者の皆様を対象に、下記のとおり説明会を開催します。\n\n"
        "【日　時】　令和4年7月12日（火）　14:00～15:30（受付 13:30～）\n"
    )
    assert found(text) == [("other", "2022-07-12", "14:00", "datetime")]


def test_a_pages_path_and_a_posts_categories_name_no_step():
    text = (
        "ホーム > 事業者の方へ > 入札・契約情報 > 公募情報 > 【公募期間延長】シェアサイクルの公募について\n"
        "━━━━━━━━━━━━━━━━━━━━\n"
        "2026.01.09　お知らせ　入札・契約\n"
        "・応募書類の提出期限\n　2026年1月30日(金) 17:00\n"
    )
    assert found(text) == [("submission", "2026-01-30", "17:00", "datetime")]


def test_a_date_only_if_something_happens_is_no_step():
    text = (
        "4 現地説明会\n"
        "(1) 日時 令和3年7月20日(火曜日) 午前10時から正午まで\n"
        "(2) その他 説明会をオンライン開催に変更する場合があります。その場合は、7月16日(金曜日)までに申込者に連絡します。\n"
        "(3) 気象警報が発表された場合の取扱いは、前日(7月19日(月))の午後3時までにお知らせします。\n"
    )
    assert found(text) == [("other", "2021-07-20", "10:00", "datetime")]


def test_a_newsletters_other_articles_are_other_calls():
    rule = "──────────────────────────────\n"
    text = (
        f"{rule}１．【募集】運営事業者 公募説明会のご案内\n{rule}"
        "■ 公募スケジュール（予定）\n"
        "　　説明会 ……………………… 令和4年7月12日（火）\n"
        "　　質問の受付期限 ………… 令和4年7月20日（水）17:00\n"
        f"{rule}２．【セミナー】中小企業のためのインボイス制度入門\n{rule}"
        "　日時：令和4年7月21日（木）18:30～20:00\n"
        "　申込：7月19日（火）まで（定員40名・先着順）\n"
        f"{rule}３．【補助金】令和4年度 販路開拓支援補助金 二次募集\n{rule}"
        "　受付期間：令和4年7月4日（月）～8月31日（水）\n"
    )
    assert found(text) == [("other", "2022-07-12", None, "date"), ("question", "2022-07-20", "17:00", "datetime")]


def test_an_events_papers_put_up_from_a_day_on_are_no_step():
    text = (
        "【日　時】　令和4年7月12日（火）　14:00～15:30\n"
        "※説明会の資料は、7月13日（水）以降に公社ホームページに掲載します。\n"
        "※見学会は、7月14日（木）以降に順次実施します。\n"
    )
    assert found(text) == [("other", "2022-07-14", None, "date")]
