"""What a date is about: its label, the milestone kind, and what is not a milestone."""

import datetime
import functools
import html
import re

from tenders.extractor.dates import AFTER_CHANGE
from tenders.extractor.firsts import first_characters_guarded

# (「Ⅴ. 質問の受付及び回答」: a chapter numbered in Roman numerals; 「1 . 受付期限」: a number its period set apart; 「3-1
# 開催日時」: a chapter's section numbered after a hyphen)
NUMBERING = re.compile(  # (the lookahead: a character a marker starts with, to fail fast on a label without one)
    r"^(?=[-―—─━→⇒➡▶▷►▸▹・•●○〇◯◎◆◇■□▽▼▲△☆★※*#>=\s\d(\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf\u2160-\u216bア-ンa-zA-Z第【】一二三四五六七八九十手])"
    # 「【STEP2】入札・開札」「ステップ3 契約」「手順1」: a flow's step numbered, its mark no word of the step
    # 「Article 6 (Application for Participation)」「Section 3. Schedule」: a translated notice's 第6条, an English section
    r"(?:(?:STEP|Step|step|ステップ|手順)\s?\d{1,2}(?:\s?[:.】\]]|(?=\s))|(?:Article|Section|Clause)\s\d{1,2}(?:[.:](?=\s)|(?=\s?\(|\s[–-]\s))|[-―—─━→⇒➡▶▷►▸▹・•●○〇◯◎◆◇■□▽▼▲△☆★※*#>=\s]|\d{1,2}-\d{1,2}(?=\s)|\d{1,2}[.)、．]|\d{1,2}\s[.．](?=\s)|[\u2160-\u216b]\s?[.、．]?(?=\s|$)|\(\s{0,8}\d{1,2}\s{0,8}\)|\d{1,2}\)|[①-⑳\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|[ア-ン][.)、\s]|\([ア-ン]\)"
    r"|[a-zA-Z][.)]|\([a-zA-Z]\)|第\d+(?:[条項]|(?=\s))|【|】|\d{1,2}(?:の\d{1,2})?\s|\([一二三四五六七八九十][〇一二三四五六七八九十]{0,2}\)|[一二三四五六七八九十][〇一二三四五六七八九十]{0,2}(?:の[一二三四五六七八九十]{1,2})?[、.\s])+"
)  # (「三の二　企画提案説明会」「8の2　現地見学会」: an item inserted after 三 (8), numbered as its branch)
# A cell or line that is only a marker: a row number, a letter, a symbol.
MARKER_ONLY = re.compile(  # (the lookahead: a character a marker starts with, to fail fast on other cells)
    r"^(?=[\d\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bfア-ンa-zA-Z(\-―—─━→⇒・●○〇◯◎◆◇■□▽▼※*第])"
    r"(?:No\.?\s{0,8})?(?:\d{1,3}|\d{1,2}(?:\.\d{1,2}){1,3}|[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]|[ア-ン]|[a-zA-Z]|\(\s{0,8}\d{1,2}\s{0,8}\)|\(?[ア-ン]\)|[-―—─━→⇒・●○〇◯◎◆◇■□▽▼※*]{1,4}|第\d{1,2})[.)、]?$"
)
# Procedures beside the call's steps, whatever they concern (「異議申立てに対する回答」); the council's 議会, not a
# 協議会 (「地域公共交通活性化協議会の第1回会議」: a body the work serves, no step of the call); 「構成員等変更届の提出期限」:
# a bidding group's notice of a change of its members, as a 辞退届 no paper of its application or its proposal
PROCEDURE = first_characters_guarded(
    re.compile(
        r"理由|再審査|苦情|異議|辞退|閲覧|議案|(?<!協)議会|議決|指定手続|指定(?:の)?(?:告示|公告)"
        r"|(?:構成員|構成企業|協力企業|代表企業)等?の?変更(?:届|申請|承認)"
        # 「貸与資料の貸与申請期限」: the papers lent on request (past reports, drawings), asked for as a 閲覧 is
        r"|貸与(?:の)?(?:申請|申込|申し込)"
    )
)
# the English words of a step's detail made known (its day and time, its slot, its venue, its order)
_EN_DETAIL = r"(?:date\s(?:and|&)\stime|dates?\sand\stimes?|times?|time\sslots?|slots?|venue|schedule|order)"
# 「ヒアリング実施日時の通知」「プレゼンテーションの日時・場所の連絡」「発表順の通知」: a detail of a step made known (the
# step's own date is the hearing's), unless a selection is made known with it (「選定結果及びヒアリング日時の通知」: a result)
DETAIL_MADE_KNOWN = re.compile(
    r"^(?!.*(?:結果|選定|特定|決定|合否|採否|指名)).*?(?:時刻|日時|日程|時間|順(?!次|位|調)|場所|会場|接続先|URL)"
    r"\S{0,8}(?:通知|連絡|お知らせ|送付)"
    # 「Notification of dialogue date and time」「Notice of interview times and venue」「Interview slots notified」: the
    # same in English (not 「Notification of results and of the interview date」: a result made known with it)
    # (a key, not a sentence: 「Presentations (the date and time will be notified to each applicant)」 is the hearing)
    r"|(?i:^(?!.*\b(?:results?|outcome|selection|shortlist|award|decision|will|shall|be|is|are)\b)[^.;:()]{0,60}?"
    rf"\b{_EN_DETAIL}s?\b[^.;:()]{{0,30}}?"
    r"\b(?:notif(?:ication|ied|y)|notices?|communicated|informed|sent)\b"
    r"|^(?!.*\b(?:results?|outcome|selection|shortlist|award|decision|will|shall)\b)(?:notification|notice|communication)\sof\s(?:the\s)?"
    rf"(?:[\w-]+\s){{0,3}}?{_EN_DETAIL}\b)"
)
# 「意見の提出期限」 (意見招請): a comment on a draft, no paper of the call (「質問・意見の提出期限」: comments sent with
# the questions are the questions)
COMMENT = re.compile(r"^(?:仕様書?案?に対する)?意見(?:書|等)?(?:の)?(?:提出|受付|募集)")
# 「Time-limit for the submission of comments」「Deadline for comments」: the same in English
EN_COMMENT = r"(?i:\bsubmission\sof\s(?:the\s)?(?:written\s)?comments\b|\b(?:deadline|time-?limit)\sfor\s(?:the\s)?comments\b|\bcomments\sdeadline\b)"
EN_BRIEFING = (  # a briefing, in English (「Information session」「Info session (today)」「Pre-bid conference」 as well)
    # (「Site survey」「Venue walk-through」: the place shown to the bidders, as a 現地調査 or a 見学会)
    # (「Guided tour of the terminal」「Registration for the facility tour」: the premises shown, as a 見学会)
    # (「Bidders' conference」「Virtual bidders conference」「Webinar for bidders」: the bidders met together, a 説明会)
    # (「Site viewing」「On-site observation」: 現地確認 or 現場見学 as a translation words it)
    r"briefing|(?:site|venue) (?:visit|tour|inspection|survey|walk|viewing|observation)|\b(?:bidders|tenderers|proposers|offerors|suppliers|vendors)'?\s(?:conference|meeting|webinar)s?\b"
    r"|\bwebinar\sfor\s(?:the\s)?(?:bidders|tenderers|proposers|offerors|suppliers|vendors|applicants)\b|\b(?:guided|facility|facilities)\stours?\b|\bwalk-?through|explanat(?:ory|ion)\s(?:meeting|session)|info(?:rmation)?\s(?:session|meeting)|pre-bid\s(?:meeting|conference)"
    r"|q\s?&\s?a\s(?:session|meeting)"  # 「Online Q&A session」: a session the bidders' questions are taken at (質問会)
    # 「Pre-proposal conference」「Pre-tender session」「online clarification meeting」: the bidders met before the hand-in,
    # the call explained and their questions taken (説明会; not 「clarification calls」 with the shortlisted, a hearing)
    r"|\bpre[-\s]?(?:proposal|tender|submission|quotation|bid)\s(?:meeting|conference|session)|\bclarification\s(?:meeting|conference|session)s?\b"
)

# 「現地案内会」「物件の現地案内」「建物内部の現地案内」: the site shown to the bidders, as a 見学会 (not a map or a sign:
# 「現地案内図」「現地案内板」)
# 「下取車両の現車確認」「見本品の確認（希望者のみ）」「サンプルの展示」: the goods looked at by the bidders before they quote
# (a window of days, its end kept like a 閲覧's)
GOODS_LOOKED_AT = r"現車確認|現物確認|(?:見本|サンプル)品?(?:の)?(?:確認|展示|提示)(?!書|票|欄)"
SITE_SHOWN = r"(?:現地|物件|現場)案内(?:会)?(?![図板所人])"
# 「現地視察」「施設視察会」「現地視察の参加申込」: the site the bidders are taken round, as a 見学会 (not a tour the work
# arranges for others: 「現地視察ツアーの手配」「視察団の受入」, the words running on into a noun of the work)
SITE_INSPECTED = r"(?:現地|現場|施設)視察(?:会)?(?![ァ-ヶー]|(?!参加|申込|申し込|日|期|実施|希望)[一-龥])"
# 「オンライン個別相談会」「事前相談会」: the bidders' questions on the call taken one by one at set times; 「オンライン質問会」
# 「質疑応答会」: the bidders met to ask their questions aloud: each a meeting held for the bidders, as a 説明会 (not
# 「確定申告の相談会」, an event of the issuer's own; not 「質問会での…」, what was said at it; the questions handed in by a
# deadline are the question step)
BIDDERS_MEETING = r"(?:個別|事前)相談会|(?:質問|質疑(?:応答)?)会(?!議|社|での|における)"
# 「口頭審査」「提案内容の説明」「企画提案説明」: the bidder heard on its proposal (not a briefing's 説明会 nor the call's
# 企画提案説明書 or its 資料)
PROPOSAL_EXPLAINED = r"提案(?:内容)?(?:の)?説明(?!会|書|資料)"
# 「City Council resolution」「Assembly approval」: the council's vote on a designated manager or a provisional contract
# (議会の議決)
EN_COUNCIL_VOTE = r"\b(?:city|town|village|prefectural|municipal)\s(?:council|assembly)\s(?:resolution|approval|vote|decision)\b"
# 「第1次審査 提出期限」「第2次審査の提出」「一次審査 受付締切」: a stage's papers handed in by its deadline (a submission),
# not the stage's review itself
STAGE_HANDED_IN = r"\s{0,2}(?:の|に係る)?\s{0,2}(?:提出|受付|受け付け|締切|〆切)"

