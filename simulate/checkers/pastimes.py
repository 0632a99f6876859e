"""Pastimes said any way people say them: "my pottery class", "I'm a keen kayaker", "archery isn't for me".

The table (knowledge/pastimes.txt) names each pastime, what doing it is ("kayak", "do pottery"), what its
doer is called and what it is done with. The reader turns the everyday shapes of doing, practising, being
able to and never doing a pastime into the one claim of doing it, so that "I'm in the rowing club" and
"I've never held an oar" are claims about rowing the checker can compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .open_claims import (
    AGENT_PASTIMES,
    CLAIM_EXTENDERS,
    CONDITIONAL,
    LAPSED,
    LEAD_WORDS,
    NOT_GERUNDS,
    REMOTE_TIME,
    SENTENCE_READERS,
    STOP_OBJECTS,
    OpenClaim,
    Polarity,
    Time,
    agent_verb,
    read_statement,
    time_of_sentence,
)
from .words import readable_verb

_FILE = "pastimes.txt"


class PastimeError(ValueError):
    """A line of the pastimes file that does not read; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class Pastime:
    """One pastime: its names, the statement of doing it (without "I"), its doers and its tools."""

    names: tuple[str, ...]
    doing: str
    agents: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class PastimeTable:
    """Pastimes by each of their names, agent nouns and tools (lower case)."""

    by_name: dict[str, Pastime]
    by_agent: dict[str, Pastime]
    by_tool: dict[str, Pastime]


def _items(field: str) -> tuple[str, ...]:
    return tuple(x.strip().lower() for x in field.split(",") if x.strip())


def parse_pastimes(text: str, where: str) -> PastimeTable:
    """Read the table from the text of a pastimes file (`where` names it in errors)."""
    by_name: dict[str, Pastime] = {}
    by_agent: dict[str, Pastime] = {}
    by_tool: dict[str, Pastime] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        names, colon, rest = line.partition(":")
        fields = rest.split("|")
        if not colon or len(fields) > 3 or not _items(names) or not fields[0].strip():
            raise PastimeError(f"{where}:{number}: expected 'name, ... : doing | agent, ... | tool, ...', got {raw!r}")
        fields += [""] * (3 - len(fields))
        pastime = Pastime(_items(names), fields[0].strip().lower(), _items(fields[1]), _items(fields[2]))
        for table, keys in ((by_name, pastime.names), (by_agent, pastime.agents), (by_tool, pastime.tools)):
            for key in keys:
                if key in table:
                    raise PastimeError(f"{where}:{number}: {key!r} is already listed for {table[key].doing!r}")
                table[key] = pastime
    return PastimeTable(by_name, by_agent, by_tool)


def load_pastimes(path: Path) -> PastimeTable:
    """The table of a pastimes file."""
    return parse_pastimes(path.read_text("utf-8"), str(path))


@lru_cache(maxsize=1)
def default_pastimes() -> PastimeTable:
    """The shipped table (knowledge/pastimes.txt)."""
    text = resources.files("simulate.checkers").joinpath("knowledge").joinpath(_FILE).read_text("utf-8")
    return parse_pastimes(text, f"knowledge/{_FILE}")


@lru_cache(maxsize=1024)
def doing_claim(doing: str) -> OpenClaim | None:
    """The claim of doing a pastime ("do pottery" -> do / pottery), or None if it does not read as one."""
    claims = read_statement(f"i {doing}")
    return claims[0] if len(claims) == 1 else None


WORD = re.compile(r"[a-z][a-z'-]*")


@lru_cache(maxsize=4)
def _vocabulary(table: PastimeTable) -> frozenset[str]:
    """Every word of every name, agent and tool: a sentence without one of them names no pastime."""
    keys = [*table.by_name, *table.by_agent, *table.by_tool]
    return frozenset(w for key in keys for w in WORD.findall(key))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


LEAD = (rf"^(?:(?:{LEAD_WORDS}|well|oh|ah|yeah|yes|no|nah|nope|ha|haha|hmm|honestly|lol|ngl|tbh|and|but|so|plus|"
         rf"also|hello|hi|hey|good question|funny you ask|fair enough|oh cool|oh man|haha nice)[,!. ]+)*")
_ENTHUSED = ("keen|avid|big|huge|passionate|enthusiastic|lifelong|serious|committed|competitive|amateur|weekend|"
             "regular|obsessive|dedicated|self-taught|casual|fair-weather|proud|club|hobby|hobbyist|mad|massive")
_SKILLED = "good|great|strong|decent|excellent|competent|confident|brilliant|talented|skilled|skilful|skillful|fine"
_GROUP_VERBS = "|".join(sorted("""have|take|attend|go to|am in|am on|are in|are on|joined|run|teach|coach|captain|
went to|was in|was on|were in|were on|have been in|have been on|played in|play in|competed in|compete in|entered|
took part in|won|have taken|have been taking|am part of|am a member of|belong to|am in charge of|came first in|
came second in|came third in|came last in|have been going to|have been attending|
go along to""".replace("\n", "").split("|"), key=len, reverse=True))
_PASSION = (r"(?:whole )?(?:thing|passion|life|obsession|hobby|jam|happy place|escape|therapy|personality|world|"
            r"religion|pride and joy|sanctuary|routine|weekly ritual|ritual|weekend|weekends|sundays|saturdays|"
            r"favou?rite (?:hobby|pastime|thing|sport|way to relax))")
_GROUPS = ("class|classes|lesson|lessons|club|team|group|league|practice|training|session|sessions|course|night|"
           "squad|society|meet|meetup|teacher|instructor|coach|buddies|partner|kit|gear|competition|tournament|"
           "regatta|gala|recital|grading|workshop|retreat|holiday|trip|weekend")
_NOT_FACTUAL = re.compile(r"\b(?:if|would|could|might|wish|want|wanted|wants|hope|hoping|someday|some day|one day|"
                          r"thinking of|thinking about|planning|plan to|going to|will|shall|should|maybe|may|"
                          r"considering|dream|dreamed|dreamt|never|not|no)\b")
_DID_WITH = re.compile(r"\b(?:i|we) (?:myself |ourselves )?(?:[a-z]+ed|made|make|built|build|sewed|sew|knitted|knit|"
                       r"caught|catch|painted|paint|"
                       r"wrote|write|carved|carve|shot|cut|fixed|fix|have made|have built)\b")
