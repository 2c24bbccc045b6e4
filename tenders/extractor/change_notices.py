"""The reading of a separate change notice: the marks and columns of a schedule's old and new versions (訂正前／訂正後,
変更前／変更後, 誤／正, 当初 and the rounds of a change, 「Original」／「Amended」, a 新旧対照表's columns, a version header),
the old values a notice keeps in brackets (「（当初：7月31日）」「（　）内は変更前の日程」) or tells in a sentence
(「当初の日程は、…であった。」), a legend of the marks of changed rows, a row the same in each version, the new version
named in a date's own sentence, an English sentence that tells the day a step was moved on, the issuer's notice of a
change named by a team's words that pass it on, and the words a comment quotes from the paper it is made on."""

from __future__ import annotations

import bisect
import re

from tenders.extractor.dates import AFTER_CHANGE, BEFORE_CHANGE, EN_CHANGE_VERBS, VERSION_OF, Mention
from tenders.extractor.firsts import first_characters_guarded
from tenders.extractor.normalize import IN_BRACKETS_OLD, nfkc

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
    # (「After amendment: By Friday, 22 January」「After correction:」「Following the change:」: the key with its noun)
    r"|^(?:After|AFTER|Now|NOW|Following|Post)(?:[\s-](?i:the\s)?(?i:amendment|correction|change|revision))?(?:\s{0,2}:)?"
    r"(?:\s{1,2}(?i:by|on|until|at))?$"
    r"|^(?i:as\s(?:amended|revised|corrected|changed)|amended\s(?:text|wording|version|provision))(?:\s{0,2}:)?(?:\s{1,2}(?i:by|on|until|at))?$"
)

# 「旧」 as the key of the old version (「旧：」「（旧）」「旧日程」「旧 6月5日」), not the first character of a name of what
# was (「会場：旧藤ノ森小学校」「旧庁舎」「旧町役場」): a venue's or a building's former name keeps its step (「新旧対照表」:
# the key; not 「スケジュール新旧対照表(PDF:58KB)」, a file linked from a page, its kind and size after its name, nor
# 「次の新旧対照表のとおり」「新旧対照表を参照」, the table named in prose, its old column not here)
OLD_NOT_A_NAME = (
    r"(?:(?<=新旧)(?!対照表\s?(?:\(\s?(?i:pdf|word|excel|docx?|xlsx?)\b|の(?:とおり|通り)|に(?:よ|示)|を?参照))"
    r"|(?=日程|期限|日時|日付|締切|予定|スケジュール)"
    r"|(?![\u3005\u4e00-\u9fff\u30a0-\u30ff]))"
)

# 「中断前の日程」「中止前に提出された参加申込書（受付期限 8月8日）」: a date as it stood before the call was suspended or
# called off, in a notice that resumes it (the resumed schedule's dates are given as new; not 「中止前日」, a day)
SUSPENDED_WORDS = r"中断|停止|休止"  # a call's suspension (not 中止: a call called off)

SUSPENDED_BEFORE = rf"(?:中止|{SUSPENDED_WORDS})前(?!日)"

SUPERSEDED = first_characters_guarded(
    re.compile(
        rf"{BEFORE_CHANGE}|{SUSPENDED_BEFORE}|[(<〈《〔【\[]\s?誤\s?[)>〉》〕】\]]|誤\)|(?:^|\s)誤\s?(?:\s|$|[:：])|旧{OLD_NOT_A_NAME}"
        r"|\(\s?(?i:before|original|old|previous)(?:\s(?:change|correction|amendment))?\s?\)"  # 「(before) 5:00 p.m., …」
        # 「Original:  12:00 noon JST, Friday, 12 June 2026」 over 「Amended: …」: an English amendment's key of the old date
        r"|^\s{0,8}(?i:original|previous|old|initial)(?:\s(?:date|deadline|schedule|time))?\s{0,2}:\s{0,4}$"
        # 「Before amendment: The answers will be posted … by 9 December」 over 「After amendment: …」: the key of the old
        # version opening the line (「Prior to correction:」「Original text:」「Previous wording:」), its date anywhere on it
        # (or after a run of spaces, the lines run onto one; not past the new version's key 「After amendment:」)
        r"|(?:^|\n|\s\s)[ \t]{0,8}(?i:before|prior\sto|original|previous|old|initial)\s(?i:the\s)?"
        r"(?i:amendment|correction|change|revision|text|wording|version|provision)\s{0,2}:"
        r"(?:(?!(?i:after|as\samended|amended\s(?:text|wording))\b)[^\n]){0,160}$"
        # 「× 参加申請書 7/13(月)17時まで」 over 「○ 参加申請書 7/14(火)17時まで」: a chat's correction, the cross on the old line
        r"|^\s{0,4}[×✕✖✗]\s"
    )
)  # 「誤 令和6年8月28日」: 誤 as a word

