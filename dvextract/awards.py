"""Awards: each count of recipients, with the award's form, its giver and its reason.

Every count before a recipient phrase (:mod:`dvextract.recipients`: "10 tập
thể", "05 cá nhân", "mười lăm hội viên", "45 cán bộ Đoàn tiêu biểu") in a
passage that speaks of awards is a *candidate*. Named reasons, weighed in
``data/reasons.tsv`` (section ``award``), decide which candidates are awards
of the event; ``explain`` shows the same candidates and reasons. For:

* the form (``data/award_forms.txt``) written with the count ("4 đơn vị nhận
  Huân chương Lao động hạng Ba" wins over an earlier generic form), in the
  count's clause (the sentence up to a ";"), carried from the clause before
  ("khen thưởng 10 tập thể ...; 9 tập thể ..."), or carried from the sentence
  before in the same passage when the count's sentence receives or selects
  ("Qua bình xét, hội đồng chọn được 03 tập thể");

against, each scoped to the count it governs (annotation guide):

* a past or cumulative total ("Sau 15 năm tổ chức, đã có 120 tập thể ...",
  "5 năm liền") or a holding ("Huyện có 12 xã được phong tặng danh hiệu ...");
* a nomination that governs the count ("đề nghị khen thưởng 12 tập thể"), but
  not one an award verb after a comma has closed ("Từ 42 hồ sơ đề cử, Ban
  Thường vụ quyết định trao Giải thưởng cho 7 tập thể");
* a mixed total with no split ("115 tập thể, cá nhân", "65 cá nhân và tập
  thể"): its breakdown, when given, is kept instead;
* a part of a total ("20 cá nhân, trong đó 5 ..."; "Trong 55 đảng viên ...
  có 1 ..."): the total stands for them; "trong đó" governs its own clause,
  and the next one only when that one has no form of its own; but a total
  whose parts each carry their own form ("trong đó 10 tập thể nhận Bằng
  khen, 20 tập thể nhận Giấy khen") only sums them, and the parts stand;
* an opinion or wish in the count's predicate ("xứng đáng được tặng");
* delegates who attend the ceremony the form names, or represent the
  recipients ("40 đại biểu đại diện các tập thể được tuyên dương").

The giver is read from "của <body>" after the form, from "được <body>
tặng" before it, or from the clause's subject ("Thủ tướng Chính phủ đã tặng
Bằng khen cho 5 tập thể").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from . import lexicon, numbers, phrases, recipients
from .clean import CleanText
from .models import Award, Recipient
from .organizer import is_body
from .reasons import Candidate, decide
from .segment import Segment

if TYPE_CHECKING:
    from .event import Event

# A form found by the fast whole-text scan (stdlib re) or by a pattern of the regex module.
FormMatch = re.Match[str] | regex.Match[str]

FIELD = "award"
GIVER_REACH = 240  # how far before its form a giver is looked for ("được <body> ... tặng")
RESTATEMENT_REACH = 50  # how many earlier awards of one count and class a restatement is compared with
CHUNK_REACH = 200  # how far back a comma bounding a count's chunk is looked for (keeps dense clauses linear)
MAX_SUBJECT_WORDS = 8  # a body's name as a subject: "Ban Chấp hành Hội Cựu chiến binh huyện"


@lexicon.cached
def _form_variants() -> tuple[str, ...]:
    """The forms as written, with a capital first letter, in capitals, and in title case ("Bằng Khen").

    Common words are matched by case, never case-blind; title case is how many
    sites set an honour's name, and a name that shares it ("Ban Thi đua - Khen
    thưởng") is left out by :func:`_all_forms`.
    """
    variants: set[str] = set()
    for entry in lexicon.lines("award_forms.txt"):
        variants |= {
            entry,
            entry[:1].upper() + entry[1:],
            entry.upper(),
            " ".join(w[:1].upper() + w[1:] for w in entry.split()),
        }
    return tuple(sorted(variants))


@lexicon.cached
def _forms_re() -> regex.Pattern[str]:
    """An award form between word boundaries (see :func:`_form_variants`)."""
    return regex.compile(r"(?<![\p{L}\d])" + lexicon.alternation(_form_variants()) + r"(?![\p{L}\d])")


@lexicon.cached
def _forms_scan() -> re.Pattern[str]:
    """:func:`_forms_re` for the stdlib engine over a whole text ([^\\W_]: a letter or digit).

    No lookbehind: a pattern that opens with its words lets the engine skip
    every character no form starts with; :func:`_form_matches` drops a match
    glued to the word before it.
    """
    return re.compile(lexicon.alternation(_form_variants()) + r"(?![^\W_])")


def _form_matches(text: str) -> list[re.Match[str]]:
    """The forms of the whole text between word boundaries, in order."""
    return [m for m in _forms_scan().finditer(text) if not (m.start() and text[m.start() - 1].isalnum())]


@lexicon.cached
def _number_re() -> regex.Pattern[str]:
    """A count in digits or words; official texts write both, one in parentheses ("05 (năm)", "năm (05)").

    Digits group thousands with a dot ("1.250 hội viên"), as Vietnamese writes them.
    """
    nw = numbers.word_pattern()
    words = nw + r"(?:\s+" + nw + r"){0,5}"
    return regex.compile(
        r"(?<![\p{L}\d.,/-])(?:(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})(?!\d|[.,/:-]\d)(?:\s*\(\s*" + words + r"\s*\))?"
        r"|(?P<w>" + words + r")(?:\s*\(\s*\d{1,4}\s*\))?)"
        r"(?![\p{L}\d])\s+(?P<luot>lượt\s+)?",
        regex.I,
    )


@lexicon.cached
def _counted_forms() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
    """Forms counted by themselves after a giving verb, and the next of their list ("trao 04 Kỷ niệm chương, 6 Cờ ...").

    A list of counted medals with no giving verb before it ("đoạt 7 huy
    chương vàng, 3 huy chương bạc") is what was won, not what was given.

    ``data/counted_forms.tsv`` says whose each form is: persons, collectives,
    or the recipients named after it.
    """
    whose = {row[0].casefold(): row[1] for row in lexicon.table("counted_forms.tsv") if len(row) >= 2}
    variants: set[str] = set()
    for form in whose:
        variants |= {form, form[:1].upper() + form[1:], " ".join(w[:1].upper() + w[1:] for w in form.split())}
    body = lexicon.alternation(variants)
    item = r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?P<f>" + body + r")(?![\p{L}])"
    first = regex.compile(r"(?<=(?<![\p{L}])(?:trao|tặng|gắn|nhận)\s+)" + item)
    then = regex.compile(r"\s*(?:,|;|và)\s+" + item)
    return first, then, whose


# Where the recipients of counted forms are named: "... cho các tập thể", "tặng các đồng chí".
_NEXT_NOUN = regex.compile(r"\p{L}+(?: \p{L}+)?")
_NONBLANK = regex.compile(r"\S")
# What continues a giver's name past a body's own words: lower-case syllables or "và" before a capital.
# A dash joins the two halves of one ministry's name ("Bộ Lao động - Thương binh và Xã hội").
_NAME_GOES_ON = regex.compile(
    r"(?: (?P<and>và)| (?P<low>\p{Ll}+(?: \p{Ll}+)?)|(?<=(?<![\p{L}])(?:TP|Tp|Q|P|TX|TT|H|X))\.|(?P<dash> ?[-–]))"
    r"(?= ?\p{Lu})\s?"
)
_PREV_WORD = regex.compile(r"(\S+)\s+$")
_PREV_WORD_START = regex.compile(r"(?<![\p{L}])\p{L}+$")
_CHUNK_END = regex.compile(r"[,:;(\[“\"'\n*+•-]\s*$")
_TO_RECIPIENTS = regex.compile(r"(?<![\p{L}])(?:cho|tặng|tới|đến)\s+(?:(?:các|những|toàn thể)\s+)?")
RECIPIENT_REACH = 160  # how far after its counted form the recipients are looked for
# A number word read as an ordinal, a date or a year, not a count ("15 năm", "lần thứ năm").
_NOT_WORD_COUNT = regex.compile(
    r"(?:\d|(?<![\p{L}])(?:thứ|hạng|lần|khóa|số|tháng|ngày|năm|giải|mùng|mồng))\s*$", regex.I
)
# A number that labels the noun before it ("thôn 11", "Quận 5", "lớp 9", "đợt 2") is not a count.
_LABEL_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:thôn|xã|phường|quận|khu phố|khu|ấp|bản|tổ|lớp|thứ|(?<!trong )số|khóa|lần|đợt|năm|tháng|ngày"
    r"|giai đoạn|tuổi|kỳ|hạng|điều|khoản|mục|phần|trang|kênh|tầng|phòng|đường|km|top)\s+$",
    regex.I,
)
# A form named as a topic or a body's field, not given: "Ban Thi đua - Khen thưởng", "công tác khen thưởng".
_IN_BODY_NAME = regex.compile(
    r"(?:[Tt]hi đua\s*[-–,]?\s*(?:và\s+)?"
    r"|(?<![\p{L}])(?:công tác|chế độ|chính sách|quỹ|kinh phí|thủ tục|quy chế"
    r"|luật|Luật)\s+)$"
)
# "thưởng" alone is a name as often as a form ("Võ Văn Thưởng"): a form only after "được".
_GOT_REWARD = regex.compile(r"(?<=(?<![\p{L}])được )thưởng(?![\p{L}])")
# "khen" alone is the verb "commend" when it governs a count ("Hội khen 9 hội viên", "khen đột xuất cho
# 5 cá nhân") or is a count's passive predicate ("12 hội viên được (UBND xã) khen"); praise in general
# ("được người dân khen nhiều") names no count. Not the noun of "bằng khen", "lời khen", nor "khen ngợi".
_PRAISE = regex.compile(
    r"(?<![\p{L}])(?<!(?:[Bb]ằng|[Gg]iấy|[Tt]hư|[Ll]ời|[Cc]ờ|[Đđ]ua|BẰNG|GIẤY)\s)(?:[Kk]hen|KHEN)"
    r"(?!\s+(?:thưởng|ngợi|chê|tặng|THƯỞNG)(?![\p{L}]))(?![\p{L}])"
)
_PRAISE_GOVERNS = regex.compile(
    r"\s+(?:(?:đột xuất|kịp thời|biểu dương)\s+)?(?:(?:cho|tới|đến)\s+)?(?:(?:các|những)\s+)?(?=\d|\p{Ll})"
)
_PRAISE_PASSIVE = regex.compile(r"(?<![\p{L}])được(?:\s+\p{Lu}[^,;:()]{0,60}?)?\s+$")
# "trao giải" is a form when it gives to someone ("trao giải cho 12 tác giả"); "trao giải thưởng X" names its prize.
_PRIZE_GIVEN = regex.compile(r"(?<![\p{L}])[Tt]rao giải(?=\s+(?:cho|tới|đến)\s)")
_HONOUR_SYLLABLE = regex.compile(r" (\p{Ll}+)(?![\p{L}])")
# Lower-case syllables that follow an honour's name without being part of it.
_NOT_HONOUR_SYLLABLES = frozenset("dịp lần năm đợt kỳ ngày tháng này đó cho tại vì trong hạng giai nhiệm khóa".split())
MAX_HONOUR_WORDS = 12  # "Kỷ niệm chương Vì sự nghiệp xây dựng tổ chức nhà nước"
# A prize rank is given ("trao giải Nhất", "nhận giải Ba"), or listed after one that is
# ("trao giải Nhất cho 2 đội, giải Nhì cho 3 đội").
# The verb may govern a count of prizes first ("trao 5 giải Nhất cho 5 tác giả"): the prizes are
# counted, the recipients after "cho" are the award. A rank first is given when it is passive
# ("giải Nhất được trao cho 2 đội").
_PRIZE_RANK = regex.compile(r"[Gg]iải (?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|[Kk]huyến khích|[Đđ]ặc biệt|[ABC])")
_PRIZE_COUNT = r"(?:(?P<count>\d{1,4}|\p{Ll}+(?:\s+\p{Ll}+){0,3})\s+)?"
_GIVES_PRIZE = regex.compile(
    r"(?<![\p{L}])(?:trao tặng|trao|tặng|nhận|được trao|được nhận)\s+" + _PRIZE_COUNT + r"$", regex.I
)
PRIZE_VERB_REACH = 40  # how far before a prize rank its giving verb is looked for ("trao hai mươi | giải Ba")
_PRIZE_GIVEN_TO = regex.compile(
    r"\s+(?:(?:đã|cũng|đều)\s+)*(?:được\s+)?(?:trao tặng|trao|tặng)\s+(?:cho|tới|đến)\s", regex.I
)
_NEXT_PRIZE = regex.compile(r"[^.;:\n]{0,80}?(?:,|;|và)\s+" + _PRIZE_COUNT)
# A document an office issues, not an honour it gives: "cấp Giấy chứng nhận quyền sử dụng đất".
_ISSUED = regex.compile(r"(?<![\p{L}])(?:cấp|cấp mới|cấp đổi|cấp lại)\s+$")
# A Party badge named by its years: "Huy hiệu 40 năm tuổi Đảng".
_BADGE_YEARS = regex.compile(r" \d{1,2} năm(?: tuổi Đảng)?(?![\p{L}\d])")
# A form that holds another as its content: "giấy công nhận danh hiệu ...", the certificate is what is given.
_CONTAINER_FORMS = frozenset({"giấy công nhận", "bằng công nhận", "giấy chứng nhận", "bằng khen", "giấy khen"})
_NAMED_FORMS = ("huân chương", "huy chương", "huy hiệu", "giải thưởng", "danh hiệu", "kỷ niệm chương", "cờ thi đua")
_MIXED_SEP = regex.compile(r"\s*(?:,|và|hoặc|/)\s*")
_PAST_TOTAL = regex.compile(
    r"(?<![\p{L}])(?:(?:\d+|nhiều|mấy)\s+năm\s+(?:qua|liền|liên tục|trước)"
    r"|(?:[Ss]au|[Qq]ua|[Tt]rong)\s+(?:hơn\s+)?\d+\s+(?:năm|lần|kỳ|mùa)"
    r"|nhiệm kỳ qua|đến nay|từ năm|từ khi|kể từ|lũy kế|trong năm qua|thời gian qua|những năm qua|trước đó|trước đây)"
    r"(?![\p{L}])",
    regex.I,
)
# A past period after the count, as the time of its predicate: "Hội đã khen thưởng 50 hội viên trong
# nhiệm kỳ qua", "5 tập thể được khen thưởng trong năm qua". Inside the merit ("có thành tích xuất sắc
# trong 5 năm qua", "vì những đóng góp trong nhiệm kỳ qua") it dates the merit, not the award.
_PAST_AFTER = regex.compile(
    r"(?<![\p{L}])(?:(?:trong|qua|suốt)\s+(?:(?:\d+|nhiều|những)\s+năm\s+qua|nhiệm kỳ qua|năm qua|thời gian qua"
    r"|(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4})|từ năm \d{4} đến nay|từ trước đến nay|đến nay)(?![\p{L}])"
)
_MERIT = regex.compile(
    r"(?<![\p{L}])(?:thành tích|đóng góp|xuất sắc|tiêu biểu|điển hình|hoàn thành|nỗ lực|tích cực|vì|do|có|đạt)"
    r"(?![\p{L}])"
)
PAST_AFTER_REACH = 120  # how far after its count a past period is read as the time of the count's predicate
# An anchor that brings the story back to the event: a past total before it does not reach past it.
_EVENT_ANCHOR = regex.compile(
    r"(?<![\p{L}])(?:[Nn]hân dịp|[Dd]ịp này|[Tt]ại (?:hội nghị|Hội nghị|buổi lễ|lễ|Lễ|đại hội|Đại hội|chương trình)"
    r"|[Cc]ũng tại|[Tt]rong dịp này)(?![\p{L}])"
)
# "Tại/Trong (buổi) <any event noun>": "Tại buổi gặp mặt", "Tại kỳ họp", "Trong lễ tổng kết".
_AT_EVENT = regex.compile(r"(?<![\p{L}])(?:[Tt]ại|[Tt]rong)\s+(?:buổi\s+|cuộc\s+)?")


@lexicon.cached
def _event_nouns() -> regex.Pattern[str]:
    return lexicon.pattern("event_nouns.txt")


def _anchors(text: str, a: int, b: int) -> list[int]:
    """Where the story comes back to the event in ``text[a:b]`` ("Nhân dịp này", "Tại buổi gặp mặt")."""
    found = [m.start() for m in _EVENT_ANCHOR.finditer(text, a, b)]
    nouns = _event_nouns()
    found += [m.start() for m in _AT_EVENT.finditer(text, a, b) if nouns.match(text, m.end(), b)]
    return sorted(set(found))


# An approximate count or a ceiling: not a written count of recipients ("hơn 100", "tối đa 2").
_APPROXIMATE = regex.compile(
    r"(?<![\p{L}])(?:hơn|trên|gần|khoảng|chừng|hàng|xấp xỉ|trên dưới|tối đa|tối thiểu|không quá|ít nhất)\s+$"
)
# A period opening the sentence: what follows is that period's total ("Giai đoạn 2018-2023, ...",
# "Trong năm 2023, ...", "6 tháng đầu năm, ..."); a period inside the reason ("có thành tích giai
# đoạn 2018-2023") is not one.
_PERIOD_LEAD = regex.compile(
    r"\s*(?:(?:[Tt]rong|[Ss]uốt|[Qq]ua|[Tt]ính (?:đến|tới))\s+)?"
    r"(?:(?:[Nn]ăm|[Gg]iai đoạn|[Nn]hiệm kỳ)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
    r"|(?:\d{1,2}|[Ss]áu|[Cc]hín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+\d{4})?"
    r"|[Nn]ăm(?:\s+qua)?)\s*,"
)
_HOLDING = regex.compile(
    r"(?:(?:(?<=^|[,:]\s?)(?:huyện|tỉnh|xã|phường|quận|thị xã|thành phố|toàn \p{Ll}+|hiện nay|hiện))"
    r"|(?:Huyện|Tỉnh|Xã|Phường|Quận|Thị xã|Thành phố|Toàn \p{Ll}+|Hiện nay|Hiện|Ngành|Đảng bộ|Hội))"
    r"(?:\s+\p{Lu}[\p{L}\d]*)*\s+(?:đã\s+|hiện\s+|cũng\s+)?có\s+$"
)
# What a place holds rather than receives at an event: a title, a standard met.
_STATUS = regex.compile(r"(?<![\p{L}])(?:danh hiệu|phong tặng|công nhận|đạt chuẩn|Anh hùng)(?![\p{L}])", regex.I)
# "một" alone is the article "a" ("biết một chiến sĩ ... đã tuyên dương"); in a list it counts
# ("một tập thể và hai cá nhân").
_ARTICLE = regex.compile(r"[Mm]ột\s")
# "một" in apposition to a name, or after a copula: "Nhạc sĩ X, một người ...", "là một tác giả ...".
_APPOSITION = regex.compile(r"(?:\p{Lu}\p{L}*\s*,|(?<![\p{L}])(?:là|như))\s*$")
# A predicate still to come, planned or registered for: "4 đội xuất sắc nhất sẽ ... giải thưởng",
# "phấn đấu có 20 tập thể được khen thưởng", "45 tập thể đăng ký danh hiệu ...".
_FUTURE = regex.compile(
    r"(?<![\p{L}])(?:[Ss]ẽ|[Dd]ự kiến|[Pp]hấn đấu|[Cc]hỉ tiêu|[Kk]ế hoạch|[Mm]ục tiêu|[Đđ]ăng ký|[Ss]ắp)(?![\p{L}])"
)
# An opinion or a wish in the count's predicate: the award is deserved or asked for, not given
# ("3 cá nhân này xứng đáng được tặng Bằng khen", "5 tập thể cần được khen thưởng", "nên khen thưởng").
_OPINION = regex.compile(
    r"(?<![\p{L}])(?:[Xx]ứng đáng|đáng được|(?:cần|nên|phải|mong|muốn|hy vọng|hi vọng|mong muốn) (?:được|sớm được"
    r"|khen|tặng|trao|tuyên dương|biểu dương|vinh danh|tôn vinh))(?![\p{L}])"
)
# A title achieved, named as the recipients' merit: "... cho 5 chi bộ đạt danh hiệu ...".
_ACHIEVED = regex.compile(r"(?<![\p{L}])(?:đạt|đạt được|giữ vững|giành được)\s+$")
# People who stand for the recipients, and a form that names the ceremony they attend.
_REPRESENTS = regex.compile(r"\s+(?:đại diện|thay mặt)(?![\p{L}])")
_CEREMONY_NAMED = regex.compile(r"(?<![\p{L}])(?:[Ll]ễ|LỄ|[Hh]ội nghị|[Cc]hương trình)\s+$")
_OPINION_CUES = ("đáng", "cần ", "nên ", "phải ", "mong", "muốn", "vọng")
# A plan opening the clause governs all of it: "Dự kiến, UBND huyện khen thưởng ...".
_FUTURE_LEAD = regex.compile(
    r"\s*(?:[Dd]ự kiến|[Tt]heo (?:kế hoạch|dự kiến)|[Ss]ắp tới|[Tt]hời gian tới|[Nn]ăm tới)\s*,"
)
# "trình" submits only as a verb: not in "chương trình", "công trình", "quá trình", "trình bày" ...
# A comma that opens a clause with a subject of its own ("..., Hội đồng đã chọn ...").
_NEW_SUBJECT = regex.compile(r",\s*(?=\p{Lu}\p{Ll}*\s)")
_NOMINATION = regex.compile(
    r"(?<![\p{L}])(?:đề nghị|đề cử|đề xuất|kiến nghị|hồ sơ|xét tặng"
    r"|(?<!(?:chương|công|quá|lộ|tiến|giáo|lập|tờ|đệ) )trình(?!\s+(?:bày|diễn|độ|tự|chiếu)))(?![\p{L}])",
    regex.I,
)
# A nomination in the count's own predicate: "5 tập thể được đề nghị ...", "5 cá nhân để xét tặng ...".
_NOMINATED_AFTER = regex.compile(
    r"\s*(?:(?:được|đã|để|sẽ|làm hồ sơ|lập hồ sơ)\s+)*"
    r"(?:đề nghị|đề cử|đề xuất|xét đề nghị|xét tặng|trình(?!\s+(?:bày|diễn|độ|tự|chiếu)))(?![\p{L}])"
)
_AWARD_VERB = regex.compile(
    r"(?<![\p{L}])(?:trao|tặng|khen thưởng|tuyên dương|biểu dương|vinh danh|tôn vinh|công nhận)(?![\p{L}])", regex.I
)
# What opens a total's breakdown; a colon does when a count stands before it in the clause
# ("91 doanh nghiệp được trao Giải thưởng ... với 9 hạng mục: 10 doanh nghiệp ...").
_PARTS = regex.compile(r"(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm|cụ thể)(?![\p{L}])|:(?=\s)", regex.I)
_TOTAL_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]rong (?:số\s+)?$")
# "trong" inside a clause before a count: the population recipients come from ("thuộc nhóm dẫn đầu
# trong 50 doanh nghiệp", "trong danh sách 50 công ty"); "(là) một trong số 4 doanh nghiệp được nhận ..."
# names one of the recipients, and the count is theirs.
_AMONG = regex.compile(r"(?<![\p{L}])trong (?:(?:số|danh sách|nhóm)\s+)?$")
_ONE_OF = regex.compile(r"(?<![\p{L}\d])(?:[Mm]ột|1)\s+$")
# The count's own predicate: "4 đơn vị [được] nhận Huân chương", "7 tập thể được trao Giải thưởng".
# The giver may stand between "được" and the verb: "5 cá nhân được UBND huyện tặng Giấy khen".
# A relative clause of works or merit may stand between the recipients and their passive predicate: "18 tác
# giả có tác phẩm, công trình được Chủ tịch nước tặng Giải thưởng ...", "5 cá nhân có thành tích xuất sắc được
# tặng ..."; not one whose own subject is honoured ("3 chi bộ có nhiều đảng viên được khen thưởng").
_ATTACHED = regex.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?"
    r"(?:(?:có|với)\s+(?:(?:các|những|nhiều)\s+)?(?:tác phẩm|công trình|sáng kiến|đề tài|dự án|sản phẩm|mô hình"
    r"|thành tích|đóng góp)(?![\p{L}])[^;:()\d]{0,50}?\s+(?=(?:(?:đã|cũng|đều|vinh dự)\s+)*được\s))?"
    r"(?:(?:đã|cũng|đều|cùng|vinh dự|sẽ)\s+)*"
    r"(?:được\s+(?:\p{Lu}[^,;:()]{0,60}?\s+(?=(?:trao|tặng|khen|gắn|truy|phong)))?)?"
    r"(?:nhận được|nhận|đón nhận|trao tặng|trao|tặng thưởng|truy tặng|phong tặng|tặng|gắn|khen thưởng|công nhận"
    r"|đạt)?\s*[“\"]?$"
)
# What a sentence that carries the form of the sentence before says of its counts.
_RECEIVES_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:chọn được|được chọn|bình chọn|xét chọn|lựa chọn|công nhận|trao cho|tặng cho|gồm|gồm có|bao gồm"
    r"|[Cc]ụ thể)\s*[,:]?\s*$"
)
# A sentence that goes on with the award of the one before, also across a paragraph break:
# "Dịp này, UBND huyện khen thưởng các tập thể, cá nhân.\nCụ thể: 5 tập thể ...".
_CONTINUES = regex.compile(r"\s*(?:[Cc]ụ thể|[Bb]ao gồm|[Gg]ồm)\s*[,:]")
# A reason opening the chunk before a past marker: the marker dates the merit, not the award
# ("Với những thành tích trong 5 năm qua, 4 tập thể được tặng Bằng khen").
_REASON_OPEN = regex.compile(
    r"(?<![\p{L}])(?:[Vv]ới|[Vv]ì|[Dd]o|[Cc]ó|[Gg]hi nhận)\s+(?:(?:các|những|nhiều)\s+)?"
    r"(?:thành tích|đóng góp|kết quả|nỗ lực|thành tựu)(?![\p{L}])"
)
_RECEIVES_AFTER = regex.compile(
    r"\s*(?:đã\s+|đều\s+|cùng\s+|vinh dự\s+)*(?:được\s+)?(?:nhận|đón nhận|trao|tặng|chọn|công nhận|vinh danh)"
    r"(?![\p{L}])"
)
# Gifts that are not award forms: a sentence about them does not carry the form before it. Whole
# nouns only: "nhà tình nghĩa" is a gift, "nhà giáo" a recipient; "tiền thưởng" goes with an award.
_OTHER_GIFT = regex.compile(
    r"(?<![\p{L}])(?:quà|học bổng|tiền(?! thưởng)|suất|xe đạp|xe lăn|xe máy|nhà tình nghĩa|nhà tình thương"
    r"|nhà đại đoàn kết|sổ tiết kiệm)(?![\p{L}])"
)
# A form governs the count right after it, over its giver ("Bằng khen của UBND tỉnh cho 5 ..."), but
# not over "và", which joins the next count to a count before the form ("15 cá nhân được tặng Bằng
# khen của X và 30 cá nhân ...").
_GOVERN_GAP = regex.compile(
    r"\s*(?:(?:của|do)\s+[^,;]{1,60}?\s+)?(?:cho|tới|đến)?\s*(?:các\s+|những\s+)?(?<!(?<![\p{L}])và\s+)"
)
_CARRY_END = regex.compile(r":\s*$")
# What joins two counts into one coordination: "12 tập thể và 25 cá nhân", "4 tập thể, 10 cá nhân".
_JOINED = regex.compile(r"\s*(?:,|;)?\s*(?:và\s+|cùng\s+)?")
# The class word before its count: "tập thể: 05", "cá nhân (12)", "tập thể 05, cá nhân 12".
_HEAD_FIRST = regex.compile(
    r"(?<![\p{L}])(?P<head>[Tt]ập thể|[Cc]á nhân|TẬP THỂ|CÁ NHÂN)\s*"
    r"(?:\(\s*(?P<n>\d{1,4})\s*\)|(?::\s*)?(?P<n>\d{1,4})(?=\s*(?:[,;.\n]|và\s|$)))"
)


@lexicon.cached
def _class_then_count() -> regex.Pattern[str]:
    """The class word, its predicate, then the count: "Số tập thể được tặng Giấy khen là 12", "cá nhân được
    khen thưởng: 30"; "... là 30 người" is a count before its own noun, read as any other.

    One class only: "tập thể, cá nhân được khen thưởng là 30" is a mixed total
    and names no class. The predicate holds no number and no clause mark; the
    awards stage checks that it writes a form.
    """
    nw = numbers.word_pattern()
    return regex.compile(
        r"(?<![\p{L}])(?<!(?:[Tt]ập thể|[Cc]á nhân)\s{0,3}(?:,|và)\s{0,3})(?<!\d\s{1,3})(?P<head>[Tt]ập thể|[Cc]á nhân)"
        r"\s+(?P<pred>(?:(?:đã|cũng|vinh dự|được)\s+){1,3}[^:;,.\n()\d]{1,80}?)(?:\s+là\s+|\s*:\s*)"
        r"(?:(?P<n>\d{1,4})|(?P<w>" + nw + r"(?:\s+" + nw + r"){0,5}))(?![\p{L}\d]|[.,/]\d)"
        # the count ends the statement; before a noun of its own ("là 30 người") it is read as any count is
        r"(?=\s*(?:[,;.:)\n]|và\s|$))"
    )


_MARKED_BULLET = regex.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+")
_BULLET = regex.compile(r"\s*(?:(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+|(?=\d{1,4}\s+\p{Ll}))")
_GIVER_VERB = (
    r"(?:trao tặng|tặng thưởng|truy tặng|phong tặng|tặng|trao|khen thưởng|biểu dương|tuyên dương|vinh danh|tôn vinh"
    r"|gắn|tổ chức khen thưởng|khen(?![\p{L}]))"
)
_GIVER_AUX = (
    r"(?:đã|cũng|vừa|trân trọng|long trọng|ký quyết định|ra quyết định|có quyết định|ban hành quyết định"
    r"|quyết định|trực tiếp|kịp thời|nhiệt liệt|tổ chức)"
)
# The verb group right before a form: "đã ký quyết định tặng | Bằng khen"; empty when the form is the verb.
_PREDICATE_BEFORE = regex.compile(r"(?<![\p{L}])(?:" + _GIVER_AUX + r"\s+)*(?:" + _GIVER_VERB + r"\s+)?$")
# Where the subject of that verb group begins: after a clause mark or "và" before a capital.
# A clause that opens with its verb or its form has no subject of its own: "...; tặng Giấy khen cho ...".
_NO_SUBJECT = regex.compile(r"[\s,]*(?:(?:" + _GIVER_AUX + r")\s+)*(?:" + _GIVER_VERB + r"\s+)?")
_SUBJECT_START = regex.compile(r"(?:[,:;()\n]|\s[-–]\s|\svà\s(?=\p{Lu}))\s*")
# A giver the hander acts for: "Thay mặt Ban Thường vụ Huyện ủy, đồng chí ... trao ...".
_ON_BEHALF = regex.compile(
    r"(?<![\p{L}])(?:[Tt]hay mặt|[Tt]hừa (?:ủy|uỷ) quyền(?:\s+của)?|[Đđ]ược sự (?:ủy|uỷ) quyền của|[Tt]hừa lệnh"
    r"|[Tt]heo (?:ủy|uỷ) quyền của)\s+(?=\p{Lu})"
)
_HONOUR_WORD = regex.compile(r" (?:hạng \p{L}+|[\p{Lu}][\p{L}]*)")
# A class written on its own, its honour elided because the sentence named it already:
# "Huân chương Lao động hạng Nhì cho 3 tập thể và hạng Ba cho 5 cá nhân".
_RANK = regex.compile(r"(?<![\p{L}])[Hh]ạng (?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|IV|I{1,3})(?![\p{L}])")
# What may stand between an elided class and its count: "cho", "tặng", ":" before the count;
# a receiving verb after it ("5 cá nhân được tặng hạng Ba").
_RANK_THEN_COUNT = regex.compile(r"\s*(?::|(?:cho|tặng|trao|trao tặng|gồm|là)(?:\s+(?:các|những))?)?\s*")
_COUNT_THEN_RANK = regex.compile(
    r"\s*(?:(?:được|đã)\s+)*(?:nhận|tặng|trao|trao tặng|khen tặng|truy tặng|phong tặng|đạt|giành)?\s*"
)
_OF = regex.compile(r"\s+(?:của|do)\s+(?=[\p{Lu}])")
_BY_PASSIVE = regex.compile(r"(?<![\p{L}])được\s+(?=[\p{Lu}])")
_THEN_VERB = regex.compile(r"\s+(?:đã\s+)?" + _GIVER_VERB)
_AUX_TAIL = regex.compile(r"(?:\s+" + _GIVER_AUX + r")+$")
_SUBJECT_VERB = regex.compile(r"\s+(?:" + _GIVER_AUX + r"\s+|đã trao\s+)*" + _GIVER_VERB)
_CLAUSE = regex.compile(r"(?<=^|;)\s*\K[^;]+")
_NEXT_COUNT = regex.compile(r",\s*(?=\d|[\p{L}]+\s+\d)")
_LEAD = regex.compile(
    r"(?:(?:\*\s*)?(?:Dịp này|Nhân dịp này|Tại hội nghị|Tại Hội nghị|Tại buổi lễ|Cũng tại buổi lễ"
    r"|Tại đại hội|Tại Đại hội|Về khen thưởng|Về công tác khen thưởng"
    r"|Nhân dịp|Trong dịp này|Cũng trong dịp này)[^,]{0,40},\s*)?"
)
_REASON = regex.compile(
    r"(?:vì\s+)?(?:đã\s+)?(?:có|đạt|với)\s+(?:nhiều\s+)?(?:thành tích|đóng góp|thành tích xuất sắc)[^;.\n]{0,160}"
    r"|(?:điển hình|tiêu biểu|xuất sắc)\s+(?:trong|tiên tiến)[^;.\n]{0,160}",
)

# The umbrella word for any award: a restatement with it is the award named elsewhere.
_UMBRELLA_FORMS = frozenset({"khen thưởng", "khen"})

# The reasons that leave a count out, strongest first, and the verdict each gives.
_VERDICTS = (
    ("inside_past_total", "past or cumulative total, not an award of the event"),
    ("holding", "a holding, not an award of the event"),
    ("nomination", "a nomination, not an award"),
    ("mixed_total", "mixed total with no split"),
    ("part_of_total", "part of a total already counted"),
    ("split_by_form", "a total whose parts, each with its own form, are the awards"),
    ("counted_in_meeting", "a count of people at the meeting"),
    ("inside_name", "the number is part of a name, not a count"),
    ("approximate", "an approximate total"),
    ("among_total", "the population the recipients come from, not the recipients"),
    ("future", "an award still to come"),
    ("opinion", "an award deserved or wished for, not given"),
    ("ceremony_attendees", "people attending the ceremony, not its recipients"),
    ("indefinite_article", "'một' is the article 'a' here, not a count"),
)


@dataclass
class _Count:
    start: int  # the number
    end: int  # the end of the recipient phrase
    value: int
    kind: str  # collective | individual
    per_award: bool
    phrase: recipients.Phrase | None  # None for medals counted by themselves ("04 Kỷ niệm chương")
    candidate: Candidate
    form: str | None = None
    form_at: int = -1  # where the chosen form starts
    form_word: str = ""  # the lexicon's form as matched ("huy hiệu"), to tell one honour's breakdown
    by: str | None = None
    reason: str | None = None
    sentence: int = -1  # where its sentence starts: two counts of one sentence are two awards, never a restatement
    total: _Count | None = None  # the total this count is a part of
    parts: list[_Count] = field(default_factory=list)
    lead: int = -1  # where the class word stands when it is written before its count ("Số tập thể ... là 12")
    joined: _Count | None = None  # the count this one is coordinated with, right before it ("12 tập thể và | 25 ...")


def _counts(text: str, a: int, b: int, form_starts: list[int]) -> list[_Count]:
    """Every number followed by a recipient phrase (or a medal) in ``text[a:b]``.

    A recipient phrase ends where an award form begins: "tặng 14 tập thể |
    Bằng khen" names the recipients, then what they receive.
    """
    out = []
    for m in _number_re().finditer(text, a, b):
        if m.group("n"):
            if _LABEL_BEFORE.search(text, max(a, m.start() - 12), m.start()):
                continue
            value: int | None = int(m.group("n").replace(".", ""))
        else:
            if _NOT_WORD_COUNT.search(text, max(a, m.start() - 8), m.start()):
                continue
            if not numbers.opens_number(m.group("w").split()[0]):
                continue  # "đầu tư cơ sở": "tư" only counts inside a number ("hai mươi tư")
            value = numbers.words_to_int(m.group("w"))
        if not value:
            continue
        p = recipients.at(text, m.end(), b)
        if p is None:
            continue
        end = p.end
        f = bisect.bisect_right(form_starts, p.head_end)
        if f < len(form_starts) and form_starts[f] < end:
            end = form_starts[f]
            while end > p.head_end and text[end - 1] == " ":
                end -= 1
        c = Candidate(FIELD, text[m.start() : end], m.start(), end)
        c.add("counted_recipient", p.start, p.head_end, p.head)
        named = _inside_name(text, a, m.start(), form_starts)
        if named is not None:
            c.add("inside_name", named, m.start(), text[named : m.start()].strip())
        if p.misspelt:
            c.add("recipient_misspelt", p.start, p.head_end, p.misspelt)
        out.append(_Count(m.start(), end, value, p.kind, bool(m.group("luot")), p, c))
    # "Tặng Giấy khen: tập thể 05, cá nhân 12": the class word first, as a summary table writes it.
    for m in _HEAD_FIRST.finditer(text, a, b):
        kind = recipients.kind_of(text, m.start("head"), m.end("head"))
        if kind not in ("collective", "individual"):
            continue
        head = m.group("head")
        p = recipients.Phrase(m.start("head"), m.end("head"), m.end("head"), head.casefold(), kind, "", None)
        c = Candidate(FIELD, m.group(0), m.start(), m.end())
        c.add("counted_recipient", p.start, p.head_end, head)
        out.append(_Count(m.start(), m.end(), int(m.group("n")), kind, False, p, c))
    # "Số tập thể được tặng Giấy khen là 12": the class word and the form before the count.
    counted = {k.start for k in out}
    for m in _class_then_count().finditer(text, a, b):
        if (m.start("n") if m.group("n") else m.start("w")) in counted:
            continue  # "... là 30 người": the count before its own noun is read as any other
        if not _forms_re().search(text, m.start("pred"), m.end("pred")) and not _GOT_REWARD.search(
            text, m.start("pred"), m.end("pred")
        ):
            continue
        value = int(m.group("n")) if m.group("n") else numbers.words_to_int(m.group("w"))
        if not value:
            continue
        head = m.group("head")
        kind = "collective" if head.casefold() == "tập thể" else "individual"
        c = Candidate(FIELD, m.group(0), m.start(), m.end())
        c.add("counted_recipient", m.start("head"), m.end("head"), head)
        n_at = m.start("n") if m.group("n") else m.start("w")
        out.append(_Count(n_at, m.end(), value, kind, False, None, c, lead=m.start("head")))
    # "trao 04 Kỷ niệm chương", "tặng 6 Cờ thi đua": one piece per recipient.
    first, then, whose = _counted_forms()
    for head in first.finditer(text, a, b):
        m: regex.Match[str] | None = head
        while m is not None:
            kind = whose[m.group("f").casefold()]
            if kind == "recipient":
                kind = _named_recipients(text, m.end(), b) or ""
            start, end = m.start("n"), m.end("n")
            if kind:
                c = Candidate(FIELD, text[start:end], start, end)
                c.add("counted_medals", start, m.end(), m.group("f"))
                out.append(_Count(start, end, int(m.group("n").replace(".", "")), kind, False, None, c))
            form = _forms_re().match(text, m.start("f"), b)
            m = then.match(text, _form_at(text, form, b)[1] if form else m.end(), b)
    out.sort(key=lambda k: k.start)
    return out


def _inside_name(text: str, a: int, pos: int, form_starts: list[int]) -> int | None:
    """Where the name starts that the count at ``pos`` qualifies ("lực lượng Công an hai xã", "Hội LHPN 3 xã"), or None.

    A capitalised word (with its own lower-case syllable: "Công an") right
    before a count is a name's, unless it opens its chunk ("Có 8 tập thể",
    "Trong 55 đảng viên") or ends an award form ("Bằng Khen 5 tập thể",
    "tặng Bằng khen 14 tập thể", "Huân chương Lao động hạng Ba 2 tập thể").
    """
    prev = _PREV_WORD.search(text, max(a, pos - 40), pos)
    if prev is None or not prev.group(1)[-1].isalnum():
        return None
    name = prev.start(1)
    if not prev.group(1)[:1].isupper():
        # "Công an | hai huyện": a name's own lower-case syllable right before the count
        before = _PREV_WORD.search(text, max(a, name - 30), name)
        if (
            before is None
            or not before.group(1)[:1].isupper()
            or phrases.body_end(text, before.start(1), pos) < prev.end(1)
        ):
            return None
        name = before.start(1)
    if phrases.is_function_word(text[name : text.find(" ", name, pos)].casefold()):
        return None  # "Trong số 18 tác giả": a sentence's opening word, not a name
    if not _NONBLANK.search(text, a, name) or _CHUNK_END.search(text, max(a, name - 3), name):
        return None
    f = bisect.bisect_left(form_starts, name + 1) - 1
    if f >= 0 and name - form_starts[f] < 80:
        form = _forms_re().match(text, form_starts[f], pos) or _GOT_REWARD.match(text, form_starts[f], pos)
        if form is not None and _form_at(text, form, pos)[1] >= prev.end(1):
            return None
    return name


def _named_recipients(text: str, pos: int, b: int) -> str | None:
    """The class of the uncounted recipients named after counted forms ("cho các tập thể"), or None.

    None when none is named, when a count names them (the count is the
    award), or when they are a mixed pair ("cho các tập thể, cá nhân").
    """
    to = _TO_RECIPIENTS.search(text, pos, min(b, pos + RECIPIENT_REACH))
    if to is None:
        return None
    p = recipients.at(text, to.end(), b)
    if p is None:
        return None
    sep = _MIXED_SEP.match(text, p.head_end, b)
    other = recipients.kind_of(text, sep.end(), b) if sep else None
    return None if other is not None and other != p.kind else p.kind


def _all_forms(text: str) -> list[FormMatch]:
    """The award forms of the text, in order.

    Not inside a body's name ("Ban Thi đua - Khen thưởng"); not a document
    an office issues ("cấp Giấy chứng nhận quyền sử dụng đất"); not the
    content of a certificate just before it ("giấy công nhận | danh hiệu
    ..."): the certificate is the form given; a prize rank only when it is
    given ("trao giải Nhất cho ...", not "đoạt giải nhất").
    """
    found = [
        m
        for m in _form_matches(text)
        if not _IN_BODY_NAME.search(text, max(0, m.start() - 16), m.start())
        and not _ISSUED.search(text, max(0, m.start() - 16), m.start())
    ]
    found += _GOT_REWARD.finditer(text)
    if "khen" in text or "Khen" in text or "KHEN" in text:
        found += (m for m in _PRAISE.finditer(text) if _commends(text, m))
    found += _PRIZE_GIVEN.finditer(text)
    found.sort(key=lambda m: m.start())
    out: list[FormMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if _PRIZE_RANK.fullmatch(m.group(0)) and not (
            _given_prize(text, m)
            or (
                prev is not None
                and _PRIZE_RANK.fullmatch(prev.group(0))
                and _NEXT_PRIZE.fullmatch(text, prev.end(), m.start())
            )
        ):
            continue  # "3 học sinh đoạt giải nhất": a contest's result, not an award handed out
        if (
            prev is not None
            and m.group(0).casefold() == "danh hiệu"
            and prev.group(0).casefold() in _CONTAINER_FORMS
            and not text[prev.end() : m.start()].strip()
        ):
            continue
        out.append(m)
    return out


def _commends(text: str, m: FormMatch) -> bool:
    """Whether "khen" alone is the award: it governs a count right after it, or is passive after "được"."""
    gap = _PRAISE_GOVERNS.match(text, m.end())
    if gap is not None and _number_re().match(text, gap.end()):
        return True
    return bool(_PRAISE_PASSIVE.search(text, max(0, m.start() - 70), m.start()))


def _given_prize(text: str, m: FormMatch) -> bool:
    """Whether the prize rank ``m`` is handed out: a giving verb before it, over a count of prizes
    ("trao 5 giải Nhất"), or a passive giving it to someone ("giải Nhất được trao cho 2 đội").

    The count of prizes between must be a number ("trao hai giải Nhì", not "trao cho học sinh giải Nhì").
    """
    lo = max(0, m.start() - PRIZE_VERB_REACH)
    for before in _GIVES_PRIZE.finditer(text, lo, m.start(), overlapped=True):
        if before.group("count") is None or _is_count(before.group("count")):
            return True
    return bool(_PRIZE_GIVEN_TO.match(text, m.end()))


def _is_count(words: str) -> bool:
    """Whether ``words`` is a number written in digits or words ("5", "hai mươi")."""
    if words.isdigit():
        return True
    first = words.split()[0]
    return numbers.opens_number(first) and bool(numbers.words_to_int(words))


def _own_rank(
    text: str, k: _Count, counts: list[_Count], clause: tuple[int, int], chosen: tuple[FormMatch, str] | None
) -> str:
    """The count's form with the class written beside the count, when the honour's name was elided.

    "Huân chương Lao động hạng Nhì cho 3 tập thể và hạng Ba cho 5 cá nhân":
    the five individuals receive "Huân chương Lao động hạng Ba". A class counts
    only when it stands alone (the word before it is not part of an honour's
    name) and touches the count: right before it ("hạng Ba cho 5 cá nhân",
    "hạng Ba: 5 cá nhân") or right after it ("5 cá nhân nhận hạng Ba").
    """
    form = k.form or ""
    own = _RANK.search(form)
    if own is None:
        return form
    i = counts.index(k)
    lo = counts[i - 1].end if i else clause[0]
    hi = counts[i + 1].start if i + 1 < len(counts) else clause[1]
    if chosen is not None:
        m = chosen[0]
        span = (m.start(), m.start() + len(form))
    else:
        span = (-1, -1)
    for r in _RANK.finditer(text, lo, hi):
        word = _PREV_WORD.search(text, max(0, r.start() - 20), r.start())
        if span[0] <= r.start() < span[1] or (word and word.group(1)[:1].isupper()):
            continue  # a class inside an honour's own name ("Lao động hạng Ba")
        before = r.end() <= k.start and _RANK_THEN_COUNT.fullmatch(text, r.end(), k.start)
        after = r.start() >= k.end and _COUNT_THEN_RANK.fullmatch(text, k.end, r.start())
        if before or after:
            return form[: own.start()] + r.group(0)[0].lower() + r.group(0)[1:] + form[own.end() :]
    return form


def _form_at(text: str, m: FormMatch, limit: int) -> tuple[str, int]:
    """The form as written, with the name of a specific honour after it.

    An honour's name starts with a capital and goes on over capitalised words,
    a class ("hạng Ba") and the lower-case syllables Vietnamese leaves in a
    name ("Huy hiệu Tuổi trẻ sáng tạo", "danh hiệu Lao động tiên tiến"), up to
    a linking word, a time word or punctuation; a Party badge may be named
    by its years ("Huy hiệu 40 năm tuổi Đảng").
    """
    end = m.end()
    word = m.group(0).casefold()
    if word == "huy hiệu":
        years = _BADGE_YEARS.match(text, end, limit)
        if years:
            return text[m.start() : years.end()], years.end()
    if word in _NAMED_FORMS:
        for n in range(MAX_HONOUR_WORDS):
            w = _HONOUR_WORD.match(text, end, limit)
            if w:
                end = w.end()
                continue
            low = _HONOUR_SYLLABLE.match(text, end, limit) if n else None
            if low is None or low.group(1) in _NOT_HONOUR_SYLLABLES or phrases.is_function_word(low.group(1)):
                break
            end = low.end()
    return text[m.start() : end], end


@lexicon.cached
def _name_tail() -> regex.Pattern[str]:
    """A personal name ending a subject ("Chủ tịch UBND huyện | Nguyễn Văn An"): the title is the giver."""
    surnames = "|".join(regex.escape(w) for w in sorted(lexicon.lines("surnames.txt"), key=len, reverse=True))
    return regex.compile(r"\s+(?:" + surnames + r")(?:\s+\p{Lu}\p{Ll}*){1,3}\s*$")


def _giver_end(text: str, s: int, limit: int) -> int:
    """Where a giver's name that starts at ``s`` ends: a body's name, and what continues it.

    Past :func:`phrases.body_end`: a place's abbreviation ("UBND TP. Hồ Chí
    Minh", "UBND Q. Tân Bình"), up to two lower-case syllables before a
    capitalised word ("Công đoàn | ngành | Y tế", "Hội Cựu chiến | binh | Việt
    Nam"), and "và" before a capitalised word that does not start a body of
    its own ("Sở Giáo dục | và | Đào tạo", not "UBND tỉnh và Ban Thường vụ").
    """
    e = phrases.body_end(text, s, limit)
    for _ in range(MAX_SUBJECT_WORDS):
        last = _PREV_WORD_START.search(text, s, e)
        compound = recipients.compound_end(text, last.start(), limit) if last is not None else e
        if compound > e:
            e = phrases.extend(text, compound, limit)  # "Hội Nhà | báo": a noun whose syllable is also a verb
            continue
        more = _NAME_GOES_ON.match(text, e, limit)
        if more is None or (
            (more.group("and") or more.group("dash"))
            and is_body(text[more.end() : phrases.body_end(text, more.end(), limit)])
        ):
            break
        low = more.group("low")
        if low and any(phrases.is_function_word(w) for w in low.split()):
            break
        nxt = phrases.body_end(text, more.end(), limit)
        if nxt <= more.end():
            break
        e = nxt
    return e


def _named_giver(text: str, s: int, e: int) -> str | None:
    """The body or title that is all of ``text[s:e]`` (a personal name after a title dropped), or None.

    The verb after it bounds the subject, so a body's own lower-case words
    count ("Hội Cựu chiến binh huyện", "Công đoàn công ty"), as long as none
    is a function word, unless it is the second syllable of a capitalised
    word ("Hội Nhà báo").
    """
    while s < e and text[s] in " ,":
        s += 1
    if s >= e or not text[s].isupper():
        return None
    name = _name_tail().search(text, s, e)
    if name:
        e = name.start()
    phrase = text[s:e].strip(" ,")
    if not phrase:
        return None
    if _giver_end(text, s, e) >= s + len(phrase):
        return phrase if is_body(phrase) or phrases.starts_title(phrase) else None
    words = phrase.split()
    if not (is_body(phrase) or phrases.starts_title(phrase)) or len(words) > MAX_SUBJECT_WORDS:
        return None
    for prev, w in itertools.pairwise(words):
        if not w.isalpha() or (w.islower() and phrases.is_function_word(w) and not prev[:1].isupper()):
            return None
    return phrase


def _giver(text: str, clause: tuple[int, int], form_start: int | None, form_end: int | None) -> str | None:
    """The awarding body, by the first frame that names it.

    "FORM của/do X"; "được X tặng FORM"; "Thay mặt X, ... trao FORM"; the
    subject of the verb right before the form ("Bộ A tặng Bằng khen ..., Bộ B
    tặng Giấy khen ...": each its own); the clause's subject.
    """
    a, b = clause
    if form_end is not None:
        of = _OF.match(text, form_end, b)
        if of:
            s = of.end()
            return text[s : _giver_end(text, s, b)].strip(" ,") or None
    anchor = form_start if form_start is not None else b
    lo = max(a, anchor - GIVER_REACH)
    by = None
    for m in _BY_PASSIVE.finditer(text, lo, anchor):
        s = m.end()
        e = _giver_end(text, s, b)
        if _THEN_VERB.match(text, e, b):
            by = text[s:e].strip(" ,")
    if by:
        return by
    behalf = None
    for m in _ON_BEHALF.finditer(text, lo, anchor):
        behalf = m
    if behalf is not None:
        s = behalf.end()
        e = _giver_end(text, s, anchor)
        named = _named_giver(text, s, e)
        if named:
            return named
    if form_start is not None and _CEREMONY_NAMED.search(text, max(a, form_start - 16), form_start):
        return None  # "Thành đoàn tổ chức Lễ tuyên dương ...": the ceremony's organiser is not the giver
    if form_start is not None:
        pred = _PREDICATE_BEFORE.search(text, max(a, form_start - 60), form_start)
        p = pred.start() if pred else form_start
        start = a
        for m in _SUBJECT_START.finditer(text, max(a, p - 120), p):
            if "và" in m.group(0) and not is_body(text[m.end() : phrases.body_end(text, m.end(), p)]):
                continue  # "Sở Giáo dục và Đào tạo": one body's name goes on over "và"
            start = m.end()
        lead = _LEAD.match(text, start, p)
        named = _named_giver(text, lead.end() if lead else start, p)
        if named:
            return named
    starts = [a]
    for at in _anchors(text, lo, anchor):  # "...Nhân dịp này, UBND tỉnh tặng"
        comma = text.find(",", at, min(anchor, at + 60))
        if comma >= 0:
            starts.append(comma + 1)
    lead = _LEAD.match(text, starts[-1], b)
    s = lead.end() if lead else starts[-1]
    while s < b and text[s] == " ":
        s += 1
    if s < b and text[s].isupper():
        e = _giver_end(text, s, b)
        aux = _AUX_TAIL.search(text, s, e)  # "UBND huyện | tổ chức tuyên dương": an auxiliary read as the name's
        if aux is not None and aux.start() > s:
            e = aux.start()
        for end in (e, text.rfind(" ", s, e)):  # "Hội khen | thưởng": the verb's first syllable read as the name's
            phrase = text[s:end].strip(" ,")
            if end > s and (is_body(phrase) or phrases.starts_title(phrase)) and _SUBJECT_VERB.match(text, end, b):
                name = _name_tail().search(text, s, end)  # "Chủ tịch UBND tỉnh | Trần Thị Mai": the title
                return text[s : name.start()].strip(" ,") if name and name.start() > s else phrase
    return None


def _clauses(seg: Segment) -> list[tuple[int, int]]:
    return [(seg.start + m.start(), seg.start + m.end()) for m in _CLAUSE.finditer(seg.text)]


class _Clause:
    """One clause's forms, counts and markers, found once, so each count is weighed in O(log n)."""

    def __init__(
        self,
        text: str,
        a: int,
        b: int,
        forms: list[FormMatch],
        counts: list[_Count],
        period: regex.Match[str] | None = None,
    ) -> None:
        self.text, self.a, self.b = text, a, b
        self.period = period  # a period opening the sentence ("Giai đoạn 2018-2023, ...")
        self.future_lead = _FUTURE_LEAD.match(text, a, b)
        self.forms, self.counts = forms, counts
        self.form_starts = [f.start() for f in forms]
        self.form_ends = [f.end() for f in forms]
        self.count_starts = [k.start for k in counts]
        # For each form, the first form at or after it that does not govern a count of its own.
        self.free_from: list[int] = [len(forms)] * (len(forms) + 1)
        for n in range(len(forms) - 1, -1, -1):
            self.free_from[n] = self.free_from[n + 1] if self._governs(forms[n]) else n
        self.past = list(_PAST_TOTAL.finditer(text, a, b))
        self.past_ends = [m.end() for m in self.past]
        self.anchors = _anchors(text, a, b)
        self.nominations = list(_NOMINATION.finditer(text, a, b))
        self.nomination_ends = [m.end() for m in self.nominations]
        self.award_verbs = [m.start() for m in _AWARD_VERB.finditer(text, a, b)]
        self._givers: dict[int, str | None] = {}
        self._opinions: bool | None = None  # whether the clause voices an opinion at all, found on first need

    def _governs(self, form: FormMatch) -> bool:
        """Whether the form governs a count right after it ("tôn vinh 77 cá nhân", "Bằng khen của X cho 5 ...")."""
        _, end = _form_at(self.text, form, self.b)
        i = bisect.bisect_left(self.count_starts, end)
        if i == len(self.count_starts) or self.count_starts[i] - end > 80:
            return False
        return bool(_GOVERN_GAP.fullmatch(self.text, end, self.count_starts[i]))

    def choose_form(self, k: _Count) -> tuple[FormMatch, str] | None:
        """The form of count ``k``, and how it was found.

        A form written with the count ("4 đơn vị nhận Huân chương ...") wins;
        else the last form before it; else the first form after it that does
        not govern a count of its own ("50 gương ... và tôn vinh 77 cá nhân").
        """
        n = self.free_from[bisect.bisect_left(self.form_starts, k.end)]
        later = self.forms[n] if n < len(self.forms) else None
        if later is not None and later.start() - k.end <= 80 and _ATTACHED.match(self.text, k.end, later.start()):
            return later, "form_with_count"
        shared = self._shared_predicate(k)
        if shared is not None:
            return shared, "form_with_count"
        p = bisect.bisect_right(self.form_ends, k.start)  # forms do not overlap: their ends are in order
        if p > 0:
            return self.forms[p - 1], "form_in_clause"
        if later is not None:
            return later, "form_in_clause"
        return None

    def _shared_predicate(self, k: _Count) -> regex.Match[str] | None:
        """The form of the predicate that coordinated counts share ("4 tập thể, 10 cá nhân | nhận Bằng khen").

        The form is written with the last count of the coordination, no form
        stands between ``k`` and that count, and no form before governs the
        coordination as its object.
        """
        first = k
        while first.joined is not None:
            first = first.joined
        p = bisect.bisect_right(self.form_ends, first.start)
        if p and _GOVERN_GAP.fullmatch(self.text, _form_at(self.text, self.forms[p - 1], self.b)[1], first.start):
            return None  # "tặng giấy khen cho 3 tập thể, 5 cá nhân được ...": the object of the form before
        i = bisect.bisect_left(self.count_starts, k.start)
        last = k
        while i + 1 < len(self.counts) and self.counts[i + 1].joined is self.counts[i]:
            i += 1
            last = self.counts[i]
        if last is k or bisect.bisect_left(self.form_starts, k.end) != bisect.bisect_left(self.form_starts, last.start):
            return None
        n = self.free_from[bisect.bisect_left(self.form_starts, last.end)]
        later = self.forms[n] if n < len(self.forms) else None
        if later is not None and later.start() - last.end <= 80 and _ATTACHED.match(self.text, last.end, later.start()):
            return later
        return None

    def giver(self, form_start: int, form_end: int) -> str | None:
        if form_start not in self._givers:
            self._givers[form_start] = _giver(self.text, (self.a, self.b), form_start, form_end)
        return self._givers[form_start]

    def written_after(self, k: _Count, chosen: tuple[FormMatch, str] | None) -> bool:
        """Whether the chosen form follows the count with no count between ("70 đại biểu ... được khen thưởng")."""
        if chosen is None or chosen[0].start() < k.end:
            return False
        i = bisect.bisect_left(self.count_starts, k.end)
        return i == len(self.count_starts) or self.count_starts[i] >= chosen[0].start()

    def past_total(self, k: _Count) -> regex.Match[str] | None:
        """The last past-total marker before the count, unless an event anchor brings the story back after it.

        A period opening the sentence governs every clause of it.
        """
        i = bisect.bisect_right(self.past_ends, k.start)
        past = self.past[i - 1] if i else self.period
        if past is None:
            return self.past_after(k)
        if past is not self.period:
            reach = max(self.a, past.start() - CHUNK_REACH)
            chunk = self.text.rfind(",", reach, past.start()) + 1 or reach
            if _REASON_OPEN.search(self.text, max(chunk, self.a), past.start()):
                return None
        j = bisect.bisect_left(self.anchors, past.end())
        return None if j < len(self.anchors) and self.anchors[j] < k.start else past

    def past_after(self, k: _Count) -> regex.Match[str] | None:
        """A past period after the count, up to the next count, with no merit between that it would date."""
        head_end = k.phrase.head_end if k.phrase is not None else k.end
        j = bisect.bisect_right(self.count_starts, k.start)
        stop = min(self.b, head_end + PAST_AFTER_REACH, self.count_starts[j] if j < len(self.count_starts) else self.b)
        past = _PAST_AFTER.search(self.text, head_end, stop)
        if past is None or _MERIT.search(self.text, head_end, past.start()):
            return None
        return past

    def planned(self, k: _Count) -> regex.Match[str] | None:
        """A plan, registration or future that governs the count's predicate.

        A plan opening the clause governs all of it ("Dự kiến, ..."); else a
        marker between the last comma before the count (or its form, when the
        form comes first) and the later of the count's head and its form.
        """
        if self.future_lead:
            return self.future_lead
        first = min(k.start, k.form_at) if k.form_at >= 0 else k.start
        lo = self.text.rfind(",", max(self.a, first - CHUNK_REACH), first) + 1 or max(self.a, first - CHUNK_REACH)
        head_end = k.phrase.head_end if k.phrase is not None else k.end
        return _FUTURE.search(self.text, max(lo, self.a), max(head_end, k.form_at))

    def opinion(self, k: _Count) -> regex.Match[str] | None:
        """An opinion or wish that governs the count's predicate, in the same chunk as :meth:`planned` reads."""
        if self._opinions is None:
            words = self.text[self.a : self.b]
            cues = any(w in words for w in _OPINION_CUES)  # a plain substring test before the pattern
            self._opinions = bool(cues and _OPINION.search(self.text, self.a, self.b))
        if not self._opinions:
            return None
        first = min(k.start, k.form_at) if k.form_at >= 0 else k.start
        lo = self.text.rfind(",", max(self.a, first - CHUNK_REACH), first) + 1 or max(self.a, first - CHUNK_REACH)
        head_end = k.phrase.head_end if k.phrase is not None else k.end
        return _OPINION.search(self.text, max(lo, self.a), max(head_end, k.form_at))

    def nominated(self, k: _Count) -> regex.Match[str] | None:
        """A nomination that governs the count: before it, with no award verb after a comma between."""
        after = _NOMINATED_AFTER.match(self.text, k.end)
        if after:
            return after
        i = bisect.bisect_right(self.nomination_ends, k.start)
        if not i:
            return None
        last = self.nominations[i - 1]
        v = bisect.bisect_left(self.award_verbs, k.start)
        verb = self.award_verbs[v - 1] if v else -1
        if verb > last.end() and self.text.rfind(",", last.end(), verb) >= 0:
            return None  # "Từ 42 hồ sơ đề cử, Ban Thường vụ quyết định trao ...": a new predicate
        if _NEW_SUBJECT.search(self.text, last.end(), k.start):
            return None  # "Qua xét chọn từ 80 hồ sơ, Hội đồng đã chọn 12 cá nhân để tuyên dương": a new subject
        return last


def _ceremony_attendees(text: str, k: _Count, chosen: tuple[FormMatch, str] | None) -> regex.Match[str] | None:
    """What shows a count of people met at the meeting (``after`` heads: "đại biểu") to be attendees.

    They represent the recipients ("40 đại biểu đại diện các tập thể được
    tuyên dương"), or the form after them names the ceremony they attend
    ("250 đại biểu điển hình tiên tiến về dự lễ tôn vinh"); a ceremony's name
    before the count governs it ("Lễ tuyên dương 120 đại biểu") and is an award.
    """
    if k.phrase is None or k.phrase.flag != "after":
        return None
    represents = _REPRESENTS.match(text, k.phrase.head_end)
    if represents is not None:
        return represents
    if chosen is None or chosen[0].start() < k.end:
        return None
    return _CEREMONY_NAMED.search(text, max(k.end, chosen[0].start() - 16), chosen[0].start())


def _governed(text: str, k: _Count, chosen: tuple[FormMatch, str] | None) -> bool:
    """Whether the chosen form governs the count right after it ("tuyên dương 120 đại biểu tiêu biểu")."""
    if chosen is None or chosen[0].end() > k.start:
        return False
    return bool(_GOVERN_GAP.fullmatch(text, _form_at(text, chosen[0], k.start)[1], k.start))


def _article(text: str, a: int, k: _Count, chosen: tuple[FormMatch, str] | None) -> bool:
    """Whether "một" alone in its clause is the article "a", not the count 1.

    It counts when the award is written with it ("Dịp này, một tập thể được
    tặng Cờ thi đua", "tặng Bằng khen cho một tập thể"), unless it stands in
    apposition to a name ("Nhạc sĩ X, một người rất trẻ được nhận ...").
    """
    if chosen is None:
        return True
    attached = chosen[1] == "form_with_count" or _governed(text, k, chosen)
    return not attached or bool(_APPOSITION.search(text, max(a, k.start - 40), k.start))


def _receives(text: str, a: int, k: _Count) -> bool:
    """Whether the count's own words receive or select ("chọn được 03 tập thể", "5 cá nhân được nhận")."""
    end = k.phrase.head_end if k.phrase is not None else k.end
    return bool(_RECEIVES_BEFORE.search(text, max(a, k.start - 30), k.start) or _RECEIVES_AFTER.match(text, end))


def _weigh(text: str, cl: _Clause, k: _Count) -> None:
    """The reasons against a count, each scoped to it."""
    a, b = cl.a, cl.b
    c = k.candidate
    past = cl.past_total(k)
    if past:
        c.add("inside_past_total", past.start(), past.end(), past.group(0))
    holding = _HOLDING.search(text, max(a, k.start - 40), k.start)
    if holding and _STATUS.search(text, k.end, min(b, k.end + 120)):
        c.add("holding", holding.start(), holding.end(), holding.group(0).strip())
    among = _AMONG.search(text, max(a, k.start - 24), k.start)
    if among:
        reach = max(a, among.start() - CHUNK_REACH)
        chunk = text.rfind(",", reach, among.start()) + 1 or reach
        if text[max(chunk, a) : among.start()].strip(" *+•-\n") and not _ONE_OF.search(
            text, max(a, among.start() - 12), among.start()
        ):
            c.add("among_total", among.start(), k.end, k.candidate.text)
    approx = _APPROXIMATE.search(text, max(a, k.start - 14), k.start)
    if approx:
        c.add("approximate", approx.start(), approx.end(), approx.group(0).strip())
    future = cl.planned(k)
    if future:
        c.add("future", future.start(), future.end(), future.group(0))
    opinion = cl.opinion(k)
    if opinion:
        c.add("opinion", opinion.start(), opinion.end(), opinion.group(0))
    nom = cl.nominated(k)
    if nom:
        c.add("nomination", nom.start(), nom.end(), nom.group(0).strip())
    if k.phrase is not None:
        sep = _MIXED_SEP.match(text, k.phrase.head_end, b)
        other = recipients.kind_of(text, sep.end(), b) if sep else None
        if sep and other and other != k.kind and not _number_re().match(text, sep.end(), b):
            nxt = _NEXT_NOUN.match(text, sep.end(), b)
            c.add(
                "mixed_total",
                k.start,
                nxt.end() if nxt else sep.end(),
                text[k.phrase.start : nxt.end() if nxt else sep.end()],
            )


def _link_parts(
    text: str, clause: tuple[int, int], counts: list[_Count], before: _Count | None, still_open: _Count | None
) -> _Count | None:
    """Mark counts after "trong đó", "gồm", "cụ thể", a colon ... as parts of the total before them.

    ``before`` is the last count before the clause, the total a marker
    opening the clause refers to ("Hội khen thưởng 20 cá nhân. Trong đó, 5
    ..."); ``still_open`` is the total whose list of parts the clause before
    left open ("9 đồng chí, trong đó 2 ...; 3 ...; 4 ..."). Returns the total
    whose list is still open at the clause's end, or None: a count with no
    marker before it is a part only of a list a marker opened.
    """
    a = clause[0]
    total = still_open
    ends = [k.end for k in counts]
    for i, k in enumerate(counts):
        if _TOTAL_BEFORE.search(text, max(a, k.start - 10), k.start):
            total = k  # "Trong 55 đảng viên ... có 1 ...": the parts follow
            continue
        marker = None
        # the colon of "cá nhân được khen thưởng: 30" is the count's own, not a breakdown's
        for m in _PARTS.finditer(text, counts[i - 1].end if i else a, k.lead if k.lead >= 0 else k.start):
            marker = m
        if marker is not None:
            n = bisect.bisect_right(ends, marker.start(), 0, i)
            if n:
                total = counts[n - 1]
            else:
                total = (still_open or before) if marker.start() - a < 12 else None
        t = _of_kind(total, k.kind) if total is not None else None
        if t is not None and t not in counts and (k.kind != t.kind or k.value >= t.value):
            t = total = None  # not a part of the total a clause before opened
        if t is not None and t is not k:
            k.total = t
            t.parts.append(k)
    return total


def _of_kind(total: _Count, kind: str) -> _Count:
    """The total of ``kind`` among coordinated totals ending at ``total`` ("12 tập thể và 25 cá nhân, trong đó
    4 tập thể ..." → the 12); a single total stands for parts of any class (a mixed total's breakdown)."""
    t: _Count | None = total
    while t is not None:
        if t.kind == kind:
            return t
        t = t.joined
    return total


def _decide(k: _Count) -> None:
    """One decision per count: the reasons' weights, then the verdict of the strongest reason against."""
    c = k.candidate
    decide(c, "award", "left out")
    if not c.kept:
        c.verdict = next((v for name, v in _VERDICTS if c.has(name)), "no award form for it")


def statement(seen: list[Candidate]) -> tuple[int, int, str] | None:
    """The first award kept among ``seen`` (start, end, words): evidence for the event decision."""
    first = next((c for c in seen if c.kept), None)
    return (first.start, first.end, first.text) if first is not None else None


def find(
    doc: CleanText, sentences: list[Segment], happened: Event | None = None
) -> tuple[tuple[Award, ...], list[Candidate]]:
    """Every award count of the article; the same award stated twice is one entry."""
    text = doc.text
    all_forms = _all_forms(text)
    if not all_forms:
        return (), []
    form_starts = [f.start() for f in all_forms]
    found: list[_Count] = []
    previous: tuple[str, str | None] | None = None  # the form of the sentence before, and its giver
    prev_seg: Segment | None = None
    last_counts: list[_Count] = []
    open_total: _Count | None = None  # the total whose list of parts is open
    list_at = -1  # where the list whose items carry a form begins
    list_form: tuple[str, str | None] | None = None  # the form of a list opened by a line ending in ":"
    for seg in sentences:
        i = bisect.bisect_left(form_starts, seg.start)
        has_form = i < len(all_forms) and all_forms[i].start() < seg.end
        same_passage = prev_seg is not None and (
            "\n" not in text[prev_seg.end : seg.start] or bool(_CONTINUES.match(text, seg.start, seg.end))
        )
        if prev_seg is not None and _CARRY_END.search(prev_seg.text) and previous is not None:
            list_form = previous  # "Tặng Giấy khen cho:" opens a list whose items carry its form
            list_at = seg.start
        elif (
            prev_seg is not None
            and previous is not None
            and not last_counts
            and "\n" in text[prev_seg.end : seg.start]
            and _MARKED_BULLET.match(seg.text)
        ):
            list_form = previous  # "... khen thưởng các tập thể, cá nhân.\n- 12 tập thể ...": the award's items
            list_at = seg.start
        elif not _BULLET.match(seg.text):
            list_form = None
        listed = list_form is not None
        carried = list_form if listed else (previous if same_passage else None)
        if not has_form and carried is None:
            previous, prev_seg, last_counts = None, seg, []
            continue
        inherited: tuple[str | None, str | None] | None = None
        clause_by: str | None = None  # the giver of the clause before, for a clause that opens with its form
        period = _PERIOD_LEAD.match(text, seg.start, seg.end)
        before: _Count | None = last_counts[-1] if last_counts else None  # a total "Trong đó, ..." may refer to
        if not _BULLET.match(seg.text):
            open_total = None  # a list of parts goes on over its item lines, not into the next sentence
        seg_counts: list[_Count] = []
        sentence_form: tuple[str, str | None] | None = None
        for clause in _clauses(seg):
            a, b = clause
            lo, hi = bisect.bisect_left(form_starts, a), bisect.bisect_left(form_starts, b)
            forms = _given_forms(text, [f for f in all_forms[lo:hi] if f.end() <= b])
            counts = _counts(text, a, b, form_starts)
            for prev, k in itertools.pairwise(counts):
                if _JOINED.fullmatch(text, prev.end, k.start):
                    k.joined = prev
            if not counts:
                inherited = None if forms else inherited
                if forms and sentence_form is None:
                    f, e = _form_at(text, forms[0], b)
                    sentence_form = (f, _giver(text, clause, forms[0].start(), e))
                if open_total is not None and forms and _closes(forms[0], open_total):
                    open_total = None
                before = None if forms else before
                continue
            if open_total is not None and forms and _closes(forms[0], open_total):
                open_total = None  # a clause with an award of its own ends the breakdown before it
            open_total = _link_parts(text, clause, counts, before, open_total)
            before = counts[-1]
            cl = _Clause(text, a, b, forms, counts, period)
            for k in counts:
                c = k.candidate
                chosen = cl.choose_form(k)
                if chosen is not None:
                    m, how = chosen
                    k.form, end = _form_at(text, m, b)
                    k.form_word = m.group(0).casefold()
                    k.form_at = m.start()
                    k.by = cl.giver(m.start(), end)
                    if k.by is None and clause_by and _NO_SUBJECT.fullmatch(text, a, m.start()):
                        k.by = clause_by  # "...; (tặng) giấy khen cho 10 cá nhân": the subject of the clause before
                    c.add(how, m.start(), end, k.form)
                elif inherited is not None:
                    k.form, k.by = inherited
                    c.add("form_carried_clause", note=k.form or "")
                elif carried is not None and (listed or _receives(text, a, k)) and not _OTHER_GIFT.search(text, a, b):
                    k.form, k.by = carried
                    c.add("form_of_list" if listed else "form_carried", note=k.form)
                if k.form is not None:
                    k.form = _own_rank(text, k, counts, clause, chosen)
                attendees = _ceremony_attendees(text, k, chosen)
                if attendees is not None:
                    c.add("ceremony_attendees", attendees.start(), attendees.end(), attendees.group(0).strip())
                elif (
                    k.phrase is not None
                    and k.phrase.flag == "after"
                    and not cl.written_after(k, chosen)
                    and not _governed(text, k, chosen)
                ):
                    c.add("counted_in_meeting", k.start, k.end)
                _weigh(text, cl, k)
                if len(counts) == 1 and k.value == 1 and _ARTICLE.match(text, k.start) and _article(text, a, k, chosen):
                    c.add("indefinite_article", k.start, k.start + 3, "một")
                if k.form is not None:
                    inherited = (k.form, k.by)
                    sentence_form = sentence_form or (k.form, k.by)
                reason_m = _REASON.search(text, k.end, b)
                if reason_m:
                    k.reason = _NEXT_COUNT.split(reason_m.group(0).strip(" ,"), maxsplit=1)[0]
                k.sentence = list_at if listed else seg.start  # the items of one list are one statement
                seg_counts.append(k)
            clause_by = next((k.by for k in reversed(counts) if k.by), clause_by)
        for k in seg_counts:
            _decide(k)
        found += seg_counts
        previous = sentence_form if has_form or listed else None
        prev_seg, last_counts = seg, seg_counts
    _reconcile(found)
    kept = [k for k in found if k.candidate.kept]
    return tuple(_model(doc, group) for group in _dedupe(kept)), [k.candidate for k in found]


def _given_forms(text: str, forms: list[FormMatch]) -> list[FormMatch]:
    """The clause's forms less a title achieved after a form already given ("tặng Giấy khen cho 5 chi bộ
    | đạt danh hiệu trong sạch, vững mạnh"): the title is the recipients' merit, not their award."""
    if len(forms) < 2:
        return forms
    return forms[:1] + [f for f in forms[1:] if not _ACHIEVED.search(text, max(0, f.start() - 16), f.start())]


def _closes(form: FormMatch, total: _Count) -> bool:
    """Whether a clause whose first form is ``form`` ends the list of parts ``total`` opened.

    A clause with an award of its own does, unless the total was named by the
    umbrella word: its parts name their own forms ("20 hội viên được khen
    thưởng, trong đó: 5 ... Bằng khen; 15 ... Giấy khen").
    """
    return form.group(0).casefold() != total.form_word and total.form_word not in _UMBRELLA_FORMS


def _reconcile(found: list[_Count]) -> None:
    """A total stands for its parts; a mixed total's breakdown, or one by form, stands for it."""
    totals = {id(k.total): k.total for k in found if k.total is not None}
    by_form = {n for n, t in totals.items() if _split_by_form(t)}
    for k in found:
        t = k.total
        if t is None:
            continue
        if t.candidate.has("mixed_total"):
            k.candidate.add("breakdown_of_mixed_total", t.start, t.end, t.candidate.text)
        elif id(t) in by_form:
            k.candidate.add("breakdown_by_form", t.start, t.end, t.candidate.text)
        elif t.candidate.kept:
            k.candidate.add("part_of_total", t.start, t.end, t.candidate.text)
        _decide(k)
    for k in found:
        if id(k) in by_form and k.candidate.kept:
            k.candidate.add("split_by_form", k.start, k.end, ", ".join(p.form or "" for p in k.parts))
            _decide(k)


def _split_by_form(total: _Count) -> bool:
    """Whether a total's parts are awards of their own: each written with its own form or giver, no two alike.

    "khen thưởng 30 tập thể, trong đó 10 tập thể nhận Bằng khen, 20 tập thể
    nhận Giấy khen" states two awards (two forms, often two givers); the total
    only sums them. Parts that share the total's honour ("13 đồng chí nhận Huy
    hiệu Đảng, trong đó 2 đồng chí nhận Huy hiệu 80 năm") are its grades, and
    the total stands for them.
    """
    parts = [p for p in total.parts if p.kind == total.kind]
    if len(parts) < 2 or not all(p.candidate.has("form_with_count") for p in parts):
        return False
    words = [p.form_word for p in parts]
    awards = {(p.form_word, (p.by or "").casefold()) for p in parts}  # the same form from two givers is two awards
    return len(awards) == len(parts) and total.form_word not in words


def _dedupe(kept: list[_Count]) -> list[list[_Count]]:
    """Group restatements of one award: same count and class, forms alike, no giver against, other sentences.

    Forms are alike when equal, or when one is the umbrella word for any
    award ("khen thưởng": the lead's "khen thưởng 10 tập thể" and the body's
    "10 tập thể nhận Bằng khen"). Two equal counts of one sentence ("2 chi
    hội và 2 tổ hội") are two awards. Counts come in text order, so a group a
    count may join is one no count of its own sentence has joined yet; the
    groups of a count are looked through up to ``RESTATEMENT_REACH`` (dense
    text stays linear).
    """
    groups: list[list[_Count]] = []
    settled: dict[tuple[int, str], list[list[_Count]]] = {}  # groups last joined in an earlier sentence
    current: dict[tuple[int, str], list[list[_Count]]] = {}  # groups joined in the current sentence
    sentence = None
    for k in kept:
        if k.sentence != sentence:
            for key, touched in current.items():
                settled.setdefault(key, []).extend(touched)
            current, sentence = {}, k.sentence
        key = (k.value, k.kind)
        pool = settled.get(key, [])
        n = next(
            (
                i
                for i, g in enumerate(pool[:RESTATEMENT_REACH])
                if _alike(g[0].form, k.form)
                and (g[0].by is None or k.by is None or g[0].by.casefold() == k.by.casefold())
            ),
            None,
        )
        if n is None:
            groups.append([k])
            current.setdefault(key, []).append(groups[-1])
        else:
            twin = pool.pop(n)
            twin.append(k)
            current.setdefault(key, []).append(twin)
    return groups


def _alike(a: str | None, b: str | None) -> bool:
    fa, fb = (a or "").casefold(), (b or "").casefold()
    return fa == fb or fa in _UMBRELLA_FORMS or fb in _UMBRELLA_FORMS


def _model(doc: CleanText, group: list[_Count]) -> Award:
    first = group[0]
    recipient: Recipient = "collective" if first.kind == "collective" else "individual"
    named = next((k.form for k in group if (k.form or "").casefold() not in _UMBRELLA_FORMS), first.form)
    return Award(
        count=first.value,
        recipient=recipient,
        form=named,
        by=next((k.by for k in group if k.by), None),
        reason=next((k.reason for k in group if k.reason), None),
        per_award=first.per_award,
        spans=[
            doc.span(k.lead if k.lead >= 0 else k.start, k.end if k.phrase is None else k.phrase.head_end)
            for k in group
        ],
    )