# 「仕様に関する問合せ」: questions taken, named by the plain word (not where or how to ask one; 「問合せ先・提出先」
# 「提出先・問合せ先」: a contact block's heading, which names no hand-in either)
# (「お問い合わせ番号 1234-5678-9456」: a parcel's tracking number, no question asked)
INQUIRY = r"問(?<!での問)(?<!でのお問)(?:合せ|い合わせ|合わせ)(?!先|窓口|フォーム|はこちら|には|番号|[^。]{0,30}?(?:☎|℡|〒|TEL|電話\s?\d))"
# 「問い合わせ先」「連絡先」「第15 担当（提出先・問合せ先）」: a contact block's key, whose lines give the office, its address
# and numbers (a date in it is the notice's own or the page's, no step; 「提出先」 alone may give its hand-in's deadline)
CONTACT_KEY = re.compile(
    r"^(?=.{0,30}?(?:問合|問い合|連絡))(?:担当(?:課|部署|窓口)?\s{0,2}[(（]?)?"
    r"(?:(?:提出|申込|送付|連絡|問合せ|問い合わせ|問合わせ|お問い合わせ)先\s{0,2}(?:・|、|及び|/)?\s{0,2})+[)）]?$"
)
# 「問合せ先・提出先」「問い合わせ先、提出先」「お問い合わせ先/提出先」「問合せ先及び提出先」: the contact heading with the
# hand-in's place after it, parted as ``CONTACT_KEY`` parts them (a lookbehind a wording and a separator each)
CONTACT_BEFORE_HAND_IN = "".join(f"(?<!{ask}先{apart}提出)" for ask in ("合せ", "合わせ") for apart in ("・", "、", "/", "及び"))
EN_HAND_IN = r"(?i:\bmust\s(?:arrive|reach\s(?:us|the\s\w+))\b|\b(?:must|shall)\sbe\sreceived\b)"
# Ordered: the first rule that matches decides. (「見積合わせ参加申込期限」: the registration for the call itself is
# its application, as 入札参加申込; the 見積合わせ is the opening of the quotes)
# 「Notice of Intent to Propose」「intention to bid」: a firm telling it will take part, the English 参加表明 (a kind's word
# and the call's own application beside a briefing's registration, ``CALL_APPLICATION``)
EN_INTENT_TO = (
    r"(?:intent(?:ion)?\sto\s(?:submit|participate|bid|tender|apply|propose|quote|respond)"
    r"|\bintend(?:s|ing)?\sto\s(?:apply|participate|bid|tender|propose|respond)\b"
    # 「Firms that intend to submit a proposal are asked to notify」「Those intending to bid should return the form」:
    # the firm asked to tell it will take part (its proposal's own hand-in is told elsewhere)
    r"|\bintend(?:s|ing)?\sto\s(?:submit|send)\b[^.;:]{0,40}?\b(?:asked|requested|required|invited|must|should|shall)\s"
    r"(?:to\s)?(?:notify|inform|advise|return|confirm|register|complete\sand\sreturn)\b)"
)
# 「Tender documents: 2027.2.15 (Mon) - 2027.3.15 (Mon)」「Bidding documents   10 May – 1 June」: the call's papers keyed
# alone over a window, the window they are handed out in (交付期間, its start the call's publication); over one day the
# same key is the tenders handed in
EN_CALL_PAPERS_KEY = re.compile(
    r"(?i:^(?:the\s)?(?:tender|bid(?:ding)?|RFP|RFQ|RFT|ITT|ITB|solicitation|procurement)\sdocument(?:s|ation)$)"
)
# 「Clarification No. 3」「Clarification Bulletin No. 2」: an English call's numbered letter of answers to the bidders'
# questions (its 質問回答書), the answers themselves (a clarification unnumbered is a question asked: 「Requests for clarification」)
EN_NUMBERED_CLARIFICATION = r"\bclarifications?\s(?:bulletin\s|notes?\s|circular\s)?no\.?\s?\d"
# The call named by its English kind's word (an EOI call, an invitation, the guidelines), made public: a key that
# ends on the verb or on 「publication date」, or the publication 「of」 the call (see the rule that reads it)
EN_CALL_NAMED = (
    r"(?:R?EOI|expressions?\sof\sinterest|RFP|RFQ|RFI|RFT|ITB|ITT|invitation|call|request|(?:application\s|call\s)?guidelines)"
)
EN_CALL_MADE_PUBLIC = (
    rf"(?i:^(?:the\s)?{EN_CALL_NAMED}(?:\s(?:for|to)\s(?:\w+\s){{0,3}}?\w+)?\s(?:issued|published|released|launched)"
    # (「Application guidelines published on the town website」: where they are put up, after the verb)
    r"(?:\s(?:on|at|via)\s(?:the\s|our\s)?(?:[\w-]+\s){0,2}?(?:website|web\s?site|homepage|web\s?page|page|portal|site))?$"
    rf"|^(?:the\s)?{EN_CALL_NAMED}\spublication\sdate$|^applications?\s(?:open|opens|are\sopen)$"
    # 「Solicitation issue date」「RFP release date」: a US call's key of the day its solicitation is issued
    rf"|\b(?:{EN_CALL_NAMED}|solicitation)\s(?:issue|release)\sdate:?$"
    # 「The call was officially opened on」「The RFP was issued on」: the same, told in a sentence (an FAQ's answer)
    rf"|\b(?:the|this)\s{EN_CALL_NAMED}\s(?:was|has\sbeen)\s(?:(?:officially|formally)\s)?(?:opened|issued|published|released|launched)\son$"
    # 「EOI Document (PDF, 1.2 MB) – published 9 June 2027」: a page's list of papers, the call's own paper put up
    rf"|^(?:the\s)?{EN_CALL_NAMED}\sdocument(?:s|ation)?(?:\s\([^()]{{0,30}}\))?\s{{1,3}}(?:[~–-]\s{{1,2}})?(?:published|issued|released)$"
    r"|^(?:issu(?:e|ance)|release|publication|announcement|launch)\sof\s(?:the\s|this\s)?(?:R?EOI|expressions?\sof\sinterest)"
    r"(?:\s(?:call|notice|invitation|request))?$)"
)
# 「Issue of RFP to shortlisted applicants」「Issue of ITT to pre-qualified Bidders」: the papers of a call's second stage,
# named by whom they go to
EN_ISSUED_TO_CHOSEN = (
    r"\b(?:issu(?:e|ance)|release|dispatch)\sof\s(?:the\s)?(?:RFP|RFT|ITT|ITB|request\sfor\s\w+)\s(?:to|for)\s(?:the\s)?"
    r"(?:short-?listed|pre-?qualified|selected)\b"
)
ISSUED_TO_CHOSEN = re.compile(f"(?i:{EN_ISSUED_TO_CHOSEN})")
_KIND_RULES_WRITTEN = [
    # 「仕様書等の閲覧及び配布」: a window that hands the documents out is their publication (閲覧 alone is other)
    (
        "published",
        re.compile(
            r"閲覧\S{0,3}(?:及び|並びに|・)\S{0,6}(?:配布|交付|配付)|(?:配布|交付|配付)\S{0,3}(?:及び|並びに|・)\S{0,6}閲覧"
        ),
    ),
    # 「質問に対する回答の閲覧」「回答書の閲覧期間」: the answers made available to read are the answer
    ("answer", re.compile(r"回答(?:書)?(?:の|を)?閲覧")),
    # 「回答書の提出期限」「回答書・参考見積書の提出」 (a 市場調査, a questionnaire): the form the respondent fills in and
    # hands in (with the papers listed after it), no answer to questions
    ("submission", re.compile(r"回答(?:書|票|用紙)(?:等)?(?:(?:・|、|及び)[^\s、。・]{1,16}?)?(?:の|を)?提出")),
    ("other", PROCEDURE),
    # 「Deadline to request a debriefing」「Procurement-related complaints … shall be submitted by」「The Standstill Period
    # … ends at」: an award notice's steps for the bidders it did not choose (理由の説明請求, 苦情申立て, the days a contract
    # waits for them)
    # (「submit the withdrawal notice (Form No. 6) by noon on」: a 辞退届 in English, a machine translation's too)
    (
        "other",
        re.compile(
            r"(?i:\bdebriefings?\b|\bcomplaints?\b|\bstandstill\s(?:period|deadline)\b"
            r"|\bwithdrawal\s(?:notice|form|letter|notification)s?\b|\b(?:notice|letter|notification)\sof\swithdrawal\b)"
        ),
    ),
    # 「特定事業の選定・公表」 (PFI法第7条): the issuer selects the project to be done as a PFI, no bidder is selected
    ("other", re.compile(r"特定事業(?:として)?の?選定")),
    # 「競争的対話（第1回）」: the dialogue of a large call (PFI, DBO) with each applicant, a step beside the hearing
    # (its registration, its questions and what is made known of it are steps of their own)
    ("other", re.compile(r"競争的対話(?!\S{0,10}(?:申込|申し込|参加|エントリー|質問|回答|結果|通知|公表|議事))")),
    # 「Individual dialogue meetings」「Competitive dialogue」: the same in English; 「Issue of Final Request for Proposals」:
    # the second stage's papers, handed to those who passed the first (the call itself was published before)
    (
        "other",
        re.compile(
            # (「Individual dialogues」「One-to-one dialogues with each entrant」「Dialogues」 as a row's key: the same)
            r"(?i:\bdialogue\s(?:meetings?|sessions?)\b|^competitive\sdialogue$"
            r"|^(?:(?:individual|one-to-one|one-on-one|bilateral|face-to-face|private)\s)?dialogues?(?:\s(?:with|between)\s[^()]{0,40})?$"
            r"|\b(?:issu(?:e|ance)|release)\sof\s(?:the\s)?final\s(?:RFP|RFT|ITT|request\sfor)"
            # 「Issue of RFP to shortlisted applicants」: the same papers, named by whom they go to
            rf"|{EN_ISSUED_TO_CHOSEN})"
        ),
    ),
    ("other", DETAIL_MADE_KNOWN),
    # 「Invitation for EOI issued」「Publication of EOI call」「Applications open」「Guidelines released」「REOI publication
    # date」: an English key naming the call made public (公告, 公募開始) by the kind's word of the call itself, ahead of
    # the application or paper that word names otherwise (not 「Publication of EOI results」: a result)
    ("published", re.compile(EN_CALL_MADE_PUBLIC)),
    # 「Q6. What is the deadline, and how do I submit?」「When is the deadline?」: an FAQ's question for the deadline that
    # names no paper, the call's own (as 応募締切, a submission); not 「What is the deadline for questions?」
    ("submission", re.compile(r"(?i:\b(?:what|when)\sis\sthe\s(?:final\s|closing\s)?deadline(?=\s{0,2}(?:[,?]|$)))")),
    # 「開札の結果、…ない場合は、次により再度入札を行う。 日時 1月27日」: the second round of bidding, held as an opening
    # is (its result or its bid papers are steps of their own); 「調査対象者からの事情聴取は、12月14日に実施する」: the
    # interview of a bidder under 低入札価格調査, an opening's follow-up, no hearing of proposals
    (
        "other",
        re.compile(r"(?:再度(?:の)?|再)入札(?!\S{0,8}(?:結果|書|参加|公告|公示|質問|申込|申請|説明))|事情聴取(?!\S{0,8}結果)"),
    ),
    # 「Applications for registration in the qualification list」「Entry on the Prefecture's register of suppliers」: a
    # standing list of qualified suppliers (競争入札参加資格者名簿への登録), kept apart from any one call, no application
    # to this call
    (
        "other",
        re.compile(
            r"(?i:\b(?:registration|entry|enrol(?:l)?ment|inclusion|listing)\s(?:in|on|into|to)\s(?:the\s)?(?:[\w'-]+\s){0,4}?"
            r"(?:(?:qualification|qualified\s(?:suppliers?|contractors?|bidders?)|suppliers?'?|vendors?'?|contractors?'?)\s"
            r"(?:list|register|roster|database)|(?:list|register|roster)\sof\s(?:qualified\s|approved\s)?(?:suppliers|vendors|"
            r"contractors|bidders|tenderers))\b|\b(?:qualification|suppliers?'?|vendors?'?|contractors?'?)\s(?:list|register|roster)\s"
            r"(?:registration|entry|enrol(?:l)?ment)\b)"
        ),
    ),
    # 「Notification of intent to submit a proposal」「Notice of Intent to Respond」: the firm's word that it takes part
    # (参加表明), named by the paper that carries it (not 「Notice of intent to award」: the issuer's choice made known)
    (
        "application",
        re.compile(
            rf"(?i:\b(?:notification|notice|letter|declaration|confirmation|statement)\sof\s(?:(?:the|an|your)\s)?{EN_INTENT_TO})"
        ),
    ),
    # 「Questions arising from the site visit」「Queries about the briefing」: questions, whatever they are about (the
    # English 「説明会に関する質問」, its step named first)
    (
        "question",
        re.compile(
            r"(?i:^(?:(?:written|additional|further|supplementary|follow-up)\s)?(?:questions|queries|enquiries|inquiries)\s"
            r"(?:arising\s)?(?:from|about|on|regarding|concerning|after)\s)"
        ),
    ),
    (
        "result",
        re.compile(
            r"結果|けっか|通知|(?:承認|採用|使用)の?可否|選定(?!\s?委\s?員\s?会)|決定|採択|確認通知|内定|(?<!書類)選考(?!委員|会)|採否|合否|(?i:notification|result)"
            # 「Notice of award」「Announcement of the successful tenderer」 (「Contract award」 is the contract)
            r"|(?i:notice\sof\s(?:intent(?:ion)?\sto\s)?award|\bselection\snotice"
            # 「Notice of selection」「Final decision」: a schedule row's selection made known, in a word of its own
            r"|\bnotice\sof\s(?:the\s)?selection\b|^final\sdecision\b(?!\s(?:on|about|of|to)\b)"
            # (「The successful tenderer will be required to sign the contract by」: the contract's day, not the award's)
            r"|\bsuccessful\s(?:bidder|tenderer|applicant|proposer|offeror)s?\b(?![^.。]{0,40}\bsign)"
            # 「Shortlisted firms notified」 (not 「Bidders will be notified of the answers」)
            # 「Selection of Preferred Bidder」「Preferred negotiator announced」
            # 「Selection of candidate」「Selection of the agency」: a label opened by the selection
            r"|^(?:final\s)?selection\sof\s(?!the\s(?:work|site|venue|staff)\b)"
            # (「Selection and Announcement of the Preferred Negotiation Right Holder」: the selection made known, both named)
            r"|^(?:final\s)?selection\s(?:and|&)\s(?:announcement|notification|publication)\sof\s"
            r"|\b(?:selection|announcement|publication)\sof\s(?:the\s)?(?:preferred|successful|winning)\b|\bpreferred\s(?:bidder|proposer|tenderer|negotiator)s?\s(?:(?:is|are|will\sbe)\s)?(?:selected|announced|notified|chosen)\b"
            # 「Shortlist announced」「Winners announced」「Commission announced」 (an art call's selection made public)
            r"|\b(?:shortlist|finalists?|winners?|awardees?|commission)(?:\sof\s(?:the\s)?[\w-]+)?\s(?:(?:is|are|will\sbe)\s)?(?:announced|published|notified)\b"
            # 「Announcement of the shortlist」「Notification of shortlisted firms」: the same, its noun first
            r"|\b(?:announcement|notification|publication)\sof\s(?:the\s)?short-?list(?:ed|ing)?\b"
            # 「Selection notified」「Outcome notified to presenters」: the choice made known, as a row's label
            # (「Funding decisions will be announced in」: the decisions, one for each applicant)
            r"|\b(?:selections?|outcomes?|decisions?)\s(?:(?:is|are|will\sbe)\s)?(?:notified|announced|communicated)\b"
            # 「Shortlisting and invitation to submit a full proposal」: the first stage's result
            r"|^shortlisting\b"
            # 「Vendor selected and informed」「to confirm the selected vendor by」: the chosen party made known
            r"|\b(?:vendor|supplier|contractor|agency|provider|consultant|operator)s?\s(?:(?:is|are|will\sbe)\s)?(?:selected|chosen|appointed)\b"
            r"|\b(?:confirm|announce|notify|inform)\s(?:the\s)?(?:selected|successful|chosen)\s\w+"
            # (not 「Shortlisted applicants will be notified by e-mail and invited to a 30-minute presentation … on」: the day
            # of the event they are asked to, a hearing)
            r"|\b(?:shortlisted|selected)\s\w+\s(?:will\sbe\s|are\s)?(?:notified|informed)\b(?![^.。]{0,60}?\b(?:and|to\sbe)\sinvited\s(?:to|for)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,4}?(?:presentations?|interviews?|hearings?|pitch(?:es)?)\b)|notified\sof\s(?:the\s)?(?:results?|outcome|selection|award)"
            # 「Award decision」「Award notice」「will notify all applicants of the outcome」: the selection made known in plain words
            # (「The Board will notify each applicant of its eligibility in writing by」: a notice to the applicants, their
            # first stage's result, not their application, whatever heading it stands under)
            # 「Expected date of award」「Announcement of award」「Award expected」「Intended award」「Selection」「Outcome of the
            # shortlisting」: the award or the selection made known, named alone (not 「Contract award」: the contract)
            r"|^(?:(?:expected|anticipated|intended|planned|estimated)\s)?(?:date\sof\s)?award(?:\s(?:date|expected|decision))?$"
            r"|\b(?:announcement|letter|notification|publication|date)\sof\s(?:the\s)?award\b|\bintended\saward\b|\baward\s(?:is\s)?expected\b"
            r"|^(?:final\s)?selection(?:\s(?:date|expected))?$"
            r"|\boutcome\sof\s(?:the\s)?(?:shortlisting|selection|evaluation|tender|call|competition|review|market\ssounding)\b"
            r"|\b(?:sounding|selection|evaluation|shortlisting|competition)\soutcome\b"
            # 「Unsuccessful bidders will be notified on」: the losers told, the selection made known
            r"|\bunsuccessful\s(?:bidders|tenderers|applicants|proposers|offerors|candidates|firms)\b"
            r"|\baward\s(?:decision|announcement|notice)|\boutcome\s(?:will|shall)\sbe\s(?:notified|announced|communicated)|\b(?:notify|inform)\s[^.。]{0,40}?\bof\s(?:(?:the|its|their|your)\s)?(?:outcome|results?|selection|award|decision|eligibility|qualification)"
            # 「We will let all applicants know the outcome by」「we will tell each applicant the result」: the same, told
            r"|\b(?:let\s[^.。]{0,40}?\bknow|tell\s[^.。]{0,40}?)\s(?:the\s)?(?:outcome|results?|decision)\b"
            # 「Notice of eligibility」「will notify each applicant whether it is eligible」「will be told the outcome」: the
            # first stage's result or the selection made known
            # 「Shortlist / eligibility notice」「Qualification notice」: the same notice named by its noun first (a
            # 「Pre-qualification notice」 is the call to qualify, no result); 「We will tell everyone who applied whether they
            # have been shortlisted by」「Applicants will be informed … whether they are qualified」: the same in plain words
            r"|\bnotice\sof\s(?:eligibility|qualification)\b|(?<!pre[-\s])\b(?:shortlist|eligibility|qualification)(?:\s?/\s?(?:shortlist|eligibility|qualification))?\snotices?\b|\b(?:notif(?:y|ied)|tell|told|inform(?:ed)?)\s[^.。]{0,40}?\bwhether\s[^.。]{0,20}?\b(?:eligible|qualified|selected|successful|shortlisted)\b"
            # (「of」 or 「the」 between: not 「to make an informed decision」)
            r"|\b(?:told|informed)\s(?:of\s(?:the\s)?|the\s)(?:outcome|results?|decision)\b)"
            # 「受託候補者の特定」「特定・非特定」, not 特定 as a word of another noun: 特定調達, 特定JV, 特定健診(・後期), 特定記録郵便
            # (「特定の者と契約を締結する」: a particular party, no selection; 「特定公園施設の引渡し」 of a Park-PFI, 「特定施設」:
            # the facilities a law names so)
            r"|特定(?!調達|建設|共同企業体|JV|ＪＶ|健診|健康診査|保健指導|・後期|記録|役務|(?:公園)?施設|の(?:者|相手|事業者|業者|法人))"
            # 「参加資格の有無をお知らせします」「参加の可否を通知」: whether a bidder qualifies, made known by the issuer (not
            # 「説明会の開催の有無をお知らせします」, whether an event is held; not 「…希望の有無をお知らせください」, the
            # bidder's word asked for)
            r"|(?:資格|参加|合否|通過|選定|選考|採否|採択|認定)の?(?:有無|可否)\S{0,12}?知らせ(?!て?くだ|願)"
            # 「企画提案書の提出要請書の送付」: the invitation of the first stage's passers; 「契約の相手方…を公表」: the award
            r"|要請書|提出要請|提案(?:書)?(?:の)?要請|(?:相手方|落札者|受託者|受注者|契約金額|落札金額)\S{0,12}公表"
            # 「11月中旬に委託先を決める」「事業者が決まる」: an article's plain words for the award
            r"|(?:委託先|受託者|受注者|事業者|業者|相手方|候補者|優先交渉権者|落札者)(?:を|が)(?:決め|決ま|選[ぶびば])"
        ),
    ),
    # 「プレゼンテーション出席者届（様式第9号）の提出期限」「ヒアリング出席者名簿の提出」「出席者届の提出」: who will come to
    # the hearing or the opening, a form handed in before it, not the hearing itself (read before the hearing's rule)
    ("other", re.compile(r"出席(?:者)?(?:届|名簿|の届)")),
    # 「申請書類の審査」「応募書類等の審査は」: the review of the papers handed in, a 書類審査 (not its result, nor
    # 「申請書類の審査及びプレゼンテーション」: a committee's meeting that hears the bidders as well)
    ("other", re.compile(r"(?:申請|応募|提案|参加|提出)書類(?:等)?の?審査\s{0,2}(?:$|を|は|[(（])")),
    # 「プレゼンテーション資料（電子データ）の提出期限」「ヒアリング用資料の提出」「発表資料の差替え受付」: the papers shown at the
    # hearing, handed in before it by a deadline (a submission), not the hearing itself (read before the hearing's rule)
    (
        "submission",
        re.compile(
            r"(?:プレゼン(?:テーション)?|ヒアリング|面接|発表)(?:用|審査用)?(?:の)?(?:説明)?資料"
            r"(?:\s{0,2}[(（][^()（）]{0,20}[)）])?(?:の)?(?:差し?替え?(?:の)?)?(?:提出|受付|受け付け|締切|送付)"
        ),
    ),
    (
        "hearing",
        re.compile(
            # (「選定委員会による第1次審査」「選定委員会において企画提案書による書類審査（第一次審査）を」: the committee's review on
            # paper, no meeting with the bidders)
            rf"プレゼン|ヒアリング|はっぴょう|(?<![一1１]次)審査会|面接|口頭審査|{PROPOSAL_EXPLAINED}|第[二2]次審査(?!書類|資料|用|{STAGE_HANDED_IN})|二次審査(?!書類|資料|用|{STAGE_HANDED_IN})|面談|説明会への出席"
            r"|(?:選定|評価|審査|選考)委員会(?![^、。]{0,24}?(?:書(?:類|面)審査|[一1１]次審査))(?!\s{0,2}が\s{0,2}[、,]?\s{0,2}$)|選考会"
            r"|^審査(?:日|日時|予定日|実施日|の日時)?$|^審査\s{0,8}\(|デモ(?:ンストレーション)?(?:による)?審査|(?i:presentation|interview|hearing|^(?:\S+\s){0,2}pitch(?:es)?\b(?!\s(?:stories|ideas)\b))"
            # 「Each applicant will present for 20 minutes followed by 10 minutes of questions on」: the presentation's time
            # for questions, no question deadline
            # 「Clarification calls (if required)」「clarification interviews with shortlisted firms」: the calls with the
            # shortlisted, as interviews (not a question's deadline)
            r"|(?i:\bclarification\s(?:calls?|interviews?)\b"
            # 「Bid clarification meetings」「Tender clarification sessions」: the bidders met on the bids they handed in
            # (not 「Pre-bid clarification meeting」: a briefing before them)
            r"|(?<!pre-)(?<!pre\s)\b(?:bid|tender|proposal|offer)\sclarification\s(?:meetings?|sessions?)\b)"
            # 「Oral defence of proposals」「Oral defense of the technical proposal」: the bidders heard on their proposals
            r"|(?i:\boral\sdefen[cs]es?\b)"
            # 「Tasting session for shortlisted caterers」「Menu tasting with the shortlisted bidders」「Sessions with shortlisted
            # firms」: the shortlisted met to try what they offer or to be heard (a caterer's or a supplier's hearing; not
            # 「Press preview and tasting in New York」, an event of the work)
            r"|(?i:\b(?:tasting|sampling|taste\stest)s?\b[^.;:]{0,40}?\b(?:short-?listed|bidders|tenderers|caterers|proposers)\b"
            r"|\b(?:sessions?|meetings?)\s(?:for|with)\s(?:the\s)?short-?listed\b"
            # 「Shortlisted firms will be invited to a short trial interpretation session」: the same, told in a sentence
            r"|\bshort-?listed\b[^.;:]{0,60}?\binvited\sto\s(?:an?\s|the\s)?(?:[\w-]+\s){0,3}(?:sessions?|meetings?|tastings?|trials?|tests?)\b)"
            # 「Product demonstration」「Demonstrations by shortlisted vendors」「Demonstration」 as a row's key: the English
            # デモンストレーション審査 (not 「a demonstration experiment」: the work's)
            r"|(?i:\b(?:system|product|solution|software|live|vendor|technical|oral)\sdemonstrations?\b|^demonstrations?(?:\s(?:date|sessions?|days?))?$"
            r"|\bdemonstrate\s(?:their|its)\s(?:proposed\s)?(?:systems?|solutions?|products?|software|platforms?)\b"
            r"|\bdemonstrations?\s(?:by|to|with|for)\s(?:the\s)?(?:shortlisted|short-listed|selected|bidders|vendors|tenderers|proposers|suppliers|applicants|evaluation)\b)"
            # 「プレゼンテーション及び質疑応答を行います」: the hearing's questions and answers, held (not 「７ 質疑応答」 over
            # 「受付期間」, nor 「質疑応答書の提出」: the questions handed in)
            r"|質疑応答を\s{0,2}(?:$|行|実施)"
            # (「shortlisted applicants will be invited to present their plans」: the presentation the shortlist is asked to)
            r"|(?i:\bpresent\s(?:for\s\d|(?:its|their)\s(?:proposals?|plans?|concepts?|ideas)\b)|\b(?:invited|asked)\sto\spresent\b"
            r"|\b\d{1,3}\s?(?:minutes?|mins?\.?)\s(?:of|for)\s(?:questions|q\s?&\s?a)\b)"
            # 「企画提案審査」: the review of the proposals, held as a meeting (not its papers nor its result);
            # 「技術審査（デモンストレーション）」: the bracket of a review that names a demonstration
            r"|提案審査(?:会)?$|^デモ(?:ンストレーション)?(?:は|の実施)?$"
            # 「プレ 6月下旬 日時は別途」: a note's プレゼン cut short, alone as its line's name
            r"|^プレ(?:審査)?$"
            # a sounding's dialogue with each bidder 「個別対話の実施」「個別意見交換」 (its registration is an application);
            # 「対面的対話」: the dialogue named as such, by its manner
            r"|(?:個別(?:対話|意見交換)|(?<!競争的)対話(?:の)?(?:実施|日時|日程|期間))(?!\S{0,8}(?:申込|申し込|エントリー|参加))"
            r"|^[^\s、。]{0,8}(?<!競争的)(?<!の)対話$"
        ),
    ),
    (
        "other",
        re.compile(
            # 「競争的対話」: the dialogue of a call's procedure with each qualified party (a step of its own, not a hearing);
            # a meeting held for the bidders (``BIDDERS_MEETING``), as a 説明会
            r"競争的対話(?!\S{0,8}(?:申込|申し込|エントリー|参加))|説明会|"
            + BIDDERS_MEETING
            + "|見学会|"
            + SITE_SHOWN
            + "|"
            + SITE_INSPECTED
            + rf"|下見|内覧会|現地調査|現地確認|(?:画面|システム|操作|デモ|デモ環境)確認会|現場確認|現場説明|現地説明|書(?:類|面)審査|書類選考|一次審査(?!書類|資料|用|{STAGE_HANDED_IN})|第[一1]次審査(?!書類|資料|用|{STAGE_HANDED_IN})|開札|開封"
            # 「選定委員会による第１次審査」: the committee's first review, on paper (the hearing rule leaves it, full width too)
            r"|(?:選定|評価|審査|選考)委員会[^、。]{0,24}?[一1１]次審査"
            rf"|見積(?:り)?合わせ(?!\S{{0,4}}参加)|(?i:{EN_BRIEFING})"
            # 「Please confirm the names of up to two participants by」「Confirm attendance by」「RSVP by」: who comes to a site
            # visit or a briefing made known, the event's registration (a firm's word that it takes part in the call is the
            # application: 「confirmation of participation」); the names or the number asked for by a verb of telling, or
            # keying a row (not 「The number of participants in the 2026 campaign was 1,200」: the work's)
            r"|(?i:(?:^|\b(?:confirm|notify|submit|send|provide|give|report|register|e-?mail|inform\s\w+\sof|tell\s\w+)\s"
            r"(?:the\s|your\s)?)(?:names?|number)\sof\s(?:the\s|your\s)?(?:up\sto\s)?(?:\w+\s)?(?:participants|attendees)\b"
            r"|\bconfirm(?:ation\sof)?\s(?:your\s|their\s)?attendance\b|\bRSVP\b"
            # 「Online attendance: register by e-mail by」「Registration for online attendance」: a seat at the meeting
            # booked, keyed by the attending (the call's own entry is 「registration」 alone, its application)
            r"|\battendance\s?:\s{0,2}(?:please\s)?(?:register|sign\sup|book|reply|e-?mail)\b"
            r"|\bregist(?:er|ration)\sfor\s(?:(?:online|in-person|virtual|remote)\s)?attendance\b"
            # 「Inspection of as-built drawings」「Viewing of the plans」「Document inspection」: papers shown at the office
            # (閲覧; not the goods inspected on delivery, nor 「Distribution and Viewing of Tender Documents」, the papers
            # handed out)
            r"|(?<!and\s)(?<!&\s)\b(?:inspection|viewing|perusal)\sof\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:documents|drawings|plans|papers|records)\b"
            r"|\b(?:document|drawing|plan)s?\s(?:inspection|viewing|perusal)\b"
            # 「To attend, reply to this address by」「Those intending to attend should e-mail … by」: a seat booked at the event
            # (「Bidders wishing to attend shall send …」 is read where the event it names is found: ``EN_WISHING_TO_ATTEND``)
            r"|(?:\bto\sattend,\s?(?:please\s)?|\b(?:intend(?:ing)?|plan(?:ning)?)\sto\sattend\b[^.;]{0,40}?\b)"
            r"(?:reply|register|write|e-?mail|contact|send|notify|confirm|book)\b"
            # 「Requests to attend (names, ID numbers) must be e-mailed by」「Tenderers wishing to attend must register
            # through the platform by」: a seat asked for at a site visit (base access, a quay's gate), the sign-up
            r"|\brequests?\sto\sattend\b|\bwish(?:ing|es)?\sto\sattend\b[^.;]{0,40}?\bregister\b)"
            # 「Opening of technical proposals」「Opening of the bids」: the opening (a two-envelope call names the envelope)
            # (「Public opening of technical envelopes」「Opening of price envelopes」: a two-envelope bid's, named by envelope)
            r"|(?i:opening\sof\s(?:the\s)?(?:(?:technical|financial|price|sealed)\s)?(?:tenders|bids|proposals|quotations|offers|envelopes)"
            # 「Financial opening」「Technical proposals opening」: the envelope named before the word
            r"|^(?:public\s)?(?:technical|financial|price)\s(?:(?:proposals?|envelopes?|offers?)\s)?opening$"
            # 「Opening: 2027.3.16 (Tue) 10:30」: a tender's schedule keying its opening by the word alone (「Opening date
            # and time」, and as a translation of 開札日時 words it, 「Date and time of opening」「Day of the opening」)
            r"|^(?:(?:date|time|day|date\s(?:and|&)\stime|time\s(?:and|&)\sdate)\sof\s(?:the\s)?)?(?:public\s)?opening"
            r"(?:\s(?:date|time|day|date\s(?:and|&)\stime))?$)"
            # 「First screening (documents)」「1st-stage review」: the review on paper before the presentations (一次審査)
            r"|(?i:\b(?:first|1st)[\s-](?:round\s|stage\s)?(?:screening|review|evaluation)\b)"
            # 「City Council resolution」「Assembly approval」: the council's vote on a designated manager (議会の議決)
            rf"|(?i:{EN_COUNCIL_VOTE})"
            # 「Designation Bill to the City Council」「Bill submitted to the Assembly」: the bill put before the council (議案上程)
            r"|(?i:\bbill\s(?:(?:is\s|will\sbe\s)?(?:submitted|presented|put)\s)?(?:to|before)\s(?:the\s)?(?:\w+\s){0,2}(?:council|assembly)\b(?!\s(?:office|secretariat|clerk)))"
            # 「Bid opening」「Pre-bid meeting」「Evaluation of proposals」: the opening, the briefing, the review on paper
            # (「The Technical Proposals (Envelope A) will be opened」「the technical envelopes will be publicly opened」: a
            # two-envelope bid's opening, its envelope named in brackets or by the word)
            r"|(?i:\b(?:bid|tender|proposal|quotation)s?\sopening|\b(?:bids|tenders|proposals|quotations|offers|envelopes)\s{1,3}(?:\([^()]{1,30}\)\s{1,2})?(?:(?:will\sbe|shall\sbe|are|to\sbe)\s)?(?:(?:publicly|then)\s)?opened|\bpre[-\s]?(?:bid|tender|proposal|submission|quotation)\s(?:meeting|conference|briefing|session)"
            r"|\bevaluation\sof\s(?:the\s)?(?:proposals|tenders|bids|applications|submissions)|\b(?:proposal|document|bid|tender|technical)\s(?:evaluation|screening)\b)"
            # 「同等品承認申請書の提出」: a request to offer an equivalent product, no hand-in of the call's own;
            # 「見本品の提出」: a sample to test the product by (「出席者届の提出」: an earlier rule's)
            r"|同等品|(?:見本|サンプル)品?(?:の|を)?(?:提出|持参|搬入|受付)"
            # 「見本品の確認（希望者のみ）」「サンプルの展示」「下取車両の現車確認」: the goods shown at the office for the bidders
            # to look at before they quote, an open-counter call's step (a window of days, its end kept like a 閲覧's)
            rf"|{GOODS_LOOKED_AT}"
            # 「入札保証金の納付」「売買代金の納付」: money paid in, no step of the call's papers
            r"|納付"
            # 「接続テスト」: the link tried before the hand-in; a comment
            r"|接続(?:テスト|試験)|"
            # 「業務現場の見学」「施設見学」「個別見学」: the site shown to the bidders, as a 見学会; 「事前相談（必須）」: the talk an
            # applicant has with the office before it applies, a step of a grant's or a designation's call
            r"(?:現場|現地|施設|会場|館内|院内|庁舎|工場)(?:の)?(?:個別|合同|事前)?見学|^(?:個別|合同|事前)?見学(?:の?(?:日|日時|日程|期間))?$|事前相談|"
            # 「個別見学申込書」: the sign-up for a visit arranged for each bidder, the site named above it
            # 「1者30分程度の個別見学を実施します」: the visits given, told after their days in a sentence
            r"(?:個別|合同)見学(?:の?(?:申込|申し込)|を(?:実施|行|開催))|^相談(?:の)?(?:受付)?(?:期間|期限)$|"
            # 「公募設置等計画の認定」 (Park-PFI): the issuer certifies the plan of the party chosen, before its agreements
            r"計画(?:等)?の認定(?!\S{0,4}(?:申請|を受け))|" + COMMENT.pattern + "|" + EN_COMMENT
        ),
    ),
    # 「参加意思確認公募の公示」: the notice named last is the publication, whatever call it makes
    ("published", re.compile(r"(?:公告|公示|告示)(?:日|予定日)?$")),
    # 「入札参加申込書の配布開始」「見積依頼書等の配布」: the papers of the call handed out, whichever paper (not a
    # 確認書 or 通知書 handed to one bidder, nor the 回答書 handed to all: the answer)
    ("published", re.compile(r"(?<!確認|通知|決定|認定|回答)書(?:等|類)?の?(?:配布|交付|配付)")),
    # 「募集要項はいつから入手できますか」「仕様書等の入手」: the call's papers to be had (not how or where: 入手方法)
    ("published", re.compile(r"(?:要[綱項領]|説明書|仕様書|設計図書)(?:等|類)?\S{0,10}?入手(?!方法|先|場所|の方法)")),
    (
        "answer",
        re.compile(
            # 「質問者名を伏せて県ホームページに掲載します」「質問者名は公表しない」: how the answers are put up (not a question;
            # not 「質問者名を記入の上」「質問者名等を記入した質問書」, how the question is written; not 「Intention to quote:
            # reply to this e-mail by」, how a bidder hands its step in)
            # (「質疑応答書の公表」「質疑応答集の掲載」: the questions with their answers, put up)
            # (not 「市民意識調査(回答1,284人)」「回答率62%」: a survey's respondents counted, no answer to a question; nor
            # 「Jun 24, 2025 · 4 comments · 3 replies」: a thread's replies counted under its post; 「D-2 Replies to …」 is a step)
            r"回答(?![\d０-９][\d０-９,，]{0,8}\s{0,2}(?:人|名)|(?:者|数)\s{0,2}[:：]?\s{0,2}[\d０-９]|率)|こたえ|質疑応答(?:書|集|録)?(?:の|を)?(?:公表|掲載|公開|送付|配布)|質問者(?:の)?(?:氏名|名|名称)(?:等)?(?:を|は)\s{0,2}(?:伏せ|公表(?:し(?:ない|ません)|せず)|公開(?:し(?:ない|ません)|せず)|非公表)|(?:Q\s?&\s?A|Ｑ＆Ａ)(?!\S{0,3}\s?(?:session|セッション|受付|締切|期限|period|window|deadline|due|cut-?off|closing))|(?i:answers?\b|(?:(?<!\d\s)(?<!\d)|(?=repl(?:y|ies)\sto\b))repl(?:y|ies)\b(?!\sto\s(?:this|the|our)\s(?:e-?mail|mail|message|letter))|responses?\sto\s(?:the\s|all\s)?(?:(?:supplementary|additional|further)\s)?(?:round\s\d{1,2}\s)?(?:requests?\sfor\s)?(?:questions|clarification|quer|inquir|enquir))"
            # (「Responses to supplementary questions」「Responses to requests for clarification」 too)
            # 「Clarification responses circulated」「Issuance of responses / bid bulletin」: the answers sent to all bidders
            r"|(?i:\b(?:clarification|question|enquiry|inquiry)\sresponses?\b|\bresponses?\s(?:(?:are|will\sbe)\s)?(?:circulated|published|issued|posted|shared|distributed|uploaded)"
            # 「Clarification questions and responses – to be published by」「Responses, without identifying the source of
            # the enquiry, will be sent to all bidders」: the answers named beside the questions, or sent out after an aside
            r"|\b(?:questions|clarifications|enquiries|inquiries)\s(?:and|&)\sresponses\b"
            r"|\bresponses,\s[^,.;]{1,80},\s(?:are|will\sbe|shall\sbe)\s(?:sent|circulated|published|issued|posted|shared|distributed)\b"
            r"|\b(?:issu(?:e|ance)|publication|circulation|release)\sof\s(?:the\s)?(?:responses|clarifications|addenda)\b|\bbid\sbulletin"
            # 「Clarifications issued」「Addenda published」: the answers sent to all bidders, as the call's changes (the
            # plural: a step of the schedule, not one addendum's own head)
            r"|\b(?:clarifications|addenda)\s(?:(?:are|will\sbe)\s)?(?:issued|published|posted|circulated|distributed|uploaded|sent)\b"
            # 「The Authority will issue its responses to all tenderers」: the answers sent out by whoever answers (not
            # 「Bidders must send their responses to the questionnaire」「send all responses to」: what a bidder hands in)
            r"|\b(?:issue|publish|post|circulate|distribute)s?\s(?:its|our|the|all)\s(?:written\s)?responses\b"
            # 「The Purchaser will forward its response, without identifying the source, to all registered Bidders」
            r"|\bforwards?\s(?:its|our|the)\s(?:written\s)?responses?\b"
            # 「The Agency will respond to all clarification requests by」: the answers, told by whoever answers
            r"|\b(?:will|shall)\s(?:respond|reply)\sto\s(?:all\s|any\s|the\s)?(?:written\s)?(?:questions|queries|enquiries|inquiries|clarification)"
            # 「Questions received during the period will be answered by」「Enquiries will be replied to by」: the questions
            # answered, told in the passive (not 「will not be answered」, which names no day of answers, nor 「E-mails
            # received during these days will be answered afterwards」, the office closed on the day)
            r"|\b(?:will|shall|are\sto)\sbe\s(?:answered|replied\sto|responded\sto)\b(?!\s(?:afterwards|later|thereafter|after|once|when|upon|on\sthe\snext|the\snext|from\sthe))"
            # 「Answers to the questions received by June 8 and the questions received again will be posted together on this
            # page by」: the questions put up (with their answers) for all, as 質問と回答を掲載
            r"|\b(?:questions|queries|enquiries|inquiries)\b[^.;:]{0,60}?\b(?:will|shall)\sbe\s(?:posted|published|uploaded|made\spublic)\b"
            rf"|{EN_NUMBERED_CLARIFICATION}"
            # 「FAQ published on the Foundation website」「Publication of the FAQ」: the questions answered for all (as Q&A)
            r"|\bFAQs?\b(?!\s?(?:session|webinar|period|window)))"
        ),
    ),
    # 「Q&A period」: the window the questions are taken in (its answers are a sheet of their own)
    (
        "question",
        re.compile(
            # (「問い合わせ 住民生活課 ☎000-0000-0000」: whom to call, a contact line under an item, no questions taken; 「10
            # 問合せ先」「このページに関するお問い合わせ 〒000-0000 …」「メールでのお問い合わせはこちら」「お問い合わせフォーム」
            # 「この間の問合せには対応しない」: a contact block, a page's link to write, a note on the office's days off)
            # (「Written response to the questionnaire (Form 4)」: a survey's form the respondent fills in, no question asked)
            # (「クラリフィケーション期限」「クラリフィケーションの受付」: the English 「clarification」 written in katakana, as a
            # team forwarding an English call says it)
            rf"質問|しつもん|質疑|{INQUIRY}|疑義|照会(?!先)|クラリフィケーション|(?i:questions?(?!naire)|inquir|enquir|\bqueries\b|clarification|\brequest(?:s|ing)?\s(?:for\s)?(?:additional|further)\sinformation\b|\bQ\s?&\s?A\s(?:period|window|deadline|due|cut-?off|closing))"
            # 「Q&A締切」「Ｑ＆Ａ受付期限」: the same keyed in Japanese (the answer rule leaves it)
            r"|(?:Q\s?&\s?A|Ｑ＆Ａ)\s?(?:受付|締切|〆切|期限)"
        ),
    ),
    (  # (「Participation Form (Form 1) due」: the English 参加申込書)
        "application",
        re.compile(
            r"(?:参加|応募)(?:の)?(?:お|ご)?申(?:し)?込|参加(?:の)?申(?:し)?出|もうしこみ|(?:参加|応募|参加者)登録|参加届|参加資格(?:の)?申請|参加の申請|(?:事後|資格)審査(?:書類|資料|申請)|参加表明|関心表明|応募表明|参加を希望|参加意思|意思表明|意思確認書|応募意向|意向届|参加意向|参加申請|参加資格確認申請|資格確認書類|参加希望|仮申込|申込書|(?:申請|応募|参加)予定届|"
            r"応募申込|エントリー|参加資格の確認|資格の確認|資格確認|競争参加資格確認|参加資格審査|参加の申込|(?:適合|資格)\S{0,16}証明|証明書等|^証明書類|(?i:(?<!full\s)application(?!s?\sguidelines?|\sdocuments?\b)|\bdocuments?\s(?:proving|certifying|demonstrating)\b|expressions? of interest|\bEOIs?\b|qualification|eligibility|\bentry\s(?:form|sheet)s?\b|"
            rf"{EN_INTENT_TO}|\bwhether\s(?:you|they|your\sfirm)\s(?:will|intend\sto|wish\sto)\s(?:bid|tender|participate|submit|respond|apply|propose|quote)|letter of intent|\bparticipation\sforms?\b|\bconfirmation\sof\s(?:your\s)?(?:participation|interest)\b|\bregist(?:er|ration)\b(?!\s(?:of\s)?(?:a|an|its|your|their|the)\s(?:local\s)?(?:branch|company|subsidiary|office|business|corporation|entity)\b))"
        ),
    ),
    # (「当局が交付する売買契約書により契約を締結」: the contract's paper handed to the winner, no publication)
    (
        "published",
        re.compile(
            r"(?:公募|募集)(?:の)?開始|公告|公示|告示|掲示(?:期間|開始|日)|見積(?:書の?)?依頼(?:書)?の?(?:発送|送付|発出|日)|ぼしゅうを\s?はじめ|(?<!非)公開(?!日)|公表|掲載開始|配布開始|配付開始|交付(?!申請|決定|金|要綱|規程|規則|額|対象|条件|(?:する|される)\S{0,10}契約書)|配布|配付|募集要[綱項領]の?(?:公開|配布)"
            r"|(?i:public (?:notice|announcement)|date of (?:this )?(?:notice|issue|announcement|publication)|^notice\sdate$|documentation (?:will be |is )?available"
            # 「Issue of the Request for Proposals」「RFP release」「Call for proposals opens」「Publication of these Guidelines」
            # 「Announcement of this RFP」
            # (「Advertisement of the tender」「Launch of the call」「Posting of the RFQ」「Dispatch of RFP」「Distribution of the
            # Implementation Guidelines」「Distribution of the draft specifications」「Publication of this Request」 too)
            # (「Distribution period of the tender documentation」「Download period of the bid documents」: the window named
            # before its papers, which opens with the call)
            r"|\b(?:issu(?:e|ance)|release|publication|distribution|announcement|advertisement|launch|posting|dispatch|download)(?:\s(?:and|&)\s(?:viewing|inspection|perusal|download))?(?:\speriod)?\sof\s(?:the\s|this\s|these\s)?(?:RFP|RFQ|RFI|RFT|ITB|ITT|request\b|invitation|call|tender\sdoc|bid(?:ding)?\sdoc|solicitation|(?:draft\s)?specifications|(?:application\s|applicants?'?\s|call\s|[a-z]+\s)?guidelines)"
            # 「Advertisement」「Date of advertisement」: the call advertised (公告), keyed alone; 「Tender launch」「RFQ sent to
            # suppliers」: the call sent out; 「Sale of bidding documents」「Availability of tender documents」: its papers had
            r"|^(?:date\sof\s)?advertisement(?:\sdate)?$|\b(?:tender|call|RFP|RFQ|RFI|RFT|ITT|ITB|competition)\slaunch(?:\sdate)?\b"
            r"|\b(?:RFP|RFQ|RFI|ITB|ITT|RFT)s?\s(?:(?:is|was|were|are|will\sbe)\s)?(?:sent|dispatched|e-?mailed|advertised)\b"
            r"|\b(?:sale|availability)\sof\s(?:the\s)?(?:tender|bid(?:ding)?|RFP|RFQ|solicitation)\sdocument"
            r"|\b(?:RFP|RFQ|RFI|RFT|ITB|ITT)\s(?:release|issue)\b|\b(?:call|solicitation)\sfor\s\w+\s(?:opens|launched)\b"
            # 「RFP issued」「Tender documents can be obtained from」「Tender documentation: available from」: the call and its
            # documents made public
            # 「Tender published」「ITT issued」「This call opens on Mon., April 26」
            r"|\b(?:RFP|RFQ|RFI|RFT|ITB|ITT|notice|call|invitation|tender|(?:request|call)\sfor\s(?:proposals?|quotations?|tenders?|applications?))\)?\s{1,3}(?:is\s|was\s|has\sbeen\s)?(?:issued|published|announced|released|launched|advertised|posted\son\s(?:the\s)?(?:\S{1,20}\s)?(?:website|web\s?site|homepage|portal))"
            # 「This Request was published on the City's website on」「The Guidelines, Specifications and Forms 1 to 6 were
            # published on」: the day the call's papers were put up
            # (「The Implementation Guidelines, the Specifications and the prescribed forms (hereinafter …) will be made
            # available on the Prefecture's website from」: the same to come)
            r"|(?i:\b(?:request|guidelines|specifications|forms|documents|documentation|materials)\b[^.。]{0,60}?\s(?:was|were|has\sbeen|have\sbeen)\s(?:published|issued|released|posted|advertised)(?:\s(?:on|at)\b|$))"
            r"|(?i:\b(?:guidelines|specifications|forms|documents|documentation)\b(?:[^.。]|(?<=etc)\.){0,60}?\s(?:will|shall)\sbe\smade\savailable\b)"
            # 「(1) Announcement   June 1, 2027」: a schedule's first row, the call announced (公告); 「Issued: Tuesday, August
            # 25, 2026」「Re-announcement date: Wednesday, 13 January 2027」: the call's own day, keyed in its head
            r"|^(?:re-?)?announcement(?:\sdate)?$|(?i:^(?:date\s)?issued$|^issue\sdate$)"
            # 「Amendment No. 1 Request for Proposals: … Issued 3 August 2027」: a notice's head run onto one line, its own
            # day keyed last by the capitalised key of the line it stood on (not 「the RFP issued」, a participle)
            r"|(?<=\s)(?-i:Issued|Issue\sdate|Date\sof\sissue)\s{0,2}:?$"
            # 「Publication of this notice」 (not 「Publication of the notice of contract award」: another notice, named after it)
            r"|\bpublication\sof\s(?:this|the)\s(?:notice|announcement)\b(?!\sof\b)"
            # 「The Prefecture is issuing this Request for Proposal (RFP) on」
            r"|\bis\s(?:issuing|publishing|announcing)\s(?:this|the|a|its)\s(?:RFP|RFQ|ITB|ITT|request\sfor|call|invitation|tender)"
            # 「Call opens   10/05/2027」: a schedule's row that names the call without 「the」
            r"|(?:\b(?:this|the)\s|^)(?:call|RFP|RFQ|RFT|ITT|tender)\s(?:opens|is\sopen)\b"
            r"|\b(?:tender|procurement|bid(?:ding)?)\s(?:notice|announcement)\b"
            # 「Period of providing the tender documentation」「Obtaining the tender documentation」「TENDER DOCUMENTS Period」:
            # the papers handed out (交付期間), whose window opens with the call
            r"|\b(?:providing|obtaining|provision\sof)\s(?:the\s)?(?:tender|bid(?:ding)?)\sdocument(?:s|ation)\b"
            # (「TENDER DOCUMENTATION Availability Period」「Bid documents collection period」: the same window, named by
            # how the papers are had)
            r"|\b(?:tender|bid(?:ding)?)\sdocument(?:s|ation)\s(?:period|distribution|download|(?:availability|collection)(?:\speriod)?\b)\b"
            # (no 「The tender documents issued by the Bureau must be … returned」: a participle naming the papers; 「The
            # bidding document in English may be downloaded」: the papers named with the language they are written in;
            # 「Bidding Documents may be purchased … from」「documents will be sold from」: the papers sold for a fee, 有償交付)
            r"|\bdocument(?:s|ation)?(?::\s{0,3}|\s{1,3}(?:\([^()]{0,60}\)\s{1,3}|in\s(?:English|Japanese)(?:\s(?:and|or)\s(?:English|Japanese))?\s{1,3})?(?:(?:are|is|will\sbe|can\sbe|may\sbe)\s{1,3}(?:made\s{1,3})?|(?![a-z]{1,12}\s{1,3}by\b)))(?:available|obtained|distributed|downloaded|downloadable|issued|released|published|purchased|bought|sold|collected)"
            # 「The tender explanation and specifications will be issued from」: the papers of a tender handed out (交付)
            r"|\b(?:specifications|(?:tender|bid(?:ding)?)\sexplanation|explanation\sof\s(?:the\s)?(?:tender|bid(?:ding)?))\s(?:(?:are|is|will\sbe|shall\sbe|can\sbe|may\sbe)\s)?(?:issued|distributed|handed\sout|available)\b"
            # 「The Implementation Guidelines, the Specifications and the prescribed forms (…) will be made available on the
            # Prefecture's website from」: the call's papers put up, a translated notice's 配布 (its window's start)
            # (「… (hereinafter "the Guidelines, etc.") …」: a stop inside the bracket's quotation, no sentence's end)
            r"|^(?:the\s)?(?:[A-Z][a-z]+\s){0,2}(?:guidelines|specifications)\b(?:[^.。]|\.(?!\s)){0,120}?\s(?:will\sbe|shall\sbe|are|is)\s(?:made\s)?available\b)"
            # 「Published: 14 May 2026 (Thu)」「Publication date」: the notice's own key, capitalised (not 「(published …)」
            # in a bracket after a report's name)
            # (「1. 発注者スケジュール(実施要領より) Publication」「Schedule from the RFP: Publication」: the key after a heading
            # or the row before, run onto its line; not 「Results Publication」, words of its own before it)
            r"|(?:^|(?<=[^A-Za-z\s,;]\s))(?:Date\s(?:of\s)?)?Publi(?:shed|cation)(?:\s[Dd]ate)?$"
        ),
    ),
    # 「請書の提出」「注文請書の取り交わし」: the supplier accepts the order, the contract of a small purchase
    # 「The successful tenderer will be required to sign the contract by」: the contract signed, whoever's paper is named
    (
        "contract",
        re.compile(
            r"(?<![申要])請書(?:の)?(?:提出|取り?交わし|徴取|受領)|(?i:\b(?:sign|execute|conclude)\s(?:the\s)?(?:\w+\s)?(?:contract|agreement)\b)"
        ),
    ),
    (
        "submission",
        re.compile(
            r"企画提案|提案(?:書|シート|資料)|ていあん|企画書|応募書類|資料\S{0,3}提供|入札書|入札(?:の)?(?:予定)?(?:日時|期日|日(?!程)|締切|期限|期間)|^入札(?:は)?$|入札(?:の)?執行|入札会(?!場|議)|"
            # 「提案〆切」「プロポーザル締切」「見積期限」「応募〆切」: a deadline of the call's own hand-in (「交付申請の締切」
            # 「補助金申請期限」「応募申請の締切」: a grant's application papers, its 申請書; not a bare 「申請締切日」, in a tender's portal
            # alert the 参加申請's day told again beside its own row)
            r"(?:提案|プロポーザル|見積|応募|募集|公募|(?:応募|交付|補助金)申請)(?:書)?(?:の)?(?:締切|〆切?|締め切り|しめきり|期限)|提出書類|見積書|本申込|申請書|提出期限|提出期間|提出日|応募期限|受付期間|募集期間|公募期間|"
            # 「Quotations must reach us by」: a request for quotation's hand-in (見積書), as a tender's; 「Full applications
            # (Form B, …) must reach us by」: the hand-in after a letter of intent (本申込)
            r"応募期間|提出"
            + CONTACT_BEFORE_HAND_IN
            + r"(?!先\s{0,2}(?:・|、|及び|/)\s{0,2}(?:お)?問)|受付|受領|アップロード|(?i:tender|proposal|\bbids?\b|submission|\bquotations?\b|\bquotes\b|\bquote\s(?:deadline|submission|closing)\b|\bapplication\sdocuments?\b|\bfull\sapplications?\b)"
            # 「(2) Must arrive by 17:00, September 18」: the bare verb of a hand-in (its item's heading names the paper)
            rf"|{EN_HAND_IN}"
            # 「Closing Date and Time」「Tender closing」: the hour the call closes to hand-ins (a question's closing is named first)
            r"|(?i:\bclosing\s(?:date|time)\b|^(?:tender|bid)\sclosing$|\b(?:RFP|RFQ|RFT|ITT|ITB)\sclos(?:ing|es)\b"
            # 「Offers due」「Deadline for offers」「Responses are due」「Deadline for responses to the RFI」「Deadline for
            # receipt」: what the call asks for handed in, in other words (the responses to questions are the answer)
            r"|\boffers\s(?:(?:are|must\sbe|to\sbe)\s)?due\b"
            # 「Best and Final Offer (only if requested)」「BAFO」: the bids handed in again, improved, after negotiation
            r"|\bbest\sand\sfinal\soffers?\b|(?-i:\bBAFOs?\b)|\b(?:deadline|time-?limit)\sfor\s(?:(?:the\s)?(?:receipt|submission)\sof\s)?(?:the\s)?(?:offers|responses?)\b"
            r"|\bresponses?\s(?:(?:are|is)\s)?due\b|^(?:deadline|last\sdate|time-?limit)\sfor\s(?:the\s)?receipt$"
            r"|^(?:acceptance\speriod|period\s(?:for|of)\s(?:the\s)?acceptance)\b"
            # 「Please send your response as a single PDF … no later than」: the bidder asked to hand its paper in
            r"|\b(?:send|submit|deliver)\s(?:us\s)?(?:your|their|its)\s(?:(?:written|full|complete|completed|final)\s)?(?:response|proposal|quotation|quote|offer|tender|bid)s?\b"
            # 「Responses should reach the Agency no later than」「Deadline for RFI responses」: a request for information's
            # hand-in, its respondents' papers (the issuer's responses to questions are its answers, read first)
            r"|\bresponses?\s(?:should|must|shall)\s(?:reach|arrive|be\s(?:received|submitted|sent|delivered))\b"
            r"|\b(?:send|submit)\s(?:the|a)\s(?:written\s)?responses?\b"
            r"|\bRFIQ?\sresponses?\b|\bresponses?\sto\s(?:the|this)\s(?:questionnaire|RFIQ?|request\sfor\sinformation)\b)"
        ),
    ),
    # 「町ホームページの「入札・契約情報」に掲載」: where a page is put up, whatever the section's name
    # (「このページに掲載しています」「電子入札システムの入札情報サービスに掲載する」: a page or a system's)
    (
        "published",
        # (「当協会ホームページに実施要領等を掲載しております」: what is put up named between)
        re.compile(
            r"(?:ページ|HP|ウェブサイト|Webサイト|サイト|システム|サービス)\S{0,24}(?:に|で|へ)(?:の)?(?:[^\s、。]{1,16}を)?(?:掲載|公開)"
        ),
    ),
    # 「発注図書」「発注仕様書」: the papers a call issues for its order, no order placed; 「発注見通し」: an office's forecast
    # of the calls it means to make, no order placed
    # 「発注（注文書の送付）」: a purchase's order; 「契約課へ提出」: the office of that name signs nothing here; 「契約書の写し
    # を添付」「事業契約書（案）の内容に関する対話」: a contract's paper (a copy proving a record, the draft of the call's
    # papers), no contract signed; 「The contractor shall submit monthly reports by」「at the contractor's own expense」: the
    # party who does the work, named in its scope (no contract signed); 「Contract Management Division」「Procurement and
    # Contracts Division」: the unit that signs, named in a letterhead or a page's footer (no contract signed); 「Annex D -
    # Draft Contract for Professional Services」「Model contract」: the call's paper, as 契約書（案） (no contract signed)
    (
        "contract",
        re.compile(
            r"契約(?!\S{0,3}[課係室班]|の?相手方|担当|グループ|書等?の?写し|書\s{0,2}\(?\s{0,2}案)|協定(?!書等?の?写し|書\s{0,2}\(?\s{0,2}案)|(?<!別途)発注(?!者|機関|元|図書|仕様書|見通し)|注文書|(?i:(?<!draft\s)(?<!model\s)(?<!sample\s)contract(?!ors?\b|s?\s(?:(?:management|administration|affairs)\s)?(?:division|section|office|department|unit|desk|team|branch|group)\b|ing\s(?:office|officer|specialist|activity)\b|\s(?:specialist|officer)s?\b)|purchase order)"
            # (「Contracting Office Address」「e-mail the Contract Specialist」「the Contracting Officer」: the buyer's office
            # or official, named as whom to write to, no contract signed)
            # 「The Government anticipates award on or about」「The Government intends to make an award by」: a US
            # federal solicitation's award, the purchase order or contract itself (no result notice before it)
            r"|(?i:\bgovernment\s(?:anticipates|intends|expects|plans)\s(?:to\s(?:make\s)?)?(?:an?\s)?award(?:ing)?\b)"
            # 「the agreement is expected to be signed in March」: a partnership's contract, 協定締結
            r"|(?i:\bagreements?\s(?:is\s|are\s|will\sbe\s|to\sbe\s)?(?:expected\sto\sbe\s)?(?:signed|concluded|executed)"
            # 「Execution of the Concession Agreement」「Signing of the Basic Agreement」
            r"|\b(?:sign(?:ing|ature)|execution|conclusion)\sof\s(?:the\s)?(?:[a-z]+\s){0,2}agreement"
            # 「Expected date of signature of the LTA」「Signing of the PO」: the agreement named by its short form (a
            # long-term agreement, a purchase order, a framework agreement)
            r"|\b(?:sign(?:ing|ature)|execution|conclusion)\sof\s(?:the\s)?(?:LTAs?|FWAs?|POs?|MoU|framework)\b"
            # 「Basic agreement March 2028」: a designated manager's or a concession's 基本協定
            # (「Oct  Concession Agreement (after City Council approval)」「Project agreement: Q3 2028」「PPP Agreement」:
            # a row's step that is the agreement itself, named by its kind; not its draft, 「Draft Concession Agreement」)
            r"|^(?:conclusion\sof\s)?(?:the\s)?(?:(?:basic|framework)\sagreement\b"
            r"|(?:concession|project|implementation|operating|operation|lease|partnership|PPP|PFI|service|services)"
            r"\sagreements?\b(?!\s{0,2}\(?\s{0,2}(?:draft|template|form|published)\b)))"
        ),
    ),
    (
        "published",
        # 「入札情報の掲載」: a label that only puts something up (an answer or a result is named before)
        re.compile(
            r"(?:ホームページ|HP|ウェブサイト|サイト|窓口)\S{0,6}(?:掲載|公開|配布)|掲載開始|公開開始|ダウンロード|^\S{1,20}の掲載$"
        ),
    ),
]
# (each rule behind a lookahead for the characters its matches begin with, where the engine does not scan for them
# itself: a rule of many alternatives is tried at every character of a long label otherwise)
KIND_RULES = [(kind, first_characters_guarded(pattern)) for kind, pattern in _KIND_RULES_WRITTEN]
OPEN_PERIOD = re.compile(r"^(?:公募|募集|応募)(?:の)?期間$")
# 「公募期間 11月26日～12月10日」: the window the call itself is open, which starts with its publication (what is
# handed in by its end is a step of its own)
CALL_PERIOD = re.compile(r"^(?:公募|公募の)期間$")
# A briefing or site visit; its registration is a step of the briefing (other), not the call's application.
# (「Explanatory meeting」: the English of 説明会 in a bilingual notice; 「現地案内」: the site shown, as a 見学会)
BRIEFING = first_characters_guarded(
    # (「画面確認会」「システム確認会」: the system in use shown to the bidders, as a 見学会)
    re.compile(
        rf"説明会|{BIDDERS_MEETING}|見学会|{SITE_SHOWN}|{SITE_INSPECTED}|現地調査|下見|現地確認会|(?:画面|システム|操作|デモ|デモ環境)確認会|現場確認|内覧会|(?i:{EN_BRIEFING})"
    )
)
# The call's own application (参加表明, 応募), never a briefing's registration, though it is asked for under the briefing's
# item or beside it (「Notice of Intent to Propose」「Expression of Interest」「Application to participate」 in English)
CALL_APPLICATION = re.compile(
    r"参加表明|参加資格|資格確認|応募|本申込|仮申込|参加意|エントリー"
    rf"|(?i:\b{EN_INTENT_TO}\b|\bexpressions?\sof\sinterest\b"
    r"|(?<![@.\w-])EOIs?\b(?![@.\w-])|\bapplications?\s(?:to|for)\s(?:participate|participation)\b"
    # 「Application for confirmation of competitive participation qualification」「Qualification review application」
    # 「Eligibility application」: 資格確認 in English, the call's own application
    r"|\bapplications?\s(?:to|for)\s(?:the\s)?(?:confirmation|review|screening|examination)\sof\s(?:[\w-]+\s){0,3}?(?:qualifications?|eligibility)\b"
    r"|\b(?:qualification|eligibility)\s(?:confirmation\s|review\s|screening\s)?application)"
)
# (「電話かメールで予約」「要予約」「予約してください」: a seat the reader books by a day, as a registration; not the
# issuer's own booking 「会場予約日」「会場の追加予約」)
DEADLINE_WORDS = first_characters_guarded(
    re.compile(
        r"期限|締切|締め切り|しめきり|〆切|予定日|期日|申込|申し込|(?:で|に|要|ご)予約|予約(?:して|する|を|が必要|の上|のうえ)"
    )
)
# the words of a step that a budget's condition may stand before or after (「Subject to budget approval, the contract will
# be signed on」「…, contract signature is planned for」): the step's day, not the condition's
_STEP_AFTER_CONDITION = (
    r"(?:will|shall|sign(?:ed|ing|ature)|conclu(?:ded|sion)|award(?:ed)?|execut(?:ed|ion)|submi\w+|due|deadline)\b"
)
# Dates that are never milestones: periods of performance, laws, documents, page metadata, what the work finds
# (「本業務の調査結果は、8月の総会以降に順次報告します」: the work's own results, no selection's)
NOT_MILESTONE_LABEL = first_characters_guarded(  # (a long label: most of its characters begin no alternative)
    re.compile(
        r"(?:実施|履行|事業|契約|委託|業務|研修|対象|補助|計画|有効|指定|管理|開催|工事|休館|休業|休暇|休校|休園|貸付|利用)期間|報告書|作成日|(?<!通知)(?<!通知書)(?<!通知書の)発行|改定(?![前後])|改正(?![前後])|制定|施行|"
        # 「・訂正公告（第1回）（令和9年2月10日）」: the notice of a change to the call, put up after the call opened
        r"(?:訂正|変更)(?:公告|公示|告示)|"
        # 「ボードの「R9.2.19(金)」は市の回答書の表記に合わせて年号つきで書いています」: a date quoted, said of how it is written
        r"^」\s{0,2}は[^。]{0,30}?(?:表記|記載|記述|書いて|書き)|"
        # 「2027/12/03「企画競争説明書の一部変更について（通知）」」: a letter of a change named by its title after its day,
        # the day it was sent (a change has no step of its own on it)
        r"^「[^「」]{0,40}(?:訂正|変更|延期|延長)について\s{0,2}[(（]\s{0,2}(?:通知|お知らせ)\s{0,2}[)）]」|"
        # 「参加仮申込期間と入札期間の間（1月27日～2月8日）は入札できません」: the days between two steps, no step
        r"(?:期間|期限|日)と[^、。\s]{1,16}?(?:期間|期限|日)の間|"
        # 「資料提供先：…記者クラブ」 / 「【解禁】…午後2時以降（新聞は10月4日朝刊以降）」: a press release's head, whom it
        # went to and when the press may report it, no step of the call
        r"資料提供先|解禁|"
        # 「本通知を受領されましたら、6月16日までに、受領した旨を電子メールで返信してください」: the acknowledgement of a
        # notice the issuer sent, no step of the call
        r"受領(?:した|された|しました|いたしました)旨|"
        # 「本日の資料・質疑の記録は7月14日に市HPへ掲載」「本日の質疑は公表されますか」「質疑応答記録」: a meeting's own papers
        # and record, put up after it (no step of the call)
        # (not 「本日の質疑以外の質問の受付期限」「当日の質疑に対する回答」: a step after the meeting)
        r"(?:本日|当日)の(?:説明会)?(?:配布)?(?:資料|質疑)(?![^。]{0,16}?(?:期限|締切|〆切|受付|提出|申込|回答))"
        r"|質疑(?:応答)?の?記録|"
        r"(?:受付|診療|開館|面会|営業|利用|窓口)時間|"
        # 「基本設計の市民説明会」「利用者説明会」: the work's events for residents and users, no briefing of the call
        # (「在園児の保護者への説明会」「利用者に対する説明会」; 「検針員説明会」「配達員向け説明会」: the contractor's staff
        # trained for the work)
        r"(?:市民|住民|町民|村民|区民|県民|利用者|保護者|従事者|(?<![委会])員)(?:向け|へ|に対する)?(?:の)?説明会|"
        # 「一般選抜 個別学力検査」「入学試験」: the issuer's own business the work serves (a university's exams), no step
        r"学力検査|入学試験|入学者選抜|選抜試験|"
        # 「採点結果の速報」「単純集計結果を提出すること」「(仕様書第8条)」: the work's deliverables and duties, no step
        r"(?:結果|集計)(?:の)?速報|速報値|(?:集計|採点)結果|(?:仕様書|契約書)\s{0,2}第\s{0,2}\d+\s{0,2}条|"
        # 「債務負担行為」: the budget the contract is paid from; 「…には含みません（別途契約）」: what the call leaves out;
        # 「令和8年度予算は、3月の議会の議決を経て確定する」: a sentence about the budget the call depends on
        r"債務負担行為|含(?:みません|まない|まれない|まれません)|予算(?:額|案)?\s{0,2}[はが]\s{0,2}$|"
        # 「申込者には…接続先URLを送付する」: how an online event is joined, no step of its own
        r"(?:接続先|接続用|参加用|招待)\S{0,6}(?:URL|ＵＲＬ|アドレス|リンク)|URL\S{0,4}(?:送付|通知|送信|連絡|お知らせ)|"
        # 「合同就職説明会」「採用説明会」: a job fair the work's product is shown at, no briefing of the call; 「…説明会でも
        # 使用する」「…で上映する予定」: where what is made will be used, the work's own use of it
        r"(?:就職|採用|入学|進学|移住)\S{0,4}(?:説明会|相談会|フェア)|"
        r"(?:で|でも|において|にて)\s{0,2}(?:使用|活用|上映|放映|展示|披露)(?:する|します|される|されます|する予定|を予定)\S{0,8}$|"  # 「外来受付時間 8:30～11:00」「持参の場合の受付時間は」: hours, no step
        # 「接続テストを1/12〜1/13に行います（任意）」: what a bidder may do or not, no step of the call
        r"(?:行います|行う|実施します|実施する)\s{0,2}[(（](?:参加は)?任意(?:参加)?[)）]|"
        # 「予定価格は、…2月1日に電子入札システムで再度公表する」「予定価格の事前公表」: the price limit made known, no step
        r"(?:予定価格|最低制限価格|調査基準価格)(?:等)?\s{0,2}(?:は|の(?:事前|事後)?(?:公表|公開))|"
        # 「（令和10年4月20日 …選定委員会決定）」 under a 評価基準's title: the day a body adopted the paper, no step
        r"(?:委員会|審査会|審議会|会議)\s{0,2}(?:決定|承認|議決)\s{0,2}[)）]?$|"
        # 「修正の理由（10月5日）」「訂正理由」: the day of the change itself, no step of the call; 「2 中止の理由」 over
        # 「令和元年10月の台風による被災箇所…」: what led to the call off
        r"(?:訂正|修正|変更|延長|延期|中止|取消し?|取り消し|取りやめ)(?:の)?理由|"
        # 「午前11時頃から、電子入札システムに障害が発生し」: the day a system failed, no step
        r"障害(?:が|の)?\s{0,2}発生|不具合(?:が|の)?\s{0,2}発生|"
        # 「(1) 中止する説明会」「取りやめた現地見学会」: the step called off, held on no day now
        r"(?:^|\s)(?:中止|取りやめ|取り?止め|取り?消し?)(?:する|した|された|となった|になった)[^\s、。]{0,16}$|"
        # 「質問受付期間中の1月20日に、…停止が予定されており」: a day inside a step's window, no step of its own
        r"期間中\s{0,2}(?:の|に)?\s{0,2}$|"
        # 「(受付) R8. 1.27」: the stamp of the day a faxed or mailed notice was received, no step
        r"^\(\s{0,2}(?:受付|収受|受領)(?:印|日)?\s{0,2}\)$|"
        # 「随意契約により更新することがある（最長令和12年3月31日まで）」: how long the contract may be renewed, no step
        r"(?:更新|延長|継続)(?:する|される|できる)(?:こと|場合)(?:が|も)あ|最長\s{0,2}で?\s{0,2}$|"
        # 「選挙期日」「投票日」「選挙の告示日」: the election the work serves, no step of the call
        r"選挙\s{0,2}(?:の)?\s{0,2}(?:期日(?!前)|告示)|(?<!期日前)(?:投票|開票)(?:日|期間)|"
        # 「質問案 → 1/25までに」「提案書ドラフト締切」: a draft of a paper, which a bidder's team writes before handing in
        # the paper itself (the call's steps take the papers; 「案内」 is no draft)
        r"(?:質問|提案書?|企画書|申込書|見積書?|見積り)(?:の)?(?:案(?!内)|ドラフト|下書き)|"
        # 「入札公告予定時期」「公募開始予定時期」 in a call for comments or an advance notice: the date of a later, separate
        # notice, no step of this one
        # (「The notice of the tender is expected to be published in」: the same in English)
        r"(?:公告|公示|公募開始)\s{0,2}(?:の)?予定(?:時期|年月|月)|(?i:notice\b[^.。]{0,30}\b(?:expected|scheduled|planned)\sto\sbe\s(?:published|issued))|"
        # 「公開開始日 2027/03/02」「【公開終了日】」: a procurement portal's fields for how long the page is shown, page
        # metadata as its 公開日 (「募集要項の公開開始日」 names what is put up: the call's publication)
        r"(?:^|[【\[\s])公開(?:開始|終了)(?:日|日時)|"
        # 「電子入札 提出予定」「持参予定日」「参加申込書 投函予定」: the day a bid team plans to hand in its papers, its own
        # (the call gives the day they are due by; 「議会に議案を提出予定」 is the issuer's, 「提出予定者」「提出予定事業者」 the
        # bidders)
        r"(?<!議案を)(?<!議案)(?<!議会に)(?<!議会へ)(?:提出|持参|投函)\s{0,2}予定(?!(?:事?業)?者|企業|の(?:者|方|事業者))|"
        # 「昨年度の問い合わせ件数は約2万件、うち7割が4〜5月に集中」: a count the text tells, its months no step
        r"件数\s{0,2}(?:は|が)|"
        # (「掲載日」「公開日」 alone: a page's own day; 「質問への回答の掲載日」「回答公開日」 the day the answers are out, a step)
        # (「募集要項公開日」「実施要領の掲載日」: the day the call's papers are out, its publication)
        # (「質問回答書.pdf(88KB) 登録日時 2026/12/28 10:15」: the day a file was put on the system, page metadata; a
        # 「参加登録日時」 is a step)
        # (「浜百合 提案書キックオフ」: a team's kick-off meeting, or the work's after the contract, no step of the call)
        # (「保存期限：2032年3月31日」「保存期間」: how long a paper is kept on file, a record's own day)
        # (「変更通知日：2025/10/06」 in a team's record of a changed call: the day the change was told, no step)
        r"(?:変更|訂正|延期)通知日|"
        # (「■ダウンロード期限　2025/10/21(火) 23:59」 in a file-transfer service's mail: when its link expires, the service's
        # own day; a call's papers are out over a ダウンロード期間, whose start alone is a step)
        r"ダウンロード\s{0,2}(?:の)?\s{0,2}(?:有効)?期限|"
        r"有効期限|(?:保存|保管)(?:期限|期間|年限)|賦課期日|基準日|社内|キックオフ|生年月日|現在の\S{0,16}契約|現契約|(?:しない|しません|行わない|行いません|せず)$|(?<!市場)(?:調査|測定|分析|検査|点検|診断|観測)(?:の)?結果|削除|廃棄|設立|創業|実績(?!調書|証明書|書)|開庁|閉庁|休日|営業日|更新日|(?<!回答)(?<!回答の)(?<!回答書の)(?<!要[項綱領])(?<!要[項綱領]の)(?:掲載|公開)日|取得日|最終更新|印刷日|出力日|表示日時|作成日時|(?<!参加)(?<!応募)(?<!参加者)登録日時|"
        r"工期|納入|納品|納期|成果(?:品|物)(?:の)?(?:提出|納品|納入)|納車|引渡し?期|撤去|据付|履行期限|完成|完了|稼働|運用開始|(?:業務|制作|製作|作業|管理運営|指定管理|運営)(?:の)?開始|供用|開館|開業|(?<!口座)開設(?:予定)?(?:日|時期|年月日)|保守期限|サポート期限|(?:整備|建設|設置|設定|導入|移行|構築|改修|施設整備)(?:の)?期限|録画(?!\S{0,8}(?:申込|申し込))|を迎え|現行(?![^\s契]{0,12}(?:更改|更新|刷新|移行|リプレース|置換|置き換え))\S{0,16}契約|前回\S{0,4}契約|年度協定|既存\S{0,4}契約|別途\S{0,4}(?:契約|発注)|"
        # 「業務着手、業務計画書の提出」「着手届」: the contractor's first papers of the work, after the contract
        r"業務計画書|作業計画書|業務着手|着手届|"
        # 「協議会での計画決定は令和9年3月を予定」「基本構想の確定」: the plan the work helps make, decided by its body after
        # the contract (no selection's result; not 「計画決定支援業務」, the work's own name)
        r"(?:計画|構想|戦略|ビジョン)(?:案)?\s{0,2}(?:の)?\s{0,2}(?:決定|確定|議決)(?!支援|業務|委託)|"
        # 「業務の引継ぎは令和9年3月中に」「支払期限」「契約は2回払い（3月・6月）」: the work's handover and its payments
        r"引継|引き継|支払|払い(?!込)|"
        # 「保守契約の満了に伴い」「契約の効力は4月1日以降に生じる」: a contract in force ends, a contract signed takes effect
        # (the work's period, not the day a contract is signed)
        r"満了|(?:契約|協定)\S{0,4}の効力|"
        # 「受診勧奨通知の第1回発送は6月」「納税通知書の発送」: the letters the work prints and sends, no result of the call
        r"(?:勧奨|納付|納税|課税|督促|催告)(?:の)?通知|"
        # (「条例第3号」「第8-0412号（」: a law's or a notice's number; 「ヒアリング 第1号」, a word of its own, names the lot of a call of several)
        r"議会\S{0,10}(?:へ|に)\s{0,2}(?:報告|説明)|(?<=[^\s:、・])第\d+(?:[-‐－]\d+)*号\s{0,2}\(?$|記入例|記載例|契約担当役|契約責任者|分任|[市町村区]長\s|知事|理事長?\s|学長|機構長|"
        # (「submitted through the Authority's e-procurement system」「Please register through the form on the call page by」:
        # the means of handing in or signing up, no period's end (「Answers posted … through Event Messages」: the channel
        # they are told by, messages or e-mail); 「Questions
        # will be accepted through September 8」「The call is open through」: a step's window closed, as 「until」)
        # (「Time-limit for tender (hand delivery or registered post)」: how a tender is handed in, no goods' delivery)
        # 「The expected duration of the contract is from」「Contract duration」: the work's term, as its period
        # (「Term of contract: from the date of signing to 31 March 2030」: the same, its noun first)
        r"(?i:\b(?:duration|term)\sof\s(?:the\s)?(?:contract|agreement|services|assignment|project|lease|work)\b"
        r"|\b(?:contract|agreement|assignment|project|lease)\sduration\b|"
        # (not 「Period: Procurement-related complaints … shall be submitted by」: a key over a hand-in's sentence, its window;
        # nor 「The Standstill Period ends at」: the days an award waits for complaints, a step of the award notice)
        r"(?<!Q&A\s)(?<!standstill\s)period(?!\s{0,2}:\s{0,4}[^.;:]{0,80}?\b(?:shall|must|should|are\sto|is\sto)\sbe\s"
        r"(?:submitted|lodged|filed|received|sent)\b)|performance|(?<!hand\s)(?<!hand-)(?<!courier\s)(?<!postal\s)delivery(?!\sby\shand|\sin\sperson)"
        r"|(?<!walk-)(?<!walk)(?<!accepted\s)(?<!received\s)(?<!open\s)through"
        r"(?!\s(?:the|an?|its|our|this)\s[^.;:]{0,40}?\b(?:system|portal|web\s?site|platform|(?:online\s|web\s|registration\s)?form)\b)(?!\s[^.;:]{0,30}?\b(?:messages?|messaging|e-?mail)\b)|updated|\breplaced(?:\son)?\s{0,2}$|(?-i:(?<!Answers\s)(?<!Answer\s)(?<!Results\s)(?<!Result\s)\bPosted(?:\s(?:on|at))?(?:\s{0,2}:|$))|(?<!\bis\s)(?<!\bbe\s)published\son(?!\s{1,3}(?:(?:the|our|its|this|their|a|an)\s|(?-i:(?:[A-Z][A-Za-z0-9&.-]{0,20}(?:'s)?\s(?:of\s)?){1,3})?(?:web\s?(?:page|site)|homepage|portal)\b))"
        # (「Call published on RIPA website」「Tender published on City of Avon portal」: the place put up on, named by its
        # owner, the call's own publication; 「Published on 4 May」 bare, a page's stamp)
        # (「Posted on: April 20, 2027」「Posted: 2027-04-20」: a page's stamp, the key capitalised, no answers' or results')
        # (「- Form C: Proposal template (Word, 52 KB) – replaced 25 January 2027」: a file's stamp, the day it was swapped)
        # 「Please reply with comments by Tuesday」「send me your feedback by」: a colleague asked for his words, no step
        r"|\b(?:reply|respond|come\sback)\s(?:to\s(?:me|us)\s)?with\s(?:your\s|any\s)?(?:comments|feedback|thoughts|input)\b"
        r"|\b(?:send|share|give)\s(?:me|us)\s(?:your\s|any\s)?(?:comments|feedback|thoughts|input)\b"
        # 「Contract start」「Commencement of services」「Go-live」: the work's, after the call
        # 「deliver a final report … by 13 November」「Reporting of results, including …」: the work's reports, deliverables
        # of the contract like 報告書, no step of the call
        r"|\b(?:final|interim|progress|monthly|quarterly|annual|completion)\sreports?\b|\breporting\sof\b"
        r"|contract\s(?:start|commencement|term)|\bcommencement\b|\bgo-live\b|\bcompletion\b|\bstart\sof\s(?:the\s)?(?:contract|services?|work|operations?)"
        # 「Next edition: 2027.3.1 (Mon)」: the day a bulletin comes out again (its 発行), no step of the call it carries
        r"|\bnext\s(?:edition|issue)\b"
        # 「Rev. 1  2027.01.04  Issued for Tender」: a document's revision row, its status code (IFT, IFC), no step
        r"|^issued\sfor\s(?:tender|review|construction|information|approval|comments?|use)$"
        # 「The earlier Request for Proposals issued on 3 March was cancelled on」: an earlier call called off, its day no step
        r"|\b(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:cancel+ed|withdrawn|annulled|terminated)\b"
        # 「This IFB follows the General Procurement Notice posted on the Purchaser's website on」: the project's notice of
        # its procurements, told before the calls under it, no step of this one
        r"|\bfollows\s(?:the\s|an?\s)?(?:general|specific)\sprocurement\snotice\b"
        # 「The current contract expires on」「From the date of contract to」: a contract in force and a contract's term
        # (「the current site's hosting contract ends」: its owner named between, a possessive);
        # 「with a briefing for staff in mid-August」: the contractor's staff briefed, part of the work; 「Pre-service
        # orientation (by the contractor)」「Site survey to be carried out by the contractor」: the contractor's own task
        r"|\bby\sthe\s(?:selected\s|successful\s)?contractor\)?\s{0,2}$|\bcontractor'?s\s(?:[\w-]+\s){0,2}(?:training|induction|orientation)\b"
        r"|\bexpir(?:es|y|ation|ing)\b|\b(?:current|existing)\s(?:[a-z'’-]+\s){0,2}contract|\bpresent\scontract|\b(?:briefing|training|orientation)\sfor\s(?:the\s)?(?:\w+\s)?staff\b|\bstaff\s(?:briefing|training)\b|\bfrom\s(?:the\s)?(?:(?:date|day)\sof\s(?:the\s)?contract|contract\s(?:date|signing|signature))"
        # 「Tenders shall remain valid for 90 days after the deadline (i.e., until」: how long a bid binds its bidder (not
        # 「Tenders, which must remain valid for 90 days, shall be delivered … by」: the sentence's hand-in after it);
        # 「the Bureau's bid for an international medical congress to be held in」: an event the work serves, no step
        r"|\bremains?\svalid\b(?![^.;]{0,80}?(?:,\s(?:must|shall|should|will)\s|\b(?:must|shall|should|will|are\sto|is\sto)"
        r"\s(?:only\s)?be\s(?:submitted|delivered|received|sent|filed|lodged|uploaded|handed\sin|brought)\b))|\bvalidity\sof\s(?:the\s)?(?:tenders?|bids?|proposals?|offers?|quotations?)\b|\b(?:tenders?|bids?|proposals?|offers?|quotations?)(?:'s|s')?\svalidity\b"
        # 「This quotation is valid until:」「a bank guarantee valid until」: how long a quote or a bid's security binds
        # (見積有効期限), no step
        r"|\bvalid\s(?:until|till|through|up\sto)\b"
        # 「… evaluated as it stands, with its validity deemed extended to」「the validity of bids is hereby extended to」「bid
        # validity extended until」: how long a bid binds, moved (入札の有効期間の延長), no step
        r"|\b(?:its|their)\svalidity\s(?:(?:is|being|shall\sbe|will\sbe)\s)?(?:deemed\s|hereby\s)?extended\b"
        # 「Certificate of tax payment issued on or after」「a registry extract dated no earlier than」: how recent a paper
        # handed in must be (発行日が…以降のもの), a condition on the paper, no step
        r"|\b(?:issued|dated)\s(?:on\sor\s(?:after|before)|no\s(?:earlier|later)\sthan|not\s(?:earlier|before)\sthan)\s{0,2}$"
        # 「Proof of one similar contract of at least 12 months since」: a bidder's record counted from a past day
        r"|\bsince\s{0,2}$"
        r"|\b(?:congress|convention|exhibition|expo|festival|summit|tournament|championships?)\s(?:(?:to\sbe|will\sbe|is|was)\s)?held\b"
        # 「the office is closed on Friday, 11 February (National Foundation Day)」「The Bureau will be closed for the
        # year-end holidays from」: the days the office takes nothing in (休業, 閉庁), no step; 「… will be」 / 「closed from
        # 29th March to」, its verb on the line a wrap ended
        r"|(?:\b(?:is|are|will\sbe|remains?)\s|^\s{0,8})(?:closed|shut)\s(?:on|for|from|during|between|over)\b"
        # 「Development phase: contract date to」: a term run from the contract's day, the start word left out
        r"|\b(?:(?:date|day)\sof\s(?:the\s)?contract|contract\s(?:date|signing|signature))\s(?:to|until|through|till)\s{0,2}$"
        # 「Because of scheduled maintenance of the online application portal from」「The e-bidding system will be down for
        # planned maintenance on」: the days a system takes nothing in (the office's days off, in a portal's words)
        r"|\b(?:(?:scheduled|planned|routine|system|portal|server|website|network)\s(?:maintenance|outage|downtime)"
        r"|(?:maintenance|outage|downtime)\sof\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:portal|system|server|website|site))\b[^.;:\n]{0,60}?"
        r"\s(?:from|on|between|until|till|during)\s{0,2}$"
        # 「The contract is expected to run from signature until」「the agreement will last until」「Contract term: from
        # signing to」: the work's term (履行期間), whose end is no step
        r"|\b(?:contract|agreement)\b[^.;:\n]{0,40}?\b(?:(?:run|runs|running|last|lasts|remain\sin\sforce|be\sin\sforce)\b"
        r"(?:\s(?:from\s)?[^.;:\n]{0,40}?)?|(?:term|period|duration)\b[^.;:\n]{0,6}?\sfrom\s(?:(?:the\s)?(?:date\s|day\s)?(?:of\s)?"
        r"(?:its\s)?(?:signature|signing|execution|conclusion|award)\b[^.;:\n]{0,20}?))\s(?:to|until|till|through)\s{0,2}$"
        # 「The contract is subject to the Assembly's approval of the supplementary budget, expected in」: a condition the
        # call depends on (予算の議決を前提とする), its day the council's or the funder's, no step of the call (not 「Subject
        # to budget approval, the contract will be signed on」: the step after the condition)
        # (nor 「Subject to approval of the budget, contract signature is planned for」: the step's noun after the condition)
        rf"|\b(?:subject|conditional|contingent)\s(?:to|(?:up)?on)\s(?:(?!{_STEP_AFTER_CONDITION})[^.;:\n]){{0,100}}?"
        r"\b(?:approval|adoption|passage|enactment|authori[sz]ation|appropriation|budget|grant\sdecision)\b"
        rf"(?:(?!{_STEP_AFTER_CONDITION})[^.;:\n]){{0,100}}$"
        # 「the following changes to the Request for Proposals issued on」: the day of the document a corrigendum amends
        # (当初の公告日), no step of the call
        r"|\b(?:changes?|amendments?|corrections?|modifications?)\s(?:to|of|in)\s[^.。]{0,80}?\b(?:issued|published|dated|announced)(?:\son)?\s{0,2}$"
        # 「CORRIGENDUM No. 1 / to the Invitation to Bid dated」「under the Notice dated」: the document an addendum or a
        # corrigendum belongs to, named by its date
        r"|(?:^|\s)(?:to|of|under)\s(?:the|our)\s[^.。]{0,60}?\bdated\s{0,2}$"
        # 「EOIs submitted under the cancelled notice RF-EOI-2027-05 of」「the withdrawn tender No. 12 issued on」: another
        # call, called off or earlier, named by its day
        r"|\b(?:cancell?ed|withdrawn|annulled|previous|earlier|former|superseded)\s(?:notice|call|tender|invitation|request|RFP|RFQ|ITB|EOI|procurement|solicitation)\b[^.;:\n]{0,40}?\s(?:of|dated|issued\son|published\son)\s{0,2}$"
        # 「must be read together with the RFP issued on」「These Instructions supplement the Invitation to Bid dated」
        # 「and Clarifications No. 1 issued on」: the earlier papers this one belongs to, named by their days
        r"|\b(?:read\s(?:together\s)?with|supplements?|amends?|forms?\spart\sof)\s[^.。]{0,80}?\b(?:issued|published|dated)(?:\son)?\s{0,2}$"
        r"|\b(?:clarifications?|addend(?:um|a)|corrigend(?:um|a)|bulletin|amendment)\sNo\.?\s?\d{1,2},?\s(?:issued|published|dated)(?:\son)?\s{0,2}$"
        # 「The minutes of the site visit held on」「a summary of the briefing conducted on」: the record of a meeting already
        # held, its day past (not 「The briefing will be held on」: a step to come)
        # (「Minutes of the briefing (」「Minutes of the site visit of」: the minutes name the meeting's day, held already)
        # (not 「20 minutes of questions, on」: a time's length)
        r"|(?:^|\b(?:the|The|and|with)\s|:\s)(?:minutes|records?|summary|report|recording|proceedings)\sof\s(?:the\s)?[^.;:\n]{0,60}?\b(?:held|conducted)(?:\s(?:on|at))?\s{0,2}$"
        r"|(?:^|\b(?:the|The|and|with)\s|:\s)(?i:minutes)\sof\s(?:the\s)?[^.;:\n]{0,60}?(?:\s(?:of|on|dated)|\(|,)\s{0,2}$"
        # 「This Addendum answers the questions received between」「responds to the requests for clarification received up
        # to」: the questions a paper of answers replies to, received in the past (not 「Questions received by 5 May will
        # be answered」: a deadline to come)
        r"|\b(?:respon(?:ds?|ding)|answer(?:s|ing)?|repl(?:y|ies|ying)|address(?:es|ing)?)\sto\s(?:all\s)?(?:the\s)?(?:[\w-]+\s){0,2}?"
        r"(?:questions|requests|queries|enquiries|inquiries)\b[^.;:\n]{0,40}?\breceived\s(?:between|from|on|until|up\sto|by|before|during)\s{0,2}$"
        # 「Our firm did not attend the site visit on」「firms that attended the briefing on」: a meeting already held, told by
        # the past of 「attend」 (not 「Firms wishing to attend the briefing on」: to come)
        r"|\b(?:(?:did\snot|didn't|could\snot|couldn't|(?:was|were)\sunable\sto)\sattend|attended|missed)\s(?:the\s)?[^.;:\n]{0,60}?\b(?:on|held\son)\s{0,2}$"
        # 「CLARIFICATIONS No. 2」 over 「Issued: Friday, 5 June 2026」: the title of a numbered paper of answers, its own day
        r"|^(?:clarifications?|addend(?:um|a)|corrigend(?:um|a)|bid\sbulletin)\sNo\.?\s?\d{1,2}$)"
    )
)
# 「This call was published on Monday 12th May 2025」「This RFP has been published on」: the notice names the day it was
# itself put up (its 公告), not a page's metadata 「Published on 12 May」 (the demonstrative points at the notice; 「A
# Request for Information was published on」「the Invitation … was published on」 cite another or an earlier paper)
THIS_CALL_PUBLISHED = re.compile(
    r"(?i:\bthis\s(?:call|notice|invitation|request|RFP|RFQ|RFI|ITB|ITT|tender|solicitation)\b[^.;:]{0,40}?"
    r"\s(?:was|has\sbeen)\s(?:first\s)?published\son\b)"
)
# 「Registration is closed on 3 May at 17:00」「Submissions will be closed on」: a step of the call closed, its deadline
# (NOT_MILESTONE_LABEL reads 「… is closed on」 as the days the office takes nothing in: 「the office is closed on」)
STEP_CLOSED = re.compile(
    r"(?i:\b(?:registrations?|submissions?|applications?|entries|tenders?|bids?|bidding|proposals?|call|nominations?)"
    r"(?:\s(?:period|window|portal|form))?\s(?:is|are|will\sbe|remains?)\s(?:closed|shut)\s(?:on|for|from|during|between|over)\b)"
)
# 「Submission period」「Application period」「Period for the submission of proposals」: the window of a step of the call
# (提出期間, 受付期間), not the work's period (「Contract period」「Designation period」); 「Period for obtaining the tender
# documentation」「Download period」: the call's papers handed out (交付期間)
EN_WINDOW_PERIOD = re.compile(
    r"(?i:\b(?:submission|application|registration|question|enquiry|inquiry|clarification|acceptance|bidding|tender"
    r"|proposal|distribution|download|(?:application|proposal|tender)\sdocument)s?\s(?:\(\w+\)\s)?period\b|\bperiod\s(?:for|of)\s(?:the\s)?(?:submission|receipt|acceptance"
    r"|application|registration|questions?|distribution|providing|provision|obtaining|download(?:ing)?|issu(?:e|ance)|sale)\b"
    # 「Proposals will be received during the period」: a hand-in's window, told by its verb
    r"|\b(?:received|accepted|submitted|distributed|issued)\s(?:during|within|in|over)\sthe\speriod\b)"
)
# 「組合議会の定例会は、例年10月及び2月に開催」「市議会9月定例会」「議会運営委員会」: the council's sessions and its
# committees' meetings, no step of the call (what the council decides in them is one: 「指定の議決（12月定例会）」
# 「指定議案の上程」, also 「…の市議会定例会に提出する」)
# (「令和9年度予算の議決（2月定例会）を前提とする」: the budget the call depends on, no step of it either)
# (「銀杏ヶ丘市議会　文教厚生委員会記録」 over 「開会日時」: a committee of the council named by its field, its meeting)
COUNCIL_SESSION = re.compile(
    r"^(?!.*(?:議決|議案|上程|指定|承認|(?:定例会|臨時会|議会)\s{0,2}[にへ]\s{0,2}(?:提出|付議|提案)))"
    r".*(?:定例会|臨時会|(?:定例|臨時)[市町村区県府都道]?議会|(?:開会|閉会)の\S{0,4}議会|議会\S{0,4}(?:の)?(?:開会|開催|会期)|(?:全員協議会|議会運営委員会|(?:常任|特別)委員会|議会\s{0,2}[^\s委]{1,10}委員会)(?!室))|予算\S{0,6}(?:議決|可決|成立)\s{0,2}[(（]?$"
)
# Who signs a notice: a date just above or before such a line is the notice's own date.
SIGNATORY = first_characters_guarded(
    re.compile(
        r"(?:知事|[市町村区]長|委員長|教育長|消防長|議長|館長|センター長|会長|理事長?|学長|総長|機構長|所長|局長|部長|課長|連合長|企業長|組合長|院長|校長|契約担当役|契約責任者|担当官|代表取締役|管理者)(?:\s|$)"
        r"|^\S{1,20}(?:知事|市長|町長|村長|区長)"
    )
)
WINDOW_WORDS = re.compile(
    r"掲示|公告|公示|受付|募集|公募|提出|配布|配付|交付|閲覧|公表|公開|掲載|申込|質問|質疑|応募|参加|ダウンロード|アップロード|相談"
    r"|入札(?:の)?\s{0,2}期間"  # (「入札期間」: the days the bids are taken, a window of the call's)
)
# (「4月1日付けで委託契約を締結する」: the day a contract is signed, no document's date)
LAW_AFTER = re.compile(
    # (「6月30日(水)付けで通知する」「7月3日(金)付けで、…者に「結果通知書」を電子メールで送付しました」: the day a
    # result is sent, no document's date)
    r"^\s{0,8}\)?\s{0,8}(?!付け?で\s{0,2}[、,]?\s{0,2}(?:[^。、第]{0,16}?|[^。第]{0,40}?を[^。、第]{0,12}?)(?:通知|送付|発送|公表)"
    r"(?:する|します|いたします|の予定|予定|しました|いたしました))"
    # (「7月6日(月)付けで下記のプロポーザルを公告しました。」: the notice tells its own call's day, the sentence ends there;
    # 「5月9日付けで公告しました「…」について」 names an earlier call's notice)
    r"(?!付け?で\s{0,2}[、,]?\s{0,2}[^。、「」第]{0,30}?を\s{0,2}(?:公告|公示|告示)(?:しました|いたしました|します|いたします)(?:ので|[。、]|$))"
    # (「3月11日付けで公告が出てます」「昨日(9/5)付けでプロポーザルの公告が出てました」「…付けで企画競争の公示がありまし
    # た。」: a report of the call's day; not a form's 「…付けで手続開始の公示がありました…業務について」)
    r"(?!付け?で\s{0,2}[、,]?\s{0,2}[^。、「」第]{0,30}?(?:公告|公示)\s{0,2}[がも]?\s{0,2}(?:出て|出ま|出た|され(?:まし)?た|されて|あり(?:まし)?た(?=[。、]|$)|あります(?=[。、]|$)))"
    # (「4/14（金）付で町HPに公告掲載（実施要領・…）」: the call put up on the page that day; not 「…公告を掲載した「…」」)
    r"(?!付け?で\s{0,2}[、,]?\s{0,2}[^。、「」第]{0,30}?(?:公告|公示)\s{0,2}[をが]?\s{0,2}掲載(?![^。「]{0,8}「))"
    # (「「令和9年1月12日付で公告」とあるので」: the notice's own words of its day, quoted; not 「…付けで公告した「…」」)
    r"(?!付け?で\s{0,2}(?:公告|公示)(?:する|します|されました)?\s{0,2}(?:」|。|$))"
    r"(?:付け?|付で)(?!で?\s{0,2}[^。、第]{0,10}?契約を)|^\s{0,8}\)?\s{0,8}[一-龥]{0,12}(?:法律|政令|省令|条例|規則|規程|告示|訓令|閣議決定|制定|施行|改正|公布)"
    r"|^\s{0,8}\)?\s{0,8}[一-龥]{0,12}第\d+号"
    r"|^号外?(?!様式)"  # 「県公報（令和8年11月13日号外）」「広報（5月1日号）」: a gazette's issue, named by its day
)
NEGATION = re.compile(r"受け付けません|受付しません|受け付けない|不可|認めません|認めない|できません|禁止")
DELIVERY_WORDS = ["必着", "消印有効", "持参", "郵送", "電子メール", "メール", "FAX", "書面", "電子申請", "ホームページ"]
GENERIC_LABELS = re.compile(
    r"^(?:提出期限|提出期間|提出(?:時期|期日)|期限|日時|日程|期日|開催日時|開催日|開催|実施日|予定|時期|締切|〆切?|受付期限|提出日|通知日|実施時期|予定日|"
    r"受付期間|受付日時|提出日時|(?:日時|日程|期日)(?:及び|並びに|・|、|/)(?:場所|会場)|場所|提出方法|時間|期間|予定時期|実施予定日|請求締切日|回答予定日|"
    r"(?:申請|申込)(?:受付)?(?:期間|期限)|受付締切|締切日|期限日|提出締切|該当日|期日欄|日付|"
    # 「公式(公示文どおり)」 beside 「社内締切」: a checklist's column of the issuer's own dates, named for their source
    r"(?:公式|正式)の?(?:日程|期限|期日|日付|締切)?(?:\([^()]{1,12}\))?"
    # 「市（発注者）の期限」「発注者の日程」 beside 「JV内の締切」: the column of the issuer's own dates, named for whose they are
    r"|(?:[市県町村区都府道]|発注者|発注機関|発注元|先方)(?:\([^()]{1,8}\))?の?(?:日程|期限|期日|日付|締切)"
    # 「• Online briefing session」 / 「Session: 10th March 2027」「Date and time: …」: the English of 日時 under its step
    # (a bare 「Date: 4 December 2023」 under a notice's title is its own day)
    # (「(3) Questions」 / 「Period: from … to 5:00 p.m. on Friday, June 12」: the window of the step its heading names)
    r"|(?i:date\s?(?:and|&)\s?time|time|when|session|date\sof\s(?:the\s)?session"
    # 「＋ Questions」 / 「Deadline: Friday, April 24, 2026, 5:00 p.m.」: the English of 期限 under the step its heading names
    r"|(?:deadline|due|closing)(?:\s(?:date|and\stime|date\sand\stime))?"
    # 「Period: from the date of the briefing session to」「Period: until」: a window, opened by an earlier step, its end
    # 「Period: From 3rd July 2028 (Mon.) to 24th August 2028」: a window whose start and end are both dates
    # 「(1) Acceptance: Until 16:00 on 9th August 2028」: the English of 受付 under its step's heading
    r"|acceptance(?::?\s{1,3}(?:until|till|by|from))?"
    # 「(1) Deadline for submission」「Acceptance period」「Submission period」 under 「3. Expression of Interest」: the English
    # of 提出期限, 受付期間 and 提出期間, the window or the deadline of the step its heading names (「(2) Acceptance period:
    # From Monday, June 14, 2027 to Friday, July 2, 2027」 too)
    r"|(?:(?:deadline|time-?limit|last\sdate)\sfor\s(?:the\s)?(?:submission|receipt|acceptance)|(?:submission|acceptance|receipt)"
    # (「Submission deadline: From the announcement day to」「Acceptance period: from the day of this notice until」: the
    # window opened by the notice, its end)
    r"\s(?:period|deadline)|period\s(?:for|of)\s(?:the\s)?(?:submission|acceptance|receipt))"
    r"(?::?\s{1,3}(?:from\s(?![^.,;:]{0,60}\bcontract)[^.,;:]{1,60}?\s(?:to|until|till|through|by)|from|until|till|by))?"
    r"|period(?::?\s{1,3}(?:from\s(?![^.,;:]{0,60}\bcontract)[^.,;:]{1,60}?\s)?(?:to|until|through|till|by)|:?\s{1,3}from)?))$"
)
# A window or deadline for handing something in (the issuer's answer or result is not handed in)
ACCEPTING = re.compile(r"受付|提出|締切|申込")
# An event has a start time; an acceptance window ends at its closing time.
# (the English words apart: a case-blind word tried at every place would slow the scan for the Japanese ones)
EVENT = first_characters_guarded(
    re.compile(
        r"説明会|"
        + BIDDERS_MEETING
        + r"|見学|案内会|下見|内覧会|接続(?:テスト|試験|確認)|リハーサル|開札|開封|見積(?:り)?合わせ(?!\S{0,4}参加)|執行|はっぴょう|審査|ヒアリング|プレゼン|面接|面談|委員会|開催|現地|現場(?:確認|説明)|(?:画面|システム|操作|デモ|デモ環境)確認会|対話"
        # 「提案内容の説明 …午後2時から」: the bidder heard on its proposal, from its hour (its 説明会 an event above)
        rf"|{PROPOSAL_EXPLAINED}|デモンストレーション"
        # 「入札会 …午前10時から」「入札は、…午前10時から…執行する」: the bidding held at a room from a time
        r"|入札会(?!場|議)|^\s{0,4}入札(?:は|日時)?\s{0,4}$"
    )
)
# (the first lookahead: a letter a word starts with, as a case-blind match reads it (「ſ」 an 「s」, 「ı」「İ」 an 「i」))
# (its first characters guarded as the pattern gives them: a list written by hand had missed the briefings added to
# EN_BRIEFING later, 「venue visit」「guided tour」「facility tour」「walk-through」「clarification meeting」, never events)
# (「Bid opening」「Tender opening」「Public opening」「Bids will be opened」: the opening named by its noun first or told
# in a sentence, as 開札, held from its hour;
# 「Oral defence」: the bidders heard)
EN_EVENT = first_characters_guarded(
    re.compile(
        rf"(?i:{EN_BRIEFING}|opening of|presentation|interview|hearing"
        r"|\b(?:bid|tender|proposal|quotation|public)s?\sopening\b|\boral\sdefen[cs]es?\b"
        r"|\b(?:bids|tenders|proposals|quotations)\s(?:(?:will|shall)\sbe\s|are\s)?opened\b)"
    )
)
# Steps that open a window are not deadlines (the window's end is).
# (「ヒアリングの開始時刻」: the time the event starts, no window, but 「参加申込受付開始時刻」 opens one)
OPENING = first_characters_guarded(
    re.compile(
        r"開始(?!後|時刻|時間)|(?:受付|受け付け|申込|申込み|申し込み|提出|募集|応募|配布|交付|閲覧|販売)(?:の)?開始時(?:刻|間)|から$"
        # 「Bid Submission Start Date」「Clarification Start Date」: an e-procurement record's field for the day a window
        # opens, its 「… End Date」 the deadline (受付開始)
        r"|(?i:\bstart\s(?:date|time)\b"
        # 「Bid submission opened」「Registration window opens」: the window opened, its close the deadline (not 「Bids
        # opened」, the opening of the bids)
        r"|\b(?:submission|registration|application|clarification|question|enquiry|inquiry)s?\s(?:(?:window|period)\s)?open(?:s|ed)\b"
        r"|\b(?:window|period)\sopen(?:s|ed)\b)"
    )
)
# 「各者の開始時刻及び接続先の通知」: the day each bidder is told its own slot, a detail (DETAIL_MADE_KNOWN) no step of the
# call even on a day written in full (the answers leave it out)
# (「各者の時刻は2月10日までに連絡する」「…2028年6月2日（金）までに時刻を通知する」: each party's time, the same)
SLOT_TOLD = re.compile(
    r"(?:開始時(?:刻|間)|(?:各者|各社|各提案者|各応募者|各参加者)の?(?:時刻|時間帯?)|^時刻を)[^。]{0,12}?(?:通知|連絡|お知らせ)"
)


