"""Schooling and work said in passing: what the open-claim reader's clause grammar leaves out.

"College wasn't in the cards for me", "homeschooled, never set foot in a school", "I've only got a bachelor's",
"left school at sixteen", "my year nine teacher", "eight years at boarding school", "during my residency in
paediatrics", "looking for work", "work's been mad this week", "retirement's years away": each becomes the claim
the checker compares with what else was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import SENTENCE_READERS, OpenClaim, read_statement
from .pastimes import LEAD

_KEYS = ("college", "uni", "school", "boarded", "boarding", "teacher", "grade", "bachelor", "postgrad", "graduate",
         "phd", "doctor", "dissertation", "thesis", "master", "degree", "residency", "medical", "nursing", "ward", "left",
         "dropped", "quit", "ged", "valedictorian", "class of", "work", "job", "commute", "office", "retire", "laid off", "shift",
         "hour", "taught", "coached", "tutored", "lectured", "nursed", "preached", "managed", "supervised", "abroad",
         "exchange", "erasmus", "manager", "supervisor", "foreman", "leader", "court")
_HYPOTHETICAL = re.compile(r"\b(?:if (?:i|only i)|would|could|might|wish|hope|someday|one day|going to|will|planning|"
                           r"plan to)\b")
_SOMEONE_ELSE = re.compile(r"\b(?:my|our|his|her|their) (?:son|daughter|kid|kids|child|children|boy|girl|wife|husband|"
                           r"partner|brother|sister|mum|mom|dad|father|mother|friend|niece|nephew|grandson|"
                           r"granddaughter)(?:'s)?\b|\b(?:he|she|they) (?:was|were|is|are|has|have|had)\b")

_NOT_FOR_ME = re.compile(rf"{LEAD}(?P<x>college|uni|university)(?: was| is)? (?:never |not |just not |not ever )"
                         r"(?:in the cards|on the cards|an option|in my future|something i could afford|"
                         r"for me,? (?:so |and )?i never went)\b")
_MY_DEGREE = re.compile(r"\bi (?:got|earned|did|finished|completed|have|took) (?:my|a|an) (?:bachelor'?s|bachelors|ba|bsc|"
                        r"undergraduate degree|undergrad degree|undergrad|degree)(?: degree)? (?:in|at) [a-z]|"
                        r"\bmy (?:only |first |undergraduate |undergrad |university |college )?degree(?:'s| is| was) "
                        r"(?:in|from) [a-z]|\bi graduated from (?:uni|university|college)\b|\bi graduated with a "
                        r"(?:first|2:1|2:2|third|degree|bachelor'?s)\b")


def _mine(sentence: str) -> bool:
    """Is the sentence about the speaker, not a hypothetical or someone else's schooling or job?"""
    return not _HYPOTHETICAL.search(sentence) and not _SOMEONE_ELSE.search(sentence)


def _said(statement: str, confidence: float = 0.8) -> list[OpenClaim]:
    return [replace(c, confidence=confidence) for c in read_statement(statement)]


_OLD_COLLEGE_MATE = re.compile(r"\bmy (?:old|former|best|first|favourite|favorite) (?:college|uni|university) "
                               r"(?:roommates?|room-mates?|flatmates?|housemates?|friends?|mates?|buddy|buddies|"
                               r"professors?|lecturers?|tutor|sweetheart|girlfriend|boyfriend|classmates)\b")


def college_claims(sentence: str) -> list[OpenClaim]:
    """"College wasn't in the cards for me", "uni was never an option": I never went to college. "My old
    college roommate": I went."""
    if _NOT_FOR_ME.match(sentence):
        return _said("i never went to college", 0.8)
    if _MY_DEGREE.search(sentence) and _mine(sentence):  # "I got my bachelor's in biology at Rutgers"
        return [replace(c, time="past", confidence=0.75) for place in ("college", "university")
                for c in _said(f"i went to {place}") if c.polarity == "affirm"]
    if _OLD_COLLEGE_MATE.search(sentence) and _mine(sentence):
        place = "university" if re.search(r"\b(?:uni|university) ", sentence) else "college"
        return [replace(c, time="past") for c in _said(f"i went to {place}") if c.polarity == "affirm"]
    return []


_SCHOOL_TEACHER = re.compile(r"\b(?:my|our) (?:old |favourite |favorite |first )?"
                             r"(?:year (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\d{1,2})|"
                             r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                             r"\d{1,2}(?:st|nd|rd|th)) grade|(?:primary|secondary|high|middle|grammar|elementary|junior|"
                             r"infant|infants|prep) school|form|homeroom|gcse|a-level|a level)"
                             r"(?: [a-z]+)? (?:teacher|form tutor|tutor|headmaster|headmistress|head teacher)\b")
_IN_GRADE_MY_TEACHER = re.compile(r"\b(?:in|back in) (?:year (?:[a-z]+|\d{1,2})|[a-z0-9]+ grade),? my (?:[a-z]+ )?"
                                  r"teacher\b")
_NEVER_IN_A_SCHOOL = re.compile(r"\b(?:never (?:set foot in|went to|been to|attended|stepped inside|sat in) "
                                r"(?:a |any )?(?:school|classroom))\b")
_HOMESCHOOLED_THROUGH = re.compile(r"\b(?:i|we) (?:was|were) home-?schooled (?:all the way through|throughout|"
                                   r"my whole (?:childhood|life)|my entire (?:childhood|life)|from start to finish|"
                                   r"right through|the whole way)")


def schooling_claims(sentence: str) -> list[OpenClaim]:
    """"My year nine teacher", "in sixth grade my teacher": I went to school. "Homeschooled all the way through",
    "never set foot in a school": I never did."""
    out: list[OpenClaim] = []
    if (_SCHOOL_TEACHER.search(sentence) or _IN_GRADE_MY_TEACHER.search(sentence)) and _mine(sentence):
        out.extend(c for c in _said("i went to school") if c.polarity == "affirm")
    if (_NEVER_IN_A_SCHOOL.search(sentence) and re.search(r"\b(?:i|we)\b", sentence)
            and "home" in sentence) or _HOMESCHOOLED_THROUGH.search(sentence):
        out.extend(_said("i never went to school", 0.85))
    return out


_BOARDED = re.compile(r"\b(?:(?:spent|did) (?:[a-z0-9-]+ )?(?:years?|terms?) (?:at|in) (?:a )?boarding school|"
                      r"(?:^|[,.;] )(?:my )?boarding school (?:taught|was|made|gave|days|years)|"
                      r"\bwhen i was (?:away )?at boarding school|\bi (?:was sent|went) (?:away )?to boarding school|"
                      r"\bi was (?:away )?at (?:a )?boarding school\b(?! (?:for|to) (?:a|the) (?:visit|day|match|game|open day))|"
                      r"\bi was a boarder\b)")