# 「｜ 引用されたテキスト:」 over 「｜ ■参加申込書 提出期限：5月15日（金）17:00」: a comment's quote of the paper it is on
QUOTE_BARS = ("｜", "|", "│", "┃")
QUOTE_HEAD = re.compile(r"引用(?:された|した)?(?:テキスト|箇所|部分|文)|(?i:quoted\s(?:text|passage))")
# 「県から「仕様書の訂正及び提出期限等の変更について」が出ました」「市のHPに「…の日程変更のお知らせ」が掲載されました」: the
# title of the issuer's notice of a change, quoted by the words that tell it was put out (a post passing the change on),
# or with its day after it (「鵜ノ瀬町「指定管理者募集に係る日程の変更について」 令和3年8月20日」: a form's field naming it)
CHANGE_PASSED_ON = re.compile(
    r"「[^「」]{2,60}?(?:変更|訂正|延期|延長)(?:について|のお知らせ|公告)」\s{0,2}(?:(?:が|を)\s{0,2}"
    r"(?:出|公表|掲載|発表|公開|通知|届|送ら|送付|発出)|(?:令和|平成|\d{4}\s?[年/]))"
)
BRACKET_REACH = 80  # characters a bracket's body is looked through for its close, at most


def bracket_close(text: str, at: int, end: int | None = None) -> int:
    """Where the bracket opened at ``at`` closes (brackets inside it counted), before ``end`` (BRACKET_REACH characters
    on, when not given); else ``end``."""
    end = min(len(text), at + BRACKET_REACH) if end is None else end
    depth = 0
    for index in range(at, end):
        depth += (text[index] == "(") - (text[index] == ")")
        if depth == 0:
            return index
    return end


# a column of the dates that no longer hold: 「訂正前」「変更前」, an earlier round 「(参考)前回」「当初」「第1回」
SUPERSEDED_COLUMN = re.compile(
    rf"{BEFORE_CHANGE}|{SUSPENDED_BEFORE}|誤|旧|前回|当初|従前|初回公告|参考|(?i:\b(?:original|old|before|previous(?:ly)?|initial)\b)"
    r"|(?i:^existing\b)"  # 「Existing | To be read as」: a corrigendum's column of the wording it replaces
    r"|元の(?:値|日程|日付|日時|内容)"  # 「日付 | 項目 | 元の値 | 新しい値」: a record's field history, the value it replaced
)

# 「当初の日程」「変更前の期日」: the whole head of a column of the old dates, what it holds named after the version's word
SUPERSEDED_COLUMN_HEAD = re.compile(rf"(?:{SUPERSEDED_COLUMN.pattern}){VERSION_OF}")

# 「Step | Call (2 March 2026) | Now」「Step | Notice | Revised」: a change table's column of the dates the call itself
# set, named by the paper (its old version where a later column is the version in force)
CALL_COLUMN = re.compile(
    r"(?i:(?:the\s)?(?:call|notice|invitation|ITB|ITT|RFP|RFQ|tender\snotice|announcement)(?:\s\([^()]{1,30}\))?)"
)

# a column of one version of the whole schedule (「今回(再度公告)」「変更後」「訂正後」「新」): not a step's name
VERSION_COLUMN = re.compile(
    rf"今回|{AFTER_CHANGE}|正\)|^正$|^新$|新日程|現在|(?i:\b(?:revised|new|amended|corrected|after|now|current)\b)"
    r"|(?i:\bread\sas\b|\bshould\sread\b)"  # 「Existing | To be read as」: a corrigendum's column of the wording in force
    r"|新しい(?:値|日程|日付|日時|内容)"  # 「元の値 | 新しい値」: a record's field history, the value set
)

# 「★印は変更した項目、（　）内は変更前の日程」「［ ］内は変更前です」「【 】内は変更前の予定です。」「括弧内は当初の日程」: the
# legend of old values in brackets
OLD_IN_BRACKETS = re.compile(r"(?:[(（\[［【]\s{0,3}[)）\]］】]|括弧|かっこ)" + IN_BRACKETS_OLD)

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


VERSION_KEY_REACH = 24  # characters at the end of the words before a date where the new version's key is looked for