_REMEMBERED = []  # the caches of ``remembered`` functions, emptied after each extraction (``forget``)


def remembered(maxsize: int):
    """A function of one text, its answers kept during one extraction (the ``maxsize`` latest): labels, cells, lines
    and clauses come again and again (a notice's rows, a schedule given twice, the same step in several places).
    The cache holds the texts it was asked about and its answers, no more than the extraction reads at once; it is
    emptied after the extraction. An answer is shared by every caller: a text, a tuple, or a list nobody changes.
    (``extract`` empties the caches; a thread extracting at the same time only reads more again.)"""

    def decorate(function):
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _REMEMBERED.append(cached)
        return cached

    return decorate


def forget() -> None:
    """Empty the caches of ``remembered`` functions: what one notice repeats says nothing of the next one."""
    for cached in _REMEMBERED:
        cached.cache_clear()


HEADING_MARK = re.compile(r"^#+\s{0,8}")
SPACES = re.compile(r"\s\s+")  # (two spaces or more: the first alone, a fast scan for a space)


# 「回　　答」「提 出 期 限」: a label's characters spread out to line up with the labels above
# 「回　　答」「期　日」「時 刻」: the letters of a key spaced out (two single kanji apart are one word too)
# (not a section's kanji numeral before its word spaced out: 「八 開  札」 is 八 and 開札)
LETTER_SPACED = re.compile(
    r"(?<![^\s(\)])(?:[一-龥](?:(?:\s{2,6}[一-龥]){1,6}|(?:\s[一-龥ぁ-ん]){2,8})|(?![一二三四五六七八九十]\s[一-龥]\s{2})[一-龥]\s[一-龥])(?=\s|$)"
)
KANJI_SPACE = re.compile(r"[一-龥]\s")  # where any of LETTER_SPACED starts (without the look behind at every place)