_DENYING = frozenset("never not no nothing leaves leave".split())  # every denial shape has one of these
_GIVING_UP = frozenset("gave given quit stopped packed dropped".split())
_DOING_VERBS = frozenset("""do did done practise practice practised practiced go went tried took taken doing love
enjoy teach taught got compete competed had came just""".split())
_GROUP_WORDS = frozenset(_GROUPS.split("|"))
_KEEN_WORDS = frozenset("into obsessed hooked addicted mad crazy keen".split())
_BEING = frozenset("is are has have".split())
_EVERY_WORDS = frozenset("every each most twice three on team side".split())
# what says a pastime named with its day or team is watched, helped at or someone else's: "cricket for the village team, I
# do the teas", "parkrun every Saturday, I volunteer as a marshal", "darts every Thursday, that's my husband"
_NOT_MY_DOING = re.compile(r"\b(?:telly|tv|television|on the box|screen|screens|watch|watching|stream|streaming|on the radio|"
                           r"highlights|wimbledon|the ashes|world cup|olympics|"
                      r"teas|scorer|scoring|umpire|umpiring|referee|ref|coach|coaching|volunteer|volunteering|marshal|"
                      r"marshalling|tail walker|cheer|cheering|support|supporter|husband|wife|son|daughter|kids|dad|mum|"
                      r"mom|brother|sister|boyfriend|girlfriend|partner|grandson|granddaughter|his|her|their|he|she|they|"
                      r"run the|runs the|organise|organize|stay in bed|was my|whole life|obsessed|dream)\b")


@lru_cache(maxsize=4)
def _tool_words(table: PastimeTable) -> frozenset[str]:
    return frozenset(w for tool in table.by_tool for w in WORD.findall(tool))


_NOT_STARTED = re.compile(r"\b(?:(?:start|starts|starting|begin|begins|beginning) (?:next|on|in|at|tomorrow|soon|"
                          r"this|after|when|again)|tomorrow|soon|signed up|sign up|"
                          r"signing up|booked|enrolled|enrolling|registered|next (?:week|month|year|term|season|spring|"
                          r"summer|autumn|fall|winter|saturday|sunday|monday|tuesday|wednesday|thursday|friday)|"
                          r"will|(?<!been )going to|gonna|about to|cannot wait|can not wait)\b")
_BOUNDED = re.compile(rf"\b(?:until|till|up to|before) (?:last|this|today|now|recently|a (?:few|couple)|i|we|then)\b|"
                      rf"\buntil\b|{REMOTE_TIME.pattern}")
NOT_SO = re.compile(r"\b(?:if|would|could|might|wish|want|wanted|hope|never|not|no|used to|when i was)\b")
HABITUAL = re.compile(r"\b(?:every|each|most|daily|weekly|always|usually|often|regularly|all the time)\b")
_WOULD_NOT_KNOW = re.compile(r"\b(?:i|we) (?:(?:would|do|did) not (?:even )?(?:know|have a clue|have any idea|have the "
                             r"first idea)|have (?:no|not got a|not got any) (?:idea|clue)) (?:how|where to start) "
                             r"(?:to|with) (?P<vp>[a-z][a-z' -]+)|\b(?:i|we) (?:could not|can not) (?P<vp2>[a-z][a-z' -]+?) "
                             r"(?:if my life depended on it|for love (?:n|n'|and|or) money|for the life of me|to save my life)")
_MY_CLUB = re.compile(r"^(?:my|our) (?P<kind>[a-z]+(?: [a-z]+)? (?:club|choir|orchestra|society|book group|"
                      r"reading group|quiz team)) (?:meets|met|is meeting|gets together|got together|rehearses|"
                      r"practises|practices|is reading|read|picked|chose|went|goes|had|has|won|is doing|did)\b")
_NOT_CLUB_KINDS = frozenset("favourite favorite fave old former local kids son's daughter's husband's wife's "
                            "mum's mom's dad's brother's sister's friend's".split())
_NEVER_TAUGHT = re.compile(r"\b(?:(?:nobody|no one|no-one) (?:ever )?(?:taught|showed) me|(?:i|we) (?:was|were) "
                           r"never (?:taught|shown)) (?:how )?to (?P<vp>[a-z][a-z' -]+)")
_NOT_EVEN = re.compile(r"\b(?:i|we) (?:could not|can not) (?:even|ever) (?P<vp>[a-z][a-z' -]+)")
_FIND_ME = re.compile(r"\byou(?:'ll|'d| will| would| can| could) (?:usually |always |often |normally )?find me "
                      r"(?P<vp>[a-z]+ing(?: [a-z' -]+)?)")
_ALL_ABOUT = re.compile(r"^(?:my |our )?(?:summer |winter )?(?:weekends|evenings|sundays|saturdays|free time|spare time|summers|"
                        r"holidays) "
                        r"(?:are|is) (?:all |mostly |basically )?(?:about|spent on|taken up with) (?:my |our )?")
_SOMETHING_NEVER = re.compile(r"^(?P<x>[a-z][a-z -]+?) (?:is|was) (?:something|one thing|a thing|one of those [a-z]+|"
                              r"one of the [a-z]+) (?:that )?(?:i|we) "
                              r"(?:have |had )?never (?P<v>learned|learnt|did|done|tried|got into|picked up)\b")
_TOOL_VERBS = ("held|touched|picked up|used|handled|lifted|swung|strapped on|put on|laid a finger on|laid hands on|wielded|"
               "stood on|sat behind|sat at|played on")
_SPENT = (r"(?:(?:sunday|saturday|monday|tuesday|wednesday|thursday|friday)(?: arvo| afternoon| morning| evening)?|"
          r"the (?:whole )?(?:day|weekend|morning|"
          r"afternoon|evening)|all (?:day|weekend|morning|afternoon|evening)|(?:the )?(?:weekend|morning|afternoon)|"
          r"(?:last|this) (?:weekend|week|sunday|saturday)|hours|the holidays|my (?:day off|weekend|holiday|summer))")


_ANY_NAME = (r"[a-z][a-z-]+(?: (?!(?:with|for|in|at|on|to|by|of|like|from|about|around|without|near|over)\b)"
             r"[a-z][a-z-]+)?")  # a pastime the table does not list, known by its category
# A word after a pastime that narrows it to a thing done ("never tried painting portraits", "painting abstract art",
# "knitting a sweater", "cooking Thai food"), unless it is a time, a conjunction or an adverb that leaves it whole
_NARROWED = (r" (?!(?:always|sometimes|perhaps|anymore|as|was|is|has|does|lots|loads|days|years|ages|nights|weekends|"
             r"times|thanks|yes|plus|less|unless|this|thus|before|ever|yet|again|either|myself|ourselves|personally|"
             r"though|but|and|or|nor|because|cause|so|since|until|till|when|while|really|too|then|now|once|twice|"
             r"lol|haha|tbh|honestly|whatsoever|i|which|although|right now|these days|lately|recently|"
             r"nowadays|every|most|today|tonight|yesterday|last|a lot|a bit|a little|very much|"
             r"more|also|actually|anyway|growing up|whenever|unfortunately|sadly|even|here|tho|lmao|hahaha|"
             r"cuz|bc|"  # (prepositions are left to the branch below, which knows which times leave it whole)
             r"with|for|in|at|on|to|by|without|around|across|along|through|near|under|over|of|like)\b)[a-z]+\b|"
             r" (?:with|for|in|at|on|to|by|without|around|across|along|through|near|under|over|of|like)"
             r" (?!my life\b|the past\b|years\b|ages\b|a long time\b|a while\b|my \w+ life\b|general\b|public\b|all\b|"
             r"the moment\b|the minute\b|present\b|the weekends?\b|weekends\b|nights?\b|the (?:evening|morning)s?\b|"
             r"\w+days\b)")