_NEVER_BOARDED = re.compile(r"\bnever boarded\b(?! a\b(?! (?:single )?(?:night|day|term|week))| the| an)")


def boarding_claims(sentence: str) -> list[OpenClaim]:
    """"Spent eight years at boarding school", "boarding school taught me": I went to boarding school; "never
    boarded anywhere": I never did (not "never boarded a plane")."""
    if _NEVER_BOARDED.search(sentence) and "school" in sentence or re.search(r"\bnever boarded(?: anywhere)?[,.!]|"
                                                                             r"\bnever boarded$|\bnever boarded a (?:single )?"
                                                                             r"(?:night|day|term|week)\b", sentence):
        return _said("i never went to boarding school", 0.8)
    if _BOARDED.search(sentence) and _mine(sentence):
        return [c for c in _said("i went to boarding school") if c.polarity == "affirm"]
    return []


_ONLY_BACHELORS = re.compile(r"\b(?:i (?:have )?only (?:got|have|hold|did)|i never (?:went|got) (?:past|beyond|further "
                             r"than)|i stopped at) (?:a |my |the )?(?:bachelor'?s|undergrad|undergraduate|ba|bsc)\b")
_NO_POSTGRAD = re.compile(r"\b(?:never|not) (?:did|do|done|went on to do|studied for|go on to) (?:any |a )?"
                          r"(?:postgrad|postgraduate|graduate school|grad school|postgraduate study|further study)\b")
_DOCTORAL = re.compile(r"\b(?:my (?:doctoral|phd) (?:thesis|dissertation|research|viva|defen[cs]e|supervisor|"
                       r"advisor)|(?:defending|defended|wrote|writing|submitted) my (?:doctoral |phd )?dissertation|"
                       r"my phd (?:viva|defen[cs]e)|i (?:have )?(?:finished|got|did|completed|earned|was awarded|passed) my "
                       r"(?:doctorate|phd)(?! (?:application|applications|place|offer)))\b")
_NO_DOCTORATE = re.compile(r"\bi (?:have )?never (?:did|done|got|finished|started|completed|went for) (?:a |my )?"
                           r"(?:phd|doctorate)\b")
_MASTERS = re.compile(r"\bmy (?:masters|master's|msc|ma) (?:thesis|dissertation|year|course|programme|program)\b")


def degree_level_claims(sentence: str) -> list[OpenClaim]:
    """"I've only got a bachelor's", "never did any postgrad": no master's, no doctorate. "My doctoral thesis",
    "defending my dissertation": a doctorate; "my master's thesis": a master's."""
    out: list[OpenClaim] = []
    if _ONLY_BACHELORS.search(sentence) or _NO_POSTGRAD.search(sentence):
        out.extend(_said("i do not have a phd", 0.8) + _said("i do not have a master's degree", 0.75))
    elif _NO_DOCTORATE.search(sentence):  # "never did a PhD" (a master's may well have been done)
        out.extend(_said("i do not have a phd", 0.8))
    if _mine(sentence):
        if _DOCTORAL.search(sentence):
            out.extend(c for c in _said("i have a phd") if c.polarity == "affirm")
        if _MASTERS.search(sentence):
            out.extend(c for c in _said("i have a master's degree") if c.polarity == "affirm")
    return out


_MEDICAL_WORK = re.compile(r"\b(?:(?:during|in|through|after) my (?:medical |surgical |first-year |first year )?"
                           r"residency\b(?! (?:permit|card|visa|application|status))|my residency (?:in|at) (?:the )?"
                           r"(?:paediatrics|pediatrics|surgery|medicine|psychiatry|radiology|anaesthetics|anesthesiology|"
                           r"obstetrics|emergency|a&e|cardiology|neurology|oncology|dermatology|hospital|[a-z]+ hospital)|"
                           r"my (?:nursing|ward|hospital|a&e|er) shifts?|when i was (?:a )?(?:junior doctor|medical student|"
                           r"student nurse|house officer|med student)|(?:^|, )as an? (?:junior )?(?:doctor|nurse|"
                           r"surgeon|paramedic|midwife|gp),? i\b)")
_NOT_MEDICAL = re.compile(r"\b(?:permanent|artist|artists|writer|writers|writing|art|tax|visa|legal) residency\b|"
                          r"\bresidency (?:at the|in the) (?:gallery|studio|theatre|theater|museum)")


def medical_training_claims(sentence: str) -> list[OpenClaim]:
    """"During my residency in paediatrics", "my nursing shifts", "when I was a junior doctor": medical training
    had (and kept), which "I have no medical training" denies."""
    if not _MEDICAL_WORK.search(sentence) or _NOT_MEDICAL.search(sentence) or not _mine(sentence):
        return []
    return [c for c in _said("i have medical training") if c.polarity == "affirm"]


_LEFT_EARLY = re.compile(r"\b(?:i|and|,) ?(?:left|quit) (?:high )?school (?:at|when i was) (?:14|15|16|fourteen|fifteen|"
                         r"sixteen)\b|\bi (?:dropped out of|quit) (?:high )?school\b|\bi (?:got|have|did) my ged\b|"
                         r"\bi dropped out (?:in |during |halfway through )?(?:my )?(?:freshman|sophomore|junior|senior) year\b"
                         r"(?! of (?:college|uni|university))")
# a course of study left unfinished: "I dropped out of my master's halfway through", "I quit my PhD"
_LEFT_UNFINISHED = re.compile(r"(?:\bi |^)(?:dropped out of|quit|abandoned|gave up on|gave up|left) (?:my |the |a |an )?"
                              r"(?P<x>master's|masters|phd|doctorate|degree|apprenticeship|a-levels|a levels|law school|"
                              r"med school|medical school|nursing school|college|uni|university)\b"
                              r"(?=$|[,.;!]| (?:after|halfway|in|at|because|when|to|and|but|so|last|before|during|for|"
                              r"aged|at|the|a|two|three|after|then|lol|though|without)\b)")
_FINISHED_SCHOOL = re.compile(r"\bi (?:was (?:the )?valedictorian|graduated (?:from )?high school|was class "
                              r"valedictorian|stayed on (?:at school )?to do (?:my )?a-?levels|stayed on at school)\b")


def school_leaving_claims(sentence: str) -> list[OpenClaim]:
    """"Left school at sixteen", "dropped out of high school", "got my GED": never finished high school.
    "Graduated high school", "was valedictorian", "stayed on to do A-levels": finished it."""
    if _HYPOTHETICAL.search(sentence):
        return []
    if _LEFT_EARLY.search(sentence):
        back = re.search(r"\b(?:went back|later|eventually|then) (?:and )?(?:finished|graduated|got my diploma)\b",
                         sentence)
        return [] if back else _said("i never finished high school", 0.8)
    if _FINISHED_SCHOOL.search(sentence):
        return [c for c in _said("i finished high school") if c.polarity == "affirm"]
    return []