@remembered(8192)
def unspaced(text: str) -> str:
    """「回　　答」 as 「回答」."""
    if " " not in text and "\u3000" not in text:
        return text
    if not KANJI_SPACE.search(text):  # (a spaced-out word's first kanji stands before a space: a fast scan for one)
        return text
    return LETTER_SPACED.sub(lambda m: re.sub(r"\s", "", m.group()), text)


# 「【回答】」「回答：参加申込書の提出期限である…」: a Q&A sheet's mark of an answer (a bare 「回答：」 before a date is the step)
QA_ANSWER_MARK = re.compile(r"^[【\[〔]?\s{0,2}(?:回答|答)\s{0,2}(?:[】\]〕]|[：:](?!\s{0,2}$))\s{0,2}(?=\S)")


# 「【市】Publication」「[発注者] 質問締切」「〔県〕公告」: a team's tag of whose step a line is, the issuer's, before its
# name (the name after it read as it is; a tag of the team's own rows is read elsewhere)
ISSUER_TAG = re.compile(
    r"^[【\[〔]?\s{0,2}(?:[市県町村区都府道国]|発注者|発注元|先方|官側|官公庁|自治体)\s{0,2}[】\]〕]\s{0,2}(?=\S)"
)


@remembered(8192)
def clean_label(text: str) -> str:
    text = unspaced(text)
    text = NUMBERING.sub("", text.strip())
    if any(mark in text[:8] for mark in "】]〕"):  # (its opening mark maybe cut off with the line's head: 「市】公告」)
        text = NUMBERING.sub("", ISSUER_TAG.sub("", text))
    if text[:1] == "#":  # (a Markdown heading's marks: most labels have none)
        text = HEADING_MARK.sub("", text)
    if "答" in text[:4]:  # 「【回答】提出期限は…」: a Q&A sheet's mark of an answer, no step's name (the words after it are)
        # (「回答：要領第７の⑵」: the words after it name no step but the place in the papers, so 回答 is the step's name;
        # 「回答:【追加】」 over an answer's lines is the mark, its bracket a tag of the answer)
        rest = QA_ANSWER_MARK.sub("", text)
        if rest[:1] in "【[〔(（" or _kind_of(rest) is not None:
            text = rest
    if text.endswith("<"):  # 「<2024-05-24 金 14:00-15:00>」: a timestamp's opening bracket (org-mode's), no word of the label
        text = text[:-1]
    # (a box's corners around a flowchart step; 「27 September 2027 – Award」: the dash between a date and its step)
    text = text.strip(" :：=\t|-–—・、,【】[]/／┌┐└┘│").strip()
    if len(text.split(maxsplit=1)) > 1:  # (a label without a space, most, is not searched for a run of them)
        text = SPACES.sub(" ", text)
    if text.endswith((".", "・", "‥", "…")):  # (the text is stripped: a leader ends it, a fast look before the scan)
        text = LEADER_TAIL.sub("", text)  # 「Tender briefing ..........」: the dot leader to its value
    if "ページ" in text or "頁" in text:  # 「入札公告5ページ「11 入札書の提出方法等」(2)提出期間」: the place corrected
        text = PAGE_PLACE.sub("", text)
    return "" if MARKER_ONLY.match(text) else text