_AFTER_A_NAME = frozenset("""yesterday today tonight later now again too before together once twice lately recently
anymore either this last every most and or but so all sometimes often since""".split())
_NOT_PASTIMES = frozenset("place food drink person animal country city vehicle".split())
_PLAYED = frozenset("ball sport|racket sport|team sport|board game|card game|game|video game|tabletop game".split("|"))
_DONE = frozenset("sport|craft|art form|hobby|outdoor activity|martial art|dance|exercise|water sport|winter sport|"
                  "extreme sport|combat sport|equestrian sport|target sport|fitness class".split("|"))


def _pastime(table: PastimeTable, name: str) -> Pastime | None:
    """The pastime `name` names: listed in the table, or known by its category in the knowledge base (an
    instrument is played, a board game or a team sport played, a craft or a sport done) or by its form
    ("paragliding" is to paraglide)."""
    listed = table.by_name.get(name)
    if listed is not None:
        return listed
    first, _, after = name.partition(" ")
    return _derived(name) or (_derived(first) if after in _AFTER_A_NAME else None)  # "paragliding yesterday"


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Every word of every instrument, game, sport, craft or hobby the knowledge base knows."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    if knowledge_loading():
        return frozenset()
    kb = default_knowledge()
    kinds = _PLAYED | _DONE | {"instrument"}
    return frozenset(w for noun in list(kb.parents) if kinds & set(kb.ancestors(noun)) for w in WORD.findall(noun))


