"""Round mh: devices of change notices as conversion hands them over (a 質問回答書 exported as CSV)."""

from tests.extractor_found import found, one_line

# A 質問回答書 exported as CSV: each answer cell joined onto one row, so 「日時:」 sits mid-line after the sentence that
# announces the event; a sample date quoted from a form's 記入例; the sheet's title and date cells in one head row.
ANSWER_CSV = "\n".join(
    [
        '"月ヶ瀬町観光案内システム構築業務 公募型プロポーザル 質問回答書",,,"令和9年6月18日","月ヶ瀬町 企画課"',
        '"令和9年6月8日（火）から令和9年6月14日（月）正午までに受け付けた質問について、次のとおり回答します。",,,,',
        ",,,,",
        '"No.","資料名","該当箇所","質問内容","回答"',
        '"1","仕様書","3(2) 既存端末","既存端末の仕様を確認する機会はありますか。","既存端末の操作について、次のとおり'
        "現地確認会を開催します。参加は任意です。",
        "　日時：令和9年6月29日（火）午前10時から正午まで",
        "　場所：月ヶ瀬町役場 2階会議室",
        '　申込：6月24日（木）17時までに電子メールで申し込んでください。"',
        '"2","実施要領","6 提案書の提出","提出期限を延ばせますか。","企画提案書の提出期限を次のとおり変更します。',
        "　変更前：令和9年7月9日（金）午後5時",
        '　変更後：令和9年7月16日（金）午後5時"',
        '"3","様式集","参加申込書","日付欄はどう記入しますか。","様式第4号の記入例にある「令和9年7月2日」は旧様式のまま'
        'ですので、提出日を記入してください。"',
    ]
)


def test_event_keyed_after_sentences_in_a_joined_answer_cell():
    expected = [
        ("other", "2027-06-24", "17:00", "datetime"),
        ("other", "2027-06-29", "10:00", "datetime"),
        ("submission", "2027-07-16", "17:00", "datetime"),
    ]
    assert sorted(found(ANSWER_CSV)) == expected
    assert sorted(found(one_line(ANSWER_CSV))) == expected


def test_sample_date_quoted_from_a_forms_example():
    # 「記入例にある「…」は」: the date a form's sample shows, quoted from where it stands, is no step
    text = (
        "３ 提案書の提出期限\n"
        "　令和9年7月16日（金）午後5時\n"
        "（注）様式第4号の記入例にある「令和9年7月2日」は旧様式のままですので、提出日に書き換えてください。\n"
    )
    expected = [("submission", "2027-07-16", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# A PDF 正誤表 whose narrow cells were split: each step's name wrapped inside its bracket (「書類審査（第」 / 「１段階）」)
# and inside a katakana word (「ヒアリングセ」 / 「ッション（第２」 / 「段階）」), the old and the new date on the line below.
SPLIT_CELLS = "\n".join(
    [
        "２ 日程の訂正",
        "次のとおり訂正します。",
        "番号 項目 誤 正",
        "１ ６日程 書類審査（第",
        "１段階）",
        "令和９年５月中旬 令和９年５月下旬",
        "２ ６日程 ヒアリングセ",
        "ッション（第２",
        "段階）",
        "令和９年６月上旬 令和９年６月中旬",
    ]
)


def test_step_name_wrapped_inside_a_bracket_and_a_katakana_word():
    assert found(SPLIT_CELLS) == [
        ("other", "2027-05-01", None, "late_month"),
        ("hearing", "2027-06-01", None, "mid_month"),
    ]