# What a label a user sees keeps of the markup and the layout around the words it was cut from: a Markdown link's
# text (「[既存図面の閲覧について](./etsuran.md)」, its 「[」 maybe cut off), bold 「**…**」, an HTML entity, the rules
# and corners of a table drawn with box characters (「┬────┬────」「━━━━+━━━━」), a bar an OCR read as 「I」「l」, a
# file's extension (「入札公告.pdf」), a row's key that says when in brackets after the column's step (「公告（日付）」),
# and at its ends what stood between the words and their date: 「頃」「午後」「以降」 after the date before, a window's
# 「~」, a flow's 「→」, a field's 「:」.
MARKDOWN_LINK = re.compile(r"\[?(?P<text>[^\[\]()]*)\]\([^()\s]*\)")
BOLD = re.compile(r"\*\*(?P<text>[^*]+)\*\*|__(?P<under>[^_]+)__")
BOX_RULE = re.compile(r"[+]?[\u2500-\u257f](?:[\u2500-\u257f+]|\s(?=[\u2500-\u257f]))*")
OCR_BAR_ENDS = re.compile(r"^[Il|]\s{2,}|\s{2,}[Il|]$")
FILE_EXTENSION = re.compile(r"(?<=\S)\.(?i:pdf|docx?|xlsx?|zip|csv|txt)$")
WHEN_BRACKET_END = re.compile(
    r"(?<=\S)[(（]\s{0,2}(?:日付|日時|日程|期日|年月日|予定日)\s{0,2}[)）]$"
)  # 「公告（日付）」: a row's key
DATE_TAIL_START = re.compile(r"^(?:頃|ごろ|以降|午前|午後|まで)\s{2,}")
# 「noon (JST) Presentation screening」「BST Responses to clarification questions」「(close of business) Clarification calls」:
# the same in English, the end of the row before's time (its zone, 「noon」, a bracketed part of the day) before the step
EN_ROW_BEFORE_TIME = re.compile(
    r"^(?:(?:noon[ ]?)?\(?(?:JST|BST|GMT|UTC|CET|CEST)\)?|noon|midday"
    r"|\((?:noon|midday|close of business|afternoon|morning|planned|provisional)\))[ ]+(?=[A-Z])"
)
SHOWN_ENDS = " \t\u3000|~〜～→⇒:※"
# 「持参に限る 参加資格審査結果の通知」「電子メール 質問への回答」「全提案者に書面で通知 契約締結」「県ホームページに掲載 質問の
# 受付期限」: a table's row run together with the next (its line break a space), the last cell of the row before (how the
# papers are handed in, how the step is made known) left before the next row's step
ROW_BEFORE_MEANS = re.compile(
    r"^(?:(?:全(?:提案|応募|参加|申込)者に(?:書面|文書|電子メール|メール)?|(?:書面|文書|電子メール|メール))で?通知"
    r"|(?:持参|郵送|電子メール|メール|ファクシミリ|FAX)(?:(?:又は|若しくは|・)(?:持参|郵送|電子メール|メール|ファクシミリ|FAX)){0,2}"
    r"(?:に限る)?(?:\s?[（(](?:必着|消印有効)[)）])?"
    r"|必着|書面|文書|[市県町村区](?:ホームページ|HP)(?:に|で)?(?:掲載|公表)?"
    # (「葦津市役所本庁舎7階 第3会議室」「市役所」「南浜区役所4階 第2会議室(入札会場へ持参)」: the place where it is held)
    r"|[^\s、。]{0,16}?(?:役所|役場|庁舎|会館)(?:[^\s、。]{0,8}?\d{1,2}階)?(?:[ \u3000]?[^\s、。]{0,8}?会議室)?"
    r"(?:[(（][^()（）]{1,16}[)）])?)[ \u3000]+(?=\S)"
)