@lru_cache(maxsize=4096)
def kinds_of(name: str) -> frozenset[str]:
    """The near kinds of `name` in the knowledge base: Spain is a country (and "country" a kind of music)."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)
    from .words import singular  # noqa: PLC0415

    if knowledge_loading():
        return frozenset()
    kb = default_knowledge()
    return frozenset(k for noun in {name, singular(name)} for k, depth in kb.ancestors(noun).items() if depth <= 2)


@lru_cache(maxsize=4096)
def _derived(name: str) -> Pastime | None:
    from .knowledge import knowledge_loading  # noqa: PLC0415  (loads on first use)

    if knowledge_loading() or name in STOP_OBJECTS:
        return None
    last = name.split()[-1]
    kinds = kinds_of(name)
    if kinds & _NOT_PASTIMES:
        return None
    if " " not in name and name.endswith("ing") and len(name) > 5 and name not in NOT_GERUNDS:
        doing = name  # "I paragliding" reads as paragliding's verb
    else:
        if "instrument" in kinds:
            doing = f"play the {name}"
        elif kinds & _PLAYED:
            doing = f"play {name}"
        elif kinds & _DONE or last.endswith("ing") and kinds:
            doing = f"do {name}"
        else:
            return None
    return Pastime((name,), doing) if doing_claim(doing) is not None else None


@dataclass(frozen=True, slots=True)
class _Shapes:
    """The compiled shapes of one table."""

    names: str
    doing_name: re.Pattern[str]
    group: re.Pattern[str]
    is_mine: re.Pattern[str]
    my_class: re.Pattern[str]
    night_for_me: re.Pattern[str]
    not_for_me: re.Pattern[str]
    not_into: re.Pattern[str]
    keen_on: re.Pattern[str]
    no_clue: re.Pattern[str]
    wont_catch: re.Pattern[str]
    not_person: re.Pattern[str]
    never_did: re.Pattern[str]
    never_went: re.Pattern[str]
    never_learned: re.Pattern[str]
    dont_do: re.Pattern[str]
    gave_up: re.Pattern[str]
    spent: re.Pattern[str]
    every: re.Pattern[str]
    agent: re.Pattern[str] | None
    not_agent: re.Pattern[str] | None
    never_held: re.Pattern[str] | None
    uses_tool: re.Pattern[str] | None
    out_for: re.Pattern[str] | None
    per_day: re.Pattern[str] | None


@lru_cache(maxsize=4)
def _shapes(table: PastimeTable) -> _Shapes:
    x = rf"(?P<x>{_alternation(list(table.by_name))}|{_ANY_NAME})"
    whole = rf"{x}\b(?!{_NARROWED})"  # denied as a whole: "never been hiking with cats" leaves hiking open
    some = r"(?:(?:some|a bit of|a spot of|a little|a lot of|lots of|loads of|plenty of|any|an hour of|a bit more|"\
           r"more|my|the|a|an) )?"
    agents = _alternation(list(table.by_agent))
    tools = _alternation(list(table.by_tool))
    return _Shapes(
        names=x,
        doing_name=re.compile(rf"\b(?:i|we) (?P<v>do|did|have done|practi[sc]e|practi[sc]ed|have practi[sc]ed|go|went|"
                              rf"go to|went to|have tried|tried|took up|have taken up|have been doing|am doing|"
                              rf"was doing|love doing|enjoy doing|teach|taught|got into|have got into|compete in|competed in|"
                              rf"had a go at|have had a go at|got back from|just got back from|came back from) "
                              rf"{some}{x}\b(?! (?:on|about) (?:tv|television|youtube|the telly))"),
        group=re.compile(rf"(?:\b(?P<own>my|our)|\b(?:i|we) (?:{_GROUP_VERBS})|^(?:got|have got|off to)) "
                         rf"(?:(?:a|an|the|my|our|weekly|new|local|evening|"
                         rf"morning|night|beginner's|beginners|beginner|advanced|\w+day|\w+day night|first|"
                         rf"regular|usual|twice-weekly|adult|amateur|village|work|office|company|church|local) )*"
                         rf"{x} (?P<g>{_GROUPS})\b"),
        my_class=re.compile(rf"^{LEAD}{x} (?:class|classes|lessons?|practice|training|club|session) (?:on (?:a )?"
                            rf"\w+days?|every|tonight|later|this (?:morning|evening|afternoon)|is the highlight|"
                            rf"is my|was (?:great|brilliant|amazing|good|fun|hard|tough|brutal|intense))\b"),
        is_mine=re.compile(rf"^{LEAD}(?:(?:my|our) (?P<t>{tools})|{x}) (?:(?:is|are|has been|have been) (?:honestly |"
                           rf"really |definitely |literally |basically |always )?(?:(?:my|our) {_PASSION}|"
                           rf"a (?:big|huge|massive|large) part of (?:my|our) (?:life|week|routine))|keeps me (?:sane|"
                           rf"fit|going|grounded|busy|young|healthy|out of trouble)|is how i (?:unwind|relax|switch off))\b"),
        not_for_me=re.compile(rf"^{LEAD}{x} (?:(?:is|are|was) (?:just |really |definitely |honestly |simply )?"
                              rf"(?:not for me|not my thing|not my cup of tea|not really my thing|not my scene|"
                              rf"not something i do)|(?:has|have) never (?:appealed to|interested|grabbed|been for) me|"
                              rf"(?:has|have) never been (?:my thing|for me|my cup of tea|my scene)|"
                              rf"(?:does|do) not (?:really )?(?:interest|appeal to|do anything for|do it for) me|"
                              rf"(?:does|do) nothing for me|leaves? me cold)\b"),
        keen_on=re.compile(rf"\bi am (?:really |totally |completely |so |very |a bit |quite |properly |well )?(?:into|"
                           rf"obsessed with|hooked on|addicted to|mad about|crazy about|keen on) {some}{whole}"),
        not_into=re.compile(rf"\bi (?:am not|have never been|was never|am not really|have not ever been) (?:really |even )?"
                            rf"(?:into|interested in|a fan of doing|one for) {whole}"),
        no_clue=re.compile(rf"\bi (?:do not|would not) (?:know|have) (?:the first thing|a clue|the faintest idea|the "
                           rf"foggiest|any idea) (?:about|how to do) {whole}"),
        wont_catch=re.compile(rf"\byou (?:will|would|'ll|'d) (?:never|not) (?:ever )?catch me "
                              rf"(?P<g>(?:doing|playing|going) {some}{x}|[a-z]+ing)\b(?!{_NARROWED})"),
        not_person=re.compile(rf"\bi am (?:just |really |definitely )?not (?:a|an) "
                              rf"{x} (?:person|type|kind of person|sort of person)\b"),
        never_did=re.compile(rf"(?:\b(?:i|we) (?:have |had )?(?:never|not once|never once|never ever)|\b(?:not once|never) "
                             rf"(?:have|did|had) (?:i|we)(?: ever)?) (?:even |really |actually )?"
                             rf"(?:tried|done|did|had a go at|attempted|practi[sc]ed|taken up|took up|"
                             rf"been|gone|been into) {some}{whole}(?! (?:on|about) (?:tv|the telly))"),
        never_went=re.compile(rf"\b(?:i|we) (?:have |had )?(?:never|not once) (?:even )?(?:been to|gone to|went to|"
                              rf"had|done|joined) {some}{x} (?:{_GROUPS})\b"),
        never_learned=re.compile(rf"\b(?:i|we) (?:have |had )?(?:never|not) (?:even |really |actually )?(?:learned|learnt|"
                                 rf"learned how to do|been taught|know how to do) {some}{whole}"),
        dont_do=re.compile(rf"\b(?:i|we) (?:do|did) not (?:really |ever |even )?(?:do|practi[sc]e|go|go to|play) "
                           rf"{some}{whole}"),
        gave_up=re.compile(rf"\b(?:i|we) (?:gave up|have given up|quit|have quit|stopped|packed in|dropped) {some}{x}\b"),
        spent=re.compile(rf"^(?:i |we )?(?:spent|have spent|spend) {_SPENT} {x}\b"),
        night_for_me=re.compile(rf"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)"
                                rf"(?: night| morning| evening| afternoon)? is {x} (?:night|day|morning|evening)\b"),
        every=re.compile(rf"^{LEAD}(?:(?:sunday|saturday|monday|tuesday|wednesday|thursday|friday|weekend|"
                         rf"morning|evening|weekly|summer|winter) )?{x}(?: (?:with|at|in|down)(?: [a-z']+){{1,4}}?)? "
                         rf"(?:(?:every|each|most|twice a|three times a|on)(?: other)? (?:morning|evening|night|day|"
                         rf"week|weekend|sunday|saturday|monday|tuesday|wednesday|thursday|friday|weekends|"
                         rf"sundays|saturdays|mondays|tuesdays|wednesdays|thursdays|fridays)|for the (?:village|local|"
                         rf"club|works|pub|county|university|uni|college) (?:team|side|club|first))\b"),
        agent=re.compile(rf"\bi am (?:a|an|the (?:designated|resident|official|qualified|trained|club|team|office|"
                         rf"family|house))(?: qualified| trained| certified)? "
                         rf"(?:(?:bit of a|bit of an|really|very|pretty|quite|total|real|true|"
                         rf"huge|big) )?(?:(?P<adj>{_ENTHUSED}|{_SKILLED}) )?(?:(?:and|&) )?"
                         rf"(?:(?:{_ENTHUSED}|{_SKILLED}) )?(?P<a>{agents})\b(?!'s| of| in training)")
        if agents else None,
        not_agent=re.compile(rf"\bi (?:am no|am not (?:a|an)|have never been (?:a|an)) (?P<a>{agents})\b")
        if agents else None,
        never_held=re.compile(rf"\b(?:i|we) (?:have |had )?(?:never|not) (?:ever |even |once )?(?:{_TOOL_VERBS}) "
                              rf"(?:a|an|any|the|one|a pair of|a set of)? ?(?P<t>{tools})\b") if tools else None,
        uses_tool=re.compile(rf"\b(?:(?:i|we) (?:use|used|have used) (?:my|our)|^my|^our|(?:on|with|using|in) (?:my|our))"
                             rf" (?:(?:new|old|trusty|favourite|favorite|own) )?(?P<t>{tools})\b") if tools else None,
        out_for=re.compile(rf"\b(?:out|outside|off) for (?:a|an|another|my|a quick|a quiet|a cheeky) (?P<t>{tools})\b")
        if tools else None,
        per_day=re.compile(rf"\b(?:i|we) (?:am on|are on|am down to|am up to|have|get through|go through|smoke|use|"
                           rf"read|do) (?:about |around |"
                           rf"like |maybe |over |under )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                           rf"fifteen|twenty|thirty|forty|fifty|a hundred|a few|a couple of|a couple|\d+ or \d+) "
                           rf"(?P<t>{tools}) (?:a|per|every) "
                           rf"(?:day|week|night|month|year)\b|\b(?:have|had|having|smoke|light|lit|enjoy) (?:my|a|the) "
                           rf"(?:first|last|morning|evening|quick|crafty|sneaky|cheeky|usual|daily) (?P<t2>{tools})\b")
        if tools else None,
    )


def _claim(pastime: Pastime | None, *, polarity: str = "affirm", time: Time = "present", never: bool = False,
           ability: bool = False, change: bool = False, confidence: float = 0.85,
           subject: str = "i") -> list[OpenClaim]:
    base = doing_claim(pastime.doing) if pastime else None
    if base is None:
        return []
    return [replace(base, polarity="deny" if polarity == "deny" else "affirm", time=time, never=never,
                    ability=ability, change=change, confidence=confidence, subject="we" if subject == "we" else "i")]


def _when(sentence: str, default: Time) -> Time:
    return time_of_sentence(sentence, default)


def _factual_before(sentence: str, start: int) -> bool:
    """No "if", "want", "never" or the like before the match: the shape is said as a fact."""
    return _NOT_FACTUAL.search(sentence[:start]) is None


# "I don't play video games much", "I don't go climbing that often": how often, not whether
_HOW_OFTEN = re.compile(r"\b(?:much|that often|very often|as often|as much|a lot|enough|regularly|so much|any more than)\b")


def pastime_claims(sentence: str, table: PastimeTable | None = None) -> list[OpenClaim]:
    """The claims of doing (or never doing) a pastime that a normalised sentence makes."""
    claims = _pastime_claims(sentence, table)
    if _HOW_OFTEN.search(sentence):
        return [c for c in claims if c.polarity == "affirm" or c.never or c.ability or c.time == "ever"]
    return claims


def _pastime_claims(sentence: str, table: PastimeTable | None = None) -> list[OpenClaim]:
    table = table or default_pastimes()
    if not table.by_name:
        return []
    out: list[OpenClaim] = []
    m = _WOULD_NOT_KNOW.search(sentence) if " not " in sentence else None
    if m:
        vp = m.group("vp") or m.group("vp2")
        out += [replace(c, confidence=0.8) for c in read_statement(f"i can not {vp}") if c.ability]
    if "spen" in sentence:
        out += _spent_doing(sentence)
    if "taught" in sentence or "shown" in sentence or " not e" in sentence:
        out += _ability_idioms(sentence)
    if "find me" in sentence:
        out += _found_doing(sentence)
    if sentence.startswith(("my ", "our ")):
        out += _my_club(sentence)
    tokens = WORD.findall(sentence)
    if _vocabulary(table).isdisjoint(tokens) and _kind_words().isdisjoint(tokens) and \
            not any(w.endswith(("ing", "er")) for w in tokens):
        return out
    shapes = _shapes(table)
    m = shapes.gave_up.search(sentence) if not _GIVING_UP.isdisjoint(tokens) else None
    if m and _factual_before(sentence, m.start()):  # "I gave up pottery years ago": did it then, not now
        pastime = _pastime(table, m.group("x"))
        out += _claim(pastime, polarity="deny", change=True, confidence=0.85)
        out += _claim(pastime, time="past", confidence=0.85)
    words = frozenset(tokens)
    if words.isdisjoint(_DENYING) or _BOUNDED.search(sentence):  # "never tried pottery until last year"
        return out or _affirmed(sentence, table, shapes, words)
    out += _denied(sentence, table, shapes)
    return out or _affirmed(sentence, table, shapes, words)


def _denied(sentence: str, table: PastimeTable, shapes: _Shapes) -> list[OpenClaim]:
    """The denials of a pastime a sentence makes: "I've never tried archery", "I'm no kayaker"."""
    out: list[OpenClaim] = []
    m = shapes.never_did.search(sentence) or shapes.never_went.search(sentence)
    if m:
        out += _claim(_pastime(table, m.group("x")), polarity="deny", time="ever", never=True, confidence=0.9)
    m = shapes.never_learned.search(sentence)
    if m:
        out += _claim(_pastime(table, m.group("x")), polarity="deny", ability=True, confidence=0.8)
    m = shapes.dont_do.search(sentence)
    if m and not out:
        did = m.group(0).split()[1] == "did"  # "I didn't play tennis yesterday": that day only
        out += _claim(_pastime(table, m.group("x")), polarity="deny", time=_when(sentence, "past" if did else "present"),
                      confidence=0.85)
    m = shapes.not_for_me.search(sentence) or shapes.not_into.search(sentence)
    if m:
        out += _claim(_pastime(table, m.group("x")), polarity="deny", confidence=0.75)
    m = shapes.no_clue.search(sentence)
    if m:
        out += _claim(_pastime(table, m.group("x")), polarity="deny", ability=True, confidence=0.8)
    m = shapes.wont_catch.search(sentence)
    if m:
        name = m.group("x") if m.group("x") and m.group("g").startswith(("doing", "playing", "going")) else m.group("g")
        out += _claim(_pastime(table, name), polarity="deny", confidence=0.8)
    m = shapes.not_person.search(sentence)
    if m:
        out += _claim(_pastime(table, m.group("x")), polarity="deny", confidence=0.75)
    m = _SOMETHING_NEVER.match(sentence)
    if m and _pastime(table, m.group("x")):
        learned = m.group("v") in ("learned", "learnt", "picked up")
        out += _claim(_pastime(table, m.group("x")), polarity="deny", time="present" if learned else "ever",
                      never=not learned, ability=learned, confidence=0.85)
    if shapes.not_agent and not shapes.not_agent.search(sentence) and not (shapes.agent and
                                                                           shapes.agent.search(sentence)):
        out += [c for c in _any_agent(sentence, table) if c.polarity == "deny"]
    if shapes.not_agent:
        m = shapes.not_agent.search(sentence)
        if m:
            never = "never" in m.group(0)
            out += _claim(table.by_agent[m.group("a")], polarity="deny", time="ever" if never else "present",
                          never=never, confidence=0.75)
    if shapes.never_held:
        m = shapes.never_held.search(sentence)
        if m:  # "I've never held a racket": never; "I haven't touched a chessboard in years": not lately
            never = "never" in m.group(0)
            out += _claim(table.by_tool[m.group("t")], polarity="deny", time="ever" if never else "present",
                          never=never, confidence=0.85)
    return out


def _affirmed(sentence: str, table: PastimeTable, shapes: _Shapes, words: frozenset[str]) -> list[OpenClaim]:
    """The doing of a pastime a sentence affirms. `words` are its words: each shape is tried only when a
    word it needs is there."""
    tools = not _tool_words(table).isdisjoint(words)
    out = _out_for(sentence, table, shapes) if tools else []
    if _NOT_STARTED.search(sentence):
        return out  # "My pottery lessons start next week", "I've signed up for archery": not yet
    m = shapes.doing_name.search(sentence) if not _DOING_VERBS.isdisjoint(words) else None
    if m and _factual_before(sentence, m.start()):
        verb = m.group("v")
        past = verb in ("did", "went", "went to", "tried", "have tried", "have done", "have practised",
                        "have practiced", "taught", "was doing", "competed in", "had a go at", "have had a go at",
                        "got back from", "just got back from", "came back from")
        time = "recent" if "back from" in verb else _when(sentence, "past" if past else "present")
        out += _claim(_pastime(table, m.group("x")), time=time,
                      change=verb in ("took up", "have taken up", "got into", "have got into"),
                      confidence=0.85, subject="we" if m.group(0).startswith("we") else "i")
    grouped = not _GROUP_WORDS.isdisjoint(words) and not LAPSED.search(sentence)  # not "my yoga practice has lapsed"
    m = shapes.group.search(sentence) if grouped else None
    if m and (m.group("x"), m.group("g")) in _SCHOOL_SUBJECTS:
        m = None  # "my gym teacher", "gym class": physical education at school, not going to a gym
    if m and _factual_before(sentence, m.start()) and not _work_group(table, m.group("x"), m.group("g")) \
            and not (m.group("g") in _THINGS_HAD and _UNUSED.search(sentence, m.end())):
        past = re.search(r"\b(?:was|were|went to|played in|competed in|entered|took part in|won|came)\b",
                         m.group(0)) is not None
        out += _claim(_pastime(table, m.group("x")), time=_when(sentence, "past" if past else "present"), confidence=0.85,
                      subject="we" if m.group(0).startswith(("our", "we")) else "i")
    all_about = _ALL_ABOUT.match(sentence) if not _NOT_MY_DOING.search(sentence) else None  # (not "... on the telly",
    # "... for my husband")
    if all_about:
        m = re.match(shapes.names + r"\b", sentence[all_about.end():])
        out += _claim(_pastime(table, m.group("x")), confidence=0.8) if m else []
    m = shapes.keen_on.search(sentence) if not _KEEN_WORDS.isdisjoint(words) else None
    if m and _factual_before(sentence, m.start()) and not _spectated(table, m.group("x")):
        out += _claim(_pastime(table, m.group("x")), confidence=0.75)
    m = shapes.is_mine.search(sentence) if not _BEING.isdisjoint(words) or "keeps" in words else None
    if m:
        out += _claim(_pastime(table, m.group("x")) if m.group("x") else table.by_tool[m.group("t")], confidence=0.85)
    m = (shapes.every.search(sentence) if not _EVERY_WORDS.isdisjoint(words) and not _NOT_MY_DOING.search(sentence)
         else None) or \
        (shapes.my_class.search(sentence) if grouped else None) or \
        (shapes.night_for_me.search(sentence) if "is" in words else None)
    if m:
        out += _claim(_pastime(table, m.group("x")), confidence=0.85)
    m = shapes.spent.search(sentence) if "spent" in words or "spend" in words else None
    if m:
        out += _claim(_pastime(table, m.group("x")), time=_spent_time(sentence), confidence=0.85)
    if "am" in words and not (shapes.agent and shapes.agent.search(sentence)):
        out += _any_agent(sentence, table)
    if shapes.agent and "am" in words:
        m = shapes.agent.search(sentence)
        if m and _factual_before(sentence, m.start()):
            pastime = table.by_agent[m.group("a")]
            skilled = m.group("adj") is not None and re.fullmatch(_SKILLED, m.group("adj")) is not None
            out += _claim(pastime, ability=skilled, confidence=0.85)
    if shapes.uses_tool and tools:
        out += _with_tool(sentence, table, shapes.uses_tool)
    if REMOTE_TIME.search(sentence):  # "my chess club as a kid": then, not now
        return [replace(c, time="remote", change=False) for c in out]
    return out


def _out_for(sentence: str, table: PastimeTable, shapes: _Shapes) -> list[OpenClaim]:
    """"Just nipping out for a fag", "gonna step outside for a vape", "ten cigarettes a day"."""
    out: list[OpenClaim] = []
    at: tuple[tuple[re.Pattern[str] | None, Time], ...] = ((shapes.out_for, "now"), (shapes.per_day, "present"))
    for shape, time in at:
        m = shape.search(sentence) if shape else None
        if m and not NOT_SO.search(sentence[:m.start()]):
            tool = m.group("t") or m.group("t2") if shape is shapes.per_day else m.group("t")
            pastime = table.by_tool[tool]
            out += _claim(pastime, time=_when(sentence, time), confidence=0.8)
            if shape is shapes.per_day:  # "ten cigarettes a day": smokes cigarettes, not only smokes
                out += [replace(c, time=_when(sentence, time), confidence=0.8)
                        for c in read_statement(f"i {pastime.doing} {tool}") if c.polarity == "affirm"]
    return out


_ANY_AGENT = re.compile(rf"\bi (?P<neg>am no|am not (?:a|an)|have never been (?:a|an)|am (?:a|an))"
                        rf"(?P<adj>(?: (?:{_ENTHUSED}|{_SKILLED}))*) (?:(?P<played>[a-z][a-z-]+(?: [a-z][a-z-]+)?) player"
                        rf"|(?P<doer>[a-z]+er))\b(?!'s| of| in training)")


def _any_agent(sentence: str, table: PastimeTable) -> list[OpenClaim]:
    """A doer the table does not list: "I'm a keen paraglider", "I'm no mahjong player". A bare "I'm a
    paraglider" is the copula reader's; here only what it leaves: adjectives before the agent, and "no"."""
    m = _ANY_AGENT.search(sentence)
    if not m or not _factual_before(sentence, m.start()):
        return []
    polarity: Polarity = "affirm" if m.group("neg") in ("am a", "am an") else "deny"
    if (polarity == "affirm") != bool(m.group("adj")):
        return []  # "I'm a paraglider" is the copula reader's; "I'm not a good swimmer" says how well, not whether
    never = "never" in m.group("neg")
    skilled = polarity == "affirm" and any(re.fullmatch(_SKILLED, w) for w in m.group("adj").split())
    time: Time = "ever" if never else "present"
    if m.group("played"):
        pastime = _pastime(table, m.group("played"))
        if pastime is None or not pastime.doing.startswith("play "):
            return []
        return _claim(pastime, polarity=polarity, time=time, never=never, ability=skilled, confidence=0.8)
    verb = agent_verb(m.group("doer"))
    if not verb:
        return []
    base = OpenClaim(predicate=verb, object="")
    return [replace(base, polarity=polarity, time=time, never=never, ability=skilled, confidence=0.8)]