def ends_with_version_key(label: str) -> bool:
    """「（必着） （変更後）」「まで（5年間）　正」 between an old value and its new one run onto one line: the words end
    with the new version's key, the old value's aside before it."""
    pieces = label[-VERSION_KEY_REACH:].rsplit(None, 1)
    return len(pieces) > 1 and CORRECTED.match(pieces[-1]) is not None


# 「（修正前：質問の受付 6月10日まで、回答 6月17日まで、申請書類の受付 6月29日から7月3日まで）」: a bracket that opens
# with the mark of the old version quotes the steps as they stood, every date in it to its close
# (「（当初は、７月２３日（木）にプレゼンテーション審査を、７月下旬に結果の通知を予定していました。）」: the plan as it was, told)
# (a bracket that tells it, 「（当初は、」, holds old dates only to its sentence's end or its turn to the new one:
# 「（当初は、7月10日としていましたが、7月24日に変更します。）」, 「（当初は、7月23日の予定。審査は8月6日に…」 left open)
OLD_BRACKET_REACH = 400  # characters such a bracket runs at most (an unclosed one: to there)

# (「（当初の入札書受付締切日時 2027/02/02 17:00、開札予定日時 2027/02/04 10:00）」: a bracket that opens with the old
# steps' names, not 「（当初の予定どおり7月17日に通知）」: the step as it stands)
# (「令和8年10月下旬（予定）（当初は10月上旬）」: 「（当初は」 run straight onto the old date, told as 「（当初は、」 is)
OLD_BRACKET_OPEN = re.compile(
    rf"\(\s?(?:(?:{BEFORE_CHANGE}|当初|旧|従前)\s?の?\s?(?:予定|日程|計画|スケジュール|期限|期日|日時)?\s?[:]|当初の(?![^()、。]{{0,12}}?(?:[とど]おり|通り))|(?P<told>当初\s?は?\s?(?:[、,]|(?=[\d令平]))))"
)

OLD_PLAN_TOLD_END = re.compile(r"。|が\s?[、,]")  # the end of a told old plan: its sentence, or 「…でしたが、」

# 「※　当初の日程は、企画提案書の提出期限 6月19日（金）正午、プレゼンテーション審査 6月30日（火）…であった。」「なお、当初
# の予定では、…でした。」「（注）従前の日程は、…となっていた。」「変更前の期限は、7月10日でしたが、」: a sentence that tells
# the plan as it stood, unbracketed, its dates to its end or its turn (in a change notice or on a call's page updated)
# (「当初は質問を2月4日まで受け付け、2月9日に回答、入札書の受け付けを2月10日から16日までとしていた。」: a sentence that opens
# on 「当初は」 itself, its plan told without the comma)
OLD_STEP_NAMED_MAX = 30  # characters of the old step's name between 「当初の」 and its 「は」, at most
OLD_PLAN_TOLD = re.compile(
    rf"(?:^|(?<=[。\s※、)]))(?:(?:当初|従前|{BEFORE_CHANGE})の?\s?(?:日程|予定|期限|期日|日時|スケジュール)?\s?で?は\s?[、,]"
    r"|当初は(?=[^\s、,])"
    # (「当初の入札書受付締切予定日時は令和07年09月19日 17時00分、開札予定日時は…でした。」: the old step named, its date
    # right after its 「は」)
    rf"|当初\s?の\s?[^\s、,。()「」]{{1,{OLD_STEP_NAMED_MAX}}}?は\s?(?=[\d令平]))"
)

# 「審査結果は当初6月下旬に通知する予定としていましたが、」「説明会は当初7月3日に開催する予定でしたが、」: the old date told
# right after 「当初」 in a clause that turns (「…が、」) to the date as it now stands; only to the turn, never past a 「。」
# (「当初、2月20日金曜日の1日で予定しておりましたが、」「当初の2月13日の期限に向けて準備していたが、」: said aloud, a comma
# or 「の」 after 「当初」)
OLD_DATE_TOLD = re.compile(r"当初\s?[、,の]?\s?(?=[\d令平])")
# 「開札は当初予定の2月17日から2週間遅れの3月3日（水）となる。」: the date named 「当初予定の」, the old one, to its 「から」
# (the new one after it) or its clause's end; where a verb of a change follows in its sentence, the move is read as such
OLD_DATE_NAMED = re.compile(r"当初\s?(?:の\s?)?予定\s?の\s?(?=[\d令平])")
OLD_DATE_NAMED_END = re.compile(r"から|より|を|→|[、。]")
OLD_DATE_NAMED_REACH = 40  # characters of the date so named, at most
OLD_DATE_TOLD_TURN = re.compile(r"。|(?P<turn>が\s?[、,])")