def shown_label(label: str) -> str:
    """The label as a user sees it, the markup and the layout around its words left out (its words as they are when
    there is none, or nothing else)."""
    text = label
    if "](" in text:
        text = MARKDOWN_LINK.sub(lambda m: m["text"], text)
    if "**" in text or "__" in text:
        text = BOLD.sub(lambda m: m["text"] or m["under"], text)
    if "&" in text and ";" in text:
        text = html.unescape(text)
    if any("\u2500" <= char <= "\u257f" for char in text):
        text = SPACES.sub(" ", BOX_RULE.sub(" ", text)).replace("( ", "(").replace("（ ", "（").replace(" )", ")")
    text = text.strip(SHOWN_ENDS)
    if text[:1] in "Il|" or text[-1:] in "Il|":
        text = OCR_BAR_ENDS.sub("", text).strip(SHOWN_ENDS)
    if "." in text:
        text = FILE_EXTENSION.sub("", text)
    text = DATE_TAIL_START.sub("", text)
    if text.endswith((")", "）")):
        text = WHEN_BRACKET_END.sub("", text)
    text = SPACES.sub(" ", text.replace("\t", " ")).strip()
    if " " in text and (means := ROW_BEFORE_MEANS.match(text) or EN_ROW_BEFORE_TIME.match(text)) and kind_of(text[means.end() :]):
        text = text[means.end() :]  # (the row's own step after the cell of the row before)
    return text or label