_SPECTATOR_KINDS = frozenset("team sport|ball sport|motorsport|combat sport".split("|"))
_SPECTATOR_NAMES = frozenset("""football soccer rugby cricket basketball baseball softball hockey tennis golf boxing
wrestling snooker darts""".split())


def _spectated(table: PastimeTable, name: str) -> bool:
    """A sport more often watched than played: being into football says nothing of playing it."""
    return name in _SPECTATOR_NAMES or bool(kinds_of(name) & _SPECTATOR_KINDS)


# kit and gear are things had, not done: "My gym kit is still in the bag from January, never used it" did no gym
_THINGS_HAD = frozenset("kit gear".split())
_UNUSED = re.compile(r"\b(?:never|not|unused|untouched|still in the (?:bag|box|wrapper|packaging))\b")
_SCHOOL_SUBJECTS = frozenset((name, group) for name in ("gym", "the gym") for group in ("teacher", "class", "classes",
                                                                                     "lesson", "lessons", "kit"))
_LEARNING_GROUPS = frozenset("class classes lesson lessons club practice training session sessions course".split())


def _work_group(table: PastimeTable, name: str, group: str) -> bool:
    """"My marketing team", "our planning group": a gerund the table and the categories do not know is
    read as a pastime only with a class, a lesson or a club; a team or a group of it is more often work."""
    pastime = _pastime(table, name)
    return pastime is not None and name not in table.by_name and not kinds_of(name) & (_PLAYED | _DONE | {"instrument"}) \
        and group not in _LEARNING_GROUPS