_GONE_BACK = re.compile(r"(?<!never )(?<!not )\b(?:went back|later|eventually|then|again|second time|retook|resumed|"
                        r"re-enrolled|if|would|"
                        r"wish|might|thinking|considering|almost|nearly)\b")


def unfinished_study_claims(sentence: str) -> list[OpenClaim]:
    """"I dropped out of my master's halfway through, couldn't afford the fees", "quit my PhD": never finished it
    (not when one went back, nor when it is only thought of)."""
    if "drop" not in sentence and "quit" not in sentence and "gave" not in sentence and "abandon" not in sentence and \
            "left" not in sentence:
        return []
    unfinished = _LEFT_UNFINISHED.search(sentence)
    if unfinished is not None and "left" in unfinished.group(0).split() and not re.search(
            r"\bwithout (?:finishing|graduating|a degree|completing)\b", sentence):
        unfinished = None  # "I left uni in 2010" is no dropping out; "left uni without finishing" is
    if unfinished is None or _GONE_BACK.search(sentence):
        return []
    return [c for c in _said(f"i never finished my {unfinished.group('x')}", 0.8) if c.polarity == "deny"]


_JOB_HUNTING = re.compile(r"\bi am (?:currently |still |now )?(?:looking for (?:work|a job)(?=$|[,.!;]| (?:at the moment|"
                          r"right now|now|again|at present|these days|and|but|anywhere|everywhere))|job hunting|job-hunting|"
                          r"unemployed|on jobseeker'?s)\b|\bi (?:got|was|have been) (?:laid off|made redundant|let go)\b"
                          r"(?=.*\b(?:still looking|still searching|looking for|applying for|not found anything|"
                          r"no luck yet|nothing yet))")
_JOB_LOST = re.compile(r"\b(?:laid off|let go|made redundant|made me redundant|let me go|laid me off|lost my job|fired|sacked|"
                       r"quit|resigned|handed in my "
                       r"notice|got the boot|redundancy|closed down|shut down|went bust|went under)\b")
_WORK_BUSY = re.compile(rf"{LEAD}(?:work|my job)(?:'s| is| has| was| had)(?: been)? (?:so |really |absolutely |"
                        r"completely |totally )?(?:mad|crazy|insane|manic|hectic|brutal|busy|nuts|mental|relentless|"
                        r"full on|full-on|a nightmare|intense|exhausting|non-stop|stressful|tough|rough|draining|"
                        r"a slog|a grind|dead|slow|quiet)\b(?! for (?!me\b))(?=.*\b(?:today|this week|lately|at the moment|"
                        r"recently|right now|these days|all week)\b|[^a-z]*$)")
_ON_SHIFT = re.compile(rf"(?:{LEAD}|\bi (?:have |had |have just |just )?)(?:got|picked up|pulled|covered|worked|done|did|"
                       r"am on|start|started|finish|finished) (?:a|an|the|another|an extra|a double|a long|a late|"
                       r"an early|a night|the late|the early|the night|the morning|the evening|my) (?:[a-z-]+ )?shifts? "
                       r"(?:at|tonight|today|tomorrow|this|on|later|in)\b")
_MY_COMMUTE = re.compile(r"\bmy (?:daily |morning )?commute\b(?! (?:to|into) (?:school|college|uni|campus|class))")
# a working day said in passing: "I have to get up early for work tomorrow", "I hit the gym before work", "late for
# work again", "on my way to work", "I'm at work till six"
_OFF_TO_WORK = re.compile(r"\bi (?:(?:have|need|had|got) to |must |gotta |usually |always |often )?(?:get up|wake up|leave|"
                          r"head out|head off|set off|get ready|got ready|get dressed|got up|woke up|left)"
                          r"(?: early| late| at [a-z0-9:]+| really early)? (?:for|to) work\b(?! (?:out|on|off)\b)|"
                          r"\bi (?!(?:see|saw|pick|picked|kiss|drop|dropped|make|made|meet|met|miss|missed|call|called|"
                          r"take|took|help|helped|feed|fed|walk|walked|remember)\b)(?:[a-z]+ ){0,4}(?:before|after) work\b|"
                          r"\bi am (?:always |often |never |running |going to be )?late for work\b|"
                          r"\bon my way (?:to|home from) work\b|\bi am (?:still )?at work\b|"
                          r"\b(?:i (?:usually |always |often )?|^i am up [^,;]{0,40}? to )(?:get|catch|take) the (?:train|bus|"
                          r"tube|metro|subway|tram|ferry)(?: in)? (?:to|into|in to) (?:work|the office)\b(?! (?:supplies|supply|"
                          r"shop|store|party|building)\b)|"
                          r"\bi (?:usually |always |often )?commute (?:in )?(?:to|into) (?:work|the office)\b")
# a working day told of the past, of someone else or as a likeness: "when I was younger I had to get up at 5 for
# work", "I met my husband on my way to work", "I still wake up at 6 like I have to get ready for work"
_NOT_A_WORKDAY_NOW = re.compile(r"\b(?:was|were|met|once|when i was|younger|years ago|in college|back in|in \d{4}|"
                                r"for \d+ years|for (?:many|forty|thirty|twenty|ten|years) years|now i|like i|as if|"
                                r"my (?:wife|husband|partner|mom|mum|dad|son|daughter|kids?|children|boyfriend|girlfriend)"
                                r"(?:'s)? (?:\w+ )?(?:before|after|for|to) work)\b")
_RETIREMENT_AHEAD = re.compile(r"\bretirement(?:'s| is) (?:still )?(?:years|decades|ages|miles|a long way|a way) "
                               r"(?:away|off)\b|\bi am (?:still )?nowhere near retir(?:ing|ement)\b|"
                               r"\bi am years (?:away )?from retir(?:ing|ement)\b")


_MY_MANAGER = re.compile(r"\bmy (?:line )?(?:manager|supervisor|foreman|team leader|shift manager|store manager)\b"
                         r"(?=.*\b(?:shifts?|rota|overtime|work|office|desk|stay late|annual leave|pay rise|raise|"
                         r"promotion|appraisal|review|meeting|till|floor)\b)")


_I_RETIRED = re.compile(rf"(?:{LEAD}|[:;()!.,] )i (?:have )?(?:just |recently |finally |officially )?retired "
                        r"(?:from (?:the |my )?(?!competitive|professional|football|rugby|racing|boxing|the team|the band|"
                        r"the sport|playing|running|competing)[a-z]|in (?:19|20)\d\d|last|early|after|at \d|at [a-z]+ty)")


