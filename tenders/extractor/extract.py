"""The extraction pipeline, in stages each with one job:

1. segments (tenders.extractor.segments): table rows (also tables aligned with spaces), list items, sentences;
2. date expressions in a segment: a day, or a window 「A～B」 / 「AからBまで」 (tenders.extractor.dates);
3. the label that governs each expression: in the row's other cells, before it on its line, after it
   (「7月10日～8月25日 募集要綱の公開」, and every date of a line written date first), on the line above,
   the heading of its outline item (第1 > 1 > (1) > ア: 「1 参加申込」 over 「(2) 提出期限」), or the items
   listed under a date;
4. the kind from the label (tenders.extractor.labels), and which date of a window counts;
5. filters: performance periods, laws, page metadata, superseded dates, an earlier round (前回, 当初),
   steps already over (締め切りました, 掲載済み), history;
6. years for dates written without one, then one milestone per step.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import heapq
import re
from copy import copy
from dataclasses import dataclass, field, replace

from tenders.extractor import labels as L
from tenders.extractor.dates import (
    _EN_ZONE,
    AFTER_CHANGE,
    ARROW,
    BEFORE_CHANGE,
    CLOCK,
    CLOCK_UNNAMED,
    DATE,
    EN_BRACKET_TIME,
    EN_CHANGE_VERBS,
    EN_CHANGED_FROM,
    EN_MOVES_STEP,
    EN_NOTE_MOVES_STEP,
    EN_OLD_WORDS,
    EN_TIME,
    EN_WEEKDAY_NAME,
    ERA_BY_NAME,
    HAS_DIGIT,
    SLASH_DAY_FIRST,
    TIME_RANGE_TAIL,
    WEEKDAY_BEFORE,
    Mention,
    _time,
    afternoon_between,
    afternoon_start,
    changes,
    en_between_hours_end,
    en_clock,
    en_deadline_note,
    en_time_range_end,
    en_wrapped_time_after,
    en_wrapped_time_before,
    find_mentions,
    fits_near,
    month_after,
    resolve_year,
    slash_order,
    validate,
    weekday_mismatch,
    weekdays_year,
)
from tenders.extractor.firsts import first_characters_guarded
from tenders.extractor.normalize import (
    BOARD_CARD_COLUMN,
    FIRM_SELF_WORDS,
    FIRM_WORDS,
    FLAT_DATE_MAX,
    INVISIBLE,
    LABEL_TAIL_START,
    NEW_VERSION_HEAD,
    PAGE_MARK_BODY,
    RULE_LINE,
    TEAM_WORDS,
    bar_columns,
    before_after_refolded,
    box_arrows_blanked,
    box_columns,
    boxes_side_by_side,
    calendar_marked_days,
    calendar_slots,
    cells_refolded,
    chat_log,
    chat_markup_lines,
    chat_post_head,
    close_of_business_defined,
    columns_refolded,
    common_margin_removed,
    csv_rows,
    date_rows_over_steps,
    double_spaced,
    down_arrows_joined,
    flows_dated_below,
    folded,
    gutter_columns,
    ics_one_line,
    ics_rows,
    interleaved_columns,
    line_starts,
    month_grid_listed,
    nfkc,
    normalize_lines,
    not_but_as_arrow,
    one_by_one,
    one_character_lines_blanked,
    page_furniture,
    qa_cells_refolded,
    records_as_rows,
    short_lines_joined,
    squeezed,
    step_column_then_dates,
    tracked_change_dated,
    two_columns,
    words_pattern,
    wrap_rejoined,
)
from tenders.extractor.relining import FORWARD_WORDS, relined, sheet_row_pairs
from tenders.extractor.segments import Segment, Window, cells_of, is_separator_row, is_table_row
from tenders.proposal import MilestoneProposal, NoticeProposal, ProposalError, window

TITLE_LABEL = re.compile(r"(?:委託業務名|業務名|件名|事業名|案件名|業務の名称|調達件名)\s{0,8}[:：]?\s{0,8}(?P<value>.*)$")
ISSUER_BEFORE_IBIKA = re.compile(
    r"(?P<name>[^\s、。「」()（）:：]{2,40}?(?:省|庁|都|道|府|県|市|町|村|区|機構|センター|法人|協会|公社|大学|委員会|事務所|局))\s{0,8}[(（]以下"
)
ISSUER_LINE = re.compile(r"^(?P<name>[^\s、。「」()（）]{2,30}(?:省|庁|都|道|府|県|市|町|村|区|機構|センター|協会|公社|大学))$")
CITY_HALL = re.compile(r"(?P<name>[一-龥ヶ]{1,8}?(?:市|町|村))役(?:所|場)|(?P<pref>[一-龥]{1,4}?[都道府県])庁")
SIGNED_BY = re.compile(r"^(?P<name>[一-龥ヶ]{1,8}?(?:都|道|府|県|市|町|村|区))(?:長|知事)(?:\s|$)")
# 「令和9年度」「2027年度」, and in English 「FY2027」「FY 2027」「Fiscal Year 2027」 (April 2027 to March 2028)
FISCAL_YEAR = first_characters_guarded(
    re.compile(
        r"(?:(?P<era>令和|平成)(?P<eyear>\d{1,2}|元)|(?<![A-Za-z0-9])(?P<short>R|令)\s?(?P<seyear>\d{1,2})|(?P<year>20\d{2}))年度"
        r"|(?<![A-Za-z])(?:FY|(?i:fiscal\s(?:year\s)?))\s?(?P<year_en>20\d{2})(?![\d/-])"
    )
)
DOCUMENT_NUMBER_YEAR = first_characters_guarded(
    re.compile(
        r"(?<![A-Za-z0-9])(?P<era>令和|令|R)\s{0,2}(?P<eyear>\d{1,2})(?=\s{0,2}[一-龥ぁ-んァ-ヶ]{1,10}\s{0,2}第\s{0,2}\d{1,6}\s{0,2}号)"
    )
)
# 「Public Notice No. 87 of 2027」「Tender Notice No. 12 of 2028」: an English notice's number, the year it was given in,
# opening its line (after the issuer's name: 「Sazanami City Public Notice No. 87 of 2027」), not a law's cited in a
# sentence of the head (「The tender is held under the Rules (City Public Notice No. 5 of 2019).」)
# 「（2027年）」「2027年 社内共有」: a year alone in a heading (no month after it, not a 年度, 年間 or 年次)
# (「… bid notes (2027)」: an English heading's year in its bracket, the line's end)
HEAD_YEAR_ALONE = re.compile(
    r"(?<![\d０-９/.-])(?P<year>20\d{2})\s?年(?!\s{0,2}[\d０-９]|度|間|次|代|問題|以|前|後|頃|分)"
    r"|(?<=[a-z] \()(?P<year_en>20\d{2})\)\s*$"
)
EN_NOTICE_NUMBER_YEAR = re.compile(
    r"^\s{0,8}(?:[A-Z][\w.'&-]{0,30}\s){0,6}"
    r"(?i:(?:notice|announcement|bulletin|circular)\sNo\.?\s?\d{1,4}\sof\s(?P<year>20\d{2})(?!\d))"
)
# 「(」「(5~」 (of 「(5–8 November 2027)」), 「(by」 (of 「the delivery period (by 19 March, 2027)」)
ENGLISH_BRACKET_OPEN = re.compile(r"\(\s{0,2}(?:\d{1,2}\s{0,2}~\s{0,2}|(?i:by|until|on)\s{1,2})?$")
ENGLISH_NOUN_WORDS = 4  # the words before a bracketed date that name what it is the date of
# (「… marked "… before the opening of tenders". They must reach」: a quotation closed before or after the stop)
# (a stop or a quotation mark looked for first: one character's look at most places, before the three looks behind)
# (「Is there any flexibility on the deadline? Our team will be travelling until …」: a question ends a sentence too, not
# before its answer 「Q10. What is the deadline for proposals? A10. Friday 19 June」「? Response: Friday 19 June」, which
# gives the day the question asks, its mark's colon perhaps cut off the label (「? A」), nor before a yes or a no that
# goes on with the question's subject 「Is there a site visit? Yes, on 8 June」)
# 「… by 5:00 p.m. SGT on」「3 p.m. Japan Standard Time」: the half of the day's stop before the hour's zone, no sentence's end
EN_CLOCK_ZONE_AFTER = rf"(?!(?<=(?i:[ap]\.m\.))\s{{1,3}}{_EN_ZONE})"
ENGLISH_SENTENCE_END = re.compile(
    # (「… will be stated in the RFP. Shortlisted parties …」「… 17:00 JST. Attendance …」: an acronym ends it too, not
    # 「U.S. Embassy」, its letters dotted)
    r"(?<=[.;\"”])(?:(?<=[a-z)][.;])|(?<=[a-z)][\"”][.;])|(?<=[a-z)][.;][\"”])|(?<=[A-Z]{2}[.;]))"
    + EN_CLOCK_ZONE_AFTER
    + r"\s+(?=[A-Z(])"
    r"|(?<=[a-z)]\?)\s+(?!(?i:(?:A\d{0,3}|Ans|Answer|Response|Reply)\s{0,2}(?:[.:)]|$)|Answer\b)|(?:Yes|No)\b(?!\.))(?=[A-Z(])"
)
# 「年報は翌年度4月30日までに提出すること」「毎年度、翌年度の事業計画書を２月末日までに提出し」「毎年度4月末日までに年間
# 作業計画書を提出すること」: a day of each year of the work (its year not written), a report or a payment due on it
EACH_YEAR = re.compile(r"毎年度|翌年度|各年度|毎年|年度ごと")
YEARLY_DUTY_AFTER = re.compile(r"^[^。]{0,30}?(?:提出|報告|納付|支払)")
EACH_YEAR_REACH = 40  # characters of the sentence before a date its 「毎年度」 is looked for in


def yearly_duty(head: str, tail: str) -> bool:
    """A date without its year that a 「毎年度」「翌年度」 of its sentence makes a day of each year, a duty due on it."""
    return bool(EACH_YEAR.search(head[-EACH_YEAR_REACH:].rsplit("。", 1)[-1])) and bool(YEARLY_DUTY_AFTER.match(tail))


# 「接続先URLは、参加申込書の担当者あてに10月19日までに送付する」「接続先は、6月1日中に登録者へ送付する」: how an online
# event is joined, sent before it, no step of its own (not 「実施時刻及び接続先は」, the slot each bidder is told)
CONNECTION_TOPIC = re.compile(
    r"(?<!及び)(?<![・と])接続先\s{0,2}(?:URL|ＵＲＬ|アドレス|リンク)?\s{0,2}は\s{0,2}[、,]?[^。]{0,60}$"
)
CONNECTION_SENT_AFTER = re.compile(r"^[^。]{0,40}?(?:送付|送信|お送り|通知|連絡|返信|案内|お知らせ)")
# 「現行システムの保守契約は、令和9年12月31日をもって満了します」「（派遣契約は令和8年3月31日まで）」: the end of a contract
# in force, no step of the call (not 「契約は…までに締結する」, the contract to be signed); 「保守契約も令和9年3月31日までと
# 仕様書に書いてあります」: the same said of a second contract, its topic taken with も
CONTRACT_TOPIC_BEFORE = re.compile(r"契約\s{0,2}[はも]\s{0,2}[、,]?\s{0,2}$")
CONTRACT_RUNS_AFTER = re.compile(r"^\s{0,2}(?:\([^()]{1,6}\))?\s{0,2}(?:まで(?!に)|をもって|で\s{0,2}(?:満了|終了))")
# 「説明会の資料は、」「説明会で使用した資料は、」「見学会の録画は、」: the papers or the record of an event, the topic of the
# sentence the date is in
# (「見学会での説明内容は、」「説明会の資料及び説明会で出された質疑の概要は、」: what was said there, and its questions)
EVENT_PAPERS_TOPIC = re.compile(
    r"(?:説明会|見学会|意見交換会|審査会)(?:の|で(?:使用|配布)した|当日の|での)(?:配布)?"
    r"(?:資料|議事録|録画|動画|記録|説明内容|質疑(?:応答)?(?:の)?(?:概要|記録|内容)?)(?:等)?"
    r"(?:(?:及び|並びに|と|・)[^、。]{1,24}?(?:資料|議事録|記録|内容|概要))?"
    r"\s{0,2}は\s{0,2}[、,]?\s{0,4}$"
)
DETAIL_TOPIC = re.compile(
    r"(?:時刻|時間割|順番|順序|会場|場所|接続先)(?:(?:等|など)?(?:及び|並びに|・)[^、。]{1,8}?)?(?:等|など)?\s{0,4}は\s{0,8}$"
)
WHEN_WORDS = ("日時", "日程", "期日", "時期", "予定", "定日")  # a when-word every step of a label shares
WHEN_KEY = re.compile(
    r"^(?:開催|実施|執行|予定|開会)?(?:日|日時|日程|期日|時期|年月日|とき)$"
)  # 「開催日」「実施日時」: a key that names when, not what
PLACE_WORDS = ("場所", "会場", "方法", "場所等")  # no step of their own in 「…の日時及び場所」
_YEAR = r"(?:(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2})|(?P<year>20\d{2}))\s{0,2}年(?!度|\s{0,2}\d)"
# 「（令和8年）」「日程（いずれも令和8年）」「スケジュール（2025年）」: the year of the year-less dates below
YEAR_STATED = re.compile(
    rf"(?:^\s{{0,8}}[(\[【]|いずれも|すべて|全て|日付は|(?:日程|スケジュール)表?\s{{0,4}}[(\[【])\s{{0,4}}{_YEAR}"
)
# 「2027年(令和9年)」「令和9年」 on a line of its own: the year of the year-less schedule under it
YEAR_LINE = re.compile(
    r"^\s{0,8}[(\[【]?\s{0,4}(?:(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2})|(?P<year>20\d{2}))\s{0,2}年"
    r"\s{0,4}(?:\(\s{0,2}(?:令和|平成)?\s{0,2}\d{1,4}\s{0,2}年\s{0,2}\))?\s{0,4}[)\]】]?\s{0,4}[:]?\s{0,4}$"
)
# 「選定スケジュール 2027年(令和9年) 7月5日(月) 公募開始 …」: a schedule run onto one line, its year standing before
# its first date as it stood on a line of its own
YEAR_BEFORE_DATES = re.compile(
    r"(?<!\S)[(\[【]?\s{0,4}(?:(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2})|(?P<year>20\d{2}))\s{0,2}年"
    r"\s{0,4}(?:\(\s{0,2}(?:令和|平成)?\s{0,2}\d{1,4}\s{0,2}年\s{0,2}\))?\s{0,4}[)\]】]?\s{0,4}[:]?\s{1,8}$"
)
# a line of prose the page wrapped before a date: it ends with the date's year (「（ヒアリングは令和10年」 / 「4月下旬に…」),
# with an object or a comma (「…提案書一式（正本1部、副本10部）を」 / 「7月30日までに持参してください。」)
WRAPPED_YEAR = re.compile(r"(?:(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2})|(?P<year>20\d{2}))\s{0,2}年\s{0,2}$")
WRAPPED_BEFORE_DATE = re.compile(r"(?:を|、|,)\s{0,2}$")
WRAPPED_WEEKDAY = re.compile(r"^\(\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}\)\s{0,4}")
WEEKDAY_ONLY = re.compile(r"\(?\s{0,2}[月火水木金土日](?:曜日?)?\s{0,2}\)?")  # 「水」「(水)」: a weekday's own cell
CUT_WEEKDAY = re.compile(r"\(\s{0,2}(?:[月火水木金土日](?:曜日?)?)?\s{0,2}$")  # 「11月26日(水」 / 「)午後5時」: the wrap cut it
# a column of a window's starts or ends: 「開始」「自」, also as 「期間（自）」
START_HEADING = re.compile(
    r"^\s{0,4}(?:開始|始期|開始日(?:時)?|受付開始|自|(?i:from|start))\s{0,4}$|^[^()]{0,8}\(\s{0,2}(?:自|開始)\s{0,2}\)\s{0,4}$"
)
END_HEADING = re.compile(
    r"^\s{0,4}(?:終了|終期|終了日(?:時)?|締切|期限|受付終了|至|(?i:to|end|until))\s{0,4}$|^[^()]{0,8}\(\s{0,2}(?:至|終了)\s{0,2}\)\s{0,4}$"
)
TIME_ROW_HEAD = re.compile(r"^(?:(?:提出|締切|期限)?時刻|時間)$")
# 「期日 | 曜 | 時刻」「日付 | 曜日 | 時間」「Date | Day | Time」: a sheet's column of the weekdays of its dates
WEEKDAY_COLUMN = re.compile(r"曜日?|(?i:day|weekday|dow)")
WEEKDAY_COLUMN_CELL = re.compile(r"\(?(?P<wd>[月火水木金土日])(?:曜日?)?\)?")
DAY_WEEKDAY_WRITTEN = re.compile(r"[(（]\s{0,2}[月火水木金土日]|(?i:mon|tue|wed|thu|fri|sat|sun)")
# a cell of a time alone: 「17:00」「17:00:00」 (a sheet's clock with its seconds), 「正午」, 「14:00~15:00」 (an event's hours)
CLOCK_CELL = re.compile(
    r"(?:(?:午前|午後)\s{0,2})?(?:正午|\d{1,2}(?::\d{2}(?::00)?|時(?:\d{1,2}分|半)?))"
    r"(?:\s{0,2}[~〜～\-－]\s{0,2}(?:(?:午前|午後)\s{0,2})?\d{1,2}(?::\d{2}(?::00)?|時(?:\d{1,2}分|半)?))?"
    r"\s{0,2}(?:まで|必着)?"
)
SECONDS_AFTER_CLOCK = re.compile(r"(?<=\d:\d{2}):00(?!\d)")
# 「〃 4月3日（月）～」「6/1(火)から」: a date cell that opens a window whose end stands on the row below
OPEN_WINDOW_CELL = re.compile(r"(?:[~〜～\-－]|から)\s{0,4}$")
WINNER_TOPIC = re.compile(r"(?:落札者|受注者|受託者|契約の相手方|契約者)(?:は|が)\s{0,4}[、,]?\s{0,4}$")
# 「指定管理者の候補者に選定された団体には、令和10年12月から…引継ぎを行っていただきます」「採択された事業者は、…」:
# what the party chosen does once chosen, no result of the call (its selection is over by then; not 「選定した者には、
# 8月2日に提出要請書を通知する」, the result's notice to it; 「選定された候補者については、12月議会に議案を提出」: the council)
CHOSEN_TOPIC = re.compile(
    r"(?:選定|採択|選考|特定|決定)(?:され|し)た(?:[^\s、。,]{0,8}?)(?:者|団体|事業者|法人|事業所|提案者|候補者|方|グループ)"
    r"(?:に(?:は|対して(?:は)?)|について(?:は)?|は|が)\s{0,4}[、,]?\s{0,4}$"
)
# the acts that make a step's outcome known (「…を公表する」「結果の通知」); with 「発送」 and 「お知らせ」 too, the words of it
MADE_KNOWN_ACTS = r"公表|公開|掲載|送付|通知|連絡"
MADE_KNOWN_WORDS = re.compile(MADE_KNOWN_ACTS + r"|発送|お知らせ")
DOCUMENTS_LISTED = re.compile(
    r"(?:応募|提出|申請)書類等?\s{0,2}[(（](?P<documents>[^()（）]{4,60})[)）]"
)  # what 「書類」 consists of
DURING_ABOVE = re.compile(r"(?:上記|前記|同|当該)(?:の)?(?:交付|配布|公告|受付)?期間(?:中|内)")  # 「上記期間中、…閲覧に供する」
# 「開封当日中に」「開札の当日に」「ヒアリング実施日の当日中に」: on the day of the step named before 「当日」
ON_DAY_OF = re.compile(r"(?P<anchor>[^\s、。,()「」:]{2,24}?)(?:の)?\s{0,2}当日\s{0,2}(?:中|のうち)?\s{0,2}に")
ANCHOR_DAY_WORDS = re.compile(r"(?:の)?(?:実施|開催)?(?:日時|日)$")
DAY_OF_KINDS = ("result", "answer")  # what is made known on an event's day (the event itself is dated by its own line)
# 「開札 / 入札書提出後直ちに」「開封 入札締切後引き続き」: an event held right after another step, on its day
RIGHT_AFTER = re.compile(
    r"(?P<anchor>[^\s、。,()「」:]{2,24}?)(?:の)?(?:終了|完了|締切り?)?\s{0,2}後\s{0,2}[、,]?\s{0,2}(?:直ちに|引き続き|引続き)"
)
RIGHT_AFTER_KINDS = ("other",)  # the opening of the bids, the envelopes: an event of that day
LONG_LINE_OF_DAY = 120
SAME_AS = re.compile(r"(?P<reference>[^\s。、,]{2,30}?(?:期限|期日|日時|締切|予定日))\s{0,2}(?:に|と)同じ")
REFERENCE_LEAD = re.compile(r"^(?:上記|前記|前項)?\s{0,2}(?:第?\d{1,2}(?:\(\d{1,2}\))?|\(\d{1,2}\))?\s{0,2}の?")  # 「上記3(5)の」
AFTER_AWARD = re.compile(r"(?:契約締結|契約|協定締結|協定|落札決定|落札者決定|受注|着工)後\s{0,2}[、,]?\s{0,2}の?\s{0,4}$")
# 「質問及び回答の公表」: bare nouns joined before 「…の公表」 are what it makes known (not 「質問受付・回答の公表」)
MADE_KNOWN_TAIL = re.compile(rf"の(?:{MADE_KNOWN_ACTS}|お知らせ)$")
MADE_KNOWN_VERB = re.compile(rf"(?P<act>{MADE_KNOWN_ACTS})(?:する|します|いたします|予定)")
BARE_ACT = re.compile(r"の|受付|提出|締切|〆|期限|開始|実施|通知|公表|決定|締結|回答")
PAPER_NAME = re.compile(
    r"(?:書|票|用紙)(?:等|類)?$"
)  # 「回答書」「参考見積書」: a paper named alone, its act left to the list's end
SHARED_TAIL = re.compile(r"の(?:日時|期日|日程|期限|締切|時期|予定日|日)$")
# the rest of the sentence after a date says the step is over (a news page's announcement of a start is kept)
PAST_AFTER = re.compile(
    r"[^。]{0,80}?(?:済み|済です|済でした|(?:締め?切り?|締切り|終了し)ました|中止(?:し|と(?:なり|し))(?:た|ました)"
    r"|(?:既に|すでに)\s{0,2}(?:終了|締め?切|経過|過ぎ)"
    # 「質問受付期間(…6月21日(月)午後5時まで)に、7者から計18件の質問がありました」: what a window brought in, counted
    # (「1月22日正午までに1者から企画提案書のご提出をいただいております」: what bidders handed in, thanked for)
    r"|[0-9０-９]\s{0,2}(?:件|者|社|通)[^。]{0,24}?(?:(?:があり|が寄せられ|を受け付け|が提出され)ました|を\s{0,2}(?:いただ|頂)(?:いており|きまし)))"
)
# 「記入例にある「令和8年2月20日」は変更前の提出期限に基づくもの」「6月5日は延長前の期限です」: a date the sentence
# after it (its subject, quoted or not) calls the old value of a step: no step to come
OLD_SAID_AFTER = re.compile(r"[」』\"”]?\s{0,2}(?:は|が)\s{0,2}(?:変更|訂正|修正|延長|延期)前の")
# 「当初の日程：令和9年9月町議会定例会」「変更前：7月下旬」: the old value of a step, keyed so before its date
OLD_VALUE_KEYED = re.compile(
    rf"[\s(【\[]{{0,4}}(?:{BEFORE_CHANGE}|当初|前回|従前)(?:の?(?:日程|予定|期日|期限))?[)】\]]?\s{{0,4}}:?\s{{0,4}}"
)
# 「変更後：受付終了（回答は7月6日に公表済み）」: a change's new value keyed so, which may tell that the step is over
NEW_VALUE_KEYED = re.compile(rf"^[\s(【\[]{{0,4}}(?:{AFTER_CHANGE})[)】\]]?\s{{0,4}}:")
# 「The general clarification period closed on」「the site visit took place on」「The comment period ended on」: an English
# step told in the past before its date (not 「The office is closed on」, 「Registration will be closed on」: to come,
# ``EN_PAST_PASSIVE``)
EN_PAST_BEFORE = re.compile(
    r"(?i:\b(?:closed|ended|expired|took\splace|(?:was|were)\s(?:held|closed|conducted))(?:\s(?:on|at))?\s{0,2}$)"
)
# 「The tender will be formally closed on」「The tender box will be sealed and closed at」「is now closed on」: the verb a
# participle after 「be」, an adverb or a participle and its 「and」 between, a step to come (or a state), no past
EN_PAST_PASSIVE = re.compile(
    r"(?i:\b(?:is|are|be|been|being|remains?|stays?)\s(?:[a-z]{2,16}ly\s)?(?:[a-z]{2,16}ed\s(?:and|or)\s)?(?:[a-z]{2,16}ly\s)?$)"
)
EN_PAST_REACH = 32  # characters before a date its past verb is read in
# 「２ 現地説明会」 / 「7月17日(水)午後2時 ※終了しました」: the note on a step's date in a schedule restated that it is over
PAST_NOTE = re.compile(r"※\s{0,2}(?:既に|すでに)?\s{0,2}(?:終了|締め?切り?|締切り)(?:しました|ました|済み?)?\s{0,2}$")
# the rest of the sentence after a date says it is no step of this call (「…の日程は、本件とは関係ありません」「本件の対象外」)
UNRELATED_AFTER = re.compile(
    r"[^。]{0,80}?本件(?:と|に)は?\s{0,2}(?:(?:一切)?(?:関係|関連)(?:が|は)?(?:ありません|ない|しません|しない)|無関係)|[^。]{0,80}?本件の対象外"
)
# the marker of an outline item, by style: 「第1」「1」「(1)」「ア」「(ア)」「①」「a」「(a)」「十、」「一〇、」「(一〇)」
# 「（3月1日）より、標記業務の企画提案を募集しております」「から参加事業者を公募します」「から、下記の公募型プロポーザルの募集を
# 開始しました」: the call opens that day (no verb between: 「4月1日から業務を開始する事業者を募集します」 dates the work;
# 「4月1日からの…の募集」 neither)
CALL_OPENS_FROM = re.compile(
    r"^\s{0,2}\)?\s{0,2}(?:より|から)\s{0,2}[、,]?\s{0,2}(?:(?!の)(?:(?!する|した|開始|実施)[^、。]){0,24}?[をの])?\s{0,2}(?:募集|公募)"
    r"(?:して(?:おり|い)ます|します|いたします|を開始|の受付を開始)"
)
# 「令和10年4月24日から公募しております「…業務」について、…延長します」「7月22日から募集を開始し、8月20日に中止をお知らせ
# しておりました「…」に係る…について」「8月1日に募集を開始した…の指定管理者の募集について」: in a notice of a change, the
# day the call it changes opened, told in words that end in the name of that call (no step of this notice; 「から募集を
# 開始し、応募のあった事業者について審査します」: a bare 「た」 only the 「開始した」's, no clause run on past the comma)
CITED_CALL_OPENED = re.compile(
    r"\s{0,2}\)?\s{0,2}(?:に|から|より)\s{0,2}[、,]?\s{0,2}(?:募集|公募)(?:を開始|の受付を開始)?\s{0,2}(?:し|いたし)"
    r"(?:た|[^。「」]{0,40}?(?:ております|ています|ている|ていた|ておりました|ていました|ました))?\s{0,2}"
    r"(?:「[^「」。]{1,80}」|[^。「」、]{1,60}?)\s{0,2}に\s{0,2}(?:ついて|つきまして|係る|関し|関する)"
)  # (「…の募集に ついて」: the words wrapped at the line's end, run together with a space)
# 「実施期間」「開催期間」 as an item's key: the days the event its heading names is held on (else the work's period)
EVENT_PERIOD_KEY = re.compile(r"(?:実施|開催)(?:期間|日程)")
# 「5（1）提出期限」「3(2) 交付場所」: an item of a notice cited by its section's number and its own
CITED_ITEM_NUMBER = re.compile(r"^(?P<number>\d{1,2})\s?\(\s?\d{1,2}\s?\)\s{0,2}(?P<rest>\S.{0,30})$")
INNER_STYLES = ("paren", "kana", "paren_kana", "circled", "letter", "paren_letter")  # items under a section's number
# (「Article 4 (Distribution of the Implementation Guidelines)」: a translated 第4条（…）, the top of its outline;
# 「Section 3. Schedule」「Clause 8 – Timetable」: an English section, the same)
# (「三の二　企画提案説明会」: an item a change inserted after 三, numbered as its branch)
OUTLINE_MARK = re.compile(  # (the lookahead: a character an item's mark starts with, to fail fast on other lines)
    r"^\s{0,8}(?=[\d第〔【\[(ア-ン\u2460-\u2473a-zASC一二三四五六七八九十])(?:(?P<decimal3>\d{1,2}\.\d{1,2}\.\d{1,2}(?=\.?\s{1,8}\D))|(?P<decimal2>\d{1,2}\.\d{1,2}(?=\.?\s{1,8}\D))"
    r"|(?P<chapter>第\s?\d{1,2}(?=[章節]|\s(?!\d)|$)|Article\s\d{1,2}(?=\s{1,4}\()|(?:Section|Clause)\s\d{1,2}(?=\s{0,2}(?:\(|[.:–-]\s)))|(?P<lenticular>[〔【\[]\d{1,2}(?:[〕】\]]|\s{0,2}[.\s](?=[^〕】\]]{1,40}[〕】\]]\s{0,8}$)))|(?P<number>\d{1,2}(?:の\d{1,2})?(?:[.]\s?|\s)(?=\D))|(?P<paren>\(\s?\d{1,2}\s?\))"
    r"|(?P<kana>[ア-ン](?:[.]|\s))|(?P<paren_kana>\([ア-ン]\))|(?P<circled>[\u2460-\u2473])|(?P<letter>[a-z][.)]\s)|(?P<paren_letter>\([a-z]\))"
    r"|(?P<kanji>[一二三四五六七八九十][〇一二三四五六七八九十]{0,2}(?:の[一二三四五六七八九十]{1,2})?(?:[.、]|\s))|(?P<paren_kanji>\([一二三四五六七八九十][〇一二三四五六七八九十]{0,2}\)))"
)
DEADLINE_TAIL = re.compile(r"\s{0,8}(?:\(予定\)\s{0,8})?(?:まで|必着|締切|〆切|限り)")
# 「6月10日 質問締切 17:00」, 「6月12日(金) 提案書の提出期限 午後5時15分(持参又は郵送)」, an event's 「午後1時から午後5時まで」
# (「Local time: 15:00 SGT」: an English hour's zone after it, too)
TRAILING_TIME = re.compile(
    rf"\s{CLOCK}(?:\s{{1,2}}{_EN_ZONE})?\s{{0,4}}(?:まで|必着|締切|〆切)?\s{{0,4}}(?P<range>(?:~|から)(?:\s{{0,2}}[午前後正時分:\d]{{1,10}}\s{{0,2}}(?:まで)?)?)?"
    r"\s{0,4}(?:\([^()]{0,60}\))?\s{0,4}$"
)
# 「10/14(水) 質問〆 17:00  メールのみ」「11/10(火) 提案書〆 正午!!  正1+副9  持参のみ」: on a date's line, the time right
# after the step's name, then a note on how to hand in set apart by a wide gap (or marks that stress the time): the step's
# time (the note names no other time or day)
NOTED_TRAILING_TIME = re.compile(
    rf"\s{CLOCK}\s{{0,2}}(?:まで|必着|締切|〆切?)?\s{{0,2}}(?:[!！]{{1,3}}\s{{0,4}}$|[!！]{{0,3}}(?=[ \u3000]{{2}}\S))"
)
EVENT_RANGE = re.compile(rf"\(\s{{0,2}}{CLOCK}\s{{0,2}}(?:~|から)")
# 「6月8日(火)～6月9日(水)　各日午前10時から」「2028/5/23,火,2028/5/24,水,9:30～」: the hour a hearing held over the days
# starts at, told once after its last day (its weekday's cell before it), from which it runs each day
HELD_DAYS_FROM = re.compile(
    rf"^[\s,|]{{0,8}}(?:[月火水木金土日](?:曜日?)?[\s,|]{{1,8}})?(?:(?:各日|両日|いずれも|いずれの日も)(?:とも)?\s{{0,2}}[、,]?\s{{0,2}})?"
    rf"{CLOCK}\s{{0,2}}(?:~|～|から|より|開始)"
)
LABEL_TIME = re.compile(rf"\(\s{{0,2}}{CLOCK}\s{{0,2}}(?:まで|必着)?\s{{0,2}}\)")  # 「(17時まで)」
# 「期限（17時まで）」「提出期限（いずれも午後5時15分）」: a column's name with the time of its deadlines
HEADER_TIME = re.compile(
    rf"\(\s{{0,2}}(?:(?:いずれも|各日|各|全て|すべて)\s{{0,2}}[、,]?\s{{0,2}})?{CLOCK}\s{{0,2}}(?:まで|必着|締切)?\s{{0,2}}\)"
)
# 「開札（午前10時 市役所3階 入札室）」「入札書提出締切（電子入札 午後5時）」: a time among the bracket's other words
# (not a range 「(受付 9時~17時)」, not beside a date); a bracket the label's sentence cut open counts too
# (「現地見学会（午前10時、駅前集合。候補地を巡回します）」: the label ends at the 「。」)
LABEL_TIME_AMONG = re.compile(rf"\((?P<before>[^()\d]{{0,30}}?){CLOCK}(?!間)(?P<after>[^()]{{0,40}})(?:\)|$)")
# 「現地説明会（10:00～、3階 会議室）」「二次審査（プレゼンテーション、13時30分から）」: the time an event starts at, in its
# own bracket (not the reception's 「（受付 9:30～）」)
EVENT_OPENS = re.compile(rf"\((?P<before>(?:(?!受付)[^()\d]){{0,30}}?){CLOCK}\s{{0,2}}(?:~|から)")
# 「EOIs close (5:00 pm JST): 9 March 2027」: an English hour in the bracket the step's name ends with (its 「pm」 kept)
EN_LABEL_END_TIME = re.compile(EN_BRACKET_TIME.pattern + r"\s{0,2}[:：]?\s{0,2}$")
NOT_ONE_TIME = re.compile(r"~|から|より|\d{1,2}\s{0,2}[月/]")  # a range or a date beside the time
# 「最終日は正午まで」「受付期間の最終日（9月18日（金））は正午までとします」 (the day named in brackets)
# (「最終日の3月15日(水)は正午まで」: the day named after its 「の」)
DEADLINE_KEY = re.compile(r"(?:期限|締切|締め切り)\s{0,2}(?:日|日時)?\s{0,2}$")  # 「(4) 提出期限」 keying its date
FINAL_DAY = re.compile(
    r"(?:最終日|提出期限の日|締切日|期限日)\s{0,2}"
    r"(?:の\s{0,2}(?P<day>(?:(?:令和|平成)?\s{0,2}\d{1,4}\s{0,2}年\s{0,2})?\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?:\s{0,2}\([^()]{1,6}\))?))?"
    r"\s{0,2}(?P<aside>\([^()]{0,30}(?:\([^()]{0,8}\)[^()]{0,8})?\))?\s{0,2}"
    rf"(?:は|のみ|に限り)?\s{{0,4}}{CLOCK}\s{{0,4}}まで"
)
# 「※質問の受付は、各回とも最終日の午後5時までとします」: a note of when the last day of a step's windows closes
FINAL_DAY_NOTE = re.compile(
    r"^\s{0,8}[※*]?\s{0,4}(?P<topic>[^、。]{2,30}?)は[、,]?\s{0,4}(?:各回とも|いずれも|各期間とも)?[、,]?\s{0,4}"
    rf"(?:(?:受付|提出)?期間の)?最終日(?:の|は)?\s{{0,4}}{CLOCK}\s{{0,4}}(?:まで|締切|締め切り)"
)
# 「第1回・第2回とも、受付期間最終日の午後5時までに…提出してください」: the last day of the item's windows, no topic
FINAL_DAY_OF_WINDOW = re.compile(rf"(?:受付|提出)期間(?:の)?最終日(?:の|は)?\s{{0,4}}{CLOCK}\s{{0,4}}(?:まで|締切|締め切り)")
# 「※入札参加資格確認申請の受付時間は、各日午前9時から午後5時までです」: the daily hours of a step named in the note
# close its window's last day too (a note of its own, beside the schedule that gives the days only)
DAILY_HOURS_NOTE = re.compile(
    r"^\s{0,8}[※*]?\s{0,4}(?P<topic>[^、。]{2,30}?)の(?:受付|提出)時間は[、,]?\s{0,4}[^。から]{0,12}?"
    rf"(?:{CLOCK_UNNAMED}\s{{0,4}}(?:から|~))\s{{0,4}}{CLOCK}\s{{0,4}}まで"
)
WINDOW_KEY = re.compile(r"^(?:受付|提出|申込み?)(?:の)?(?:時間|期間|期限|時刻)?$")  # 「受付時間は」: no step named
DEADLINE_NOTE = re.compile(
    rf"\s{{0,8}}[※*]?\s{{0,4}}\(?\s{{0,2}}(?:(?P<key>締切|締め切り|〆切)\s{{0,2}}[:：]?\s{{0,2}})?{CLOCK}"
    r"\s{0,4}(?:必着|まで|(?(key)|(?!)))"
)  # a line 「※正午必着」「(17時必着)」, 「(締切 17:00)」 (a chart's row of a step's window, its time on the line below)
# 「時刻 正午まで」「時 間 午後5時まで」: a line that gives the time of the date above it
# (「貴社の実施時間 13:30～14:00」「開始時刻 午後2時」: its own time, not the office's or the reception's hours)
# (「Date: Friday, 4 February 2028」 / 「Time: 12:00 noon (JST)」: an English notice's keys, the time's with its colon)
TIME_KEY_LINE = re.compile(
    r"^\s{0,8}(?:(?!受付|開庁|業務|執務|営業|窓口|休憩|昼|控室|入室)[^\s:、。()]{0,8}?(?:時\s{0,2}間|時\s{0,2}刻|時\s{0,2}限)\s{0,8}[:]?"
    r"|(?i:time)\s{0,2}:)\s{0,8}(?=[午正\d])"
)
# 「5月12日(火) ※4」「… ※1 ※3」「| 6月9日(金)※1 |」: footnotes, marked at the end of the line or of a table's cell
# (「*2」 and 「(注3)」 too: an asterisk, a bracketed mark)
NOTE_MARK = re.compile(r"(?P<marks>(?:(?:[\s)]|(?=\())\(?(?:※|注|\*)\s{0,2}\d{1,2}\)?){1,4})\s{0,8}(?:\|\s{0,8})?$")
NOTE_DEADLINE = re.compile(rf"{CLOCK}\s{{0,4}}(?:まで|必着)")  # 「※1 電子メールに限り、17:00までに受信したもの」
NOTE_TIME = re.compile(rf"\s{{0,4}}(?:いずれも|各)?\s{{0,4}}[、,]?\s{{0,4}}{CLOCK}")  # 「※4 いずれも午後5時(必着)」
NOTE_LINES = 40  # a footnote stands at most this many lines below its mark
TRAILING_DEADLINE_WORDS = re.compile(r"^\s{0,8}(?:(?:まで|必着|締切|〆切)\s{0,4}){0,2}")  # 「…まで 必着(17時まで)」
TIME_BEFORE = re.compile(rf"{CLOCK}\s{{0,4}}(?:まで|必着)?\s{{0,4}}\($")  # 「正午(令和9年3月3日(水))」
ASIDE_BRACKETS = re.compile(r"\([^()]{0,80}(?:\([^()]{0,8}\)[^()]{0,40}){0,3}\)")  # a bracket, with a weekday's inside
DATES_FIRST_GAP = 80  # the words between two dates of a one-line schedule, at most
DATES_FIRST_UNNAMED_MIN = 4  # dates of a one-line schedule with one step of no kind among them, at least
KEY_BEFORE_DATE = re.compile(r"(?:日|日時|期限|期日|期間|締切り?|〆切|時期|予定|[:：])\s{0,8}$")  # 「公告日 」 asks for a date
# 「令和9年2月24日(水) 正午 入札書の提出期限 午後2時 開札」: one day's row holding several steps, each after its own
# time (a time that starts a step: not a range's 「午前10時から」 nor a deadline's 「17時まで」 after its step)
TIMED_STEP = re.compile(
    rf"(?:^|(?<=[\s、,])){CLOCK_UNNAMED}" r"(?!\s{0,4}(?:~|から|まで|必着|締切|〆|以降|頃))\s{1,4}(?=[^\s\d(])"
)
# 「                正午 質問書の提出期限、」: a step of the day above on a line of its own, indented under the first
BOX_TOP = ("╗", "┐")  # a box opened at the end of a line (its top right corner)
BOX_BOTTOM = "╚"
BOX_LINES = 6  # a flow chart's box spans this many lines at most
BOX_TIME_TAIL = re.compile(r"\s{0,2}(?:から|~|まで)$")
TIMED_STEPS_BELOW = 6  # lines that go on with a day's timed steps, at most
TIMED_STEP_LINE = re.compile(r"^\s{2,}(?=[午正\d])")
# 「日付 | 曜日 | 公告・要項配布 | 質問・回答 | 参加申込 | …」 over 「2026/11/11 | 水 | | ●質問締切 17:00 | |」: a
# table whose rows are days and whose columns are kinds of step; a cell's mark (●○◎) and the time written after its
# step (「13:30～」「17:00まで」)
STEP_CELL_MARK = re.compile(r"^[\s●○◎◯◉◆◇■□▲△★☆・]{0,4}")
STEP_CELL_TIME = re.compile(r"\s{0,4}(?:~\s{0,2})?" + CLOCK + r"\s{0,2}(?:~|から|まで|必着|締切)?\s{0,2}$")
LOT_NAME_MAX = 12  # a lot's name in a column's head (「第1工区」「A地区」) is this short at most
DAY_ROW_COLUMNS = 4  # a day, and at least a weekday and two kinds of step, or three kinds
WINDOW_CLOSED = re.compile(r"(?:終了|締切り?|〆切|まで)$")  # 「●配布終了」: the end of a window recorded by its start
# what may stand between a date and its step in a flattened row: a weekday, a dash, a time 「~17:00」「10:00~」
LEADING_CELLS = re.compile(
    rf"\s{{0,8}}(?:[月火水木金土日](?:曜日?)?\s{{1,8}})?(?:[―-]\s{{1,8}})*(?:~?\s{{0,2}}{CLOCK}\s{{0,2}}~?\s{{1,8}})?"
)
WORK_SECTION = re.compile(
    # (「業務の名称及び内容」「委託業務名・業務内容」: the work named and described under one heading)
    r"^(?:(?:業務|委託|調達|契約|事業|工事|購入|賃貸借)(?:の)?(?:(?:名称|件名|名)(?:及び|並びに|・|、)(?:業務)?(?:の)?)?(?:概要|内容|件名等?|物品)(?:等)?|(?:一般)?(?:競争)?(?:入札|競争|見積(?:り)?合わせ)に付する事項)$"
    # 「2. SCOPE OF WORK」「Outline of the Work」「Program outline (for reference)」: an English notice's work described
    r"|^(?i:(?:scope|statement|outline|description|overview)\sof\s(?:the\s)?(?:work|services|project|program(?:me)?)"
    r"|(?:work|project|program(?:me)?|services?)\s(?:outline|overview|description)|terms\sof\sreference)"
    r"(?:\s{0,2}\([^()]{0,30}\))?$"
)
# 「第5 業務の範囲」「第4 管理運営の基準」「第9章 協定書の主な内容」「1 業務の範囲」: what the work (a 指定管理's too) is to do
WORK_CHAPTER = re.compile(
    rf"{WORK_SECTION.pattern}|^(?:業務|管理|管理運営|運営|維持管理)(?:の)?(?:範囲|基準)(?:等)?$|^協定(?:書)?の(?:主な)?内容$|^(?:業務)?仕様(?:書)?$"
)
DAYS_LISTED = re.compile(r"\s{0,2}(?:・|及び|および|並びに|と|、|,)\s{0,2}")  # 「6日(火)・7日(水)」: the days of one event
DAY_LISTED = DAYS_LISTED.pattern + r"(?:\d{1,2}月)?\d{1,2}日\s{0,2}(?:\([^()]{1,6}\))?"  # (one more day of such a list)
# 「10月19日（木）・20日（金）の2日間」 / 「両日とも 10:00～16:30」: the days of an event, the hour it starts each day on the
# next line, keyed as the hour of every day listed (「各日」「両日とも」「いずれも」)
HELD_DAYS_REST = re.compile(rf"^(?:{DAY_LISTED}){{0,3}}" r"\s{0,4}(?:の\s{0,2}[2-9２-９二三四]\s{0,2}日間)?\s{0,2}[、,]?\s{0,4}$")
HELD_DAYS_BELOW = re.compile(
    rf"^\s{{0,12}}(?:各日|両日|いずれも|いずれの日も)(?:とも)?\s{{0,2}}[、,:]?\s{{0,2}}{CLOCK}\s{{0,2}}(?:~|～|から|より|開始)"
)
HELD_DAYS_ON = re.compile(
    rf"^(?:{DAY_LISTED}){{1,3}}\s{{0,4}}の\s{{0,2}}[2-9２-９二三四]\s{{0,2}}日間"
    rf"\s{{0,2}}[、,]?\s{{0,8}}(?:各日|両日|いずれも|いずれの日も)(?:とも)?\s{{0,2}}[、,:]?\s{{0,2}}{CLOCK}\s{{0,2}}(?:~|～|から|より|開始)"
)
# (「6月8日(火)及び9日(水)の2日間、各日午前10時から」: the count of the days listed, said before the hour of each)
EACH_DAY_TIME = re.compile(
    rf"\s{{0,4}}(?:の\s{{0,2}}[2-9２-９二三四]\s{{0,2}}日間\s{{0,2}}[、,]?\s{{0,8}})?(?:各日|両日|いずれも|いずれの日も)\s{{0,2}}(?:とも)?\s{{0,2}}[、,]?\s{{0,2}}{CLOCK}"
)
DAYS_THEN_TIME = re.compile(rf"(?:{DAY_LISTED}){{1,3}}{EACH_DAY_TIME.pattern}")
# 「様式第1号 施設見学会参加申込書」「様式1-1 説明会参加申込書」「◎様式」: a form's heading
FORM_HEAD = re.compile(
    r"^(?:[■□◆◇●○◎]\s{0,2})?様式(?:集)?\s{0,2}(?:第?\s{0,2}\d{1,2}(?:\s{0,2}[-‐ー]\s{0,2}\d{1,2})?\s{0,2}号?)?(?:\s|\(|$)"
)
FORM_HEAD_MAX = 40
# what a form has below its heading: 「令和 年 月 日」 left blank, 「碧浜市長 様」, 「【記入例】」「(記入例)」
FORM_FIELD = re.compile(
    r"年\s{1,8}月\s{1,8}日|(?:長|知事|理事長|殿)\s{1,2}様?\s{0,2}$|(?:長|知事)\s{1,2}様|[【(](?:記入|記載|作成)例[】)]"
)
KEY_APART = re.compile(r"\s{2,}|:")  # 「3 業務内容  (1) …」「業務内容: …」: a key from the value on its line
WORK_WHEN = re.compile(
    r"^(?:開催|実施|執行|開会)?(?:予定)?(?:日|日時|日程|期日|時期|年月日)$"
)  # 「(2) 開催予定日」: the work's event
# 「本業務では、」「本事業において、」: a sentence about what the work does, its dates the work's own
WORK_TOPIC = re.compile(
    r"(?:^|。)\s{0,4}(?:\(\d{1,2}\)|\d{1,2}[.)])?\s{0,4}(?:本|当該)(?:業務|事業|委託業務|委託)(?:で|に(?:おいて|おける))は?\s{0,2}[、,][^。]{0,80}$"
)
# 「説明会」「見学会」: an event held for the bidders, the call's even where the work is described (a 現地調査, a
# ヒアリング there is the work's: 「現地調査は、原則として7月から8月までの間に行う」)
BIDDERS_EVENT = first_characters_guarded(re.compile(rf"説明会|見学会|{L.SITE_SHOWN}|下見|内覧会"))
WORK_TASKS = re.compile(r"内容$")  # 「3 業務内容」: the tasks the contractor performs, an event among them too
# 「8月13日から8月16日までは夏季休業」「4月27日から5月6日までの10連休期間中は…受付は行いません」「7月15日(月)は海の日のため」「10月12日(月)はスポーツの日のため休日」「3月22日(月・振替休日)は郵便物の配達がありません」;
# 「…(土日祝日及び12月29日から1月3日までを除く。)」: days the office hours leave out, no step either; 「5月5日は、当館事務室が
# 閉室のため」「4月29日から5月5日までの祝日等は、閉庁日です」「2月29日は庁舎の電気設備法定点検のため、午後は…受付を行わない」: a closure, given as a sentence
# (「休業日(土曜日、日曜日及び4月26日から5月6日までの大型連休期間)は受付を行わない」: the period closes a bracket)
# (「6月16日(火)は担当者が終日不在のため、持参の際は…」: the day the officer is away;
# 「4月1日(土)・2日(日)は事務局休業」: more days of the month after the first; 「2月25日(木)及び2月26日(金)は構内への
# 立入りを制限するため、書類の持参による提出はできない」: days of the issuer's own event, no hand-in then)
CLOSED_AFTER = re.compile(
    r"^\s{0,4}(?:\([^()]{0,12}\))?(?:\s{0,2}(?:[・、,]|及び|と)\s{0,2}(?:\d{1,2}月)?\d{1,2}日\s{0,2}(?:\([^()]{0,12}\))?){0,4}"  # 「・2日(日)」
    r"\s{0,4}(?:まで)?\s{0,2}(?:(?:の(?:[^。、()]{0,12}?期間中?|間|[^。、()\d]{0,6}?(?:祝日|休日|休業日|休館日)等?)\)?)?は[^。()]{0,24}?(?:休業|休館|休庁|閉庁|閉館|閉室|閉所|休日|祝日|休み|休暇|不在|の日(?:のため|につき)|記念日|誕生日"
    r"|(?:点検|停電|メンテナンス|保守作業)(?:の)?(?:ため|につき)"
    r"|(?:配達|受付|受け付け|業務|作業|窓口|閲覧|交付|配布|提出|持参)[^。()]{0,8}?(?:ありません|行いません|行わない|できません|できない|しません|しない|いたしません))"
    # 「祝日(7月20日(月・海の日)を含む。)を除く」「祝日(5月3日から5月5日まで)を除く」
    r"|\)?\s{0,2}を?除[くきいけ]|(?:を|も)含(?:む|め)。?\)\s{0,2}を?除[くきいけ]"
    # 「（2月23日（水）の祝日を除く。）」「12月29日の休館日を除く」: the day a window leaves out, named what it is (not
    # 「…から5月25日までの休日を除く毎日」: the window's own end)
    r"|(?<!まで)の\s{0,2}[^。、()\d]{0,8}?日\s{0,2}を?除[くきいけ])"
)
GRANT_DECIDED = re.compile(r"交付(?:の)?決定")
GRANT = re.compile(r"補助金|交付金|助成金|補助事業")
SENTENCE_REACH = 200  # characters of a date's sentence looked at on either side
# 「日程表No.5のとおり（郵送の場合も同日」: a clause that points to a date given elsewhere, its 「同日」 that one's
AS_GIVEN_ELSEWHERE = re.compile(r"とおり[^。]{0,24}$")
# 「封筒の表に「10月3日開札 …入札書在中」と朱書きすること」: words to write down, no step's date
QUOTE_OPEN = re.compile(r"「[^「」]{0,60}$")
INSCRIBED = re.compile(r"」\s{0,2}(?:等?と|の旨を?)\s{0,2}(?:朱書|記入|記載|明記|表記|記し|書)")  # (in a clause before a date)
WRITE_AS = re.compile(r"^[^「」]{0,80}」\s{0,2}(?:等?と|の旨を?)\s{0,2}(?:朱書|記入|記載|明記|表記|記し|書)")
OBJECT_BEFORE = re.compile(r"を\s{0,2}[、,]?\s{0,2}$")  # 「質問に対する回答を、8月20日までに掲載する」: what is done
# 「期間 告示日から2月5日まで」: a publication window that opens on the notice's own date (or the day after)
NOTICE_DAY_FROM = re.compile(r"(?:公告|告示|公示|公表)(?:の)?日(?P<next>の翌日)?\s{0,2}(?:から|より)\s{0,4}$")
TOPIC_THEN_START = re.compile(r"^(?P<topic>[^\s、。]{2,30}?)は\s{0,2}[、,]?\s{0,2}[^\s、。]{1,10}から$")
# 「公告日から」「公開から」「交付決定日～」: where a window starts, no step of its own
START_REFERENCE = re.compile(r"^[^\s、。~～〜]{1,8}(?:から|\s{0,2}[~～〜])$")
# 「質問受付:指名通知の日~」: a field's key, then the step its window opens after (the key names the step)
KEYED_START = re.compile(
    r"^(?P<key>[^:：\s]{2,30}?)\s{0,2}[:：]\s{0,2}[^\s、。~～〜:：]{1,12}?(?:の日|日)(?:から|\s{0,2}[~～〜])$"
)
# 「8/24 町から通知：ヒアリングは令和9年9月7日（火）」「市から連絡: 説明会は…」: a team's note of what the issuer told it, the
# key the news's sender and its way, the step after the colon the one the date is of (no result notice of its own)
TOLD_BY_KEY = re.compile(
    r"^[^\s:：、。]{1,8}から\s{0,2}の?\s{0,2}(?:通知|連絡|案内|メール|電話|回答|お知らせ)(?:あり|が?あった)?\s{0,2}[:：]\s{0,2}(?P<step>\S.{0,40})$"
)
OTHER_CALL = re.compile(r"[※(]\s{0,2}(?:別途?|他の)(?:公告|公示|案件)")
# 「＜ 前の案件：…（公告日 2月1日）」「次の記事 >」: a page's link to the call before or after it
KEYED_LINE = re.compile(r"^\s{0,8}[^:\s]{2,20}\s{0,20}:")  # 「掲載日時      :令和7年…」: a field's own key before its value
SPACED_KEY = re.compile(r"^\s{0,8}[^\s\d:()]{2,12}\s{2,20}(?=\S)")  # 「公開日　　　　2027/01/22」
PAGER = re.compile(r"^\s{0,8}[<>＜＞«»‹›←→◀▶]?\s{0,2}(?:前|次)の(?:案件|記事|公告|ページ|お知らせ|情報)\s{0,2}[:：>＞»]")
BRIEFING_REACH = 100  # characters before a registration's date on its line that may name the briefing
REMARK_ROW_LINES = 3  # lines above a row's remark (its bracket opened) the row's name may stand, at most
# 「平成30年度の実績 30,000部」「年間利用者数 1200人」: a key and its figure of a thousand or more (an OCR's 〇 for 0 within the
# figure: 「3〇,〇〇〇部」), a fact of the notice that heads no dates below (not 「提案書 10部」, the copies of a paper)
FIGURE_VALUE_END = re.compile(
    r"\S\s{1,4}\d(?:[\d〇]|,(?=[\d〇]{3})){3,12}\s{0,2}(?:部|件|冊|枚|個|台|人|名|回|食|本|円|千円|万円|トン|t|kg)$"
)
FIGURE_UNIT_ENDS = frozenset("部件冊枚個台人名回食本円ンtg")  # (the last characters of those units: a cheap look first)
TRAILING_QUALIFIER = re.compile(r"\s{0,4}\([^()]{1,40}\)$")  # 「見積合わせの実施について(体育館 暗幕取替)」: a title's
PAGE_DAY_KEY = re.compile(r"^(?:公開|公表|掲載)日$")  # a page's own date, or a step when the schedule lists it
# (「9月定例町議会において議決を得たとき」: the session named with the council)
DIALOGUE = re.compile(r"対話|意見交換")  # (「個別対話」「対話の実施」「対話参加申込」「個別意見交換」)
COUNCIL_DECIDES = re.compile(
    r"議決|議案|上程|(?<![協審])議会"
)  # 「仮契約の締結」 then 「市議会の議決」: a step after the contract
SIGNED = re.compile(r"契約|協定|締結")
# 「…定例会において議決を得たときに本契約として成立する」「その議決を経た後に本契約とする」: the provisional contract becomes
# the final one by the vote itself, no signing after it (the session's month is the vote's day)
# (the sentence ending there, before any other date: not 「…本契約として成立するものとし、本契約の成立は9月下旬を予定」, the contract's own day given next)
# (「…議決を得た日から本契約としての効力を生ずる」「議決を得たときは、本契約が締結されたものとみなす」: the same, in other words)
BECOMES_FINAL = re.compile(
    r"本契約\s{0,2}(?:と\s{0,2}(?:する|します|なる|なります|して成立|しての効力)|が(?:成立|締結され)|の成立)[^、。]{0,12}$"
)
COUNCIL_NAMED_AFTER = re.compile(r"^\s{0,2}の\s{0,2}[^\s、。の]{1,8}?[市町村区県府都道]議会\s{0,2}(?:定例会|臨時会)")
# 「12月村議会定例会での議決を経て」「12月の市議会定例会において指定の議決を」: the vote in the session the month names
# (not 「12月市議会定例会に指定の議案を提出します」 after 「候補者の選定後、」: the bill handed in, said in passing)
SESSION_VOTE_AFTER = re.compile(
    r"^\s{0,2}の?\s{0,2}[^\s、。の]{0,8}?[市町村区県府都道]?議会\s{0,2}(?:定例会|臨時会)?\s{0,2}(?:で|において|における)"
    r"(?:の)?[^、。]{0,8}?議決"
)
CONTRACT_DAY_TOPIC_BEFORE = re.compile(r"契約[^、。]{0,8}は\s{0,2}$")  # 「…、本契約の成立は」 before the contract's own day
COUNCIL_AFTER = re.compile(r"^\s{0,2}の?(?:定例会|臨時会|(?:定例|臨時)?[市町村区県府都道]?議会)")
SCHEDULE_PART = re.compile(r"日程|スケジュール")
# 「公募型プロポーザル スケジュールの変更について」 over 「掲載日:2026年9月14日」: the title of a page telling of a change, over
# the page's own date, no heading of the schedule's steps (「…の延期について（お知らせ）」: with its tag)
SCHEDULE_CHANGE_TITLE = re.compile(
    r"(?:変更|延期|延長|訂正|修正)(?:について|のお知らせ|のご案内)(?:\s{0,2}[(（](?:お知らせ|通知|ご案内)[)）])?\s{0,2}$"
)
# 「仕 様 書」「水道メーター検針等業務委託仕様書（案）」「件名: …検針業務の仕様書（参考入手）」: a line of the head that
# names the text a specification (the work described, not a call): a title, or a mail's subject
# (in English: 「TERMS OF REFERENCE」「Scope of Work」「Technical Specifications」, a contract's annex describing the work)
SPECIFICATION_TITLE = re.compile(
    r"^(?:(?:件名|Subject)\s{0,2}:\s{0,4})?[^。、]{0,40}?仕様書(?:\([^()]{1,8}\))?$"
    r"|^(?i:(?:technical\s)?specifications?|terms\sof\sreference|(?:scope|statement)\sof\s(?:work|services))(?:\s?\([^()]{1,12}\))?$"
)
# 「入札公告」「…実施要領」「見積依頼書」「…の募集について」: a head line that names the text a call (a specification with it
# is one of its papers)
CALL_TITLE = re.compile(
    r"(?:公告|公示|告示|要領|要項|要綱|説明書|依頼書|募集|公募|通知|について|お知らせ)(?:\([^()]{1,8}\))?$"
    r"|(?i:request\sfor\s(?:proposals?|quotations?|tenders?)|invitation\sto\s(?:tender|bid)|call\sfor\s(?:proposals?|tenders?|bids?)"
    r"|notice\sof\s(?:procurement|tender)|\bRF[PQT]\b|instructions\sto\s(?:bidders|tenderers))"
)
# 「琴音川市本庁舎空調設備保守点検業務委託 見積合わせ実施要領」: the title of a paper of its own (no item, no sentence)
APPENDED_TITLE = re.compile(r"^[^\s\d()、。,・※*]\S[^、。]{0,38}$")
# 「第6条 見積依頼から契約までの流れ」: the section of a specification that gives the call's own steps (its others give the
# work's: 「5 スケジュール（予定）」 of proofs and deliveries, 「第5条（打合せ）」, 「第7条（検針員）」 and its training)
# (English: the words of the call's process, and of its steps)
_CALL_WORD = r"selection|procurement|tender(?:ing)?|bid(?:ding)?|proposals?|solicitation"
_CALL_STAGES = r"process|procedures?|schedule|timetable|time-?line|calendar|steps|stages|(?:key\s)?dates|deadlines"
CALL_PART = re.compile(
    r"見積|入札|提案|応募|募集|公募|プロポーザル|参加|質問|選定|手続|契約まで|契約締結まで"
    # (「9. SCHEDULE OF THE SELECTION PROCESS」「TENDER TIMETABLE」「SUBMISSION OF PROPOSALS」: the English words of the call's
    # process, not a work section's own 「SELECTION OF PLANT SPECIES」「PROCUREMENT OF MATERIALS」「INVITATIONS TO STAKEHOLDERS」)
    rf"|(?i:\b(?:{_CALL_WORD})\s(?:{_CALL_STAGES})|\b(?:{_CALL_STAGES})\sof\s(?:the\s)?(?:{_CALL_WORD})"
    r"|\b(?:submission|invitation|request)s?\s(?:of|to|for)\s(?:the\s)?(?:proposals?|tenders?|bids?|quotations?|expressions?\sof)"
    r"|\binstructions\sto\s(?:bidders|tenderers|consultants))"
)
# 「1.2 Proposals must be submitted no later than 17:00 on Friday, 14 May 2027」「the deadline for submission of tenders is
# …」: a sentence of a specification that names the call's own deadline for its proposals, kept in its opening section
# (``EN_OPENING_PART``) too; not a work's 「The draft proposal of the layout shall be presented on …」
EN_CALL_DEADLINE = re.compile(
    r"(?i:(?<!draft\s)(?<!final\s)(?<!revised\s)\b(?:proposals?|tenders?|bids?|quotations?|offers?)\s(?:must|shall|should|are\sto"
    r"|is\sto)\sbe\s(?:submitted|received|delivered|lodged|uploaded)\b|\bdeadline\sfor\s(?:the\s)?(?:submission|receipt)\sof\s"
    r"(?:the\s)?(?:proposals?|tenders?|bids?|quotations?|offers?)\b)"
)
# 「1. INTRODUCTION」「BACKGROUND」「General Information」: the opening section of an English specification, about the
# call as a whole (no work's)
EN_OPENING_PART = re.compile(r"(?i:(?:introduction|background|general(?:\sinformation)?|overview|purpose|preamble)\b)")
# 「選定スケジュール」「今後の日程（配布資料「実施要領 第6」＋当日の口頭説明）」 (a label as written keeps its brackets;
# a page run onto one line, the rule under it)
SCHEDULE_HEADING = re.compile(
    r"(?:日程|スケジュール|日程表|予定表)(?:等|\s{0,2}[(（][^()（）]{0,40}[)）])?(?:\s{1,2}[─━═=\-―]{2,})?$"
)
SCHEDULE_REACH = 12  # lines between a schedule's heading and an item of it, at most
SCHEDULE_ROWS_MAX = 30  # the rows of a schedule's table under its heading, at most
HEAD_LINES = 12  # the lines a notice's heading stands in
# 「説明会の資料は、7月13日以降に掲載します」: the papers of an event, put up from a day on, no event that day
RULE_CHARS = set("─━═=-")
# 「紫雲市告示第5号」「○霜降村公告第二〇号」: the number line a notice of a 公報 starts with; the outline of the notice
# before it (its 「1」「2」) is closed, so the next notice's 「第6」 > 「1」 nest as they are written
NOTICE_NUMBER = re.compile(
    r"^[○◎◯〇]?\S{0,30}?(?:告示|公告|公示|訓令|規則|条例|規程|達)第\s{0,2}[\d一二三四五六七八九十百〇]{1,6}\s{0,2}号$"
)
# 「… 認定年月日 令和9年1月20日(町議会議決) | 浜萩町告示第十二号 …の実施について …次のとおり公告する。」: a 公報 run
# onto one line, the next notice's number heading (its issuer, its number, then a space or the line's end; no citation
# 「（平成21年文部科学省告示第64号）」 or 「…公告第9号で公告した」) where the words after a date stop being its own
INLINE_NOTICE_NUMBER = re.compile(
    r"(?:^|[\s|｜])[○◎◯〇]?[^\s|｜()（）「」、。]{1,30}?(?:告示|公告|公示)第\s{0,2}[\d一二三四五六七八九十百〇]{1,6}\s{0,2}号(?=\s|$)"
)
ARTICLE_HEAD = re.compile(r"^\s{0,8}\d{1,2}\s{0,2}[.、]\s{0,4}\S")  # 「２．【セミナー】…」 (NFKC: 「2.」)
ARTICLES_MIN = 3
# 「2027（令和9）年2月号」「令和9年2月号」「2026.9 発行」「2026年9月発行」: the month a newsletter's issue or a leaflet
# was printed, the year of its dates when no date gives one
ISSUE_MONTH = re.compile(
    r"(?:(?P<year>20\d{2})\s{0,2}(?:\((?:令和|平成)\s{0,2}\d{1,2}\)\s{0,2})?(?:年|[./])|(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2})\s{0,2}年)"
    r"\s{0,2}(?P<month>1[0-2]|0?[1-9])(?!\d)\s{0,2}月?\s{0,2}(?:号|(?:\d{1,2}\s{0,2}日\s{0,2})?発行)"
)
ISSUE_LINE_MAX = 80  # a masthead's or a colophon's line is short
ARTICLE_MARKS = set("■□◆◇●【")  # the marks a periodical's article headings start with
MARKED_ARTICLE_TITLE_MAX = 60
NOTICES_MIN = 2  # notice number lines that make a page of several notices (a 公報)
# 「告　示」「公　　　告」 alone on a line: a 公報's section heading; the notices under 「公告」 carry no number line
GAZETTE_SECTION = re.compile(r"^\s*(?:告\s+示|公\s+[告示])\s*$")
# 「○落札者等の公示（会計局契約管理課）……………三」: an entry of a 公報's contents, the title its notice is headed by
# (its leader dots before the page number, or the tab or spaces they were read as)
GAZETTE_CONTENTS_ENTRY = re.compile(r"^\s*[○◯〇]\s?(?P<title>[^()…]{4,60}?)\s?\([^()]{1,20}\)(?:\s?[…・.]{2}|\t|\s{2})")
# 「令和9年1月8日朱鷺浦県告示第12号（…）の一部を次のように改正する。」「…公告第百八十七号（…）の一部を次のように訂正する。」:
# the notice of a 公報 that changes a call published before, cited by its number, its name in brackets after it; not a
# rule amended, cited by its name, its number in brackets after it (a 規則: 「…施行規則（平成17年白萩市規則第40号）の一部を
# 次のように改正する。」; a 要綱 set by a 告示: 「…補助金交付要綱（平成20年白萩市告示第5号）の一部を次のように改正する。」); a
# call cited by its notice's title, 「…について」, and its number in brackets after it is one (「…プロポーザルの実施について
# （令和8年6月1日萩ノ浦町告示第46号）の一部を次のように変更する。」)
NOTICE_CITED = re.compile(r"(?:公告|告示|公示)第\s{0,2}[\d〇一二三四五六七八九十百千]{1,6}\s{0,2}号")  # 「公告第四百十二号」
# (「…の一部を次のように変更したので公告する。」: the 公報's past form; 「…公告第19号の一部を次のとおり訂正する。」: the notice
# it cites by number changed the same)
AMENDED_PART = r"(?:(?:改正|訂正|変更|修正)(?:する|した)|改め(?:る|た))"
AMENDING_NOTICE = re.compile(
    r"(?:(?<=について\()|(?<=について（)|(?:公告|告示|公示)第(?![^。()（）]{1,12}号\s{0,2}[)）]))[^。]{0,80}?"
    r"の一部を次の(?:ように|とおり)" + AMENDED_PART
)
ARTICLE_TITLE_MAX = 40
LONG_HEADING = 100  # a notice's heading of a change, its call's whole name in it, is no longer than this
# the words of a call for bids or proposals: a notice or an article of a page without any names none (住居表示の
# 実施期日, 議会日程, a committee's report), and its dates are no steps
CALL_WORDS = first_characters_guarded(
    re.compile(
        r"募集|公募|入札|プロポーザル|提案|見積|応募|申込|申し込|参加|質問|回答|説明会|審査|契約|選定|指定管理|受託|委託|提出|締切"
        r"|期限|〆切|公告|公示|発注|調達|見学|ヒアリング|プレゼン|結果|通知|エントリー|配布|交付"
        r"|(?i:tender|proposal|\bbids?\b|deadline|submission|applica(?:tion|nt)|\bapply|quotation|clarification"
        r"|contract|\baward)"  # (「Full application due」「Award of contract」: an English part's steps)
    )
)
# the opening of a schedule's row before its step's name (「・」「(1)」「１　」「◆」), and the gap between the name and its
# date (「（実施要領等の公表）」「：」「日」「日時」, spaces): a row, no title
STEP_ROW_OPENING = re.compile(r"\s{0,4}(?:[・●○◆◇■□★☆※-]|[(（]?[0-9０-９]{1,2}[)）.．]?|[①-⑳])?\s{0,4}")
STEP_ROW_GAP = re.compile(r"(?:日時|日)?\s{0,4}(?:[(（][^()（）\n]{0,20}[)）])?\s{0,4}[:：]?\s{0,4}")
BREADCRUMB = re.compile(r"\S\s{0,2}[>»›]\s{0,2}\S[^>]{0,40}[>»›]")  # a page's path from its site's top: no label
# 「…説明会のご案内」「…の実施について(通知)」: a heading that invites to one event
INVITED = re.compile(r"(?:の(?:開催|実施))?(?:について|のご案内|のお知らせ)\s{0,2}(?:\((?:通知|ご案内|お知らせ)\))?\s{0,2}$")
# 「日時」「開催日時」「実施日」: a key that says when one event is held (not 「日程」, a schedule's)
# (「次のとおり現地調査の機会を設けます」: the event offered, named after the words)
ANNOUNCED = re.compile(
    # (「二次審査（プレゼンテーション）を、下記のとおり実施します」: the comma after を too)
    r"(?P<event>[^、。\s「」>]{2,20}?)を\s{0,2}[、,]?\s{0,2}(?:次|下記|以下)の?\s{0,2}とおり\s{0,2}(?:開催|実施)"
    r"|(?:次|下記|以下)の?\s{0,2}とおり\s{0,2}[、,]?\s{0,2}(?P<offered>[^、。\s「」>]{2,20}?)(?:の(?:機会|場))?を\s{0,2}(?:開催|実施|設け)"
    # (「二次審査について、下記のとおり実施します」「ヒアリングは、次の日時で行います」: the event the sentence is about)
    r"|(?P<topic>[^、。\s「」>]{2,20}?)(?:について|につきまして|(?<![にとで])は)\s{0,2}[、,]?\s{0,2}(?:次|下記|以下)の?\s{0,2}(?:とおり|通り|日時|日程)"
    # (「プレゼンテーション審査の日時が決まりましたので、お知らせします」: the event whose time is told below)
    r"|(?P<dated>[^、。\s「」>]{2,20}?)の\s{0,2}(?:開催|実施)?(?:日時|日程)(?:等)?\s{0,2}(?:が|について)\s{0,2}(?:決まり|決定し|確定し)"
)
# 「別添1に関する質問に限り、追加の質問を次のとおり受け付けます。」 a line or two above 「受付期限：2月21日（月）17時」:
# what the sentence says is accepted names the step of the bare key under it (受付期限, 締切, 提出期限)
ACCEPTED_ANNOUNCED = re.compile(
    r"(?P<what>[^、。\s「」>]{2,20}?)を\s{0,2}[、,]?\s{0,2}(?:次|下記|以下)の?\s{0,2}(?:とおり|通り)\s{0,2}[、,]?\s{0,2}"
    r"(?:追加で|追加して|改めて|新たに)?\s{0,2}(?:受け付け|受付|募集し|募集す)"
)
ACCEPTED_KEY = re.compile(r"(?:受付|提出|申込)?(?:期限|期間|締切|締め切り|〆切)(?:日時|日)?")
# 「施設の現地説明会を行います。」 ending the line above 「日時は、6月15日、火曜日の午後2時からです。」 (a script, a letter)
HELD_LINE_END = re.compile(r"(?:の|、)?(?P<event>[^、。\s「」>の]{2,20}?)を\s{0,2}(?:行い|開催し|実施し)ます。\s*$")
# (「延期後の日程」「変更後の日時」: the new day of the one event a notice postpones)
EVENT_WHEN = re.compile(
    r"^(?:(?:変更|訂正|修正|延期)後の?)?(?:開催|実施)?(?:日時|日)(?:及び場所)?$|^期日$|^(?:変更|訂正|修正|延期)後の?日程$"
)
DATED_RIGHT = 24  # the spaces before a date set to the right of a letter's first line, at least
# a notice that withdraws the whole call (not one step of it: 「現地説明会の中止について」 keeps the rest)
CANCELLED = re.compile(
    r"^\s{0,4}【\s{0,2}(?:中止|公告取消し?|取消し?)\s{0,2}】"
    r"|(?:プロポーザル|入札|公募|募集|競争|手続き?|公告)(?:の|を)?(?:中止|取り?止め|取消し?|取り消し)(?:について|のお知らせ|します|しました)"
)
# 「…一般競争入札の中止及び再公告について」「公募の中止と再募集のお知らせ」: the call withdrawn and made again, the new
# call's schedule in the notice (the new call named after the withdrawal: 「市民会館清掃業務委託（再度公告）の入札中止
# について」 withdraws a call that was itself a repeat)
CALLED_AGAIN = re.compile(
    r"(?:中止|取り?止め|取消し?|取り消し)\s{0,2}(?:及び|および|並びに|と|・|、|し\s{0,2}[、,]?)\s{0,2}再(?:度の?)?(?:公告|公示|公募|募集|入札)"
)
# 「【再度公告】…業務委託」「…を中止しました。…改めて条件付一般競争入札を行います。」: the notice is the call made again
# (its head may tell how the call before it was withdrawn); 「後日改めて公告します」 promises one, no schedule here
RENEWED = re.compile(
    r"^\s{0,4}【\s{0,2}再(?:度の?)?(?:公告|公示|公募|募集|入札)\s{0,2}】"
    # (not 「改めて公告を行います」: a notice to come, not this one)
    r"|改めて[^。]{0,40}?(?<!公告)(?<!公示)(?:を|の)\s{0,2}(?:行い|実施し|募集し|公告し|公募し)(?:ます|いたします)"
)
RENEWAL_LATER = re.compile(r"後日|別途|次第|予定|お知らせ|場合")  # (「…場合は、改めて…を実施します」: a call promised, if)
SUBJECT = r"(?:件名|Subject)\s{0,2}[:：]"  # a mail's subject field
SUBJECT_LINE = re.compile(rf"^\s{{0,4}}{SUBJECT}", re.IGNORECASE)
SUBJECT_FIELD = re.compile(rf"(?<!\S){SUBJECT}", re.IGNORECASE)  # (anywhere in a mail's head run onto one line)
# 「2026年11月13日  質 問 回 答 書  国立大学法人…」「…実施要領の訂正について ページ番号:204817」: the lines of a head run
# onto one, parted by runs of spaces, a page's number or date after its title
HEAD_GAP = first_characters_guarded(re.compile(r"\s{2,}|\s(?=ページ\s?(?:ID|番号)|(?:最終)?更新日|掲載日|登録日|公開日)"))
PAGE_DATE_LINE = re.compile(
    r"^\s{0,4}(?:最終更新日|更新日|掲載日|登録日|公開日)\s{0,2}[:：]?\s{0,2}(?:令和|平成|\d)"
)  # a page's date
# 「掲載日：令和8年9月14日」「担当課　掲載日:2027年1月15日」: the day a notice was put up, in its head (anywhere on the
# line); not 「更新日」, the day a call's own page was updated in place (the call's schedule, its publication with it)
POSTED_DAY_FIELD = re.compile(r"掲載日\s{0,2}[:：]?\s{0,2}(?=令和|平成|\d)")
# 「※参加申込書の提出期限は変更ありません。」「・参加申込書の提出期限（2月13日）に変更はありません。」: a note of its own
# line under a restated schedule naming the one step that stands
STEP_UNCHANGED_NOTE = re.compile(
    r"^\s{0,4}[・※]?\s{0,2}(?P<step>[^。、\s（(]{2,30}?)\s{0,2}(?:[（(][^（()）]{0,30}[)）])?\s{0,2}(?:は|に)\s{0,2}"
    r"変更(?:は|が)?\s{0,2}(?:ありません|ございません|しません|ない。)"
)  # (a sentence: not a chat's 「・開札日時は変更なし（9月18日（金）午前10時）」 of a call it quotes in full)
NOTE_REACH = 20  # the rows above such a note it may speak of
NOTE_DAY_WORDS = re.compile(r"受付|提出|期限|期日|期間|日時|日程|締切|の")  # (a note's step must name more than these)
NOTE_BUT = re.compile(r"以外|を除")  # 「※企画提案書の提出期限以外の日程に変更はありません。」: the steps but the one it names
HEAD_CHARS = 300  # a notice's head, where its 年度 and document number stand
# 「令和9年1月15日付け…第21号で公告した」「2026年8月3日（月）付けで公告した」: the day the call a later notice speaks of was
# published
CALL_PUBLISHED_ON = re.compile(
    r"日\s{0,2}(?:[（(][月火水木金土日](?:曜日?)?[)）]\s{0,2})?付け?\s{0,2}(?:で|の|にて)?[^。]{0,40}?(?:公告|公示|告示)(?:した|された|しました|いたしました)"
)
SHORT_ITEM = 120  # an item of a schedule is no longer than this
PAGED_ROWS_REACH = 10  # lines (page furniture not counted) between two rows of a table a page break parts, at most
PAGED_CELL_LINES = 3  # lines of the upper row's cells carried over to the next page, at most
# 「本日から企画提案の募集を開始します」: the call opens on the notice's own day
TODAY_OPENS = re.compile(
    r"本日(?:から|より)\s{0,2}[、,]?\s{0,2}(?:(?P<object>[^、。]{1,20}?)の)?(?:募集|公募)(?:の受付)?を?\s{0,2}(?:開始|始め)"
)
# 「公募型プロポーザルを本日9/1(火)から実施します」「企画提案の募集を本日6月1日より開始します」: the call opens on the day
# the sentence writes beside 本日 (the post's or the notice's own day)
TODAY_DATED_OPENS = re.compile(
    r"(?:公募|募集|プロポーザル|企画競争|入札)[^、。\s]{0,6}?を\s{0,2}本日\s{0,2}(?P<day>[^、。\s]{1,16}?)\s{0,2}(?:から|より)"
    r"\s{0,2}(?:実施|開始|受付を開始|募集)"
)
# 「入札説明書の交付方法 本公告の日から研究所ホームページからダウンロードにより交付する」「公示日から本ページにて交付
# します」: the papers handed out from the notice's own day, a line that writes no date
FROM_NOTICE_DAY = re.compile(
    r"(?:公告|公示|告示)(?:の)?日\s{0,2}(?:から|より)\s{0,2}[、,]?[^。]{0,60}?(?P<act>交付|配布|配付|掲載|ダウンロード|公開|公表)"
)
# 「差し替え後の設計図書」「入札品目一覧表(差替え版)」「訂正後の仕様書」「追記後の仕様書」: papers a correction replaces
REPLACED_PAPERS = re.compile(r"差し?替え?(?:後|版)|差替(?:後|版)|(?:訂正|修正|変更|改訂|改正|改定|追記)(?:後|版)")
DAY_STAMP = re.compile(r"発表|公表|掲載|公開|配信")  # 「令和8年1月19日（月）14時00分発表」: a press release's own day
RECEIVED_KEY = re.compile(r"^(?:No\.?\s{0,2}\d{1,3}\.?\s{0,4})?(?:質問)?(?:受付|受領|受理|提出|質問)(?:日|日時|年月日)$")
# 「提出方法により、次のとおりとします。」「以下のとおり。」: the sentence after an item's key that its sub-items go on
ITEMS_FOLLOW = re.compile(r"\s[^\s]{0,30}?(?:次|以下|下記)の?(?:とおり|通り)[^。]{0,10}。?$")
# 「・持参」「郵送の場合」「持参による場合」「窓口へ持参する場合」「電子入札の場合」: a way a paper is handed in, as the key
# of a sub-item of its step (``case``: said as a case, 「…の場合」)
HANDED_BY = re.compile(
    r"[・※]?(?:窓口(?:へ|に)?)?(?:持参|持込み?|郵送|郵便|書留郵便|送付|電子メール|メール|FAX|ファクシミリ|ファックス|電子入札|紙入札"
    r"|電子申請|宅配便?|窓口)(?:等)?(?:による|で|する)?(?:提出|申込み?)?(?:する)?(?P<case>の?場合(?:は)?)?"
)
CORRECTION_WORDS = re.compile(r"訂正|変更|修正|延期|延長")
NEW_CALL_WORDS = re.compile(r"再度|再公告|改めて|不調|不落|中止|取り?止め|取消|取り消")
TIME_CELL = re.compile(rf"\s{{0,24}}\|\s{{0,24}}~?\s{{0,2}}{CLOCK}\s{{0,24}}(?:~|\|)")  # 「| 17:00 |」「| 13:00~17:00 |」
SOURCE_RANK = {"table": 0, "labelled": 1, "context": 2, "listed": 2, "sentence": 3}
HISTORY_YEARS = 2
SCHEDULE_GAP = 366  # days between a schedule's steps at most
DATED_RUN_HOPS = 12  # date lines of a run looked over upwards for the label it opens on, at most
# 「入札公告 次のとおり一般競争入札に付します。」「落札者等の公示 次のとおり落札者等について公示します。」: a notice's title
# and its opening words on a gazette's page, each notice after the one before on the same page
GAZETTE_NOTICE_TITLE = re.compile(r"[^\s。、「」()]{0,16}(?:公告|公示|公表)")
GAZETTE_NOTICE_OPENING = re.compile(r"(?<!\S)(?P<title>[^\s。、「」()]{0,16}(?:公告|公示|公表))\s{1,8}次のとおり")
AWARD_NOTICE_TITLE = re.compile(r"落札|随意契約|結果|契約者|受注者")
STEPS_UNDER_DATE_MAX = 4  # the steps indented under one date line of a schedule, at most
DATE_LINE_MAX = 100  # a line of a date (its weekday, time and an aside) over the step indented under it, at most
CELL_ANNOUNCE_REACH = 400  # the words before a when-key in a joined cell read for the sentence announcing its event
LONG_LINE = 2000  # a line longer than this is a dump: read piece by piece, never as a whole per date
CONTEXT_LINES = 4  # a label on a line above governs a date up to this many lines below
# 「←第1・第2工区共通→」「(両工区共通)」「―全工区共通―」: the lots a date is shared by, between two dates of a row of
# lots, naming no step of its own (the step of the date before goes on)
LOTS_SHARED = re.compile(
    r"^[\s←→―\-(（]*(?:(?:第?\d{1,2}[・、,及び]{0,2}){1,6}|両|全|各)?[^\s\d]{0,4}?(?:共通|とも同じ)[\s←→―\-)）]*$"
)
# 「  by 2027-10-29 (Fri)」「Until 5 March 2027」: the English word of a deadline, all there is before a line's first date
# 「To be posted on this page by」「To be held online on」: a predicate whose subject is the step named on the line above
PREDICATE_LEAD = re.compile(
    r"\s{0,8}(?:[-*•]\s{1,4})?(?i:to\sbe\s[a-z]+(?:ed|en|ld|nt)\b[^.;:]{0,60}?\s(?:by|on|before|until|in))\s{1,4}"
)
# (「From Wednesday, July 1, 2026 to …」「Between Monday, June 8 and …」: the word that opens a window, no step's name;
# 「• Week of 27 September 2027 – Award」「Around 26.02.2027 – Shortlist」: the words that say how near the day is)
DEADLINE_LEAD = re.compile(
    r"\s{0,8}(?:[-*•]\s{1,4})?(?i:by|until|till|no\slater\sthan|not\slater\sthan|prior\sto|on\sor\sbefore|before|from|between"
    r"|(?:the\s)?week\s(?:of|commencing|beginning|starting)|w/c|around|approximately|approx\.|on\sor\sabout|circa)\s{1,4}"
)
CONNECTOR = re.compile(r"^(?:及び|および|又は|または|並びに|ならびに|と|、|,|・|若しくは)$")
ARROW_MARK = re.compile(ARROW)
ARROW_LEAD = re.compile(r"^\s{0,40}" + ARROW)
ARROW_END = re.compile(ARROW + r"\s{0,4}$")  # 「当初：6月8日（火）17時 →」: the old value's line, its new one below
ARROW_END_REACH = 8
# 「|公告|─→|参加表明書の提出|─→|…」: the arrow between two boxes of a flow, no column of the dates under the boxes
FLOW_ARROW_CELL = re.compile(r"[─━―\-=\s]{0,8}(?:" + ARROW + r"|[▶►>])[\s]{0,2}")
# (the marks of a correction are bracketed every way: 「（正）」「【正】」「＜正＞」「〈誤〉」「《誤》」「〔訂正前〕」)
# (a second correction numbers its versions: 「第1回訂正後」 / 「第2回訂正後（今回）」)
# (an English notice: 「Time-limit for tender: (before) 19 February, 2027」 / 「(after) 26 February, 2027」)
# (「当初：1月26日」 / 「変更：2月2日」: 変更 alone marks the new version as 変更後 does)
CORRECTED = re.compile(
    rf"^[(【\[<〈《〔]?(?:第\s?\d{{1,2}}\s?回\s?)?(?:{AFTER_CHANGE}|正|新|変更)(?:\s?\(今回\))?[)】\]>〉》〕]?$"
    r"|^\((?i:after|new|revised|corrected)\)$"
    r"|^(?i:amended|revised|new|corrected)(?:\s(?:date|deadline|schedule|time))?$"  # 「Amended: 19 June 2026」
    # 「Before: 8 January」 / 「After: by 18 January」「Was: …」 / 「Now: …」: the key of the new value, capitalised (no
    # sentence's 「received after」)
    r"|^(?:After|AFTER|Now|NOW)(?:\s{0,2}:)?(?:\s{1,2}(?:by|on|until|at))?$"
)
# 「DATE   TIME*」「日付　時刻」: the heading of a timetable's columns, the last one its steps' times
TIME_COLUMN_HEADING = re.compile(
    r"(?i:\bdates?\s{2,}|\bdates?\t|\bdates?\s?\|\s?)(?i:times?\b)\*{0,2}\s{0,2}\|?\s{0,2}$|(?:日付|日程|期日)[\s|]{1,12}(?:時刻|時間)\s{0,2}\|?\s{0,2}$"
)
CHANGE_COLUMN_HEADING = re.compile(r"変更|訂正|修正|(?i:\b(?:amended|revised|new|original|previous)\b)")
TIME_COLUMN_REACH = 16  # (the rows read up from a row to its table's heading)
DASHES = "-‐―—−–－〃"  # (a dash alone in the new version's cell: unchanged, where the notice is one of a change)
# (「（開催済み）」: the step took place on its old date)
# (「当初 | 変更後」 over 「9月9日 | ―」, the notice saying 「「―」の項目は当初の日程から変更ありません」: a dash or 〃 alone)
UNCHANGED_CELL = re.compile(
    r"^[(（]?(?:変更(?:なし|無し|は?ありません)|同左|従前のとおり|訂正なし|(?:開催|実施)済み?|[" + re.escape(DASHES) + "]"
    # 「| mid-October 2027 | (unchanged) |」「No change」「As before」: an English corrigendum's column of the new dates
    r"|(?i:unchanged|no\s(?:change|amendment)|not\s(?:changed|amended)|as\s(?:before|original(?:ly\sscheduled)?)|same\sas\s(?:before|original)))"
    r"[)）]?$"
)
# 「訂正後　令和8年6月19日（金）正午」「（変更後）7月9日（木）」: the new version's mark heads the date on its line, which
# holds even where the old version gave the same day (a correction of its time or its weekday alone)
# (「正）開札日時　6月25日（金）午前10時30分」: the step's name between the bracketed mark and the date; 「正）～10月13日」:
# the window's 「~」 before its end)
NEW_VERSION_LEAD = re.compile(
    rf"^\s{{0,8}}[(【\[<〈《〔]?(?:{AFTER_CHANGE}|正)"
    r"(?:[)】\]>〉》〕]\s{0,4}[^\s\d()【】:：~]{1,16}\s{1,4}|[)】\]>〉》〕]?\s{0,4}[:：]?\s{0,4})~?\s{0,2}(?:令和|平成|\d|同日)"
)  # (「訂正後　同日　午後5時」: the old version's day, its hour new)
# 「(新) 令和10年1月18日（火）から…」 under 「(旧) …」: the key of the new version in brackets before its date
NEW_KEYED = re.compile(r"^\s{0,8}[(【\[<〈《〔]新[)】\]>〉》〕]\s{0,4}[:：]?\s{0,4}(?:令和|平成|\d)")
# the mark of the old version alone on a line, bracketed or not (its words: ``words``)
OLD_MARK = r"^[(【\[<〈《〔]?\s?(?:{words})\s?[)】\]>〉》〕]?"
# 「（変更前）」「【訂正前】」「(誤)」「旧」 alone on its line: the key of the old version over its value
OLD_MARK_ALONE = re.compile(OLD_MARK.format(words=f"{BEFORE_CHANGE}|誤|旧") + r"\s{0,2}:?$")
# 「当初」「前回」 alone on the line over a date: the version before a change, like 「訂正前」
EARLIER_MARK = re.compile(r"^[(【\[<〈《〔]?(?:当初|前回|従前)(?:の?予定|公告|日程)?[)】\]>〉》〕]?$")
# 「 ̄ ̄ ̄ ̄」 (「￣」 folded), 「____」: a line of underline marks under the words a correction changed
UNDERLINE_ONLY = re.compile(r"^[\s\u0304\u203e\uffe3_＿]+$")
BLOCK_RULE_CHARS = set("─━═=-―—ー－_")  # a line of them alone rules one item of a notice off the next
# 「◇訂正箇所4 …」「1.募集要項 3ページ 「2 指定期間」」: the head of one item of a 正誤表, naming the place corrected
CORRECTED_ITEM_HEAD = re.compile(r"(?:訂正|変更|修正)箇所\s?\d|\d\s?(?:ページ|頁)")  # (not 「1 訂正箇所」, the section)
CORRECTED_REACH = 12  # lines above a 「訂正後」 mark the step it corrects may stand, its older versions between
# 「［訂正前］」「（誤）」「変更前」 alone on its line: the head of the notice's items as they stood, quoted in full (their
# headings and dates) down to the 「［訂正後］」 mark that heads them as they now stand
OLD_VERSION_MARK = re.compile(OLD_MARK.format(words=f"{BEFORE_CHANGE}|誤") + "$")
# 「入札書の提出期限（変更前）」「参加申込書の提出期限　（改定前）」: a step's name keyed as the version a change replaced
# (a column's step under a row keyed 「変更前」 or 「当初」 (「区分｜質問書の提出期限｜…」 over 「当初｜…」 and 「延長後｜…」),
# or the key written after the name), the old value
OLD_VERSION_LABEL = re.compile(rf"[(（]\s?(?:{BEFORE_CHANGE}|改定前|改正前|改訂前|旧|当初)\s?[)）]\s{{0,2}}$")
OLD_VERSION_LABEL_REACH = 12  # characters at a label's end OLD_VERSION_LABEL reads (its longest match: 9)
OLD_VERSION_REACH = 40  # lines a block of the old version runs at most, down to its 「訂正後」 mark
# 「旧」 as the key of the old version (「旧：」「（旧）」「旧日程」「旧 6月5日」), not the first character of a name of what
# was (「会場：旧藤ノ森小学校」「旧庁舎」「旧町役場」): a venue's or a building's former name keeps its step (「新旧対照表」:
# the key; not 「スケジュール新旧対照表(PDF:58KB)」, a file linked from a page, its kind and size after its name)
OLD_NOT_A_NAME = (
    r"(?:(?<=新旧)(?!対照表\s?\(\s?(?i:pdf|word|excel|docx?|xlsx?)\b)|(?=日程|期限|日時|日付|締切|予定|スケジュール)"
    r"|(?![\u3005\u4e00-\u9fff\u30a0-\u30ff]))"
)
# 「中断前の日程」「中止前に提出された参加申込書（受付期限 8月8日）」: a date as it stood before the call was suspended or
# called off, in a notice that resumes it (the resumed schedule's dates are given as new; not 「中止前日」, a day)
SUSPENDED_WORDS = r"中断|停止|休止"  # a call's suspension (not 中止: a call called off)
SUSPENDED_BEFORE = rf"(?:中止|{SUSPENDED_WORDS})前(?!日)"
# 「令和9年9月17日(金)から公募手続を一時中断しておりました」「…から手続を停止しています」: the day a call was suspended, told
# in the notice that resumes it (no step; 「10月1日から、停止していた募集要項の配布を再開します」: the comma sets the day to
# the resuming, the suspension a clause naming what resumes); 「7月9日(金)をもって配布を一時停止します」: the day a notice
# that puts a call off suspends it, the same (a step's day stops with it, none to come)
SUSPENDED_FROM_AFTER = re.compile(
    r"^\s{0,2}\)?\s{0,2}(?:から|より|をもって|をもちまして)\s{0,2}(?:[、,](?![^。、]{0,40}?再開))?[^。、]{0,16}?(?:一時)?(?:"
    + SUSPENDED_WORDS
    + r")\s{0,2}"
    r"(?:し|いたし|となっ|され)"
)
SUPERSEDED = first_characters_guarded(
    re.compile(
        rf"{BEFORE_CHANGE}|{SUSPENDED_BEFORE}|[(<〈《〔【\[]\s?誤\s?[)>〉》〕】\]]|誤\)|(?:^|\s)誤\s?(?:\s|$|[:：])|旧{OLD_NOT_A_NAME}"
        r"|\(\s?(?i:before|original|old|previous)(?:\s(?:change|correction|amendment))?\s?\)"  # 「(before) 5:00 p.m., …」
        # 「Original:  12:00 noon JST, Friday, 12 June 2026」 over 「Amended: …」: an English amendment's key of the old date
        r"|^\s{0,8}(?i:original|previous|old|initial)(?:\s(?:date|deadline|schedule|time))?\s{0,2}:\s{0,4}$"
        # 「× 参加申請書 7/13(月)17時まで」 over 「○ 参加申請書 7/14(火)17時まで」: a chat's correction, the cross on the old line
        r"|^\s{0,4}[×✕✖✗]\s"
    )
)  # 「誤 令和6年8月28日」: 誤 as a word
# 「(before) 2:00 p.m., 24 February, 2027」「（変更前）7月9日」「（当初）」: a cell that opens with the mark of the old date alone
OLD_CELL_MARK = re.compile(
    rf"[(【\[<〈《〔]\s?(?:{BEFORE_CHANGE}|誤|旧|当初|(?i:before|original|old|previous)(?:\s(?:change|correction|amendment))?)\s?[)】\]>〉》〕]\s{{0,4}}:?"
)
# 「当初2/12(金)→1/22回答で延長。」「変更前 7月9日 → 7月16日」 in a remark's cell: the cell opens with the old value's
# mark unbracketed, an arrow after the date to what moved it or to the new one (a tracker's 備考 telling a deadline moved)
OLD_CELL_WORD = re.compile(rf"^(?:{BEFORE_CHANGE}|当初|従前)(?:の?(?:予定|期限|期日|日程))?\s{{0,2}}[:：]?$")
OLD_CELL_ARROW_AFTER = re.compile(r"[^\s→⇒➡⇨➔]{0,12}?\s{0,2}" + ARROW)  # (「(金) 17:00 →」: the date's rest, then the arrow)
# a column of the dates that no longer hold: 「訂正前」「変更前」, an earlier round 「(参考)前回」「当初」「第1回」
SUPERSEDED_COLUMN = re.compile(
    rf"{BEFORE_CHANGE}|{SUSPENDED_BEFORE}|誤|旧|前回|当初|従前|初回公告|参考|(?i:\b(?:original|old|before|previous(?:ly)?|initial)\b)"
)
# 「Step | Call (2 March 2026) | Now」「Step | Notice | Revised」: a change table's column of the dates the call itself
# set, named by the paper (its old version where a later column is the version in force)
CALL_COLUMN = re.compile(
    r"(?i:(?:the\s)?(?:call|notice|invitation|ITB|ITT|RFP|RFQ|tender\snotice|announcement)(?:\s\([^()]{1,30}\))?)"
)
# 「No.｜該当箇所｜質問｜回答」: a table of the questions asked and their answers (a 質問回答書), its cells the text of both
# 「Q11 見積書の提出期限の当日に…」「問3 …」「Ｑ２．…」: a question of an FAQ opening its line, numbered
FAQ_QUESTION = re.compile(r"(?:Q|Ｑ|問)\s{0,2}[\d０-９]{1,3}(?![\d０-９/月年.．:：])(?:\s|[.．、:：)）])")
QA_QUESTION_COLUMN = re.compile(r"^(?:ご?質問|質疑)(?:内容|事項|要旨|の内容)?$")
QA_ANSWER_COLUMN = re.compile(r"^回答(?:内容|事項|要旨)?$")
# 「なお、本回答により日程の変更はありません。」「この回答による日程の変更はありません」: a sheet of answers that moves no day
ANSWERS_CHANGE_NO_DATES = re.compile(
    r"(?:本|この|今回の)回答(?:により|による|に伴う|で)\S{0,4}日程\S{0,4}変更は(?:あり|ござい)ません"
)
# 「番号 | 該当箇所（頁・項目） | 質問内容」: a question form's column of the place in the papers a question is about
QA_PLACE_COLUMN = re.compile(r"^(?:該当|対象|質問)(?:箇所|個所|頁|ページ|項目)")
DETAIL_KEY_LINE = re.compile(
    r"^(?:規定|根拠|備考|方法|場所|会場|提出先|提出方法|算定方法|起算|留意事項|注意)\s{0,4}[:\s]\s{0,8}\S"
)
TABLE_APART_CELLS = 3  # cells more or fewer than the row over a blank line that make a row a new table's first
BOX_ROWS_REACH = 12  # lines above a row a box table's rows are looked for at most (its rule, the blank lines of a wrapped cell)
NOTES_COLUMN = re.compile(r"(?:備考|メモ|摘要|注記|注意事項|コメント|補足|特記事項)(?:欄)?")  # a table's column of remarks
# 「最終更新」「作成日時」「完了日時」「登録日」「Updated」: a sheet's or a board's record of when its row was written,
# changed or done (the team's bookkeeping), no step of the call in any row
RECORD_COLUMN = re.compile(
    r"(?:最終)?(?:更新|作成|登録|起票|入力|記入|完了)(?:日時|日付|日|時刻|者)?|最終更新|タイムスタンプ"
    r"|(?i:(?:last\s?)?(?:updated|modified|created|completed)(?:\s?(?:at|on|date|time))?|timestamp)"
)
RECORD_COLUMN_EN_MAX = 20  # characters of such a column's English name (「Last Modified」「Completed At」), at most
# 「更新者」「変更者」「Updated by」 beside 「内容」「変更内容」「Changes」: a sheet's or a document's log of its own edits (who
# changed what, on which day: 変更履歴, 改訂履歴, a revision history), each row's date the day of an edit, no step of the call
EDITOR_COLUMN = re.compile(
    r"(?:更新|変更|修正|編集|改訂|改定|追記)(?:者|担当者?)|(?i:(?:updated|changed|modified|edited|revised)\s?by|editor)"
)
EDIT_CONTENT_COLUMN = re.compile(
    r"(?:(?:更新|変更|修正|編集|改訂|改定|追記)(?:の)?)?(?:内容|箇所|点|概要)|(?i:changes?|description|summary|details?|what\s?changed)"
)
EDIT_COLUMN_MAX = 16  # characters of such a column's name


def edit_log(header: list) -> bool:
    """A table whose columns name who edited and what changed (「日付 | 更新者 | 内容」「Date | Updated by | Changes」)."""
    names = [L.unspaced(name).strip() for name in header if name and len(name) <= EDIT_COLUMN_MAX]
    return any(EDITOR_COLUMN.fullmatch(n) for n in names) and any(EDIT_CONTENT_COLUMN.fullmatch(n) for n in names)


# 「ステータス」「進捗」「Status」 beside a list of calls (a Notion database, a sheet, a board): where the team stands with each
# (「資格確認申請済」「提案準備中」「検討中」), no step of its row, nor the name of its dates
STATUS_COLUMN = re.compile(r"ステータス|状態|進捗(?:状況)?|対応状況|(?i:status)")
# 「Published: 2 June 2027」 over 「Last updated: 5 June 2027」: a web page's own dates (as its 公開日 and 更新日), not the
# notice's 「Published:」 key
EN_PUBLISHED_KEY = re.compile(r"(?:Date\s(?:of\s)?)?Publi(?:shed|cation)(?:\s[Dd]ate)?")
# 「Issued: Tuesday, August 25, 2026」「Issue date: 1 July 2026」: the day a document is issued, keyed in its head
EN_ISSUED_KEY = re.compile(r"(?i:(?:date\s)?issued|issue\sdate)")
# 「ADDENDUM No. 1 - Answers to Questions」「CLARIFICATIONS No. 2」「Corrigendum No. 3」: a head of a paper that adds to a call,
# no call itself: numbered, or in capitals at a line's start (not the words of a call's own text: 「Requests for
# clarification may be sent by e-mail」「2. Clarifications and amendments」「Deadline for clarifications:」)
EN_ADDED_PAPER_HEAD = re.compile(
    r"(?i:\b(?:amendment|corrigendum|addendum|clarifications?)\s(?:no\.|\#)\s?(?:\d|$))"
    r"|(?:^\s*|(?<=\s\s))(?:AMENDMENT|CORRIGENDUM|ADDENDUM|CLARIFICATIONS?|ANSWERS\sTO\sQUESTIONS)\b"
)
EN_UPDATED_KEY = re.compile(r"(?i:\b(?:last\s)?(?:updated|modified)(?:\s(?:on|date))?\s{0,2}:)")
# 「公告は令和8年10月2日付けで、」「公告日は令和8年6月1日付、市HPに掲載」: the day the call's notice is dated, its day of
# publication (no law's date)
PUBLISHED_DATED = re.compile(r"(?:公告|公示)(?:日)?\s{0,2}[はが:]\s{0,2}$")
# 「社内期限」「当社予定」「自社締切」: a sheet's column of the bid team's own days beside the issuer's, no step's day
# (「チーム期限」 too, the word without its 内; not 庁内, as first written)
# (「JV内の締切（代表者＝当社へ）」: inside a joint venture, its lead firm's deadlines for its partners; a bracket after the
# name says to whom)
TEAM_COLUMN = re.compile(
    rf"(?:{words_pattern(FIRM_WORDS + TEAM_WORDS, leaving=('庁内',))}|チーム|(?:JV|共同企業体|コンソーシアム|グループ)内)"
    r"[^\s()]{0,6}(?:\s{0,2}\([^()]{0,16}\))?"
)
TEAM_COLUMN_MAX = 12  # characters of such a column's name, its bracket aside
# 「カードID | カード名 | 説明 | 期限 | ラベル | 担当」: a task board's export, each row a card of the team's work; its
# 「期限」 is when the card is due (the team's own day), the call's days are in the card's text
BOARD_DUE_COLUMN = re.compile(r"期限(?:日|日時)?|期日|(?i:due(?:\s?(?:date|on))?)")
# 「受付 2026. 6. 1」 beside 「(有)北斗板金工業 工事部」: the stamp a company puts on a paper it received (a fax, a
# notice handed over), the day it came in; no step of the call
RECEIVED_KEYS = ("受付", "受付印", "受領", "収受", "受信")
COMPANY_NAME = re.compile(r"\((?:有|株|合)\)|株式会社|有限会社|合同会社")
RECEIVED_STAMP_MAX = 40  # a stamp's line, this long at most without its margin
# 「ＦＡＸ：000 0000 0000      P.003 SEP-14-2026 MON 10:35」: the line a fax machine prints atop each page it sends (its
# number, its page); a receiving key and a date beside it is the stamp of the day the fax came in
FAX_PAGE_LINE = re.compile(r"(?:FAX|ＦＡＸ|ﾌｧｸｼﾐﾘ|ファクシミリ)\W.{0,80}\bP\s?\.\s?\d{1,3}\b", re.IGNORECASE)
STAMP_REST = re.compile(r"[\s│|┃]*")  # what a stamp's date has after it: its box's edge (no 「午後5時まで」 of a window)
# … and a paper's own stamps on a line of their own: 「作成:2021/08/04」「改訂:2021/08/11 Rev.2」「印刷日時 2021/08/11 18:06」
RECORD_KEY = re.compile(rf"{RECORD_COLUMN.pattern}|(?:改訂|改版|印刷|出力)(?:日時|日付|日)?")
# 「。 -4- 」: a page's last sentence, its number after it, the next page's words run on (a text put back in lines)
PAGE_END_INSIDE = re.compile(r"。\s{0,4}" + PAGE_MARK_BODY + r"\s\S")
# 「令和10年4月25日(火) までに県ホームページに掲載」: the words of a date's cell after a space go on with the date (a
# news list's headline after its day, 「令和9年4月1日 様式を更新しました」, does not)
DATE_GOES_ON = re.compile(r"\s{1,8}(?:まで|から|より|以降|以内|頃|ごろ|の?うち|[~～〜(（])")
# 「実施予定日」「主な日程」: a column's name of the dates after words that name no step (not 「提出期限」「説明会日時」)
WHEN_COLUMN_NAMED = re.compile(r"(?P<words>[^\s\d]{1,6}?)" + L.WHEN_COLUMN.pattern)


EN_NOTES_COLUMN = re.compile(r"(?i:notes?|remarks?|comments?|memo)")


def remark_column(name: str) -> bool:
    """A table's column of remarks, named in Japanese (「備考」) or English (「Notes」)."""
    name = L.unspaced(name).strip()
    return bool(NOTES_COLUMN.fullmatch(name) or EN_NOTES_COLUMN.fullmatch(name))


def when_column(text: str) -> bool:
    """The name of a column of dates: 「日程」「日時・場所」, or such a name after words that name no step."""
    if L.WHEN_COLUMN.fullmatch(text):
        return True
    named = WHEN_COLUMN_NAMED.fullmatch(text) if len(text) <= FIELD_KEY_MAX else None
    return bool(named) and not L.kind_of(named["words"])


# 「… 最終更新    」 right before a date: a field's key, set apart from its value by spaces (a page's fields run together)
FIELD_KEY_BEFORE = re.compile(r"\s(?P<key>[^\s:：]{2,12})[:：]?\s{2,8}$")
# 「締切日時　2026/10/09 17:00（参加表明書）」 over 「　　　　　　2026/10/30 17:00（企画提案書）」, 「開札・審査　2026/11/10 10:00
# （開札）」: a portal's field of several steps, its date's bracket closing the value naming the paper due or the step held
# (a paper's or a step's name: no note 「（時間は別途通知する。）」「（受付 13:30～）」)
STEP_BRACKET_AFTER = re.compile(r"\s{0,2}\(\s{0,2}(?P<step>[^()\d。、はをにがで]{1,24}?)\s{0,2}\)\s{0,8}$")
FIELD_KEY_REACH = 24  # the characters before a date its field's key is looked for in
# a column of one version of the whole schedule (「今回(再度公告)」「変更後」「訂正後」「新」): not a step's name
VERSION_COLUMN = re.compile(
    rf"今回|{AFTER_CHANGE}|正\)|^正$|^新$|新日程|現在|(?i:\b(?:revised|new|amended|corrected|after|now|current)\b)"
)
# 「前回の開札 7月3日」「審査 当初 9月15日」: the date of an earlier round or of the plan before a change
EARLIER = re.compile(
    r"(?:^|[\s、。()※])(?:当初|前回)(?!の?(?:公告|公示|告示|予定|日程|発表)?の?(?:とおり|通り|どおり))[^、。]{0,16}$"
)  # (「当初公告のとおり1月29日に通知します」: the date as it stood, kept; 「※当初募集では10月の議会に…予定でしたが」: a note's)
# 「企画提案書提出締切 ★変更（当初 12月10日）」 in the cell beside the new date: the old date, in its bracket
OLD_IN_BRACKET = re.compile(rf"\([^()]{{0,8}}?(?:当初|前回|{BEFORE_CHANGE})[^()]{{0,6}}$")
# 「第1期の時は議決が遅れて本契約が1月にずれ込んだ」「前回の際は」: a remark on an earlier round of the same work
PAST_ROUND_TOLD = re.compile(r"(?:第\s?\d{1,2}\s?期|前期|前回|前年度|昨年度)\s?の\s?(?:時|とき|際)[^、。]{0,16}$")
# 「次回の受付は令和10年6月の予定です」「次回募集は来年4月」: the next round of an intake that recurs (a roll of bidders
# opened each year, a call made every term), told in passing; no step of the call at hand
NEXT_ROUND_TOLD = re.compile(r"次回\s?の?\s?(?:追加)?(?:受付|受け付け|募集|登録|申請受付)(?:期間|時期|予定)?\s?[はもを]?\s{0,2}$")
# 「1回目延長 6月25日」「1回目の延長後の期限（6月25日）」: the first change's version, where the text tells of a later one
EARLIER_ROUND = re.compile(
    r"(?:^|[^\d])(?:1|一)\s?回目\s?の?\s?(?:延長|延期|変更|訂正|修正)|第\s?1\s?回\s?の?(?:延長|延期|変更|訂正|修正)"
)
LATER_ROUND = re.compile(
    r"再(?:延長|延期|変更|訂正|修正)|(?:2|二|3|三)\s?回目\s?の?\s?(?:延長|延期|変更|訂正|修正)|第\s?[23]\s?回\s?の?(?:延長|延期|変更|訂正|修正)"
)
# 「訂正前（第1回訂正後） 3月10日」: the bracket names which version the old date was, no step
VERSION_BRACKET = re.compile(rf"\((?:第\s?\d{{1,2}}\s?回\s?(?:目\s?)?の?)?(?:{AFTER_CHANGE}|当初|訂正|変更)[^()]{{0,6}}\)")
EMPTY_BRACKETS = re.compile(r"[(【\[]\s{0,4}[)】\]]")
# 「入札書提出期限（変更後）」「開札日時(訂正後)」 atop a column: the step's name, marked as its new version's column
# (「変更後の開札日時」「【延期後】入札書提出期限」: the mark before it)
STEP_COLUMN_AFTER = re.compile(
    rf"(?<=[^\s()【】\[\]])\s?[(【\[](?:{AFTER_CHANGE})[)】\]]$|^[(【\[]?(?:{AFTER_CHANGE})(?:[)】\]]\s?|の)(?=[^\s()【】\[\]])"
)
# 「※当初の提出期限(2026年10月2日(金)17時00分)から1週間延長します。」: the date a step was moved from, named as it was
MOVED_FROM_BEFORE = re.compile(r"(?:当初|従前|変更前|元)の?[^、。()]{0,16}\($")
MOVED_WORDS = r"延長|延期|変更|繰り下げ|繰下げ|繰り上げ|繰上げ"  # what a step's date is moved by
MOVED_FROM_AFTER = re.compile(rf"^\s{{0,2}}\)\s{{0,2}}から[^。]{{0,12}}?(?:{MOVED_WORDS})")
# 「プレゼンテーション審査の日を3月5日(金)から変更しました」「提出期限を7月31日から1週間延長します」: the step's object
# (``OBJECT_BEFORE``) moved away from the date, its new day told elsewhere or by a count of days; the date the old one
# (「4月1日から変更後の要領を適用」「7月1日から受付を変更します」: a day the change starts from, its object after it;
# 「…の日程を10月1日から変更する場合は、…お知らせします」「…延長することがあります」: a move that may come, the day holds)
MOVED_AWAY_AFTER = re.compile(
    rf"^\s{{0,2}}から\s{{0,2}}(?:\d{{1,2}}\s{{0,2}}(?:日|週間|か月|ヶ月|カ月)間?\s{{0,2}})?(?:{MOVED_WORDS})(?:し|する|いた|され|ま|て|とな|にな)"
    r"(?![^。、]{0,8}?(?:場合|ことが(?:あ|でき)|ことも|可能性|おそれ|恐れ))"
)
# 「Time-limit for tender: for "5:00 p.m., 18 January, 2027" read "5:00 p.m., 25 January, 2027"」: an English
# corrigendum's formula, the quoted words after 「for」 the old date, those after 「read」 the new
EN_FOR_QUOTED = re.compile(r"(?i:\bfor)\s{0,2}[\"“][^\"“”]{0,24}$")
EN_READ_BEFORE = re.compile(r"[\"”]\s{0,2}(?i:(?:should\s|shall\s)?read)\s{1,2}[\"“][^\"“”]{0,24}$")
EN_QUOTED_REACH = 48  # characters before a date these two match within, at most (each ends where the date starts)
EN_READ_AFTER = re.compile(r"^[^\"“”]{0,4}[\"”]\s{0,2}(?i:(?:should\s|shall\s)?read)\s")
# 「(参考) … 4(2)の質問の受付期限(令和8年7月15日(水)午後5時)は訂正しない。」: a note of a correction that a step's
# date stays in force, read even under a heading of notes for reference
NOT_CORRECTED = re.compile(r"\)?\s{0,2}(?:は|も)\s{0,2}(?:訂正|変更|修正)しない")
KANJI_SPACED = re.compile(r"(?:当|前|変|訂|修|延)\s{1,6}[一-龥]")  # the first letters of a spread-out 「当　初」「変 更 前」
LETTER_TOP = 3  # lines from the top of a text its letter's own date may stand on, blank lines above it
EARLIER_ITEM_MAX = 40  # characters of an item's line 「（1）当初の提出期限」 over its date, at most
EARLIER_WORD = re.compile(r"(?:当初|前回)(?:の|予定)?\s{0,8}$")
# 「第1版では「2026年1月15日(木)」としていたが、…延期した」「…は7月3日となっておりましたが」: what a date had been, told
# in a note of the change (an edition's history, a correction's reason); the date in force is given elsewhere
HAD_BEEN = r"\s{0,2}(?:と|で)\s{0,2}(?:して|なって)\s{0,2}(?:い|おり)(?:た(?!だ)|まし)"  # (not 「…としていただきますよう」)
HAD_BEEN_AFTER = re.compile(rf"^\s{{0,2}}(?:までに?)?[」』)]?{HAD_BEEN}")  # (「9月25日正午までとしていた提出期限を」)
# 「訂正前は「6月17日（水）までに電子メールにより通知する。」としていたが」: the same, the date opening a quoted passage
HAD_BEEN_QUOTED = re.compile(rf"^[^「」『』\n]{{0,80}}[」』]{HAD_BEEN}")
# 「審査結果の確認 | 2025/11/28(金) | 要領上は「11月下旬」」「審査結果通知 予定(リマインド用。要項では「3月中旬」)」: a bid
# team's entry put on a day of its own choosing, its words quoting the part of a month the call's papers give for the
# step; the quoted period is the step's, the entry's day only stands in for it
PAPERS_QUOTED = re.compile(
    r"(?:要領|要項|説明書|公告|公示|仕様書)\s{0,2}(?:上|で|に)?\s{0,2}(?:は|では|だと|によると|より)\s{0,2}[「『](?P<day>[^「」『』]{2,30})[」』]"
)
PAPERS_QUOTED_HINT = ("要領", "要項", "説明書", "公告", "公示", "仕様書")
PAPERS_QUOTED_LINE_MAX = 200  # an entry's line or a row, this long at most (no text run together)
# 「契約締結日から」「契約の翌日~」, also before a glossed end 「契約締結日から年度末(3月31日)まで」: the work's period
CONTRACT_DAY = r"(?:契約締結|締結|契約)(?:の)?(?:日|翌日)(?:の翌日)?"  # 「契約締結日」「契約の翌日」「締結日の翌日」
CONTRACT_START = re.compile(
    CONTRACT_DAY + r"\s{0,8}(?:」)?\s{0,8}(?:から|~|-)\s{0,8}(?:[^\s、。()\d]{1,8}\()?\s{0,2}"
    r"(?:来年|翌年|本年|今年|同年|(?:令和|平成)\s{0,2}\d{0,2})?\s{0,2}$"  # 「契約締結日から来年3月31日まで」
)
# 「業務期間 | 契約締結日 | 2027/3/19」「(参考)構築期間 | 契約締結日 | | 2029/3/31」: a sheet's row of a period under columns
# of its start and end, the contract's day standing as the start: the date in the end's cell is the period's end, no step
CONTRACT_START_CELL = re.compile(CONTRACT_DAY)
PERIOD_END_CELL = re.compile(
    r"^\s{0,4}(?:\d{4}|(?:令和|平成)\s{0,2}(?:\d{1,2}|元))\s{0,2}[/年.]\s{0,2}\d{1,2}\s{0,2}[/月.]\s{0,2}\d{1,2}"
)
# 「From the day following the date of conclusion of the contract to March 19, 2027」「From the day the contract is
# signed until 31 March 2027」: the English 「契約締結日から…まで」, the work's period running from the signing to the day
# (not 「from the date of publication of this contract notice until 12 May 2027」: the call's paper named, a step's window)
CONTRACT_START_EN = re.compile(
    r"(?i)\bfrom\s{1,4}the\s{1,4}(?:day|date)\b[^.;:\n]{0,60}?\bcontract\b(?!\s{1,4}(?:award\s{1,4})?(?:notice|documents?)\b)"
    r"[^.;:\n]{0,24}?\s(?:to|until|till|through)\s{1,4}$"
    # 「The awarded contract will run from the date of conclusion to」: the contract named first, its term from its signing
    r"|\bcontract\b[^.;:\n]{0,40}?\bfrom\s{1,4}the\s{1,4}(?:day|date)\s{1,4}of\s{1,4}(?:its\s{1,4}|the\s{1,4})?"
    r"(?:conclusion|signature|signing|execution)\b[^.;:\n]{0,24}?\s(?:to|until|till|through)\s{1,4}$"
)
NAMED_AS_BEFORE = re.compile(r"(?:期限|期日|締切り?|日時|日)\s{0,2}である\s{0,2}$")
SIGNING_ALONE = re.compile(r"(?:本|仮)?(?:契約|協定)(?:の?締結)?(?:予定)?")  # 「契約」「契約締結」: no 契約期間
OPEN_END = re.compile(r"^\s{0,8}(?:\(予定\))?\s{0,4}(?:以降|~\s{0,4}$)")
PERIOD_AFTER = re.compile(r"\s{0,8}(?:\(予定\))?\s{0,8}(?:から|以降|~\s{0,8}$)(?!\s{0,8}\d)")
# 「2026年12月18日(金)に公示いたしました標記企画競争につきまして、…延長いたします」: in a notice of a change, the day the
# call it changes was published (past, the notice's subject), no step to come
# (「令和7年4月7日に公表し、4月14日に一部を訂正した「実施要領」について」: the same, the sentence going on)
CHANGED_CALL_CITED_AFTER = re.compile(
    r"^\s{0,4}(?:に|で)\s{0,2}(?:(?:公告|公示|告示|公表)(?:いたしました|しました|した|された|し\s{0,2}[、,])"
    r"|[^。、「」]{0,8}?を\s{0,2}(?:訂正|修正|変更)(?:した|された)\s{0,2}[「『])"
)  # (「4月14日に一部を訂正した「実施要領」」: an earlier change of the call named, in the same breath)


def changed_call_cited(head: str, tail: str) -> bool:
    """「…に公告した」「…に公表し、…に一部を訂正した「要領」」 after a date: the call a change notice changes, cited; not
    「入札結果は7月1日に公表し、契約は…」, a step to come, its topic named before the date."""
    match = CHANGED_CALL_CITED_AFTER.match(tail)
    if match is None or not match.group().rstrip().endswith(("、", ",")):
        return match is not None
    return not L.kind_of(L.clean_label(CLAUSE_MARK.split(head.rsplit("。", 1)[-1])[-1]))


# 「先にご案内した令和8年10月6日(火)午後1時30分からのヒアリングについて、…次のとおり変更」「先日お知らせいたしました
# 7月3日の説明会は」「As previously announced, …」: the day a mail or notice told of before, the plan it now changes or
# recalls, no step of its own (the new day is given after it)
EARLIER_TOLD_BEFORE = re.compile(
    r"(?:先に|先日|さきに|既に|すでに|前回|当初)\s{0,2}(?:ご|御|お)?(?:案内|知らせ|連絡|通知|周知|お伝え|伝え)"
    r"\s{0,2}(?:いたしました|致しました|しました|した|申し上げました|申し上げた|済みの|済の|の)\s{0,2}$"
)
# 「業務期間:契約締結日から令和11年3月30日まで(うち構築は令和10年3月31日まで)」「履行期間 … 。このうち運用期間は…」:
# a part of the work's period named after it, its end no step (not 「(うち質問は…)」, a step's own day); the bracket read
# from the period's words, or from the date before it (「~令和11年3月31日(うち導入作業:…」)
PERIOD_PART_BEFORE = re.compile(
    r"(?:(?:期間|から|~|まで)[^。]{0,60}?|^\s{0,2})(?:^|[(、。\s])(?:この|その)?うち\s{0,2}(?P<part>[^()、。\s\d]{1,20}?)"
    r"\s{0,2}(?:期間)?\s{0,2}(?:は|が|を|:)?\s{0,2}$"
)
# 「既に公表した質問への回答（令和8年5月22日公表）」: a step the words before its date say is done, its day in the bracket
# after its name (not 「既に参加表明書を提出した者の技術提案書の提出期限 7月1日」: the paper they handed in names whom a
# later step is for, and the date is that step's)
DONE_BEFORE = re.compile(r"(?:既に|すでに)[^\s、。]{0,10}?(?:した|された)(?:(?!者|期限|期日|締切|日時)[^、。]){0,20}?\(\s{0,2}$")
# 「2027年8月16日付けで公示した標記企画競争について、…業務を9月16日(木)午後から…」: words of the date before (the call
# a change notice cites), no label of a later date in the sentence
CITED_CALL_LABEL = re.compile(r"^付け?\s{0,2}(?:で|の|にて)?[^。、]{0,40}?(?:公告|公示|告示|公表)(?:した|された|しました)")


# A date that describes something else: a survey's month, a sample form, a contract that runs out.
# 「令和8年7月3日に公告しました「…」について」: the earlier notice an amendment refers to
ATTRIBUTE_AFTER = re.compile(
    r"^\s{0,8}(?:\(予定\))?\s{0,8}(?:実施\)|作成|現在|時点|設置\)|発足\)|(?:訂正|修正|改訂|変更)?版|改[定訂正]|施行|発行|付け?\b|\(?記入例|\(?記載例|で(?:満了|終了|終わ)|をもって[^。、]{0,12}?(?:満了|終了)|まで有効"
    r"|(?:に|で)(?:公告|公示|告示)(?:しました|した|された)\s{0,4}「"
    # 「6月12日にお知らせした開札の延期について」「10月2日にご案内いたしました…につきまして」: an earlier notice or mail
    r"|(?:に|で)\s{0,2}(?:お知らせ|ご案内|御案内|ご連絡|御連絡|お送り)(?:した|しました|いたしました|申し上げた|申し上げました)"
    # 「6月12日(月)に行った…確認結果の通知も有効とする」: a step already done, named as such
    r"|に\s{0,2}(?:行っ|実施し|通知し|公表し|開催し)た(?!\s{0,2}(?:場合|とき|後))"
    # 「10/1(金)に公開しました質問回答」「9/24(金)までにご提出いただいた参加申込書は引き続き有効」: a step a letter says is done
    # (not 「1月8日に公表しました「…実施要領」に基づき」: the call's papers put out, its publication)
    r"|に\s{0,2}(?:公開|送付|回答)(?:しました|いたしました)(?!\s{0,2}[「『])"
    r"|までに\s{0,2}(?:ご|御)?(?:提出|申込み?|申し込み)\s{0,2}(?:いただいた|いただきました|頂いた|頂きました)"
    r"|[^()。]{0,6}\)\s{0,4}[(\[]\s{0,2}(?i:pdf|word|excel|xlsx?|docx?|zip|csv)\b"  # 「入札公告(令和4年12月16日)(PDF:356KB)」: a file's
    r"|(?:更新|改訂|追記|差し?替え?|修正)\s{0,2}(?:[】\]:)]|$)|掲載\s{0,2}[】\]]"  # 「【2027年4月20日更新】…を掲載しました」「…日追記:」: an update stamp
    # (「※令和8年10月5日修正」 closing a revised line or cell: the stamp of the revision)
    r"|差し?替え?\s{0,2}(?:\)|$))"  # 「様式集.xlsx ※2023/05/18差替」: the day a file was replaced
)
# 「※6月5日修正」 closing a row (or 「【6月5日更新】」): the day the row was revised, no step (the items listed on the
# lines below belong to their own dates, not to it)
REVISION_STAMP_AFTER = re.compile(r"^\s{0,2}(?:更新|改訂|追記|差し?替え?|修正|訂正|変更)\s{0,2}(?:[】\]:)]|$)")
# 「2022年10月14日 …質問の受付方法を追記しました。」「様式3を差し替えました」: an edit of the page or its papers, no step
# (「【重要】2027年9月16日 参加申込書の提出期限を延長しました」: the day a change was made known, its new date elsewhere)
# (「7月28日 説明会の申込状況を踏まえ、オンライン説明会の定員を50名に拡大しました」)
EDITED_AFTER = re.compile(
    r"^[^。]{0,80}?を\s{0,2}(?:[^。、を]{0,12}?(?:に|へ)\s{0,2})?(?:追記|追加|差し替え|差替え|差替|修正|更新|延長|変更|訂正|拡大|縮小|削除)(?:しました|いたしました)"
)
# 「応募書類の提出：11月13日17時まで【締切を延長しました（旧：…）】」: a step's new date, the note of its change in a
# bracket after it (not the day of an edit)
NOTE_BRACKET_AFTER = re.compile(r"^\s{0,2}(?:まで|必着|締切)?\s{0,2}[【\[(]")
# 「ヒアリング時間割（PDF）（令和10年6月23日掲載）」: the day a linked file was put up, no step — unless the bracket
# follows a sentence about getting the documents (「…ダウンロードしてください(2027年3月3日(水)9:00掲載)」)
# 「【重要】入札日程の変更について(令和3年2月16日)」: the day of a notice's title (its announcement), no step's
# (「【重要】参加申込書の提出期限を延長しました（2027年9月16日）」: the day of the change's announcement)
TITLE_DATED = re.compile(
    r"(?:について|お知らせ|(?:追記|追加|差し?替え?|修正|更新|延長|変更|訂正)(?:しました|いたしました|します)。?)\s{0,2}\(\s{0,4}$"
)
TITLE_DATE_AFTER = re.compile(r"^\s{0,4}(?:付け?|掲載|更新|公表|発表)?\s{0,2}\)")
POSTED_AFTER = re.compile(r"^\s{0,8}(?:\(予定\))?\s{0,8}掲載(?:予定)?\s{0,2}\)")
# 「2027年6月1日 掲載 ／ 2027年6月25日 更新」: a page's own stamps under its title
# (「2026.01.09　お知らせ　入札・契約」: a post's date and its categories)
PAGE_STAMP_AFTER = re.compile(
    r"^\s{0,4}(?:(?:掲載|更新)\s{0,4}(?:[/|]|$)|(?:お知らせ|新着情報|トピックス|ニュース|報道発表|プレスリリース"
    r"|入札・契約(?:情報)?|入札契約情報|入札情報|契約情報)(?:\s|$))"
)
# 「2027.01.15　企画政策課」 under a news post's title: the day it was posted and the section that posted it, alone on the
# line (not 「2月26日（木）10時30分　本学事務局棟2階第3会議室」: an event's hour and its room)
POSTING_SECTION_AFTER = re.compile(r"^\s{1,4}[^\s、。()（）:：]{1,16}(?:課|係|担当|(?<![議会])室)\s{0,4}$")
# 「入札・契約の新着情報」「■新着情報」「更新情報」: the heading of a page's list of news posts, one a line with its date
# (「新着案件」: a portal's list of its other new calls beside the call, each a day and a call's name)
NEWS_HEADING = re.compile(r"(?:新着情報|新着案件)\s{0,2}(?:一覧)?\s{0,2}[】\]]?\s{0,2}$")
NEWS_HEADING_MAX = 30
# 「新着情報   2027.04.12 企画提案の募集について  2027.03.30 …」: the heading and its posts on one line (a page's HTML)
NEWS_RUN = re.compile(r"^\s{0,8}[■◆●【\[]?\s{0,2}新着情報\s{0,2}[】\]]?\s{1,8}(?=\d{4}\s{0,2}[年./-])")
# 「2027.07.02  Notice of Public Tender (Open Competitive Bidding): Purchase of …」: a day, then a notice's name and its title
EN_NOTICE_LISTED = re.compile(
    r"^\s{0,4}(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4}|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})"
    r"\s{1,8}(?:\[[A-Za-z]{2,12}\]\s{1,4})?(?:Notice|Notification)\sof\s[^:\n]{2,80}:\s{1,4}\S"
)
NEWS_DATE_LEAD = re.compile(
    r"^\s{0,4}[・●■◆○\-*]?\s{0,2}(?:\d{4}\s{0,2}[年./-]|(?:令和|平成)\s{0,2}\d{1,2}\s{0,2}年)\s{0,2}\d{1,2}\s{0,2}[月./-]\s{0,2}\d{1,2}"
)
# 「────」 / 「2026年6月15日」 / 「【日程変更】…プロポーザルの日程変更について」: a page's list of news posts, each under a
# rule with its day alone on a line and its title on the next; a title that tells of a change of a call's days
POST_DAY = re.compile(
    r"^\s{0,4}(?:\d{4}\s{0,2}[年./-]|(?:令和|平成)\s{0,2}\d{1,2}\s{0,2}年)\s{0,2}\d{1,2}\s{0,2}[月./-]\s{0,2}\d{1,2}\s{0,2}日?"
    r"\s{0,2}(?:[(（][^()（）]{1,4}[)）])?\s{0,2}$"
)
POST_RULE_CHARS = set("─━═=-―")
# 「――――」 / 「…の公募を中止します」 / 「～事業条件を見直し、改めて公募を行います～」 / 「――――」 under a press release's
# fields (資料提供, 提供先, 担当): a title ruled off in a notice's head, between two rules (any two: the fields are not read)
HEAD_RULE = re.compile("[" + re.escape("".join(sorted(POST_RULE_CHARS))) + "]{4,}")
POST_CHANGE_TITLE = re.compile(r"(?:日程|期日|期限|スケジュール)\S{0,12}(?:変更|延期|延長)|延期|訂正")
POSTS_MIN = 3  # posts of such a list, at least
# 「質問書様式.xlsx（2025/10/03 登録）」: the day an attached file was put up
# (「05_様式第3号（見積書）.xlsx（19KB）　※2023/05/18差替」: its size between; a list of files with a column of
# sizes: 「様式集.docx<TAB>96KB<TAB>2026/12/01 08:46」)
FILE_BEFORE = re.compile(
    r"\.(?i:pdf|xlsx?|xlsm|docx?|zip|csv|pptx?|jtd|txt)(?:\s{0,4}\([^()]{0,20}\))*"
    r"(?:\s{0,4}[\d,.]+\s{0,2}(?i:kb|mb|gb|バイト))?\s{0,4}[※*]?\s{0,2}\(?\s{0,4}$"
)
# 「- Form D: Registration (web form) - added 18 January 2027」「Specifications (PDF) (updated 2 June)」: the stamp of the
# day a listed paper was added or replaced, after a dash or in a bracket (as 「※2023/05/18差替」), no step
EN_ADDED_STAMP_BEFORE = re.compile(
    r"(?:(?:^|\s)[-–—]\s|[(\[])\s{0,2}(?i:added|updated|uploaded|replaced|revised|amended)(?:\son)?:?\s{1,2}$"
)
EN_ADDED_STAMP_REACH = 24  # the characters before a date such a stamp ends within
# 「20260123_日程延期のお知らせ.pdf (184 KB)」「資料_20270420.pdf」: the rest of a file's name, up to its extension
# (the date written as eight digits, 「20260123」, as a file's name begins with it: 「5月10日までに様式1.docxを」 is prose)
FILE_NAME_AFTER = re.compile(r"^[^\s。、「」]{0,80}?\.(?i:pdf|xlsx?|xlsm|docx?|zip|csv|pptx?|jtd|txt)\b")
# 「公募は6月16日(水)から開始します」「募集を7月1日より始めます」: the day the call opens
FROM_AFTER = re.compile(r"^\s{0,4}(?:\(予定\))?\s{0,2}(?:から|より)")
CALL_OPENS_AFTER = re.compile(FROM_AFTER.pattern + r"\s{0,2}[、,]?\s{0,2}(?:開始|始め|始ま|スタート)")
# 「令和9年1月13日から開札日までとする」「6月1日(火)から開札日時(6月24日(木)午前10時)まで」: a window closed by the
# opening, no day of its own: its start is no step (but a publication's), its end the opening's
UNTIL_OPENING_AFTER = re.compile(r"^\s{0,2}から\s{0,2}開札(?:の)?日(?:時)?\s{0,2}(?:\(|まで)")
# 「7月1日(火)~7月4日(金)は定期考査期間のため」: the days are a period of something else (a school's exams), no step
PERIOD_NAMED_AFTER = re.compile(
    r"^\s{0,4}(?:まで)?\s{0,2}(?:は|が)\s{0,2}(?P<period>[^\s。、()「」]{1,16}?期間)(?:中|内)?\s{0,2}(?:の|で|に|と|であ|です|のため|につき)"
)
STAMP_WORDS = re.compile(r"掲載|更新|[/|]")  # (the stamp before: 「6月1日 掲載 ／ 6月25日 更新」)
SENTENCE_BEFORE = re.compile(r"(?:ください|します|ます|する|こと)\s{0,2}\($")
# 「5月6日までの大型連休」「1月10日までにいただいた質疑」: the date describes the words after it
# the days of a window: 「…までの休日を除く毎日」「…までの開庁日の午前9時から」
WINDOW_DAYS = r"休日|閉庁日|開庁日|営業日|執務日|業務日|土曜|日曜|祝日|国民の祝日|土日|平日|毎日|各日"
MODIFIER_AFTER = re.compile(  # 「6月1日までの質問」 names the day of other words; 「…までの休日を除く毎日」 is still a window
    # (「9月13日から14日にかけての大雨により」: the days of what happened, the reason of a change)
    # (「2月15日から2月16日までのいずれか」「…までのうち、当機構が指定する日時」: a day of the window, still the window)
    rf"^\s{{0,2}}(?:(?:まで|から)の(?![\d午正]|\s{{0,2}}(?:行政機関の)?(?:{WINDOW_DAYS}|間|うち|いずれ))|にかけての)"
)
# 「…午前10時から正午まで（受付は…）」「…午後5時まで  開札」: the end of a range after a cell's date, the words after it an
# aside or the next row's (not 「…までに回答を掲載」, the step named after its day, nor 「…までは閉庁」)
RANGE_END_AFTER = re.compile(r"まで(?![にはもの])")
WINDOW_DAYS_AFTER = re.compile(rf"^\s{{0,2}}まで(?:の|\s{{0,2}}[、,])\s{{0,2}}(?:行政機関の)?(?:{WINDOW_DAYS})")
# 「現地説明会は制限区域に立ち入るため、…」: a sentence about a briefing, whose hand-in is the briefing's registration
BRIEFING_TOPIC = re.compile(
    r"^[^、。\s]{0,12}?(?P<event>説明会|見学会|現地調査|下見会|現場確認|内覧会)(?:への参加|に参加する者|の参加者)?は"
)
# 「上記以外の事項(…申請書の提出期限(1月6日(金)午後5時)…を含む。)については、当初の公告のとおりとし、変更はない。」:
# a correction's closing words name what stays, its dates quoted only to say so
UNCHANGED_REST_BEFORE = re.compile(r"(?:上記|前記|以上|記載|訂正箇所|変更箇所)以外の[^。]{0,120}$")
UNCHANGED_REACH = 140  # characters before a date the 「以外の」 of its clause may stand
# 「質問の受付期限（6月8日（火））は既に経過しているが、」「…は既に締め切っているが、」: a step over, before the words
# that open it again (the new day after them)
REOPENED_AFTER_PASSED = re.compile(r"(?:既に|すでに)\s{0,2}(?:経過|終了|締め?切|過ぎ)[^。、]{0,10}?が\s{0,2}[、,]")
# 「2/1(月)に潮凪県より「2026年 宿泊旅行統計（速報値）」が公表されました」「…に国土交通省から「…白書」が発表された」:
# another body's paper, named in brackets, made public on the day (past): the reason a notice gives, no step of the call
OUTSIDE_PUBLISHED_AFTER = re.compile(
    r"^\s{0,2}に\s{0,2}[^。「」『』\s]{1,24}?(?:より|から)\s{0,2}[「『](?P<title>[^「」『』]{1,60})[」』]\s{0,2}(?:が|は)\s{0,2}"
    r"(?:公表|発表|公開)(?:され(?:ました|た)|となりました)"
)
CALL_PAPER_TITLE = re.compile(r"公告|公示|告示|要領|要項|要綱|説明書|仕様書|募集|公募|プロポーザル|入札|提案|質問|回答|結果")
# 「競争参加資格の確認結果の通知期日（5月28日（金））その他前記以外の事項に変更はない。」: a step named with its day in
# brackets before 「その他…」 (a 公報's 「AそのほかB」, A one of B) that a change notice says stand as they were
OTHERS_TOO_UNCHANGED_AFTER = re.compile(
    r"^\s{0,2}[)）]\s{0,2}(?:その他|そのほか|ほか)[^。()（）]{0,30}?(?:に|は|も)\s{0,2}"
    r"変更(?:は|が)?\s{0,2}(?:ない|なく|ありません|ございません|しない|しません)"
)
UNCHANGED_AFTER = re.compile(
    r"^(?:[^。]|。(?=\s{0,2}\))){0,160}?(?:変更(?:は|が)?\s{0,2}(?:ない|なく|ありません|ございません|しない|しません)|変更なし|当初[^。]{0,16}(?:とおり|通り)|に変更は\s{0,2}$)"  # (… / 「ありません。」 on the next line)
)
# 「予算の成立が令和9年4月1日以降となった場合は、契約締結日を…」: the date a condition speaks of
CONDITION_AFTER = re.compile(
    r"^\s{0,4}(?:以降|以後|以前|より(?:前|後)|を過ぎ\S{0,2})?\s{0,2}(?:と|に)?(?:なった|なる|至った)場合"
)
CONDITION_REACH = 16
# 「契約日が令和3年12月25日以降であれば実績として記載してください」「平成31年4月1日以後に完了したもの」「2022年4月1日
# 以降のものに限る」: the cut-off of the past work a bidder may cite, a condition on its dates, no step of this call
CUTOFF_AFTER = re.compile(
    r"^\s{0,4}(?:以降|以後|以前|より(?:前|後))\s{0,2}(?:であれば|であること|なら(?:ば)?|のもの|(?:に|で)\S{0,6}?(?:した|された)もの)"
)
# 「時間割(…)は、企画提案書の提出者に6月16日(月曜)までにお知らせします」「申込者には集合時刻の詳細を7月9日(金曜)
# までにメールで連絡する」「ヒアリングの日時・方法は、10月2日(木)までに参加者に通知する」: the day the details of a
# step are told, no step of its own
DETAILS_BEFORE = re.compile(
    r"(?:日時|日程|時間割|時間帯|時間|時刻|詳細|順番|順序|集合場所|会場の詳細)(?:(?:及び|・|、)(?:会場|場所|方法))?(?:等)?\s{0,2}(?:\([^()]{0,40}\))?\s{0,2}(?:は|を|について(?:は)?)[^。]{0,40}$"
)
TOLD_AFTER = re.compile(
    r"^\s{0,4}(?:\([^()]{0,12}\))?\s{0,2}(?:(?:頃|ごろ)?\s{0,2}(?:まで)?に[^。]{0,16}?"
    r"|(?:頃|ごろ)[、\s]{0,2}(?:[^。、をはがにし\s]{1,12}(?:で|にて|により|に)[、\s]{0,2}){0,2})(?:お知らせ|連絡|通知|案内|送付)"
)  # (「8/30（月）ごろメールでお知らせします」: about a day, its 「に」 left out, the means or whom told at most before the
# telling; not 「9月9日頃を予定しており、詳細は別途通知します」「9月9日ごろ実施し、時間は参加者に連絡します」: the step's own day)
# 「対話の日時を調整のうえ、8月16日（月）以降に順次ご連絡します」: the day from which each party's time is told in turn, no
# step (no deadline either)
TIMES_BEFORE = re.compile(r"(?:日時|日程|時間|時刻)(?:(?:及び|・|、)(?:会場|場所))?(?:等)?\s{0,2}(?:は|を)[^。]{0,40}$")
TOLD_IN_TURN_AFTER = re.compile(
    r"^\s{0,4}(?:\([^()]{0,12}\))?\s{0,2}(?:以降|以後)に?\s{0,2}[、,]?\s{0,2}(?:順次|随時)[^。]{0,12}?(?:お知らせ|連絡|通知|案内)"
)
# 「具体的な日時及び場所は、11月16日までに各提出者へ通知します」「ヒアリングの詳細は11月16日までに通知します」: in an
# answer, the day the details of a step will be told, no step of its own
ANSWER_DETAILS = re.compile(
    r"(?:日時|日程|詳細|時刻|時間割|時間|順番|順序|場所|会場|接続先)(?:等|など)?\s{0,2}(?:は|を|について)"
)
# 「記入例の「令和9年11月5日」は例示です」「（例：「令和9年6月1日」）」: a date a sample of a form shows, no step's
# (「様式の記入例にある「令和8年10月23日」は…」「記載例に記載の「…」」: the sample's date quoted from where it stands)
SAMPLE_BEFORE = re.compile(
    r"(?:記入例|記載例|例示|見本|作成例|例)\s{0,2}(?:の|では|は|:|(?:中?に|で)(?:ある|記載の|記載された|示された|示した))?\s{0,2}[「『]\s{0,2}$"
)
# 「（記入例）令和12年8月の開業準備期間中の試食会の回数について」「納入年月日：（記入例）令和6年3月15日」: a form's sample
# entry, its mark in a bracket of its own before it
SAMPLE_MARK_BEFORE = re.compile(r"\(\s{0,2}(?:記入例|記載例|作成例|例)\s{0,2}\)\s{0,4}$")
# 「（例：…」 as normalised; 「Date of application: ____ June 2028 (example: 9 June 2028)」「(e.g. 1 June 2027)」: the same
# in English, a form's sample entry (after the field's format in the same bracket: 「(dd.mm.yyyy, e.g. 08.02.2027)」)
EXAMPLE_OPENED = re.compile(
    r"\(\s{0,2}(?:[^()]{1,16}?[,;]\s{0,2})?(?:(?:記入|記載)?例\s{0,2}:|(?i:example|e\.g\.|for\sexample)[\s:,])"
)
EXAMPLE_REACH = 120  # characters before a date an example's bracket may open in
SAMPLE_AFTER = re.compile(
    r"^\s{0,2}[」』]\s{0,2}(?:は|も|と(?:ある|した|して)?(?:の)?は?)?\s{0,2}(?:例示|一例|記入例|記載例|見本|例)"
)
# 「Date: 15 May 2027 (example)」「Date of submission: 1 June 2027 (sample entry)」 / 「(Example) 15 May 2027」「Sample: 15 May
# 2027」: a form's sample entry marked in English after or before its date, as 「（記入例）」 (the key 「Sample:」 opening its
# bracket or line, not after a word: 「Submission of Sample: 15 June 2027」 is a step, a sample handed in)
EN_SAMPLE_MARK_AFTER = re.compile(
    r"^\s{0,2}[(\[]\s{0,2}(?i:examples?|samples?|e\.\s?g\.?|for\sexample|illustrative)(?:\s(?:only|entry|date))?\s{0,2}[)\]]"
)
EN_SAMPLE_MARK_BEFORE = re.compile(
    r"(?:[(\[]\s{0,2}(?i:example|sample|e\.\s?g\.?)\s{0,2}[)\]]|(?<![\w-])(?<![A-Za-z,] )(?:Example|Sample|EXAMPLE|SAMPLE)\s{0,2}:)\s{0,4}$"
)
# 「日程は契約後に協議する（初校：7月中旬を想定）」「作業日は、2月16日から2月27日までの間で契約後に協議して決定します」
# 「契約締結後速やかに採寸日程を各署と調整すること（採寸は9月上旬を予定）」「11月中に市職員立会いのもと実施する(日時は
# 落札者と協議のうえ決定)」: what is agreed once the contract is signed,
# the work's own dates, no step of the call
AGREED_AFTER_CONTRACT = re.compile(
    r"(?:契約|契約締結|落札決定|落札者決定|受注)後\s{0,2}[、,]?\s{0,2}(?:に|速やかに|直ちに)?[^。]{0,16}?(?:協議|調整|打合せ|打ち合わせ)"
    # 「(日時は落札者と協議のうえ決定)」「調査日は受託者と協議のうえ決定します」
    r"|(?:日時|日程|時期|日)は\s{0,2}(?:落札者|受注者|受託者|契約者|契約の相手方)と\s{0,2}(?:協議|調整)"
)
# 「…契約は2028年9月30日に満了するため」「(金)をもって期間満了となる」: the day a contract's term ends
EXPIRES_AFTER = re.compile(r"^\s{0,2}\)?\s{0,2}(?:に|で|をもって)?\s{0,2}(?:期間)?(?:満了|期間が満了|期限切れ)")
# 「計画案は…3月の地域公共交通活性化協議会において決定する予定です」: a standing council of the work's field adopts what
# the work drafts, no selection of the call (not a 選定協議会 or 審査協議会)
COUNCIL_ADOPTS = re.compile(
    r"(?<!選定)(?<!審査)(?<!選考)(?<!評価)協議会\s{0,2}(?:において|で|にて)\s{0,2}(?:決定|承認|策定|審議|協議)"
)
# 「選定委員会は7月26日に開催します（業者の出席は不要）」: the issuer's internal meeting, the bidders take no part in it
# (not 「開札（入札者の立会いは不要）」: the opening is a step of the call whoever attends)
INTERNAL_MEETING = re.compile(
    r"(?:業者|事業者|入札者|参加者|提案者|応募者|申込者|申請者)(?:等)?の\s{0,2}(?:出席|来場|参加)(?:は|を)?\s{0,2}"
    r"(?:不要|要しない|要しません|必要(?:は)?(?:ない|ありません)|求めない|求めません)"
)
# 「派遣する講師は、市が3月下旬に実施する学校訪問・研修に参加できるようにすること」: an event of the issuer's own business
# the contractor's staff are to attend, a duty of the work (「市が実施する説明会に参加すること」 is the call's briefing)
ATTEND_ISSUERS_EVENT = re.compile(
    r"^\s{0,4}(?:\([^()]{0,12}\))?\s{0,2}(?:頃|ごろ|予定)?\s{0,2}に\s{0,2}(?:実施|開催|予定)(?:する|される|予定の)\s{0,2}"
    r"(?P<event>[^。、「」()]{2,30}?)に\s{0,2}(?:参加|出席|同行|立ち?会)(?:できる|する|させる|させ|でき|し)"
)
ISSUER_BEFORE = re.compile(r"(?:[市県町村区都府道]|本学|本校|本院|当館|発注者|委託者)(?:が|の)\s{0,2}$")
INTERNAL_MEETING_STEP = re.compile(r"開札|開封|入札|見積|提出|説明会|ヒアリング|プレゼン|面接|結果")
# 「予算が議決されなかった場合は、本入札を取り消す」: the day a budget is voted on, a condition of the call, no step of it
# 「ただし、未登録の者は、令和10年2月15日までに随時受付の登録申請を行うこと」「参加意向申出書の提出時に資格を有しない者は、
# 7月10日までに資格の認定を受けること」「名簿に登録されていない者で、7月25日までに参加資格審査申請書を提出し…」: a proviso of
# the qualifications for a bidder not yet qualified sets the day of its registration, whatever step the sentence cites
UNQUALIFIED_BIDDER = re.compile(
    r"(?:未登録|登録(?:され|を受け)て(?:い)?ない|登録(?:の|が)(?:ない|無い)|(?:資格|認定)を(?:有し|受けて(?:い)?)ない|資格(?:の|が)ない)"
    r"(?:の)?(?:者|法人|団体|事業者|業者)\s{0,2}(?:は|で|が)"
)
# 「なお、同名簿の随時登録の受付は、11月25日に締め切る」: the window of the issuer's list of qualified bidders, no step of the call
LIST_REGISTRATION_TOPIC = re.compile(r"名簿[^。、]{0,12}登録(?:の)?(?:受付|申請)(?:期限)?\s{0,2}は\s{0,2}[、,]?\s{0,2}$")
REGISTERED_AFTER = re.compile(r"登録|認定|資格審査|名簿")
PROVISO_REACH = 120  # characters of the sentence before a date its proviso's subject is looked for in


def unqualified_proviso(head: str, tail: str) -> bool:
    """A date in a proviso for a bidder not yet qualified (the sentence's subject before it, a registration after it)."""
    sentence = head[-PROVISO_REACH:].rsplit("。", 1)[-1]
    if "名簿" in sentence and LIST_REGISTRATION_TOPIC.search(sentence):
        return True
    return bool(UNQUALIFIED_BIDDER.search(sentence)) and bool(REGISTERED_AFTER.search(tail.split("。", 1)[0]))


NOT_PASSED_AFTER = re.compile(r"^[^。]{0,60}?(?:議決|可決|成立|承認)(?:され)?(?:なかった|ない|なければ)(?:場合|とき)")
# 「本契約は、…予算が令和9年3月の市議会定例会において議決されることを条件とします」: the month a budget is voted on, the
# condition the contract depends on, no step of the call (in the date's own clause: not 「契約の締結は、…令和9年4月1日とし、
# 予算が市議会において議決されることを条件とします」, the contract's day)
VOTE_CONDITION_AFTER = re.compile(
    r"^[^。、]{0,60}?(?:議決|可決|成立|承認)(?:され)?(?:る|た)\s{0,2}こと\s{0,2}[をが]\s{0,2}(?:条件|前提)"
)
# 「本業務の契約は、令和9年3月16日に予定する町議会定例会における…予算の議決を条件とする」「本委託契約は、令和9年3月18日
# 開会の村議会で関連予算が可決されることを前提とします」: the day of the council's session whose vote the contract waits on,
# named in the date's own clause (the session, then its vote as the condition), no step of the call
COUNCIL_VOTE_CONDITION_AFTER = re.compile(
    r"^[^。、]{0,24}?議会[^。、]{0,48}?(?:議決|可決|承認)(?:され(?:る|た)\s{0,2}こと)?\s{0,2}[をが]\s{0,2}(?:条件|前提)"
)
# 「業務工程（令和9年3月の計画決定までの工程を示すこと。）」: how far the work plan a proposal shows must reach, what
# the proposal is to write, no step of the call
PLAN_REACH_AFTER = re.compile(
    r"^\s{0,2}(?:の|に)?[^。、]{0,24}?まで\s{0,2}の\s{0,2}(?:工程|スケジュール|日程|作業計画|実施計画|工程表)\s{0,2}[をが]\s{0,2}"
    r"(?:示す|示し|記載|記述|明記|明示|提案)"
)
# 「2026年1月30日 実施方針及び要求水準書(案)を公表しました」「よくある質問(FAQ)を掲載しました」: a page's log of what
# was put up before the call (a PFI's 実施方針, its drafts, the 特定事業's selection) or an aside, no step of the call (the
# log's 「質問への回答を掲載しました」「企画競争実施要領等を公表しました」 are its steps)
# 「令和9年4月20日に公表した実施方針」「6月1日に開催した説明会」: the day of an earlier act, named to say which paper or
# event the sentence speaks of (a relative clause before a noun), no step to come
EARLIER_ACT_AFTER = re.compile(
    r"^\s{0,4}(?:に|付けで|付で|付け)\s{0,2}(?:(?:当初の)?予定[どと]おり\s{0,2}[、,]?\s{0,2})?"  # (「…に予定どおり実施した説明会」)
    r"(?:公表|公開|公示|公告|告示|発表|策定|開催|実施|締結|選定|決定)(?:した|された)"
    r"(?=\s{0,2}[一-龥ァ-ヶ「『])"
)
# 「令和8年12月21日（月）に受託候補者を公表しており、今回の追加募集の対象ではありません」「７月２４日（月）の締切までに応募が
# ありませんでした」: what an earlier round did or lacked, told of a call made again, no step to come (not 「1月12日から公募
# しており」: the call open since that day)
PAST_ACT_AFTER = re.compile(
    r"^\s{0,4}(?!から|より)[^。、,「」]{0,30}?"
    r"(?:(?:公表|公告|公示|告示|決定|選定|特定|通知|締結|開催|実施)\s{0,2}(?:して|いたして)おり(?:ます)?\s{0,2}[、,が]"
    r"|(?:応募|申込み?|申し込み|参加(?:者|申込み?)?|入札者?)(?:は|が)\s{0,2}(?:ありませんでした|ございませんでした|なかった))"
)
LOGGED_AFTER = re.compile(r"^\s{0,4}(?P<object>[^。]{1,60}?)を\s{0,2}(?:公表|掲載|公開|発表)(?:しました|いたしました)")
BEFORE_CALL_PAPERS = first_characters_guarded(
    re.compile(r"実施方針|[(（]\s{0,2}案\s{0,2}[)）]|素案|特定事業|よくある質問|(?i:faq)|説明会資料|(?:市場|サウンディング)調査")
)
# 「①及び②の日程は、…見込みが立ち次第、改めてお知らせします（6月中を目途）」: when a postponed step's new dates will be
# told, no step's date
NEW_DATES_TOLD = re.compile(
    r"(?:日程|日時|期日|スケジュール)[^。]{0,40}?(?:改めて|次第)[^。]{0,30}?(?:お知らせ|公表|掲載|通知|連絡)(?:し|いた)?(?:ます|する)?\s{0,2}[(（]?\s{0,2}$"
)
# 「訂正公告（第1回）」「日程変更のお知らせ」: the notice of a change to a call, posted after the call opened
CHANGE_NOTICE_PAPER = re.compile(r"(?:訂正|変更|修正|延期|延長)(?:公告|公示|告示|のお知らせ)")
# 「（参加資格審査を通過した応募者に限ります。）」: who may take the step, no step of its own (not 「(電子メールに限る)」
# after the step it qualifies)
ONLY_FOR = re.compile(r"に\s{0,2}限(?:ります|る|り|られます|られる)\s{0,2}$")
# 「…を公表した」「…に公表している」「…を行いました」: a sentence that tells of what was done
PAST_SENTENCE_END = re.compile(r"(?:した|しました|している|しています|しております|った|いました)\s{0,2}$")
# 「質疑15分）とし」「(提案説明20分、質疑15分)は」: how long a part of a hearing lasts, no step of its own
DURATION_LABEL = re.compile(r"(?:質疑|質問|応答)(?:応答)?\s{0,2}(?:は|:)?\s{0,2}\d{1,3}\s{0,2}分")
# 「最低賃金審議会の答申（例年8月上旬）」「毎年4月頃」: what happens every year, no day of this call
SPARE_DAY_BEFORE = re.compile(r"予備日\s{0,2}(?:は|:|として)?\s{0,2}[、,]?\s{0,2}$")
SPARE_DAY_AFTER = re.compile(r"^\s{0,2}\(\s{0,2}予備日\s{0,2}\)")  # 「7月21日(予備日)」
HABIT_BEFORE = re.compile(r"(?:例年|毎年|通年|昨年|昨年度|前年|前年度)\s{0,2}(?:は|の)?\s{0,2}[、,]?\s{0,2}$")
# 「見積書様式（Excel：24KB）　2026/06/10」: the day an attached file was put up, given after its type and size
FILE_SIZE_BEFORE = re.compile(
    r"\(\s{0,2}(?i:pdf|excel|word|xlsx?|docx?|zip|csv|pptx?)(?:形式|ファイル)?\s{0,2}[:,、]?\s{0,2}[\d,.]+\s{0,2}(?i:kb|mb|gb|バイト)\s{0,2}\)"
    r"\s{0,4}[※*]?\s{0,4}(?:[-–—]\s{0,4})?[(\[【]?\s{0,4}$"  # (「（PDF：2.4MB）［2027年11月10日掲載］」: the day it was put up;
    # 「Contract notice (PDF, 212 KB) - 09/03/2026」: a page's list of papers, each dated after a dash)
)
# 「TENDER ALERT JAPAN - Issue 47 - 15 January 2027」「Newsletter, Issue No. 12, 3 March 2027」: the day a newsletter's issue
# came out, in its masthead (no step of the call it tells of)
ISSUE_DATED_BEFORE = re.compile(r"(?i:\bissue\s(?:no\.\s?|#\s?)?\d{1,4})\s{0,2}[-–—,|:/]\s{0,2}$")
# 「Proposals must include: company profile, …, a marketing plan for April 2026 - March 2027 with KPIs」: a list of what a
# proposal holds, the dates in it the periods its parts cover (no step)
CONTENTS_LIST_BEFORE = re.compile(
    r"(?i:\b(?:proposals?|bids?|tenders?|applications?|submissions?|quotations?|offers?)\s(?:must|shall|should)\s(?:also\s)?"
    r"(?:include|contain|comprise)\b)[^.;。]*$"
)
CONTENTS_REACH = 200  # (the words read back from a date to the list's lead)
# 「after the FY2026 budget takes effect on April 1, 2026」: the fiscal year's start, no step of the call
BUDGET_IN_FORCE_BEFORE = re.compile(r"(?i:\bbudget\s(?:takes|took|will\stake|has\staken)\seffect\s(?:on\s)?)$")
# In an English addendum: 「…of the Bidding Documents issued on 14 April 2025」 (the call's papers it amends, out before),
# 「the requests received up to 2 June 2025」 its answers cover, 「at the pre-bid meeting held on 5 June 2025」: what was
# done before it, no step to come
EN_EARLIER_TOLD_BEFORE = re.compile(
    r"(?i:\b(?:bidding|tender|solicitation|rf[pq]|itb)\sdocuments?\s(?:originally\s)?(?:issued|published)\s(?:on\s)?"
    r"|\b(?:responses|answers|replies)\s(?:below\s)?(?:cover|address|respond\sto)\s(?:the\s|all\s)?(?:requests|questions|queries)"
    r"(?:\s(?:for|of)\sclarifications?)?\s(?:received|submitted)\s(?:up\s(?:to|until)|by|before|until|through|on)\s"
    r"|\b(?:at|during)\sthe\s(?:pre-?bid|pre-?proposal|pre-?tender|clarification|briefing|information)\s(?:meeting|conference|session)"
    r"\s(?:held\son|of)\s)$"
)
EN_ADDENDUM_HEADING = re.compile(r"\s{0,8}(?i:addendum|corrigendum|amendment)\sNo\.\s?\d{1,3}\s{0,4}$")
EN_ADDENDUM_CAPITALS = re.compile(r"\b(?:ADDENDUM|CORRIGENDUM|AMENDMENT)\sNo\.\s?\d{1,3}\b")
EN_ADDENDUM_REACH = 1000
EN_EARLIER_REACH = 120  # (the words read back from the date)
# 「Instructions to tenderers (PDF, 640 KB)」: a step's name that is a file's, its type and size after it (a page's list of
# papers, the day each was put up beside it)
FILE_SIZE_LABEL = re.compile(
    r"\(\s{0,2}(?i:pdf|excel|word|xlsx?|docx?|zip|csv|pptx?)\s{0,2}[:,、]?\s{0,2}[\d,.]+\s{0,2}(?i:kb|mb|gb|バイト)\s{0,2}\)$"
)
# 「…オンライン開催に変更する場合があります。その場合は、7月16日までに申込者に連絡します。」: only if it happens
CONTINGENT_BEFORE = re.compile(r"(?:その|この|これらの)場合(?:に)?は[^。]{0,40}$|場合の(?:取扱い|取り扱い|対応)は[^。]{0,40}$")
# 「荒天の場合は翌日（」「応募者多数の場合には、」: a case the date after it holds in only
IF_CASE_BEFORE = re.compile(r"場合(?:に)?(?:は|には)\s{0,2}[、,]?[^。、,]{0,12}$")
# 「10月15日(火)午後2時から予定していた現地説明会(…)は、中止します。」: the rest of the sentence calls the step off
CALLED_OFF_AFTER = re.compile(
    r"^[^。]{0,120}?(?:を|は)\s{0,2}[、,]?\s{0,2}(?:中止|取り?止め|取りやめ|延期|取り?消)\s{0,2}(?:し|す|と|いた)(?![^。]{0,12}(?:場合|ことが|可能性))"
)
CALLED_OFF_REACH = 200  # (the longest text CALLED_OFF_AFTER reads, its look ahead too: 149 characters)
# 「→中止」「⇒中止となりました」 alone on the line under a step's date: the step is called off
CALLED_OFF_WORD = r"(?:中止|取りやめ|取り止め|実施しない|行わない|開催しない)"  # (the words after the arrow)
CALLED_OFF_LINE = re.compile(
    r"^\s{0,8}(?:→|⇒|->)\s{0,4}" + CALLED_OFF_WORD + r"(?:します|しました|となりました|いたします|こととします)?。?\s{0,4}$"
)
# 「… 市役所5F → 中止(コロナ)。資料のみHP掲載」: the arrow to 中止 on the step's own line, after its time and place
CALLED_OFF_ARROW = re.compile(
    r"(?:→|⇒|->)\s{0,4}" + CALLED_OFF_WORD + r"(?:となりました|しました|します|いたします|こととします|\s|$|[(。、,])"
)
CALLED_OFF_ARROW_WORDS = ("中止", "取りやめ", "取り止め", "しない", "行わない")
# 「現地説明会　8月12日(木)午後2時　削除」「… → 削除」「…\t（削除）」: the step's new value is its deletion, the mark alone
# after the date at the end of its row (not 「削除した項目」 or a sentence going on)
DELETED_AFTER = re.compile(
    r"^[\s)）~～]{0,8}(?:[|\t]\s{0,4})*(?:(?:→|⇒|->)\s{0,4})?[(（【\[]?\s{0,2}削除(?:する|します|いたします|しました|とする|となりました)?"
    r"\s{0,2}[)）】\]]?。?\s{0,4}$"
)
# 「（5月20日（木）11:00）は行いません」: the step the bracket dates will not take place; 「質問の受付（5月22日(金)まで）は
# 終了しています」「（6月14日締切）は予定どおり終了しました」: a step over before the change, no step of the schedule to come
NOT_HELD_AFTER = re.compile(
    r"^[^。()]{0,8}\)\s{0,2}は\s{0,2}(?:(?:行い|実施し|開催し|執行し)ません"
    r"|(?:予定(?:どおり|通り)|既に|すでに)?\s{0,2}[、,]?\s{0,2}(?:終了し|締め?切っ|締め?切り?(?:まし|られまし|られてい))(?:ました|ています|ており|た))"
)  # (「※参加申込（1/22(金)締切）は締め切っております。」: the call's step over, told in a change's note)
# 「…期限(9月18日(金)午後5時)及びプレゼンテーション(」: the next date names another step the same sentence speaks of
PARALLEL_NEXT = re.compile(r"^[^。、()]{0,16}\)\s{0,2}(?:及び|および|並びに|ならびに)[^。、()]{1,30}\(\s{0,2}$")
# (「当初募集の選定スケジュール（第1次審査 7月上旬、選定結果通知 7月下旬）は取り消し、」: a schedule withdrawn)
# 「The opening of bids scheduled for June 22, 2026 is postponed until further notice.」「… has been cancelled.」: the step put
# off with no new day, or called off (「postponed to July 1, 2026」 moves it: the change's own reading)
EN_CALLED_OFF_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:is|are|has been|have been|will be|was|were)\s{1,2}(?:postponed|cancell?ed|suspended|withdrawn)"
    r"(?:\s{1,2}(?:until further notice|indefinitely)|\s{0,2}(?:\.|,|;|$))"
)
CALLED_OFF_WORDS = ("中止", "止め", "やめ", "延期", "消")  # (「(9月18日)は延期とし」: the day put off, none now)
STEP_NAMED_BEFORE = re.compile(r"(?P<step>[^\s、。()]{2,16}(?:期限|期日|締切り?))\s{0,2}(?:の|である)\s{0,2}$")
RECEIVED_WINDOW_AFTER = re.compile(r"^\s{0,2}\)?\s{0,2}までに(?P<step>受け?付け(?:た|られた)(?:質問|質疑))")
# 「…の公表が11月10日（火）となる見込みのため、」「…業務を9月16日(木)午後から9月17日(金)まで停止する見込みとなったため、」:
# what is expected to happen on the day, the reason of a change, no step of the call
EXPECTED_REASON_AFTER = re.compile(r"^[^。、]{0,30}?見込み(?:と(?:なった|なる|なり))?の?\s{0,2}(?:ため|ので|により|から)")
TARGET_AFTER = re.compile(r"^\s{0,4}(?:頃|ごろ|中|末)?\s{0,2}(?:を|が)\s{0,2}目標\s{0,2}(?:と(?:し|する|なる)|です|である|。|$)")
# 「2027-05-10 to 2027-06-21」「2028/4/14 (Fri) to 2028/5/19 (Fri)」: an English window's start (the words after its date)
# and its end (the words before it: the start's date, then 「to」)
# (a segment cut at the window's 「to」: the words after the start or before the end that word alone)
EN_WINDOW_OPENS = re.compile(r"^\s{0,2}(?:\([A-Za-z.]{2,10}\)\s{0,2})?(?:to|until|through|till)(?:\s{1,2}(?=\d|[A-Z])|\s{0,2}$)")
EN_WINDOW_CLOSES = re.compile(r"(?:^|\d(?:\s{0,2}\([A-Za-z.]{2,10}\))?)\s{1,2}(?:to|until|through|till)\s{1,2}$")
EN_WINDOW_REACH = 24  # characters before a date looked at for the 「to」 that ends its window
# 「…までに受け付けた質問」「…までにお寄せいただいたご質問」「…までに受け付けた参加表明書に関する質問」: the day describes
# the questions (or papers) after it, received by then: no step of its own (the topic of the questions between, a polite 「ご」)
RELATIVE_AFTER = re.compile(
    r"^\s{0,2}\)?\s{0,2}(?:まで|から)に[ぁ-ん一-龥]{1,8}?(?:た|れた)"
    r"(?:[^、。\s()]{1,12}?(?:に関する|に係る|についての|に対する))?[ごお]?(?:質問|質疑|もの|分|書類|者|方)"
)
TREATED_AS_AFTER = re.compile(r"^\s{0,4}(?:の)?[^。、()]{0,8}として\s{0,2}(?:取り?扱|扱|みな|見な)")
MONTH_LIST_BEFORE = re.compile(r"\d\s{0,8}[,、・]\s{0,8}$")
AFTER_PARTICLE = re.compile(
    # (「4月1日付けで契約を締結する」: the day the act takes effect)
    # (「5月28日(金)正午(必着)までに企画提案書を」: how it must arrive, said between the date and its particle)
    r"\s{0,8}(?:\((?:予定|厳守|時間厳守|[^()]{0,10}(?:必着|消印有効))\)\s{0,8})?(?:午前中|午後|中|頃|ごろ)?(?:までに|まで|にかけて|に|を|から|より|の|予定|付け?で)"
)
# 「…提出しなければならない（」「…通知する（」「…受け付けない（」: a sentence's predicate, then the bracket of its date
PREDICATE_BEFORE_BRACKET = re.compile(r"(?:する|しない|ない|できる|とする|こと|される|れる|ます)\s{0,2}\($")
# 「本業務への参加を希望する者は、」「前号の質問に対する回答は、」: what the sentence of an item opens with, its topic
OPENING_TOPIC = re.compile(r"^(?P<topic>[^、。()]{2,40}?)(?<![にとで])は\s{0,2}[、,]")
ITEM_TOPIC_LINES = 6  # lines of an item's sentence above the line of its date, at most
# 「提出期限」「通知日」「送付期限」「掲載期限」「実施日」: a bracket's key that says when, naming no step (the act at most)
# (「（最終掲載は2月22日までに行う。）」: the last day of an act done in turn)
STEPLESS_KEY = re.compile(
    r"(?:最終)?(?:提出|受付|受理|送付|掲載|通知|公表|実施|開催|申込み?)?(?:期限|期日|日時|日|予定日|期間|締切|締め切り)(?:日|日時)?"
    r"|最終(?:提出|受付|送付|掲載|通知|公表|回答)日?"
)
HELD_KEY = re.compile(r"(?:実施|開催)")  # 「（実施日 …）」: the day of an event the sentence holds
EVENT_HELD = re.compile(r"(?P<event>[^、。をはがの\s]{2,24})\s{0,2}を[^、。]{0,40}?(?:実施|開催)(?:する|します|し)")
WRAPPED_KEY_OPEN = re.compile(r"\((?P<part>[^()\s]{1,3})$")  # 「…ものとする（掲」: a key the line's end cut
TOPIC = re.compile(r"(?<![にとで])は\s{0,8}$")  # 「回答は」 is what the sentence is about; 「質問には」 is not
# 「追加質問は、6月3日に公表する回答の内容に関するものに限る」「参加者は、7月14日に開催する説明会の会場で…」: the date in a
# clause that modifies the noun after it (the verb's attributive form, a noun right after it, no 予定・こと・ため): the
# noun's step is the date's, not the sentence's topic
ATTRIBUTIVE_DAY_AFTER = re.compile(
    r"^\s{0,2}(?:\([^()]{1,8}\))?\s{0,2}(?:頃|ごろ)?に\s{0,2}(?:[^\s。、「」()]{1,6}?(?:する|される|した|された|予定の))"
    r"(?!予定|こと|もの|ため|ので|場合|とと|旨|よう|か|等|など)(?P<noun>[^\s。、「」()]{1,12}?)(?:の|に|を|は|が|へ|と|で|について)"
)
# 「…につきましては」「…については」: what the sentence is about, not who acts or what step is held
# 「参加希望者は」「各社は」「必要書類は」: who hands in, or a paper (named by no step word), as the topic of a sentence
PERSONS = r"者|社|法人|団体|企業|共同体|各位|皆様"
# 「説明会に出席を希望する者は、6月22日17時までに…により申し込むこと」: a sentence about who wishes to come, its date
# the registration's deadline (the verb at the sentence's end, maybe wrapped onto the lines below, says so)
WISHING_TOPIC = re.compile(
    rf"(?P<act>出席|見学|聴講|傍聴)\s{{0,2}}を?\s{{0,2}}希望\s{{0,2}}(?:する|される)\s{{0,2}}(?:{PERSONS}|方)"
)
SIGNING_UP = re.compile(r"申し込|申込|登録|連絡|届け出|予約")
SENTENCE_WRAP_LINES = 2
HANDER_TOPIC = re.compile(rf"(?:{PERSONS}|方|書|書類|様式|届|資料|図面)(?:等)?\s{{0,2}}[)]?\s{{0,2}}は\s{{0,8}}$")
ADVERB_END = re.compile(r"(?:に|で|く)$")  # 「落札決定後速やかに(10月中旬を予定)行う」: how, no noun before the bracket
# 「選定された者と」「落札者に」: whom the step is done with, no step (the words after the date name it)
PARTNER_BEFORE = re.compile(rf"(?:{PERSONS}|者)(?:等)?\s{{0,2}}(?:と|との間で)\s{{0,2}}[、,]?\s{{0,2}}$")
PERSON_TOPIC = re.compile(rf"(?:{PERSONS})(?:等)?\s{{0,2}}は\s{{0,8}}$")  # (who acts, of HANDER_TOPIC)
# 「入札を辞退する場合は、…辞退届を提出すること」「見積合わせへの参加を希望する方は、見積参加申込書に…」: a sentence that
# opens with its condition or with who acts; the paper the sentence has handed in names the step
CONDITION_TOPIC = re.compile(rf"(?:場合|とき|際|(?:{PERSONS}|方))(?:等)?\s{{0,2}}(?:に)?は\s{{0,8}}$")
# 「導入実績が分かる書類を添えて」: papers handed in with the step's own, no step (「申請書にカタログを添えて」: the one before に)
ATTACHED = re.compile(r"(?:を|も)\s{0,2}(?:添え|添付し|同封し|付し)て?$")
# 「辞退届（様式第4号）を持参又はFAXにより提出」「…により入札辞退届を提出」: the paper a clause hands in
HANDED_IN = re.compile(r"(?:を|等を)[^、。]{0,24}?(?:提出|持参)")
# 「辞退届（様式第4号）」「様式第6号（質問書）」: a paper's name, at the end of the words before
PAPER = r"(?:[一-龥ァ-ヶー々0-9]{0,30}(?:書|届|票)(?:\([^()]{0,20}\))?|様式\s{0,2}第?\s{0,2}\d{1,3}\s{0,2}号?\s{0,2}\([^()]{0,20}(?:書|届|票)\))"
DOCUMENT_END = re.compile(PAPER + "$")
PAPER_TO = re.compile(PAPER + r"\s{0,2}に")  # 「…申請書（様式第1号）に次に掲げる書類を添えて」: the paper the others go with
# a hand-in by the one the sentence addresses: 「…までに電子メールで送信してください」
SENDING = re.compile(r"提出|持参|送信|送付|送り|送る|郵送|申し込")
# 「質問書（様式第3号）に記入のうえ」「見積参加申込書（様式第1号）に」「参加申込書を」: a clause that is the paper alone
PAPER_CLAUSE = re.compile(
    r"^(?P<paper>" + PAPER + r")\s{0,2}(?:等)?\s{0,2}(?:に|を|により|で)?\s{0,2}(?:(?:記入|記載)(?:し(?:て)?|の上|のうえ))?$"
)
REGARDING = re.compile(r"(?:について|につき|に関して|につきまして|に関しまして)(?:は)?$")
ACT = re.compile(r"(?:^|[、\s])(?P<step>[^、。\s]{1,30}?)を(?:行|実施|開催|執行)")
PARTICLE = re.compile(r"(?:は|が|を|も|について|に関して)$")
WRAPPED_CELL_INDENT = 8  # a cell's wrapped line under a row set out by spaces is indented this far at least
CELL_REST = re.compile(r"\s{0,2}(?:\([^()]{1,8}\)|必着|まで)?\s{0,2}")  # 「午後5時(必着)」「正午まで」: all a time's cell holds
TIME_ONLY = re.compile(  # (the first lookahead: a character a time starts with, to fail fast elsewhere)
    r"(?=[\s午正\d])\s{0,8}(?P<ampm>午前|午後)?\s{0,8}(?:(?P<noon>正午)|(?P<hour>\d{1,2})(?:時(?:\s{0,8}(?P<minute>\d{1,2})分|(?P<half>半))?|:(?P<minute2>\d{2})))"
)
# 「5:00 PM」「11:30 a.m.」: the half of the day after an English notice's clock time
# 「| from 13:00 |」「| at 2:00 p.m. |」: a cell's time, an event's start; 「| By 17:00 JST, by e-mail |」「| no later than
# 12:00 noon |」「| until 16:00 |」: a remarks cell's hour a deadline closes at (as 「17時まで」 in a Japanese 備考 cell), an
# event's end
_EN_CELL_START = r"from|at|starts?\sat|starting\sat"
EN_CELL_FROM = re.compile(rf"^(?i:{_EN_CELL_START})\s{{1,3}}(?=\d)")
# 「Registration for the site visit」「Deadline to sign up for the briefing」: an event's deadline, its hour by 「until」
EN_DEADLINE_WORD = re.compile(r"(?i:regist|\bapply|applica|deadline|\bdue\b|sign(?:\s|-)?up|book)")
EN_CELL_BY = re.compile(rf"^(?i:{_EN_CELL_START}|by|until|till|no\slater\sthan|not\slater\sthan)\s{{1,3}}(?=\d)")
EN_HOURS_START = re.compile(r"(?<![\d:])\d{1,2}(?::\d{2})?\s?(?i:[ap]\.?\s?m\.?)")  # 「9:00 a.m.」 opening a range of hours
LATIN_HALF_AFTER = re.compile(r"\s?(?P<half>[AaPp])\.?\s?[Mm](?![A-Za-z])")


def cell_clock(cell: str) -> dt.time | None:
    """The time a cell starts with (TIME_ONLY), in the afternoon when 「PM」 follows it (「| 5:00 PM |」)."""
    match = TIME_ONLY.match(cell)
    groups = match.groupdict()
    half = LATIN_HALF_AFTER.match(cell, match.end()) if not groups["ampm"] and not groups["noon"] else None
    return _time({**groups, "ampm": half["half"]} if half else groups)


JAPANESE = re.compile(r"[ぁ-んァ-ヶ一-龥]")
# 「Q3 参加申込書の締切はいつですか。」 / 「A3 令和8年7月3日…」: an FAQ page's question and its answer
QUESTION_LINE = re.compile(
    r"^\s{0,8}(?:Q(?=\s{0,2}[\d.:)\s])\s{0,2}\d{0,3}|問\s{0,2}\d{1,3}|質問\s{0,2}\d{1,3}|質問(?:内容)?(?=\s{1,8}[^\s\d]|\s{0,2}:)"
    r"|[【\[]\s{0,2}(?:質問|Q|問)\s{0,2}\d{0,3}\s{0,2}[】\]])\s{0,2}[.:)]?\s{0,4}"  # 「【質問】…」「質問 …か。」
)
ASKING = re.compile(
    r"(?:か|\?|(?:いただき|し|され)たい|ほしい|欲しい|願います|願いたい)\s{0,4}[。]?\s{0,4}$"
)  # 「…はいつですか。」「…を教えてください」「…を教えてほしい。」 is asked as a question
QUESTION_LINES = 8  # lines a question's words run at most under its mark alone (「【質問】」), to its answer's mark
# 「…傍聴できますか?」「…上限はありますか。」「…予約お願いできますか？」: a name that ends asking a question (a chat post, an
# FAQ's question) names no step of its own; what it asks about is a step only when the notice says so elsewhere
ASKED_NAME = re.compile(r"か\s{0,2}[。?？]\s{0,2}$|[?？]\s{0,2}$")
# 「説明会を開催します。参加できますか？」: a sentence before the question, which tells the step the question is about
STATED_BEFORE_ASKED = re.compile(r"。[^。?？]{1,60}[?？。]\s{0,2}$")
QUESTION_END = re.compile(r"(?:か|ください|下さい|たい|ほしい|欲しい|願います)\s{0,2}[。?]")  # 「…可能でしょうか。」: it asks
# 「参加資格確認結果の通知（5月26日（火））の際に」: a step named right before its date, the date in brackets after it
GLOSSED_STEP = re.compile(r"(?P<step>[^、。,()\s]{2,30})\(\s{0,2}$")
# 「A5. 【9月18日更新】…」「【10/2追記】」「【令和8年9月18日 修正】」: the day an answer was written or changed, no step
# (a date and the verb alone: 「【締切を6月12日に変更】」 names a step's new day)
UPDATE_STAMP = re.compile(
    r"\s{0,4}【\s{0,2}(?:令和|平成|R)?\d[\d年月日/.\-\s()月火水木金土]{0,18}?(?:更新|追記|追加|修正|変更)】"
)
ANSWER_LINE = re.compile(
    r"^\s{0,8}(?:A(?=\s{0,2}[\d.:)\s])\s{0,2}\d{0,3}|答\s{0,2}\d{0,3}|回答\s{0,2}\d{1,3}|回答(?:内容)?(?=\s{1,8}[^\s\d]|\s{0,2}:)"
    r"|[【\[]\s{0,2}(?:回答|A|答)\s{0,2}\d{0,3}\s{0,2}[】\]])\s{0,2}[.:)]?\s{0,4}"  # 「【回答】…」
)
# 「…までの連休期間中に」「…の年末年始の休業期間中は」: the days named are the office's days off (what comes in is taken
# as received on the next open day), no step of the call; not 「…までの休日を除く毎日」, the step's own days
CLOSED_DAYS_AFTER = re.compile(
    r"\s{0,2}(?:まで)?の\s{0,2}[^、。\s]{0,8}?(?:連休|休日|休業|閉庁|閉館|休館|年末年始|休暇)(?:期間)?(?:中|の間)"
)
# 「5月8日(月)に受け付けたものとして取り扱う」「翌開庁日に受理したものとみなす」: the day a paper counts as received
DEEMED_DAY_AFTER = re.compile(
    r"\s{0,2}(?:\([^()]{0,8}\))?\s{0,2}に\s{0,2}(?:受け付け|受付け?|受理し|受信し|到達し|提出され|届い)た?(?:もの|こと)と(?:して|みな|す)"
)
# 「説明会 10/7(木)」「…、契約締結 12月上旬予定」: the name of a step right before its date in a remark, no particle after it
# (a tracker's shorthand sets it against the date, its items parted by 「／」: 「質問〆6/10(木)12:00／回答6/15(火)予定」)
MONTH_SLASH_DAY = r"(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?![\d/])"  # 「10/15」
BARE_MONTH_DAY = re.compile(r"(?<![\d./:-])" + MONTH_SLASH_DAY)
# 「…12:00／回答6/15(火)予定」: a slash parting a remark's items (a word on one side), not a date's 「6/15」
ITEM_SLASH = re.compile(r"(?<![\d/])/|/(?![\d/])")
# 「5/28提出済。6/3(木)プレゼン実施済（質疑15分）」: the step a remark's item names after its date, the date opening the item
REMARK_STEP_AFTER = re.compile(r"^\s{0,2}(?P<step>[^\s、。,()/=:~]{2,24})")
REMARK_TOPIC = re.compile(r"(?<![^\s、。,)(/])(?P<key>[^\s、。,()=:/~]{2,24})は\s{0,2}$")  # 「（申込は」 before its date
REMARK_KEY = re.compile(r"(?<![^\s、。,)(/])[^\s、。,()=:/~]{2,24}(?<![はがをにでもと])\s{0,2}$")
REMARK_KEY_REACH = 26  # the characters a REMARK_KEY match spans, at most (its word, its spaces)
STEP_COLUMNS_MIN = 3  # columns a header names a step in by itself, at least, to be a list of calls' steps
# 「二次審査」「第１次審査」「一次選考」: a round of the selection, the heading of a group of a table's rows (its steps under it)
ROUND_GROUP = re.compile(r"^(?:第)?[一二三四1-4]次(?:審査|選考|評価|選定)?$")
# the words of a step's name a narrow cell may cut over two lines (「参加意思確認書の提」 / 「出期限」, 「…の通知予定」 / 「日」)
STEP_WORD = re.compile(r"提出|期限|期日|締切|受付|申込|申請|回答|通知|公表|結果|予定日|開始|終了")
STEP_WORD_SIDE = 3  # characters read on either side of the break
CELL_WRAPS_MAX = 3  # the line breaks of one narrow cell's label joined, at most
KATAKANA_END = re.compile(r"[\u30a1-\u30fa]ー?$|ー$")  # 「プレゼンテー」: a katakana word going on past the line's end
KATAKANA_START = re.compile(r"[\u30a1-\u30fa]")
PROSE_MARK = re.compile(r"[、。,]")  # a line of a sentence wrapped, no narrow cell's name
# A page's sidebar or a section about the past: its dates are news and history, not steps of this call.
_EARLIER_EN = r"(?:past|previous|prior|earlier|last\syear[’']?s?)"  # (an English call's or year's before this one)
_SCHEDULE_EN = r"(?:schedule|timetable|time-?line|key\sdates)"
ASIDE_HEADING = first_characters_guarded(
    re.compile(
        r"^(?:関連記事|関連情報|関連リンク|関連ページ|新着情報|新着記事|(?:この|同じ)(?:カテゴリー?|分類|コーナー)の\S{0,12}|(?:新着|最新|最近)の\S{0,8}(?:情報|案件|記事|お知らせ|投稿|ニュース|トピックス?)|最新(?:記事|情報|投稿|ニュース)|最近の投稿|人気記事|(?:アクセス)?ランキング|おすすめ記事|"
        r"よく読まれている記事|お知らせ一覧|過去の記事|バックナンバー|(?:ページ|文書|ドキュメント|更新|状態|処理|ステータス|進捗|操作|変更|修正|改訂|改定|改版|編集|版数?)の?履歴|\(?(?:記入例|記載例|記入見本)\)?)$|沿革|経緯|これまでの(?:経過|取組)|検討経過"
        # 「【5 接触・経過記録】」「■対応履歴」「作業ログ」: a bid team's log of what it did, day by day (no step of the call)
        r"|(?:^|[・/])(?:接触|対応|活動|作業|営業|交渉|経過)(?:記録|履歴|ログ)$"
        # 「Update history」「Revision history」「History of updates」: a page's own record of its edits, in English
        r"|(?i:^(?:page\s|document\s)?(?:update|revision)s?\s(?:history|log)$|^history\sof\s(?:updates|revisions|this\spage)$)"
        # 「Related notices」「Related links」: a page's list of its other papers and calls by their days (関連記事, 関連リンク)
        r"|(?i:^related\s(?:notices|articles|information|links|pages|news|tenders|calls)$)"
        # 「2. Background of the procurement」「Tender history」: an award notice's account of the steps the call has taken
        # (issued on …, proposals were received until …), done, none to come (経緯)
        r"|(?i:^(?:background|history)\s(?:of|to)\s(?:the\s|this\s)?(?:procurement|tender(?:ing)?|bidding|selection|solicitation)"
        r"(?:\sprocess)?$|^(?:procurement|tender|selection)\s(?:history|background)$)"
        # 「News」「Latest news」「What's new」: a page's box of its news, each a day over a title (新着情報)
        r"|(?i:^(?:latest\s|recent\s)?news(?:\s(?:&|and)\s(?:updates|events|topics))?$|^what'?s\snew$)"
        r"|^(?:現行|既存|前回|従前)の?契約の?(?:状況|経過|履歴|内容|概要)"
        # 「5. 契約締結後の主な日程（参考）」「受注後のスケジュール」: the work's own dates once the contract is signed
        r"|^(?:契約(?:の)?(?:締結)?後|受注後|受託後|落札後)の[^\s:()]{0,12}(?:日程|スケジュール|予定|流れ)(?:\s{0,2}\((?:参考|予定)\))?$"
        # (「■過去の記念事業報告書の閲覧」: the past papers offered to read now, a step of the call, no history)
        r"|^(?:これまでの|過去の|過年度の|前年度の)(?![^\s:()]{0,24}(?:閲覧|縦覧|貸し?出し?|貸与|配布)$)[^\s:()]{0,24}$"
        # 「## 旧日程(R8.5案)」「■旧スケジュール(参考・差し替え前)」「差替え前の工程表」「Old schedule (draft, superseded)」: a
        # workbook's sheet or a memo's part that keeps the plan as it stood before it was redrawn, the drawn one given
        # above it (no step; 「旧庁舎の見学日程」, a former building's name, keeps its step)
        r"|^(?:旧|差し?替え?前の?|当初案の?)\s{0,2}(?:日程|スケジュール|工程表?|予定表?)(?:\s{0,2}(?:案|\([^()]{0,20}\)))?$"
        r"|(?i:^(?:the\s)?(?:old|superseded|outdated|former)\s(?:draft\s)?(?:schedule|timetable|time-?line|key\sdates)"
        r"(?:\s?\([^()]{0,30}\))?$)"
        r"|^[^\s:()]{0,24}実績\s{0,2}(?:\(参考\)|一覧)?$"
        # 「■自治体発注短信」「■今週の主な締め切り（編集部調べ）」「■読者アンケートのお願い」: a news page's digest of other
        # calls and its own notes to readers (not 「1.今週のトピックス」 of a weekly report: its writer's own news, the call's
        # schedule as he copied it among them)
        r"|^[^\s:()]{0,12}(?:短信|ダイジェスト)$|^(?:今週|来週|今月|来月|週間)の(?!(?:トピック|話題|報告|活動|動き|出来事|成果|振り返り))[^\s:()]{0,12}(?:\s{0,2}\([^()]{0,40}\))?$"
        r"|^読者[^\s:()]{0,12}$"
        # 「■この案件の履歴」「■この案件を見た人はこちらも見ています」「■類似案件」: a portal's page about one call, its
        # own record of the page's updates and its links to other calls
        r"|^(?:この|本|当該)[^\s:()]{0,8}の(?:更新|掲載)?履歴$|^[^\s:()]{0,16}(?:こちらも|あわせて|合わせて)(?:見|読|チェック)[^\s:()]{0,8}$"
        r"|^(?:類似|似た|おすすめの?|同じ[^\s:()]{0,8}の)案件(?:一覧)?$"
        # 「現在募集中の案件」「よく見られているページ」: a page's sidebar of the site's other calls and its most read pages
        # (「■受付中の案件」 heading a list page is the page's own calls: only 「現在募集中の…」 beside one call's page)
        r"|^現在募集中の(?:案件|調達|公告|入札|プロポーザル)(?:一覧|情報)?$"
        r"|^よく(?:見ら|閲覧さ|読ま)れている(?:ページ|記事|情報)$|^(?:アクセス|閲覧)(?:数)?の多い(?:ページ|記事)$"
        # 「3 取り消した公告の主な日程（参考）」「中止した説明会の日程」: the schedule of a call or a step withdrawn, none now
        r"|^[^\s:()]{0,12}?(?:取り?消し?た|取消し?前の|中止した|撤回した)[^\s:()]{0,16}(?:日程|スケジュール|予定)(?:\s{0,2}\(参考\))?$"
        r"|^(?:この|同じ|当該)[^\s:()]{0,12}の(?:過去|その他|ほか|他)の(?:案件|入札|公告|調達)(?:一覧|情報)?$"  # 「この発注機関の過去の案件」
        # 「Reference: past schedule」「Last year's timetable (for reference)」「Schedule of the previous call」: an earlier
        # call's steps, shown beside this one's (「【参考】前年度の日程」)
        rf"|(?i:^(?:(?:for\s)?reference(?:\sonly)?\s?:\s?)?(?:the\s)?{_EARLIER_EN}\s(?:(?:call|round|year)[’']?s?\s)?{_SCHEDULE_EN}"
        rf"(?:\s?\((?:for\s)?reference(?:\sonly)?\))?$|^{_SCHEDULE_EN}\sof\s(?:the\s)?{_EARLIER_EN}\s(?:call|round))"
        r"|^(?!.*(?:日程|スケジュール|提出書類))[^:()。]{0,24}\s一覧$"  # 「入札・契約情報 一覧」: a list of the site's other pages  # 「これまでの委託の実績(参考)」  # 「現行契約の状況(参考)」: the contract in force
    )
)
# 「■社内スケジュール（案）」「変更後の社内日程：」「社内の段取り」「■ 社内手続」: a bid team's own plan around the call it passes on
# (its drafts, reviews, approvals, when it posts its papers), no step of the call: the list of items under the heading
TEAM_PLAN_HEADING = re.compile(
    # (「５．社内体制・スケジュール」: who does what, then the plan)
    rf"^[^\s:()]{{0,12}}(?:{words_pattern(('社内', *TEAM_WORDS))})(?:の)?"
    # (「■社内の〆」: its deadlines, the bare 〆 a team writes for them)
    # (「■社内メモ」: the team's notes, its own days among them)
    r"(?:体制\s{0,2}(?:・|及び|と)\s{0,2})?(?:スケジュール|日程|段取り?|予定|締切|締め切り|〆切|〆|工程|準備|作業|タスク|手続き?|手配|対応|メモ)"
    # (「社内の予定も以下のとおり後ろ倒しにします。」: a sentence that puts the plan below)
    # (「５．社内スケジュール（発注者の日程ではない）」: a bracket that says whose plan it is; 「■社内の〆（県の日程ではありません。
    # 県の〆から逆算して置いています）」: and goes on to say how it was drawn)
    # (「社内の段取りは以下で進めたいと思います。」: the same, the plan below told in other words)
    r"(?:[^\s:()]{0,8}(?:\s{0,2}\([^()]{0,8}\))?"
    r"|\s{0,2}\([^()]{0,12}(?:ではない|ではありません|じゃない|じゃありません|とは別)[^()]{0,30}\)"
    r"|[はもを]?(?:以下|次|下記)(?:の?(?:とおり|通り)|で|に)[^\s:()。]{0,16}。?"
    # (「社内スケジュール（案）です。異論あればスレッドで。」: a post that names the plan it puts below, and asks for views)
    r"|(?:\s{0,2}\([^()]{0,8}\))?(?:です|になります|となります)。(?:[^\s:()。]{1,20}。?)?)$"
    # (「社内スケジュールも引き直しました。」「社内の段取りはこんな感じで考えています。」: a post opened by the plan's name
    # that tells the plan it lists was drawn; not an issuer's sentence on its office's procedure, 「契約の締結は、庁内の
    # 手続きを経て速やかに行います。」, whose words before 庁内 and after 手続き are no plan's: 庁内 left out of this form)
    # (「社内の締切も1週間ずらします。」: its deadlines moved, the same)
    rf"|^(?:{words_pattern(('社内', *TEAM_WORDS), leaving=('庁内',))})(?:の)?"
    r"(?:スケジュール|日程|段取り?|予定|工程|締切|締め切り|〆切)[はもを][^\s:()。]{1,10}(?:ました|ます)。?$"
    # (「■ 当社の対応（案）」「４．当社対応スケジュール（社内）」: what the team itself will do; a company that issues a
    # call may call its own steps 当社の日程, so 当社 alone before a schedule names no team's plan)
    rf"|^[^\s:()]{{0,12}}(?:{words_pattern(FIRM_SELF_WORDS)})(?:の)?"
    r"(?:対応|段取り?|準備|作業|タスク|手配)(?:\s{0,2}(?:スケジュール|日程|予定|工程))?(?:\s{0,2}\([^()]{0,8}\))?$"
    # (「３．提案準備スケジュール（社内）」: a schedule whose bracket says it is the team's; in the bracket the firm's
    # words and 「チーム内」, a department's not, as first written)
    r"|^[^\s:()]{0,16}(?:スケジュール|日程|予定|工程)\s{0,2}"
    rf"\((?:{words_pattern(FIRM_WORDS + TEAM_WORDS, leaving=('部内', '課内', '庁内'))})[^()]{{0,6}}\)$"
    # (「【社内】」 over 「10/9 キックオフ」: a board's or a memo's part headed by the firm's word alone, in its brackets)
    rf"|^[【\[<＜]\s{{0,2}}(?:{words_pattern(FIRM_WORDS)})\s{{0,2}}[】\]>＞]$"
    # (「3. OUR INTERNAL PLAN (proposal)」「Internal timeline:」: the same in an English mail)
    # (「Internal milestones — these are OURS, not the city's:」: an aside after a dash that says whose they are)
    r"|^[^:()]{0,8}?(?i:(?:our\s{1,2})?(?:internal|in-house)\s{1,2}(?:plan|schedule|timeline|milestones|deadlines))"
    r"(?:\s{0,2}\([^()]{0,12}\)|\s{1,2}[—–-]{1,2}\s{1,2}[^():]{0,60})?\s{0,2}:?$"
)
TEAM_PLAN_HEADING_MAX = 64  # characters of such a heading, an English aside after it included
# 「社内スケジュール（案）※市の日程ではありません」「社内の締切は以下で。※機構の日程ではありません」「3. 社内スケジュール（WBS
# から抜粋。以下は当社の社内期限であり、発注者の日程ではない）」: a note after the team's heading that says whose days the
# list's are not (after a 「※」, or in a bracket however long): taken off before the heading is read
NOT_ISSUERS_NOTE = re.compile(
    r"\s{0,2}(?:[※＊*]\s{0,2}[^※＊*()]{0,30}|\([^()]{0,60})"
    r"(?:ではない|ではありません|じゃない|じゃありません|とは別)[^※＊*()]{0,30}\)?$"
)
# 「議事録」「会議録」「打合せ記録」 at the head of a text, over its 「出席者」: the record of a meeting
MEETING_RECORD = re.compile(r"議事録|議事メモ|会議録|会議メモ|(?:打合せ|打ち合わせ|打合わせ|ミーティング)(?:記録|メモ|議事)")
MEETING_HEAD_LINES = 12
# 「5. ToDo」「4. 決定事項」「宿題」: in a meeting's record, what the team decided to do and by when, no step of the call
# (「３．当社スケジュール（本日決定）」: a meeting of the team says whose schedule 当社 is)
MINUTES_TASKS = re.compile(
    r"(?:決定事項|(?i:to\s?do)(?:\s{0,2}リスト)?|宿題|アクション\s{0,2}(?:アイテム|プラン)?)$"
    # (「2. タスク」「担当タスク一覧」: the team's tasks, by whom)
    r"|^(?:今後の|各自の|担当)?タスク(?:\s{0,2}(?:一覧|リスト))?$"
    rf"|^[^\s:()]{{0,8}}(?:{words_pattern(FIRM_SELF_WORDS)})(?:の)?(?:スケジュール|日程|予定)(?:\s{{0,2}}\([^()]{{0,8}}\))?$"
    # (「7. 次回」「次回打合せ予定」: when the meeting meets again, its own next meeting)
    r"|^次回(?:の)?(?:打合せ|打ち合わせ|会議|ミーティング|定例会?|開催)?(?:予定|日程|日時)?$"
)
TEAM_PLAN_WORDS = (*FIRM_WORDS, *TEAM_WORDS, "nternal", "NTERNAL", "n-house", "N-HOUSE")  # (any heading above names one)
# 「[1] 澪浜市地域公共交通計画策定支援業務委託」「【案件2】…工事」: the heading of one case in a digest of several calls (a
# bid-alert mail, a list of new cases), each with its own 公告日 and 締切
CASE_HEAD = re.compile(
    r"^\s{0,4}(?:\[\s?\d{1,2}(?:\s?/\s?\d{1,2})?\s?\]|【\s?(?:案件\s?)?\d{1,2}\s?】|(?:案件|No\.?)\s?\d{1,2}\s{0,2}[:.\s])"
    r"\s{0,2}(?P<name>\S.{3,80})$"
)  # (「[1/6] 月影市｜入札・契約情報」: an alert's item, numbered of all)
# 「No.1　【受付中】【新着】」 over 「案件名　　　…業務委託」, 「[1/6] 月影市｜入札・契約情報」 over 「タイトル：…業務委託の事業者を
# 募集します」: a case's head that numbers it and names no call, the call's name a field of the lines under it
CASE_NAME_FIELD = re.compile(r"^\s{0,4}(?:案件名|件名|業務名|工事名|調達件名|タイトル|題名)\s{0,8}[:：\s]\s{0,8}(?P<name>\S.*)")
CASE_NAME_REACH = 2  # lines under a case's head its name field may be on
# 「1/13(水) 12:00　[3] 説明会 参加登録締切」: a line of a digest's calendar above its cases, tagged with its case's number
CASE_TAG = re.compile(r"[\[【]\s?(\d{1,2})\s?[\]】]")
CASE_NUMBER = re.compile(r"\d{1,2}")
# 「【訂正】…実施要領の訂正について」「…の日程変更のお知らせ」: a case of a digest that changes its call, as a notice of a change
CHANGED_CASE = re.compile(r"【\s{0,2}(?:訂正|変更|修正|延期|延長)\s{0,2}】|(?:訂正|変更|修正|延期|延長)(?:について|のお知らせ)")
CASE_FEATURED_RATIO = 2  # a featured case gives this many times the dates of any other, at least
CASE_WORK = re.compile(r"業務|委託|工事|調達|購入|賃貸借|借入れ?|整備|保守|点検|製作|策定|リース|事業|指定管理")
CASES_MIN = 2
# 「◆桜庭市『…冊子制作業務』公募型プロポーザル　参加申込は…」: the head of one call's paragraph in a newsletter of several
CALL_PARAGRAPH_MARKS = "◆◇■□●★☆▼▽"
CALL_PARAGRAPH_HEAD_MAX = 200  # the head line of such a paragraph, at most (the call's name and its deadlines)
CALL_PARAGRAPH = re.compile(rf"^\s{{0,4}}[{CALL_PARAGRAPH_MARKS}]\s{{0,2}}(?P<name>\S.{{3,}})")
# 「（１）紫苑市「令和１０年度紫苑市ＤＸ推進計画策定支援業務」」 over its paragraph: a call's name numbered on a line of its own
CALL_NUMBERED_HEAD = re.compile(  # (「①」 read as 「1」)
    r"^\s{0,4}(?:\(\s?\d{1,2}\s?\)|\d{1,2}[.)]?)\s{0,2}[^「」『』。\d\s]{0,30}[「『](?P<name>[^「」『』]{2,60})[」』]"
    r"(?:\s{0,2}\([^()]{1,20}\))?\s{0,4}$"
)  # (its issuer, the call's name in quotes, its way perhaps: not 「（２）開業準備業務 調理リハーサル…」「２ 業務の内容 別添
# 「…仕様書」のとおり」, items of a notice's list)
LIST_ITEM_LINE = re.compile(r"^\s{0,4}(?:\(\s?\d|[①-⑳]|\d{1,2}[.\s]|[・※◆◇■□●○])")  # (a line that opens an item of a list)
CALL_PARAGRAPH_NUMBERS = CALL_PARAGRAPH_MARKS + "(0123456789"  # (the first characters of both heads)
# 「【案件2】」「■案件3」「[案件1]」 alone on its line: the head of one contract's block in a notice of several
# (the bracketed head may have the block's first fields after it on its line: 「【案件2】 案件番号 08-委-0032 業務名 …」)
CASE_BLOCK = re.compile(
    r"^\s{0,4}(?:[【\[［〔<〈■◆●◇○]?\s{0,2}案件\s{0,2}(?P<number>[0-9０-９]{1,2}|[①-⑳])\s{0,2}[】\]］〕>〉]?\s{0,4}$"
    r"|【\s{0,2}案件\s{0,2}(?P<bracketed>[0-9０-９]{1,2}|[①-⑳])\s{0,2}】\s)"
)
# 「【3】 発注情報 …業務 ………… 2」: a line of a bulletin's contents, the article's name led by dots to its page
CONTENTS_LEADER = re.compile(r"(?:[…‥]|・・・|\.\.\.|\t)[…‥・.\s]{0,80}\d{1,3}\s*$")  # (the dots read as a tab)
# 「…出席が困難な場合は、9月21日(火)正午までに下記担当へ御連絡ください」: a day the notice asks the bidders, in a case
# it names, to tell the issuer by (a step of its own, other, when the sentence names no step besides)
TELL_BY_AFTER = re.compile(
    r"^\s{0,2}(?:\([^()]{1,4}\))?[^。]{0,12}?までに[^。]{0,30}?(?:御|ご)?(?:連絡|申し出|申出|届け出|届出)\s{0,2}"
    r"(?:ください|下さい|すること|願います|をお願い)"
)
CONDITION_BEFORE = re.compile(r"(?P<what>[^、。,]{2,40}?)(?:場合|とき)(?:に)?は\s{0,2}[、,]?\s{0,2}$")
# 「契約書の取り交わしが本日完了しました」「無事に受注しました」: a chat's post that tells the call was won and signed; the
# dates after it are the work's (its kickoff, 実施計画書, 要件定義), no step of the call
AWARD_TOLD = re.compile(
    r"契約書?(?:の)?(?:締結|取り?交わし|取交わし|調印)(?:が|は|も)?\s{0,2}(?:本日|無事に?)?\s{0,2}(?:完了|終了|終わり|済み|済ませ|でき)"
    r"|契約を?\s{0,2}(?:締結|調印)(?:しました|いたしました|できました)"
    r"|(?:受注|落札|受託)(?:しました|いたしました|できました|が決まり|が決定し|決定しました)"
)
# In a bid team's chat, what a member says the team will do on a day (its review, printing, posting its papers, the
# questions gathered): the team's work, no step of the call (「回答は6/24に掲載」「6/25必着」 stay the issuer's)
TEAM_ACT = re.compile(  # (not 課内 nor 庁内, as first written)
    rf"{words_pattern(('社内', *TEAM_WORDS), leaving=('課内', '庁内'))}"
    r"|レビュー|印刷|製本|下書き|ドラフト|集め(?:ます|る|て)|終わらせ|押さえ|入れておいて"
    # 「first full draft of 企画提案書 by Fri 6/26」「internal review Mon 6/29」「print & bind Thu 7/2」: the same in an English
    # post of the team's chat
    r"|(?i:\b(?:drafts?|internal\sreview|print(?:ing)?\s(?:&|and)\sbind(?:ing)?|rehearsals?|dry\srun)\b)"
    # (「回答は9/4(金)までにもらうようにします」: what the team asks of its suppliers; not 「提出してもらいます」, what the
    # issuer has the bidders do)
    r"|(?<!て)(?:もら|貰)(?:う|います)|ようにします"
    r"|(?:郵送|発送|送付|送信|提出|持参|投函|送り)\s{0,2}(?:します|しておきます|しましょう|する予定|予定です|でいきます)"
)
# 「入札書受付期間:令和9年2月3日(水)午前9時~令和9年2月5日(金)午後5時 社内予定:2/3(水)午前中に提出」: a ticket's cell of
# keyed lines, read run onto one (its line breaks as spaces); the words of a date its own key names end where the next
# item opens, by its key (「社内予定:」「メモ:」) or its mark (「※」「・」「【社内】」): that item's words, not the date's
# (「2/3(水) 社内:提出します」, a date no key names, is that item's own)
NEXT_ITEM_AFTER = re.compile(r"\s(?:[^\s\d:、。()]{2,12}:|[※・●■◆【\[])")
# 「訂正…10時ではなく10時30分でした」「時刻を間違えていました」: a chat's post that corrects what was posted before
CHAT_CORRECTION = re.compile(r"訂正|間違|ではなく|じゃなく")
# 「PDFの2段組が崩れて、日付が左右逆に読めています。原本はこうです。」: a post that says an earlier one misread the days
CHAT_MISREAD = re.compile(CHAT_CORRECTION.pattern + r"|誤読|読み違|取り違|逆に読|崩れて")
CORRECTION_POST_LINES = 8  # lines of a post that corrects, at most
# 「質問の締切は 2/12 じゃなくて 2/15(月) 17時 でした」「上の箇条書きの9/30は無視してください」: a later post that takes back a
# day posted before, the step's right day given beside it
SLASH_DAY = re.compile(r"(?<![\d/])" + MONTH_SLASH_DAY + r"(?:\([月火水木金土日]\))?")
RETRACTED_AFTER = re.compile(
    r"^\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:じゃなくて|じゃなく|ではなく|は無視|は誤り|は間違い|は(?:打ち|書き)間違い|は誤記"
    # (「（5/26は別件の予定と混ざってました）」: the day posted before was another affair's, mixed into the schedule)
    r"|は(?:別件|別の|他の|ほかの)[^。、\n]{0,8}?(?:と|が)(?:混ざ|混同|混じ|取り違)"
    # (「7/6(月)は…たぶん去年の案件の〆と混ざってます」「6/30は前回の締切と勘違いしてました」: mixed up with a day of an
    # earlier call or of the year before)
    r"|は[^。\n]{0,6}?(?:去年|昨年|前回|前年|過去|以前|昨年度|前年度)の?[^。、\n]{0,12}?(?:と|を)\s{0,2}(?:混ざ|混同|混じ|取り違|勘違い))"
)
MIXED_UP_WORDS = ("混ざ", "混同", "混じ", "取り違", "勘違い")  # (a post that says a day was mixed up: read for one)
# 「質問があれば 1/18(月)中に私まで」「…は6/3(木)までに私あてに送ってください」: the day by which the team brings something
# to the one who writes (a forward's note to the team), the team's own day, no step of the call
TO_WRITER_AFTER = re.compile(
    r"^\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:中に|までに|まで)\s{0,2}(?:私|小職)\s{0,2}(?:まで|あて|宛て?|に|へ)"
)
# 「社内決裁」「社内の決裁が要るので」「社内締切」「弊社締切は5/10(水)です」: the team's own approval or deadline named in
# the date's sentence (of any text, not only a chat's); 弊社 and 自社 with their own deadline only (「弊社の承認後」
# 「弊社のレビューを経て、…までに結果を通知します」: a company that issues a call, its own acts on the bidders' papers;
# 当社 not read here, as first written: an issuing company writes 「当社締切」 of its own deadline as readily)
TEAM_STEP = re.compile(
    r"社内の?(?:決裁|締切|締め切り|〆切|稟議|承認|レビュー)"
    rf"|(?:{words_pattern(FIRM_SELF_WORDS, leaving=('当社',))})の?(?:締切|締め切り|〆切)"
)
# 「→※弊社締切は5/22(月)正午です」「→ 社内：…」: a line a firm wrote into the call it forwards (a client passing a notice
# on, its comments marked so among the notice's items), opened by its arrow, its note's mark and the firm's word: its
# own plan, no step (「※弊社ホームページで公表します」 unmarked by an arrow, 「→当社にて審査のうえ、…結果を通知します」 by no
# note's mark, are an issuing company's own words, a step of its flow; 社内 is never the issuer's)
FIRM_NOTE = re.compile(
    rf"^\s{{0,4}}(?:[→⇒]\s{{0,2}}(?:[※＊*]\s{{0,2}}(?:{words_pattern(FIRM_SELF_WORDS)})|[※＊*]?\s{{0,2}}社内)|[※＊*]\s{{0,2}}社内)"
)
FIRM_NOTE_REACH = 12  # the firm's word stands within the line's first characters
# 「参加申込書の押印申請 6/1(月)までに総務へ」「2/3(火) 企画書の骨子〆」「7/4(火) リハーサル」「interview dry run」: a step
# only a bidding team takes on its way to the call's deadline (its seal's approval, its drafts' own deadlines, its rehearsal),
# in any text that passes the call on
TEAM_WORK = re.compile(
    r"押印申請|押印依頼|(?:ドラフト|骨子|初稿|原稿|素案)\S{0,4}〆(?!切)|社内\s{0,2}〆|リハーサル"
    # (「参加申込書の押印回議 6/10(水)着手」「参加表明書の稟議 9/4(金)」「押印手続 9/8(火)まで」: the firm's own round of
    # approvals for its seal on the papers, no issuer's step)
    r"|押印\s{0,2}(?:回議|稟議|決裁|手続)|回議|稟議"
    # (「会場候補の仮押さえ 6/2(水) 10:00」「社内審査会は2/19(金)で仮押さえ済み」: a day the team holds for itself)
    r"|仮(?:押さえ|押え|抑え)"
    # (「プレゼン練習 8/13(木)」「参加表明書 押印・発送 7/22(水)」: the team's practice for the hearing, the day it seals and
    # posts its papers ahead of the issuer's deadline)
    r"|(?:プレゼン(?:テーション)?|ヒアリング|発表|面接)\s{0,2}の?\s{0,2}(?:練習|リハ(?!ビリ))|押印\s{0,2}・\s{0,2}発送"
    r"|(?i:dry[ -]run|red[ -]team|rehearsal|text freeze|pre-read)"
    # (「資格確認申請書類の準備」「製本・提出準備」: the team readying its papers; 「閲覧（6/17午前で予約済）」: a slot it booked)
    r"|(?:書類|資料|提出|製本)\s{0,2}の?\s{0,2}準備|予約済"
    # (「申込は11/24（水）17:15が期限だが、社内では11/22（月）中に申し込む」: the team's own day set against the issuer's,
    # its 社内 just before the date)
    r"|社内\s{0,2}(?:では|は)\s{0,2}\|"
)
# 「【他案件】」「（別案件）」「ちなみに別件ですが、…の入札、開札が10/6(火)10:00です」: an entry a team marks as another
# call's, kept in the same calendar, tracker, chat or minutes (not 「5/26は別件の予定と混ざってました」: a day told apart
# from this call's; not 「月別件数」)
# (「琴浜市の観光案件(別チャンネル)の参加申込〆」「防災無線の案件（別スレッドで管理）」: a call the team follows in another
# channel, thread or sheet of its tool, its bracket after the call's name)
OTHER_CALL_MARKED = re.compile(r"(?:他|別)案件|【別件】|別件(?:です|だ)?が")
OTHER_CALL_CHANNEL = re.compile(r"案件\s{0,2}[(（]\s{0,2}別(?:の)?(?:チャンネル|スレッド?|シート|タブ|ボード|プロジェクト|件)")
TEAM_WORK_MARKS = (
    "押印",
    "回議",
    "稟議",
    "練習",
    "〆",
    "リハ",
    "仮押",
    "仮抑",
    "dry",
    "Dry",
    "DRY",
    "red",
    "Red",
    "RED",
    "ehearsal",
    "freeze",
    "pre-read",
    "準備",
    "予約済",
    "社内",
)
DAY_LIST_JOINERS = frozenset({"・", "、", ",", "，", "と", "及び", "/", "／"})  # between the days of a list: 「8/13・8/17」
TEAM_WORK_HINT = re.compile("|".join(map(re.escape, TEAM_WORK_MARKS)))  # (one scan for any of the marks)
# 「6/3(水) 提案書 初稿」「技術提案書 第1稿」「骨子レビュー」「ヒアリング想定問答 初版」「入札額決定会議」: a row or an item named
# by the team's own work product or meeting (a draft by its number, its review, the answers it rehearses, the meeting that
# fixes its price), whatever the tool it was kept in (a chat, a WBS, a board): no step of the call, whose rows name the
# papers handed in and the issuer's acts (not 「提案書の提出（第1次審査）」「参加表明書の確認結果通知」「原稿の提出期限」)
# (not 「提案書初稿の提出期限」「企画提案書骨子の提出期限」: a call of two stages whose first paper is a draft or an outline, the
# issuer's deadline for it)
ISSUERS_PAPER_DUE = r"(?!\s{0,2}の?\s{0,2}(?:提出|受付)\s{0,2}(?:期限|期日|締切|締め切り|日))"
TEAM_PRODUCT = re.compile(
    r"(?:第\s?\d{1,2}|初|最終|一次|二次)稿(?!料)" + ISSUERS_PAPER_DUE + r"|想定問答|読み合わせ"
    # (「提案書 骨子 5/18(火)」: the team's outline; no plan's 骨子案)
    r"|(?:提案|企画)書?\s{0,2}の?\s{0,2}骨子(?!案)"
    + ISSUERS_PAPER_DUE
    + r"|(?:骨子|社内|部内|課内|部長|課長|上長|内部)\s{0,2}(?:レビュー|確認)(?!結果|の?通知)|最終\s{0,2}レビュー"
    r"|(?:入札|応札)?(?:額|価格|金額)\s{0,2}(?:決定|決め)\s{0,2}会議|営業会議"
    # (「部長決裁 7/6(木)」「社内承認 6/6」: the firm's own sign-off on its bid)
    r"|(?:部長|課長|社長|役員|上長|社内|部内)\s{0,2}(?:決裁|承認)"
    # (「Go/No-Goは6/5 10時に決定」「参加可否判断 6/5(金)」: the team's own decision whether to bid at all)
    r"|(?i:(?<![a-z])(?:go\s{0,2}/\s{0,2})?no[ -]?go(?![a-z])|(?<![a-z])bid\s{0,2}/\s{0,2}no[ -]?bid(?![a-z]))|参加(?:可否|有無)?\s{0,2}判断"
    # (「提案書　最終版・印刷 2/15(月)」: the team's final version of its papers, readied to print; not 「要項（最終版）の公表」)
    r"|(?:書|資料|スライド)\s{0,2}の?\s{0,2}最終版" + ISSUERS_PAPER_DUE + r"(?!\s{0,2}の?\s{0,2}(?:公表|公開|掲載|配布|送付))"
)
TEAM_PRODUCT_HINT = re.compile(
    r"稿|想定問答|読み合わせ|レビュー|確認|会議|骨子|決裁|承認|[Nn][Oo][ -]?(?:[Gg][Oo]|[Bb]id)|判断|最終版"
)
# 「5/25(月) 参加申込書 発送（市は5/27必着）」「6/26(月) 午前中に持参（県の期限は同日16時）」「2/18(木)中に提出する予定です
# （市の受付は2/19(金) 17:00まで）」「5/15(金) 質問書 送信（市の締切より前倒し）」: a day set against the issuer's own in a
# bracket or a note after it (the issuer named, its day told apart): the team's day; the issuer's, in the bracket, stays
_ISSUER_SIDE = (
    r"(?:[市県町村区都府道国]|機構|発注者|発注機関|発注元|先方|役所|市役所|県庁|役場|本庁|法人|大学|センター|公社|財団)"
)
ISSUERS_DAY_APART_AFTER = re.compile(
    r"^[^()\d※。]{0,40}?(?:\([^()\d]{1,12}\)[^()\d※。]{0,20}?)?[(※]\s{0,2}(?:"
    + _ISSUER_SIDE
    + r"(?:側)?(?:\s{0,2}の\s{0,2}[^\s()は、。]{1,6})?\s{0,2}(?:は\s{0,2}(?:\d|同日|同月|R\d|令和|当日)|より\s{0,2}(?:前|早))"
    # (「入札書提出は 7/7(金) 中に行います（〆は 7/10 17:00 だが前倒し）」: the deadline itself told apart, a later day)
    r"|(?:〆|締切|締め切り|期限)\s{0,2}は\s{0,2}\d{1,2}\s{0,2}[/月])"
)
# 「レコーディングとトランスクリプトは 2028年7月16日 に期限切れになります」: the day a recording, a link or a file expires
EXPIRED_AFTER = re.compile(r"^\s{0,2}(?:に|で)\s{0,2}(?:期限切れ|失効|自動削除|削除され)")
# 「・フォローアップ タスク：千葉さんが実績資料を収集する（5月22日）、…」: a line keyed as the team's tasks
TASKS_KEYED_LINE = re.compile(
    r"^[\s・●■◆◇□※*-]{0,4}(?:フォローアップ\s{0,2})?(?:タスク|(?i:to\s?do)|宿題|アクション\s{0,2}アイテム)\s{0,2}[:：]"
)
# 「- 提案書 骨子 5/18(火) @川村」「- 県担当へ日程の確認 @野口 (完了 5/11)」: an item of a list ending in whom it falls to
# (an @ and a name, its status in a bracket after it): a task of the team's, its days its own, though it names the issuer's
# step (「県への質問送付 → 5/14(金) 締切に間に合わせる @石田」); no e-mail address (「keiyaku@…」), no place (「@市役所3F」)
TASK_ITEM = re.compile(r"^\s{0,4}(?:[-・●○■□☐☑✅*•]|\d{1,2}[.)]|\[\s?[xX✓]?\s?\])\s{0,2}\S")
TASK_OWNER_END = re.compile(
    r"\s@(?P<owner>[^\s@()、。,:：/]{1,12})(?:\s{1,2}[^\s@()、。,:：/\d]{1,6})?\s{0,2}(?:\([^()]{0,30}\)\s{0,2})?$"
)
TASK_LINE_MAX = 160  # characters of a task's line, at most (a longer line is a paragraph)
OWNER_PLACE = re.compile(
    r"室|庁|館|階|課|係|部局|会場|センター|ホール|役所|役場|本社|支社|支店|事務所|会議|ビル|棟|オンライン|\dF"
    r"|(?i:online|zoom|teams|webex|web|room|hall|office)"
)
# 「(完了 5/11)」「(済 5/10)」: the day a task was done, in its bracket
DONE_MARK_BEFORE = re.compile(r"\(\s{0,2}(?:完了|済み?|対応済み?|(?i:done))\s{0,2}[:：]?\s{0,2}$")
# 「JV協定書の日付は 1/25(月) で統一させてください」: the day to write on a paper, no step
PAPER_DATED_BEFORE = re.compile(r"(?:書|票|届)の(?:日付|作成日|記載日)\s{0,2}[はを]\s{0,2}$")
PAPER_DATED_AFTER = re.compile(r"^\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:で|に|と)\s{0,2}(?:統一|記入|記載|揃え|そろえ)")
# 「参加申込書は 5/11（火）に持参する（前日までに押印）」: the day the team will bring its paper (the call gives a day to
# bring it by: 「…までに持参すること」)
BRINGS_ON_AFTER = re.compile(
    r"^\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:の?(?:午前|午後)中?)?\s{0,2}に\s{0,2}持参\s{0,2}(?:する|します)(?!こと|もの)"
)
# 「6/14(水)までに送付を目標」: the day the team aims at, before the issuer's deadline
AIMED_AFTER = re.compile(r"^\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:中|頃)?までに[^。、,()]{0,12}を目標")
# 「→ 5/23（火）提出済（4問）」「5/31確認済」「6/6（火）到着確認済」: the day the team did its part, checked off (a bidder's
# act: the call's own steps done are 「開催済み」「掲載済み」, no such act; 「…までに送信完了すること」 is the notice's order)
# (not 「5月28日(金)正午までにメールで → 申込済(三好)」: the call's deadline, the team's note that it met it after it)
TEAM_DONE_AFTER = re.compile(
    r"^(?:(?!まで|迄|必着|期限|締切|〆)[^。、,\d]){0,16}?(?:提出|確認|発送|送付|郵送|持参|投函|申込み?|受領|DL|ダウンロード|到着確認|送信)\s{0,2}"
    r"(?:済(?!み?の)|完了(?!\s{0,2}(?:す|し|さ|せ|後|次第|の)))"
)
# 「説明会申込は 9/2 16:20 に送付、9/3 に受付メール受領」「→ 4/20(火) 観光課へ持参、受付印あり」「9/3(火)に正式発注書を受領。」:
# the day the team sent, brought or received a paper, told as done in a note's clause that ends at the act (the call
# gives a day to do it by: 「…までに持参」「提出期限 … 持参又は郵送」)
TEAM_ACT_TOLD_MARKS = ("送付", "持参", "発送", "郵送", "送信", "受領", "投函")  # (also the guard before the match)
TEAM_ACT_TOLD_AFTER = re.compile(
    r"^(?:(?!まで|から|以降|期限|期日|必着|締切|予定|限り|又は|または|若しくは|及び)[^。、,()\n]){0,16}?"
    rf"(?:{words_pattern(TEAM_ACT_TOLD_MARKS)})\s{{0,2}}[、。,]"
)
# 「企画書の提出は8月上旬になるはず（説明書には日付なし）」「12月中に契約締結の想定だと思います」: a member's guess at a day
# the call does not give, no step's day
GUESS_AFTER = re.compile(
    # (not 「午後5時必着（郵便事情で遅れるかもしれませんので…）」: a note on the deadline, no guess at its day)
    r"^[^。、,\d(]{0,12}?(?:に|と)?(?:なる|する)?\s{0,2}(?:はず(?!の)|(?:想定|見込み|予定|見立て)?(?:だ|か)と思(?:います|う|われ))"
)
# 「状態: 処理中  優先度: 高  担当者: …」 at the head of a text: a ticket of the team's tracker (Backlog, Redmine, Jira);
# its 「期限日:」 / 「期日:」 field, and that field's changes in its history, are the ticket's due day, no step of the call
TICKET_HEAD_LINES, TICKET_HEAD_CHARS = 15, 1500
# (「子課題 PRPSL-238 の期限日を 2026/10/23 に設定しました」「チケット #4522 の期日を…」「本課題の期限日（10/09）」: the
# field of a ticket named by its key or as the ticket, in its comments)
TICKET_DUE_BEFORE = re.compile(
    r"(?:^|[\s・※:]|(?:[A-Z][A-Z0-9_]{1,15}-\d{1,6}|#\d{1,6}|課題|チケット|タスク)\s{0,2}の)(?:期限日|期日|開始日|完了予定日)"
    r"\s{0,2}(?:[:(]|を)?\s{0,12}"
    # (「期限日を 2025/08/22 → 2025/08/27 に変更」: the field's change in the ticket's history, its new value)
    r"(?:[\d/.\-]{4,10}(?:\([月火水木金土日]\))?\s{0,2}(?:→|->|⇒|から)\s{0,2})?$"
)
# (「期限: 2027年6月26日 18:00」: a card's due field, the word alone opening its line; not 「参加申込 期限: …」, a step's)
TICKET_DUE_ALONE = re.compile(r"^\s{0,4}(?:期限|(?i:due(?:\sdate)?))\s{0,2}[:：]\s{0,4}$")
# (「リスト「提案書作成中」内」: the card's list as Trello's card view shows it, the list's name in brackets)
BOARD_CARD_LIST = re.compile(r"^\s{0,4}(?:リスト|(?i:list))\s{0,2}(?:[:：]|「[^「」\n]{1,30}」\s{0,2}内)", re.MULTILINE)
# (「メンバー」 / 「TM  KK  YA」: a field's name alone on its line, its value on the next, as the card view copies it)
BOARD_CARD_FIELD = re.compile(r"^\s{0,4}(?:ラベル|メンバー|(?i:labels?|members?))\s{0,2}(?:[:：]|$)", re.MULTILINE)
# 「機能 #1343: 提案書 技術パート作成<TAB>進行中<TAB>高橋 美里<TAB>2026/12/02」「PRJ-12 見積書作成 … 2026/12/04」: in a ticket, a
# row naming another ticket by its key (a child or a related ticket, with its status and whom it falls to): its date is
# that ticket's due day, the team's own (not an export's rows 「MIN-11<TAB>タスク<TAB>【発注者】公告…」, each an issuer's step
# the team tracks, its key a cell of its own)
TICKET_KEY_ROW = re.compile(
    r"^\s{0,4}(?:[-*・]\s{0,2})?(?:[^\s#:：]{1,10}\s{0,2})?(?:#\d{1,6}|[A-Z][A-Z0-9_]{1,15}-\d{1,6})\s{0,2}[:：]"
)
# 「[x] 参加申込書（様式1）作成・押印　　1月22日」: in a ticket or a card, an item of its checklist with a date after a wide
# gap at its end: the day the item is due or was done, the team's own (an issuer's deadline in the item's words, 「（1/26(火)
# 17時必着）」, repeats the schedule and is read there)
CHECKLIST_ITEM = re.compile(r"^\s{0,8}(?:[-*+]\s{1,2})?(?:\[[ xX✓✔]?\]|[☐☑☒✅⬜✔✓])\s{0,2}\S")
# 「関連課題 PRJ-31 の開札は」「別件の見積合わせは」: a day of another case the team's ticket or note relates to
RELATED_CASE_BEFORE = re.compile(r"(?:関連(?:課題|チケット|案件)|別件|別案件)[^。、\n]{0,30}$")
# 「5/26(火)で確定ですか？その日、大阪の案件の現地調査と被ってて…」「6/3は別件の打合せと重なります」: a member's clash on the
# day with another job's event, that job's day (no step of the call)
OTHER_CASE_CLASH_AFTER = re.compile(
    r"^[^。\n]{0,16}?(?:別件|別案件|他の案件|[^\s。、]{1,8}の案件)の?[^。、\n]{0,16}?(?:と|に)(?:被|かぶ|重な)[っりる]"
)
# 「※別件!! 鷹羽県 予約システム」 / 「開札 10/28(水) 10:00」: a note (a sticky note, a memo's block) whose first line says it is
# about another case: the lines under it, to the note's end (a blank line), are that case's
OTHER_CASE_NOTE_OPENS = re.compile(r"^[\s|]{0,4}[※＊*・\-]?\s{0,2}(?:別件|別案件)(?![^\s!！:：]{0,2}[のはでにも])")
OTHER_CASE_NOTE_REACH = 3  # lines of such a note under its first, at most
# 「同じ時期に…のプロポも出てて、あっちは質問〆 7/10(金)、提案書 7/31(金)」: another call told of beside this one, the
# dates after 「あちらは」 its own
OTHER_CALL_THERE = re.compile(
    r"(?:プロポ(?:ーザル)?|入札|公募|案件|コンペ|公告)も(?:出て|公告|公示|あり|ある|来て)[^。\n]{0,16}"
    r"(?:あっち|あちら|向こう|そっち|そちら)(?:の方)?は[^。\n]{0,40}$"
)
# 「「…業務」の入札(6/15(火)開札)も出ていますが、今回は見送りとします」: another call named beside, one the team passes on
PASSED_CALL = re.compile(
    r"「[^「」。]{2,50}(?:業務|工事|委託|事業|購入|調達)」の?[^「」。\0]{0,16}\0[^。\0]{0,30}も(?:出て|公告|公示|あり|ある)[^。]{0,30}見送"
)
# 「タスク #4823: 質問書作成・送付   終了   佐伯   2028/06/15」: a row of a ticket's sub-tickets (its tracker, key, title,
# status and owner before the date), the sub-ticket's due day — the team's own task, no step of the call
SUB_TICKET_BEFORE = re.compile(
    r"(?:タスク|バグ|機能|サポート|課題|子課題|チケット|(?i:task|bug|feature|support|issue))\s{0,2}#\d{1,7}\s{0,2}[:：][^#\n]{0,90}$"
)
# 「#3 佐伯 陽菜 さんが 2028/06/23 13:47 に更新」: a history entry's stamp, when a member wrote in the record
RECORD_STAMP_BEFORE = re.compile(r"(?:さん|様|氏)が\s{0,2}$")
# 「3．発注者スケジュール（要領の表を転記。→ は説明会での補足）」: a heading's bracket of sentences, a note on how to read
# what follows (its marks, its source), no word of what the section is about
# (the label may start inside the bracket, its opening cut off: 「の表を転記。→ は説明会での補足)」)
HEADING_NOTE = re.compile(r"(?:[(（]|^)[^()（）]{0,80}。[^()（）]{0,80}[)）]")
# 「6/11(金)は午後に湯川市のヒアリング（13:00〜）が入っているので」: an engagement already in the team's diary on that day
# (another call's, a meeting), told as what the day is taken by, no step of this call
BOOKED_AFTER = re.compile(r"^[^。\n]{0,60}?が\s{0,2}(?:既に|すでに)?入って(?:いる|いて|おり|る|います|ます)")
# 「閲覧予約受付メール（2026/10/2 受信）」: the day a mail came in, told in its bracket (not 「17時受信分まで」, a deadline)
RECEIVED_AFTER = re.compile(r"^\s{0,2}(?:に\s{0,2})?(?:受信|着信)(?:済み?)?\s{0,2}[)）]")
RECORD_STAMP_AFTER = re.compile(r"^\s{0,2}に(?:更新|追加|作成|投稿|コメント|編集)")
TICKET_DUE_FIELD = re.compile(r"期限日|期日|開始日|完了予定日")
# 「期限日は仮置き（8月末）」「※期日は暫定で入力」: a tracker's row telling that its own due field holds a stand-in day, the
# issuer's date not yet known; that column's date is no step (the row's other cells give the issuer's)
DUE_PLACEHOLDER_TOLD = re.compile(
    r"(?:期限日?|期日|完了予定日)\s{0,2}(?:は|を|に)?\s{0,2}(?:仮置き|仮おき|仮設定|仮入力|仮の?日付|暫定)"
)
TICKET_DUE_REACH = 40  # the characters before a date in which its ticket's field is named, at most
# an item of the team's list: a bullet or a number, a note, or the date it starts with (「・9/28(火) とりまとめ」「10/6 決裁」)
TEAM_PLAN_ITEM = re.compile(r"^\s{0,8}(?:[・\-‐●•◦▪○◎■□◆◇▶▷※*]|\d{1,2}[.)]|\(\d{1,2}\)|\d{1,2}\s{0,2}[/月])")
# 「【参考】入居者募集(公社の定期募集)」「<参考>」「参考:利用状況」「■（参考）業務の実施時期」: what is given for reference, no step of the call
# (「(シート3:参考 事業全体工程(予定))」: a sheet's name, then 参考 and what it shows — the project's plan of years)
# (「【参考】入札説明書（抜粋） 主な日程」: the call's own schedule repeated from its papers is its steps; not
# 「【参考】前年度の日程」)
REFERENCE_HEADING = re.compile(
    r"^\s{0,8}(?:[■□◆◇●○▼▽◎★☆]\s{0,2})?(?:[【<(\[](?:[^【<(\[】>)\]:]{1,12}:)?\s{0,2}参考(?:\s{0,2}[】>)\]]|\s)|参考\s{0,2}[:])"
    # (「■（参考）中断前のスケジュール ※無効」: the schedule before the call was suspended, replaced on its resumption)
    r"(?!(?!.*(?:前回|前年|昨年|過去|従前|当初|例年|中断前|停止前|延期前|変更前|訂正前|修正前)).*(?:日程|スケジュール)\s{0,4}$)"
)
# 「【参考】前回 R6 …見直し業務（他社受注）」「(参考) 前年度の同種業務 …」: a heading given
# for reference that names an earlier round of the work (its name and outcome making it longer than a heading)
EARLIER_ROUND_HEADING = re.compile(
    r"^\s{0,8}(?:[■□◆◇●○▼▽◎★☆]\s{0,2})?[【<(\[]\s{0,2}参考\s{0,2}[】>)\]]\s{0,2}:?\s{0,2}(?:前回|前年度|昨年度|過去|前期)"
)
EARLIER_ROUND_HEADING_MAX = 90
EARLIER_ROUND_REACH = 16  # the characters such a heading's 「参考」 stands within
# 「10. 業務実施上の主な日程（参考：契約後の予定であり本プロポーザルの手続ではない）」: a heading whose bracket says
# what is under it is given for reference, the work's once the contract is signed or no step of the call
REFERENCE_NOTE = re.compile(
    r"\(\s{0,2}参考\s{0,2}:[^()]{0,40}(?:(?:契約(?:の)?(?:締結)?|受注|受託|落札)後|手続き?ではない)[^()]{0,40}\)$"
)
REFERENCE_NOTE_MAX = 60  # such a heading, with its bracket, is this long at most
# 「(4) 今後の予定(参考)    意見招請に関する公示 令和9年9月頃    入札公告 …」: a heading given for reference, its items run
# onto its line after the spaces its line breaks became
REFERENCE_RUN = re.compile(r"^(?P<heading>[^。]{1,40}?\(参考\))\s{3,}")
REFERENCE_RUN_MAX = 48  # the characters such a heading ends within
# 「3 入電見込み（参考）」「(8) 現行業務の体制（参考）」: a heading the bracket marks as given for reference after its
# words, no step of the call below it (not 「日程（参考）」: the call's schedule, however firm; not 「変更のない事項（参考）」:
# the call's steps a correction leaves as they were)
REFERENCE_AFTER = re.compile(
    r"^(?!.*(?:日程|スケジュール|手続|予定表|和文|日本語|英文|英語|和訳|英訳|翻訳|抄訳|変更(?:の|が|は)?\s{0,2}(?:ない|なし|しない)))[^:()。、]{1,30}\s{0,2}\(参考\)$"
)
# 「（参考）交付金計画提出 | 2028/1月末」: a row of the schedule given for reference, another plan's step, no step of the call
REFERENCE_LABEL = re.compile(r"^[【<(（\[]\s{0,2}参考\s{0,2}[】>)）\]]\s{0,2}\S")
# a news page's section of other calls' briefs or deadlines (its items parted by blank lines): aside to the next section
NEWS_DIGEST = re.compile(r"短信|ダイジェスト|(?:今週|来週|今月|来月|週間)の")
# (each alternative begins with a character of its own: a look for those characters first, not each alternative tried
# at each character of a line)
ASIDE_WORDS = first_characters_guarded(
    re.compile(
        r"取り?消し?た|取消し?前|中止した|撤回した|関連|新着|最新|最近|カテゴリ|人気|ランキング|こちらも|あわせて|合わせて|類似|似た|同じ|おすすめ|短信|ダイジェスト|今週|来週|今月|来月|週間|読者|よく読|よく見|よく閲覧|の多い|募集中|一覧|過去|バックナンバー|履歴|記入|記載例|沿革|経緯|これまで|経過|記録|ログ|契約の?(?:状況|履歴|内容|概要)|実績|年度|契約の?(?:締結)?後|受注後|受託後|落札後|History|history|L(?<!\wL)og\b|l(?<!\wl)og\b"
        r"|旧|差し?替え?前|当初案|(?i:o(?<!\wo)ld\s|s(?<!\ws)uperseded\s|o(?<!\wo)utdated\s|f(?<!\wf)ormer\s)"
        r"|(?i:r(?<!\wr)elated\b|p(?:ast|revious|rior)\s|earlier\s|last\syear|n(?<!\wn)ews\b|b(?<!\wb)ackground\b|w(?<!\ww)hat'?s\snew\b)"
    )
)
SIGNATURE_MAX = 80  # a signatory's line is short
# 「President」「Director-General, Finance Department」「Governor of Tsukikage Prefecture」: an English signatory's title,
# a line of its own under the notice's date and the signer's name
# (「Executive Director (Finance)」: the office a bracket names after the title)
EN_SIGNATORY = re.compile(
    r"(?:(?:Vice|Deputy|Executive|Acting)[\s-])?(?:President|Governor|Mayor|Director(?:[\s-]General)?|Chairperson|Chairman"
    r"|Chief\sExecutive(?:\sOfficer)?|Contract(?:ing)?\sOfficer)(?:\s\([\w ,.'&-]{1,40}\))?(?:(?:,|\sof)\s[\w ,.'()-]{1,60})?"
)
# 「見積合わせの実施」「見積合せ」 (not its opening 「見積合わせ（開封）」 or its result)
QUOTE_SESSION = re.compile(r"^(?!.*(?:開封|結果|通知)).*見積(?:り)?合(?:わ)?せ")
# 「見積書は、当日、…持参してください」: the quotation brought to the session itself
BROUGHT_ON_THE_DAY = re.compile(r"見積書[^。]{0,30}?当日[^。]{0,40}?持参|当日[^。]{0,20}?見積書[^。]{0,30}?持参")
ISSUER_SENDS = re.compile(r"(?:一斉|一括)?発送(?:する|します|いたします|される|予定)(?!こと)")
NOMINATED = re.compile(r"指名(?:の)?通知")
# 「若潮区長 あて」「○○市長 様」: a form's addressee under the date a bidder writes, no one signing the notice
ADDRESSEE = re.compile(r"(?:あて|宛て?|様|殿|御中)\s{0,4}$")
# 「…に郵送しようと思います」「提出するつもりです」: a writer's intention (a volitional verb), said of his own acts
OWN_INTENT_AFTER = re.compile(r"(?:よう|[おこそとのほもろごぞどぼぽ]う)と(?:思|考え)|つもり(?:です|だ|で)")
# 「[send me your questions by Mon 1/18 so we can translate them and submit in our name]」「get the signed form to me by
# 2 February, so that I can courier it」: a partner's or colleague's own day, earlier than the call's, for papers sent to
# the writer (「me」), who then works on them before the call's step (「so we can」「to give us time」): no step of the call
EN_TO_WRITER_BEFORE = re.compile(
    r"(?i:\b(?:send|forward|e-?mail|mail|give|pass|get)\s(?:it\s|them\s)?me\b|\bto\sme\b|\bwith\sme\b)[^.;!?:]{0,60}$"
)
EN_SO_WE_CAN_AFTER = re.compile(
    r"(?i:^[^.;!?\n]{0,30}?\b(?:so\s(?:that\s)?(?:we|I)(?:'ll|\swill)?\s(?:can|could|have|may)"
    r"|(?:to|and)\s(?:give|leave|allow)\s(?:us|me)\s(?:(?:enough|some|a\sfew\sdays'?|more)\s)?(?:time|days))\b)"
)
# 「プレゼンは8月27日か28日あたりになりそうとのこと」「9/3に開催されるかもしれません」: a day guessed or heard, not
# the day the call gives (its schedule's 「8月下旬」 stays the step's); the guess in the date's own clause, not a note
# beside a deadline (「午後5時必着（郵便事情で遅れるかもしれませんので、…）」)
GUESSED_AFTER = re.compile(r"^[^。、()]{0,24}?(?:[にと]なりそう|かもしれ|らしい(?:から|ので|です|よ|けど|が|。|$))")
# 「（開催済み）」「（受付終了）」: a step of a schedule marked as past
DONE_MARK = re.compile(r"\((?:開催|実施|受付)?(?:済み?|終了)\)")
DONE_WORD = re.compile(r"済|終了|完了")
# 「…午後5時（受付終了）」「…17時まで　済」「…【終了】」「…（終了しました）」: a row's end after its date, its step over
DONE_AT_ROW_END = re.compile(
    r"\s{0,4}(?:まで)?\s{0,4}\|?\s{0,4}[(【\[]?\s{0,2}(?:開催|実施|受付|募集|公表|掲載|通知|提出)?(?:済み?|終了|完了)"
    r"(?:しました|しています)?\s{0,2}[)】\]]?\s{0,4}\|?\s{0,4}$"
)
# 「番号　手続　日程　状況」 over 「1　公募開始　令和8年8月3日（月）　済」: a row's cell of its own saying its step is done,
# in a notice that resumes a suspended call (done before the suspension, not done again: no step of the call resumed)
DONE_CELL = re.compile(r"[(【\[]?\s?(?:開催|実施|受付|公表|掲載|通知)?(?:済み?|終了|完了)\s?[)】\]]?")
SUSPENDED_TOLD = re.compile(SUSPENDED_WORDS)
DONE_AFTER = re.compile(rf"\s{{1,8}}{DONE_CELL.pattern}(?:\s|$)")  # (the row's cells run together: the mark after its date)
# 「月影町 総務企画課」 under a date alone on its line: the office that issues the paper (a record's, a notice's own date)
# 「小鳩町」「雪見原町 総務課」: a town or a prefecture by its name alone (and its office), after a paper's date on its line
# (not 「までに市」: a deadline's words, 「…ホームページに掲載」 cut off after 「市」 by a narrow column's edge)
ISSUER_ALONE = re.compile(
    r"(?!まで|迄|から|より|に)[^\s\d、。:.()・]{1,10}[都道府県市町村](?:\s{1,2}[^\s\d、。:()]{1,16}(?:課|室|局|部))?"
)
ISSUING_OFFICE = re.compile(r"[^\s\d、。:.]{1,20}[都道府県市町村区]\s{0,2}[^\s、。:]{0,16}[^\s、。:局]{2}(?:課|室|局)")
TWO_WORD_STEP_MAX = 30  # 「質問への回答 公開」: a step named in two words is this short at most
# 「公開」「通知」「掲載」: the word after a step's name of how it is made known (「質問への回答 公開」)
MAKING_KNOWN = re.compile(r"公開|公表|掲載|通知|発表|送付|発送")
# 「町HP掲載」「市ホームページで公開」「Web公表」: that word after where it is made known
MADE_KNOWN_WHERE = re.compile(
    rf"(?:[^\s\d]{{0,6}}?(?:HP|ＨＰ|ホームページ|ウェブサイト|サイト|Web|WEB|web)(?:上|で|に|へ)?)?(?:{MAKING_KNOWN.pattern})"
)
CHECK_BOXES = frozenset("☑☐□■✓✔☒✅")  # a checklist's box before its item
FIELD_KEY_MAX = 10  # a page's field key 「公告日」「質問の受付」 is this short at most
DOCUMENT_NAME = re.compile(r"(?:要項|要領|要綱|説明書|仕様書)$")
# 「Implementation Guidelines for the Public Proposal Procedure」 / 「July 2026」: an English paper's title over the month
# it is dated (a month alone, no step's)
EN_DOCUMENT_TITLE = re.compile(
    r"(?i:\b(?:guidelines|specifications|instructions\sto\s\w+|terms\sof\sreference|request\sfor\s(?:proposals?|quotations?"
    r"|tenders?)|invitation\sto\s(?:tender|bid))\b(?:\s(?:for|of|on)\s[^.:;]{0,80})?)$"
)
# 「Request for Proposals (RFP) … 企画提案募集」「CALL FOR EXPRESSIONS OF INTEREST (EOI) Ref. …」「Notice of Invitation for
# Tender (WTO)」 over 「Posted: April 26, 2027」「Document version 1.0 | 2027-05-13」: a call's English title in a text's head,
# the words before the day the paper is dated (read as a label once its lines run together), no step of the call
EN_CALL_TITLE = re.compile(
    r"(?i:\b(?:request|call|invitation)s?\sfor\s(?:proposals?|tenders?|bids?|quotations?|expressions?\sof\sinterest)\b"
    r"|\binvitation\sto\s(?:tender|bid)\b|\bproposal\sguidelines\b)"
)
# what makes such words a step's own label: 「Deadline for the Request for Proposals」「Call for Proposals issued on」
# 「Invitation to Tender … Receipt of tenders:」「… Quotations to be received:」
EN_TITLE_STEP_WORDS = re.compile(
    r"(?i:\b(?:deadline|due|closing|closes|time-limit|submit\w*|submission|receipt|receiv\w*|accept\w*|lodg\w*"
    r"|by|until|before|later|issu\w*|publish\w*"
    r"|announce\w*|posted|released|opens?(?!\s(?:call|competition|tender))|launch\w*|date)\b)"
)
EN_TITLE_HEAD = HEAD_CHARS * 2  # characters of a text's head a call's title over its paper's day stands in
EN_TITLE_REACH = 240  # characters before such a day the title may stand, at most
WEEKDAY_CELL = re.compile(r"\(?[月火水木金土日](?:曜日?)?\)?|[-―]|")
# a cell of a row of times: 「17:00」「10:00~」「正午まで」 (an event's start, a deadline's time), an aside in brackets after
# it 「午後5時まで(必着)」 (a wrapped row's line under the date, its cell the date's time)
TIME_ROW_CELL = re.compile(TIME_ONLY.pattern + r"\s{0,2}(?:~|から|まで|必着)?(?:\s{0,2}\([^()]{1,8}\))?")
ACCEPTED = ("question", "application", "submission")  # steps whose window a daily 受付時間 closes
# 「時刻の記載のない提出期限は…午後5時をもって締め切る」「期限の時刻の定めのないものは、午後5時まで」
# 「…時刻の定めのないものは、当日の午後5時とします」: a default time
DEFAULT_DEADLINE = re.compile(
    rf"時刻の?(?:記載|記入|定め|明示|指定)が?の?な[いく][^。]{{0,30}}?(?:期限|締切|期日|もの)[^。]{{0,40}}?{CLOCK}\s{{0,4}}(?:まで|をもって|必着|限り|と(?:する|します|なる|なります))"
)
# 「本第4に定める各期限の時刻は、特に記載のない限り、いずれも午後5時とする」「期限（期間にあっては最終日）の時刻は、
# いずれも正午とする」: the time of the deadlines (a window's last day) given as days, by a sentence of its own
DEADLINES_TIME = re.compile(
    r"(?:期限|締切り?|〆切)(?:\([^()]{0,20}\))?の?\s{0,2}時刻(?:は|について(?:は)?)\s{0,2}[、,]?\s{0,2}"
    r"(?:[^、。]{0,20}?(?:限り|ほか|除き)\s{0,2}[、,]\s{0,2})?(?:いずれも|全て|すべて)?\s{0,2}[、,]?\s{0,2}"
    rf"(?:当該日|当日|各日|その日)?の?\s{{0,2}}{CLOCK}(?!\s{{0,2}}(?:~|から|-))"
)
SCOPED_SUBJECT = re.compile(r"上記|前記|以上の")  # 「上記の期限の時刻は」: the deadlines listed (``shared_times``)
# 「郵送の場合も、提出期限日の午後4時までに到着したものに限り受け付ける」: a deadline day closes at that time
DEADLINE_DAY_TIME = re.compile(rf"(?:提出|受付)?期限(?:日|の日|当日)の?\s{{0,2}}{CLOCK}\s{{0,4}}(?:まで|必着)")
# 「※②、④及び⑤の提出期限は、いずれも午後5時必着とします」「上記(1)、(3)及び(4)の期限の時刻は、いずれも正午」
# 「上記の提出期限はいずれも17時まで」: one time for the deadlines of several items (not hours 「いずれも10時~16時」)
SHARED_TIME_REST = re.compile(  # (what follows the subject, found first: ``shared_time``)
    rf"(?:は|について(?:は)?)\s{{0,2}}[、,]?\s{{0,2}}(?P<all>いずれも|全て|すべて|ともに|共に)\s{{0,2}}[、,]?"
    rf"\s{{0,2}}(?:当該日|当日|各日)?の?\s{{0,2}}{CLOCK}(?!\s{{0,2}}(?:~|から|-))"
)
SHARED_TIME = re.compile(r"(?P<subject>[^。]{0,60}?)" + SHARED_TIME_REST.pattern)
SHARED_TIME_TOPIC = re.compile(r"(?=は|について)")  # where SHARED_TIME_REST can start
SHARED_SUBJECT = re.compile(r"期限|締切|締め切り|〆切|必着|提出")
ALL_OF_THEM = re.compile(r"いずれも|全て|すべて|ともに|共に")
ITEM_RANGE = re.compile(r"^\s{0,2}(?:~|～|〜|から)\s{0,2}$")  # 「②～④」「(2)から(4)」: the items between too
LIST_REACH = 80  # lines above its note a list of items named by number stands in, at most
# an item's marker in the source, as the note names it: 「②」, 「⑴」「(1)」「（１）」, 「(ア)」
ITEM_KEY = re.compile(
    r"[\u2460-\u2473\u2474-\u2487]|[(（]\s?(?:[0-9０-９]{1,2}|[ア-ン]|[一二三四五六七八九十][〇一二三四五六七八九十]{0,2})\s?[)）]"
)
ITEM_LEAD = re.compile(r"^[\s|｜>＞*・]{0,8}(?:(?:第\s?)?[0-9０-９]{1,2}(?:[.．]|\s)\s{0,4})?(?P<key>" + ITEM_KEY.pattern + ")")
# a bid notice's 「入札書提出期限」: its 「申請書」 alone (「申請書提出締切日時」) is the application to bid
NOTICE_SUMMARY = re.compile(r"(?:公告|公示|告示)(?:の)?(?:概要|内容|事項)")
LIST_BULLETS = "・･●○◦-－"
LIST_MAX = 12  # the items of a list of papers looked up
BID_PAPER = re.compile(r"入札書|入札(?:の)?(?:締切|期限|日時)")
# 「参加者確認公募」「参加意思確認公募」 in a notice's heading: a call for others able to do the work, each handing in
# the wish to take part (参加意思確認書, 応募書類), no proposal nor bid
PARTICIPANTS_CHECK_CALL = re.compile(r"(?:参加者|参加意思|意思)確認(?:型)?公募")
OFFER_PAPER = re.compile(r"提案|企画書|入札|見積")  # what an offer is handed in as
# 「Request for Expressions of Interest」「Call for EOI」「EXPRESSION OF INTEREST」: an English call whose heading names
# it a call for expressions of interest (the English 参加表明 call); 「Closing date and time」 under it is theirs, the
# application, unless an offer's paper is named (「Full proposals due」: its second stage)
EOI_CALL_TITLE = re.compile(
    r"(?i:^\W{0,4}(?:(?:request|call|invitation|notice)\s(?:for|to\ssubmit)\s)?(?:an?\s)?(?:expressions?\sof\sinterest|R?EOI)\b)"
)
EN_OFFER_PAPER = re.compile(r"(?i:proposal|tender|\bbids?\b|quotation|\bquotes?\b|\boffers?\b|RFP|RFQ|ITT|ITB)")
# (「申請書提出締切日時」「申請書及び資料の提出期間」: no 企画, 指定 before it; 「技術資料の提出」 of a 公募型指名
# call: what the nomination is made on, before the bids; 「技術審査資料（証明書等）の提出期限」 of a goods tender: the
# papers the goods are found fit by before the bids, the qualification's)
BARE_APPLICATION = re.compile(r"申請書(?!類)|技術資料|技術審査(?:資料|書類)|(?:仕様書?)?(?:適合)?証明書")
# 「応募書類の提出期限」 with an item 「(6) 応募書類」 listing 「ア 参加意思確認書」「イ …の写し」: the papers of the step
PAPERS_NAME = re.compile(r"^(?P<papers>(?:応募|提出|申請|参加)書類)(?:等)?(?:の)?(?:提出|受付)?(?:期限|締切|期間|日時)?$")
PAPER_ITEM = re.compile(r"^\s{0,8}(?:[ア-ン](?=[\s.、)])|\([ア-ン]\)|[・●○◦]|[\u2460-\u2473])")
ANSWER_FROM = re.compile(r"^\s{0,4}(?:から|より)\s{0,2}[、,]?[^。]{0,60}?(?:閲覧|掲載|公開|公表|送付|配布)")
# 「プレゼンテーション審査は、本庁舎3階大会議室において午前9時30分から順次行う。」: an event's start, its day given
# elsewhere (the schedule)
EVENT_START_SENTENCE = re.compile(rf"^(?P<topic>[^、。]{{2,30}}?)は\s{{0,2}}[、,]?[^。]{{0,60}}?{CLOCK}\s{{0,2}}(?:から|より|~)")
# 「1 現地見学会」 over 「(1) 各日午前10時開始（所要90分程度）」: the start of the event the heading above names
HOURS_ITEM = re.compile(r"^(?:受付|実施|見学|確認|閲覧|開催)?時間\s{0,4}[:]?\s")  # 「(2) 時間 各日…」: an item of hours alone
TABLE_NOTE_REACH = 3  # lines between a note of daily hours and the table under it (the note's rest, blanks), at most
TABLE_ROWS_MAX = 60  # the rows of a table a note of daily hours stands by, at most
HOURS_SAME_AS = re.compile(r"時間(?:帯)?(?:は|も)[^。]{0,24}?(?:と同じ|に同じ|のとおり|と同様)")  # 「受付時間は上記6と同じ」
# 「更新日:令和9年8月9日   当局では、…」 (a page run onto one line): a sentence of its own after the date, opened by its
# topic; the clause after the topic is that sentence's, no step of the date's
TOPIC_OPENED = re.compile(r"^\s{0,8}[^\s、。,()]{1,16}は\s{0,2}$")
OWN_TOPIC_CLAUSE = re.compile(r"^\s{0,2}[^\s、。,はがをに()]{1,16}は(?!\s{0,2}[、,])")  # 「受付時間は」 opening a clause
# 「定刻の14時になりましたので、ただいまから事業者説明会を始めます。」: the words a session is opened with (a deck's
# speaker notes, a transcript of the session), its start; the session's day is the one its step is dated
EVENT_OPENING_WORDS = re.compile(
    rf"{CLOCK}\s{{0,2}}(?:に|と)?なりました(?:ので|から)\s{{0,2}}[、,]?\s{{0,2}}(?:ただ(?:今|いま)|只今|これ)(?:から|より)"
    r"\s{0,2}[、,]?\s{0,2}(?P<topic>[^\s、。,を]{2,30})を\s{0,2}(?:始め|開始|開会|開催)"
)
EVENT_START_ITEM = re.compile(
    rf"^(?:(?:各日|各回|毎回|両日|いずれも)(?:とも)?\s{{0,2}}[、,]?\s{{0,2}})?{CLOCK}\s{{0,2}}(?:開始|から|より|~)"
)
EVENT_SIGN_UP_AFTER = re.compile(r"の?(?:参加)?(?:申込|申し込|登録|予約|エントリー)")  # the words after an event's name
EVENT_HEADING_REACH = 2  # lines above an item's start time its event's heading stands in, at most
COLUMN_MAX = 30  # labels of a flattened two-column table
ITEMS_UNDER_HEADING = 12  # lines of items between a heading of no outline mark and an item of it, at most
# what goes on with a date cell of a column of dates on the lines below it: its time 「午後5時(必着)」「13時から」, an
# aside 「(予定)」, a window's end 「~8月23日」
CELL_GOES_ON = re.compile(rf"^\s{{0,8}}(?:{CLOCK}|\((?!\s{{0,2}}\d{{1,2}}\s{{0,2}}\))|~|から|まで|必着|予定|以降|頃|ごろ)")
# a date cell's aside on a line of its own, wholly in brackets: 「(県ホームページに掲載)」「(オンライン開催)」
CELL_ASIDE = re.compile(r"^\s{0,8}\((?!\s{0,2}\d{1,2}\s{0,2}\))[^()]{1,30}\)\s{0,4}$")
LABEL_WRAPPED = re.compile(r"(?:の|・|及び|並びに|又は|\([^()]{0,20})$")  # a label cell's line the column cut: its rest below
# a sentence's words, no cell of a table: its marks, its ends (and ``prose`` counts the kana of its particles and verbs)
PROSE = re.compile(r"[、。]|(?:する|した|ください|こと|である|ます|です|ない|ように|ので|ため)$")
PROSE_KANA = 5  # a label cell has fewer kana than this besides its 「の」 (「質問に対する回答」: 3)
DATELESS_MAX = 8  # the words of a date cell that gives no date (「随時」「追って通知」), at most


def period_from_signing_joined(cells: list[str], header: list[str] | None = None) -> list[str]:
    """``cells`` with a period's start 「契約締結日」 and the dated cell after it (blank cells between) joined as written in
    words, 「契約締結日~2027/3/19」 (``CONTRACT_START_CELL``), when the cell before the start names a 期間. Not where the
    header names the start's column as the steps' own (``L.COLUMN_HEADING``: 「区分 | 手続 | 予定日」 over 「契約期間 |
    契約締結日 | 2027/3/19」, the contract's own day under a phase's name)."""
    names = header if header and len(header) == len(cells) else None
    filled = [i for i, cell in enumerate(cells) if cell.strip()]
    for before, start, end in zip(filled, filled[1:], filled[2:]):
        if names and L.COLUMN_HEADING.search(names[start] or ""):
            continue
        if "期間" in cells[before] and CONTRACT_START_CELL.fullmatch(cells[start].strip()) and PERIOD_END_CELL.match(cells[end]):
            joined = [*cells]
            joined[start], joined[end] = f"{cells[start].strip()}~{cells[end]}", ""
            return joined
    return cells


def column_names(line: str) -> bool:
    """「期日　　　内容」「項目　日程　備考」: a table's head row, each of its two or more words a column's name."""
    words = line.split() if len(line) <= COLUMN_NAMES_MAX else []
    return len(words) >= 2 and all(L.COLUMN_HEADING.fullmatch(word) or L.WHEN_COLUMN.fullmatch(word) for word in words)


COLUMN_NAMES_MAX = 40  # a head row of column names is this long at most


# a column of the calls' names in a list of calls (「No. | 公告日 | 工事名 | 参加申請期限 | 開札日」)
WORK_NAME = re.compile(r"(?:工事|業務|委託|案件|調達|事業|物品|品)(?:名|件名|名称)|件名|名称")
WORKS_MAX = 12  # calls a list names, at most, for ``this_call`` to look for (a longer list is a page of calls)
ANSWER_SENTENCE = 20  # a cell under 「回答」 longer than this, with a 「。」, is an answer written out, no date of a step
HEADING_MAX = 60  # a column's name in a table's header row is this short at most (a longer cell is a value)
NO_STEP_WORDS_MAX = 12  # 「業務開始」「運用開始予定」 after a date in a cell: a short name, no sentence
WRAPPED_LABEL_MAX = 8  # the rest of a wrapped label on the next line, at most
# 「(プレゼンテーション・ヒアリング)」 on the row under 「第2次審査」: the step's name glossed in brackets on a line of its own
GLOSS_CELL = re.compile(r"[(（][^()（）]{2,30}[)）]")
# a letter of any script (kana, kanji, Latin), not a digit or a mark: a cell that names something
WORD_CHARACTER = re.compile(r"[^\W\d_]")
# a line that begins with a word's tail (a particle, a small kana, the 「書」 of 「申請書」): the rest of the label above
# even where a table read a cell a line sets it flush left (「一般競争入札参加資格確認申請」 / 「書の提出」)
WORD_TAIL_START = re.compile(r"[のをにはがへでッャュョァィゥェォっゃゅょー]|書(?![類面式留籍])")
HEADER_REACH = 60  # rows a table's header line apart from them reaches
# the words after a date that name its step in English, at most (「Registration deadline for the online briefing」: a
# step's English name is longer than its Japanese one)
ENGLISH_STEP_MAX = 60
# the same after the date of a list written date first, where the step's words open with a capital (「8 June 2027, 12:00 -
# Deadline to confirm the names of attendees for the site visit」: a row's whole name, not a sentence's tail)
ENGLISH_ROW_STEP_MAX = 80
FALLBACK_HEAD = 12  # words before a date this short that name no step: the step is after the date or above it
# 「Date: Week of 15 March 2027」「Date: on or about 30 April」: an English key of when, then the date's own words (as short)
EN_WHEN_KEY_LEAD = re.compile(r"(?i:(?:date|dates|day|when)\s?:\s?(?:[a-z]+\s){0,3}[a-z]+)")
TOP_SECTION_MARK = r"第\d{1,2}|\d{1,2}[.\s]|[■【▼]|[◆◇]\s{0,2}\d{1,2}[.\s]"  # 「第5」「5.」「■」「【」「◆5 」: a section
TOP_SECTION = re.compile(rf"^\s{{0,8}}(?:{TOP_SECTION_MARK})")
SECTION_REACH = 14  # characters TOP_SECTION reads at most: 8 spaces, then 「◆」, two spaces, two digits and a dot
# 「別紙 仕様書(抜粋)」「別添1 仕様書」「別紙 評価基準(詳細)」: a paper appended to the notice, its heading
APPENDED_PAPER = re.compile(r"^(?:別紙|別添|別記)\s{0,2}\d{0,2}\s{0,2}(?P<paper>[^「」。、]{0,30}?)(?:\([^()]{0,10}\))?$")
NUMBERED_SECTION = re.compile(r"^\s{0,8}\d{1,2}[.\s]")  # 「7 事業計画書…」: a section numbered within its chapter
SECTION_HEADING_MAX = 40  # a section's heading on a line of its own, at most
SECTION_NUMBER = re.compile(r"^\s{0,8}(?P<section>\d{1,2})(?:\.(?!\d)|\s)")  # 「9. SCHEDULE」「9 日程」: a section's number
DECIMAL_ITEM = re.compile(r"^\s{0,8}(?P<section>\d{1,2})\.\d{1,2}(?![\d.])")  # 「9.1」: an item of section 9
CHAPTER_MARK = re.compile(r"^第\s?\d{1,2}\s?(?:章|節)?")
SECTION_START = re.compile(rf"^\s{{0,8}}(?:{TOP_SECTION_MARK}|\(\d{{1,2}}\))")  # … or one of its items 「(1)」
# 「「令和9年5月27日（木）までに」とあるのは「令和9年5月25日（火）までに」と訂正します」: the amendment formula
# (「…」とあるのは、「…」と読み替える: a comma after the old words too)
AMENDED = re.compile(
    r"「(?P<old>[^「」]{1,80})」\s{0,4}とあるのは[、,]?\s{0,8}「(?P<new>[^「」]{1,80})」\s{0,4}"
    r"(?:[とに]\s{0,2}(?:訂正|改め|変更|修正|読み替え)|と[、,](?=[^。]{0,160}?とあるのは))"
)  # (「…」とあるのは「…」と、同⑶中「…」とあるのは「…」と読み替える: the first pair shares the verb of the last)
# 「第６項第２号中「1月22日（金）午後5時」を「1月29日（金）午後5時」に改める」「…中「…」とあるのは「…」と読み替える」: a pair of a
# clause that amends a call by quoted words, the item it cites before the old words
AMENDING_PAIR = re.compile(
    r"「(?P<old>[^「」]{1,120})」\s{0,2}(?:を|とあるのは[、,]?)\s{0,8}「(?P<new>[^「」]{1,120})」\s{0,2}(?:に|と)"
)
# 「…中「令和九年六月一日（火）まで」を「…」」: an amending clause's old words and its new, the clause wrapped or not
AMENDING_OLD_NEW = re.compile(r"」\s{0,2}(?:を|とあるのは[、,]?)\s{0,8}「")
AMENDING_VERB = re.compile(r"(?:改め|読み替え|訂正|変更|修正)")
WINDOW_CLAUSE_REACH = 200  # characters before a day that a clause moving it is read back over, at most
CLAUSE_REFERENCES_MAX = 40  # clauses citing items by number alone a notice holds, at most (more: a dump, not a notice)
CLAUSE_STEPS_REACH = 100  # days from the middle of a change notice's days that a step it moves comes within
CITED_WORDS_END = re.compile(r"\s{0,2}中\s{0,2}$")
# the words of an item cited by its number alone (「第６項第２号」「四の（三）」「同告示5(2)」「記の4」), left out to see
# whether it names anything
ITEM_NUMBER_WORDS = re.compile(
    r"[\d〇一二三四五六七八九十()（）\s.．・、第項号条のに記同本表]|告示|公告|公示|文|別表|要領|要項|要綱"
)
# 「6月16日(金)午前9時30分に予定していた開札」「6月15日午後5時としていた提出期限」: the plan as it stood before
FORMER_PLAN = re.compile(
    r"\s{0,4}(?:\([^()]{0,12}\)\s{0,4})?(?:(?:に|で|から[^。、「」()]{0,30}?で)\s{0,2}(?:開催|実施|予定)?を?\s{0,2}予定(?:して|されて)"
    r"|と(?:して|されて))(?:い|お)"
)  # (「1月15日(金)午後2時から県庁5階大会議室で開催を予定していた説明会は、…中止します」: its hour and room between)
FORMER_STEP = re.compile(
    r"[たる]?\s{0,2}(?:本件|本業務|本工事|当該)?の?\s{0,2}(?P<step>[^、。はもを]{1,30}?)\s{0,2}(?:は|も|を|について)"
)
# 「参加申込書の提出期限（令和9年7月23日（金））も延長されますか。」「説明会（7月14日）はオンラインでも参加できますか？」
# 「Will the deadline of 23 July also be extended?」: a date inside a question a bidder asks (the sentence it stands in
# ends asking), quoted by the asker: no step the issuer sets (its answer, or the schedule, says what holds)
ASKED_AFTER = re.compile(
    # (a Japanese question runs on with no space: not 「11月20日(金) よくあるご質問 Q1 …できますか。」, a list's date run
    # onto the FAQ under it; an English one in ASCII words up to its 「?」, no sentence's end between)
    r"^(?:[^。？?!\s]{0,40}?(?:(?:ます|です|でしょう|ません|れる|れます|できる|よい|いい)か\s{0,2}[。？?]|？)"
    r"|(?:[A-Za-z0-9,;:'()/\- \t]|\.(?=\S)){0,48}?\?(?=\s|$|[\"”」]))"
)
# 「令和5年11月1日(水)に御提出いただいた参加表明書について審査した結果」: the day the addressee handed a paper in, told back
HANDED_IN_ON = re.compile(
    r"\s{0,4}(?:\([^()]{0,12}\)\s{0,4})?(?:に|付け?で)\s{0,2}(?:(?:御|ご)(?:提出|応募|申込み?|申請)(?:いただいた|頂いた|くださった|下さった)"
    r"|(?:提出|応募|申込み?|申請)(?:の|が)あった)"  # 「9月3日に提出のあった参加申込書を審査した結果」
)
# 「in a sealed envelope marked "…, to be opened on September 1, 2026"」「DO NOT OPEN BEFORE 10:00 HRS, 27-JUL-2026」: the
# words to be written on the envelope, in their quotes, which repeat the opening's day (a step where the notice gives it)
MARKED_QUOTE = re.compile(r"\b(?:marked|labell?ed|inscribed|endorsed)\b[^.。\"“”]{0,100}?[\"“][^\"”]{0,100}$", re.IGNORECASE)
MARKED_QUOTE_REACH = 220  # characters before a date its marking's words begin, at most
# 「Bids shall be submitted in sealed envelopes marked "ITB No. … -」 / 「Do not open before the bid opening" no later than
# October 6, 2026」: the head of a date's line opens inside a quotation the line above left open; its words up to the
# closing mark are the words quoted (an envelope's marking), no step of the date's
EN_QUOTE_CLOSES_HEAD = re.compile(r"^[^\"“”]{0,200}[\"”]")
IF_DONE_ON = re.compile(r"\s{0,4}(?:\([^()]{0,12}\)\s{0,4})?に[^、。]{0,30}?(?:した|された|している)場合")
PERIOD_OF_DAY = re.compile(r"\s{0,2}の\s{0,2}(?P<period>[^、。\s]{1,10}?期間)")  # 「8月中旬の盆期間」
# the papers a change replaces (「Revised Technical Specifications will be issued on」「the amended forms are posted from」:
# in English, the revised papers are what is issued, not the rules a call's own papers follow: 「Under the revised
# procurement guidelines, the tender documents will be available from」)
CHANGED_PAPERS = re.compile(
    r"差し?替え|(?:訂正|修正|変更)後の|(?:訂正|修正)版|(?i:\b(?:revised|amended|corrected|replacement)\s"
    r"(?:(?!(?:the|a|an|this|these)\s)[\w,-]+\s){0,3}?(?:specifications?|documents?|documentation|drawings|forms?|pages?|version"
    r"|guidelines)\b(?:\s[\w()-]+){0,4}?\s(?:will|shall|are|is|can|may|have|has)\s(?:be\s|been\s|now\s)?(?:issued|posted"
    r"|published|available|uploaded|distributed|released|downloadable|provided|sent)\b)"
)
# 「3 変更のない日程」「4 訂正しない事項」「２ 変更しない内容」「第1号物件の日程(訂正なし・再掲)」: what a change leaves as it was
# (「(4) 入札書の提出期限及び開札日時（変更なし）」「1 スケジュール（実施要領第6の再掲）」: the bracket after an item's
# heading that says the steps listed under it stand, or restates them from the call)
UNCHANGED_HEADING = first_characters_guarded(
    re.compile(
        r"(?:変更|訂正|修正)(?:の|が|は)?\s{0,2}(?:ない|なし|しない)\s{0,2}(?:日程|事項|項目|スケジュール|内容)"
        r"|(?:日程|事項|項目|スケジュール|期限|期日|日時|時期)\s{0,2}\(\s{0,2}(?:変更|訂正|修正)(?:は|が)?\s{0,2}"
        r"(?:なし|しない|ありません|ございません)"
        r"|\([^()]{0,16}再掲\s{0,2}\)|中止(?:前|した[^、。()]{0,12}?)の\s{0,2}(?:日程|スケジュール)"
    )
)
# 「４　当初の日程」「（公告時の日程）」「3. 延期前のスケジュール（参考）」: a heading of the schedule as it stood before the
# change, quoted by the notice that changes it; the items listed under it are the old dates, none of them a step
SCHEDULE_HEADING_MARKS = r"^[\s\d一二三四五六七八九十第.、()【■□◆◇●○・]{0,8}?"  # (a heading's number, bracket or mark)
SCHEDULE_HEADING_END = r"の?\s{0,2}(?:日程|スケジュール)\s{0,2}[)】]?\s{0,2}(?:\(\s{0,2}参考\s{0,2}\))?\s{0,2}$"
OLD_SCHEDULE_HEADING = re.compile(
    SCHEDULE_HEADING_MARKS
    + r"(?:[(【]?\s{0,2}参考\s{0,2}[)】:]?\s{0,2})?"  # (「（参考）変更前の日程」「【参考】当初のスケジュール」)
    + r"(?:当初|公告時|変更前|延期前|延長前|訂正前|修正前|従前)"
    + SCHEDULE_HEADING_END
)
# 「２　今後の予定」「【今後のスケジュール】」「その後の日程（予定）」: a heading of the steps still to come, alone on its line
COMING_STEPS_HEADING = re.compile(
    SCHEDULE_HEADING_MARKS + r"(?:今後|その後|以降)の\s{0,2}(?:予定|日程|スケジュール|手続き?)\s{0,2}[)】]?"
    r"\s{0,2}(?:\(\s{0,2}(?:予定|参考)\s{0,2}\))?\s{0,2}[)】]?\s{0,2}$"
)
# 「４　変更後の日程」「（延期後のスケジュール）」 right under the old schedule's last item, no blank line between: the
# heading of the next schedule (of any version), where the old one's items end
NEXT_SCHEDULE_HEADING = re.compile(SCHEDULE_HEADING_MARKS + r"[^\s\d|、。:()]{1,8}?" + SCHEDULE_HEADING_END)
OLD_SCHEDULE_LINES_MAX = 30  # the lines of the old schedule listed under such a heading, at most
# 「For reference, the original schedule was:」「Previous timetable (for reference):」: an English corrigendum's lead-in to
# the schedule as it stood, quoted in full over the revised one (its lines may carry a mail's quote marks 「> 」 and the
# quoted section's own heading, run onto the line where the line breaks were lost)
_SCHEDULE_WORDS_EN = r"(?:bid\s|tender\s|procurement\s|selection\s)?(?:schedule|timetable|time-?line|calendar|key\sdates)"
EN_OLD_SCHEDULE_LEAD = re.compile(
    rf"(?i:\b(?:original|previous|former|initial|old)\s{_SCHEDULE_WORDS_EN}(?:\s(?:was|were|read|is|as\spublished))?"
    r"(?:\s(?:as\sfollows))?(?:\s\((?:for\s)?reference\))?\s{0,2}:)"
    r"(?=[\s>]*(?:\d{1,2}\.?\s{1,2}[A-Za-z][A-Za-z ]{0,30}?[\s>]*)?$)"
)
EN_OLD_SCHEDULE_HINT = re.compile(r"(?i:original|previous|former|initial|\bold\s)")
# 「The revised schedule is as follows (changes marked with *):」「New timetable:」: the lead-in to the schedule in force,
# where the old one quoted above it ends
EN_NEW_SCHEDULE_LEAD = re.compile(
    rf"(?i:\b(?:revised|new|amended|updated|corrected|changed)\s{_SCHEDULE_WORDS_EN}\b[^.:]{{0,40}}:)"
)
# 「2. Background of the procurement The Request for Proposals was issued on …」: the heading of an award notice's account
# of the steps taken (``ASIDE_HEADING``), its sentences run onto its line where the line breaks were lost
EN_HISTORY_RUN_ON = re.compile(
    r"^\s{0,8}(?:\d{1,2}\.?\s{1,3})?(?i:background|history)\s(?i:of|to)\s(?i:the\s|this\s)?"
    r"(?i:procurement|tender(?:ing)?|bidding|selection|solicitation)(?:\s(?i:process))?\s{1,4}(?:The|A|An|On|In)\s"
)
# 「質問回答書」「…の質問に対する回答について」「…に係る質問への回答について」「…に関する質問への回答」「質疑応答集」: the
# heading of a sheet answering a call's questions (a 質問回答書)
ANSWER_SHEET_WORDS = (
    r"質(?:問|疑)(?:に対する|への)?回答(?:書|について)|に(?:関する|係る|対する)質問(?:へ|に対する)の?回答$"
    r"|質疑応答(?:記録|書|集|について)"
)
ANSWER_SHEET_TITLE = re.compile(ANSWER_SHEET_WORDS)
# 「…に係る企画提案競技」 over 「質問に対する回答」, or after it on its line: the words alone, the sheet's heading under the
# call's name (not a row's label of a call's schedule, 「質問に対する回答」 over its date, under the schedule's heading or
# the row before, nor 「(2)　質問に対する回答」 after an item's number)
BARE_ANSWER_SHEET = re.compile(r"質問(?:へ|に対する)の?回答")
CALL_NAME_MIN = 6  # the characters of a call's name before those words on its line, at least (more than an item's number)
ANSWER_DAY_KEY = re.compile(r"^\s{0,40}回答日\s{0,2}:?\s{0,2}")  # 「回答日：令和10年1月21日（金）」: a 質問回答書's own day
# 「更新日：２０２６年６月３０日」 under the heading of a page that answers the call's questions: the page's day, its answers'
PAGE_UPDATED_KEY = re.compile(r"^(?:最終)?(?:更新|掲載)日\s{0,2}:?\s{0,2}")
ASIDE_ONLY = re.compile(r"\s{0,2}(?:\([^()]{1,40}\)\s{0,2})?")  # 「（第2回）」「(お知らせ)」 after a heading, or nothing
# 「関連資料」 / 「実施要領」 / 「質問回答書」 / 「・様式集（Excel：24KB）」: a line of a list of a call's papers on its page (a
# bullet, a file's type or name, a paper named alone, the list's heading), the answer sheet linked as one of them
LISTED_PAPER = re.compile(
    r"^[・●○◦\-*]|\(\s{0,2}(?i:pdf|word|excel|xlsx?|docx?|zip)\b|\.(?i:pdf|xlsx?|docx?|zip)\b"
    r"|^(?:関連|添付|参考)?(?:資料|ファイル|書類)(?:一覧|等)?$|^ダウンロード|^[^\s、。]{0,12}(?:要項|要領|要綱|説明書|仕様書|様式集?)$"
)
# 「2027/06/11　質問回答書」「令和9年6月11日（金） 実施要領を掲載しました」: a news post, its day and a gap before its words
# (not 「令和7年6月20日付けで公告した…」, a sentence)
NEWS_POST = re.compile(NEWS_DATE_LEAD.pattern + r"\s{0,2}日?\s{0,2}(?:\([^()]{1,4}\))?\s+\S")
# 「令和10年1月13日(木) 朝霧台市教育委員会 生涯学習部 中央図書館」: a paper's date and the body that issues it, its office
# after it (a sheet's head run onto one line), no news post: the body's name, then its offices' (no verb, no particle)
_BODY = r"(?:都|道|府|県|市|町|村|区|省|庁|委員会|機構|センター|協会|公社|大学|財団|法人|事務所|組合)"
_OFFICE = r"(?:部|課|室|係|局|館|所|班|センター)"
DATED_BY_BODY = re.compile(
    rf"[^\sぁ-ん、。:()]{{1,20}}?{_BODY}"
    rf"(?:[^\sぁ-ん、。:()]{{1,16}}?{_OFFICE})?(?:\s{{1,2}}[^\sぁ-ん、。:()]{{1,16}}?{_OFFICE})*"
)  # (「星見川市観光振興課」: the body and its office in one word)
# 「萩ノ原市こども未来部こども政策課」「柚木原市」 / 「総務部」: a word of the body that issues a paper, and of its offices
BODY_WORD = re.compile(rf"[^\s、。:()「」『』]{{1,24}}?{_BODY}(?:[^\s、。:()「」『』]{{1,24}}?{_OFFICE})?")
OFFICE_WORD = re.compile(rf"[^\s、。:()「」『』]{{1,24}}?{_OFFICE}")
# a notice that changes a call published before, by its heading: 「…の日程変更のお知らせ」「入札公告の訂正について」
# 「提出期限の延長について」「質問回答書」「AMENDMENT No. 2」「Corrigendum」 (not a call made again or added to)
# (「…実施要領の一部改正について」「…告示の一部を改正する告示」: a 告示 or a call's rules amended; 「…に関する質問への回答」:
# the answers to a call's questions; 「説明会の開催（追加）について」: a step added to a call's schedule)
# (「…日程の変更（延期）について」: the change's kind in a bracket before the words the heading ends with)
CHANGE_TITLE = re.compile(
    r"(?:変更|訂正|修正|延期|延長|改正)(?:\s{0,2}\([^()]{1,8}\))?(?:について|のお知らせ|のご案内|公告|公示|告示)|一部(?:変更|訂正|修正|改正)|正誤表|新旧対照表"
    r"|一部を改正する|追加\)?\s{0,2}(?:について|のお知らせ|のご案内)"
    rf"|{ANSWER_SHEET_WORDS}|(?i:\bamendment\b|\bcorrigendum\b|\baddendum\b)"
    rf"|(?i:{L.EN_NUMBERED_CLARIFICATION})"  # 「CLARIFICATION No. 2」: the English 質問回答書
)
# 「…の実施について（令和７年琴川市告示第１２８号）の一部を次のように改正する。」: the first sentence of a 告示 that amends
# one published before (its heading is the amending 告示's number alone); 「…変更する」「…訂正する」 as AMENDING_NOTICE reads
AMENDS_NOTICE = re.compile(r"の一部を次のように" + AMENDED_PART)  # (not 「次のとおり変更する」: a change notice's items)
# 「変更後：追ってお知らせします」「延期後：未定」「（新）決まり次第通知します」 under 「当初：2月5日(金)」, 「2月5日(金) → 追って
# 通知」: a step a 延期 puts off with no new date yet; its old value no longer holds and no new one is given
TO_BE_TOLD = r"(?:追って|追而|後日|別途|改めて|(?:決まり|決定し?|確定し?)次第|調整中|未定)"
NEW_VALUE_TO_BE_TOLD = re.compile(
    rf"^\s{{0,8}}[(【\[<〈《〔]?\s?(?:{AFTER_CHANGE}|変更|新|正)\s?[)】\]>〉》〕]?\s{{0,4}}:?\s{{0,4}}{TO_BE_TOLD}"
)
ARROW_TO_BE_TOLD = re.compile(
    rf"\s{{0,8}}{ARROW}\s{{0,4}}(?:[(【\[]?\s?(?:{AFTER_CHANGE})\s?[)】\]]?\s{{0,4}}:?\s{{0,4}})?{TO_BE_TOLD}"
)
TO_BE_TOLD_HINTS = ("追", "後日", "別途", "改めて", "次第", "調整中", "未定")  # (one of them in each TO_BE_TOLD)
POSTPONED_REACH = 4  # lines above a 「変更後：追って…」 line its old value may stand
# 「参加申込事業者 各位」「〇〇株式会社 御中」「■ 既に企画提案書を提出された事業者様へ」: a line that addresses its readers
ADDRESSEE_ENDS = ("位", "中", "へ", "様", "ま", "て")  # (the last characters ADDRESSEE_LINE's matches end with)
ADDRESSEE_LINE = re.compile(r"(?:各位|御中|(?:者|社|皆)\s?様(?:へ|あて|宛て?)?|様へ|皆さま(?:へ)?)\s{0,2}$")
ROW_ASIDE = re.compile(r"\([^()]{0,80}\)")  # 「（日時は…お知らせします。）」: a bracketed aside of a schedule's row
# 「その他の日程に変更はありません」「上記以外の事項に変更はない」: a change notice saying the steps it does not name stand
OTHERS_UNCHANGED = re.compile(
    r"(?:その他|上記以外|これ以外|他)の\s{0,2}(?:日程|事項|スケジュール|内容)[^。]{0,8}?(?:変更|訂正)(?:は|が)?\s{0,2}"
    r"(?:ありません|ない|ございません|なし)"
)
# 「…から現地確認会を行います」「…説明会を開催します」: an event held, said by its verb
HOLDING_VERB = re.compile(r"(?:開催|実施)(?:し|する|いた)|を\s{0,2}行(?:い|う)")
# 「…三の次に次の一項を加える。」「第５項の次に次の１号を加える。」「次の事項を加える」: the clause of an amending notice that
# inserts an item, written below it
ITEM_ADDED = re.compile(
    r"次の(?:\s{0,2}(?:[一二三四五六七八九十\d]{1,3}\s{0,2})?(?:項|号|款|条|節|事項|各号)を?|(?:ように|とおり))\s{0,2}加え(?:る|た)"
)  # (「3⑺の次に次のように加える。」: the same, its item unnamed)
# 「第五項中「令和七年十月十七日（金）午後五時」を「令和七年十月二十四日（金）午後五時」に改める。」: its clauses, the old words
# and the new quoted (the new words of a day: the change it makes to the call's schedule); a clause may go on to the
# item's next pair of words before its 「改める」 (「第三項中「7月10日」を「7月17日」に、「正午」を「午後5時」に改める。」: the
# pair ends 「に、」, the next pair's words quoted after it)
AMENDING_CLAUSE = re.compile(r"」\s{0,2}を\s{0,2}「(?P<new>[^「」]{1,120})」\s{0,2}に\s{0,2}(?:(?P<end>改め)|[、,]\s{0,2}(?=「))")
# 「【重要】」「【お知らせ】」 before a heading, 「(2026年8月4日掲載)」「(お知らせ)」「(…業務)」 after it: its tags and its
# aside (not 「(第1回・第2回)」: the rounds of the papers it names)
# 「Subject: 【日程変更】…プレゼンテーション審査の日程について」「Subject: 【訂正】…」: a tag before the subject of the issuer's
# own mail that names the mail a change of the call, though its words after the tag do not (a call's page updated in place
# tags its own title so too: 「【締切延長】…の募集について」, still the call)
CHANGE_TAG = re.compile(r"^\s{0,4}(?:【[^【】]{1,12}】\s{0,2}){0,2}【[^【】]{0,8}(?:変更|訂正|修正|延期|延長|正誤)[^【】]{0,4}】")
HEADING_TAGS = re.compile(r"^(?:【[^【】]{1,12}】\s{0,2})+|\s{0,2}\((?!第\s?\d{1,2}\s?回)[^()]{1,40}\)$")
# (「入札公告」 titles the call itself; 「入札公告（…）の変更について」「入札公告訂正のお知らせ」 a change of it)
# 「公告種別<TAB>変更公告」「件名<TAB>…(訂正公告)」: a portal's field that names the notice one of a change
CHANGE_NOTICE_KIND = re.compile(r"^(?:公告種別|種別|区分)\s{0,2}[\t:：|]\s{0,2}(?:変更|訂正|修正)(?:公告|公示)")
# 「　更新種別　　　　：変更公告（日時変更・添付ファイル差替）」「公告種別：訂正公告」: the field of a bidding system's record (a
# mail of the records it updated, a portal's page) that names the kind of notice the record is, wherever the record stands
RECORD_KIND_FIELD = re.compile(r"(?:^|\s)(?:公告|更新|案件|掲載)?種別\s{0,16}[\t:：|]\s{0,2}(?P<kind>[^\s:：|()]{1,12})")
RECORD_KIND_CHANGE = re.compile(r"^(?:変更|訂正|修正)(?:公告|公示)")
RECORD_KIND_CALL = re.compile(r"公告|公示|公募|募集|新規")  # (「入札公告」「再公告」「新規」: a record of a call, no change)
# 「…業務委託に係る公募型プロポーザルの実施について」: a page's title that names the call itself (no change, no answer in
# it), above a box 「【重要】スケジュールの変更について」 (``Reader.updated_in_place``)
CALL_PAGE_TITLE = re.compile(r"(?:プロポーザル|入札|募集|公募)(?:の(?:実施|募集|公告|公示))?(?:について|のお知らせ|のご案内)$")
# 「…業務委託に係る公募型プロポーザル【日程変更あり】」「…指定管理者の募集（第2期）【締切延長】」: the call's own name alone,
# no 「について」, as a page's title before the tag of an edit (``CALL_PAGE_EDIT_TAG``)
CALL_PAGE_NAME = re.compile(
    r"(?:プロポーザル|入札|募集|公募|企画競争|コンペ)(?:の(?:実施|募集|公告|公示))?(?:について|のお知らせ|のご案内)?"
    r"(?:[(（][^()（）]{1,12}[)）])?$"
)
CALL_PAGE_NOT = re.compile(r"変更|訂正|修正|延期|延長|中止|取りやめ|回答|質問|結果|正誤")
# 「…公募型プロポーザルについて【スケジュールを変更しました】」「…指定管理者の募集について【日程変更】」: the call's own
# title with the tag of an edit appended in its 【】 (a web page's title marked when the page changed): the call's page
# updated in place, not a separate notice (whose title names the change: 「…の日程変更について」「…について（訂正）」)
CALL_PAGE_EDIT_TAG = re.compile(r"(?<=[^\s】])【[^【】\s]{0,16}(?:変更|延長|延期)[^【】\s]{0,8}】(?=\s|$)")
TITLE_BEFORE_TAG = re.compile(r"[^\s>。]+$")  # (the title's words right before the tag: no sentence's, no path's crumb)
# 「…募集説明会の中止について」「現地見学会開催中止のお知らせ」: a heading that calls off one event of the call (the whole
# call withdrawn is ``CANCELLED``), a separate change notice: what it restates as standing is no step of its own
EVENT_CALLED_OFF_TITLE = re.compile(
    r"(?P<event>説明会|見学会|内覧会|下見会|現場確認会|現地確認会)(?:の)?(?:開催)?(?:の)?(?:中止|取りやめ|取り止め)"
    r"(?:について|のお知らせ|のご案内)"
)
# 「（令和8年12月3日（木）予定）」: the close of a bracket that holds a step's day alone (its weekday read with it)
BRACKET_CITED_END = re.compile(
    r"\s{0,2}(?:午[前後]\s{0,2}\d{1,2}時(?:\d{1,2}分)?|\d{1,2}:\d{2})?\s{0,2}(?:予定|頃|ごろ)?\s{0,2}\)"
)
# 「（2027年1月8日締切）」「（6月1日必着）」: the close of a bracket that holds a step's deadline alone
BRACKET_DONE_END = re.compile(r"\s{0,2}(?:締切|締め切り|〆切|必着|まで)?\s{0,2}\)")
# 「を提出された」「を提出した」「を提出済みの」「をご提出いただいた」: the step so cited, done
STEP_DONE_VERB = re.compile(
    r"\s{0,2}を\s{0,2}(?:ご)?(?:提出|送付|申し込|申込|応募)\s{0,2}(?:された|した|しました|済|いただいた|いただきました)"
)
BRACKET_NAME_REACH = 40  # characters of a step's name before its bracketed day, at most
# 「…（12月3日）を12月10日に変更」「…（12月3日）は延期します」「（11月27日）を開催」: the step so cited is what the sentence moves
CITED_STEP_MOVED = re.compile(
    r"^\s{0,2}(?:を|は|が|に)?\s{0,2}[^。]{0,30}?(?:変更|延期|延長|訂正|修正|繰り|中止|開催|実施|行い|行う|追加)"
)
NEW_CALL_TITLE = re.compile(
    r"再公告|再度公告|再募集|追加募集|追加公告|再公募|募集開始|公募開始|入札公告(?!の)(?!.*(?:変更|訂正|修正|延期|延長))"
)
# 「・改訂仕様書に関する質問期限」「差替え後の図面の閲覧」: a step about the papers a change revised, which the change
# creates (no step of the schedule as it stood, though no mark of a change stands beside it)
REVISED_PAPERS_STEP = re.compile(
    r"(?:改訂|改定|訂正|修正|変更|差し?替え?|差替)(?:後|版)?の?(?:仕様書|実施要領|募集要項|要領|設計図書|図面|資料)"
)
# (after a cell's rule 「|」: the cell before it does not end with a date or a time, 「…2027, 10:00 |」「9月9日 |」「6月9日(火)|」;
# looks behind of fixed width, as a cell's spaces before its rule are 0-2, tried only where a rule stands)
RULE_AFTER_UNDATED_CELL = "".join(
    f"(?<!{end}{gap}\\|)" for end in (r"[\d日]", r"[月火水木金土日][)）]") for gap in ("", r"\s", r"\s\s")
)
# a row's start up to a tag of its change: its number or bullet, if any (``CHANGE_ROW_MARK``, ``NEW_ROW_TAG``)
ROW_LEAD = r"^\s{0,8}(?:\(\s{0,2}\d{1,2}\s{0,2}\)|\d{1,2}[.)．]|[①-⑳]|[・●○◆◇■□])?\s{0,2}"
# 「④★参加表明書の提出期限」「変更（変更前：6月18日）」「【変更】」: a row a restated full schedule marks as changed
CHANGE_ROW_MARK = re.compile(
    r"[★☆]|【\s{0,2}(?:変更|訂正|修正|延長|延期)(?:後)?\s{0,2}】|(?:変更|訂正|修正|延長|延期)前|^\s{0,4}(?:変更|延長|延期)\b"
    r"|\|\s{0,2}(?:変更|延長|延期|訂正|新設|新規)\s{0,2}[|(]|\t(?:変更|延長|延期|訂正|新設|新規)\s{0,2}(?:[(\t]|$)"
    r"|[(【〈《<\[]\s{0,2}(?:新規|新設|追加|新)\s{0,2}[)】〉》>\]]|(?i:\(new(?:\sitem)?\))"  # 「(新規)」「(new item)」: a step it creates
    r"|※\s{0,2}(?:今回)?(?:新規|新設|追加)\s{0,2}(?:項目|事項|日程)?(?=\s|$)"  # 「(4)　参考資料の閲覧　※新設」: after its name
    # 「| … | June 8, 2027 | NEW |」「| … | 1 February 2027, 12:00 | Amended |」: its status cell
    rf"|\|\s{{0,2}}(?:新規|追加|(?i:new|added|{EN_CHANGE_VERBS}))\s{{0,2}}\|\s{{0,2}}$"
    r"|\(\s{0,2}(?:変更|訂正|修正|延長|延期)\s{0,2}\)\s{0,2}$"  # 「…7月16日（金）午後5時まで（変更）」: at the row's end
    # 「… 7 March 2028, 14:00 JST」 / 「(amended; was 22 February 2028)」: an English row's bracketed change word, beside
    # its date or wrapped under it
    rf"|(?i:\(\s{{0,2}}(?:{EN_CHANGE_VERBS})\b[^()]{{0,60}}\))"
    # 「（変更）参加申込書の提出期限　…」「（3）〈延期〉プレゼンテーション審査　…」: the tag before the step's name
    r"|" + ROW_LEAD + r"[(〈\[<《]\s{0,2}"
    r"(?:変更|訂正|修正|延長|延期|新規|新設|追加|新)\s{0,2}[)〉\]>》]\s{0,2}[^\s\d令平R:]"
    # 「| Site visit | — (not foreseen) | 14 September 2027 |」「| Briefing | Not planned | 10:00 a.m., …」「| … | (not provided) |
    # July 16, 2027, 5:00 p.m. JST |」: the old value's cell empty, a step the change creates, its new date in the cell
    # after; not after a cell that ends with a date or a time (「| Site visit | 9 March 2027, 10:00 | - | Cancelled; see
    # section 4 |」: the new value's cell empty)
    rf"|\|{RULE_AFTER_UNDATED_CELL}\s{{0,2}}(?:[-－—–]{{1,2}}(?:\s{{0,2}}\([^()|]{{1,30}}\))?"
    r"|\(?(?i:not\s(?:foreseen|planned|scheduled|provided))\)?)"
    r"\s{0,40}\|[^|\d]{0,40}\d"  # (the cell padded to its column's width)
)
# 「…<TAB>○」「| … | ● |」: a row's last cell a mark alone, under a head whose last cell is the change's column
# (「項目<TAB>日時<TAB>変更」「| 項目 | 日程 | 変更の有無 |」「…<TAB>訂正箇所」): the row changed or created
MARK_CELL_LAST = re.compile(r"[\t|]\s{0,4}[○◯●〇]\s{0,4}\|?\s{0,4}$")
CHANGE_COLUMN_LAST = re.compile(r"[\t|]\s{0,4}(?:変更|訂正|修正)(?:の?有無|箇所|欄|区分)?\s{0,4}\|?\s{0,4}$")
DELETED_CELL_LAST = re.compile(
    r"[\t|]\s{0,4}(?:(?:→|⇒|->)\s{0,4})?[(（【\[]?\s{0,2}削除(?:する|します|とする)?\s{0,2}[)）】\]]?\s{0,4}\|?\s{0,4}$"
)
CHANGE_COLUMN_REACH = 30  # (the rows a table's head stands above its rows)
# 「変更後」「訂正後」「(訂正後)」「【正】」: a word alone that keys the new value of a change
NEW_KEY_WORD = re.compile(rf"[(【\[]?\s?(?:{AFTER_CHANGE}|正|新)\s?[)】\]]?")
# The words of a legend that makes a mark the mark of the rows a change touched, one table for the three patterns
# below (NOTE_MARK_LEGEND, MARK_LEGEND, SYMBOL_MARK_LEGEND): a legend's new form is added here once
LEGEND_SYMBOLS = "*＊●○◎◆◇■□▲△☆★◯"  # its symbols, as written or as read (「※」 apart: it heads a note of any kind)
LEGEND_MARK_WORD = "印|マーク"  # 「★印」「◆マーク」
LEGEND_MARKED = "を付し?た|を付けた|の付いた|のある"  # 「※印を付した項目」「◆のある行」
LEGEND_ROWS = "項目|もの|行|欄|日程"  # the rows it marks
LEGEND_NOW = "今回|この度|本公告で|本件で"  # 「今回変更した」
LEGEND_CHANGE = "変更|訂正|修正|延長|延期"  # the change's verbs
# 「※印を付した項目が今回変更した項目であり」「（※は今回変更又は新設した項目）」「※印は今回変更した項目です。」: the legend of
# a restated full schedule that makes 「※」 the mark of its changed rows (elsewhere 「※」 heads a note of any kind)
NOTE_MARK_LEGEND = re.compile(
    rf"※\s{{0,2}}(?:{LEGEND_CHANGE})?\s{{0,2}}印?\s{{0,2}}(?:{LEGEND_MARKED})?\s{{0,2}}(?:{LEGEND_ROWS})?\s{{0,2}}[はが]"
    rf"[、,]?\s{{0,2}}(?:{LEGEND_NOW})?\s{{0,2}}(?:{LEGEND_CHANGE}|新設)"
)
# 「　※⑶　入札説明書等に対する質問の提出期限　…」「・質問に対する回答：令和9年2月1日（月）※」: under that legend, a row
# with the mark at its head (before its number) or at its end; 「変更後の日程（★印は変更箇所）」: a heading that holds a
# legend (of 「※」 or a symbol), no row's mark
MARK_LEGEND = re.compile(
    rf"[※{LEGEND_SYMBOLS}][」』\"”]?\s{{0,2}}(?:{LEGEND_MARK_WORD})|は\s{{0,2}}(?:今回の?)?(?:{LEGEND_CHANGE})(?:箇所|部分|した)"
)
# 「＊は今回変更した日程です。」「（●印：変更箇所）」「◆を付した項目が変更箇所です。」「＊印の項目を変更しました。」: a legend
# that makes a symbol the mark of the rows a change touched (its symbol the group 「mark」)
SYMBOL_MARK_LEGEND = re.compile(
    rf"[「『\"“]?(?P<mark>[{LEGEND_SYMBOLS}])[」』\"”]?\s{{0,2}}(?:{LEGEND_MARK_WORD})?\s{{0,2}}"
    rf"(?:{LEGEND_MARKED}|が付いた|の)?\s{{0,2}}"
    rf"(?:{LEGEND_ROWS}|箇所|部分)?\s{{0,2}}[はがを:][、,]?\s{{0,2}}(?:{LEGEND_NOW})?\s{{0,2}}"
    # (「「◎」印は日程を変更した項目」「☆印は新たに追加した項目」: the symbol quoted, the thing changed named)
    r"(?:(?:日程|日時|期日|期限|内容)\s{0,2}を?\s{0,2})?(?:新た[にな]\s{0,2})?"
    rf"(?:{LEGEND_CHANGE}|新設|追加)"
)
# 「（【新設】【変更】の表示がない項目は、当初の募集要項のとおりで変更ありません。）」「◆印のないものは当初の実施要領どおりで
# 変更はありません」: a legend that says the rows without the change's mark stand as they were (the whole schedule restated,
# its steps over with it: 「現地説明会（第1回）　8月20日（木）午前10時　〔実施済み〕」 is no step of the change either)
UNMARKED_STAND_LEGEND = re.compile(
    r"(?:表示|印|マーク|記号)\s{0,2}[がの]\s{0,2}(?:ない|無い)\s{0,2}(?:項目|もの|行|欄|日程)\s{0,2}(?:は|について)"
    r"[^。]{0,30}?(?:変更|訂正|修正)\s{0,2}(?:は|が)?\s{0,2}(?:ありません|ございません|ない|なし)"
)
# 「【追加された項目】」「■ 新たに設ける日程」「【新設する手続】」: a heading over the rows of steps a change notice adds, each
# row marked by it as a row of the change (no row restated as it stood)
ADDED_ROWS_HEADING = re.compile(
    r"^\s{0,8}[【■◆●□◇]\s{0,2}(?:追加|新設|新たに)[^\s【】]{0,8}?(?:項目|事項|日程|手続き?|スケジュール)\s{0,2}】?\s{0,2}$"
)
CELL_WRAP_INDENT = 8  # spaces a row's cell wrapped onto the next line is set in past the row's start, at least
# a row under such a legend: its symbol before its step (before or after its number) or at its end
SYMBOL_MARKED_ROW = (
    r"^\s{{0,8}}(?:(?:\(\s{{0,2}}\d{{1,2}}\s{{0,2}}\)|\d{{1,2}}[.)．]|[①-⑳])\s{{0,2}})?{0}|{0}\s{{0,2}}\|?\s{{0,2}}$"
)
# 「※下線部が変更箇所です。」「下線部分は今回変更した部分」「（アンダーラインは訂正箇所）」: the legend that makes underlined words
# the change's
UNDERLINE_LEGEND = re.compile(
    # (「＿＿＿＿で示した部分（下線部）が変更箇所である」: the word in brackets after the mark it names)
    r"(?:下線|アンダーライン)(?:部分?|箇所|を付した(?:箇所|部分|項目)|を引いた(?:箇所|部分))?\s{0,2}[)）]?\s{0,2}[はがを:：]?\s{0,2}"
    r"(?:今回\s{0,2}の?)?\s{0,2}(?:変更|訂正|修正|延長|追加)"
)
# underlined words as a page or a converter writes them: 「<u>6月19日</u>」「__6月19日__」「<ins>…</ins>」
# (「＿＿令和8年12月7日（月）午後5時＿＿」: a run of full-width low lines, as a text layer draws an underline)
UNDERLINED = re.compile(r"<u>|<ins>|<span style=\"text-decoration:\s?underline|(?<![_＿\w])(?:__|＿＿)[^_＿\s]")
NOTE_MARKED_ROW = re.compile(r"^\s{0,8}※|※\s{0,2}(?:変更|訂正|修正|延長|延期)?\s{0,2}$|\|\s{0,2}※")  # (「…正午　※訂正」,
# 「| 企画提案書の提出期限 | ※6月12日(金)午後5時 |」: the mark heading a cell)
# 「【七森町】」「【重要】」 before a mail's subject, 「（お知らせ）」「（第2回現地見学会の実施ほか）」 after it
MAIL_SUBJECT_TAGS = re.compile(r"^\s{0,4}(?:【[^【】]{1,20}】\s{0,2})+|(?:\s{0,2}[(（][^()（）]{1,40}[)）])+\s{0,4}$")
PASSED_ON_SUBJECT = re.compile(r"\s{0,4}(?:Fwd?|FW|転送|RE|返信)\s{0,2}[:：]", re.IGNORECASE)
MAIL_FIELD_AFTER = re.compile(r"\s{2,}|\s(?:添付(?:ファイル)?|Attachments?|Cc|To|Date|日時|宛先)\s{0,2}[:：]", re.IGNORECASE)
PASSED_ON_SUBJECTS = re.compile(rf"^(?:{PASSED_ON_SUBJECT.pattern})+", re.IGNORECASE)  # (「Re: Re:」)
CHANGED_ROW = re.compile(r"(?:変更|訂正|修正|延長|延期)後|[★→⇒]|(?:に|へ)(?:変更|延長|延期|訂正)(?:し|する|いた)")
# 「★印は変更した項目、（　）内は変更前の日程」「［ ］内は変更前です」「括弧内は当初の日程」: the legend of old values in brackets
OLD_IN_BRACKETS = re.compile(
    r"(?:[(（\[［]\s{0,3}[)）\]］]|括弧|かっこ)\s{0,2}内(?:は|が|の)[^。]{0,6}?(?:(?:変更|訂正|修正|延長|延期)前|当初|従前|旧)"
)
# each of its matches holds 「内は」「内が」 or 「内の」: its 「内」 at most 7 characters after the match starts, the match
# ending at most 11 characters after that 「内」
IN_BRACKETS_WORD = re.compile(r"内[はがの]")
IN_BRACKETS_BEFORE, IN_BRACKETS_AFTER = 7, 11


def old_in_brackets_said(text: str) -> bool:
    """The text says its brackets hold the old dates (OLD_IN_BRACKETS somewhere): looked for around each 「内は」「内が」
    「内の」 (found by a scan for its first letter) instead of at each of a long text's places; the pattern has no
    anchor and no look around, so a match near one is a match of the text."""
    return any(
        OLD_IN_BRACKETS.search(text, max(0, word.start() - IN_BRACKETS_BEFORE), word.start() + IN_BRACKETS_AFTER)
        for word in IN_BRACKETS_WORD.finditer(text)
    )


SITE_MENU_LINK = re.compile(r"トップ(?:ページ)?|ホーム|ヘルプ|サイトマップ|ログアウト|(?i:home|help|sitemap|log\s?out)")
CALL_CITED_AFTER = re.compile(r"\s{0,2}(?:付け?で?)?\s{0,2}(?:公告|公示|告示)(?:分|の|した|された|[)）])")  # 「…9月27日公告)」
UNCHANGED_ROW = re.compile(r"\(\s{0,2}(?:変更|訂正|修正)(?:なし|無し)\s{0,2}\)\s{0,2}$")  # 「… 5月18日(月)午後5時 (変更なし)」
# 「当初の公告のとおり」「公告第149号のとおり」: a step told as the call first gave it
# (「議案は、予定どおり令和9年3月議会に提出する」「審査は、実施要領のとおり1月26日に実施します」: 当初 unsaid;
# 「質問書の提出期限(2月2日(水)午後5時)、…その他の日程は、実施要領に記載のとおりです」: the call's papers, as written)
# (not where the clause denies it: 「予定どおりの開催が困難なため」「予定どおり実施できないため、…に行う」, the day a new one)
AS_FIRST_PUBLISHED = re.compile(
    r"(?:当初の?(?:公告|公示|告示|予定|日程|通知)?の?[とど]おり|(?:公告|公示|告示)第\d{1,5}号のとおり|予定[とど]おり"
    r"|(?:実施要領|募集要項|公募要領|募集要領)(?:等)?(?:の|に記載の)?[とど]おり)"
    r"(?![^。、]{0,24}?(?:な[いく]|ません|困難|でき[ずな]))"
)
# 「契約締結は当初どおり」「審査結果の通知は従来どおり」「Contract signing, as originally scheduled,」: the words right before
# a step's day that say it stands as the call set it (read from the end of the step's label)
AS_BEFORE_LEAD = re.compile(
    r"(?:当初|従前|従来|予定|公告時)(?:の予定|の日程)?\s{0,2}[とど]おり\s{0,2}(?:の|に|で)?\s{0,2}[、,]?\s{0,2}$"
    r"|(?i:\bas\s(?:originally\s|previously\s)?(?:scheduled|planned|announced)\s{0,2}[,:(]?\s{0,2}(?:on|in)?\s{0,2}$)"
)
AS_BEFORE_REACH = 40
ITEM_START = re.compile(
    r"^(?:[(（]\s{0,2}(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3}|[ア-ンa-z])\s{0,2}[)）]|(?:\d{1,2}|[０-９]{1,2})(?:[.．、\s　]|$)"
    r"|[・※●○■□◆◇★☆▶►【(（]|[ア-ン][.．、\s　]|[①-⑳]|(?:訂正|変更|修正)(?:前|後))"
)
THIS_STEP = re.compile(r"^\s{0,2}(?:この|当該|上記の?|これらの?)(?:期限|期日|日程|日時|日)")
OWN_DAY_LABEL = re.compile(r"^(?:公告日|公示日|告示日|発行日|掲載日|(?i:date\s(?:of\s)?issue|issue\sdate|posted))")
# 「Date of Issue of this Corrigendum: 22 December 2026」「Date of this notice: May 28, 2025」: a line that gives an English
# notice's own day alone
# lines below a forward's 「-----Original Message-----」 the forwarded notice's head stands in, at most (the mail's
# From/Sent/To/Subject, its greeting, a banner of 「=====」 and the notice's title and number over 「Date of Issue: …」)
FORWARDED_HEAD_LINES = HEAD_LINES * 2
EN_OWN_DAY_LINE = re.compile(
    r"\s{0,8}(?i:date\sof\s(?:issue|this\s(?:notice|amendment|corrigendum|addendum))|issue\sdate)[^:：\t|]{0,30}[:：\t|]"
)
# 「Corrigendum No. 2 Request for Proposals: … Issued 3 August 2027 The …」: a notice's head run onto one line, its own
# day keyed last in the words before it by the capitalised key of the line it stood on
EN_OWN_DAY_LABEL_END = re.compile(
    r"(?<=\s)(?:Issued(?:\son)?|Issue\sdate|Date\sof\s(?:issue|this\s(?:notice|amendment|corrigendum|addendum)))\s{0,2}:?$"
)
# 「Date: 22 December 2026」 over 「To: All firms …」 「Subject: …」: a letter's own day, keyed alone in its head (a mail,
# 「From:」 in its head, has the day it was sent there)
EN_LETTER_DATE = re.compile(r"\s{0,8}(?i:date)\s{0,2}[:：]")
# 「8 June 2027」「June 8, 2027」「Tuesday, 8 June 2027」: a line that holds a day and nothing else (a letter's date)
EN_LETTER_DAY_ALONE = re.compile(r"(?:[A-Za-z]{3,9},?\s)?(?:\d{1,2}\s[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s\d{1,2},?)\s\d{4}")
EN_LETTER_DAY_REACH = 6  # lines from a letter's date down to the amendment's title line under it, at most
SENDER_KEY = r"(?:From|差出人|送信者)\s{0,2}[:：]"  # 「From:」「差出人：」: a mail's sender's field
SENDER_FIELD = re.compile(r"\s{0,8}" + SENDER_KEY, re.IGNORECASE)
OLD_VALUE_BELOW = re.compile(r"^\s{0,8}[(\[［（【]")  # a line under a row's date, opening with a bracket
# 「（注）訂正前の日程は、…となっていた。」 under a schedule's last row: a note on the schedule, opened by its bracketed
# mark (「（注）」「(注1)」「【備考】」), not the old value of the row above in brackets (whatever words of a change it holds)
NOTE_OPENING = re.compile(r"^\s{0,8}[(\[［（【]\s{0,2}(?:注|備考)\s{0,2}\d{0,2}\s{0,2}[)\]］）】]")
# 「〔削除〕」「［削除］」 before the words a change deleted: the mark alone, looked for on the row as written (its brackets
# unfolded) to tell a changed row; not normalize's _DELETED_MARKED, which takes out the words between such a mark and
# its 〔追加〕 on the line as read
DELETED_MARK = re.compile(r"[〔\[［(（]削除[〕\]］)）]")
NO_OLD_CELL = re.compile(r"[-‐―—−–－]{1,3}|なし|無し|\(?(?:新規|新設|追加)\)?")  # the old value's cell of a new step
# 「【変更】企画提案書の提出期限　…」 under a row: the next row, its tag of a change before its step's name (no old value)
# (「（3）【変更】企画提案書の提出期限」「〈変更〉参加申込書の提出期限」「・(新)追加質問の受付期限：」: the tag in any bracket, after
# the row's number or bullet)
NEW_ROW_TAG = re.compile(
    ROW_LEAD + r"[【(〈\[<《]\s{0,2}"
    r"(?:変更|訂正|修正|延長|延期|新規|新設|追加|新)(?:後)?\s{0,2}[】)〉\]>》]\s{0,2}[^\s\d令平R:]"
)
OLD_VALUE_LINE = re.compile(
    r"^\s{0,8}[\[［]\s{0,2}[^\[\]［］]{4,40}[\]］]\s{0,4}$"
)  # 「　　［令和９年１月２９日（金）午後５時］」
# 「…は変更しません」「(変更なし)」「訂正しない」「(再掲)」「No change」: the mark of a step a change notice restates
UNCHANGED_MARK = re.compile(
    r"(?:変更|訂正|修正|延長|延期)(?:は|が|も)?\s{0,2}(?:ない|なし|無し|ありません|ございません|しない|しません|せず)"
    r"|再掲|(?i:\bno\schange\b|\bunchanged\b)"
)
# 「（変更なし）」「(予定)」「変更なし」 right after a day: its item's mark, not the next item's (a line run on, ``item_told``)
ITEM_MARK_AFTER = re.compile(r"\s{0,4}(?:\([^()]{0,20}\)|【[^【】]{0,20}】|(?:※\s?)?(?:変更|訂正|修正)\s?(?:なし|無し))")
# 「・参加申込書の提出期限 5月27日(水)午後5時(変更なし) ・企画提案書の…」: the mark right after an item's date on a long
# line (a list run together, a page read as one line), the item's own (read with match() from the date's end)
# 「…6月12日(金)午後5時(変更後)」「…に変更します」「※変更」: the mark of a date a change moved (with ITEM_UNCHANGED_AFTER)
ITEM_CHANGED_AFTER = re.compile(
    r"\s{0,4}(?:[(（][^()（）]{1,12}[)）]\s{0,2})?(?:[(（【]\s{0,2}(?:変更|訂正|修正|延長|延期)後?\s{0,2}[)）】]"
    r"|※\s{0,2}(?:変更|訂正|修正|延長|延期)(?!\s{0,2}(?:なし|無し|は|も))|(?:に|へ|まで)\s{0,2}(?:変更|延長|延期|訂正|改め))"
)
ITEM_UNCHANGED_AFTER = re.compile(
    r"\s{0,4}(?:[(（][^()（）]{1,12}[)）]\s{0,2})?(?:[(（【]\s{0,2}(?:(?:変更|訂正|修正)\s{0,2}(?:なし|無し|は?ありません)"
    r"|(?i:no\schange|unchanged|not\schanged))\s{0,2}[)）】]|※\s{0,2}(?:変更|訂正|修正)\s{0,2}(?:なし|無し|は?ありません))"
)
# 「(no change)」「（変更なし）」 alone on a line: the mark of the item above it, wrapped under its date
UNCHANGED_ALONE = re.compile(
    r"[(（]\s{0,2}(?:(?i:no\schange|unchanged|not\schanged)|(?:変更|訂正)\s{0,2}(?:なし|無し|は?ありません))\s{0,2}[)）]\.?"
)
# 「…他の日程の変更はありません。公示のとおり、以下のとおりです（再掲）。」: the words over a list of steps that says
# the list restates them as they stood
RESTATED_LIST_LEAD = re.compile(r"(?:\(\s{0,2}再掲\s{0,2}\)|(?:次|以下|下記)の(?:とおり|通り)(?:です|とします)?)\s{0,2}[。:]?$")
# 「その他の日程は変更ありません。」「なお、次の日程に変更はありません。」 ending its line, a list of dated steps right below:
# the sentence that says the steps listed under it (the ones the change leaves) stand as they were
UNCHANGED_LIST_SENTENCE = re.compile(
    r"(?:その他|上記以外|これ以外|他|次|以下|下記)の\s{0,2}(?:日程|事項|スケジュール|期日|期限|日時)[^。]{0,12}?(?:変更|訂正|修正)"
    r"(?:は|が)?\s{0,2}(?:ありません|ございません|ない|なし)(?:\s{0,2}です)?\s{0,2}[。:]?$"
)
# ``UNCHANGED_LIST_SENTENCE`` inside a long line, its sentence ended (「。」「:」); and where the list after it ends
UNCHANGED_LIST_RUN = re.compile(UNCHANGED_LIST_SENTENCE.pattern.replace("[。:]?$", "[。:]"))
UNCHANGED_LIST_STOP = re.compile(r"。|\s{2}|[■□◆◇●▼【]")
RUN_ON_BULLETS = "・･-−–"  # an item's bullet under a heading (not a heading's own mark: 「■」「●」「【」)
HEADING_MARK = re.compile(r"^\s{0,8}[■□◆◇●○▼【]")  # 「■ 留意事項」「【問い合わせ先】」: a heading with no number
NOT_WHOLE_DAY = re.compile(r"日付|時刻|場所|会場|のみ")  # (a part of the step that stands, another part moved)
DAY_SUBJECT = re.compile(r"期限|期日|期間|日時|日程|時期|予定|締切")  # what a sentence says is unchanged: a day, no venue
# 「2027/9/13(月)\t変更なし」「令和9年3月上旬　→　変更なし」「令和９年６月25日（金）午後５時　（変更なし）」: the new value's
# cell of a row of old and new that says the step did not change (what follows the row's date)
UNCHANGED_AFTER_DATE = re.compile(
    r"^[\s|→⇒―－—※-]{0,12}[(（【]?\s{0,2}(?:(?:変更|訂正|修正)\s{0,2}(?:なし|無し|はありません|ありません)|同左)\s{0,2}[)）】]?"
)
# 「| Revised | Previously Friday, 22 October 2027」「Time changed; previously Tuesday, 7 December 2027, 10:00」: the old value
# of a row's step in its remarks cell, in English
EN_LISTED_NEXT = re.compile(r"\s{0,2},?\s{0,2}(?:and|&)\s{1,2}")  # 「…, 16 November and Wednesday, 17 November 2027」
EN_OLD_VALUE_KEY = re.compile(r"(?i:\b(?:previously|originally|formerly)(?:\s(?:scheduled\s)?(?:for|on|as))?\s{0,2}:?\s{0,2})$")
# 「（変更前）2026年12月4日（金）17時00分<br>（変更後）…」 in an answer's cell: the key of the old value just before its date
OLD_VALUE_KEY = re.compile(r"(?:訂正前|変更前|修正前|延長前|延期前)\s{0,2}[)）】\]]?\s{0,2}[:：]?\s{0,2}$")
# 「4. The following remain UNCHANGED:」「Dates that remain unchanged」「The following dates are not changed:」: an English
# heading, or the words over a list, that says the steps listed under it stand as they were
EN_UNCHANGED_LEAD = re.compile(
    r"(?i:\b(?:remains?|are|is|stay|stays)\s(?:unchanged|not\schanged)\s{0,2}:?$|^(?:\d{1,2}\.\s)?(?:dates?|steps?|items?)\s"
    r"(?:that\s|which\s)?(?:remains?|are|is)\s(?:unchanged|not\schanged)\s{0,2}:?$|^unchanged\s(?:dates?|steps?|items?)\s{0,2}:?$)"
)
UNCHANGED_LEAD_WORDS = ("変更", "訂正", "修正", "再掲")  # (the words of a heading or a lead that says a list stands)
UNCHANGED_WORDS = ("変更", "訂正", "修正", "同左", "hange")  # (the words of both: a cheap test before them)
# 「●企画提案書の提出期限（変更なし）」「契約締結（当初の予定から変更ありません）」: a step's own label that says it stands
# (「(4) Application for Participation (no change)」「Site visit (unchanged)」: the same in English)
UNCHANGED_LABEL = re.compile(
    r"[(（][^()（）]{0,16}(?:変更|訂正|修正)\s{0,2}(?:なし|無し|は?ありません|はない)[)）]"
    r"|\((?i:no\schange|unchanged|not\schanged)\)"
)
ENDED_ON = re.compile(r"^\s{0,4}(?:\([^()]{0,12}\)\s{0,4})?をもって")  # 「1月19日をもって終了しています」: its last day
PLAN_CHANGED = re.compile(r"延期|延長|変更|中止|取りやめ|取り止め|見合わせ|繰り?下げ|繰り?上げ")
CHANGED_TO = re.compile(
    r"\s{0,4}(?:\((?:予定|必着|厳守|消印有効)\))?\s{0,4}[」』)]?\s{0,4}(?:に|へ|まで)(?:延長|変更|訂正|改め|延期|繰り下げ|繰下げ|繰り上げ)"
    r"(?!\s{0,2}(?:は|も)\s{0,2}(?:あり|な|ござい|いたし|し(?:ま|な)))"  # 「…に変更はありません」: no change
)
# 「…中「6月10日（水）10時00分　本部3階入札室」を「6月17日（水）10時00分　本部3階入札室」に改める」「…中「提出期限の日（5月
# 31日（月））」を「提出期限の日（6月7日（月））」に改める」: the new words quoted, the date in them before other words
QUOTED_OLD_BEFORE = re.compile(r"^[^「」。]{0,40}」\s{0,2}を\s{0,2}「$")  # (the old words' rest before the new words)
QUOTED_OLD_REACH = 240  # characters after a date QUOTED_OLD_AFTER reads, at most (its longest match: 210)
# 「４の⑵（設計図書の閲覧期間）中「公告の日から２月２６日まで」を「公告の日から３月５日まで」に改める」: a window's new words
# open with where it starts, the notice's day; the step whose end moves is the item the clause cites (read from the end
# of the words before the new date, CLAUSE_CITED_REACH characters at most)
CLAUSE_CITED_WINDOW = re.compile(
    r"(?:^|[。\s　])(?P<item>[^「」。\s　]{2,40}?)\s{0,2}中\s{0,2}「[^「」]{1,120}」\s{0,2}を\s{0,2}「[^「」\d]{1,10}(?:から|[~～〜])$"
)
CLAUSE_CITED_REACH = 200
# 「同公告の七の（二）入札書の提出期間の項中「」「公告第二百八号の五の（二）…の項中「」: the clause's address of the notice
# it changes before the item it cites (the step is the item's, no 公告 of its own)
CLAUSE_NOTICE_ADDRESS = re.compile(r"^\s{0,4}(?:同|本|当初)?(?:公告|公示|告示)(?:第[^「」の\s]{1,10}号)?の")
QUOTED_OLD_AFTER = re.compile(
    r"[^「」。]{0,40}」\s{0,2}を\s{0,2}「[^「」]{1,120}」\s{0,2}に\s{0,2}(?:改め|訂正|変更|修正)"
)  # (read with match() from a date's end; the rest of the old words after a date, then the new words that replace them)
# (and 「…」を「5月26日（水）」に、「…」を「…」に改める」: the clause goes on to the same item's next pair of words)
QUOTED_NEW_AFTER = re.compile(
    r"^[^「」。]{0,40}」\s{0,2}(?:(?:に|と)\s{0,2}(?:改め|訂正|変更|修正|読み替え)|に\s{0,2}[、,]\s{0,2}「(?=[^「」]{1,60}」\s{0,2}を))"
)
# 「企画提案書の提出期限を6月12日(金)午後5時に、ヒアリングを6月22日(月)に変更します」: the new date of the step named
# before it (「…を」), one of several moved by one verb at the sentence's end (read with match() from the date's end; the
# next step named with 「を」 before the next date)
PARALLEL_NEW_LEAD = r"\s{0,4}(?:\([^()]{0,12}\)\s{0,4})?(?:に|へ)\s{0,2}[、,]\s{0,2}[^、,。「」]{1,40}?を\s{0,2}"  # (the new date's particle, the next step named)
PARALLEL_NEW_AFTER = re.compile(PARALLEL_NEW_LEAD + "$")
PARALLEL_NEW_REACH = 140  # characters of a date's tail PARALLEL_NEW_TAIL reads, at most
PARALLEL_NEW_TAIL = re.compile(
    PARALLEL_NEW_LEAD + r"[^、,。「」を]{4,60}?"
    r"(?:に|へ)\s{0,2}(?:変更|延長|延期|改め|繰り?下げ|繰り?上げ)(?!\s{0,2}(?:は|も)\s{0,2}(?:あり|な|ござい))"
)
PARALLEL_NEW_BEFORE = re.compile(r"(?:期限|期日|期間|日時|日程|実施日|開催日|予定日|時期|通知|公表|審査|[会議])\s{0,2}を\s{0,2}$")
# (read with match() from a new date's end: 「(水)」に、「…欄」を「…欄」に改める」, its clause's next pair of words)
SERIAL_NEW_AFTER = re.compile(
    r"[^「」。]{0,40}」\s{0,2}に\s{0,2}[、,]\s{0,2}「[^「」]{1,60}」\s{0,2}を\s{0,2}「[^「」]{1,120}」\s{0,2}に\s{0,2}改め"
)
# 「３（２）中「１月２９日（金）」を「２月３日（水）」に改める。」 then 「なお、提出期限の時刻（午後５時）に変更はない。」,
# 「…を６月７日に延長し、時刻は正午とする」: the time of a step's new day, told in the next clause or sentence of its change
# (one time, no hours 「時刻は9時から17時まで」 nor the time changed 「時刻（正午）を午後5時に改める」; the subject, a
# deadline's or the step's, no other step's, nor the old day's 「当初の時刻は正午」: ``OLD_TIME_SUBJECT``)
CHANGE_TIME_TOLD = re.compile(
    rf"\s{{0,4}}(?:なお|ただし|また)?\s{{0,2}}[、,]?\s{{0,2}}(?P<subject>[^。、\d]{{0,24}}?)時刻\s{{0,2}}"
    r"(?:\(|(?:は|も)\s{0,2}[、,]?(?:\s{0,2}(?:従前|当初|従来)の?(?:[とど]おり|通り)\s{0,2}[、,]?)?)"
    rf"\s{{0,2}}{CLOCK}"
    r"(?!\s{0,2}(?:~|から|-)|[\d分半]|\)?\s{0,2}を)"
)
OLD_TIME_SUBJECT = re.compile(rf"{BEFORE_CHANGE}|当初|従前|従来|旧")
# 「第三項中「7月10日」を「7月17日」に、「正午」を「午後5時」に改める。」: the clause's next pair of words after a new day,
# a time alone for a time alone, gives the new day's time (read with match() from the start of the next pair's old words)
SERIAL_TIME_PAIR = re.compile(
    rf"\s{{0,2}}{CLOCK_UNNAMED}\s{{0,2}}(?:まで)?\s{{0,2}}」\s{{0,2}}を\s{{0,2}}「"
    rf"\s{{0,2}}{CLOCK}\s{{0,2}}(?:まで)?\s{{0,2}}」\s{{0,2}}に"
)
MOVED_STEP_CLAUSE_MAX = 40  # characters of a clause naming the step a date after it moves, at most
PART_OF_MONTH_AFTER = re.compile(r"^\s{0,4}(?:~|から)\s{0,4}(上旬|中旬|下旬)")
# 「10月上旬中旬(予定)」: a struck-through part of the month and the new one, run together once copied as text
PART_OF_MONTH_STRUCK = re.compile(r"^(上旬|中旬|下旬)")
# 「配布開始（11月12日まで）」: a step's name, when the window it opens closes in brackets (``named_before_bracket``)
ASIDE_DATE_CELL = re.compile(r"(?P<name>[^()]{2,40}?)\s{0,2}\([^()]{0,40}まで\)")
PREVIOUS_DATE_CLAUSE = re.compile(r"^\s{0,2}(?:まで)?に(?!つ|関|係|対|よ|お)")
WHEN_AFTER_CLAUSE = re.compile(r"(?<!午)(?:後|以降)\s{0,2}$")
# 「協定締結は議決後、2028年1月の予定」: a clause whose topic names the step, the words after 「は」 only when it follows
TOPIC_THEN_WHEN = re.compile(r"^(?P<topic>[^、。は]{2,16})は\s{0,2}(?P<when>[^、。は]{1,12}?(?<!午)(?:後|以降))\s{0,2}$")
REASON = re.compile(r"(?:ため|ので|ことから|により|を対象に|に対し(?:て)?)$")  # a reason or whom: no step
# 「公告日から起算して10日目（」「開札日の前日（」「参加申込と同日（」「提出期限の翌開庁日（」: words that count a day from
# another step, the day itself given in the bracket they open (the words name no step of their own); 「本日（」 too
# (also as the cell before a date 「提案書期限の8日後 ▸ 6月15日(火) ▸ プレゼンテーション」, 「申込期限の3業務日後 ▸ (5月27日まで)」)
DAY_COUNTED = (
    r"[^\s、,。:()「」は▸]{0,40}?(?:(?:翌々?|前々?)(?:日|開庁日|営業日|業務日)|同日|本日|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s{0,2}"
    r"(?:日|開庁日|営業日|業務日|週間?)(?:目|前|後|以内))"
)
RELATIVE_DAY = re.compile(DAY_COUNTED + r"\s{0,2}(?:[▸▶→|]\s{0,2})?(?P<bracket>\(\s{0,2}(?:遅くとも|概ね|おおむね)?\s{0,2})?$")
# 「提出期限　公告日から7日目の午後5時まで［5月23日（火）午後5時］」「回答　公告日から8日目までに掲載する。【5月24日】」: the
# counting words, then what is done by then (its time too), then the day itself in brackets of any shape
COUNTED_THEN_BRACKET = re.compile(
    DAY_COUNTED + r"(?P<between>(?:の|まで|までに|必着)[^()\[\]【】「」]{0,40}?)?\s{0,2}(?P<bracket>[(\[【]\s{0,2})$"
)
TIME_ONLY_IN = re.compile(CLOCK)
# the line a counted day's bracket stands on alone, under its counting words: 「　　［令和10年5月23日（火）午後5時］」
BRACKETED_DAY_LINE = re.compile(r"^\s{0,40}[(\[【]\s{0,2}(?=[\d令平R])")
# 「(1)提出期限 公告日から7日目の午後5時まで」 over that line: the key before the counting words names the step
COUNTED_KEY = re.compile(r"^(?P<key>[^\s、。]{1,30}?)(?:\s{1,8}|は\s{0,2}[、,]?\s{0,2})(?=" + DAY_COUNTED + ")")
# 「公告日の翌日から起算して10日目の午後5時」「開札日の7日前の日まで」「公告日から申請書の提出期限の日まで」 on a line of
# their own, under the item's heading and over the day in brackets: they name the steps the day is counted from, not
# the item's own (「（２）申請書の提出期限」 above names it)
COUNTING_LINE = re.compile(
    r"^[^\s\d、,。:()「」]{1,40}?(?:(?:から|より)\s{0,2}起算|の\s{0,2}(?:翌々?|前々?)(?:日|開庁日|営業日|業務日)"
    r"|の\s{0,2}\d{1,3}\s{0,2}(?:日|開庁日|営業日|業務日|週間?)\s{0,2}(?:前|後)"
    r"|(?:日|期限)\s{0,2}(?:から|より)[^\s\d、,。:()「」]{1,40}?(?:日|期限)\s{0,2}まで)"
)
# 「募集説明会の終了後、同日…」「参加申込と同日…」: the step whose day 「同日」 is, right before it (no step of its own)
# (「説明会終了後、同日…」: the end of the step without its 「の」)
SAME_DAY_OF = re.compile(r"(?P<anchor>[^\s、。,()]{2,30}?)(?:と|の(?:終了後|終了後に|後|当日)|終了後に?)\s{0,2}[、,]?\s{0,2}$")
# 「受付期間 公告の日から起算して7日間（土曜日、日曜日及び祝日を除く。）」: the length of a window counted from another step,
# after the key that names the window (its days are given below)
COUNTED_SPAN = re.compile(
    r"\s[^\s、。]{0,30}?(?:から|より)起算して\s{0,2}\d{1,3}\s{0,2}(?:日|開庁日|営業日)(?:間|目|以内)?\s{0,2}(?:\([^()]{0,40}\))?$"
)
# 「（様式第1号）【提出期限 令和9年5月21日（金曜日）午後5時15分】」: a form's head, its paper's title on the line below
FORM_ONLY = re.compile(
    r"^\(?\s{0,2}(?:別紙|別記)?様式\s{0,2}第?\s{0,2}\d{1,3}\s{0,2}号?\s{0,2}\)?\s{0,4}(?:提出期限|提出期日|提出日|締切|期限)?\s{0,2}$"
)
PAPER_TITLE = re.compile(r"(?:書|届|票)$")
REFERENCE_ITEM = re.compile(r"\s{0,8}[(（【\[<〈]\s{0,2}参考\s{0,2}[)）】\]>〉]")  # 「(参考)」 opening a date's item
FORM_TITLE_MAX = 20
FORM_REACH = 24  # lines of a form (its head, title and fields) above the note under it, at most
BOX_TOP_EDGE = "┓┏┐┌ \u3000"  # (a box's top edge the line above joins to a boxed line's label)
DEFINED_CLOSED = re.compile(
    r"^\s{0,8}[「『]?[^()「」]{1,30}[」』]?\s{0,2}という。?\s{0,2}\)"
)  # the rest of a wrapped 「(以下…)」
DEFINED_AS = re.compile(r"\(\s{0,2}以下[^()]{0,40}?という。?\s{0,2}\)")  # 「（以下「申請書」という。）」
# 「参加表明書を提出した者には、」「参加申込書を提出した者に限り、」 before a date: whom the sentence's step is for, named
# by the paper they handed in earlier (the step is the one the sentence goes on to name, or its item's)
HANDED_IN_BEFORE = re.compile(r"を\s{0,2}提出し$")
WHO_TOPIC = re.compile(r"(?:者|事業者|法人|団体)\s{0,2}(?:は|に限り|のみ)$")
ADDRESSED_INSIDE = re.compile(
    r"[^\s、。]{1,30}?を\s{0,2}提出した(?:者|事業者|法人|団体)(?:全員)?\s{0,2}(?:には|に限り|に対し(?:て)?|のみ)"
)
ADDRESSED = re.compile(r"を\s{0,2}提出した(?:者|事業者|法人|団体)(?:全員)?\s{0,2}(?:には|に限り|に対し(?:て)?|に|へ)$")
# 「…7月4日午後5時まで受け付ける」: the bare verb of taking papers in, after the date
TAKEN_IN_AFTER = re.compile(r"^\s{0,2}(?:まで|までに)?\s{0,2}(?:受け付け|受付け?|受理)(?:る|ます|する|します)")
RELATIVE_REACH = 60  # characters before a date the words that count it (or name its 「同日」) stand in, at most
HAS_DAY_COUNT = re.compile(r"同日|本日|翌|前日|前々日|日目|日前|日後|以内")  # (what RELATIVE_DAY looks for, found fast)
TODAY_BRACKET = re.compile(r"本日\s{0,2}\(\s{0,2}$")  # 「本日（5月10日）」
BRACKET_CLOSED = re.compile(r"^\s{0,2}(?:まで|までに)?\s{0,2}[)\]】](?P<time>\s{0,2}(?:の|は)?\s{0,2}" + CLOCK + ")?")
# 「〃 18日(金)」 in a schedule table: the ditto mark stands for the month above (read as 「同月」)
DITTO_DAY = re.compile(r"[〃″]\s{0,4}(?=\d{1,2}\s{0,2}日)")
HOURS_KEY = re.compile(r"^(?P<step>[^\s:、。()]{1,12}?)(?:の)?(?:日時|時間)\s{0,4}[:]?\s")  # 「閲覧時間 」「閲覧日時」
HOURS_REACH = 8  # lines above 「受付時間」 the item's label stands in, at most
ROUND = re.compile(r"^\(?第\d{1,2}回(?:目)?\)?$")  # 「第2回」: which round of the step above, no step of its own
ROUND_LEAD = re.compile(r"^\(?第\d{1,2}回(?:目)?\)?\s{1,4}")  # 「第1回　受付期間」: the round, before the key
MEANS_REACH = 8  # lines between a way of handing in (「持参の場合」) and the label of its step above, at most
ITEM_SYMBOL = re.compile(r"[◆◇■□●○◎▼▽▶▷►★☆・]")  # a list item's mark (not a title's 【】)
NESTED_ITEM = re.compile(r"(?P<indent>[ \t]{0,16})[-*・●○]\s{1,4}")  # 「  - 開催：…」: an item of a nested list
BULLET = re.compile(r"^\s{0,8}[・\-‐●◦○◎]")
# an event's hours after its English date: its start is the event's time (a window's daily hours stay the date's)
# (「… on 20 April 2027 (Tuesday), between 10:00 and 16:00 JST」: 「between」 opens the hours, 「and」 closes them)
EN_EVENT_FROM_HOURS = re.compile(
    r"\s{0,3},?\s{0,3}(?i:(?P<between>between)|from)\s{1,3}(?:JST\s{0,2})?(?i:(?P<hour>\d{1,2})(?::(?P<minute2>\d{2}))?\s?(?P<ampm_en>[ap])\.?\s?m\.?"
    r"|(?P<hour_24>\d{1,2}):(?P<minute2_24>\d{2}))\s{0,3}(?:JST\s{0,3})?(?(between)(?i:and)|(?i:to|until|till|[-–~]))(?:\s|$)"
)
EN_HOURS_END_REACH = 24  # characters after 「to」 / 「and」 looked at for the end of a range of hours
# 「… of the centre. 1.2 Proposals must be submitted」: a sentence ended, the next item's decimal number, its sentence
EN_NUMBERED_SENTENCE = re.compile(r"(?<=[a-z)][.;])\s{1,3}\d{1,2}(?:\.\d{1,2}){1,3}\.?\s{1,3}(?=[A-Z])")
EN_SUB_ITEM_REACH = 3  # an English line under a heading: this many lines below it at most
# an English list's item mark opening a line: a hyphen, a bullet or an arrow (「-> Send Form 1 … by」)
EN_ITEM_BULLET = re.compile(r"(?:-{1,2}>|=>|[-•*·●○◦▪→⇒►▶])\s+")
EN_ITEM_BULLET_FIRST = "-=•*·●○◦▪→⇒►▶"
# 「The new system will be used from …」「The renewed website will go live in …」: the sentence tells of the work's product
# in use, its dates the work's (稼働, 運用開始), no step of the call
EN_WORK_IN_USE = re.compile(
    r"(?i:\b(?:system|website|web\ssite|site|app|application\ssystem|platform|service|portal|database)\s(?:will|is\sscheduled\sto|is"
    r"\sexpected\sto)\s(?:be\s(?:used|launched|released|introduced|operated|put\sinto\s(?:use|operation))|go\slive|start\s"
    r"(?:operation|operating|service)|enter\sinto\s(?:service|operation))\b)"
)
# 「(入札公告の訂正, 令和8年9月2日) takes precedence over this English version」「(…) shall prevail」: the day of the original
# a translation names, no step
ORIGINAL_PREVAILS_AFTER = re.compile(
    r"^\s{0,2}\)\s{0,2}(?i:(?:takes|shall\stake|will\stake)\sprecedence|(?:shall\s|will\s)?prevails?\b|(?:shall|will)\s(?:govern|apply))"
)
# 「The electronic procurement system will be used for the submission of bids」「The portal will be used to receive
# proposals until」: the call's own tool, the sentence names its step
CALLS_TOOL_AFTER = re.compile(
    r"(?i:\s(?:for|to|in)\s(?:all\s|the\s)?(?:submi|receiv|accept|upload|regist|bid|tender|proposal|quotation|question|application))"
)
# 「Proposals must be delivered in person to …」: the sentence's predicate hands the paper in (its step, whatever the
# words by the date name: 「…, together with the notice of the result of the qualification review, by」)
HANDED_IN_VERB = re.compile(
    r"(?i:\b(?:must|shall|should|will|are\sto|is\sto|may)\s(?:only\s)?be\s(?:submitted|delivered|received|sent|filed|lodged"
    r"|uploaded|handed\sin|brought)\b)"
)
# a translation's words: the version a bracketed date is the original's day in (「… takes precedence over this English version」)
TRANSLATION_WORDS = re.compile(r"(?i:english|japanese|translat|version|original|text)")
# 「Tenders must be received as of」「The deadline for questions is as of」「Submission deadline: as of」: 「as of」 after a
# hand-in or a deadline's key, the deadline itself (not 「…three years of business as of」, a reference day)
AS_OF_DEADLINE = re.compile(rf"(?:{HANDED_IN_VERB.pattern}|(?i:\bdeadline\b[^.;]{{0,40}}|\b(?:accepted|due)\b|:))\s{{0,4}}$")
# (「(dated Friday, 26 February 2027)」: its weekday before the day)
DATED_BEFORE = re.compile(r"\b(?:dated|as of)\s{0,4}(?:" + WEEKDAY_BEFORE.pattern.removesuffix("$") + ")?$", re.IGNORECASE)
# 「Tokyo, 1st February 2027」 over its signatory: a letter's dateline, the place it was written in and a comma before
# its day, opening its line (or after the wide gap a line break left in a text run onto one line)
EN_DATELINE_BEFORE = re.compile(r"(?:^|\s{2})\s{0,6}(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}),\s{1,2}$")
EN_DATELINE_REACH = 40  # characters before a date its dateline's place is looked for in


def step_keyed_before(words: str) -> bool:
    """「Pre-proposal conference      Online, 5 June 2027」「Site visit:  North Pier, 12 May 2027」: the words before a
    place and its date, after the gap that sets them apart, a row's key that names its step (the place it is held at,
    no letter's dateline: 「… 09:30-17:30 JST)  Osaka, 2nd April 2027」 has no key before its place)."""
    key = SPACE_RUN.split(words.strip())[-1].rstrip(" :：")
    return 0 < len(key) <= ENGLISH_STEP_MAX and key[-1] not in ".)" and bool(L.kind_of(key))


# 「No. 29-11  |  2029.5.14 (Mon)」: a bulletin's masthead, the number of its issue (a year's, then its own) before its day
ISSUE_NUMBER_BEFORE = re.compile(r"\bNo\.\s?\d{1,4}[-/]\d{1,4}\s{0,4}[|｜]?\s{0,4}$")
ISSUE_REACH = 24  # characters before a date its issue's number is looked for in
# a sentence's end inside a wrapped English line (「… 14 January 2028. We will publish」), after a word or a year
# (not 「RFP No. KIMB-…」, an abbreviation)
ENGLISH_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[a-z0-9)][.;])|(?<=[A-Z]{2}[.;]))(?<!\bNo\.)" + EN_CLOCK_ZONE_AFTER + r"\s+(?=[A-Z])"
)  # (「JST. Those」)
EN_WAITING_END = re.compile(r"(?i:\b(?:as|the|to|be|of|for|with|is|are)\s{0,2}$)")  # a sentence cut in its middle
EN_PREPOSITION_END = re.compile(r"(?i:\b(?:by|on|in|until|before|from|of)\s{0,2}$)")  # a sentence that waits for its date
EN_PART_END = re.compile(r"(?i:\b(?:early|mid|late|end\sof|beginning\sof|middle\sof)\s{0,2}$)")  # 「… in late」 / 「March 2028」
ENGLISH_ASIDE = re.compile(r"\s?\([^()]{12,80}\)")  # 「(in Japanese, with English reference translation)」: an aside
# 「Tenderers must submit the following by」: the papers are listed under the sentence, their item's heading names them
EN_THE_FOLLOWING = re.compile(
    r"(?i:\bthe\sfollowing(?:\s[a-z]+){0,2}\s(?:by|no\slater\sthan|before|on\sor\sbefore|until)\s{0,2}$)"
)
# 「(Golden Week holidays) and from」「, or on」: the words between two listed days of one sentence, no step's of their own
EN_LISTED_AGAIN = re.compile(
    r"^\s{0,4}(?:\([^()]{0,60}\)\s{0,4})?[,;]?\s{0,4}(?:and|or|as\swell\sas)\s{1,4}(?:also\s{1,4})?(?:from|on|between|during|over)?\s{0,4}$"
)
EN_LISTED_AGAIN_REACH = 300  # characters of the sentence before the listed day, at most
EN_FIRST_DIGIT = re.compile(r"\d")
EN_ANY_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(])")  # (「… by 23/04/2027. Note that …」: after a date's digits too)
CLAUSE_MARKS = re.compile(r"[(),;]")  # what closes an English clause or an aside before the words by a date
# 「8A.2  Bidders …」「2.1 The …」「(3.4) …」: a clause's number opening its sentence's first line (a numbered contract's)
EN_CLAUSE_NUMBER = re.compile(r"\(?\d{1,2}[A-Z]?(?:\.\d{1,2}){1,3}\)?\s{1,6}(?=[A-Z])")
EN_EVENT_LINES = 8  # lines above a registering sentence's date its paragraph may name the event in, at most
EVENT_REACH = 400  # characters before a sentence of registering in which its paragraph names the event, at most
# 「Tenderers wishing to attend must register by e-mail … by」「If you would like to join, please register by」: a seat at
# an event booked (not 「Companies wishing to join the tender must register … by」: a place in the call itself, the
# application)
EN_TO_ATTEND = re.compile(
    r"(?i:\b(?:attend|join(?!\s{1,3}(?:the|this|our)\s{1,3}(?:tender|bid|bidding|procurement|call|competition|auction)s?\b))\b"
    r"[^.;]{0,80}?\bregist(?:er|ration)\b)"
)
# 「… we will hold an additional online Q&A session on … Please register via the form by」: the bare imperative, its
# object the event just named (not 「Please register your application on the portal by」: the call's own entry)
EN_REGISTER_BARE = re.compile(
    r"(?i:(?:please\s)?regist(?:er|ration)\b(?!\s(?:your|the|an?|its|their)\s(?:[\w-]+\s)?(?:applications?|bids?|tenders?|proposals?|company|firm|entry|interest)\b))"
)
# 「Suppliers wishing to attend are requested to notify the contact point by」「Parties wishing to take part in the tour
# should send Form 2 by」: a seat at the event the paragraph names booked, in words no step's kind is read from
EN_WISHING_TO_ATTEND = re.compile(
    r"(?i:\bwish(?:ing|es)?\sto\s(?:attend|join|take\spart|participate)\b"
    r"(?!\s{1,3}in\s{1,3}(?:the|this|our)\s{1,3}(?:tender|bid|bidding|procurement|call|competition|auction|request)s?\b)"
    r"[^.;]{0,80}?\b(?:notify|inform|send|contact|e-?mail|book|reserve|sign\sup)\b)"
)
# 「The tender documents (Instructions to Tenderers, …) can be downloaded free of charge from the … page from」「The
# tender documents, comprising …, may be downloaded from the Authority's e-tendering portal from」: a call's papers made
# available from a day, however long the list of them between (交付, the call's publication)
EN_DOCUMENTS_SUBJECT = re.compile(  # (「The Implementation Guidelines, the Specifications and …」: a call's papers by name)
    r"(?i:^(?:the\s)?(?:(?:tender(?:ing)?\s|bid(?:ding)?\s|call\s|RFP\s|RFQ\s|ITT\s|procurement\s)?(?:documents|documentation|dossier)"
    r"|(?:[a-z]+\s){0,2}(?:guidelines|specifications))\b)"
)
EN_MADE_AVAILABLE = re.compile(
    r"(?i:\b(?:(?:are|is|will\sbe|shall\sbe|can\sbe|may\sbe)\s)?(?:made\s)?(?:available|downloadable|downloaded|obtained|collected|distributed"
    r"|issued|released)\b[^.;]{0,80}?\b(?:from|on|as\sof)\s{0,2}$)"
)
# 「(hereinafter "the Committee")」「(the "Bureau")」: a name defined in brackets after a long subject
EN_NAMED_AFTER_ASIDE = re.compile(r"(?i:\((?:hereinafter\s|the\s)?[\"“'‘])")
ENGLISH_WRAP_LINES = 3  # lines above a date an English item's words may be wrapped over
# 「by 2027-07-21 (Wed).」「before 03.02.2027.」: a date at a line's start after a preposition alone (a wrapped sentence's end)
# 「4/30/2027 (4:00 p.m. Japan Standard Time …)」「28.01.2027 (17:00 JST)」: an hour in a bracket after an English date
EN_BRACKETED_HOUR = re.compile(r"\(\s{0,2}(?:[A-Za-z]{2,12}\s{1,2})?\d{1,2}(?::\d{2}|\s{0,2}[AaPp]\.?\s?[Mm]\b)")
EN_WRAPPED_DATE_LEAD = re.compile(r"^\s{0,12}((?:on\sor\s)?(?:by|before|than|on|until|till))\s")
# 「(Wed). Answers will be」: a sentence's end inside an English line, the next sentence after it
EN_SENTENCE_END_MID = re.compile(r"(?<=[a-z0-9)])\.\s{1,3}(?=[A-Z])")
# 「between Tuesday」「from Mon.」: the words before a range's first day, its weekday with them
EN_RANGE_OPENING = re.compile(r"(?i:(?:between|from)(?:\s(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?)?)")
EN_SENTENCE_WRAP_LINES = 3  # lines of a wrapped English sentence above the date that ends it, at most
EN_BLOCK_LINES = 8  # lines of a block's sentences between an English heading and the key under it, at most
KEY_ONLY = re.compile(r"^\s{0,8}(?P<key>[^\s:：]{2,16})\s{0,2}[:：]\s{0,4}$")  # 「業務内容：」 with its items below

# patterns of the reading's small steps, compiled once
MARKDOWN_LEAD = re.compile(r"^\s{0,8}(?:#+|>|-\s{0,8}\|?)\s{0,8}")  # a heading's, a quote's or a list's mark
STEPS_APART = re.compile(r"[・/／]|及び|並びに")  # what parts the steps of a label
HAND_IN_VERB = re.compile(r"(?:提出|受付|受領|送付|持参)(?:する|すること)?")  # 「…の作成及び提出」: the verb alone
DOCUMENTS_APART = re.compile(r"[、,・]|及び|並びに")  # what parts the documents of a list
PARTS_APART = re.compile(r"[・/／]|及び")  # what parts the steps of a label written as one
SPACES_RUN = re.compile(r"\s+")
CLAUSE_MARK = re.compile(r"[。、,]")
CLAUSE_END = re.compile(r"[。、]")
# 「認定を行う予定です」「締結します」: an act named by its noun alone, after its date
BARE_ACT_AFTER = re.compile(r"^(?P<act>[一-龥]{2})\s{0,2}(?:を\s{0,2}(?:行|実施)|し|する)")
OBJECT_MAX = 20
OBJECT_RUN = re.compile(rf"[一-龥ァ-ヶー々]{{1,{OBJECT_MAX}}}$")  # 「公募設置等計画」 before 「の認定」: what an act is of
AIMED_AT = re.compile(r"(?:目途|目処|めど|目標|目安)\s{0,2}(?:に|として|とし)")  # 「…を目途に、」: a day aimed at
GLOSSED_DAY_BEFORE = re.compile(r"[本今明昨当]日\($")  # 「昨日(」 before a month and day that glosses it
CONTINUED_CLAUSE = re.compile(r"(?:し|して|した上で|の上)$")  # 「…をお知らせし」: a clause the next one continues
LATER_CLAUSE = re.compile(r"\s{0,2}(?:その後|後日|改めて|別途|速やかに|順次)")
PAPER_BY_DEADLINE = re.compile(
    r"(?P<paper>[^\s、。,()「」]{2,24}?)(?:\([^()]{1,12}\))?を\s{0,2}[、,]?\s{0,2}[^、。,()]{1,30}?(?:期限|期日|締切り?)\s{0,2}\($"
)
PAPER_BY_DEADLINE_REACH = 80  # characters its match spans, at most (it ends where the date starts)
PUBLISHED_OF_DAY = re.compile(
    r"\s{0,2}の\s{0,2}(?P<step>公告|公示|公表|告示)(?:と同時|に併せ|にあわせ|と併せ|とあわせ|と共|とともに)"
)
# 「公募開始　　　」: a row's key, spaced from its date; 「・募集要項の配布 」: a listed item's key, one space from it
ROW_KEY_BEFORE = re.compile(r"^\s{0,8}(?:[^\s、。,]{2,30}\s{2,}|[・●○◆◇■□]\s{0,2}[^\s、。,・]{2,30}\s{1,8})$")
# 「5月10日（月）から募集を開始しました」: the call opened on the date before it (an answer that says so is that step)
CALL_OPENED_AFTER = re.compile(r"\s{0,2}(?:\([^()]{1,4}\))?\s{0,2}(?:から|より)\s{0,2}(?:募集|公募)(?:を|の)?開始")
# 「…、9/1公告されました」: the act of making the call public right after its date, no particle between
MADE_PUBLIC_AFTER = re.compile(r"\s{0,2}(?:公告|公示|公表|公開)(?:され|し(?:た|ま))")
ASIDE_SENTENCE = re.compile(r"\([^()]{0,60}。\)(?=\s{0,2}は)")  # 「予算（市補助金を含む。）は」: the topic's aside
PREDICATE_BEFORE = re.compile(r"(?:する|します|した|しました|される|されます|行う|行います)\s{0,2}\($")
# 「…5月7日(日)までは持参による受付を行わ」 / 「ない。」: a line that ends before the verb's ending (its rest below)
CLOSED_CUT = re.compile(r"は[^。、]{0,24}(?:行わ|行い|でき|あり|し|いたし)$")
COMMA = re.compile(r"[、,]")
WORD_END = re.compile(r"[、。,\s]")
CLAUSE_OR_BRACKET = re.compile(r"[。、(]")
DEADLINE_WORDS_LEAD = re.compile(r"^\s{0,8}(?:まで|までに|必着|\([^)]{0,20}\))*")  # 「まで」「必着」「(…)」 right after a date
DEADLINE_WORDS_LEAD_PLANNED = re.compile(r"^\s{0,8}(?:\(予定\)|まで|までに|必着|\([^)]{0,20}\))*")  # … and 「(予定)」
PARTICLE_LEAD = re.compile(r"[にをでへのとがは)~]|から|以降")  # words that go on a sentence, not name a step
SINCE = re.compile(r"\s{0,4}以降")
SINCE_THEN = re.compile(r"\s{0,4}(?:\(予定\))?\s{0,4}以降に?[^、。]{0,20}?(?:掲載|公開|公表|送付|配布|配信|お知らせ|通知)")
OBJECT_PARTICLE = re.compile(r"[にをでへ]")
UNTIL = re.compile(r"\s{0,8}まで")
# 「Online briefing session」 / 「Tuesday, 20 April 2027, 14:00–15:00」 / 「Registration required by noon on Monday, 19
# April 2027」: in an English timeline of label lines, a registration right under an event's lines is that event's
# (``Reader.briefing_above``; named as a registration, not 「Applications due by」, the call's own)
EN_REGISTRATION = re.compile(r"(?i:\bregist(?:er|ration)\b|\bsign(?:\s|-)?up\b|\bRSVP\b)")
BRIEFING_HEADING = re.compile(
    r"^[^\s]{0,16}(?:説明会|見学会|現地調査|下見|内覧会)$"
)  # 「◆ 応募説明会」 (not 「説明会 実施しない」)
UNTIL_REST = re.compile(r"^に\s{0,2}[、,]\s{0,2}")
DATE_WORDS = re.compile(r"まで|\(予定\)|[~から]")  # what a date-only line may hold besides its dates
DOCUMENT_PART = re.compile(r"(?:書|書類|資料|調書|届)\s{0,2}(?:\([^()]{0,20}\))?\s{0,2}$")  # a document's name, no verb
HANDING_IN = re.compile(r"受付|受領|提出|交付")
CELL_MARK = re.compile(r"[\t|]")
NOTE_NUMBER = re.compile(r"\d{1,2}")
SUBJECT_APART = re.compile(r"[がは]")
# 「告示第42号5(3)（質問に対する回答期日）中「…」とあるのは」「公告7(4)(開札の日時)中、」: a change quotes an item of
# the notice it changes by its number and, in brackets, its name
CITED_ITEM = re.compile(r"\((?P<item>[^()「」]{2,40})\)\s{0,2}中\s{0,2}[「『、,]?\s{0,2}$")
# 「第五項第二号中「…」を」: an item cited by its number alone; 「・第五項第二号（参加申込書の提出期限）」: its name given
# (「四の（三）中「…」を」: a 県報's kanji outline, the item and its sub-item; 「第４項⑵中「…」を」: a paragraph and its
# item's bracketed number)
_ITEM_NUMBER = (
    r"(?:(?:第[〇一二三四五六七八九十\d]{1,3}条(?:の[〇一二三四五六七八九十\d]{1,2})?)?"
    r"第[〇一二三四五六七八九十\d]{1,3}項(?:第[〇一二三四五六七八九十\d]{1,3}号|\([〇一二三四五六七八九十\d]{1,3}\))?"
    r"|[一二三四五六七八九十]{1,3}の\s{0,2}\([一二三四五六七八九十\d]{1,3}\))"
)  # (「第５条第２項中「…」を」: a specification's article and its paragraph)
ITEM_NUMBER_CITED = re.compile(rf"(?P<ref>{_ITEM_NUMBER})\s{{0,2}}中\s{{0,2}}[「『]?\s{{0,2}}$")
ITEM_GLOSS = re.compile(rf"(?P<ref>{_ITEM_NUMBER})\s{{0,2}}\((?P<name>[^()]{{2,40}})\)")
# 「⑶　質問の受付期限（第４項⑵）」 over its clause 「第４項⑵中「…」を「…」に改める。」: a change's own item headed by the
# name of the item it changes, that item's number in brackets after it (the gloss the other way round)
ITEM_GLOSS_AFTER = re.compile(
    rf"\s{{0,4}}(?P<name>[^\s()「」『』、。\d][^()「」『』、。]{{1,39}}?)\s{{0,2}}\((?P<ref>{_ITEM_NUMBER})\)\s{{0,2}}"
)
# 「○企画提案書の提出期限（第５条第２項）を２週間延長し、…」「提案者に対するヒアリング（第７条第１項）の実施時期を…」: a
# summary of a change's clauses telling each step it moves, the number of the item that gives it in brackets after it
ITEM_GLOSS_TOLD = re.compile(
    rf"(?:^|[\s、。○●◯・])(?P<name>[^\s()「」『』、。○●◯・\d][^\s()「」『』、。]{{1,39}}?)\s{{0,2}}\((?P<ref>{_ITEM_NUMBER})\)"
    r"\s{0,2}(?:を|の|は)"
)
# 「３（２）中「…」を」「実施要領8(3)中「…」を」「５（２）ウ中「…」を」: an item cited by its section's number and its own in
# brackets, whose name the line above gives as the item's heading (「（２）質問書の提出期限」」 quoted from the call, or
# 「(3) 参加申込書の提出期限」 over its clause)
SUB_ITEM_CITED = re.compile(r"(?<![\d(])\d{1,2}\s{0,2}\((?P<item>\d{1,2})\)\s{0,2}[ア-ン]?\s{0,2}中\s{0,2}[「『]?\s{0,2}$")
# 「（２）質問書の提出期限」」: an item's heading, its number and its name alone (no date, no clause), a quotation's marks round it
ITEM_HEADING = re.compile(
    r"^\s{0,8}[「『]?\s{0,2}\((?P<item>\d{1,2})\)\s{0,4}(?P<name>[^\s「」『』()\d][^「」『』。]{1,39}?)\s{0,2}[」』]?\s{0,2}$"
)
ITEM_HEADING_REACH = 2  # lines above a clause its item's heading may stand on (a blank line between them), at most
ITEM_GLOSS_ASIDE = re.compile(r"\s{0,2}\([^()]{1,30}\)$")  # 「…納入期限等（第３号　納入期限）」: the item's aside
# 「第３項　　一般競争入札参加資格確認申請書の提出期限」: a line of a list of the call's items (its headings quoted in the
# change notice), the number, a gap, then the item's name alone (no quoted words, no date: no clause that changes it)
ITEM_DEFINED = re.compile(
    rf"^\s{{0,8}}(?P<ref>{_ITEM_NUMBER})(?:\s{{1,4}}|\s{{0,2}}[:：]\s{{0,2}})(?P<name>[^\s「」()\d][^「」。]{{1,39}}?)\s{{0,2}}$"
)
NOUN_ONLY = re.compile(r"[^ぁ-ん]+(?:の[^ぁ-ん]+)*")  # 「書類審査」「企画提案書の提出」: no verb, no particle but 「の」
CELL_GAP = re.compile(r"\t|\s{2,}")
LEADING_SPACES = re.compile(r"[ \u3000]*")
NOTE_LEAD = re.compile(r"^\s{0,8}[※＊*]")


@dataclass
class Expression:
    """One date as the notice states it: a day, or a window from ``first`` to ``last``."""

    first: Mention | None
    last: Mention

    @property
    def start(self) -> int:
        return (self.first or self.last).start

    @property
    def end(self) -> int:
        return self.last.end


# 「2023年5月15日（月）2023年5月17日（水）」: a web page's struck-through date and the new one beside it, run together
# once copied as text (nothing between them but 「まで」); read so only in a text that speaks of a change
STRUCK_GAP = re.compile(r"(?:まで|必着)?")
# 「6月12日(金)午後5時 6月19日(金)午後5時(変更)」: the two apart by a space, the new one marked as such after it
STRUCK_SPACED_GAP = re.compile(r"(?:まで|必着)?\s{1,4}")
NEW_DATE_MARK = re.compile(rf"\s{{0,2}}[(【\[<〈]\s{{0,2}}(?:{AFTER_CHANGE}|変更|訂正|修正|延長|延期)\s{{0,2}}[)】\]>〉]")
CHANGE_WORDS = re.compile(r"変更|訂正|修正|延期|延長|取消線|見え消し")
# 「The deadline …, originally 17:00 on Friday, 1 October 2027, is hereby changed to …」「Presentations … Original:」 (a
# text run onto one line, the key mid-line); 「Previously: 12:00 noon (JST), Monday, 18 January 2027」 over 「Amended: …」
# (the word keying the row): the old value of a changed step, keyed so just before its date
EN_ORIGINAL_BEFORE = re.compile(
    rf"(?i:\b(?:{EN_OLD_WORDS})(?:\s(?:scheduled|set|planned|due|expected|announced))?(?:\s(?:for|on|at|in))?(?:\s{{0,2}}:)?"
    # (「Before: 5:00 p.m., Friday, 8 January」「Before: by 13 January」 over 「After: …」「Old: 12 March」 over 「New: 19 March」: the key of a row)
    r"|(?<![\w-])(?:original|before|old|was|previous|current)(?:\s(?:date|deadline|time))?\s{0,2}:(?:\s{0,4}(?:by|on|until|till|at)\b)?)[\s,]{0,4}"
    # (「originally 17:00 on Friday, 1 October」 run onto one line: the old hour and weekday before its day)
    r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s(?:on|hrs))?[\s,]{1,6})?(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?[\s,]{1,6})?$"
)
# 「Tenders will be opened at 2:00 p.m. instead of 10:00 a.m. on Friday, 7 May 2027」: only the hour moved, the new one
# before 「instead of」; the date after the old hour is the step's own, at the new hour
EN_NEW_HOUR_INSTEAD = re.compile(
    r"(?i:(?P<hour>\d{1,2})(?::(?P<minute2>\d{2}))?\s?(?P<ampm_en>[ap])\.?\s?m\.?|(?P<hour_24>\d{1,2}):(?P<minute2_24>\d{2}))"
    r"(?i:\s{0,3}(?:JST\s{0,3})?,?\s{0,3}instead\sof\s{1,3}(?P<old_hour>(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|\d{1,2}:\d{2})"
    r"(?:\s(?:JST|on))?[\s,]{1,6}(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?[\s,]{1,6})?)?)$"
)
EN_CLOCK_OPENS = re.compile(r"(?i:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|\d{1,2}:\d{2})")  # (the old hour in the date's words)
# (the words ``EN_ORIGINAL_BEFORE`` needs, found first)
EN_OLD_HINT = re.compile(rf"(?i:{EN_OLD_WORDS}|original|before|old|was|previous|current)")
# 「…, originally 17:00 on Friday, 1 October 2027, is hereby changed to 17:00 on Friday, 8 October 2027」「(originally 16
# April) has been extended until」: the new value of the step the old one was told of, after a change verb
EN_CHANGED_TO_BEFORE = re.compile(
    rf"(?i:\b(?:{EN_CHANGE_VERBS}|put\sback)"  # (the verbs of ``EN_CHANGED_FROM``)
    r"\s(?:to|until|till)\b|\b(?:is|are|will\sbe)\snow\b|\b(?:will|shall)\s(?:now\s)?(?:take\splace|be\sheld)\s(?:on|at)\b)"
    r"[^.;:]{0,24}$"
)


# 「9 October 2026, 17:00 (was 2 October 2026)」: the old value in a bracket after the new, keyed by the bare past tense
# (only in its bracket: 「was」 in a sentence tells many things of a date)
EN_WAS_BRACKET = re.compile(r"[(\[]\s{0,2}(?i:was|were)\s{1,3}$")


# 「the deadline is Monday 9 February, 17:00 – not Friday 6 February」「… on 3 June (not 30 May)」: a correction
# that gives the new date and then, after a dash or a bracket, the old one denied
EN_NOT_AFTER_DASH = re.compile(
    r"(?:\s[–—~-]|\()\s{0,2}(?i:not)\s{1,2}(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,2})?$"
)


def en_old_told(before: str) -> bool:
    """The words just before an English date tell it as a step's old value: 「… has been EXTENDED from」, 「…, originally
    17:00 on」, in a sentence or in a cell's bracket (「Friday, 9 October 2026, 17:00 (extended from Friday, 2 October」,
    「(was 2 October 2026)」), or inside the quoted words an amendment deletes (``en_deleted_quote``)."""
    return bool(
        ("from" in before[-16:] and EN_CHANGED_FROM.search(before))
        or (EN_OLD_HINT.search(before[-48:]) and EN_ORIGINAL_BEFORE.search(before[-48:]))
        or ("w" in before[-8:] and EN_WAS_BRACKET.search(before[-8:]))
        or ("elete" in before[-EN_DELETED_REACH:] and en_deleted_quote(before))
        or ("not" in before[-16:] and EN_NOT_AFTER_DASH.search(before[-16:]))
    )


# 「Delete: "The Bid opening shall take place at 14:30 hours JST on 18 June 2027, …"」 over 「Replace with: "…"」: an
# amendment's clause that takes the quoted words out of the bidding documents, their dates the old ones
EN_DELETE_KEY = re.compile(r"(?i:delete)(?:d|\sthe\sfollowing)?\s{0,4}[:：]\s{0,4}[\"“]")
EN_DELETED_REACH = 400  # characters of quoted words after 「Delete: "」 a date stands in, at most


def en_deleted_quote(before: str) -> bool:
    """``before`` (the text up to a date) ends inside the quoted words of an amendment's 「Delete: "…"」, not yet closed."""
    at = before.rfind("elete", max(0, len(before) - EN_DELETED_REACH))
    key = EN_DELETE_KEY.match(before, at - 1) if at > 0 else None
    if not key:
        return False
    return '"' not in before[key.end() :] and "”" not in before[key.end() :]


EN_CLAUSE_ENDS = re.compile(r"[.;!?](?:\s|$)")  # 「(…) shall prevail.  Date of announcement:」「(…). 」: the sentence ended


# 「. Participants shall assemble at the Head Office at 09:00 hours」: the sentence after an event's day, where and when
# those attending meet (its hour the event's start)
EN_ASSEMBLE_AT = re.compile(
    r"\.\s{1,3}(?:[A-Z][a-z]+\s){1,2}(?:shall|should|will|must|are\sto|are\srequested\sto)\s(?:assemble|gather|meet)\b"
    r"[^.;\d]{0,80}?\bat\s{1,3}(?i:" + EN_TIME.format(h="hour", m="minute2", p="ampm_en", n="noon") + r")(?![\d:])"
)
EN_WHEN_KEY = re.compile(r"(?i:date|dates|day|when)(?:\s(?:and|&)\s(?i:time))?")  # 「Date:」 alone before its date
# 「The bid opening shall take place at: Room C」: an English lead-in to the keys below it, the place after its colon
EN_LEAD_IN_PLACE = re.compile(r"(?P<lead>[A-Za-z][A-Za-z ,'-]{4,60}?\s(?:take\splace|be\sheld)\s(?:at|in))\s?:\s?\S")


def english_term(line: str) -> bool:
    """An English step's name on a line of its own (「Registration for the online information session」 over its 「Date:」
    line), longer than a Japanese one: no field's key and value (「No.: NCPGR-2028-EOI-04 Date of public」), no sentence's
    end (「service; the URL will be given on registration.」), no day the wrap parted from its month (「Clarification
    interviews (video call) between Tuesday 6」 / 「and Thursday 8 April 2027」)."""
    return line.isascii() and ":" not in line and ";" not in line and not line.endswith((".", ",")) and not line[-1:].isdigit()


def en_moved_step_named(head: str) -> bool | None:
    """``head`` ends with an English change verb (``EN_CHANGED_TO_BEFORE``): whether the words before it name the step
    it moves (True: 「Please note: the deadline for quotations … has been extended to」, the date after it that step's
    new one; False: 「…, is hereby extended to」, the verb told of the step the old date was, not of one the sentence goes
    on to name, 「…, remains unchanged. The pre-bid meeting is now on」); None where no change verb ends it."""
    verb = EN_CHANGED_TO_BEFORE.search(head)
    return None if verb is None else bool(L.kind_of(L.clean_label(head[: verb.start()])))


# 「A. Yes. On Monday, June 7, 2027, the deadline for submitting proposals was extended from Friday, June 18 to …」: the
# day a step was moved on, opening the sentence that tells the move (``EN_CHANGE_VERBS``), no step of its own
EN_CHANGE_MADE_ON = re.compile(r"(?:^|[.!?]\s{1,3})(?i:on|as\sof)\s{1,3}$")
# (「On Tuesday, June 15, 2027, the site visit, which was postponed because of the storm, will be held」: a clause of the
# step's own, 「which」「that」 opening it, tells its move; the date is the step's)
EN_CHANGE_MADE_AFTER = re.compile(
    rf"(?i:,?\s{{1,3}}(?:(?!\b(?:which|that|who)\b)[^.;:]){{0,80}}?\b(?:was|were|has\sbeen|have\sbeen)\s(?:{EN_CHANGE_VERBS})\b)"
)


def change_made_on(head: str, tail: str) -> bool:
    """A date opening an English sentence that tells a step moved (``EN_CHANGE_MADE_ON``): the day of the move."""
    return "n" in head[-8:] and EN_CHANGE_MADE_ON.search(head[-12:]) is not None and bool(EN_CHANGE_MADE_AFTER.match(tail))


# 「the planned contract signing date remains late August 2026」「… (Item 3) remains」 / 「5:00 p.m. (JST), Friday, 5 February
# 2027」: an English change notice's step told as it stands, the verb just before its date (no 「remains valid until」:
# a tender's validity, a word between; 「remains the same: 22 February 2027」「remains as before on …」「remains as follows:」:
# the words that say it stands)
EN_REMAINS_BEFORE = re.compile(
    r"(?i:\b(?:remains?|will\sremain)(?:\s(?:unchanged|the\ssame|as\s(?:before|follows|originally)),?)?"
    r"(?:\s(?:scheduled|set|fixed|planned))?(?:\s(?:for|on|at|in|as))?\b)[\s:,]{0,4}$"
)
EN_REMAINS_REACH = 40  # the characters before a date 「remains」 is looked for in
EN_WHETHER_AFTER = re.compile(r"^\s{0,2}whether\s")  # 「… by 9 June 2027 whether they are qualified」
EN_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")  # 「…5:00 p.m. Applicants who…」: an English sentence's end
EN_PARAGRAPH_GAP = re.compile(r"(?<=[\w)])\s{2,}(?=[A-Z])")  # the spaces a blank line became between two paragraphs
# 「| Contract signing | early July 2027 Proposals shall remain valid until 30 September 2027.」 (a page run onto one line,
# the sentence under a schedule in its last cell): a new English sentence after a cell's date (a capitalised word, no
# month's or weekday's name, then words in small letters), whose later date is its own, not the row's step; the sentence
# opens right after the date (a bracket aside between), after a sentence's end or a key's colon, or after the two spaces a
# line break became, not at a name inside the cell's words
# (「10 June 2027 at the Main Office and 11 June 2027」: 「Office and」 opens nothing, the visit's second day)
EN_CELL_SENTENCE = re.compile(
    r"(?:^\s{0,4}(?:\([^()]{0,30}\)\s{0,4})?|[.;:!?]\s{1,4}|\s{2})(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]+,?\s[a-z]{2,}"
)
EN_CELL_SENTENCE_WORDS = 3  # the fewest words before a cell's later date a sentence of its own has
# 「ADDENDUM No. 1」「CORRIGENDUM」「Notice of Amendment」 in an English notice's head: a change spoken of
EN_CHANGE_HEAD = re.compile(r"(?i:\b(?:amendment|corrigendum|addendum)\b)")
# 「For:   "The deadline … is:」 / 「Read:  "…」: the keys of an English amendment's old and new words, each quoted
EN_FOR_KEY = re.compile(r"^\s{0,12}(?:\(?[a-z0-9]{1,2}[.)]\s{1,4})?(?i:for)\s{0,4}:\s{0,12}[\"“]")
EN_READ_KEY = re.compile(r"^\s{0,12}(?:\(?[a-z0-9]{1,2}[.)]\s{1,4})?(?i:(?:should\s|shall\s)?read)\s{0,4}:")
FOR_BLOCK_LINES = 12  # lines an amendment's old words run over, at most
# 「                               CORRIGENDUM No. 1」「Addendum 2」: a heading line of its own that names the notice a change
EN_CHANGE_TITLE_LINE = re.compile(r"^\s{0,60}(?i:corrigendum|addendum|amendment)(?:\s(?:No\.?\s?)?\d{1,2})?\s{0,4}$")
# 「DEADLINE EXTENDED」「Schedule changed」「Extension of the deadline」「Postponement of the interviews」 in a mail's subject
# (「Amendment No. 2 - Revised Timetable」「Change of Timetable」: the schedule called a timetable, as British usage has it)
EN_CHANGE_SUBJECT = re.compile(
    r"(?i:\b(?:deadlines?|schedule|dates?|timeline|timetable)\s(?:extended|changed|postponed|revised|rescheduled)\b"
    r"|\b(?:extension|postponement|change)\sof\s(?:the\s)?(?:deadlines?|schedule|dates?|timeline|timetable)\b"
    # 「FW: [SCIA] Corrigendum No.1 to RFP … - Revised Schedule」: the changed schedule named before its noun, or the paper
    # that changes the call named by its kind
    r"|\b(?:revised|amended|extended|changed|rescheduled)\s(?:deadlines?|schedule|dates?|timeline|timetable)\b|\bcorrigendum\b)"
)


EVENT_DAYS_MAX = 6  # the days an event held over several runs at most (a longer span: a window its slots are set in)
EN_DIALOGUE = re.compile(r"(?i)dialog|sounding")
# 「…の実施日を12月9日から12月16日に変更」「moved from 17 to 24 June」: the old day and the new, no span of days
EN_MOVED_BEFORE = re.compile(
    r"(?i)\b(?:chang|postpon|mov|reschedul|amend|extend|delay|brought)\w*\s{1,3}(?:\w+\s{1,3})?(?:from\s{1,3})?$"
)


def days_of_unyeared_span(first: Mention, last: Mention) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a span whose year is not written on it (it is the notice's, inferred later), each in the
    year the other gives or a leap year, the first in the year before when its month comes after the last's."""
    year = last.year or first.year or 2000
    try:
        start = dt.date(first.year or year - (first.month > last.month), first.month, first.day)
        end = dt.date(last.year or (start.year + (last.month < start.month)), last.month, last.day)
    except (ValueError, TypeError):
        return None, None
    return start, end


# 「令和９年８月６日（金）17時 様式第１号を電子メールで提出」: a row's day and hour, then the form its paper is on (the
# next cell, run onto the line): the step's deadline, no date of a law or a document 「…第1号」
FORM_AFTER_TIME = re.compile(r"^[ \t\u3000](?:別紙|別記)?様式\s{0,2}第")  # (one space: the next cell, no blank line)


def held_from(kind: str | None, label: str, expression: Expression, head: str, tail: str) -> bool:
    """A hearing held over several days (「ヒアリング 7月5日(月)～7日(水)」「between Wednesday 24 and Friday 26
    September」「Tue 16 – Wed 17 February」): the event starts on the first day, which is its day (only an acceptance window
    gives its end); a sounding's dialogue (対話) over days is a window each party's slot is set in, its end kept."""
    first, last = expression.first, expression.last
    if kind != "hearing" or first is None or first.day is None or last.day is None:
        return False
    start, end = first.date(), last.date()
    if (start is None or end is None) and not first.problem and not last.problem:
        start, end = days_of_unyeared_span(first, last)  # 「5月19日（火）～5月21日（木）」: the year is the notice's
    if start is None or end is None or not 0 < (end - start).days <= EVENT_DAYS_MAX:
        return False
    if DIALOGUE.search(label) or EN_DIALOGUE.search(label) or CHANGED_TO.match(tail):
        return False
    return not EN_MOVED_BEFORE.search(head[-40:])


def answers_out_from(kind: str | None, expression: Expression) -> bool:
    """The answers to the questions made available over days (「Answers: Available for viewing on the e-bidding system from
    16th August 2028 (Wed.) to 24th August 2028 (Thu.)」「回答書の閲覧期間 10月20日から10月26日まで」): they are out from the
    first day, the day a bid team reads them (no hand-in closes at the end)."""
    first = expression.first
    return kind == "answer" and first is not None and first.day is not None and expression.last.day is not None


def event_keyed_in_cell(before: str) -> str:
    """An answer's cell a conversion ran onto one line (a CSV export, a PDF's cell): 「…次のとおりオンライン技術説明会を
    開催します。参加は任意です。  日時:」 right before a date, the bare when-key after the sentences, as the lines of a
    text have it under the sentence that announces the event (``Reader.announced_event``): the event is the step whose
    time the key gives; '' when the words before the date are no such key or no sentence before it announces an event."""
    sentences, _, key = before[-CELL_ANNOUNCE_REACH:].rpartition("。")
    if not sentences or not EVENT_WHEN.match(L.unspaced(key).strip(" :：・")):
        return ""
    match = ANNOUNCED.search(sentences)
    while match:  # (past a topic's 「について」, the rest of the sentence read again: the event it holds)
        named = match.groupdict()
        event = L.clean_label(next((named[g] for g in ("event", "offered", "dated") if named.get(g)), ""))
        own = event.rsplit("の", 1)[-1]  # (「…プロポーザルの二次審査を」: the event, not its call)
        event = own if "の" in event and len(own) >= 2 and L.is_event(own) else event
        if event and L.is_event(event) and L.kind_of(event) in ("hearing", "other"):
            return event
        match = ANNOUNCED.search(sentences, match.end("topic")) if named.get("topic") else None
    return ""


def bracket_wrapped(above: str, label: str) -> bool:
    """「書類審査(第」 over 「1次審査)」: a bracket the line above left open, which this line closes before any of its own
    opens (a narrow cell's label wrapped inside its bracket)."""
    closed = label.find(")")
    opened = label.find("(")
    return above.rfind("(") > above.rfind(")") and closed >= 0 and (opened < 0 or closed < opened)


def sentence_topic(said: str) -> str:
    """「…、質問に対する回答は」: the last clause of the words before a date, the topic it names (its 「は」 left off)."""
    return L.clean_label(CLAUSE_END.split(said)[-1]).removesuffix("は")


def glossed_key(label: str) -> bool:
    """「参加申請書提出期限 / Deadline for application forms」: a key of one Japanese word with its English gloss after it
    (the gloss does not make the key a sentence); 「説明会参加申込期限 Registration Deadline for the Briefing Session」: the
    gloss on the line under the key, its line break a space."""
    key = L.without_gloss(label)
    if key == label and " " in label:
        key, gloss = label.split(" ", 1)
        return len(key) <= 40 and bool(JAPANESE.search(key)) and gloss[:1].isupper() and gloss.isascii()
    return key != label and len(key) <= 40 and not SPACES_RUN.search(key.strip())


VERSION_KEY_REACH = 24  # characters at the end of the words before a date where the new version's key is looked for


def ends_with_version_key(label: str) -> bool:
    """「（必着） （変更後）」「まで（5年間）　正」 between an old value and its new one run onto one line: the words end
    with the new version's key, the old value's aside before it."""
    pieces = label[-VERSION_KEY_REACH:].rsplit(None, 1)
    return len(pieces) > 1 and CORRECTED.match(pieces[-1]) is not None


def struck_out(text: str, found: list[Expression]) -> set[int]:
    """The expressions of ``text`` another date of the same form follows with nothing between: the old dates."""
    # (where the text's words begin and end, found once: not the text before and after each pair of dates copied to see
    # whether it is blank, over a long line of them)
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    return {
        number
        for number, (date, following) in enumerate(zip(found, found[1:]))
        if date.first is None
        and following.first is None
        and (
            STRUCK_GAP.fullmatch(text[date.end : following.start])
            or (STRUCK_SPACED_GAP.fullmatch(text[date.end : following.start]) and NEW_DATE_MARK.match(text, following.end))
            # 「2027年7月上旬 2027年7月中旬」 alone on the line under its step: the struck-through date, then the new one
            or (
                STRUCK_SPACED_GAP.fullmatch(text[date.end : following.start])
                and date.start <= first
                and following.end >= last
                and date.last.explicit_year == following.last.explicit_year
            )
        )
        and (date.last.precision in ("date", "datetime")) == (following.last.precision in ("date", "datetime"))
    }


# 「（修正前：質問の受付 6月10日まで、回答 6月17日まで、申請書類の受付 6月29日から7月3日まで）」: a bracket that opens
# with the mark of the old version quotes the steps as they stood, every date in it to its close
# (「（当初は、７月２３日（木）にプレゼンテーション審査を、７月下旬に結果の通知を予定していました。）」: the plan as it was, told)
# (a bracket that tells it, 「（当初は、」, holds old dates only to its sentence's end or its turn to the new one:
# 「（当初は、7月10日としていましたが、7月24日に変更します。）」, 「（当初は、7月23日の予定。審査は8月6日に…」 left open)
OLD_BRACKET_REACH = 400  # characters such a bracket runs at most (an unclosed one: to there)
# (「（当初の入札書受付締切日時 2027/02/02 17:00、開札予定日時 2027/02/04 10:00）」: a bracket that opens with the old
# steps' names, not 「（当初の予定どおり7月17日に通知）」: the step as it stands)
OLD_BRACKET_OPEN = re.compile(
    rf"\(\s?(?:(?:{BEFORE_CHANGE}|当初|旧)\s?[:]|当初の(?![^()、。]{{0,12}}?(?:[とど]おり|通り))|(?P<told>当初\s?は?\s?[、,]))"
)
OLD_PLAN_TOLD_END = re.compile(r"。|が\s?[、,]")  # the end of a told old plan: its sentence, or 「…でしたが、」


# 「※　当初の日程は、企画提案書の提出期限 6月19日（金）正午、プレゼンテーション審査 6月30日（火）…であった。」「なお、当初
# の予定では、…でした。」「（注）従前の日程は、…となっていた。」「変更前の期限は、7月10日でしたが、」: a sentence that tells
# the plan as it stood, unbracketed, its dates to its end or its turn (in a change notice or on a call's page updated)
OLD_PLAN_TOLD = re.compile(
    rf"(?:^|(?<=[。\s※、)]))(?:当初|従前|{BEFORE_CHANGE})の?\s?(?:日程|予定|期限|期日|日時|スケジュール)?\s?で?は\s?[、,]"
)
# (a told plan that moves a step in the same words, 「当初は、7月10日から7月24日に変更する。」, tells the new date too)
OLD_PLAN_MOVED = re.compile(r"変更|延期|延長|改め|訂正|繰り?下げ|繰り?上げ|→|⇒")


def old_plan_told(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` of each sentence told of the plan before the change (``OLD_PLAN_TOLD``), none that moves
    a step in its own words (``OLD_PLAN_MOVED``)."""
    spans = []
    for opened in OLD_PLAN_TOLD.finditer(text):
        end = min(len(text), opened.end() + OLD_BRACKET_REACH)  # (a sentence's length at most: each looked at once)
        turned = OLD_PLAN_TOLD_END.search(text, opened.end(), end)
        end = turned.start() if turned else end
        if not OLD_PLAN_MOVED.search(text, opened.end(), end):
            spans.append((opened.start(), end))
    return spans


def old_version_brackets(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside a bracket opened by 「（修正前：」「（旧：」「（当初：」, to its closing bracket; one
    opened by 「（当初は、」 to its sentence's end or its turn 「…が、」 before that (``OLD_PLAN_TOLD_END``)."""
    spans = []
    for opened in OLD_BRACKET_OPEN.finditer(text) if "(" in text else ():
        depth, end = 0, min(len(text), opened.start() + OLD_BRACKET_REACH)
        if opened["told"]:
            turned = OLD_PLAN_TOLD_END.search(text, opened.end(), end)
            end = turned.start() if turned else end
        for index in range(opened.start(), end):
            if text[index] == "(":
                depth += 1
            elif text[index] == ")":
                depth -= 1
                if not depth:
                    end = index
                    break
        spans.append((opened.start(), end))
    return spans


DAYS_LIST_GAP = re.compile(r"\s{0,2}(?:[、,・]|及び|および|と)\s{0,2}")
DAYS_COUNT_AFTER = re.compile(r"\s{0,2}の\s{0,2}(?P<days>\d{1,2})\s{0,2}日間")


def days_listed(text: str, found: list[Expression]) -> list[Expression]:
    """「3月9日(月)、3月10日(火)、3月11日(水)の3日間」: the days listed of one step, a window from the first to the
    last (as 「3月9日から3月11日まで」 is)."""
    merged, index = [], 0
    while index < len(found):
        end = index
        while (
            end + 1 < len(found)
            and found[end].first is None
            and found[end + 1].first is None
            and DAYS_LIST_GAP.fullmatch(text, found[end].end, found[end + 1].start)
        ):
            end += 1
        count = DAYS_COUNT_AFTER.match(text, found[end].end) if end > index else None
        days = [e.last for e in found[index : end + 1]]
        if count and int(count["days"]) == len(days) and all(d.day and d.precision in ("date", "datetime") for d in days):
            merged.append(Expression(days[0], days[-1]))
        else:
            merged += found[index : end + 1]
        index = end + 1
    return merged


def expressions(mentions: list[Mention]) -> list[Expression]:
    found, index = [], 0
    while index < len(mentions):
        mention = mentions[index]
        if mention.range_start and index + 1 < len(mentions):
            last = mentions[index + 1]
            if last.year is None and mention.year is not None and last.month:  # 「10月1日～10月30日」: the start's year
                last.year = mention.year + (1 if last.month < mention.month else 0)
                validate(last)
            elif last.year is None and mention.year is None and mention.month:
                last.window_from = mention.month  # 「12月21日～1月8日」: the end's year follows the start's
            found.append(Expression(mention, last))
            index += 2
        else:
            found.append(Expression(None, mention))
            index += 1
    return found


@dataclass
class Candidate:
    kind: str
    label: str
    mention: Mention
    line_no: int
    source: str
    notes: list[str]
    evidence: str
    offset: int
    reference: dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    window: bool = False  # the end of 「A～B」: an acceptance window
    changed_to: bool = False  # 「…の提出期限を6月25日に延長します」: the new date of a step stated before
    from_notice: int | None = None  # 「配布期間 告示日から2月5日まで」: the window opens this many days after the notice's date
    call_period: str | None = None  # "start" or "end" of a 公募期間 window (``call_periods`` keeps one)
    lot: str | None = None  # the row of a table of lots (「案件1」「精米」) whose column names the step
    work: str | None = None  # the call a row of a table of calls names (its 工事名, 件名 cell): ``this_call``
    opens: dt.date | None = None  # the first day of a window of viewing (閲覧期間): ``viewing_opens_call``


@dataclass
class Extraction:
    proposal: NoticeProposal
    evidence: list[dict]
    warnings: list[str]

    def as_json(self) -> dict:
        return {
            "title": self.proposal.title,
            "issuer": self.proposal.issuer,
            "milestones": [
                {
                    "kind": m.kind,
                    "label": m.label,
                    "date": m.date.isoformat(),
                    "time": m.time.strftime("%H:%M") if m.time else None,
                    "precision": m.precision,
                    "note": m.note or None,
                    "evidence": ev,
                }
                for m, ev in zip(self.proposal.milestones, self.evidence)
            ],
            "warnings": self.warnings,
        }


# the date mentions of a text, kept for the extraction (a segment, a line or a cell is looked at again and again); the
# order of 「02/08/2027」 set for the notice is part of the key (an extraction in another thread may read the other)
_mentions_in = L.remembered(16384)(lambda line, day_first: find_mentions(line))
# 「結果 11月末」「審査の結果は7月末頃までに通知」「契約 12月末」: the month end of a step the issuer takes when it is ready,
# said loosely (no 末日, no time), is the month's last days as 下旬 is; a deadline at a month end (「提出期限 7月末」) is
# its last day (and so is a date typed in by hand)
LOOSE_END_KINDS = ("result", "contract", "hearing", "answer")


def loose_ends_read(candidates: list[Candidate]) -> list[Candidate]:
    return [
        replace(c, mention=replace(c.mention, precision="late_month", day=None))
        if c.mention.loose_end and c.mention.day == -1 and c.kind in LOOSE_END_KINDS
        else c
        for c in candidates
    ]


def outline_heading(label: str) -> str:
    """An outline item's heading as the outline keeps it: 60 characters, an English one half as many words again
    (「4. Submission of Application Documents (Documents for Confirmation of Qualification)」: its kind in its last)."""
    if len(label) <= 60:
        return label  # (either way the whole label)
    return label[:60] if JAPANESE.search(label, 0, 60) else label[:90]


# 「四の（四）中「5月19日（水）」を「5月26日（水）」に、「…の入札情報欄」を「…の質問回答欄」に改める。」: read from the end of
# the old date, the rest of its words, its new words, then the same item's next new words (where the text names it nowhere)
NEXT_CHANGED_WORDS = re.compile(
    r"[^「」。]{0,40}」\s{0,2}を\s{0,2}「[^「」]{1,120}」\s{0,2}に\s{0,2}[、,]\s{0,2}"
    r"「[^「」]{1,60}」\s{0,2}を\s{0,2}「(?P<words>[^「」]{1,60})」\s{0,2}に\s{0,2}改め"
)
NEXT_CHANGED_REACH = 420  # characters NEXT_CHANGED_WORDS reads, at most (its longest match: 312)


def clause_words(reference: str, text: str, start: int) -> str:
    """An item cited by its number alone, which the text names nowhere: its number and the other words its clause
    gives it (read from its old date's end, ``start``), when they name a kind of step (「四の(四)(…の質問回答欄)」);
    '' when they name none."""
    other = NEXT_CHANGED_WORDS.match(text, start, start + NEXT_CHANGED_REACH)
    return f"{reference}({other['words']})" if other and L.kind_of(other["words"]) else ""


def without_asides(words: str) -> str:
    """The words without their brackets' asides (「Applications (Form 1, and Form 2 for consortia) are accepted」:
    「Applications  are accepted」), whose commas close no clause."""
    return ASIDE_BRACKETS.sub(" ", words) if "(" in words else words


def asked_name(label: str) -> bool:
    """「市民団体も説明会を傍聴できますか?」: a step's name that is a question alone (``ASKED_NAME``); not one whose
    sentence before the question tells a step (「説明会を開催します。参加できますか？」 over the briefing's day)."""
    return ASKED_NAME.search(label) is not None and STATED_BEFORE_ASKED.search(label) is None


def dates_in(line: str) -> list:
    return _mentions_in(line, SLASH_DAY_FIRST.get())


def in_example(head: str) -> bool:
    """The date after ``head`` stands in an example's bracket still open (「（例：…（取得予定日：」): a sample."""
    near = head[-EXAMPLE_REACH:]
    if "(" not in near:
        return False  # (no bracket opened near: none of an example's; a look bounded by the reach, the head however long)
    opened = [match.end() for match in EXAMPLE_OPENED.finditer(near)]
    if not opened:
        return False
    inside = near[opened[-1] :]
    return inside.count("(") >= inside.count(")")


def sessions_left_out(text: str, found: list[Expression]) -> list[Expression]:
    """``found`` without a month that names a council's session in the bracket of a step's name, the step's own date
    after it on the line: 「指定議案の提出（町議会９月定例会）　令和８年９月下旬」 is read as the step's name, then its date."""
    kept = []
    for number, expression in enumerate(found):
        month = expression.last
        head = text[found[number - 1].end if number else 0 : expression.start]
        if (
            number + 1 < len(found)
            and head.rfind("(") > head.rfind(")")
            and expression.first is None
            and month.precision == "month"
            and not month.explicit_year
            and COUNCIL_AFTER.match(text[expression.end : expression.end + 16])
        ):
            continue
        kept.append(expression)
    return kept


def cell_time(cell: str) -> dt.time | None:
    """「午後5時まで」「正午(必着)」「13:30」: the time a cell of a row set out by spaces holds, with nothing else in it
    (CELL_REST); None for a cell with other words (「午後5時から受付」, 「10時間」) or none."""
    wrapped = TIME_ONLY.match(cell) if cell[:1] and cell[:1] in "午正0123456789" else None
    if wrapped is None or not CELL_REST.fullmatch(cell[wrapped.end() :]):
        return None
    return _time(wrapped.groupdict())


# 「午後5時   15分まで」: a time its cell's wrap cut between the hour and the minutes, run onto one line
WRAPPED_MINUTES = re.compile(r"時\s(\d{1,2}分)")
SPACE_RUN = re.compile(r"\s{2,}")  # (the indent of a wrapped cell, where a line break stood)
PARAGRAPH_MAX = 4 * LONG_LINE  # a line of sentences searched for a segment's place (a longer one is a page run together)


def before_next_date(tail: str) -> str:
    """A date's line up to the next date (asides with a date of their own kept): 「…5月21日(金)まで。受付時間は午前9時から
    午後5時まで。 郵送による場合も、5月21日…」, the window's daily hours before the next item's date on a line that runs
    on (a notice run onto one line, a paragraph of several sentences), not the words after it."""
    if len(tail) > LONG_LINE:
        return tail
    dates = dates_in(ASIDE_BRACKETS.sub(lambda m: " " * len(m.group()), tail) if "(" in tail else tail)
    return tail[: dates[0].start] if dates else tail


def en_sentence_and_next(tail: str) -> str:
    """An English date's tail to the end of the sentence after its own (「…June 11, 2027. Submissions are accepted … from
    8:30 AM to 5:15 PM on weekdays.」): a window's daily hours are told there, not in a later answer or paragraph run onto
    its line (「The Center is open … from 9:00 AM to 6:00 PM」)."""
    ends = EN_SENTENCE_END.finditer(tail)
    second = next(ends, None) and next(ends, None)
    return tail[: second.start() + 1] if second else tail


NOON_WORD = re.compile(r"(?i:\b(?:noon|midday|midnight)\b)")


def quote_left_open(line: str) -> bool:
    """A line that opens a quotation it does not close (「… marked "ITB No. 0417 -」): straight marks odd in number, or
    more opening curly marks than closing ones."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def joined_cell_time(tail: str) -> dt.time | None:
    """「見積合わせ  6月4日(木)      役場2階                    午前10時     小会議室」: the line break under a row set
    out by spaces lost, the time wrapped in the date's cell comes after the next cell, past the wrapped line's indent."""
    if not tail[:2].isspace():
        return None
    text = tail[:LONG_LINE].lstrip()
    gap = CELL_GAP.search(text)
    if gap is None or gap.end() - gap.start() <= WRAPPED_CELL_INDENT or TIME_ONLY.match(text[: gap.start()]):
        return None
    return cell_time(CELL_GAP.split(text[gap.end() :], maxsplit=1)[0])


def shared_time(line: str, pos: int) -> re.Match | None:
    """``SHARED_TIME.search(line, pos)``, without trying every subject at every start: the first place at or after
    ``pos`` its rest (「は、いずれも午後5時」) matches gives the earliest start a match can have (60 characters before it
    at most, after its last 「。」), and the search starts there."""
    for topic in SHARED_TIME_TOPIC.finditer(line, pos):
        at = topic.start()
        if SHARED_TIME_REST.match(line, at):
            return SHARED_TIME.search(line, max(pos, at - 60, line.rfind("。", pos, at) + 1))
    return None


def first_mark(text: str) -> str:
    """``text.lstrip()[:1]`` without copying the text (a one-line dump's line is megabytes long)."""
    for char in text:
        if not char.isspace():
            return char
    return ""


def work_topic(text: str) -> bool:
    """WORK_TOPIC found in ``text``, looked for only when its words 「本」/「当該」 and 「業務」「事業」「委託」 are there."""
    return (
        ("本" in text or "当該" in text)
        and ("業務" in text or "事業" in text or "委託" in text)
        and bool(WORK_TOPIC.search(text))
    )


# 「指定期間全体の基本協定」「指定期間全体に係る基本協定」: the noun a period's words qualify
MODIFIED_BY = re.compile(r"の|に(?:係|かか|関す)る")


def modified_noun(clause: str) -> str:
    """The noun after the last 「の」「に係る」 of ``clause`` ('' when it has none)."""
    if "の" not in clause and "る" not in clause:
        return ""
    parts = MODIFIED_BY.split(clause)
    return parts[-1] if len(parts) > 1 else ""


def topic_predicate(head: str) -> bool:
    """「回答は、質問者名を伏せて…に掲載する（」: a bracket after the predicate of a sentence whose topic names a step (the
    date in it is that step's, whatever the words of the predicate name)."""
    if not PREDICATE_BEFORE.search(head):
        return False
    clauses = COMMA.split(head.rsplit("。", 1)[-1])
    return len(clauses) > 1 and bool(TOPIC.search(clauses[0])) and bool(L.kind_of(L.clean_label(clauses[0])))


def period_qualified(clause: str) -> bool:
    """「指定期間全体に係る基本協定を」: a step whose qualifier alone is what reads as no step (a period it covers); not
    「令和9年度予算の議決」, the budget's vote."""
    for part in L.PARTS.split(clause):  # (「指定期間全体の基本協定及び令和6年度の年度協定を」: one of a list)
        noun = modified_noun(part)
        if noun and L.kind_of(noun) and not L.is_not_milestone(noun) and L.is_not_milestone(part[: len(part) - len(noun)]):
            return True
    return False


def copied(mention: Mention) -> Mention:
    """A copy of a mention (its fields are plain values): ``Mention(**vars(mention))``, without the call's cost."""
    twin = object.__new__(Mention)
    twin.__dict__.update(mention.__dict__)
    return twin


def indent(line: str) -> int:
    """The spaces a line starts with (a full-width space counted as two), read without copying the line."""
    lead = LEADING_SPACES.match(line).group()
    return len(lead) + lead.count("\u3000")


def site_menu(cells: list[str]) -> bool:
    """「トップ\t発注見通し\t入札公告\t入札結果\tヘルプ」: a site's menu of links parted by tabs, saved with its page (a link to
    the home page, the help, the log-out among them), no table's head."""
    return any(SITE_MENU_LINK.fullmatch(word) for cell in cells for word in cell.split())


def head_of_row(above: str, line: str) -> bool:
    """「項目\t日程\t変更」 over 「参加申込書の提出期限\t7月1日(木)午後5時\t」: the head of the table ``line`` is a row of
    (as many cells, or more: a row's empty last cells lost once its line break became a space), which names its columns
    (「変更」 the column whose cell marks a row changed), no label of the row."""
    return is_table_row(above) and is_table_row(line) and len(cells_of(above)) >= len(cells_of(line))


def separator_row(line: str) -> bool:
    """「|---|---|」: the rule under a table's head (no segment)."""
    return is_table_row(line) and is_separator_row(cells_of(line))


def strip_markdown(line: str) -> str:
    return MARKDOWN_LEAD.sub("", line).strip()


def means_case(label: str) -> bool:
    """「郵送の場合」「持参による場合」「ア 持参の場合」 (unspaced): a way of handing in said as a case, under its step."""
    handed = HANDED_BY.fullmatch(label)
    return bool(handed and handed["case"])


def split_steps(label: str) -> list[tuple[str, str]]:
    """「審査結果通知・契約締結」: one (label, kind) per step when the steps are of different kinds."""
    return list(_split_steps(label))


@L.remembered(4096)  # (kept: ``split_steps`` hands out copies)
def _split_steps(label: str) -> list[tuple[str, str]]:
    label = L.unspaced(label)
    if " " in label:  # 「質問の受付・回答 受付期間」: the step the generic label speaks of
        parent, generic = label.rsplit(" ", 1)
        if ROUND.match(generic):  # 「質問の受付及び回答 第2回」: the steps of the heading, in that round
            return [(f"{step} {generic}", kind) for step, kind in _split_steps(parent)]
        generic = PARTICLE.sub("", generic) or generic  # 「受付期限は、…」: the sentence's topic
        generic = ROUND_LEAD.sub("", generic) or generic  # 「質問の受付及び回答 第1回　受付期間」: the round's window
        steps = [p for p in STEPS_APART.split(parent) if p.split() and L.kind_of(p.split()[-1])]
        named = [p for p in steps if not HAND_IN_VERB.fullmatch(p.strip())]
        steps = named if named else steps  # 「参加表明書の作成及び提出 提出期限」: the bare verb hands in the paper named
        if len({L.kind_of(p) for p in steps}) > 1 and (L.is_generic(generic) or WINDOW_KEY.match(generic)):
            kinds = [L.kind_of(p) for p in steps]
            # 「資格確認申請書及び技術資料の提出 提出期限」: handed in together, a step each (also 「資格確認申請書及び技術提案書
            # 提出期限」: the papers named alone, the row's key the verb that hands them in)
            if handed_in_together(steps) or (
                DOCUMENT_PART.search(steps[-1]) and handed_in_together([*steps[:-1], f"{steps[-1]} {generic}"])
            ):
                return [(p.strip(), kind) for p, kind in zip(steps, kinds)]
            if kinds[0] in ACCEPTED and all(L.COMMENT.match(p.strip()) for p in steps[1:]):
                return [(label, kinds[0])]  # 「質問・意見の受付 受付期間」: the comments go with the questions
            pieces = [generic[i : i + 2] for i in range(len(generic) - 1)]
            shared = [p for p in steps if any(piece in p and piece not in WHEN_WORDS for piece in pieces)]
            if not shared and L.ACCEPTING.search(generic):  # 「質問及び回答 受付期間」: what is handed in is the question
                shared = [p for p in steps if L.kind_of(p) in ACCEPTED]
            if len(shared) == 1:
                return [(label, L.kind_of(shared[0]))]
            if not shared and any(word in generic for word in WHEN_WORDS) and len({L.kind_of(p) for p in steps}) == len(steps):
                return [(p.split()[-1], L.kind_of(p.split()[-1])) for p in steps]  # 「入札及び開札の日時 日時」: each step
    listed = DOCUMENTS_LISTED.search(label)
    if listed:  # 「応募書類（参加申込書、企画提案書、見積書）の提出」: one hand-in, a step of each kind of document in it
        documents = [p for p in DOCUMENTS_APART.split(listed.group("documents")) if L.kind_of(p) in ACCEPTED]
        kinds = list(dict.fromkeys(L.kind_of(p) for p in documents))
        if len(kinds) > 1:
            return [
                (label.replace(listed.group("documents"), next(p for p in documents if L.kind_of(p) == k).strip()), k)
                for k in kinds
            ]
    core = L.QUALIFIER.sub("", label).strip()  # 「入札・開札（市役所2階 入札室）」: the place in brackets parts no steps
    bracket = L.QUALIFIER.search(label) if core and label.endswith((")", "）")) else None
    if bracket and bracket.end() == len(label) and PARTS_APART.search(bracket.group()):
        # 「審査委員会（書類審査・ヒアリング）」: the sittings of one body, a step each of a kind of its own
        inner = [p.strip() for p in PARTS_APART.split(bracket.group()[1:-1])]
        kinds = [L.kind_of(p) for p in inner]
        sitting = L.kind_of(core)  # (not 「結果（決定業者名・契約金額）」: what a result makes known)
        if (
            len(inner) > 1
            and all(kinds)
            and len(set(kinds)) == len(kinds)
            and sitting in kinds
            and sitting in ("hearing", "other")
            and not STAGE.match(core)  # (「二次審査（ヒアリング及び現地調査）」: one stage, its parts held together)
        ):
            return [(f"{core}（{p}）", k) for p, k in zip(inner, kinds)]
    if "、" in label and steps_listed(label):
        # 「審査結果の通知、契約締結」: a schedule's row naming its steps with a comma, a step each of a kind of its own
        return [(p, L.kind_of(p)) for p in label.split("、")]
    # (「公告・申込書の配布開始(市ホームページ・契約管財課窓口)」: nor the places listed in them)
    bracketed = core != label and any(PARTS_APART.search(m.group()) for m in L.QUALIFIER.finditer(label))
    split = core if core and ((" " in label and " " not in core) or bracketed) else label
    parts = [p for p in PARTS_APART.split(split) if len(p.strip()) >= 2] if " " not in split else [label]
    parts = [p for p in parts if p.strip() not in PLACE_WORDS] or parts  # 「入札・開札の日時及び場所」
    copies = [p for p in parts if COPY_OF.search(p.strip())] if "写" in split or "コピー" in split else []
    if copies and len(copies) < len(parts):  # 「参加申込書及び資格審査結果通知書の写しを…提出」: a copy goes with the paper
        parts = [p for p in parts if p not in copies]
        if len(parts) == 1:
            kind = L.kind_of(parts[0])
            return [(label, kind)] if kind else []
    envelopes = [p for p in parts if ENVELOPE.search(p)] if "封筒" in split else []
    if envelopes and len(envelopes) < len(parts):  # 「確認通知書及び入札書の返信用封筒を発送します」: an envelope is no step
        parts = [p for p in parts if p not in envelopes]
    notices = [p for p in parts if DESIGNATION_NOTICE.match(p.strip())] if "指定" in split else []
    if notices and len(notices) < len(parts):  # (the council's act of designation, no step of the call: the day is the other's)
        parts = [p for p in parts if p not in notices]
        if len(parts) == 1:
            kind = L.kind_of(parts[0])
            return [(parts[0].strip(), kind)] if kind else []
    if len(parts) > 1 and about_listed(parts):  # 「本告示及び路線図の内容に関する質問」: the question, about both
        kind = L.kind_of(parts[-1])
        return [(label, kind)] if kind else []
    means = L.BY_MEANS.search(parts[-1]) if len(parts) > 1 and "によ" in parts[-1] else None
    if means and L.kind_of(means["step"]):
        # 「参加資格の確認及び実績評価による一次審査」: the parts before are the means of the last, one step (a step
        # without a kind of its own is read as usual: 「プレゼンテーション及びヒアリングによる審査を行う」)
        return [(label, L.kind_of(means["step"]))]
    if len(parts) > 1 and RESULT_OF_ALL.search(parts[-1].strip()) and all(REVIEWED.search(p.strip()) for p in parts[:-1]):
        return [(label, "result")]  # 「競争参加資格の確認及び技術提案書の審査の結果は」: the result of both reviews, one notice
    kinds = [L.kind_of(p) for p in parts]
    if len(parts) > 1 and "提出" in parts[-1]:  # 「回答書・参考見積書の提出期限」: the papers listed, each handed in
        kinds = [L.kind_of(f"{p.strip()}の提出") if PAPER_NAME.search(p.strip()) else k for p, k in zip(parts[:-1], kinds)]
        kinds.append(L.kind_of(parts[-1]))
    if len(parts) > 1 and (
        (MADE_KNOWN_TAIL.search(L.QUALIFIER.sub("", parts[-1]).strip()) and not any(BARE_ACT.search(p) for p in parts[:-1]))
        or (L.DETAIL_MADE_KNOWN.search(label) and L.DETAIL_MADE_KNOWN.search(parts[-1]))
    ):  # 「質問及び回答の公表」「審査・特定結果の通知」「プレゼンテーションの日時・場所の連絡」: what one act makes known
        kind = L.kind_of(label)
        return [(label, kind)] if kind else []
    shared = SHARED_TAIL.search(parts[-1]) if len(parts) > 1 and not all(kinds) else None
    if shared:  # 「入札及び開札の日時」: the 日時 of each
        parts = [p if kinds[i] or i == len(parts) - 1 else p.rstrip() + shared.group() for i, p in enumerate(parts)]
        kinds = [L.kind_of(p) for p in parts]
    if len(parts) > 1 and set(kinds) == {"other", "published"} and all("閲覧" in p for p, k in zip(parts, kinds) if k == "other"):
        return [(label, "published")]  # 「仕様書等の閲覧・配布」「設計図書の閲覧及び交付」: the papers handed out, one step
    # (「確認申請書及び技術資料の提出期限」: a part named a hand-in only by the verb they share is no step of its own)
    if len(parts) > 1 and all(kinds) and len(set(kinds)) == len(kinds) and not any(L.is_weak(p) for p in parts):
        if kinds[0] in ACCEPTED and all(L.COMMENT.match(p.strip()) for p in parts[1:]):
            return [(label, kinds[0])]  # 「質問・意見の提出期限」: the comments go with the questions
        return [(p.strip(), k) for p, k in zip(parts, kinds)]  # (「資格確認申請書及び技術提案書の提出」: a step each paper)
    proposal = EN_PROPOSAL_TOO.search(label) if " and " in label else None
    if proposal and L.kind_of(label[: proposal.start()]) == "application" and L.kind_of(proposal["paper"]) == "submission":
        return [(label[: proposal.start()].strip(), "application"), (label, "submission")]
    kind = L.kind_of(label)
    return [(label, kind)] if kind else []


# 「Deadline for submission of documents for confirmation of eligibility and technical proposal」「… application forms and
# relevant documents for the qualification and technical proposals」: the application's papers and the proposal handed
# in by one deadline, named with 「and」 (as 「競争参加資格確認申請書及び技術提案書の提出期限」): a step each
EN_PROPOSAL_TOO = re.compile(r"(?i:\sand\s(?:the\s)?(?P<paper>technical\sproposals?)\s{0,2}$)")


# 「…及び技術提案書の審査の結果」「…及びヒアリングの結果は」: a result the last part names, of the reviews listed before it
RESULT_OF_ALL = re.compile(r"の\s{0,2}結果(?:の\s{0,2}(?:通知|公表))?\s{0,2}(?:は|を|について)?$")
REVIEWED = re.compile(r"(?:確認|審査|評価|選考|選定|判定|ヒアリング|プレゼンテーション|面接)$")  # 「競争参加資格の確認」
# 「審査結果の通知、契約締結」: short names of steps and a comma between them, no clause (no particle but 「の」)
STEP_NAMES_LISTED = re.compile(r"^[^、。,をはがにでとし\s]{2,14}(?:、[^、。,をはがにでとし\s]{2,14})+$")


def steps_listed(label: str) -> bool:
    """「審査結果の通知、契約締結」: short names of steps of different kinds, a comma between them."""
    if not STEP_NAMES_LISTED.match(label):
        return False
    named = label.split("、")
    kinds = [L.kind_of(p) for p in named]
    return all(kinds) and len(set(kinds)) == len(kinds) and not any(L.is_weak(p) or L.is_not_milestone(p) for p in named)


# 「二次審査」「第1次審査」「最終審査」: a numbered stage of the selection, whatever its bracket says it consists of
STAGE = re.compile(r"^(?:第\s{0,2})?(?:[1-9一二三四五]\s{0,2}次|最終)(?:審査|選考|評価)$")


# 「本公示及び説明書に関する質問」「公告及び仕様書についての質問」: the papers a step is about, listed before
# 「に関する」, name no steps of their own (not 「説明会の開催及び質問に対する回答」: an act is a step)
ABOUT_ACT = re.compile(r"受付|提出|締切|〆|期限|開始|実施|開催|通知|公表|交付|配布|回答|決定|締結|審査")


def about_listed(parts: list[str]) -> bool:
    """The last part names a step about something (「…に関する質問」) and the parts before are only what it is about."""
    return bool(L.ABOUT.search(parts[-1])) and not any(L.ABOUT.search(p) or ABOUT_ACT.search(p) for p in parts[:-1])


# 「入札書の返信用封筒を発送します」「提出用封筒」: the envelope a paper is sent back in, sent with another paper
ENVELOPE = re.compile(r"封筒(?:等|一式)?\s{0,2}(?:を[^、。]{0,16})?$")
# 「指定の告示・基本協定の締結」: the notice of a 指定管理者's designation, told beside a step of the call on its day
DESIGNATION_NOTICE = re.compile(r"^指定(?:の)?(?:告示|公告)$")
# 「資格審査結果通知書の写し」「登記事項証明書のコピー」: a copy of a paper the bidder holds, handed in with another
COPY_OF = re.compile(r"の?(?:写し|写|コピー)(?:等|一式)?\s{0,2}(?:を|等を)?$")


def item_key(marker: str) -> str:
    """「②」 as 「c2」, 「⑴」「(1)」「（１）」 as 「(1)」, 「(ア)」 as 「(ア)」: an item's marker, one way however written."""
    if "\u2460" <= marker <= "\u2473":
        return f"c{ord(marker) - 0x2460 + 1}"
    return "".join(nfkc(marker).split())


def items_named(text: str) -> set[str]:
    """The items a note names (``item_key``): 「②、④及び⑤」, 「(1)及び(3)」, and those of a range 「②～④」「(2)から(4)まで」."""
    found, before = set(), None
    for match in ITEM_KEY.finditer(text):
        key = item_key(match.group())
        if before is not None and ITEM_RANGE.match(text[before[1] : match.start()]):
            low, high = NOTE_NUMBER.search(before[0]), NOTE_NUMBER.search(key)
            if low and high and before[0].replace(low.group(), "") == key.replace(high.group(), ""):
                for number in range(int(low.group()) + 1, min(int(high.group()), int(low.group()) + 20)):
                    found.add(key.replace(high.group(), str(number)))
        found.add(key)
        before = (key, match.end())
    return found


def handed_in_together(parts: list[str]) -> bool:
    """「資格確認申請書」「技術提案書の提出」: papers of a call handed in with one verb (a step each, of one deadline)."""
    kinds = {L.kind_of(p) for p in parts}
    return kinds <= set(ACCEPTED) and bool(HANDING_IN.search(parts[-1])) and all(DOCUMENT_PART.search(p) for p in parts[:-1])


@L.remembered(4096)  # the lines near each date of a window are read for it again and again
def step_kinds(label: str) -> set[str]:
    """The kinds of the steps handed in a label names, each of its parts (「質問及び回答」: question)."""
    kinds = {L.kind_of(part) for part in STEPS_APART.split(label)} | {kind for _, kind in split_steps(label)}
    return kinds & set(ACCEPTED)


def closing_time(text: str) -> dt.time | None:
    """The closing time of daily hours without a date: 「受付時間 午前9時から午後5時まで」, 「10時~17時」."""
    if "(" in text:
        text = ASIDE_BRACKETS.sub(
            lambda m: "" if dates_in(m.group()) else m.group(), text
        )  # 「(ただし、8月13日(金)は休業日)」: a day the hours leave out
    if dates_in(text):  # (the lines of a notice: their dates were read already)
        return None
    closing = None
    for match in TIME_ONLY.finditer(text):
        tail = TIME_RANGE_TAIL.match(text, match.end())
        if tail:  # 「午前9時から正午まで及び午後1時から午後5時まで」: the day closes at the latest end
            end = _time(tail.groupdict())
            closing = end if closing is None or end > closing else closing
        elif (
            match["minute2"]
            and (end := en_time_range_end(text, match.end()) or en_between_hours_end(text, match.start("hour"), match.end()))
            is not None
            and end > _time(match.groupdict())
        ):  # 「accepted 10:00 to 17:00 on working days」「between 9:00 and 17:00」
            closing = end if closing is None or end > closing else closing
    if closing is None and ("m" in text or "M" in text or "noon" in text):
        for match in EN_HOURS_START.finditer(text):  # 「9:00 a.m. to 5:00 p.m. JST」「8:30 a.m. - 5:15 p.m. daily」
            end = en_time_range_end(text, match.end()) or en_between_hours_end(text, match.start(), match.end())
            closing = end if end is not None and (closing is None or end > closing) else closing
    return closing


class Reader:
    def reshaped(self, found: tuple[list[str], list[int]] | None) -> bool:
        """A shape of the text undone (its lines, and the line before it each stands for) read from now on, each
        line's source line composed through every shape undone; False when the step found nothing to undo."""
        if not found:
            return False
        self.original, origin = found
        self.origin = [self.origin[i] for i in origin] if self.origin else origin
        return True

    def __init__(self, text: str):
        text = calendar_slots(text) or text  # a calendar's list view: each event's slot the moment it stands for
        source_offsets = line_starts(text)
        self.origin: list[int] | None = None  # the source line of each line, when the text was read column by column
        # a notice run onto one line: its line breaks put back; a sheet's header row over one wide row: cells paired
        # (an ICS export run onto one line: its properties put back on lines by ``ics_rows`` below)
        relined_text = None if ics_one_line(text) else sheet_row_pairs(text) or relined(text)
        if relined_text:  # (read as the source below; each line's source line and offset mapped back at the end)
            text, pieces_origin, source_offsets = relined_text
        self.relined = bool(relined_text)  # (the lines are pieces of one line, not the page's own lines)
        self.original = text.splitlines()
        self.original = common_margin_removed(self.original) or self.original
        self.original = one_character_lines_blanked(self.original)  # a running header read one character a line
        self.original = box_arrows_blanked(self.original) or self.original  # 「│ 質問 │◀──┘」: the flow's arrow, no cell
        self.original = down_arrows_joined(self.original) or self.original  # 「6月15日」 / 「↓」 / 「6月19日」: a change
        self.reshaped(month_grid_listed(self.original))  # a calendar's month view: each cell's events a line with its day
        self.reshaped(chat_markup_lines(self.original))  # a chat's log with its markup: each box's parts a line
        self.reshaped(csv_rows(self.original))  # a spreadsheet saved as CSV: each row's cells parted by tabs
        self.reshaped(box_columns(self.original))  # a box drawn beside the body's text: the box, then the body
        self.reshaped(boxes_side_by_side(self.original))  # a flow of boxes side by side: each box whole, in turn
        self.reshaped(flows_dated_below(self.original))  # a flow's steps dated under it: each step a row
        # a blank line after every line (a converter's): read without them; a schedule table copied one cell a line:
        # its rows joined again
        self.reshaped(double_spaced(self.original))
        self.reshaped(cells_refolded(self.original))
        self.reshaped(qa_cells_refolded(self.original))  # a table of questions and answers copied one cell a line
        self.reshaped(columns_refolded(self.original))  # a PDF's table read column after column: its rows again
        self.reshaped(step_column_then_dates(self.original))  # the same, its columns parted by a page break
        self.reshaped(date_rows_over_steps(self.original))  # a timeline's row of dates over its row of steps
        self.reshaped(before_after_refolded(self.original))  # a correction's table read row by row, cells wrapped
        self.reshaped(ics_rows(self.original))  # a calendar's ICS export: each event a row
        self.reshaped(records_as_rows(self.original))  # a system's JSON or YAML export: each step's record a row
        self.reshaped(short_lines_joined(self.original))  # a page laid out for a phone: a step's words cut over lines
        if self.reshaped(wrap_rejoined(self.original)):  # hard-wrapped at a fixed width: each line's pieces joined
            text = "\n".join(self.original)
        self.text = text  # the whole text, a wrapped text's lines joined again (the words it looks for uncut)
        self.reshaped(calendar_marked_days(self.original))  # a calendar's days marked with a legend's symbols
        columns = (
            two_columns(self.original)
            or bar_columns(self.original)
            or interleaved_columns(self.original)
            or gutter_columns(self.original)
        )
        if self.reshaped(columns):  # a two-column page: the left column's lines, then the right one's
            text = "\n".join(self.original)
            self.original = text.splitlines()
        self.lines = [DITTO_DAY.sub("同月", line) if "〃" in line else line for line in normalize_lines(self.original)]
        self.lines = close_of_business_defined(text, self.lines)  # 「"Close of business" means 17:00」: its deadlines' hour
        self.furniture = page_furniture(self.lines)
        self.mail_headers = mail_headers(self.lines)
        head = "\n".join(self.lines[:TICKET_HEAD_LINES])[:TICKET_HEAD_CHARS]  # (a dump's one line: its start)
        # (「処理中」 over 「優先度<TAB>高」 … 「期限日<TAB>2026/11/26」: a ticket's page copied, its status a badge
        # without its key, its fields of days the tracker's own)
        self.ticket = (
            "優先度" in head
            and ("担当者" in head or "担当:" in head)
            and ("状態" in head or "ステータス" in head or ("期限日" in head and "開始日" in head))
        )
        # (「リスト: 提案準備中」「ラベル: 公募」「メンバー: 佐藤」: a card of the team's board (Trello), its 「期限:」 its own)
        self.ticket = self.ticket or (bool(BOARD_CARD_LIST.search(head)) and bool(BOARD_CARD_FIELD.search(head)))
        self.digest_cases: list[int] = []  # where the cases of a digest that features none of them start
        self.digest_tags: dict[int, int] = {}  # the lines above them that tag their case by number (``case_tagged``)
        self.turns = speaker_turns(self.lines)  # a record of a meeting: where each speaker's turn starts
        self.chat = chat_log(self.original)  # a team's chat (posts: time, speaker, words): its members' words
        self.char_maps: dict[str, tuple[str, list[int]]] = {}  # by source line
        self.sentence_marks: dict[int, tuple[list[int], list[int], dict[tuple, int]]] = {}  # (see ``sentence_marks_of``)
        self.unchanged_sentences: dict[tuple[int, int, int], bool] = {}  # (see ``unchanged_sentence``)
        self.dates_only: dict[str, bool] = {}  # by segment text (a long line of dates is asked once per date)
        self.held: dict[tuple[str, tuple[str, ...]], bool] = {}  # (see ``holds``)
        self.other_calls: dict[int, bool] = {}  # lines that speak of another call, by index
        self.said: dict[tuple[re.Pattern, int], bool] = {}  # (see ``line_says``)
        self.section = ""  # the heading of the section being read
        self.parts: list[str] | None = None  # per line, the top-level heading it stands under (「1 業務の概要」)
        self.chapters: list[str] = []  # per line, the chapter above that heading (「第5 業務の範囲」), if any
        self.forms: set[int] | None = None  # the lines of the forms appended (``form_lines``)
        self.outline: list[tuple[str, str, int]] = []  # the open headings (marker style, label, line): 第1 > 1 > (1) > ア
        self.outline_items: set[int] = set()  # the lines that were outline items, open or closed
        self.sections: dict[str, str] = {}  # the headings of the numbered sections read so far (「5 資格確認申請」), by number
        self.delivered: set[int] = set()  # outline items whose step a deadline for one way of handing in dated
        self.first_full_date: dt.date | None = None  # a notice's or page's own date gives a year when nothing else does
        self.columns: dict[int, str] = {}  # date lines of a flattened two-column table, with their labels
        self.bare_dates: dict[str, bool] = {}  # ``bare_date`` of each line read so far
        self.label_places: dict[tuple[int, str], int] = {}  # where each label stands in its line (``act_told_before``)
        self.noted_lines: dict[int, bool] = {}  # the lines that hold a note's mark 「※」 (``text_candidates``)
        self.bulletin_sections: set[int] = set()  # the lines under 「[AWARDED]」「[CANCELLED]」 (``closed_cases``)
        self.earlier: Mention | None = None  # the last date read, which 「同月」「同年」 refer to
        self.row_earlier: Mention | None = None
        self.signature_days: list[dt.date | None] = []  # the notice's own date, above its signatory
        self.problems: list[str] = []  # dates of steps that are not valid days, with the reason
        self.offsets = [source_offsets[i] for i in self.origin] if self.origin else source_offsets
        if relined_text:
            self.origin = [pieces_origin[i] for i in self.origin] if self.origin else pieces_origin
        self.changes = bool(CHANGE_WORDS.search(text))  # the text speaks of a change (``struck_out``)
        self.resumes = "再開" in text  # the text resumes a call suspended or called off (「手続を再開します」)
        self.amends = False  # the text is a 告示 amending another by quoted words (``change_notice``)
        self._unchanged_lists: set[int] | None = None  # (``unchanged_lists``, read once)
        self._said_unchanged: set[int] = set()  # (of them, the items of a list the words say no change touched)
        # (``item_marked_unchanged``: each long line's days and the marks after them)
        self._after_marks: dict[int, dict] = {}
        # the lines (from 1) of a table's rows whose cell under its new version's column (「変更後」「訂正後」) says the
        # step did not change (「変更なし」「同左」): restated as it was, whatever the rest of the text is
        self.unchanged_rows: set[int] = set()
        self.date_at = 0  # (the offset in its segment's text of the date ``bind`` reads)
        # the lines (from 0) of each 「【訂正前】」 mark and of the 「【訂正後】」 mark below it: the items as they stood, then
        # as they stand, laid out alike
        self.version_blocks: list[tuple[int, int]] = []
        self._amending_clauses: list[tuple[str, list]] | None = None  # (``amending_clauses``, read once)
        self._changed_again: bool | None = None  # (``changed_again``, read once)
        self._item_glosses: dict[str, str] | None = None  # (``item_gloss``, read once)
        self._final_day_notes: dict[str, dt.time] | None = None  # (``final_day_notes``, read once)
        self.superseded: set[tuple] = set()
        # (the line and step of an old date a line ended on, 「…, originally 12 May 2027 at 12:00 (JST), is hereby」, its
        # new date on the next line 「extended to Wednesday, 26 May 2027」)
        self.old_date_open: tuple[int, str] | None = None
        self.superseded_steps: dict[
            tuple, list[str]
        ] = {}  # the steps (labels) each superseded date was read under  # the dates of steps a correction replaced (``step_day``)
        self.event: str | None = None  # the event the heading invites to (``invited_event``), once read
        self.found: list[Candidate] = []  # the steps read so far (``candidates``)
        self.box_times: dict[int, dt.time] = {}  # a flow chart's date line, the time under its date (``boxed_step``)
        self.timed_rows: set[int] = set()  # lines read as further timed steps of the day on a line above
        self.unchanged_lines: set[int] = set()  # lines (from 1) of steps restated under 「変更のない日程」
        self.sent_days: list[tuple[int, dt.date]] | None = None  # the mail headers that give a day, and the day (``sent_day``)
        self.replying = False  # the mail is a reply (「Subject: RE: …」), not a forward (``forwarded_at``)

    def forwarded_at(self) -> int | None:
        """The line (from 1) of the first 「-----Original Message-----」 of a mail forwarded (「件名: Fw: …」 at its head):
        what stands above it is the forwarder's note to colleagues (「メーカーへの価格照会：11/13までに」), no step of the
        call; None when the text is no forwarded mail."""
        head = [line for line in self.lines[:HEAD_LINES] if line.strip()][:6]
        # 「件名: RE: …」 / the note / 「> From: 〇〇大学 契約課」: a reply above the issuer's mail it quotes (or its
        # 「-----Original Message-----」 over the quoted mail's header)
        reply = not any(FORWARDED_SUBJECT.match(line) for line in head)
        if reply and not any(REPLY_SUBJECT.match(line) for line in head):
            return None
        self.replying = reply
        return next(
            (
                index + 1
                for index, line in enumerate(self.lines)
                if ("--" in line and FORWARD_MARK.match(line)) or (reply and line[:1] == ">" and QUOTED_SENDER.match(line))
            ),
            None,
        )

    def awarded_at(self) -> int | None:
        """In a team's chat, the line of the first post that tells the call was won (``AWARD_TOLD``), or None."""
        return next((index for index, line in enumerate(self.lines) if AWARD_TOLD.search(line)), None)

    def later_mails(self, candidates: list[Candidate]) -> list[Candidate]:
        """A thread of mails, one quoting a mail sent half a year or more before the latest (「> -----Original
        Message-----」 / 「> Sent: January 21, 2026」 under a forward of 2027: last year's 見積依頼 of the same work):
        the older mail's dates are an earlier round's, no step of this call."""
        sent = [
            day
            for index in self.mail_headers
            for m in self.read_dates(self.lines[index])[:1]
            if m.explicit_year and m.day and (day := m.date())
        ]
        latest = max(sent, default=None)
        if latest is None or (latest - min(sent)).days < EARLIER_MAIL_DAYS:
            return candidates
        return [c for c in candidates if not ((day := self.sent_day(c.line_no - 1)) and (latest - day).days >= EARLIER_MAIL_DAYS)]

    def line_number(self, index: int) -> int:
        """The number (from 1) of line ``index`` in the text as given."""
        return (self.origin[index] if self.origin and 0 <= index < len(self.origin) else index) + 1

    # --- title and issuer ---------------------------------------------------

    def title(self) -> str:
        for index, line in enumerate(self.lines[:120]):
            match = TITLE_LABEL.search(strip_markdown(line))
            if not match or len(L.clean_label(line[: line.find(match.group(0))])) > 6:
                continue
            value = match.group("value").strip()
            original = self.original[index]
            if value:
                # the same text in the source's own characters
                key = TITLE_LABEL.search(original)
                if key:
                    return key.group("value").strip(" :：\t")
                return value
            for following in range(index + 1, min(index + 4, len(self.lines))):
                if self.lines[following].strip():
                    return L.clean_label(self.original[following]).strip() or self.original[following].strip()
        for index, line in enumerate(self.lines[:40]):
            if line.lstrip().startswith("#") and re.search(r"業務|事業|委託|調達|公募", line):
                return strip_markdown(self.original[index])
        for index, line in enumerate(self.lines):
            if line.strip():
                return self.original[index].strip()[:300]
        return ""

    def issuer(self) -> str:
        for line in self.lines:
            # (「…市（以下「本市」という。）」, its bracket folded to 「(」: a line without it before 「以下」 is not searched)
            for match in ISSUER_BEFORE_IBIKA.finditer(line) if "(以下" in line else ():
                name = match.group("name")
                if not re.search(r"[ぁ-ん]", name) or name.endswith(("市", "町", "村")):
                    return name
        for line in self.lines[:30]:
            match = ISSUER_LINE.match(strip_markdown(line))
            if match:
                return match.group("name")
        for line in self.lines[:40]:  # a signature: 「青柳市長 佐藤 花子」「翠山県知事」
            match = SIGNED_BY.match(strip_markdown(line))
            if match:
                return match.group("name")
        for line in self.lines:
            match = CITY_HALL.search(line) if "役" in line or "庁" in line else None
            if match:
                return match.group("name") or match.group("pref")
        return ""

    def part_of(self, index: int) -> str:
        """The top-level heading a line stands under: 「1 業務の概要」 for its 「(5) 納車期限」."""
        if self.parts is None:
            self.parts, self.chapters, current, chapter, specification = [], [], "", "", False
            heading_number = None  # the number of the heading ``current`` was read from (「9」 of 「9. SCHEDULE」)
            for number, line in enumerate(self.section_heads()):  # 「2 日程」, before its space is read as 「2日」
                if line is not None and "\u2460" <= first_mark(self.original[number]) <= "\u2473":
                    line = None  # 「① 見積依頼書の発送日」 reads as 「1 …」 once normalised: an item under its section
                decimal = DECIMAL_ITEM.match(line) if line is not None and current else None
                if decimal and decimal["section"] == heading_number:
                    line = None  # 「9. SCHEDULE OF THE SELECTION PROCESS」 / 「9.1 These Terms of Reference are published
                    # on …」: an item numbered within its section, under its heading (not a section of its own)
                if line is not None and not NUMBERED_SECTION.match(line):  # 「第5 業務の範囲」「■応募手続」: a chapter
                    chapter = L.unspaced(L.clean_label(KEY_APART.split(CHAPTER_MARK.sub("", line.strip()), 1)[0]))
                appended = APPENDED_PAPER.match(self.lines[number].strip()) if "別" in self.lines[number][:4] else None
                if appended and number * 3 >= len(self.lines):  # (the same words in the head: its table of contents)
                    specification = "仕様書" in appended["paper"]  # 「別紙 仕様書(抜粋)」 after the body; 「別紙 評価基準」 not
                    chapter = ""
                if specification:  # its chapters the work's, whatever their names (「第6 業務の進め方」)
                    chapter = "仕様書"
                self.chapters.append(chapter)
                if line is None:
                    pass
                elif WORK_SECTION.match(key := L.unspaced(L.clean_label(KEY_APART.split(line.strip(), 1)[0]))):
                    current = key  # 「3 業務内容  (1) 養成講座の企画及び運営」: the work's key, its items on the lines below
                elif len(line) <= 40 and not self.read_dates(line):
                    current = L.unspaced(L.clean_label(line))
                else:  # 「4 結果の通知 2月19日」: an item of its own, under no heading
                    current = ""
                if line is not None:
                    heading_number = head_number["section"] if (head_number := SECTION_NUMBER.match(line)) else None
                self.parts.append(current)
        return self.parts[index] if index < len(self.parts) else ""

    def papers_period(self, candidates: list[Candidate]) -> list[Candidate]:
        """A candidate on a day of the team's choosing whose line quotes the call's papers for the step's period
        (「要領上は「11月下旬」」, ``PAPERS_QUOTED``): the quoted period in its place, when the day lies in it."""
        result, placed = [], {}
        for candidate in candidates:
            line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else ""
            mention = candidate.mention
            quoted = (
                PAPERS_QUOTED.search(line)
                if mention.precision in ("date", "datetime")
                and len(line) <= PAPERS_QUOTED_LINE_MAX
                and "「" in line
                and any(word in line for word in PAPERS_QUOTED_HINT)
                else None
            )
            found = self.read_dates(quoted["day"]) if quoted else None
            if found and len(found) == 1 and found[0].precision in ("early_month", "mid_month", "late_month", "month"):
                year = found[0].year if found[0].explicit_year else mention.year
                period = replace(copied(found[0]), year=year, start=mention.start, end=mention.end)  # (where the day was)
                day, start = mention.date(), period.date()
                if day and start and window(period.precision, start)[0] <= day <= window(period.precision, start)[1]:
                    candidate = replace(candidate, mention=period)
                    placed[candidate.line_no, period.month, period.precision] = id(candidate)
            result.append(candidate)
        # (the quoted period read on its own as well, its label cut at the quote: the entry's label names the step)
        return [c for c in result if placed.get((c.line_no, c.mention.month, c.mention.precision), id(c)) == id(c)]

    def days_of_one_event(self, candidates: list[Candidate]) -> list[Candidate]:
        """「現地見学会 8月6日(水)及び8月7日(木) 各日午前10時から」「プレゼンテーション 6月6日(火)・7日(水)」: an event held
        on the days listed starts on the first, its day (as 「7月5日～7日」), at the hour given for each day."""
        later, views = set(), {}  # (a line's texts a day is looked for in: the line, its cells, the line without its margin)
        for first, second in zip(candidates, candidates[1:]):
            if (
                first.line_no != second.line_no
                or first.kind != second.kind
                or first.label != second.label
                or not (first.kind == "hearing" or (first.kind == "other" and BIDDERS_EVENT.search(first.label)))
                or first.mention.time is not None  # (「7月5日(月)午前10時及び7月6日(火)午後2時」: two sessions, each a step)
            ):
                continue
            line = self.lines[first.line_no - 1] if 0 < first.line_no <= len(self.lines) else ""
            # (the line, or the cell of its row both days stand in: a row's dates are read cell by cell; 「7/14(火)・7/15(水)」
            # written with slashes; a reply's line indented under its thread, read without its margin)
            if first.line_no not in views:  # (split once per line: a long line holds thousands of pairs)
                views[first.line_no] = (line, *re.split(r"\t|\|", line), line.lstrip())
            line = next(
                (
                    text
                    for text in views[first.line_no]
                    if day_written(text[first.mention.start : first.mention.end])
                    and day_written(text[second.mention.start : second.mention.end])
                ),
                "",
            )
            start, end = first.mention.date(), second.mention.date()
            if (start is None or end is None) and not first.mention.problem and not second.mention.problem:
                start, end = days_of_unyeared_span(first.mention, second.mention)  # 「8月6日(水)及び8月7日(木)」
            if (
                start is None
                or end is None
                or not 0 < (end - start).days <= EVENT_DAYS_MAX
                or not DAYS_LISTED.fullmatch(line[first.mention.end : second.mention.start])
            ):
                continue
            later.add(id(second))
            hour = EACH_DAY_TIME.match(line, second.mention.end)
            if first.mention.time is None and hour:
                first.mention.time, first.mention.precision = _time(hour.groupdict()), "datetime"
        for candidate in candidates:  # 「9月17日(木)・18日(金) 各日午前10時から」: a day read as the list's rest
            if (
                candidate.mention.time is None
                and candidate.kind in ("hearing", "other")
                and 0 < candidate.line_no <= len(self.lines)
            ):
                line = self.lines[candidate.line_no - 1]
                hour = (
                    DAYS_THEN_TIME.match(line, candidate.mention.end)
                    if "日" in line[candidate.mention.start : candidate.mention.end]
                    else None
                )
                if hour and (candidate.kind == "hearing" or BIDDERS_EVENT.search(candidate.label)):
                    candidate.mention.time, candidate.mention.precision = _time(hour.groupdict()), "datetime"
        return [c for c in candidates if id(c) not in later] if later else candidates

    def form_lines(self) -> set[int]:
        """The lines (from 0) of the forms a document appends (「様式第1号 施設見学会参加申込書」 down to the next form, a blank
        line or a section), each known as a form by what only a form has: a day left blank to fill in (「令和 年 月 日」), its
        addressee (「碧浜市長 様」) or a sample of its entries (「【記入例】」)."""
        if self.forms is None:
            self.forms = set()
            start, paged = None, False
            for index in range(len(self.lines) + 1):
                line = self.lines[index].strip() if index < len(self.lines) else ""
                head = len(line) <= FORM_HEAD_MAX and FORM_HEAD.match(line) and not dates_in(line)
                # (a form that opens a page runs to the page's end, over the blank lines a PDF's text layer puts between
                # its fields: 「様式第5号（記載例）」 / 「」 / 「入　札　書」 / 「」 / 「令和9年2月10日」)
                ended = not line and not (paged and index < len(self.lines) and not self.is_furniture(index))
                if start is not None and (
                    head
                    or ended
                    or (index < len(self.lines) and self.is_furniture(index) and line)
                    or (TOP_SECTION.match(line) and not line.startswith("【"))
                ):
                    if any(FORM_FIELD.search(self.lines[i]) for i in range(start + (not paged), index)):
                        self.forms.update(range(start, index))
                    start = None
                if head:
                    start, paged = index, self.page_top(index)
        return self.forms

    def page_top(self, index: int) -> bool:
        """Line ``index`` opens a page: page furniture (a page's number, its running header) is the nearest line above."""
        above = index - 1
        while above >= 0 and not self.lines[above].strip() and not self.is_furniture(above):
            above -= 1
        return above >= 0 and self.is_furniture(above)

    def chapter_of(self, index: int) -> str:
        """The chapter a line stands in, above its numbered section: 「第5 業務の範囲」 for the 「(3) 月例報告」 of its
        「7 事業計画書及び事業報告書の作成・提出」; '' under a heading of another mark or none."""
        self.part_of(index)
        return self.chapters[index] if index < len(self.chapters) else ""

    def section_heads(self, chunk: int = 1000):
        """For each source line, its first 80 characters in NFKC when they open a section (TOP_SECTION), else None.

        A chunk of lines at a time (a line break is never part of a character's NFKC, nor changes its neighbours').
        TOP_SECTION reads 11 characters at most; when the NFKC of a chunk is that of each character (almost always),
        each character gives one or more, so the first 11 of a line decide and only they are normalised to look."""
        source = self.original[: len(self.lines)]
        for start in range(0, len(source), chunk):
            heads = [line[:80] for line in source[start : start + chunk]]
            if one_by_one("\n".join(heads)):
                looks = nfkc("\n".join(head[:SECTION_REACH] for head in heads)).split("\n")
                yield from [nfkc(head) if TOP_SECTION.match(look) else None for head, look in zip(heads, looks)]
            else:
                yield from [line if TOP_SECTION.match(line) else None for line in nfkc("\n".join(heads)).split("\n")]

    def specification(self) -> int | None:
        """「仕　様　書」 atop the text, no call named in its head: a specification, whose dates are the work's (proofs,
        deliveries, a rehearsal, its staff's training), the call's only in a section about the call (``CALL_PART``).
        The line (from 0) where it ends: a call's paper appended to it (「別紙 … 見積合わせ実施要領」), else the text's end;
        None when the text is no specification."""
        head = [line.strip() for line in self.lines[:HEAD_LINES] if line.strip()]
        # (a head run onto one line with the text: its lines, in the head's first characters, as ``head_parts`` cuts them)
        head = [part for line in head for part in (head_parts(line) if len(line) > ARTICLE_TITLE_MAX else [line])]
        short = [L.unspaced(line) for line in head if len(line) <= ARTICLE_TITLE_MAX]
        if (
            not any(SPECIFICATION_TITLE.match(line) for line in short)
            or any(CALL_TITLE.search(line) for line in short if not SPECIFICATION_TITLE.match(line))
            # (「NOTICE OF TENDER (Open tendering under the WTO Agreement …)」: an English call's title, its next line run on)
            or any(CALL_TITLE.match(line) for line in head if len(line) > ARTICLE_TITLE_MAX)
        ):
            return None
        # (a call's dated steps above it: 「3 企画提案書の提出期限 令和8年12月21日」 / 「【添付：仕様書.txt】」 / 「仕様書」 —
        # a portal's description with its papers' text after it, the specification one of them)
        title = next((i for i, line in enumerate(head) if SPECIFICATION_TITLE.match(L.unspaced(line))), 0)
        if any(self.read_dates(line) for line in head[:title]):
            return None
        for index in range(HEAD_LINES, len(self.lines)):
            line = self.lines[index].strip()
            parts = HEAD_GAP.split(line) if len(line) > ARTICLE_TITLE_MAX and "  " in line else [line]
            if any(len(part) <= ARTICLE_TITLE_MAX and CALL_TITLE.search(part) and APPENDED_TITLE.match(part) for part in parts):
                return index
        return len(self.lines)

    def cancelled(self) -> bool:
        """「【中止】…プロポーザルの中止について」: the whole call is withdrawn, its schedule with it."""
        heading = [line for line in self.lines[:HEAD_LINES] if line.strip()][:4]
        # (a head run onto one line with the text: the title its first words, 「【中止】…の中止について  令和8年…付けで…」)
        heading += [piece for line in heading for piece in run_on_pieces(line)]
        # (a mail's subject, under its 「From:」「To:」「Date:」 lines; a page's title over its 「最終更新日：…」, under its menus)
        heading += [line for line in self.subject_lines if line not in heading]
        heading += [line for line in self.page_titles() if line not in heading]
        ruled, lead = self.ruled_title()
        heading = [line for line in heading if len(line) <= 120]
        # (a ruled title calls the call off in its headline, the call named then the words: 「…の公募を中止します」, not
        # a note boxed under a call's title 「【お知らせ】同時に公告した「…」は、公募を中止しました」)
        headlines = [line for line in ruled if (found := CANCELLED.search(line)) and "、" not in line[: found.start()]]
        if not any(CANCELLED.search(line) for line in heading + headlines) or any(
            CALLED_AGAIN.search(line) for line in heading + ruled
        ):
            return False
        # (the call made again: 「【再度公告】」 over the tale of the one withdrawn, or its sentence 「改めて…を行います」; a
        # ruled title's 「～改めて公募を行います～」 under 「…の公募を中止します」 is the headline of a call to come, the
        # release's lead under it tells whether it is made here: 「…中止しました。次のとおり改めて公募を行います。」)
        told = []
        for line in self.lines[:HEAD_LINES]:
            for title in ruled:
                line = line.replace(title, " ")
            told.append(line)
        told.append(lead)
        return not any(
            ("改めて" in line or "再" in line)
            and any(RENEWED.search(sentence) and not RENEWAL_LATER.search(sentence) for sentence in line[:HEAD_CHARS].split("。"))
            for line in told
        )

    def ruled_title(self) -> tuple[list[str], str]:
        """「――――」 / 「…の公募を中止します」 / 「～…～」 / 「――――」: the lines of a title ruled off in the notice's head
        (under a press release's fields), each no longer than a heading, and the lead under its closing rule (a
        press release's head runs past ``HEAD_LINES``), its first ``HEAD_CHARS`` characters; ([], '') where no two
        rules enclose one."""
        head = "\n".join(self.lines[:HEAD_LINES])[: HEAD_CHARS * 2]
        rules = list(HEAD_RULE.finditer(head))
        titles: list[str] = []
        closed = 0
        for rule, next_rule in zip(rules, rules[1:]):
            block = head[rule.end() : next_rule.start()].strip()
            if block and len(block) <= LONG_HEADING and "。" not in block:
                titles += [line.strip() for line in block.split("\n") if line.strip()]
                closed = next_rule.end()
        if not titles:
            return [], ""
        below = "\n".join(self.lines[: HEAD_LINES * 3])  # (the lead's lines, the head's offsets the same in them)
        return titles, " ".join(below[closed : closed + HEAD_CHARS].split())

    def short_row(self, line_no: int) -> bool:
        """Line ``line_no`` (from 1) may be a row of a schedule: short, no sentence."""
        line = self.lines[line_no - 1] if 0 < line_no <= len(self.lines) else "。"
        return len(line) <= SHORT_ITEM and "。" not in line

    def head_pieces(self) -> list[str]:
        """「桜庭市…の日程変更のお知らせ 令和9年1月26日 桜庭市 教育委員会…」「2026年11月13日  質 問 回 答 書  国立大学…」: a
        notice's head run onto one long line with its date, its issuer and its first sentence (a page copied as one
        line): the pieces of that line's first sentence, cut at runs of spaces and before a date, that may be its
        heading."""
        lines = [line for line in self.lines[:HEAD_LINES] if line.strip()]
        first = lines[0] if lines else ""
        pieces = self.line_pieces(first) if len(first) > ARTICLE_TITLE_MAX else []
        if len(first) <= LONG_HEADING:  # (a title with its page's number or date after it: it ends with the change)
            pieces = [piece for piece in pieces if piece != first.strip() and changed_heading(piece)]
        # 「国立大学法人…大学 調達情報」 over 「【日程変更】…の日程変更のお知らせ  公開日：2026/10/07」: a later line of the head
        # run into the words after it, a heading that ends with the change
        for line in lines[1:]:
            if len(line) > ARTICLE_TITLE_MAX:
                pieces += [piece for piece in self.line_pieces(line) if piece != line.strip() and changed_heading(piece)]
        return pieces

    def line_pieces(self, line: str) -> list[str]:
        """The pieces of a head line's first sentence cut at runs of spaces and before a date (``head_parts``), each a
        heading's length at most: a piece the paper's own date opens read after it, to the next date, and without the
        issuer's name after its words (「令和8年10月16日 …公募型プロポーザル 質問回答書 萩ノ原市こども未来部こども政策課」)."""
        pieces = []
        for piece in head_parts(line[:HEAD_CHARS].split("。", 1)[0]):
            found = self.read_dates(piece)
            if found and not piece[: found[0].start].strip() and found[0].explicit_year and found[0].day:
                rest = piece[found[0].end : found[1].start] if len(found) > 1 else piece[found[0].end :]
                piece = without_issuer(rest.lstrip(" )"))  # (the date and its weekday's bracket, the next date)
            else:
                piece = piece[: found[0].start] if found else piece
            piece = piece.strip()
            if piece and len(piece) <= LONG_HEADING:
                pieces.append(piece)
        return pieces

    def page_titles(self) -> list[str]:
        """「入札の中止について（…）」 over 「最終更新日：2025年11月21日」: the line over a web page's own date among the
        notice's first lines, its title (menus and a breadcrumb above it). The page's own date is the first such line:
        a later one dates a related page's link under it (「関連情報」 / 「入札の中止について（…）」 / 「更新日：…」), no title
        of this page."""
        for index, line in enumerate(self.lines[1:HEAD_LINES], 1):
            if PAGE_DATE_LINE.match(line):
                above = next((text for text in reversed(self.lines[:index]) if text.strip()), "")
                return [above] if above else []
        return []

    @functools.cached_property
    def corrected_call_day(self) -> dt.date | None:
        """「令和9年1月15日付け…公告第21号で公告した「…」に係る一般競争入札について、次のとおり訂正する」: the day the
        call a correction (or a change of its schedule) amends was published, written in the correction's head; None
        for any other text (a call published again after it failed, or called off, is a new call)."""
        if not self.changes:
            return None
        head = "".join(self.lines[: HEAD_LINES * 2])[: HEAD_CHARS * 2]
        # (a page that gives the call's summary, then its corrections each with its own head: the first of them)
        below = next((line for line in self.lines if "付" in line and "訂正" in line and len(line) <= LONG_LINE), "")
        for text in (head, below):
            if "付" not in text:
                continue
            for sentence in text.split("。"):
                published = CALL_PUBLISHED_ON.search(sentence)
                if published and CORRECTION_WORDS.search(sentence) and not NEW_CALL_WORDS.search(sentence):
                    mentions = [m for m in self.read_dates(sentence[: published.start() + 1]) if m.explicit_year]
                    return mentions[-1].date() if mentions else None
        return None

    def change_notice(self, candidates: list[Candidate], changed: set[int]) -> bool:
        """A notice that changes a call published before (a correction, a change or extension of its schedule, a
        質問回答書 that moves a date, an English amendment): by its head citing the call's day, or by its heading. A call
        made again or added to (再公告, 追加募集) is a call."""
        amends = self.amends = (
            ("改" in self.text[: HEAD_CHARS * 4] and any(AMENDS_NOTICE.search(line) for line in self.lines[:HEAD_LINES]))
            or self.gazette_amending is not None  # (「公　告」 / 「…公告第187号（…）の一部を次のように訂正する。」)
        ) and any(found for _, found in self.amending_clauses())
        if (
            not self.changes
            and not amends
            # (the head measured by its words: 「CORRIGENDUM No. 1」 under a letterhead whose reference and date are set
            # right with runs of spaces)
            and not EN_CHANGE_HEAD.search(SPACES_RUN.sub(" ", self.text[: HEAD_CHARS * 2])[:HEAD_CHARS])
            # (「CORRIGENDUM No. 1」 centred on a line of its own under a portal's path, its file's line and a letterhead)
            and not any(EN_CHANGE_TITLE_LINE.match(line) for line in self.lines[:HEAD_LINES])
            and not any(EN_CHANGE_HEAD.search(line) for line in self.subject_lines)  # (a letter's, below its address)
            and not self.en_change_subject
        ):
            return False  # (no change spoken of: no corrected call's day, no heading of a change counts)
        head = head_blocks(self.lines[:HEAD_LINES])
        heading = [line for line in head if line.strip() and len(line) <= ARTICLE_TITLE_MAX]
        heading += self.head_pieces()
        heading = [line for line in heading if not key_legend(line)]
        if self.post_of_change:  # 「【日程変更】…の日程変更について」: the title of a page's one post of a change
            starts, part = self.post_of_change
            heading.append(self.lines[starts[part - 1] + 1])
        head += self.own_subject  # (「Subject: 【七森町】…募集　日程変更のお知らせ（…ほか）」: the mail's own subject)
        heading += self.record_kind_changes  # (「更新種別：変更公告」 in a system mail's record, below its own head)
        if any(NEW_CALL_TITLE.search(line) and not self.row_or_path(line) for line in heading) and not any(
            CHANGE_NOTICE_KIND.search(line) for line in heading
        ):  # (「調達情報(入札公告)」 over 「公告種別<TAB>変更公告」: a portal's category of the notice, a change of a call)
            return False
        if self.updated_in_place(head, candidates) or self.call_page_edited:
            return False
        if self.corrected_call_day is not None:
            return True
        # (by its heading alone: one that shows a step's old and new day, or moves one)
        return bool(
            (
                amends
                or any(CHANGE_TITLE.search(L.unspaced(line)) for line in heading)  # (「質 問 回 答 書」)
                or bool(self.event_called_off)
                or any(CHANGE_TITLE.search(part) for part in self.own_subject)  # (a mail's own subject, however long:
                # 「…説明会の開催日変更について / [Rescheduled] Briefing Session: …」)
                or self.en_change_subject
                or self.answer_sheet  # (「質問に対する回答」 under the call's name)
                or any(changed_heading(line) for line in head)
                # (a mail's subject fields, each cut at the next field: a forward's 「件名: FW: 【提出期限延長】…の変更に
                # ついて」 read alike where the mail was run onto one line, its subject's words left on a long line)
                or any(changed_heading(words) for words in self.subject_words)
                or (
                    bool(self.own_subject)
                    and any(CHANGE_TAG.match(SUBJECT_LINE.sub("", line)) for line in self.subject_lines[:1])
                )
            )
            and (
                amends
                or changed
                or self.superseded
                or any(c.changed_to for c in candidates)
                or any(UNCHANGED_ROW.search(self.lines[c.line_no - 1][-24:]) for c in candidates)
                or any(self.long_item_unchanged(c) for c in candidates)  # (「…5月27日(水)午後5時 ※変更なし (2)…」)
                or any(self.marked_unchanged(c, set(), dashes=False) for c in candidates)
                or any(self.keyed_old(c) for c in candidates)  # (「（変更前）12月4日」 in the cell of an answer)
                or any(self.keyed_new(c.line_no) for c in candidates)  # (「（延長後）5月24日（月）正午まで」)
                or any(self.row_marked(c.line_no) for c in candidates if self.short_row(c.line_no))
                or any(c.line_no in self.unchanged_lists() and c.line_no in self._said_unchanged for c in candidates)
                # (「※ 議案の提出（令和9年9月定例会）及び基本協定の」 / 「締結（令和9年10月予定）の時期に変更はありません。」
                # under a 新旧対照表: a note that a step it names stands)
                # (not a 質問回答書's 「…当初のとおり10月25日です」: a sheet that moves no day is no change notice)
                or (not self.answer_sheet and "。" in self.text and any(self.unchanged_sentence(c) for c in candidates))
            )  # (「④★参加表明書の提出期限」 over its old value in brackets: a restated schedule's changed row)
        )

    def cited_in_brackets(self, candidate: Candidate) -> bool:
        """「参加資格確認結果の通知（令和8年12月3日（木）予定）にあわせて」: the step's day alone in brackets right after its
        name, the sentence going on about something else (no 「…に変更」, no 「…を開催します」 of the step)."""
        line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else ""
        if "(" not in line or len(line) > LONG_LINE:
            return False
        for m in self.read_dates(line):
            if (m.month, m.day) != (candidate.mention.month, candidate.mention.day) or m.start < 2:
                continue
            closed = BRACKET_CITED_END.match(line, m.end)
            if line[: m.start].rstrip().endswith("(") and closed and L.kind_of(L.clean_label(line[: m.start].rstrip()[:-1])):
                rest = line[closed.end() :].split("。", 1)[0]
                return not CITED_STEP_MOVED.match(rest)
        return False

    def done_in_brackets(self, candidate: Candidate) -> bool:
        """「このメールは参加意思確認書（2027年1月8日締切）を提出された事業者の皆様に送信しています。」: the step's day in
        brackets right after its name, the step the object of a verb in the past (「を提出された」「を提出した」「を提出済み
        の」): a step the change notice names as done, no step to come."""
        line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else ""
        if "(" not in line or "を" not in line or len(line) > LONG_LINE:
            return False
        for m in self.read_dates(line):
            if (m.month, m.day) != (candidate.mention.month, candidate.mention.day) or m.start < 2:
                continue
            if line[: m.start].rstrip()[-1:] != "(":
                continue
            closed = BRACKET_DONE_END.match(line, m.end)
            if not closed or not STEP_DONE_VERB.match(line, closed.end()):
                continue
            name = line[max(0, m.start - BRACKET_NAME_REACH) : m.start].rstrip()[:-1]
            if L.kind_of(L.clean_label(name)):
                return True
        return False

    @functools.cached_property
    def event_called_off(self) -> str:
        """「…募集説明会の中止について」 in the notice's head: the event it calls off (「説明会」), or ""."""
        for line in head_blocks(self.lines[:HEAD_LINES]):
            if len(line) <= LONG_HEADING and "。" not in line and ("中止" in line or "取" in line):
                found = EVENT_CALLED_OFF_TITLE.search(L.unspaced(line))
                if found:
                    return found["event"]
        return ""

    def updated_in_place(self, head: list[str], candidates: list[Candidate]) -> bool:
        """A call's own page updated in place: its title names the call (「…公募型プロポーザルの実施について」, no change in
        it), the heading of the change stands under it (「【重要】スケジュールの変更について（2026年7月8日）」, a box of the
        page's news) and the page's schedule marks the rows the change moved (「・企画提案書提出期限：…17:00【変更】」)
        among rows it leaves as they are: the call as it now stands, its whole schedule (INDEX.md)."""
        title_seen = False
        for line in head:
            stripped = line.strip()
            if not stripped:
                continue
            if changed_heading(line) or CHANGE_TITLE.search(L.unspaced(line)):
                if ANSWER_SHEET_TITLE.search(L.unspaced(line)):
                    return False  # (「質問回答書」 under the call's name: a separate notice)
                break
            if (
                len(stripped) <= LONG_HEADING
                and CALL_PAGE_TITLE.search(stripped)
                and not CALL_PAGE_NOT.search(stripped)
                and not self.row_or_path(stripped)
                and not self.read_dates(stripped)
            ):
                title_seen = True
        else:
            return False  # (no heading of a change in the head)
        if not title_seen:
            return False
        marked = {c.line_no for c in candidates if CHANGE_ROW_MARK.search(self.lines[c.line_no - 1])}
        return bool(marked) and any(c.line_no not in marked and c.line_no > HEAD_LINES for c in candidates)

    @functools.cached_property
    def call_page_edited(self) -> bool:
        """The head's title names the call itself and ends with the tag of an edit (``CALL_PAGE_EDIT_TAG``): the call's
        own page updated in place, whose schedule (a 「当初 | 変更後」 table among it) is the call's as it now stands. The
        title is the words before the tag back to a space or a path's 「>」 (a head run onto one line, the page's path
        and title on it)."""
        for line in head_blocks(self.lines[:HEAD_LINES]):
            if "】" not in line:
                continue
            for tag in CALL_PAGE_EDIT_TAG.finditer(line):
                name = TITLE_BEFORE_TAG.search(line, max(0, tag.start() - LONG_HEADING), tag.start())
                if name and CALL_PAGE_NAME.search(name.group()) and not CALL_PAGE_NOT.search(name.group()):
                    return True
        return False

    def row_or_path(self, line: str) -> bool:
        """A short line of the head that is no title: a row of a table, its cells apart by tabs and a date among them
        (「公募開始（実施要領等の公表）<TAB>令和7年8月1日（金曜日）<TAB>終了」), or a page's path from its site's top
        (「ホーム > 事業者向け情報 > 入札・契約 > 入札公告（業務委託） >」): a text run onto one line brings them into its
        head, where the step or the category they name (公募開始, 入札公告) names no call made again."""
        if "\t" in line and self.read_dates(line):
            return True
        step = NEW_CALL_TITLE.search(line)
        if step and STEP_ROW_OPENING.fullmatch(line[: step.start()]):  # 「公募開始　令和8年8月20日（木）」: a row of the
            # schedule a short change notice restates high in its text, the step's name then its date
            found = self.read_dates(line)
            if found and STEP_ROW_GAP.fullmatch(line[step.end() : found[0].start]):
                return True
        return line.count(">") >= 2 and BREADCRUMB.search(line) is not None

    @functools.cached_property
    def en_change_subject(self) -> bool:
        """「Subject: RE: [Kotonami Pref.] Call for Proposals - … - DEADLINE EXTENDED」: a mail's subject, its own, a
        reply's or a forward's, that names the change of the call's schedule it tells (the issuer's reply above the call
        it sent before)."""
        return any(EN_CHANGE_SUBJECT.search(line) for line in self.subject_lines[:1])

    @functools.cached_property
    def record_kind_changes(self) -> list[str]:
        """「更新種別：変更公告」: the kind fields of a bidding system's records (a mail of the records it updated) where
        one names a change of a call and none a call itself (「公告種別：入札公告」): the kinds, each a heading of the
        change however far below the mail's head its record stands (a record called off, 「入札中止」, is neither)."""
        changes, calls = [], False
        for line in self.lines if "種別" in self.text else ():
            if "種別" not in line:
                continue
            for found in RECORD_KIND_FIELD.finditer(line):
                kind = found["kind"]
                if RECORD_KIND_CHANGE.match(kind):
                    changes.append("公告種別:" + kind)
                elif RECORD_KIND_CALL.search(kind):
                    calls = True
        return [] if calls else changes

    @functools.cached_property
    def subject_lines(self) -> list[str]:
        """The head's subject fields (「Subject: 【重要】「…」公募型プロポーザルの中止について」), each whole: a field with no
        words but a reply's or forward's mark (「Subject:」 / 「【重要】「…」…の中止について  参加申込事業者 各位 …」: a mail
        wrapped, or run onto one line and cut again) joined with the words on its next line, up to the next field; a
        letter's subject wrapped onto a line indented under its value (「Subject: RFP No. 26-019 - Consulting Services」 /
        「         CLARIFICATION No. 2 (including Amendment …)」) joined with it."""
        fields = []
        for index, line in enumerate(self.lines[:HEAD_LINES]):
            field = SUBJECT_LINE.match(line)
            if field:
                below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
                if not PASSED_ON_SUBJECTS.sub("", line[field.end() :]).strip() and below:
                    line = line.rstrip() + " " + MAIL_FIELD_AFTER.split(below.strip(), 1)[0]
                elif below.strip() and indent(below) > indent(line) + 1 and not MAIL_HEADER.match(below):
                    line = line.rstrip() + " " + below.strip()
                elif below.lstrip()[:2] == "- " and self.origin and index + 1 < len(self.origin):
                    if self.origin[index + 1] == self.origin[index]:  # 「Subject: RE: … Call for Proposals」 / 「- … -
                        # DEADLINE EXTENDED Attachments: …」: a subject run onto one line, cut again at its dash
                        line = line.rstrip() + " " + MAIL_FIELD_AFTER.split(below.strip(), 1)[0]
                fields.append(line)
        return fields

    @functools.cached_property
    def subject_words(self) -> list[str]:
        """The words of each subject field of the head (``subject_lines``), its field name left out and cut at the
        field after it (「件名: FW: 【提出期限延長】…の変更について 添付ファイル: …」 → 「FW: 【提出期限延長】…について」)."""
        return [
            MAIL_FIELD_AFTER.split(line[field.end() :].strip(), 1)[0].strip()
            for line in self.subject_lines
            if (field := SUBJECT_LINE.match(line))
        ]

    @functools.cached_property  # (asked when the change notice is told and again when its quoted mail is dropped)
    def own_subject(self) -> list[str]:
        """「Subject: 【七森町】…指定管理者募集　日程変更のお知らせ（第2回現地見学会の実施ほか）」 at the head of a mail its
        issuer sent (no reply, no forward): the subject's words without its field name, the tags in 【】 before them and
        the brackets after them, the heading of the notice the mail is."""
        for line in self.subject_lines[:1]:  # (the first field, its words on the next line joined to it)
            value = line[SUBJECT_LINE.match(line).end() :]
            if PASSED_ON_SUBJECT.match(value):
                return []  # (「Subject: FW: …」「件名: RE: …」: a mail forwarded or answered, no notice of the sender's)
            return [MAIL_SUBJECT_TAGS.sub("", MAIL_FIELD_AFTER.split(value.strip(), 1)[0].strip())]
        return []

    def keyed_new(self, line_no: int) -> bool:
        """Line ``line_no`` (from 1) opens with the key of a step's new value before its date (「（延長後）5月24日…」)."""
        return 0 < line_no <= len(self.lines) and NEW_VERSION_LEAD.match(self.lines[line_no - 1]) is not None

    def earlier_mail_at(self) -> int:
        """The line (from 1) where a mail begins to quote an earlier one whole: its 「-----Original Message-----」 mark or
        the quoted header 「> From: …」; past the text's last line when it has neither."""
        for index, line in enumerate(self.original):
            if ("--" in line and FORWARD_MARK.match(self.lines[index])) or (line[:1] == ">" and QUOTED_SENDER.match(line)):
                return index + 1
        return len(self.original) + 1

    def quoted(self, line_no: int) -> bool:
        """Line ``line_no`` (from 1) is quoted from an earlier mail (「> 募集の今後の日程は次のとおりです。」)."""
        return 0 < line_no <= len(self.original) and self.original[line_no - 1].lstrip(" \u3000")[:1] in (">", "＞")

    def unchanged_lists(self) -> set[int]:
        """「■ 変更のない事項」「【ご参考】訂正のない日程（実施要領のとおり）」 (a heading with no number, so no outline item),
        「…他の日程の変更はありません。…以下のとおりです（再掲）。」 (the words over a list): the lines (from 1) of the items
        listed under them, down to a blank line, a rule, another heading or a line no deeper than the words."""
        if self._unchanged_lists is None:
            self._unchanged_lists, self._said_unchanged = set(), set()
            for index, line in enumerate(self.lines):
                stripped = line.strip()
                if stripped and len(stripped) <= SHORT_ITEM and ("hange" in line or "HANGE" in line):
                    if EN_UNCHANGED_LEAD.search(stripped) and not self.read_dates(line):
                        self._unchanged_lists |= self.list_below(index)  # 「4. The following remain UNCHANGED:」
                        continue
                if not stripped or len(stripped) > SHORT_ITEM or not any(word in line for word in UNCHANGED_LEAD_WORDS):
                    continue
                heading = len(stripped) <= COLUMN_MAX * 2 and "。" not in stripped and UNCHANGED_HEADING.search(stripped)
                lead = UNCHANGED_MARK.search(stripped) and (
                    RESTATED_LIST_LEAD.search(stripped) or UNCHANGED_LIST_SENTENCE.search(stripped)
                )
                if (heading or lead) and not self.read_dates(line):
                    items = self.list_below(index)
                    self._unchanged_lists |= items
                    if CORRECTION_WORDS.search(stripped):  # (not 「３　今後の日程（再掲）」 alone: no change told)
                        self._said_unchanged |= items
        return self._unchanged_lists

    def coming_steps_lines(self) -> set[int]:
        """The lines (from 1) of the items listed under a heading of the steps to come (``COMING_STEPS_HEADING``)."""
        lines: set[int] = set()
        for index, line in enumerate(self.lines):
            if len(line) <= COLUMN_MAX and ("今後" in line or "その後" in line or "以降" in line):
                if COMING_STEPS_HEADING.match(line) and not self.read_dates(line):
                    lines |= self.list_below(index)
        return lines

    def old_schedule_lines(self, english_only: bool = False) -> set[int]:
        """The lines (from 1) under a heading of the schedule as it stood before the change (「４　当初の日程」
        「（公告時の日程）」), down to the first blank line past its items: the old dates a change notice quotes
        (``english_only``: under an English lead-in alone, 「the original schedule was:」, which says so itself)."""
        lines: set[int] = set()
        for index, line in enumerate(self.lines):
            if english_only and ":" not in line:
                continue
            # (「…次のとおりでした(参考として掲げます)。   (公告時の日程)」: the heading run onto the end of the line above
            # it, after the spaces its line break became)
            heading = line if len(line) <= COLUMN_MAX else line.rstrip().rpartition("  ")[2]
            english = ":" in line and EN_OLD_SCHEDULE_LEAD.search(line[-COLUMN_MAX * 2 :]) is not None
            if not english and (
                english_only or len(heading) > COLUMN_MAX or not OLD_SCHEDULE_HEADING.match(heading) or self.read_dates(heading)
            ):
                continue
            at = index + 1
            at += 1 if at < len(self.lines) and not self.lines[at].strip() else 0
            while at < len(self.lines) and at - index <= OLD_SCHEDULE_LINES_MAX and self.lines[at].strip():
                if self.next_heading(heading, self.lines[at]) or (english and EN_NEW_SCHEDULE_LEAD.search(self.lines[at])):
                    break
                lines.add(at + 1)
                at += 1
                if english and at + 1 < len(self.lines) and not self.lines[at].strip():
                    # (a quoted mail's lines, each with its 「>」, where the line breaks were lost: the mark run onto
                    # the end of the line before, a blank line between the pieces)
                    quoted = self.lines[at - 1].rstrip().endswith(">") or self.lines[at + 1].lstrip().startswith(">")
                    at += 1 if quoted else 0
        return lines

    @staticmethod
    def next_heading(heading: str, line: str) -> bool:
        """``line``, under the items of the section ``heading`` opens with no blank line between, opens the next one: a
        schedule's heading (``NEXT_SCHEDULE_HEADING``: the new version's, after the old), or a heading of the same
        outline mark as ``heading``'s (「３　当初の日程」, then 「４　…」) set no deeper."""
        if len(line) <= COLUMN_MAX and NEXT_SCHEDULE_HEADING.match(line):
            return True
        own = OUTLINE_MARK.match(heading)
        mark = OUTLINE_MARK.match(line) if own else None
        return bool(mark and mark.lastgroup == own.lastgroup and indent(line) <= indent(heading))

    def list_below(self, index: int) -> set[int]:
        """The lines (from 1) of the items under the heading or the words on line ``index`` (a blank line between)."""
        depth, items, at = indent(self.lines[index]), set(), index + 1
        # (「【変更のない日程】」 / 「・審査結果の通知　7月上旬」: a heading set off by its mark holds the block below it, its
        # lines no deeper, to the blank line)
        marked = HEADING_MARK.match(self.lines[index]) is not None
        if at < len(self.lines) and (rule := self.lines[at].strip()) and set(rule) <= BLOCK_RULE_CHARS:
            at += 1  # (「■ 変更のない日程（参考）」 / 「━━━━」 / 「・契約締結…」: a heading boxed in rules above and below)
        if at < len(self.lines) and not self.lines[at].strip():
            at += 1  # (「■ 変更のない事項」 / blank / 「　・企画提案書の提出期限…」)
        flat = True  # (「変更のない事項（参考）」 / 「参加申込書の提出期限　9月4日（金）」: a page's rows set no deeper than
        # the heading, each with its date, down to the first line without one)
        while at < len(self.lines):
            line = self.lines[at]
            stripped = line.strip()
            if not stripped or set(stripped) <= BLOCK_RULE_CHARS or HEADING_MARK.match(line):
                break
            if indent(line) <= depth and not marked and not self.inner_item_run_on(index, at):
                # (「・申請書類の受付　8月23日から8月31日まで（土日を除く。持参に限る）」: a row's bracketed aside may hold a
                # sentence of its own)
                unaside = ROW_ASIDE.sub("", stripped) if "。" in stripped else stripped
                flat = flat and len(stripped) <= SHORT_ITEM and "。" not in unaside and bool(self.read_dates(line))
                if not flat:
                    break
            else:
                flat = False
            items.add(at + 1)
            at += 1
        return items

    def inner_item_run_on(self, heading: int, index: int) -> bool:
        """Line ``index`` an item (「(1) 公告 令和9年5月21日(金)」「・業務期間 …」) of the list under the heading on line
        ``heading`` (「1 スケジュール(実施要領 第6 の再掲)」「■ 変更のない事項」), both cut from one long line (a text read
        as one line: no indent kept): its mark a bullet or of an inner style, the heading's of an outer one or none."""
        if not self.origin or index >= len(self.origin) or self.origin[index] != self.origin[heading]:
            return False
        line, above = self.lines[index].lstrip(), self.lines[heading].lstrip()
        if line[:1] in RUN_ON_BULLETS:  # (「・参加申込書の提出期限 5月29日(金)」 under 「■ 変更のない事項」)
            return above[:1] not in RUN_ON_BULLETS
        item = OUTLINE_MARK.match(line)
        if item is None or item.lastgroup not in INNER_STYLES:
            return False
        outer = OUTLINE_MARK.match(above)
        return outer is None or outer.lastgroup not in INNER_STYLES

    @functools.cached_property
    def added_items(self) -> set[int]:
        """「一　公告第四百十二号三の次に次の一項を加える。」「第５項の次に次の１号を加える。」 over the item it adds, set deeper:
        the lines (from 1) of the item a change notice inserts, steps it newly creates (no schedule restated)."""
        added: set[int] = set()
        for index, line in enumerate(self.lines if "加え" in self.text else ()):
            if index + 1 not in added and "加え" in line and len(line) <= SHORT_ITEM and ITEM_ADDED.search(line):
                added |= self.list_below(index)  # (a clause inside an item added is that item's words: not walked again)
        return added

    @functools.cached_property
    def reopened_days(self) -> set[tuple[int, tuple]]:
        """「質問の受付期限（6月8日（火））は既に経過しているが、本訂正に係る事項に限り、6月17日（木）午後5時まで…受け付け
        る」: a step over that a change notice opens again, its new day in the rest of the sentence (a step it newly sets,
        though no clause amends it): each (line, from 1; ``step_day``) of such a new day."""
        found: set[tuple[int, tuple]] = set()
        for number, line in enumerate(self.lines if "既に" in self.text or "すでに" in self.text else (), 1):
            passed = REOPENED_AFTER_PASSED.search(line) if "既に" in line or "すでに" in line else None
            if passed:
                rest = line[passed.end() :].split("。", 1)[0]
                found |= {(number, step_day("", m)) for m in self.read_dates(rest)}
        return found

    def amended_days(self) -> set[tuple] | None:
        """「第５項第２号及び第１０項の表中「令和８年１月３０日（金）午後５時」を「令和８年２月６日（金）午後５時」に改める。」:
        the days (``step_day``) an amending 告示's clauses give as new words, the only days it changes (a
        schedule it quotes after them as amended restates the rest); None where a clause gives a time alone (the day it
        keeps is the step's old one)."""
        days = set()
        for new, found in self.amending_clauses():
            if not found and TIME_ONLY_IN.search(new):
                return None
            days |= {step_day("", m) for m in found}
        return days or None

    def amending_clauses(self) -> list[tuple[str, list]]:
        """Each 「…を…に改める」 clause's new words with the dates read in them, in the text's order (read once, for
        ``change_notice`` and ``amended_days``): the new words of all its pairs, 「…を…に、…を…に改める」 one clause (a
        time its second pair gives is the new day's of its first)."""
        if self._amending_clauses is None:
            self._amending_clauses = []
            for line in self.lines:
                pairs: list[str] = []
                for pair in AMENDING_CLAUSE.finditer(line) if "改め" in line else ():
                    pairs.append(pair["new"])
                    if pair["end"]:
                        words = " ".join(pairs)
                        self._amending_clauses.append((words, [m for new in pairs for m in self.read_dates(new)]))
                        pairs = []
        return self._amending_clauses

    def call_cited(self, candidate: Candidate, cited: dt.date) -> bool:
        """「(令和9年9月27日公告)」 in a change notice of the call published that day: the call named by its day (the
        date, then 「公告」), no publication of the notice's own."""
        if candidate.kind != "published" or candidate.mention.date() != cited or not 0 < candidate.line_no <= len(self.lines):
            return False
        line = self.lines[candidate.line_no - 1]
        return any(
            (m.month, m.day) == (cited.month, cited.day) and CALL_CITED_AFTER.match(line, m.end) for m in self.read_dates(line)
        )

    def restated_unchanged(self, candidate: Candidate, changed: set[int]) -> bool:
        """「質問の提出期限は、9月22日(月)午後5時のとおりとし、変更しない。」「契約締結の予定時期(8月上旬)は変更ありま
        せん」 in a notice that changes a call: a step the change leaves as it was, restated, no milestone of the notice."""
        if candidate.changed_to:
            return False
        line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else ""
        if self.long_item_unchanged(candidate):
            return True  # (a long line's items, changed and not, all on the one line: each item's own mark tells)
        if AS_BEFORE_LEAD.search(candidate.label[-AS_BEFORE_REACH:]):
            return True  # 「なお、契約締結は当初どおり3月上旬を予定しています。」: the step said, right before its day, to stand
        if candidate.line_no in changed:
            return False
        if candidate.line_no in self.unchanged_lists() or candidate.line_no in self.unchanged_lines:
            return True
        told = self.date_told(line, candidate.mention) if len(line) <= LONG_LINE else ""
        if told is line and "。" not in line and "|" not in line and "\t" not in line and UNCHANGED_MARK.search(told):
            told = self.item_told(line, candidate.mention)
        elif told is not line and "|" not in told and "\t" not in told and UNCHANGED_MARK.search(told):
            # (「今後の日程 (1)…5月27日(水)午後5時 ※変更なし (2)…6月12日(金)午後5時 ※変更」: one sentence of items run on)
            told = self.item_told(told, candidate.mention)
        if UNCHANGED_MARK.search(told) and not CHANGED_ROW.search(told):
            return True  # (「変更後：9月10日(木)午前10時(集合場所の変更はありません)」: a changed step, something else as it was)
        if self.unchanged_below(candidate, line):
            return True
        if (len(line) <= SHORT_ITEM or ("|" in line and len(line) <= LONG_LINE)) and self.unchanged_sentence(candidate):
            return True  # (a sentence of its own line, or of a table's cell: 「| … | …当初の予定どおり12月17日に実施します。 |」)
        if candidate.label.endswith("である") and "。" in line and not CHANGED_ROW.search(line[:LONG_LINE]):
            return True  # 「参加申込書の提出期限である令和10年1月28日（金）午後5時以降の…は認めません。」: the step referred to
        if self.start_as_before(candidate):
            return True
        if candidate.kind == "published" and candidate.mention.explicit_year and OWN_DAY_LABEL.search(candidate.label):
            if candidate.mention.date() in self.signature_days:  # 「公告日 令和8年6月22日」 over its signatory
                return True  # (「Date of Issue: August 24, 2026」): the change notice's own day, no call's publication
        if self.en_own_day(candidate):
            return True  # 「Date of Issue: August 24, 2026」「Date of this notice: May 28, 2025」 in an English change
            # notice's head: its own day (the call's publication is no step of the change)
        if candidate.mention.english and self.en_remains(candidate, line):
            return True
        # 「| 質問の受付期限 | 5月1日(金)午後5時 | 5月1日(金)午後5時 |」: a row of a table of old and new that reads the same
        return len(line) <= LONG_LINE and same_both_sides(self.read_dates(line))

    def long_item_unchanged(self, candidate: Candidate) -> bool:
        """``item_marked_unchanged`` of the candidate on its line, where that line is a long one."""
        line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else ""
        return len(line) > SHORT_ITEM and self.item_marked_unchanged(candidate, line)

    def item_marked_unchanged(self, candidate: Candidate, line: str) -> bool:
        """「… ・参加申込書の提出期限 5月27日(水)午後5時(変更なし) ・…」: on a long line (items run together), the mark
        right after the candidate's day where the line gives it, and after no other place it gives that day a mark
        of a change (「6月12日(金)に変更します … 6月12日(金)(変更後)」); the marks of a line's days read once."""
        marks = self._after_marks.get(candidate.line_no)
        if marks is None and not any(word in line for word in UNCHANGED_WORDS):
            self._after_marks[candidate.line_no] = {}  # (no mark on the line: looked for once, not again per day on it)
            return False
        if marks is None:
            marks = {}
            spans = []  # 「その他の日程は変更ありません。 ・参加申込書の提出期限 5月27日 … ・審査結果の通知 6月下旬  」: the list
            # a sentence says stands, run on after it to the next sentence's end, blank line or heading
            if "の" in line and ("ありません" in line or "ない" in line or "なし" in line):
                for lead in UNCHANGED_LIST_RUN.finditer(line):
                    stop = UNCHANGED_LIST_STOP.search(line, lead.end())
                    spans.append((lead.end(), stop.start() if stop else len(line)))
            for mention in self.read_dates(line):
                rest = line[mention.end : mention.end + 40]
                listed = any(start <= mention.start < end for start, end in spans)
                state = (
                    "moved" if ITEM_CHANGED_AFTER.match(rest) else "same" if ITEM_UNCHANGED_AFTER.match(rest) or listed else ""
                )
                marks.setdefault((mention.month, mention.day), set()).add(state)
            self._after_marks[candidate.line_no] = marks
        states = marks.get((candidate.mention.month, candidate.mention.day), set())
        return "same" in states and "moved" not in states

    def unchanged_below(self, candidate: Candidate, line: str) -> bool:
        """「- Opening of tenders:」 / 「10:00 on Tuesday, 9 November 2027, Meeting Room 1, Main Building」 / 「(no change)」:
        the mark that the step stands, alone in its brackets on the line under the item's last date (its wrap)."""
        below = self.lines[candidate.line_no] if candidate.line_no < len(self.lines) else ""
        if not below.strip() or len(below) > COLUMN_MAX * 2 or not UNCHANGED_ALONE.fullmatch(below.strip()):
            return False
        found = self.read_dates(line) if len(line) <= SHORT_ITEM else []
        return bool(found) and (found[-1].month, found[-1].day) == (candidate.mention.month, candidate.mention.day)

    def en_remains(self, candidate: Candidate, line: str) -> bool:
        """「(b) the planned contract signing date remains late August 2026;」「The deadline for … (Item 3) remains」 /
        「5:00 p.m. (JST), Friday, 5 February 2027, …」: the date of ``line`` (its candidate's) right after 「remains」
        (``EN_REMAINS_BEFORE``), on its line or at the end of the line above where the date opens its own."""
        if len(line) > LONG_LINE:
            return False
        at = next(
            (m.start for m in self.read_dates(line) if (m.month, m.day) == (candidate.mention.month, candidate.mention.day)),
            None,
        )
        if at is None:
            return False
        head = line[:at]
        if not head.strip() and candidate.line_no >= 2:  # (the sentence wrapped before the date)
            head = self.lines[candidate.line_no - 2]
        return "remain" in head[-EN_REMAINS_REACH:] and EN_REMAINS_BEFORE.search(head[-EN_REMAINS_REACH:]) is not None

    def posted_day(self) -> dt.date | None:
        """「掲載日：令和8年9月14日」 in the head of a notice telling of a change: the day it was put up, its year
        written."""
        for line in self.lines[:HEAD_LINES]:
            field = POSTED_DAY_FIELD.search(line) if "掲載日" in line else None
            if field:
                found = [m for m in self.read_dates(line[field.end() :]) if m.explicit_year and m.date()]
                if found:
                    return found[0].date()
        return None

    @functools.cached_property
    def postponed(self) -> list[tuple[int, str, str, list[Mention]]]:
        """The steps a 延期 puts off with no new date yet (「(2) プレゼンテーション審査」 / 「当初：2月5日(金)」 / 「変更後：追って
        お知らせします」, 「審査結果の通知 2月中旬 → 未定」): each the line (from 1) that puts it off, the step's kind, its
        name and the old value's dates, which no longer hold (the step is told, its day to come)."""
        found = []
        for index, line in enumerate(self.lines):
            if len(line) > SHORT_ITEM or not any(word in line for word in TO_BE_TOLD_HINTS):
                continue
            if NEW_VALUE_TO_BE_TOLD.match(line) and not self.read_dates(line):
                step = self.corrected_step(index)  # (the step named above its old value, the version marks passed over)
                olds: list[Mention] = []
                for above in reversed(self.lines[max(0, index - POSTPONED_REACH) : index]):
                    dated = self.read_dates(above)
                    before = above[: dated[0].start] if dated else ""
                    if dated and (SUPERSEDED.search(before) or EARLIER_MARK.match(before.strip(" :")) or EARLIER.search(before)):
                        olds = list(dated)  # 「当初：2月5日(金)」「変更前：2月中旬」: the value put off
                        break
            else:
                dated = self.read_dates(line) if ARROW_MARK.search(line) else []
                if not dated or not ARROW_TO_BE_TOLD.match(line, dated[-1].end):
                    continue  # (「2月5日(金) → 追ってお知らせします」: the old value, then an arrow to no date)
                olds = list(dated)
                named = L.clean_label(SUPERSEDED.sub("", EARLIER_WORD.sub("", line[: dated[0].start])))
                step = named if named and L.kind_of(named) else self.corrected_step(index)
            kind = L.kind_of(step) if step else None
            if kind:
                found.append((index + 1, kind, step, olds))
        return found

    def noted_unchanged(self) -> list[tuple[int, str]]:
        """Each short line that says one step is unchanged (STEP_UNCHANGED_NOTE): its number (from 1) and the kind of
        the step it names."""
        found = []
        for number, line in enumerate(self.lines, 1):
            if "変更" in line and len(line) <= SHORT_ITEM:
                note = STEP_UNCHANGED_NOTE.match(line)
                if not note or not DAY_SUBJECT.search(note["step"]) or NOT_WHOLE_DAY.search(line):
                    continue  # (「開札場所…に変更はありません」: a venue; 「提出期限の日付に変更はありません。時刻のみを変更」)
                if len(NOTE_DAY_WORDS.sub("", note["step"])) < 2 or NOTE_BUT.search(note["step"]):
                    continue  # (「…及び質問の／受付期限に変更はありません。」: a wrapped sentence's tail names no step)
                kind = L.kind_of(L.clean_label(note["step"]))
                if kind is not None:
                    found.append((number, kind))
        return found

    def noted_row(self, candidate: Candidate, noted: dict[str, list[int]], changed: set[int]) -> bool:
        """A schedule's row of a step of the kind a note below it (at most NOTE_REACH lines) says is unchanged, itself
        no changed row; or the note's own date. noted: the lines of such notes (ascending) by the kind they name."""
        numbers = noted.get(candidate.kind)
        if not numbers or candidate.changed_to or candidate.line_no in changed:
            return False
        if not 0 < candidate.line_no <= len(self.lines):
            return False
        after = bisect.bisect_left(numbers, candidate.line_no)  # (the first such note on the row's line or below)
        if after < len(numbers) and numbers[after] == candidate.line_no:
            return True  # (the note's own day: 「…の提出期限（2月13日）に変更はありません。」)
        line = self.lines[candidate.line_no - 1]
        if len(line) > SHORT_ITEM or "。" in line or CHANGE_ROW_MARK.search(line) or CHANGED_ROW.search(line):
            return False
        return after < len(numbers) and numbers[after] - candidate.line_no <= NOTE_REACH

    def en_own_day_written(self) -> dt.date | None:
        """「Date of this Amendment: 14 January 2027」 in an English change notice's head, or a letter's 「Date: 22 December
        2026」 over its 「Subject:」: the day it gives."""
        head = self.lines[:HEAD_LINES]
        mail = any(SENDER_FIELD.match(line) for line in head)  # (a mail's day sent: no letter's own)
        for index, line in enumerate(head):
            letter = not mail and EN_LETTER_DATE.match(line) and any(SUBJECT_LINE.match(below) for below in head[index + 1 :])
            if "ate" in line and (EN_OWN_DAY_LINE.match(line) or letter):
                found = [m for m in self.read_dates(line) if m.explicit_year and m.date()]
                if found:
                    return found[0].date()
        if mail:
            return None
        # 「8 June 2027」 alone on its line under a letterhead, over 「AMENDMENT No. 2」: the letter's own date, unkeyed
        for index, line in enumerate(head):
            if line.isascii() and EN_LETTER_DAY_ALONE.fullmatch(line.strip()):
                found = self.read_dates(line)
                below = head[index + 1 : index + 1 + EN_LETTER_DAY_REACH]
                if len(found) == 1 and found[0].explicit_year and found[0].date() and found[0].time is None:
                    if any(EN_CHANGE_TITLE_LINE.match(text) for text in below):
                        return found[0].date()
        return None

    @staticmethod
    def published_before(candidate: Candidate, own_day: dt.date, changed: set[int]) -> bool:
        """A publication with its year written, before the day of the change notice it stands in, and no changed step
        (not a window's start: 「交付期間　令和８年10月26日（月）から令和８年12月１日（火）まで　【修正】」, the papers'
        window the change moves, its start the call's publication still)."""
        day = candidate.mention.date()
        if candidate.kind != "published" or candidate.window or candidate.changed_to or candidate.line_no in changed:
            return False
        return day is not None and candidate.mention.explicit_year and day < own_day

    def titled_own_day(self, candidate: Candidate, first_day: dt.date) -> bool:
        """「…の日程変更のお知らせ 令和9年1月26日 …」「…の延期について（お知らせ） 令和7年8月1日に…」 opening a change
        notice run onto one line: its first full date, without a time, right after the notice's own title, the notice's
        day (not 「… 1 入札書の提出期限の変更のお知らせ 令和9年6月23日午後5時まで 2 開札日の変更のお知らせ 令和9年6月24日」:
        its items' new dates, so headed)."""
        if candidate.mention.time is not None or candidate.mention.date() != first_day:
            return False
        if candidate.line_no > HEAD_LINES or not SCHEDULE_CHANGE_TITLE.search(candidate.label):
            return False
        first = next((index for index, line in enumerate(self.lines[:HEAD_LINES], 1) if line and not line.isspace()), 0)
        title = L.clean_label(nfkc(candidate.label))  # (the title opens the text)
        return candidate.line_no == first and L.clean_label(self.lines[first - 1][:HEAD_CHARS]).startswith(title)

    @functools.cached_property
    def answer_sheet(self) -> bool:
        """The heading names the text a sheet answering a call's questions (``answer_sheet_heading``)."""
        head = head_blocks(self.lines[:HEAD_LINES])
        return any(answer_sheet_heading(lines, at) for lines in (head, self.head_pieces()) for at in range(len(lines)))

    @functools.cached_property
    def dated_head(self) -> dt.date | None:
        """「令和9年11月5日」 alone on a line of the head (a letter's, a sheet's, a notice's date): the document's own day."""
        return next((day for line in head_blocks(self.lines[:HEAD_LINES]) if (day := sheet_dating(line))), None)

    def answer_sheet_day(self) -> dt.date | None:
        """「質 問 回 答 書」 over 「回答日：令和10年1月21日（金）」 or 「…に関する質問回答書」 over 「令和8年9月30日」: the day of a
        sheet answering a call's questions, by its heading: the date a line of its head opens with, alone there or
        keyed 「回答日」 (not 「令和7年6月20日付けで公告した標記…」, the call's day it cites); else the day a line keyed
        「回答日」 gives below (a box printed beside the heading, read after the body)."""
        if not self.answer_sheet:
            return None
        head = head_blocks(self.lines[:HEAD_LINES])
        # (「…質問回答書<TAB>…<TAB>令和8年10月9日<TAB>…課」: a sheet's head row, its title cell and its date cell on one line)
        head = [cell for line in head for cell in (sheet_head_cells(line) or [line])]
        dated = (sheet_dating(line) for line in head)
        keyed = (sheet_dating(line) for line in self.lines[HEAD_LINES:] if "回答日" in line and ANSWER_DAY_KEY.match(line))
        return next((day for day in dated if day), None) or next((day for day in keyed if day), None)

    @staticmethod
    def answered_by_sheet(candidate: Candidate, sheet_day: dt.date, changed: set[int]) -> bool:
        """A question or answer step of a 質問回答書 that moves the call's dates, on or before the sheet's own day
        (``sheet_day``) and changed by none of its answers: the window of the questions it answers (「1月14日（金）から
        同月19日（水）までに受け付けた質問について、次のとおり回答します」) and its own answer, both over; a round of
        questions its answers open (「追加の質問を2月9日（火）まで受け付けます」) comes after it."""
        if candidate.kind not in ("question", "answer") or candidate.changed_to or candidate.line_no in changed:
            return False
        mention = candidate.mention
        day = mention.date()
        if day is None and mention.year is None and mention.month and mention.day:
            # 「６月１２日（金）から６月２６日（金）までに受け付けた質問」 under the sheet's 「更新日：２０２６年６月３０日」: its
            # year not yet read, taken as the year nearest the sheet's day (and its weekday's): 「１２月２８日（月）」 under a
            # sheet of 8 January is December's before it, 「追加の質問を１月８日（金）まで」 under one of 25 December the
            # January after it, a step still
            probe = copied(mention)
            resolve_year(probe, sheet_day, None)
            day = probe.date()
        return day is not None and window(mention.precision, day)[1] <= sheet_day

    @staticmethod
    def sheet_own_day(candidate: Candidate, sheet_day: dt.date) -> bool:
        """「質問回答書 令和8年12月11日」 in a text whose head names the answer sheet: the sheet named on its own (first)
        day, no answer step."""
        if candidate.kind != "answer" or candidate.mention.date() != sheet_day:
            return False
        # (「…公募型プロポーザルに係る質問への回答 令和8年5月29日 …」: the sheet's heading in other words, in its head)
        return candidate.label.endswith("回答書") or (
            candidate.line_no <= HEAD_LINES and ANSWER_SHEET_TITLE.search(L.clean_label(candidate.label)) is not None
        )

    def en_own_day(self, candidate: Candidate) -> bool:
        """「Date of Issue: August 24, 2026」「Date of this notice: May 28, 2025」 in an English notice's head: its own day
        (also the head of the notice a mail forwards, under its 「-----Original Message-----」 and the mail's fields)."""
        return (
            candidate.kind == "published"
            and (0 < candidate.line_no <= HEAD_LINES or self.in_forwarded_head(candidate.line_no))
            and candidate.mention.explicit_year
            and (
                EN_OWN_DAY_LINE.match(self.lines[candidate.line_no - 1]) is not None
                or EN_OWN_DAY_LABEL_END.search(candidate.label) is not None
            )
        )

    def in_forwarded_head(self, line_no: int) -> bool:
        """The line (from 1) stands in the head of the notice a mail forwards: below its 「-----Original Message-----」,
        within the forwarded mail's fields and the notice's banner (``FORWARDED_HEAD_LINES``)."""
        forwarded = self.forwarded_at()
        return forwarded is not None and forwarded < line_no <= forwarded + FORWARDED_HEAD_LINES

    def start_as_before(self, candidate: Candidate) -> bool:
        """「変更前　令和9年9月14日から令和9年10月26日まで」 over 「変更後　令和9年9月14日から令和9年11月9日まで」: the papers'
        window whose end alone the change moves; its start, the publication, stands as it was."""
        index = candidate.line_no - 1
        if candidate.kind != "published" or not candidate.window or not 0 <= index < len(self.lines):
            return False
        day = (candidate.mention.month, candidate.mention.day, candidate.mention.time)
        line = self.lines[index]
        if len(line) <= LONG_LINE and ("から" in line or "~" in line):  # (a cheap test before the dates are read)
            starts = [m for m in self.read_dates(line) if m.range_start and (m.month, m.day, m.time) == day]
            if len(starts) >= 2:  # 「| 交付期間 | 8月20日から9月20日まで | 8月20日から9月27日まで |」, 「…交付期間中「4月24日から
                return True  # 6月9日まで」を「4月24日から6月16日まで」に改める」: the old and new windows side by side, one start
        if not NEW_VERSION_LEAD.match(line) and not NEW_KEYED.match(line):
            return False
        for above in self.lines[max(0, index - 2) : index]:
            found = self.read_dates(above) if SUPERSEDED.search(above[:12]) else []
            if found and found[0].range_start and (found[0].month, found[0].day, found[0].time) == day:
                return True
        return False

    def same_in_both_versions(self, candidate: Candidate) -> bool:
        """「【訂正前】」 / 「(1) 公告…」 / 「令和8年5月11日（月）」 … 「【訂正後】」 / 「(1) 公告…」 / 「令和8年5月11日（月）」: a
        schedule given whole as it stood and as it stands, the item on the same line of both reading the same (its
        label and its date): restated, no change."""
        index = candidate.line_no - 1
        for old, new in self.version_blocks:
            at = index - new
            if not 0 < at < new - old or candidate.changed_to:
                continue
            line = self.lines[index].strip()
            if line and line == self.lines[old + at].strip() and len(line) <= SHORT_ITEM:
                above, above_old = self.lines[index - 1].strip(), self.lines[old + at - 1].strip()
                # (the label on the line above the date, or on the date's own line)
                return above == above_old or (bool(self.read_dates(line)) and bool(L.kind_of(L.clean_label(line))))
        return False

    def marked_unchanged(self, candidate: Candidate, changed: set[int], dashes: bool = True) -> bool:
        """「4\t参加申込書提出期限\t2027/10/8(金) 17:00\t変更なし」「令和9年3月上旬　→　変更なし」 (the new value's cell says
        the step stands), 「●企画提案書の提出期限（変更なし）」 over its date (its label says so): a row of a change that
        restates a step as it was, in a notice of a change (``dashes``: a dash alone in the next cell says so too)."""
        if candidate.changed_to or candidate.line_no in changed or not 0 < candidate.line_no <= len(self.lines):
            return False
        line = self.lines[candidate.line_no - 1]
        if len(line) > SHORT_ITEM or not (
            "|" in line or "\t" in line or any(word in line or word in candidate.label for word in UNCHANGED_WORDS)
        ):
            return False
        if CHANGE_ROW_MARK.search(line):
            return False
        if UNCHANGED_LABEL.search(candidate.label) and not CHANGED_ROW.search(line):
            return True
        found = self.read_dates(line)
        for at, mention in enumerate(found):
            if (mention.month, mention.day) == (candidate.mention.month, candidate.mention.day):
                if at < len(found) - 1:
                    return False
                rest = line[mention.end :]
                cell = UNCHANGED_AFTER_DATE.match(rest)
                if cell:  # (the arrow before 「変更なし」 is the row's own; one elsewhere on it tells of a change)
                    return not CHANGED_ROW.search(line[: mention.start] + rest[cell.end() :])
                # 「| mid-October 2027 | (unchanged)」「令和8年6月12日（金）午後5時\t―\t受付終了」: the next cell of a table's row
                after = rest.lstrip(" ")
                if after[:1] not in ("|", "\t"):
                    return False
                following = re.split(r"[|\t]", after[1:].strip(" "), maxsplit=1)[0].strip()
                if len(following) == 1 and following in DASHES and self.time_column_over(candidate.line_no):
                    return False  # 「Signature of the contract | 15/06/2026 | -」 under 「DATE  TIME」: no time, no mark
                return bool(following and UNCHANGED_CELL.match(following)) and (dashes or following[-1] not in DASHES)
        return False

    @functools.cached_property
    def en_addendum(self) -> bool:
        """「ADDENDUM No. 2」「Corrigendum No. 1」 heading the text: an English notice that changes a call published before."""
        return any(EN_ADDENDUM_HEADING.match(line) for line in self.lines[: 2 * HEAD_LINES]) or bool(
            EN_ADDENDUM_CAPITALS.search(self.text[:EN_ADDENDUM_REACH])  # (a text run onto one line: its heading in capitals)
        )

    def time_column_over(self, line_no: int) -> bool:
        """「DATE   TIME*」 heading the table the row is in (its first line without a date, a few rows up): a column of
        the steps' times, where a dash alone says a step has none (no column of a change's new values)."""
        for index in range(line_no - 2, max(-1, line_no - 2 - TIME_COLUMN_REACH), -1):
            line = self.lines[index]
            if not line.strip():
                return False
            if len(line) <= SHORT_ITEM and TIME_COLUMN_HEADING.search(line) and not self.read_dates(line):
                return not CHANGE_COLUMN_HEADING.search(line)
        return False

    def marked_done(self, candidate: Candidate, changed: set[int]) -> bool:
        """「質問の受付期限　令和8年9月1日（火）午後5時（受付終了）」「参加申込書の提出期限　9月4日（金）　済」 in a notice that
        changes a call: a row of the call's schedule restated with the mark of a step over (its date the row's last,
        the mark after it), no step to come; not a row the change touched."""
        if candidate.changed_to or candidate.line_no in changed or not 0 < candidate.line_no <= len(self.lines):
            return False
        line = self.lines[candidate.line_no - 1]
        if len(line) > SHORT_ITEM or "。" in line or not DONE_WORD.search(line) or self.row_marked(candidate.line_no):
            return False
        found = self.read_dates(line)
        return bool(found) and same_day(found[-1], candidate.mention) and DONE_AT_ROW_END.match(line, found[-1].end) is not None

    def keyed_old(self, candidate: Candidate) -> bool:
        """「（変更前）2026年12月4日（金）17時00分」 on a line of its own or inside a cell: the old value of a step, keyed so
        just before its date."""
        if candidate.changed_to or not 0 < candidate.line_no <= len(self.lines):
            return False
        line = self.lines[candidate.line_no - 1]
        if len(line) > LONG_LINE:
            return False  # (a dump: looked at before its words, not looked through once per date)
        english = "reviously" in line or "riginally" in line or "ormerly" in line
        if "前" not in line and not english:
            return False
        keyed, last = False, 0  # (a date keyed 「Previously」, and the dates listed after it with 「and」: each an old one)
        for mention in self.read_dates(line):
            before = line[max(0, mention.start - 24) : mention.start]
            keyed = bool(english and EN_OLD_VALUE_KEY.search(before)) or (
                keyed and bool(EN_LISTED_NEXT.fullmatch(line[last : mention.start]))
            )
            last = mention.end
            if (mention.month, mention.day, mention.precision, mention.time) == (
                candidate.mention.month,
                candidate.mention.day,
                candidate.mention.precision,
                candidate.mention.time,
            ):
                # (「| Revised | Previously Friday, 22 October 2027」「Previously Tuesday, 16 November and Wednesday, 17
                # November 2027」: the old values in a row's remarks cell, the new one in its date cell)
                return bool(OLD_VALUE_KEY.search(before[-12:])) or keyed
        return False

    def told_again(self, candidate: Candidate, stands: set, changed: set[int]) -> bool:
        """A sentence of the notice (no row of a schedule, nor a changed one) giving a day and time ``stands`` holds:
        the notice tells elsewhere the step is unchanged."""
        if told_key(candidate) not in stands:
            return False
        if candidate.changed_to or candidate.line_no in changed or not 0 < candidate.line_no <= len(self.lines):
            return False
        line = self.lines[candidate.line_no - 1]
        if len(line) > LONG_LINE:
            return False  # (a dump)
        if "。" not in line and len(line) <= SHORT_ITEM and not self.en_wrapped(candidate):
            return False  # (a row: a schedule quoted below, as it was first published, is the reader's to judge)
        return not CHANGED_ROW.search(line) and not self.row_marked(candidate.line_no)

    def en_sentence_above(self, segment: Segment) -> str:
        """「… (17:00 JST). JAIDP will post the questions received, …」 / 「source, together with its answers … on or」 /
        「before 03.02.2027.」: the English sentence a date at a line's start ends, begun after a sentence's end on a line
        above (the lines between wrapped, none ending or dated); '' when no such sentence, or when it names no step."""
        words = ""
        for above in range(segment.line - 1, max(-1, segment.line - 1 - EN_SENTENCE_WRAP_LINES), -1):
            text = self.lines[above].strip()
            if not text or len(text) > LONG_LINE or JAPANESE.search(text) or text.endswith((".", ":", ";")):
                return ""
            ended = EN_SENTENCE_END_MID.split(text)
            if len(ended) > 1:
                said = f"{ended[-1]} {words}".strip()
                return said if said[:1].isupper() and L.kind_of(said) else ""
            if above < segment.line - 1 and self.read_dates(text):
                return ""
            words = f"{text} {words}"
        return ""

    def en_wrapped(self, candidate: Candidate) -> bool:
        """「3.3 The deadline for … (Item 3) remains」 / 「5:00 p.m. (JST), Friday, 5 February 2027, so that the results …」 /
        「review can be notified …」: an English date in a sentence wrapped over lines (the line opens in a sentence's middle,
        or the next goes on with it), prose, no row of a schedule."""
        if not candidate.mention.english or "|" in self.lines[candidate.line_no - 1]:
            return False
        line = self.lines[candidate.line_no - 1].strip()
        after = self.lines[candidate.line_no].strip() if candidate.line_no < len(self.lines) else ""
        return line[:1].islower() or (after[:1].islower() and line[-1:].isalnum())

    def old_in_brackets(self, candidate: Candidate) -> bool:
        """「令和９年６月１８日（金）午後５時（令和９年６月１１日（金）午後５時）」 under 「（　）内は変更前の日程」: the date in
        brackets after the new one is the old one, as the notice's legend tells."""
        line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else ""
        if len(line) > SHORT_ITEM:
            return False
        found = self.read_dates(line)
        for before, mention in zip(found, found[1:]):
            if (mention.month, mention.day, mention.precision) == (
                candidate.mention.month,
                candidate.mention.day,
                candidate.mention.precision,
            ) and (before.month, before.day, before.precision) != (mention.month, mention.day, mention.precision):
                return line[before.end : mention.start].strip().endswith(("(", "[", "［"))
        return False

    def unchanged_sentence(self, candidate: Candidate) -> bool:
        """「（１）質問の受付期限（令和７年１０月１７日（金）正午）及び回答の掲載日（令和７」 / 「年１０月２２日（水））に変更は
        ない。」, 「…令和７年１０月１５日（水）午後５時までに提出することができる。この期限は…と同じであり、変更はない。」,
        「入札参加資格確認結果は、当初の公告のとおり令和７年１０月２０日（月）までに通知する。」: a sentence wrapped over
        the lines below its date (or the one after it, of 「この期限」) that tells the step is as it was."""
        index = candidate.line_no - 1
        line = self.lines[index]
        periods, bars, first_at = self.sentence_marks_of(index)
        if not periods and not any("。" in more for more in self.lines[index + 1 : index + 5]):
            return False  # (the sentence is taken from these lines: none ends one)
        at = first_at.get((candidate.mention.month, candidate.mention.day))
        if at is None:
            return False
        before = bisect.bisect_left(periods, at)  # (the 「。」 before ``at``: where its sentence starts)
        start = periods[before - 1] + 1 if before else 0
        end = len(line)
        if bars:  # (a table's row: the sentence of the date's own cell)
            cell = bisect.bisect_left(bars, at)
            start = max(start, bars[cell - 1] + 1 if cell else 0)
            end = bars[cell] if cell < len(bars) else len(line)
        # only the sentence and the one after it are read: the line up to its second 「。」 from ``start``, not the rest of
        # a long line (a notice run onto one line: each of its dates' sentences, never the whole line's again)
        second = bisect.bisect_left(periods, start) + 1
        stop = periods[second] + 1 if second < len(periods) and periods[second] < end else end
        if (index, start, stop) not in self.unchanged_sentences:
            opening = self.sentence_opening_above(index) if not before and not bars else ""
            self.unchanged_sentences[index, start, stop] = self._unchanged_sentence(index, opening + line[start:stop])
        return self.unchanged_sentences[index, start, stop]

    def sentence_opening_above(self, index: int) -> str:
        """「変更はありません。当初の予定どお」 / 「り、７月１７日（金）に電子メールで通知します。」 (a cell wrapped one line a
        line): the words of the line above after its last 「。」, where the sentence of a line that has no 「。」 before
        its date starts (of two short lines above at most, none an item of its own); '' where the line starts one."""
        opening = ""
        for above in range(index - 1, max(-1, index - 3), -1):
            words = self.lines[above].strip()
            if not words or len(words) > SHORT_ITEM or "|" in words or "\t" in words:
                return ""
            if "。" in words:
                return words.rpartition("。")[2] + opening
            if ITEM_START.match(words):
                return ""  # (an item's own line: the sentence is the line's, or starts at the item)
            opening = words + opening
        return ""

    def sentence_marks_of(self, index: int) -> tuple[list[int], list[int], dict[tuple, int]]:
        """Where line ``index`` has its 「。」 and its 「|」, and where each (month, day) of its dates is first told: found
        once for the line (``unchanged_sentence`` asks for each date of a long line)."""
        if index not in self.sentence_marks:
            line = self.lines[index]
            first_at: dict[tuple, int] = {}
            for mention in self.read_dates(line):
                first_at.setdefault((mention.month, mention.day), mention.start)
            self.sentence_marks[index] = (
                [found.start() for found in re.finditer("。", line)],
                [found.start() for found in re.finditer(r"\|", line)],
                first_at,
            )
        return self.sentence_marks[index]

    def _unchanged_sentence(self, index: int, sentence: str) -> bool:
        """``unchanged_sentence`` of the sentence (of line ``index``) its date stands in, with the one after it."""
        below = index + 1
        while sentence.count("。") < 2 and below < len(self.lines) and below <= index + 4:
            more = self.lines[below].strip()
            if not more and below < len(self.original) and self.original[below].strip():
                below += 1  # (a line joined to the one above it)
                continue
            if not more or len(more) > SHORT_ITEM or ITEM_START.match(more):
                break  # (a line of an item of its own, no part of the sentence above)
            sentence += more
            below += 1
        if "。" not in sentence:
            return False
        first, _, rest = sentence.partition("。")
        if (AS_FIRST_PUBLISHED.search(first) or UNCHANGED_MARK.search(first)) and not CHANGED_ROW.search(first):
            return True
        after = rest.split("。")[0] if "。" in rest else ""
        return bool(THIS_STEP.match(after) and UNCHANGED_MARK.search(after) and not CHANGED_ROW.search(after))

    def item_told(self, line: str, mention: Mention) -> str:
        """「質問の受付期限 8月10日午後5時（変更なし） 入札書の提出期限 8月27日午後5時」 run onto one line (no sentence's end):
        the stretch of ``line`` that tells the day of ``mention``, from the end of the item's day before to the start of
        the next's (a window's start and end one item; 「（変更なし）」 after a day marks that day's item only)."""
        found = self.read_dates(line)
        items: list[list[Mention]] = []
        for day in found:
            if items and items[-1][-1].range_start:
                items[-1].append(day)  # (the end of the window the day before opens)
            else:
                items.append([day])
        if len(items) < 2:
            return line
        marks = [(own.start(), own.end()) for item in items if (own := ITEM_MARK_AFTER.match(line, item[-1].end))]
        if not all(any(a <= m.start() and m.end() <= b for a, b in marks) for m in UNCHANGED_MARK.finditer(line)):
            return line  # (「… 以上、変更なし」: a mark of no one day, said of them all)
        for at, item in enumerate(items):
            if any((d.month, d.day, d.time) == (mention.month, mention.day, mention.time) for d in item):
                start = items[at - 1][-1].end if at else 0
                if at and (own := ITEM_MARK_AFTER.match(line, start)):
                    start = own.end()  # (「8月10日（変更なし）」: the bracket after the day before is that item's)
                end = items[at + 1][0].start if at + 1 < len(items) else len(line)
                return line[start:end]
        return line

    def date_told(self, line: str, mention: Mention) -> str:
        """The sentences of ``line`` that tell the day of ``mention``, each with a 「変更ありません。」 of a day before it
        (「会場に変更はない。参加の申込みは…までとする。」: what the first says of the venue is not said of the second);
        the whole line where it is one sentence (an English line: the sentence the date stands in, 「…remains 5 November
        2027, 5:00 p.m.」 without the 「All other conditions remain unchanged.」 after it)."""
        if "。" not in line:
            return self.en_sentence_told(line, mention) if ". " in line or "  " in line else line
        told = []
        for found in self.read_dates(line):  # (by month and day: a year-less day's year is not yet read)
            if (found.month, found.day, found.time) == (mention.month, mention.day, mention.time):
                start = line.rfind("。", 0, found.start) + 1
                end = line.find("。", found.end)
                told.append(line[start : end if end >= 0 else len(line)])
                before = line[line.rfind("。", 0, start - 1) + 1 : start - 1].strip(" |\t") if start else ""
                mark = UNCHANGED_MARK.search(before)
                if mark and (not mark.start() or DAY_SUBJECT.search(before, 0, mark.start())):
                    told.append(before)  # (「変更ありません。」「提出期限は延長しません。」 then 「…のとおり9月30日まで」)
        return " ".join(told) if told else line

    def en_sentence_told(self, line: str, mention: Mention) -> str:
        """The English sentence of ``line`` (ended by a full stop before a capital) that tells the day of ``mention``;
        the whole line where none does."""
        ends = [end.end() for end in EN_SENTENCE_END.finditer(line)]
        if "  " in line:  # 「… mid-June 2027 (originally late May 2027)  All other dates … remain unchanged.」: a text run onto
            ends = sorted(ends + [gap.end() for gap in EN_PARAGRAPH_GAP.finditer(line)])  # one line, a paragraph's end
        dates = [found for found in self.read_dates(line) if found.english and found.date() == mention.date()]
        # (its time as read there, else the day alone: 「on Wednesday, April 28, 2027, from 3:00 to 4:00 p.m.」, its hour
        # read after the date)
        for found in sorted(dates, key=lambda found: found.time != mention.time):
            start = max((end for end in ends if end <= found.start), default=0)
            stop = min((end for end in ends if end >= found.end), default=len(line))
            return line[start:stop]
        return line

    @functools.cached_property
    def for_block_lines(self) -> set[int]:
        """「For:   "The deadline for bid submission is:」 / 「Date: 22 February 2028    Time: 14:00 JST"」 / 「Read:  "The
        deadline …」: an English amendment's block of the words it replaces, quoted after 「For:」 and run over lines up
        to the quotation's close (or the 「Read:」 of the new words): the lines (from 0) of the old words."""
        blocks: set[int] = set()
        opened = -1  # (the line the block of the old words opened on; -1 outside one)
        for index, line in enumerate(self.lines):
            if opened >= 0 and (EN_READ_KEY.match(line) or index - opened > FOR_BLOCK_LINES):
                opened = -1
            if opened < 0 and EN_FOR_KEY.match(line):
                opened = index
            if opened >= 0:
                blocks.add(index)
                quotes = line.count('"') + line.count("“") + line.count("”")
                if index > opened and quotes % 2 == 1 or index == opened and quotes % 2 == 0:
                    opened = -1  # (the quotation closed: the old words end here)
        return blocks

    def unmarked_rows(self, candidates: list[Candidate], changed: set[int]) -> set[int]:
        """「④★参加表明書の提出期限」 among 「②　質問書の提出期限」 rows: a schedule restated in full by a change notice,
        the rows it changed marked (★, 【変更】, 「変更前：…」 beside them, the old value in brackets under them); the
        lines (from 1) of its rows with no mark, restated as they were."""
        rows = sorted({c.line_no for c in candidates if 0 < c.line_no <= len(self.lines)})
        # (「★ヒアリング｜令和9年2月中旬（日時は…通知の際にお知らせします。）」: a row's aside in brackets, a sentence, is
        # still the row's)
        prose = {
            n
            for n in rows
            if len(self.lines[n - 1]) > SHORT_ITEM or ("。" in self.lines[n - 1] and "。" in ROW_ASIDE.sub("", self.lines[n - 1]))
        }
        marked = {n for n in rows if n in changed or (n not in prose and self.row_marked(n))}
        marked |= {c.line_no for c in candidates if c.changed_to}
        row_set = set(rows)  # (each candidate is looked up in them)
        marked |= {c.line_no for c in candidates if c.line_no in row_set and REVISED_PAPERS_STEP.search(c.label)}
        marked |= self.off_old_schedule(candidates, row_set)
        if not marked:
            return set()
        coming = self.coming_steps_lines() if "今後" in self.text or "その後" in self.text or "以降" in self.text else set()
        if coming:  # 「変更前　7月2日…／変更後　7月9日（金）正午」 over 「２　今後の予定」 and its rows, 「企画提案書の提出期限
            # 7月9日（金）正午」 among them: a row of the steps to come that gives again the new value of a step the change
            # told above, the steps to come restated as they now stand (its rows that give no such value, restated; a list
            # of the steps to come that gives no such value may give the days the change moved them to, and stands)
            moved = {c.line_no for c in candidates if c.changed_to or c.line_no in changed or self.keyed_new(c.line_no)}
            new_values = {(c.kind, told_key(c)) for c in candidates if c.line_no in moved and c.mention.month}
            marked |= {
                c.line_no
                for c in candidates
                if c.line_no in coming and c.line_no not in moved and (c.kind, told_key(c)) in new_values
            }
        marked |= self.off_earlier_plan(candidates, row_set)
        if "追加" in self.text or "新" in self.text:  # (「【追加された項目】」 over 「追加質問受付締切日時　2027/02/05 17:00」)
            for index, line in enumerate(self.lines):
                if len(line) <= COLUMN_MAX and ADDED_ROWS_HEADING.match(line):
                    marked |= self.list_below(index) & row_set
        # (「【新設】現地説明会（第2回）　9月10日（木）午後2時から」 over 「　　　　　　　　参加申込は9月7日（月）正午までに」: a
        # marked row's cell wrapped onto the line below, set in past the labels: the marked row's own)
        marked |= {
            n
            for n in rows
            if n - 1 in marked and n not in prose and indent(self.lines[n - 1]) >= indent(self.lines[n - 2]) + CELL_WRAP_INDENT
        }
        blocks: list[list[int]] = []
        for n in rows:
            if n in prose:  # (a sentence is no row of a schedule: it ends one)
                blocks.append([])
            elif blocks and blocks[-1] and self.rows_run_on(blocks[-1][-1], n):
                blocks[-1].append(n)
            else:
                blocks.append([n])
        unmarked: set[int] = set()
        cited = self.corrected_call_day is not None
        for block in blocks:
            if (
                any(DONE_MARK.search(self.lines[n - 1]) for n in block)
                and not self.answer_sheet
                and not cited
                and not self.unmarked_stand_legend
            ):
                continue  # (「参加表明書の提出期限(受付終了)」: a call's page keeping its schedule's log, updated in place; a
                # 質問回答書 is no call's page: the schedule it restates marks the steps done as well as the one changed;
                # nor is a notice whose head cites the call it changes, 「令和9年1月15日付けで公告した…について、次のとおり
                # 訂正する」: a notice of its own)
            if len(block) >= 3 and any(n in marked for n in block) and not all(n in marked for n in block):
                unmarked |= {n for n in block if n not in marked}
        return unmarked

    def rows_run_on(self, above: int, line: int) -> bool:
        """Rows on lines ``above`` and ``line`` (from 1) are rows of one table: a few lines apart, no blank line between,
        or parted by a page break (its number, its running header 「別紙２」 and the blank lines round them) and then a
        few lines of the table's own (a cell's rest carried over to the next page)."""
        if line - above <= 4 and all(self.lines[i].strip() or self.original[i].strip() for i in range(above, line - 1)):
            return True
        if self.furniture[line - 1] == self.furniture[above - 1] or self.distance(above - 1, line - 1) > PAGED_ROWS_REACH:
            return False  # (no page break between, or more than a break and a cell's rest)
        between = [i for i in range(above, line - 1) if not self.is_furniture(i)]
        texts = [i for i in between if self.lines[i].strip() or self.original[i].strip()]
        return len(texts) <= PAGED_CELL_LINES and (not texts or texts[-1] == line - 2)

    def off_old_schedule(self, candidates: list[Candidate], rows: set[int]) -> set[int]:
        """A schedule restated in full and the schedule as it stood before the change quoted under a heading of its own
        (「（参考）変更前の日程」, 「当初の日程」: ``old_schedule_lines``), 「企画提案書の提出期限　6月18日（金）正午」 among its
        rows: the lines (from 1) of the restated rows that give a step the old schedule lists another day (「企画提案書の
        提出期限　6月25日（金）正午」), changed though no mark stands beside them. A step is looked up by its kind and
        its name (the old row of the same name, where there is one; else one of a name that shares its words)."""
        old_lines = self.old_schedule_lines() if "の" in self.text else set()
        if not old_lines:
            return set()
        names = collections.defaultdict(list)
        for line_no in sorted(old_lines)[:SCHEDULE_ROWS_MAX]:  # (an old schedule's rows: few)
            line = self.lines[line_no - 1]
            found = self.read_dates(line) if len(line) <= SHORT_ITEM and "。" not in line else []
            if not found or not found[-1].month:
                continue
            label = L.clean_label(line[: found[0].start])
            if not label and line_no >= 2 and not self.read_dates(self.lines[line_no - 2]):
                label = L.clean_label(self.lines[line_no - 2])  # (the step's name on its line, its date under it)
            kind = L.kind_of(label) if label else None
            if kind:
                names[kind].append((label, step_day(kind, found[-1])))
        if not names:
            return set()
        moved: set[int] = set()
        for candidate in candidates:
            if candidate.line_no not in rows or candidate.line_no in old_lines or candidate.kind not in names:
                continue
            if not candidate.mention.month:
                continue
            label = L.clean_label(candidate.label)
            steps = names[candidate.kind]  # (few: the old schedule's rows of one kind)
            steps = [step for step in steps if step[0] == label] or [step for step in steps if same_step(label, [step[0]])]
            day = step_day(candidate.kind, candidate.mention)
            if steps and all(old_day != day for _, old_day in steps):
                moved.add(candidate.line_no)
        return moved

    def off_earlier_plan(self, candidates: list[Candidate], rows: set[int]) -> set[int]:
        """The issuer's own mail of a change over the earlier mail it quotes whole (「-----Original Message-----」), which
        gave the plan as it stood: the lines (from 1) of the rows above that give a step of the plan another day
        (「・追加質問の受付期限：7月21日（火）正午」, 「・質問への回答：7月24日（金）」 over the quoted 「1. 質問受付期限
        2026年7月17日（金）正午」「2. 質問への回答 2026年7月21日（火）」), changed or added by the mail though no mark
        stands beside them (a step the plan does not name, 「基本協定の締結」 under a plan of its first steps, may stand)."""
        if not self.own_subject:
            return set()
        earlier = self.earlier_mail_at()
        planned = [c for c in candidates if c.line_no >= earlier and c.mention.month]
        days = {step_day(c.kind, c.mention) for c in planned}
        steps = collections.defaultdict(list)
        for candidate in planned[:SCHEDULE_ROWS_MAX]:  # (a plan's steps: a schedule's rows, few; each row is looked up in them)
            steps[candidate.kind].append(candidate.label)
        return {
            c.line_no
            for c in candidates
            if c.line_no in rows
            and c.line_no < earlier
            and c.kind in steps
            and step_day(c.kind, c.mention) not in days
            and same_step(c.label, steps[c.kind])
        }

    @functools.cached_property
    def legend_symbols(self) -> dict[str, re.Pattern]:
        """The symbols a legend makes the mark of the rows a change touched (``SYMBOL_MARK_LEGEND``): 「＊」 of 「＊は今回
        変更した日程です。」, 「●」 of 「（●印：変更箇所）」; each with its pattern of a row it marks (``SYMBOL_MARKED_ROW``),
        made once, not per row."""
        if not any(symbol in self.text for symbol in LEGEND_SYMBOLS):
            return {}
        marks = {
            found["mark"]
            for line in self.lines
            if any(symbol in line for symbol in LEGEND_SYMBOLS)
            for found in SYMBOL_MARK_LEGEND.finditer(line)
        }
        return {mark: re.compile(SYMBOL_MARKED_ROW.format(re.escape(mark))) for mark in marks}

    @functools.cached_property
    def unmarked_stand_legend(self) -> bool:
        """The text says the rows without the change's mark stand as they were (``UNMARKED_STAND_LEGEND``)."""
        return "な" in self.text and UNMARKED_STAND_LEGEND.search(self.text) is not None

    @functools.cached_property
    def underline_legend(self) -> bool:
        """The text makes an underline the mark of what a change touched (``UNDERLINE_LEGEND``): 「下線部が変更箇所」."""
        return ("下線" in self.text or "アンダーライン" in self.text) and UNDERLINE_LEGEND.search(self.text) is not None

    @functools.cached_property
    def note_mark_legend(self) -> bool:
        """The text makes 「※」 the mark of the rows a change touched (``NOTE_MARK_LEGEND``)."""
        return "※" in self.text and NOTE_MARK_LEGEND.search(self.text) is not None

    def change_column_above(self, index: int) -> bool:
        """A table's head row above line ``index`` (a few rows up, no date in it) whose last cell is the column of
        the change's marks: 「項目<TAB>日時<TAB>変更」「| 項目 | 日程 | 変更の有無 |」."""
        for above in reversed(self.lines[max(0, index - CHANGE_COLUMN_REACH) : index]):
            if ("\t" in above or "|" in above) and CHANGE_COLUMN_LAST.search(above):
                return not self.read_dates(above)
        return False

    def versions_head_above(self, index: int) -> bool:
        """A table's head row above line ``index`` (a few rows up, no date in it) with a column of the old version
        (「項目｜当初｜変更後」「項目<TAB>変更前<TAB>変更後」): the row's dates its old and new values."""
        line = self.lines[index]
        if "\t" not in line and "|" not in line:
            return False
        for above in reversed(self.lines[max(0, index - CHANGE_COLUMN_REACH) : index]):
            cells = cells_of(above) if "\t" in above or "|" in above else []
            if cells and not is_separator_row(cells) and not self.read_dates(above):
                return any(SUPERSEDED_COLUMN.fullmatch(cell) for cell in map(L.unspaced, cells) if cell)
        return False

    def row_marked(self, line_no: int) -> bool:
        """Line ``line_no`` (from 1), its label's line above it (no date on it) or its old value's bracket under it,
        marks a row as changed."""
        index = line_no - 1
        line = self.lines[index]
        if CHANGE_ROW_MARK.search(line) or ("※" in line and NOTE_MARKED_ROW.search(line) and self.note_mark_legend):
            return True
        if any(mark in line and marked.search(line) for mark, marked in self.legend_symbols.items()):
            return True  # 「参加申込書の提出期限　9月11日（金）午後5時　＊」 under 「＊は今回変更した日程です。」
        raw = self.original[index] if index < len(self.original) else ""
        if tracked_change_dated(raw):
            return True  # 「(5) …の通知 ~~5月17日~~[5月19日]{.underline}」: a day a tracked change struck or added
        if ("<" in raw or "_" in raw or "＿" in raw) and UNDERLINED.search(raw) and self.underline_legend:
            return True  # 「提出期限　<u>6月19日（金）</u>」 under 「※下線部が変更箇所です。」: the underlined words changed
        if "削除" in raw and DELETED_MARK.search(raw):
            return True  # 「〔削除〕6月4日（金）午後5時　〔追加〕6月11日（金）午後5時」: the words a change deleted, marked
        if self.keyed_new(line_no):  # 「・追加質問への回答（新設）」 / 「当初：なし」 / 「変更後：6月18日…」: the new value
            return True
        if ("\t" in line or "|" in line) and MARK_CELL_LAST.search(line) and self.change_column_above(index):
            return True  # 「入札書の提出期限<TAB>8月27日<TAB>○」 under 「項目<TAB>日時<TAB>変更」: the change column's mark
        if ("\t" in line or "|" in line) and is_table_row(line):  # 「| 追加質問の受付期限 | ― | 9月18日（金） |」: no old
            cells = cells_of(line)  # value before the new one, a step the change creates
            dated = next((at for at, cell in enumerate(cells) if self.read_dates(cell)), None)
            if dated and any(NO_OLD_CELL.fullmatch(cell) for cell in cells[1:dated]):
                return True
        found = self.read_dates(line)
        written = all(m.explicit_year for m in found)  # (two windows, the old and the new; or versions in columns)
        if sum(m.range_start for m in found) >= 2 or (
            (written or self.versions_head_above(index))  # (「項目｜当初｜変更後」 over 「…｜9月4日｜9月11日」)
            and (
                (len(found) >= 3 and not same_both_sides(found))
                or (len(found) == 2 and not same_both_sides(found) and two_versions(line, *found))
            )
        ):
            return True  # 「| 企画提案書の提出期限 | 10月29日(金)午後5時 | 11月12日(金)午後5時 |」: old and new side by side
        above = self.lines[index - 1] if index > 0 else ""
        if len(above) <= SHORT_ITEM and not self.read_dates(above) and not head_of_row(above, line):
            if CHANGE_ROW_MARK.search(above) and not MARK_LEGEND.search(above):  # (「変更後の日程（★印は変更箇所）」: the
                # schedule's heading, its legend of the marks, over its first row)
                return True
        for below in self.lines[index + 1 : index + 3]:  # 「　　（延長前：令和６年７月19日（金）午後５時）」
            if below.isascii() and len(below) <= SHORT_ITEM and below.strip()[:1] == "(" and CHANGE_ROW_MARK.search(below):
                return True  # 「… 7 March 2028, 14:00 JST」 / 「(amended; was 22 February 2028)」 wrapped under the date's cell
            if (
                len(below) <= SHORT_ITEM
                and OLD_VALUE_BELOW.match(below)
                and not NOTE_OPENING.match(below)
                and not NEW_ROW_TAG.match(below)
                and self.read_dates(below)
            ):
                if OLD_VALUE_LINE.match(below) or CHANGE_ROW_MARK.search(below):
                    return True
            if self.read_dates(below):
                break
        return False

    def restated_step(self, candidate: Candidate, opened: dt.date | None) -> bool:
        """「・質問の受付期限：1月22日（金）午後5時（受付終了）」 in a correction of the call published on ``opened``:
        an item of the call's schedule restated (no sentence), a step of the call though its day has passed; so is
        an item of any schedule marked as done (「事業者説明会　6月8日（火）　（開催済み）」)."""
        line = self.lines[candidate.line_no - 1] if 0 < candidate.line_no <= len(self.lines) else "。"
        if len(line) > SHORT_ITEM or "。" in line:
            return False
        return bool(DONE_MARK.search(line)) or (opened is not None and candidate.mention.date() >= opened)

    def issue_month(self, numbered: bool = False) -> dt.date | None:
        """The month a newsletter's issue (「2027（令和9）年2月号」) or a leaflet (「2026.9 発行」) was printed, from its
        masthead or colophon: the year of its year-less dates when no written date gives one. ``numbered``: only an
        issue of a periodical (「…年2月号」)."""
        for line in self.lines:
            if ("号" in line or ("発行" in line and not numbered)) and len(line) <= ISSUE_LINE_MAX:
                match = ISSUE_MONTH.search(line)
                if match and (not numbered or match.group().endswith("号")):
                    era = match.group("era")
                    year = ERA_BY_NAME[era].offset + int(match.group("eyear")) if era else int(match.group("year"))
                    return dt.date(year, int(match.group("month")), 1)
        return None

    def head_day(self) -> dt.date | None:
        """The year a notice states once at its head, in a date or a month with its year (a title slide's 「June 2027 |
        Shiokaze Prefectural Office」 or 「Mon 17 May 2027, 14:00」, 「令和9年6月」 under a title): the first such date in
        its heading lines (a one-line dump: its start), the year of its year-less dates (「Mon 7 Jun」) when no date
        below gives one. (English dates give no ``first_full_date``, and a month alone no day.)"""
        for line in self.lines[:HEAD_LINES]:
            for mention in find_mentions(line[:HEAD_CHARS]):
                if mention.explicit_year and not mention.problem and mention.date():
                    return mention.date()
        for line in self.lines[:HEAD_LINES]:  # 「Sazanami City Public Notice No. 87 of 2027」: the year it was given in
            numbered = EN_NOTICE_NUMBER_YEAR.search(line[:HEAD_CHARS]) if "of" in line else None
            if numbered:
                return dt.date(int(numbered["year"]), 7, 1)  # (the year's middle, as a year stated alone: 「（令和8年）」)
        for line in self.lines[:HEAD_LINES]:  # 「提案対応メモ（2027年）」: a team's heading states the year alone
            head = line[:HEAD_CHARS]
            alone = HEAD_YEAR_ALONE.search(head) if "年" in head or head.rstrip().endswith(")") else None
            if alone:
                return dt.date(int(alone["year"] or alone["year_en"]), 7, 1)
        return None

    def fiscal_year(self, title: str) -> int | None:
        for text in [title, *(line[:HEAD_CHARS] for line in self.lines[:15])]:  # a one-line dump: its head only
            match = FISCAL_YEAR.search(text)
            if match:
                if match.group("year") or match.group("year_en"):
                    return int(match.group("year") or match.group("year_en"))
                if match.group("short"):  # 「R8年度」「令8年度」: a team's short form of 令和
                    return 2018 + int(match.group("seyear"))
                number = 1 if match.group("eyear") == "元" else int(match.group("eyear"))
                return {"令和": 2018, "平成": 1988}[match.group("era")] + number
        for text in self.lines[:15]:  # 「R8葵建第204号」: a document number counts in the fiscal year it was issued
            match = DOCUMENT_NUMBER_YEAR.search(text[:HEAD_CHARS])
            if match:
                return ERA_BY_NAME[match.group("era")].offset + int(match.group("eyear"))
        return None

    def changed_lines(self, candidates: list[Candidate]) -> set[int]:
        """「資格確認申請書の提出期限 2月17日(水)17時 → 2月24日(水)17時」: the old date of the step no longer holds,
        also where the notice as first published, quoted below, still gives it. The lines (from 1) of such changes."""
        lines, olds = set(), {}
        for candidate in candidates:
            index = candidate.line_no - 1
            if index not in olds:
                raw = self.original[index] if 0 <= index < len(self.original) else ""
                below = self.original[index + 1] if index + 1 < len(self.original) else ""
                if below and (ARROW_LEAD.match(below[:LONG_LINE]) or ARROW_END.search(raw[-ARROW_END_REACH:])):
                    # the change on the next line (``changes_on_next_line``), its arrow indented under the new value's column
                    # (「当初：6月8日（火）17時 →」 / 「変更後：6月22日（火）17時」: or ending the old value's line)
                    raw += " " + below.lstrip()
                raw = not_but_as_arrow(raw)  # (「1/21(木) じゃなくて 1/22(金)」: a change put in words)
                found = len(raw) <= LONG_LINE and ARROW_MARK.search(raw)  # (a dump's line: no table of changes)
                olds[index] = [old for _, old, _ in changes(folded(raw)) if old.month] if found else []
            for old in olds[index]:
                self.superseded.add(step_day(candidate.kind, old))
                self.superseded_steps.setdefault(step_day(candidate.kind, old), []).append(candidate.label)
                lines.add(candidate.line_no)
        # 「【第3回変更】 入札書の受付期限 10月23日 → 10月30日」 over 「【第2回変更】 … 10月16日 → 10月23日」: a history of
        # changes, where a later change starts from the day an earlier one moved the step to, which no longer holds
        moved_on = {
            (step_day(c.kind, old), c.line_no): c.label for c in candidates if c.line_no in lines for old in olds[c.line_no - 1]
        }
        moved_from: dict[tuple, dict[str, set[int]]] = collections.defaultdict(lambda: collections.defaultdict(set))
        for (day, line), label in moved_on.items():  # (by day, then label: each candidate looks at its own day's only)
            moved_from[day][label].add(line)
        return lines - {
            c.line_no
            for c in candidates
            if c.line_no in lines
            and any(
                len(moved) > (c.line_no in moved) and same_step(c.label, [label])
                for label, moved in moved_from.get(step_day(c.kind, c.mention), {}).items()
            )
        }

    def corrected_on_same_day(self, candidate: Candidate) -> bool:
        """「訂正前 6月19日（金）午後5時」 / 「訂正後 6月19日（金）正午」: a correction of the time (the weekday, the year) alone,
        the old version's day on a line just above the new one's, which holds though that day is the superseded one's."""
        index = candidate.line_no - 1
        if not NEW_VERSION_LEAD.match(self.lines[index]):
            return False
        for above in self.lines[max(0, index - 2) : index]:
            if SUPERSEDED.search(above[:12]) and any(
                (m.month, m.day) == (candidate.mention.month, candidate.mention.day) for m in self.read_dates(above)
            ):  # (「（訂正前）令和7年3月中旬」 / 「（訂正後）令和8年3月中旬」: the year's correction alone, the same)
                return True
        return False

    # --- dated candidates ------------------------------------------------------

    def mentions(self, text: str) -> list[Mention]:
        """The date mentions of a piece of text, read once per extraction (copies: a year is filled in later)."""
        found = self.read_dates(text)
        return [copied(m) for m in found] if found else []

    @staticmethod
    def read_dates(text: str) -> list[Mention]:
        """The kept mentions themselves: only to look at, never to change."""
        return dates_in(text)

    def source_text(self, index: int, fragment: str) -> str:
        """``fragment`` of normalised line ``index`` as the source wrote it (full-width brackets and all)."""
        if len(self.original[index]) > LONG_LINE:
            return fragment
        line = self.original[index]
        if line not in self.char_maps:  # each character normalised on its own, spaces left out, with its position
            self.char_maps[line] = squeezed(line)
        chars, where = self.char_maps[line]
        key = SPACES_RUN.sub("", fragment)
        at = chars.find(key) if key else -1
        if at < 0:
            return fragment
        found = line[where[at] : where[at + len(key) - 1] + 1]
        return found.translate(INVISIBLE) if not found.isascii() else found  # (「質問\u00ad書」 as it reads)

    def open_heading(self, segment: Segment, mentions: list[Mention], match: re.Match | None = None) -> None:
        """Keep the outline: an item closes the items of its own and deeper styles, the styles in order of first use.
        (``match``: OUTLINE_MARK's of the segment's text, when the caller has read it.)"""
        match = match or OUTLINE_MARK.match(segment.text)
        if not match:
            return
        style = match.lastgroup  # (each style is one named group, none inside another)
        if style == "number" and segment.first and "\u2460" <= self.original[segment.line].lstrip()[:1] <= "\u2473":
            style = "circled"  # 「① 提出期限」 reads as 「1 提出期限」 once normalised: an item under 「(4) 質問」, no section 1
        styles = [open_style for open_style, _, _ in self.outline]
        if style == "chapter":
            self.outline.clear()  # 「第1 趣旨」 after a 告示's 「1 募集する施設」…「4 問合せ先」: the top of its outline
        elif style == "number" and styles and style not in styles and all(s in INNER_STYLES for s in styles):
            # 「(4) 提案上限額 …」 / 「5 参加申込」 / 「(1) 提出期限」: an excerpt opened inside a section; the section's
            # number is the outer item, whatever the text used first
            self.outline.clear()
        elif style in styles:
            del self.outline[styles.index(style) :]
        label = L.clean_label(segment.text[: mentions[0].start] if mentions else segment.text)
        if not mentions and "とおり" in label:
            follows = ITEMS_FOLLOW.search(label)  # 「(4) 参加表明書の提出期限 提出方法により、次のとおりとします。」
            key = label[: follows.start()].strip() if follows else ""
            label = key if key and L.kind_of(key) and not CLAUSE_MARK.search(key) else label
        if not mentions:
            label = self.key_of_item(label) or label
        self.outline.append((style, outline_heading(label), segment.line))
        self.outline_items.add(segment.line)
        if style == "number" and not mentions and label and L.kind_of(label):
            self.sections[match.group("number").strip(" .")] = outline_heading(label)

    def outline_step(self, index: int, enclosing: bool = False) -> str:
        """The nearest heading above item ``index`` in the outline that names a step (「1 参加申込」 over 「(2) 提出期限」).

        ``enclosing``: of the innermost open item when line ``index`` is none (a line under it).
        """
        open_lines = [line for _, _, line in self.outline]
        if index not in open_lines and not enclosing:
            return ""
        above = self.outline[: open_lines.index(index)] if index in open_lines else self.outline
        for _, label, line in reversed(above):
            if L.kind_of(label) and not L.is_generic(label) and not L.is_vague(label) and not L.is_not_milestone(label):
                return self.source_text(line, label)
        return ""

    def english_item_above(self, index: int, head: str) -> str:
        """An English item a narrow page wrapped over lines: 「(5) Deadline for the submission of application forms」 /
        「conformity with the technical requirements:」 / 「12:00 noon, Monday, May 10, 2027」. The words of the item's
        lines above the date's (up to its marker, no sentence ended between), when they name a step; else ''."""
        if OUTLINE_MARK.match(self.lines[index]) and head.strip():
            return ""  # (「(4) Delivery deadline: by Friday, …」: an item of its own; 「24 September 2027.」 opens with its day)
        words = [head.strip()]
        # (the date's line goes on with a sentence: 「confirmation remains 5 …」, 「… this Request for」 / 「Proposal (RFP) on」)
        continued = head.strip()[:1].islower() or bool(index and self.lines[index - 1].rstrip().endswith((" of", " for", " to")))
        if not continued and not head.strip() and index:  # 「… submit a short expression of interest by」 / 「5 p.m. …
            continued = bool(EN_PREPOSITION_END.search(self.lines[index - 1].rstrip()[-12:]))  # on Friday 31 March.」
        for above in range(index - 1, max(-1, index - ENGLISH_WRAP_LINES - 1), -1):
            line = self.lines[above].strip()
            if not line and above < len(self.original) and self.original[above].strip():
                continue  # (a line the cleaning joined onto the one above it: its words are there)
            bullet = EN_ITEM_BULLET.match(line) if line[:1] in EN_ITEM_BULLET_FIRST else None
            line = line[bullet.end() :] if bullet else line  # (「-> All questions … will be published on the web」)
            if not line or JAPANESE.search(line) or line.endswith("."):
                return ""
            going_on = (  # (「is published on 6 January」; 「… will be notified to each applicant by」 / 「July 20, 2027.」)
                (len(words) == 1 or all(word[:1].islower() for word in words))  # (「… JST. Consultants wishing to
                # attend should register」 / 「by sending the name …」 / 「address in paragraph 12 no later than」: lines on)
                and ". " in line
                and (
                    head.strip()[:1].islower()
                    or (not head.strip() and EN_PREPOSITION_END.search(line[-12:]))
                    or EN_WAITING_END.search(line[-8:])  # 「… Answers will be issued as」 / 「Addendum No. 2 on or before …」
                )
            )
            ends = [m.end() for m in ENGLISH_SENTENCE_BREAK.finditer(line)] if going_on else []
            if ends and not self.read_dates(line[ends[-1] :]) and not EN_PART_END.search(line):
                # 「… This call」 / 「is published on 6 January 2028」: the sentence the date's line goes on with
                item = " ".join([line[ends[-1] :], *words]).rstrip(" :")
                return en_item_cut(item) if L.kind_of(item) and not L.is_not_milestone(item) else ""
            if self.read_dates(line):
                return ""
            words.insert(0, line)
            clause = EN_CLAUSE_NUMBER.match(line) if continued and line[:1].isdigit() else None
            if clause:  # 「8A.2  Bidders intending to attend shall register …」 / … / 「Friday, 4 February 2028.」: a numbered
                # clause's sentence, its number no word of the step
                item = " ".join([line[clause.end() :], *words[1:]]).rstrip(" :")
                return item[:200] if L.kind_of(item) and not L.is_not_milestone(item) else ""
            if continued and line[:1].isupper() and self.line_starts_sentence(above):
                # 「Items not corrected」 / 「The deadline for … qualification」 / 「confirmation remains 5 November 2027」:
                # the sentence the date's line goes on with, begun at the start of a line under a heading
                item = " ".join(words).rstrip(" :")
                return en_item_cut(item) if L.kind_of(item) and not L.is_not_milestone(item) else ""
            item = " ".join(words).rstrip(" :") if bullet else ""
            if bullet and (line[:1].isupper() or L.kind_of(item)):
                # 「-> Shortlisted agencies will be informed by」 / 「17 September 2025.」 (「- notification of the shortlist
                # …:」 / 「around 26.02.2027;」 too: an item of a list in lower case that names its step, the list's lead
                # sentence above no part of it)
                return en_item_cut(item) if L.kind_of(item) and not L.is_not_milestone(item) else ""
            if OUTLINE_MARK.match(self.lines[above]):
                item = OUTLINE_MARK.sub("", " ".join(words), count=1).strip()
                item = ENGLISH_SENTENCE_END.split(TRAILING_TIME.sub("", item).strip())[-1].rstrip(" :")
                return en_item_cut(item) if L.kind_of(item) else ""
        return ""

    def wrapped_time_read(self, segment: Segment, text: str, mention: Mention) -> None:
        """「… must be submitted by e-mail by JST 17:00 on」 / 「2027/07/14 (Wed.). …」: a date opening its line, in an
        English sentence the line above wraps, takes the hour that line ends with (``en_wrapped_time_before``); not
        where the line above holds a date of its own (a row of a table, its hour its own). The hour so told before the
        date stands over one a bracket after it gives (「… by 3:00 p.m. SGT on Friday,」 / 「4/30/2027 (4:00 p.m. Japan
        Standard Time on Friday, 4/30/2027).」: the hour in another zone), as where both are on one line."""
        if text[: mention.start].strip() or mention.start > 8:
            return
        if mention.time is not None and not EN_BRACKETED_HOUR.search(text, mention.start, mention.end):
            return
        above = self.lines[segment.line - 1].rstrip()
        if not above.isascii() or not (HAS_DIGIT.search(above[-48:]) or NOON_WORD.search(above[-24:])):
            return  # (「… register through the website by noon on」 / 「Tuesday 14 March.」: noon, a clock with no digit)
        time = en_wrapped_time_before(above)
        found = dates_in(above) if time is not None else []
        if time is not None and (not found or EN_SENTENCE_END.search(above, found[-1].end - 1)):  # (「3 p.m. Those」)
            # (「… will be held on Friday 21 May at 3 p.m. Those who wish to join must register by noon on」: the line's
            # date a sentence of its own before the one wrapped)
            mention.time, mention.precision = time, "datetime"

    def english_block_heading(self, index: int, label: str, context: str) -> str:
        """「＋ Step 2: Proposal」 / 「Only applicants that have passed … may submit a proposal.」 / 「How to submit: by hand
        …」 / 「Deadline: Friday, May 22, 2026, 12:00 noon」: an English key that names no step (``L.is_generic``) under
        sentences of its block (the label line just above is one), the block opened by a heading that names the step:
        the heading's words; '' otherwise (no sentence between, a blank line or a dated line reached first)."""
        if not L.is_generic(label) or not label.isascii() or not context.rstrip().endswith("."):
            return ""
        below, depth = "", indent(self.lines[index])
        for above in range(index - 1, max(-1, index - EN_BLOCK_LINES - 1), -1):
            text = self.lines[above].strip()
            if not text or len(text) > LONG_LINE or JAPANESE.search(text) or self.read_dates(text):
                return ""
            if depth and indent(self.lines[above]) < depth:
                # 「DS 4   Pre-proposal conference: Will be conducted.」 / 「       Date and time: 2 September 2025, …」:
                # the item the key is indented under, its own key naming the step
                heading = L.clean_label(text.split(":", 1)[0])
                named = len(heading) <= COLUMN_MAX * 2 and L.kind_of(heading)
                return self.source_text(above, heading) if named and not L.is_generic(heading) else ""
            if text.endswith((".", ";", ",")) or below[:1].islower():
                below = text
                continue  # (a sentence of the block; 「… We do not answer questions by」 / 「phone.」: one a line wrapped)
            heading = L.clean_label(text)
            named = len(heading) <= COLUMN_MAX * 2 and L.kind_of(heading)
            if named and not L.is_generic(heading) and not L.is_not_milestone(heading):
                return self.source_text(above, heading)
            return ""
        return ""

    def english_sub_item(self, index: int, label: str, context: str, context_index: int | None) -> bool:
        """「STEP 1  Ask questions (optional)」 / 「    -> Send Form 3 by e-mail until …」: an English line indented under a
        heading a few lines above it, whose own words name no step: the heading's step is its date's."""
        if context_index is None or not 0 < index - context_index <= EN_SUB_ITEM_REACH or JAPANESE.search(label):
            return False
        line, heading = self.original[index] if index < len(self.original) else "", self.original[context_index]
        if len(heading) > LONG_LINE or JAPANESE.search(heading) or OUTLINE_MARK.match(line) or ":" in label:
            return False  # (「(1) Period of distribution: From …」: an item's own key, under the papers' heading)
        if self.read_dates(heading):
            return False
        indent = len(line) - len(line.lstrip())
        return (
            indent > len(heading) - len(heading.lstrip())
            and not L.kind_of(label)
            and not L.is_not_milestone(label)
            and bool(L.kind_of(context))
            and not L.is_generic(context)
        )

    def en_event_above(self, index: int) -> str:
        """The event (``L.BRIEFING``) the English lines just above line ``index`` name, the nearest; '' where none does
        (a blank line or a Japanese line reached first)."""
        for above in range(index - 1, max(-1, index - EN_EVENT_LINES - 1), -1):
            line = self.lines[above][:LONG_LINE]
            if not line.strip() or JAPANESE.search(line):
                return ""
            found = list(L.BRIEFING.finditer(line))
            if found:
                return found[-1].group()
        return ""

    def sentence_wrapped_above(self, index: int) -> bool:
        """Whether the English line above line ``index`` wraps a sentence onto it: words, no sentence's end nor key's
        colon at its end, no date of its own in that sentence."""
        above = self.lines[index - 1].strip() if index else ""
        if not (0 < len(above) <= LONG_LINE and above.isascii() and above[-1:].isalpha()):
            return False
        found = self.read_dates(above)  # (「… on Monday 31 May. Questions will be accepted by e-mail」: a sentence after)
        return not found or bool(EN_SENTENCE_END.search(above, found[-1].end - 1))

    def line_starts_sentence(self, index: int) -> bool:
        """Whether English line ``index`` opens a paragraph: the text's first line, or one under a blank line, a
        sentence's end or a line the wrap did not fill (a heading: its words and the next line's first would fit)."""
        if index == 0:
            return True
        prev, line = self.lines[index - 1].strip(), self.lines[index].strip()
        if not prev or prev.endswith((".", ":")):
            return True
        first = line.split(" ", 1)[0]
        return len(prev) + 1 + len(first) < len(line) and not prev.endswith(",")

    def list_key(self, index: int) -> str:
        """「業務内容：」 / 「・…の評価」 / 「・協議会の運営支援（8月、11月…開催予定）」: the key line (nothing after its colon)
        a run of bulleted items stands under, unspaced and cleaned; else ''."""
        if not BULLET.match(self.lines[index]):
            return ""
        for above in range(index - 1, max(-1, index - SCHEDULE_REACH), -1):
            line = self.lines[above]
            if BULLET.match(line):
                continue
            key = KEY_ONLY.match(line)
            return L.unspaced(L.clean_label(key.group("key"))) if key else ""
        return ""

    def bullet_parent(self, index: int) -> str:
        """「- 説明会」 / 「  - 参加申込：…」 / 「    - 件名…」 / 「  - 開催：4月19日」: the item a nested list's item
        stands under (the nearest line above indented less), when it names a step; else ''."""
        line = self.lines[index]
        nested = NESTED_ITEM.match(line) if line[:1] in (" ", "\t") else None
        if nested is None:
            return ""
        indent = len(nested.group("indent").expandtabs(4))
        for above in range(index - 1, max(-1, index - SCHEDULE_REACH), -1):
            item = NESTED_ITEM.match(self.lines[above])
            if item is None:
                if not self.lines[above].strip():
                    continue
                return ""
            if len(item.group("indent").expandtabs(4)) < indent:
                label = L.clean_label(self.lines[above][item.end() :])
                named = label and len(label) <= COLUMN_MAX and L.kind_of(label) and not L.is_generic(label)
                return self.source_text(above, label) if named and not self.read_dates(label) else ""
        return ""

    def heading_over_items(self, contexts: list[tuple[str, int]], line: int) -> tuple[str, int | None]:
        """The label line above the items that run down to item ``line`` when it has no outline mark of its own and names a
        step (「◆参加意向申出書の提出」 over 「１ 提出書類 …」「２ 提出期限 …」), every line between being an item; else ''."""
        if line not in self.outline_items:
            return "", None
        for label, index in reversed(contexts):
            if index in self.outline_items:
                continue
            if line - index > ITEMS_UNDER_HEADING or any(
                between not in self.outline_items and self.lines[between].strip() for between in range(index + 1, line)
            ):
                return "", None
            named = len(label) <= COLUMN_MAX and not CLAUSE_MARK.search(label) and L.kind_of(label)
            if named and not L.is_generic(label) and not L.is_vague(label) and not L.is_not_milestone(label):
                return self.source_text(index, label), index
            return "", None
        return "", None

    def distance(self, above: int, line: int) -> int:
        """Lines from ``above`` down to ``line``, the page furniture between them not counted."""
        return line - above - (self.furniture[line] - self.furniture[above])

    def context_label(self, contexts: list[tuple[str, int]], line: int) -> tuple[str, int | None]:
        """The label line just above, prefixed with the nearest specific one when it is generic (「提出期限」)."""
        if not contexts or self.distance(contexts[-1][1], line) > CONTEXT_LINES:
            return "", None
        label, index = contexts[-1]
        if signatory_line(label):
            return "", None  # 「山吹市長 田中 一郎」 / 「提出期限 6月19日」: the notice's signature over its body names no step
        if (
            index + 1 < line
            and CLAUSE_END.search(label)
            and index not in self.outline_items
            and self.lines[index + 1][-8:].rstrip().endswith("。")
        ):
            # 「・入札書に記入し、保証金の書類の写しとともに、指定の」 / 「封筒に入れて郵送してください。」 / 「・11月12日必着」:
            # a sentence wrapped and ended above the date names none of its steps; the heading above it may
            contexts = contexts[:-1]
            if not contexts or self.distance(contexts[-1][1], line) > CONTEXT_LINES or CLAUSE_END.search(contexts[-1][0]):
                return "", None
            label, index = contexts[-1]
        if index in self.outline_items and index not in {open_line for _, _, open_line in self.outline}:
            # 「◆参加意向申出書の提出」 / 「１ 提出書類 …」 / 「２ 提出期限 6月12日」: a heading of no outline mark over the
            # items, the item above closed, names the step of the items under it
            return self.heading_over_items(contexts, line)  # 「(3) 質問及び回答」 is closed by 「(4) …」: none of (4)'s
        label = self.source_text(index, label)
        joined = 0  # (the lines of one cell joined so far: 「プレゼンテー」 / 「ション審査(第」 / 「2次審査)」)
        while joined < CELL_WRAPS_MAX and len(contexts) >= joined + 2 and contexts[-joined - 2][1] == index - joined - 1:
            above = self.source_text(index - joined - 1, contexts[-joined - 2][0])
            if len(above) > COLUMN_MAX or len(label) > COLUMN_MAX * (joined + 1):
                break
            cut = min(len(above), STEP_WORD_SIDE)  # (the break's place in the characters read on either side of it)
            window = above[-STEP_WORD_SIDE:] + label[:STEP_WORD_SIDE]
            cell = not PROSE_MARK.search(above) and not PROSE_MARK.search(label)  # (a cell's name, no wrapped sentence)
            if not (
                any(m.start() < cut < m.end() for m in STEP_WORD.finditer(window))
                # 「書類審査(第」 / 「1次審査)」: a bracket the line above opened, closed on this one
                or (cell and bracket_wrapped(nfkc(above), nfkc(label)))
                # 「プレゼンテー」 / 「ション審査」: a katakana word cut at the cell's edge
                or (cell and KATAKANA_END.search(above) and KATAKANA_START.match(label))
            ):
                break
            label = above + label  # 「参加意思確認書の提」 / 「出期限」: a narrow cell's label cut inside a word
            joined += 1
        if means_case(L.unspaced(label)):  # 「7 提案書の提出」 / 「(2) 提出期限」 / 「ア 持参の場合」: the step's, one way
            parent = self.means_step(contexts[:-1], index)
            return (f"{parent} {label}", index) if parent else (label, index)
        parent = self.outline_step(index) if L.is_generic(label) or L.keys_listed(label) else ""
        steps = split_steps(parent) if parent and HANDING_IN.search(label) else []
        handed = [step for step, kind in steps if kind in ACCEPTED]
        if len(steps) > 1 and len(handed) == 1:  # 「第8 質問の受付及び回答」 > 「(1) 受付期間」: the questions' window
            parent = handed[0]
        if parent:
            return f"{parent} {label}", index
        if L.is_generic(label) and index not in self.outline_items:  # (「3 日程」 heads its own item: no label above it)
            for parent, at in reversed(contexts[:-1]):
                if signatory_line(parent):
                    break  # 「山吹市長 田中 一郎」 / 「提出期限 …」: the notice's signature above its body names no step
                if not L.is_generic(parent):
                    return f"{self.source_text(at, parent)} {label}", index
        event = self.invited_event() if EVENT_WHEN.match(L.unspaced(L.clean_label(label))) else ""
        return (f"{event} {label}" if event else label), index

    @staticmethod
    def key_of_item(label: str) -> str:
        """「⑵ 応募書類　参加意向申出書を提出した法人は、次の期間に…提出すること。」 (its days on the next line): an item's
        key before the sentence that tells of it names the step; the sentence's other papers say who hands it in.
        '' when the label is no key and a sentence."""
        if not CLAUSE_END.search(label):
            return ""
        key = SPACES_RUN.split(L.clean_label(label), maxsplit=1)
        if len(key) < 2 or len(key[0]) > COLUMN_MAX or not key[1].rstrip().endswith("。") or CLAUSE_END.search(key[0]):
            return ""
        named = key[0]
        return named if L.kind_of(named) and not L.is_generic(named) and not L.is_not_milestone(named) else ""

    def means_step(self, contexts: list[tuple[str, int]], index: int) -> str:
        """The step a way of handing in at line ``index`` (「持参の場合」「郵送の場合」) is told for: the outline's heading
        above that names one, or the nearest label line above that does (「■ 参加申込み」 / 「・提出書類 …」)."""
        step = self.outline_step(index, enclosing=True)
        if step:
            return step
        for named, at in reversed(contexts):
            if index - at > MEANS_REACH:
                break
            if len(named) <= COLUMN_MAX and not CLAUSE_MARK.search(named) and L.kind_of(named) and not L.is_generic(named):
                return self.source_text(at, named)
        return ""

    def invited_event(self) -> str:
        """The one event a letter or page is about, named in its heading (「公募説明会のご案内」,
        「…プレゼンテーション審査の実施について(通知)」): the step of its 「1 日時」; '' when there is none."""
        if self.event is None:
            self.event = ""
            for line in self.lines[: HEAD_LINES * 2]:
                invited = INVITED.search(line[:200]) if ("につ" in line or "のご" in line or "のお" in line) else None
                words = SPACES_RUN.split(L.clean_label(line[: invited.start()]).replace("」", " "))[-1] if invited else ""
                if words and L.is_event(words) and L.kind_of(words) in ("hearing", "other") and len(words) <= COLUMN_MAX:
                    self.event = self.source_text(self.lines.index(line), words)
                    break
        return self.event

    def item_gloss(self, reference: str) -> str:
        """The name the text gives an item it cites by its number alone (「第五項第二号中「…」を「…」に改める」, and in
        a summary below 「・第五項第二号（参加申込書の提出期限）」); '' when it gives none. Read once."""
        if self._item_glosses is None:
            self._item_glosses = {}
            listed: dict[str, set[str]] = {}  # each number's names in the lists of items
            told: dict[str, set[str]] = {}  # each number's steps a summary's sentences name
            for line in self.lines:
                if "項" not in line or len(line) > LONG_LINE:
                    continue
                for gloss in ITEM_GLOSS_TOLD.finditer(line) if ")" in line else ():
                    if L.kind_of(gloss["name"]) and not dates_in(gloss["name"]):
                        told.setdefault(gloss["ref"], set()).add(gloss["name"])
                for gloss in ITEM_GLOSS.finditer(line):
                    self._item_glosses.setdefault(gloss["ref"], gloss["name"])
                mark = OUTLINE_MARK.match(line)  # (a heading of its own line, its outline mark before it)
                headed = ITEM_GLOSS_AFTER.fullmatch(line, mark.end() if mark else 0) if line.rstrip().endswith(")") else None
                if headed and not dates_in(headed["name"]):
                    self._item_glosses.setdefault(headed["ref"], headed["name"].strip())
                defined = ITEM_DEFINED.match(line)
                if defined and not dates_in(defined["name"]):
                    listed.setdefault(defined["ref"], set()).add(ITEM_GLOSS_ASIDE.sub("", defined["name"]))
            for named in (listed, told):  # (a number two lists give different names: which is unsaid)
                for reference_named, names in named.items():
                    if len(names) == 1:
                        self._item_glosses.setdefault(reference_named, names.pop())
        return self._item_glosses.get(reference, "")

    def item_heading_above(self, index: int, item: str) -> str:
        """The name of item ``item`` (its number in brackets) as its heading gives it on a line just above line ``index``
        (「（２）質問書の提出期限」」 over 「３（２）中「…」を「…」に改める。」); '' when no such heading stands there."""
        for above in range(index - 1, max(-1, index - 1 - ITEM_HEADING_REACH), -1):
            line = self.lines[above]
            if not line.strip():
                continue
            heading = ITEM_HEADING.match(line) if len(line) <= LONG_LINE else None
            if heading is None or heading["item"] != item or dates_in(heading["name"]):
                return ""
            return heading["name"]
        return ""

    def changed_again(self) -> bool:
        """The text tells of a later change than the first (「再延長」「2回目の変更」): the first one's version
        (``EARLIER_ROUND``) no longer holds. Read once, when such a version is met."""
        if self._changed_again is None:
            self._changed_again = self.changes and bool(LATER_ROUND.search(self.text))
        return self._changed_again

    def under_unchanged(self) -> bool:
        """The item being read stands under a heading of what a change leaves as it was (「3 変更のない日程」
        「(2) 変更しない事項」)."""
        return any(UNCHANGED_HEADING.search(label) for _, label, _ in self.outline)

    def indented_under(self, index: int, heading: int) -> bool:
        """Line ``index`` stands indented deeper than the heading on line ``heading`` (「4.社内日程」 over
        「  見積(原価)確定   2023年11月10日(金)」): one of the heading's items, though it has no bullet."""
        if heading < 0:
            return False
        line, above = self.lines[index], self.lines[heading]
        return len(line) - len(line.lstrip()) > len(above) - len(above.lstrip())

    def accepted_above(self, index: int) -> str:
        """「…追加の質問を次のとおり受け付けます。」 a line or two above line ``index`` (its bare key 「受付期限」): what the
        sentence says is accepted, when it names a step; '' when there is none."""
        for at in range(index - 1, max(0, index - 2) - 1, -1):
            line = self.lines[at]
            match = ACCEPTED_ANNOUNCED.search(line[:LONG_LINE]) if "とおり" in line or "通り" in line else None
            what = L.clean_label(match["what"]) if match else ""
            if what and L.kind_of(what) and not L.is_generic(what) and not L.is_not_milestone(what):
                return self.source_text(at, what)
        return ""

    def announced_event(self, index: int) -> str:
        """「また、現地確認会を次のとおり開催します。」 a line or two above 「日時：11月21日14時から」: the event the
        sentence announces, whose time the key gives; '' when there is none. Each of the sentence's matches is read
        (「…の画面構成について、次のとおり技術説明会を開催します。」: the topic, then the event), and a sentence a narrow
        cell wrapped before its 「を」 (「…現行システムの画面確認会」 / 「を次のとおり開催します。」) as one."""
        for line in self.lines[max(0, index - 2) : index]:
            texts = [line]
            at = self.lines.index(line, max(0, index - 2))
            if at == index - 1 and at > 0 and line.lstrip()[:1] == "を" and len(self.lines[at - 1]) <= SHORT_ITEM:
                texts.append(self.lines[at - 1].strip() + line.strip())  # (the event's name on the line above)
            for number, text in enumerate(texts):
                said = []
                match = ANNOUNCED.search(text[:LONG_LINE]) if ("とおり" in text or "通り" in text or "日" in text) else None
                while match:  # (past a topic's 「について」, the rest of the sentence read again: the event it holds)
                    named = match.groupdict()
                    said.append(next((named[g] for g in ("event", "offered", "topic", "dated") if named.get(g)), ""))
                    match = ANNOUNCED.search(text[:LONG_LINE], match.end("topic")) if named.get("topic") else None
                if number == 0 and line is self.lines[index - 1] and "ます" in line[-6:]:
                    held = HELD_LINE_END.search(line[:LONG_LINE])  # 「…現地説明会を行います。」 / 「日時は、6月15日…」
                    said.append(held["event"] if held else "")
                for event in map(L.clean_label, said):
                    # (「…プロポーザルの二次審査(プレゼンテーション)を、」: the event, not its call)
                    own = event.rsplit("の", 1)[-1]
                    event = own if "の" in event and len(own) >= 2 and L.is_event(own) else event
                    if event and L.is_event(event) and L.kind_of(event) in ("hearing", "other"):
                        return self.source_text(at if number == 0 or event in line else at - 1, event)
        return ""

    def candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        self.found = found  # (which 「説明会の終了後、同日午後3時30分から」 may name)
        contexts: list[tuple[str, int]] = []  # recent label lines without a date
        consumed: set[int] = set()  # lines already read as the items under a date
        table_parent, header = "", None
        reference: dt.date | None = None
        stream = Window(self.lines, behind=4)  # (``alternating`` looks at the pair before a date's)
        question: tuple[str, int] | None = None  # the last 「Q3 …はいつですか。」 line
        asked_at = answered_at = -1  # the lines of a question's and of its answer's mark alone (「【質問】」, 「【回答】」)
        asking, quoted = False, -1  # the words of a question under its mark being read; the last line of them
        in_question = -1  # the last line of a question under its mark alone (「【Q3】」 / 「…延長できないか。」), to its answer
        aside, last_line = False, -1  # inside a sidebar (関連記事) or a history section (沿革, 経緯)
        aside_part = False  # 「3 入電見込み（参考）」: a whole section given for reference, to the next section's heading
        aside_at = -1  # the line of the heading that opened it
        team_plan = False  # the aside is a bid team's own plan (「■社内スケジュール（案）」): a list, to its last item
        minutes = self.meeting_record()  # (a meeting's 「5. ToDo」「4. 決定事項」: the team's own tasks)
        dated_line = -1  # the last line a date was read on
        notice_numbers: set[str] = set()  # 「凪沢市公告第128号」: the notices of a 公報 read so far, by number
        old_version_end = -1  # the 「［訂正後］」 mark that ends a block of the items as they stood (``old_version_end``)
        history_line = -1  # a line that opens with the heading of the call's history, its account run onto it
        faq_dated: bool | None = None  # in an FAQ's item, whether a day is written in it yet (None: outside one / yes)
        for position, segment in stream:
            if segment.cells is not None and len(segment.cells) == 1:  # 「│ ヒアリング │」: a box of a chart, no table
                segment = replace(segment, text=segment.cells[0], cells=None)
            elif segment.cells is not None and header and self.answer_goes_on(segment.cells, header):
                # 「No.｜質問｜回答」 over 「４｜…｜次のとおり現地見学会を開催します。」 over 「｜｜(1) 日時　11月27日午後2時から」:
                # the answer's text goes on in the rows under it, the other cells blank: read as the answer's own lines
                segment = replace(segment, text=segment.cells[-1], cells=None)
            text, is_row = segment.text, segment.cells is not None
            if self.furniture[segment.line] > (self.furniture[segment.line - 1] if segment.line else 0):
                continue  # 「2 / 6」 and the running header at a page break: no item, no label, no step
            if segment.line in self.timed_rows:
                continue  # 「 正午 質問書の提出期限、」: read with the day on the line above
            self.row_earlier = self.earlier  # what a row's 「同月」 refers to
            dated = dates_in(text) if segment.line not in self.mail_headers else None
            mentions = [copied(m) for m in dated] if dated else []  # (``self.mentions``, without two calls)
            if mentions and segment.first and segment.line and mentions[0].day:
                self.wrapped_time_read(segment, text, mentions[0])  # 「… by JST 17:00 on」 / 「2027/07/14 (Wed.).」
            stamp = UPDATE_STAMP.match(text) if mentions and text[:1] == "【" else None
            if stamp:  # 「【9月18日更新】質問の受付期限を延長しました。」: the day the words were written, no step
                mentions = [m for m in mentions if m.start >= stamp.end()]
            if not is_row and segment.first and text[:1] in "QＱ問" and FAQ_QUESTION.match(text):
                faq_dated = False  # 「Q11 …」: an FAQ's question and its answer stand alone
            if mentions and faq_dated is False:
                # 「Q11 提出期限の当日に持参する場合…」「A11 …同日午後4時を過ぎて…」: a 「同日」 in an item that writes no
                # day is the day the question names by its step, no date of the question before
                mentions = [m for m in mentions if not m.said_same_day]
                faq_dated = any(m.day for m in mentions)
            if mentions:
                self.refer(mentions)
                dated_line = segment.line
            before = len(found)
            numbered = not is_row and not mentions and text.rstrip().endswith("号") and NOTICE_NUMBER.match(text.strip())
            if numbered and numbered.group() not in notice_numbers:  # (the same number again: the pages' running header)
                self.outline.clear()
                notice_numbers.add(numbered.group())
            marked = OUTLINE_MARK.match(text) if not is_row else None
            if marked and marked.lastgroup == "lenticular" and self.translation_line(segment.line):
                marked = None  # 「４　入札参加資格確認申請」 / 「[4. Application for …]」: the same item, in English
            if marked or (is_row and len(segment.cells) == 2 and L.MARKER_ONLY.match(segment.cells[0].strip())):
                self.open_heading(segment, mentions, marked)  # 「3.3<TAB>質問」: an outline item set as a row
            if (
                aside
                and (
                    (
                        segment.line > last_line + 1
                        and not aside_part
                        and last_line != aside_at
                        # (「３．当社スケジュール」 / rule / blank lines / its items: the rule under the team's heading is its own)
                        and not (team_plan and last_line == aside_at + 1 and RULE_LINE.fullmatch(self.lines[last_line]))
                        and not all(separator_row(line) for line in self.lines[last_line + 1 : segment.line])
                    )  # (「### 変更履歴」 / blank / 「- 4/19：…修正」; not 「|---|---|」 under a table's head)
                    or (
                        not mentions
                        and segment.first
                        and (
                            (TOP_SECTION if aside_part else SECTION_START).match(text)
                            # (「社内日程」 / 「提案書 一次稿」 / 「2027-06-25」: a field of the team's own over its value)
                            or (self.field_key(text) and not (team_plan and self.field_over_value(segment.line)))
                        )
                    )
                )
            ):  # (「2026年05月29日　【入札結果】…」: a title of the list after its date, no section of the notice)
                aside = aside_part = team_plan = False
            elif (
                aside
                and team_plan
                and segment.first
                and not TEAM_PLAN_ITEM.match(text)
                # (「5. ToDo」 / rule / 「| No | 内容 | 担当 | 期限 |」: a table right under the heading is the team's, whole)
                and not (is_row and self.table_under(aside_at, segment.line))
                and not self.indented_under(segment.line, aside_at)
                and not (segment.line == aside_at + 1 and RULE_LINE.fullmatch(text))  # (a rule under its heading)
                and not self.field_over_value(segment.line)
            ):
                # (the team's list ends where a table or a paragraph starts; 「□ 見積依頼…6/21(月)依頼」, an item whose
                # leader dots part it as a row, is still one of its items)
                aside = team_plan = False
            last_line = segment.line
            if not is_row and not mentions:
                stripped = text.strip()
                if len(stripped) <= 30 and (TOP_SECTION.match(text) or stripped.endswith("について")):
                    self.section = L.clean_label(text)
                if (
                    (len(text) <= 40 or (len(text) <= EARLIER_ROUND_HEADING_MAX and EARLIER_ROUND_HEADING.match(text)))
                    and (
                        (ASIDE_WORDS.search(text) and ASIDE_HEADING.search(L.clean_label(text)))
                        or REFERENCE_HEADING.match(text)
                        # (「【別表1 前回の募集の経過(参考)】」: the heading in its brackets, the mark inside them)
                        or (text.rstrip().rstrip("】]").endswith("参考)") and REFERENCE_AFTER.match(L.clean_label(text)))
                    )
                    or (len(text) <= REFERENCE_NOTE_MAX and "参考" in text and REFERENCE_NOTE.search(text.rstrip()))
                ) and not (not found and NEWS_DIGEST.search(text) and ASIDE_HEADING.search(L.clean_label(text))):
                    # (a sidebar's or a history's heading may stand a blank line above its list; 「(参考)」 not)
                    # (「１．今週の公募情報」 before any step: a newsletter's digest of calls is what the text gives, no
                    # aside of a call told above it)
                    aside, aside_at = True, segment.line if not REFERENCE_HEADING.match(text) else -1
                    aside_part = bool(TOP_SECTION.match(text)) and (
                        text.rstrip().rstrip("】]").endswith("参考)")
                        or bool(REFERENCE_NOTE.search(text.rstrip()))
                        or bool(NEWS_DIGEST.search(text))
                    )
                    team_plan = False
                    continue
                if len(text) <= TEAM_PLAN_HEADING_MAX and (
                    (
                        ("内" in text or "社" in text or "NTERN" in text or "ntern" in text or "house" in text or "HOUSE" in text)
                        and any(word in text for word in TEAM_PLAN_WORDS)
                    )
                    or (
                        minutes
                        and (
                            "事項" in text
                            or "odo" in text.lower()
                            or "宿題" in text
                            or "アクション" in text
                            or "タスク" in text
                            or "社" in text
                            or "次回" in text
                        )
                    )
                ):
                    heading = L.clean_label(text)
                    if "では" in heading or "じゃ" in heading or "別" in heading:  # (「…ではない」「…とは別」)
                        heading = NOT_ISSUERS_NOTE.sub("", heading)
                    if TEAM_PLAN_HEADING.search(heading) or (minutes and MINUTES_TASKS.match(heading)):
                        aside = team_plan = True
                        aside_at, aside_part = segment.line, False
                        continue
            if mentions and not is_row and segment.first and ":" in text[:RECORD_PAGE_KEY] and self.record_field(text):
                continue  # 「プレゼン・開札: 2027年6月8日」 on a record's page: its row's cell above, read there
            if mentions and segment.line in self.form_lines():
                continue  # 「様式第1号 施設見学会参加申込書」「提出日 令和 年 月 日」「参加希望日 □9月17日」: a form's cells, no step
            if aside and mentions and not (self.changes and "しな" in text and NOT_CORRECTED.search(text)):
                continue
            if mentions and "参考" in text[:EARLIER_ROUND_REACH] and EARLIER_ROUND_HEADING.match(text):
                continue  # 「【参考】前回 R6 …業務（他社受注） 公告 2024/5/10 質問〆 5/17 …」: the earlier round's dates run on
            run = REFERENCE_RUN.match(text) if mentions and not is_row and "参考)" in text[:REFERENCE_RUN_MAX] else None
            if run and run.end() <= mentions[0].start and REFERENCE_AFTER.match(L.clean_label(run["heading"])):
                continue  # 「(4) 今後の予定(参考)    意見招請に関する公示 令和9年9月頃 …」: the heading's items run onto its line
            if (
                not is_row
                and not mentions
                and segment.first
                and ("前" in text or "誤" in text)  # (what OLD_VERSION_MARK needs: the label keeps the line's letters)
                and OLD_VERSION_MARK.match(L.clean_label(text))
            ):
                old_version_end = self.old_version_end(segment.line)
                if old_version_end > 0:
                    self.version_blocks.append((segment.line, old_version_end))
            if segment.first and not is_row and ("ackground" in text[:40] or "istory" in text[:40]):
                history_line = segment.line if EN_HISTORY_RUN_ON.match(text) else history_line
            if mentions and segment.line == history_line:
                continue  # 「2. Background of the procurement The Request for Proposals was issued on …」: the section run on
            if mentions and segment.line < old_version_end:
                continue  # 「［訂正前］」 / 「６ 入札書の提出期間」 / 「令和9年12月21日から…」: the date the correction replaced
            if (
                len(mentions) >= 2
                and all(m.precision == "month" and (len(mentions) >= 3 or not m.explicit_year) for m in mentions)
                and self.date_only(segment)
            ):
                continue  # 「6月　7月　8月　9月」「8月　　…　　9月」: the month axis of a chart, no step's date
            answer_to = None
            # a question's mark (「【質問】」「Q3 …」) or an answer's (「【回答】」「A3 …」) at the head of a line, matched once
            # for both readings of a question below
            # (each of QUESTION_LINE's marks holds 「Q」「問」「【」 or 「[」, each of ANSWER_LINE's 「A」「答」「【」 or 「[」)
            marks = not is_row and segment.first and ("【" in text or "[" in text)
            asked = QUESTION_LINE.match(text) if not is_row and segment.first and (marks or "Q" in text or "問" in text) else None
            answered = (
                ANSWER_LINE.match(text) if not is_row and segment.first and (marks or "A" in text or "答" in text) else None
            )
            mark_alone = self.question_mark_alone(segment, asked)
            if is_row or segment.first:
                in_question = -1 if is_row else self.question_runs_to(segment, in_question, mark_alone, answered)
            if mentions and not is_row and segment.first and self.question_received(segment.line, text[: mentions[0].start]):
                continue  # 「No.3 受付日 5月13日(水)」 / 「質問 …延長できないか。」: the day a question came in, no step
            if asked_at >= 0 and segment.line - asked_at > QUESTION_LINES:
                asked_at, asking = -1, False  # (a mark no answer followed)
            if not is_row and segment.first:
                if asked and (ASKING.search(text) or "ください" in text):
                    question = (text[asked.end() :], segment.line)
                    if mentions:
                        continue  # 「【質問】…日程が「7月中旬（予定）」となっているが、…」: the dates a question quotes
                elif mark_alone:
                    question, asked_at, asking = ("", segment.line), segment.line, True  # 「【質問】」 alone: its words below
                elif question and asking and not answered:
                    question, quoted = (question[0] + text.strip(), segment.line), segment.line
                    asking = not QUESTION_END.search(text)  # (the words go on to the sentence that asks)
                elif asked_at >= 0 and not answered:
                    # 「【質問】」 / 「質問票をお送りください。」 / 「締切：…」: the heading of the questions' step, no question
                    question, asked_at = None, -1
                elif question and answered and segment.line - question[1] <= 3:
                    if asked_at >= 0 and not mentions and not text[answered.end() :].strip():
                        answered_at, asked_at, asking = segment.line, -1, False  # 「【回答】」 alone: the answer below
                        continue
                    whole = ANSWER_LINE.match(self.lines[segment.line])
                    rest = whole.string[whole.end() :] if whole else ""  # (the line's words after the mark, all segments)
                    stamp = UPDATE_STAMP.match(rest) if "【" in rest else None
                    rest = rest[stamp.end() :] if stamp else rest
                    if (
                        not mentions
                        and rest.strip().endswith("。")
                        and not self.read_dates(rest)
                        and segment.line + 1 < len(self.lines)
                    ):  # 「A5. 質問の受付期限を延長しました。」 / 「9月25日(金)午後5時まで、…受け付けます。」: the answer's
                        # first sentence tells no date (「【9月18日更新】」 the day the answer was), its next line does
                        answered_at, asked_at, asking = segment.line, -1, False
                        continue
                    answer_to, question = question[0], None
                    # (「回答 企画提案書の提出期限を、10月17日…から」: the object before the date's comma names the step)
                    # (「回答 11月下旬を予定しています。」: the mark, read on the whole line, names no step)
                    # (「A7. Applications (Form 1, and Form 2 for consortia) are accepted … from」: an aside's commas part no
                    # clauses of the answer)
                    clauses = CLAUSE_MARK.split(without_asides(text[answered.end() : mentions[0].start])) if mentions else []
                    own = clauses[-1] if clauses else ""
                    if not own.strip() and len(clauses) > 1 and clauses[-2].rstrip().endswith("を"):
                        own = clauses[-2]  # (not 「受付期限後にとりまとめ、6月19日を目途に掲載します」: an aside before)
                    named = L.kind_of(PARTICLE.sub("", L.clean_label(own)))
                    if named not in (None, "published"):
                        answer_to = None  # 「回答 企画提案書の提出期限を6月25日に延長します」: the answer names its step
                    elif named and not L.kind_of(L.clean_label(answer_to)):
                        answer_to = None  # 「Q2. Where can I find the Guidelines?」 / 「A2. The Guidelines were published on
                        # 25 May」: a question of no step, the answer tells the call's publication
                    elif mentions and "開始" in text and CALL_OPENED_AFTER.match(text, mentions[0].end):
                        answer_to = None  # 「Ａ．5月10日（月）から募集を開始しました。」: the answer names the call's opening
                    elif mentions and change_made_on(text[: mentions[0].start], text[mentions[0].end :]):
                        answer_to = None  # 「A. Yes. On Monday, June 7, 2027, the deadline … was extended from …」: the
                        # answer tells the move, its steps read as the text's other sentences are
                    elif mentions and "前" in text and OLD_SAID_AFTER.match(text, mentions[0].end):
                        answer_to = None  # 「回答：記入例の「6月5日」は変更前の期限です。」: the old value the answer names, no
                        # day the question asks (read as the text's other sentences are, the old value said so)
                elif question and answered_at >= 0:  # the answer's first line, under its mark
                    answer_to, question, answered_at = question[0], None, -1
                    own = (
                        [c for c in CLAUSE_MARK.split(without_asides(text[: mentions[0].start])) if c.strip()] if mentions else []
                    )
                    if own and L.kind_of(PARTICLE.sub("", L.clean_label(own[-1]))) not in (None, "published"):
                        answer_to = None  # 「参加を希望する場合は、9月7日正午までに…」: the answer names its step
                    elif own and ROW_KEY_BEFORE.match(text[: mentions[0].start]) and L.kind_of(L.clean_label(own[-1])):
                        answer_to = None  # 「A．次のとおりです。」 / 「公募開始　令和8年8月3日（月）」: a schedule's row
            if mentions and not is_row and segment.line == quoted:
                continue  # 「【質問】」 / 「…の日程が「9月下旬」となっていますが、…」: a date the question quotes
            if in_question >= 0 and (mentions or segment.line == in_question):
                continue  # 「【Q3】」 / 「提出期限（7月9日（金）正午）を延長できないか。」: the dates a question quotes
            column = self.column_label(segment.line) if mentions and segment.first and not is_row else None
            if column is not None:
                found += self.labelled_candidates(segment, mentions, column)
            elif answer_to is not None and mentions and self.restated_in_answer(mentions):
                continue  # 「回答：令和9年4月上旬の契約を想定しています」 in a sheet whose answers move no day: no new step
            elif answer_to is not None and mentions:  # the step is the one the question asks about
                asked = self.labelled_candidates(segment, mentions[:2], L.clean_label(answer_to), first_only=True)
                later = [m for m in mentions[1:] if "。" in segment.text[mentions[0].end : m.start]]
                held = segment.text[mentions[0].end :].split("。", 1)[0]
                if not asked and L.is_event(held) and HOLDING_VERB.search(held) and not L.kind_of(L.clean_label(answer_to)):
                    # 「質問3 現地の確認はできますか。」 / 「回答3 9月29日（火）午後2時から現地確認会を行います。」: a question of no
                    # step, the answer's sentence holds an event (read without the answer's mark 「回答3」, no step's name)
                    bare = replace(segment, text=" " * answered.end() + text[answered.end() :]) if answered else segment
                    asked = self.text_candidates(
                        bare, [m for m in mentions if m not in later], contexts, consumed, stream, position
                    )
                found += asked
                if later:  # 「A4. 9月16日(水)午後2時から見学会を行います。参加を希望する方は9月11日(金)までに…提出」: a
                    # sentence after the one that answers names its own step (read as the text's other sentences are)
                    found += self.text_candidates(segment, later, contexts, consumed, stream, position)
            elif is_row:
                cells = segment.cells
                item = len(cells) == 2 and bool(L.MARKER_ONLY.match(cells[0].strip()))  # 「3.3<TAB>質問」: an outline item
                if not mentions and RULE_LINE.fullmatch(text):
                    continue  # 「|───|───|」: a box's rule between its rows, no row and no names of its columns
                if segment.first and self.starts_table(segment.line):  # a table's first row names its columns
                    header = None if (mentions and not version_header(cells)) or item or site_menu(cells) else cells
                    if header and mentions:
                        continue  # 「項目 | 当初(5月15日公告) | 今回(第2回延長)」: the dates of the versions' notices
                elif not mentions and len(cells) >= 3 and all(L.kind_of(L.clean_label(c)) for c in cells):
                    header = cells  # 「参加資格審査結果通知<TAB>企画提案書提出期限<TAB>…」: a band of steps over its dates
                elif not mentions and edit_log(cells):
                    header = cells  # 「日付 | 更新者 | 内容」 under a table run onto the line above it: the log's own names
                if cells and cells[item] and not self.read_dates(cells[item]):
                    table_parent = L.clean_label(cells[item])
                if not mentions:
                    label = L.clean_label(cells[1]) if item else ""
                    if label and len(label) <= 80:  # 「(1)<TAB>実施日」 / 「　令和6年5月21日」: an item's key over its date
                        contexts = [*contexts[-5:], (label, segment.line)]
                    continue
                found += self.row_candidates(segment, header, table_parent, contexts)
            elif not mentions:
                # (both need a digit and 「年」: a line without them is not searched)
                stated = (YEAR_STATED.search(text) or YEAR_LINE.match(text)) if "年" in text and HAS_DIGIT.search(text) else None
                if stated:  # 「（令和8年）」「日程（いずれも令和8年）」: the year of the year-less dates below
                    reference = dt.date(
                        ERA_BY_NAME[stated.group("era")].offset + int(stated.group("eyear"))
                        if stated.group("era")
                        else int(stated.group("year")),
                        7,
                        1,
                    )
                stripped = text.strip()
                furniture = self.furniture[segment.line] > (self.furniture[segment.line - 1] if segment.line else 0)
                detail = DETAIL_KEY_LINE.match(stripped)  # 「規定 公示日の翌日から起算して10日目」: how, not what
                # (each of HAS_DAY_COUNT's words holds 「日」「翌」 or 「内」)
                counted = ("日" in stripped or "翌" in stripped or "内" in stripped) and HAS_DAY_COUNT.search(stripped)
                counted_key = self.counted_key(segment.line, stripped) if counted else ""
                if counted_key and not furniture and not detail:  # 「(1)提出期限 公告日から7日目の午後5時まで」 / 「［5月23日］」
                    contexts = [*contexts[-5:], (counted_key, segment.line)]
                elif (
                    ("起算" in stripped or "の" in stripped or "まで" in stripped)  # (one of them in each of its branches)
                    and COUNTING_LINE.match(stripped)
                    and self.bracketed_below(segment.line)
                ):
                    pass  # 「(2)申請書の提出期限」 / 「公告日の翌日から起算して10日目」 / 「（6月11日）」: the heading's day
                # (「若松市告示第22号」: a notice's number names none of its steps)
                elif self.undated_row(segment.line, stripped):
                    pass  # 「質問への回答 受付後、随時…掲載」 between two dated steps: a step of no date, no heading
                elif column_names(stripped):
                    pass  # 「期日　　　内容」 over 「R8.9.14（月）　再公募開始」: a table's head row, no heading of its rows
                elif len(stripped) <= 80 and not (furniture or detail or numbered) and self.may_head_dates(stripped):
                    label = L.clean_label(stripped)
                    addressee = ADDRESSEE_LINE.search(stripped) if stripped[-1:] in ADDRESSEE_ENDS else None
                    if addressee:  # 「企画競争参加申込事業者 各位」「■ 既に企画提案書を提出された事業者様へ」: whom the words
                        label = addressee.group().strip()  # below are for, no step (though it names a paper or a step)
                    if stripped[:2] == "##":  # 「### 2.1 説明会の申込締切について」: the section is about its step
                        label = label.removesuffix("について")
                    # 「受付期間 公告の日から起算して7日間(…)」 / 「(4月8日から4月16日まで)」: the key names the window
                    if " " in label and "起算" in label:
                        label = COUNTED_SPAN.sub("", label)
                    if label and self.wrapped_label(segment, contexts):  # 「(4)参加表明書の提」 / 「　出期限」
                        self.heading_goes_on(contexts[-1], label)
                        contexts = [*contexts[:-1], (contexts[-1][0] + label, contexts[-1][1])]
                    elif label and (segment.first or segment.line != dated_line):
                        # (「2027年11月15日　【重要】…を変更しました」: the words after a date are that date's, no
                        # heading of the dates below)
                        contexts = [*contexts[-5:], (label, segment.line)]
                continue
            else:
                reference = year_before_dates(text[: mentions[0].start]) or reference
                found += self.text_candidates(segment, mentions, contexts, consumed, stream, position)
            # a year-less date takes the year of the latest full date before it: a day, not 「2029年4月から」
            written = [(m.start, m.date()) for m in mentions if self.gives_year(m)]
            starts = [start for start, _ in written]
            for candidate in found[before:]:  # the latest year written before the date
                at = len(written) if is_row else bisect.bisect_right(starts, candidate.mention.start)
                candidate.reference = candidate.reference or (written[at - 1][1] if at else reference)
            for mention in mentions:
                if self.gives_year(mention):
                    reference = mention.date()
                    self.first_full_date = self.first_full_date or reference
        return found

    def translation_line(self, index: int) -> bool:
        """Line ``index`` is an English translation in square brackets of the Japanese line above it (a bilingual
        notice's 「１　入札に付する事項」 over 「[1. Subject of the Tender]」): the same item again, no item of its own."""
        text = self.lines[index].strip()
        if not (text.startswith("[") and text.endswith("]")) or JAPANESE.search(text):
            return False
        above = next((line.strip() for line in reversed(self.lines[max(0, index - 3) : index]) if line.strip()), "")
        return bool(JAPANESE.search(above)) and not above.startswith("[")

    def undated_row(self, index: int, stripped: str) -> bool:
        """Line ``index`` is a row of a list of dated steps whose step has no date: a step's name and words after a
        space that hold no digit (「質問への回答　受付後、随時村ホームページに掲載」), at the indent of the dated steps
        just above and below it (「質問の受付　10月13日（火）まで」): the next step is named on its own line, not under this."""
        if index == 0 or " " not in stripped or HAS_DIGIT.search(stripped):
            return False
        key, value = stripped.split(" ", 1)  # (the line's own step first: most lines name none, their neighbours unread)
        if not value.strip() or L.kind_of(key) in (None, "published") or L.is_generic(key):
            return False
        above = self.lines[index - 1]
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        level = indent(self.lines[index])
        for other in (above, below):  # (a date indented under it is its own: 「現地見学会　希望者のみ」 / 「　　9月10日」)
            dates = self.read_dates(other) if other.strip() and indent(other) == level else None
            # (the rows name their steps: 「参加申込書 →」 between two dates alone is the label of the one below)
            if not dates or not L.kind_of(L.clean_label(other[: dates[0].start])):
                return False
        return True

    @staticmethod
    def may_head_dates(stripped: str) -> bool:
        """A short line of text that is no sentence, no page's title and no breadcrumbs: what may head the dates below
        (「…の募集について」 titles a page; 「◆結果のお知らせ」, an item's key, names a step)."""
        titled = TRAILING_QUALIFIER.sub("", stripped) if stripped.endswith(")") else stripped
        # (「### 2.1 説明会の申込締切について」: a section's heading, the page's title is 「# …」)
        if titled.endswith("。") or (
            titled.endswith(("について", "お知らせ")) and not ITEM_SYMBOL.match(stripped) and stripped[:2] != "##"
        ):
            return False
        if stripped.count(">") >= 2 and BREADCRUMB.search(stripped):  # 「ホーム > 事業者の方へ > 入札・契約」
            return False
        if "。" in stripped and PAGE_END_INSIDE.search(stripped):
            return False  # 「…推奨します。 -4- 朱鷺浜市 指定管理者公募要領」: a page's last sentence and the next one's header
        return not (stripped[-1:] in FIGURE_UNIT_ENDS and FIGURE_VALUE_END.search(stripped))

    def counted_key(self, index: int, text: str) -> str:
        """The key of line ``index`` before words that count its day from another step (「(1)提出期限 公告日から7日目の
        午後5時まで」「(3)回答 公告日から8日目までに掲載する。」), when the next line gives that day alone in brackets
        (「　［令和10年5月23日（火）午後5時］」): the step the day below is of; else ''."""
        if not self.bracketed_below(index):
            return ""
        keyed = COUNTED_KEY.match(L.clean_label(text))
        key = L.clean_label(keyed.group("key")) if keyed else ""
        return key if key and (L.kind_of(key) or L.is_generic(key)) else ""

    def bracketed_below(self, index: int) -> bool:
        """The next line gives a day alone in brackets (「　　【令和10年6月21日（水）午後5時】」): a day counted above."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        return len(below) <= SHORT_ITEM and bool(BRACKETED_DAY_LINE.match(below)) and bool(self.read_dates(below))

    @staticmethod
    def question_runs_to(segment: Segment, asking: int, mark_alone: bool, answered: re.Match | None) -> int:
        """The line a question runs to when ``segment`` is its mark alone (「【Q3】」「問1」, ``mark_alone``) or goes on
        with its text (no blank line, no answer's mark between: ``answered``, the answer's mark it begins with), else
        -1."""
        text = segment.text
        if len(text) <= FIELD_KEY_MAX and mark_alone:
            return segment.line
        if asking >= 0 and segment.line == asking + 1 and not answered and not OUTLINE_MARK.match(text):
            return segment.line
        return -1

    def question_mark_alone(self, segment: Segment, mark: re.Match | None) -> bool:
        """「【質問】」「【Q3】」 (``mark``, a question's mark at the head of a first segment) alone on its line with an
        answer's mark (「【回答】」) below it before the next question's: the head of a question whose words follow (not
        the heading 「【質問】」 of the call's step of questions, its instructions and deadline below it)."""
        text = segment.text
        if not mark or text[mark.end() :].strip():
            return False
        for line in self.lines[segment.line + 1 : segment.line + 1 + QUESTION_LINES]:
            if ANSWER_LINE.match(line):
                return True
            if QUESTION_LINE.match(line):
                return False
        return False

    def question_received(self, index: int, key: str) -> bool:
        """A date under a key of receipt (「受付日」「質問日」) with a question asked on the next line: a list of questions
        and answers, each with the day it came in."""
        if not RECEIVED_KEY.match(L.clean_label(key)):
            return False
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        return len(below) <= LONG_LINE and bool(QUESTION_LINE.match(below)) and bool(ASKING.search(below) or "ください" in below)

    @staticmethod
    def field_key(text: str) -> bool:
        """「公告日」「入札日程」: a short key naming a step, on a line of its own: the notice's own fields (a page's
        sidebar or its 更新履歴 lists titles and news, never a bare key)."""
        key = text.strip()
        return len(key) <= FIELD_KEY_MAX and not ASIDE_WORDS.search(key) and bool(L.kind_of(L.clean_label(key)))

    def heading_goes_on(self, context: tuple[str, int], rest: str) -> None:
        """「六　入札説明書に対す」 / 「　る質問」: an outline item's heading a narrow column wrapped, its rest on the next
        line; the outline keeps the whole heading (the items under it 「（一）受付期限」 take their step from it)."""
        label, line = context
        for at, (style, heading, heading_line) in enumerate(self.outline):
            if heading_line == line and heading == outline_heading(label):
                self.outline[at] = (style, outline_heading(label + rest), line)

    def wrapped_label(self, segment: Segment, contexts) -> bool:
        """A short indented line without a marker right under a label line: the rest of a label a narrow column wrapped."""
        if not contexts or contexts[-1][1] != segment.line - 1 or segment.is_row:
            return False
        original = self.original[segment.line]
        text = segment.text.strip()
        return (
            (original[:1] in (" ", "\u3000", "\t") or WORD_TAIL_START.match(text) is not None)
            and len(text) <= WRAPPED_LABEL_MAX
            and not OUTLINE_MARK.match(segment.text)
            and not L.NUMBERING.match(original.strip())  # 「①」 reads as 「1」 once normalised
            and not BULLET.match(segment.text)
            and not (SUPERSEDED.search(text) or CORRECTED.match(text))
            and " " not in contexts[-1][0]  # one label a column wrapped, not a heading of several words
            and not self.original[contexts[-1][1]].rstrip().endswith(("。", ":", "：", ")", "）"))
        )

    def labelled_candidates(self, segment: Segment, mentions, label: str, first_only: bool = False) -> list[Candidate]:
        """Candidates for dates whose label stands elsewhere (the other column of a flattened table, a question)."""
        found = []
        text = segment.text
        for expression in expressions(mentions)[:1] if first_only else expressions(mentions):
            period = PERIOD_OF_DAY.match(text, expression.end)
            if period and not L.kind_of(period["period"]):
                continue  # 「回答：…8月中旬の盆期間を考慮し」: the date says when a period falls, not the step asked about
            found += self.make(
                segment,
                expression,
                label,
                "labelled",
                "\n".join(self.lines[segment.line : segment.line + 2]),
                text[expression.end :],
                text[: expression.start],
            )
        return found

    def column_label(self, index: int) -> str | None:
        """A table whose text layer comes out a column at a time: K label lines (one a cell, a page's furniture or the
        date column's own heading 「日程」 between them and the dates), then K date cells in the same order, a person
        pairing the n-th label with the n-th date.

        Read when a run of date lines starts right under label lines; the run's labels are kept for its other lines.
        A date cell is a date line with the lines that go on with it (「午後5時(必着)」「13時から」「(予定)」); the
        column after the dates (「方法・場所」) ends the run. A label a narrow column wrapped goes on on the next line
        (「参加資格確認結果の」 / 「通知」, 「（プレゼンテーション）」); a flyer's markers (「①」「②」) are left out. The
        cells are paired only when the counts agree: the line above the K labels names no step (a heading 「項目」
        「4 スケジュール」, a sentence that ends, nothing). A note under a date (「※参加申込は7月26日（金）まで」) is a
        step of the entry above it, not an entry of its own.
        """
        if index in self.columns:
            return self.columns[index]
        above = self.lines_up(index - 1)
        named = self.lines[above].strip() if above >= 0 else ""
        plain = L.WHEN_COLUMN.fullmatch(named) is not None
        if not (plain or when_column(named)):
            self.columns_paired(index, above)
        # the date column's own heading 「日時」「実施予定日」: no label of a date; a name after words (the last row's label
        # too: 「納入期限」 under 「開札日時」, 「業務期間」 under 「ヒアリング」) is read as a label first, the counts deciding
        elif plain or not self.columns_paired(index, above):
            self.columns_paired(index, self.lines_up(above - 1))
        return self.columns.get(index)

    def columns_paired(self, index: int, above: int) -> bool:
        """The label lines from line ``above`` up paired with the date cells from line ``index`` down (``column_label``),
        the pairs kept in ``columns``; False where they are not."""
        if above < 0 or TIME_ONLY.match(self.lines[above]) or not self.label_line(self.lines[above]):
            return False  # (「午後5時」 under the date above: a date cell's time, no label)
        if not self.column_date(self.lines[index]):
            return False
        column = []  # the label lines, bottom first
        while above >= 0 and len(column) < 2 * COLUMN_MAX and self.label_line(self.lines[above]):
            column.append(self.lines[above].strip())
            above = self.lines_up(above - 1)
        column.reverse()
        cells, notes, last = self.date_cells(index, len(column))
        if len(cells) < 2:
            return False
        labels = self.column_labels(column, len(cells), weak=False)
        if labels is None and last is not None:
            # the last row's cell a word (「契約締結日」), when the labels count one row more, each a line of its own (read
            # before a label's line that names no step is taken for the rest of the one above: 「契約締結」 / 「業務開始」)
            labels = self.column_labels(column, len(cells) + 1, weak=False)
            cells += [last] if labels else []
        labels = labels or self.column_labels(column, len(cells), weak=True)
        if labels is None or sum(bool(L.kind_of(t)) for t in labels) * 2 <= len(labels):
            return False
        self.columns.update(zip(cells, labels))
        entry = dict(zip(cells, labels))
        for note, of in notes.items():  # 「※参加申込は7月26日まで」 under the briefing's date: the briefing's registration
            step = PARTICLE.sub("", L.clean_label(self.lines[note][: self.read_dates(self.lines[note])[0].start]))
            self.columns[note] = f"{entry[of]} {step}" if step and L.kind_of(step) else entry[of]
        return True

    def lines_up(self, index: int) -> int:
        """The nearest line at or above ``index`` that is no page furniture (「- 2 -」, a running header) and not empty."""
        while index >= 0 and (not self.lines[index].strip() or self.is_furniture(index)):
            index -= 1
        return index

    def lines_down(self, index: int) -> int:
        """The nearest line at or below ``index`` that is no page furniture and not empty."""
        while index < len(self.lines) and (not self.lines[index].strip() or self.is_furniture(index)):
            index += 1
        return index

    def is_furniture(self, index: int) -> bool:
        return self.furniture[index] > (self.furniture[index - 1] if index else 0)

    def date_cells(self, index: int, most: int) -> tuple[list[int], dict[int, int], int | None]:
        """The date cells of a column from line ``index`` on (each cell's date line), at most ``most`` + 1 of them, the
        notes under them (「※参加申込は7月26日まで」) with the cell each is under, and the line after them that may be the
        last row's cell of a word (``last_word_cell``), else None."""
        cells, notes, below = [index], {}, index + 1
        while below < len(self.lines) and len(cells) <= most:
            line = self.lines[below]
            if self.is_furniture(below):
                below += 1  # a page break
                continue
            if not line.strip():
                after = self.lines_down(below + 1)
                if (
                    len(cells) == most
                    or after >= len(self.lines)
                    or not (self.column_date(self.lines[after]) or self.dateless_cell(after, True))
                ):
                    break  # an empty line after the last cell, or before other words: the table ends there
                below = after  # a line left empty where a wrapped window was joined
                continue
            if line.lstrip()[:1] == "※" and self.read_dates(line):
                notes[below] = cells[-1]
            elif len(line) <= 40 and CELL_GOES_ON.match(line) and not L.kind_of(L.clean_label(line)):
                pass  # 「午後5時(必着)」 under its date
            elif len(line) <= 40 and CELL_ASIDE.match(line):
                pass  # 「(県ホームページに掲載)」 under its date: the cell's aside, though it names a step
            elif self.column_date(line) or self.dateless_cell(below, len(cells) < most):
                cells.append(below)
            else:
                # 「５ 質問の受付」, or the next column 「方法・場所」: the dates end
                return cells, notes, below if len(cells) < most and self.last_word_cell(line) else None
            below += 1
        return cells, notes, None

    @staticmethod
    def last_word_cell(line: str) -> bool:
        """「契約締結日」「追って通知」 under a column's last date: the cell of a last row dated by another step, or not yet,
        when the labels count one row more (a short word, no digit; no column's name, no item of the text below)."""
        text = line.strip()
        return (
            len(text) <= DATELESS_MAX
            and not HAS_DIGIT.search(text)
            and not OUTLINE_MARK.match(text)
            and not BULLET.match(text)
            and not Reader.column_heading(L.clean_label(text))
        )

    def dateless_cell(self, index: int, wanted: bool) -> bool:
        """「随時」「未定」「―」 among a column's dates, a date line after it: the cell of a row without a date."""
        text = self.lines[index].strip()
        if not wanted or len(text) > DATELESS_MAX or HAS_DIGIT.search(text) or L.kind_of(L.clean_label(text)):
            return False
        after = self.lines_down(index + 1)
        return after < len(self.lines) and self.bare_date(self.lines[after])

    def column_labels(self, column: list[str], count: int, weak: bool) -> list[str] | None:
        """The labels of ``count`` date cells from a column's label lines (top first), read from the bottom: a wrapped
        label's rest goes on with the line above (a line after 「…の」「…・」, a bracket 「（プレゼンテーション）」,
        and when ``weak`` a line that names no step of its own 「施」). None unless the line above the labels names no
        step: the counts then do not agree (or the lines are prose, no table)."""
        labels, rest, numbered = [], "", set()
        at = len(column) - 1
        while at >= 0 and len(labels) < count:
            line = column[at]
            at -= 1
            if L.MARKER_ONLY.match(line):
                continue
            above = column[at] if at >= 0 else ""
            wrapped = line[:1] == "(" and line[-1:] == ")" and not rest
            # (「参加資格審査結果」 / 「の通知」, 「企画提案書の提出」 / 「期限」: the rest of a label the column's width cut,
            # a word's tail or a bare deadline that names no step of its own)
            tail = line[:1] in LABEL_TAIL_START or L.is_generic(L.clean_label(line))
            goes_on = wrapped or tail or LABEL_WRAPPED.search(above) or (weak and not L.kind_of(L.clean_label(line)))
            if above and goes_on and not L.MARKER_ONLY.match(above):
                rest = line + rest
                continue
            labels.append(L.clean_label(line + rest))
            marked = OUTLINE_MARK.match(line)
            numbered.add(marked.lastgroup if marked else None)
            rest = ""
        while at >= 0 and L.MARKER_ONLY.match(column[at]):
            at -= 1
        if len(labels) < count or rest:
            return None
        if at >= 0 and L.kind_of(L.clean_label(column[at])) and not SCHEDULE_PART.search(column[at]):
            return None  # one more step above: more labels than dates
        if any(self.column_heading(label) for label in labels):
            return None  # 「項目」「スケジュール」 among the labels: more dates than labels
        if len(numbered) > 1:
            # 「(3) 受付期間」 under 「参加申込書」: an item's key under the papers it lists; 「3 質問の受付」 / 「(1) 受付期間」 over
            # 「第1回 …」「第2回 …」: an item and its key over the rounds' dates (an outline, no column of a table)
            return None
        if any(PROSE.search(label) or sum("ぁ" <= c <= "ゖ" and c != "の" for c in label) >= PROSE_KANA for label in labels):
            return None  # lines of a sentence the page wrapped, no cells of a table
        return labels[::-1]

    @staticmethod
    def column_heading(label: str) -> bool:
        """「項目」「日程」「4 スケジュール」: the name of a column or of the table, no label of a row."""
        return not L.kind_of(label) and bool(
            L.COLUMN_HEADING.fullmatch(label) or L.WHEN_COLUMN.fullmatch(label) or SCHEDULE_PART.search(label)
        )  # (not 「業務期間」「開催日時」, ``when_column``'s names after words: a row's label, the names of steps' days)

    def label_line(self, line: str) -> bool:
        """A cell of a column of labels: short, no date, no sentence (「※会場は個別に通知します。」 is a note)."""
        stripped = line.strip()
        return (
            len(line) <= 40
            and bool(stripped)
            and not stripped.endswith("。")
            and not is_table_row(line)
            and not self.read_dates(line)
        )

    def bare_date(self, line: str) -> bool:
        """A line that is dates and their times or hours, and names no step (read once per line)."""
        if len(line) > 80:
            return False
        bare = self.bare_dates.get(line)
        if bare is None:
            bare = self.bare_dates[line] = self._bare_date(line)
        return bare

    def _bare_date(self, line: str) -> bool:
        found = self.date_words(line)
        return found is not None and not L.kind_of(found[1]) and len(JAPANESE.findall(found[1])) <= 6

    def column_date(self, line: str) -> bool:
        """A cell of a column of dates: a bare date, or a line that opens with a date and goes on in words that name no
        step (「令和10年4月25日(火)までに県ホームページに掲載」「令和10年6月1日(木)~6月2日(金)のうち県が指定する日時」)."""
        if self.bare_date(line):
            return True
        text = line.strip()
        if len(text) > FLAT_DATE_MAX or text.endswith("。"):
            return False
        found = self.date_words(line)
        if found is None or line[: found[0].start].strip() or L.kind_of(found[1]):
            return False
        end = found[0].end  # (「令和9年4月1日 入札情報ページをリニューアルしました」: a news list's headline after its day)
        return not line[end : end + 1].isspace() or DATE_GOES_ON.match(line, end) is not None

    def date_words(self, line: str) -> tuple[Mention, str] | None:
        """The first date of ``line`` and the words beside its dates, their times left out; None for a line without a
        date, or whose dates are a field's (「掲載日時 :…」) or a correction's (「変更前 6月5日」)."""
        mentions = self.read_dates(line)
        if not mentions:
            return None
        keyed = KEYED_LINE.match(line) if ":" in line else None
        if keyed and keyed.end() <= mentions[0].start:
            return None  # 「掲載日時 :令和7年9月1日」: a field of its own, no date of a column of labels above
        keyed = SPACED_KEY.match(line) if "  " in line else None
        if keyed and keyed.end() <= mentions[0].start:
            return None  # 「更新日時　　2027/01/22 08:58」: a page's field set apart by spaces, its key its label
        rest, at = [], 0
        for mention in mentions:
            rest.append(line[at : mention.start])
            at = mention.end
        rest.append(line[at:])
        words = TIME_ONLY.sub("", "".join(rest))
        if SUPERSEDED.search(words) or CORRECTED.match(L.clean_label(words) or "-"):
            return None  # 「変更前 6月5日」 / 「変更後 6月12日」: a correction of the step above, no column of dates
        return mentions[0], words

    def refer(self, mentions: list[Mention]) -> None:
        """「同月18日」「同年8月1日」 on a later line or row: the month and year of the date before it."""
        for mention in mentions:
            if self.earlier is not None and (mention.same_month or mention.same_year):
                self.same_as(mention, self.earlier)
            if self.earlier is not None and mention.next_month:
                month_after(mention, self.earlier.month, self.earlier.year, self.earlier.explicit_year)
            if mention.month:
                self.earlier = mention

    @staticmethod
    def same_as(mention: Mention, earlier: Mention) -> None:
        if mention.same_day and earlier.day:
            mention.day, mention.same_day = earlier.day, False
            if mention.same_time and earlier.time is not None:
                mention.time, mention.precision, mention.same_time = earlier.time, "datetime", False
        if mention.same_month:
            mention.month, mention.same_month = earlier.month, False
        if mention.same_year or mention.year is None:
            mention.year, mention.same_year = earlier.year, False
            mention.explicit_year = earlier.explicit_year
        validate(mention)

    @staticmethod
    def gives_year(mention: Mention) -> bool:
        return bool(
            mention.explicit_year and not mention.english and mention.precision in ("date", "datetime") and mention.date()
        )

    def event_above(self, contexts: list[tuple[str, int]], line: int) -> str:
        """The nearest label above ``line`` in its block (within a schedule's reach, no blank line between) that names
        an event (「説明会の概要」), or ''."""
        for label, at in reversed(contexts[:-1]):
            if line - at > SCHEDULE_REACH or not all(self.lines[index].strip() for index in range(at + 1, line)):
                break  # (not another item's 「見積合わせ(公募)」 past a blank line, over a seminar's 「日時:」)
            if len(label) <= COLUMN_MAX and L.is_event(label) and L.kind_of(label) in ("hearing", "other"):
                return self.source_text(at, label)  # (not a title 「…フェア開催運営業務 企画提案募集要項」)
        return ""

    def received_stamp(self, index: int) -> bool:
        """Line ``index`` (a key of receiving and a date) is a receipt stamp: short, a company named on the line
        beside it, below or above."""
        if len(self.lines[index].strip()) > RECEIVED_STAMP_MAX:
            return False
        beside = [self.lines[at].strip() for at in (index - 1, index + 1) if 0 <= at < len(self.lines)]
        if any(len(line) <= RECEIVED_STAMP_MAX and COMPANY_NAME.search(line) for line in beside):
            return True
        # (a fax's page line below the stamp, past a blank line: 「受信 2026年 9月14日 10時35分」 / 「ＦＡＸ：… P.003 …」)
        below = next((line for line in self.lines[index + 1 : index + 3] if line.strip()), "")
        return bool(FAX_PAGE_LINE.search(below))

    def starts_table(self, index: int) -> bool:
        """Whether row ``index`` is its table's first: no row just above it, past a rule line 「-----」 and the
        wrapped text of the row above (indented lines of no cells)."""
        blank, looked = False, 0
        # (「|2|…|…説明会（オンライン）2027年9月27日…|」, the blank lines a box's cell wrapped over five lines left, the
        # box's rule 「|───|───|」, then 「|3|…|」: past a rule of cells, blank lines are the box's and not counted)
        ruled = False
        for at in range(index - 1, max(-1, index - BOX_ROWS_REACH), -1):
            line = self.lines[at]
            looked += 0 if ruled and not line.strip() else 1
            if looked > 4:
                break
            if not line.strip() or RULE_LINE.fullmatch(line):
                blank = blank or not line.strip()
                ruled = ruled or (bool(line.strip()) and "|" in line)
                continue
            if is_table_row(line):
                if line.count("\t") == 1 and L.MARKER_ONLY.match(line.split("\t", 1)[0].strip()):
                    return True  # 「1<TAB>変更する日程」 (Word's numbered heading) over 「項目<TAB>変更前<TAB>変更後」
                # (「発注者<TAB>星見台市」, a blank line, then 「No<TAB>担当<TAB>…<TAB>メモ」: a sheet's fields, then its table)
                if not (blank and "\t" in line):
                    return False
                if abs(line.count("\t") - self.lines[index].count("\t")) >= TABLE_APART_CELLS:
                    return True
                # (「最終更新<TAB>2027/01/14 16:52<TAB><TAB>…」, a blank line, 「No<TAB>項目<TAB>…<TAB>備考」: a sheet saved with
                # every row padded to one width; the first row filled far more, naming columns and no date, is a header)
                filled = [sum(1 for cell in row.split("\t") if cell.strip()) for row in (line, self.lines[index])]
                return filled[1] - filled[0] >= TABLE_APART_CELLS and not self.read_dates(self.lines[index])

            if line[:1].isspace() and len(CELL_GAP.split(line.strip())) >= 2 and self.read_dates(line):
                continue  # 「見積書の提出期限(郵送必着)2027年10月22日 …   2027年10月25日」: a row its long step ran into
            if not (line[:3].isspace() and "\t" not in line and "|" not in line):  # a row's text wrapped, indented deep
                # 「3|…|…延長します。」 / 「実施要領…に変更します。」 / 「4|…|…」: a cell's next paragraph on a line of its own
                # (a line break inside the cell), between rows of as many cells parted alike (no item's heading:
                # 「2<TAB>工事場所<TAB>…」 / 「3   訂正内容」 / 「| 訂正箇所 | 訂正前 | 訂正後 |」)
                row = self.lines[index]
                above = self.lines[at - 1] if at and not blank and not OUTLINE_MARK.match(line) else ""
                if (
                    above
                    and is_table_row(above)
                    and ("\t" in above) == ("\t" in row)
                    and len(cells_of(above)) == len(cells_of(row))
                ):
                    continue
                return True
        return True

    @functools.cached_property
    def en_notices_listed(self) -> frozenset[int]:
        """The lines of an English page's list of its notices, each the day it was posted over its title (「2027.07.02
        Notice of Public Tender (…): Purchase of …」「2027.06.11  Notice of Award: …」), and the lines each wraps onto: page
        metadata, no step (two such lines at least: a list)."""
        found: set[int] = set()
        listed = [i for i, line in enumerate(self.lines) if "otice" in line[:60] and EN_NOTICE_LISTED.match(line)]
        if len(listed) < 2:
            return frozenset()
        for index in listed:
            found.add(index)
            below = index + 1
            while below < len(self.lines) and self.lines[below][:8].isspace() and self.lines[below].strip():
                found.add(below)  # (「            Processing System (Time-limit for tender: …)」: its title wrapped)
                below += 1
        return frozenset(found)

    @functools.cached_property
    def news_lines(self) -> frozenset[int]:
        """The lines of a page's list of news under its heading (「入札・契約の新着情報」 / 「2025年11月18日　【更新】…を変更
        しました」「2025年11月7日　…について」): each a post's date and title, page metadata, no step of the call."""
        found: set[int] = set()
        for index, line in enumerate(self.lines):
            if len(line) > NEWS_HEADING_MAX or "新着" not in line or not NEWS_HEADING.search(line):
                continue
            for below in range(index + 1, len(self.lines)):
                if not self.lines[below].strip():
                    continue
                if not NEWS_DATE_LEAD.match(self.lines[below]):
                    break
                found.add(below)
        return frozenset(found)

    @functools.cached_property
    def answers_change_no_dates(self) -> bool:
        """The notice's sheet of questions and answers says its answers move no day (「本回答により日程の変更はありません」
        「この回答による日程の変更はありません」): the days its answers give restate the schedule, no step of their own."""
        return "回答" in self.text and ANSWERS_CHANGE_NO_DATES.search(self.text) is not None

    def restated_in_answer(self, mentions: list[Mention]) -> bool:
        """An answer's dates, in a sheet whose answers move no day, give no step: the schedule has each day already (the
        steps it names are read there), or the day is an aside (「一次審査を行わない場合は、その旨を…までにお知らせします」).
        An hour it gives stays (「2月3日（水）午後1時30分から開始し」: a step's time the schedule left out)."""
        return self.answers_change_no_dates and not any(m.time for m in mentions)

    def answer_goes_on(self, cells: list[str], header: list[str]) -> bool:
        """A row of a table of questions and answers (「No.｜質問｜回答」) whose cells are blank but the last, the answer's
        (「｜｜(1) 日時　令和8年11月27日（金）午後2時から」): the answer of the row above it, going on."""
        # (「｜｜…」 may come cut as one blank cell and the answer's)
        if len(cells) > len(header) or len(cells) < 2 or not cells[-1].strip() or any(c.strip() for c in cells[:-1]):
            return False
        return bool(QA_ANSWER_COLUMN.match(L.unspaced(header[-1] or "").strip())) and self.questions_and_answers(header, None)

    @staticmethod
    def questions_and_answers(header: list[str], column: int | None) -> bool:
        """Column ``column`` holds the questions of a table of questions and answers 「No.｜該当箇所｜質問｜回答」 (or,
        with None, the header is such a table's)."""
        names = [L.unspaced(cell or "").strip() for cell in header]
        if column is not None and not QA_QUESTION_COLUMN.match(names[column]):
            return False  # (an answer that gives a step's day is one: 「令和9年7月22日(木)午後を予定しています」)
        # (a question form 「番号｜該当箇所｜質問内容」 has no answer yet: its sample's dates are quoted all the same)
        return any(QA_QUESTION_COLUMN.match(name) for name in names) and any(
            QA_ANSWER_COLUMN.match(name) or (column is not None and QA_PLACE_COLUMN.match(name)) for name in names
        )

    def label_rest_below(self, index: int, count: int) -> str:
        """「|第一次審査(書類審査)|令和8年9月下旬|」 over 「|結果の通知| |」: the rest of a step's name its narrow cell
        wrapped onto the next row, that row's other cells blank; "" where the next line is no such row."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        if not is_table_row(below):
            return ""
        cells = cells_of(below)
        # (「| 第2次審査 | 8月26日(木) |」 over 「| (プレゼンテーション・ヒアリング) |」: a box's row, its blank cells cut off)
        if (
            not 0 < len(cells) <= count
            or (len(cells) < count and not below.rstrip().endswith("|"))
            or not cells[0]
            or any(cells[1:])
            or (len(cells[0]) > WRAPPED_LABEL_MAX + 4 and not GLOSS_CELL.fullmatch(cells[0].strip()))
        ):
            return ""
        if not WORD_CHARACTER.search(cells[0]):  # 「| 2 | | |」: the next row's number in a blank form, no name's rest
            return ""
        if ROUND_GROUP.match(L.unspaced(cells[0])) and self.dated_row(index + 2, count):
            # 「|書類審査|5月下旬|」 over 「|二次審査| |」 over 「|プレゼンテーション|6月中旬|」: the next group's heading
            return ""
        return "" if self.read_dates(cells[0]) else cells[0]

    def dated_row(self, index: int, count: int) -> bool:
        """Line ``index`` is a table row of ``count`` cells with a date in a cell after its first."""
        line = self.lines[index] if index < len(self.lines) else ""
        cells = cells_of(line) if is_table_row(line) else []
        return len(cells) == count and any(cell and self.read_dates(cell) for cell in cells[1:])

    @functools.cached_property
    def resumed_call(self) -> bool:
        """The text resumes a call it says was suspended (「…から手続を中断していた…について、本日から手続を再開します」)."""
        return self.resumes and SUSPENDED_TOLD.search(self.text) is not None

    @functools.cached_property
    def table_fields(self) -> set[tuple[str, str]]:
        """Each Markdown table's cells with their column's name (「公告日」, 「2027年4月19日」): a database's export gives
        each record again as a page of its own, its fields 「公告日: 2027年4月19日」 as the row's cells (Notion)."""
        fields: set[tuple[str, str]] = set()
        index = 0
        while "|" in self.text and index < len(self.lines) - 1:
            index += 1
            if "-" not in self.lines[index] or not separator_row(self.lines[index]):
                continue
            header = cells_of(self.lines[index - 1]) if is_table_row(self.lines[index - 1]) else []
            while index + 1 < len(self.lines) and is_table_row(self.lines[index + 1]):  # (each row read once)
                index += 1
                fields.update((L.unspaced(n), L.unspaced(c)) for n, c in zip(header, cells_of(self.lines[index])) if n and c)
        return fields

    def record_field(self, text: str) -> bool:
        """「公告日: 2027年4月19日」 under a record's page: a field the table above gives as its row's cell."""
        field = RECORD_PAGE_FIELD.match(text) if self.table_fields else None
        return bool(field) and (L.unspaced(field["name"]), L.unspaced(field["value"].rstrip())) in self.table_fields

    def row_candidates(self, segment: Segment, header, table_parent: str, contexts) -> list[Candidate]:
        if self.resumed_call and any(cell and DONE_CELL.fullmatch(cell.strip()) for cell in segment.cells[1:]):
            return []  # 「3　質問への回答　令和8年8月19日（水）　済」: a step done before the suspension
        cells = month_part_across_cells(window_across_cells(segment.cells, self.read_dates))
        # (no names over one of a line's items side by side: their line has no columns)
        whole = segment.text is self.lines[segment.line] or segment.text == self.lines[segment.line]
        header = header or (self.header_apart(segment.line, len(cells)) if whole else None)
        if header:
            header = [L.unspaced(name) if name else name for name in header]  # 「当　初」「変 更 後」: a column's name spread out
        if header and len(header) > len(cells):
            boxes = [cell for cell in header if not FLOW_ARROW_CELL.fullmatch(cell or "")]
            header = boxes if len(boxes) == len(cells) else header  # (the dates under a flow's boxes, one a box)
        if header and len(header) == len(cells) - 1 and cells[0] and not self.read_dates(cells[0]):
            header = [
                "",
                *header,
            ]  # 「　　　　参加表明書　技術提案書」 over 「提出期限　7月3日　7月24日」: the corner cell is blank
        if header and edit_log(header):
            return []  # 「日付 | 更新者 | 内容」 over 「2027/01/11 | 中村 | 説明会の行を追加」: a sheet's log of its own edits
        if header and len(header) == len(cells):
            # (「… | 2026/02/16 | 17:00 | … | 2026/01/16 17:12:38」 under 「… | 日付 | 時刻 | … | 最終更新」: the row's record)
            board = any(name and BOARD_CARD_COLUMN.fullmatch(name.strip()) for name in header)
            cells = [
                ""
                if name
                and (
                    (
                        (len(name) <= 12 or (name.isascii() and len(name) <= RECORD_COLUMN_EN_MAX))
                        and (
                            RECORD_COLUMN.fullmatch(name.strip())
                            or STATUS_COLUMN.fullmatch(name.strip())
                            or (board and BOARD_DUE_COLUMN.fullmatch(name.strip()))
                        )
                    )
                    or (len(name.split("(", 1)[0]) <= TEAM_COLUMN_MAX and TEAM_COLUMN.fullmatch(name.strip()))
                )
                else cell
                for name, cell in zip(header, cells)
            ]
        cells = self.window_columns_joined(header, cells)
        cells = self.time_column_joined(header, cells)
        cells = period_from_signing_joined(cells, header) if "期間" in segment.text else cells
        by_day = self.day_row_steps(segment, header, cells) if header and len(cells) >= DAY_ROW_COLUMNS else None
        if by_day is not None:
            return by_day
        times = self.time_row(segment.line, len(cells))
        dated = [i for i, c in enumerate(cells) if c and self.read_dates(c)]
        # 「指定議案の上程(村議会9月定例会) | 令和9年9月中旬」: a month inside a step's name is part of the name
        step_names = {
            i
            for i in dated
            if len(dated) > 1
            and L.kind_of(cells[i])
            and all(m.precision == "month" and not m.explicit_year for m in self.read_dates(cells[i]))
        }
        # 「| 10月1日 | 募集要項等の配布開始（11月12日まで） |」「| 11月30日 | 説明会（参加申込は11月22日（月）まで） |」: a
        # step named before a bracket of dates labels the row; the bracket's date is an aside (the cell is the row's
        # step name) or the deadline of the step's registration (read as well)
        named = {i: self.named_before_bracket(cells[i]) for i in dated if len(dated) > 1 and i not in step_names}
        asides = {i: name for i, (name, aside) in named.items() if aside}
        step_names |= set(asides)
        labels = [
            (i, L.clean_label(asides.get(i, c))) for i, c in enumerate(cells) if c and (i in step_names or not self.read_dates(c))
        ]
        labels += [(i, name) for i, (name, aside) in named.items() if name and not aside]
        # (a step's name, no sentence: 「質問回答（同日公表）を踏まえ…を追加。これに伴い日程を変更（…を4月20日から…に延長）」 is
        # a revision's account, its bracket's dates no step of the answer it tells of)
        own_names = {i: name for i, (name, aside) in named.items() if name and not aside and "。" not in name and L.kind_of(name)}
        step_columns = steps_across(header) if header and len(header) == len(cells) else set()
        if (
            step_columns
        ):  # 「公告日 | 質問締切 | … | 備考」 over 「…｜なし（提案書と同時提出）｜…」: a step's cell without its day,
            # and a remark, name no step of the row's other cells
            labels = [
                (i, text)
                for i, text in labels
                if i not in step_columns and not NOTES_COLUMN.fullmatch(L.unspaced(header[i] or "").strip())
            ]
        if (
            labels
            and labels[0][0] == 0
            # (「第2次審査」 over 「(プレゼンテーション)」: a round of the selection, what it holds glossed below)
            and (L.kind_of(labels[0][1]) in (None, "other") or ROUND_GROUP.match(L.unspaced(labels[0][1])))
        ):
            labels[0] = (0, labels[0][1] + self.label_rest_below(segment.line, len(cells)))
        labels = [(i, self.cited_section(text)) for i, text in labels]
        labels.sort()
        labels = [(i, self.source_text(segment.line, text)) for i, text in labels if text]
        label_columns = [i for i, _ in labels]
        # 「項目 | 訂正前 | 訂正後」: the old and the new date of one step, no two steps of their own
        # (「変更前 | 変更後」 over 「2027/10/8(金) 17:00 | 変更なし」: the old date stands, restated: ``unchanged_rows``)
        kept_old = self.unchanged_in_row(header, cells) if header else False
        if kept_old:
            self.unchanged_rows.add(segment.line + 1)
        olds = [i for i in dated if header and i < len(header) and superseded_column(header, i)]
        # (「当初 | 第1回訂正 | 第2回訂正(今回)」 over 「4月11日 | 4月18日 | 変更なし」: the latest version's date holds)
        olds = olds[:-1] if kept_old else olds
        current = [i for i in dated if i not in olds]
        found = []
        old_dates: list[Expression] = []
        work = self.work_of(header, cells)
        lots = lot_columns(header) if header and len(dated) > 1 else set()
        notes_text = "\n".join([segment.text, *self.continuation_rows(segment.line)])
        self.earlier = self.row_earlier
        # 「様式集.docx | 96KB | 2026/12/01 08:46」: a row of a list of files, its date the day the file was put up
        file_row = any("." in cell and L.FILE_EXTENSION.search(cell.strip()) for cell in cells if cell)
        placeholder = "仮" in segment.text or "暫定" in segment.text
        placeholder = placeholder and DUE_PLACEHOLDER_TOLD.search(segment.text) is not None
        for column, cell in enumerate(cells):
            mentions = self.mentions(cell)
            if "/" in cell and (step_columns or (work and dated)) and header and column < len(header):
                if NOTES_COLUMN.fullmatch(L.unspaced(header[column] or "").strip()):  # (a list of calls' remarks)
                    mentions = sorted([*mentions, *keyed_bare_days(cell, mentions)], key=lambda m: m.start)
            self.refer(mentions)
            if not mentions or column in step_names or file_row:
                continue
            if column in olds:
                old_dates += expressions(mentions)  # (the step the row's new date is of had them before)
                continue
            if header and column < len(header) and self.questions_and_answers(header, column):
                continue  # 「No.｜該当箇所｜質問｜回答」: the dates a question quotes, no step (what the answer gives may be)
            if header and self.noted_aside(header, column, dated, cell[: mentions[0].start]):
                continue  # 「日付 | ステップ | メモ」: a remark's date (「10/7 20:15送信済」), the step's is in its column
            if placeholder and not L.clean_label(cell[: mentions[0].start] + cell[mentions[-1].end :]):
                continue  # 「期限日」 over 「2027/08/31」 in a row that says 「期限日は仮置き」: its bare field a stand-in
            key = cell[: mentions[0].start].strip(" :：") or (cells[column - 1].strip(" :：") if column else "")
            if key and len(key) <= 12 and RECORD_COLUMN.fullmatch(L.unspaced(key)):
                continue  # 「ステータス | 参加表明準備 | 最終更新 | 2026/09/16(水) 11:20 | 更新者 永井」: a record's field
            before = [text for i, text in labels if i < column]
            after = [text for i, text in labels if i > column]
            # 「No. | 質問 | 回答」: an answer's date is read within its own sentence (``answer_step``), the question
            # naming its step only when that sentence names none
            answer = (
                header
                and column < len(header)
                and QA_ANSWER_COLUMN.match(L.unspaced(header[column] or "").strip())
                and self.questions_and_answers(header, None)
            )
            if answer and self.restated_in_answer(mentions):
                continue  # 「…一次審査を行わない場合は、その旨を1月15日までにお知らせします」 under 「本回答により日程の変更はありません」
            # (「令和9年3月中を想定しています」 answering of the data's migration: the row names no step)
            asked = not answer or any(L.kind_of(text) for text in [*before, *after])
            own = L.clean_label(cell[: mentions[0].start])
            phase_kind = None
            sentence = L.clean_label(own.rsplit("。", 1)[-1]) if "。" in own else ""
            if sentence and L.kind_of(sentence):  # 「…随意契約の手続を行う。契約締結は6月上旬」: the date's own sentence
                own = sentence
            if own and cell[: mentions[0].start].rstrip().endswith((":", "：")) and L.is_not_milestone(own):
                continue  # 「シート: 日程管理 | 最終更新: 2025/10/09 10:42 | ステータス: …」: a field its own key says is none
            own_after = L.clean_label(LEADING_CELLS.sub("", cell[mentions[-1].end :], count=1))
            # (the cells between the date before and the date after: its row, where rows run into one line)
            before_at, after_at = bisect.bisect_left(dated, column), bisect.bisect_right(dated, column)
            since = bisect.bisect_right(label_columns, dated[before_at - 1]) if before_at else 0
            upto = bisect.bisect_left(label_columns, dated[after_at]) if after_at < len(dated) else len(labels)
            keys = [text for i, text in labels[since:upto] if i < column]
            row = [own, *(text for _, text in labels[since:upto])]
            if keys and (L.is_not_milestone(keys[-1]) or L.CONTACT_KEY.match(keys[-1])) and not any(map(L.kind_of, row)):
                continue  # 「… | 開札日時 | 3月8日 | | 履行期間 | 4月1日から… |」: its own key says what it is
            if len(dated) > 1 and not L.kind_of(own) and self.names_no_step(own_after):
                continue  # 「契約締結 | 2028年3月下旬 | 令和10年4月1日業務開始」: the remark's date is the work's start
            prior = next((text for i, text in labels if i == column - 1), "")  # the cell right before the date's
            if not own and self.names_no_step(prior) and not any(L.kind_of(text) for text in after):
                continue  # 「議決・協定 | 管理運営の開始 | 令和9年4月1日」: the step's cell names the work's start (the group's no step)
            alone = len(current) > 1 or not any(L.kind_of(text) for _, text in labels)
            # (「Notes」 over 「2/16(火)予定。時間は別途通知。」: a remark's words after the date in its own sentence, not
            # the next one's)
            if "。" in own_after and header and column < len(header) and remark_column(header[column] or ""):
                own_after = own_after.split("。", 1)[0]
            if (
                alone
                and own_after
                and L.kind_of(own_after)
                and not L.is_generic(own_after)
                and not L.kind_of(own)
                and not RANGE_END_AFTER.match(own_after)
                # 「資格確認結果の通知 | 7月5日(月)までに書面で通知（電子メール併用）。」: a deadline's clause after the date
                # tells how the step the row names is done, no step of its own
                and not (own_after.startswith("までに") and any(L.kind_of(text) for text in before))
            ):
                label = own_after  # 「| 2日(金) 公告 | 9日(金)正午 質問締切 |」: each cell a date and its own step
            elif not cells[0] and table_parent and before:
                label = f"{table_parent} {before[-1]}"
                steps = split_steps(before[-1]) if not L.is_event(table_parent) else []
                if len(steps) == 1 and not L.is_generic(before[-1]) and not L.is_vague(before[-1]):
                    phase_kind = steps[0][1]  # 「選定 | 第2次審査（プレゼンテーション）」: the phase names no step of the row
            else:
                # (「審査 | 第一次審査（書類審査） | 9月中旬」: the cell nearest the date is the step, the one before its stage)
                named = [t for t in [*reversed(before), *after] if L.kind_of(t) and not L.is_generic(t)]
                named.sort(key=lambda t: not JAPANESE.search(t))  # (an English gloss beside the Japanese is not the name)
                label = named[0] if named else (before + after + [own])[0] if (before or after or own) else ""
                if named and label in before:
                    label = self.group_cell_joined(labels, label)
                if before and label != before[0] and self.registration_for(before[0], label):
                    label = f"{before[0]} {label}"  # 「説明会 | 参加申込期限 | 8月7日」: the registration for the event
                if label and L.is_generic(label):
                    context, _ = self.context_label(contexts, segment.line)
                    parent = next((t for t in before if not L.is_generic(t)), "") or context
                    if not parent and L.MARKER_ONLY.match(cells[0].strip()):  # 「3.3.1<TAB>提出期限 …」 under 「3.3<TAB>質問」
                        parent = self.outline_step(segment.line, enclosing=True)
                    label = f"{parent} {label}".strip()
            if column in own_names and not L.is_generic(own_names[column]) and label not in own_names.values():
                # 「質問・回答 | 質問書の提出期限（6/18 24時）」: a cell that names its step, its date in a bracket after the
                # name, is that step's (a tracker's category cell before it groups the rows, no step of this date)
                label = own_names[column]
            heading = L.clean_label(header[column]) if header and column < len(header) and header[column] else ""
            if own and heading and NEW_VERSION_HEAD.match(heading) and L.kind_of(own) and not L.is_generic(own):
                # 「No.｜資料名｜頁｜行｜誤｜正」 over 「3｜実施要領｜4｜22｜…｜(3) 質問に対する回答 令和10年2月9日(水)までに…」:
                # the corrected text names its own step, the cells before name the paper and its place
                if not any(L.kind_of(text) == L.kind_of(own) for text in before):
                    label = own
            if "。" in heading or len(heading) > HEADING_MAX:
                heading = ""  # 「仕様 | 仕様書のとおり(同等品可。…)」 atop a table of keys and values: a value, no column's name
            if heading and "先" in heading and L.CONTACT_KEY.match(heading):
                continue  # 「担当（提出先・問合せ先）」 atop the column: the office's address and numbers, no step's date
            if heading.endswith("期間") and L.kind_of(heading) == "contract" and not (label and L.kind_of(label)):
                continue  # 「システム名 | 保守契約の期間」 over 「… | 2029年3月まで」: the term of each thing's contract, no signing
            column_time = HEADER_TIME.search(heading) if "(" in heading else None
            if column_time:  # 「期限（17時まで）」「提出期限（午後5時15分まで）」: the time of the column's deadlines
                heading = L.clean_label(heading[: column_time.start()] + heading[column_time.end() :])
                column_time = _time(column_time.groupdict())
            kind, lot = None, None
            # 「その後の手続 | 6月26日までに市ホームページに回答を掲載 |」 under 「質問書」: the cell names its own step
            named_after = (  # (「HP掲載」 says how the column's step is made known, no step of its own)
                own_after
                and L.kind_of(own_after) not in (None, "published")
                and not L.is_weak(own_after)
                and not L.is_generic(own_after)
            )
            if (
                heading
                and L.kind_of(heading)
                and (not L.is_generic(heading) or column in step_columns)
                and not VERSION_COLUMN.search(STEP_COLUMN_AFTER.sub("", heading, count=1) if "後" in heading else heading)
                and not L.WHEN_COLUMN.fullmatch(heading)
                and not (named_after and L.kind_of(own_after) != L.kind_of(heading))
                # (「No. | 質問内容 | 回答」: an answer's sentences give the date of what the question asks about)
                and not (L.kind_of(heading) == "answer" and "。" in cell and len(cell) > ANSWER_SENTENCE)
                and not answer
            ):  # 「| 区分 | 質問受付期限 | 提出期限 |」
                lot = self.lot_of(header, cells)
                if lot and not label:  # 「案件 | 入札書の受領期限 | 開札の日時」 over 「1 | 2月26日 | 3月2日」
                    label = lot
                bare = L.QUALIFIER.sub("", heading).strip()  # 「期限（17時まで）」「提出期限(午後5時15分まで)」 over the papers
                named_own = label and L.kind_of(label) and (L.is_generic(bare) or L.is_vague(bare))
                # 「第1次審査」 over 「結果通知 5/28」: the cell names the step of the stage the box or column names
                stage_step = label == own and L.is_event(heading) and L.kind_of(own) not in (None, L.kind_of(heading))
                label = f"{heading} {label}" if stage_step else f"{heading}（{label}）" if label else heading
                kind = None if named_own or stage_step else L.kind_of(heading)  # (the row's own paper names the step then)
                if kind and own and "・" in heading and L.kind_of(own) in {k for _, k in split_steps(heading)[1:]}:
                    kind = L.kind_of(own)  # 「プレゼン・開札」 over 「開札 2027年6月15日 10:00」: the cell names which of the two
            kind = kind or phase_kind
            if not label:
                label, _ = self.context_label(contexts, segment.line)
            start_of = self.window_end_column(header, column, cells)
            # (a list of calls, its steps a column each, or its call's name a column beside its step's date: 「締切日 |
            # 提出物 | 案件名 | 備考」; not a call's own steps a row each, a remark the one date of its row 「2027年1月下旬予定」)
            remark = bool(step_columns or (work and len(dated) > 1)) and (
                NOTES_COLUMN.fullmatch(L.unspaced(header[column] or "").strip()) is not None
            )
            found_exprs = expressions(mentions)
            struck = struck_out(cell, found_exprs) if self.changes and len(found_exprs) > 1 else ()
            replacing: Candidate | None = None  # the step of the date before, which a bracket's old date was of
            for number, expression in enumerate(found_exprs):
                if number in struck:
                    continue
                before_date = cell[found_exprs[number - 1].end if number else 0 : expression.start]
                if (
                    (number and (SUPERSEDED.search(before_date) or EARLIER.search(before_date)))
                    or OLD_IN_BRACKET.search(before_date)
                    or (number and en_old_told(before_date))  # 「… 17:00 (extended from Friday, 2 October 2026 …)」
                    or (not number and OLD_CELL_MARK.fullmatch(before_date.strip()))
                    or (
                        not number
                        and before_date.strip()[:1] in "当従変訂修延"
                        and OLD_CELL_WORD.match(before_date.strip())
                        and OLD_CELL_ARROW_AFTER.match(cell, expression.end)
                    )
                ):  # 「7月14日(水)午後5時(当初:7月9日(金)午後5時)」: the date the one before replaced
                    # (「Opening of tenders: | (before) 24 February」「| 【旧】5月24日(水) 【新】5月31日(水) |」: the cell's mark
                    # says so)
                    if answer and replacing:  # (a schedule's row that still gives it, 「…→ No.3のとおり延長」, is old)
                        self.superseded.add(step_day(replacing.kind, expression.last))
                        self.superseded_steps.setdefault(step_day(replacing.kind, expression.last), []).append(replacing.label)
                    continue
                if "。" in cell and self.aside_of_noun(before_date):
                    continue  # 「含みません。記念式典(令和10年4月29日)の運営は別途発注予定です。」: an answer's words
                after_date = cell[expression.end : found_exprs[number + 1].start if number + 1 < len(found_exprs) else len(cell)]
                if ("か" in after_date[:56] or "?" in after_date[:56] or "？" in after_date[:56]) and ASKED_AFTER.match(
                    after_date
                ):
                    continue  # 「参加申込書の提出期限（令和9年7月23日（金））も延長されますか。」 in a question's cell
                since = cell[found_exprs[0].end : expression.start] if number else ""  # (after the row's own date)
                if number and since.isascii() and len(since.split()) >= EN_CELL_SENTENCE_WORDS:
                    opened = [m.start() for m in EN_CELL_SENTENCE.finditer(since)]
                    said = L.clean_label(since[opened[-1] :]) if opened else ""
                    if said and (not L.kind_of(said) or L.is_not_milestone(said)):
                        continue  # 「early July 2027 Proposals shall remain valid until 30 September 2027」: the
                        # sentence after the row's date, run into its cell, names no step (a bid's validity, a term)
                if number + 1 < len(found_exprs) and self.changed_from(cell, expression, found_exprs[number + 1]):
                    continue  # 「…の通知時期を「2月中旬」から「2月下旬」に変更します」 in a cell: the date the next one replaced
                own_step = self.answer_step(segment, cell, found_exprs, number) if answer else ""
                if own_step is None or (answer and not own_step and not asked):
                    continue
                if remark:  # 「説明会 10/7(木)14:00~（申込は10/5(火)17:00まで）」 in a call's row: each date its own words'
                    own_step = self.remark_step(segment, cell, found_exprs, number)
                    if not own_step:
                        continue
                elif len(found_exprs) > 1 and "・" in heading and len(split_steps(heading)) > 1:
                    # 「結果・契約」 over 「6月下旬 審査結果／7月上旬 契約予定」: each date of the two steps its own words'
                    own_step = date_own_words(cell, found_exprs, number)
                elif len(found_exprs) > 1 and "・" in label and len(split_steps(label)) > 1:
                    # 「落札者決定・契約締結」 beside 「「落札者の決定 8月上旬」「契約締結 8月中旬」… 稼働 2028/04/01」: a row
                    # whose name joins two steps, its cell giving each its date in its own words; a date there whose
                    # words name neither is an aside (the work's start), no date of the two
                    own_step = date_own_words(cell, found_exprs, number)
                    if own_step and ("「" in own_step or "」" in own_step):  # (「説明書では「落札者の決定 …」: the quote's)
                        own_step = next((w for w in reversed(QUOTE_MARKS.split(own_step)) if w.strip()), "").strip()
                    if not own_step or L.kind_of(own_step) not in {k for _, k in split_steps(label)}:
                        if any(date_own_words(cell, found_exprs, n) for n in range(len(found_exprs)) if n != number):
                            continue
                        own_step = ""
                made = self.make(
                    segment,
                    expression,
                    own_step or label,
                    "table",
                    notes_text,
                    cell[expression.end :],
                    cell[: expression.start],
                    None if own_step else kind,
                )
                # 「手続 | 開始 | 終了」: a window's start counts only for a publication; its end cell holds the step
                made = [c for c in made if start_of is None or c.kind == "published"]
                for candidate in made:  # 「時刻 | 午後5時 | 正午」: the row under the dates gives each column's time
                    candidate.lot = lot
                    if remark and not expression.last.explicit_year:  # (a remark's 「10/26予定」: the year of its
                        candidate.reference = self.row_day(cells, column)  # call, not of a later day it tells)
                    if column in lots:  # 「手続 | 第1工区 | 第2工区」 over 「開札 | 10月8日 10時 | 10月8日 14時」
                        candidate.lot = lot or L.clean_label(header[column])
                        candidate.label = f"{candidate.label}（{candidate.lot}）"
                    candidate.work = work
                    if (
                        column_time is not None
                        and candidate.mention.time is None
                        and candidate.mention.precision == "date"
                        and (candidate.kind in ACCEPTED or (candidate.kind == "other" and not L.is_event(candidate.label)))
                    ):
                        candidate.mention.time, candidate.mention.precision = column_time, "datetime"
                    written = next((m for m in mentions if m.start == candidate.mention.start), None)
                    if times and candidate.mention.day and written is not None and written.time is None:
                        # (a time read from the lines below is the row of times's, of another column)
                        candidate.mention.time = times[column]
                        candidate.mention.precision = "datetime" if times[column] is not None else written.precision
                found += made
                replacing = made[-1] if made else None
        if (
            old_dates and found
        ):  # 「| 5（1）提出期限 | 1月22日 | 1月29日 |」: the date the new one replaced, as another paper gives it
            self.replaced_in_row(found, old_dates)
        if len(found) > 1 and any(c.mention.english for c in found):
            # 「| 企画提案書提出期限 Proposal deadline | 令和9年3月5日(金) | Friday 5 March 2027, 17:00 |」: one step's day
            # in both languages, its time written in one of them only
            timed = {(c.kind, c.mention.date()): c.mention.time for c in found if c.mention.time and c.mention.day}
            for candidate in found:
                time = timed.get((candidate.kind, candidate.mention.date())) if candidate.mention.day else None
                if time is not None and candidate.mention.time is None:
                    candidate.mention.time, candidate.mention.precision = time, "datetime"
        if len(found) == 1 or (len({c.mention.date() for c in found}) == 1 and len(dated) == 1):  # 「| 6月12日 | 入札・開札 |」
            for candidate in found:
                if candidate.mention.time is None and candidate.mention.day:
                    self.row_time(candidate, [c for c in cells if c and not self.read_dates(c)])
        return found

    def row_day(self, cells: list[str], remark: int) -> dt.date | None:
        """The first day a row of a list of calls writes with its year outside its remark (the call's own: its 公告日, its
        deadline), to give a remark's days their year (「…新サイト公開 2028/10/1」 after them tells a later one)."""
        days = [
            m.date()
            for at, cell in enumerate(cells)
            if at != remark and cell
            for m in self.read_dates(cell)
            if m.explicit_year and m.date()
        ]
        return min(days, default=None)

    def remark_step(self, segment: Segment, cell: str, found: list[Expression], number: int) -> str:
        """The step a date of a remark names in its own words (a call's row in a list of calls, its remark telling
        steps the columns have no place for: 「結果通知は11月中旬。」 「質問回答 10/15 市HP掲載」), read as a sentence's
        date is; "" when they name none (「委託期間 契約日~2028/3/24」)."""
        expression = found[number]
        head = cell[found[number - 1].end if number else 0 : expression.start]
        tail = cell[expression.end : found[number + 1].start if number + 1 < len(found) else len(cell)]
        key = REMARK_KEY.search(head)
        if key and L.kind_of(key.group()) and not L.is_not_milestone(key.group()):
            return key.group()  # 「…、契約締結 12月上旬予定」: a step's name and its day, as a remark lists them
        said, _ = self.sentence_label(replace(segment, text=cell, cells=None), head, tail)
        said = next((label for label in said if L.kind_of(label)), "")
        topic = REMARK_TOPIC.search(head) if not said and "は" in head[-3:] else None
        if topic and L.kind_of(topic["key"]) and not L.is_not_milestone(topic["key"]):
            return topic["key"]  # 「説明会 10/7(木)14:00～（申込は10/5(火)17:00まで）」: the item's topic, its step
        if said or ITEM_SLASH.split(head)[-1].rsplit("。", 1)[-1].strip(" 、,"):
            return said
        after = REMARK_STEP_AFTER.match(tail)  # (the date opens its item: the words after it name the step)
        step = after["step"] if after else ""
        return step if step and L.kind_of(step) and not L.is_not_milestone(step) else ""

    @staticmethod
    def noted_aside(header: list[str], column: int, dated: list[int], own: str) -> bool:
        """The date in a remarks column (「備考」「メモ」) of a row whose step has its date in the table's column of
        dates: a remark's (when the team sent its papers, when the issuer tells the order of the hearing), unless the
        remark names a step of its own before it."""
        if column >= len(header) or not NOTES_COLUMN.fullmatch(L.unspaced(header[column] or "").strip()):
            return False
        when = any(i != column and i < len(header) and L.WHEN_COLUMN.fullmatch(L.unspaced(header[i] or "-")) for i in dated)
        return when and not L.kind_of(L.clean_label(own.rsplit("。", 1)[-1]))

    @staticmethod
    def group_cell_joined(labels: list[tuple[int, str]], label: str) -> str:
        """「No. | 手続 | 内容」 over 「3 | 競争参加資格 | 確認申請書・技術資料の提出」 (a sheet's merged group cell and
        the step's cell, one name cut in two): the two read as one when together they name another step than the
        step's cell alone (and the group cell names none)."""
        at = next((i for i, text in labels if text == label), None)
        prior = next((text for i, text in labels if at is not None and i == at - 1), "")
        if not prior or L.kind_of(prior) or not JAPANESE.search(prior[-1:]):
            return label
        joined = f"{prior}{label}"
        return joined if L.kind_of(joined) not in (None, L.kind_of(label)) else label

    @staticmethod
    def registration_for(event: str, label: str) -> bool:
        """「説明会」 beside 「参加申込期限」 in a row: the registration named is the event's (「説明会の参加申込」), no
        application for the call."""
        return L.is_event(event) and L.kind_of(label) == "application" and L.kind_of(f"{event} {label}") == "other"

    def cited_section(self, label: str) -> str:
        """「5（1）提出期限」 in a correction's table: the item of the notice it cites, by the number of its section, when
        the item's own words name no step (「5 競争入札参加資格確認申請」 / 「(1) 提出期限」, given above in the same text)."""
        cited = CITED_ITEM_NUMBER.match(label) if self.sections and label[:1].isdigit() else None
        if cited is None or not (L.is_generic(cited["rest"]) or L.is_weak(cited["rest"])):
            return label
        heading = self.sections.get(cited["number"])
        return f"{heading} {cited['rest']}" if heading and not L.is_generic(heading) else label

    def replaced_in_row(self, found: list[Candidate], old_dates: list[Expression]) -> None:
        """The dates of a row's 「訂正前」 column are the old dates of the steps its new dates are of: where the notice
        before the correction is given too (a bundle of papers), its step on the old date is no longer in force. The
        part of a window the correction left as it was (the same start) stays."""
        for candidate in found:
            for expression in old_dates:
                old = expression.first if candidate.kind == "published" and expression.first else expression.last
                if not old.month or step_day(candidate.kind, old) == step_day(candidate.kind, candidate.mention):
                    continue
                self.superseded.add(step_day(candidate.kind, old))
                self.superseded_steps.setdefault(step_day(candidate.kind, old), []).append(candidate.label)

    def day_row_steps(self, segment: Segment, header: list[str], cells: list[str]) -> list[Candidate] | None:
        """A row of a table of days × kinds of step: its first cell a date alone (a weekday may follow), its other
        cells under step columns each a step of that day, with the time written after it (「●質問締切 17:00」). None
        when the table is not one (the header names no two kinds of step, a cell holds a date of its own)."""
        mentions = self.mentions(cells[0]) if cells[0] else []
        if len(mentions) != 1 or not self.bare_date(cells[0]) or not L.WHEN_COLUMN.fullmatch(L.unspaced(header[0] or "x")):
            return None
        columns = [i for i in range(1, min(len(cells), len(header))) if header[i] and L.kind_of(L.clean_label(header[i]))]
        if len(columns) < 2:
            return None
        steps = [i for i in range(1, len(cells)) if cells[i] and not WEEKDAY_CELL.fullmatch(cells[i].strip())]
        if not steps or any(i not in columns or self.read_dates(cells[i]) for i in steps):
            return None
        found = []
        for column in steps:
            cell = cells[column][STEP_CELL_MARK.match(cells[column]).end() :]
            written = STEP_CELL_TIME.search(cell)
            label = L.clean_label(cell[: written.start()] if written else cell)
            heading = L.clean_label(header[column])
            if not label or (L.kind_of(label) == "published" and WINDOW_CLOSED.search(label)):
                continue  # (「●配布終了」)
            if L.kind_of(label) in (None, "other") or L.is_generic(label):
                # 「企画提案書」 over 「●提出締切 12:00」, 「参加申込」 over 「●申込締切」: the column names the step
                combined = f"{heading} {label}"
                label = combined if L.kind_of(label) is None or L.kind_of(combined) == L.kind_of(heading) else label
            mention = copied(mentions[0])
            if written and mention.day:
                mention.time, mention.precision = _time(written.groupdict()), "datetime"
            made = self.make(segment, Expression(None, mention), self.source_text(segment.line, label), "table", "", "", "")
            found += made
        return found

    def answer_step(self, segment: Segment, cell: str, found: list[Expression], number: int) -> str | None:
        """The step the sentence of an answer's date ``found[number]`` names, read as in a text (「企画提案書の提出期限を、
        11月12日正午まで延長します」「11月4日午前10時から追加の現地見学会を実施します」); '' when it names none (「11月下旬
        を予定しています」: the step the question asks about); None when the date is no step: an answer's first 「翌月10日」
        (a day of every month of the work, the month before it no date of the answer's); the day the details of a step
        will be told (「具体的な日時及び場所は、11月16日までに通知します」)."""
        expression = found[number]
        if number == 0 and cell.startswith("翌月", expression.start):
            return None
        tail = cell[expression.end :]
        if TOLD_AFTER.match(tail) and ANSWER_DETAILS.search(cell[: expression.start].rsplit("。", 1)[-1]):
            return None
        glossed = GLOSSED_STEP.search(cell[: expression.start]) if tail.startswith(")") else None
        if glossed and L.kind_of(L.clean_label(glossed["step"])) not in (None, "published"):
            return L.clean_label(glossed["step"])  # 「開始時刻は、参加資格確認結果の通知（5月26日）の際に…」: the step glossed
        if event := event_keyed_in_cell(cell[: expression.start]):
            return event  # 「…次のとおり技術説明会を開催します。参加は任意です。 日時:10月20日午後2時から」: the event announced
        labels, _ = self.sentence_label(segment, cell[: expression.start], tail)
        return PARTICLE.sub("", labels[0]) if labels and L.kind_of(labels[0]) else ""  # (「企画提案書の提出期限を」)

    def on_page_day(self, mention: Mention, index: int) -> None:
        """A year-less day the text calls 「本日」 takes the year of the page's own date when that is the same day (in
        a mail, the day it was sent: 「送信日時: 2027年3月1日」 over 「本日（3月1日）より…募集しております」)."""
        page = self.sent_day(index) or self.first_full_date
        if page and (mention.month, mention.day) == (page.month, page.day):
            mention.year = page.year

    def sent_day(self, index: int) -> dt.date | None:
        """The day the mail line ``index`` stands in was sent: the date in the nearest mail header above it."""
        if self.sent_days is None:  # (the headers that give a day read once, not all those above each date again)
            dated = []
            for header in sorted(self.mail_headers):
                sent = next((m for m in self.read_dates(self.lines[header]) if m.explicit_year and m.day), None)
                if sent is not None:
                    dated.append((header, sent.date()))
            self.sent_days = dated
        above = bisect.bisect_left(self.sent_days, (index,))  # (the dated headers above line ``index``)
        return self.sent_days[above - 1][1] if above else None

    def named_before_bracket(self, cell: str) -> tuple[str, bool]:
        """The step a cell names before a bracket that holds the cell's dates, and whether those dates are an aside of
        it: 「募集要項等の配布開始（11月12日まで）」, the end of the window the step opens (the cell is then the row's step
        name, its date no step's); 「施設見学会・説明会（参加申込は11月22日（月）17時まで）」, the deadline of its
        registration (the step the row's other date cell is of; the bracket's date is read as well). ('', False) for
        other cells."""
        if "(" not in cell:
            return "", False
        aside = ASIDE_DATE_CELL.fullmatch(cell.strip()) if cell.rstrip().endswith(")") else None
        if aside is not None and L.kind_of(aside["name"]) and not self.read_dates(aside["name"]):
            return aside["name"], True
        mentions = self.read_dates(cell)
        lead = cell[: mentions[0].start] if mentions else ""
        if "(" not in lead or ")" in lead[lead.rfind("(") :]:
            return "", False
        step = L.clean_label(lead[: lead.rfind("(")])
        named = step and L.kind_of(step) and not L.is_generic(step) and not self.read_dates(step)
        return (step, False) if named else ("", False)

    @staticmethod
    def names_no_step(words: str) -> bool:
        """The words right after a date in a cell name what is no step of the call (「業務開始」「運用開始」), alone:
        the date is that thing's, not the step another cell of the row names."""
        return bool(words) and len(words) <= NO_STEP_WORDS_MAX and not L.kind_of(words) and L.is_not_milestone(words)

    @staticmethod
    def aside_of_noun(before: str) -> bool:
        """In a cell of sentences, a date in brackets right after a noun that names no step (「記念式典(令和10年4月29日)」):
        when that thing takes place, said in passing, whatever the column's step."""
        if not before.rstrip().endswith("("):
            return False
        noun = L.clean_label(WORD_END.split(CLAUSE_OR_BRACKET.split(before.rstrip()[:-1])[-1])[-1])
        return len(noun) >= 2 and JAPANESE.search(noun) is not None and not L.kind_of(noun) and not L.is_generic(noun)

    def work_of(self, header, cells: list[str]) -> str | None:
        """The call a row names in a column headed 「工事名」「件名」「業務名」 (a list of calls), else None."""
        if not header or len(header) != len(cells) or len(cells) < 3:  # (「件名 | …」 atop keys and values: no list)
            return None
        if not any(name and L.kind_of(L.clean_label(name)) for name in header):
            return None  # a list of calls has columns of their steps (公告日, 開札日)
        for name, cell in zip(header, cells):
            if name and WORK_NAME.fullmatch(L.clean_label(name)) and cell and not self.read_dates(cell):
                return cell.strip()
        return None

    def lot_of(self, header, cells: list[str]) -> str | None:
        """The lot a row of a table whose columns are steps stands for: its first cell, when that names no step and
        holds no date (「精米」, 「1」 under 「案件」 as 「案件1」); else None."""
        key = cells[0].strip() if cells else ""
        if not key or self.read_dates(key) or L.kind_of(key):
            return None
        name = L.clean_label(header[0]) if header and header[0] and not self.read_dates(header[0]) else ""
        if L.MARKER_ONLY.match(key):
            return f"{name}{key}" if name and not L.kind_of(name) and not L.WHEN_COLUMN.fullmatch(name) else None
        return key

    def window_columns_joined(self, header, cells: list[str]) -> list[str]:
        """「事項 | 期間（自） | 期間（至） | 時間」: a row's start and end, both dated, as one window 「A~B」 in the
        start's cell (its times in the row's other cells then close the window's last day)."""
        if not header or len(header) != len(cells):
            return cells
        start = next((i for i, name in enumerate(header) if name and START_HEADING.search(name)), None)
        end = next((i for i, name in enumerate(header) if name and END_HEADING.search(name)), None)
        if start is None or end is None or end <= start or any(cells[start + 1 : end]):
            return cells
        if not (self.read_dates(cells[start]) and self.read_dates(cells[end])):
            return cells
        return [*cells[:start], f"{cells[start]}~{cells[end]}", *cells[start + 1 : end], "", *cells[end + 1 :]]

    def time_column_joined(self, header: list[str], cells: list[str]) -> list[str]:
        """「締切日 | 時刻 | 提出物」 over 「2027/6/11 | 12:00 | 参加申込書」: a column of times right after a column of
        dates, each row's time that of its date (read as one 「2027/6/11 12:00」 in the date's cell).

        A sheet's column of weekdays between them, or after the dates alone (「期日 | 曜 | 時刻」 over 「1/25 | 月 |
        17:00:00」, 「Date | Day | Time」): the weekday is the date's (「1/25(月) 17:00」, a month and day a sheet writes
        bare then read as a date, not a fraction); a time with its seconds (「17:00:00」) or a range (「14:00~15:00」)."""
        if not header or len(header) != len(cells):
            return cells
        joined = list(cells)
        for at in range(1, len(cells)):
            weekday = WEEKDAY_COLUMN_CELL.fullmatch(cells[at].strip())
            if not weekday or not WEEKDAY_COLUMN.fullmatch(L.clean_label(header[at] or "").strip()):
                continue
            day = cells[at - 1].strip()
            if day and (BARE_MONTH_DAY.fullmatch(day) or len(self.read_dates(day)) == 1) and not DAY_WEEKDAY_WRITTEN.search(day):
                joined[at - 1], joined[at] = f"{day}({weekday['wd']})", ""
        for at in range(1, len(cells)):
            time = joined[at].strip()
            if not time or not TIME_ROW_HEAD.match(L.clean_label(header[at] or "")):
                continue
            if not HAS_DIGIT.search(time) and "午" not in time:
                joined[at] = ""  # 「日付 | 時刻 | 内容」 over 「10/19の週 | 別途通知 | 審査」: the hour's remark, no step's name
                continue
            before = at - 1  # (the date's column, a column of weekdays joined to it passed over)
            if before and not joined[before] and WEEKDAY_COLUMN.fullmatch(L.clean_label(header[before] or "").strip()):
                before -= 1
            if not joined[before]:
                continue
            clock = CLOCK_CELL.fullmatch(time)
            if not clock:  # (the cell a time and nothing else)
                continue
            if OPEN_WINDOW_CELL.search(joined[before]):
                continue  # 「〃 4月3日（月）～」 over its end on the row below: a window's daily hours, not its first day's
            dated = self.read_dates(joined[before])
            if len(dated) == 1 and dated[0].time is None:
                hour = SECONDS_AFTER_CLOCK.sub("", time)
                joined[before], joined[at] = f"{joined[before].rstrip()} {hour}", ""
        return joined

    def header_apart(self, index: int, width: int) -> list[str] | None:
        """「手続　　開始　　終了」 or 「　　参加表明書　企画提案書」 above the rows (a rule between): the columns' names."""
        above = index
        while above > 0 and (is_table_row(self.lines[above - 1]) or RULE_LINE.fullmatch(self.lines[above - 1].strip() or "-")):
            above -= 1
            if above < index - HEADER_REACH:
                return None
        line = self.lines[above - 1] if above > 0 else ""
        if not line.strip() or self.read_dates(line):
            return None
        row_above = self.lines[above - 2] if above > 1 else ""
        if is_table_row(row_above) and self.read_dates(row_above):
            return None  # 「参加資格確認結果の通知　　提出期限後1週間以内」 between dated rows: a row of no date, no header
        names = CELL_GAP.split(line.strip())
        return names if len(names) in (width, width - 1) and len(names) >= 2 else None

    def time_row(self, index: int, width: int) -> list[dt.time | None] | None:
        """The times of a 「時刻」 row right under row ``index`` (or under its row of weekdays), by column (a blank line
        between: where a row wrapped over two lines was joined)."""
        below = self.row_below(index)
        if below < len(self.lines) and is_table_row(self.lines[below]):
            cells = cells_of(self.lines[below])
            if len(cells) == width and all(WEEKDAY_CELL.fullmatch(cell) for cell in cells[1:]):
                below = self.row_below(below)  # 「曜日 月 水 火 …」
        if below >= len(self.lines) or not is_table_row(self.lines[below]):
            return None
        cells = cells_of(self.lines[below])
        if len(cells) != width or not (TIME_ROW_HEAD.match(L.clean_label(cells[0])) or not cells[0]):
            return None  # (a blank head: 「 | 17時まで | 正午まで」 under the dates of a table without a column of names)
        if self.read_dates(self.lines[below]):
            return None
        times = [None] + [(lambda m: _time(m.groupdict()) if m else None)(TIME_ROW_CELL.fullmatch(c.strip())) for c in cells[1:]]
        return times if any(times) else None

    def row_below(self, index: int) -> int:
        """The line of the table's next row under row ``index``, past one blank line (a wrapped row's joined line)."""
        below = index + 1
        return below + 1 if below + 1 < len(self.lines) and not self.lines[below].strip() else below

    def window_end_column(self, header, column: int, cells: list[str]) -> int | None:
        """The dated 「終了」 cell of this row when ``column`` is the table's 「開始」 column, else None.

        Without such a head, two dated cells side by side (nothing but a time between them, no step named
        before the second date), the second later, are a window's two ends too: 「20270114 0830  20270127 1715」.
        """
        if not header or column >= len(header) or not START_HEADING.search(header[column] or ""):
            named = header and column < len(header) and (header[column] or "").strip()
            if named and not L.WHEN_COLUMN.fullmatch(L.clean_label(named) or "-"):
                return None  # 「参加表明書 | 企画提案書」 over the dates: each column a step of its own
            return self.window_in_row(column, cells)
        for index, name in enumerate(header):
            if index != column and name and END_HEADING.search(name) and index < len(cells) and self.read_dates(cells[index]):
                return index
        return self.window_in_row(column, cells)  # a head whose columns the row's cells do not line up with

    def window_in_row(self, column: int, cells: list[str]) -> int | None:
        dated = [index for index, cell in enumerate(cells) if cell and self.read_dates(cell)]
        if len(dated) != 2 or column != dated[0]:
            return None
        end = dated[1]
        if any(cell.strip() and not TIME_ONLY.match(cell.strip("~ ")) for cell in cells[column + 1 : end]):
            return None
        first, second = self.read_dates(cells[column]), self.read_dates(cells[end])
        if len(first) != 1 or len(second) != 1 or L.kind_of(L.clean_label(cells[end][: second[0].start])):
            return None
        a, b = first[0], second[0]
        if not (a.month and a.day and b.month and b.day) or (a.year is None) != (b.year is None):
            return None
        return end if (a.year or 0, a.month, a.day) < (b.year or 0, b.month, b.day) else None

    @staticmethod
    def row_time(candidate: Candidate, cells: list[str]) -> None:
        """A time in another cell of the row: 「| 6月4日 | 申込 | 午後5時15分必着 |」, 「申込(受付時間 9時～17時15分)」."""
        # 「~17:00」: by then; 「from 13:00」「at 2:00 p.m.」: an English event's start
        window = (not L.is_event(candidate.label) or bool(candidate.window)) and candidate.kind != "published"
        by = window or bool(EN_DEADLINE_WORD.search(candidate.label))  # (an event's 「until 12:00」 is when it ends)
        lead = EN_CELL_BY if by else EN_CELL_FROM
        hour = next((t for t in (lead.sub("", c.lstrip("~ ")) for c in cells) if TIME_ONLY.match(t)), None)
        if candidate.kind == "published" and candidate.window and hour and closing_time(hour):
            return  # 「交付 | 自 6月1日 至 6月12日 | 午前9時から午後5時まで」: the office's hours, no time of the opening day
        final = next((m for m in map(FINAL_DAY.search, cells) if m), None) if window and candidate.window else None
        closing = _time(final.groupdict()) if final else None  # 「午前9時～午後5時（最終日は正午まで）」
        closing = closing or (next((t for t in map(closing_time, cells) if t), None) if window else None)  # closes at 17時
        if closing is None and hour is None:
            return
        candidate.mention.time = closing or cell_clock(hour)
        candidate.mention.precision = "datetime"

    def text_candidates(self, segment: Segment, mentions, contexts, consumed, stream: Window, position) -> list[Candidate]:
        text = segment.text
        found = []
        previous_label = ""
        found_exprs = expressions(mentions)
        if len(found_exprs) > 1 and "日間" in text:
            found_exprs = days_listed(text, found_exprs)
        if len(found_exprs) > 1 and "会" in text:
            found_exprs = sessions_left_out(text, found_exprs)
        if self.dates_first(text, found_exprs):
            return self.dates_first_candidates(segment, found_exprs)
        if (
            len(found_exprs) == 1
            and found_exprs[0].last.day
            and (found_exprs[0].last.time is not None or not text[found_exprs[0].end :].strip())
            and not L.clean_label(text[: found_exprs[0].start])
        ):
            timed = self.timed_steps(segment, found_exprs[0])
            if timed is not None:  # 「2月10日(水) 午前10時 現地説明、」 / 「 正午 質問書の提出期限、」: a step each time
                return timed
        struck = struck_out(text, found_exprs) if self.changes and len(found_exprs) > 1 else ()
        old_brackets = old_version_brackets(text) if self.changes and len(found_exprs) > 1 else []
        if self.changes and "は" in text:
            old_brackets += old_plan_told(text)
        flow: list[str] = []  # the steps of a flow 「A → B」 over its dates 「d1 → d2」, one a date
        # (what the whole text and line hold, looked for once, not again for each of a long line's thousands of dates)
        line = self.lines[segment.line]
        quoted, set_apart = '"' in text or "“" in text, "本件" in text
        noted = self.noted_lines.get(segment.line)
        if noted is None:  # (a long line's pieces each ask)
            noted = self.noted_lines[segment.line] = "※" in line
        calls_off: bool | None = None  # (a word that calls a step off in the text)
        listed_ends: dict[int, int] = {}  # (where each run of days listed together ends: ``closed_day``)
        had_been_before = False  # (the date before was the old one 「…」としていたが, this one the new)
        replaced_day: tuple | None = None  # (the month and day of the date before, when it was an old one)
        last_head = ""  # (the words before the date before, as read for it)
        for number, expression in enumerate(found_exprs):
            self.date_at = expression.start  # (where in the segment's text the date stands, for a reach before it)
            old_day, replaced_day = replaced_day, None
            old_above, self.old_date_open = self.old_date_open, None
            head_start = found_exprs[number - 1].end if number else 0
            tail_end = found_exprs[number + 1].start if number + 1 < len(found_exprs) else len(text)
            head, tail = text[head_start : expression.start], text[expression.end : tail_end]
            if "号" in tail and (next_notice := INLINE_NOTICE_NUMBER.search(tail)):
                tail = tail[: next_notice.start()]  # (a 公報 on one line: the next notice's words, no step of this date)
            opened = tail.rfind("(") if number + 1 < len(found_exprs) else -1
            if opened > tail.rfind(")") and L.clean_label(tail[:opened]) and tail[opened + 1 :].strip():
                tail = tail[:opened]  # 「6月24日 技術提案書の提出期限（受付開始は6月15日）」: the next date's aside, not the step
            if "以下" in head:  # 「申請書（以下「申請書」という。）及び添付書類の提出期限は」: a name defined, no sentence's end
                head = DEFINED_AS.sub("", head)
            if expression.last.said_same_day and "同日" in text[expression.last.start : expression.last.start + 2]:
                head = self.same_day_as_named(head, expression.last)
            elif HAS_DAY_COUNT.search(head, max(0, len(head) - RELATIVE_REACH)):  # 「開札日の前日（6月25日（水））午後5時」
                today = TODAY_BRACKET.search(head, max(0, len(head) - 8))
                head, tail = counted_day(head, tail, expression.last)
                if today and expression.last.year is None:
                    self.on_page_day(expression.last, segment.line)  # 「本日（5月10日）から公開」: the page's day
            if head.count("|") >= 2:  # a table run into one line (not read as a row): the cell before the date
                head = next((cell for cell in reversed(head.split("|")) if cell.strip()), "")
                cell_time = TIME_CELL.match(tail)
                if cell_time and expression.last.time is None and expression.last.day:  # 「| 6月9日(火) | 17:00 |」
                    expression.last.time, expression.last.precision = _time(cell_time.groupdict()), "datetime"
            if KANJI_SPACED.search(head):  # 「当　初　6月2日」「変 更 前 …」: the mark's letters spread out to line up
                head = L.unspaced(head)
            had_been = (HAD_BEEN_AFTER.match(tail) if "て" in tail[:8] else None) or (
                HAD_BEEN_QUOTED.match(tail) if head.rstrip().endswith(("「", "『")) and "て" in tail else None
            )
            follows_old, had_been_before = had_been_before, False
            # 「訂正前は「6月12日（金）午後5時まで」としていたが、訂正後は「6月17日（水）午後5時まで」とする」: the old date,
            # the new one after it in the same sentence
            followed = bool(had_been and number + 1 < len(found_exprs) and "。" not in tail[had_been.end() :])
            replaced = (
                number in struck
                or any(start <= expression.start < end for start, end in old_brackets)
                or SUPERSEDED.search(head)
                or EARLIER.search(head)
                or en_old_told(head)
                or (number == 0 and segment.line in self.for_block_lines)
                or ("から" in tail[:8] and MOVED_FROM_AFTER.match(tail) and MOVED_FROM_BEFORE.search(head))
                or ("から" in tail[:4] and MOVED_AWAY_AFTER.match(tail) and OBJECT_BEFORE.search(head))
                or ("read" in tail[:20] and EN_READ_AFTER.match(tail) and EN_FOR_QUOTED.search(head, len(head) - EN_QUOTED_REACH))
                or (EARLIER_ROUND.search(head) and self.changed_again())
                or (number == 0 and segment.first and not head.strip() and self.earlier_above(segment.line))
                or self.changed_from(text, expression, found_exprs[number + 1] if number + 1 < len(found_exprs) else None)
            )
            if replaced and "nstead" in head[-72:] and (new_hour := EN_NEW_HOUR_INSTEAD.search(head[-72:])):
                old_hour = new_hour["old_hour"] or EN_CLOCK_OPENS.match(text, expression.start)
                if old_hour and expression.last.day and (moved_to := en_clock(new_hour.groupdict())) is not None:
                    replaced = False  # 「at 2:00 p.m. instead of 10:00 a.m. on Friday, 7 May」: the day stands, its hour new
                    expression.last.time, expression.last.precision = moved_to, "datetime"
            told_old = followed and not replaced  # (the date only told as what it had been, no other step's old one)
            replaced = replaced or followed
            if ("時" in head or "とき" in head or "際" in head) and PAST_ROUND_TOLD.search(head):
                continue  # 「第1期の時は議決が遅れて本契約が1月にずれ込んだ」: what happened in an earlier round, told
            if "次回" in head[-16:] and NEXT_ROUND_TOLD.search(head[-16:]):
                continue  # 「次回の受付は令和10年6月の予定です」: the next round of a recurring intake, told
            if had_been and not replaced:
                continue  # (what it had been: the step's date in force stands elsewhere, read there)
            if (
                replaced
            ):  # 「訂正前は「6月3日」としていたが」「8月下旬の予定を、9月中旬に変更します」: its step names the new date
                old_head = EMPTY_BRACKETS.sub("", EARLIER_WORD.sub("", SUPERSEDED.sub("", head)))  # (「（変更前）」: all of it)
                old_head = VERSION_BRACKET.sub("", old_head)  # (「訂正前（第1回訂正後）」: the version it was, no step)
                if ("項" in old_head or "の(" in old_head) and (cited := ITEM_NUMBER_CITED.search(old_head)):
                    old_head = self.item_gloss(cited["ref"]) or clause_words(cited["ref"], text, expression.end) or old_head
                    # 「第五項第二号中「…」を」: its name elsewhere, or the kind its other words in the clause give
                elif "中" in old_head and (cited := SUB_ITEM_CITED.search(old_head)):
                    old_head = self.item_heading_above(segment.line, cited["item"]) or old_head
                planned = former_step(tail)
                if not planned and number and "not" in head[-16:] and EN_NOT_AFTER_DASH.search(head[-16:]):
                    # 「the deadline … is Monday 9 February – not Friday 6 February」: the step of the date before
                    denied = EN_CLAUSE_ENDS.split(last_head.replace(": ", ". "))[-1]
                    planned = previous_label or (L.clean_label(denied) if L.kind_of(denied) else "")
                labels, _ = (
                    ([planned], "")
                    if planned
                    else self.bind(
                        segment,
                        PARTICLE.sub("", L.clean_label(old_head)),
                        old_head,
                        tail,
                        contexts,
                        set(),
                        stream,
                        position,
                    )
                )
                if (
                    not any(L.kind_of(label) for label in labels)
                    and not L.clean_label(old_head).rstrip("~ ")  # (「誤）～10月9日」: the window's 「~」 alone after the mark)
                    and SUPERSEDED.search(head)
                ):
                    # 「…審査の日程を下記のとおり変更いたします。」 / 「変更前：4月20日」: the mark alone, the step above
                    corrected = self.corrected_step(segment.line)
                    labels = [corrected] if corrected else labels
                previous_label = labels[0] if labels else previous_label
                kind = L.kind_of(labels[0]) if labels else None
                if kind and expression.last.month and not EARLIER.search(head) and not told_old:
                    # (an earlier round's date may recur; one only told as what it had been, no other step's old one)
                    self.superseded.add(step_day(kind, expression.last))
                    self.superseded_steps.setdefault(step_day(kind, expression.last), []).append(labels[0])
                had_been_before = followed
                replaced_day = (expression.last.month, expression.last.day)
                if labels and number + 1 == len(found_exprs) and "." not in tail:
                    self.old_date_open = (segment.line, labels[0])
                continue
            if (self.changes or self.resumes) and ("募集" in tail[:12] or "公募" in tail[:12]):
                if CITED_CALL_OPENED.match(text, expression.end):
                    continue  # 「4月24日から公募しております「…」について」: the opening of the call a change notice changes
            if (self.changes or self.resumes) and ("止" in tail[:24] or "断" in tail[:24]) and SUSPENDED_FROM_AFTER.match(tail):
                continue  # 「9月17日(金)から公募手続を一時中断しておりました」: the day the call was suspended
            if "No" in head[-ISSUE_REACH:] and ISSUE_NUMBER_BEFORE.search(head[-ISSUE_REACH:]):
                continue  # 「TENDER BULLETIN」 / 「No. 29-11  |  2029.5.14 (Mon)」: a bulletin's issue, its masthead's day
            if REVISION_STAMP_AFTER.match(tail):
                continue  # 「会場：… ※6月1日修正」 / 「・質問の受付」: the day a row was revised, no step, no items under it
            if change_made_on(head, tail):
                continue  # 「On Monday, June 7, 2027, the deadline … was extended from …」: the day a change was made
            if IF_DONE_ON.match(tail):
                continue  # 「1月20日に質問を送信した場合は、改めて送信すること」: what to do if it was done that day
            if quoted:
                if MARKED_QUOTE.search(text, max(0, expression.start - MARKED_QUOTE_REACH), expression.start):
                    continue  # (「… marked "Tender for …, to be opened on September 1, 2026"」: the envelope's words)
            if ("か" in tail[:56] or "?" in tail[:56] or "？" in tail[:56]) and ASKED_AFTER.match(tail):
                continue  # 「…提出期限（7月23日）も延長されますか。」: a date a question asks about, no step set
            if HANDED_IN_ON.match(tail):
                continue  # 「11月1日(水)に御提出いただいた参加表明書について」: the day a bidder handed it in
            if number + 1 < len(found_exprs) and ")" in tail:
                if calls_off is None:
                    calls_off = any(word in text for word in CALLED_OFF_WORDS)
                # 「提出期限(9月18日)及びプレゼンテーション(9月29日)は延期とし」: both
                if calls_off and PARALLEL_NEXT.search(tail):
                    after = found_exprs[number + 1].end  # (what the pattern reads, at most CALLED_OFF_REACH characters)
                    called_off = CALLED_OFF_AFTER.match(text[after : after + CALLED_OFF_REACH])
                    if called_off and "場合" not in called_off.group():
                        continue
            if closed_day(text, found_exprs, number, listed_ends):
                continue  # 「3月21日(日)及び3月22日(月)は郵便物の配達がありません」: days nothing happens on
            if number == 0 and expression.last.explicit_year and self.date_only(segment) and self.signed(segment, tail):
                self.signature_days.append(expression.last.date())
            head_label = PARTICLE.sub("", L.clean_label(head))
            if number == 0 and head_label and len(head_label) <= 12 and RECORD_KEY.fullmatch(head_label):
                continue  # 「作成:2021/08/04 市川」「改訂:2021/08/11 Rev.2(…)」「最終更新 2026/09/16 11:20」: the paper's own record
            field = FIELD_KEY_BEFORE.search(head[-FIELD_KEY_REACH:]) if number and "  " in head[-FIELD_KEY_REACH:] else None
            if field and RECORD_KEY.fullmatch(field["key"]):
                continue  # 「… 添付ファイル … 最終更新    2027年4月5日 16:42」: a page's field run onto the fields before it
            if number == 0 and head_label in RECEIVED_KEYS and STAMP_REST.fullmatch(tail) and self.received_stamp(segment.line):
                continue  # 「│受付 2026. 6. 1│」 over 「│(有)北斗板金工業 工事部│」: the stamp its receiver put on the paper
            if (
                number == 0
                and segment.first
                and head_label
                and DEADLINE_LEAD.fullmatch(head)
                and not (tail.lstrip()[:1] in (",", ";") and self.sentence_wrapped_above(segment.line))
            ):  # (「… will be accepted by e-mail」 / 「until Friday 7 April, and …」: a sentence's words, wrapped, go on)
                head = head_label = ""  # 「by 2027-10-29 (Fri)   Notification of results」: a schedule row's date first
            elif number == 0 and segment.first and head_label[:5].lower() == "to be" and PREDICATE_LEAD.fullmatch(head):
                if not L.kind_of(head_label):  # 「Answers to Questions」 / 「To be posted on this page by Friday, July 31」
                    head = head_label = ""
            if number == 0 and segment.first and segment.line and ('"' in head or "”" in head):
                closes = EN_QUOTE_CLOSES_HEAD.match(head) if not JAPANESE.search(head) else None
                if closes and quote_left_open(self.lines[segment.line - 1]):
                    head = head[closes.end() :]  # (the sentence's own words, above and after the quotation, name the step)
                    head_label = PARTICLE.sub("", L.clean_label(head))
            item = CITED_ITEM.search(head) if "中" in head else None
            if item:  # 「告示第42号5(3)（質問に対する回答期日）中「10月20日」とあるのは」: the item the bracket names
                head = head_label = item["item"]
            if head_label == "(":  # 「(4月8日(水)から4月16日(木)まで)」 on a line of its own: the key above names its step
                head_label = ""
            if number == 0 and L.is_generic(head_label) and not segment.first and position:
                before = stream.get(position - 1)
                if before.line == segment.line and before.text.rstrip().endswith("。"):
                    head = before.text + head  # 「質問は…受け付けます。受付期間は…」: the sentence before says what
                    head_label = L.clean_label(head)
            elif number == 0 and not head_label and head.strip() in ("【", "[", "") and not segment.first and position:
                before = stream.get(position - 1)  # 「8 審査（プレゼンテーション）【8月19日（水）13時30分から】」
                item = L.clean_label(before.text) if before.line == segment.line and not self.read_dates(before.text) else ""
                if item and len(item) <= COLUMN_MAX and L.kind_of(item) and not CLAUSE_END.search(item):
                    head, head_label = before.text + head, PARTICLE.sub("", item)
            elif number == 0 and not head_label and segment.first:
                wrapped = self.wrapped_head(segment, expression)
                if wrapped:  # 「…提案書一式を」 / 「7月30日までに持参してください。」: the sentence began on the line above
                    head = wrapped + head
                    head_label = PARTICLE.sub("", L.clean_label(head))
            goes_on = number and head[:1] == ")" and head[1:].strip() and not EN_CLAUSE_ENDS.search(head)
            aside = last_head.rfind("(") if goes_on and not JAPANESE.search(last_head + head) else -1
            if aside > last_head.rfind(")"):  # 「the deadline … in the attached RFQ form (dated Friday,」 / 「26 February
                # 2027) has been extended to 5:00 p.m. on …」: the sentence goes on past the bracket its date stood in
                # (not 「(入札公告, dated 26 March 2027) shall prevail.  Date of announcement:」: a sentence of its own)
                head = f"{last_head[:aside].rstrip()} {head[1:].lstrip()}"
                head_label = PARTICLE.sub("", L.clean_label(head))
            last_head = head
            above = contexts[-1][0] if contexts and segment.line - contexts[-1][1] == 1 and not head_label else ""
            if above and ((SUPERSEDED.search(above) and len(above) <= 8) or EARLIER_MARK.match(above)):
                continue  # 「訂正前」 / 「令和9年6月4日」 written one under the other
            if above and CORRECTED.match(above) and self.corrected_again(segment.line):
                continue  # 「第1回訂正後」 / date / 「第2回訂正後（今回）」 / date: a version a later correction replaced
            before_step = (found_exprs[number - 1].last, previous_label) if number else None
            # 「(変更前) 9月15日(火)午後3時(必着) (変更後) 9月15日(火)午後5時(必着)」 run onto one line: the new time of the
            # step on the old day, which holds though that day is the superseded one's
            same_day_corrected = (
                old_day is not None
                and old_day == (expression.last.month, expression.last.day)
                and (CORRECTED.match(head_label) is not None or ends_with_version_key(head_label))
            )
            restated = self.restated(expression.last, head_label, before_step)
            if restated:  # 「…6月4日17時までに…提出(郵送の場合も同日同時刻必着)」: the same deadline again, of the same step
                labels, source = [restated], "sentence"
            elif (
                number
                and previous_label
                and (
                    not head_label
                    or follows_old
                    or CONNECTOR.match(head_label)
                    or (CHANGED_TO.match(tail) and "。" not in head and not self.names_moved_step(head))
                    or (head.endswith("「") and QUOTED_OLD_BEFORE.search(head) and QUOTED_NEW_AFTER.match(tail))
                    or CORRECTED.match(head_label)
                    or ends_with_version_key(head_label)
                    or ("read" in head[-40:] and EN_READ_BEFORE.search(head, len(head) - EN_QUOTED_REACH))
                    or (  # 「The time-limit for tender is changed from 5:00 p.m., 15 September 2026 to 5:00 p.m., 29 …」
                        head_label.lower() == "to"
                        and EN_CHANGED_FROM.search(
                            text, max(0, found_exprs[number - 1].start - 24), found_exprs[number - 1].start
                        )
                    )
                    or ("共通" in head_label and LOTS_SHARED.match(head_label))
                    or (old_day is not None and en_moved_step_named(head) is False)
                )
            ):  # 「審査 当初 9月15日 変更後 9月24日」: the step before the corrected date
                labels, source = [previous_label], "labelled"
            elif (
                number == 0
                and old_above
                and old_above[0] == segment.line - 1
                and segment.first
                and en_moved_step_named(head) is False
            ):  # 「…, originally 12 May 2027 at 12:00 (JST), is hereby」 / 「extended to Wednesday, 26 May 2027」
                labels, source = [old_above[1]], "labelled"
            elif above and CORRECTED.match(above):
                corrected = self.corrected_step(segment.line)
                labels, source = ([corrected], "labelled") if corrected else ([], "")
            elif CORRECTED.match(head_label.rstrip("~ ") or head.strip()):  # (「正）～10月13日」: the window's end)
                corrected = self.corrected_step(segment.line)
                labels, source = ([corrected], "labelled") if corrected else ([], "")
            elif (not head_label or head.rstrip().endswith(("、", ","))) and CALL_OPENS_FROM.match(tail):
                # 「本日（3月1日）より、標記業務の企画提案を募集しております」「本日、4月26日から…の募集を開始しました」
                labels, source = ["募集開始"], "sentence"
            elif ")" in tail and (bracketed := self.bracketed_step(segment, head_label, head, tail, number)):
                labels, source = [bracketed], "labelled"
            elif (
                number
                and " " in head
                and EN_LISTED_AGAIN.match(head)
                and en_listed_after_no_step(text[max(0, expression.start - EN_LISTED_AGAIN_REACH) : expression.start])
            ):
                # 「the office is closed from 29/04/2027 to 05/05/2027 (Golden Week) and from 29/12/2027 to」: the same
                # days off, listed again in the sentence
                labels, source = [], ""
            else:
                labels, source = self.bind(segment, head_label, head, tail, contexts, consumed, stream, position)
                if (
                    head_label
                    and not any(L.kind_of(label) for label in labels)
                    and (len(head_label) <= FALLBACK_HEAD or EN_WHEN_KEY_LEAD.fullmatch(head_label))
                    and not L.is_not_milestone(head_label)
                    # (「希望者のみ。4/21（金）10時～」: a note's sentence ended before the date, which opens one of its own)
                    and (not CLAUSE_MARK.search(head) or head.rstrip().endswith("。"))
                    and not self.period_bracket(head, tail)
                ):
                    topic = bool(TOPIC.search(head.rstrip()))
                    labels, source = self.nearest_step(segment, tail, contexts, head_label, topic) or (labels, source)
                if labels and L.is_generic(head_label) and not any(L.kind_of(label) for label in labels):
                    labels = self.versioned_item(
                        labels[0], segment.line
                    )  # 「(訂正後) 日時」 under 「訂正箇所④ …「9 開札の日時…」」
            told = not labels and "場合" in head[-40:] and "までに" in tail[:24] and TELL_BY_AFTER.match(tail)
            condition = CONDITION_BEFORE.search(head.rsplit("。", 1)[-1]) if told else None
            if condition and L.clean_label(condition["what"]):
                # 「変更後の日程での出席が困難な場合は、9月21日正午までに御連絡ください」: the day to tell the issuer by
                labels, source = [f"{L.clean_label(condition['what'])}場合の連絡"], "sentence"
            if len(labels) == 1 and len(found_exprs) > 1 and ARROW_MARK.search(labels[0]) and not flow:
                steps = ARROW_MARK.split(labels[0])  # 「審査結果の通知 → 契約締結」 / 「10月下旬 → 11月上旬」: in turn
                if len(steps) == len(found_exprs) and all(
                    ARROW_MARK.search(text, a.end, b.start) for a, b in zip(found_exprs, found_exprs[1:])
                ):
                    flow = [step.strip() for step in steps]
            if flow and labels:
                labels = [flow[number]]
            if not labels:
                continue
            previous_label = labels[0]
            first = contexts[-1][1] if contexts and segment.line - contexts[-1][1] <= 2 * CONTEXT_LINES else segment.line
            notes_text = "\n".join(line[:LONG_LINE] for line in self.lines[first : segment.line + 6])
            if len(self.lines[segment.line]) > LONG_LINE:
                notes_text = text[max(0, expression.start - 200) : expression.end + 200]
            heading, _ = self.context_label(contexts, segment.line)
            past = PAST_AFTER.match(text, expression.end, min(tail_end, expression.end + 120))
            if (
                past
                and len(line) <= SHORT_ITEM
                and "。" not in line
                and not NEW_VALUE_KEYED.match(head)
                and not line.rstrip().endswith(("、", ","))
            ):
                past = None  # 「5月20日(水) 質問の受付を締め切りました(正午)」: an item of the call's log of its steps, done
                # (not 「変更後：受付終了（回答は7月6日に公表済み）」: a change's new value, that the step is over; nor
                # 「本日（1月8日）をもって参加申込みの受付を締め切りましたので、」: a sentence wrapped, its clause told)
            told_before = head
            if number == 0 and segment.first and segment.line and not head.strip():
                told_before = self.lines[segment.line - 1].rstrip()  # (「… took place on」 / 「20 April 2027 as planned」)
            verb = told_before[-EN_PAST_REACH:]  # (each of EN_PAST_BEFORE's verbs holds 「ed」 or 「took」)
            if not past and ("ed" in verb or "took" in verb) and not JAPANESE.search(verb):
                # 「The general clarification period closed on 21 April 2027 and the site visit took place on」: in
                # English the verb before the date tells the step is over
                past = EN_PAST_BEFORE.search(told_before, max(0, len(told_before) - EN_PAST_REACH))
                if past and EN_PAST_PASSIVE.search(told_before, max(0, past.start() - EN_PAST_REACH), past.start()):
                    past = None
            if not past and noted and len(found_exprs) == 1 and not tail.strip():
                # 「２ 現地説明会」 / 「7月17日(水)午後2時 ※終了しました」: the note beside its date that the step is over
                past = PAST_NOTE.search(line)
            if not past and self.resumed_call and DONE_AFTER.match(text, expression.end, tail_end):
                past = True  # 「2  質問の受付期限  令和9年4月28日(水)正午  実施済  3  …」: done before the suspension
            if set_apart and UNRELATED_AFTER.match(text, expression.end, min(tail_end, expression.end + 120)):
                continue  # 「…説明会（3月上旬予定）の日程は、本件とは関係ありません。」: a date the text sets apart from its call
            restated = self.under_unchanged()
            if restated:  # 「3 変更のない日程」 / 「(2) 参加申込書の提出 1月21日午後5時をもって締め切りました。」: a step
                past = None  # of the call stated again in full by its change notice, over or not
                self.unchanged_lines.add(segment.line + 1)  # (its day holds, though a changed step's old day was the same)
                tail = ENDED_ON.sub("", tail, count=1)
            until_opening = "開札" in tail[:8] and UNTIL_OPENING_AFTER.match(tail)
            for label in labels:
                if past and L.kind_of(label) != "published":
                    continue  # 「参加申込書の提出は11月6日に締め切りました」: a step already over, not one to come
                if until_opening and L.kind_of(label) != "published":
                    continue  # 「掲載期間は、1月13日から開札日までとする」: the start of a window the opening closes
                if L.kind_of(label) == "published" and CHANGED_PAPERS.search(head):
                    continue  # 「設計図書の差替えは、9月4日午後から…に掲載する」: the change's papers put up, not the call's

                if (
                    not heading
                    and (source == "sentence" or (source == "labelled" and not JAPANESE.search(label)))
                    and L.is_weak(label)
                    and segment.first
                    and OUTLINE_MARK.match(text)
                ):  # (「5. Application for Participation」 / 「(2) Must arrive by 17:00, …」: the English the same)
                    # 「2 説明会」 / 「(2) 場所 …」 / 「(3) 申込方法 …6月12日17時までに電子メールで提出すること。」: the item's
                    # sentence names its step by the verb alone, the heading it stands under names the step
                    heading = self.outline_step(segment.line)
                if (
                    heading
                    and L.is_weak(label)
                    and L.kind_of(heading) not in (None, "submission")
                    and heading not in label
                    and not NOTICE_SUMMARY.search(heading)  # 「【公告概要】」 over 「申請書提出期限」: the notice's fields
                ):
                    # 「申請書の受付期間は」 under 「入札参加資格の確認」 (「受付期間」 under 「質問の受付 受付期間」: the heading says it)
                    label = heading if heading.endswith(f" {label}") else f"{heading} {label}"
                elif (
                    L.kind_of(label) == "application"
                    and not L.CALL_APPLICATION.search(label)
                    and (briefing := self.briefing_above(heading, contexts, segment.line, label))
                    and briefing not in label
                ):
                    label = f"{briefing} {label}"  # 「◆ 応募説明会」 / 「参加申込期限：7月10日」: the briefing's registration
                elif "様式" in label and FORM_ONLY.match(nfkc(label)):
                    title = self.form_title(segment.line)  # 「（様式第1号）【提出期限 5月21日】」 / 「参 加 申 込 書」
                    label = f"{title} {label}" if title else label
                elif (
                    L.is_weak(label) and first_mark(self.lines[segment.line]) == "※" and (title := self.form_above(segment.line))
                ):
                    label = f"{title} {label}"  # 「様式２」 / 「説明会参加申込書」 / … / 「※ 5月25日までに提出してください。」
                elif first_mark(line) == "|" and L.is_generic(label.lstrip(BOX_TOP_EDGE)):
                    title = self.boxed_form_title(segment.line)  # 「┃ 提出期限:…┃」 / 「(様式第2号)」 / 「参 加 表 明 書」
                    label = f"{title} {label.lstrip(BOX_TOP_EDGE)}" if title else label
                kind = "other" if condition and label == labels[0] else None
                made = self.make(segment, expression, label, source, notes_text, tail, head, kind)
                for candidate in made if same_day_corrected else ():
                    candidate.changed_to = True
                found += made
        return found

    def timed_steps(self, segment: Segment, expression: Expression) -> list[Candidate] | None:
        """A day's row whose steps each follow their own time: 「2月24日(水) 正午 入札書の提出期限 午後2時 開札」, and
        the lines under it that go on with 「午後5時 …申請書の提出期限」 (or a day alone on its line, its steps
        under it so). The first step has the date's time; None unless the row holds two such steps at least, each
        naming a step."""
        text = segment.text
        tail = text[expression.end :]
        pieces: list[tuple[str, dt.time | None]] = []
        if tail.strip():
            start, clock = 0, expression.last.time
            for match in TIMED_STEP.finditer(tail) if HAS_DIGIT.search(tail) or "正午" in tail else ():
                pieces.append((self.source_text(segment.line, L.clean_label(tail[start : match.start()])), clock))
                start, clock = match.end(), _time(TIME_ONLY.match(match.group()).groupdict())
            pieces.append((self.source_text(segment.line, L.clean_label(tail[start:])), clock))
        below: list[int] = []
        index = segment.line + 1
        while segment.first and index < len(self.lines) and len(below) < TIMED_STEPS_BELOW:
            line = self.lines[index]
            lead = TIMED_STEP_LINE.match(line) if len(line) <= LONG_LINE else None
            match = TIMED_STEP.match(line, lead.end()) if lead else None
            if match is None or dates_in(line):
                break
            pieces.append(
                (self.source_text(index, L.clean_label(line[match.end() :])), _time(TIME_ONLY.match(match.group()).groupdict()))
            )
            below.append(index)
            index += 1
        if len(pieces) < 2:
            return None
        steps = [(piece.rstrip(" 、,，"), clock) for piece, clock in pieces]
        if not all(label and clock and len(label) <= COLUMN_MAX and L.kind_of(label) for label, clock in steps):
            return None
        found = []
        for label, clock in steps:
            mention = copied(expression.last)
            mention.time, mention.precision = clock, "datetime"
            found += self.make(segment, Expression(None, mention), label, "labelled", text, "", "")
        self.timed_rows.update(below)
        return found

    def wrapped_head(self, segment: Segment, expression: Expression) -> str:
        """The start of the sentence of a date that opens its line, when the page wrapped it on the line above: a
        line of prose with no date, not ended, that ends with an object, a comma or the date's own year (given to the
        date, without it the head). Else ""."""
        if segment.line == 0 or segment.is_row:
            return ""
        above = self.lines[segment.line - 1]
        if len(above) > 200 or is_table_row(above) or "。" in above[-2:] or OUTLINE_MARK.match(above) and len(above) < 24:
            return ""
        year = WRAPPED_YEAR.search(above) if "年" in above[-4:] else None
        if year is None and not (WRAPPED_BEFORE_DATE.search(above) and ("、" in above or "," in above)):
            return ""
        if self.read_dates(above):
            return ""
        if year:
            first = expression.first or expression.last
            if first.year is not None:
                return ""
            first.year = ERA_BY_NAME[year["era"]].offset + int(year["eyear"]) if year["era"] else int(year["year"])
            first.explicit_year = True
            validate(first)
            return above[: year.start()].strip()
        return above.strip()

    def briefing_above(self, heading: str, contexts, line: int, step: str = "") -> str:
        """The briefing whose item a date stands in: ``heading`` (the label line above) when it names one, else a
        label line a few lines up (「◆現地説明会」 / 「7月12日(月)午前10時~」 / 「集合:管理棟前」 / 「※参加申込は7月8日」)
        with no line naming a step between; '' when there is none. An English briefing's line (「Online briefing
        session」) is one when the ``step`` under it names a registration (``EN_REGISTRATION``)."""
        english = bool(step) and EN_REGISTRATION.search(step) is not None and not JAPANESE.search(step)

        def names_briefing(label: str) -> bool:
            if len(label) > COLUMN_MAX:
                return False
            if BRIEFING_HEADING.search(label):
                return True
            event = L.BRIEFING.search(label) if english and not JAPANESE.search(label) else None
            return (
                event is not None
                and not (  # (「There will be no site visit.」: the sign-up below is the call's)
                    EVENT_NOT_HELD.match(label, event.end()) or EVENT_NOT_HELD_BEFORE.search(label[: event.start()])
                )
            )

        if heading and names_briefing(heading):
            return heading
        for label, index in reversed(contexts):
            if self.distance(index, line) > CONTEXT_LINES:
                break
            if index in self.outline_items and all(open_line != index for *_, open_line in self.outline):
                break  # 「三　企画提案説明会」 / 「(一)　日時…」 / 「四　参加申込書の提出期限…」: an item the next one closed
            if names_briefing(label):
                return self.source_text(index, label)
            if L.kind_of(label):
                break
        return ""

    def boxed_form_title(self, index: int) -> str:
        """The title of the form under the box line ``index`` stands in (a form's head: its deadline boxed above
        「（様式第2号）」 and 「参 加 表 明 書」), when it names a paper of a step; else ''."""
        for below in range(index + 1, min(index + 6, len(self.lines))):
            line = self.lines[below].strip()
            if not line or line[:1] in "|┓┛┗┏┐┘└┌":
                continue  # (the box's other lines, its bottom edge)
            return self.form_title(below) if "様式" in line and FORM_ONLY.match(nfkc(line)) else ""
        return ""

    def form_above(self, index: int) -> str:
        """The title of the form a note at line ``index`` closes (「様式２」 over 「説明会参加申込書」, its fields, then
        「※ …までに提出してください。」), when it names a paper of a step; else ''."""
        title = ""
        for line in reversed(self.lines[max(0, index - FORM_REACH) : index]):
            stripped = line.strip()
            if not stripped or stripped[:1] == "※":
                continue
            if "様式" in stripped and FORM_ONLY.match(nfkc(stripped)):
                return title
            if RULE_LINE.fullmatch(stripped) or OUTLINE_MARK.match(line):
                return ""  # (the form's top edge, or an item of the body: no form's own note)
            named = L.unspaced(L.clean_label(line))
            if len(named) <= FORM_TITLE_MAX and PAPER_TITLE.search(named) and L.kind_of(named):
                title = named
        return ""

    def calls_for_interest(self) -> bool:
        """The notice's heading names it an English call for expressions of interest (``EOI_CALL_TITLE``)."""
        return any(EOI_CALL_TITLE.search(line) for line in self.lines[:HEAD_LINES] if len(line) <= LONG_LINE)

    def checks_participants(self) -> bool:
        """The notice's heading names it a 参加者確認公募 (a call checking who else can do the work)."""
        return any(PARTICIPANTS_CHECK_CALL.search(line) for line in self.lines[:HEAD_LINES] if "確認" in line)

    def form_title(self, index: int) -> str:
        """The title of the form whose head is line ``index`` (「参　加　申　込　書」 on the next line that is not empty),
        when it names a paper of a step; else ''."""
        for line in self.lines[index + 1 : index + 4]:
            if not line.strip():
                continue
            if line.lstrip()[:1] in "【[" and self.read_dates(line):
                continue  # 「【回答予定日：12月2日(水)】」: the head's next deadline, the title below it
            title = L.unspaced(L.clean_label(line))
            if len(title) <= FORM_TITLE_MAX and PAPER_TITLE.search(title) and L.kind_of(title) and not self.read_dates(line):
                return title
            return ""
        return ""

    def restated(self, mention: Mention, head_label: str, before: tuple[Mention, str] | None) -> str:
        """The label of the step read last (``before``: the date before on the line and its label, else the last step
        found), when 「同日」 gives its day and time again and the words before it name no step of their own
        (「…1月20日正午とする。提出は持参又は郵送（書留郵便に限り、同日正午必着）」); else ''."""
        if not mention.said_same_day or (L.kind_of(head_label) and not L.is_weak(head_label)):
            return ""
        said, label = before if before else (self.found[-1].mention, self.found[-1].label) if self.found else (None, "")
        if said is None or (said.month, said.day, said.time) != (mention.month, mention.day, mention.time):
            return ""
        return label

    def same_day_as_named(self, head: str, mention: Mention) -> str:
        """「募集説明会の終了後、同日午後3時30分から…見学します」: 「同日」 is the day of the step the words before it name,
        when a step read before has that name (else the date written last, as read); the head without those words."""
        named = SAME_DAY_OF.search(head, max(0, len(head) - RELATIVE_REACH))
        anchor = L.unspaced(named.group("anchor")) if named else ""
        if not anchor or not L.kind_of(anchor):
            return head
        step = next(
            (
                c
                for c in reversed(self.found)
                if anchor in L.unspaced(c.label)
                and c.mention.day
                # (「募集説明会 参加申込書を」: the briefing's registration, not the briefing)
                and not L.DEADLINE_WORDS.search(L.unspaced(c.label).split(anchor, 1)[1])
            ),
            None,
        )
        if step is None:
            return head
        mention.year, mention.month, mention.day = step.mention.year, step.mention.month, step.mention.day
        mention.explicit_year = step.mention.explicit_year
        validate(mention)
        return head[: named.start()]

    def bracketed_step(self, segment: Segment, head_label: str, head: str, tail: str, number: int) -> str | None:
        """The step a field's date is of when the bracket closing its value names it (``STEP_BRACKET_AFTER``) and the
        field's key does not: a key of when (「締切日時」「日程」), of several steps (「開札・審査」: the bracket names the
        one held), or none on a line indented under such a field's value (the field's next value)."""
        bracket = STEP_BRACKET_AFTER.match(tail)
        step = L.clean_label(bracket["step"]) if bracket else ""
        kind = L.kind_of(step) if step else None
        if kind in (None, "published"):
            return None
        if number and (not head.strip() or STEP_BRACKET_AFTER.match(head)):  # (the field's values run onto one line,
            # the words between two only the bracket of the one before: the first's key)
            dates = self.read_dates(segment.text)
            key = PARTICLE.sub("", L.clean_label(segment.text[: dates[0].start])) if dates else ""
            if not key or not STEP_BRACKET_AFTER.match(segment.text[dates[0].end : dates[1].start]):
                return None
            head_label = key
        if not head_label and number == 0 and segment.first and segment.line and self.lines[segment.line][:1].isspace():
            above = self.lines[segment.line - 1]  # (the field's value above: its key, its date and its bracket)
            dates = self.read_dates(above)
            key = PARTICLE.sub("", L.clean_label(above[: dates[0].start])) if dates else ""
            if (
                not key
                or not STEP_BRACKET_AFTER.search(above)
                or len(dates) != 1
                or indent(above) >= indent(self.lines[segment.line])
            ):
                return None
            head_label = key
        if not head_label or len(head_label) > COLUMN_MAX:
            return None
        key = L.unspaced(head_label)
        if L.WHEN_COLUMN.fullmatch(key) or L.is_generic(key) or L.is_vague(key):
            return f"{head_label}({step})"
        parts = [part for part in L.PARTS.split(key) if part]
        if len(parts) > 1 and all(L.kind_of(part) for part in parts):
            return step  # (「開札・審査　2027/06/02（ヒアリング）」: the one of its steps held that day)
        return None

    def nearest_step(
        self, segment: Segment, tail: str, contexts, head_label: str = "", topic: bool = False
    ) -> tuple[list[str], str] | None:
        """The fallback when the words before a date name no step (「いつ 6月1日」「(月) 6月1日 公告」「―― 6月1日」):
        the step words right after the date on its line, else the label line just above it.

        ``topic``: the words before the date are the topic of its sentence (「※市道高原線は」)."""
        clause = CLAUSE_MARK.split(tail)[0]
        clause = ITEM_SLASH.split(clause, maxsplit=1)[0] if "/" in clause else clause  # (「6/12(金) 社長と入札金額決め
        # ／ 申請書は6/5持参」: the words of its own item)
        lead = LEADING_CELLS.match(clause)
        rest = DEADLINE_WORDS_LEAD.sub("", clause[lead.end() :])
        words = L.clean_label(rest)
        if (
            words
            and len(words) <= COLUMN_MAX
            and L.kind_of(words)
            and not PARTICLE_LEAD.match(rest.lstrip())
            and not ONLY_FOR.search(words)
        ):
            return [self.source_text(segment.line, words)], "labelled"
        above = self.lines[segment.line - 1] if segment.first and segment.line else ""
        context = L.clean_label(strip_markdown(above)) if not self.read_dates(above) else ""
        step_max = ENGLISH_STEP_MAX
        if context and context.isascii() and EN_WHEN_KEY.fullmatch(head_label.strip()):
            # (「Date:」 under an English lead-in to its keys: 「The bid opening shall take place at: Room C」, the place after
            # its colon; 「… at the following date, time」 / 「and place:」, the lead-in wrapped, its step on the line before)
            lead_in = EN_LEAD_IN_PLACE.match(context)
            wrapped = self.lines[segment.line - 2] if segment.line >= 2 and context[:1].islower() else ""
            if lead_in and L.kind_of(lead_in["lead"]):
                context = lead_in["lead"]
            elif wrapped and not self.read_dates(wrapped) and en_label_wrapped(wrapped, context):
                # (its first line's words up to a comma: 「date, time and place」 lists the keys below, no clause of its own)
                context, step_max = L.clean_label(strip_markdown(wrapped)).split(",", 1)[0], ENGLISH_ROW_STEP_MAX
        if (
            context
            # (an English name's length not for a date an arrow leads on from: 「: By May 7, 2027 ⇒ 【Changed】 By May 11」,
            # the old day of the step's change)
            and len(context) <= (step_max if english_term(context) and not ARROW_MARK.search(tail) else COLUMN_MAX)
            and not CLAUSE_MARK.search(context)
            and not SINCE.match(tail)  # 「令和6年4月1日以降に…実績」: since when, no step's day
            and L.kind_of(context)
            and not L.kind_of(tail)
        ):
            return [lot_step(self.source_text(segment.line - 1, context), head_label)], "context"
        # 「③企画提案書」 / 「郵送の場合 2月5日…」 / 「持参の場合 2月5日…」; 「(1) 受付期間」 / 「イ 第2回 4月5日から…」
        means, round_ = means_case(L.unspaced(head_label)), ROUND.match(L.unspaced(head_label))
        if means or round_:
            context, _ = self.context_label(contexts, segment.line)
            if context and len(context) <= COLUMN_MAX and L.kind_of(context) and not CLAUSE_MARK.search(context):
                return [f"{context} {head_label}" if round_ else context], "context"
            step = self.means_step(contexts, segment.line) if means else ""
            if step:  # 「■ 参加申込み」 / 「・提出書類 申込書、誓約書…」 / 「・持参の場合 …まで」: the heading's step
                return [step], "context"
        if head_label and HANDED_BY.fullmatch(head_label):
            # 「(4) 参加表明書の提出期限 提出方法により、次のとおりとします。」 / 「・持参 …11月19日まで」「・郵送 11月19日
            # 必着」「・電子メール 11月19日23時59分」: one deadline told for each way of handing in, the first the step's
            step = self.outline_step(segment.line, enclosing=True)
            if step and self.near_item(segment.line) and self.outline[-1][2] not in self.delivered:
                self.delivered.add(self.outline[-1][2])
                return [step], "context"
            return None
        if topic and not ROUND.match(L.unspaced(head_label)):
            return None  # 「(2) 現地見学会」 / 「※市道高原線は8月21日に通行止めが解除される見込み」: the sentence's own topic
        heading = self.outline_step(segment.line, enclosing=True)  # 「3 事業者説明会」 / 「第1回 5月15日（月）午前10時から」
        if heading and L.is_event(heading) and self.near_item(segment.line):
            return [lot_step(heading, head_label)], "context"
        return None

    @staticmethod
    def dates_first(text: str, found: list[Expression]) -> bool:
        """「6月1日(月) 公告 6月10日(水) 質問締切 … 7月上旬 審査会」 on one line: each date's step is the words after it.

        Read so when nothing before the first date names a step, the words after the last one do, and every
        stretch between two dates is a short label rather than a sentence.
        """
        if len(found) < 3:
            return False
        gaps = [text[a.end : b.start] for a, b in zip(found, found[1:])] + [text[found[-1].end :]]
        if any(len(gap) > DATES_FIRST_GAP or "。" in gap or not gap.strip() for gap in gaps):
            return False
        head = YEAR_BEFORE_DATES.sub("", text[: found[0].start][-DATES_FIRST_GAP:])  # (「…スケジュール 2027年 」)
        if L.kind_of(head) and not SCHEDULE_HEADING.search(L.clean_label(head)):  # (「■ 選定スケジュール」 names none)
            return False
        # (one step of its own words may name no kind: 「… 2027年10月1日(金) 業務開始」)
        unnamed = sum(not L.kind_of(L.clean_label(LEADING_CELLS.sub("", gap))) for gap in gaps)
        if unnamed == 0:
            return True
        # (but not a portal's 「公告日 2028/02/14 質問受付期限 2028/02/22 …」: keys that ask for the date after them)
        keyed = KEY_BEFORE_DATE.search(head) or any(KEY_BEFORE_DATE.search(gap) for gap in gaps)
        return unnamed == 1 and len(gaps) >= DATES_FIRST_UNNAMED_MIN and not keyed

    def dates_first_candidates(self, segment: Segment, found: list[Expression]) -> list[Candidate]:
        text, candidates = segment.text, []
        for number, expression in enumerate(found):
            end = found[number + 1].start if number + 1 < len(found) else len(text)
            tail = text[expression.end : end]
            lead = LEADING_CELLS.match(tail)
            label = self.source_text(segment.line, L.clean_label(tail[lead.end() :]))
            head = text[found[number - 1].end if number else 0 : expression.start]
            made = self.make(segment, expression, label, "labelled", tail, tail, head)
            clock = _time(lead.groupdict()) if lead.group("hour") or lead.group("noon") else None
            for candidate in made:  # 「6月5日 水 ~17:00 見学会の申込締切」: the time in the words after the date
                if clock is not None and candidate.mention.time is None and candidate.mention.day:
                    candidate.mention.time, candidate.mention.precision = clock, "datetime"
            candidates += made
        return candidates

    def bind(self, segment, head_label, head, tail, contexts, consumed, stream, position) -> tuple[list[str], str]:
        """The label that governs a date in running text, and where it was found."""
        context, context_index = self.context_label(contexts, segment.line)
        if context_index in consumed:
            context, context_index = "", None
        if segment.first and (steps := self.steps_indented_below(segment.line)):
            consumed.update(index for _, index in steps)  # (the steps under the date line: no label of the next date)
            return [self.source_text(index, step) for step, index in steps], "listed"
        if segment.first and context and not head.strip() and not self.relined and (said := self.en_sentence_above(segment)):
            # 「17:00 (JST), 2027-07-14 (Wed). Answers will be published on the JARDI website」 / 「by 2027-07-21 (Wed).」: the
            # date ends a sentence begun after the dated one above, under the item's key; that sentence names the step
            # made known after the item's (the answers, the results; not 「Register … by」 under a briefing: its own)
            if L.kind_of(said) in ("answer", "result") and L.kind_of(said) != L.kind_of(context):
                lead = EN_WRAPPED_DATE_LEAD.match(segment.text)
                return [f"{said} {lead.group(1)}" if lead else said], "sentence"
        if head_label and PARTNER_BEFORE.search(head.rstrip()) and AFTER_PARTICLE.match(tail):
            named, source = self.sentence_label(segment, "", tail)  # 「選定された者と2月中旬に随意契約を締結する」: the act
            if named:
                return named, source
        if self.period_bracket(head, tail):
            return [], ""  # 「賃貸借期間（10月1日から…まで）及び…にも変更はありません」: the period's own dates
        if "(" in head or (segment.first and segment.line and self.lines[segment.line - 1].rstrip()[-6:].count("(")):
            keyed = self.bracket_key(segment, head)
            topic = self.item_topic(segment, *keyed) if keyed else ""
            if topic:  # 「(4) 参加を希望する者は、参加表明書に…を添付し、…提出しなければならない（提出期限 6月1日）」
                return [f"{self.source_text(segment.line, topic)} {keyed[1]}"], "labelled"
        if "の" in tail[:6] and CLOSED_DAYS_AFTER.match(tail):
            return [], ""  # 「4月29日から5月5日までの連休期間中に受信した質問は、…」: the office's days off, no step
        if "もの" in tail[:24] and DEEMED_DAY_AFTER.match(tail):
            return [], ""  # 「…質問は、5月8日に受け付けたものとして取り扱う」: the day a paper counts as in, no step
        if head_label and len(head.strip()) <= 8 and head.rstrip().endswith("、") and EVENT_WHEN.match(head_label):
            announced = self.announced_event(segment.line)  # 「…説明会を行います。」 / 「日時は、6月15日…からです。」
            if announced:
                return [f"{announced} {self.source_text(segment.line, head_label)}"], "labelled"
        if head_label and len(head.strip()) <= 12 and L.is_generic(head_label) and ACCEPTED_KEY.fullmatch(head_label):
            accepted = self.accepted_above(segment.line)  # 「…追加の質問を次のとおり受け付けます。」 / 「受付期限：…」
            if accepted:
                return [f"{accepted} {self.source_text(segment.line, head_label)}"], "labelled"
        if (
            head.rstrip().endswith("(") and tail.lstrip()[:1] != ")" and not topic_predicate(head)
        ):  # 「申込書（6月5日午後5時必着）を提出」: the noun before (「回答は、…に掲載する（1月14日掲載予定）」: the topic's)
            noun = PARTICLE.sub("", L.clean_label(WORD_END.split(head.rstrip()[:-1])[-1]))
            inside = tail.split(")")[0]
            if noun and not L.kind_of(noun) and L.is_not_milestone(noun):
                return [], ""  # 「冬季休業期間（12月24日から1月7日まで）中のため」: the period's days, under no step's heading
            if (
                noun
                and not ADVERB_END.search(noun)
                and L.kind_of(noun)
                and not L.is_not_milestone(noun)
                and len(noun) <= COLUMN_MAX
            ):
                label = self.source_text(segment.line, noun)
                if L.kind_of(f"{noun}{inside}") != L.kind_of(noun) and not L.is_not_milestone(inside):
                    label = f"{label} {L.clean_label(inside)}"  # 「契約書（…に締結予定）」: the bracket names the act
                return [label], "labelled"
            own = L.clean_label(inside)  # 「…は、不調(令和2年6月30日開札)となった」: the bracket names its date's step
            if (
                own
                and len(own) <= FALLBACK_HEAD
                and ")" in tail
                and L.kind_of(own)
                and not L.is_generic(own)
                and not PARTICLE_LEAD.match(own)
                and not UNTIL.match(own)
                and not (noun and L.is_not_milestone(noun))  # (「実施報告書(令和8年4月公表)」: the report's)
                and not head.rstrip()[:-1].rstrip().endswith(("」", "』"))  # (「「…基本計画」(令和7年3月公表)」: a document's)
            ):
                return [self.source_text(segment.line, own)], "labelled"
            if self.listed_aside(noun, own, tail):
                return [], ""
        handed = (
            PAPER_BY_DEADLINE.search(head, len(head) - PAPER_BY_DEADLINE_REACH)
            if head.rstrip().endswith("(") and "を" in head[-PAPER_BY_DEADLINE_REACH:]
            else None
        )
        if handed and UNTIL.match(tail.lstrip()[1:]) and L.kind_of(paper := L.clean_label(handed["paper"])):
            if not L.is_generic(paper) and not L.is_not_milestone(paper):
                # 「参加辞退届（様式第6号）を、企画提案書の提出期限（9月11日（金）正午）までに」: the paper handed in by
                # another step's deadline, its day given in the bracket
                return [self.source_text(segment.line, paper)], "labelled"
        if head.rstrip().endswith("(") and tail.lstrip()[:1] == ")":  # 「審査会が書類審査（10月中旬）を行い」: the noun
            noun = PARTICLE.sub("", L.clean_label(WORD_END.split(head.rstrip()[:-1])[-1]))  # after the subject
            named = SUBJECT_APART.split(noun)[-1]
            if (
                named != noun
                and len(named) <= COLUMN_MAX
                and NOUN_ONLY.fullmatch(named)
                and L.kind_of(named)
                and not L.is_not_milestone(named)
            ):
                return [self.source_text(segment.line, named)], "labelled"
        opened = head.rfind("(")
        if opened > head.rfind(")") and L.is_generic(L.clean_label(head[opened + 1 :]) or "-"):
            generic = L.clean_label(head[opened + 1 :])  # 「質問受付件数 7件（受付期間：6月5日～6月15日）」: the step before it
            words = [L.clean_label(w) for w in SPACES_RUN.split(head[:opened].strip())[-3:]]
            named = next((w for w in reversed(words) if w and L.kind_of(w) and not L.is_generic(w)), "")
            if named:
                return [f"{self.source_text(segment.line, named)} {generic}"], "labelled"
        if (
            segment.first
            and segment.line
            and self.lines[segment.line - 1].rstrip().endswith((" of", " for"))
            and (head[:1].islower() or (head[:1].isupper() and self.lines[segment.line - 1].split()[-2:][0][:1].isupper()))
            and not JAPANESE.search(head)
        ):
            wrapped = self.english_item_above(segment.line, head)
            if wrapped:  # 「… followed by 10 minutes of」 / 「questions on 14/07/2027」: the words after 「of」 say what
                return [wrapped], "labelled"  # of the thing named above, the step the sentence names
        before = head if head.strip() or not segment.first or not segment.line else self.lines[segment.line - 1]
        dated = DATED_BEFORE.search(before) if not JAPANESE.search(head) else None
        if dated and not (dated[0][:2].lower() == "as" and AS_OF_DEADLINE.search(before[: dated.start()][-80:])):
            return [], ""  # 「(入札公告, dated」 / 「26 March 2027) shall prevail」: a document's own date, no step
        # (「… in the attached RFQ form (dated Friday,」 / 「26 February 2027) has been extended to …」: the form's, too)
        if head_label and "ish" in head_label and not JAPANESE.search(head):
            sentence = ENGLISH_SENTENCE_END.split(head_label)[-1].lstrip(".;, ")
            wishing = EN_WISHING_TO_ATTEND.search(sentence) and not L.kind_of(sentence)
            if wishing:  # 「Suppliers wishing to attend … are requested to notify … by」: no step's word, the event above
                line = self.lines[segment.line]
                at = max(0, line.find(segment.text[:40]))
                event = L.BRIEFING.search(line, max(0, at - EVENT_REACH), at + len(segment.text))
                above = segment.line  # (「2. Briefing session」 over its date's line and this sentence: the item's heading)
                while not event and above > 0 and segment.line - above < ENGLISH_WRAP_LINES and self.lines[above - 1].strip():
                    above -= 1
                    event = L.BRIEFING.search(self.lines[above][:EVENT_REACH])
                if event:
                    return [f"Registration for the {event.group()}: {sentence[:80]}"], "labelled"
        # (its 「^」 the head's own start: searched from the reach's start, which a line's start is not)
        dateline = EN_DATELINE_BEFORE.search(head, max(0, len(head) - EN_DATELINE_REACH)) if "," in head[-3:] else None
        if (
            dateline
            and not EN_WEEKDAY_NAME.match(dateline["place"])
            and not JAPANESE.search(head)
            and not step_keyed_before(head[: dateline.start()])
        ):
            return [], ""  # 「… JST)  Tokyo, 1st February 2027 Hiroki Tanabe」: a letter's dateline, its own day
            # (not 「Proposals due      Friday, March 17–19」: a day's name, the row's step before it)
        if head_label and not JAPANESE.search(head) and L.kind_of(head_label):  # English: spaces part words
            parent = self.outline_step(segment.line) if L.is_generic(head_label) else ""
            if parent and L.kind_of(parent) in L.HANDED_IN:
                # 「6. Application for Participation」 / 「(2) Acceptance period: From …」「(1) Deadline for submission: …」: the
                # English of 受付期間 and 提出期限 under a heading, the deadline of the paper the heading names
                return [f"{parent} {self.source_text(segment.line, head_label)}"], "labelled"
            bracket = ENGLISH_BRACKET_OPEN.search(head)
            noun = " ".join(head[: bracket.start()].split()[-ENGLISH_NOUN_WORDS:]) if bracket else ""
            if bracket and (not L.kind_of(noun) or L.is_not_milestone(noun)):
                # 「The Bureau invites proposals for … travel fairs in Taipei (5–8 November 2027)」: the fair's;
                # 「… including the qualifications … and the delivery period (by 19 March, 2027)」: the work's period
                return [], ""
            sentence = ENGLISH_SENTENCE_END.split(head_label)[-1].lstrip(".;, ")  # its subject opens the sentence
            if ". " in sentence:  # 「… invites proposals for the design of the centre. 1.2 Proposals must be submitted no
                sentence = EN_NUMBERED_SENTENCE.split(sentence)[-1]  # later than」: a page run onto one line, its items'
                # sentences after their numbers (the invitation above names no step)
            if (
                EN_REGISTER_BARE.match(sentence)
                and not EN_TO_ATTEND.search(sentence)
                and L.kind_of(sentence) == "application"
                and (event := L.BRIEFING.search(segment.text, max(0, self.date_at - EVENT_REACH), self.date_at))
            ):  # 「… an additional online Q&A session on … Please register via the form by」: the event just named, before
                return [f"Registration for the {event.group()}: {sentence[:80]}"], "labelled"
            if EN_TO_ATTEND.search(sentence) and L.kind_of(sentence) == "application":
                # 「A site inspection will be held … Tenderers wishing to attend must register … by」: the registration for
                # the event the paragraph names, no application
                line = self.lines[segment.line]
                at = max(0, line.find(segment.text[:40]))
                event = L.BRIEFING.search(line, max(0, at - EVENT_REACH), at + len(segment.text))
                if event:
                    return [f"Registration for the {event.group()}: {sentence[:80]}"], "labelled"
            if segment.first and EN_THE_FOLLOWING.search(sentence):
                heading = self.outline_step(segment.line, enclosing=True)
                if heading and L.kind_of(heading) in L.HANDED_IN:  # 「5. Eligibility documents」 / 「Tenderers must
                    return [heading], "context"  # submit the following by …:」 / 「- Form 1 …」: the papers the item names
            papers = EN_DOCUMENTS_SUBJECT.match(sentence) if len(sentence) > 80 else None
            handed_out = EN_MADE_AVAILABLE.search(sentence, max(0, len(sentence) - 120)) if papers else None
            if handed_out:  # 「The tender documents, comprising …, may be downloaded from … from」: the papers, the verb
                return [f"{papers.group()} {sentence[handed_out.start() :]}"[:120]], "labelled"
            # (its first 80 characters cut at a word's end: 「… written response to the questionnaire」 is no 「question」)
            opening = sentence[:80] if len(sentence) <= 80 or sentence[80] == " " else sentence[:80].rsplit(" ", 1)[0]
            if (
                len(sentence) > 80
                and len(short := ENGLISH_ASIDE.sub("", sentence)) <= 80
                and (L.kind_of(short) or not L.kind_of(opening))
            ):  # (「… submit Form 1 (Application to Participate) and Form 2 (…) by」: the bracket names the paper)
                # 「The tender documents (in Japanese, with an English translation) can be obtained from」
                sentence = opening = short
            if (
                len(sentence) > 80
                and (cut := L.kind_of(opening)) != L.kind_of(sentence)
                and (cut or (sentence.endswith((" by", " on")) and ";" not in sentence))
                and not HANDED_IN_VERB.search(opening)
            ):  # (not 「Proposals must be delivered …, together with the notice of the result …, by」: its predicate's)
                # (「The University will examine the documents and notify each applicant of the result in writing by」:
                # the step named only past the first 80 characters, in a sentence that ends on its deadline)
                # 「The Institute will confirm eligibility and will inform each applicant of the result by e-mail by」: the
                # words by the date, which the first 80 characters cut off, name the step (「A2. The Guidelines,
                # Specifications and Forms 1 to 6 were published on the Prefecture's website on」: ending on its day);
                # 「The … Selection Committee (hereinafter "the Committee") will hold a presentation and interview
                # session on」: its day, the same
                return [sentence[-80:].split(" ", 1)[-1]], "labelled"
            if len(sentence) > 80 and not L.kind_of(opening) and EN_NAMED_AFTER_ASIDE.search(sentence[:120]):
                # 「The … Selection Committee (hereinafter "the Committee") will hold a presentation and interview session
                # on」: a long subject, named and defined, then the act the date is of (the words by the date)
                tail = ENGLISH_ASIDE.sub("", sentence)[-80:].split(" ", 1)[-1]
                if L.kind_of(tail) == L.kind_of(sentence):
                    return [tail], "labelled"
            clause = CLAUSE_MARKS.split(sentence[-80:])[-1].split(" ", 1)[-1] if len(sentence) > 80 else ""
            if clause and L.is_not_milestone(clause) and not (clause.endswith(" by") and L.kind_of(clause)):
                # 「The video will first be used in the Bureau's bid for … congress to be held in」: the words by the date,
                # in the last clause, name no step (not 「… (…, delivery record, …) by」: a bracket's list; not 「the tender
                # form and the price schedule covering the whole contract period by」: a step's papers, then its deadline)
                return [], ""
            # (the first 80 characters as they come, unless the word cut there reads as another step's)
            cut = sentence[:80] if L.kind_of(sentence[:80]) == L.kind_of(sentence) else opening
            return [en_item_cut(sentence) if L.is_not_milestone(cut) else cut], "labelled"
        if segment.first and not JAPANESE.search(head) and not L.kind_of(head_label or "-"):
            wrapped = self.english_item_above(segment.line, head)
            parent = self.outline_step(segment.line, enclosing=True) if wrapped and L.is_generic(wrapped) else ""
            if parent and L.kind_of(parent) in L.HANDED_IN:  # 「4. Application to Participate」 / 「(3) Submission period」 /
                return [f"{parent} {wrapped}"], "labelled"  # 「From May 18, 2026 to …」: the window of the heading's paper
            if wrapped and EN_TO_ATTEND.search(wrapped) and L.kind_of(wrapped) == "application":
                # 「8A.1 A pre-bid meeting will be held …」 / 「8A.2 Bidders intending to attend shall register … no later
                # than 17:00 JST on」 / 「Friday, 4 February 2028.」: the registration for the event the paragraph names
                event = self.en_event_above(segment.line)
                if event:
                    return [f"Registration for the {event}: {wrapped[:80]}"], "labelled"
            if wrapped:  # 「(6) The results of … will be notified to each」 / 「applicant in writing by Friday, June 4」
                return [wrapped[:80]], "labelled"
        words = [w for w in SPACES_RUN.split(head.strip()) if w]
        if len(words) > 2 and words[-1] in (":", "：") and CLAUSE_END.search(head_label):
            words.pop()  # 「…訂正します。 入札書の提出期限 :」: the key's colon left apart where the old date was cut out
        last_words = (
            PARTICLE.sub("", L.clean_label(words[-1])) if len(words) > 1 and not head.rstrip().endswith(("、", ",")) else ""
        )
        if last_words and NEW_KEY_WORD.fullmatch(last_words) and CLAUSE_END.search(head_label):
            # 「…次のとおり変更します。 入札書の提出期限 変更後:8月27日」 run onto one line: the key of the new value after
            # the step's name, the sentence before no label of it
            named = [w for w in reversed(words[-3:-1]) if L.kind_of(w) and not L.is_generic(L.clean_label(w))]
            if named and not CLAUSE_END.search(named[0]):
                return [self.source_text(segment.line, f"{L.clean_label(named[0])} {last_words}")], "labelled"
        if (
            last_words
            and JAPANESE.search(last_words)
            and len(last_words) <= 40
            and not CLAUSE_END.search(last_words)
            and L.kind_of(last_words)
        ):  # (an English gloss after the Japanese label is not the label)
            lead = 0  # (「☑ 3. 質問回答の確認　町HP掲載：5/31」: a checklist's box and item number before the step)
            while lead < len(words) - 2 and (words[lead] in CHECK_BOXES or L.MARKER_ONLY.match(words[lead])):
                lead += 1
            whole = PARTICLE.sub("", L.clean_label(" ".join(words[lead:]) if lead else head))
            if (
                len(words) - lead == 2
                and MADE_KNOWN_WHERE.fullmatch(last_words)
                and len(whole) <= TWO_WORD_STEP_MAX
                and L.kind_of(words[lead])
                and L.kind_of(whole) == L.kind_of(words[lead]) != L.kind_of(last_words)
            ):  # 「質問への回答 公開　9/17（木）」「質問回答の確認 町HP掲載：5/31」: a step and what is done with it (where)
                return [self.source_text(segment.line, whole)], "labelled"
            paper = PARTICLE.sub("", L.clean_label(words[-2])) if L.is_weak(last_words) and len(last_words) <= 4 else ""
            if paper and JAPANESE.search(paper) and len(paper) <= 20 and L.kind_of(paper) and not L.is_generic(paper):
                # 「- 参加表明書 提出 5/24(月) 17:00」: the paper, then the bare act done with it (a checklist's, a memo's)
                return [self.source_text(segment.line, f"{paper} {last_words}")], "labelled"
            if not L.is_generic(last_words):  # a line break lost in a one-line dump: the words just before count
                return [self.source_text(segment.line, last_words)], "labelled"
            if len(head_label) > 40 or CLAUSE_END.search(head_label):  # 「…申請書 提出部数 正本1部 受付期間」
                named = [w for w in reversed(words[-7:-1]) if L.kind_of(w) and not L.is_generic(L.clean_label(w))]
                if named:
                    word = named[0]  # the nearest
                    return [f"{L.clean_label(word)[-40:]} {last_words}"], "labelled"
        published = PUBLISHED_OF_DAY.match(tail) if head.rstrip().endswith("は") and tail.lstrip()[:1] == "の" else None
        if published and L.kind_of(published["step"]) == "published":
            # 「説明会は4/13(月)の公告と同時に案内された」: the day is the one of the step after 「の」, the topic's own later
            return [self.source_text(segment.line, published["step"])], "labelled"
        if (
            head_label
            # (「(a) Period: from the date of the briefing session to」: a long key that names no step, its heading's)
            and (len(head_label) <= 40 or glossed_key(head_label) or (head_label.isascii() and L.is_generic(head_label)))
            # 「契約締結（仮契約後、議決を経て）」 is one label, and 「審査結果の通知、契約締結」 names its steps
            and (not CLAUSE_END.search(L.QUALIFIER.sub("", head_label)) or steps_listed(head_label))
            and not head.rstrip().endswith(("、", ","))
        ):
            label = self.source_text(segment.line, head_label)
            parent = (self.outline_step(segment.line) or self.bullet_parent(segment.line)) if L.is_generic(head_label) else ""
            if not parent and EVENT_PERIOD_KEY.fullmatch(head_label):  # 「5 ヒアリング」 / 「(1) 実施期間 8月31日から9月2日まで」
                event = self.outline_step(segment.line)
                label = event if event and L.is_event(event) and L.kind_of(event) in ("hearing", "other") else label
            after = L.clean_label(CLAUSE_OR_BRACKET.split(tail)[0]) if L.is_generic(head_label) else ""
            if (
                after
                and len(after) <= 30
                and L.kind_of(after)
                and not L.is_generic(after)
                and not L.is_weak(after)
                and not ("会" in after and L.COUNCIL_SESSION.search(after))
            ):  # 「締切:6月12日 企画提案書」 (not 「日時：令和3年12月町議会定例会」: the session its month is of, no step)
                return [f"{self.source_text(segment.line, after)} {label}"], "labelled"
            announced = self.announced_event(segment.line) if EVENT_WHEN.match(L.unspaced(head_label)) else ""
            if parent:  # 「第5 参加表明書の提出」…「2 提出期限 5月21日」
                label = f"{parent} {label}"
            elif announced:  # 「現地確認会を次のとおり開催します。」…「日時:11月21日14時から」: the sentence just above
                label = f"{announced} {label}"
            elif heading := self.english_block_heading(segment.line, head_label, context):
                label = f"{heading} {label}"  # 「＋ Step 2: Proposal」 / 「How to submit: … below.」 / 「Deadline: …」
            elif context and (
                L.is_generic(head_label)
                or (not L.kind_of(head_label) and WHEN_KEY.match(head_label))
                or self.english_sub_item(segment.line, head_label, context, context_index)
            ):
                if not L.kind_of(context) and EVENT_WHEN.match(L.unspaced(head_label)):
                    # 「■ 説明会の概要」 / 「・主催 …課」 / 「・日時 4月21日…」: the event the heading names, past its other keys
                    context = self.event_above(contexts, segment.line) or context
                label = f"{context} {label}"  # 「【選定委員会】」…「開催日 7月6日」: a key naming no step is the heading's
            elif EVENT_WHEN.match(L.unspaced(head_label)) and self.invited_event():  # 「…説明会のご案内」…「【日時】 7月12日」
                label = f"{self.invited_event()} {label}"
            if not L.kind_of(label) and TOPIC.search(head.rstrip()):  # 「参加を希望する事業者は6月15日までに…」
                return self.sentence_label(segment, head, tail, context)
            if not L.kind_of(label) and AFTER_PARTICLE.match(tail):  # 「設計図書等 5月25日から電子メールで配布します」
                named, _ = self.sentence_label(segment, "", tail)
                if named and not L.is_not_milestone(label) and not ONLY_FOR.search(named[0]):
                    return [f"{label} {named[0]}"], "labelled"
            if not L.kind_of(label) and (told := self.told_whether(segment, label, tail)):
                return [told], "labelled"
            if context and not L.kind_of(label) and EN_RANGE_OPENING.fullmatch(head_label):
                # 「Clarification interviews (video call)」 / 「between Tuesday 6 and Thursday 8 April 2027」: the words that
                # open the range of days name no step; the line above does
                return [context], "context"
            return [label], "labelled"
        if head_label:
            if "という" in head and "以下" not in head and segment.first and segment.line and DEFINED_CLOSED.search(head):
                above = self.lines[segment.line - 1]  # 「…証明する書類（以下」 / 「「確認書類」という。）及び技術提案書を、」
                if len(above) <= LONG_LINE and "以下" in above[-12:]:
                    head = above.strip() + head.lstrip()
            labels, source = self.sentence_label(segment, head, tail, context)
            if not labels and (told := self.told_whether(segment, head_label, tail)):
                return [told], "labelled"
            if (
                len(labels) == 1
                and context
                and "申" in labels[0]
                and L.kind_of(labels[0]) == "other"
                and not L.EVENT.search(labels[0])
                and L.kind_of(context) == "application"
            ):  # 「4 参加の申込み」 / 「…を添えて、2月10日正午までにお申し込みください」: the bare act names the heading's step
                return [context], "context"
            above = self.lines[segment.line - 1] if segment.first and context_index == segment.line - 1 else ""
            above = above if len(above) <= LONG_LINE else ""
            if (
                not labels
                and above.strip()
                and not OUTLINE_MARK.match(above)
                and self.sentence_from(segment.line - 1, segment.line)
            ):
                # 「…参加を希望する者は、参加表明書…及び業務実績」 / 「調書を、10月20日…までに…提出すること。」: wrapped
                labels, source = self.sentence_label(segment, above.strip() + head.lstrip(), tail)
            key = SPACES_RUN.split(L.clean_label(head), maxsplit=1)
            if not labels and len(key) == 2 and "。" not in head and segment.first and OUTLINE_MARK.match(segment.text):
                # 「(1) 入札書の提出 郵便入札とし、…により、3月1日午後5時までに…必着のこと」: the item's key names the step
                if (
                    len(key[0]) <= COLUMN_MAX
                    and L.kind_of(key[0])
                    and not L.is_generic(key[0])
                    and not L.is_not_milestone(key[0])
                ):
                    return [self.source_text(segment.line, key[0])], "labelled"
            # (「8 審査」 / 「(1) …」 / 「(2) …審査を行う。審査は、10月中旬に実施する」: the sentence's topic is the
            # heading's own word, the items between no matter)
            topic = L.clean_label(head.rsplit("。", 1)[-1]).rstrip("、, ").removesuffix("は") if context else ""
            repeated = bool(topic) and topic == context and context_index in {line for _, _, line in self.outline}
            if (
                not labels
                and context
                and context_index is not None
                and ((self.sentence_from(context_index + 1, segment.line) and segment.first) or repeated)
                and not L.is_not_milestone(CLAUSE_END.split(head.rstrip(" 、,"))[-1])  # (「年度協定は、3月に締結」)
                and L.kind_of(context)
                and not L.is_not_milestone(context)
                and AFTER_PARTICLE.match(tail)
                and not L.is_not_milestone(tail.split("。")[0])
            ):  # 「3 第2次審査(ヒアリング)」 / 「通過した団体を対象に、8月22日(火)に実施する予定です」: the item's
                consumed.add(context_index)
                return [context], "context"
            if not labels and (papers := self.papers_put_up(head, tail)):
                return [papers], "sentence"
            return labels, source
        if self.signed(segment, tail) or self.office_dated(segment, tail):
            return [], ""  # the notice's own date above its signature (「令和8年5月11日」 / 「翠山県知事 …」)
        clause = tail.split("。")[0]
        if clause.lstrip().startswith("の"):  # 「7月29日の庁舎移転に伴い、」: the date names what follows, up to the comma
            clause = clause.split("、")[0]
        tail_label = L.clean_label(DEADLINE_WORDS_LEAD_PLANNED.sub("", clause))
        if L.posted_on(tail_label) and FROM_AFTER.match(tail):
            tail_label = f"から{tail_label}"  # 「様式は、6月1日から町ホームページに掲載します」: put up from that day
        if len(tail_label) > ENGLISH_ROW_STEP_MAX and "  " in clause.strip() and clause.isascii():
            # 「• Late May 2027 - First-stage screening」 / (a blank line) / 「Contact: …」 run onto one line: the row's
            # step ends at the two spaces the blank line became, the next paragraph no part of it
            first = L.clean_label(clause.strip().split("  ", 1)[0])
            tail_label = first if first and L.kind_of(first) else tail_label
        if tail_label and " " in tail_label and len(tail_label) <= 120:
            # 「6月22日(月) 企画提案審査会 午後1時から午後5時まで(1者40分)」: the step, then its time (``timed`` reads it)
            bare = TRAILING_TIME.sub("", tail_label).strip()
            tail_label = bare if bare and L.kind_of(bare) else tail_label
        if (
            context
            and context_index is not None
            and segment.line - context_index <= 2
            and L.is_not_milestone(context)
            and not L.joined_step(context)
        ):
            return [], ""  # 「委託期間」 / 「令和8年4月1日から令和11年3月31日まで(長期継続契約)」: the period's own words
        if tail_label and len(tail_label) > 40 and tail_label.endswith(")") and not JAPANESE.search(tail_label):
            # 「Mid-July 2027   Online presentations (shortlisted firms only)」: the step, then an aside on who takes part
            # (「Deadline for the application to participate (Forms 1 to 3 and Annex A documents)」: an English step's name
            # as long as English names run)
            bare = TRAILING_QUALIFIER.sub("", tail_label).strip()
            tail_label = bare if bare and len(bare) <= ENGLISH_STEP_MAX and L.kind_of(bare) else tail_label
        named_after = (
            tail_label
            and len(tail_label)
            <= (40 if JAPANESE.search(tail_label) else ENGLISH_ROW_STEP_MAX if tail_label[:1].isupper() else ENGLISH_STEP_MAX)
            and L.kind_of(tail_label)
            and not OBJECT_PARTICLE.search(tail_label[:1])
        )
        if context and segment.first and AFTER_PARTICLE.match(tail) and len(split_steps(context)) > 1:
            named, source = self.sentence_label(segment, head, tail)
            kinds = {kind for _, kind in split_steps(context)}
            if named and all(L.kind_of(label) in kinds and not L.is_weak(label) for label in named):
                # 「第5 審査及び優先交渉権者の決定」 / 「2 6月上旬に提案審査（…）を実施します。」: the one step of the heading's
                # the sentence names
                return named, source
        boxed = self.boxed_step(segment) if segment.first and tail.rstrip().endswith(BOX_TOP) else []
        if boxed:  # 「■選定の流れ」 / 「4月3日(月) ╔══╗」 / 「║ 公募開始 ║」: the box beside the date names its step
            return [label for label, _ in boxed], "listed"
        mark = OUTLINE_MARK.match(segment.text) if named_after and segment.first and segment.text.startswith(head) else None
        # 「ヒアリング　　　⑦」 / 「①　5月11日　公告」: an item of its own, marked, whose words after the date name its step
        own_item = (
            mark is not None
            and mark.end() <= len(head)
            and not head[mark.end() :].strip()
            and context_index not in self.outline_items
        )
        if (
            context
            and L.kind_of(context)
            and segment.first
            and not (named_after and (SCHEDULE_HEADING.search(context) or own_item))
            # (「選定スケジュール」 / 「4/6(月)」 / 「公募開始」 / 「4/10(金)」 / 「説明会」: a slide's dates, each step's
            # name under its date; the heading over them names none of them)
            and not (SCHEDULE_HEADING.search(context) and self.steps_below(segment, stream, position))
            # (「■質問の受付」 / 「・5月27日までに、全ての質問と回答を公表します」: the answer to what the heading takes in)
            and not (
                tail_label
                and len(tail_label) <= 40
                and UNTIL.match(tail)
                and L.kind_of(context) in ACCEPTED
                and L.kind_of(tail_label) in ("answer", "result")
            )
        ):
            consumed.add(context_index)
            return [context], "context"
        # (「〇2月10日(水)午後5時〆切」 / 「・質問の受付」: a bare deadline word after the date names no step; the items
        # listed under the date line do)
        listed = self.listed_under(segment, stream, position) if named_after and L.is_vague(tail_label) else []
        if (
            named_after and not listed
        ):  # (「■ 選定スケジュール」 / 「2027年5月10日（月）　募集開始（…）」: the words after the date, under a heading)
            return [self.source_text(segment.line, tail_label)], "labelled"
        listed = listed or self.listed_under(segment, stream, position)
        if listed:
            consumed.update(index for _, index in listed)
            # (「オンライン説明会」 / 「(録画配信あり)」 under the date: the step's aside, no label of the next date)
            consumed.update(i + 1 for _, i in listed if i + 1 < len(self.lines) and CELL_ASIDE.match(self.lines[i + 1]))
            return [label for label, _ in listed], "listed"
        if tail_label and L.kind_of(tail_label) and UNTIL.match(tail):
            tail_label = UNTIL_REST.sub("", tail_label) or tail_label  # (「までに、…を公表します」: the clause itself)
            return [self.source_text(segment.line, tail_label[:80])], "sentence"
        if AFTER_PARTICLE.match(tail) and not (context and L.kind_of(context)):  # 「7月中旬にプレゼンテーション審査を行い、…」
            labels, source = self.sentence_label(segment, head, tail)
            if labels:
                return labels, source
            above = self.lines[segment.line - 1].strip() if segment.first and segment.line and not head.strip() else ""
            if above and len(above) <= LONG_LINE and TOPIC.search(above.rstrip("、,")) and L.posted_on(tail_label):
                # 「…質問に対する回答は、」 / 「4月25日に市ホームページに掲載する。」: where the step put up is the topic above
                topic = sentence_topic(above.rstrip("、, "))
                if L.kind_of(topic):
                    return [self.source_text(segment.line - 1, topic)], "sentence"
            if above and len(above) <= LONG_LINE and (papers := self.papers_put_up(above, tail)):
                return [papers], "sentence"
        own = self.outline[-1][1] if self.outline and self.outline[-1][2] != segment.line else ""  # 「3 引継ぎ」: names no step
        if (
            not (context and L.kind_of(context))
            and DEADLINE_TAIL.match(tail)
            and self.near_item(segment.line)
            and (not own or L.kind_of(own) or L.is_generic(PARTICLE.sub("", own)) or L.WHEN_COLUMN.fullmatch(own))
        ):
            step = self.outline_step(segment.line, enclosing=True)  # 「2 提出期限等」…「(イ) 10月30日午後5時必着とする。」
            if step:
                return [step], "context"
        return ([context], "context") if context else ([], "")

    @staticmethod
    def papers_put_up(head: str, tail: str) -> str:
        """「募集要項は、6月1日に市ホームページに掲載します」「入札説明書は、」 / 「6月1日(火)に町ホームページに掲載します」:
        the sentence's topic names papers (``DOCUMENT_NAME``), no step, and the words after the date say only where
        they are put up (``L.posted_on``): the papers' publication that day, 「募集要項の掲載」; '' else."""
        said = head.rsplit("。", 1)[-1].rstrip("、, ")
        if not (AFTER_PARTICLE.match(tail) and TOPIC.search(said)) or FROM_AFTER.match(tail):
            return ""
        if not L.posted_on(L.clean_label(tail.split("。")[0])):
            return ""
        topic = sentence_topic(said)
        papers = DOCUMENT_NAME.search(topic.removesuffix("等")) and not L.kind_of(topic) and not L.is_not_milestone(topic)
        return f"{topic}の掲載" if papers else ""  # (not 「日程に変更がある場合は、」: no papers, said in passing)

    @staticmethod
    def listed_aside(noun: str, inside: str, tail: str) -> bool:
        """「現状分析、町民アンケート調査（令和8年6月実施予定）、交通事業者ヒアリング、…」: a date in the bracket of one item
        of a list, neither that item nor the bracket naming a step: when the item takes place, said in passing (the next
        item, after the comma, is not its step)."""
        after = tail.split(")", 1)[1].lstrip() if ")" in tail else ""
        return (
            after[:1] in ("、", ",")
            and JAPANESE.search(noun) is not None
            and not L.kind_of(noun)
            and not L.is_generic(noun)
            and not L.kind_of(inside or "-")
        )

    @staticmethod
    def period_bracket(head: str, tail: str) -> bool:
        """「賃貸借期間（2027年10月1日から2031年9月30日まで）」: a period named by the noun the bracket follows, in a
        sentence of a change notice or any other (the words after the bracket name something else)."""
        if not head.rstrip().endswith("(") or not BRACKET_CLOSED.match(tail):
            return False
        noun = PARTICLE.sub("", L.clean_label(WORD_END.split(head.rstrip()[:-1])[-1]))
        named = SUBJECT_APART.split(noun)[-1]
        return named.endswith("期間") and len(named) <= COLUMN_MAX and not L.kind_of(named) and L.is_not_milestone(named)

    def near_item(self, index: int) -> bool:
        """Line ``index`` stands in the innermost open outline item: no more than a few lines under its head (not in a
        table of questions and answers twenty lines down 「２ 質問への回答」 … 「…から9月30日までの間で調整してください」)."""
        return bool(self.outline) and self.distance(self.outline[-1][2], index) <= CONTEXT_LINES

    @staticmethod
    def names_moved_step(head: str) -> bool:
        """「…に延長し、プレゼンテーション審査の日程を」 before 「8月中旬から8月24日に変更します」: the clause before a
        changed date names its own step (as a sentence of its own does: 「…延長します。あわせて、審査を7月上旬に変更」)."""
        clause = head.rsplit("、", 1)[-1] if "、" in head else ""
        return clause.rstrip().endswith("を") and len(clause) <= MOVED_STEP_CLAUSE_MAX and bool(L.kind_of(L.clean_label(clause)))

    @staticmethod
    def changed_from(text: str, expression: Expression, following: Expression | None) -> bool:
        """A date the next date of the same sentence replaces (「AからBに延長します」, 「Aの予定を、Bに変更します」), or
        the plan a sentence moves or calls off (「6月16日に予定していた開札は、…延期します」)."""
        if FORMER_PLAN.match(text, expression.end):
            sentence = text[expression.end : text.find("。", expression.end) % (len(text) + 1)]
            if PLAN_CHANGED.search(sentence):
                return True
        if following is None or "。" in text[expression.end : following.start]:
            return False
        if expression.first is not None and CHANGED_TO.match(text, expression.end):
            return False  # 「提出期限を7月31日から8月7日に延長し、審査を8月中旬から8月24日に変更」: each step moved itself
        if parallel_new(text, expression, following):
            return False  # 「提出期限を6月12日に、ヒアリングを6月22日に変更します」: each step's new date
        return bool(CHANGED_TO.match(text, following.end) or SERIAL_NEW_AFTER.match(text, following.end))

    def corrected_step(self, index: int) -> str:
        """What a 「訂正後」 / 「(正)」 line corrects: the nearest step named in the lines above it (four lines of
        words; blank lines, the marks of versions and the dates under them between are passed over)."""
        words = 0
        for at in range(index - 1, max(0, index - CORRECTED_REACH) - 1, -1):
            line = self.lines[at]
            stripped = line.strip()
            if not stripped or UNDERLINE_ONLY.match(line):
                continue
            old_mark = SUPERSEDED.search(line)
            if old_mark:  # (「(1) 企画提案書の提出期限　　延期前：7月1日(木)」: the item's step on its old value's line, the
                named = L.clean_label(line[: old_mark.start()])  # lines run on)
                if named and len(named) <= COLUMN_MAX * 2 and L.kind_of(named) and not self.read_dates(named):
                    return named
                continue
            if len(stripped) >= 4 and set(stripped) <= BLOCK_RULE_CHARS:
                break  # 「――――」 between the items of a 正誤表: the item above is another correction's
            if CORRECTED.match(stripped) or EARLIER_MARK.match(stripped):
                continue
            dates = self.read_dates(line)
            if dates and not L.kind_of(L.clean_label(line)):
                continue
            if dates and OLD_VALUE_KEYED.fullmatch(line, 0, dates[0].start):
                continue  # 「当初の日程：令和9年9月町議会定例会」 over 「変更後：…」: the old value keyed so, its words no step
            if self.old_value_line(at):
                continue  # 「（変更前）」 / 「9月24日（木）午前10時から（説明20分、質疑15分）」: the old value, its note no step
            words += 1
            if words > 4:
                break
            for clause in reversed(CLAUSE_END.split(line)):
                label = L.clean_label(clause)
                if label and L.kind_of(label):
                    return label[-60:]
            if len(stripped) <= 2 * COLUMN_MAX and CORRECTED_ITEM_HEAD.search(stripped):
                return ""  # 「◇訂正箇所4 実施要領 2 業務概要 (3)委託期間」: the item corrected names no step (the one above is
        return ""  # the item before's)

    def old_value_line(self, at: int) -> bool:
        """Line ``at`` (from 0) opens with a date and stands right under the mark of the old version (「（変更前）」「(誤)」
        「当初」 alone on the line over it): the value a change replaced, the words after its date a note of it
        (「（1者あたり説明20分、質疑15分）」), no name of the step."""
        line = self.lines[at]
        found = self.read_dates(line)
        if not found or line[: found[0].start].strip():
            return False
        above = next((text.strip() for text in reversed(self.lines[max(0, at - 2) : at]) if text.strip()), "")
        return (
            bool(above)
            and len(above) <= COLUMN_MAX
            and (EARLIER_MARK.match(above) is not None or OLD_MARK_ALONE.match(above) is not None)
        )

    def versioned_item(self, label: str, index: int) -> list[str]:
        """「（訂正後）」 / 「日時 令和7年11月4日…」 under 「訂正箇所④ 公告第149号「9 開札の日時及び場所」(1)」: a key that names no
        step (``label``, the version's mark over it first), the step named by the head of the item it corrects; else
        ``label`` as it is."""
        mark = label.split(" ", 1)[0]
        if not (CORRECTED.match(nfkc(mark)) or OLD_VERSION_MARK.match(nfkc(mark))):
            return [label]
        corrected = self.corrected_step(index)
        return [f"{mark} {corrected}"] if corrected else [label]

    def old_version_end(self, index: int) -> int:
        """The line of the 「［訂正後］」 mark below the 「［訂正前］」 mark on line ``index``, past the items quoted as they
        stood (a mark of either version alone on its line); -1 when none follows within reach: the mark heads only the
        date under it."""
        for at in range(index + 1, min(len(self.lines), index + OLD_VERSION_REACH)):
            stripped = self.lines[at].strip()
            label = L.clean_label(stripped) if stripped and len(stripped) <= SHORT_ITEM else ""
            if label and CORRECTED.match(label):
                return at
            if label and OLD_VERSION_MARK.match(label):
                return -1  # (「訂正前」 / date / 「訂正後」 / date, item by item: each mark heads its own date)
        return -1

    @staticmethod
    def unchanged_in_row(header: list[str], cells: list[str]) -> bool:
        """Whether the row's cell under a column of the new version (「変更後」「訂正後」) says the step did not change
        (「変更なし」「同左」), its old version's date being the one in force."""
        return any(
            VERSION_COLUMN.search(name or "") and UNCHANGED_CELL.match(cell.strip()) for name, cell in zip(header, cells) if cell
        )

    def corrected_again(self, index: int) -> bool:
        """Whether the next mark of a version below the date on line ``index`` (under a 「訂正後」 mark) is another
        「訂正後」: the later correction's version of the same step."""
        for line in self.lines[index + 1 : index + 4]:
            stripped = line.strip()
            if not stripped or UNDERLINE_ONLY.match(line):
                continue
            return bool(CORRECTED.match(L.clean_label(stripped)))
        return False

    def sentence_from(self, start: int, line: int) -> bool:
        """Lines ``start`` to ``line`` are one sentence, wrapped (no line before ``line`` ends it or holds a date)."""
        if not 0 <= line - start <= CONTEXT_LINES:
            return False
        between = self.lines[start:line]
        return all(text.strip() and not text.rstrip().endswith("。") and not self.read_dates(text) for text in between)

    def signed(self, segment: Segment, tail: str) -> bool:
        if tail.strip():
            if ISSUER_ALONE.fullmatch(tail.strip()) and self.dated_first(segment):
                return True  # 「令和5年5月 小鳩町」 at a poster's foot: the paper's date, then who puts it out
            return bool(L.SIGNATORY.search(tail)) and not ADDRESSEE.search(tail)
        following = [line for line in self.lines[segment.line + 1 : segment.line + 5] if line.strip()][:3]
        for (
            line
        ) in following:  # 「支出負担行為担当官」 / 「潮音地方環境事務所長 鶴見 早苗」; 「…機構」 / 「…学校」 / 「契約担当役 …」
            if len(line) > SIGNATURE_MAX:
                return False
            dates = self.read_dates(line)
            if dates:
                if self.same_date_again(segment.text, line):
                    continue  # 「令和8年8月17日」 / 「August 17, 2026」: the date in English under it
                # (「知事 榊原忠義 なお、5月20日に予定していた開札は行わない。」: the sentence after the signatory run onto it)
                head = line[: dates[0].start].strip()
                return bool(L.SIGNATORY.search(head)) and not ADDRESSEE.search(head)
            if L.SIGNATORY.search(line.strip()):
                return not ADDRESSEE.search(line)
            if EN_SIGNATORY.fullmatch(line.strip()):  # 「26 May 2027」 / 「Hajime Okutani」 / 「President」
                return True
        return False

    def office_dated(self, segment: Segment, tail: str) -> bool:
        """「令和9年6月10日」 / 「月影町 総務企画課」: a paper's own date over the office that issues it (no signatory's
        name: the paper's date, not a notice's signature, so no step before it is past)."""
        if tail.strip() or segment.line + 1 >= len(self.lines):
            return False
        below = next((line for line in self.lines[segment.line + 1 : segment.line + 3] if line.strip()), "")
        return len(below) <= SIGNATURE_MAX * 2 and bool(ISSUING_OFFICE.fullmatch(below.strip()))

    def same_date_again(self, text: str, line: str) -> bool:
        """``line`` gives only the date of ``text`` again (in English, in 西暦)."""
        given, again = self.read_dates(text), self.read_dates(line)
        if len(given) != 1 or len(again) != 1 or not given[0].day or given[0].date() is None:
            return False
        rest = L.clean_label(line[: again[0].start] + line[again[0].end :])
        return again[0].date() == given[0].date() and not JAPANESE.search(rest) and not L.kind_of(rest)

    def bracket_key(self, segment: Segment, head: str) -> tuple[str, str, int] | None:
        """(the words before the bracket, its key, the line those words end on) when the date stands in a bracket opened by a key that names no step
        right after a sentence's predicate (「…提出しなければならない（提出期限 6月1日）」); the bracket or its key may
        open at the end of the line above (「…受け付けない」 / 「（提出期限 6月16日）」, 「…供するものとする（掲」 / 「載期限 …」)."""
        opened = head.rfind("(")
        line = segment.line
        if opened > head.rfind(")"):
            before, key = head[:opened], head[opened + 1 :]
            if not before.strip() and segment.first and segment.line:
                line -= 1
                before = self.lines[line].rstrip()
        elif opened < 0 and segment.first and segment.line:
            line -= 1
            cut = WRAPPED_KEY_OPEN.search(self.lines[line].rstrip())
            if not cut:
                return None
            before, key = self.lines[line].rstrip()[: cut.start()], cut.group("part") + head
        else:
            return None
        key = PARTICLE.sub("", SPACES_RUN.sub("", L.clean_label(key)))  # (「（掲 載期限」: a line break kept as a space)
        if not STEPLESS_KEY.fullmatch(key) or not PREDICATE_BEFORE_BRACKET.search(f"{before.rstrip()}("):
            return None
        return before, key, line

    def item_topic(self, segment: Segment, before: str, key: str, line: int) -> str:
        """The topic that opens the sentence of an item whose date stands in a bracket at its end, after a key that
        names no step (「(7) 技術提案書の作成に関して質問がある者は、…質問書を提出することができる（提出期限 6月16日）」):
        its step, when it names one; '' else. The sentence's words by the bracket say only how (提出する, 通知する)."""
        text = before
        ends_on = line
        if segment.first or line != segment.line:
            for above in range(line - 1, max(-1, ends_on - ITEM_TOPIC_LINES - 1), -1):
                if OUTLINE_MARK.match(self.lines[line]) or "。" in ASIDE_BRACKETS.sub("", text):
                    break
                if not self.lines[above].strip() or len(self.lines[above]) > LONG_LINE_OF_DAY:
                    return ""
                line = above
                text = f"{self.lines[above].strip()}{text}"
        mark = OUTLINE_MARK.match(text)
        if not mark and line == segment.line and not segment.first:  # (a sentence of the line's other segments)
            return ""
        sentence = ASIDE_BRACKETS.sub("", text[mark.end() :] if mark else text).split("。")[-1]
        topic = OPENING_TOPIC.match(sentence.strip())
        if not topic and HELD_KEY.match(key):  # 「…に対するヒアリングを…において実施するものとし、…（実施日 7月2日）」
            held = EVENT_HELD.search(sentence)
            event = held.group("event") if held else ""
            return event if event and L.is_event(event) and L.kind_of(event) in ("hearing", "other") else ""
        if not topic:
            return ""
        words = topic.group("topic")
        kind = L.kind_of(words)
        if not kind or L.is_generic(words) or L.is_not_milestone(words) or L.is_weak(words):
            return ""
        if kind == "result" and PERSON_TOPIC.search(f"{words}は"):
            return ""  # 「技術提案書の提出者として選定された者は、…提出する」: who hands in, no result
        return words

    def sentence_label(self, segment, head, tail, context: str = "") -> tuple[list[str], str]:
        """A date inside a sentence: the nearest clause that names a step, the words right after the date first.

        A clause with a noun (質問, 契約) beats one with only a verb of handing in (提出する): in
        「質問は、電子メールにより、6月10日までに…提出すること」 the step is the question.
        """
        if tail[:1] == ")" and GLOSSED_DAY_BEFORE.search(head):
            tail = tail[1:]  # 「昨日(9/5)付けで公告が出てました」: the day the word names, its bracket no aside
        later = PART_OF_MONTH_AFTER.match(tail)  # 「7月中旬から下旬にかけて、…ヒアリングを実施する」: the range's end
        tail = tail[later.end() :] if later else tail
        following = CLAUSE_END.split(tail + self.wrapped_rest(segment, tail))[0]
        if (
            "会" in tail[:12]
            and not L.kind_of(context or "-")
            and (voted := self.session_vote(head, tail, self.lines[segment.line][:LONG_LINE]))
        ):
            return [self.source_text(segment.line, voted)], "sentence"
        after = following[len(AFTER_PARTICLE.match(following).group()) :] if AFTER_PARTICLE.match(following) else ""
        if after and FROM_AFTER.match(following) and L.posted_on(L.clean_label(after.split("。")[0])):
            after = f"から{after}"  # 「様式は、6月1日から町ホームページに掲載します」: put up from that day, a step
        if not after and "公" in following[:4] and MADE_PUBLIC_AFTER.match(following):
            after = following  # 「…、本日（9/1）公告されました」 (read as 「9/1公告されました」): the act right after the date
        if WINDOW_DAYS_AFTER.match(tail):  # 「…6月9日までの行政機関の休日を除く毎日」: the window's days, no clause of its own
            after = ""
        if AIMED_AT.fullmatch(after.strip()):
            after = ""  # 「11月中旬を目途に、基本協定を締結します」: how sure the day is, the act in the next clause
        if not after.strip():  # 「市は6月19日、実施要領を公表し」「6月7日正午までに、参加申込書を提出」: the next clause
            rest = tail[len(following) :].lstrip(" 、,")
            after = (
                CLAUSE_END.split(rest)[0]
                if tail[len(following) : len(following) + 1] in "、," and not TOPIC_OPENED.match(following)
                else ""
            )
            if "は" in after[:18] and OWN_TOPIC_CLAUSE.match(after):
                after = ""  # 「（閲覧は…11月19日まで、受付時間は上記6と同じ）」: a clause of its own topic, not the date's
        if "以下" in head:  # 「競争参加資格確認申請書（以下「申請書」という。）及び…」: the bracket ends no sentence
            head = DEFINED_AS.sub("", head)
        if "。)" in head:  # 「予算(市補助金を含む。)は、」: the bracket's own sentence ends no sentence of the date's
            head = ASIDE_SENTENCE.sub("", head)
        sentences = head.split("。")
        opened = sentences[-1].rfind("(")
        if opened > sentences[-1].rfind(")"):  # 「…評価する（ヒアリングは4月下旬に実施予定。）」: an aside's own sentence
            inside = sentences[-1][opened + 1 :]
            if L.kind_of(PARTICLE.sub("", L.clean_label(inside))):
                sentences[-1] = inside
        befores = [SPACES_RUN.split(c.strip())[-1] for c in reversed(COMMA.split(sentences[-1])) if c.strip()]
        if befores and L.is_generic(PARTICLE.sub("", L.clean_label(befores[0]))) and len(sentences) > 1:
            said = SPACES_RUN.split(sentences[-2].strip())[-1]
            what = ADDRESSED_INSIDE.sub("", said)  # (not whom: 「第2回は参加表明書を提出した者に限り受け付ける。」)
            if what != said and not L.kind_of(L.clean_label(what)):
                what = self.outline_step(segment.line, enclosing=True) or what  # (「3 質問」 over the item)
            befores = [what, *befores[1:]]  # 「…質問は…。受付期限は」: the sentence before says what
        # 「…決定するため、7月中旬に」: a reason names no step; 「質問書（様式第4号）により、…提出してください」: the paper
        # alone it is sent by names it
        sent = bool(SENDING.search(after))
        befores = [c for c in befores if not REASON.search(c) or (sent and PAPER_CLAUSE.match(L.clean_label(c)))]
        addressed = [c for c in befores if ADDRESSED.search(c)]
        addressed += [  # 「参加意向確認書を提出し、参加資格を有すると認められた者は、次の書類を…」: who hands in, no step
            c for c, later in zip(befores[1:], befores) if HANDED_IN_BEFORE.search(c) and WHO_TOPIC.search(later)
        ]
        if addressed:  # 「参加表明書を提出した者には、」: whom the step is for; the sentence's other words name it
            others = [c for c in befores if c not in addressed]
            if any(L.kind_of(c) for c in [after, *others]):
                befores = others  # 「…には、2月8日までに参加資格の有無をお知らせします」: the notice of the result
            elif TAKEN_IN_AFTER.match(after) and (item := self.outline_step(segment.line, enclosing=True)):
                return [item], "context"  # 「4 質問」 / 「(2) 第2回 参加申込書を提出した者に限り、7月4日まで受け付ける」
        if self.names_own_step(after):  # 「9月上旬に第1次審査を、9月中旬に第2次審査を行い」: a clause that opens with
            # the particle of the date before it is that date's, when the words after this date name its own step
            befores = [c for c in befores if not PREVIOUS_DATE_CLAUSE.match(c)]
        if "」" in head:  # 「表に「…見積書在中」と記載のうえ、」: what is written on the envelope, no step
            befores = [c for c in befores if not INSCRIBED.search(c)]
        befores = [main for main in map(attached_to, befores) if main]
        topic = [c for c in befores if TOPIC.search(c)]
        if topic and DETAIL_TOPIC.search(topic[0]):  # 「審査会の集合時刻は、8月28日頃にお知らせします」: a detail of a step
            if not UNTIL.match(tail):
                return [], ""
            # 「実施時刻及び接続先は、…5月15日までに通知する」: a notice promised by a day, a step of its own (other)
            return [f"{self.source_text(segment.line, L.clean_label(TOPIC.sub('', topic[0])))}の通知"], "sentence"
        if topic and "に" in tail[:12] and L.kind_of(topic[0]) and (modified := ATTRIBUTIVE_DAY_AFTER.match(tail)):
            # (a topic that names a step another step's day modifies: 「追加質問は」; not 「制作した映像は、3月に開催する
            # 説明会でも上映する」, the work's product, read as before)
            noun = modified["noun"]
            if L.kind_of(noun) and not L.is_weak(noun) and not L.is_not_milestone(noun) and not L.is_generic(noun):
                return [self.source_text(segment.line, noun)], "sentence"
        if (
            befores
            and L.only_not_milestone(befores[0])
            and not period_qualified(befores[0])  # (「…指定した後、指定期間全体に係る基本協定を」: the step, its period)
            and any(  # 「参加申込書、会社概要及び実績調書を」: a list
                L.kind_of(c) and not L.is_not_milestone(c) and not TOPIC.search(c) for c in befores[1:3]
            )
        ):
            befores = befores[1:]
        modified = modified_noun(after)  # 「指定期間全体の基本協定を締結」: the noun after の
        if (
            (L.is_not_milestone(after) and not (L.kind_of(modified) and not L.is_not_milestone(modified)))
            or (
                befores
                and L.only_not_milestone(befores[0])
                and not self.names_own_step(after)
                and not period_qualified(befores[0])  # (「指定期間全体に係る基本協定を、11月に締結」)
            )
            or (topic and L.only_not_milestone(topic[0]))
        ):  # 「…に改修工事を完了する予定」「予定価格は、…7月3日に公表する」: what the sentence is about is no step
            return [], ""
        if (
            befores
            and OBJECT_BEFORE.search(head)
            and L.kind_of(befores[0])
            and not L.is_weak(befores[0])
            and not L.is_not_milestone(befores[0])
        ):
            return [self.source_text(segment.line, L.clean_label(befores[0])[:80])], "sentence"  # 「申込書を(、)6月1日までに」
        regarding = [c for c in befores if REGARDING.search(c)]
        if regarding and not L.kind_of(after):  # 「提案書につきましては、9月16日に…審査を行う予定です」: the act names the step
            act = ACT.search(tail.split("。")[0])
            if act and L.kind_of(act.group("step")):
                return [self.source_text(segment.line, L.clean_label(act.group("step"))[:80])], "sentence"
        if (
            topic
            and after
            and L.is_weak(after)
            and not any(L.kind_of(c) for c in befores)
            and not HANDER_TOPIC.search(topic[0])
            and not L.is_generic(PARTICLE.sub("", L.clean_label(topic[0])))
        ):
            return [], ""  # 「速報値(単純集計)は11月28日までに提出する」: what the work delivers, no paper of the call
        if topic and L.kind_of(topic[0]) in ACCEPTED and not L.kind_of(after) and ISSUER_SENDS.search(after):
            return [], ""  # 「新しい資格確認書は7月中旬に一斉発送する予定です」: what the work mails out, no paper handed in
        if topic and PERSON_TOPIC.search(topic[0]) and L.kind_of(after) and not L.is_weak(after):
            topic = []  # 「選定された候補者は、12月の市議会に指定の議案を提出し」: who acts; the act names the step
        elif topic and PERSON_TOPIC.search(topic[0]) and L.kind_of(topic[0]) == "result":
            # 「委託候補者に選定された者は、3月中に…試行配達を行う」: the selection says who acts, it names no step
            befores, topic = [c for c in befores if c is not topic[0]], []
        if (
            topic
            and CONDITION_TOPIC.search(topic[0])
            and any(L.kind_of(c) and not L.is_weak(c) for c in [after, *befores] if c is not topic[0])
        ):
            topic = []  # 「入札を辞退する場合は、…辞退届を提出すること」: the condition; the paper names the step
        if topic and L.kind_of(topic[0]) in ACCEPTED and L.kind_of(after) in ("other", "hearing") and L.is_event(after):
            topic = []  # 「提出された見積書は、8月22日午前10時から…で開封します」: what is done with the papers is the step
        if topic and L.kind_of(topic[0]) in ACCEPTED and L.kind_of(after) == "result" and not L.is_weak(after):
            topic = []  # 「提出された参加意思確認書は、…審査し、7月8日までに、その結果を通知する」: the papers' result
        if topic and tail.lstrip()[:1] == "の" and L.kind_of(after) and not L.is_weak(after) and not L.is_not_milestone(after):
            topic = []  # 「審査結果は、…通知し、8月上旬の契約締結を予定」: the date names the step after it
        opened = CALL_OPENS_AFTER.match(tail)
        if opened and topic:  # 「公募は6月16日から開始します」: the call opens that day
            word = PARTICLE.sub("", L.clean_label(topic[0]))
            if L.kind_of(f"{word}開始") == "published":
                return [f"{self.source_text(segment.line, word)}開始"], "sentence"
        if (
            topic
            and FROM_AFTER.match(tail)
            and L.kind_of(topic[0]) in ACCEPTED
            and L.kind_of(after) == "published"
            and not L.is_weak(after)
        ):  # 「仕様書、申込書（様式1）…は、9月1日から本ページに掲載しています」: the forms put up, the call opened
            topic, befores = [], []
        # 「候補者の選定後、12月議会に議案を提出」: a clause 「…後」 says when, it names no step of this date; after the
        # contract (「契約締結後、初校を10月3日までに提出」) what is done is the work's, no step of the call
        if befores and "は" in befores[0] and (then := TOPIC_THEN_WHEN.match(befores[0])):
            if L.kind_of(then["topic"]) and not L.is_not_milestone(then["topic"]):
                befores = [then["topic"], *befores[1:]]  # 「協定締結は議決後、」: the topic is the step
        if any(WHEN_AFTER_CLAUSE.search(c) and L.kind_of(c) == "contract" for c in befores):
            return [], ""
        named = [c for c in [*topic, after, *befores] if L.kind_of(c) and not WHEN_AFTER_CLAUSE.search(c)]
        bare = BARE_ACT_AFTER.match(after) if not named else None
        if bare:  # 「…計画の認定の申請を受け、10月下旬に認定を行う」: the act's noun alone, its object named before it
            named = [act for act in (object_of_act(bare["act"], c) for c in befores) if act][:1]
        wish = WISHING_TOPIC.search(topic[0]) if topic and not named and UNTIL.match(tail) else None
        if wish and SIGNING_UP.search(self.sentence_rest(segment, tail)):
            return [f"{wish.group('act')}申込"], "sentence"  # 「出席を希望する者は、6月22日までに…申し込むこと」
        if not named:
            return [], ""
        clause = next((c for c in named if not L.is_weak(c)), named[0])
        if L.is_not_milestone(clause):  # 「入札参加申請書及び納入実績調書を」: the part that names the step
            parts = L.PARTS.split(clause)
            parts = [*parts, *map(modified_noun, parts)]  # (「指定期間全体の基本協定を締結」: the noun)
            clause = next((p for p in parts if L.kind_of(p) and not L.is_not_milestone(p)), clause)
        document = handed_in(clause, after)
        label = self.source_text(segment.line, document) + "の提出" if document else ""
        label = label or self.source_text(segment.line, L.clean_label(clause)[:80])
        if context and L.is_generic(PARTICLE.sub("", L.clean_label(clause))):  # 「提出期限は、…」 under its heading
            label = f"{context} {label}"
        made = MADE_KNOWN_VERB.search(after) if topic and clause is topic[0] and not document else None
        if made and len(split_steps(label)) > 1:  # 「質問及び回答は、5月7日までに…掲載する」: what one act makes known
            label = f"{PARTICLE.sub('', label)}の{made.group('act')}"
        briefing = BRIEFING_TOPIC.match(L.clean_label(sentences[-1]))
        if briefing and L.kind_of(label) in ACCEPTED:  # 「現地説明会は…ため、9月9日までに参加者名簿を提出」: its registration
            label = f"{briefing.group('event')} {label}"
        signed = self.signed_after(tail, following, label)
        return [label, signed] if signed else [label], "sentence"

    def signed_after(self, tail: str, following: str, label: str) -> str:
        """「6月上旬に審査結果をお知らせし、受託者と契約を結ぶ予定です」: the contract the clause after the result's names,
        with no day of its own, is signed at the result's time; '' for other clauses."""
        if L.kind_of(label) != "result" or not CONTINUED_CLAUSE.search(following):
            return ""
        rest = tail[len(following) :]
        clause = CLAUSE_END.split(rest[1:])[0] if rest[:1] == "、" else ""
        if not clause or LATER_CLAUSE.match(clause) or self.read_dates(clause):
            return ""  # (「…通知し、その後契約を締結します」: signed later, on no day the text gives)
        if L.kind_of(clause) != "contract" or L.is_not_milestone(clause):
            return ""
        return L.clean_label(clause)[:80]

    @staticmethod
    def names_own_step(after: str) -> bool:
        """「…の規定による随意契約とし、9月8日から当組合ホームページで公表して見積書を募集する」: the clause right after the
        date names its step, whatever the clause before it is about."""
        return (
            bool(after)
            and bool(L.kind_of(after))
            and not L.is_weak(after)
            and not L.is_not_milestone(after)
            and not REASON.search(after)  # (「3月下旬に開園前内覧会を予定しているため、」: why, no step of the call)
        )

    def earlier_above(self, index: int) -> bool:
        """The line above the date's own, the item it stands under, names the plan before a change: 「（1）当初の提出期限」
        / 「　　10月8日（金曜日）午後5時」."""
        above = self.lines[index - 1] if index else ""
        if not above or len(above) > EARLIER_ITEM_MAX or "。" in above or not ("当初" in above or "前回" in above):
            return False
        return bool(EARLIER.search(above.rstrip())) and not self.read_dates(above)

    def sentence_before(self, segment: Segment, head: str) -> str:
        """The words of the date's sentence before it, with the line above when the sentence starts there (a page
        wrapped: 「申込者には集合時刻の詳細を」 / 「7月9日(金曜)までにメールで連絡する。」)."""
        head = head[-120:]
        if "。" in head or head.strip() or segment.line == 0 or segment.is_row:
            return head.rsplit("。", 1)[-1]
        above = self.lines[segment.line - 1]
        if len(above) > LONG_LINE or is_table_row(above) or above.rstrip().endswith("。"):
            return head
        return above[-120:].rsplit("。", 1)[-1] + head

    def sentence_rest(self, segment: Segment, tail: str) -> str:
        """「…までに、会社名、出席者氏名及び」 / 「連絡先を記載の上、電子メールにより申し込むこと。」: the rest of the date's
        sentence, with up to two lines a narrow page wrapped it onto (no item, no table row, no date of their own)."""
        rest = tail
        if len(self.lines[segment.line]) > LONG_LINE or not self.lines[segment.line].rstrip().endswith(tail.rstrip()):
            return rest.split("。")[0]
        for below in self.lines[segment.line + 1 : segment.line + 1 + SENTENCE_WRAP_LINES]:
            if "。" in rest or not below.strip() or len(below) > LONG_LINE or is_table_row(below) or self.read_dates(below):
                break
            if OUTLINE_MARK.match(below) or L.NUMBERING.match(below.strip()):
                break
            rest += below.strip()
        return rest.split("。")[0]

    def dated_paper(self, segment: Segment, tail: str) -> bool:
        """「1月8日付け告示第3号」「…法律（令和3年法律第40号）」: the date of a document or a law, no step; 「7月3日付けで、
        …に「結果通知書」を」 / 「送付しました。」 is the day a result was sent, read with the rest of its sentence a page
        wrapped onto the lines below."""
        if not L.LAW_AFTER.match(tail):
            return False
        if "付" not in tail[:4] or "。" in tail:
            return True
        return bool(L.LAW_AFTER.match(self.sentence_rest(segment, tail)))

    def told_whether(self, segment: Segment, head_label: str, tail: str) -> str:
        """「Applicants will be informed by e-mail by 9 June 2027 whether they are」 / 「qualified.」: an English sentence
        whose clause after the date says whether the applicants passed, the result made known (its words before the date
        and that clause); 「Please let us know by Friday 23 July whether you intend to respond」: whether the reader will
        take part, the application; '' for other sentences."""
        if "whether" not in tail[:10] or not EN_WHETHER_AFTER.match(tail):
            return ""
        below = self.next_line(segment)
        said = tail if "." in tail else f"{tail.strip()} {below.strip()}"  # (the sentence wrapped onto the next line)
        told = f"{EN_SENTENCE_END.split(head_label)[-1].strip()} {L.clean_label(said.split('.')[0])}"
        return told if L.kind_of(told) in ("result", "application") else ""

    def wrapped_rest(self, segment: Segment, tail: str) -> str:
        """「…から電子入札システムの入札情報」 / 「サービスに掲載する。」: the rest of a sentence a narrow page wrapped onto
        the next line (a line that is no item of its own and has no date), up to its first clause mark; else ''."""
        if CLAUSE_END.search(tail) or not tail.strip() or segment.line + 1 >= len(self.lines):
            return ""
        if len(self.lines[segment.line]) > LONG_LINE or not self.lines[segment.line].rstrip().endswith(tail.rstrip()):
            return ""  # (the date's piece does not end its line)
        at = segment.line + 1
        if not self.lines[at].strip() and self.original[at].strip() and at + 1 < len(self.lines):
            at += 1  # (「…5月7」 / 「日(日)までは…受付を行わ」 / 「ない。」: the line below went into this one, a date cut)
        below = self.lines[at]
        if not below.strip() or len(below) > LONG_LINE or is_table_row(below) or self.read_dates(below):
            return ""
        if OUTLINE_MARK.match(below) or L.NUMBERING.match(below.strip()):
            return ""
        return CLAUSE_END.split(below.strip())[0]

    def page_updated_beside(self, index: int) -> bool:
        """A key of the page's last update (「Last updated:」「Modified:」) on line ``index`` or a line beside it."""
        return any(self.line_says(EN_UPDATED_KEY, at) for at in (index - 1, index, index + 1) if 0 <= at < len(self.lines))

    def line_says(self, pattern: re.Pattern, index: int) -> bool:
        """``pattern`` is found on line ``index``, each line searched once for it (a long line's segments, each of them
        asking about the lines around it, would search it again for each: work that grew as the square of its length)."""
        key = (pattern, index)
        if key not in self.said:
            self.said[key] = pattern.search(self.lines[index]) is not None
        return self.said[key]

    def steps_indented_below(self, index: int) -> list[tuple[str, int]]:
        """「Friday 17 December 2027, 17:00」 / 「    Deadline for questions (Form 6)」: a schedule of date lines, each
        date's steps indented under it; the steps under a date line of such a run (not the one above it, its own
        date's), with their lines."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        if not below.strip() or indent(below) <= indent(self.lines[index]):
            return []  # (no line indented under it, as most lines: their dates and labels not read again)
        if not self.dated_line(index):
            return []
        depth, steps = indent(self.lines[index]), []
        while len(steps) < STEPS_UNDER_DATE_MAX and (step := self.indented_step(index, index + 1 + len(steps))):
            steps.append((step, index + 1 + len(steps)))
        if not steps:
            return []
        if self.run_under_label(index, depth):
            return []
        # (a run: the next date line below its steps, or the date line over the steps above)
        after = index + 1 + len(steps)
        if self.dated_line(after, depth) and self.indented_step(after, after + 1):
            return steps
        above = index - 1
        while above > 0 and index - above <= STEPS_UNDER_DATE_MAX and self.indented_step(index, above):
            above -= 1
        return steps if above < index - 1 and self.dated_line(above, depth) else []

    def run_under_label(self, index: int, depth: int) -> bool:
        """「　(4)　競争参加資格確認書類等の提出期限」 / 「令和8年12月18日午後5時」 / 「　(5)　入札書の受領期限」 / 「令和9年…」: items
        set with a hanging indent (a gazette's, a word processor's), each label indented, its value flush left on the
        next line. The run of date lines and indented steps opens on an indented step that no date line stands over:
        each date is the value of the label above it, not the heading of the one below."""
        if AMENDING_OLD_NEW.search(self.lines[index]):
            return False  # (「五の㈡中「…」を「…」に改め」: a clause of a change notice under its caption, not a value)
        at = index
        for _ in range(DATED_RUN_HOPS):
            above = at - 1
            while above >= 0 and at - above <= STEPS_UNDER_DATE_MAX and self.indented_step(at, above):
                above -= 1
            if above == at - 1:
                return False  # (no step above this date line: the run opens on it)
            if above >= 0 and self.dated_line(above, depth):
                at = above
                continue
            return True  # (steps above the run's first date line with no date over them: labels waiting for values)
        return False

    def dated_line(self, index: int, depth: int | None = None) -> bool:
        """A line that starts with a date and holds nothing else that names a step (its weekday, time, an aside)."""
        if index >= len(self.lines) or len(self.lines[index]) > DATE_LINE_MAX:
            return False
        line = self.lines[index]
        if not line.strip() or (depth is not None and indent(line) != depth):
            return False
        mentions = self.read_dates(line)
        if not mentions or L.kind_of(L.clean_label(line[: mentions[0].start]) or "-"):
            return False
        return not L.kind_of(L.clean_label(line[mentions[-1].end :]) or "-") and len(line[: mentions[0].start].strip()) <= 12

    def indented_step(self, date_index: int, index: int) -> str:
        """The line under a date line, indented deeper, no date of its own, naming a step: its words; else ''."""
        if index >= len(self.lines):
            return ""
        line = self.lines[index]
        if not line.strip() or len(line) > SHORT_ITEM or indent(line) <= indent(self.lines[date_index]):
            return ""
        if self.read_dates(line):
            return ""
        label = L.clean_label(line)
        return label if L.kind_of(label) else ""

    def line_below(self, segment: Segment) -> str:
        """The next line when it goes on with the sentence of a date that ends its line (no item, no date of its own)."""
        below = self.lines[segment.line + 1] if segment.line + 1 < len(self.lines) else ""
        if not below.strip() or len(below) > LONG_LINE or OUTLINE_MARK.match(below) or self.read_dates(below):
            return ""
        return below.strip()

    def listed_under(self, segment: Segment, stream: Window, position: int) -> list[tuple[str, int]]:
        """The items listed under a date line (「〇6月1日」 / 「・公告」 / 「・質問受付開始」)."""
        original = self.original[segment.line]
        # (DATED_RIGHT spaces or more before its first word, counted without copying a one-line dump's line)
        if len(original) >= DATED_RIGHT and original[:DATED_RIGHT].isspace() and self.date_only(segment):
            return []  # a letter's own date set to the right, over its title or its signatory: no list under it
        if segment.line < LETTER_TOP and self.date_only(segment) and not "".join(self.lines[: segment.line]).strip():
            below = self.lines[segment.line + 1] if segment.line + 1 < len(self.lines) else ""
            if not below.strip():
                return []  # 「令和8年12月25日（金）」 / (blank) / 「　　　…質問回答書」: a letter's date atop it, over its title
        items = []
        if segment.text.rstrip().endswith("。"):  # 「(リース期間は / 令和10年9月30日まで)。」: a sentence ends, no items follow
            return items
        if segment.text.rstrip().endswith(BOX_TOP):
            return self.boxed_step(segment)
        own = OUTLINE_MARK.match(segment.text)
        style = next(name for name, value in own.groupdict().items() if value) if own else None
        depth = indent(original) if segment.first else 0
        for index in range(position + 1, position + 8):
            following = stream.get(index)
            if following is None or following.is_row or self.dated_beyond_session(following.text):
                break  # (not 「・市議会12月定例会における指定の議決」: the month names the session, no date of the item's own)
            mark = OUTLINE_MARK.match(following.text) if style else None
            if mark and mark.group(style):  # 「(3) 5月1日の改元に伴い…」 / 「(4) …」: the next item, not one under it
                break
            if following.first and indent(self.original[following.line]) < depth:
                break  # 「   イ 郵送の場合 / 　　6月23日必着」 / 「 (3) 提出先」: an item of the outline above, not one under the date
            if following.first and (NOTE_LEAD.match(following.text) or following.text.rstrip().endswith("。")):
                break  # 「※ 消印有効ではないので注意すること。」「12の問合せ先に同じ。」: a note or a sentence, no step
            indented = following.first and self.original[following.line][:1] in (" ", "\u3000", "\t")
            label = L.clean_label(following.text)
            if (
                not (BULLET.match(following.text) or indented or self.alternating(segment, index, stream))
                or len(following.text) > 60
            ):
                break
            if len(label) > 30:  # a one-line dump runs on after the item
                label = label.split()[0]
            if label:
                items.append((self.source_text(following.line, label), following.line))
        return items

    def session_vote(self, head: str, tail: str, line: str) -> str:
        """「候補者は、令和9年12月村議会定例会での議決を経て指定し、…」: the vote in the council's session the month names,
        the step of the date (not a budget's vote, nor when the sentence goes on to give the contract's own day: 「…議決を
        得たときに本契約として成立するものとし、本契約の成立は令和9年9月下旬を予定」); else ''."""
        sentence = tail.split("。", 1)[0]
        voted = SESSION_VOTE_AFTER.match(sentence)
        if voted is None or "予算" in head.rsplit("。", 1)[-1] or "予算" in sentence:
            return ""
        at = line.find(sentence[: voted.end()])
        rest = line[at:].split("。", 1)[0] if at >= 0 else ""  # (the line's sentence: a segment ends at a date)
        later = self.read_dates(rest) if "契約" in rest else []
        if later and CONTRACT_DAY_TOPIC_BEFORE.search(rest[: later[0].start]):
            return ""
        return voted.group().strip()

    def dated_beyond_session(self, text: str) -> bool:
        """Whether ``text`` holds a date other than the month of a council's session (「市議会12月定例会」)."""
        mentions = self.read_dates(text)
        if not mentions or "会" not in text:
            return bool(mentions)
        return any(m.day or m.explicit_year or not COUNCIL_AFTER.match(text[m.end : m.end + 12]) for m in mentions)

    def boxed_step(self, segment: Segment) -> list[tuple[str, int]]:
        """A flow chart's box opened on its date's line (「6月2日(金) ╔════╗」 / 「午後5時15分 ║ 応募書類の提出締切 ║」 /
        「 ║ (参加申請書・企画提案書一式) ║」 / 「╚════╝」): the words inside it, one step, and a time in the column of
        dates beside it (``box_times``) the date's."""
        words, first = [], None
        for index in range(segment.line + 1, min(segment.line + BOX_LINES, len(self.lines))):
            line = self.lines[index]
            if BOX_BOTTOM in line or ("║" not in line and "│" not in line):
                break
            wall = line.find("║") if "║" in line else line.find("│")
            left, inside = line[:wall].strip(), L.clean_label(line[wall:])
            if left and not self.box_times.get(segment.line):
                clock = TIME_ONLY.fullmatch(BOX_TIME_TAIL.sub("", left))
                if clock is None:
                    break
                self.box_times[segment.line] = _time(clock.groupdict())
            if inside:
                words.append(inside)
                first = index if first is None else first
        return [(self.source_text(first, "".join(words)), first)] if words else []

    def dated_first(self, segment: Segment) -> bool:
        """A line of one date, at its start (the words after it aside), no clock (a paper's date), and not under a
        heading naming a step (「■現地説明会」 / 「令和7年7月10日(木) 青葉町」: the briefing's day and town)."""
        mentions = self.read_dates(segment.text)
        if len(mentions) != 1 or segment.is_row or segment.text[: mentions[0].start].strip() or mentions[0].time:
            return False
        if mentions[0].precision == "month" or not segment.line:
            return True
        above = next((line for line in reversed(self.lines[max(0, segment.line - 3) : segment.line]) if line.strip()), "")
        return HAS_DIGIT.search(above) is not None or not L.kind_of(L.clean_label(above))

    @staticmethod
    def translation_bracket(head: str, tail: str) -> bool:
        """「(入札公告の訂正, 令和8年9月2日) takes precedence over this English version」: the bracket names the original
        a translation defers to (Japanese in it, or words of a version around it), not 「Submission deadline (5:00 p.m.,
        June 12, 2026) will apply to all bidders」."""
        inside = head[head.rfind("(") :] if "(" in head else ""
        said = tail.split(".", 1)[0]
        return bool(JAPANESE.search(inside) or TRANSLATION_WORDS.search(inside) or TRANSLATION_WORDS.search(said))

    def holds(self, text: str, *words: str) -> bool:
        """Any of ``words`` in ``text``, looked for once per text: a long line's thousands of dates ask it again."""
        key = (text, words)
        found = self.held.get(key)
        if found is None:
            found = self.held[key] = any(word in text for word in words)
        return found

    def field_over_value(self, index: int) -> bool:
        """Line ``index`` is a record's field name over its value, or the value under it (a kintone or Notion record
        pasted: 「積算締め」 / 「2027-06-28」, each on a line of its own): under a team's heading (「社内日程」), one of its
        items, as a bullet's."""
        lines = self.lines
        if not lines[index].strip() or len(lines[index]) > FIELD_KEY_MAX * 2:
            return False
        if self.text_date_only(lines[index]):
            above = lines[index - 1] if index else ""
            return bool(above.strip()) and len(above) <= FIELD_KEY_MAX * 2 and not self.read_dates(above)
        below = lines[index + 1] if index + 1 < len(lines) else ""
        return not self.read_dates(lines[index]) and len(below) <= FIELD_KEY_MAX * 2 and self.text_date_only(below)

    def text_date_only(self, text: str) -> bool:
        """``text`` is a date and nothing else (as ``date_only``, of a line)."""
        found = self.dates_only.get(text)
        if found is None:
            mentions = self.read_dates(text)
            rest, at = [], 0
            for mention in mentions:
                rest.append(text[at : mention.start])
                at = mention.end
            rest.append(text[at:])
            found = self.dates_only[text] = bool(mentions) and not L.clean_label(DATE_WORDS.sub("", "".join(rest)))
        return found

    def date_only(self, segment: Segment) -> bool:
        """A line that is a date and nothing else (a marker, 「まで」, 「(予定)」 at most)."""
        if segment.is_row:
            return False
        return self.text_date_only(segment.text)

    def steps_below(self, segment: Segment, stream: Window, position: int) -> bool:
        """A date-only line with a step's name on the line under it, itself over a date-only line."""
        following = stream.get(position + 1)
        return following is not None and self.date_only(segment) and self.alternating(segment, position + 1, stream)

    def alternating(self, segment: Segment, index: int, stream: Window) -> bool:
        """「6月1日(月)」 / 「公募開始」 / 「6月10日(水)」 / 「質問締切」: a date-only line, a step, a date-only line…"""
        following = stream.get(index)
        if not self.date_only(segment) or len(following.text) > 30 or not L.kind_of(following.text):
            return False
        if SCHEDULE_HEADING.search(following.text.strip()):
            return False  # 「2027年8月」 / 「選定スケジュール」: a slide's date, then the next slide's title (no step)
        if following.line > segment.line + 1 and stream.back(index - 1) is not segment:
            return False  # (a second line under the date is no step of an alternating run)
        after = stream.get(index + 1)
        if after is not None and after.line == following.line + 1 and CELL_ASIDE.match(after.text):
            after = stream.get(index + 2)  # 「説明会」 / 「(本日)」 / 「4/17(金)」: an aside under the step's name
        if after is None or self.date_only(after):
            return True
        # (the last pair of the run, a blank line after it: 「2028年3月下旬」 / 「本契約の締結」 / (blank) / 「質問について」;
        # or a note under the run 「※日程は予定です。」; or the slide's or page's footer 「葦原市 DX推進課 | 2026.10」 / 「5」)
        step, date = stream.back(index - 2), stream.back(index - 3)
        return (
            (after.line > following.line + 1 or bool(NOTE_LEAD.match(after.text)) or self.is_furniture(after.line))
            and step is not None
            and date is not None
            and len(step.text) <= 30
            and bool(L.kind_of(step.text))
            and self.date_only(date)
        )

    def make(
        self,
        segment: Segment,
        expression: Expression,
        label: str,
        source: str,
        notes_text: str,
        tail: str,
        head: str,
        kind: str | None = None,
    ) -> list[Candidate]:
        """Candidates for one date expression with its label: kind, which date of a window, filters."""
        if "参考" in tail[:12] and REFERENCE_ITEM.match(tail) and not L.clean_label(head) and label in tail:
            return []  # 「9/10(木)  (参考)県議会9月定例会 開会」: a day's item given for reference beside the steps, no step
        if (
            "公" in tail[:80]
            and (outside := OUTSIDE_PUBLISHED_AFTER.match(tail))
            and not CALL_PAPER_TITLE.search(outside["title"])
        ):
            return []  # 「2/1(月)に潮凪県より「宿泊旅行統計」が公表されました」: another body's paper out, the call's reason
        if ("既に" in head[-50:] or "すでに" in head[-50:]) and DONE_BEFORE.search(head[-50:]):
            return []  # 「既に公表した質問への回答（」: the day of a step over
        if (
            "先" in head[-16:] or "既" in head[-16:] or "すで" in head[-16:] or "当初" in head[-16:] or "前回" in head[-16:]
        ) and (EARLIER_TOLD_BEFORE.search(head[-24:])):
            return []  # 「先にご案内した10月6日(火)午後1時30分からのヒアリングについて」: the plan told of before
        if "うち" in head[-26:] and (part := PERIOD_PART_BEFORE.search(head[-90:])) and not L.kind_of(part["part"]):
            return []  # 「業務期間:…まで(うち構築は令和10年3月31日まで)」: a part of the work's period
        if label[:1] == "付" and CITED_CALL_LABEL.match(label):
            return []  # 「付けで公示した標記企画競争について」: the words of the cited call's day before it
        if "」" in tail[:42] and QUOTED_OLD_AFTER.match(segment.text, expression.end, expression.end + QUOTED_OLD_REACH):
            return []  # 「…中「6月10日（水）10時00分　入札室」を「6月17日（水）…」に改める」: the old words, replaced
        joined = L.joined_step(label) if label else None
        label = joined or label  # 「契約締結・業務開始」: the step of the two
        if label.endswith("「") and "中" in label[-8:] and (address := CLAUSE_NOTICE_ADDRESS.match(label)):
            label = label[address.end() :]  # (the item the clause cites, without the notice it is in)
        if label.endswith(("から", "~", "～", "〜")) and "「" in label:
            clause = segment.text[max(0, expression.start - CLAUSE_CITED_REACH) : expression.start]
            cited = CLAUSE_CITED_WINDOW.search(clause) if "中" in clause else None
            if cited and L.kind_of(L.clean_label(cited["item"])) not in (None, "published"):
                label = L.clean_label(cited["item"])  # (the window's start in the new words: the item cited, its end)
        scheduled = bool(label) and PAGE_DAY_KEY.match(L.clean_label(label)) and self.in_schedule(segment.line)
        if scheduled:  # 「3 日程」「- 公開日：6月2日」: a page's 公開日 listed among the steps is the call's publication
            kind = "published"
        # 「第15 スケジュール」 … 「年度協定の締結 令和9年3月下旬」: the yearly agreement listed as a step of the schedule
        # (told of in the prose only, it is the work's yearly paperwork)
        listed = "年度協定" in label and self.in_schedule(segment.line, SCHEDULE_ROWS_MAX)
        if (
            not label
            or (L.is_not_milestone(label) and not scheduled and not listed)
            or ("参考" in label and REFERENCE_LABEL.match(label.lstrip()))
            or (ATTRIBUTE_AFTER.match(tail) and not (tail.lstrip()[:1] == "付" and PUBLISHED_DATED.search(head)))
            or (self.changes and ("した" in tail[:16] or "し、" in tail[:12]) and changed_call_cited(head, tail))
            or (POSTED_AFTER.match(tail) and not SENTENCE_BEFORE.search(head))
            or (PAGE_STAMP_AFTER.match(tail) and not L.clean_label(STAMP_WORDS.sub("", head)))
            or (
                POSTING_SECTION_AFTER.match(tail)
                and expression.last.time is None
                and not L.clean_label(STAMP_WORDS.sub("", head))
            )
            or MONTH_LIST_BEFORE.search(head)
            or (label.endswith(")") and FILE_SIZE_LABEL.search(label))  # 「Annex I - Specifications (Word, 75 KB)」
            or ("ssue" in head[-40:] and ISSUE_DATED_BEFORE.search(head[-40:]))  # 「TENDER ALERT - Issue 47 - 15 Jan」
            or any(  # (a window's end: its label the words before the window)
                ("nclude" in words or "ontain" in words) and CONTENTS_LIST_BEFORE.search(words[-CONTENTS_REACH:])
                for words in (head, label)
            )
            or ("ffect" in head[-40:] and BUDGET_IN_FORCE_BEFORE.search(head[-60:]))
            or (" " in head[-8:] and EN_EARLIER_TOLD_BEFORE.search(head[-EN_EARLIER_REACH:]) and self.en_addendum)
            or (TITLE_DATED.search(head) and TITLE_DATE_AFTER.match(tail))
            or (QUOTE_OPEN.search(head) and WRITE_AS.match(tail + self.wrapped_rest(segment, tail)))
            or (label[:1] in "PD" and EN_PUBLISHED_KEY.fullmatch(L.clean_label(label)) and self.page_updated_beside(segment.line))
            or (label[:1] in "IiD" and EN_ISSUED_KEY.fullmatch(L.clean_label(label)) and self.issued_not_a_call(segment.line))
        ):  # (「表に「6月10日開封 …」 / 「… 見積書在中」と朱書きすること。」: the words on an envelope, wrapped)
            return []
        topic_start = TOPIC_THEN_START.match(L.unspaced(label).strip()) if label.endswith("から") else None
        if topic_start and L.kind_of(
            topic_start["topic"]
        ):  # 「閲覧期間は告示の日から1月28日まで」: the topic, not where it opens
            label = topic_start["topic"]
        keyed_start = KEYED_START.match(L.unspaced(label).strip()) if ":" in label or "：" in label else None
        if keyed_start and L.kind_of(keyed_start["key"]):
            label = keyed_start["key"]  # 「質問受付:指名通知の日~10月8日」: the key's step, not the one it opens after
        told_by = TOLD_BY_KEY.match(label.strip()) if "から" in label[:12] else None
        if told_by and L.kind_of(told_by["step"]):
            label = told_by["step"]  # 「町から通知：ヒアリングは9月7日」: the step the issuer's news gives the day of
        start_word = START_REFERENCE.match(L.unspaced(label).strip())
        # (the label as written, 「～」; the head read, 「~」)
        said = nfkc(label.strip()) if start_word else ""
        if start_word and nfkc(head.rstrip()).endswith(said):  # 「(1) 質問の受付 公告日から7月14日まで」: the words before
            before = L.clean_label(nfkc(head.rstrip())[: -len(said)])
            label = before if before and len(before) <= 60 else label
            if not before and L.kind_of(label) == "published":  # 「1 受付期間」 / 「公告の日から4月21日午後5時まで」 under it
                heading = self.outline_step(segment.line, enclosing=True)
                handed = [step for step, kind in split_steps(heading) if kind in ACCEPTED] if heading else []
                label = handed[0] if handed else heading or label  # (「第5 質問の受付及び回答」: what is handed in, until)
            parent = self.outline_step(segment.line) if L.is_generic(label) else ""
            label = f"{parent} {label}" if parent else label  # 「第6 質問の受付及び回答」 > 「(1) 受付期間 公示の日から…」
            if L.is_not_milestone(label):
                return []  # 「事業実施期間 交付決定日～1月31日」: the words before name a period of the work
        if self.other_call(segment.line):  # 「開札 12月9日 ※別公告」: another call's
            return []
        if ("関連" in head[-40:] or "別" in head[-40:]) and RELATED_CASE_BEFORE.search(head[-40:]):
            return []  # 「(関連課題 PRJ-31 の開札は6/3(木)10:00、…)」: a related ticket's call, another call's day
        if ("案件" in tail[:48] or "別件" in tail[:48]) and OTHER_CASE_CLASH_AFTER.match(tail):
            return []  # 「5/26(火)で確定ですか？その日、大阪の案件の現地調査と被ってて」: another job's day
        there = segment.text[max(0, expression.start - 80) : expression.start]
        if "も" in there and OTHER_CALL_THERE.search(there):
            return []  # 「…のプロポも出てて、あっちは質問〆 7/10(金)」: the other call's day
        if "見送" in tail[:80] and "」" in head[-60:] and PASSED_CALL.search(head[-60:] + "\0" + tail[:80]):
            return []  # 「「…修繕計画策定業務」の入札(6/15(火)開札)も出ていますが、今回は見送り」: a call the team passes on
        before = segment.text[max(0, expression.start - SENTENCE_REACH) : expression.start]
        if "will" in before and (in_use := EN_WORK_IN_USE.search(sentence_before := before.rsplit(". ", 1)[-1])):
            if not CALLS_TOOL_AFTER.match(sentence_before, in_use.end()):
                return []  # 「The new system will be used from the admissions cycle … (applications open on 2027-04-01)」
        if ")" in tail[:4] and ORIGINAL_PREVAILS_AFTER.match(tail) and self.translation_bracket(head, tail):
            return []  # 「The Japanese notice of amendment (入札公告の訂正, 令和8年9月2日) takes precedence」: the original's day
        if expression.last.said_same_day and "とおり" in head and AS_GIVEN_ELSEWHERE.search(head):
            return []  # 「提出期限 日程表No.5のとおり（郵送の場合も同日17時必着）」: the day of the item referred to, not the date before
        session = COUNCIL_AFTER.match(tail) if "会" in tail[:8] else None
        if session and L.is_not_milestone(label + session.group()):
            return []  # 「市議会9月定例会(9月1日開会)で…」: the month names the council's session, no step's date
        session = session or (COUNCIL_NAMED_AFTER.match(tail) if "議会" in tail[:16] else None)
        voted = tail.split("。", 1)[0].partition("議決")
        if (
            session
            and kind is None
            and voted[1]
            and L.kind_of(label) == "contract"
            and (not SIGNED.search(voted[2]) or ("。" in tail and BECOMES_FINAL.search(voted[2])))
        ):
            # 「1 指定の手続及び協定の締結」 / 「候補者は、令和8年12月の○○市議会定例会において指定の議決を経た後、指定管理者
            # として指定します」: the month of the council's session is the day of its vote, not of the heading's agreement
            # (「…定例会で議決を得た後、事業契約を締結する」: the contract's, concluded on the vote)
            label = "議決"
        if CLOSED_AFTER.match(tail) or (
            (tail.rstrip().endswith("は") or CLOSED_CUT.search(tail))
            and CLOSED_AFTER.match(tail + self.wrapped_rest(segment, tail))
        ):
            return []  # 「8月13日から8月16日までは夏季休業のため」: the office is closed, no step (「…までは」 / 「休業のため」)
        named_period = PERIOD_NAMED_AFTER.match(tail) if "期間" in tail[:24] else None
        if named_period and L.is_not_milestone(named_period["period"]):
            return []
        if segment.line in self.en_notices_listed:
            return []  # 「2027.06.28  Notice of Public Tender (…): Lease of …」: a page's list of its notices, no step
        if segment.line in self.news_lines or ("新着" in segment.text[:24] and NEWS_RUN.match(segment.text)):
            return []  # 「2025年11月7日　令和8・9年度 競争入札参加資格審査申請（定期受付）について」: a news post, no step
        if (
            "." in tail
            and FILE_NAME_AFTER.match(tail)
            and expression.end - expression.start == 8
            and segment.text[expression.start : expression.end].isdigit()
        ):
            return []  # 「20270420_説明会資料.pdf（1.3MB）」: the date that opens an attached file's name, no step
        if EN_ADDED_STAMP_BEFORE.search(head, max(0, len(head) - EN_ADDED_STAMP_REACH)):
            return []
        said = head if head.strip() or not segment.first or not segment.line else self.lines[segment.line - 1]
        if ("oliday" in said[-EN_HOLIDAY_REACH:] and EN_HOLIDAY_BEFORE.search(said[-EN_HOLIDAY_REACH:])) or (
            "oliday" in tail[:EN_HOLIDAY_REACH] and EN_HOLIDAY_AFTER.match(tail)
        ):  # 「Business Days exclude … national holidays (including」 / 「11 February 2028, National Foundation Day)」,
            # 「Friday, 3 May (a public holiday)」: a day named as a holiday, when nothing is done, no step
            return []
        if ("." in head and FILE_BEFORE.search(head)) or (
            "しました" in tail and EDITED_AFTER.match(tail) and not (L.kind_of(label) and NOTE_BRACKET_AFTER.match(tail))
        ):
            return []
        if "場合" in head and (CONTINGENT_BEFORE.search(head) or (IF_CASE_BEFORE.search(head) and CHANGED_TO.match(tail))):
            return []  # 「荒天の場合は翌日（7月15日（木））に延期します」: the day the step moves to only if that happens
        if (
            (("例" in head[-12:] or "見本" in head[-12:]) and SAMPLE_BEFORE.search(head[-12:]))
            or ("例" in head[-12:] and SAMPLE_MARK_BEFORE.search(head[-12:]))
            or ("例" in tail[:12] and SAMPLE_AFTER.match(tail))
            or (("ample" in tail[:16] or "g." in tail[:10]) and EN_SAMPLE_MARK_AFTER.match(tail))
            or (
                ("ample" in head[-14:] or "AMPLE" in head[-14:] or "g." in head[-10:])
                and EN_SAMPLE_MARK_BEFORE.search(head[-14:])
            )
        ):
            return []  # 「記入例の「令和9年11月5日」は例示です」: the date a form's sample shows
        if in_example(head):  # (its bracket's key in any case: 「(E.g. 15 June 2027)」「(EXAMPLE: …)」 as 「(e.g. …)」)
            return []  # 「（例：電子証明書の取得手続中のため（取得予定日：令和８年９月３０日））」: a sample answer's date
        if ("思" in tail or "考え" in tail or "つもり" in tail) and OWN_INTENT_AFTER.search(tail.split("。", 1)[0]):
            return []  # 「申込書は余裕をもって5/22(金)に郵送しようと思います」: the writer's own plan, no step of the call
        if ("so " in tail[:40] or "give" in tail[:40] or "leave" in tail[:40] or "allow" in tail[:40]) and (
            EN_SO_WE_CAN_AFTER.match(tail) and EN_TO_WRITER_BEFORE.search(head, max(0, len(head) - 80))
        ):
            return []  # 「send me your questions by Mon 1/18 so we can translate them」: the writer's own earlier day
        if ("そう" in tail[:30] or "かも" in tail[:30] or "らし" in tail[:30]) and GUESSED_AFTER.match(tail):
            return []  # 「プレゼンは8月27日か28日あたりになりそうとのこと」: a guess, no day the call gives
        if ("年" in head[-EACH_YEAR_REACH:] and not expression.last.explicit_year) and yearly_duty(head, tail):
            return []  # 「年報は翌年度4月30日までに提出すること」「毎年度、翌年度の事業計画書を2月末日までに提出し」: the work's
        if (
            "契約" in head[-8:]
            and CONTRACT_TOPIC_BEFORE.search(head[-8:])
            and CONTRACT_RUNS_AFTER.match(tail + self.wrapped_rest(segment, tail))
        ):
            return []  # 「保守契約は令和9年12月31日をもって満了します」: a contract in force ends, no step (「…をも」 / 「って満了
            # する。」: its words a narrow column wrapped)
        if "接続先" in head[-80:] and CONNECTION_TOPIC.search(head[-80:]) and CONNECTION_SENT_AFTER.match(tail):
            return []  # 「接続先URLは、…10月19日(月)までに送付する」: the link to an online event sent, no step
        if ("資料" in head or "録" in head or "動画" in head or "内容" in head) and EVENT_PAPERS_TOPIC.search(head[-60:]):
            return []  # 「説明会の資料は、4月22日に県ホームページに掲載する」: when an event's papers are put up, no step
        if TOLD_AFTER.match(tail) and DETAILS_BEFORE.search(self.sentence_before(segment, head)):
            return []  # 「プレゼン審査の時間は、…6/9(月)頃までにメールでお知らせします」: the details told, no step
        if TOLD_IN_TURN_AFTER.match(tail) and TIMES_BEFORE.search(self.sentence_before(segment, head)):
            return []  # 「対話の日時を調整のうえ、8月16日以降に順次ご連絡します」
        if ("者" in head or "名簿" in head) and ("まで" in tail[:8] or "締め切" in tail[:12]) and unqualified_proviso(head, tail):
            return []  # 「ただし、未登録の者は、2月15日までに登録申請を行うこと」: a bidder's registration, no step of the call
        if "場合" in tail or "とき" in tail:
            if NOT_PASSED_AFTER.match(tail):
                return []  # 「3月24日に予定されている市議会本会議において予算が議決されなかった場合は」
        if "まで" in tail[:30] and PLAN_REACH_AFTER.match(tail):
            return []  # 「業務工程（令和9年3月の計画決定までの工程を示すこと。）」: what the proposal's plan shows
        if "予算" in head[-60:] and VOTE_CONDITION_AFTER.match(tail + self.wrapped_rest(segment, tail)):
            return []  # 「予算が3月の市議会定例会におい」 / 「て議決されることを条件とします」
        if "議会" in tail[:32] and COUNCIL_VOTE_CONDITION_AFTER.match(tail + self.wrapped_rest(segment, tail)):
            return []  # 「令和9年3月16日に予定する町議会定例会における…予算の議決を条件とする」: the session's day, no step
        sentence = head[-120:].rsplit("。", 1)[-1] + "|" + tail[:120].split("。", 1)[0]
        if "に" in tail[:24] and ISSUER_BEFORE.search(head):
            attend = ATTEND_ISSUERS_EVENT.match(tail)
            if attend and not L.kind_of(attend["event"]):
                return []  # 「市が3月下旬に実施する学校訪問に参加できるようにすること」: the work's duty, no step
        if ("出席" in sentence or "来場" in sentence or "参加" in sentence) and INTERNAL_MEETING.search(sentence):
            if not INTERNAL_MEETING_STEP.search(label):
                return []  # 「選定委員会は7月26日に開催します（業者の出席は不要）」: the issuer's own meeting
        if "協議" in sentence or "調整" in sentence or "打" in sentence:
            if AGREED_AFTER_CONTRACT.search(sentence) or COUNCIL_ADOPTS.search(sentence):
                return []  # 「日程は契約後に協議する（初校：7月中旬を想定）」: the work's dates, agreed after the award
        if "した" in tail[:16] and EARLIER_ACT_AFTER.match(tail):
            return []
        if ("ており" in tail[:40] or "でした" in tail[:40]) and PAST_ACT_AFTER.match(tail):
            return []  # 「令和8年12月21日（月）に受託候補者を公表しており、」「7月24日の締切までに応募がありませんでした。」
        if "しました" in tail[:80]:
            logged = LOGGED_AFTER.match(tail)
            if logged and not L.clean_label(head) and BEFORE_CALL_PAPERS.search(logged["object"]):
                return []  # 「・2026年3月27日 特定事業の選定結果を公表しました。」: a page's log of an earlier step
            if logged and not L.clean_label(head) and CHANGE_NOTICE_PAPER.search(logged["object"]):
                return []  # 「2027年2月10日 訂正公告（第1回）を掲載しました。」: a change put up, the call opened before
        if "次第" in head or "改めて" in head:
            if NEW_DATES_TOLD.search(head.rsplit("。", 1)[-1]):
                return []  # 「日程は、…見込みが立ち次第、改めてお知らせします(6月中を目途)」: when new dates are told
        if self.told_before_call(segment, expression, head, tail):
            return []  # 「…1月16日に実施方針を公表し、4月17日に特定事業の選定を行い、…公表した。」: the stages before the call
        if ")" in head and FILE_SIZE_BEFORE.search(head):
            return []
        if self.chat or self.ticket:
            said, after = head[-60:].rsplit("。", 1)[-1], tail[:60].split("。", 1)[0]
            # (「入札書受付期間:…午後5時 社内予定:2/3(水)午前中に提出」: the keyed date's words end at the cell's next item)
            after = NEXT_ITEM_AFTER.split(after, 1)[0] if KEYED_LINE.match(said) else after
            if TEAM_ACT.search(said + "|" + after):
                return []  # 「提案書は7/8(木)中に印刷まで終わらせること」「参加表明書は6/24(木)に郵送します」: the team's own work
                # (a ticket of the team's tracker is its own words, as a chat is: 「提案書は10/9(金)に発送し…（社内ルール）」)
        clause = own_item(head[-40:].rsplit("。", 1)[-1], tail[:40].split("。", 1)[0])
        if any(TEAM_WORK_HINT.search(words) and TEAM_WORK.search(words) for words in (clause, label)):
            return []  # 「参加申込書の押印申請 6/1(月)までに総務へ」「7/4(火) リハーサル」: the team's own step (or a row
            # named so, its date in a column of its own: 「ヒアリング リハーサル,…,2027/07/16」)
        if (
            ("案件" in clause + label and OTHER_CALL_MARKED.search(clause + "|" + label))
            or ("別件" in clause and OTHER_CALL_MARKED.search(clause.split("|", 1)[0]))
            or ("案件" in clause and OTHER_CALL_CHANNEL.search(clause.split("|", 1)[0]))
        ):  # (「ちなみに別件ですが、…開札が10/6(火)」: a post's 別件 before its date, not in a label that runs on past it;
            # 「…の観光案件(別チャンネル)の参加申込〆 6/16(火)」 the same)
            return []  # 「【他案件】白砂町 観光案内所運営 参加申込〆」: a day of another call kept beside this one
        if head.strip() in DAY_LIST_JOINERS and expression.start > len(head):
            # 「プレゼン練習 8/13(木)・8/17(月)」: a later day of a list of days, the words before its first day its own
            listed = own_item(segment.text[max(0, expression.start - 40) : expression.start].rsplit("。", 1)[-1], "")
            if TEAM_WORK_HINT.search(listed) and TEAM_WORK.search(listed):
                return []
        if any(TEAM_PRODUCT_HINT.search(words) and TEAM_PRODUCT.search(L.unspaced(words)) for words in (clause, label)):
            return []  # 「6/3(水) 提案書 初稿」「6/9(金) 技術提案書 骨子レビュー」: the team's own draft or review (or a row
            # named so: 「| 技術提案書 第1稿 | 6/21(水) |」)
        rest = segment.text[expression.end : expression.end + 80]  # (the tail ends at the next date: the bracket's)
        if ("(" in rest or "※" in rest) and ISSUERS_DAY_APART_AFTER.match(rest):
            return []  # 「5/25(月) 参加申込書 発送（市は5/27必着）」: the team's day, the issuer's told apart after it
        if "期限切" in tail[:12] or "削除" in tail[:12] or "失効" in tail[:12]:
            if EXPIRED_AFTER.match(tail):
                return []  # 「…は 2028年7月16日 に期限切れになります」: when a recording or a link expires
        line = self.lines[segment.line]
        if ("タスク" in line[:16] or "宿題" in line[:8] or "odo" in line[:12].lower()) and TASKS_KEYED_LINE.match(line):
            return []  # 「・フォローアップ タスク：千葉さんが実績資料を収集する（5月22日）」: the team's tasks
        if self.ticket and any("#" in words and SUB_TICKET_BEFORE.search(words) for words in (head[-100:], label + " ")):
            return []  # 「タスク #4823: 質問書作成・送付  終了  佐伯  2028/06/15」: a sub-ticket's due day, the team's task
        if "入って" in tail[:80] and BOOKED_AFTER.match(tail):
            return []  # 「6/11(金)は午後に湯川市のヒアリング（13:00〜）が入っているので」: the team's diary, taken that day
        if "信" in tail[:8] and RECEIVED_AFTER.match(tail):
            return []  # 「…受付メール（2026/10/2 受信）」: when a mail came in, no step's day
        if "に" in tail[:4] and RECORD_STAMP_AFTER.match(tail) and RECORD_STAMP_BEFORE.search(self.words_before(segment, head)):
            return []  # 「#3 佐伯 さんが 2028/06/23 13:47 に更新」: when a member wrote in the record, no step's day
        if len(line) <= TASK_LINE_MAX and "@" in line and TASK_ITEM.match(line):
            owner = TASK_OWNER_END.search(line)
            if owner and not OWNER_PLACE.search(owner["owner"]):
                return []  # 「- 提案書 骨子 5/18(火) @川村」: a task of the team's, whom it falls to after it
        if ("完" in head[-8:] or "済" in head[-8:] or "one" in head[-8:]) and DONE_MARK_BEFORE.search(head[-12:]):
            return []  # 「(完了 5/11)」: the day the team's task was done
        if "日付" in head[-8:] and PAPER_DATED_BEFORE.search(head[-16:]) and PAPER_DATED_AFTER.match(tail):
            return []  # 「JV協定書の日付は 1/25(月) で統一させてください」: the day written on a paper
        if "持参" in tail[:16] and BRINGS_ON_AFTER.match(tail):
            return []  # 「参加申込書は 5/11（火）に持参する」: the day the team brings its paper
        if "目標" in tail[:30] and AIMED_AFTER.match(tail):
            return []  # 「6/14(水)までに送付を目標」: the day the team aims at
        if "私" in tail[:16] and TO_WRITER_AFTER.match(tail):
            return []  # 「質問があれば 1/18(月)中に私まで。」: what the team brings the mail's writer by, its own day
        if ("はず" in tail[:24] or "思" in tail[:24]) and GUESS_AFTER.match(tail):
            return []  # 「企画書の提出は8月上旬になるはず」: a guess at a day the call does not give
        if ("済" in tail[:24] or "完了" in tail[:24]) and TEAM_DONE_AFTER.match(tail):
            return []  # 「→ 5/23（火）提出済（4問）」: the day the team did its part, checked off
        if any(mark in tail[:24] for mark in TEAM_ACT_TOLD_MARKS) and TEAM_ACT_TOLD_AFTER.match(tail):
            return []  # 「説明会申込は 9/2 16:20 に送付、9/3 に受付メール受領」: the day the team did its part, told
        # (「期限日を 2025/08/22 → 2025/08/27」: a change's new value, its field named before the old one on the line)
        # (a table's date stands in its cell, ``head`` the cell's words before it: 「SALES-413<TAB>質問書作成<TAB>完了<TAB>…<TAB>
        # 期限日 2028/01/25」, a sub-task's row of a ticket, its due field keyed in the date's own cell)
        if not self.ticket:
            before = ""
        elif source == "table":
            before = head[-TICKET_DUE_REACH:]
        else:
            before = segment.text[max(0, expression.start - TICKET_DUE_REACH) : expression.start]
        if (
            self.ticket
            and ("期" in before or "開始" in before or "ue" in before)
            and (TICKET_DUE_BEFORE.search(before) or TICKET_DUE_ALONE.match(before))
        ):
            return []  # 「期限日: 2025/08/27」「期日 を 8/24 から 8/26 に変更」: a ticket's own due day, the team's
        if self.ticket and source == "table" and not head.strip() and TICKET_DUE_FIELD.fullmatch(label.strip()):
            return []  # 「期限日<TAB>2026/11/26」: the same field as a row of the ticket's table of fields
        if self.ticket and ("#" in line[:24] or "-" in line[:24]) and TICKET_KEY_ROW.match(line):
            return []  # 「機能 #1343: 提案書 技術パート作成<TAB>進行中<TAB>高橋 美里<TAB>2026/12/02」: a child ticket's due day
        if (
            self.ticket
            and not tail.strip()
            and (head[-2:].isspace() or head[-1:] == "\t")
            and CHECKLIST_ITEM.match(self.original[segment.line] if segment.line < len(self.original) else line)
        ):
            return []  # 「[x] 参加申込書（様式1）作成・押印　　1月22日」: a checklist item's own day, the team's
        if self.ticket and not head.strip() and segment.line and segment.first and segment.cells is None:
            above = self.lines[segment.line - 1]
            if TICKET_DUE_ALONE.match(above.rstrip() + ":" if ":" not in above and "：" not in above else above):
                return []  # 「期限」 / 「2027年2月3日 18:00   期限間近」: the card's due field over its value
            if (
                not tail.strip()
                and expression.last.explicit_year
                and expression.last.time is not None
                and expression.first is None
            ):
                return []  # 「…がこのカードを…に移動しました」 / 「2027年1月14日 9:30」: an activity's stamp alone on its line
        if "社" in head[-40:] + tail[:40] and TEAM_STEP.search(clause):
            return []  # 「参加表明書は8月24日(木)までに社内決裁・押印を完了し」「弊社締切は5/10(水)です」: the team's own
        if "社" in line[:FIRM_NOTE_REACH] and FIRM_NOTE.match(line):
            return []  # 「→※弊社の閲覧は5/15(月)に石井が行く予定です。」: a line the forwarder wrote into the call it passes on
        if "予備" in head[-12:] + tail[:12] and (SPARE_DAY_BEFORE.search(head) or SPARE_DAY_AFTER.match(tail)):
            return []  # 「二次審査 7月20日(火) 予備日:7月21日(水)」: the day kept in reserve, the step's own day is the other
        if "年" in head[-8:] and HABIT_BEFORE.search(head):
            return []  # 「審議会の答申（例年8月上旬）」: what happens every year, no day of this call
        if "場合" in tail[:CONDITION_REACH] and CONDITION_AFTER.match(tail):
            return []  # 「予算の成立が4月1日以降となった場合は」: the date of a condition, no step's
        if "以" in tail[:6] or "より" in tail[:6]:
            if CUTOFF_AFTER.match(tail):
                return []  # 「契約日が令和3年12月25日以降であれば実績として…」: a cut-off of the work cited, no step's day
        if (
            len(tail.strip()) < CONDITION_REACH
            and "な" in tail
            and CONDITION_AFTER.match(tail + self.wrapped_rest(segment, tail))
        ):
            return []  # 「…、落札者の決定が12月下旬となる」 / 「場合がある。」: the condition a narrow page wrapped
        if (
            ("ほか" in tail[:8] or "その他" in tail[:8])
            and head.rstrip()[-1:] in ("（", "(")
            and OTHERS_TOO_UNCHANGED_AFTER.match(tail)
        ):
            return []  # 「一　確認結果の通知期日（5月28日（金））その他前記以外の事項に変更はない」: named as standing too
        if "以外" in segment.text[max(0, expression.start - UNCHANGED_REACH) : expression.start]:
            # (the clause past the dates beside it: 「上記以外の事項（企画提案書の提出期限 6月5日、プレゼンテーション審査
            # 6月中旬 等）については、変更ありません」 names each date between the other's words)
            before = segment.text[max(0, expression.start - UNCHANGED_REACH) : expression.start]
            after = segment.text[expression.end : expression.end + 2 * UNCHANGED_REACH]
            if UNCHANGED_REST_BEFORE.search(before) and (
                UNCHANGED_AFTER.match(after) or UNCHANGED_AFTER.match(after + self.wrapped_rest(segment, after))
            ):
                return []  # (the step's own line, above or in the notice corrected, gives its date; 「…等)に」 / 「変更はない。」)
        below = self.lines[segment.line + 1] if segment.line + 1 < len(self.lines) else ""
        if any(word in tail for word in CALLED_OFF_WORDS) or self.holds(below, *CALLED_OFF_WORDS):
            called_off = CALLED_OFF_AFTER.match(tail + self.wrapped_rest(segment, tail))  # (a sentence a page wrapped)
        elif head.rfind("(") > head.rfind(")") and self.holds(
            segment.text, "消"
        ):  # 「（第1次審査 7月上旬、…）は取り消し」: each date
            rest = segment.text[expression.end : expression.end + SENTENCE_REACH]
            closed = rest.find(")")
            called_off = CALLED_OFF_AFTER.match(rest[closed:]) if closed >= 0 and "(" not in rest[:closed] else None
        else:
            called_off = None
        if called_off and "場合" not in called_off.group():  # (「…ない場合は中止します」: a step that may not be)
            return []
        if any(word in below for word in CALLED_OFF_ARROW_WORDS) and CALLED_OFF_LINE.match(below) and not tail.strip(" )）"):
            return []  # 「(2) 説明会（1月15日(金)午後2時～）」 / 「→中止」: the step's line, then the mark that calls it off
        if ("postpone" in tail or "cancel" in tail or "suspend" in tail or "withdraw" in tail) and EN_CALLED_OFF_AFTER.match(
            tail
        ):
            return []  # 「… scheduled for June 22, 2026 is postponed until further notice.」: the day no longer holds
        if any(word in tail for word in CALLED_OFF_ARROW_WORDS) and CALLED_OFF_ARROW.search(tail):
            return []  # 「説明会 5/27(水)14時~ 市役所5F → 中止(コロナ)」: the mark on the step's own line, after its place
        if "削除" in tail and DELETED_AFTER.match(tail):
            return []  # 「現地説明会 8月12日午後2時 削除」「… →（削除）」: a change notice strikes the step out of the schedule
        if not tail.strip() and 0 <= segment.line < len(self.lines) and "削除" in self.lines[segment.line][-12:]:
            if DELETED_CELL_LAST.search(self.lines[segment.line]):
                return []  # 「現地説明会<TAB>8月12日午後2時<TAB>（削除）」: the mark in the row's last cell
        if ("ません" in tail[:24] or "終了" in tail[:24] or "切" in tail[:24]) and NOT_HELD_AFTER.match(tail):
            return []  # 「※第3区の開札（5月20日（木）11:00）は行いません。」: a lot's step withdrawn, held no more
        if (MODIFIER_AFTER.match(tail) and not L.kind_of(tail[:16])) or RELATIVE_AFTER.match(tail):
            asked = RECEIVED_WINDOW_AFTER.match(tail)
            # (「質問受付期限の7月10日(金)までに受け付けた質問」: the deadline named before it)
            named = asked and expression.first is None and STEP_NAMED_BEFORE.search(head)
            if not asked or (expression.first is None and not (named and L.kind_of(named["step"]) == "question")):
                return []
            # 「1月14日(金)から同月19日(水)までに受け付けた質問について、次のとおり回答します」: the questions' window
            label, kind = (named["step"] if named else asked["step"]), "question"
        if "目標" in tail[:12] and TARGET_AFTER.match(tail):
            return []  # 「教材の公開は10月を目標としています」: a target the work aims at, no step of the call
        if "見込" in tail[:40] and EXPECTED_REASON_AFTER.match(tail):
            return []  # 「…停止する見込みとなったため」: a day the reason of a change tells of
        if "として" in tail or not tail.strip():  # (the words after the date, on its line or the next)
            following = tail + self.wrapped_rest(segment, tail) if tail.strip() else self.line_below(segment)
            if TREATED_AS_AFTER.match(following):
                return []  # 「…中に受け付けた質問は、1月5日(月)」 / 「受付として取り扱います」: how a paper counts, no step
        if L.EN_CALL_PAPERS_KEY.match(L.clean_label(label)):
            if expression.first is not None or EN_WINDOW_OPENS.match(tail):
                kind = "published"  # 「Tender documents: 2027.2.15 (Mon) - 2027.3.15 (Mon)」: the papers' window
            elif EN_WINDOW_CLOSES.search(head[-EN_WINDOW_REACH:]):
                return []  # 「3. TENDER DOCUMENTS」 / 「3.1 Period: 2028/4/14 (Fri) to 2028/5/19 (Fri)」: the papers'
                # window closes, its start their publication
        found = []
        steps = [(label, kind)] if kind else split_steps(label) or [(label, None)]
        if len(steps) > 1 and source == "context" and (expression.first is not None or UNTIL.match(tail)) and not joined:
            handed = [(step, kind) for step, kind in steps if kind in ACCEPTED]
            # 「質問の受付及び回答」 / 「(1) 第1回 2月1日から2月4日17時まで」: a window, or a day until which, under a heading
            # of two steps is the one of the step handed in; the answer to it comes after
            steps = [(step, kind) for step, kind in steps if kind not in ("answer", "result")] if handed else steps
        for step_label, kind in steps:
            if kind is None or (kind != "published" and L.OPENING.search(step_label)):
                continue
            if "分" in step_label and DURATION_LABEL.search(step_label) and L.kind_of(DURATION_LABEL.sub("", step_label)) != kind:
                continue  # 「(説明25分、質疑15分)とし」: the length of a hearing's questions, no step of its own
            if (kind not in ("contract", "result") and AFTER_AWARD.search(head)) or AFTER_AWARD.search(step_label):
                continue  # 「工事説明会は、契約締結後の8月上旬に開催」: work of the contract once awarded, no step of the call
            if kind != "contract" and work_topic(
                head if segment.is_row else segment.text[max(0, expression.start - 200) : expression.start]
            ):
                continue  # 「本業務では、総合計画審議会を令和2年10月…に開催する予定である」: the work's own events
            if (
                "交付" in step_label
                and GRANT_DECIDED.search(step_label)
                and self.funded_by_grant(segment, expression, step_label)
            ):
                continue  # 「補助金の交付申請は…提出済みで、交付決定は8月下旬の見込み」: the issuer's own grant, no step of the call
            if (kind in ("submission", "application", "question") and WINNER_TOPIC.search(head)) or (
                kind == "result"
                and "た" in head[-24:]
                and CHOSEN_TOPIC.search(head)
                and not MADE_KNOWN_WORDS.search(tail.split("。")[0])
            ):
                continue  # 「落札者は、9月30日までに名簿を提出すること」: the winner's duty after the award, no step of the call
            part = self.part_of(segment.line) if kind not in ("published", "contract") else ""
            if (
                kind not in ("published", "contract")
                and not WORK_SECTION.match(part)
                and WORK_SECTION.match(self.list_key(segment.line))
            ):
                part = self.list_key(segment.line)  # 「業務内容：」 / 「・協議会の運営支援（8月、11月開催予定）」
            if (
                part
                and WORK_SECTION.match(part)
                and (not BIDDERS_EVENT.search(step_label) or WORK_TASKS.search(part) or WORK_WHEN.match(L.unspaced(step_label)))
            ):
                continue  # 「1 業務の概要」「(5) 健診実施予定日」「(6) 納車期限」: the work's own dates, no step of the call
            if (
                kind not in ("published", "contract")
                and not BIDDERS_EVENT.search(step_label)
                and not (part and (SCHEDULE_PART.search(part) or CALL_PART.search(part)))
                and any(WORK_CHAPTER.match(head) for head in (part, self.chapter_of(segment.line)) if head)
            ):
                continue  # 「第5 業務の範囲」「7 事業計画書…の作成・提出」「(3) 月例報告 翌月15日までに提出」: the work's duty
                # (not 「第2章 事業の概要」「7. 事業スケジュール(予定)」: the call's schedule set in the project's outline)
                # (「2 業務概要」…「一斉入所申込み（令和9年11月受付予定）」: what the work receives, no hand-in of the call)
            period = kind == "submission" and expression.first is not None and L.CALL_PERIOD.match(L.clean_label(step_label))
            if kind == "application" and not L.CALL_APPLICATION.search(step_label) and self.under_briefing(segment, expression):
                kind = "other"  # 「4.説明会」「(3)参加希望者は…申し込むこと」: the briefing's registration
            mention = expression.last
            if kind == "contract" and term(expression):
                continue  # 「現在の契約(令和5年8月1日から令和8年7月31日まで)」: a contract's term, not its signing
            if kind == "contract" and EXPIRES_AFTER.match(tail):
                continue  # 「現行システムの賃貸借・保守契約は2028年9月30日に満了する」: a contract in force ends, none signed
            if kind != "published" and term(expression, PERIOD_DAYS):
                continue  # 「令和2年4月1日から令和7年3月31日までの間に…受託した実績」: years, no step's window
            notice_day = NOTICE_DAY_FROM.search(head) if kind == "published" and expression.first is None else None
            if (
                (kind == "published" and expression.first is not None)
                or held_from(kind, step_label, expression, head, tail)
                or answers_out_from(kind, expression)
            ):
                mention = expression.first
            elif expression.first is None and (
                (
                    self.dated_paper(segment, tail)
                    and not (kind == "published" and PUBLISHED_DATED.search(head))
                    and not (expression.last.time and FORM_AFTER_TIME.match(tail))
                )
                or CONTRACT_START.search(head)
                or CONTRACT_START_EN.search(head)
                or ("から" in step_label and CONTRACT_START.search(nfkc(step_label)))  # 「契約締結日から令和９」 / 「年３月」
            ):
                continue
            elif (
                expression.first is None
                and PERIOD_AFTER.match(tail)
                and not (
                    # (「…資料は、6月9日以降に掲載します」: the papers of an event, put up from a day on)
                    (L.is_event(step_label) and not SINCE_THEN.match(tail))
                    or kind == "published"
                    # 「回答 5月22日(木)から、…閲覧に供する」: the answers are out from that day
                    or (kind == "answer" and ANSWER_FROM.match(tail))
                    or (kind == "contract" and "以降" in tail[:8] and not label.lstrip().startswith("以降に"))
                    # 「契約・制作開始：11月上旬～」: the contract on that day, the work it starts from it
                    or (kind == "contract" and joined and OPEN_END.match(tail))
                    # 「契約　9月中旬〜」: a step of signing alone, no term, the day it is signed from
                    or (kind == "contract" and OPEN_END.match(tail) and SIGNING_ALONE.fullmatch(L.clean_label(label)))
                    # 「参加申込書の提出期限である1月28日(金)午後5時以降の…」: the step's day, named as such
                    or ("である" in head[-8:] and NAMED_AS_BEFORE.search(head))
                )
            ):
                continue
            if DOCUMENT_NAME.search(step_label.strip()) and (mention.precision == "month" or kind != "published"):
                continue  # 「企画提案募集要項」 / 「令和6年9月」: the month a document is dated, not a step
            if mention.precision == "month" and source == "context" and EN_DOCUMENT_TITLE.search(step_label.strip()):
                continue
            if kind in ("submission", "application") and self.call_title_dated(segment, expression, step_label, head):
                continue  # 「Request for Proposal FY2028 … Version 1.0 - April 2028」: the paper's title over its day
            if kind == "other" and source in ("sentence", "context") and asked_name(step_label):
                continue  # 「市民団体も説明会を傍聴できますか?」 / 「午前11:45 · 1月17日」: a post's question, no step's name
                # (a question paired with its answer by a mark 「A4.」「回答」 or a table's row still names the answer's day)
            if (
                kind == "other"
                and mention.month
                and (
                    mention.day is None
                    or (step_label.rstrip("。?？ ").endswith("か") and TOLD_AFTER.match(tail))
                    or L.SLOT_TOLD.search(step_label)
                )
                and L.DETAIL_MADE_KNOWN.search(step_label)
            ):  # (「質問：プレゼンテーションの開始時刻はいつ通知されますか。」 / 「回答：10月14日までに電子メールで通知します」:
                # the question asks when, the answer's day no step; told in the notice's own words the day is kept)
                continue  # 「ヒアリングの日時・場所は…10月下旬までに通知します」: when a detail is told, no day to keep
            mention = self.timed(segment, expression, mention, step_label, kind, tail, head)
            later = PART_OF_MONTH_AFTER.match(tail) if mention.precision.endswith("_month") else None
            if later is None and self.changes and mention.precision.endswith("_month"):
                later = PART_OF_MONTH_STRUCK.match(tail)
            if later:  # 「7月中旬～下旬」: the end of the fuzzy range
                mention.precision = {"上旬": "early_month", "中旬": "mid_month", "下旬": "late_month"}[later.group(1)]
            if mention.problem:  # 令和0年, 令和元年4月30日, 2月30日: left out, and the reason shown
                self.problems.append(
                    f"{self.line_number(segment.line)}行目: 「{step_label}」の日付を読めませんでした。{mention.problem}"
                )
                continue
            found.append(
                Candidate(
                    kind=kind,
                    label=step_label,
                    mention=mention,
                    line_no=segment.line + 1,
                    source=source,
                    notes=L.delivery_notes(notes_text),
                    evidence=self.evidence(segment, expression),
                    offset=self.offsets[segment.line],
                    window=expression.first is not None,
                    changed_to=bool(
                        CHANGED_TO.match(tail)
                        or (tail[:12].lstrip()[:1] in ("に", "へ", "(") and parallel_new_told(head, tail))
                        or ("」" in tail[:42] and QUOTED_NEW_AFTER.match(tail))
                        # (「the deadline for quotations … has been extended to 5:00 p.m. on …」: the step's new date)
                        or (mention.english and en_moved_step_named(head[-SENTENCE_REACH:]) is True)
                    ),
                    from_notice=(1 if notice_day["next"] else 0) if notice_day else None,
                    warnings=[f"{self.line_number(segment.line)}行目: {mention.era_note}"] if mention.era_note else [],
                    call_period="end" if period else None,
                    opens=expression.first.date() if expression.first is not None and kind == "other" else None,
                )
            )
            if period:  # its start, kept when another step is handed in by its end (``call_periods``)
                found.append(replace(found[-1], kind="published", mention=copied(expression.first), call_period="start"))
        return found

    def call_title_dated(self, segment: Segment, expression: Expression, label: str, head: str) -> bool:
        """The date stands in the text's head just after a call's English title (「CALL FOR EXPRESSIONS OF INTEREST (EOI)
        Ref. …」 over 「Document version 1.0 | 2027-05-13」), no word of a step's own between, nor in its label."""
        if segment.line > HEAD_LINES * 4 or expression.last.time is not None:
            return False  # (「… 15 June 2027, 12:00」: a paper is dated by its day, a step's moment has its hour)
        if not EN_CALL_TITLE.search(label) or EN_TITLE_STEP_WORDS.search(label):
            return False
        words = head[-EN_TITLE_REACH:] if L.clean_label(head) else label  # (the date alone on its line: the label above)
        title = max((found.start() for found in EN_CALL_TITLE.finditer(words)), default=None)  # (the last)
        if title is None or EN_TITLE_STEP_WORDS.search(words, title):
            return False
        return sum(len(line) + 1 for line in self.lines[: segment.line]) + expression.start < EN_TITLE_HEAD

    @staticmethod
    def told_before_call(segment: Segment, expression: Expression, head: str, tail: str) -> bool:
        """The date's clause speaks of a stage before the call (a PFI's 実施方針, its 特定事業's selection, a draft) and its
        sentence ends in the past (「…を公表した。」「…に公表している。」): the project's history a document recounts."""
        clause = CLAUSE_MARK.split(head[-SENTENCE_REACH:])[-1] + CLAUSE_MARK.split(tail[:SENTENCE_REACH], maxsplit=1)[0]
        if not BEFORE_CALL_PAPERS.search(clause):
            return False
        rest = segment.text[expression.end : expression.end + SENTENCE_REACH]
        return "。" in rest and bool(PAST_SENTENCE_END.search(rest.split("。", 1)[0]))

    def funded_by_grant(self, segment: Segment, expression: Expression, label: str) -> bool:
        """The sentence of the date, a sentence of prose, speaks of a grant (補助金, 交付金, 助成金) the work is paid
        from, in words besides the step's own label (「補助金交付決定通知」 in a schedule is a subsidy call's step)."""
        text, reach = segment.text, SENTENCE_REACH
        if "。" not in text:
            return False
        start = text.rfind("。", max(0, expression.start - reach), expression.start) + 1
        end = text.find("。", expression.end, expression.end + reach)
        sentence = text[max(start, expression.start - reach) : end if end >= 0 else expression.end + reach]
        return bool(GRANT.search(sentence.replace(label.strip(), "")))

    def in_schedule(self, index: int, reach: int = SCHEDULE_REACH) -> bool:
        """Line ``index`` is an item under a schedule's heading (「## 3 日程」「■スケジュール」): the nearest line above
        without a date (``reach`` lines up at most), when it is short and names the schedule."""
        for line in reversed(self.lines[max(0, index - reach) : index]):
            if line.strip() and not self.read_dates(line):
                return len(line) <= 40 and bool(SCHEDULE_PART.search(line)) and not SCHEDULE_CHANGE_TITLE.search(line)
        return False

    def retracted_in_chat(self, candidates: list[Candidate]) -> list[Candidate]:
        """A day a later post of a chat takes back (``RETRACTED_AFTER``) beside the step's right day: the earlier
        candidates of that day and of the step's kind (read on the post's line, or named before the day) no longer
        hold."""
        taken_back: list[tuple[int, int, int, set[str]]] = []  # (line, month, day, kinds)
        for number, line in enumerate(self.original, 1):
            if len(line) > LONG_LINE or not (
                "無視" in line or CHAT_CORRECTION.search(line) or any(word in line for word in MIXED_UP_WORDS)
            ):
                continue
            read = {c.kind for c in candidates if c.line_no == number}
            for day in SLASH_DAY.finditer(line):
                if RETRACTED_AFTER.match(line[day.end() :]):
                    named = L.kind_of(line[: day.start()].rsplit("。", 1)[-1])
                    # (「質問〆は5/27(水)でした、…。5/28は書き間違いです」: the step named in the post's sentence before, with
                    # its right day, when the sentence of the day taken back names none)
                    sentences = line[: day.start()].rsplit("。", 2)
                    named = named or (L.kind_of(sentences[-2]) if len(sentences) > 1 else None)
                    kinds = read | ({named} if named and named != "other" else set())
                    # (「いえ、要領見たら 7/3(金)の正午です!7/6(月)は…去年の案件の〆と混ざってます」: the post names no step
                    # of its own; the day it takes back, of whatever step it was posted as)
                    kinds = kinds or {"*"}
                    taken_back.append((number, int(day["month"]), int(day["day"]), kinds))
        return [
            c
            for c in candidates
            if not any(
                c.line_no < number and (c.mention.month, c.mention.day) == (month, day) and (c.kind in kinds or "*" in kinds)
                for number, month, day, kinds in taken_back
            )
        ]

    def crossed_in_chat(self, candidates: list[Candidate]) -> list[Candidate]:
        """「(6)参加表明書の提出期限　(7)参加資格確認結果の通知」 over 「令和9年6月22日(火)　令和9年6月18日(金)午後5時」
        pasted with its columns crossed, then a later post that says so (「日付が左右逆に読めています。原本はこうです。」)
        and gives each step its right day: an earlier step on a day the correction gives another step, the correction
        giving it a day of its own, no longer holds (nor the earlier posts that read the crossed paste)."""
        crossed: set[int] = set()
        by_day: dict[tuple, list[Candidate]] = {}
        by_line: dict[int, list[Candidate]] = {}
        for number, line in enumerate(self.original, 1):
            if len(line) > LONG_LINE or not CHAT_MISREAD.search(line):
                continue
            if not by_line:
                for candidate in candidates:
                    by_day.setdefault((candidate.mention.month, candidate.mention.day), []).append(candidate)
                    by_line.setdefault(candidate.line_no, []).append(candidate)
            end = number
            while end < min(len(self.original), number + CORRECTION_POST_LINES) and not chat_post_head(self.original[end]):
                end += 1  # (the correcting post: its line and the lines under it, to the next post)
            fixed = {(c.kind, c.mention.month, c.mention.day) for at in range(number, end + 1) for c in by_line.get(at, ())}
            kinds = {kind for kind, *_ in fixed}
            for kind, month, mday in fixed if len(fixed) >= CASES_MIN else ():
                for candidate in by_day.get((month, mday), ()):  # an earlier step on a day the correction gives another
                    if (
                        candidate.line_no < number
                        and candidate.kind != kind
                        and candidate.kind in kinds  # (the correction gives it a day of its own)
                        and (candidate.kind, month, mday) not in fixed
                    ):
                        crossed.add(id(candidate))
        return [c for c in candidates if id(c) not in crossed] if crossed else candidates

    def retimed_in_chat(self, candidates: list[Candidate]) -> list[Candidate]:
        """「・開札 7/30(木)10時」, then a later post 「開札の時刻、10時ではなく10時30分でした。…「令和8年7月30日(木)午前10時
        30分」です」: a chat's correction of a step's time on its day; the earlier time no longer holds, the step takes the
        new one. The correction names the step (「現地見学会 4/20(月)10時」 stays beside a later 「4/20(月)14時の説明会は会場ではなく
        オンラインです」, another step of the same kind and day)."""
        later: dict[tuple, tuple[Candidate, str]] = {}
        for candidate in candidates:
            line = self.original[candidate.line_no - 1][:LONG_LINE]
            if candidate.mention.time is not None and candidate.mention.day and CHAT_CORRECTION.search(line):
                later[(candidate.kind, candidate.mention.date())] = candidate, L.unspaced(line)
        for candidate in candidates if later else []:  # (the step keeps its name as first posted, 「開札」)
            fix, fix_line = later.get((candidate.kind, candidate.mention.date()), (None, ""))
            name = L.unspaced(candidate.label).strip("・-*● ")
            if (
                fix is not None
                and candidate.line_no < fix.line_no
                and candidate.mention.time is not None
                and name
                and name in fix_line
            ):
                candidate.mention.time = fix.mention.time
        return candidates

    def words_before(self, segment: Segment, head: str) -> str:
        """The last words before a date: its segment's, or where the segment opens at the date, its line's before it
        or the line's above (「#3 佐伯 さんが」 / 「2028/06/23 13:47 に更新」: a line cut at its date)."""
        if head.strip():
            return head[-6:]
        if segment.first:  # (a run-on text cut into lines before the date: the line above's end)
            return self.lines[segment.line - 1][-6:].rstrip() if segment.line else ""
        line = self.lines[segment.line]
        at = line.find(segment.text) if len(line) <= LONG_LINE else -1
        return line[max(0, at - 6) : at] if at > 0 else head[-6:]

    def under_briefing(self, segment: Segment, expression: Expression) -> bool:
        """The date stands in a briefing's item: its section (「4.説明会」), the words before it on its line
        (「入札説明会 2月8日（…参加希望者は2月5日までに申し込むこと。）」), or the item above a line that goes on
        with it (「◇説明会：7月10日」 / 「　→参加希望者は7月9日までに登録」)."""
        if any(
            L.BRIEFING.search(label) and not L.is_not_milestone(label)
            for label in (
                HEADING_NOTE.sub("", label) if "。" in label else label  # (the heading's note set aside)
                for label in (self.section, *(label for _, label, _ in self.outline))
            )
        ):  # (an item anywhere under the briefing's: 「2 説明会」 > 「(3) 参加申込み」 > 「ア 申込期限」; not the work's
            return True  # own 「(5) 職員向け説明会・研修の企画運営」 an outline of the work's tasks left open)
        line = self.lines[segment.line]
        if not segment.is_row and len(line) <= LONG_LINE:
            at = 0 if segment.first else line.find(segment.text)
            if at > 0 and not line[:at].rstrip().endswith("。"):
                at = -1  # the item before is another step (「▽説明会=6月27日▽参加申込期限=7月3日」), not its sentence before
            if at >= 0 and L.BRIEFING.search(line[max(0, at + expression.start - BRIEFING_REACH) : at + expression.start]):
                return True
        # 「説明会」 / its date / 「オンライン(参加登録」 / 「は7月6日(月)正午まで)」: a remark's bracket opened on the line above
        bracket_line = segment.line - 1
        if (
            bracket_line > 0
            and line.count(")") > line.count("(")
            and self.lines[bracket_line].count("(") > self.lines[bracket_line].count(")")
        ):
            above = self.lines_up(bracket_line - 1)
            for _ in range(REMARK_ROW_LINES):
                text = self.lines[above].strip() if above >= 0 else ""
                dated = self.read_dates(text) if text else None
                text = text[: dated[0].start].strip() if dated else text  # (the briefing's own date: its name before it)
                if text:  # (a line of its date alone passed by: the row's name above it)
                    return len(text) <= COLUMN_MAX and bool(L.BRIEFING.search(text)) and not L.is_not_milestone(text)
                above = self.lines_up(above - 1)
        original = self.original[segment.line]
        if segment.line == 0 or not segment.first or OUTLINE_MARK.match(segment.text) or original[:1] not in (" ", "\u3000"):
            return False
        if OUTLINE_MARK.match(original.lstrip(" \u3000")):
            return False  # 「　④証明書等の提出期限」 under 「　③入札説明会の日時」: an item of its own (its ④ read as 4 above)
        bullet = original.lstrip(" \u3000")[:1]
        if bullet in LIST_BULLETS and self.original[segment.line - 1].startswith(
            original[: len(original) - len(original.lstrip(" \u3000"))] + bullet
        ):
            return False  # 「　- 説明会：9/10(火)14:00~」 / 「　- 参加申込書の提出：9/13(金)」: the next item, its own step
        above = self.lines[segment.line - 1][:LONG_LINE]
        dated = self.read_dates(above)
        return bool(L.BRIEFING.search(above[: dated[0].start] if dated else above))

    def other_call(self, index: int) -> bool:
        """Line ``index`` speaks of another call (「※別公告」), read once per line."""
        if index not in self.other_calls:
            line = self.lines[index][:LONG_LINE]
            self.other_calls[index] = bool(("別" in line and OTHER_CALL.search(line)) or PAGER.match(line))
            for above in range(index - 1, max(-1, index - 1 - OTHER_CASE_NOTE_REACH), -1):
                text = self.lines[above][:LONG_LINE]
                if not text.strip() or text.strip().startswith("["):
                    break  # (the note ends at a blank line, or at the next note's title 「[付箋 3]」)
                if "別" in text and "。" not in text and OTHER_CASE_NOTE_OPENS.match(text) and not dates_in(text):
                    # (a note's title, no sentence: 「別件（白砂町）。担当 原。」 under a calendar's entry remarks on the entry)
                    self.other_calls[index] = True  # 「※別件!! 鷹羽県 予約システム」 / 「開札 10/28(水) 10:00」
                    break
        return self.other_calls[index]

    def evidence(self, segment: Segment, expression: Expression) -> str:
        """The source line of a date; of a very long line (a one-line dump), the words around the date."""
        line = self.original[segment.line]
        if len(line) <= LONG_LINE:
            return line.strip()
        return segment.text[max(0, expression.start - 200) : expression.end + 200].strip()

    def timed(self, segment, expression, mention: Mention, label: str, kind: str, tail: str, head: str = "") -> Mention:
        """The time that counts: an event's start, a window's closing time (also from its daily hours)."""
        mention = copied(mention)
        event = L.is_event(label) or kind in ("hearing", "published")
        if mention.end_time is not None and (not event or (expression.first is not None and kind != "published")):
            mention.time, mention.precision = mention.end_time, "datetime"  # (an event's over days: its daily hours)
        if (
            mention.time is None
            and mention.day
            and event
            and kind != "published"
            and ("from" in tail[:8].lower() or "between" in tail[:11].lower())
            and (mention.english or tail[:48].isascii())  # (「on 2027/07/09 (Fri.) from JST 14:00 to JST 15:30」 too)
        ):
            hours = EN_EVENT_FROM_HOURS.match(tail)  # 「… will be held on Tuesday 2 June 2026 from 11:00 a.m. to 12:00」
            if hours and (start := en_clock(hours.groupdict())) is not None:
                if hours["hour_24"] and hours["between"]:  # 「between 1:00 and 3:00 p.m.」: from 13:00, as 「from」
                    start = afternoon_between(tail, hours.end(), start) or start
                elif hours["hour_24"] and (shared := afternoon_start(tail, hours.end("minute2_24"), start)):
                    start = shared[0]  # 「from 3:00 to 4:00 p.m.」: from 15:00, the p.m. of its end shared
                mention.time, mention.precision = start, "datetime"
        in_english = EN_LABEL_END_TIME.search(label) if mention.time is None and mention.day else None
        if in_english and (clock := en_clock(in_english.groupdict())) is not None:
            mention.time, mention.precision = clock, "datetime"  # 「EOIs close (5:00 pm JST): Tuesday, 9 March 2027」
        if mention.time is None and mention.day and mention.english and L.is_event(label) and tail[:1] == ".":
            # 「… site visit … will be held on Tuesday, 24 June 2025. Participants shall assemble at the Head Office at
            # 09:00 hours; …」: the event's hour told in the next sentence, where those attending meet
            meet = EN_ASSEMBLE_AT.match(tail)
            if meet and (clock := en_clock(meet.groupdict())) is not None:
                mention.time, mention.precision = clock, "datetime"
        if (
            mention.time is None
            and mention.day
            and not event
            and mention.english
            and ("from" in tail[:8].lower() or "between" in tail[:11].lower())
            and (hours := EN_EVENT_FROM_HOURS.match(tail))
        ):  # 「Proposals will be accepted on 15 June 2027 from 9:00 to 17:00」: a day's window, closed at its hours' end
            closing = closing_time(tail[: hours.end() + EN_HOURS_END_REACH])
            if closing is not None:
                mention.time, mention.precision = closing, "datetime"
        in_label = LABEL_TIME.search(nfkc(label)) if mention.time is None and mention.day else None
        if in_label:  # 「・参加表明書の提出期限（17時）」 listed under its date
            mention.time, mention.precision = _time(in_label.groupdict()), "datetime"
        among = LABEL_TIME_AMONG.search(nfkc(label)) if mention.time is None and mention.day else None
        if among and not NOT_ONE_TIME.search(among.group("after")):
            mention.time, mention.precision = _time(among.groupdict()), "datetime"  # 「(5:00 pm JST, by post)」: 17:00
        opens = (
            EVENT_OPENS.search(nfkc(label))
            if mention.time is None and mention.day and (L.is_event(label) or kind == "hearing")
            else None
        )
        if opens and not L.DEADLINE_WORDS.search(label[: opens.start()]):
            mention.time, mention.precision = _time(opens.groupdict()), "datetime"  # 「現地説明会（10:00～、3階 会議室）」
        bracketed = LABEL_TIME.match(TRAILING_DEADLINE_WORDS.sub("", tail)) if mention.time is None and mention.day else None
        if bracketed is None and mention.time is None and mention.day and (L.is_event(label) or kind == "hearing"):
            bracketed = EVENT_RANGE.match(tail.lstrip())  # 「7月7日 (13:00~17:00 のうち 40分)」: the event starts at 13:00
        if bracketed:  # 「6月2日～6月9日(17時まで)」
            mention.time, mention.precision = _time(bracketed.groupdict()), "datetime"
        held = None
        if mention.time is None and mention.day and kind == "hearing":
            first = expression.first
            if first is not None and (mention.month, mention.day) == (first.month, first.day):
                if expression.last.time is not None and tail.lstrip()[:1] == "~" and not tail.strip()[1:2].isdigit():
                    mention.time, mention.precision = expression.last.time, "datetime"  # 「5月23日～5月24日 9:30～」
                held = HELD_DAYS_FROM.match(tail)
        if held is None and mention.time is None and mention.day and kind == "hearing":
            # 「…・20日(金)の2日間 両日とも 10:00～16:30」 (a line run on), or the hour of each day on the next line
            held = HELD_DAYS_ON.match(tail[:LONG_LINE]) or (
                HELD_DAYS_BELOW.match(nfkc(self.next_line(segment))) if HELD_DAYS_REST.match(tail) else None
            )
        if held and mention.time is None:  # 「6月8日(火)～6月9日(水)　各日午前10時から」: from its first day's hour
            mention.time, mention.precision = _time(held.groupdict()), "datetime"
        before = TIME_BEFORE.search(head[-40:]) if mention.time is None and mention.day and tail.lstrip()[:1] == ")" else None
        if before:  # 「提出期限 正午(令和9年3月3日(水))」: the time, then its day in brackets
            mention.time, mention.precision = _time(before.groupdict()), "datetime"
        trailing = TRAILING_TIME.search(tail) if mention.time is None and mention.day and len(tail) <= 80 else None
        if trailing and trailing["range"] and (not (L.is_event(label) or kind == "hearing") or expression.first is not None):
            trailing = None  # a window of hours (an event's over days too): its closing time is read with the daily hours
        if trailing and not HAS_DIGIT.search(tail[: trailing.start()]):  # 「6月10日(水) 質問締切 17:00」
            mention.time, mention.precision = _time(trailing.groupdict()), "datetime"
        if mention.time is None and mention.day and trailing is None and len(tail) <= 80 and ("  " in tail or "!" in tail):
            noted = NOTED_TRAILING_TIME.search(tail)
            if (
                noted
                and not HAS_DIGIT.search(tail[: noted.start()])
                and not TIME_ONLY_IN.search(tail[noted.end() :])
                and not dates_in(tail[noted.end() :])
            ):  # 「10/14(水) 質問〆 17:00  メールのみ」: the note after the wide gap is how, not when
                mention.time, mention.precision = _time(noted.groupdict()), "datetime"
        if mention.time is None and mention.day and not tail.strip() and len(label) <= 80:
            # 「9/11(金)  ◎ 説明会参加申込 締切 17:00」: the item's mark parts the date from its step, the step's words
            # (and the time after them) become the label: the time closing them is the step's
            closing = TRAILING_TIME.search(nfkc(label))
            if closing and not closing["range"] and not HAS_DIGIT.search(nfkc(label)[: closing.start()]):
                mention.time, mention.precision = _time(closing.groupdict()), "datetime"
        # 「現地確認は…1月21日から2月4日までの毎日、10時から16時までの間に行う」: an event over a window of days is a window
        if (
            mention.time is None
            and mention.day
            and kind != "published"
            and (not L.is_event(label) or expression.first is not None)
            # (「Interviews will be held between 6 and 8 September 2027. Office hours: 9:00 to 17:00.」: a hearing over a
            # few days is read on its first day, which no closing hour ends)
            and not (
                kind == "hearing"
                and expression.first is not None
                and (mention.month, mention.day) == (expression.first.month, expression.first.day)
            )
        ):
            closing = None
            opened = expression.first is not None or head.rstrip().endswith("から")  # (「告示の日から1月28日まで」)
            if opened or (HANDING_IN.search(label) and kind not in ("answer", "result")):
                told = before_next_date(tail + self.after_segment(segment))
                nearby = [en_sentence_and_next(told) if mention.english else told] + [
                    self.lines[i][:LONG_LINE]
                    for i in range(segment.line + 1, min(segment.line + 3, len(self.lines)))
                    if not (segment.is_row and is_table_row(self.lines[i]))  # (the next row's hours are its own)
                ]
                if len(nearby) > 1 and len(tail) <= LONG_LINE:  # 「…毎日午前9時から」 / 「午後5時まで）」: hours the wrap cut
                    # (「between 9:00 a.m. and」 / 「5:00 p.m. each weekday」: English words the wrap parted by a space)
                    nearby.insert(1, tail + (" " if mention.english else "") + nearby[1].strip())
                if len(nearby) == 4 and nearby[2].rstrip().endswith(("から", "~")) and not OUTLINE_MARK.match(nearby[3]):
                    nearby.append(nearby[2].strip() + nearby[3].strip())  # 「…の毎日、9時30分から」 / 「17時00分まで。」
                if tail.rstrip().endswith("(") and len(segment.text) <= LONG_LINE:
                    # 「9月26日(金)まで(9月23日を除く。)とし、受付時間は各日10時から17時まで」: the day left out is an aside
                    nearby.insert(1, segment.text[expression.end :])
                if expression.first is not None:  # 「9時から17時まで(最終日は正午まで)、3月1日から5日まで」
                    nearby.append(head[-80:])
                final = next(  # 「最終日は正午まで」 (not 「※企画提案書は、…最終日は正午まで」 under another step)
                    (m for m in map(FINAL_DAY.search, nearby) if m and not other_steps_note(m.string, kind)), None
                )
                closing = _time(final.groupdict()) if final else next((t for t in map(closing_time, nearby) if t), None)
            closing = closing or self.wrapped_time(segment, tail)
            if closing is None and expression.first is not None:  # 「※質問の受付は、各回とも最終日の午後5時までとします」
                closing = self.final_day_notes().get(kind)
            below = self.next_line(segment)
            bare = not tail.strip() or TRAILING_DEADLINE_WORDS.match(tail).end() >= len(tail.rstrip())
            note = DEADLINE_NOTE.match(below) if closing is None and bare and not self.read_dates(below) else None
            if note:  # 「2026年6月30日（火）」 / 「※正午必着」, 「10/26(月)〆切」 / 「（17時必着）」
                closing = _time(note.groupdict())
            elif closing is None and mention.english and not tail.strip(" ,") and (below[:1] in " \t(" or below[:1].isalpha()):
                closing = en_deadline_note(below)  # 「… 26th May, 2027 (Wednesday),」 / 「by 4 PM」「no later than 4 PM」
                if closing is None and tail.strip() == "," and not self.read_dates(below):
                    closing = en_wrapped_time_after(below)  # 「… September 4, 2026 (Fri.),」 / 「12:00 noon, JST, using …」
            if closing is not None:
                mention.time, mention.precision = closing, "datetime"
        if mention.time is None and mention.day and segment.line in self.box_times:
            mention.time, mention.precision = self.box_times[segment.line], "datetime"  # 「6月2日」 / 「午後5時15分 ║ …」
        if mention.time is None and mention.day and kind != "published":
            given = self.time_line(segment, label, kind) or self.noted_time(
                segment, (L.is_event(label) and not L.DEADLINE_WORDS.search(label)) or kind == "hearing"
            )  # (「説明会の参加申込 7月9日まで ※2」 / 「※2 期限の日の午後5時必着」: the registration's deadline)
            if given is not None:
                mention.time, mention.precision = given, "datetime"
        if mention.time is None and mention.day and kind != "published" and L.is_event(label):
            start = self.wrapped_time(segment, tail)  # 「6月23日」 / 「（火）午後1時30」 / 「分から」: an event's start
            if start is not None:
                mention.time, mention.precision = start, "datetime"
        if mention.time is None and mention.day and self.changes:
            told = self.change_time_told(segment, tail, kind)
            if told is not None:
                mention.time, mention.precision = told, "datetime"
        return mention

    def next_line(self, segment: Segment) -> str:
        """The line after a segment's, its first LONG_LINE characters; '' after the last."""
        return self.lines[segment.line + 1][:LONG_LINE] if segment.line + 1 < len(self.lines) else ""

    def change_time_told(self, segment: Segment, tail: str, kind: str) -> dt.time | None:
        """The time of a step's new day (the words after it, ``tail``, move the step there: 「…」に改める」「…に延長し」)
        told in the change sentence's next clause, or in the sentence after it (on its line, or the next line when the
        sentence ends its line): ``CHANGE_TIME_TOLD``, its subject naming no step of another kind than ``kind``; None
        else."""
        moved = CHANGED_TO.match(tail) or (QUOTED_NEW_AFTER.match(tail) if "」" in tail[:42] else None)
        if moved is None:
            return None
        paired = SERIAL_TIME_PAIR.match(tail, moved.end()) if moved.group().endswith("「") else None
        if paired:  # (「…」を「7月17日」に、「正午」を「午後5時」に改める」: the time's own pair in the clause)
            return _time(paired.groupdict())
        sentence, ended, after = tail[moved.end() :].partition("。")
        told = [sentence.split("、", 1)[1]] if "、" in sentence else []  # (「…に延長し、時刻は正午とする」)
        if ended:
            after = after.strip() or self.after_segment(segment).strip()
            below = self.next_line(segment)
            told.append(after or ("" if OUTLINE_MARK.match(below) else below))
        for words in told:
            found = CHANGE_TIME_TOLD.match(words) if "時刻" in words else None
            subject = L.clean_label(found["subject"]).removesuffix("の") if found else ""
            if subject and not L.is_generic(subject) and L.kind_of(subject) not in (None, kind):
                continue  # (「…に変更し、プレゼンテーションの開始時刻は午後1時とする」: another step's time)
            if subject and OLD_TIME_SUBJECT.search(subject):
                continue  # (「…に変更します。なお、変更前の時刻は正午でした。」: the old day's time)
            if found:
                return _time(found.groupdict())
        return None

    def after_segment(self, segment: Segment) -> str:
        """The sentences after a segment that ends a sentence, on its line (a paragraph, or a notice run onto one line):
        「…9月11日(金)まで の間に持参してください。」 / 「受付時間は午前9時から午後4時までです。」, the next 200 characters."""
        line = self.lines[segment.line]
        at = line.find(segment.text) if len(line) <= PARAGRAPH_MAX and segment.text.endswith("。") else -1
        after = line[at + len(segment.text) : at + len(segment.text) + LONG_LINE] if at >= 0 else ""
        return " " + WRAPPED_MINUTES.sub(r"時\1", SPACE_RUN.sub(" ", after))[:200] if after else ""

    def time_line(self, segment: Segment, label: str, kind: str) -> dt.time | None:
        """「期日 11月10日」 / 「時刻 午後2時から」: the time on its own keyed line under the date, in the same item."""
        for index in range(segment.line + 1, min(segment.line + 3, len(self.lines))):
            line = strip_markdown(self.lines[index][:200])
            if not line or OUTLINE_MARK.match(line) or self.read_dates(line):
                return None
            keyed = TIME_KEY_LINE.match(line)
            if keyed and not CELL_MARK.search(line):  # (a row of times under a row of dates is read by column)
                rest = line[keyed.end() :]
                if L.is_event(label) or kind == "hearing":  # 「時刻 午後2時から午後3時まで」: the event starts at 2
                    start = TIME_ONLY.match(rest)  # (「Time: 2:00 p.m.」「Time: 2:00-4:00 p.m.」: from 2 p.m.)
                    time = cell_clock(rest) if start else None
                    shared = afternoon_start(rest, start.end(), time) if time and ("m" in rest or "M" in rest) else None
                    return shared[0] if shared else time
                closing = closing_time(rest)  # 「時間 午前9時から午後5時まで」: the window of the day closes at 5
                start = TIME_ONLY.match(rest)  # (「Time: 5:00 p.m.」: the half of the day after it)
                return closing or (cell_clock(rest) if start else None)
        return None

    def noted_time(self, segment: Segment, event: bool = False) -> dt.time | None:
        """「5月12日(火) ※4」 with 「※4 いずれも午後5時(必着)。」 below the table: the time the note opens with, or
        for a deadline the time the note's receipt closes (「17:00までに受信」, 「平日の9:00~17:00に受け付けます」)."""
        line = self.lines[segment.line][:LONG_LINE]
        marked = "※" in line or "注" in line or "*" in line
        if segment.is_row and marked:  # 「| 質問 | 6月9日(金)※1 | 電子メール |」: the date's cell
            dated = [cell.rstrip() for cell in segment.cells if self.read_dates(cell)]
            line = dated[0] if len(dated) == 1 and NOTE_MARK.search(dated[0], max(0, len(dated[0]) - 40)) else line
        # (a match ends the line and is 32 characters at most: searched for in the last 40)
        mark = NOTE_MARK.search(line, max(0, len(line) - 40)) if marked else None
        if mark is None or len(self.read_dates(line)) > 1 or self.read_dates(line[mark.start() :]):
            return None
        for number in NOTE_NUMBER.findall(mark.group("marks")):
            opening = re.compile(rf"^\s{{0,8}}\(?(?:※|注|\*)\s{{0,2}}{number}(?!\d)\s{{0,4}}[.:)]?")
            for index in range(segment.line + 1, min(segment.line + NOTE_LINES, len(self.lines))):
                note = opening.match(self.lines[index])
                if note:
                    given = self.note_time(self.lines[index][note.end() : note.end() + LONG_LINE], event)
                    if given is not None:
                        return given
                    break
        return None

    @staticmethod
    def note_time(note: str, event: bool) -> dt.time | None:
        timed = NOTE_TIME.match(note)
        if timed:
            return _time(timed.groupdict())
        if event or any(not m.same_day for m in find_mentions(note)):  # (「同日17:00必着」 is the day marked)
            return None
        closing = closing_time(note)
        deadline = NOTE_DEADLINE.search(note) if closing is None else None
        return closing or (_time(deadline.groupdict()) if deadline else None)

    def wrapped_time(self, segment: Segment, tail: str) -> dt.time | None:
        """A time the line wrap put on the next line, after the weekday (「6月18日」 / 「（月）午後5時」)."""
        cut = CUT_WEEKDAY.match(tail.strip())
        joined = joined_cell_time(tail)
        if joined is not None or segment.line + 1 >= len(self.lines):
            return joined
        if tail.strip() not in ("", "午前", "午後") and not cut:
            # 「見積合わせ  6月4日(木)      役場2階」 / 「              午前10時     小会議室」: a row of cells set apart by
            # spaces, the time wrapped in the date's cell under it, the next cell's words beside
            below = self.lines[segment.line + 1][:LONG_LINE]
            if tail[:1] == " " and tail[1:2] not in (" ", "\u3000"):
                return self.single_spaced_cell_time(segment.line, tail)
            if not (tail[:2].isspace() or tail[:1] == "\t") or len(below) - len(below.lstrip()) < WRAPPED_CELL_INDENT:
                return None
            return cell_time(CELL_GAP.split(below.strip(), maxsplit=1)[0])
        below = self.lines[segment.line + 1].strip()
        if DATE.match(below):
            return None
        if not cut and WEEKDAY_ONLY.fullmatch(below) and segment.line + 2 < len(self.lines):
            below = self.lines[segment.line + 2].strip()  # 「2026/6/10」 / 「水」 / 「17:00」: a table copied a cell a line
        if cut:  # 「11月26日(水」 / 「)午後5時」
            below, tail = tail.strip() + below, ""
        below = WRAPPED_WEEKDAY.sub("", below)
        if below[-1:].isdigit() and segment.line + 2 < len(self.lines):  # 「午後1時30」 / 「分から」
            below += self.lines[segment.line + 2].strip()
        wrapped = TIME_ONLY.match(tail.strip() + below)
        return _time(wrapped.groupdict()) if wrapped else None

    def single_spaced_cell_time(self, index: int, tail: str) -> dt.time | None:
        """「質問の 令和8年6月3日(水) 電子メールに限る」 / 「受付期限 午後5時 (様式第4号)」: a table's row copied from a PDF,
        its cells parted by one space and each wrapped cell's rest on the next line, the time wrapped under the date in
        the same cell by position (as many cells on both lines); or 「開札 令和8年7月2日(木) 市役所」 / 「午前10時 本庁舎
        5階」, the row's name whole on its line, the time the wrapped line's first cell."""
        line = self.lines[index][:LONG_LINE]
        below = self.lines[index + 1][:LONG_LINE].strip() if index + 1 < len(self.lines) else ""
        if not below or not line.endswith(tail) or self.read_dates(below) or OUTLINE_MARK.match(below):
            return None
        cells, wrapped = line[: len(line) - len(tail)].split(), below.split()
        column = len(cells) - 1  # (the date's cell: the last before its tail)
        if column < 1 or len(wrapped) > len(cells) + len(tail.split()):
            return None
        under = cell_time(wrapped[column]) if len(wrapped) == len(cells) + len(tail.split()) else None
        return under or cell_time(wrapped[0])

    def step_named_before(self, index: int, start: int) -> tuple[str, str | None]:
        """The label and kind of the step a line names before ``start`` (「(5) 証明書等の提出期限 入札書の受領期限に
        同じ。」), else of the dateless line above it (「(6) 結果のお知らせ」 / 「開封当日中に、…」); kind None past 60
        characters."""
        label = L.clean_label(self.lines[index][:start])
        if not L.kind_of(label) and index and not self.read_dates(self.lines[index - 1]):
            label = L.clean_label(self.lines[index - 1])
        return label, (L.kind_of(label) if label and len(label) <= 60 else None)

    def dated_as_named(self, candidates: list[Candidate]) -> list[Candidate]:
        """「(5) 証明書等の提出期限」 / 「入札書の受領期限に同じ。」: a step dated by another step's date, by name."""
        found = []
        for index, line in enumerate(self.lines):
            match = SAME_AS.search(line) if "同じ" in line and len(line) <= 120 else None
            if not match or self.read_dates(line):
                continue
            label, kind = self.step_named_before(index, match.start())
            reference = L.unspaced(REFERENCE_LEAD.sub("", match.group("reference")))
            if kind is None or L.is_not_milestone(label) or reference in L.unspaced(label):
                continue
            target = next((c for c in candidates if reference in L.unspaced(c.label)), None)
            if target is not None:
                found.append(replace(target, kind=kind, label=label, line_no=index + 1, mention=copy(target.mention)))
        return found

    def on_day_of_named(self, candidates: list[Candidate]) -> list[Candidate]:
        """「(6) 結果のお知らせ」 / 「開封当日中に、…ご連絡いたします。」: a step held on the day of another step, named
        (an event: the opening, the hearing), dated by that step's day without its time."""
        found = []
        for index, line in enumerate(self.lines):
            if len(line) > LONG_LINE_OF_DAY:
                continue
            match = ON_DAY_OF.search(line) if "当日" in line else None
            kinds = DAY_OF_KINDS
            if match is None and ("直ちに" in line or "引き続き" in line or "引続き" in line):
                match, kinds = RIGHT_AFTER.search(line), RIGHT_AFTER_KINDS
            if not match or self.read_dates(line):
                continue
            label, kind = self.step_named_before(index, match.start())
            anchor = L.unspaced(REFERENCE_LEAD.sub("", match.group("anchor")))
            anchor = ANCHOR_DAY_WORDS.sub("", anchor) or anchor
            if kind not in kinds or L.is_not_milestone(label) or anchor in L.unspaced(label):
                continue
            # (「入札書提出後」 names the step 「入札書の提出」)
            targets = [
                c
                for c in candidates
                if anchor.replace("の", "") in L.unspaced(c.label).replace("の", "") and c.mention.day and c.kind != kind
            ]
            days = {(c.mention.year, c.mention.month, c.mention.day) for c in targets}
            if len(days) != 1:
                continue  # (no step of that name, or several days: which one is meant is not told)
            target = targets[0]
            mention = copied(target.mention)
            mention.time, mention.end_time = None, None
            mention.precision = "date"
            found.append(replace(target, kind=kind, label=label, line_no=index + 1, mention=mention, window=False))
        return found

    def during_window_above(self, candidates: list[Candidate]) -> list[Candidate]:
        """「⑴ 交付期間 8月22日から9月10日まで」 / 「⑶ 設計図書の閲覧 上記期間中、…閲覧に供する（…午後5時まで）」: a step
        held over the window of the item above, dated by that window's end (and its own closing time)."""
        found = []
        for index, line in enumerate(self.lines):
            match = DURING_ABOVE.search(line) if "期間" in line and len(line) <= LONG_LINE else None
            if not match or self.read_dates(line):
                continue
            label = L.clean_label(line[: match.start()])
            kind = L.kind_of(label) if label and len(label) <= 60 else None
            if kind not in ("other", "question", "application", "submission") or L.is_not_milestone(label):
                continue
            for above in range(index - 1, max(-1, index - 4), -1):
                mentions = self.read_dates(self.lines[above])
                expressions_above = expressions(mentions) if mentions else []
                if expressions_above:
                    break
            else:
                continue
            window = expressions_above[-1]
            target = next((c for c in candidates if c.line_no == above + 1), None)
            if window.first is None or target is None or not window.last.day:
                continue
            mention = copied(window.last)
            closing = closing_time(line[match.end() :])
            if closing is not None:
                mention.time, mention.precision = closing, "datetime"
            found.append(
                replace(target, kind=kind, label=label, line_no=index + 1, mention=mention, window=True, call_period=None)
            )
        return found

    def opened_today(self) -> list[Candidate]:
        """「本日から企画提案の募集を開始しますのでお知らせします」: the call opens on the day of the notice itself (its
        signature's, or the press release's 「令和8年1月19日（月）14時00分発表」 at its head)."""
        found = ((i, TODAY_OPENS.search(line)) for i, line in enumerate(self.lines) if "本日" in line and len(line) <= LONG_LINE)
        index, opens = next(((i, m) for i, m in found if m), (None, None))
        if opens is None:
            return self.opened_on_day_written()
        day = next((day for day in self.signature_days if day), None)
        stamp = None
        for head in self.lines[:HEAD_LINES] if day is None else []:
            if DAY_STAMP.search(head):
                stamp = next((m for m in self.read_dates(head) if m.explicit_year and m.day), None)
                if stamp:
                    break
        if stamp is None and day is None:
            return []
        mention = copied(stamp) if stamp else day_mention(day)
        mention.time, mention.precision = None, "date"
        return self.published_on(index, mention, f"{opens['object']}の募集開始" if opens["object"] else "募集開始")

    def opened_on_day_written(self) -> list[Candidate]:
        """「公募型プロポーザルを本日9/1(火)から実施します」: the call opens on the day written beside 本日."""
        for index, line in enumerate(self.lines):
            if "本日" not in line or len(line) > LONG_LINE or not (opens := TODAY_DATED_OPENS.search(line)):
                continue
            day = next((m for m in self.read_dates(line) if m.day and opens.start("day") <= m.start < opens.end("day")), None)
            if day is None:
                continue
            mention = copied(day)
            mention.time, mention.precision = None, "date"
            return self.published_on(index, mention, "募集開始")
        return []

    def issued_not_a_call(self, line: int) -> bool:
        """「ADDENDUM No. 1 - Answers to Questions」 / 「Issued: Friday, 20 August 2027」: the head above line ``line``
        names a paper that adds to a call (its issue no call's publication)."""
        return any(self.line_says(EN_ADDED_PAPER_HEAD, at) for at in range(max(0, line - HEAD_LINES), line + 1))

    def handed_out_from_notice(self, issued: dt.date) -> list[Candidate]:
        """「(2) 入札説明書の交付方法 本公告の日から…ダウンロードにより交付する」 in a notice dated ``issued`` that gives no
        publication day of its own: the papers handed out from the notice's day, the call's publication."""
        found = (
            (i, FROM_NOTICE_DAY.search(line))
            for i, line in enumerate(self.lines)
            if "日" in line and len(line) <= LONG_LINE and ("公告" in line or "公示" in line or "告示" in line)
        )
        index, handed = next(((i, m) for i, m in found if m and not self.read_dates(self.lines[i])), (None, None))
        if handed is None or REPLACED_PAPERS.search(self.lines[index]):
            return []  # (「差し替え後の設計図書は、本公告の日から…掲載する」: a correction's papers, on the correction's day)
        key = L.clean_label(self.lines[index][: handed.start()]).rstrip("本 ")
        label = f"{key}（公告の日から）" if key else f"公告の日から{handed['act']}"
        return self.published_on(index, day_mention(issued), label)

    def told_on(self, index: int, mention: Mention, kind: str, label: str, **extra) -> Candidate:
        """A step of ``kind`` on the day of ``mention``, told by the sentence on line ``index`` (from 0)."""
        return Candidate(
            kind=kind,
            label=label,
            mention=mention,
            line_no=index + 1,
            source="sentence",
            notes=[],
            evidence=self.original[index].strip()[:500] if index < len(self.original) else "",
            offset=self.offsets[index] if index < len(self.offsets) else 0,
            **extra,
        )

    def published_on(self, index: int, mention: Mention, label: str) -> list[Candidate]:
        """The call's publication on the day of ``mention``, told by the sentence on line ``index`` (from 0)."""
        return [self.told_on(index, mention, "published", label)]

    def brought_on_the_day(self, candidate: Candidate) -> bool:
        """A line of the item of ``candidate`` (its own or one of the few below, up to the next dated line) says the
        quotation is brought to the session on its day."""
        start = candidate.line_no - 1
        for index in range(start, min(len(self.lines), start + 5)):
            line = self.lines[index]
            if index > start and (self.read_dates(line) or not line.strip()):
                return False
            if "当日" in line and BROUGHT_ON_THE_DAY.search(line):
                return True
        return False

    def list_head(self, paper: str, index: int) -> str:
        """The first line of the bulleted list whose line ``paper`` ends just above line ``index``: of papers
        handed in together (「・資格確認申請書 / ・実績調書 / ・…を証する書類」 over 「受付期間」) the first names the step,
        as in 「資格確認申請書及び実績調書の提出」; '' when there is no such list."""
        at = next(
            (
                i
                for i in range(index - 1, max(-1, index - 1 - CONTEXT_LINES), -1)
                if len(self.original[i]) <= LONG_LINE and paper in self.original[i]  # (a dump's line holds no list)
            ),
            None,
        )
        if at is None:
            return ""
        bullet = first_mark(self.original[at])
        if bullet not in LIST_BULLETS:
            return ""
        first = at
        while first > 0 and first > at - LIST_MAX and first_mark(self.original[first - 1]) == bullet:
            first -= 1
        return L.clean_label(self.original[first]) if first < at else ""

    def papers_listed(self, papers: str, index: int) -> set[str]:
        """The kinds of the steps the papers listed under an item named ``papers`` (「(6) 応募書類」 / 「ア 参加意思確認書」
        「イ …の写し」), near line ``index``, hand in; an empty set when no such item is near."""
        lines = range(max(0, index - LIST_MAX), min(len(self.lines), index + LIST_MAX))
        at = next(
            (
                i
                for i in lines  # (the item's own line is short: a long line, a paragraph, is not searched for each paper)
                if len(self.lines[i]) <= SHORT_ITEM
                and papers in self.lines[i]
                and L.unspaced(L.clean_label(self.lines[i])) == papers
            ),
            None,
        )
        kinds: set[str] = set()
        for line in self.lines[at + 1 : at + 1 + LIST_MAX] if at is not None else []:
            if not PAPER_ITEM.match(line):
                break
            kind = L.kind_of(L.clean_label(PAPER_ITEM.sub("", line)))
            kinds |= {kind} if kind in ACCEPTED else set()
        return kinds

    def act_told_before(self, candidate: Candidate, act: str) -> str | None:
        """The kind of the step the sentence right before ``candidate``'s label names by ``act`` (申請, 応募) and its object:
        「まず参加資格審査の申請を行ってください。申請書類の受付期間は…」 hands in the papers of that application."""
        index = candidate.line_no - 1
        line = self.original[index]
        if len(line) > LONG_LINE:  # (a dump's labels are its normalised words, ``source_text``: each looked for once)
            line = self.lines[index]
        at = self.label_places.get((index, candidate.label))
        if at is None:
            at = self.label_places[index, candidate.label] = line.find(candidate.label)
        before = line[max(0, at - SENTENCE_REACH) : at] if at > 0 else ""
        end = at - (len(before) - len(before.rstrip())) - 1 if before.strip() else -1
        if end < 0 or line[end] != "。":
            return None
        sentence = line[max(line.rfind("。", max(0, end - SENTENCE_REACH), end) + 1, end - SENTENCE_REACH, 0) : end]
        step = next((step for clause in COMMA.split(nfkc(sentence)) if (step := object_of_act(act, clause))), "")
        return L.kind_of(step) if step else None

    def hours_below(self, index: int) -> dt.time | None:
        """「6月5日から6月8日までの間で」 / 「希望日時をご連絡ください（午前9時から午後4時まで）」: a window's own
        daily hours on the line under it (no new item, no step of its own there) close its last day."""
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        if not below.strip() or len(below) > 200:
            return None
        if OUTLINE_MARK.match(strip_markdown(below).lstrip("> ")) and not HOURS_ITEM.match(L.clean_label(below)):
            return None  # (「(1) 期間 …」 over 「(2) 時間 各日午前10時から午後4時まで」: the hours of the days above)
        closing = closing_time(below)
        if closing is None or L.kind_of(TIME_ONLY.sub("", below)):
            return None
        return closing

    def amended(self, candidates: list[Candidate]) -> list[Candidate]:
        """「5 質問の回答日について、「5月27日（木）までに」とあるのは「5月25日（火）までに」と訂正します。」: the
        amendment formula. The step of the superseded date (or time) takes the new one; the words before the quote
        name the step when they can."""
        for index, line in enumerate(self.lines):
            if "とあるのは" not in line:
                continue
            text = line[:LONG_LINE] + (self.lines[index + 1].strip()[:200] if index + 1 < len(self.lines) else "")
            for match in AMENDED.finditer(text):
                clauses = [c for c in COMMA.split(text[: match.start()]) if c.strip()]
                item = CITED_ITEM.search(clauses[-1]) if clauses else None  # 「告示第42号5(3)（…回答期日）中」
                step = L.kind_of(L.clean_label(item["item"] if item else clauses[-1])) if clauses else None
                old, new = self.read_dates(match["old"]), self.read_dates(match["new"])
                if old and new:
                    for candidate in candidates:
                        if (step is None or candidate.kind == step) and same_day(candidate.mention, old[-1]):
                            candidate.mention = copied(new[-1])
                            if candidate.mention.year is None:
                                candidate.mention.year = old[-1].year
                    continue
                old_time, new_time = TIME_ONLY.search(match["old"]), TIME_ONLY.search(match["new"])
                if old or new or step is None or not (old_time and new_time):
                    continue
                before, after = _time(old_time.groupdict()), _time(new_time.groupdict())
                for candidate in candidates:  # 「「午前10時00分」とあるのは「午前9時50分」と訂正」: the step's time
                    if candidate.kind == step and candidate.mention.time == before:
                        candidate.mention = copied(candidate.mention)
                        candidate.mention.time = after
        return candidates

    def clause_steps(self, candidates: list[Candidate]) -> list[Candidate]:
        """A notice that amends a call by quoted words: each clause whose old and new words are days, the day moved
        (「第６項第２号中「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める」「同告示「９　開札」の
        ⑴（日時）中「…」とあるのは「…」と読み替える」), gives the new day as a step though no step was read on its line: the
        step it changes, named by the item it cites where it can (``other`` where the item is cited by number alone). A
        period's start moved with its end kept (「「7月1日から3月31日まで」を「契約締結の日の翌日から3月31日まで」に」) moves
        no step."""
        found: list[Candidate] = []
        numbered: dict[int, str] = {}  # (each candidate of an item cited by number alone: the number)
        read = {(c.mention.month, c.mention.day, day_precision(c.mention)) for c in candidates}
        for index, line in enumerate(self.lines):
            if "「" not in line or len(line) > LONG_LINE or not AMENDING_VERB.search(line):
                continue
            start = 0
            for pair in AMENDING_PAIR.finditer(line):
                cited, start = line[start : pair.start()], pair.end()
                old, new = self.read_dates(pair["old"]), self.read_dates(pair["new"])
                if not old or not new or not new[-1].month or not (new[-1].day or new[-1].precision.endswith("month")):
                    continue
                before, after = old[-1], new[-1]
                if same_day(before, after) and (before.time, before.precision) == (after.time, after.precision):
                    continue  # (the end as it was: no day of a step moved)
                if (after.month, after.day, day_precision(after)) in read:
                    continue  # (the step read already, on its line or in the schedule the notice restates; its hour
                    # maybe in the clause's next pair, 「「七月十日」を「七月十七日」に、「正午」を「午後五時」に改める」)
                cited = CITED_WORDS_END.sub("", COMMA.split(cited)[-1]).strip(" 　と、")
                words = L.clean_label(cited) if cited else ""
                kind = L.kind_of(words) if words else None
                if kind is None and ITEM_NUMBER_WORDS.sub("", cited):
                    continue  # (「告示第42号2(3)(工期)中」: an item named, no step of the call)
                if kind == "published" or (kind is not None and L.is_not_milestone(words)):
                    continue  # (「3(2)入札説明書の交付期間中「4月24日から6月9日まで」を…」: the call opened as it did)
                mention = copied(after)
                if mention.year is None:
                    mention.year = before.year
                # (kind None: cited by number alone, set apart below)
                found.append(self.told_on(index, mention, kind or "other", cited or "変更後の日程", changed_to=True))
                if kind is None:
                    numbered[len(found) - 1] = OUTLINE_MARK.sub("", cited, 1).strip()
        if not found:
            return candidates
        named = set()  # (「・第十項（委託期間の終期）」: an item cited by number the text names elsewhere, read there)
        # (an item cited by no words but its mark, 「(3)中「…」を「…」に」, or by none, 「「…」を「…」に改める」: nothing to
        # look for, never named elsewhere; a number is named where a line opens with it, as an item's heading does, not
        # anywhere in the words: 「６中…」 had been named by 「（受付番号6）」, the empty words by every line)
        references = {r for r in numbered.values() if r} if len(numbered) <= CLAUSE_REFERENCES_MAX else set()
        for line in self.lines if references else ():
            opening = BULLET.sub("", line, 1).strip()
            heads = (opening, OUTLINE_MARK.sub("", opening, 1).strip())  # (「(2) 第十項（…）」 as the clause's were cut)
            cited = {r for r in references for head in heads if head.startswith(r) and not head[len(r) : len(r) + 1].isdigit()}
            if cited and not AMENDING_PAIR.search(line):
                named |= cited
        # an item cited by number alone whose day comes months apart from the notice's other days is the work's
        # (「２の（４）中「令和９年３月１２日」を「令和９年３月２６日」に」: its term's end), no step of the call
        moved = sorted(c.mention.date() for c in found + candidates if c.mention.explicit_year and c.mention.date())
        middle = moved[len(moved) // 2] if moved else None
        return candidates + [
            c
            for at, c in enumerate(found)
            if at not in numbered
            or (
                len(numbered) <= CLAUSE_REFERENCES_MAX
                and numbered[at] not in named
                and (middle is None or c.mention.date() is None or abs((c.mention.date() - middle).days) <= CLAUSE_STEPS_REACH)
            )
        ]

    def window_end_moved(self, candidate: Candidate) -> bool:
        """「２の（２）入札説明書の交付期間中「令和8年11月27日(金)」を「令和8年12月4日(金)」に改める。」: a clause that
        moves one day of a papers' window the call opened, old and new words each a lone day (no 「から」, no 「～」),
        moves its end: the call opened as it did, no ``published`` step of the change. (Read around the day only, so
        that a page run onto one line is read alike.)"""
        if candidate.kind != "published" or not 0 < candidate.line_no <= len(self.lines):
            return False
        line, mention = self.lines[candidate.line_no - 1], candidate.mention
        base = max(0, mention.start - WINDOW_CLAUSE_REACH)
        piece = line[base : mention.end + 40]
        if "「" not in piece or not AMENDING_VERB.search(piece):
            return False
        pair = next((p for p in AMENDING_PAIR.finditer(piece) if p.start("new") <= mention.start - base < p.end("new")), None)
        if pair is None or RANGE_MARK.search(pair["old"]) or RANGE_MARK.search(pair["new"]):
            return False
        old, new = self.read_dates(pair["old"]), self.read_dates(pair["new"])
        if len(old) != 1 or len(new) != 1 or same_day(old[0], new[0]):
            return False
        cited = re.split(r"[。」]", piece[: pair.start()])[-1]  # (the item the clause cites, after the clause before)
        return "期間" in cited and bool(AMENDING_VERB.match(piece, pair.end()) or "改め" in piece[pair.end() : pair.end() + 4])

    def default_deadline_time(self) -> tuple[dt.time | None, str | None]:
        """「時刻の記載のない提出期限は、いずれも当該日の午後5時15分をもって締め切る」「提出期限日の午後4時までに到着
        したものに限り受け付ける」: the time of deadlines given as days, and the kind of the one step the sentence
        speaks of (「※見積参加申込書は、提出期限日の正午までとなります」), None for all."""
        found = set()
        for line in self.lines:
            if ("時刻" not in line and "期限" not in line) or len(line) > 300:
                continue
            stated = DEFAULT_DEADLINE.search(line) if "時刻" in line else None
            if stated:
                found.add((_time(stated.groupdict()), None))
                continue
            stated = self.deadlines_time(line) if "時刻" in line else None
            if stated:
                found.add(stated)
                continue
            stated = DEADLINE_DAY_TIME.search(line) if not self.read_dates(line) else None
            if stated:
                subject = L.clean_label(CLAUSE_END.split(line[: stated.start()].rstrip(" 、,"))[-1])
                kind = L.kind_of(subject) if subject else None
                found.add((_time(stated.groupdict()), kind if kind in ACCEPTED else None))
        return found.pop() if len(found) == 1 else (None, None)

    def deadlines_time(self, line: str) -> tuple[dt.time, str | None] | None:
        """「各期限の時刻は、特に記載のない限り、いずれも午後5時とする」: the time of the deadlines given as days, and the
        kind of the one step its subject names (「質問書の提出期限の時刻は、正午とする」), None for all; None for a
        sentence that gives a day, or whose subject is the deadlines listed by it (「上記の期限の時刻は」:
        ``shared_times``)."""
        for sentence in line.split("。"):
            stated = DEADLINES_TIME.search(sentence) if "時刻" in sentence else None
            if stated is None or self.read_dates(sentence):
                continue
            subject = CLAUSE_END.split(sentence[: stated.start()])[-1]
            if SCOPED_SUBJECT.search(subject) or items_named(subject):
                continue
            words = L.clean_label(subject + stated.group().split("時刻")[0])
            kind = L.kind_of(words) if words and not L.is_generic(words) else None
            return _time(stated.groupdict()), kind if kind in ACCEPTED else None
        return None

    def shared_times(self, candidates: list[Candidate]) -> None:
        """「※②、④及び⑤の提出期限は、いずれも午後5時必着とします」: the time of the items the note names, given as days;
        「上記の提出期限はいずれも17時まで」 without numbers: of the deadlines listed above it in its section (at most
        LIST_REACH lines above the note)."""
        ordered = sorted(candidates, key=lambda c: c.line_no)
        lines = [c.line_no - 1 for c in ordered]
        for index, line in enumerate(self.lines):
            if "は" not in line or len(line) > 200 or not ("も" in line or "全" in line or "すべて" in line or "共に" in line):
                continue  # (the words of ALL_OF_THEM: 「いずれも」「ともに」 hold 「も」)
            all_of_them = ALL_OF_THEM.search(line)
            if not all_of_them:
                continue
            # (a match's words start at most 70 characters before its first 「いずれも」: searched for from there)
            shared = shared_time(line, max(0, all_of_them.start() - 72)) if not self.read_dates(line) else None
            if shared is None or not SHARED_SUBJECT.search(shared["subject"] + line[shared.end() : shared.end() + 8]):
                continue
            time, part, first = _time(shared.groupdict()), self.part_of(index), index
            while first > max(0, index - LIST_REACH) and self.part_of(first - 1) == part:
                first -= 1
            listed = ordered[bisect.bisect_left(lines, first) : bisect.bisect_left(lines, index)]
            original = self.original[index]
            named = items_named(original[: max(original.find(shared["all"]), 0)])
            if named:
                items, current = {}, None
                for at in range(first, index):  # the item each line of the list stands under
                    lead = ITEM_LEAD.match(self.original[at][:40])
                    if lead:
                        current = item_key(lead.group("key"))
                    items[at] = current
                chosen = [c for c in listed if items.get(c.line_no - 1) in named]
            else:
                chosen = [c for c in listed if c.kind in ACCEPTED or (HANDING_IN.search(c.label) and not L.is_event(c.label))]
            for candidate in chosen:
                mention = candidate.mention
                if mention.time is None and mention.day and mention.precision == "date":
                    mention.time, mention.precision = time, "datetime"

    def event_starts(self) -> dict[str, dt.time]:
        """The start times the text gives events in a sentence of their own, without a day (EVENT_START_SENTENCE), by
        the event's name; an event given two times is left out."""
        found: dict[str, set] = {}
        heading, heading_at = "", -EVENT_HEADING_REACH - 1
        for index, line in enumerate(self.lines):
            if len(line) <= HEADING_MAX and "。" not in line and not HAS_DIGIT.search(L.clean_label(line)):
                words = L.clean_label(line)  # 「1 現地見学会」: an event's heading, for the item of its start below
                if words and L.is_event(words) and L.kind_of(words) in ("hearing", "other") and not L.is_generic(words):
                    heading, heading_at = L.unspaced(words), index
            elif index - heading_at <= EVENT_HEADING_REACH and ("時" in line or ":" in line or "午" in line):
                start = EVENT_START_ITEM.match(L.clean_label(line)) if not self.read_dates(line) else None
                if start:
                    found.setdefault(heading, set()).add(_time(start.groupdict()))
            if "なりました" in line and len(line) <= 300:
                for opening in EVENT_OPENING_WORDS.finditer(line):  # 「定刻の14時になりましたので、…説明会を始めます」
                    topic = L.clean_label(opening["topic"])
                    if topic and L.is_event(topic) and L.kind_of(topic) in ("hearing", "other") and not L.is_generic(topic):
                        found.setdefault(L.unspaced(topic), set()).add(_time(opening.groupdict()))
            if "は" not in line or len(line) > 300 or not ("時" in line or ":" in line or "午" in line):
                continue  # (what each sentence needs, below)
            if not ("ら" in line or "り" in line or "~" in line) or not HAS_DIGIT.search(line) or self.read_dates(line):
                continue
            for sentence in line.split("。"):
                # (a start needs 「は」, a time (「時」「:」「正午」) and 「から」「より」「~」; ``clean_label`` only takes away)
                if "は" not in sentence or not ("時" in sentence or ":" in sentence or "午" in sentence):
                    continue
                if not ("ら" in sentence or "り" in sentence or "~" in sentence):
                    continue
                start = EVENT_START_SENTENCE.match(L.clean_label(sentence))
                topic = L.clean_label(start["topic"]).split(" ")[-1] if start else ""  # (「6 審査 プレゼンテーション審査は」)
                if topic and L.is_event(topic) and L.kind_of(topic) in ("hearing", "other") and not L.is_generic(topic):
                    found.setdefault(L.unspaced(topic), set()).add(_time(start.groupdict()))
        return {topic: times.pop() for topic, times in found.items() if len(times) == 1}

    def final_day_notes(self) -> dict[str, dt.time]:
        """「※質問の受付は、各回とも最終日の午後5時までとします」: the time the last day of a kind's windows closes at, by
        the kind of the step the note names (a note naming no day; a kind given two times is left out)."""
        if self._final_day_notes is None:
            found: dict[str, set] = {}
            for index, line in enumerate(self.lines):
                if not ("最終日" in line or "時間は" in line) or len(line) > LONG_LINE:
                    continue
                dated = bool(self.read_dates(line))  # (a sentence of daily hours may stand beside one naming a day)
                for sentence in line.split("。"):
                    note = None if dated else FINAL_DAY_NOTE.search(sentence) or FINAL_DAY_OF_WINDOW.search(sentence)
                    if note is None and "時間は" in sentence and not (dated and self.read_dates(sentence)):
                        note = DAILY_HOURS_NOTE.search(sentence)
                    if note is None:
                        continue
                    topic = L.clean_label(note["topic"]) if note.re is not FINAL_DAY_OF_WINDOW else ""
                    kind = L.kind_of(topic) if topic and not WINDOW_KEY.match(L.unspaced(topic)) else None
                    # 「３ 質問の受付及び回答」 / 「(イ) 受付時間は、いずれも最終日の午後５時までとする」: the item's steps
                    for kind in [kind] if kind else self.hours_scope(index):
                        found.setdefault(kind, set()).add(_time(note.groupdict()))
            self._final_day_notes = {kind: times.pop() for kind, times in found.items() if len(times) == 1}
        return self._final_day_notes

    def daily_hours_closing(self) -> tuple[dt.time | None, dt.time | None, tuple | None, set | None]:
        """The closing time of the notice's one 「受付時間」 (on its line or the next), for windows given without one;
        and the time its last day closes when the note says so (「ただし、受付期間の最終日（9月18日（金））は正午まで」),
        with that day's (month, day) when the note names it. Last, the kinds of the steps the hours are of: None for
        all, else those of the items that hold each 「受付時間」 (「第11 申請書類の提出」 / 「2 受付時間 …」: the hours of
        that step's window, not of the questions sent by e-mail; ``hours_scope``), and with them the kinds no heading
        beside those items names (「1 日程」 / 「2 提案書類の提出」: the application listed in the schedule only, its own
        way of handing in told nowhere, is received in the same hours)."""
        found, finals, scopes, styles = set(), set(), set(), set()
        for index, line in enumerate(self.lines):
            if "受付時間" not in line or len(line) > 200:
                continue
            own = next((sentence for sentence in line.split("。") if "受付時間" in sentence), line)  # (a date later on)
            below = self.lines[index + 1] if index + 1 < len(self.lines) and len(self.lines[index + 1]) <= 200 else ""
            for text in (own, below):
                closing = closing_time(text)
                if closing:
                    found.add(closing)
                    kinds, heading = self.hours_heading(index)
                    if kinds:
                        scopes.update(kinds)
                        styles.add(self.outline_style(heading))
                    else:
                        scopes.add(None)
                    break
            for final in (FINAL_DAY.search(text) for text in (line, below) if "日" in text):
                if final:
                    named = self.read_dates(final["day"] or final["aside"]) if final["day"] or final["aside"] else []
                    if not named and not final.group().startswith("最終日"):
                        named = self.deadline_above(index)  # 「(4) 提出期限 10月3日」 / 「ただし、提出期限の日は正午まで」
                    finals.add((_time(final.groupdict()), (named[0].month, named[0].day) if named else None))
        closing = found.pop() if len(found) == 1 else None
        final, day = finals.pop() if len(finals) == 1 else (None, None)
        if None in scopes:
            return closing, final, day, None
        return closing, final, day, scopes | (set(ACCEPTED) - self.headed_kinds(styles))

    def deadline_above(self, index: int) -> list:
        """The date of the deadline a note on line ``index`` calls 「提出期限の日」「締切日」: on the nearest line above it in
        its block that keys a deadline (「(4) 提出期限 2025年10月3日（金）正午」), not a window's last day elsewhere."""
        for at in range(index - 1, max(-1, index - HOURS_REACH), -1):
            line = self.lines[at][:200]
            if not line.strip():
                break
            dated = self.read_dates(line)
            if dated and DEADLINE_KEY.search(line[: dated[0].start]):
                return dated[:1]
        return []

    def headed_kinds(self, styles: set) -> set[str]:
        """The kinds of step the notice's headings of ``styles`` name (「第5 質問」 beside 「第6 応募書類の提出」): its
        outline items of those marker styles without a date."""
        kinds: set[str] = set()
        for at in self.outline_items:
            line = self.lines[at][:200]
            if self.outline_style(at) not in styles or self.read_dates(line):
                continue
            label = L.clean_label(line)
            if label and len(label) <= HEADING_MAX and not CLAUSE_MARK.search(label) and not L.is_generic(label):
                kinds |= step_kinds(label)
        return kinds

    def outline_style(self, index: int | None) -> str | None:
        """The marker style of outline item ``index`` (as ``open_heading`` reads it); None for a line of no item."""
        match = OUTLINE_MARK.match(self.lines[index][:200]) if index is not None else None
        if match is None:
            return None
        if match.lastgroup == "number" and "\u2460" <= self.original[index].lstrip()[:1] <= "\u2473":
            return "circled"  # (「①」 reads as 「1」 once normalised)
        return match.lastgroup

    def keyed_hours(self) -> dict[str, dt.time]:
        """「(3) 閲覧日時」 / 「各日午前9時30分から午後4時30分まで」, 「閲覧時間 午前9時から午後5時まで」: the daily hours an
        item gives a step by its name, without a day (the step's window is in the schedule), by that name (a name given
        two closing times is left out)."""
        found: dict[str, set] = {}
        for index, line in enumerate(self.lines):
            if ("まで" not in line and "~" not in line) or len(line) > 200 or not HAS_DIGIT.search(line):
                continue  # (「閲覧時間 午前9時~午後5時」: the hours as a span, a table's remark)
            closing = closing_time(line)
            if closing is None:
                continue
            keyed = HOURS_KEY.match(L.clean_label(line))
            if "まで" not in line and not keyed:
                continue  # (a span of hours keyed by no step's name)
            key = keyed["step"] if keyed else ""
            above = self.lines[index - 1] if index and not keyed else ""
            if above and len(above) <= 40 and not self.read_dates(above):
                whole = HOURS_KEY.match(L.clean_label(above) + " ")  # 「(3) 閲覧日時」 over the hours
                key = whole["step"] if whole else ""
            key = L.unspaced(key)
            if key and L.kind_of(key) == "other" and not L.is_event(key):
                found.setdefault(key, set()).add(closing)
        return {key: times.pop() for key, times in found.items() if len(times) == 1}

    def table_hours(self) -> dict[int, dt.time]:
        """「（期間の欄の時間は、各日とも午前9時から午後5時まで…とする。）」 by a schedule, or 「期間（各日とも午前9時から
        午後5時まで）」 in its header: the daily hours of the schedule's windows, by the lines of its rows (a note that
        names a step of its own, 「閲覧時間は各日…」, is that step's: ``keyed_hours``)."""
        found: dict[int, dt.time] = {}
        for index, line in enumerate(self.lines):
            if not ("各日" in line or "毎日" in line) or len(line) > 200:  # 「各日とも午前9時から午後5時まで」: daily hours
                continue
            closing = closing_time(line)
            if closing is None:
                continue
            if is_table_row(line):  # the header's: its table's rows, below and above it
                rows = self.schedule_rows(index, 1) + self.schedule_rows(index - 1, -1)
            elif not L.kind_of(L.clean_label(TIME_ONLY.sub("", line))):
                rows = self.noted_schedule(index)
            else:
                continue
            for row in rows:
                found.setdefault(row, closing)
        return found

    def noted_schedule(self, index: int) -> list[int]:
        """The rows of the schedule the note on line ``index`` stands by: the one it is written right under (a
        footnote), else the one below it (past the note's rest and blank lines, ``TABLE_NOTE_REACH`` lines at most),
        else the one above it past a blank line."""
        above = self.schedule_rows(index - 1, -1)  # (none when the line above is no row: each line is tested once)
        if above:
            return above
        for at in range(index + 1, min(len(self.lines), index + 1 + TABLE_NOTE_REACH)):
            below = self.schedule_rows(at, 1)
            if below:
                return below
        return self.schedule_rows(index - 2, -1) if index > 1 and not self.lines[index - 1].strip() else []

    def schedule_row(self, line: str) -> bool:
        """A row of a schedule: a table's row, or a line that gives a date."""
        return len(line) <= 200 and (is_table_row(line) or bool(self.read_dates(line)))

    def schedule_rows(self, start: int, step: int) -> list[int]:
        """The rows of the schedule from line ``start`` on, up (``step`` -1) or down (1), to the first other line."""
        rows: list[int] = []
        at = start
        while 0 <= at < len(self.lines) and len(rows) < TABLE_ROWS_MAX and self.schedule_row(self.lines[at]):
            rows.append(at)
            at += step
        return rows

    def hours_scope(self, index: int) -> set[str]:
        return self.hours_heading(index)[0]

    def hours_heading(self, index: int) -> tuple[set[str], int | None]:
        """The steps of the item the hours (or last-day note) on line ``index`` stand in: 「第11 申請書類の提出」 /
        「1 受付期間 …」 / 「2 受付時間 …」, the kinds the nearest short label above names (in the block of lines without
        a blank one, its sentences passed by). An empty set: of no one step (「10 その他」, or no label), all of them.
        The items the line's own item closed are passed by with what they hold: 「(1) 受付方法」 or 「(1) 提出期間 表1に示す
        期間」 above 「(2) 受付時間」 are keys of the same item, no heading of it."""
        closed = self.closed_items(index)
        for at in range(index - 1, max(-1, index - HOURS_REACH), -1):
            line = self.lines[at][:200]
            if not line.strip():
                break
            if at in closed:
                continue
            dated = self.read_dates(line)
            label = L.clean_label(line[: dated[0].start] if dated else line)
            if not label or len(label) > HEADING_MAX or CLAUSE_MARK.search(label) or L.is_generic(label):
                continue
            kinds = step_kinds(label)
            if kinds or (OUTLINE_MARK.match(line) and not dated):
                return kinds, at  # (a heading naming no step: 「10 その他」)
        return set(), None

    def closed_items(self, index: int) -> set[int]:
        """The lines of the block above line ``index`` (to a blank line, ``HOURS_REACH`` lines at most) that stand in
        items closed before it: an item closes the items of its own and deeper styles, the styles in order of first
        use (as ``open_heading`` keeps the outline), and its lines go with it."""
        start = index
        while start > 0 and index - start < HOURS_REACH - 1 and self.lines[start - 1].strip():
            start -= 1
        items: list[tuple[str, list[int]]] = []  # the open items (marker style, their lines)
        closed: set[int] = set()
        for at in range(start, index + 1):
            style = self.outline_style(at)
            if style:
                styles = [open_style for open_style, _ in items]
                if style in styles:
                    for _, lines in items[styles.index(style) :]:
                        closed.update(lines)
                    del items[styles.index(style) :]
                items.append((style, []))
            if items:
                items[-1][1].append(at)
        return closed

    def article_starts(self) -> list[int]:
        """The lines a newsletter's numbered articles start at: a heading between two rules, in one line or two
        (「────」 / 「２．【セミナー】中小企業のための…」 / 「────」); in an issue of a periodical (「2027年2月号」), also
        a marked heading under a rule, the article running to the next rule (「━━━」 / 「■ 確定申告のご案内」 / …)."""
        starts = []
        periodical = None
        for index, line in enumerate(self.lines):
            if line.lstrip()[:1] not in RULE_CHARS or not RULE_LINE.fullmatch(line):
                continue
            heading = self.lines[index + 1] if index + 1 < len(self.lines) else ""
            closing = [i for i in range(index + 2, min(index + 4, len(self.lines))) if RULE_LINE.fullmatch(self.lines[i])]
            if closing and ARTICLE_HEAD.match(heading) and all(self.lines[i].strip() for i in range(index + 1, closing[0])):
                starts.append(index)
                continue
            below = next((text.strip() for text in self.lines[index + 1 : index + 3] if text.strip()), "")
            if below[:1] in ARTICLE_MARKS and len(below) <= MARKED_ARTICLE_TITLE_MAX:
                if periodical is None:
                    periodical = self.issue_month(numbered=True) is not None
                if periodical:
                    starts.append(index)
        return starts

    def notice_parts(self) -> list[int]:
        """The lines the notices of a 公報 page start at (「白萩市告示第14号」), or else the articles of a newsletter,
        each headed between two rules (「────」 / 「■議会日程」 / 「────」); [] when the page is not so divided."""
        numbered, headed, lines = [], [], self.lines
        for index, line in enumerate(lines):  # (one look at each line's first and last characters)
            if line.rstrip().endswith("号") and NOTICE_NUMBER.match(line.strip()):
                numbered.append(index)
            elif line[:1] in RULE_CHARS or line.lstrip()[:1] in RULE_CHARS:
                if index + 2 < len(lines) and RULE_LINE.fullmatch(line) and RULE_LINE.fullmatch(lines[index + 2]):
                    title = lines[index + 1].strip()
                    if title and len(title) <= ARTICLE_TITLE_MAX and not RULE_LINE.fullmatch(title):
                        headed.append(index)
        if len(numbered) >= NOTICES_MIN:  # (「南山市告示第7号」 on every page is a running header, no notice's start)
            seen = collections.Counter(lines[index].strip() for index in numbered)
            numbered = [index for index in numbered if seen[lines[index].strip()] == 1]
            if len(numbered) >= NOTICES_MIN:
                return numbered
        return headed if len(headed) >= ARTICLES_MIN else []

    def unrelated_parts(self, candidates: list[Candidate]) -> list[Candidate]:
        """On a page of several notices or articles, the dates of one that names no call (a 住居表示's 実施期日, the
        council's meetings, a committee's report) are no steps. What stands before the first part is kept."""
        starts = self.notice_parts() if candidates else []
        if not starts:
            return candidates
        ends = [*starts[1:], len(self.lines)]
        parts = {bisect.bisect_right(starts, c.line_no - 1) for c in candidates} - {0}  # (only the parts with dates)
        silent = {
            part for part in parts if not any(CALL_WORDS.search(line) for line in self.lines[starts[part - 1] : ends[part - 1]])
        }
        if not silent:
            return candidates
        return [c for c in candidates if bisect.bisect_right(starts, c.line_no - 1) not in silent]

    def gazette_openings(self) -> list[tuple[int, int, bool]]:
        """The notices a gazette's page (官報, 公報) runs on, each opening on its title and 「次のとおり…」 (「入札公告」 /
        「次のとおり一般競争入札に付します。」, 「落札者等の公示」 / 「次のとおり落札者等について公示します。」): the line and
        column each opens at, and whether it tells an award (落札者, 随意契約, 結果: a call already decided)."""
        openings = []
        for index, line in enumerate(self.lines):
            if "次のとおり" not in line:
                continue
            for match in GAZETTE_NOTICE_OPENING.finditer(line):
                openings.append((index, match.start("title"), bool(AWARD_NOTICE_TITLE.search(match["title"]))))
        # (a title on a line of its own, 「次のとおり…」 starting the next)
        for index in range(1, len(self.lines)):
            line = self.lines[index].strip()
            if line.startswith("次のとおり") and (title := GAZETTE_NOTICE_TITLE.fullmatch(self.lines[index - 1].strip())):
                openings.append((index - 1, 0, bool(AWARD_NOTICE_TITLE.search(title.group()))))
        return sorted(set(openings))

    def gazette_call_only(self, candidates: list[Candidate]) -> list[Candidate]:
        """A gazette's page that runs on from the notice before (its English summary's last items) into a call's
        notice and then an award's (「落札者等の公示」: its 落札者を決定した日 and its 入札公告日 another call's): the call's
        steps alone. What stands before the first notice's title is the tail of the notice before it on the page."""
        if not candidates or not any("次のとおり" in line for line in self.lines):
            return candidates
        openings = self.gazette_openings()
        if len(openings) < NOTICES_MIN or all(award for *_, award in openings) or not any(award for *_, award in openings):
            return candidates

        starts = [line for line, _, _ in openings]
        # (a line a notice opens within, after its start: which notice each of its dates stands in is not told by
        # the line alone, and they are all kept)
        within = {line for line, column, _ in openings if column}

        def kept(candidate: Candidate) -> bool:
            line = candidate.line_no - 1
            if line in within:
                return True
            part = bisect.bisect_right(starts, line)
            return bool(part) and not openings[part - 1][2]

        return [c for c in candidates if kept(c)]

    @functools.cached_property
    def gazette_amending(self) -> tuple[list[int], int] | None:
        """On a 公報 page (its notices under their number lines, its 「公告」 section's under their titles in its 目次), the
        one notice that changes a call published before (「…公告第百八十七号（…）の一部を次のように訂正する。」): the
        lines its notices start at and that notice's number among them (from 1); None when no one notice does."""
        found = self.gazette_amendings
        return (found[0], next(iter(found[1]))) if found and len(found[1]) == 1 else None

    @functools.cached_property
    def gazette_amendings(self) -> tuple[list[int], set[int]] | None:
        """On a 公報 page, the notices that change a call published before (``gazette_amending``), one or more (an issue
        of two notices each changing its own call, among a 縦覧's and a 届出's): the lines its notices start at and the
        numbers of those notices among them (from 1); None when none does."""
        numbered = self.notice_parts()
        if len(numbered) < NOTICES_MIN or not NOTICE_NUMBER.match(self.lines[numbered[0]].strip()):
            return None
        titles = {
            nfkc(entry["title"]).strip()
            for line in self.lines[: numbered[0]]
            if (entry := GAZETTE_CONTENTS_ENTRY.match(nfkc(line)))
        }
        sections = [
            at
            for at, line in enumerate(self.lines)
            if at > numbered[0] and (GAZETTE_SECTION.match(line) or (titles and line.strip() in titles))
        ]
        starts = sorted({*numbered, *sections})
        amending, cited = set(), set()
        for at, line in enumerate(self.lines):
            if "の一部を次の" in line and (match := AMENDING_NOTICE.search(line)):
                amending.add(bisect.bisect_right(starts, at))
                number = NOTICE_CITED.search(match.group())
                cited |= {number.group()} if number else set()
        amending -= {0}
        if any(self.lines[at].strip().endswith(number) for number in cited for at in numbered):
            # 「岬野県公告第12号」 / … / 「…公告第12号「…」の一部を次のとおり訂正する。」: the call and its correction sent
            # together, no page of other matters
            return None
        return (starts, amending) if amending else None

    def amending_notice_only(self, candidates: list[Candidate]) -> list[Candidate]:
        """On a 公報 page, one of whose notices changes a call published before, the steps of that notice alone (of
        those notices, where several each change a call): the page's other notices (a 大規模小売店舗 届出's 意見書
        deadline, a 落札者等の公示's day of its call's 公告) are other matters'. What stands before the first notice is
        kept."""
        found = self.gazette_amendings if candidates else None
        return in_part(candidates, found[0], *sorted(found[1])) if found else candidates

    def table_under(self, heading: int, line: int) -> bool:
        """Line ``line`` is a row of a table that starts right under line ``heading`` (rules and blank lines between)."""
        first = next(
            (at for at in range(heading + 1, line + 1) if self.lines[at].strip() and not RULE_LINE.fullmatch(self.lines[at])),
            line,
        )
        return first < line + 1 and all(is_table_row(self.lines[at]) for at in range(first, line + 1))

    def meeting_record(self) -> bool:
        """The text is the record of a meeting (「議事録」 / 「出席者：…」 at its head): its numbered items between rules are
        the agenda's, all of one case (the 公告 read out in the first, the questions' days in the second), no articles."""
        head = "\n".join(self.lines[:MEETING_HEAD_LINES])
        return bool(MEETING_RECORD.search(head)) and ("出席" in head or "参加者" in head)

    def main_article(self, candidates: list[Candidate]) -> list[Candidate]:
        """In a newsletter of three numbered articles or more, the steps of the article with the most of them: the
        others (a seminar, a grant) are other calls'. What stands before the first article is kept."""
        starts = self.article_starts() if len(candidates) > 1 else []
        if len(starts) < ARTICLES_MIN or self.meeting_record():
            return candidates
        articles = [part_of(c, starts) for c in candidates]
        counts = collections.Counter(articles)
        main = max((a for a in counts if a), key=lambda a: (counts[a], -a), default=None)
        if main is None:
            return candidates
        entry = [c for c, article in zip(candidates, articles) if article == main - 1 > 0]
        if entry and entered_before(entry, [c for c, article in zip(candidates, articles) if article == main]):
            # (the section before it, 「3. HOW TO EXPRESS INTEREST」, gives the call's entry: its steps too)
            return in_part(candidates, starts, main - 1, main)
        return in_part(candidates, starts, main)

    def featured_case(self, candidates: list[Candidate]) -> list[Candidate]:
        """A digest of several calls (a bid-alert mail: 「[1] …業務委託」 / 公告日 / 締切日, 「[2] …」): the steps of the
        case it is about, the one its subject names or else the one it gives the most dates of (the featured case, with
        its schedule), the first of them on a tie; the other cases' 公告日 and 締切 are other calls'. What stands before
        the first case is kept."""
        heads = self.case_heads
        starts = [index for index, _, _ in heads]
        if len(starts) < CASES_MIN:
            return self.featured_article(candidates)
        tagged = self.case_tagged(heads)
        counts = collections.Counter(part_of(c, starts, tagged) for c in candidates)
        cases = [case for case in counts if case]
        if len(cases) < CASES_MIN:
            return candidates
        # 「今週の注目案件3件」: a mail magazine that gives each case its own schedule (its 公告日 and a paper of its own
        # handed in, 「参加表明書」「提案書」「入札書」) features none of them: every case is a call of the digest (a bid
        # alert's other cases give only their 公告日 and a bare 締切日)
        steps, opened = collections.defaultdict(set), collections.defaultdict(set)
        top, bare = max(cases, key=lambda case: (counts[case], -case)), False
        for candidate in candidates:
            case = part_of(candidate, starts, tagged)
            steps[case].add(candidate.kind)
            if candidate.kind == "published":
                opened[case].add((candidate.mention.month, candidate.mention.day))
            elif case and case != top and L.is_vague(candidate.label):
                bare = True  # (「公告日：2028/05/31（水）  締切日：2028/06/15（木）」: another case told in brief)
        subject = " ".join(L.unspaced(line) for line in self.lines[:HEAD_LINES] if SUBJECT_LINE.match(line))
        named = [case for case in cases if L.unspaced(L.clean_label(heads[case - 1][2])) in subject]
        ranked = sorted((counts[case] for case in cases), reverse=True)
        # (a portal's list of search results, a case a block of the same fields, each published on a day of its own: no
        # case gives twice the dates of another, none but the one with the most a bare 締切日)
        alike = (
            not named
            and not bare
            and ranked[0] < CASE_FEATURED_RATIO * ranked[1]
            and all(len(days) <= 1 for days in opened.values())
        )
        if alike or all("published" in steps[case] and steps[case] & set(ACCEPTED) for case in cases):
            self.digest_cases = starts  # (each case's steps are merged apart: one publication per case)
            self.digest_tags = tagged
            end = self.case_end(starts[-1])
            return [
                c
                for c in candidates
                if c.line_no - 1 < end
                and not self.withdrawn_in_case(c, heads, starts, tagged)
                # (「今号の対象：1月4日～1月10日に公告された案件」「検索条件 公告日：2026/09/01～2026/09/30」 above the cases:
                # the days the digest covers, no call's publication)
                and not (c.kind == "published" and c.line_no - 1 < starts[0] and c.line_no - 1 not in tagged)
            ]
        main = named[0] if len(named) == 1 else top
        return in_part(candidates, starts, main)

    def withdrawn_in_case(
        self, candidate: Candidate, heads: list[tuple[int, str, str]], starts: list[int], tagged: dict[int, int]
    ) -> bool:
        """A step of a digest's case whose title withdraws the call (「【中止】…プロポーザルの中止について」: none of its
        days is a step now), or a day a case that corrects its call says stands (「【訂正】…実施要領の訂正について」 /
        「（訂正後）12月10日(木)17:00　※参加申込期限（11月18日(水)17:00）その他の日程に変更はありません。」: as in a
        notice of a change, only what it changes)."""
        line = candidate.line_no - 1
        case = part_of(candidate, starts, tagged)
        title = heads[case - 1][2] if case else ""
        if not title:
            return False
        if CANCELLED.search(title) and not CALLED_AGAIN.search(title):
            return True
        if not CHANGED_CASE.search(title) or "変更" not in self.lines[line]:
            return False
        mention = candidate.mention
        found = self.read_dates(self.lines[line])
        for at, told in enumerate(found):
            if (told.month, told.day, told.time) == (mention.month, mention.day, mention.time):
                rest = self.lines[line][told.end : found[at + 1].start if at + 1 < len(found) else None]
                return bool(UNCHANGED_AFTER.match(rest))
        return False

    def digest_part(self, candidate: Candidate) -> int:
        """The call of a digest of several (``digest_cases``: its cases, rows or paragraphs) a step is of, from 1 (0:
        what stands above the first)."""
        return part_of(candidate, self.digest_cases, self.digest_tags)

    def each_call(self, rule, candidates: list[Candidate]) -> list[Candidate]:
        """``rule``, a filter of one call's steps (``after_contract``: none after its contract), kept to each call of a
        digest of several on its own (a row's contract in 8月上旬 says nothing of another row's hearing in 8月中旬)."""
        if not self.digest_cases:
            return rule(candidates)
        return each_part(rule, candidates, self.digest_cases, self.digest_tags)

    def case_end(self, start: int) -> int:
        """The line the last case of a digest, from line ``start``, ends at: the first rule under its dated fields
        (「────」 / 「＜ 前へ　1　次へ ＞」 / 「□お知らせ」, 「━━━」 / 「■ 落札・選定結果」: the page's or the mail's own
        news below the cases, no call's)."""
        dated = False
        for index in range(start + 1, len(self.lines)):
            line = self.lines[index]
            if dated and RULE_LINE.fullmatch(line):
                return index
            dated = dated or bool(self.read_dates(line))
        return len(self.lines)

    @functools.cached_property
    def case_heads(self) -> list[tuple[int, str, str]]:
        """The heads of the cases of a digest of several calls (``CASE_HEAD``): each one's line, number and call's name
        (on its line, or in a field under it, ``CASE_NAME_FIELD``)."""
        heads, numbered = [], set()
        for index, line in enumerate(self.lines):
            if not ("[" in line[:6] or "【" in line[:6] or "No" in line[:6] or "案件" in line[:8]):
                continue
            head = CASE_HEAD.match(line)
            if not head or self.read_dates(line) or CONTENTS_LEADER.search(head["name"]):  # (a line of the contents)
                continue
            numbered.add(index)
            name = head["name"] if CASE_WORK.search(head["name"]) else None
            for below in self.lines[index + 1 : index + 1 + CASE_NAME_REACH] if name is None else ():
                field = CASE_NAME_FIELD.match(below)
                if field and CASE_WORK.search(field["name"]) and not self.read_dates(below):
                    name = field["name"]
                    break
            if name is not None:
                heads.append((index, CASE_NUMBER.search(line[: head.start("name")]).group(), name))

        def beside(index: int, step: int) -> int:  # the nearest line above or below that is not blank
            index += step
            while 0 <= index < len(self.lines) and not self.lines[index].strip():
                index += step
            return index

        # 「■ 今号の注目案件（5件）」 over 「[1] 鈴鳴村 …業務」「[2] …」 a line each: the calls listed as its contents, no case
        return [head for head in heads if beside(head[0], -1) not in numbered and beside(head[0], 1) not in numbered]

    def case_tagged(self, heads: list[tuple[int, str, str]]) -> dict[int, int]:
        """「■ 締切カレンダー」 / 「1/13(水) 12:00　[3] 説明会 参加登録締切」 above the cases: a calendar's line of a step
        that tags its case by number, the step of that case (told again in its details), by line."""
        numbers = [number for _, number, _ in heads]
        if len(set(numbers)) != len(numbers):
            return {}
        part = {number: case for case, number in enumerate(numbers, start=1)}
        tagged = {}
        for index, line in enumerate(self.lines[: heads[0][0]]):
            tags = {tag.group(1) for tag in CASE_TAG.finditer(line)} if "[" in line or "【" in line else set()
            if len(tags) == 1 and (number := tags.pop()) in part and self.read_dates(line):
                tagged[index] = part[number]
        return tagged

    def case_lots(self, candidates: list[Candidate]) -> None:
        """「【案件1】 … 開札日時 5月27日午前9時30分」 / 「【案件2】 … 開札日時 5月27日午前10時」: a notice of several
        contracts, each block with its own step on a day another block's same step falls on too; each is the step of
        its contract (a lot), not the one step given twice."""
        heads = [
            (index, match["number"] or match["bracketed"])
            for index, line in enumerate(self.lines)
            if "案件" in line[:12] and (match := CASE_BLOCK.match(line))
        ]
        if len(heads) < CASES_MIN:
            return
        starts = [index for index, _ in heads]
        longest = max(b - a for a, b in zip(starts, starts[1:]))
        blocks: dict[tuple, dict[int, list[Candidate]]] = {}
        for candidate in candidates:
            line = candidate.line_no - 1
            block = bisect.bisect_right(starts, line)
            if not block or (block == len(starts) and line - starts[-1] > longest) or candidate.lot is not None:
                continue
            key = (candidate.kind, candidate.mention.date(), candidate.mention.precision)
            blocks.setdefault(key, {}).setdefault(block, []).append(candidate)
        for by_block in blocks.values():
            if len(by_block) < CASES_MIN:
                continue
            for block, found in by_block.items():
                for candidate in found:
                    candidate.lot = f"案件{nfkc(heads[block - 1][1])}"
                    candidate.label = f"{candidate.label}（{candidate.lot}）"

    def changed_post(self, candidates: list[Candidate]) -> list[Candidate]:
        """A page of news posts, each under a rule with its day and title (``POST_DAY``), one post alone telling of a
        change of a call's days (「【日程変更】…の日程変更について」): the steps are that post's (its new days); the other
        posts' dates are other news (a result posted, another work's 公告) or the call's first post, as it stood before
        the change. What stands before the first post is kept."""
        found = self.post_of_change
        return in_part(candidates, *found) if found else candidates

    @functools.cached_property
    def post_of_change(self) -> tuple[list[int], int] | None:
        """The lines a page's news posts start at and the number (from 1) of the one post of a change, if there is one
        (``changed_post``)."""
        lines = self.lines
        starts = [
            index
            for index in range(1, len(lines) - 1)
            if lines[index - 1].strip()[:1] in POST_RULE_CHARS
            and RULE_LINE.fullmatch(lines[index - 1])
            and POST_DAY.match(lines[index])
            and lines[index + 1].strip()
        ]
        if len(starts) < POSTS_MIN:
            return None
        changed = [part for part, index in enumerate(starts, start=1) if POST_CHANGE_TITLE.search(lines[index + 1])]
        return (starts, changed[0]) if len(changed) == 1 else None

    def own_events(self, candidates: list[Candidate]) -> list[Candidate]:
        """「無料オンラインセミナー「…」を6月16日（水）14:00から開催します。お申込みは6月14日（月）まで。」: the writer's own
        event (a seminar, a course, a study meeting) announced on a line, its day and its 申込 no step of the call
        (a step naming a paper of the call, 「提案書」「参加表明書」, is kept)."""
        # (each line looked at once, not once per date on it: a long line of dates run together, 「…を開催します。」 on it)
        own = {index: self.own_event_line(index) for index in {c.line_no - 1 for c in candidates}}
        return [c for c in candidates if not (own[c.line_no - 1] and not CALL_PAPER.search(c.label))]

    def own_event_line(self, index: int) -> bool:
        """Line ``index`` announces the writer's own event (``OWN_EVENT``), named on it or in the item's heading just
        above it (「（２）入札実務研修会（第１回）」 / 「「…」をテーマに、５月１１日（木）午後２時から開催します。…」)."""
        line = self.lines[index]
        if "開催" not in line:
            return False
        above = self.lines[index - 1].strip() if index else ""
        if above and len(above) <= EVENT_HEADING_MAX and EVENT_HEADING_END.search(above) and not self.read_dates(above):
            line = f"{above}{line.strip()}"
        return bool(OWN_EVENT.search(line))

    def listed_calls(self, candidates: list[Candidate]) -> None:
        """A sheet of calls, a row each (「発注機関 | 件名 | 公告日 | 質問締切 | … | 備考」), and nothing dated below its
        first row but its rows: each row is a call of its own, its steps merged apart from the other rows' (two calls'
        questions due the same day are two steps; each call keeps its 公告日)."""
        rows = sorted({c.line_no - 1 for c in candidates if c.work})
        if len({c.work for c in candidates if c.work}) < CASES_MIN:
            return
        if any(c.work is None and c.line_no - 1 >= rows[0] for c in candidates):
            return  # (a list of calls above one call's notice: ``this_call``)
        self.digest_cases = rows

    def call_paragraphs(self, candidates: list[Candidate]) -> None:
        """A newsletter or a mail that tells several calls a paragraph each (``paragraph_calls``): each paragraph is a
        call of its own, its steps merged apart from the others' (each call keeps its 公告, its 下旬 beside another
        call's day)."""
        heads = self.paragraph_calls(candidates)
        if heads:
            self.digest_cases = heads

    def paragraph_calls(self, candidates: list[Candidate]) -> list[int]:
        """The lines the paragraphs of a newsletter's or a mail's calls start at, each led by a mark and the call's name
        (「◆桜庭市『…冊子制作業務』公募型プロポーザル　参加申込は9月4日(金)まで、提案書は9月18日(金)正午まで」, its
        公告 and other steps in the lines under it) or by a number on a line of its own (「（１）紫苑市「…策定支援業務」」
        over its paragraph). Read so when two paragraphs at least each give an application and a proposal due, on days
        of their own (a notice's own 「◆業務の概要」「◆提出書類」 sections give its one deadline of each once); else []."""
        heads = []
        for index, line in enumerate(self.lines):
            if not line or line.lstrip()[:1] not in CALL_PARAGRAPH_NUMBERS or len(line) > CALL_PARAGRAPH_HEAD_MAX:
                continue
            head = CALL_PARAGRAPH.match(line)
            dated = self.read_dates(line) if head else []
            if head and CASE_WORK.search(line[head.start("name") : dated[0].start if dated else len(line)]):
                heads.append(index)
            elif not head and (numbered := CALL_NUMBERED_HEAD.match(line)) and CASE_WORK.search(numbered["name"]):
                below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
                if not self.read_dates(line) and below.strip() and not LIST_ITEM_LINE.match(below):
                    heads.append(index)  # (the paragraph right under its numbered head)
        if len(heads) < CASES_MIN:
            return []
        due: dict[tuple, set] = collections.defaultdict(set)  # the days papers are due, by paragraph and kind
        for candidate in candidates:
            if candidate.kind in ("application", "submission"):
                part = bisect.bisect_right(heads, candidate.line_no - 1)
                due[(part, candidate.kind)].add((candidate.mention.month, candidate.mention.day))
        calls = [part for part in range(1, len(heads) + 1) if (part, "application") in due and (part, "submission") in due]
        for kind in ("application", "submission") if len(calls) >= CASES_MIN else ():
            days = [due[(part, kind)] for part in calls]
            if len(set().union(*days)) != sum(map(len, days)):
                return []  # (the same day in two paragraphs: one call's steps, told again)
        if len(calls) < CASES_MIN:
            return []
        # 「４　前号掲載案件の変更について」「５　事務局だより」 after them: a section of the newsletter's own, no more
        # of the call above
        sections = [
            index
            for index in range(heads[0] + 1, len(self.lines))
            if NUMBERED_SECTION.match(line := self.lines[index])
            and len(line.strip()) <= SECTION_HEADING_MAX
            and not self.read_dates(line)
        ]
        return sorted({*heads, *sections})

    def featured_article(self, candidates: list[Candidate]) -> list[Candidate]:
        """A bulletin of numbered articles listed in its contents first (「目次」 / 「【3】 発注情報 …業務 … 2」, then
        「【3】 発注情報 …業務」 over the article): when one article alone names a work, the call is that article's; the
        others' dates (a seminar's 申込締切, a meeting held) are the bulletin's own news. What stands before the first
        article is kept."""
        heads = [
            (index, head) for index, line in enumerate(self.lines) if "【" in line[:6] and (head := CASE_HEAD.match(line))
        ]  # (an article's name may hold a year: 「【4】 令和8年度 第3回 講習会のご案内」)
        at = {index for index, _ in heads}
        # (a line of the contents: led by dots to its page, or one of a run of heads a line each, 「┏━━ 目次」 / 「┃【1】…」)
        contents = {index for index, head in heads if CONTENTS_LEADER.search(head["name"]) or index - 1 in at or index + 1 in at}
        listed = {head.group(0).split("】")[0].strip() for index, head in heads if index in contents}
        articles = [
            (index, head) for index, head in heads if index not in contents and head.group(0).split("】")[0].strip() in listed
        ]
        if len(articles) < CASES_MIN:
            return candidates
        working = [number for number, (_, head) in enumerate(articles, start=1) if CASE_WORK.search(head["name"])]
        if len(working) != 1:
            return candidates
        starts = [index for index, _ in articles]
        return in_part(candidates, starts, working[0])

    def closed_rounds(self) -> set[int]:
        """The lines of an earlier round of the call, closed, under a heading that says so (「【第1次募集】（受付は終了
        しました）」) when the text names another round: that round's 募集期間 and results, no step of this one. Its
        lines run from the heading to the next blank line or heading (the whole call closed, 「【募集終了】」, is kept)."""
        lines = self.lines
        closed: set[int] = self.closed_cases()
        rounds = {NUMERALS.get(m["number"], m["number"]) for line in lines if "第" in line for m in CALL_ROUND.finditer(line)}
        if len(rounds) < 2:
            return closed
        for index, line in enumerate(lines):
            if len(line) > ROUND_HEADING_MAX or "第" not in line or not ROUND_CLOSED.search(line):
                continue
            round_name = CALL_ROUND.search(line)
            if round_name is None or self.read_dates(line[: round_name.start()]):
                continue
            closed.add(index)
            for below in range(index + 1, min(index + 1 + ROUND_LINES_MAX, len(lines))):
                text = lines[below].strip()
                if not text or ROUND_HEADING.match(text) or CALL_ROUND.search(text[:ROUND_HEADING_MAX]):
                    break
                closed.add(below)
        return closed

    def times_by_item(self, candidates: list[Candidate]) -> list[Candidate]:
        """「開札　令和9年6月3日（木）下表のとおり」 over 「開札時刻 / 番号１　午前10時00分 / 番号２　午前10時30分」: a
        step of several items (lots, calls announced together) whose day is in the schedule and whose time is given per
        item in a small table below it (a heading that names a time, then one 「item time」 line each): one milestone
        per item, at its time."""
        result = []
        for candidate in candidates:
            mention, index = candidate.mention, candidate.line_no - 1
            line = self.lines[index] if 0 <= index < len(self.lines) else ""
            if mention.time is not None or not mention.day or not BY_TABLE.search(line[:LONG_LINE]):
                result.append(candidate)
                continue
            items: list[tuple[str, dt.time]] = []
            headed = False
            for below in self.lines[index + 1 : index + 1 + BY_TABLE_REACH]:
                row = ITEM_TIME.match(below) if len(below) <= SHORT_ITEM else None
                if row and headed:
                    items.append((row["item"], _time(row.groupdict())))
                    continue
                if items:
                    break  # (the table's end: 「開札場所 …」)
                headed = bool(TIME_HEADING.search(below)) and not self.read_dates(below)
            if len(items) < 2 or any(time is None or not LOT_NAME.search(item) for item, time in items):
                result.append(candidate)  # (「受付 13時00分」「開始 13時30分」: one event's hours, no items)
                continue
            for item, time in items:
                one = replace(
                    candidate, mention=copied(mention), label=f"{candidate.label}（{item}）", notes=list(candidate.notes)
                )
                one.mention.time, one.mention.precision = time, "datetime"
                result.append(one)
        return result

    def event_times_below(self, candidates: list[Candidate]) -> list[Candidate]:
        """「(1) 開催日時 6月11日(金)」 over 「説明会 午前10時から正午まで」 / 「現地見学会 午後2時から午後4時まで」: events
        held on one day, each at its own hours on a line of its own below the day: one milestone per event, at its
        start. (The schedule's 「説明会・現地見学会 6月11日」 then goes with the first, ``events_apart``.)"""
        result = []
        for candidate in candidates:
            mention, index = candidate.mention, candidate.line_no - 1
            if mention.time is not None or not mention.day or candidate.kind not in ("other", "hearing"):
                result.append(candidate)
                continue
            items: list[tuple[str, dt.time]] = []
            for below in self.lines[index + 1 : index + 1 + EVENT_ROWS_MAX]:
                row = EVENT_TIME_ROW.match(below) if len(below) <= SHORT_ITEM else None
                if row is None or self.read_dates(below):
                    break
                item = L.clean_label(row["item"])
                if not L.is_event(item) or L.kind_of(item) not in ("other", "hearing"):
                    break
                items.append((item, _time(row.groupdict())))
            if len(items) < 2 or len({item for item, _ in items}) < len(items) or any(t is None for _, t in items):
                result.append(candidate)
                continue
            for item, time in items:
                one = replace(candidate, mention=copied(mention), label=item, notes=list(candidate.notes))
                one.kind = L.kind_of(item)
                one.mention.time, one.mention.precision = time, "datetime"
                result.append(one)
        return result

    def times_by_reference(self, candidates: list[Candidate]) -> None:
        """「(3) 第1回質問」 / 「ア 提出期限 別紙2に示す期限の正午まで」 in the body, 「第1回質問の提出期限 12月25日」 in the
        schedule appended at the end: each step's section gives its hour, the day only by reference to the schedule. A
        step of the schedule without a time, the only one whose label names the section's step (a deadline for a
        deadline, an event for 「日時 別紙2に示す日の午前10時から」), takes that hour: a deadline's closing, an event's start."""
        untimed = [c for c in candidates if c.mention.time is None and c.mention.day and c.mention.precision == "date"]
        for index, line in enumerate(self.lines if untimed else []):
            if len(line) > SHORT_ITEM or not any(word in line for word in REFERRING_WORDS):
                continue
            referred = REFERRED_DAY.search(line)
            if referred is None or self.read_dates(line):
                continue
            rest = referred["rest"]
            below = self.lines[index + 1].strip() if index + 1 < len(self.lines) else ""
            if below and not OUTLINE_MARK.match(below) and not self.read_dates(below):
                rest += below  # (「…別紙2に示す期限の午後5時」 / 「までに辞退届を持参すること。」)
            clocks = list(CLOCK_RE.finditer(rest[:SHORT_ITEM]))
            if not clocks:
                continue
            event = referred["what"] in ("日", "日時") and rest[clocks[0].end() :].lstrip().startswith(("から", "~"))
            if event:
                time = _time(clocks[0].groupdict())
            else:
                closing = [m for m in clocks if rest[m.end() :].lstrip().startswith(("まで", "必着"))]
                time = _time(closing[-1].groupdict()) if closing else None
            heading = self.heading_above(index)
            step = REFERRED_ACT.sub("", L.unspaced(heading)) if heading else ""
            if time is None or len(step) < 2:
                continue
            key = L.unspaced(line[: referred.start()])
            deadline = not event or bool(L.DEADLINE_WORDS.search(key))
            named = [
                c
                for c in untimed
                if c.mention.time is None
                and step in L.unspaced(c.label)
                and (
                    (c.kind in ACCEPTED or c.window or bool(L.DEADLINE_WORDS.search(c.label)))
                    if deadline
                    else (L.is_event(c.label) and not L.DEADLINE_WORDS.search(c.label))
                )
                and c.kind != "answer"
            ]
            if len(named) == 1:
                named[0].mention.time, named[0].mention.precision = time, "datetime"

    def heading_above(self, index: int) -> str:
        """The words of the nearest item above line ``index`` of an outer style than its own (「(3) 第1回質問」 over
        「ア 提出期限 …」, or over a sentence of no mark)."""
        own = OUTLINE_MARK.match(self.lines[index])
        style = own.lastgroup if own else None
        for above in range(index - 1, max(-1, index - 1 - HEADING_REACH), -1):
            mark = OUTLINE_MARK.match(self.lines[above])
            if mark and mark.lastgroup != style:
                return L.clean_label(self.lines[above][mark.end() :])
        return ""

    def closed_cases(self) -> set[int]:
        """The rows under a list page's heading of calls already over (「【終了した案件】」「■受付を終了した調達」
        「過去の公告」) beside those still open: their dates (掲載日, 開札日) belong to calls no longer to act on. Its
        lines run from the heading to the next blank line or heading."""
        closed: set[int] = set()
        lines = self.lines
        for index, line in enumerate(lines):
            if len(line) > ROUND_HEADING_MAX or not (CLOSED_CASES.match(line) or EN_CLOSED_CASES.match(line)):
                continue
            before = set(closed)
            closed.add(index)
            ruled = index + 1 < len(lines) and RULE_LINE.fullmatch(lines[index + 1].strip()) is not None
            for below in range(index + 1 + ruled, min(index + 1 + CLOSED_CASES_MAX, len(lines))):
                text = lines[below].strip()
                if ruled and RULE_LINE.fullmatch(text):
                    break  # (a heading over a rule: its section runs to the rule that closes it, blank lines between)
                if not ruled and (not text or ROUND_HEADING.match(text)):
                    break
                closed.add(below)
            if index + 1 not in closed:  # (the heading alone over the cases it lists)
                closed |= self.cases_under(index)
            if EN_CLOSED_CASES.match(line):
                self.bulletin_sections |= closed - before
        return closed

    def cases_under(self, index: int) -> set[int]:
        """「【終了した案件】」 standing alone over the cases it lists, a blank line between (「◇案件番号：R9-OC-011【終了】」
        / 「　件名：…」 / 「　公示日：…」, a blank line, 「◇案件番号：R9-OC-010【終了】」 …): the blocks below it whose
        heads all start with one mark, another than the heading's own, each to its blank line; the first line after
        a blank that starts otherwise (「※…」「■ お問い合わせ」) ends them."""
        lines = self.lines
        heading = lines[index].strip()
        found: set[int] = set()
        mark = None
        below, end = index + 1, min(index + 1 + CLOSED_CASES_MAX, len(lines))
        while below < end:
            while below < end and not lines[below].strip():
                below += 1
            head = lines[below].strip()[:1] if below < end else ""
            if not CASE_MARK.match(head) or head == heading[:1] or (mark is not None and head != mark):
                break
            mark = head
            while below < end and lines[below].strip():
                found.add(below)
                below += 1
        return found

    def continuation_rows(self, index: int) -> list[str]:
        """The other rows of this row's group: its parent row and the rows with an empty first cell."""
        rows = []
        start = index
        while start > 0 and index - start < 8 and is_table_row(self.lines[start]) and not cells_of(self.lines[start])[0]:
            start -= 1
        if is_table_row(self.lines[start]):
            rows += self.lines[start:index]
        for line in self.lines[index + 1 : index + 8]:
            if not is_table_row(line) or cells_of(line)[0]:
                break
            rows.append(line)
        return rows


# 「第1次募集」「第２回公募」「第1期」: a round of a call (the number as written, kanji or figures)
CALL_ROUND = re.compile(
    r"第\s{0,2}(?P<number>[1-9]\d?|[一二三四五六七八九十])\s{0,2}(?:次|回|期)\s{0,2}(?:募集|公募|受付|申請|応募|分)"
)
NUMERALS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}
# 「（受付は終了しました）」「【終了】」「募集を締め切りました」: what a round's heading says of it once it is over
ROUND_CLOSED = re.compile(
    r"(?:受付|募集|応募|公募)?(?:は|を)?\s{0,2}(?:終了(?:しました|済み?)?|締め?切(?:り|りました)|締切済)|[【(\[]\s{0,2}終了\s{0,2}[】)\]]"
)
ROUND_HEADING = re.compile(r"[【◆■●◇□▼\[]")  # the next section's heading, which ends a closed round's lines
ROUND_HEADING_MAX = 60  # a heading line is this short at most
ROUND_LINES_MAX = 8  # a closed round's lines under its heading
# 「令和9年6月3日（木）下表のとおり」「別表参照」: the step's time (or more) is given in a table below it
BY_TABLE = re.compile(r"(?:下表|次表|別表|下記|以下)\S{0,2}(?:の)?(?:とおり|通り|参照)")
BY_TABLE_REACH = 12  # lines below the step where its table of times is looked for
LOT_NAME = re.compile(r"[0-9A-Za-z]|工区|ロット|区$")  # 「番号1」「第2」「A案件」「北工区」: an item that is a lot or a call
TIME_HEADING = re.compile(r"時刻|時間|日時|予定時")
# 「番号１　午前10時00分」「A案件 14:00～」: an item of that table, its name (one word) and its time alone
ITEM_TIME = re.compile(rf"^\s{{0,8}}(?P<item>[^\s:]{{1,24}})\s{{1,8}}{CLOCK}\s{{0,4}}(?:から|~)?\s{{0,4}}$")
# 「　　説明会　　午前10時から正午まで(市役所5階)」: an event of a day given above and the hours it is held
EVENT_TIME_ROW = re.compile(rf"^\s{{2,40}}(?P<item>[^\s:\d()]{{2,24}})\s{{1,8}}{CLOCK}\s{{0,4}}(?:から|~)")
EVENT_ROWS_MAX = 4  # the events of one day listed below it, at most
# 「別紙2に示す期限の正午まで」「スケジュール表のとおりの日の午前10時から」: a step's hour in the body, its day given
# only in the schedule it refers to
REFERRING_WORDS = ("別紙", "別表", "別添", "日程表", "スケジュール")
REFERRED_DAY = re.compile(
    r"(?:別紙|別表|別添|日程表|スケジュール(?:表)?)\s{0,2}\d{0,2}\s{0,2}(?:に示す|に記載の|記載の|のとおりの|に定める)"
    r"\s{0,2}[^\s、。の]{0,6}?(?P<what>期限|期日|日時|日|期間)の?\s{0,2}(?:各日)?(?P<rest>.*)$"
)
REFERRED_ACT = re.compile(r"の?(?:提出|受付|実施|開催|申込み?)$")  # 「提案書の提出」: the paper names the step
CLOCK_RE = re.compile(CLOCK)
HEADING_REACH = 8  # lines between an item and the heading it stands under, at most
# 「【終了した案件】」「■受付を終了した調達案件」「過去の入札公告」「締切済みの案件」: a list page's heading of calls over
CLOSED_CASES = re.compile(
    r"^\s{0,4}[【◆■●◇□▼\[]?\s{0,2}(?:(?:受付|募集|公募)?(?:を|が)?(?:終了した|終了済みの?|締め?切(?:った|られた|済みの?)|過去の)"
    r"|受付終了(?:の|した)?)\s{0,2}(?:案件|調達|公告|入札|募集)(?:案件|一覧|情報|等)?\s{0,2}[】\]]?\s{0,2}$"
)
CLOSED_CASES_MAX = 30  # a closed list's rows under its heading
# 「[RESULT] AWARD RESULTS」「[CANCELLED]」: an English bulletin's section of other tenders already awarded or called off,
# beside its new tender notice (not 「[RESULT]  2 award results」, a line of its contents that counts them)
EN_CLOSED_CASES = re.compile(r"^\s{0,4}\[\s?(?i:results?|award(?:ed|s)?|cancell?ed|cancell?ations?|closed)\s?\][^\d\[\]]{0,40}$")
CASE_MARK = re.compile(r"[◆◇■□●○◎▼▽◯〇]")  # 「◇案件番号：…」: the mark a listed case's head starts with

MONTH_CELL = re.compile(r"\s{0,4}(?:(?:令和|平成|R)\s{0,2}\d{1,2}\s{0,2}年|\d{4}\s{0,2}[年/.])\s{0,2}\d{1,2}\s{0,2}月?\s{0,4}")
PART_CELL = re.compile(r"\s{0,4}(?:上旬|中旬|下旬|初旬|末)\s{0,4}")


LOT_NUMBER = re.compile(r"[\d０-９一二三四五六七八九十A-ZＡ-Ｚ]+")


# 「第1回延長」「1回目変更」「再延長」「第2回訂正」: a column of one round of changes to the schedule
ROUND_COLUMN = re.compile(
    r"第\s?(?P<n>\d)\s?回\s?(?:目\s?)?の?(?:延長|延期|変更|訂正|修正)(?:後)?|(?P<m>\d)\s?回目\s?の?(?:延長|延期|変更|訂正|修正)(?:後)?"
    r"|(?P<again>再)(?:延長|延期|変更|訂正|修正)(?:後)?"
)
VERSION_HEAD_MAX = 16  # characters of a version column's name, its bracket left out, at most


def column_round(name: str) -> int | None:
    """The round of changes a column's name is of (「第1回延長」 1, 「再延長」 2), None for none."""
    found = ROUND_COLUMN.search(name)
    if found is None:
        return None
    return 2 if found.group("again") else int(found.group("n") or found.group("m"))


# 「変更後の日程（当初の日程）」「変更後（変更前）」: a column of the new dates, each with its old one in the bracket after it
# (「…まで（当初：7月31日）」): the bracket names what the cells add, the column holds the dates in force
NEW_WITH_OLD_HEAD = re.compile(rf"^[^()]{{0,12}}?(?:{AFTER_CHANGE})[^()]{{0,8}}\((?:{BEFORE_CHANGE}|当初|従前|旧)[^()]{{0,8}}\)$")


def new_with_old_in_bracket(name: str) -> bool:
    """A column's name says its cells give the new date and, in a bracket, the old: 「変更後の日程（当初の日程）」."""
    return bool(NEW_WITH_OLD_HEAD.search(nfkc(name).strip()))


def superseded_column(header: list[str], column: int) -> bool:
    """Column ``column`` holds dates that no longer hold: 「訂正前」「当初」「前回」, or an earlier round of changes than
    another column's (「当初 | 第1回延長 | 今回(第2回延長)」: the first extension's dates were extended again)."""
    name = header[column] or ""
    if new_with_old_in_bracket(name):
        return False
    if SUPERSEDED_COLUMN.search(name) and not (VERSION_COLUMN.search(name) and column_round(name)):
        return True  # (「今回(第2回延長)」 names the version in force, whatever the words in its bracket)
    if CALL_COLUMN.fullmatch(name.strip()) and any(
        other and VERSION_COLUMN.search(other) and not SUPERSEDED_COLUMN.search(other) for other in header[column + 1 :]
    ):
        return True  # 「Call (2 March 2026) | Now」: the call's own dates, a later column's in force
    this = column_round(name)
    if this is None:
        return False
    if VERSION_COLUMN.search(name) and not any((column_round(other or "") or 0) > this for other in header[column + 1 :]):
        return False  # (「第1回変更後 | 第2回変更後」: the dates after the first change, changed again in the later column)
    return any(
        (column_round(other or "") or 0) > this
        or (other and VERSION_COLUMN.search(other) and not SUPERSEDED_COLUMN.search(other))
        for k, other in enumerate(header)
        if k > column
    )


def signatory_line(line: str) -> bool:
    """「山吹市長 田中 一郎」「契約担当役 …」: a short line of who signs the notice, no step named in it."""
    text = line.strip()
    return len(text) <= SIGNATURE_MAX and bool(L.SIGNATORY.search(text)) and not L.kind_of(text)


def version_header(cells: list[str]) -> bool:
    """A table's first row names versions of its schedule, each with the date of the notice that set it: 「項目 |
    当初(令和8年5月15日公告) | 第1回延長(令和8年6月5日付け) | 今回(第2回延長)」: no step's date in it."""
    if len(cells) < 3 or not cells[0] or DATED_NAME.search(cells[0]):
        return False
    for cell in cells[1:]:
        name = BRACKETED.sub("", cell or "").strip()
        if not name or len(name) > VERSION_HEAD_MAX or DATED_NAME.search(name):
            return False
        if not (
            SUPERSEDED_COLUMN.search(name)
            or VERSION_COLUMN.search(name)
            or ROUND_COLUMN.search(name)
            or CALL_COLUMN.fullmatch(name)
        ):
            return False
    return True


DATED_NAME = re.compile(r"\d\s{0,2}[年月日/]")
BRACKETED = re.compile(r"\([^()]{0,40}\)")


def steps_across(header: list[str]) -> set[int]:
    """The columns of a header that names a call's work (「件名」「案件名」) and a step in each of several columns
    (「件名 | 公告日 | 質問締切 | 参加申込締切 | 提出締切 | ヒアリング」, a list of calls a row each): each such column's cells are that step's, a bare 「提出締切」 among named
    steps too (the paper each row's call has handed in last). Empty when fewer than three columns name a step by itself."""
    named = [(i, L.clean_label(name)) for i, name in enumerate(header) if name and len(name) <= HEADING_MAX]
    if not any(WORK_NAME.fullmatch(name) for _, name in named):
        return set()  # (「日付 | 公告・要項配布 | 質問・回答 | …」: a table of days, no list of calls)
    steps = {i for i, name in named if L.kind_of(name) and not L.WHEN_COLUMN.fullmatch(L.unspaced(name))}
    if sum(1 for i, name in named if i in steps and not L.is_generic(name)) < STEP_COLUMNS_MIN:
        return set()
    return steps


def lot_columns(header: list[str]) -> set[int]:
    """The columns of a table of steps × lots that name its lots: 「手続 | 第1工区 | 第2工区」「事項 | A地区 | B地区」,
    two at least, each naming no step and no date, the same words but their number (「第N工区」「N号線」)."""
    names = [(i, L.unspaced(nfkc(cell or "")).strip()) for i, cell in enumerate(header) if i]
    names = [(i, name) for i, name in names if name]
    if len(names) < 2 or any(L.kind_of(name) or HAS_DAY_COUNT.search(name) or len(name) > LOT_NAME_MAX for _, name in names):
        return set()
    shapes = {LOT_NUMBER.sub("#", name) for _, name in names}
    if len(shapes) != 1 or "#" not in next(iter(shapes)) or len({name for _, name in names}) != len(names):
        return set()
    return {i for i, _ in names}


def lot_step(step: str, lot: str) -> str:
    """「ヒアリング 第1号 8月17日」 / 「第2号 8月18日」: the step above, of the lot ``lot`` when the step's last word is
    another lot of the same series (the same words but their number: 「第1号」「第2号」, 「A工区」「B工区」)."""
    words = SPACES_RUN.split(step.strip())
    name, own = L.unspaced(nfkc(words[-1])), L.unspaced(nfkc(lot))
    if len(words) < 2 or not own or name == own or len(own) > LOT_NAME_MAX or L.kind_of(own):
        return step
    shape = LOT_NUMBER.sub("#", own)
    if "#" not in shape or shape == "#" or LOT_NUMBER.sub("#", name) != shape:
        return step
    return " ".join([*words[:-1], lot])


def month_part_across_cells(cells: list[str]) -> list[str]:
    """「| 契約締結（予定） | 2026/3 | 中旬 | |」: a month and its part in two cells (the part under 「曜日」), as one date."""
    if not any(PART_CELL.fullmatch(cell) for cell in cells[1:]):
        return cells
    joined = list(cells)
    for index in range(len(cells) - 1):
        if MONTH_CELL.fullmatch(cells[index]) and PART_CELL.fullmatch(cells[index + 1]):
            month, part = cells[index].strip(), cells[index + 1].strip()
            joined[index] = f"{month}/{part}" if month[-1:].isdigit() and "/" in month else f"{month}{part}"
            joined[index + 1] = ""
    return joined


# a cell's date that starts at a time, with no end: 「令和8年10月2日(金)午後1時から(時間割は別途通知)」
EVENT_START_CELL = re.compile(r"(?:\d\s{0,2}[時分]|:\d{2}|正午)\s{0,2}(?:~|から)\s{0,2}(?!\s|午[前後]|\d|正午)")


def window_across_cells(cells: list[str], read_dates) -> list[str]:
    """「| 6月1日(月) | ～ | 6月12日(金) | 参加申込 |」: a window whose two ends stand in two cells, as one cell."""
    dated = [i for i, c in enumerate(cells) if c and read_dates(c)]
    if len(dated) != 2:
        return cells
    first, last = dated
    between = "".join(cells[first + 1 : last]).strip()
    joined = cells[first].rstrip().endswith(("~", "から")) or cells[last].lstrip().startswith("~") or between in ("~", "から")
    if not joined or between not in ("", "~", "から"):
        return cells
    if EVENT_START_CELL.search(cells[last]):
        return cells  # 「9月25日(金)午前9時30分から | 10月2日(金)午後1時から」: two starts (a change's old and new), no window
    if runs_back(read_dates(cells[first])[-1], read_dates(cells[last])[0]):
        return cells  # 「2026/7/29(水) 13:30～ | 7/24(金)リハ」: the event starts at 13:30; the next cell is another column's day
    window = f"{cells[first].rstrip().rstrip('~').removesuffix('から').rstrip()}~{cells[last].lstrip().lstrip('~').lstrip()}"
    return [*cells[:first], window, *[""] * (last - first), *cells[last + 1 :]]


WINDOW_BACK_DAYS = 60  # an end this many days or fewer before the start reads as no end (a window may run over New Year)


def runs_back(start: Mention, end: Mention) -> bool:
    """Whether ``end``, read in ``start``'s year when it gives none, falls shortly before ``start``: no window's end."""
    if start.year is None or not (start.month and start.day and end.month and end.day):
        return False
    try:
        begun, ended = dt.date(start.year, start.month, start.day), dt.date(end.year or start.year, end.month, end.day)
    except ValueError:
        return False
    return 0 < (begun - ended).days <= WINDOW_BACK_DAYS


MAIL_HEADER = re.compile(
    r"^[\s>]{0,8}(?:From|To|Cc|Date|Sent|Subject|差出人|送信者|宛先|送信日時|送信日|日時|日付|件名|CC)\s{0,2}[:：]", re.IGNORECASE
)
EARLIER_MAIL_DAYS = 180  # days a mail of the thread was sent before its latest one that make it an earlier round's
MAIL_HEADER_KEYS = ("from", "to", "subject", "差出人", "送信者", "宛先", "件名")


# 「件名: Fw: 【見積依頼】…」 and 「-----Original Message-----」: a mail passed on, the words above the mark the forwarder's own
FORWARDED_SUBJECT = re.compile(rf"^\s{{0,8}}{SUBJECT}\s{{0,4}}(?:Fwd?|FW|転送)\s{{0,2}}[:：]", re.IGNORECASE)
REPLY_SUBJECT = re.compile(rf"^\s{{0,8}}{SUBJECT}\s{{0,4}}(?:RE|返信)\s{{0,2}}[:：]", re.IGNORECASE)
QUOTED_SENDER = re.compile(r"^>\s{0,4}" + SENDER_KEY, re.IGNORECASE)
FORWARD_MARK = re.compile(rf"^[\s>]{{0,8}}-{{2,}}\s{{0,4}}{FORWARD_WORDS}\s{{0,4}}-{{2,}}\s*$", re.IGNORECASE)


# 「○真柴学校給食センター整備室長　それでは、…」: a speaker's turn in the record of a council's or committee's meeting
SPEAKER_TURN = re.compile(r"^[○◯〇◎]\s?[^\s○◯〇◎「」()]{2,30}\s")
SPEAKER_TURNS_MIN = 3  # turns a record of a meeting has at least


def speaker_turns(lines: list[str]) -> list[int]:
    """The lines where a speaker's turn starts (「○浅葱委員 …」), in a record of a meeting; [] for other text."""
    turns = [index for index, line in enumerate(lines) if line[:1] in "○◯〇◎" and SPEAKER_TURN.match(line)]
    return turns if len(turns) >= SPEAKER_TURNS_MIN else []


# 「オンラインセミナー「…」を6月16日に開催します」「第3回実務講習会を開催いたします」: an event of the writer's own
OWN_EVENT_WORDS = r"(?:セミナー|ウェビナー|講習会|研修会|勉強会|講演会|交流会|個別相談会|総会)"
OWN_EVENT = re.compile(rf"{OWN_EVENT_WORDS}[^。]{{0,40}}?を[^。]{{0,48}}?開催(?:します|いたします|する予定|予定)")
EVENT_HEADING_MAX = 40  # the heading over an event's line that may name it, at most
# 「（２）入札実務研修会（第１回）」: a heading that names the event itself, the event's word last (its round in a bracket
# after it); not a call's name that holds the word, 「（２）職員研修会運営業務」 over 「ヒアリングを…に開催する予定です。」
EVENT_HEADING_END = re.compile(rf"{OWN_EVENT_WORDS}\s{{0,2}}(?:[(（][^()（）]{{0,12}}[)）])?$")
CALL_PAPER = re.compile(r"提案書|企画書|参加表明|参加申請|入札書|見積書|質問|申請書")


RESTATED_MIN = 2  # the forwarder's note repeats this many of the forwarded mail's steps, day and time, at least


def restates(candidates: list[Candidate], forwarded: int) -> bool:
    """Whether the forwarder's note above the mark restates the call's schedule (「日程表をExcelから貼ります」: a table
    of the call's steps, its 参加申込 and 提案書 on the very days and times the forwarded mail gives): the note's steps
    are then the call's own, not the forwarder's tasks."""
    below = {(c.kind, c.mention.date(), c.mention.time) for c in candidates if c.line_no > forwarded}
    same = {
        (c.kind, c.mention.date(), c.mention.time)
        for c in candidates
        if c.line_no < forwarded and c.mention.explicit_year and (c.kind, c.mention.date(), c.mention.time) in below
    }
    return len(same) >= RESTATED_MIN


ASKED_STEPS_MAX = 1  # steps the quoted mail a reply answers holds, at most (its asker's own day, 「our board meets on」)
TOLD_KINDS_MIN = 3  # kinds of step the reply tells, at least, to be an account of the call


def answers_quoted_ask(candidates: list[Candidate], quoted: int) -> bool:
    """Whether a reply (「Subject: RE: …」) above the mail it quotes is the account of the call the quoted mail asked for
    (「Could you send us the key dates?」 answered with 「- Questions: Wed 1/20, 17:00」「- Answers: by Wed 1/27」 …): the
    reply tells steps of several kinds, the quoted ask one day at most (the asker's own, 「our bid board meets on
    Thursday 21 January」). The reply's steps are then the call's, not a forwarder's tasks over the issuer's mail."""
    below = [c for c in candidates if c.line_no > quoted]
    told = {c.kind for c in candidates if c.line_no < quoted}
    return len(below) <= ASKED_STEPS_MAX and len(told) >= TOLD_KINDS_MIN


REPLY_CHANGE = re.compile(r"(?:変更|訂正|修正)[前後]|→|⇒")


def moves_quoted_steps(candidates: list[Candidate], above: list[str], superseded: set) -> bool:
    """Whether the reply above the quoted mail moves a step of it itself (the issuer's 「RE: 提出期限の延長について」
    with 「（変更前）12月4日 / （変更後）12月11日」 over the call it sent first): the reply's steps are then the latest
    word on the call, not a forwarder's own tasks (a correction the quoted mail makes leaves the reply a note)."""
    kinds = {step[0] for step in superseded}
    if not kinds or not any(REPLY_CHANGE.search(line) for line in above):
        return False
    return any(c.line_no <= len(above) and c.kind in kinds for c in candidates)


# 「the internal deadline for proposal drafts」「send me your draft sections by …」: a note's step of the team forwarding
# the call (its own work towards the call), no step of the call moved
NOTE_OWN_STEP = re.compile(r"(?i:\b(?:internal(?:ly)?|drafts?)\b)")


def note_moves_call(candidates: list[Candidate], lines: list[str], forwarded: int, superseded: frozenset = frozenset()) -> bool:
    """Whether the note above a forwarded call moves the call's steps, in English (「Please note the proposal deadline
    has been extended to 5:00 p.m., Friday, May 14, 2027」「- Online interviews: Tuesday, June 8, 2027 (originally
    Monday, May 24, 2027)」 over the call as first sent): the issuer's notice of a change, its quoted call the schedule
    before it. It holds where the note tells a step of a kind the call has on another day, in the closed vocabulary
    of a change (``EN_MOVES_STEP``), and the forwarded call itself speaks of no change."""
    moving = {  # (lines from 1; 「please send me your draft by Monday, May 10 instead of …」: the team's own step)
        number
        for number in range(1, forwarded)
        if EN_NOTE_MOVES_STEP.search(lines[number - 1]) and not NOTE_OWN_STEP.search(lines[number - 1])
    }
    # 「NEW: Friday, 25 June 2027, 5 pm JST」 over 「(previously: Friday, 18 June 2027, 5 pm JST)」: the old value in brackets
    # under the new one, the line above the one that moves the step
    moving |= {number - 1 for number in moving if number > 1 and lines[number - 1].lstrip()[:1] == "("}
    if not moving or any(EN_MOVES_STEP.search(line) for line in lines[forwarded:]):
        return False  # (a change forwarded, with a colleague's note over it: the change below is the word)
    quoted = {(c.kind, c.mention.date()) for c in candidates if c.line_no > forwarded}
    # (the steps the note gives the old day of, 「(previously: Friday, 18 June 2027)」, the quoted call's too, its row of
    # that day dropped as superseded)
    kinds = {kind for kind, _ in quoted} | {kind for kind, *_ in superseded}
    return any(
        c.line_no in moving and c.kind in kinds and (c.kind, c.mention.date()) not in quoted
        for c in candidates
        if c.line_no < forwarded
    )


# 「2026/06/01 11:05 に 事業推進課 さんは書きました:」「On Mon, 1 Jun 2026 at 11:05, Contracts <…> wrote:」: a reply's
# line over the mail it quotes, when that mail was sent (「> 2027年1月12日(火) 15:22 高野 誠 <takano@…>:」: the day, the
# time and the sender, the verb left out)
REPLY_ATTRIBUTION = re.compile(
    r"(?:書きました|wrote)\s{0,2}[:：]\s*$"
    r"|^[\s>]{0,8}\d{4}\s{0,2}[年/.-]\s{0,2}\d{1,2}\s{0,2}[月/.-]\s{0,2}\d{1,2}\s{0,2}日?\s{0,2}(?:\([^()]{1,4}\))?,?\s{0,2}"
    r"\d{1,2}:\d{2}(?::\d{2})?,?\s{1,4}[^\s\d:：()]{1,12}(?:\s{1,2}[^\s\d:：()]{1,12})?\s{0,4}[:：]\s*$",
    re.IGNORECASE,
)


def mail_headers(lines: list[str]) -> set[int]:
    """The lines of an e-mail's headers (「差出人:」「送信日時:」「件名:」, also quoted with >) and a reply's line over the
    mail it quotes (「… さんは書きました:」): when a mail was sent is no step of the call. A 「日時:」 line counts only
    beside a sender, addressee or subject line."""
    attributions = {
        index for index, line in enumerate(lines) if line[-12:].rstrip().endswith((":", "：")) and REPLY_ATTRIBUTION.search(line)
    }
    keyed = [index for index, line in enumerate(lines) if ":" in line[:16] or "：" in line[:16]]
    keyed = [index for index in keyed if MAIL_HEADER.match(lines[index])]
    if len(keyed) < 2:
        return attributions
    # (a header stands among others, or in the text's head: 「本文抜粋：」 / 「件名：県広報誌…業務　担当：…　公告：R8.11.12 …」
    # alone far below, a feed's item's fields, is no mail's subject)
    paired = {at for above, below in zip(keyed, keyed[1:]) if below - above <= 3 for at in (above, below)}
    addressing = {
        index
        for index in keyed
        if lines[index].lstrip(" >").lower().startswith(MAIL_HEADER_KEYS) and (index < HEAD_LINES or index in paired)
    }
    # (each header within three lines of an addressing one: looked up by its neighbours, not against every one)
    return attributions | {index for index in keyed if any(index + gap in addressing for gap in range(-3, 4))}


def year_before_dates(head: str) -> dt.date | None:
    """The year a schedule run onto one line states before its first date (「スケジュール 2027年(令和9年) 7月5日」)."""
    stated = YEAR_BEFORE_DATES.search(head, max(0, len(head) - 40)) if "年" in head[-40:] else None
    if stated is None:
        return None
    era = stated.group("era")
    return dt.date(ERA_BY_NAME[era].offset + int(stated.group("eyear")) if era else int(stated.group("year")), 7, 1)


def call_periods(candidates: list[Candidate], change_notice: bool = False) -> list[Candidate]:
    """「公募期間 11月26日～12月10日」: its end is the deadline of what is handed in (submission), unless the notice
    names a step handed in by that day (参加意思表明書 12月10日17時); then the window says only when the call opened
    (published, its start). When no step of the notice names the call's opening (公告日, 募集開始), the window's start
    is that opening too (「■公募期間 1月12日から2月12日午後5時まで」: the call opens then and closes then), while its end
    stands (not the old window a change notice quotes). A change notice's call opened before it, with the notice it
    changes: a window it moves (「…入札書の提出期間…中「…」を「6月14日午前9時から6月15日午後5時まで」に改める」) opens no call."""
    if not any(c.call_period for c in candidates):
        return candidates
    handed_in = {c.mention.date() for c in candidates if c.kind in ("application", "submission") and not c.call_period}
    ends = {c.line_no: c.mention.date() for c in candidates if c.call_period == "end"}
    opened = change_notice or any(c.kind == "published" and not c.call_period for c in candidates)
    return [
        c
        for c in candidates
        if c.call_period is None
        or (c.call_period == "end" and c.mention.date() not in handed_in)
        or (c.call_period == "start" and (ends.get(c.line_no) in handed_in or (not opened and c.line_no in ends)))
    ]


RECORD_PAGE_KEY = 24  # characters of a record's field name, its colon included
RECORD_PAGE_FIELD = re.compile(r"^\s{0,4}(?P<name>[^:\s][^:]{0,22}?)\s{0,2}:\s{0,2}(?P<value>\S.*)")
# 「| 案件名 | ステータス | … | 社内締切 | 担当 |」: a list of calls a team keeps (a Notion database, a sheet), whose columns
# say where the team stands and who of it does each
TRACKER_COLUMN = re.compile(r"担当者?|" + STATUS_COLUMN.pattern)
TRACKER_HEADER_REACH = 3  # lines above a list's first row its header stands within


def tracker_header(lines: list[str], first: int) -> int | None:
    """The line of the header of a team's own list of calls whose first row is line ``first``: just above, with a
    column of the team's (``TEAM_COLUMN``) or of its members' and status (``TRACKER_COLUMN``); else None."""
    for index in range(first - 1, max(-1, first - 1 - TRACKER_HEADER_REACH), -1):
        cells = cells_of(lines[index]) if is_table_row(lines[index]) else []
        names = [L.unspaced(cell) for cell in cells if cell and len(cell) <= TEAM_COLUMN_MAX]
        if any(TEAM_COLUMN.fullmatch(name) for name in names) or sum(bool(TRACKER_COLUMN.fullmatch(n)) for n in names) >= 2:
            return index
    return None


# 「失注」「見送り」「辞退」「受注」「完了」 in a team's list of calls, its status column: the call is over for the team (lost,
# passed, won, closed), its row an earlier call's, no step to come (not 「準備中」「提出済」「資格確認申請済」)
CALL_OVER_STATUS = re.compile(
    r"失注|受注|落札|辞退|見送り?|不参加|不採択|不調|中止|取り?下げ|終了|完了|(?i:\b(?:lost|won|declined|closed|done)\b)"
)
CALL_OVER_STATUS_MAX = 16  # characters of such a status cell
# 「※2行目・3行目は同じ発注者の過去案件（参考）です。」: a note under (or over) a team's list that names its rows of earlier
# calls, by their order (「2行目」「2～3行目」) or their first cell (「A-2025-310」)
PAST_ROWS_NOTE = re.compile(r"過去(?:の)?(?:案件|事例|実績|公募|入札)|参考")
NOTED_ROWS = re.compile(r"[\d・、,，～〜~\-\s]{1,24}行目")
PAST_ROWS_NOTE_MAX = 200  # characters of such a note's line
NOTED_ROW_REACH = 3  # lines after a list's last row (or before its header) its note stands within
ROW_ID_MIN = 3  # characters of a first cell a note names a row by (not a bare 「2」)


def noted_rows(note: str) -> set[int]:
    """The rows (1 the first under the header) a note names by their order: 「2行目・3行目」「2～4行目」."""
    rows: set[int] = set()
    for run in NOTED_ROWS.finditer(note):
        numbers = [int(n) for n in re.findall(r"\d{1,3}", run.group())]
        ranged = len(numbers) == 2 and any(mark in run.group() for mark in "～〜~-")
        rows.update(range(numbers[0], numbers[1] + 1) if ranged and numbers[0] < numbers[1] else numbers)
    return rows


def tracker_rows(candidates: list[Candidate], lines: list[str]) -> list[Candidate]:
    """A team's own list of calls (``tracker_header``) pasted under a memo of one call: a row whose status says the call
    is over for the team (``CALL_OVER_STATUS``) or that a note beside the list calls an earlier call's (「※2行目・3行目は
    …過去案件（参考）です」) gives no step to come; the row of the memo's own call, whose dates the memo's schedule gives
    already (two or more of them), adds none of those again (its 「申込期限」 beside the memo's 「参加申込書の提出期限」)."""
    rows = sorted({c.line_no - 1 for c in candidates if c.work})
    if not rows:
        return candidates
    dropped: set[int] = set()
    copies: set[int] = set()
    at = 0
    while at < len(rows):
        first = rows[at]
        header = tracker_header(lines, first)
        last, at = first, at + 1
        while at < len(rows) and rows[at] - last <= 1 + TRACKER_HEADER_REACH and is_table_row(lines[rows[at]]):
            last, at = rows[at], at + 1
        if header is None:
            continue
        names = [L.unspaced(cell) for cell in cells_of(lines[header])]
        status = [i for i, name in enumerate(names) if len(name) <= TEAM_COLUMN_MAX and STATUS_COLUMN.fullmatch(name)]
        table = [i for i in range(header + 1, last + 1) if is_table_row(lines[i]) and not separator_row(lines[i])]
        notes = [
            lines[i]
            for i in (
                *range(max(0, header - NOTED_ROW_REACH), header),
                *range(last + 1, min(len(lines), last + 1 + NOTED_ROW_REACH)),
            )
            if len(lines[i]) <= PAST_ROWS_NOTE_MAX and PAST_ROWS_NOTE.search(lines[i]) and not is_table_row(lines[i])
        ]
        noted = {n for note in notes for n in noted_rows(note)}
        for number, index in enumerate(table, 1):
            cells = cells_of(lines[index])
            said = [cells[i] for i in status if i < len(cells) and len(cells[i]) <= CALL_OVER_STATUS_MAX]
            key = cells[0] if cells and len(cells[0]) >= ROW_ID_MIN else ""
            if (
                any(CALL_OVER_STATUS.search(cell) for cell in said)
                or number in noted
                or (key and any(key in note and "過去" in note for note in notes))
            ):
                dropped.add(index)
            else:
                copies.add(index)
    if dropped:
        candidates = [c for c in candidates if c.line_no - 1 not in dropped]
    if not copies:
        return candidates
    told = {step_point(c) for c in candidates if c.line_no - 1 not in copies and c.line_no - 1 not in dropped}
    repeated = collections.Counter(c.line_no - 1 for c in candidates if c.line_no - 1 in copies and step_point(c) in told)
    return [c for c in candidates if not (repeated[c.line_no - 1] >= ROW_COPY_MIN and step_point(c) in told)]


ROW_COPY_MIN = 2  # dates of a list's row the memo's own schedule gives, at least, for the row to be the memo's call's


def step_point(candidate: Candidate) -> tuple:
    """When a candidate falls: its day, how precisely and its time."""
    mention = candidate.mention
    return (mention.date(), mention.precision, mention.time)


def this_call(candidates: list[Candidate], lines: list[str]) -> list[Candidate]:
    """A page that lists several calls (「No. | 公告日 | 工事名 | 参加申請期限 | 開札日」) above one call's notice: the
    rows of the calls the rest of the page never names again are other calls' steps. A list named nowhere else
    (a page of calls only) is kept whole."""
    works = {c.work for c in candidates if c.work}
    if not 2 <= len(works) <= WORKS_MAX:
        return candidates
    rows = {c.line_no - 1 for c in candidates if c.work}
    if tracker_header(lines, min(rows)) is not None:
        return candidates  # (a team's list of the calls it follows, one's page below it: each row a call of its own)
    rest = "\n".join(line for index, line in enumerate(lines) if index not in rows)
    named = {work for work in works if work in rest}
    if not named or named == works:
        return candidates
    return [c for c in candidates if c.work is None or c.work in named]


def on_notice_day(candidate: Candidate, issued: dt.date | None) -> Candidate:
    """A publication window opened by the notice itself (「告示日から2月5日まで」) starts on the notice's date."""
    if candidate.from_notice is None or issued is None:
        return candidate
    day = issued + dt.timedelta(days=candidate.from_notice)
    mention = copied(candidate.mention)
    mention.year, mention.month, mention.day, mention.explicit_year = day.year, day.month, day.day, True
    mention.time, mention.precision, mention.weekday = None, "date", None
    return replace(candidate, mention=mention, window=True)


def object_of_act(act: str, clause: str) -> str:
    """「公募設置等計画の認定」 in 「…公募設置等計画の認定の申請を受け」: the step ``act`` (a noun, 認定) of what ``clause``
    names it of, when that names a step; '' when the clause names none."""
    at = clause.find(f"の{act}")
    whom = OBJECT_RUN.search(clause, max(0, at - OBJECT_MAX), at) if at > 0 else None
    step = f"{whom.group()}の{act}" if whom else ""
    return step if L.kind_of(step) and not L.is_not_milestone(step) else ""


def attached_to(clause: str) -> str:
    """A clause without the papers it attaches (「…申請書（様式2）にカタログ及び仕様書を添えて」: 「…申請書（様式2）に」);
    '' when it names no other paper (「導入実績が分かる書類を添えて」)."""
    attached = ATTACHED.search(clause)
    if attached is None:
        return clause
    main = PAPER_TO.search(clause, 0, attached.start())
    return main.group() if main else ""


def handed_in(clause: str, after: str) -> str:
    """The paper a clause hands in, when it names the clause's step: 「辞退届（様式第4号）を持参又はFAXにより提出すること」,
    「見積参加申込書（様式第1号）に」「質問書（様式第3号）に記入のうえ」 before 「…提出してください」; else ''."""
    clause = L.clean_label(clause)
    verb = HANDED_IN.search(clause)
    alone = PAPER_CLAUSE.match(clause) if verb is None and SENDING.search(after) else None
    document = DOCUMENT_END.search(clause[: verb.start()]) if verb is not None else alone
    paper = (document.group("paper") if alone else document.group()) if document else ""
    kind = L.kind_of(paper) if paper else None
    return paper if kind and kind == L.kind_of(clause) == L.kind_of(f"{paper}の提出") else ""


def counted_day(head: str, tail: str, mention: Mention | None = None) -> tuple[str, str]:
    """「（2）提出期限　公告日から起算して10日目（6月12日（木））の午後5時まで」「回答は、質問期限の翌日（6月19日）までに」:
    a day counted from another step (RELATIVE_DAY) and given in brackets is the day of the step named before the
    counting words, as if written 「提出期限　6月12日（木）午後5時まで」; head and tail without the counting words
    and the bracket (with the time after it, which the date has read). Without a bracket (「提案書期限の8日後 ▸
    6月15日(火) ▸ プレゼンテーション」) the head without the counting words. Else both as they were."""
    at = max(0, len(head) - RELATIVE_REACH)
    counted = RELATIVE_DAY.search(head, at) or COUNTED_THEN_BRACKET.search(head, at)
    if counted is None:
        return head, tail
    if not counted.group("bracket"):
        return head[: counted.start()], tail
    closed = BRACKET_CLOSED.match(tail)
    if closed is None:
        return head, tail
    between = counted.groupdict().get("between") or ""
    clock = TIME_ONLY_IN.search(between) if mention is not None and mention.time is None and mention.day else None
    if clock and not closed.group("time"):  # 「公告日から7日目の午後5時まで［5月23日（火）］」: the time before the day
        mention.time, mention.precision = _time(clock.groupdict()), "datetime"
    rest = tail[closed.end() :]
    if closed.group("time"):  # 「午後1時30分から午後2時30分まで」: the event's end time, read with its start
        ranged = TIME_RANGE_TAIL.match(rest)
        rest = rest[ranged.end() :] if ranged else rest
    return head[: counted.start()], rest


def closed_day(text: str, found: list[Expression], number: int, ends: dict[int, int] | None = None) -> bool:
    """Date ``number`` of the line is a day the office is closed or nothing is received (CLOSED_AFTER), also as one of
    several days listed together (「3月21日(日)及び3月22日(月)は…」). ``ends``: the last day of each date's list, kept
    for the dates after it (a long list of days is walked once, not again from each of its days)."""
    last = ends.get(number) if ends is not None else None
    if last is None:
        last = number
        while last + 1 < len(found) and CONNECTOR.match(text[found[last].end : found[last + 1].start].strip()):
            last += 1
        if ends is not None:
            ends.update(dict.fromkeys(range(number, last + 1), last))
    return bool(CLOSED_AFTER.match(text[found[last].end : found[last + 1].start if last + 1 < len(found) else len(text)]))


def other_steps_note(text: str, kind: str) -> bool:
    """「※企画提案書は、受付期間の最終日は正午までとします」: a note of the last day of another kind of step's windows."""
    note = FINAL_DAY_NOTE.search(text) if "最終日" in text else None
    topic = L.kind_of(L.clean_label(note["topic"])) if note else None
    return topic is not None and topic != kind


def step_day(kind: str, mention: Mention) -> tuple:
    """A step's date as written, whatever its year or time: 「10月16日」 of a submission, 「6月中旬」 of a result."""
    return kind, mention.month, mention.day, mention.precision if mention.precision.endswith("month") else "day"


STEP_WORDS = 4  # characters two labels of one step share at least (「基本協定の締結」 and 「仮契約の締結」 share none)


def former_step(tail: str) -> str:
    """「（6月16日）に予定していた本件の開札は、…延期します」: the step whose planned date the words after it call off or
    move, named right after the clause; else ""."""
    plan = FORMER_PLAN.match(tail)
    named = FORMER_STEP.match(tail, plan.end()) if plan else None
    return L.clean_label(named["step"]) if named and L.kind_of(named["step"]) else ""


def day_mention(day: dt.date) -> Mention:
    """A mention of ``day`` as a notice writes it, its year written."""
    return find_mentions(f"{day.year}年{day.month}月{day.day}日")[0]


def keyed_bare_days(cell: str, mentions: list[Mention]) -> list[Mention]:
    """「質問回答 10/15 市HP掲載」「一次審査（書類）結果通知 10/26予定」 in a list of calls' remarks: a month and day with
    no weekday nor time (read as no date elsewhere: a fraction's form) right after a step's name, that step's day."""
    found = []
    for bare in BARE_MONTH_DAY.finditer(cell):
        if any(m.start <= bare.start() < m.end for m in mentions):
            continue
        # (the key ends at the day, 26 characters at most: looked for there, each day's look as short as the key)
        key = REMARK_KEY.search(cell, max(0, bare.start() - REMARK_KEY_REACH), bare.start())
        if key is None or not L.kind_of(key.group()) or L.is_not_milestone(key.group()):
            continue
        read = dates_in(f"{int(bare['month'])}月{int(bare['day'])}日")
        if len(read) == 1 and read[0].day:
            found.append(replace(read[0], start=bare.start(), end=bare.end()))
    return found


QUOTE_MARKS = re.compile(r"[「」『』]")


def date_own_words(cell: str, found: list[Expression], number: int) -> str:
    """The step the date ``number`` of a cell of several names in its own item (「6月下旬 審査結果／7月上旬 契約予定」:
    the words after it to the next slash or date, or before it from the slash or date before); '' when they name none."""
    expression = found[number]
    head = cell[found[number - 1].end if number else 0 : expression.start]
    tail = cell[expression.end : found[number + 1].start if number + 1 < len(found) else len(cell)]
    for words in (ITEM_SLASH.split(head)[-1], ITEM_SLASH.split(tail, maxsplit=1)[0]):
        words = L.clean_label(words.strip(" 、,。"))
        if words and L.kind_of(words) and not L.is_not_milestone(words):
            return words
    return ""


def own_item(before: str, after: str) -> str:
    """The words of a clause about a date (``before`` it and ``after`` it, 「|」 between), cut at the slashes that part
    a remark's items (「質問〆6/10(木)12:00／回答6/15(火)予定／参加表明6/14(月)17時／社内レビュー6/21(月)」: the team's
    own review is an item of its own, no word of the steps beside it; a date's own slashes stay) and at the end of the
    bracket the date stands in."""
    if "/" in before:
        before = ITEM_SLASH.split(before)[-1]
    if "/" in after:
        after = ITEM_SLASH.split(after, maxsplit=1)[0]
    if before.rfind("(") > before.rfind(")") and ")" in after:  # (「（申込は10/5(火)17:00まで） 提案書は… 社内締切 10/22」:
        after = after[: after.index(")")]  # the aside's words end at its bracket)
    return f"{before}|{after}"


# the steps of a call's entry: its questions, their answers, the entry itself (not the later stages of its selection)
ENTRY_KINDS = frozenset({"published", "question", "answer", "application"})


def entered_before(entry: list[Candidate], timeline: list[Candidate]) -> bool:
    """「3. HOW TO EXPRESS INTEREST」 (questions by 29 September, the EOIs by 8 October) over 「4. SELECTION PROCESS AND
    TIMELINE」 (shortlisting by 15 October, interviews, contract): one call's sections between rules, the first giving
    the entry, the next its selection from there on. ``entry`` (the steps of the section before the one with the most)
    are the call's own when they are all entry steps the timeline lacks, each before the timeline's first day (a
    newsletter's other article, a seminar's, a survey's, names steps of other kinds or days among the call's)."""
    kinds = {c.kind for c in entry}
    if not kinds <= ENTRY_KINDS or kinds & {c.kind for c in timeline} or not timeline:
        return False
    first = min((c.mention.date() for c in timeline if c.mention.date()), default=None)
    return first is not None and all(c.mention.date() and c.mention.date() < first for c in entry)


def in_part(candidates: list[Candidate], starts: list[int], *parts: int) -> list[Candidate]:
    """The candidates of one part of a text cut at ``starts`` (an article, a case of a digest), or of several
    (``parts``), and of what stands before its first part."""
    return [c for c in candidates if part_of(c, starts) in (0, *parts)]


def part_of(candidate: Candidate, starts: list[int], tagged: dict[int, int] | None = None) -> int:
    """The part of a text cut at ``starts`` a candidate stands in, from 1 (0: what stands before the first), or the one
    its line tags by number (``tagged``: a digest's calendar above its cases, ``Reader.case_tagged``)."""
    line = candidate.line_no - 1
    return (tagged and tagged.get(line)) or bisect.bisect_right(starts, line)


def each_part(rule, candidates: list[Candidate], starts: list[int], tagged: dict[int, int] | None = None) -> list[Candidate]:
    """``rule``, a filter of the candidates of one part of a text cut at ``starts`` (``part_of``), kept to each part on
    its own (one call's of a digest of several); the candidates it keeps, in their order."""
    parts = collections.defaultdict(list)
    for candidate in candidates:
        parts[part_of(candidate, starts, tagged)].append(candidate)
    kept = {id(candidate) for part in parts.values() for candidate in rule(part)}
    return [candidate for candidate in candidates if id(candidate) in kept]


def same_step(label: str, superseded: list[str]) -> bool:
    """The candidate's step is one of the steps a superseded date was read under (or that step is unknown): 「（変更前）
    11月上旬」 under 「基本協定の締結」 puts out no 「優先交渉権者の決定 11月上旬」, nor another contract's date."""
    if not superseded:
        return True
    # (「回答は「」 before 「11月17日(火)まで」→「…」: the quote the old value opens is no word of the step)
    core = "".join(PARTICLE.sub("", nfkc(L.clean_label(label)).rstrip("「『“ ")).split())
    paper = step_paper(label)
    for other in superseded:
        theirs = "".join(PARTICLE.sub("", nfkc(L.clean_label(other)).rstrip("「『“ ")).split())
        if not core or not theirs or core in theirs or theirs in core:
            return True
        if any(core[i : i + STEP_WORDS] in theirs for i in range(len(core) - STEP_WORDS + 1)):
            return True
        if paper and paper == step_paper(other):
            return True  # 「質問書（様式第5号）」 and 「質問の提出期限」: the same paper, by its deadline or its form
    return False


# 「質問書（様式第5号）」「質問の提出期限」「質問受付」: the words around the paper a step hands in
PAPER_WORDS = re.compile(
    r"[(（][^()（）]{0,30}[)）]|(?:の)?(?:提出|受付)?(?:期限|締切|締め切り)(?:日|日時)?$|(?:の)?(?:提出|受付)$"
)


def step_paper(label: str) -> str:
    """The paper a step's label names without its form's bracket and the words of its deadline (「質問書（様式第5号）」
    and 「質問の提出期限」: 「質問」); '' for a label that names no more than a deadline."""
    paper = PAPER_WORDS.sub("", "".join(nfkc(L.clean_label(label)).split()))
    paper = PAPER_WORDS.sub("", paper)
    return paper.removesuffix("書").removesuffix("の")


def superseded_kinds(candidate: Candidate) -> tuple[str, ...]:
    """The kinds a superseded date is looked up by: the candidate's; for the end of a 公募期間, any paper's handed in
    by it (「公募期間（参加意思確認書の提出期限）（変更前）3月1日」 puts the old end of the window out of the quoted notice)."""
    return ACCEPTED if candidate.call_period == "end" else (candidate.kind,)


def day_precision(mention: Mention) -> str:
    """A mention's precision, a day with or without its time alike."""
    return "date" if mention.precision == "datetime" else mention.precision


def same_day(mention: Mention, other: Mention) -> bool:
    return (mention.month, mention.day) == (other.month, other.day) and (
        mention.year is None or other.year is None or mention.year == other.year
    )


def parallel_new(text: str, expression: Expression, following: Expression | None) -> bool:
    """「企画提案書の提出期限を6月12日(金)午後5時に、ヒアリングの実施日を6月22日(月)に変更します」: the date the step
    named before it (「…を」) moves to, the next step's new date after it, one change verb for both at the end."""
    if (
        following is None
        or "、" not in text[expression.end : following.start]
        and "," not in text[expression.end : following.start]
    ):
        return False
    if not PARALLEL_NEW_BEFORE.search(text, max(0, expression.start - 12), expression.start):
        return False
    if not PARALLEL_NEW_AFTER.match(text[: following.start], expression.end):
        return False
    return bool(CHANGED_TO.match(text, following.end))


def parallel_new_told(head: str, tail: str) -> bool:
    """``parallel_new`` read from a date's head and tail (its sentence's rest)."""
    return bool(PARALLEL_NEW_BEFORE.search(head[-12:]) and PARALLEL_NEW_TAIL.match(tail[:PARALLEL_NEW_REACH]))


def without_changed(candidates: list[Candidate], calls: list[int]) -> list[Candidate]:
    """A step moved to a new date (「企画提案書の提出期限を6月25日に延長します」): its old date elsewhere is left out;
    in a newsletter of several calls (``calls``: where their paragraphs start), only in the paragraph of the call it
    moved (「…凪沢市「…業務」は、…企画提案書の提出期限が４月２１日から４月２６日に延期されました」 says nothing of
    another call's 「企画提案書の提出期限」)."""
    changed = [c for c in candidates if c.changed_to]
    if not changed:
        return candidates
    if calls:
        return each_part(lambda part: without_changed(part, []), candidates, calls)

    def core(label: str) -> str:  # (「企画提案書の提出期限を」 and 「企画提案書提出期限」: one step; 「Deadline for
        # quotations」 and 「the deadline for quotations … has been extended to」 too)
        return PARTICLE.sub("", L.clean_label(label)).replace("の", "").lower()

    # (each changed step's kind, day and core read once, the same ones once: a text of many clauses that change the
    # same step, each read against every candidate, took time growing with their product)
    moves = {(c.kind, c.mention.month, c.mention.day, named) for c in changed if (named := core(c.label))}

    def superseded(candidate: Candidate) -> bool:
        own = core(candidate.label)
        day = (candidate.mention.month, candidate.mention.day)
        return any(
            kind == candidate.kind and (month, date) != day and (named in own or own in named)
            for kind, month, date, named in moves
        )

    return [c for c in candidates if c.changed_to or not superseded(c)]


CONTRACT_TERM_DAYS = 62  # a window longer than this is a period the contract runs, not days to sign it in


PERIOD_DAYS = 400  # a window longer than this is a period of years (実績, 計画), never the days a step is open


def term(expression: Expression, days: int = CONTRACT_TERM_DAYS) -> bool:
    if expression.first is None:
        return False
    first, last = expression.first.date(), expression.last.date()
    return bool(first and last and (last - first).days > days)


def given_day(mention: Mention) -> tuple:
    """A mention's date with the part of the month it names (「7月中旬」 and 「7月下旬」 both date the 1st)."""
    return mention.date(), mention.precision if mention.precision.endswith("month") else None


# 「Submissions received after … will not be considered」「arriving no later than」「期限を過ぎて到着したものは受け付けない」:
# a sentence that says what happens to a paper handed in late, or by when it must arrive
LATE_CLAUSE = re.compile(
    r"(?i:\b(?:received|arriving|delivered)\s(?:after|later\sthan)\b|\barriving\s(?:no\s)?later\sthan\b)"
    r"|(?:過ぎて|期限後に|締切後に)\s{0,2}(?:到着|到達|届)"
)
CALL_PERIOD = re.compile(r"^(?:応募|募集|公募)(?:の)?期間\s{0,2}(?:は|:)?$")
# the paper a label names (「入札書の受領期限」「Tenders submitted by mail」): a step of its own, not a restatement
PAPER_NAMED = re.compile(
    r"(?:提案|企画|申込|申請|入札|見積|応募|表明|意思|意向|質問|確認)(?:書|票)|(?i:\b(?:tenders?|bids?|proposals?|quotations?"
    r"|applications?|offers?|questions?|letters?|EOIs?|expressions?\sof\sinterest|documents?|forms?)\b)"
)


def late_restated(candidate: Candidate) -> bool:
    """A submission dated only by a late clause (「…を過ぎて到着したものは受け付けない」) that names no paper."""
    text = candidate.evidence
    if not (("after" in text or "arriv" in text or "到" in text or "届" in text) and LATE_CLAUSE.search(text)):
        return False
    return not PAPER_NAMED.search(candidate.label)


# 「Original Date Offers Due: Apr 02, 2026 01:00 am EDT」 in a US portal's header over the solicitation's own 「Quotations
# are due no later than 1400 hours JST on 04/02/2026」: the hour in an American zone written right after it, the portal's
# copy of a step the notice gives itself (the same moment, on that day or the one before it in the portal's zone)
US_ZONE_AFTER = re.compile(r"\s{0,3}\(?(?:[ECMP][SD]T|ET|UTC\s?-\s?0?[4-8](?::?00)?)(?![A-Za-z])")


# 「the information session starts at 8:00 p.m. EST on Monday, January 26」「16:00 CET on 4 June」: an hour told in a zone
# behind Japan's, written between the hour and its date (a reader abroad told the Japanese step's moment in their clock)
ZONE_BEHIND_IN = re.compile(r"(?<![A-Za-z])(?:[ECMP][SD]T|ET|PT|CES?T|GMT|BST|UTC(?:\s?-\s?0?[4-8](?::?00)?)?)(?![A-Za-z+])")


def zone_written(line: str, mention: Mention) -> bool:
    """The hour of ``mention`` is told in a zone behind Japan's: the zone right after the date (``US_ZONE_AFTER``), or
    between the hour and the date it precedes (``ZONE_BEHIND_IN``)."""
    if US_ZONE_AFTER.match(line, mention.end):
        return True
    return (
        mention.english
        and "T" in line[mention.start : mention.end]
        and bool(ZONE_BEHIND_IN.search(line, mention.start, mention.end))
    )


def portal_zone_repeats(candidates: list[Candidate], lines: list[str]) -> list[Candidate]:
    """The candidates without a step's hour told again in a US portal's zone, where the notice gives that step on the
    same day (or the next, Japan's clock ahead) in its own words."""

    zoned = [c.mention.time is not None and zone_written(lines[c.line_no - 1], c.mention) for c in candidates]
    if not any(zoned):
        return candidates
    own = {(c.kind, c.mention.date()) for c, foreign in zip(candidates, zoned) if not foreign}
    same_or_next = (dt.timedelta(0), dt.timedelta(days=1))
    return [
        c
        for c, foreign in zip(candidates, zoned)
        if not (foreign and any((c.kind, c.mention.date() + shift) in own for shift in same_or_next))
    ]


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One milestone per step: a table row's label wins, a time from anywhere is kept, English repeats dropped."""
    # (「Mid-July 2027」 beside a Japanese 「7月下旬」: both dated the 1st, two days of their own)
    japanese_days = {given_day(c.mention) for c in candidates if not c.mention.english}
    # (not a row 「08-Jan-2027 12:00 JST」 beside a row 「2027.01.08 17:00 JST」: another hour that day, another step)
    hours: dict[tuple, set] = collections.defaultdict(set)
    for candidate in candidates:
        if not candidate.mention.english:
            hours[given_day(candidate.mention)].add(candidate.mention.time)

    def repeated(candidate: Candidate) -> bool:
        mention = candidate.mention
        if not mention.english or given_day(mention) not in japanese_days:
            return False
        told = hours[given_day(mention)]
        return candidate.source != "table" or mention.time is None or mention.time in told or None in told

    repeats = [c for c in candidates if repeated(c)]
    candidates = [c for c in candidates if not repeated(c)]
    by_kind_day: dict[tuple, list[Candidate]] = {}  # (looked up per repeat, not a pass over all candidates for each)
    for candidate in candidates if repeats else []:
        by_kind_day.setdefault((candidate.kind, candidate.mention.date()), []).append(candidate)
    for repeat in repeats:  # 「Deadline for the application form: 5:00 p.m. (JST), Friday, 30 April 2027」 in the English
        # summary of a table's 「令和9年4月30日（金） 参加申込書の提出期限」: the repeat's time goes to the step, the more
        # precise value (when it is the one step of its kind that day, given without a time: ``timed_to``)
        day = repeat.mention.date()
        same = [c for c in by_kind_day.get((repeat.kind, day), []) if c.mention.date() == day]
        if same:
            timed_to(repeat, same)
    named_moments = {(c.mention.date(), c.mention.time, c.mention.day) for c in candidates if not L.is_vague(c.label)}
    named_days = {(day, given) for day, _, given in named_moments}

    def named(candidate: Candidate) -> bool:  # 「応募締切」 is that day's named step, unless its time differs
        # (a day's 「11月1日」 and 「11月下旬」, whose date is its first day: a day, no step named on it)
        day, time, given = candidate.mention.date(), candidate.mention.time, candidate.mention.day
        return (day, given) in named_days and (
            time is None or (day, time, given) in named_moments or (day, None, given) in named_moments
        )

    dropped = [c for c in candidates if L.is_vague(c.label) and named(c)]
    candidates = [c for c in candidates if not (L.is_vague(c.label) and named(c))]
    by_step: dict[tuple, list[Candidate]] = {}
    for candidate in candidates if dropped else []:
        by_step.setdefault((candidate.kind, candidate.mention.date()), []).append(candidate)
    for candidate in dropped:
        timed_to(candidate, by_step.get((candidate.kind, candidate.mention.date()), []))
    # 「ただし、当該書類は、6月9日17時00分までに上記3(1)の場所へ提出することができる」: a sentence that names a hand-in
    # only by its verb, at the moment a named paper of the call is due, speaks of that paper
    # (「Submissions received after 4 PM on Friday, 11th June will not be considered」「同日の17時00分を過ぎて到着したもの
    # は、いかなる理由があっても受け付けない」: the late clause restates the moment a named paper is due, no hand-in of its own)
    late = {id(c) for c in candidates if c.kind == "submission" and c.mention.time is not None and late_restated(c)}
    handed_in: dict[tuple, set[str]] = {}
    for candidate in candidates:
        if (
            candidate.kind in ACCEPTED
            and candidate.mention.time is not None
            and not L.is_weak(candidate.label)
            and id(candidate) not in late
        ):
            handed_in.setdefault((candidate.mention.date(), candidate.mention.time), set()).add(candidate.kind)
    for candidate in candidates:
        named_kinds = (
            handed_in.get((candidate.mention.date(), candidate.mention.time)) if candidate.kind == "submission" else None
        )
        if (
            named_kinds
            and len(named_kinds) == 1
            and candidate.mention.time is not None
            and (L.is_weak(candidate.label) or id(candidate) in late)
        ):  # (a bare 「提出期限」「受付期限」 too: 「様式第4号 質問書」…「※受付期限 5月28日17時15分」, the question's moment)
            candidate.kind = next(iter(named_kinds))  # (its notes, 「持参」, go with that step's)
    # 「参加意思確認書の提出期限 2月4日17時00分」 beside 「公募期間は、1月14日から2月4日までとする」: the call's period ends
    # at the one paper due on its last day (its late clause, 「同日の17時00分を過ぎて到着したもの」, restating that moment)
    for candidate in candidates if late else []:
        if candidate.kind == "submission" and candidate.mention.time is None and CALL_PERIOD.match(L.unspaced(candidate.label)):
            due = {k for (day, _), kinds in handed_in.items() if day == candidate.mention.date() for k in kinds}
            if len(due) == 1 and "submission" not in due:
                candidate.kind = next(iter(due))
    # 「質問受付期間 | 1月12日～1月19日」 in the schedule, and under 「■5 質問」 its 「(1) 受付期間 1月12日から1月19日17時00分まで」:
    # a hand-in named only by its verb, on the day a named step of the schedule is given without a time, is that step
    undated_steps: dict[dt.date, set[str]] = {}
    for candidate in candidates:
        if candidate.kind in ACCEPTED and candidate.mention.time is None and not L.is_weak(candidate.label):
            undated_steps.setdefault(candidate.mention.date(), set()).add(candidate.kind)
    for candidate in candidates if undated_steps else []:
        kinds = undated_steps.get(candidate.mention.date()) if candidate.mention.time is not None else None
        if (
            kinds
            and len(kinds) == 1
            and candidate.kind in ACCEPTED
            and candidate.kind not in kinds
            and L.is_weak(candidate.label)
            and not handed_in.get((candidate.mention.date(), candidate.mention.time))
        ):
            candidate.kind = next(iter(kinds))
    restated_step(candidates)
    groups: dict[tuple, list[Candidate]] = {}

    def step_key(candidate: Candidate) -> tuple:
        precision = candidate.mention.precision
        return candidate.kind, candidate.mention.date(), "day" if precision in ("datetime", "date") else precision

    # 「案件1 | 2月26日 17時」「案件2 | 2月26日 17時」: each lot's step is a step of its own, even on the same day;
    # the same step given elsewhere without a lot is one of them
    lots: dict[tuple, list[str]] = {}
    for candidate in candidates:
        if candidate.lot is not None and candidate.lot not in lots.setdefault(step_key(candidate), []):
            lots[step_key(candidate)].append(candidate.lot)
    for candidate in candidates:
        key = step_key(candidate)
        lot = candidate.lot if candidate.lot is not None else (lots[key][0] if lots.get(key) else None)
        groups.setdefault((*key, lot), []).append(candidate)
    merged = []
    for group in [part for group in groups.values() for part in events_apart(group)]:
        best = min(group, key=lambda c: (SOURCE_RANK[c.source], c.line_no))
        timed = next((c for c in group if c.mention.time is not None), None)
        if timed is not None and best.mention.time is None and not notice_day(best, timed, group):
            best.mention.time, best.mention.precision = timed.mention.time, "datetime"
        notes = []
        for candidate in group:
            notes += [n for n in candidate.notes if n not in notes]
        best.notes = [w for w in L.DELIVERY_WORDS if w in notes]
        if "電子メール" in best.notes and "メール" in best.notes:
            best.notes.remove("メール")
        best.warnings = list(dict.fromkeys(w for c in group for w in c.warnings))
        merged.append(best)
    # a step given both as 下旬 and as a day is the day; 「プレゼンは8/23(月)〜8/27(金)のうち1日」 beside 「プレゼン 8月下旬予定」:
    # the days the step takes one of (the day told later) within the part of the month it is given as, that part
    fuzzy = [c for c in merged if c.mention.precision.endswith("_month")]
    among = {
        id(c)
        for c in merged
        if fuzzy and c.window and "うち" in c.evidence and ONE_DAY_AMONG.search(c.evidence)
        if any(
            f.kind == c.kind and f.mention.date() <= c.mention.date() <= window(f.mention.precision, f.mention.date())[1]
            for f in fuzzy
        )
    }
    merged = [c for c in merged if id(c) not in among]
    precise = {(c.kind, c.mention.date()) for c in merged if c.mention.precision in ("datetime", "date")}

    def given_as_a_day(candidate: Candidate) -> bool:
        first, last = window(candidate.mention.precision, candidate.mention.date())
        return any((candidate.kind, first + dt.timedelta(days=n)) in precise for n in range((last - first).days + 1))

    merged = [c for c in merged if c.mention.precision in ("datetime", "date") or not given_as_a_day(c)]
    # 「事業仮契約は、…令和8年6月市議会定例会で議決を得たときに本契約としての効力を生じる」 beside the schedule's 「事業契約の
    # 締結 令和8年6月下旬」: a month a sentence names in passing, its step dated within it more precisely, is that step;
    # so is a month a table or a list gives to the same step (「令和7年12月 契約、基本設計着手」 beside 「契約締結 12月下旬」),
    # not to another of that kind (「基本協定の締結 6月」 beside 「事業契約の締結 6月下旬」, 「指定議案の提出 12月」 beside
    # 「指定の告示 12月下旬」)
    finer = collections.defaultdict(list)
    for candidate in merged:
        if candidate.mention.precision != "month" and candidate.mention.date():
            finer[(candidate.kind, candidate.mention.date().replace(day=1))].append(candidate.label)

    def said_finer(candidate: Candidate) -> bool:
        labels = finer.get((candidate.kind, candidate.mention.date()))
        if not labels or candidate.source == "sentence":
            return bool(labels)
        steps = [candidate.label, *(part for part in L.PARTS.split(candidate.label) if L.kind_of(part) == candidate.kind)]
        return any(same_step(step, labels) for step in steps)  # (「契約、基本設計着手」: its part that names the step)

    merged = [c for c in merged if c.mention.precision != "month" or not said_finer(c)]
    # a related notice's day below the head is no publication of this one, even where this one gives none (in the head,
    # 「Procurement of … (Date of notice: 2026/01/05)」 is the notice's own title)
    merged = [c for c in merged if c.kind != "published" or c.line_no <= HEAD_LINES or not OTHER_NOTICE_DAY.search(c.label)]
    published = [c for c in merged if c.kind == "published"]
    days = [c.mention.date() for c in published if c.mention.precision in ("datetime", "date")]
    if days and len(published) > len(days):  # 「前年度の成果物（2026年12月公表）」 before a call opened 2027年11月5日: the
        # publication of an earlier work, a month the call's own publication day comes long after
        past = {id(c) for c in published if window(c.mention.precision, c.mention.date())[1] < min(days) - PAST_MONTH}
        merged = [c for c in merged if id(c) not in past]
        published = [c for c in published if id(c) not in past]
    rounds: dict[str, list[Candidate]] = {}
    for candidate in published if len(published) > 1 else []:  # 「募集要項の公表（第1回）」「…（第2回）」: a call of
        named = ROUND_NAMED.search(candidate.label)  # two rounds, each opened on a day of its own (a steps × rounds table)
        rounds.setdefault(named.group(1) if named else "", []).append(candidate)
    listed = [c for c in published if c.mention.day and LISTED_CALL_DAY.match(L.unspaced(c.label))]
    if len(listed) > 1 and len({c.mention.date() for c in listed}) == len(listed):  # 「公告日 令和9年6月7日」 over one call's
        # steps, 「公告日 令和9年5月10日」 over another's (「公告日（…業務）」 in a list of calls a row each): each call's own
        merged = [c for c in merged if c.kind != "published" or any(c is own for own in listed)]
    elif len(rounds) > 1 and "" not in rounds:
        firsts = {
            id(min(group, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no)))
            for group in rounds.values()
        }
        merged = [c for c in merged if c.kind != "published" or id(c) in firsts]
    elif len(published) > 1:  # one publication per notice: the first (公告 and 配布開始 days apart)
        # (「入札公告（入札説明書等の公表）」 on a day: the call's own, before which a 「年報（令和9年3月公表）」 is another paper's)
        own = [c for c in published if not OTHER_NOTICE_DAY.search(c.label)]  # (a text run onto one line: all in its head)
        named = [c for c in own if c.mention.day and CALL_NOTICE.search(L.unspaced(c.label))]
        first = min(named or own or published, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no))
        merged = [c for c in merged if c.kind != "published" or c is first]
    return sorted(merged, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no))


# 「Maintenance of Ocean Observation Buoy Network (Date of notice: 2025/12/19)」「…の調達（公告日：令和7年12月19日）」: the
# day another notice (a related one listed, an earlier procedure told of) was published, bracketed after its title
OTHER_NOTICE_DAY = re.compile(
    r"(?i)[^\s(（][^()（）]{3,}[(（]\s{0,2}(?:date\s{1,2}of\s{1,2}notice|notice\s{1,2}date|公告日|公示日)\s{0,2}[:：]?\s{0,2}$"
)


# 「8/23(月)〜8/27(金)のうち1日」「…のうちいずれか1日」: a window of days the step takes one of
ONE_DAY_AMONG = re.compile(r"のうち\s{0,2}(?:いずれか\s{0,2})?(?:の\s{0,2})?[1１一]\s{0,2}日")


# the leading words of a label that names a deadline by its noun alone (「受付期限の日付(」 → 「受付期限」)
SHORT_NAME = re.compile(r"[^\s(の、]{3,12}")


def told_key(candidate: Candidate) -> tuple:
    """What makes two mentions of a step the same: the day and time, or the part of a month and the step's kind
    (「契約締結（3月下旬）に変更はありません」 and 「契約の締結は３月下旬を予定している。」)."""
    mention = candidate.mention
    day = mention.precision in ("date", "datetime")
    return (mention.month, mention.day, mention.precision, mention.time, None if day else candidate.kind)


def without_issuer(words: str) -> str:
    """``words`` without the issuer's name and offices they end with (「…質問回答書 萩ノ原市こども未来部こども政策課」,
    「…質問への回答 柚木原市 総務部 広報広聴課」: a sheet's heading over its issuer, run onto one line); as they are when
    they end with no body's name, or are that name alone."""
    parts = words.rstrip().split()
    end = len(parts)
    while end > 1 and OFFICE_WORD.fullmatch(parts[end - 1]) and not BODY_WORD.fullmatch(parts[end - 1]):
        end -= 1
    if end > 1 and BODY_WORD.fullmatch(parts[end - 1]):
        return " ".join(parts[: end - 1])
    return words


def head_blocks(lines: list[str]) -> list[str]:
    """A notice's head lines; one longer than a heading (a head run onto one line, its line breaks spaces) cut into its
    lines (``head_parts``: 「令和9年6月25日 …業務 公募型プロポーザルに係る質問回答書  蛍沢市教育委員会…」, the title's)."""
    blocks = []
    for line in lines:
        blocks += head_parts(line) if len(line) > LONG_HEADING else [line]
    return blocks


def run_on_pieces(line: str) -> list[str]:
    """「【中止】…の中止について   令和8年2月2日(月)付けで公告しました…」: a head line longer than a title, the heading
    run into the words after it (a text copied as one line, its line breaks spaces): the pieces of its first sentence
    (``head_parts``), each in its first ``LONG_HEADING`` characters, a piece before a page's own date in its last
    (「…入札公告 > 入札の中止について（…） 最終更新日：2025年11月21日」: the page's title after its menus), and a mail's
    subject field in a piece from the field on; none with a comma (a sentence's)."""
    if len(line) <= ARTICLE_TITLE_MAX:
        return []
    parts = [part.strip() for part in head_parts(line[:HEAD_CHARS].split("。", 1)[0])]
    pieces = [part[:LONG_HEADING] for part in parts]
    pieces += [part[-LONG_HEADING:] for part, after in zip(parts, parts[1:]) if PAGE_DATE_LINE.match(after)]
    # (「From: …  To: … Date: … Subject: 【重要】…の中止について」: a mail's head run onto one line, its subject field)
    fields = [SUBJECT_FIELD.search(part) for part in parts if ":" in part or "：" in part]
    pieces += [field.string[field.start() :][:LONG_HEADING] for field in fields if field and field.start()]
    return [piece for piece in pieces if piece and piece != line.strip() and "、" not in piece]


def head_parts(line: str) -> list[str]:
    """The lines of a notice's head run onto one (its line breaks spaces): ``line``'s first ``HEAD_CHARS`` characters cut
    at each run of spaces (a blank line, a line's indent after its break) and before a page's number or date
    (``HEAD_GAP``)."""
    return [part for part in HEAD_GAP.split(line[:HEAD_CHARS]) if part]


# 「【期間延長】…の募集期間を延長します」「【日程変更】…の日程を一部変更します」: a post's title tagged with its change and
# ending with the verb of the change it announces (not 「【重要】…の提出期限を延長しました」「【重要】提案書の提出期限を
# 延長します」, the note of an edit in a box on a call's own page, updated in place)
CHANGE_SAID_END = re.compile(r"を\s{0,2}(?:一部)?(?:変更|訂正|修正|延期|延長)(?:します|いたします)$")


# 「※赤字＝変更あり（10/22 回答書で変更）」「凡例：黄色=変更箇所」「* bold = changed」「★＝質問回答書で変更」: the key of a sheet's
# marks or colours, a short name (a mark, a colour, a kind of type) set equal to what it means; the words after it name the
# change that touched the rows, no heading of a change notice
KEY_LEGEND = re.compile(
    r"^\s{0,4}(?:[※*＊]|凡例\s{0,2}[:：]?|(?i:key|legend)\s{0,2}:)?\s{0,2}[^\s=:：。、,]{1,8}\s{0,2}[=＝]\s{0,2}[^\s=]"
)


def key_legend(line: str) -> bool:
    """A line that opens with the key of a sheet's marks (``KEY_LEGEND``)."""
    return ("=" in line or "＝" in line) and KEY_LEGEND.match(line) is not None


def changed_heading(line: str) -> bool:
    """「鷺沢県産材利用促進プロモーション業務委託に係る公募型プロポーザル実施要領の変更について」: a heading longer than a
    title's, that ends with (or opens with) the word of a change."""
    stripped = line.strip()
    if len(stripped) > LONG_HEADING or "。" in stripped:
        return False
    tagged = stripped[:1] == "【" and CHANGE_TAG.match(stripped) is not None
    if (stripped[:1] == "【" or stripped[-1:] == ")") and not SUBJECT_LINE.match(stripped):
        stripped = HEADING_TAGS.sub("", stripped) or stripped  # 「【重要】二次審査の日程変更のお知らせ(8月4日掲載)」
        # (a mail's subject field: its own subject is read apart, a forwarded one's is no heading of the text)
    if tagged and CHANGE_SAID_END.search(stripped):
        return True  # 「【期間延長】…の企画提案募集期間を延長します」: a post's title that says the change it makes
    at = 0  # (each match, overlapping: 「…募集要項の一部変更について」 holds 「一部変更」 over the 「変更について」 it ends with)
    while match := CHANGE_TITLE.search(stripped, at):
        if match.start() <= 2 or match.end() >= len(stripped) - 1:
            return True
        at = match.start() + 1
    return False


def answer_sheet_heading(head: list[str], at: int) -> bool:
    """「質 問 回 答 書」「…公募型プロポーザルの質問に対する回答について」: line ``at`` of the notice's ``head`` names the
    text a sheet of answers to a call's questions, the words it ends with (not 「2023/05/30　質問回答書を掲載しました。」:
    a call's page telling of the sheet put up beside it; nor 「実施要領」 over 「質問回答書（PDF：98KB）」, the sheet linked
    from the page among its papers, or 「2027/06/11　質問回答書」 among its news posts)."""
    line = head[at]
    stripped = L.unspaced(line.strip())
    if len(stripped) > LONG_HEADING or "。" in stripped:
        return False
    match = ANSWER_SHEET_TITLE.search(stripped) or bare_answer_sheet(stripped, head[:at])
    if not match or not ASIDE_ONLY.fullmatch(stripped, match.end()):  # (「…質問回答書（第2回）」: its aside after it)
        return False
    above = next((text for text in reversed(head[:at]) if text.strip()), "")
    below = next((text for text in head[at + 1 :] if text.strip()), "")
    # (「… 公募型プロポーザル 関連資料 実施要領 質問回答書」: a head run onto one line, the papers listed before it on it)
    before = stripped[: match.start()].split()[-2:]
    return not any(page_list_line(text) for text in (line, above, below, *before))


def bare_answer_sheet(stripped: str, above: list[str]) -> re.Match | None:
    """「質問に対する回答」 opening ``stripped`` (a head's line, its letters' spaces taken out) under the call's name, or
    after the name and a space on it (「…に係る企画提案競技　質問に対する回答」: the heading run onto one line): the words
    of the sheet's heading (``BARE_ANSWER_SHEET``), ``above`` the lines over it."""
    match = BARE_ANSWER_SHEET.search(stripped)
    if not match:
        return None
    name = stripped[: match.start()]
    if name and (not name[-1].isspace() or len(name.strip()) < CALL_NAME_MIN):
        return None
    if name and L.MARKER_ONLY.fullmatch(name.split()[-1]):
        return None  # 「… 公募型プロポーザル (1) 質問に対する回答」: a head run onto one line, a numbered row's label after it
    return match if under_call_name([*above, name]) else None


def under_call_name(above: list[str]) -> bool:
    """The lines ``above`` a heading, its call's name (and the sheet's date): none gives a day but a date alone, none
    names a schedule (「1 日程」, or a row of it over the heading: 「　令和9年6月4日（金）午後5時」)."""
    lines = [line for line in above if line.strip()]
    return bool(lines) and not any(
        SCHEDULE_PART.search(line) or (find_mentions(line) and sheet_dating(line) is None) for line in lines
    )


def page_list_line(line: str) -> bool:
    """A line of a call's page that lists its papers (``LISTED_PAPER``) or its news (``NEWS_POST``)."""
    stripped = line.strip()
    news = NEWS_POST.match(stripped)
    if news and DATED_BY_BODY.fullmatch(stripped, news.end() - 1):
        news = None  # 「令和10年1月13日(木) 朝霧台市教育委員会 生涯学習部」: the paper's date and its issuer
    return bool(LISTED_PAPER.search(stripped) or news)


def sheet_head_cells(line: str) -> list[str]:
    """A spreadsheet's head row that names the answer sheet in its first cell (「…に関する質問回答書<TAB><TAB>令和8年10月9日
    <TAB>…課」, its title and date cells exported onto one row): the row's cells after the title, each read as a line of
    the head; [] for any other line."""
    if "\t" not in line:
        return []
    title, *cells = line.strip("\t").split("\t")
    return [cell for cell in cells if cell.strip()] if ANSWER_SHEET_TITLE.search(title) else []


def sheet_dating(line: str) -> dt.date | None:
    """「令和8年9月30日」「回答日：令和10年1月21日（金）  柚木原市…」: the date a line opens with, its year written, alone or
    keyed 「回答日」, a gap or nothing after it (the line's own date, no date of a sentence)."""
    stripped = line.strip()
    keyed = ANSWER_DAY_KEY.match(stripped) if stripped[:1] == "回" else None
    if stripped[:1] in "更掲最":
        keyed = PAGE_UPDATED_KEY.match(stripped)
    rest = stripped[keyed.end() :] if keyed else stripped
    found = find_mentions(rest[:HEAD_CHARS])
    first = found[0] if found else None
    if first is None or first.start or not first.explicit_year or first.problem or not first.date():
        return None
    return first.date() if first.end == len(rest) or rest[first.end].isspace() else None


def two_versions(line: str, first: Mention, second: Mention) -> bool:
    """Two dates of a row, the old and the new, no window: the first no range's start, or one a cell's edge parts from
    the second with the cells worded alike after their dates (「| プレゼン | 9月25日(金)9時30分から | 10月2日(金)13時から |」);
    「| 参加申込の受付期間 | 5月10日(月)から | 5月14日(金)まで |」 is one window in two cells."""
    if not first.range_start:
        return True
    between = line[first.end : second.start]
    edge = min((between.index(mark) for mark in "\t|" if mark in between), default=-1)
    if edge < 0 or RANGE_MARK.search(between[edge:]):
        return False  # (「5月10日 | ～ | 5月14日」: the window's mark in a cell of its own)
    tail = between[:edge].strip()  # (the first cell's words after its date: 「から」)
    return not tail or line[second.end :].lstrip().startswith(tail)


RANGE_MARK = re.compile(r"から|より|[~～〜\-－―]")


def same_both_sides(found: list[Mention]) -> bool:
    """Two dates on a line, the same day (and time): a row of a table of old and new values where the step did not
    change; or three or four (「| 質問の受付期限 | 9月1日 | 9月1日 | 9月1日 |」 under 「当初 | 第1回変更後 | 第2回変更後」:
    a row the same in each version)."""
    if not 2 <= len(found) <= VERSION_COLUMNS_MAX:
        return False
    old = found[0]
    return old.month is not None and all(
        (old.year, old.month, old.day, old.time, old.precision, old.range_start)
        == (new.year, new.month, new.day, new.time, new.precision, new.range_start)
        for new in found[1:]
    )


VERSION_COLUMNS_MAX = 4  # the versions of a step side by side in a change's table, at most


def restated_step(candidates: list[Candidate]) -> None:
    """「※No.1は受付期限の時刻のみの訂正です。受付期限の日付(8月7日)に変更はありません。」 below 「4(1) 質問の受付期限 8月7日
    (金)正午」: a step named again later by the tail of its name (no paper of its own, no time), on its day, is that
    step; read alone, 「受付期限」 would be a submission of its own."""
    timed: dict[dt.date, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.mention.time is not None:
            timed.setdefault(candidate.mention.date(), []).append(candidate)
    if not timed:
        return
    for candidate in candidates:
        if (
            candidate.kind != "submission"
            or candidate.mention.time is not None
            or candidate.mention.date() not in timed
            or not L.is_weak(candidate.label)
            or L.is_generic(candidate.label)
        ):
            continue
        short = SHORT_NAME.match(L.unspaced(L.clean_label(candidate.label)).strip())
        if not short:
            continue
        named = {
            other.kind
            for other in timed[candidate.mention.date()]
            if other.line_no < candidate.line_no and short.group() in other.label and short.group() != other.label.strip()
        }
        if len(named) == 1:
            candidate.kind = next(iter(named))


def notice_day(best: Candidate, timed: Candidate, group: list[Candidate]) -> bool:
    """「公告日 2027/09/01」 and 「入札説明書等ダウンロード期間 2027/09/01 09:00 ～」 (a portal's fields): the notice is dated a
    day; the hour the papers are first handed out is the window's, not the notice's. (When the notice's text states
    that hour again, 「交付期間は、6月1日午前9時から」, the call is taken to open at that moment.)"""
    if best.kind != "published":
        return False
    # (「Date of this notice: Monday, June 1, 2026」 and 「The tender documentation is available … from 9:00 a.m., Monday,
    # June 1, 2026 until …」: an English notice's day, and the hour its papers are first handed out)
    opens = timed.window or EN_OPENS_FROM.search(timed.label) is not None
    if not opens or not (NOTICE_DAY_LABEL.search(L.unspaced(L.clean_label(best.label))) or EN_NOTICE_DAY.search(best.label)):
        return False
    return sum(1 for c in group if c.mention.time == timed.mention.time) < 2


ROUND_NAMED = re.compile(r"第\s{0,2}(\d{1,2}|[一二三四五六七八九十])\s{0,2}回")  # 「（第2回）」: a round of the call
# 「公告日」「公告日（雪代市立図書館システム更新業務）」: a call's day of publication keyed as such, the call named after it
# (not a state of the day: 「公告日（予定）」 beside the 「公告日」 it came to, 「公告日（当初）」「公告日（変更後）」)
LISTED_CALL_DAY = re.compile(
    r"^(?:公告|公示)日(?:[(（](?![^()（）]*(?:予定|当初|訂正|変更|前回|再公告|再度|本公告|事前|参考|延期))[^()（）]{2,40}[)）])?$"
)
NOTICE_DAY_LABEL = re.compile(r"(?:公告|公示|告示)(?:日|年月日)?$")
EN_NOTICE_DAY = re.compile(r"(?i:\bdate\sof\s(?:this\s|the\s)?(?:notice|issue|publication|announcement)\b|\bnotice\sdate\b)")
EN_OPENS_FROM = re.compile(r"(?i:\bavailable\b.{0,40}\bfrom)\s{0,2}$")
# 「入札公告」「公告日」「公募開始」: the call's own publication named (not 「実施方針の公表」, nor a paper's 「…公表」)
CALL_NOTICE = re.compile(r"^[^()（）は]{0,12}?(?:公告|公示|告示)(?:日|年月日)?(?:[(（]|$)|^(?:公募|募集)(?:の)?開始")
PAST_MONTH = dt.timedelta(days=92)  # a month a publication of its own ends this long before the call's publication day
# the opening of a call a notice of an earlier stage (a PFI 実施方針, a sounding) plans for a later month
NEXT_STAGE = re.compile(r"(?:入札|公募|募集|選定手続)(?:の)?(?:公告|公示|開始)|^(?:公告|公示)$|^(?:公告|公示)\(")
NEXT_STAGE_DAYS = 31


ENDED_AFTER = re.compile(r"終了後|終了次第")
EVENT_WHEN_WORDS = re.compile(r"日時|日程|期日|開催|実施|予定|\s")


def timed_to(vague: Candidate, same: list[Candidate]) -> None:
    """「現地説明会の参加申込 7月10日まで」 in the schedule, 「申込方法：7月10日午後5時までに、参加申込書を…」 under the
    briefing: a deadline that names no step, dropped for the step named on its day (``same``: the candidates of its kind
    that day), gives that step its time when it is the only step of its kind that day and none of them has a time."""
    if vague.mention.time is None or not vague.mention.day:
        return
    if len({L.unspaced(L.clean_label(c.label)) for c in same}) == 1 and all(c.mention.time is None for c in same):
        for candidate in same:
            candidate.mention.time, candidate.mention.precision = vague.mention.time, "datetime"


# 「national holidays (including」「public holidays such as」: the dates a sentence lists as holidays
EN_HOLIDAY_BEFORE = re.compile(
    r"(?i)\bholidays?\s{0,2}[(,:]?\s{0,2}(?:including|such\sas|e\.g\.,?|i\.e\.,?|namely|like)?\s{0,2}(?:on\s)?$"
)
# 「(a public holiday)」「, which is a national holiday」: the date named a holiday after it
EN_HOLIDAY_AFTER = re.compile(
    r"(?i)^[\s,(]{0,4}(?:which\s)?(?:is\s|being\s)?(?:an?\s|the\s)?[^.;()\d]{0,30}?\b(?:public|national|bank|statutory)\sholiday"
)
EN_HOLIDAY_REACH = 60  # characters before or after a date read for it


def en_label_wrapped(above: str, label: str) -> bool:
    """Whether an English label line (「and place:」) goes on with the words of the label line just above it (「A pre-bid
    meeting shall take place at the following date, time」): its own words open in lower case and name no step, the line
    above ends on a word or a comma (no sentence or key ended there) and names one."""
    tail = label.strip()
    head = above.rstrip()
    if not (tail[:1].islower() and tail.isascii() and head.isascii() and (head[-1:].isalpha() or head.endswith(","))):
        return False
    return len(head) <= LONG_LINE and not L.kind_of(tail) and bool(L.kind_of(head)) and not L.is_not_milestone(head)


def en_item_cut(item: str) -> str:
    """An English item's first 80 characters, or, where the cut loses the verb that makes its key a step's (「Period:
    Procurement-related complaints … to award shall b」, read as a period of the work), the words by its date."""
    if len(item) <= 80 or not L.is_not_milestone(item[:80]) or L.is_not_milestone(item):
        return item[:80]
    return item[-80:].split(" ", 1)[-1]


# the steps an award notice gives the bidders it did not choose (理由の説明請求, 苦情申立て, the days the contract waits)
EN_RECOURSE_STEP = re.compile(r"(?i)\b(debriefing|complaint|standstill)s?\b")


def events_apart(group: list[Candidate]) -> list[list[Candidate]]:
    """「説明会 日時 8月20日午後1時30分」「現地見学会 日時 同日午後3時」: events of one kind on one day that start at
    different times and name different steps are steps of their own; the group's other candidates (「説明会・現地見学会
    8月20日」 in the schedule) go with the first. Any other group is one step."""
    if group[0].kind not in ("other", "hearing"):
        return [group]
    if group[0].kind == "other" and len(group) > 1:
        recourse: dict[str, list[Candidate]] = {}
        unnamed: list[Candidate] = []  # (the rest, gathered as they come: not looked up in the parts one by one)
        for candidate in group:
            named = EN_RECOURSE_STEP.search(candidate.label) if candidate.label.isascii() else None
            if named:
                recourse.setdefault(named.group(1).lower(), []).append(candidate)
            else:
                unnamed.append(candidate)
        if len(recourse) > 1:  # 「Complaints … shall be submitted by 23:59 JST on Friday, 4 February」 and 「The Standstill
            # Period … ends at 23:59 JST on Friday, 4 February」: an award notice's recourse steps, each its own though
            # they share the moment (a step told twice, by the same name, stays one)
            parts = list(recourse.values())
            parts[0] += unnamed
            return parts
    by_time: dict[dt.time, list[Candidate]] = {}
    for candidate in group:
        if candidate.mention.time is not None and L.is_event(candidate.label):
            by_time.setdefault(candidate.mention.time, []).append(candidate)
    if len(by_time) == 1:
        # 「応募説明会 7月15日午前10時」「施設見学会 7月15日 応募説明会終了後に実施」: the event held after the other one,
        # its time not given, is a step of its own
        timed = {EVENT_WHEN_WORDS.sub("", L.unspaced(L.clean_label(c.label))) for c in group if c.mention.time}
        after = [
            c
            for c in group
            if c.mention.time is None
            and L.is_event(c.label)
            and ENDED_AFTER.search(c.evidence)
            and all(
                (name := EVENT_WHEN_WORDS.sub("", L.unspaced(L.clean_label(c.label)))) and name not in other and other not in name
                for other in timed
            )
        ]
        if after:
            return [[c for c in group if c not in after], after]
    if len(by_time) < 2:
        return [group]
    names = [{EVENT_WHEN_WORDS.sub("", L.unspaced(L.clean_label(c.label))) for c in at} for at in by_time.values()]
    for one, other in ((a, b) for i, a in enumerate(names) for b in names[i + 1 :]):
        if any(not x or not y or x in y or y in x for x in one for y in other):
            return [group]  # (one step given twice, or a step and its part)
    parts = [list(at) for _, at in sorted(by_time.items())]
    parts[0] += [c for c in group if not any(c in part for part in parts)]
    return parts


def next_stage(candidates: list[Candidate]) -> None:
    """「実施方針の公表 6月15日」 … 「入札公告 令和9年10月」: the opening of the call's next stage, planned for a later
    month in a notice of an earlier one, a step of its schedule, is a step of its own (other), not the notice's
    publication."""
    published = [c for c in candidates if c.kind == "published" and c.mention.day]
    if not published:
        return
    opened = min(c.mention.date() for c in published)
    for candidate in candidates:
        if (
            candidate.kind == "published"
            and candidate.source in ("table", "labelled")  # (「入札公告は、8月頃を予定」 in passing: not recorded)
            and candidate.mention.precision.endswith("month")
            and (candidate.mention.date() - opened).days > NEXT_STAGE_DAYS
            and NEXT_STAGE.search(L.unspaced(candidate.label))
        ):
            candidate.kind = "other"


# 「要件定義：契約締結後～2027年9月」「契約締結後 | 業務計画書の提出…」: a step the words say comes after the contract
AFTER_SIGNING = re.compile(r"(?:契約|協定)(?:の)?(?:締結)?後(?!の|に)")


def day_written(text: str) -> bool:
    """``text`` (a mention's span in a line) is a day as written there, 「8月6日(水)」「令和9年7月13日」「7/14(火)」: the
    line is the one the mention was read in, its offsets those of the line."""
    return bool(text) and (text[:1].isdigit() or text[:2] in ("令和", "平成")) and ("日" in text or "/" in text)


def after_contract(candidates: list[Candidate]) -> list[Candidate]:
    """「所有者からの回答期限は10月29日を想定」「移管予定日 令和10年4月1日」「貸付料は毎年度4月30日までに納付」 in a notice
    whose contract (協定) is signed in 7月上旬: a date after the call's last step is the work's own (a survey's
    deadline for its respondents, a handover, a payment), no step of the call. The result may be made known after
    the contract (「契約締結後に公表」); the council decides on a contract signed provisionally (仮契約) after it. A date
    whose words put it after the contract (「要件定義：契約締結後～2027年9月」) is the work's, whatever its step's kind."""
    ends = [
        window(c.mention.precision, c.mention.date())[1]
        for c in candidates
        if c.kind == "contract" and c.mention.date() and not AFTER_SIGNING.search(c.label)
    ]
    if not ends:
        return candidates
    signed = max(ends)
    handed = [c.mention.date() for c in candidates if c.kind in ACCEPTED and c.mention.date()]
    if not handed or max(handed) > signed:
        return candidates  # (a contract before the papers are in, or none handed in: no contract of this call's schedule)
    return [
        c
        for c in candidates
        if (c.kind in ("contract", "result") and not AFTER_SIGNING.search(c.label))
        or not c.mention.date()
        or window(c.mention.precision, c.mention.date())[0] <= signed
        or COUNCIL_DECIDES.search(c.label)
    ]


def viewing_opens_call(candidates: list[Candidate]) -> list[Candidate]:
    """「公告・入札説明書等の閲覧開始 7月4日」 in the schedule, 「(1) 閲覧期間 7月4日から8月5日まで」 in the body: a window of
    viewing that opens on the day the notice names the viewing's start as its publication is that publication's window,
    its end no step of its own (nor the same end given again: 「閲覧期間は同日から8月5日まで」)."""
    opened = {c.mention.date() for c in candidates if c.kind == "published" and c.mention.day and "閲覧" in L.unspaced(c.label)}
    viewing = [c for c in candidates if c.kind == "other" and "閲覧" in L.unspaced(c.label)] if opened else []
    ends = {c.mention.date() for c in viewing if c.opens in opened}
    if not ends:
        return candidates
    dropped = {id(c) for c in viewing if c.mention.date() in ends}
    return [c for c in candidates if id(c) not in dropped]


# 「…現地見学会を開催します。参加を希望する者は、参加申込みをしてください。」 / 「(3) 参加申込み 9月24日17時までに」,
# 「…現地確認の機会を設けます。参加を希望する者は、10月14日正午までに…申し込んでください」, 「Pre-proposal conference: Will be
# conducted.」 / 「Register by e-mail … no later than 1 September」: a bare sign-up said right after an event is named (before
# it on its line, or on a line above that gives no date: no row of a schedule) signs up for the event (other), not for the call
# (not 「参加申込書」: the call's own paper)
BARE_SIGNUP = re.compile(r"^(?:参加(?:の)?申込み?(?![書票用])|参加申し込み|参加を希望する(?:者|方)は|(?i:register\b))")
SIGNUP_EVENT = re.compile(
    r"見学会|現地確認|現地調査|現地説明会|(?i:\bsite\s(?:visit|tour)|\bpre-?(?:proposal|bid|tender)\s(?:conference|meeting))"
)
# 「現地説明会は実施しない。」「現地確認の機会は設けません」「There will be no site visit」: the event named only to say it is not
# held, so the sign-up after it is the call's own (read just after the event's name, with ``match`` from there: no 「^」,
# and the word before an English one)
EVENT_NOT_HELD = re.compile(
    r"[^。]{0,16}?(?:(?:行|実施し|開催し|設け)(?:わない|ない|いません|ません)|なし|は?ありません|中止)"
    r"|(?i:\s(?:will|shall)\snot\sbe\s(?:held|conducted))"
)
EVENT_NOT_HELD_BEFORE = re.compile(r"(?i:\bno\s$)")
SIGNUP_REACH = 3  # lines above the sign-up's where its event may be named
# the characters of a line read for the event: before the sign-up on its own line, at the end of a line above (the
# words that lead to the sign-up; a heading, at its start): each candidate reads no more, however long a one-line dump's line
SIGNUP_TEXT_REACH = 200
DAY_WRITTEN = re.compile(r"\d\s{0,2}[月/]\s{0,2}\d|\d{1,2}\s[A-Z][a-z]+\s\d{4}")  # a date on the event's line


def event_signups(candidates: list[Candidate], lines: list[str]) -> None:
    """A bare sign-up (「参加申込み」「参加を希望する者は」) under an event named just before it: the event's (``BARE_SIGNUP``)."""
    for candidate in candidates:
        if candidate.kind != "application" or not BARE_SIGNUP.match(L.clean_label(candidate.label)):
            continue
        at = candidate.line_no - 1
        line = lines[at] if 0 <= at < len(lines) else ""
        said = max(0, line.find(L.clean_label(candidate.label)))
        before = line[max(0, said - SIGNUP_TEXT_REACH) : said]
        if event_held(before) or event_above(lines, at):
            candidate.kind = "other"


def event_above(lines: list[str], at: int) -> bool:
    """An event named on one of the ``SIGNUP_REACH`` lines above line ``at`` that give no date (no row of a schedule),
    the nearest first, up to a numbered heading of the sign-up's own (「4 現地見学会」 … 「5 参加申込み」 over 「参加申込み
    4月16日まで」: the call's section after the event's, not the event's)."""
    for line in reversed(lines[max(0, at - SIGNUP_REACH) : max(0, at)]):
        text = line[-SIGNUP_TEXT_REACH:]
        if DAY_WRITTEN.search(text):
            continue
        if event_held(text):
            return True
        heading = line[:SIGNUP_TEXT_REACH].strip()
        if L.NUMBERING.match(heading) and BARE_SIGNUP.match(L.clean_label(heading)):
            return False
    return False


def event_held(text: str) -> bool:
    """An event a sign-up may be for named in ``text`` (``SIGNUP_EVENT``), not only to say it is not held
    (``EVENT_NOT_HELD``)."""
    return any(
        not EVENT_NOT_HELD.match(text, event.end(), event.end() + 40)
        and not EVENT_NOT_HELD_BEFORE.search(text[max(0, event.start() - 4) : event.start()])
        for event in SIGNUP_EVENT.finditer(text)
    )


def dialogue_before_hearing(candidates: list[Candidate]) -> None:
    """「対話の参加申込 11月26日」「対話の実施 12月6日～10日」 … 「プレゼンテーション・ヒアリング 2月中旬」: a dialogue
    held before the proposals are presented is a step beside the call's hearing, as a briefing (other), and so is its
    registration; in a sounding the dialogue is the hearing itself (no presentation after it)."""
    dialogues = [c for c in candidates if c.kind in ("hearing", "application") and DIALOGUE.search(c.label)]
    held = [c.mention.date() for c in dialogues if c.kind == "hearing" and c.mention.date()]
    if not held:
        return
    presented = [
        c.mention.date()
        for c in candidates
        if c.kind == "hearing" and c.mention.date() and not DIALOGUE.search(c.label) and c.mention.date() > max(held)
    ]
    if presented:
        for candidate in dialogues:
            candidate.kind = "other"


def weekday_anchor(candidates: list[Candidate], fiscal_year: int | None) -> dt.date | None:
    """The first year-less date whose written weekday fixes its year (「2月1日(月)」 in a notice of 令和9年度 is
    February 2027, before the fiscal year): the year of a schedule that writes none. (The plain form of
    ``WeekdayAnchors``, which the extraction asks.)"""
    return next((day for candidate in candidates if (day := weekday_fixed(candidate.mention, fiscal_year))), None)


def weekday_fixed(mention: Mention, fiscal_year: int | None) -> dt.date | None:
    """The date a year-less ``mention``'s written weekday fixes (``weekday_anchor``'s test of one mention), or None."""
    if mention.year is None and mention.weekday_to_check:
        probe = copied(mention)
        resolve_year(probe, None, fiscal_year)
        if probe.date() is not None and not weekday_mismatch(probe):
            return probe.date()
    return None


class WeekdayAnchors:
    """``weekday_anchor(candidates, fiscal_year)`` asked again and again while the candidates are read in order (each
    read changes its own mention only): each candidate's verdict is kept and worked out again only once it was read,
    not the whole list at each ask (a schedule of thousands of year-less dates no weekday fixes)."""

    def __init__(self, candidates: list[Candidate], fiscal_year: int | None):
        self.candidates, self.fiscal_year = candidates, fiscal_year
        self.mentions = [c.mention for c in candidates]  # (as they were: one mention may stand in several candidates)
        self.sharing: dict[int, list[int]] = collections.defaultdict(list)
        for index, mention in enumerate(self.mentions):
            self.sharing[id(mention)].append(index)
        self.days: list[dt.date | None] = []  # the verdicts of candidates[: len(days)]
        self.fixed: list[int] = []  # (a heap) the indices whose verdict is a date, some gone stale
        self.read = 0  # the candidates from here on were not read yet when last asked

    def _verdict(self, index: int) -> None:
        day = weekday_fixed(self.candidates[index].mention, self.fiscal_year)
        if index == len(self.days):
            self.days.append(day)
        else:
            self.days[index] = day
        if day is not None:
            heapq.heappush(self.fixed, index)

    def at(self, index: int) -> dt.date | None:
        """``weekday_anchor(candidates, fiscal_year)`` with the candidates up to ``index`` (itself in part) read."""
        changed = {shared for k in range(self.read, index + 1) for shared in self.sharing[id(self.mentions[k])]}
        for k in sorted(changed):
            if k < len(self.days):
                self._verdict(k)
        self.read = index
        while self.fixed and self.days[self.fixed[0]] is None:
            heapq.heappop(self.fixed)
        while not self.fixed and len(self.days) < len(self.candidates):
            self._verdict(len(self.days))
        return self.days[self.fixed[0]] if self.fixed else None


def weekdays_allow(day: dt.date, mentions: list[Mention]) -> bool:
    """Whether the year-less days with a weekday (「Mon 7 Jun」) let ``day`` give their year: one fits the year nearest
    it, or none has a weekday (a head's 「Procurement Rules (amended 1 April 2015)」 over 「Mon 7 Jun」「Fri 18 Jun」 of
    2027: a law's date in the heading, not the notice's, whose weekdays none fits)."""
    checked = [m for m in mentions if m.year is None and m.weekday_to_check]
    return not checked or any(fits_near(m, day) for m in checked)


def same_kind_step(candidate: Candidate, other: Candidate) -> bool:
    """Two candidates name one step: its kind, and for 「other」 (many steps of their own) its name too."""
    return candidate.kind == other.kind and (candidate.kind != "other" or same_step(candidate.label, [other.label]))


def weekday_reference(mention: Mention, reference: dt.date, others: tuple[dt.date | None, ...]) -> dt.date:
    """The date whose year a year-less ``mention`` with a weekday takes: ``reference``, a year written in prose above
    it (「令和3年4月1日以降に…実績を有すること」), unless the weekday does not fit the year nearest it but fits the year
    nearest one of ``others``, the notice's own dates (its 公告, its signature, its first date)."""
    if fits_near(mention, reference):
        return reference
    return next((day for day in others if day and fits_near(mention, day)), reference)


# 「…の議決を経て行います」「議決を得た後に」「議決の上」: the vote told in a sentence (not a row keyed 「議会の議決」)
COUNCIL_VOTE_PROSE = re.compile(r"議決を(?:経|得)|議決(?:の上|により|後に)")


def council_vote_told(candidate: Candidate, changed: set[int]) -> bool:
    """「※指定管理者の指定は、令和8年12月の市議会定例会における議決を経て行います。」 in a notice of a change: the council's
    vote the designation waits for, told again in a sentence that changes nothing (its month the session's), no date
    the notice changes."""
    if candidate.kind != "other" or candidate.changed_to or candidate.line_no in changed:
        return False
    label = candidate.label
    if "議決" not in label or "議会" not in label:
        return False
    told = [sentence for sentence in candidate.evidence.split("。") if "議決" in sentence]  # (its own sentence, not the
    if not any(COUNCIL_VOTE_PROSE.search(sentence) for sentence in told):  # line run on around it)
        return False  # 「指定管理者の指定（議会の議決）｜令和8年12月｜令和9年3月」: a row of the change's table, the new month
    return not any(CHANGE_WORDS.search(sentence) for sentence in told)


def schedule_end(days: list[dt.date]) -> dt.date | None:
    """The last day of the schedule: the latest date with another one within a year before it.

    A lone date years after all the others (a long contract's end that slipped through) is not the schedule's.
    """
    ordered = sorted(set(days))
    for later, earlier in zip(reversed(ordered), reversed(ordered[:-1])):
        if (later - earlier).days <= SCHEDULE_GAP:
            return later
    return ordered[-1] if ordered else None


def extract(text: str) -> Extraction:
    """Propose a notice from its text. Never raises on any text; an empty title becomes 「（件名不明）」."""
    order = SLASH_DAY_FIRST.set(slash_order(text))  # (「Mon 02/08/2027」 read in the order of the notice's other dates)
    try:
        return _extract(text)
    finally:
        SLASH_DAY_FIRST.reset(order)
        L.forget()  # the labels and lines this text repeated: kept for its own reading only


def en_listed_after_no_step(before: str) -> bool:
    """The English sentence a date is listed again in (after 「and from」, 「or on」; ``before``, the text up to it) opened
    on no step: 「Please note that the office is closed from」, 「The contract is expected to run from」, whose next days
    are the same thing's."""
    if JAPANESE.search(before, max(0, len(before) - EN_LISTED_AGAIN_REACH)):
        return False
    sentence = EN_ANY_SENTENCE_END.split(before[-EN_LISTED_AGAIN_REACH:])[-1]
    opening = EN_FIRST_DIGIT.split(sentence, 1)[0]
    return len(opening) < len(sentence) and bool(opening.strip()) and L.is_not_milestone(opening)


def call_deadline_said(candidate: Candidate, part: str) -> bool:
    """「1.2 Proposals must be submitted no later than 17:00 on Friday, 14 May 2027.」 in a specification's introduction
    (``part``, the section it stands under): the call's own deadline for its proposals, said in a sentence of its own
    outside the section of the call's steps (under a work's section, 「6. REPORTS」, the work's own)."""
    return candidate.kind == "submission" and bool(EN_OPENING_PART.match(part)) and bool(EN_CALL_DEADLINE.search(candidate.label))


def _extract(text: str) -> Extraction:
    reader = Reader(text)
    text = reader.text
    title = reader.title() or "（件名不明）"
    fiscal_year = reader.fiscal_year(title)
    candidates = [] if reader.cancelled() else reader.candidates()
    candidates = [c for c in candidates if not OLD_VERSION_LABEL.search(c.label[-OLD_VERSION_LABEL_REACH:])]
    candidates = reader.amended(candidates) if "とあるのは" in text else candidates
    if "とあるのは" in text or "改め" in text:  # 「…中「…」を「…」に改める」: each day a clause moves, a step
        candidates = reader.clause_steps(candidates)
        candidates = [c for c in candidates if not reader.window_end_moved(c)]
    candidates = loose_ends_read(without_changed(candidates, reader.paragraph_calls(candidates)))
    candidates = reader.days_of_one_event(candidates)
    candidates = reader.papers_period(candidates) if any(word in text for word in PAPERS_QUOTED_HINT) else candidates
    changed = reader.changed_lines(candidates)
    change_notice = reader.change_notice(candidates, changed)
    if reader.unchanged_rows and not change_notice and not reader.call_page_edited:  # 「変更前 | 変更後」 over
        # 「2027/10/8(金) 17:00 | 変更なし」: a table of a change, pasted or forwarded (no heading of a change notice over
        # it), restates the steps it leaves alone (on the call's own page updated in place, its steps as they stand)
        restated = [c for c in candidates if c.line_no in reader.unchanged_rows and not c.changed_to]
        if restated:
            stands = {told_key(c) for c in restated if c.mention.month}
            candidates = [c for c in candidates if c.line_no not in reader.unchanged_rows or c.changed_to]
            candidates = [c for c in candidates if not reader.told_again(c, stands, changed)]
    if not change_notice and EN_OLD_SCHEDULE_HINT.search(text):
        # 「For reference, the original schedule was:」 over the quoted old dates, in a corrigendum forwarded or told as
        # a mail (no change notice read): the lead-in says they no longer hold
        quoted_old = reader.old_schedule_lines(english_only=True)
        candidates = [c for c in candidates if c.line_no not in quoted_old or c.changed_to]
    if change_notice:  # a notice of a change to a call published before: what it changes, not what it restates
        told = list(candidates)  # (every step the notice tells, restated or not)
        unmarked = reader.unmarked_rows(candidates, changed)
        head_day = reader.en_own_day_written()  # (「Date of this Amendment: 14 January 2027」, where no step was read on it)
        own_days = [c.mention.date() for c in candidates if reader.en_own_day(c)] or [head_day]
        restated = [
            c
            for c in candidates
            if reader.restated_unchanged(c, changed)
            or reader.marked_unchanged(c, changed)
            or reader.start_as_before(c)
            or reader.same_in_both_versions(c)
        ]  # (a window's start its old and new versions share, though its end moved: the call's publication, as it was)
        dropped = {id(c) for c in restated} | {id(c) for c in candidates if reader.keyed_old(c)}
        # 「変更後：2025年11月20日（木）から2025年12月19日（金）まで」 and the English Summary's 「Period for obtaining tender
        # documentation: changed to "from 20 November, 2025 through 19 December, 2025"」: the papers' window told twice, its
        # start as before in both (the English one, a summary of the Japanese, repeats what it restates)
        opened = {told_key(c) for c in restated if c.kind == "published" and c.window and not c.mention.english}
        dropped |= {
            id(c) for c in candidates if c.kind == "published" and c.window and c.mention.english and told_key(c) in opened
        }
        # 「◆プレゼンテーション審査　令和9年7月22日(木)午後」 unmarked in the restated schedule and an answer's 「令和9年7月22日
        # (木)午後を予定しています。」: the step told again in prose on the day the schedule restates it, as it stands
        as_restated = {(c.kind, told_key(c)) for c in candidates if c.line_no in unmarked and c.mention.month}
        dropped |= {
            id(c) for c in candidates if (c.kind, told_key(c)) in as_restated and reader.told_again(c, {told_key(c)}, changed)
        }
        candidates = [c for c in candidates if c.line_no not in unmarked and id(c) not in dropped]
        candidates = [c for c in candidates if not council_vote_told(c, changed)]
        if "変更" in text and OTHERS_UNCHANGED.search(text):  # 「…その他の日程に変更はありません。」 and an answer's
            # 「参加資格確認結果の通知（12月3日（木）予定）にあわせて…お知らせします」: a step the notice names in passing, its
            # day in brackets after its name, stands as it was
            candidates = [c for c in candidates if c.changed_to or c.line_no in changed or not reader.cited_in_brackets(c)]
        # 「…参加意思確認書（2027年1月8日締切）を提出された事業者の皆様に…」: a step the notice names as done
        candidates = [c for c in candidates if c.changed_to or c.line_no in changed or not reader.done_in_brackets(c)]
        called_off = reader.event_called_off
        if called_off:  # 「…募集説明会の中止について」: the event called off and its sign-up (「説明会の参加申込み（7月9日締切）
            # をされた事業者には…」) are steps no more, where the notice gives them no new day
            candidates = [c for c in candidates if c.changed_to or c.line_no in changed or called_off not in c.label]
        if reader.corrected_call_day is not None and ("済" in text or "終了" in text or "完了" in text):
            # (a notice whose head cites the call it changes: the steps of the call it lists as over, no step to come)
            candidates = [c for c in candidates if not reader.marked_done(c, changed)]
        if restated:  # 「（２）質問書の提出期限　令和９年６月15日（火）午後５時（変更なし）」 and an answer's 「…令和９年６月
            # 15日（火）午後５時までに提出してください。」: the same day and time the notice says stands, told again in prose
            stands = {told_key(c) for c in restated if c.mention.month}
            candidates = [c for c in candidates if not reader.told_again(c, stands, changed)]
        quoted_old = reader.old_schedule_lines() if "の" in text or EN_OLD_SCHEDULE_HINT.search(text) else set()
        if quoted_old:  # 「（公告時の日程）」 over the call's dates the change moved or put off: the old ones, quoted
            candidates = [c for c in candidates if c.line_no not in quoted_old or c.changed_to]
        if "内" in text and old_in_brackets_said(text):  # 「（　）内は変更前の日程」
            candidates = [c for c in candidates if not reader.old_in_brackets(c)]
        days = reader.amended_days() if reader.amends else None
        if days:  # 「（参考）改正後の実施要領（抜粋）」 under the clauses that amend it: its other days restated
            candidates = [
                c
                for c in candidates
                if c.changed_to
                or c.line_no in changed
                or step_day("", c.mention) in days
                or c.line_no in reader.added_items
                or (c.line_no, step_day("", c.mention)) in reader.reopened_days
            ]
        if own_days and own_days[0]:  # 「Date of Issue: December 22, 2026」 then 「…amends the IFB issued on 7 December 2026」:
            # a day before the change notice's own is the changed call's history, no step to come
            candidates = [
                c
                for c in candidates
                if c.mention.date() is None or window(c.mention.precision, c.mention.date())[1] >= own_days[0]
            ]  # (a day its year is not yet read for: the year comes later, from the notice's other dates)
        own_day = next((day for day in reader.signature_days if day), None) or head_day or reader.posted_day()
        if own_day:  # 「The Request for Proposals announced on 17 May 2027 is amended as follows.」 above its signed day,
            # 「入札公告（令和9年1月6日）の一部変更」 under 「Date of this Amendment: 14 January 2027」: the changed call's
            # publication, before the change notice's own day, no step of the change (「掲載日：令和8年9月14日」 over
            # 「・実施要領（令和8年9月1日公表）」: the day it was posted, where no signatory dates it)
            candidates = [c for c in candidates if not reader.published_before(c, own_day, changed)]
        postponed = reader.postponed if "次第" in text or "追" in text or "未定" in text or "改めて" in text else []
        # 「(2) プレゼンテーション審査」 / 「当初：2月5日(金)」 / 「変更後：追ってお知らせします」: the step put off with no new
        # date; its old day, told again elsewhere (the plan a mail quotes), holds no more
        for _, kind, step, olds in postponed:
            for old in olds:
                if old.month:
                    reader.superseded.add(step_day(kind, old))
                    reader.superseded_steps.setdefault(step_day(kind, old), []).append(step)
        if reader.own_subject:  # the issuer's own mail of a change: the earlier mail
            earlier = reader.earlier_mail_at()  # it quotes (「-----Original Message-----」, 「> …」) gave the plan before it
            # (a mail that moves one step alone, 「見積書の提出期限を…に変更します。」, leaves the quoted plan's steps it names
            # nowhere as they stand: 「■見積合わせの結果 11月下旬」; a mail that sets out its schedule anew, or says the
            # rest stands (「その他の日程に変更はありません。」), leaves none of the plan it quotes; the steps it puts off
            # with no new date, 「変更後：追ってお知らせします」, are its schedule's too)
            own = [c for c in told if c.line_no < earlier and not reader.quoted(c.line_no)]
            put_off = {kind for line_no, kind, _, _ in postponed if line_no < earlier and not reader.quoted(line_no)}
            if len({c.kind for c in own} | put_off) > 1 or OTHERS_UNCHANGED.search("\n".join(reader.lines[: earlier - 1])):
                own = told
            candidates = [
                c
                for c in candidates
                if (c.line_no < earlier and not reader.quoted(c.line_no)) or not any(same_kind_step(c, o) for o in own)
            ]
        if reader.first_full_date:  # 「…プロポーザルの日程延期のお知らせ 令和6年6月21日 桜灯市…」: the change notice's own
            # title run onto its first date, the notice's day, no step
            candidates = [c for c in candidates if not reader.titled_own_day(c, reader.first_full_date)]
        sheet_day = reader.first_full_date if "回答書" in text[:HEAD_CHARS] or reader.answer_sheet else None
        if sheet_day:  # 「…企画提案競技 質問回答書 令和8年12月11日 檜垣県…」: the day of the answer sheet that moves the call's
            # dates, under the sheet's name (its heading run onto its date), no answer to come
            candidates = [c for c in candidates if not reader.sheet_own_day(c, sheet_day)]
        answered_on = reader.answer_sheet_day()
        if answered_on:  # a 質問回答書 that moves the call's dates: the questions it answers were asked before it, and
            # its own day is their answer, given (「回答日：令和10年1月21日」); no step to come
            candidates = [c for c in candidates if not reader.answered_by_sheet(c, answered_on, changed)]
        cited = reader.corrected_call_day
        if cited is not None:  # 「ピン留め:…公募ページ(令和9年9月27日公告)」: the changed call named by its day again
            candidates = [c for c in candidates if not reader.call_cited(c, cited)]
            # 「（１）配布期間　公告の日から＿＿令和9年1月20日＿＿まで」 in the call's text the notice restates: the window
            # opens on the day of the call it changes, published before, no step of the change
            candidates = [
                c
                for c in candidates
                if not (c.kind == "published" and c.from_notice is not None and not c.changed_to and c.line_no not in changed)
            ]
    if reader.changes and "変更" in text:  # 「◆参加申込書の提出期限  令和9年6月30日(水)午後5時」 over 「※参加申込書の提出期限は
        # 変更ありません。」: the row of the step the note says stands, restated
        noted: dict[str, list[int]] = collections.defaultdict(list)
        for number, kind in reader.noted_unchanged():
            noted[kind].append(number)  # (by kind, so that each row looks only at the notes below it of its kind)
        if noted:
            candidates = [c for c in candidates if not reader.noted_row(c, noted, changed)]
    if reader.superseded:  # 「（誤）10月16日」: the old date of a step, also where the text quotes the notice before
        candidates = [
            c
            for c in candidates
            if not any(
                step_day(kind, c.mention) in reader.superseded
                and same_step(c.label, reader.superseded_steps.get(step_day(kind, c.mention), []))
                for kind in superseded_kinds(c)
            )
            or c.changed_to
            or c.line_no in changed
            or c.line_no in reader.unchanged_lines
            or reader.corrected_on_same_day(c)
        ]
    candidates += reader.dated_as_named(candidates)
    candidates += (
        reader.on_day_of_named(candidates) if "当日" in text or "直ちに" in text or "引き続" in text or "引続" in text else []
    )
    candidates += reader.during_window_above(candidates)
    candidates += reader.opened_today() if "本日" in text else []
    candidates = tracker_rows(candidates, reader.lines)
    candidates = this_call(candidates, reader.lines)
    candidates = reader.own_events(candidates) if "開催" in text else candidates
    candidates = reader.featured_case(candidates)
    if not reader.digest_cases:
        reader.listed_calls(candidates)
    if not reader.digest_cases:
        reader.call_paragraphs(candidates)
    candidates = reader.changed_post(candidates) if candidates else candidates
    ends = reader.specification() if candidates else None
    if ends is not None:  # 「第1校の提出 3月26日」「現地下見は8月上旬」: the work's own steps
        candidates = [
            c
            for c in candidates
            if c.line_no > ends or CALL_PART.search(part := reader.part_of(c.line_no - 1)) or call_deadline_said(c, part)
        ]
    closed = reader.closed_rounds() if "終了" in text or "締" in text or "過去" in text or "]" in text else set()
    if closed and any(c.line_no - 1 not in reader.bulletin_sections for c in candidates):
        # (a bulletin's page of one section alone, 「[AWARDED] CONTRACT」, is its own tender's; not a list of closed calls
        # or a closed round, though nothing else is dated: none of theirs is a step to come)
        candidates = [c for c in candidates if c.line_no - 1 not in closed]
    awarded = reader.awarded_at() if reader.chat else None
    if awarded is not None:  # the team's chat once the call was won: the work's dates below, no step of the call
        candidates = [c for c in candidates if c.line_no - 1 < awarded]
    candidates = reader.later_mails(candidates) if reader.mail_headers else candidates
    forwarded = reader.forwarded_at()
    if forwarded is not None and note_moves_call(candidates, reader.lines, forwarded, frozenset(reader.superseded)):
        candidates = [c for c in candidates if c.line_no < forwarded]  # the change told above the call it forwards
    elif forwarded is not None and reader.replying and answers_quoted_ask(candidates, forwarded):
        candidates = [c for c in candidates if c.line_no < forwarded]  # the call's dates told in answer to the quoted ask
    elif (
        forwarded is not None
        and any(c.line_no > forwarded for c in candidates)
        and not restates(candidates, forwarded)
        and not moves_quoted_steps(candidates, reader.lines[: forwarded - 1], reader.superseded)
    ):
        candidates = [c for c in candidates if c.line_no > forwarded]  # the forwarder's own tasks above what is forwarded
    explicit = [c.mention.date() for c in candidates if c.mention.explicit_year and c.mention.date()]
    issued = next((day for day in reader.signature_days if day), None)
    yearless = any(c.mention.year is None for c in candidates)
    # (「…公募型プロポーザル 質問回答書  令和9年11月5日」: a sheet's heading run onto its date, a page read as one line)
    dated = (
        (issued or reader.dated_head or (reader.first_full_date if reader.answer_sheet else None))
        if explicit and yearless
        else None
    )
    # (「令和9年11月5日」 atop a 質問回答書 whose answers tell 「令和10年6月頃」「令和11年3月」 of the work: a written date
    # more than a year after the document's own is the work's, not the schedule's its year-less days are in)
    # (nor one more than a year before it: 「契約日が令和3年12月25日以降であれば実績として…」 in an answer of a sheet dated
    # 令和9年1月12日, the cut-off of the work a bidder may cite, years before the schedule its year-less days are in)
    latest = schedule_end([day for day in explicit if abs((day - dated).days) <= SCHEDULE_GAP] if dated else explicit)
    printed = reader.issue_month() if yearless else None
    # (a correction's own date: the steps of the call it corrects, restated as its schedule's items, may come before
    # it; what its sentences tell of before it is past: 「参加表明書の提出状況（8月25日公表）を踏まえ」)
    opened = reader.corrected_call_day if issued else None
    # (「公告の日から…まで」: the notice's own day; a change notice's restated window of the call it changes is read
    # above, under ``corrected_call_day``)
    candidates = [on_notice_day(c, issued) for c in candidates if c.from_notice is None or issued]
    schedule_days = set(explicit)
    opened_on = min(
        (c.mention.date() for c in candidates if c.kind == "published" and c.mention.explicit_year and c.mention.date()),
        default=None,
    )  # the call's publication, written with its year
    kept, warnings, previous = [], [], None
    before = None  # the day of the step kept last (not the work's, a year past the document's own day)
    turn = None
    written = collections.defaultdict(set)  # the years each step is written with (its kind, month and day)
    written_days = collections.defaultdict(set)  # the years each month and day is written with, of any step
    for candidate in candidates:
        if candidate.mention.explicit_year and candidate.mention.year is not None:
            written[step_day(candidate.kind, candidate.mention)].add(candidate.mention.year)
            if candidate.mention.day and candidate.mention.day > 0:
                written_days[candidate.mention.month, candidate.mention.day].add(candidate.mention.year)
    head = reader.head_day() if not (latest or issued or reader.first_full_date or printed) else None
    head = head if head and weekdays_allow(head, [c.mention for c in candidates]) else None
    around = latest or issued or reader.first_full_date or printed or head
    told = weekdays_year([c.mention for c in candidates], around.year) if around else None
    anchors = WeekdayAnchors(candidates, fiscal_year)
    for index, candidate in enumerate(candidates):
        mention = candidate.mention
        if reader.turns:  # (a speaker answering a question restates a step: his turn's schedule starts afresh)
            this_turn = bisect.bisect_right(reader.turns, candidate.line_no - 1)
            previous, turn = (previous if this_turn == turn else None), this_turn
        if mention.year is None and len(years := written.get(step_day(candidate.kind, mention), ())) == 1:
            # 「・現地説明会 6月16日」 in a summary above 「現地説明会 令和8年6月16日(火)」: the same step, its year written there
            mention.year = next(iter(years))
            validate(mention)
        elif mention.year is None and mention.day and len(years := written_days.get((mention.month, mention.day), ())) == 1:
            # 「追加質問は、6月3日に公表する回答の内容に…」 under 「回答の公表 令和8年6月3日」 and a schedule run on to 8月: the
            # day written in full above, its year there (not the year after the schedule's last step)
            mention.year = next(iter(years))
            validate(mention)
        if mention.year is None:
            reference = candidate.reference or latest or issued or reader.first_full_date or printed
            if mention.weekday and reference and reference == candidate.reference and reference not in schedule_days:
                reference = weekday_reference(mention, reference, (latest, issued, reader.first_full_date, printed))
            if reference is None and reader.mail_headers:  # 「Date: Tue, 12 Jan 2027」 over 「by Tuesday 19th January」
                reference = reader.sent_day(candidate.line_no - 1)  # a mail's year-less dates: the year it was sent
            if reference is None:  # no year written below: the step before, the year the head states, or the first a
                reference = before or head or anchors.at(index)  # weekday fixed
            if before and candidate.reference and candidate.reference not in schedule_days:
                reference = before  # 「委託期間 …令和9年3月31日まで (1)質問締切 5月15日」: the step before, not the period
            anchor = latest or issued or printed  # (no year in the schedule: the notice's own date, its issue's month)
            if reference and anchor and abs((anchor - reference).days) > 400:
                reference = anchor  # a citation's or history's year (a period's end) is not the schedule's
            if issued and reference and reference < issued:
                reference = issued  # no step of the call comes before the notice itself
            if told and reference and mention.weekday_to_check and not fits_near(mention, reference):
                reference = dt.date(told, mention.month, 1)  # the year all the text's weekdays fit, not a period's end
            unresolved = copied(mention) if opened_on and candidate.reference is None else None
            resolve_year(mention, reference, fiscal_year, previous)
            late = mention.date() if unresolved else None
            if late and (late - opened_on).days > SCHEDULE_GAP:
                # 「6月上旬 ▶ プレゼンテーション」 in a flow of a call published 令和9年4月12日 whose latest written date is a
                # contract's end 令和10年3月31日: the step comes within a year of the call's publication
                resolve_year(unresolved, opened_on, fiscal_year, previous)
                # (not where the day's written weekday falls in that year no more: 「between Tuesday 29 June and Thursday
                # 1 July 2027」 under 「… as last amended on 1 April 2025」, a citation read as a publication)
                if unresolved.date() and unresolved.date() >= opened_on and not weekday_mismatch(unresolved):
                    candidate.mention = mention = unresolved
        else:
            resolve_year(mention, None, None)
        day = mention.date()
        if day is None:
            continue
        # (「5月下旬」 after a notice of 5月11日 is to come; 「令和8年5月」 alone names the notice's month, a document's)
        last = window(mention.precision, day)[1] if mention.precision.endswith("_month") else day
        if (
            issued
            and candidate.kind != "published"
            and last < issued
            and not reader.restated_step(candidate, opened)
            and not (opened and candidate.line_no in reader.unchanged_lines and day >= opened)
        ):
            continue  # a past contract, a meeting held before the notice: not a step of this call
        if latest and (latest - day).days > 365 * HISTORY_YEARS:
            continue  # the notice's own history or a citation, not a coming milestone
        if weekday_mismatch(mention):
            candidate.warnings.append(
                f"{reader.line_number(candidate.line_no - 1)}行目: {day.month}月{day.day}日は「{'月火水木金土日'[day.weekday()]}曜日」です"
                f"（本文は「{mention.weekday}」）。日付を確認してください。"
            )
        kept.append(candidate)
        if dated and (day - dated).days > SCHEDULE_GAP:
            continue  # (「計画の公表は令和11年3月を予定」 in an answer of a sheet of 令和9年11月: the work's, no step before)
        previous = before = day  # the step before the next one, for a schedule that turns the year
    kept = call_periods(kept, bool(change_notice))
    kept = reader.main_article(reader.amending_notice_only(reader.unrelated_parts(kept)))
    kept = reader.gazette_call_only(kept)
    if issued and any(c.kind == "published" and c.mention.date() >= issued for c in kept):
        # 「本公告は令和6年5月28日開催の総代会において議決された」 in a notice of 10月7日: the call opens with the notice
        kept = [c for c in kept if c.kind != "published" or c.mention.date() >= issued]
    next_stage(kept)
    first_day = min((c.mention.date() for c in kept), default=None)
    if first_day and not change_notice and not any(c.kind == "published" for c in kept):
        for candidate in kept:  # 「1 | Issue of ITT to pre-qualified Bidders | 04-Jan-2027」 first in the invitation's own
            # calendar, no publication before it: the papers those bidders receive are this call, published that day
            # (after an EOI's steps the same row is the second stage's, ``other``)
            if candidate.kind == "other" and candidate.mention.date() == first_day and L.ISSUED_TO_CHOSEN.search(candidate.label):
                candidate.kind = "published"
    kept = reader.each_call(after_contract, kept)
    if issued and not change_notice and not any(c.kind == "published" for c in kept):
        kept += reader.handed_out_from_notice(issued)  # 「本公告の日から交付する」: the papers out on the notice's day
        # (not in a notice of a change: its day is no call's publication)
    dialogue_before_hearing(kept)
    event_signups(kept, reader.lines)
    kept = viewing_opens_call(kept)
    # 「アーカイブ配信（令和8年1月31日まで公開）」「動画の公開 12月」: a day something is put up after every deadline
    # is the work's, not the call's publication (a window 「7月10日～8月25日 募集要綱の公開」 may still open it)
    last_deadline = max((c.mention.date() for c in kept if c.kind in ACCEPTED), default=None)
    if last_deadline is not None:
        kept = [c for c in kept if c.kind != "published" or c.window or c.mention.date() <= last_deadline]
    published = [c.mention.date() for c in kept if c.kind == "published" and c.mention.explicit_year and c.mention.day]
    if published:  # 「審査基準は、5月27日に開催した選定委員会で決定しました」: what came before the call's publication
        opened = min(published)
        kept = [c for c in kept if c.kind == "published" or window(c.mention.precision, c.mention.date())[1] >= opened]
    closing, final, final_day, scopes = reader.daily_hours_closing()
    # (「質問の受付 9月13日から17日まで」 in the schedule, 「受付期間 …17日まで、各日午前9時から午後5時まで」 in the body:
    # the step's own hours, not the office's 「受付時間 8時30分から17時15分まで」)
    timed = {(c.kind, c.mention.date()) for c in kept if c.mention.time is not None and c.mention.day} if closing else set()
    for candidate in kept:  # 「受付時間 午前9時から午後5時まで」 stated once: a window ends at its closing time
        mention = candidate.mention
        if closing and mention.time is None and mention.day and candidate.kind in (*ACCEPTED, "other"):
            line = reader.lines[candidate.line_no - 1]  # 「（閲覧は…11月19日まで、受付時間は上記6と同じ）」: the hours told
            if "時間" in line and "まで" in line and len(line) <= LONG_LINE and HOURS_SAME_AS.search(line):
                if not L.is_event(candidate.label):
                    mention.time, mention.precision = closing, "datetime"
                    continue
        if not (candidate.window and mention.time is None and mention.day):
            continue
        own = reader.hours_below(candidate.line_no - 1) if candidate.kind in (*ACCEPTED, "other") else None
        scoped = (scopes is None or candidate.kind in scopes) and (candidate.kind, mention.date()) not in timed
        if own or (closing and candidate.kind in ACCEPTED and scoped):
            mention.time, mention.precision = own or closing, "datetime"
        if not own and final and candidate.kind in ACCEPTED and final_day in (None, (mention.month, mention.day)):
            mention.time, mention.precision = final, "datetime"  # 「ただし、最終日は正午まで」: the window's last day
    hours = reader.table_hours() if kept and ("各日" in text or "毎日" in text) else {}
    for candidate in kept if hours else []:  # 「（期間の欄の時間は、各日とも午前9時から午後5時まで）」 by the schedule
        mention, closing = candidate.mention, hours.get(candidate.line_no - 1)
        if closing is None or not candidate.window or mention.time is not None or not mention.day:
            continue
        if candidate.kind in ACCEPTED or (candidate.kind == "other" and not L.is_event(candidate.label)):
            mention.time, mention.precision = closing, "datetime"
    keyed = reader.keyed_hours() if kept else {}
    for candidate in kept if keyed else []:  # 「資料閲覧 5月8日～5月12日」 and 「(3) 閲覧日時 各日…午後4時30分まで」
        mention = candidate.mention
        if candidate.window and candidate.kind == "other" and mention.time is None and mention.day:
            named = [time for key, time in keyed.items() if key in L.unspaced(candidate.label)]
            if len(named) == 1:
                mention.time, mention.precision = named[0], "datetime"
    for candidate in kept:
        # (an English label's last space parts its words, not a paper listed above from its window's key: 「- Expression
        # of interest: 30 June」 over 「- Deadline for submission of proposals: 14 July」 is no list of one step's papers)
        if candidate.kind == "submission" and " " in candidate.label and not candidate.label.isascii():
            head = reader.list_head(candidate.label.rsplit(" ", 1)[0], candidate.line_no)
            if head and L.kind_of(head) == "application":  # (「・資格確認申請書 / ・実績調書 / ・…書類」 「受付期間」)
                candidate.kind = "application"
    for candidate in kept:
        named = PAPERS_NAME.match(L.unspaced(L.clean_label(candidate.label))) if candidate.kind == "submission" else None
        if named and reader.papers_listed(named["papers"], candidate.line_no - 1) == {"application"}:
            candidate.kind = "application"  # 「(6) 応募書類 ア 参加意思確認書 イ …の写し」: the papers of an application
        if candidate.kind == "submission" and not named:  # (「申請書類（様式3から様式6まで）の受付期間は」: its forms aside)
            named = PAPERS_NAME.match(PARTICLE.sub("", L.QUALIFIER.sub("", L.unspaced(L.clean_label(candidate.label)))))
        if named and reader.act_told_before(candidate, named["papers"][:2]) == "application":
            candidate.kind = "application"  # 「まず参加資格審査の申請を行ってください。申請書類（…）の受付期間は」: its papers
    handed_in = [c for c in kept if c.kind == "submission" and not OFFER_PAPER.search(c.label)]
    if handed_in and reader.checks_participants():
        for candidate in handed_in:  # 「応募書類の提出期限」 of a 参加者確認公募: the wish to take part, no offer
            candidate.kind = "application"
    unnamed = [c for c in kept if c.kind == "submission" and c.label.isascii() and not EN_OFFER_PAPER.search(c.label)]
    if unnamed and not any(c.kind == "application" for c in kept) and reader.calls_for_interest():
        for candidate in unnamed:  # 「EXPRESSION OF INTEREST」 … 「Closing date and time」: the expressions of interest
            candidate.kind = "application"
    if any(c.kind == "submission" and BID_PAPER.search(c.label) for c in kept):
        for candidate in kept:  # 「申請書提出期限」 beside 「入札書提出期限」: the bidders' qualification papers
            paper = L.unspaced(L.clean_label(candidate.label))
            if (
                candidate.kind == "submission"
                and BARE_APPLICATION.match(paper)
                and not any(L.kind_of(m.group()[1:-1]) == "submission" for m in L.QUALIFIER.finditer(paper))
            ):  # (「技術審査資料（提案書）」: the bracket names a proposal, handed in as such)
                candidate.kind = "application"
    starts = reader.event_starts() if kept else {}
    for topic, start in starts.items():  # 「プレゼンテーション審査は、…午前9時30分から順次行う」: the event's day starts then
        named = [
            c
            for c in kept
            if c.mention.day
            and c.kind in ("hearing", "other")
            and topic in L.unspaced(c.label)
            and not EVENT_SIGN_UP_AFTER.match(L.unspaced(c.label).split(topic, 1)[1])
        ]  # (「現地説明会の参加申込」: the sign-up for the event, its own deadline, not the event)
        if len({c.mention.date() for c in named}) == 1 and all(c.mention.time is None for c in named):
            for candidate in named:
                candidate.mention.time, candidate.mention.precision = start, "datetime"
    reader.shared_times(kept)
    default, default_kind = reader.default_deadline_time()
    for candidate in kept if default else []:
        mention = candidate.mention
        if candidate.kind not in ACCEPTED or default_kind not in (None, candidate.kind):
            continue
        if mention.time is None and mention.day and mention.precision == "date":
            mention.time, mention.precision = default, "datetime"
    if not any(c.kind == "submission" for c in kept) and "持参" in text:
        for candidate in kept:  # 「見積合わせ 日時 9月24日午前10時」 / 「見積書は、当日、…持参してください」: handed in there
            if candidate.kind == "other" and QUOTE_SESSION.search(candidate.label) and reader.brought_on_the_day(candidate):
                candidate.kind = "submission"
    # 「指名通知日 4月12日」 / 「入札説明書等の交付 4月12日～」: the nomination sent with the papers opens the call
    # (after a 指名希望 the nomination is its result, on a later day)
    opened_days = {c.mention.date() for c in kept if c.kind == "published" and c.mention.day}
    for candidate in kept if opened_days else []:
        if (
            candidate.kind == "result"
            and candidate.mention.day  # (「2月下旬に指名通知書を発送」: later in the month the papers came out in)
            and candidate.mention.date() in opened_days
            and NOMINATED.search(candidate.label)
        ):
            candidate.kind = "published"
    if "とおり" in text or "参照" in text:
        kept = reader.times_by_item(kept)
    kept = reader.event_times_below(kept)
    if any(word in text for word in REFERRING_WORDS):
        reader.times_by_reference(kept)
    warnings += list(dict.fromkeys(reader.problems))
    milestones, evidence = [], []
    if "案件" in text:
        reader.case_lots(kept)
    if reader.digest_cases:  # a digest of several calls, each with its schedule: each call's steps merged on their own
        parts = collections.defaultdict(list)
        for candidate in kept:
            parts[reader.digest_part(candidate)].append(candidate)
        merged = sorted(  # (the calls' steps in the order of their days, as one call's are)
            (candidate for part in parts.values() for candidate in merge(part)),
            key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no),
        )
    else:
        kept = portal_zone_repeats(kept, reader.lines) if "T" in text else kept
        merged = merge(reader.retimed_in_chat(reader.crossed_in_chat(reader.retracted_in_chat(kept))) if reader.chat else kept)
    for candidate in merged:
        warnings += candidate.warnings
        mention = candidate.mention
        try:
            milestones.append(
                MilestoneProposal(
                    kind=candidate.kind,
                    label=L.shown_label(candidate.label)[:200],
                    date=mention.date(),
                    precision=mention.precision,
                    time=mention.time if mention.precision == "datetime" else None,
                    note=" ".join(candidate.notes),
                    evidence=candidate.evidence[:500],
                )
            )
        except ProposalError:
            continue
        evidence.append(
            {"line": reader.line_number(candidate.line_no - 1), "offset": candidate.offset, "text": candidate.evidence[:500]}
        )
    proposal = NoticeProposal(title=title[:300], issuer=reader.issuer()[:200], milestones=tuple(milestones))
    return Extraction(proposal=proposal, evidence=evidence, warnings=list(dict.fromkeys(warnings)))