def _with_tool(sentence: str, table: PastimeTable, uses_tool: re.Pattern[str]) -> list[OpenClaim]:
    """"I use my fishing rod every weekend", "my easel gets used every day": doing it. "I made these curtains
    on my sewing machine": did it, so can do it."""
    m = uses_tool.search(sentence)
    if not m or not _factual_before(sentence, m.start()):
        return []
    pastime = table.by_tool[m.group("t")]
    if m.group(0).startswith(("i ", "we ")) or HABITUAL.search(sentence):
        return _claim(pastime, time=_when(sentence, "present"), confidence=0.8)
    if m.start() > 0 and _DID_WITH.search(sentence[:m.start()]):
        return _claim(pastime, time=_when(sentence, "past"), confidence=0.8) + \
            _claim(pastime, ability=True, confidence=0.75)
    return []


_SPENT_DOING = re.compile(rf"^(?:i |we )?(?:spent|have spent) {_SPENT} (?P<vp>(?:doing|playing|keeping|making|"
                          rf"practi[sc]ing) [a-z][a-z' -]+)")
_SPEND_USUALLY = re.compile(r"\b(?:i|we) (?:usually |always |often )?spend (?:most|all|many|a lot of|lots of|every|my) "
                            r"(?:weekends|evenings|sundays|saturdays|summers|mornings|nights|free time|spare time|"
                            r"weekend|evening|sunday|saturday|summer|morning|holidays) (?P<vp>[a-z]+ing(?: [a-z' -]+)?)")
