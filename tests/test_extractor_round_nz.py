"""Round nz: the one-line shape of notices (a PDF's text layer, a page copied without its line breaks)."""

from tests.extractor_found import found, one_line

# A web page's source, its tags each on a line of their own (a <p> of the term, an <h2>, a table's <tr> rows), run onto
# one line: a line break between two tags became a space, and the page's blocks are its lines.
HTML_PAGE = """<h1>青葉台町立図書館の指定管理者を募集します</h1>
<p class="update">更新日：2027年5月10日</p>
<p>青葉台町では、町立図書館の管理運営を行う指定管理者を公募します。応募を希望する団体は、募集要項をご確認のうえお申し込みください。</p>
<h2>指定期間</h2>
<p>令和10年4月1日から令和15年3月31日まで（5年間）</p>
<h2>募集日程</h2>
<table>
<tr><th>項目</th><th>日程</th><th>備考</th></tr>
<tr><td>募集要項の配布</td><td>令和9年5月10日（月曜日）～<br>令和9年6月30日（水曜日）</td><td>町ホームページ及び生涯学習課窓口</td></tr>
<tr><td>質問の受付</td><td>令和9年5月28日（金曜日）<br>午後5時まで</td><td>様式第3号を電子メールで提出</td></tr>
<tr><td>質問への回答</td><td>令和9年6月4日（金曜日）</td><td>町ホームページに掲載</td></tr>
<tr><td>申請書類の受付</td><td>令和9年6月21日（月曜日）～<br>令和9年6月30日（水曜日）午後5時まで</td><td>持参に限る</td></tr>
<tr><td>選定結果の通知</td><td>令和9年8月上旬</td><td>全応募団体に通知</td></tr>
</table>
<p>※申請書類の受付は土曜日・日曜日を除きます。</p>
<h2>応募資格</h2>
<p>平成30年4月1日以降に図書館又はこれに類する施設を2年以上管理運営した実績を有する法人その他の団体であること。</p>
<h2>問合せ</h2>
<p>青葉台町教育委員会　生涯学習課<br>
電話：000-0000-0000　メール：toshokan@example.jp</p>
"""

HTML_STEPS = [
    ("published", "2027-05-10", None, "date"),
    ("question", "2027-05-28", "17:00", "datetime"),
    ("answer", "2027-06-04", None, "date"),
    ("submission", "2027-06-30", "17:00", "datetime"),
    ("result", "2027-08-01", None, "early_month"),
]

# the same device in a list page: a term's paragraph above an <ul> of steps, each <li> on its line
HTML_LIST = """<div class="news">
<p class="lead">霧ヶ丘市では、観光客の周遊を促す情報発信業務を委託する事業者を公募型プロポーザル方式により募集します。参加を希望される方は、実施要領をご確認ください。</p>
<h2>事業期間</h2>
<p>2028年4月1日から2031年3月31日までの3年間</p>
<h3>スケジュール</h3>
<dl>
<dt>実施要領の公表</dt><dd>2027年12月1日（水）</dd><dd>市ホームページに掲載</dd>
<dt>参加表明書の提出期限</dt><dd>2027年12月15日（水）正午</dd><dd>電子メールに限る</dd>
<dt>企画提案書の提出期限</dt><dd>2028年1月14日（金）17時</dd><dd>持参又は郵送（必着）</dd>
<dt>プレゼンテーション審査</dt><dd>2028年1月下旬</dd><dd>日時は個別に通知</dd>
</dl>
<p>提出先は霧ヶ丘市企画政策課（kikaku@example.jp）です。</p>
<p>お問い合わせ：霧ヶ丘市 企画政策課 電話 000-0000-0000（平日8時30分から17時15分まで）</p>
</div>
"""

LIST_STEPS = [
    ("published", "2027-12-01", None, "date"),
    ("application", "2027-12-15", "12:00", "datetime"),
    ("submission", "2028-01-14", "17:00", "datetime"),
    ("hearing", "2028-01-01", None, "late_month"),
]


# the same page as another issuer writes it: a term of service with its start date, a table of 手続/期日/方法
HTML_TERM_TABLE = """<h1>汐見台町ふるさと納税返礼品開発支援業務委託の事業者を募集します</h1>
<p>汐見台町では、ふるさと納税の返礼品の開発を支援する事業者を公募します。参加を希望する事業者は、仕様書をご確認のうえお申し込みください。</p>
<h2>委託期間</h2>
<p>令和9年10月1日から令和12年9月30日まで（3年間）</p>
<h2>日程</h2>
<table>
<tr><th>手続</th><th>期日</th><th>方法</th></tr>
<tr><td>公募開始</td><td>令和9年7月1日（木）</td><td>町ホームページ</td></tr>
<tr><td>質問書の提出期限</td><td>令和9年7月9日（金）午後5時</td><td>電子メール</td></tr>
<tr><td>企画提案書の提出期限</td><td>令和9年7月23日（金）正午</td><td>持参又は郵送</td></tr>
<tr><td>審査結果の通知</td><td>令和9年8月中旬</td><td>文書で通知</td></tr>
</table>
<h2>お問い合わせ</h2>
<p>汐見台町 産業振興課 電話 000-0000-0000 メール furusato@example.jp</p>
"""

TERM_TABLE_STEPS = [
    ("published", "2027-07-01", None, "date"),
    ("question", "2027-07-09", "17:00", "datetime"),
    ("submission", "2027-07-23", "12:00", "datetime"),
    ("result", "2027-08-01", None, "mid_month"),
]


def test_html_table_page_as_written():
    assert sorted(found(HTML_PAGE)) == sorted(HTML_STEPS)


def test_html_table_page_one_line():
    assert sorted(found(one_line(HTML_PAGE))) == sorted(HTML_STEPS)


def test_html_list_page_both_shapes():
    assert sorted(found(HTML_LIST)) == sorted(LIST_STEPS)
    assert sorted(found(one_line(HTML_LIST))) == sorted(LIST_STEPS)


def test_html_term_table_both_shapes():
    assert sorted(found(HTML_TERM_TABLE)) == sorted(TERM_TABLE_STEPS)
    assert sorted(found(one_line(HTML_TERM_TABLE))) == sorted(TERM_TABLE_STEPS)