def retired_claims(sentence: str) -> list[OpenClaim]:
    """"hello :) I retired from the post office in 2018": retired now (news, which supersedes the job before)."""
    if not _I_RETIRED.search(sentence) or _HYPOTHETICAL.search(sentence):
        return []
    return [OpenClaim(predicate="be", object="retired", change=True, confidence=0.85)]


_NUMBERS = {"thirty": 30, "thirty-five": 35, "forty": 40, "forty-five": 45, "fifty": 50, "fifty-five": 55,
            "sixty": 60, "sixty-five": 65, "seventy": 70, "seventy-five": 75, "eighty": 80, "ninety": 90,
            "twenty": 20, "fifteen": 15, "ten": 10, "sixteen": 16, "eighteen": 18, "twelve": 12}
_HOURS_A_WEEK = re.compile(r"\bi (?:work|am working|am doing|am putting in|put in|am pulling|pull|do|clock|am clocking|"
                           r"have (?:done|worked|put in|clocked))(?: up)? (?:like |about |around |nearly |almost |over |"
                           r"at least |well over )?(?P<n>\d{2}|[a-z]+(?:-[a-z]+)?)(?:-| )hours? (?:a |per |every |this )?"
                           r"weeks?\b")


def hours_claims(sentence: str) -> list[OpenClaim]:
    """"I work 60-hour weeks", "I'm pulling like fifty hours a week": full-time (forty hours and up); "I do
    fifteen hours a week": part-time (under thirty)."""
    m = _HOURS_A_WEEK.search(sentence)
    if not m or _HYPOTHETICAL.search(sentence) or re.search(r"\b(?:volunteer|volunteering|study|studying|revise|"
                                                            r"revising|train|training|practi[cs]e|practi[cs]ing)\b",
                                                            sentence):
        return []
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS.get(m.group("n"))
    if n is None or 30 <= n < 40:
        return []
    said = "i work full-time" if n >= 40 else "i work part-time"
    return [c for c in _said(said, 0.8) if c.polarity == "affirm"]


def work_state_claims(sentence: str) -> list[OpenClaim]:
    """"Looking for work", "laid off and still looking": unemployed now. "Work's been mad this week", "my
    commute": a job now. "Retirement's years away": not retired."""
    if _HYPOTHETICAL.search(sentence) and not _RETIREMENT_AHEAD.search(sentence):
        return []
    out: list[OpenClaim] = []
    if _JOB_HUNTING.search(sentence):
        # "I got let go from the bakery, so I'm job hunting": news, which supersedes the job said before
        lost = _JOB_LOST.search(sentence) is not None
        out.extend(replace(c, change=lost) for c in _said("i am unemployed", 0.8) if c.polarity == "affirm")
    if _ON_SHIFT.search(sentence) and not re.search(r"\b(?:volunteer|volunteering|charity|food bank)\b", sentence):
        out.extend(c for c in _said("i have a job", 0.8) if c.polarity == "affirm")
        if re.search(r"\b(?:tonight|today|tomorrow|later|this (?:morning|afternoon|evening|week|weekend))\b", sentence):
            # "got a shift at the pub tonight": working now, whatever "not working at the moment" meant
            out.extend(replace(c, time="now") for c in _said("i am working") if c.polarity == "affirm")
    workday = _OFF_TO_WORK.search(sentence) is not None and not _NOT_A_WORKDAY_NOW.search(sentence)
    if (_WORK_BUSY.search(sentence) or _MY_COMMUTE.search(sentence) or workday) and \
            not re.search(r"\b(?:old|former|last|previous|used to|back when|retired)\b", sentence):
        out.extend(c for c in _said("i have a job", 0.8) if c.polarity == "affirm")
    if _MY_MANAGER.search(sentence) and not re.search(r"\b(?:old|former|last|previous|ex)\b", sentence):
        out.extend(c for c in _said("i have a manager", 0.8) if c.polarity == "affirm")
    if _RETIREMENT_AHEAD.search(sentence):
        out.extend(_said("i am not retired", 0.85))
    return out


_NEVER_TO_ANYONE = re.compile(r"\bi (?:have )?never (?:once |ever )?(?P<v>taught|coached|tutored|lectured|nursed|"
                              r"preached|managed|supervised) (?:anyone|anybody|a soul|anything|a single (?:person|lesson|"
                              r"class)|a lesson|a day in my life|in my life)\b")
_STEMS = {"taught": "teach", "coached": "coach", "tutored": "tutor", "lectured": "lecture", "nursed": "nurse",
          "preached": "preach", "managed": "manage", "supervised": "supervise"}


def never_did_the_job_claims(sentence: str) -> list[OpenClaim]:
    """"I've never taught anyone anything", "never coached a soul": I have never taught (coached), which a
    teacher ("as a teacher I ...") does."""
    m = _NEVER_TO_ANYONE.search(sentence)
    if not m:
        return []
    return _said(f"i have never {m.group('v')}", 0.8)


_ABROAD = re.compile(r"\b(?:my|our) (?:erasmus |study abroad |university |uni |college )?(?:exchange (?:semester|year|term|"
                     r"programme|program|student days)|year abroad|semester abroad|term abroad|erasmus (?:year|semester|"
                     r"term))\b|\bi (?:did|spent) (?:a|an|my) (?:year|semester|term|erasmus year) (?:abroad|on exchange)\b|"
                     r"\bwhen i was (?:on exchange|an exchange student|studying abroad)\b")
_NEVER_ABROAD = re.compile(r"\bi (?:have )?never (?:did|done|had) (?:a|an|my) (?:year|semester|term) abroad\b")


def study_abroad_claims(sentence: str) -> list[OpenClaim]:
    """"My exchange semester in Barcelona", "I spent a year abroad": I studied abroad. "Never did a year abroad":
    I never did."""
    if _NEVER_ABROAD.search(sentence):
        return _said("i have never studied abroad", 0.8)
    if _ABROAD.search(sentence) and _mine(sentence):
        return [replace(c, time="past") for c in _said("i studied abroad") if c.polarity == "affirm"]
    return []


_NEVER_IN_COURT = re.compile(r"\bi (?:have )?never (?:once |even |ever )?(?:set foot in|been (?:in|inside|to)|stepped "
                             r"(?:in|inside|into)|seen the inside of) (?:a |any |the )?(?:court ?room|court|law court)s?\b")
_IN_COURT = re.compile(r"\bi am (?:in|at) court (?:most|every|all|three|four|five|twice|again|a lot|day)")