_A_BIT_OF = re.compile(r"^(?:i )?(?:love|adore|enjoy|like) (?:a bit of|a spot of|a good|a nice|a little) ")


def _ability_idioms(sentence: str) -> list[OpenClaim]:
    """"Nobody ever taught me to ride a bike", "I couldn't even sew a button on": can't do it now. After
    "even", the smallest task of an activity verb stands for the activity ("can't even sew a button": can't sew)."""
    out: list[OpenClaim] = []
    if REMOTE_TIME.search(sentence):
        return out  # "I couldn't even boil an egg when I was a student": then, not now
    for pattern in (_NEVER_TAUGHT, _NOT_EVEN):
        m = pattern.search(sentence)
        if not m:
            continue
        claims = [replace(c, confidence=0.8) for c in read_statement(f"i can not {m.group('vp')}") if c.ability]
        out += claims
        if pattern is _NOT_EVEN:
            out += [replace(c, predicate=c.predicate.split()[0], object="", activity=False, confidence=0.75)
                    for c in claims if c.object and c.predicate.split()[0] in activities()]
    return out


def _found_doing(sentence: str) -> list[OpenClaim]:
    """"Every Saturday you'll find me fishing at the lake": a habit of fishing."""
    m = _FIND_ME.search(sentence)
    if not m:
        return []
    claims = [replace(c, time="present", confidence=0.8) for c in read_statement(f"i was {m.group('vp')}")
              if c.polarity == "affirm"]
    return claims + [replace(c, predicate=c.predicate.split()[0], object="") for c in claims
                     if " " in c.predicate and c.predicate.split()[0] in activities()]


def activities() -> frozenset[str]:
    """The verbs that are an activity whatever their object (knowledge/activities.txt)."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    return frozenset() if knowledge_loading() else default_knowledge().activities


def _my_club(sentence: str) -> list[OpenClaim]:
    """"My book club meets on Thursdays": a member of a book club."""
    m = _MY_CLUB.search(sentence)
    if not m or m.group("kind").split()[0] in _NOT_CLUB_KINDS:
        return []
    return [replace(c, confidence=0.8, subject="we" if m.group(0).startswith("our") else "i")
            for c in read_statement(f"i am in a {m.group('kind')}")]


def _spent_time(sentence: str) -> Time:
    """A day or a weekend spent doing something is a recent one unless the sentence dates it further back."""
    time = _when(sentence, "past")
    return "recent" if time == "past" else time


def _spent_doing(sentence: str) -> list[OpenClaim]:
    """"I spent Sunday doing pottery": did it then (the -ing of a verb with its object); "I spend most
    weekends sailing": does it."""
    usually = _SPEND_USUALLY.search(sentence)
    if usually:
        claims = [replace(c, time="present", confidence=0.85) for c in read_statement(f"i was {usually.group('vp')}")
                  if c.polarity == "affirm"]
        return claims + [replace(c, predicate=c.predicate.split()[0], object="") for c in claims
                         if " " in c.predicate and c.predicate.split()[0] in activities()]
    m = _SPENT_DOING.search(sentence)
    if not m:
        return []
    time = _spent_time(sentence)
    return [replace(c, time=time, confidence=0.85) for c in read_statement(f"i was {m.group('vp')}")
            if c.polarity == "affirm"]


_SUBJECTLESS = re.compile(rf"{LEAD}(?P<rest>(?:love|loving|adore|did|do|went|go|got|had|spent|been|off to|just got|"
                          rf"heading to|heading off to|just back from|back from)\b.*)$")
_NO_IDEA_HOW = re.compile(rf"{LEAD}(?:i |we )?(?:do not|would not|did not) (?:even |really )?(?:know|have a clue|have "
                          rf"any idea) (?:how|the rules|where to start|what to do)\b")
_NOT_MY_THING = re.compile(rf"{LEAD}(?:it is |that is )?(?:not (?:really )?my thing|not for me|not my cup of tea|"
                           rf"no thanks|not really|not my scene)\b")
_BARE_NEVER = re.compile(rf"{LEAD}(?:never|never ever|never in my life|never once|not once|not ever|never have|"
                         rf"never did|never (?:tried|done|did|had a go at) (?:it|that)|not for me|no way|not me)"
                         rf"(?:[.!]*$|,? (?:not once|never|not ever|not in|in my|ever)\b)")


def subjectless_pastime_claims(sentence: str, table: PastimeTable | None = None) -> list[OpenClaim]:
    """A sentence that leaves out its "I" ("Love a bit of archery", "Off to pottery later", "Did some
    rowing yesterday"): read as if it had it, for pastimes only."""
    m = _SUBJECTLESS.match(sentence)
    if not m:
        return []
    rest = m.group("rest")
    if rest.startswith(("off to", "heading", "just back", "back from")):
        shapes = _shapes(table or default_pastimes())
        hit = re.match(rf"(?:off to|heading (?:off )?to|just back from|back from) (?:my |our |the |a )?"
                       rf"{shapes.names}\b", rest)
        if not hit:
            return []
        pastime = _pastime(table or default_pastimes(), hit.group("x"))
        time: Time = "now" if rest.startswith(("off", "heading")) else "recent"
        return _claim(pastime, time=time, confidence=0.8)
    a_bit = _A_BIT_OF.match(rest)
    if a_bit:  # "Love a bit of archery": does it now and then
        hit = re.match(_shapes(table or default_pastimes()).names + r"\b", rest[a_bit.end():])
        if hit:
            return _claim(_pastime(table or default_pastimes(), hit.group("x")), confidence=0.75)
    if rest.startswith(("love", "loving", "adore")):
        liked = re.sub(r"^(\w+) (?:a bit of|a spot of|a good|a bit of a|a nice) ", r"\1 ", rest)
        return [c for c in read_statement(f"i {liked}") if c.activity]
    return pastime_claims(f"i {rest}", table)