# 「特定事業の選定の公表時には、令和8年7月中旬に入札公告を行い、令和9年1月下旬に落札者を決定、同年3月に事業契約を締結する
# 予定としておりましたが、」「説明会は7月3日に開催する予定でしたが、」: the plan as it stood, told in a sentence that turns
# on it; its dates from the sentence's start to the turn
# (「契約のほうも、8月中旬の予定だったものが8月の下旬になる見込みです。」: said aloud, the turn in 「…だったものが」)
PLAN_HAD_BEEN = re.compile(
    r"予定\s?(?:(?:と\s?)?して\s?(?:おり|い)(?:まし)?た|でした|であった|でありました)が\s?[、,]|予定\s?だった\s?(?:もの|の)\s?が"
)

# (a told plan that moves a step in the same words, 「当初は、7月10日から7月24日に変更する。」, tells the new date too)
OLD_PLAN_MOVED = re.compile(r"変更|延期|延長|改め|訂正|繰り?下げ|繰り?上げ|→|⇒")


def old_plan_told(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` of each sentence told of the plan before the change (``OLD_PLAN_TOLD``), and of each old
    date told after 「当初」 to the clause's turn (``OLD_DATE_TOLD``), and of each plan told up to its turn
    (``PLAN_HAD_BEEN``), none that moves a step in its own words
    (``OLD_PLAN_MOVED``)."""
    spans = []
    for opened in OLD_PLAN_TOLD.finditer(text):
        end = min(len(text), opened.end() + OLD_BRACKET_REACH)  # (a sentence's length at most: each looked at once)
        turned = OLD_PLAN_TOLD_END.search(text, opened.end(), end)
        end = turned.start() if turned else end
        if not OLD_PLAN_MOVED.search(text, opened.end(), end):
            spans.append((opened.start(), end))
    previous = 0  # (the last plan's turn: a plan is told from its sentence's start, or the turn before it, to its turn)
    for turned in PLAN_HAD_BEEN.finditer(text) if "予定" in text else ():
        reach = max(previous, turned.start() - OLD_BRACKET_REACH)
        start = max(reach, text.rfind("。", reach, turned.start()) + 1)
        previous = turned.end()
        if text.find("当初", start, turned.start()) != -1:
            continue  # (「説明会は当初7月3日に開催する予定でしたが、」: its old date read after 「当初」, below)
        if not OLD_PLAN_MOVED.search(text, start, turned.start()):
            spans.append((start, turned.start()))
    if "当初" not in text:
        return spans
    for opened in OLD_DATE_NAMED.finditer(text):
        end = min(len(text), opened.end() + OLD_DATE_NAMED_REACH)
        named_end = OLD_DATE_NAMED_END.search(text, opened.end(), end)
        end = named_end.start() if named_end else end
        stop = text.find("。", end, end + OLD_BRACKET_REACH)
        if not OLD_PLAN_MOVED.search(text, end, stop if stop != -1 else min(len(text), end + OLD_BRACKET_REACH)):
            spans.append((opened.start(), end))  # (「当初予定の12月上旬から12月中旬に変更する」: a move read as such)
    # (the clauses' ends found once, in one pass: each told date's end is the first after it, not searched for again)
    ends = [(end.start(), bool(end["turn"])) for end in OLD_DATE_TOLD_TURN.finditer(text)]
    for opened in OLD_DATE_TOLD.finditer(text):
        at = bisect.bisect_left(ends, (opened.end(),))
        if at == len(ends) or ends[at][0] > opened.end() + OLD_BRACKET_REACH or not ends[at][1]:
            continue
        if not OLD_PLAN_MOVED.search(text, opened.end(), ends[at][0]):
            spans.append((opened.start(), ends[at][0]))
    return spans


def old_version_brackets(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside a bracket opened by 「（修正前：」「（旧：」「（当初：」, to its closing bracket; one
    opened by 「（当初は、」 to its sentence's end or its turn 「…が、」 before that (``OLD_PLAN_TOLD_END``)."""
    spans = []
    for opened in OLD_BRACKET_OPEN.finditer(text) if "(" in text else ():
        end = min(len(text), opened.start() + OLD_BRACKET_REACH)
        if opened["told"]:
            turned = OLD_PLAN_TOLD_END.search(text, opened.end(), end)
            end = turned.start() if turned else end
        spans.append((opened.start(), bracket_close(text, opened.start(), end)))
    return spans


# 「…10月2日（月曜日）午後5時とします（当初は9月22日（金曜日））。…は、同月中旬に実施します」: a bracketed aside that opens
# with the old version's key, the old date after it (an aside: no month a later 「同月」 refers to)
OLD_ASIDE_OPEN = re.compile(rf"\((?:当初|従前|旧|{BEFORE_CHANGE})\s?(?:の(?:予定|日程|期限|日時))?\s?(?:は|:)?\s?[、,]?\s?$")
OLD_ASIDE_REACH = 16  # characters before a date its aside's opening is looked for in, at most


def in_old_aside(text: str, at: int) -> bool:
    """The date at ``at`` of ``text`` is the first words of a bracketed aside giving the old version (``OLD_ASIDE_OPEN``)."""
    start = max(0, at - OLD_ASIDE_REACH)
    return "(" in text[start:at] and OLD_ASIDE_OPEN.search(text, start, at) is not None


# 「入札公告（令和9年6月4日掲載・訂正前）［PDF］」 in a change's page: a paper dated in a bracket that closes on the old
# version's key, the paper as it stood before the change (its day, its publication or its issue, no step of the change)
OLD_ASIDE_CLOSE = re.compile(rf"\s?(?:掲載|公表|公告|発行|付け?|版)?\s?[・、,/]?\s?(?:{BEFORE_CHANGE}|旧版)\s?\)")


def dated_old_version(text: str, start: int, end: int) -> bool:
    """The date at ``start``–``end`` of ``text`` opens a bracket that closes on the old version's key (``OLD_ASIDE_CLOSE``)."""
    opened = text[max(0, start - 2) : start].rstrip()[-1:] == "("  # (the bracket right before it: a few characters read)
    return opened and OLD_ASIDE_CLOSE.match(text, end) is not None


# 「第1回延長」「1回目変更」「再延長」「第2回訂正」: a column of one round of changes to the schedule
ROUND_COLUMN = re.compile(
    r"第\s?(?P<n>\d)\s?回\s?(?:目\s?)?の?(?:延長|延期|変更|訂正|修正)(?:後)?|(?P<m>\d)\s?回目\s?の?(?:延長|延期|変更|訂正|修正)(?:後)?"
    r"|(?P<again>再)(?:延長|延期|変更|訂正|修正)(?:後)?"
    # 「第1版（5/20配布） | 第2版（6/10更新）」: a column of one edition of a paper that gives the schedule (slides, a
    # guide handed out again), its later edition the dates in force
    r"|第\s?(?P<e>\d)\s?版"
)

VERSION_HEAD_MAX = 16  # characters of a version column's name, its bracket left out, at most


def column_round(name: str) -> int | None:
    """The round of changes a column's name is of (「第1回延長」 1, 「再延長」 2), None for none."""
    found = ROUND_COLUMN.search(name)
    if found is None:
        return None
    return 2 if found.group("again") else int(found.group("n") or found.group("m") or found.group("e"))


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

# 「※赤字＝変更あり（10/22 回答書で変更）」「凡例：黄色=変更箇所」「* bold = changed」「★＝質問回答書で変更」: the key of a sheet's
# marks or colours, a short name (a mark, a colour, a kind of type) set equal to what it means; the words after it name the
# change that touched the rows, no heading of a change notice
KEY_LEGEND = re.compile(
    r"^\s{0,4}(?:[※*＊]|凡例\s{0,2}[:：]?|(?i:key|legend)\s{0,2}:)?\s{0,2}[^\s=:：。、,]{1,8}\s{0,2}[=＝]\s{0,2}[^\s=]"
)


def key_legend(line: str) -> bool:
    """A line that opens with the key of a sheet's marks (``KEY_LEGEND``)."""
    return ("=" in line or "＝" in line) and KEY_LEGEND.match(line) is not None


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

# 「訂正後の」「変更後の」: the new version named in a date's own sentence
AFTER_CHANGE_SAID = re.compile(AFTER_CHANGE)


def new_version_said_after(head: str) -> bool:
    """The words before a date (``head``) name the old version (「訂正前の期限までに申し込まれた方は…不要です。」) in a
    sentence before the date's own, and the date's own sentence the new one (「訂正後の日時に参加できない場合は、7月13日
    正午までに…」): the date is the new version's, no old one."""
    own = head[head.rfind("。") + 1 :]
    return len(own) < len(head) and AFTER_CHANGE_SAID.search(own) is not None and SUPERSEDED.search(own) is None
