"""Round ht: the spaces a notice's own marks stand between are no line breaks when a notice run onto one line is
told whole (relining's ``_whole``): a table of contents' leader (「第2　日程 ………… 2」)."""

from tenders.extractor.relining import relined

# a notice with a table of contents, written with its line breaks (invented)
CONTENTS_NOTICE = "\n".join(
    [
        "みずほ台市立図書館窓口業務委託 公募型プロポーザル実施要領",
        "【目次】",
        "第1　業務の概要 ………………………… 1",
        "第2　参加資格 ………………………… 2",
        "第3　日程 ………………………… 3",
        "第4　提出書類 ………………………… 4",
        "第5　審査 ………………………… 5",
        "第6　その他 ………………………… 6",
        "第1　業務の概要",
        "　本業務は、市立図書館の窓口業務を委託するものである。",
        "第2　参加資格",
        "　市の入札参加資格者名簿に登載されていること。",
        "第3　日程",
        "（1）質問の受付",
        "　　期日　令和8年5月12日（火）",
        "　　時間　午後5時まで",
        "（2）参加申込",
        "　　期日　令和8年5月19日（火）",
        "　　時間　正午まで",
        "（3）企画提案書の提出",
        "　　期日　令和8年6月2日（火）",
        "　　時間　午後3時まで",
        "第4　提出書類",
        "　参加申込書、企画提案書及び見積書を提出すること。",
        "第5　審査",
        "　審査委員会において企画提案書を審査する。",
        "第6　その他",
        "　詳細は仕様書を確認すること。",
    ]
)


def test_contents_leaders_leave_a_notice_whole_in_one_line():
    """The spaces beside each leader of the contents are the row's own: the notice is put back on its lines
    (each step's 「期日」 and 「時間」 under its heading), not read run together."""
    text, _origin, _offsets = relined(CONTENTS_NOTICE.replace("\n", " "))
    lines = text.splitlines()
    assert "　　期日　令和8年5月19日（火）" in lines
    assert "（3）企画提案書の提出" in lines


# a portal page's notice under its breadcrumb and a bar-parted field line, written with its line breaks (invented)
BREADCRUMB_NOTICE = "\n".join(
    [
        "ホーム ＞ 事業者の方へ ＞ 入札・契約 ＞ 公募型プロポーザル ＞ 募集中の案件",
        "掲載日 ｜ 令和8年4月1日 ｜ 担当 ｜ 観光振興課",
        "観光案内所運営業務委託 公募型プロポーザルの実施について",
        "1　業務の概要",
        "　観光案内所の運営を委託する。",
        "2　日程",
        "（1）質問の受付",
        "　　期日　令和8年4月14日（火）",
        "　　時間　午後5時まで",
        "（2）参加申込",
        "　　期日　令和8年4月21日（火）",
        "　　時間　正午まで",
        "（3）企画提案書の提出",
        "　　期日　令和8年5月8日（金）",
        "　　時間　午後3時まで",
        "（4）プレゼンテーション",
        "　　期日　令和8年5月20日（水）",
        "　　場所　市役所本庁舎3階会議室",
        "3　提出書類",
        "　参加申込書、企画提案書及び見積書を提出すること。",
        "4　審査",
        "　選定委員会において企画提案書を審査し、結果は参加者全員に通知する。",
        "5　提出先",
        "　観光振興課観光係（市役所本庁舎2階）",
        "　受付時間は、土曜日、日曜日及び祝日を除く午前9時から午後5時までとする。",
    ]
)


def test_breadcrumb_and_field_bars_leave_a_notice_whole_in_one_line():
    """The spaces beside a breadcrumb's 「＞」 and a field's 「｜」 are the line's own: the notice is put back on its
    lines in one line."""
    text, _origin, _offsets = relined(BREADCRUMB_NOTICE.replace("\n", " "))
    lines = text.splitlines()
    assert "　　期日　令和8年4月21日（火）" in lines
    assert "（3）企画提案書の提出" in lines


# a notice with its offices' addresses each on a line of its own under the office's name (invented)
ADDRESSED_NOTICE = "\n".join(
    [
        "若葉台市学校給食配送業務委託 公募型プロポーザル実施要領",
        "1　日程",
        "（1）質問の受付",
        "　　期日　令和8年7月7日（火）",
        "（2）参加申込",
        "　　期日　令和8年7月14日（火）",
        "（3）企画提案書の提出",
        "　　期日　令和8年7月28日（火）",
        "2　説明会の会場",
        "　若葉台市教育委員会学校給食センター",
        "〒000-0000 若葉台市緑町2丁目3番4号",
        "3　提出先",
        "　若葉台市教育委員会学務課給食係",
        "〒000-0000 若葉台市本町1丁目1番1号",
        "4　問合せ先",
        "　若葉台市総務部契約課委託契約係",
        "〒000-0000 若葉台市本町1丁目1番1号（市役所本庁舎3階）",
        "5　その他",
        "　提出された書類は返却しない。",
        "　企画提案に要する費用は提案者の負担とする。",
        "　この要領に定めのない事項は、市と協議して定める。",
        "　参加申込後に辞退する場合は、辞退届を提出すること。",
        "　提出期限後の差替え及び再提出は認めない。",
        "　審査の結果は、参加者全員に文書で通知する。",
    ]
)


def test_an_address_begins_its_line_in_one_line():
    """「〒」 after a line break become a space begins a line: the notice is put back on its lines in one line."""
    text, _origin, _offsets = relined(ADDRESSED_NOTICE.replace("\n", " "))
    lines = text.splitlines()
    assert "〒000-0000 若葉台市緑町2丁目3番4号" in lines
    assert "　　期日　令和8年7月14日（火）" in lines