@lru_cache(maxsize=4)
def _aliases(table: PastimeTable) -> dict[tuple[str, str], OpenClaim]:
    """Other keys the reader gives a pastime ("do woodwork", "do kayaking") -> the claim of doing it."""
    out: dict[tuple[str, str], OpenClaim] = {}
    for name, pastime in table.by_name.items():
        base = doing_claim(pastime.doing)
        if base is None:
            continue
        for verb in ("do", "practise", "go"):
            for claim in read_statement(f"i {verb} {name}"):
                if claim.key != base.key and claim.polarity == "affirm":
                    out.setdefault(claim.key, base)
    return out


def pastime_aliases(claims: list[OpenClaim], table: PastimeTable | None = None) -> list[OpenClaim]:
    """The claim of doing a pastime for each claim that names it another way ("I can't do woodwork" is
    "I can't do woodworking"), with the same polarity, time and ability."""
    aliases = _aliases(table or default_pastimes())
    return [replace(c, predicate=base.predicate, object=base.object, activity=base.activity)
            for c in claims if (base := aliases.get(c.key)) is not None and not (c.polarity == "deny" and
                                                                                c.predicate == "study")]
    # (a study denied is no doing denied: "I've never taken a yoga class", "I never studied dance", self-taught)


def topic_pastime_claims(topic: str | None, sentence: str, table: PastimeTable | None = None) -> list[OpenClaim]:
    """A bare "never" answering a bare pastime ("Archery? Never."): never having done it."""
    table = table or default_pastimes()
    if not topic or not _pastime(table, topic):
        return []
    if _NO_IDEA_HOW.match(sentence):  # "Chess? I don't even know how the pieces move."
        return _claim(_pastime(table, topic), polarity="deny", ability=True, confidence=0.8)
    if _NOT_MY_THING.match(sentence):  # "Golf? Not my thing."
        return _claim(_pastime(table, topic), polarity="deny", confidence=0.75)
    if not _BARE_NEVER.match(sentence):
        return []
    return _claim(_pastime(table, topic), polarity="deny", time="ever", never=True, confidence=0.85)


def read_pastimes(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Every claim about pastimes a normalised sentence makes, with or without its "I" or its pastime."""
    return pastime_claims(sentence) + subjectless_pastime_claims(sentence) + topic_pastime_claims(topic, sentence) \
        + pastime_event_claims(sentence)


# A pastime told as a past event, the doing as the subject: "Skiing in the Alps last winter was amazing",
# "Kayaking down the river yesterday was so much fun" (the speaker's own, as "we" or "my" would say otherwise)
_PASTIME_EVENT = re.compile(rf"^(?:(?:{LEAD_WORDS})[,!. ]+)*(?P<g>[a-z]+ing)(?P<where> (?:in|at|on|around|down|up|"
                            r"across|through|along|off|over) (?:the |a )?[a-z' -]{1,30}?)? "
                            r"(?P<when>last (?:week|weekend|month|year|summer|winter|spring|autumn|fall|night|sunday|"
                            r"saturday|friday|time)|yesterday|this (?:morning|weekend|summer|winter|spring|year)|"
                            r"(?:a|one|two|three|a few|several|a couple of) (?:days|weeks|months|years) ago) "
                            r"(?:was|were|has been)\b")
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called off|rained off|rained out|postponed|out of the question|not possible|"
                         r"impossible|did not happen|never happened|a no-go|off the table|not an option)\b")


def pastime_event_claims(sentence: str, table: PastimeTable | None = None) -> list[OpenClaim]:
    """"Skiing in the Alps last winter was amazing": I went skiing then (a pastime of the table only)."""
    if "ing " not in sentence:
        return []
    m = _PASTIME_EVENT.match(sentence)
    table = table or default_pastimes()
    if not m or m.group("g") not in table.by_name or _CALLED_OFF.search(sentence, m.end()):
        return []
    return [replace(c, confidence=min(c.confidence, 0.8))
            for c in read_statement(f"i went {m.group('g')}{m.group('where') or ''} {m.group('when')}")
            if c.polarity == "affirm"]


_LIKING = frozenset({"lik", "lov", "enjoy", "ador"})


_HEDGED = re.compile(r"\b(?:in theory|in principle|on paper|the idea of|the thought of|vicariously|from afar)\b")
# a gerund that names a kind of thing, not a doing: "I love hiking videos", "hiking boots", "surfing the web"
_NOT_THE_DOING = frozenset("""video boot shoe gear clothe clothes cloth outfit show documentary film movie book magazine
channel vlog blog game joke meme photo picture equipment story song music fashion web internet net podcast content app
simulator simulation poster programme program""".split())
_WATCHED = re.compile(r"\b(?:watch\w*|fan|fans|follow\w*|supporter)\b")


def _activity_verbs() -> frozenset[str]:
    """The verbs that name an activity whatever their object (knowledge/activities.txt)."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    return default_knowledge().activities



def loved_means_done(claims: list[OpenClaim], table: PastimeTable | None = None) -> list[OpenClaim]:
    """Loving a pastime one does tells that one has done it ("I love scuba diving" / "I've never been scuba
    diving"): a doing at some time, which meets only "never", not "I haven't dived in years". A pastime more often
    watched than done ("I love football") tells nothing of doing it."""
    table = table or default_pastimes()
    out: list[OpenClaim] = []
    for c in claims:
        if c.predicate not in _LIKING or c.polarity != "affirm" or c.time != "present" or c.ability or not c.object:
            continue
        if _WATCHED.search(c.text.lower()) or CONDITIONAL.search(c.text.lower()) or _HEDGED.search(c.text.lower()):
            continue  # watched ("a fan of wrestling"), wished ("or I would if I tried it"), hedged ("in theory")
        if c.activity and " " in c.object and c.object.rsplit(" ", 1)[-1] in _NOT_THE_DOING:
            continue  # "I love hiking videos": the thing, not the doing
        if c.activity:
            verb, _, rest = c.object.partition(" ")
            done = verb in _activity_verbs() and not rest.startswith(("about ", "with ", "around ", "to "))
            base = doing_claim(f"{readable_verb(verb)} {rest}".strip()) if done else None
        else:
            pastime = table.by_name.get(c.object)  # a listed pastime: "I love gigs" names no doing of one's own
            base = doing_claim(pastime.doing) if pastime and not _spectated(table, c.object) else None
        if base is not None:
            out.append(replace(base, time="remote", confidence=0.65, span=c.span, text=c.text, subject=c.subject))
    return out


SENTENCE_READERS.append(read_pastimes)
CLAIM_EXTENDERS.append(pastime_aliases)
CLAIM_EXTENDERS.append(loved_means_done)


def pastime_names_of_agent(agent: str) -> tuple[str, ...]:
    """The names of the pastime `agent` is the doer of ("photographer": photography), or none."""
    pastime = default_pastimes().by_agent.get(agent)
    return pastime.names if pastime is not None else ()


AGENT_PASTIMES.append(pastime_names_of_agent)