# where a correction's words stand in the document it corrects, before the quoted heading that names the step
PAGE_PLACE = re.compile(r"^[^「」\s]{1,24}?\d{1,3}\s{0,2}(?:ページ|頁)(?:目)?\s{0,2}(?=「)")
LEADER_TAIL = first_characters_guarded(re.compile(r"\s{0,4}(?:[.・‥…]{3,}|…{2,})\s{0,4}$"))


# 「企画提案書（第一次審査用）の提出期限」: a bracket qualifies the step; the words outside it name it
SAMPLE_WORDS = re.compile(r"記入例|記載例|見本|様式例")
# (「契約書（案）」: the draft is the paper's name; 「入札書の提出期限（公告 4（6））」: a bracket with one inside it is one)
QUALIFIER = re.compile(r"[(（](?!案[)）])(?:[^()（）]|[(（][^()（）]{0,12}[)）]){1,30}[)）]")


# 「本回答の内容に関する再質問」「説明会に関する質問」「回答を踏まえた追加の質問」: the words after 「に関する」 name the step,
# those before what it is about
ABOUT = re.compile(r"(?:に関する|に対する|についての|に係る|を踏まえた)")


# 「落札者決定後の契約締結」「審査結果通知後に契約手続」: in a label, the step after 「…後の」 is the one it names (the one
# before says when); not in a sentence's clauses, which say more
AFTER_STEP = re.compile(r"(?<!午)後(?:の|に)|以降(?:の|に)")
AFTER_STEP_MAX = 30
# 「提出期限（参加表明書）」「締切（質問書）」: a bare deadline names the paper it is for in brackets
HANDED_IN = ("question", "application", "submission")
ACCEPTED = HANDED_IN  # steps whose window a daily 受付時間 closes
# 「提出期限は」「企画提案書の提出期限を」: the particle a label's words end on in a sentence, no word of the step
PARTICLE = re.compile(r"(?:は|が|を|も|について|に関して)$")
# 「提案書の審査（プレゼンテーション）」「企画提案書の審査（書類審査）」: a review of papers is held as its brackets say
REVIEW_END = re.compile(r"(?:^|の|提案|技術|[^類]書)\s{0,2}審査\s{0,2}$")  # (「企画書審査」「提案書審査」)
# 「提案説明会（プレゼンテーション）」「提案内容説明会（ヒアリング）」: a meeting its bracket says is the bidders' presentation
MEETING_END = re.compile(r"説明会\s{0,2}$")
# 「様式第6号（質問書）の提出」「様式第5号～第9号（技術提案書一式）」: a form's number with the paper it is in brackets; the
# paper names the step (the form's number names none)
FORM_NAMED = re.compile(
    r"(?:別紙|別記)?様式\s{0,2}第?\s{0,2}\d{1,3}\s{0,2}号?(?:\s{0,2}(?:~|～|〜|から)\s{0,2}(?:様式)?\s{0,2}第?\s{0,2}\d{1,3}\s{0,2}号?)?"
    r"\s{0,2}[(（](?P<paper>[^()（）]{1,24})[)）]"
)

# 「(説明書「12 契約」)」「（要項「5 日程」より）」: a bracket after the words that cites the paper's section they come from
SECTION_CITED = re.compile(
    r"[(（]\s{0,2}[^「」()（）\s]{0,16}?(?:公告|公示|説明書|要領|要項|要綱|仕様書)\s{0,2}(?:p\.?\s{0,2}\d{1,3}\s{0,2})?"
    r"「[^」]{1,40}」\s{0,2}(?:より|参照|による|から)?\s{0,2}[)）]"
)


# 「市ホームページ「入札・契約情報」ページからダウンロード」「ホームページの「入札・契約情報」のページ」: the name of a
# page or menu of the issuer's site, quoted after the site; its words (契約, 入札, 募集) name where papers are put, no
# step (「県ホームページの「企画提案募集」のページに掲載する」: the papers put up, the page no hand-in)
SITE_PAGE_NAMED = re.compile(
    r"(?P<site>(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|ウェブページ|HP)\s{0,2}(?:の|内の|上の)?\s{0,2})「[^「」]{1,30}」"
)

# 「公告「7 企画提案書の提出」(2)提出期限」: where a correction's item stands in the document it corrects; the quoted
# heading and the item name the step, not the document (公告 is no publication here)
DOCUMENT_PLACE = re.compile(
    r"^[^「」\s]{0,16}?(?:公告|公示|告示|説明書|要領|要項|要綱|仕様書)(?:第\s{0,2}\d{1,4}\s{0,2}号)?文?\s{0,2}の?\s{0,2}"
    r"(?=「[^」]{1,40}」)"  # (「公告第19号「7 入札書の提出」(2)中」: the notice by its number)
)


# 「公告4（5）ア 入札書の提出期間」「公示3.(2) 質問の受付」「公告文 6(1) …」: the item of the notice a correction changes,
# by its number; the words after it name the step (公告 is no publication here)
# (「公告第289号 5(5)入札書の提出期間」「早瀬県公告第289号の入札書の提出期間」: the notice by its own number first)
# (「訂正箇所4 公告第158号 7(1) 入札書の提出期間」: a 正誤表's item, its number heading the place it corrects;
# 「変更箇所　公告第388号　9　入札書の提出　(1)　提出期限」: the key of the place changed, unnumbered, before the notice)
NOTICE_ITEM = re.compile(
    r"^\s{0,4}(?:(?:訂正|変更|修正)箇所(?:\s{0,2}\d{1,2})?\s{0,4}[:：]?\s{0,4})?"
    r"(?:[一-龥ヶ]{1,8}?[都道府県市町村区])?(?:本|入札|当初)?(?:公告|公示|告示)"
    r"(?:\s{0,2}第\s{0,2}(?:\d{1,4}|[一二三四五六七八九十百千〇]{1,8})\s{0,2}号\s{0,2}(?:の\s{0,2})?)?"
    # (「公告第百四十二号第九項（入札書の提出）」: a gazette's notice and item in kanji numerals)
    r"(?:第\s{0,2}[一二三四五六七八九十]{1,3}\s{0,2}項)?"
    r"(?:(?:本?文)?\s{0,2}(?:第\s{0,2})?\d{1,2}(?:\s{0,2}[.．]\s{0,2}\d{1,2})*\.?"
    r"(?:\s{0,2}\(\s{0,2}(?:\d{1,2}|[ア-ン])\s{0,2}\))*(?:\s{0,2}[ア-ン](?![ァ-ヶー]))?)?(?<=[\d)ア-ン.号の項])(?=\s|[^\d\s年号条項])"
)

# 「公告文中、入札書の提出期限…を…に改める」「本公告中、…」「公告第12号中 …」: a correction says where in the notice it
# changes the words; the step is named after it (公告 is no publication here)
NOTICE_TEXT_IN = re.compile(
    r"^\s{0,4}(?:本|入札|当初)?(?:公告|公示|告示)(?:\s{0,2}第\s{0,2}\d{1,4}\s{0,2}号)?(?:本?文)?\s{0,2}の?中\s{0,2}(?:[、,，]\s{0,2}|$)"  # (not 「公告中止」)
)

# 「本ページに」「県ホームページで」「当協会ウェブサイト上へ」: a site where a step is put up (POSTED_BY, POSTED_ON)
_ON_SITE = r"(?:ページ|HP|ウェブサイト|Webサイト|サイト)(?:上)?(?:に|で|へ)\s{0,2}"

# 「までに本ページに掲載」「までに県ホームページに掲載」「までに当協会ウェブサイトに掲載」: the words after a date that say where
# its row's step (the answers, the results) is put up by then
POSTED_BY = re.compile(rf"^まで(?:に)?\s{{0,2}}[^\s、。]{{0,12}}?{_ON_SITE}(?:掲載|公開|公表)(?:する|します|予定)?\s{{0,2}}$")

# 「本ページに掲載します」「に市ホームページに掲載」「県ウェブサイトで公開いたします」: the words after a date that only say where
# the step named before it is put up (a sentence's verb, or the particle left from the date), no step of their own
POSTED_ON = re.compile(
    rf"^(?!から)(?:(?P<on>に)\s{{0,2}})?[^\s、。をに]{{0,12}}?{_ON_SITE}(?:掲載|公開)"
    r"(?:(?:する|します|いたします)(?:予定です)?|(?(on)|(?!)))\s{0,2}$"
)


def posted_on(label: str) -> bool:
    return ("掲載" in label or "公開" in label) and POSTED_ON.match(label) is not None


# 「Questions and answers Questions concerning the tender documentation must be submitted … no later than」: an English
# section's heading run onto its first sentence (a text whose line breaks became spaces), the sentence opened by the
# heading's first word again and going on to its verb; the sentence names the step
EN_HEADING_RUN_ON = re.compile(
    r"(?P<word>[A-Z][a-z]{2,})\b[^.:;!?]{0,60}?\s(?P<again>(?P=word)\b)(?=[^.;!?]{0,100}?\s(?:must|shall|will|should|may|can|are|is)\s)"
)


# 「Clarification Bulletin No. 3 RFP TIMS-2027-04 The proposal submission deadline has been postponed to」: a change
# notice's title (its name and number, the call's reference after them) run onto its first sentence (a text whose line
# breaks became spaces); the sentence, opened by a capitalised word and going on to its verb, names the step, not the
# title (「Clarification」 is the bulletin's name, no question)
EN_CHANGE_TITLE_RUN_ON = re.compile(
    r"(?i:clarification\s(?:bulletin|note|notice)|addendum|corrigendum|amendment|erratum|bulletin)\s(?:No\.?\s?)?\d{1,3}\b"
    r"[^.;:!?]{0,60}?[\s.]\s?(?P<sentence>[A-Z][a-z]+\s(?=[^.;!?]{0,120}?\s(?:has|have|is|are|was|were|will|shall)\s))"
)
# 「If no qualified EOI is received, the Authority plans to sign the contract …」「Unless a tender is challenged, award
# will be …」: an English condition opening the sentence; the step is the main clause's after its comma, not the condition's
EN_CONDITION_OPENS = re.compile(r"(?:If|Unless|In\sthe\sevent\s(?:that\s)?|Should)\s[^,;:.]{3,80},\s")
# 「Period: from the date of the briefing session to」: a window's start named by the step it opens after, its end after
EN_OPENED_AFTER = re.compile(r"(?i:\sfrom\s(?:the\s)?(?:date|day)\sof\s(?:the\s)?[^,;:.]{1,60}?\s(?:to|until|till|through)$)")


# 「質問は説明会の場では受け付けず、メールで」「回答は説明会では行いません」: an occasion where the step is said not to be
# taken, no step of its own (the step is the topic before it)
NOT_TAKEN_THERE = re.compile(
    r"[^\s、。,は]{1,16}?(?:の場|当日|会場)?\s{0,2}(?:で|に)は\s{0,2}(?:一切)?\s{0,2}"
    r"(?:受け付け|受付|受けつけ|回答(?:し|いたし|を行い|を行わ)|行い|行わ|お答えし)(?:ず|ない|ません|ておりません)"
)


# 「回答書No.12：提出期限を7/28(火)17:00に延長」「質問回答第3号: 説明会の日時」: a numbered answer sheet named as the source of
# a change, the step it changes after its key
# (「（回答No.14「提出期限を…に改めます」）」「回答No.3で「参加申込書の…」」「【回答12】提出期限を…」: the answer cited by its
# number in a bracket, before the words it quotes: the step is the quote's; 「回答書より引用「企画提案書等の提出期限を、…」:
# the sheet named as the quote's source)
ANSWER_SHEET_KEY = re.compile(
    r"^[\s・\-(（【\[]{0,4}(?:質問)?回答(?:書)?\s{0,2}(?:(?:No\.?|NO\.?|№|第)\s{0,2}\d{1,3}(?:号|番)?|\d{1,3}(?:号|番|(?=\s{0,2}[)）】\]])))"
    r"\s{0,2}(?:[:：]|[)）】\]]\s{0,2}[「『]?|で?[、,]?\s{0,2}[「『])"
    r"|^[\s・\-(（【\[]{0,4}(?:質問)?回答書?\s{0,2}(?:より|から)\s{0,2}(?:引用|抜粋)?\s{0,2}[:：]?\s{0,2}[「『]"
)


# 「第6 質問と回答」 over 「締切は、1月22日…です」, 「質問及び回答 提出期限」: a heading of both, then a deadline, which only
# the questions have (the answers are given by a day, not handed in by it; not 「質問への回答の期限」, the answers');
# likewise 「質問の受付と回答」 over 「受付期間：…から…まで」: only the questions are taken in (the answers are put up)
QUESTIONS_AND_ANSWERS_DEADLINE = re.compile(
    r"質問(?:の\s?)?(?:受付|提出)?(?:と|及び|および|並びに|・|、|&|＆)回答\S{0,4}\s{0,2}(?:の)?"
    r"(?:締切|締め切り|〆切|提出期限|期限|受付期間|受付期限|提出期間|受付(?!\S))"
)


# 「回答の受付を終了します」「回答受付の締切」: the replies a web form or a survey takes in stop being taken (an issuer gives
# the answers to questions, it takes in none: the form's own closing, the step it serves named elsewhere)
RESPONSES_CLOSED = re.compile(r"回答の?受付(?:を|の)?(?:終了|締め?切|〆切|停止|打ち?切)")


# 「市は13日、「…業務」の委託先を公募型プロポーザルで選ぶと公告した」: a news article's sentence that the issuer made the
# call public, the call named by what it will do (a verb before 「と公告した」): the call's publication, whatever step the
# words it quotes name
# (「…の委託先を選ぶ公募型プロポーザルを公告した」: the call named by its kind of procedure)
CALL_ANNOUNCED = re.compile(
    r"(?:[うくすつぬむるぐぶ]と|(?:プロポーザル|プロポ|入札|公募|募集|コンペ|競争)を)(?:公告|公示|告示)(?:した|しました)(?:$|[。、])"
)


# 「https://…/news/2027/0215proposal_schedule.html」: an address's words (a path, a file's name) name no step
URL_IN_LABEL = re.compile(r"https?://[^\s\"'<>()（）「」]+")


@remembered(8192)
def kind_of(label: str) -> str | None:
    if "://" in label:
        label = URL_IN_LABEL.sub(" ", label)
    if "公告し" in label or "公示し" in label or "告示し" in label:
        if CALL_ANNOUNCED.search(label):
            return "published"
    if "回答" in label[:8] and (sheet := ANSWER_SHEET_KEY.match(label)) and (kind := kind_of(label[sheet.end() :])):
        return kind  # (「回答書No.12：提出期限を…に延長」: the deadline the answer sheet moves)
    if ("ず" in label or "ない" in label or "ません" in label) and (there := NOT_TAKEN_THERE.search(label)):
        rest = label[: there.start()] + label[there.end() :]
        if clean_label(rest).strip("、,。 ") and (kind := kind_of(rest)):
            return kind  # (「質問は説明会の場では受け付けず」: the questions, not the briefing)
    if " " in label and (means := ROW_BEFORE_MEANS.match(label)) and (kind := kind_of(label[means.end() :])):
        return kind  # (「全提案者に文書で通知 契約締結」: the row's step after the last cell of the row before)
    if label[:1].isupper() and (run_on := EN_HEADING_RUN_ON.match(label)) and (kind := kind_of(label[run_on.start("again") :])):
        return kind
    if (
        label[:1].isupper()
        and "No" in label[:40]
        and (titled := EN_CHANGE_TITLE_RUN_ON.match(label))
        and (kind := kind_of(label[titled.start("sentence") :]))
    ):
        return kind
    if label[:1] in "IUS" and (condition := EN_CONDITION_OPENS.match(label)) and (kind := kind_of(label[condition.end() :])):
        return kind
    if label[:6].lower() == "period" and is_generic(label):
        return None  # (「Period: from the date of the briefing session to」: the step it opens after names no step)
    if " from " in label and (opened := EN_OPENED_AFTER.search(label)) and (kind := kind_of(label[: opened.start()])):
        return kind  # (「Questions Period: from the date of the briefing session to」: the heading's step, not the one before)
    if label[:2] == "まで" and POSTED_BY.match(label):
        return None  # (「（8月24日）までに本ページに掲載」: where the step of its row is put up by that day, no step)
    if posted_on(label):
        return None  # (「回答は、」 / 「4月25日に市ホームページに掲載する」: where the step named before is put up, no step)
    if "回答" in label and (pair := QUESTIONS_AND_ANSWERS_DEADLINE.search(label)) and "回答" not in label[pair.end() :]:
        return "question"  # (「質問と回答」 / 「締切は、1月22日…です」: the deadline of the pair is the questions')
    if "回答" in label and RESPONSES_CLOSED.search(label):
        return None  # (「このフォームは…に回答の受付を終了します」: a form stops taking its replies, no answer to questions)
    if "「" in label:
        if label[:1] != "「" and SECTION_CITED.search(label):
            label = SECTION_CITED.sub("", label)  # 「…に上程予定(説明書「12 契約」)」: where it is written, no step
        label = DOCUMENT_PLACE.sub("", label)
        if "ページ" in label or "サイト" in label or "HP" in label:
            label = SITE_PAGE_NAMED.sub(r"\g<site>", label)  # 「市ホームページ「入札・契約情報」ページから」: a page, no step
        item = label.rsplit("」", 1)[-1] if label.startswith("「") else ""
        # (not 「「説明会参加申込書」（様式1）を…提出すること」: the bare verb after it hands in the paper quoted)
        said = clean_label(item)
        if item.strip() and not is_generic(said) and _kind_of(item) and not ("「" not in said and is_weak(said)):
            return _kind_of(item)  # 「「6 質問の受付及び回答」(1) 質問の受付期限」: the item under the heading names its step
    if "公告" in label or "公示" in label or "告示" in label:
        if "中" in label:
            label = NOTICE_TEXT_IN.sub("", label)  # 「公告文中、入札書の提出期限」: the step named in the notice's text
            if not label.strip():
                return None  # (「公告文中、」 alone: where the words changed stand, no step)
        item = NOTICE_ITEM.match(label)
        if item and label[item.end() :].strip():
            label = label[item.end() :].strip()
    if "様式" in label:
        label = FORM_NAMED.sub(lambda m: m.group("paper"), label)
    if ("に" in label or "つ" in label or "踏" in label) and not PROCEDURE.search(label):
        about = ABOUT.split(QUALIFIER.sub("", label))  # (not 「質問（参加資格に関するもの）」)
        kind = _kind_of(about[-1]) if len(about) > 1 and about[-1].strip() else None
        if kind is not None:
            return kind
    if ("後" in label or "以降" in label) and len(label) <= AFTER_STEP_MAX and "、" not in label and "。" not in label:
        after = AFTER_STEP.split(QUALIFIER.sub("", label))
        kind = _kind_of(after[-1]) if len(after) > 1 and after[-1].strip() else None
        if kind is not None:
            return kind
    if "(" in label or "（" in label:
        outside = QUALIFIER.sub("", label)
        if outside != label and outside.strip():
            # (「申込締切（参加申込書）」「公募期間（参加意思確認書の提出期限）」: the window names no paper, its bracket does)
            bracketed = {_kind_of(m.group()[1:-1]) for m in QUALIFIER.finditer(label)}  # the kinds its brackets name
            if (
                GENERIC_LABELS.match(outside.strip())
                or is_vague(outside)
                or OPEN_PERIOD.match(outside.strip())
                or EN_CALL_DEADLINE_LABEL.match(outside.strip())
            ):
                named = bracketed & set(HANDED_IN)
                if len(named) == 1:
                    return named.pop()
            if MEETING_END.search(outside) and bracketed == {"hearing"}:
                return "hearing"
            if REVIEW_END.search(outside.strip()):  # 「提案書の審査（プレゼンテーション）」: how the papers are reviewed
                named = bracketed & {"hearing", "other"}
                if len(named) == 1:
                    return named.pop()
            kind = _kind_of(outside)
            if kind is not None:
                return kind
    return _kind_of(label)


# The words of a procurement system's romanized or English keys (「koukoku_bi」「keiyaku_yotei」「answer_date」): a key
# made of these words only is read as the Japanese it spells (公告日, 契約予定, 回答日); any other key stays as it is
# (「rireki_kikan」「yotei_kakaku」「period_end」).
ROMAJI_WORDS = {
    **dict.fromkeys(("koukoku", "kokoku"), "公告"),
    **dict.fromkeys(("kouji", "koji"), "公示"),
    "keiyaku": "契約",
    "teiketsu": "締結",
    "yotei": "予定",
    **dict.fromkeys(("bi", "hi"), "日"),
    "nichiji": "日時",
    "kigen": "期限",
    "shimekiri": "締切",
    "kaisatsu": "開札",
    "nyusatsu": "入札",
    "teishutsu": "提出",
    "shitsumon": "質問",
    **dict.fromkeys(("kaito", "kaitou"), "回答"),
    "kekka": "結果",
    **dict.fromkeys(("tsuchi", "tsuuchi"), "通知"),
    "setsumeikai": "説明会",
    "moshikomi": "申込",
    "sanka": "参加",
    "teian": "提案",
    "teiansho": "提案書",
    "shinsa": "審査",
    **dict.fromkeys(("kofu", "koufu"), "交付"),
    "haifu": "配布",
    # a system's keys in English 「announcement_date」「bid_deadline」「opening_datetime」
    **dict.fromkeys(("announcement", "publication"), "公告"),
    "date": "日",
    "datetime": "日時",
    "deadline": "期限",
    "question": "質問",
    "answer": "回答",
    "application": "申込",
    "bid": "入札",
    "tender": "入札",
    "opening": "開札",
    "submission": "提出",
    "proposal": "提案",
    "result": "結果",
    "notification": "通知",
    "briefing": "説明会",
    "contract": "契約",
    "hearing": "ヒアリング",
}