def court_claims(sentence: str) -> list[OpenClaim]:
    """"I've never set foot in a courtroom": never been to court, which "I'm in court most days" (a trial
    lawyer's week) says."""
    if _NEVER_IN_COURT.search(sentence):
        return _said("i have never been to court", 0.8)
    if _IN_COURT.search(sentence) and not _HYPOTHETICAL.search(sentence):
        return [c for c in _said("i go to court", 0.8) if c.polarity == "affirm"]
    return []


def career_claims(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Every reader of this module, for one normalised sentence."""
    del topic
    if not any(key in sentence for key in _KEYS):
        return []
    return (college_claims(sentence) + schooling_claims(sentence) + boarding_claims(sentence)
            + degree_level_claims(sentence) + medical_training_claims(sentence) + school_leaving_claims(sentence)
            + unfinished_study_claims(sentence)
            + work_state_claims(sentence) + retired_claims(sentence) + hours_claims(sentence)
            + never_did_the_job_claims(sentence) + study_abroad_claims(sentence)
            + court_claims(sentence))


SENTENCE_READERS.append(career_claims)


# --- round 19: exams sat, school left, retirement denied, a first wage, an office commute ---------------------------
_EXAMS = (r"a-levels?|a levels?|gcses?|o-levels?|o levels?|highers|leaving cert|baccalaureate|the bac|ib|"
          r"the bar(?: exam)?|bar exams?|lsat|mcat|gre|gmat|sats|the sat|act|11-plus|eleven-plus|boards|"
          r"(?:a |my |the )?driving test|(?:a |my |the )?theory test")
_EXAM_SAT = re.compile(rf"(?:^|\bi (?:have )?)(?:sat|took|did|passed|failed|resat|retook|aced|smashed|scraped through) "
                       rf"(?:my |the |all my |both my |all of my )?(?P<x>{_EXAMS})\b(?! (?:next|this|in (?:june|may)))|"
                       rf"\bi got [a-z0-9*+' -]{{1,30}}? in (?:all )?my (?P<y>{_EXAMS})\b|"
                       rf"\bi scored (?:a |an )?[a-z0-9*+-]+ (?:on|in) (?:my |the )?(?P<z>{_EXAMS})\b|"
                       rf"\bmy (?P<w>{_EXAMS}) (?:score|scores|results?|grades?|marks) (?:was|were|is|are|came)\b")
_SCHOOL_FINISHING = ("a-level", "a level", "highers", "leaving cert", "baccalaureate", "the bac", "ib")
_LEFT_SCHOOL_BARE = re.compile(rf"{LEAD}(?:dropped out of|quit|left) (?:high )?school (?:at (?:14|15|16|fourteen|fifteen|"
                               r"sixteen)|early|before|with no|without)|\bnever finished (?:high )?school\b|"
                               r"\bi am (?:a )?(?:high school |school )drop-?out\b")


_EXAM_NEVER = re.compile(rf"(?:^|\bi (?:have )?)never (?:once |even |actually )?(?:sat|took|taken|done|did|had) "
                         rf"(?:my |the |a |an |any )?(?P<x>{_EXAMS})\b")


def _exam_name(said: str) -> str:
    exam = said.removeprefix("the ").removeprefix("my ").removeprefix("a ")
    return "bar exam" if exam.startswith("bar") else exam


def exam_claims(sentence: str) -> list[OpenClaim]:
    """"I did my A-levels in maths", "got four A-stars in my A-levels": I sat A-levels (and so finished school);
    "passed the bar first try": I sat the bar exam, and studied law. "Never taken a driving test": never sat it."""
    never = _EXAM_NEVER.search(sentence)
    if never:
        return _said(f"i have never sat {_exam_name(never.group('x'))}", 0.85)
    m = _EXAM_SAT.search(sentence)
    if not m or not _mine(sentence) or re.search(r"\b(?:never|not|did not|failed to)\b", sentence[: m.start()]):
        return []
    exam = _exam_name(m.group("x") or m.group("y") or m.group("z") or m.group("w"))
    out = [replace(c, time="past") for c in _said(f"i sat {exam}") if c.polarity == "affirm"]
    if exam.startswith(_SCHOOL_FINISHING):
        out.extend(c for c in _said("i finished high school", 0.75) if c.polarity == "affirm")
    if exam == "bar exam":
        out.extend(replace(c, time="past") for c in _said("i studied law", 0.8) if c.polarity == "affirm")
    return out


def bare_school_leaving_claims(sentence: str) -> list[OpenClaim]:
    """"Dropped out of school at fifteen, never finished": never finished high school (said without "I")."""
    if _LEFT_SCHOOL_BARE.search(sentence) and not _HYPOTHETICAL.search(sentence) and not _SOMEONE_ELSE.search(sentence) \
            and not re.search(r"\b(?:went back|later|eventually) (?:and )?(?:finished|graduated)\b", sentence):
        return _said("i never finished high school", 0.8)
    return []


_NOT_RETIRED = re.compile(r"\bi (?:have )?never retired\b|\bretire\?? (?:not a chance|no way|never|not likely|"
                          r"not yet)\b|\bi am still (?:working|grafting|employed|in work|clocking in|on the tools|"
                          r"putting in (?:the )?hours)\b(?! (?:on|out|through|it|things|at it)\b)")


_BEEN_RETIRED = re.compile(r"\bi (?:have|had) been (?:happily )?retired (?:for|since|now for)\b|"
                           r"(?:^|, )(?:and )?(?:fully |happily |properly |officially )(?:retired) (?:now|these days)\b")


def still_working_claims(sentence: str) -> list[OpenClaim]:
    """"I've never retired", "Retire? Not a chance", "I'm still working, forty hours a week": not retired now.
    "I've been retired for a decade": retired."""
    if _BEEN_RETIRED.search(sentence) and not _SOMEONE_ELSE.search(sentence) and " had been" not in sentence:
        return [c for c in _said("i am retired", 0.85) if c.polarity == "affirm"]
    if not _NOT_RETIRED.search(sentence) or _SOMEONE_ELSE.search(sentence) or \
            re.search(r"\b(?:if (?:i|only i)|would|wish|someday|one day)\b", sentence):
        return []
    return _said("i am not retired", 0.8)


_FIRST_WAGE = re.compile(r"\bmy (?:first|very first) (?:ever )?(?:pay ?cheque|pay ?check|paycheque|paycheck|pay packet|"
                         r"wage|wages|salary|pay slip|payslip|job)\b(?! (?:interview|application|offer|hunt|search)s?\b)")
_OUT_OF_WORK_BARE = re.compile(rf"{LEAD}(?:been |still |currently )?(?:out of work|unemployed|jobless|between jobs|"
                               r"on the dole) (?:since|for)\b")


_AT_WORK = re.compile(r"\bi (?:am|will be) (?:stuck |still |already )?at work (?:till|until|right now|now|today|tonight|"
                      r"all day|all week|this (?:morning|afternoon|evening|weekend))\b|\bi am (?:just )?(?:heading|off|"
                      r"on my way) (?:in ?to |to )(?:work|the office)\b|\bi am (?:working|pulling|doing) (?:a|another) "
                      r"(?:double|night|late|early|long|twelve-hour|12-hour) shift (?:tomorrow|tonight|today|this)\b")


_ON_THE_JOB = re.compile(r"\bi (?:clock|clocked) (?:in|on) (?:at|every|each|by|for)\b|"
                         r"\bmy (?:next |first |last |night |late |early |morning |double )?shift (?:starts|begins|finishes|"
                         r"ends) (?:at|tomorrow|tonight|today|in)\b|"
                         r"\bi have been (?:at|with) (?:the same |this |my |the )?(?:firm|company|employer|job|practice|"
                         r"council|bank|hospital|school|factory|plant|store|shop)\b[^.!?]*? for (?:\w+ )?(?:years|months)\b|"
                         r"\bafter (?:my|a|another) (?:long |late |night |early |double |twelve-hour |12-hour )?shift "
                         r"(?:at|in|on) (?:the|work)\b|"
                         r"\bi (?:just |finally )?got promoted (?:at work|to (?:senior|manager|head|lead|supervisor|"
                         r"director|team leader|shift manager|assistant manager|partner))\b")


def job_had_claims(sentence: str) -> list[OpenClaim]:
    """"My first pay cheque from the chippy was sixty quid": I have had a job. "Out of work since March":
    unemployed now (said without "I")."""
    out: list[OpenClaim] = []
    if _FIRST_WAGE.search(sentence) and _mine(sentence):
        out.extend(replace(c, time="past") for c in _said("i had a job", 0.8) if c.polarity == "affirm")
    if _ON_THE_JOB.search(sentence) and _mine(sentence) and \
            not re.search(r"\b(?:volunteer|volunteering|charity|food bank|used to|old job|back when)\b", sentence):
        out.extend(c for c in _said("i have a job", 0.8) if c.polarity == "affirm")
    if _AT_WORK.search(sentence) and not _SOMEONE_ELSE.search(sentence) and \
            not re.search(r"\b(?:if|would|wish|volunteer|volunteering|charity)\b", sentence):
        out.extend(c for c in _said("i go to work", 0.8) if c.polarity == "affirm")
    if _OUT_OF_WORK_BARE.search(sentence):
        out.extend(c for c in _said("i am unemployed", 0.8) if c.polarity == "affirm")
    return out


_OFFICE_COMMUTE = re.compile(r"\bmy (?:daily |morning )?commute (?:in ?to|to) (?:the |my |our )?(?:[a-z]+ )?office\b|"
                             r"\bi (?:commute|go|head|travel) (?:in ?to|to) (?:the|my|our) office (?:every|each|most|"
                             r"five|four|three|daily|on weekdays|monday)")
_NO_OFFICE = re.compile(r"\b(?:i )?never (?:go|head|commute|set foot) (?:in ?to|to|in) (?:an|the|any) office\b|"
                        r"\bi (?:wfh|work from home|work remotely|am fully remote|am remote|work fully remote) "
                        r"(?:full[- ]time|100%|every day|all the time|permanently|exclusively|5 days a week|"
                        r"five days a week)\b|\bi am fully remote\b|"
                        r"\bi have not been (?:in|into|to) (?:an|the) office (?:in|for) (?:years|ages|months)\b|"
                        r"\bi (?:have )?never (?:worked|had a job) in an office\b")
_MY_DESK = re.compile(r"\bmy (?:desk|cubicle|workstation|colleagues|coworkers|co-workers|team) (?:at|in) the office\b|"
                      r"\bi am (?:in|at) the office (?:every day|all week|five days a week|5 days a week|every morning|"
                      r"monday to friday|full[- ]time)\b")


def office_claims(sentence: str) -> list[OpenClaim]:
    """"My commute into the office is an hour each way": I go to an office; "never go into an office": I don't."""
    if _NO_OFFICE.search(sentence) and not _SOMEONE_ELSE.search(sentence):
        return _said("i never go to an office", 0.8)
    if (_OFFICE_COMMUTE.search(sentence) or _MY_DESK.search(sentence)) and _mine(sentence) and \
            not re.search(r"\b(?:old|former|last|previous|used to)\b", sentence):
        return [c for c in _said("i go to an office", 0.8) if c.polarity == "affirm"]
    return []


_NEVER_ON_CAMPUS = re.compile(r"\b(?:i )?(?:have )?never (?:once |even |ever )?(?:set foot in|stepped foot in|stepped "
                              r"inside|been inside|seen the inside of) (?:a |any |the )?(?P<x>university|uni|college)\b")


def campus_and_residency_claims(sentence: str) -> list[OpenClaim]:
    """"Never set foot in a university": I never went to university. "During my residency in internal medicine":
    I did a residency (which a doctor in training does after medical school)."""
    out: list[OpenClaim] = []
    m = _NEVER_ON_CAMPUS.search(sentence)
    if m and not _SOMEONE_ELSE.search(sentence[: m.start()]):
        out.extend(_said(f"i never went to {'university' if m.group('x') == 'uni' else m.group('x')}", 0.8))
    medical = _MEDICAL_WORK.search(sentence)
    if medical and "residency" in medical.group(0) and not _NOT_MEDICAL.search(sentence) and _mine(sentence):
        out.extend(replace(c, time="past") for c in _said("i did a residency", 0.8) if c.polarity == "affirm")
    return out


_HEAVY_DRIVING = re.compile(r"(?:^|\bi (?:have )?)(?:been |spent (?:\w+ )+?)?(?:driving|drivin'?|drive|drove) (?:a |an |the )?"
                            r"(?:big rig|semi|semi-truck|semi truck|eighteen-wheeler|18-wheeler|lorry|hgv|artic|"
                            r"tractor-trailer|long-haul truck|truck|rig)s?\b(?! (?:game|simulator|sim)\b)")


def heavy_driving_claims(sentence: str) -> list[OpenClaim]:
    """"Been drivin' a big rig thirty-two years", "I drive an HGV for a living": I am a truck driver (and so
    hold the licence for it)."""
    m = _HEAVY_DRIVING.search(sentence)
    if not m or _HYPOTHETICAL.search(sentence) or _SOMEONE_ELSE.search(sentence) or \
            re.search(r"\b(?:toy|game|once|one time|a friend's|hired|rented|rental|u-haul|uhaul|moving)\b", sentence):
        return []
    professional = re.search(r"\b(?:years|for a living|for work|for (?:a|the) (?:firm|company|haulage)|long-haul|"
                             r"every (?:day|week)|nights|miles a|haulage|routes?|deliveries|loads?)\b", sentence)
    if not professional and not re.search(r"big rig|semi|wheeler|hgv|artic|tractor-trailer", m.group(0)):
        return []
    return [c for statement in ("i am a truck driver", "i have a cdl") for c in _said(statement, 0.75)
            if c.polarity == "affirm"]


_HOLD_DEGREE = re.compile(r"\bi (?:have|hold|got|earned|completed|finished) (?:a |an |my |two |both my )?(?:master'?s|masters|"
                          r"msc|mba|phd|doctorate|bachelor'?s|bachelors|bsc|undergraduate degree|undergrad degree|"
                          r"university degree|college degree|degree)(?: degree)?\b(?! (?:application|course|offer|place|"
                          r"programme|program)s?\b)|\bi graduated (?:from (?:uni|university|college) )?with (?:a |an )?"
                          r"(?:first|2:1|2:2|third|distinction|honou?rs|degree|bachelor'?s|master'?s)\b|"
                          r"\bmy (?:only |first |undergraduate |undergrad |university |college )?degree(?:'s| is| was) "
                          r"(?:in|from) [a-z]|\b(?:after|since|when|once) i graduated (?:from )?(?:uni|university|"
                          r"college)\b")
_NO_DEGREE = re.compile(r"\bi (?:have )?never (?:got|finished|completed|earned|did|took) (?:a|my|any) (?:university |college )?"
                        r"degree\b|(?:^|\bi (?:have )?)never (?:finished|completed|graduated) (?:from )?(?:uni|university|"
                        r"college)\b|\bi (?:have )?never graduated (?:from )?(?:college|university|uni)\b|"
                        r"\bi (?:do not|did not) (?:have|get|finish) (?:a|my|any) (?:university |college )?degree\b")
_YEAR_AT_UNI = re.compile(r"\b(?:my|in my|during my|throughout my) (?:first|second|third|fourth|final|last|fresher'?s?|freshers|"
                          r"freshman|sophomore|junior|senior) year (?:at|of|in) (?P<x>uni|university|college)\b|"
                          r"\bmy (?P<y>uni|university|college) days\b")


_MAJOR = re.compile(r"\bmy (?:college |university |uni )?major (?:was|is|had been) [a-z]|\bi (?:double[- ])?majored in [a-z]")
_NO_LICENCE = re.compile(r"(?:^|\bi (?:have )?)never (?:passed|got|had) (?:my|a|the) (?:driving|driver'?s) "
                         r"(?:test|licen[cs]e)\b")
_HAD_LICENCE = re.compile(r"\bi (?:have )?had my (?:driving |driver'?s )?licen[cs]e (?:for|since)\b|\bi (?:have )?"
                          r"(?:got|passed) (?:my|a) (?:driving |driver'?s )?(?:licen[cs]e|test) (?:at|when|in|back in|"
                          r"first time|years ago)\b")


_FLUNKED_OUT = re.compile(r"\bi (?:flunked|failed|got kicked|was kicked|got thrown|was thrown) out of (?P<x>college|uni|"
                          r"university|high school|school)\b")
_MY_GRADUATION = re.compile(r"\b(?:at|on the day of|after|for) my (?P<x>high school|college|uni|university) graduation\b|"
                            r"\bmy (?P<y>high school|college|uni|university) graduation (?:was|photo|photos|day|"
                            r"ceremony|party)\b")
_IN_RETIREMENT = re.compile(r"\b(?:my )?retirement(?:'s| is| has been) (?:treating me|going|great|lovely|brilliant|bliss|"
                            r"wonderful|amazing|suiting me)|\bi am (?:loving|enjoying|making the most of) "
                            r"(?:my )?retirement\b|\bsince (?:i )?retir(?:ed|ing),? i\b")
_RESIDENT_AT = re.compile(r"\bi am (?:a |an )?(?:junior |senior |first-year |second-year |chief |surgical |medical )?"
                          r"resident (?:at|in) (?:the |a )?[a-z' ]{0,30}?(?:hospital|infirmary|medical cent(?:er|re)|"
                          r"clinic|surgery|paediatrics|pediatrics|medicine|psychiatry|radiology)\b")


def school_and_retirement_more_claims(sentence: str) -> list[OpenClaim]:
    """"I flunked out of college": dropped out. "At my high school graduation": graduated. "Retirement is
    treating me well": retired. "I'm a resident at the children's hospital": a residency."""
    out: list[OpenClaim] = []
    if re.search(r"\b(?:if (?:i|only i)|would|wish|someday|one day|planning|plan to|can not wait)\b", sentence):
        return out
    m = _FLUNKED_OUT.search(sentence)
    if m and _mine(sentence):
        place = "university" if m.group("x") == "uni" else m.group("x")
        out.extend(replace(c, time="past") for c in _said(f"i dropped out of {place}", 0.85) if c.polarity == "affirm")
    m = _MY_GRADUATION.search(sentence)
    if m:
        place = m.group("x") or m.group("y")
        said = "i graduated high school" if place == "high school" else "i graduated from college"
        out.extend(replace(c, time="past") for c in _said(said, 0.8) if c.polarity == "affirm")
    if _IN_RETIREMENT.search(sentence) and not _SOMEONE_ELSE.search(sentence) and " will " not in sentence:
        out.extend(c for c in _said("i am retired", 0.8) if c.polarity == "affirm")
    if _RESIDENT_AT.search(sentence) and _mine(sentence) and not re.search(r"\b(?:artist|writer|permanent)\b", sentence):
        out.extend(c for c in _said("i did a residency", 0.8) if c.polarity == "affirm")
    return out


def major_and_licence_claims(sentence: str) -> list[OpenClaim]:
    """"My major was biology", "I majored in history": I went to college. "Never passed my driving test": no
    driving licence; "I've had my licence for twenty years": one."""
    out: list[OpenClaim] = []
    if _MAJOR.search(sentence) and _mine(sentence):
        out.extend(replace(c, time="past") for c in _said("i went to college", 0.8) if c.polarity == "affirm")
    if _NO_LICENCE.search(sentence) and not _SOMEONE_ELSE.search(sentence):
        out.extend(_said("i do not have a driving licence", 0.8))
    elif _HAD_LICENCE.search(sentence) and not _SOMEONE_ELSE.search(sentence) and \
            not re.search(r"\b(?:lost|banned|revoked|suspended|taken away|took away)\b", sentence):
        out.extend(c for c in _said("i have a driving licence", 0.8) if c.polarity == "affirm")
    return out


def degree_claims(sentence: str) -> list[OpenClaim]:
    """"My degree is in chemistry", "I have a master's in engineering", "graduated with a first": I have a degree.
    "I never finished my degree": I don't. "During my final year at university": I went to university."""
    out: list[OpenClaim] = []
    if _NO_DEGREE.search(sentence) and not _SOMEONE_ELSE.search(sentence):
        out.extend(_said("i do not have a degree", 0.85))
    elif _HOLD_DEGREE.search(sentence) and _mine(sentence) and \
            not re.search(r"\b(?:not|never|no|without|doing|studying|working on|halfway)\b", sentence):
        out.extend(c for c in _said("i have a degree", 0.8) if c.polarity == "affirm")
    m = _YEAR_AT_UNI.search(sentence)
    if m and _mine(sentence):
        place = m.group("x") or m.group("y")
        place = "university" if place == "uni" else place
        out.extend(replace(c, time="past") for c in _said(f"i went to {place}") if c.polarity == "affirm")
    return out


_VENTURE = (r"bakery|shop|cafe|café|coffee shop|restaurant|salon|barbershop|business|firm|company|studio|practice|agency|"
            r"boutique|garage|gym|clinic|nursery|startup|start-up|consultancy|bookshop|florist|deli|food truck|brewery")
_MY_VENTURE = re.compile(rf"\bi (?:have )?(?:opened|started|set up|founded|launched|co-founded|run|ran|own|owned|built up) "
                         rf"(?:up )?(?:my own|my|a|an|our own) (?:own )?(?:little |small |tiny )?(?:[a-z]+ )?(?:{_VENTURE})\b"
                         r"(?! (?:course|class|classes|degree|module|plan|account|card|trip|meeting|lunch|idea|website))|"
                         rf"\bmy (?:own |little |small )?(?:{_VENTURE}) (?:turns|turned|just turned) (?:\w+)\b"
                         r"(?=.*\bi (?:opened|started|set up|set it up|started it|opened it|founded|built))")


def own_business_claims(sentence: str) -> list[OpenClaim]:
    """"I opened my own bakery five years ago", "I've run my own plumbing firm for ten years", "my salon turns five,
    I set it up with my savings": I run my own business."""
    m = _MY_VENTURE.search(sentence)
    if not m or not _mine(sentence) or re.search(r"\b(?:never|not|closed|sold|went bust|went under|shut|used to|dream|"
                                                 r"someday|one day|lemonade)\b", sentence):
        return []
    return [c for c in _said("i run my own business", 0.75) if c.polarity == "affirm"]


_NO_QUALIFICATIONS = re.compile(r"\b(?:with|have|have got|got|had|hold) (?:no|zero) (?:formal |real )?qualifications\b|"
                                r"\bleft school with (?:nothing|no qualifications|not a single qualification)\b|"
                                r"\bi have not got (?:a single|any) qualifications?\b")
_QUALIFIED = re.compile(r"\bi (?:passed|got) (?:all |both |three |four |five |six |seven |eight |nine |ten |\w+ )?(?:my |of my )?"
                        r"(?:gcses|a-levels|a levels|o-levels|highers|exams)\b|\bi am (?:a )?(?:fully |newly |recently )?"
                        r"qualified (?:[a-z]+ )?(?:accountant|nurse|teacher|electrician|plumber|solicitor|lawyer|doctor|"
                        r"midwife|engineer|architect|surveyor|paramedic|pharmacist|vet|mechanic|chef|carpenter|joiner|"
                        r"gas engineer|physiotherapist|social worker)\b")
_DEGREE_SUBJECT = re.compile(r"\bi (?:did|have|got|hold|earned|finished|completed) (?:a|an|my) (?P<x>[a-z]+) degree\b|"
                             r"\bi (?:did|have|got|hold|earned|finished|completed) (?:a|an|my) degree in (?P<y>[a-z]+)\b")
_STUDENT_LIFE = re.compile(r"\bi (?:lived|stayed) in (?:university |uni |student )?halls\b|\bmy (?:uni |university |student )?"
                           r"halls of residence\b|\bi studied (?:[a-z]+ )?at (?:oxford|cambridge|harvard|yale|princeton|"
                           r"stanford|mit|durham|edinburgh|st andrews|the sorbonne|[a-z]+ (?:university|uni)|"
                           r"the university of [a-z]+)\b")


def qualification_claims(sentence: str) -> list[OpenClaim]:
    """"Left school with no qualifications": none. "Passed all my GCSEs", "I'm a qualified accountant": some. "I
    did a chemistry degree": a degree, and chemistry studied. "I lived in halls", "studied at Oxford": university."""
    out: list[OpenClaim] = []
    if not _mine(sentence):
        return out
    none = _NO_QUALIFICATIONS.search(sentence)
    qualified = _QUALIFIED.search(sentence)
    if none:  # "left school with nothing" says nothing of now
        then = "left school" in none.group(0)
        out.extend(replace(c, time="past") if then else c for c in _said("i have no qualifications", 0.8))
    elif qualified and not re.search(r"\b(?:never|not|failed|no)\b", sentence):
        held = [c for c in _said("i have qualifications", 0.75) if c.polarity == "affirm"]  # kept once passed
        school = "qualified" not in qualified.group(0)  # school exams: had on leaving school, too
        out.extend(held + ([replace(c, time="past") for c in held] if school else []))
    m = _DEGREE_SUBJECT.search(sentence)
    if m and not re.search(r"\b(?:never|not|doing|studying|halfway|want|dropped)\b", sentence):
        subject = m.group("x") or m.group("y")
        if subject not in ("university", "college", "uni", "first", "good", "proper", "real", "bachelor", "master",
                           "masters", "undergraduate", "postgraduate", "honours", "joint", "part-time", "online"):
            out.extend(c for c in _said("i have a degree", 0.8) if c.polarity == "affirm")
            out.extend(replace(c, time="past") for c in _said(f"i studied {subject}", 0.8) if c.polarity == "affirm")
    if _STUDENT_LIFE.search(sentence):
        out.extend(replace(c, time="past") for c in _said("i went to university", 0.8) if c.polarity == "affirm")
    return out


def more_career_claims(sentence: str, topic: str | None) -> list[OpenClaim]:
    """The readers of round 19, for one normalised sentence."""
    del topic
    return (exam_claims(sentence) + bare_school_leaving_claims(sentence) + still_working_claims(sentence)
            + job_had_claims(sentence) + office_claims(sentence) + campus_and_residency_claims(sentence)
            + heavy_driving_claims(sentence) + degree_claims(sentence) + own_business_claims(sentence)
            + major_and_licence_claims(sentence) + school_and_retirement_more_claims(sentence)
            + qualification_claims(sentence))


SENTENCE_READERS.append(more_career_claims)