def romaji_key(key: str) -> str:
    """A romanized key as the Japanese it spells, when each of its words is one of ROMAJI_WORDS; else ``key``."""
    words = key.lower().split("_")
    return "".join(ROMAJI_WORDS[word] for word in words) if all(word in ROMAJI_WORDS for word in words) else key


# Characters an OCR reading of a scan confuses with the ones of procurement words (問/間, 限/隈, 提/堤, 査/杳):
# the misread pairs are no words of their own, so they are read as the words they stand for.
# (each branch starts with its character, the digit before looked at behind: a fast scan for the characters)
# (「牛後5時」: 午 read as 牛, only before an hour; 「5月下句」: 旬 read as 句, only after a month)
OCR_MISREAD = re.compile(
    r"質間|期隈|堤案|堤出|審杳|曰(?<=\d曰)|目(?<=\d目)(?=\s{0,2}[(（])|牛[前後](?=\s{0,2}\d{1,2}\s{0,2}[時:])"
    r"|句(?<=\d月[上中下初]句)"
    # 「ヒアリンク」「プレセンテーション」「ヒヤリンク」: a scan's OCR drops the voiced mark of a step's katakana word (グ read
    # as ク, ゼ as セ); 「プレゼンテーシヨン」: its small ョ read as the big one
    r"|ヒ[アヤ]リンク|プレセン|(?<=プレゼンテー)シヨン"
)
OCR_MEANT = {
    "質間": "質問",
    "期隈": "期限",
    "堤案": "提案",
    "堤出": "提出",
    "審杳": "審査",
    "曰": "日",
    "目": "日",
    "牛前": "午前",
    "牛後": "午後",
    "句": "旬",
    "ヒアリンク": "ヒアリング",
    "ヒヤリンク": "ヒヤリング",
    "プレセン": "プレゼン",
    "シヨン": "ション",
}


# Letters a scan's OCR reads for digits (O for 0, l and I for 1, the kanji 〇 for 0), only among the digits of a date
# or a time: 「1O月」「l0月l0日」「午前1O時OO分」「1〇月6日」 (a number with a digit, right before its unit; 「OO」 only as the
# minutes after an hour; 「午後l時」: a lone l or I as the hour after 午前 / 午後). Other text keeps its letters (「7OO点」
# 「No.1」「COVID-19」「3〇,〇〇〇部」).
# (〇 only after a digit: 「〇10月中旬」 is a list's mark)
# (the letter first, in one class for both alternatives: a fast scan)
OCR_DIGIT_HINT = re.compile(r"[OolI〇](?:(?<=\d[OolI])|(?<=時[Oo])|(?<=[OolI])\d|(?<=\d〇))")
OCR_NUMBER = re.compile(r"(?<![0-9A-Za-z])[0-9OolI]{0,3}\d[0-9OolI〇]{0,3}(?=\s{0,2}(?:[年月日時]|分(?!の)))")
OCR_MINUTES = re.compile(r"(?<=\d時)[Oo]{2}(?=分)")
OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "〇": "0"})
# the same letters in a date written with a slash or a time with a colon, as a whiteboard's or a note's photo is read:
# 「1O/5(月)」「l0/14」「11/1O」「13:3O~」 (a month and a day, an hour and its minutes, each one or two characters, a digit
# among them; read as digits only when they make a month 1-12 and a day 1-31, or minutes under 60)
OCR_SLASH_DAY = re.compile(r"(?<![0-9A-Za-z/])(?P<month>[0-9OolI]{1,2})/(?P<day>[0-9OolI]{1,2})(?![0-9A-Za-z/])")
OCR_COLON_TIME = re.compile(r"(?<![0-9A-Za-z:])(?P<hour>[0-9lI]{1,2}):(?P<minute>[0-5O][0-9O])(?![0-9A-Za-z:])")
# (「午後S時」: S for 5, the one digit it stands for as an hour of the afternoon's office hours; 「午前S時」 is left as
# read, its S as likely the 8 of 午前8時30分 as a 5)
OCR_HOUR_LETTER = re.compile(r"[lIS](?<=午[前後][lI]|午後S)(?=\s{0,2}時)")  # (the letter first: a fast scan)
OCR_HOUR_DIGITS = str.maketrans({"l": "1", "I": "1", "S": "5"})
# a month or a day read as letters only, between the units of a date: 「令和8年ll月」「3月l日」「11月lO日」
OCR_LETTERS_ONLY = re.compile(r"[lI](?<=\d[年月][lI])[lIO]?(?=\s{0,2}[月日])")  # (the letter first: a fast scan)
# a weekday in brackets right after a day, misread: 「(氷)」 for (水), 「(全)」 for (金), 「(本)」 for (木)
OCR_WEEKDAY = re.compile(r"[氷全本](?<=\d日\([氷全本])(?=\))")  # (the character first: a fast scan for it)
OCR_WEEKDAYS = {"氷": "水", "全": "金", "本": "木"}
# a day's digit read as a letter like it, before its weekday: 「令和7年10月2B日(火)」. B is 8 or 3, S 5 or 8, Z 2 or 7:
# the one the weekday fits in the year written before it on the line is the day (none or both fit: left as read)
OCR_DAY_LETTERS = re.compile(
    r"(?:(?P<era>令和|平成)\s{0,2}(?P<eyear>\d{1,2}|元)|(?P<year>20\d{2}))\s{0,2}年\s{0,2}(?P<month>\d{1,2})\s{0,2}月\s{0,2}"
    r"(?P<day>[0-9]?[BSZ]|[BSZ][0-9])\s{0,2}日\s{0,2}\(\s{0,2}(?P<weekday>[月火水木金土日])"
)
OCR_DAY_CANDIDATES = {"B": "83", "S": "58", "Z": "27"}
WEEKDAY_CHARS = "月火水木金土日"


def _day_by_weekday(match: re.Match) -> str:
    """The date of ``match`` with its letters as the one day its weekday fits; as read when none or several do."""
    if match["year"]:
        year = int(match["year"])
    else:
        era = 1 if match["eyear"] == "元" else int(match["eyear"])
        year = era + (2018 if match["era"] == "令和" else 1988)
    month = int(match["month"])
    options = [""]
    for char in match["day"]:
        options = [o + d for o in options for d in OCR_DAY_CANDIDATES.get(char, char)]
    fitting = []
    for option in options:
        try:
            day = datetime.date(year, month, int(option))
        except ValueError:
            continue
        if WEEKDAY_CHARS[day.weekday()] == match["weekday"]:
            fitting.append(option)
    if len(fitting) != 1:
        return match.group()
    start, end = match.span("day")
    base = match.start()
    text = match.group()
    return text[: start - base] + fitting[0] + text[end - base :]


def _ocr_slash_day(match: re.Match) -> str:
    """「1O/5」 as 「10/5」 when its letters read as digits make a month and a day (and a digit is written among them)."""
    text = match.group()
    if not any(c.isdigit() for c in text) or all(c.isdigit() or c == "/" for c in text):
        return text
    month, day = match["month"].translate(OCR_DIGITS), match["day"].translate(OCR_DIGITS)
    return f"{month}/{day}" if 1 <= int(month) <= 12 and 1 <= int(day) <= 31 else text


def _ocr_colon_time(match: re.Match) -> str:
    """「13:3O」 as 「13:30」 when its letters read as digits make an hour of the day."""
    text = match.group()
    if all(c.isdigit() or c == ":" for c in text):
        return text
    hour, minute = match["hour"].translate(OCR_DIGITS), match["minute"].translate(OCR_DIGITS)
    return f"{hour}:{minute}" if any(c.isdigit() for c in match["hour"]) and int(hour) <= 24 else text


def ocr_corrected(text: str) -> str:
    """The misread pairs as the words they stand for; 「12曰(木)」「12目(木)」 after a number as 日; letters read
    for the digits of a date or time; a day's misread weekday."""
    if OCR_MISREAD.search(text):  # (most lines have none: a search is cheaper than a substitution)
        text = OCR_MISREAD.sub(lambda m: OCR_MEANT[m.group()], text)
    if OCR_DIGIT_HINT.search(text):
        text = OCR_NUMBER.sub(lambda m: m.group().translate(OCR_DIGITS), text)
        text = OCR_MINUTES.sub("00", text) if "時O" in text or "時o" in text else text
        if "/" in text:
            text = OCR_SLASH_DAY.sub(_ocr_slash_day, text)
        if ":" in text:
            text = OCR_COLON_TIME.sub(_ocr_colon_time, text)
    if ("l" in text or "I" in text) and OCR_LETTERS_ONLY.search(text):
        text = OCR_LETTERS_ONLY.sub(lambda m: m.group().translate(OCR_DIGITS), text)
    if (
        "l時" in text or "I時" in text or "S時" in text or "l 時" in text or "I 時" in text or "S 時" in text
    ) and OCR_HOUR_LETTER.search(text):
        text = OCR_HOUR_LETTER.sub(lambda m: m.group().translate(OCR_HOUR_DIGITS), text)
    if ("B日" in text or "S日" in text or "Z日" in text) and OCR_DAY_LETTERS.search(text):
        text = OCR_DAY_LETTERS.sub(_day_by_weekday, text)
    if "日(" in text and ("氷" in text or "全" in text or "本" in text):
        text = OCR_WEEKDAY.sub(lambda m: OCR_WEEKDAYS[m.group()], text)
    return text


@functools.lru_cache(maxsize=4096)  # the labels of a notice's rows are read again and again
def _kind_of(label: str) -> str | None:
    label = ocr_corrected(unspaced(label))
    if label[:1] in "~–—-":  # 「27 September 2027 – Award」: the dash between a date and its step, no word of the step
        label = label.lstrip("~–—- ")
    for kind, pattern in KIND_RULES:
        if pattern.search(label):
            return kind
    if DEADLINE_WORDS.search(label):
        return "other"
    return None


WEAK = re.compile(rf"提出|受付|受領|受け付け|申請書|{EN_HAND_IN}")


@remembered(4096)
def is_weak(text: str) -> bool:
    """Only a bare verb of handing in (提出する, 受け付ける) says this is a submission: a noun elsewhere says more."""
    rest = WEAK.sub("", text)
    return kind_of(text) == "submission" and not any(pattern.search(rest) for _, pattern in KIND_RULES)


# 「応募締切」「募集〆切」: the call's own deadline, named by no paper (a submission when no step of that day names it)
CALL_DEADLINE = re.compile(r"^(?:応募|募集|公募)(?:の)?(?:締切|〆切?|締め切り|しめきり|期限)(?:日|日時)?$")
# 「Application deadline (application documents)」「Deadline for applications (full proposal)」: the same in English, its
# bracket naming the papers handed in (as 「応募締切（応募書類）」)
EN_CALL_DEADLINE_LABEL = re.compile(
    r"(?i:^(?:applications?|entry|entries)\s(?:deadline|closing\sdate)$|^(?:deadline|closing\sdate)\sfor\s(?:applications|entries)$)"
)


@remembered(4096)
def is_vague(label: str) -> bool:
    """「期日」「応募締切」: a deadline that names no step (kind other only for its deadline word, or the call's own)."""
    if CALL_DEADLINE.match(QUALIFIER.sub("", unspaced(label)).strip()):
        return True
    return kind_of(label) == "other" and not any(pattern.search(label) for _, pattern in KIND_RULES)


# 「開催日時（変更後）」「提出期限(訂正後)」: a key marked as the new version's, in brackets after it
NEW_VERSION_KEY_END = re.compile(rf"\s?[(（](?:{AFTER_CHANGE})[)）]$")


@remembered(4096)
def is_generic(label: str) -> bool:
    label = unspaced(label).strip()
    if label[-2:] in ("は、", "は,") or label[-1:] == "は":  # 「…提出すること。受付期限は、」: the key told as a sentence's
        label = label.rstrip("、,")[:-1]  # topic (「期限は、」「提出期限は」), the step the item's heading names
    if label[-1:] in ")）" and "後" in label:  # 「開催日時（変更後）」: the key of the new value, as bare as 「開催日時」
        label = NEW_VERSION_KEY_END.sub("", label)
    return bool(GENERIC_LABELS.match(label))


# 「受付期限及び回答日」「提出期限・提出場所」: a heading that lists an item's keys (each a when or a where, one at least a
# key that names no step), the step they are of named by the heading above it
KEYS_APART = re.compile(r"及び|並びに|・|、")
WHEN_KEY_WORD = re.compile(r"[^\s及並・、]{1,4}(?:日|日時|期限|期日|期間)")


@remembered(4096)
def keys_listed(label: str) -> bool:
    parts = KEYS_APART.split(unspaced(label).strip()) if len(label) <= 24 else []
    return (
        len(parts) >= 2
        and all(part and (is_generic(part) or WHEN_KEY_WORD.fullmatch(part)) for part in parts)
        and any(is_generic(part) for part in parts)
    )


# 「交付期間 / Period」「入札説明会 / Briefing session」: a Japanese label with its English gloss after a slash
ENGLISH_GLOSS = re.compile(r"(?<=[ぁ-んァ-ヶ一-龥ー）)」])\s{0,2}/\s{0,2}[A-Za-z][A-Za-z0-9 ,.'()&-]{0,80}$")


# a column that says when, of every step: 「日時・期限」「日程」「期日(予定)」
WHEN_COLUMN = re.compile(
    r"(?:日時|日程|期日|期限|期間|時期|日付|年月日|予定日?|締切り?|〆切|スケジュール|時間|時刻|[・/、()\s])+等?"
)
COLUMN_HEADING = re.compile(r"項目|内容|事項|区分|手続き?|工程|行程|備考|摘要")  # a column's own name atop its cells


def without_gloss(label: str) -> str:
    """「参加申請書提出期限 / Deadline for application forms」: the Japanese label, its English gloss left off."""
    return ENGLISH_GLOSS.sub("", label) if "/" in label else label


PERIOD_KEY_AFTER = re.compile(r"\s[Pp]eriod:(?:\s{1,3}(?i:from|until|till|to|through|by))?$")


# 「The Office invites tenders from qualified companies for …」「Tenders are hereby invited as follows.」「Notice is hereby
# given that a tender will be held as follows.」: the sentence that opens an English call, which names no step (its date
# is the notice's signature or the work's period)
EN_INVITATION = re.compile(
    r"(?i:\binvites?\s(?:[\w()'\"-]+\s){0,6}?(?:proposals|tenders|bids|quotations|offers)\b"
    r"|\b(?:tenders|proposals|bids|quotations)\s(?:are|is)\s(?:hereby\s)?invited\b|\bwill\sbe\s(?:held|conducted)\sas\sfollows\b)"
)


def _step_closed(label: str, match: re.Match) -> bool:
    """``match``, NOT_MILESTONE_LABEL's 「… is closed on」, closes a step of the call (「Registration is closed on」), no office."""
    step = STEP_CLOSED.search(label, max(0, match.start() - 40), match.end())
    return bool(step) and step.end() == match.end()


# 「The deadline to request a debriefing expires at」: a deadline that runs out, the step's own (not a contract's or a
# registration's expiry)
DEADLINE_RUNS_OUT = re.compile(r"(?i:\b(?:deadline|time-?limit)\b[^.;]{0,60}$)")


@remembered(4096)
def is_not_milestone(label: str) -> bool:
    """A performance period, a document date, a law, page metadata: a date that is not a step of the call."""
    label = without_gloss(label)  # 「交付期間 / Period」: the Japanese says what the date is
    if label[:1] in "Pp" and label[:6].lower() == "period" and is_generic(label):
        return False  # (「Period:」 alone: a generic key, its heading says whose window it is)
    if ":" in label and (key := PERIOD_KEY_AFTER.search(label)) and key.start():
        # (「4. Submission of Application Documents (…for Confirmation of Qualification)」 / 「(1) Period: From …」: the
        # heading's step with the generic key under it; a contract's or the work's period stays one)
        step = label[: key.start()]
        if kind_of(step) in ("application", "submission", "question", "published") and not is_not_milestone(step):
            return False
    if ("nvite" in label or "follows" in label) and EN_INVITATION.search(label):
        return True  # 「Tenders are hereby invited as follows.」: the call's opening sentence, its date the notice's own
    match = NOT_MILESTONE_LABEL.search(label)
    if match and match.group()[:9].lower() == "published" and THIS_CALL_PUBLISHED.search(label, 0, match.end()):
        match = NOT_MILESTONE_LABEL.search(label, match.end())  # (「This call was published on」: the call's own day)
    if match and ("losed" in match.group() or "shut" in match.group()) and _step_closed(label, match):
        match = NOT_MILESTONE_LABEL.search(label, match.end())  # (「Registration is closed on」: the step's own deadline)
    if match and match.group()[:5].lower() == "expir" and DEADLINE_RUNS_OUT.search(label, 0, match.start()):
        match = NOT_MILESTONE_LABEL.search(label, match.end())  # (「The deadline to request a debriefing expires at」)
    if match and match.group().lower() == "period" and EN_WINDOW_PERIOD.search(label):
        match = NOT_MILESTONE_LABEL.search(EN_WINDOW_PERIOD.sub("", label))  # (「Submission period」: the call's window)
    if not match and ("会" in label or "予算" in label) and COUNCIL_SESSION.search(label):
        return True
    if match and ("(" in label or "（" in label):  # 「入札参加申請書(印刷実績物1部を添付)」: the words outside the brackets
        outside = QUALIFIER.sub("", label)
        # (「作業予定日（履行期間）」: a date word outside names no step; the bracket says whose date it is)
        if (
            outside.strip()
            and not NOT_MILESTONE_LABEL.search(outside)
            and _kind_of(outside)
            and any(pattern.search(outside) for _, pattern in KIND_RULES)
            and not SAMPLE_WORDS.search(label)
        ):
            match = None
    if match and match.group() in ("実施期間", "開催期間") and "の" in label[: match.start()]:
        step = label[: match.start()].rstrip()
        # 「事前相談の実施期間」「説明会の開催期間」: the days a step of the call is held on (not 「業務の実施期間」)
        if step.endswith("の") and _kind_of(step[:-1]) and any(pattern.search(step) for _, pattern in KIND_RULES):
            match = None
    if match:
        return True
    # (「現場確認 期間」「見学会の期間」「施設の個別見学 見学期間」: the days a briefing or a site visit is held on)
    if not re.search(r"期間\s{0,8}$", label):
        return False
    if VISIT_PERIOD.search(label):
        return False
    # (「申請書類の受 付期間」「図書の閲 覧期間」: a table cell's label cut by its width, its word read whole)
    # (「下取車両の現車確認 確認期間」: the days the goods are shown, as a site visit's)
    cut = WORD_CUT.sub("", label)
    return not WINDOW_WORDS.search(cut) and not BRIEFING.search(label) and not re.search(GOODS_LOOKED_AT, cut)


# 「見学期間」「見学の期間」「個別見学期間」: the days the site is open to the bidders' visits, as a 見学会's
VISIT_PERIOD = re.compile(r"見学(?:の)?\s{0,2}(?:実施)?期間\s{0,8}$")


WORD_CUT = re.compile(r"(?<=[一-龥ぁ-んァ-ヶー])\s(?=[一-龥ぁ-んァ-ヶー])")


@remembered(4096)
def only_not_milestone(clause: str) -> bool:
    """「入札参加申請書及び納入実績調書を」: not a milestone only when none of its parts names a step of the call."""
    if not is_not_milestone(clause):
        return False
    parts = PARTS.split(BRACKETED.sub("", clause))
    return not any(kind_of(part) and not is_not_milestone(part) for part in parts)


@remembered(4096)
def joined_step(label: str) -> str | None:
    """「契約締結・業務開始」: in a short label of steps joined with 「・」「及び」 of which some are no steps of the call
    (業務開始), the ones that are; None when the label is not so."""
    if len(label) > JOINED_MAX or "、" in label or "。" in label or not is_not_milestone(label):
        return None
    parts = JOINED.split(label)
    means = BY_MEANS.search(parts[-1]) if "によ" in parts[-1] else None
    if means and kind_of(means["step"]) and not is_not_milestone(means["step"]):
        return means["step"]  # 「参加資格の確認及び実績評価による一次審査を」: the parts before are its means
    steps = [part for part in parts if kind_of(part) and not is_not_milestone(part)]
    return "・".join(steps) if steps and len(steps) < len(parts) else None


JOINED = re.compile(r"・|及び|並びに")
# 「書類及び実績評価による一次審査」「面接による審査」: a step named after what it goes by (its particle left on)
BY_MEANS = re.compile(r"(?:による|によって行う)(?P<step>[^、。()（）]{2,20}?)(?:を|は|が)?$")
JOINED_MAX = 24
PARTS = re.compile(r"及び|並びに|又は|若しくは|[・、,]")
BRACKETED = re.compile(r"\([^()]{0,40}\)")


@remembered(4096)
def is_event(label: str) -> bool:
    return bool(EVENT.search(label) or EN_EVENT.search(label))


def delivery_notes(text: str) -> list[str]:
    """Delivery words (必着, 郵送, メール…) in the text, leaving out sentences that refuse them."""
    return list(_delivery_notes(text))


@remembered(1024)  # (the lines around a date)
def _delivery_notes(text: str) -> tuple[str, ...]:
    text = " ".join(part for part in re.split(r"[。\n]", text) if not NEGATION.search(part))
    found = []
    for word in DELIVERY_WORDS:
        if word in text and not any(word in f for f in found):
            found.append(word)
    return tuple(found)
