"""Routines, body and household said in passing: phone use, sleep, caffeine, exercise, pets to look after,
a parent never known, nights in hospital, one's own teeth.

"I'm glued to my phone" / "I barely use my phone", "I never sleep more than four hours" / "I sleep a solid
nine hours every night", "grabbed a double espresso on the way in", "leg day at the gym yesterday", "I need to
get back and feed the rabbits", "my dad died before I was born" / "dad taught me to fish", "on the ward for
three nights after my op", "all my own teeth" / "my dentures": each becomes the claim the checker compares
with what else the speaker said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gated import GatedReaders
from .open_claims import SENTENCE_READERS, OpenClaim, Time, read_statement
from .pastimes import HABITUAL, NOT_SO, kinds_of

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12}
_N = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_M = _N.replace("?P<n>", "?P<m>")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word, 0)


# --- phone use ------------------------------------------------------------------------------------------
_PHONE = r"(?:my |the )?(?:phone|mobile|smartphone|cell|cellphone)"
_PHONE_A_LOT = re.compile(rf"\bi am (?:always |constantly |basically |totally |completely )?(?:glued to|addicted to|"
                          rf"hooked on|welded to|never off|always on|on) {_PHONE}\b(?: (?:constantly|all day|all the "
                          rf"time|24/7|non-stop|nonstop))?|\b(?:glued to|addicted to|welded to|never off) {_PHONE}\b")
_PHONE_ON_ALL_DAY = re.compile(rf"\bi am on {_PHONE} (?:constantly|all day|all the time|24/7|non-stop|nonstop)\b")
_PHONE_LITTLE = re.compile(rf"\bi (?:barely|hardly|rarely|seldom|scarcely|almost never|hardly ever|never really) "
                           rf"(?:ever )?(?:use|touch|look at|pick up|check) {_PHONE}\b")


def phone_claims(sentence: str) -> list[OpenClaim]:
    """"I'm glued to my phone", "addicted to my phone" (uses it a lot); "I barely use my phone", "I hardly
    ever touch my mobile" (does not). One claim: using the phone a lot, affirmed or denied."""
    a_lot = OpenClaim(predicate="use a lot", object="phone", confidence=0.8)
    m = _PHONE_LITTLE.search(sentence)
    if m and not re.search(r"\b(?:if|would|when i was|used to)\b", sentence[:m.start()]):
        return [replace(a_lot, polarity="deny")]
    m = _PHONE_A_LOT.search(sentence)
    if m and (not m.group(0).startswith("i am on ") or _PHONE_ON_ALL_DAY.search(sentence)) \
            and not NOT_SO.search(sentence[:m.start()]):
        return [a_lot]
    return []


# --- sleep ----------------------------------------------------------------------------------------------
_SLEEP_AT_MOST = re.compile(rf"\bi (?:never|do not ever|can not|can never|rarely) (?:get|sleep|manage) (?:more than|over|"
                            rf"longer than|beyond) {_N} hours?\b|\bi (?:only|just) (?:ever )?(?:get|sleep|manage) "
                            rf"(?:about |around |maybe )?{_M} hours?(?: of sleep| sleep| a night| a day)?\b")
_SLEEP_HOURS = re.compile(rf"\bi (?:always |usually |normally |still )?(?:sleep|get) (?:a (?:solid|good|full|straight) |"
                          rf"a |about |around |at least |easily |solidly )?{_N} (?:solid |full |straight )?hours?\b")


def sleep_claims(sentence: str) -> list[OpenClaim]:
    """How long the speaker sleeps as a habit: "I never sleep more than four hours", "I only get five hours a
    night" (not long); "I sleep a solid nine hours every night" (long). One night ("last night") says
    nothing about the habit."""
    long_sleep = OpenClaim(predicate="sleep", object="long hours", confidence=0.8)
    if re.search(r"\b(?:last night|tonight|yesterday|once|that night|if|would)\b", sentence):
        return []
    m = _SLEEP_AT_MOST.search(sentence)
    if m and 0 < _number(m.group("n") or m.group("m")) <= 6:
        return [replace(long_sleep, polarity="deny")]
    m = _SLEEP_HOURS.search(sentence)
    if m and (HABITUAL.search(sentence) or re.search(r"\b(?:a|every|each|per) night\b", sentence)) \
            and not NOT_SO.search(sentence[:m.start()]):
        hours = _number(m.group("n"))
        if hours >= 9:
            return [long_sleep]
        if 0 < hours <= 5:
            return [replace(long_sleep, polarity="deny")]
    return []


# --- drinks ---------------------------------------------------------------------------------------------
_NOT_FOR_ME = re.compile(r"(?:^|[,.!;] |\b(?:but|and|so|honestly|well) )(?P<x>[a-z][a-z -]{1,25}?) (?:is|are) "
                         r"(?:just |really |honestly |definitely )?not (?:for me|my thing|my cup of tea)\b")
_GRABBED = re.compile(r"(?:^|\bi |\bwe |[,.!;] |\b(?:well|so|and|but) )(?:just )?(?:grabbed|picked up|got|necked|"
                      r"downed|knocked back|inhaled|had|sank) (?:a|an|my|another|two|three|four) (?:quick |large |small |"
                      r"double |triple |big |massive |huge |strong |iced |extra |single )*(?P<x>[a-z][a-z ]{1,20}?)"
                      r"(?: (?:on the way|this morning|earlier|before|after|at|from|in|to)\b|[,.!;]|$)")


_NTH_DRINK = re.compile(r"\bmy (?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:cup of |mug of |glass of |"
                        r"pint of |can of |bottle of )?(?P<x>[a-z][a-z ]{1,20}?) (?:of the (?:morning|day|night|evening|"
                        r"week)|today|this morning|tonight|already|before)\b")
_BOTTLE = re.compile(r"\b(?:i|we|my [a-z]+ and i|me and my [a-z]+) (?:usually |always |often |normally |also )?(?:split|"
                     r"share|shared|polish off|polished off|get through|got through|crack open|cracked open|open|"
                     r"opened|demolish|demolished|finish|finished) (?:a|another|half a|two|a whole) "
                     r"bottles? of (?P<x>red|white|rose|wine|prosecco|champagne|cava|whisky|whiskey|vodka|gin|rum|fizz)\b")
_WINE = {"red": "wine", "white": "wine", "rose": "wine", "fizz": "prosecco"}


def drink_claims(sentence: str) -> list[OpenClaim]:
    """"Coffee's not for me" (does not drink coffee: said of a drink); "grabbed a double espresso on the way
    in", "just finished my second espresso of the morning" (had one, lately); "my wife and I split a bottle of
    red most nights" (drinks wine)."""
    out: list[OpenClaim] = []
    m = _NTH_DRINK.search(sentence)
    if m and "beverage" in kinds_of(m.group("x")) and not NOT_SO.search(sentence[:m.start()]):
        out += [replace(c, time="recent", confidence=0.8) for c in read_statement(f"i had {m.group('x')}")]
    m = _BOTTLE.search(sentence)
    if m and not NOT_SO.search(sentence[:m.start()]):
        time: Time = "present" if HABITUAL.search(sentence) or " nights" in sentence else "recent"
        out += [replace(c, time=time, confidence=0.8)
                for c in read_statement(f"i drink {_WINE.get(m.group('x'), m.group('x'))}")]
    m = _NOT_FOR_ME.search(sentence)
    if m and "beverage" in kinds_of(m.group("x")):
        out += [replace(c, confidence=0.8) for c in read_statement(f"i do not drink {m.group('x')}")]
    m = _GRABBED.search(sentence)
    if m and "beverage" in kinds_of(m.group("x")) and not NOT_SO.search(sentence[:m.start()]):
        out += [replace(c, time="recent", confidence=0.8) for c in read_statement(f"i had {m.group('x')}")]
    return out


# --- exercise -------------------------------------------------------------------------------------------
_WORKED_OUT = re.compile(r"\b(?:leg day|arm day|chest day|back day|a session at the gym|my session at the gym|"
                         r"(?:my |a |the )?(?:workout|gym session|spin class|hiit class|crossfit class|bootcamp class|"
                         r"circuit class|training session))\b(?:[a-z ]{0,20}?) ?(?:yesterday|this morning|today|last "
                         r"night|earlier)\b|\b(?:yesterday|this morning|today|last night)(?:'s)? (?:leg day|workout|"
                         r"gym session|spin class|session at the gym)\b")


def exercise_claims(sentence: str) -> list[OpenClaim]:
    """"Leg day at the gym yesterday destroyed me", "this morning's spin class": exercised lately."""
    m = _WORKED_OUT.search(sentence)
    if not m or NOT_SO.search(sentence[:m.start()]) or re.search(r"\b(?:missed|skipped|cancelled|cancel|skip)\b",
                                                                   sentence):
        return []
    return [replace(c, time="recent", confidence=0.8) for c in read_statement("i exercised")]


# --- animals to look after --------------------------------------------------------------------------------
_TANK = re.compile(r"\b(?:clean|cleaning|cleaned|clean out|cleaning out|cleaned out|top up|topping up|change the water "
                   r"in) (?:the|my|our) (?:fish tank|aquarium|tank|rabbit hutch|hutch|litter tray|litter box|"
                   r"hamster cage|bird cage|birdcage|guinea pig cage|vivarium)\b")
_GO_FEED = re.compile(r"\b(?:get back|go back|get home|go home|head home|head back|rush home|rush back|dash home|"
                      r"be home) (?:and|to) (?:feed|walk|let out|muck out|clean out) (?:the|my|our) (?P<x>[a-z][a-z ]{1,20}?)"
                      r"(?: and (?:the |my |our )?(?P<y>[a-z][a-z ]{1,20}?))?(?:[,.!;]|$| before| at| or)")


_TANK_OF = re.compile(r"\b(?:i have|i have got|i got|we have|we have got|we got|i keep|we keep) (?:a|an|two|three) (?:big |"
                      r"huge |massive |small |little |new |giant |heated |tropical |marine )*(?:aquarium|fish tank|tank|"
                      r"pond|vivarium|terrarium) (?:full of|with|of|for) (?:some |a few |loads of |lots of |my |our |"
                      r"about \d+ |\d+ )?(?P<x>[a-z][a-z ]{1,20}?)(?:[,.!;]|$| and| in| that| which| i| we)")


def pet_care_claims(sentence: str) -> list[OpenClaim]:
    """"Cleaning the fish tank is my least favourite chore", "I need to get back and feed the rabbits":
    has pets. Someone else's animals ("my neighbour's cats") are not read."""
    if re.search(r"\b(?:if|would|wish|used to|when i was)\b", sentence):
        return []
    if _TANK.search(sentence) and not re.search(r"\b(?:neighbou?r|friend|sister|brother|mum|mom|parents|office|"
                                                r"school|class)'?s?\b", sentence):
        return [replace(c, confidence=0.8) for c in read_statement("i have a pet")]
    m = _TANK_OF.search(sentence)
    if m and ("pet" in kinds_of(m.group("x")) or m.group("x").endswith("fish")):
        return [replace(c, confidence=0.85) for c in read_statement(f"i have {m.group('x')}")]
    m = _GO_FEED.search(sentence)
    if m:
        for x in (m.group("x"), m.group("y")):
            if x and "pet" in kinds_of(x):
                return [replace(c, confidence=0.8) for c in read_statement(f"i have a {x}")]
    return []


# --- a parent never known ----------------------------------------------------------------------------------
_KIN = r"(?P<k>dad|father|mum|mom|mother|mam|grandad|granddad|grandpa|grandfather|grandma|gran|granny|nan|nana|grandmother)"
_DIED_BEFORE_BORN = re.compile(rf"\bmy {_KIN} (?:died|passed away|passed|was killed|left|walked out) (?:[a-z ]{{0,20}})?"
                               rf"before i was (?:born|even born)\b")
_KIN_TAUGHT = re.compile(rf"(?:^|[,.!;] |\b(?:and|but|so|well|honestly) )(?:my )?{_KIN} (?:taught|showed|used to take|"
                         rf"took|would take|always took|read to|used to read to|sang to|raised|brought) me\b")


_ALL_DIED_BEFORE_BORN = re.compile(r"\b(?:all (?:four |both |two )?(?:of )?|both (?:of )?)?my (?P<g>grandparents|parents) "
                                   r"(?:both |all )?(?:died|passed away|passed|had died|had passed away) (?:[a-z ]{0,20})?"
                                   r"before i was (?:born|even born)\b")
_KIN_OF = {"grandparents": ("grandma", "grandmother", "grandpa", "grandfather", "grandad", "granddad", "gran", "granny",
                            "nan", "nana"),
           "parents": ("dad", "father", "mum", "mom", "mother", "mam")}


def kin_known_claims(sentence: str) -> list[OpenClaim]:
    """"My dad died before I was born", "all four of my grandparents died before I was born": never met them;
    "Dad taught me to fish", "my gran used to take me to the pictures": met them."""
    m = _ALL_DIED_BEFORE_BORN.search(sentence)
    if m:
        return [replace(c, confidence=0.85) for k in _KIN_OF[m.group("g")]
                for c in read_statement(f"i have never met my {k}") if c.predicate == "meet"]
    m = _DIED_BEFORE_BORN.search(sentence)
    if m:
        return [replace(c, confidence=0.85) for c in read_statement(f"i have never met my {m.group('k')}")]
    m = _KIN_TAUGHT.search(sentence)
    if m and not re.search(r"\b(?:if|would|wish|never)\b", sentence[:m.start()]):
        return [replace(c, time="past", confidence=0.8) for c in read_statement(f"i met my {m.group('k')}")
                if c.predicate == "meet"]
    return []


# --- nights in hospital -------------------------------------------------------------------------------------
_IN_HOSPITAL = re.compile(rf"\b(?:i was |i spent |spent |i have spent |i was kept )?(?:on the ward|in hospital|in the "
                          rf"hospital|on a ward|in intensive care|in the icu) for (?:{_N}|a few|a couple of|several) "
                          rf"(?:nights|days|weeks)\b|\b(?:i )?(?:spent|was kept in|stayed) (?:{_M}|a few|a couple of|"
                          rf"several) (?:nights|days|weeks) (?:in hospital|in the hospital|on the ward|on a ward|in "
                          rf"intensive care)\b|\bi was (?:kept in|admitted)(?: to hospital)? overnight\b")
_NEVER_IN_HOSPITAL = re.compile(r"\bi have never (?:spent|stayed|had to stay|been kept in|slept) (?:a|one|a single) "
                                r"night (?:in (?:a |the )?hospital|on a ward)\b|\bi have never been (?:admitted to|"
                                r"kept in|in) (?:a |the )?hospital\b")


def hospital_claims(sentence: str) -> list[OpenClaim]:
    """"I've never spent a night in hospital" / "on the ward for three nights after my op": stayed in hospital."""
    if _NEVER_IN_HOSPITAL.search(sentence):
        return [replace(c, confidence=0.85) for c in read_statement("i have never stayed in hospital")]
    m = _IN_HOSPITAL.search(sentence)
    if m and not re.search(r"\b(?:if|would|my (?:mum|mom|dad|wife|husband|son|daughter|friend|partner)|he|she|they)\b",
                           sentence[:m.start()]):
        return [replace(c, time="past", confidence=0.8) for c in read_statement("i stayed in hospital")]
    return []


# --- own teeth --------------------------------------------------------------------------------------------
_OWN_TEETH = re.compile(r"\b(?:all|every one|every single one|each one) of my own teeth\b|\ball my own teeth\b")
_DENTURES = re.compile(r"\b(?:my|i wear|i have|i got|i have got|i need) (?:new |false )?(?:dentures|false teeth|"
                       r"denture|set of false teeth|plate)\b")


def teeth_claims(sentence: str) -> list[OpenClaim]:
    """"Still got all my own teeth" / "I take my dentures out at night": one claim, having all one's own teeth."""
    own = OpenClaim(predicate="have", object="all own teeth", confidence=0.85)
    if _OWN_TEETH.search(sentence) and not re.search(r"\b(?:if|wish|would|hope)\b", sentence):
        return [own]
    m = _DENTURES.search(sentence)
    if m and (m.group(0).endswith(("dentures", "false teeth", "denture"))) \
            and not re.search(r"\b(?:if|would|wish|grandma|grandad|gran|nan|mum|mom|dad)\b", sentence):
        return [replace(own, polarity="deny", confidence=0.8)]
    return []


# --- spicy food ------------------------------------------------------------------------------------------
_HOTTER_THE_BETTER = re.compile(r"\bthe (?:hotter|spicier|hotter and spicier) the better\b|\bi (?:like|love|want|"
                                r"need) (?:my|it|everything|all my) (?:food |curries |curry |dishes |wings |chilli |chili )?"
                                r"(?:really |extra |super |properly )?"
                                r"(?:hot|spicy|fiery)\b|\bcan never (?:get|have) (?:it|food|anything) (?:hot|spicy) "
                                r"enough\b")
_ON_EVERYTHING = re.compile(r"\bi (?:put|pour|add|slather|douse|drown|sprinkle|have) (?P<x>[a-z][a-z -]{2,25}?) "
                            r"(?:on|in|over) (?:literally |basically |pretty much |just about |almost )?(?:everything|"
                            r"every dish|every meal|all my food)\b")


_SPICE = r"(?:spicy|hot|spiced) (?:food|stuff|things|dishes|curries|curry)|spice|chilli|chili|heat"
_NO_SPICE = re.compile(rf"\bi (?:can not|could never|can never) (?:handle|take|do|stomach|tolerate|cope with|manage) "
                       rf"(?:any |much )?(?:{_SPICE})\b|\b(?:{_SPICE}) (?:and i (?:do not|never) get on|(?:does|do) not "
                       rf"agree with me|(?:is|are) (?:far |way |just )?too much for me)\b|\bi am (?:a |such a |a total |"
                       rf"a complete )?(?:wimp|lightweight|baby) (?:with|about|when it comes to) (?:{_SPICE})\b")


def spicy_claims(sentence: str) -> list[OpenClaim]:
    """"The hotter the better for me", "I like my food really hot", "I put ghost pepper sauce on everything":
    likes and eats spicy food. "I can't handle spicy food at all", "spicy food and I don't get on", "I'm a wimp
    with spice": cannot eat it."""
    m = _NO_SPICE.search(sentence)
    if m and not re.search(r"\b(?:if|would|used to|when i was|my|he|she|they)\b", sentence[:m.start()]):
        return [replace(c, confidence=0.85) for c in read_statement("i can not eat spicy food")]
    if re.search(r"\b(?:if|would|wish|used to|when i was|my (?:husband|wife|partner|dad|mum|mom|son|daughter))\b",
                 sentence):
        return []
    if _HOTTER_THE_BETTER.search(sentence) and not re.search(r"\b(?:weather|summer|sun|bath|shower|tea|coffee|sauna|"
                                                              r"water|tub)\b", sentence):
        return [replace(c, confidence=0.8) for c in read_statement("i like spicy food")]
    m = _ON_EVERYTHING.search(sentence)
    if m:
        x = m.group("x")
        if "spicy food" in kinds_of(x) | kinds_of(x.removesuffix(" sauce")):
            return [replace(c, confidence=0.8) for c in read_statement("i eat spicy food")]
    return []


# --- early nights and late nights ---------------------------------------------------------------------------
_BED_BY = re.compile(r"\bi am (?:always |usually |normally |generally |in bed and )?(?:asleep|in bed|tucked up|out like a "
                     r"light) (?:by|before|at) (?P<h>\d{1,2}|seven|eight|nine|ten)(?::\d\d)?(?: ?pm| o'clock)?\b")
_LATE = re.compile(r"\bi (?:usually |always |normally |often |tend to )?(?:watch|catch) (?:the |all the )?late[- ]night "
                   r"(?:talk shows|shows|movies|films|tv|telly|news)\b|\bi am (?:usually |always |often )?(?:up|awake) "
                   r"(?:until|till|past|way past) (?:(?:one|two|three|four|1|2|3|4)(?: ?am)?|midnight)\b|\bi (?:rarely|"
                   r"never|hardly ever) (?:go to bed|get to bed|sleep|turn in) before (?:midnight|one|two|1|2)\b")
_BED_HOURS = {"seven": 7, "eight": 8, "nine": 9, "ten": 10}


def bedtime_claims(sentence: str) -> list[OpenClaim]:
    """"I'm always asleep by nine" (does not stay up late); "I usually watch the late-night talk shows live",
    "I'm up till two most nights", "I never go to bed before midnight" (stays up late)."""
    late = OpenClaim(predicate="stay up", object="late", confidence=0.8)
    if re.search(r"\b(?:if|would|last night|tonight|yesterday|once)\b", sentence):
        return []
    m = _BED_BY.search(sentence)
    if m and (HABITUAL.search(sentence) or re.search(r"\bi am (?:always|usually|normally|generally)\b", sentence)):
        hour = int(m.group("h")) if m.group("h").isdigit() else _BED_HOURS[m.group("h")]
        if 7 <= hour <= 10:
            hedge = re.search(r"\b(?:usually|normally|generally|mostly)\b", sentence)  # a rule, kept most nights
            return [replace(late, polarity="deny", qualifier=hedge.group(0) if hedge else None)]
    m = _LATE.search(sentence)
    if m and (HABITUAL.search(sentence) or m.group(0).startswith(("i usually", "i always", "i normally", "i often",
                                                                  "i am usually", "i am always", "i am often",
                                                                  "i rarely", "i never", "i hardly"))):
        return [late]
    return []


# --- tastes ------------------------------------------------------------------------------------------------
_TASTES_VILE = re.compile(r"(?:^|[,.!;] |\b(?:but|and|so|honestly|well|ugh) )(?P<x>[a-z][a-z -]{1,20}?) (?:tastes?|is|"
                          r"are) (?:like|of) (?:soap|cardboard|dirt|feet|sick|vomit|wet socks|washing up liquid|"
                          r"bleach|medicine|poison|old socks)(?: to me)?\b")
_ON_ALL_FOOD = re.compile(r"\bi (?:put|sprinkle|add|throw) (?P<x>[a-z][a-z -]{1,20}?) (?:on|in|into) (?:literally |"
                          r"basically |pretty much |just about )?(?:everything|every dish|every meal|all my food)\b")


def _is_food(name: str) -> bool:
    return any(k.endswith(("food", "herb", "vegetable", "fruit", "condiment", "cheese")) for k in kinds_of(name))


def taste_claims(sentence: str) -> list[OpenClaim]:
    """"Cilantro tastes like soap to me" (does not like it); "I put cilantro on everything", "I sprinkle
    paprika in every dish" (loves it): said of a food."""
    if re.search(r"\b(?:if|would|wish|used to|when i was)\b", sentence):
        return []
    m = _TASTES_VILE.search(sentence)
    if m and _is_food(m.group("x")):
        return [replace(c, confidence=0.85) for c in read_statement(f"i do not like {m.group('x')}")]
    m = _ON_ALL_FOOD.search(sentence)
    if m and m.group("x") not in ("it", "them", "that", "this", "salt", "pepper") and _is_food(m.group("x")):
        return [replace(c, confidence=0.8) for c in read_statement(f"i love {m.group('x')}")]
    return []


# --- concerts ----------------------------------------------------------------------------------------------
_SAW_LIVE = re.compile(r"\b(?:i |we )?(?:saw|seen|caught) (?P<x>[a-z][a-z' &-]{1,30}?) (?:live|in concert|play "
                       r"live|playing live|perform live|performing live|on tour|on their (?:last |farewell |reunion )?tour)"
                       r"\b|\b(?:front row|in the mosh pit|crowd ?surfing|in the pit) at (?:the |a |an )?(?:[a-z']+ ){0,3}"
                       r"(?:gig|concert|show)\b")


def concert_claims(sentence: str) -> list[OpenClaim]:
    """"Saw Coldplay live at Wembley", "caught the Stones on their farewell tour", "front row at the Arctic
    Monkeys gig": went to a concert."""
    m = _SAW_LIVE.search(sentence)
    if not m or re.search(r"\b(?:if|would|wish|want|never|not|hope|on (?:tv|telly|youtube|television))\b", sentence):
        return []
    x = m.group("x") or ""
    if x in ("it", "them", "him", "her", "that", "this") or re.search(
            r"\b(?:match|game|final|race|fight|launch|football|cricket|rugby|derby|grand prix|stream|news|play|"
            r"musical|show|comedian|stand-up|tennis|golf|boxing|olympics|cup|league|eclipse|wedding)\b", x):
        return []
    return [replace(c, time="past", confidence=0.8) for c in read_statement("i went to a concert")]


# --- partners, past and never ------------------------------------------------------------------------------
_NEVER_PARTNER = re.compile(r"\bi have never (?:had a (?:girlfriend|boyfriend) or a (?:boyfriend|girlfriend)|been in a "
                            r"relationship|dated anyone|had a relationship|been on a date|had a partner|been with anyone)\b")
_MY_EX = re.compile(r"\bmy (?:ex|ex-partner|ex partner|exes|ex-boyfriend|ex boyfriend|ex-girlfriend|ex girlfriend|"
                    r"ex-husband|ex husband|ex-wife|ex wife|ex-fiance|ex-fiancee|first boyfriend|first "
                    r"girlfriend|last relationship|last boyfriend|last girlfriend)\b(?!-)")


def partner_claims(sentence: str) -> list[OpenClaim]:
    """"I've never had a girlfriend or a boyfriend", "never been in a relationship" (never had a partner);
    "my ex still texts me", "my first boyfriend" (had one)."""
    if _NEVER_PARTNER.search(sentence):
        return [replace(c, confidence=0.85) for c in read_statement("i have never had a partner")]
    m = _MY_EX.search(sentence)
    if m and not re.search(r"\b(?:if|would|wish|his|her|their|your)\b", sentence[:m.start()]):
        return [replace(c, time="past", confidence=0.8) for c in read_statement("i have had a partner")]
    return []


# --- a dish made, then eaten ---------------------------------------------------------------------------------
_MADE = re.compile(r"\b(?:i|we) (?:made|cooked|baked|bake|make|cook|roasted|grilled|whipped up|knocked up|rustled up) (?:my own |"
                   r"a |an |some |the |homemade |a big |a huge |a massive |a pot of |a tray of |a batch of )?"
                   r"(?P<x>[a-z][a-z -]{2,30}?)(?: for | every | on | last | this | yesterday| and |[,.!;]|$)")
_ATE_SOME = re.compile(r"\b(?:i (?:had|ate|eat|have|polished off|demolished|wolfed down) (?:two|three|four|a couple)"
                       r"(?: of (?:them|those))?(?:[,.!;]| myself|$)|i (?:had|ate|eat|have|polished off|demolished|wolfed down) "
                       r"(?:two|three|four|a couple of|a few|"
                       r"several|\d+) (?:plates|bowls|helpings|slices|portions|servings|pieces|rounds)|"
                       r"(?:i |and |then )?(?:had|have|went "
                       r"back for) seconds|i (?:ate|eat|had|have|polished off|scoff|scoffed|devour|devoured) (?:half|most|"
                       r"all|loads|the lot|a third) (?:of (?:it|them|the [a-z]+)|the (?:loaf|pot|tray|batch|lot))|"
                       r"(?:and|then) (?:ate|eat|had|scoffed|devoured|polished off) (?:half|most|all|loads|the lot|two|"
                       r"three|a couple) (?:of (?:it|them|the [a-z]+)|the (?:loaf|pot|tray|batch)|plates|bowls|slices))")


_RECENT = re.compile(r"\b(?:last|yesterday|this|tonight|today|for (?:dinner|lunch|breakfast|tea|supper)|on (?:monday|"
                     r"tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend)\b")


def made_and_ate_claims(sentence: str) -> list[OpenClaim]:
    """"Last Sunday I made chicken biryani for my in-laws, I had two plates myself", "I bake my own wheat bread
    every Sunday and eat half the loaf": ate the dish (at the time the sentence says)."""
    made = _MADE.search(sentence)
    if not made or not _ATE_SOME.search(sentence, made.end() - 1) or re.search(r"\b(?:if|would|wish)\b", sentence):
        return []
    x = re.sub(r"\b(?:myself|ourselves|from scratch)\b", "", made.group("x")).strip()
    if not x or not (_is_food(x) or _is_food(x.split()[-1]) or kinds_of(x) & {"meat", "red meat", "fish", "gluten"}
                     or kinds_of(x.split()[0]) & {"meat", "red meat", "poultry", "fish", "shellfish"}):
        return []
    habitual = bool(HABITUAL.search(sentence)) and not re.search(r"\b(?:last|yesterday|ago|once)\b", sentence)
    time: Time = "present" if habitual else "recent" if _RECENT.search(sentence) else "past"
    verb = "eat" if habitual else "ate"
    return [replace(c, time=time, confidence=0.8) for c in read_statement(f"i {verb} {x}") if c.polarity == "affirm"]


# --- aunts, uncles, nieces and nephews -----------------------------------------------------------------------
_SPOUSE = r"(?:husband|wife|partner|hubby|missus|other half)"
_NO_SIBLINGS_EITHER = re.compile(rf"\bneither my {_SPOUSE} nor i (?:have|has|had) (?:any )?(?:siblings|brothers or sisters|"
                                 rf"brothers and sisters)\b|\b(?:my {_SPOUSE} and i|we) are both only (?:children|kids)"
                                 rf"\b|\bi am an only child(?:,)? and so is my {_SPOUSE}\b")
_NIECE = re.compile(r"\b(?:my|our) (?:little |eldest |youngest |baby |oldest |two |three )?(?:niece|nephew|nieces|"
                    r"nephews)\b")
_PARENT_ONLY = re.compile(r"\bmy (?P<p>mom|mum|mother|dad|father) (?:was|is) an only child\b")
_PARENT_SIBLING = re.compile(r"\bmy (?P<p>mom|mum|mother|dad|father)(?:'s| is) (?:brother|sister|sibling|siblings|brothers|"
                             r"sisters)\b|\bmy (?:aunt|auntie|aunty|uncle) on my (?P<q>mom|mum|mother|dad|father)(?:'s| is) "
                             r"side\b")
_SIDE = {"mom": "mother", "mum": "mother", "mother": "mother", "dad": "father", "father": "father"}


def kin_claims(sentence: str) -> list[OpenClaim]:
    """"Neither my husband nor I have any siblings" (no nieces or nephews) against "my niece is coming to stay";
    "my mom was an only child" (no aunts or uncles on her side) against "my mom's brother"."""
    nieces = OpenClaim(predicate="have", object="niece or nephew", confidence=0.85)
    if _NO_SIBLINGS_EITHER.search(sentence):
        return [replace(nieces, polarity="deny")]
    m = _PARENT_ONLY.search(sentence)
    if m:
        return [OpenClaim(predicate="have", object=f"{_SIDE[m.group('p')]} sibling", polarity="deny", confidence=0.85)]
    m = _PARENT_SIBLING.search(sentence)
    if m and not re.search(r"\b(?:if|would|wish)\b", sentence[:m.start()]):
        return [OpenClaim(predicate="have", object=f"{_SIDE[m.group('p') or m.group('q')]} sibling", confidence=0.85)]
    m = _NIECE.search(sentence)
    if m and not re.search(r"\b(?:if|would|wish|want|hope)\b", sentence[:m.start()]):
        return [nieces]
    return []


def read_routines(sentence: str, topic: str | None = None) -> list[OpenClaim]:
    """Every claim about routines, body and household said in passing that a normalised sentence makes."""
    return _READERS.read(sentence)  # each reader only where a word it needs is


_READERS = GatedReaders((
    (("phone", "mobile", "cell"), phone_claims),
    (("sleep", " hours"), sleep_claims),
    (("not for me", "not my", "bottle", "second", "third", "fourth", "fifth", "first", "grabbed", "picked up", "got ",
      "necked", "downed", "knocked", "inhaled", "had ", "sank"), drink_claims),
    (("day", "workout", "session", "class"), exercise_claims),
    (("tank", "aquarium", "pond", "vivarium", "terrarium", "hutch", "litter", "cage", "feed", "walk", "let out",
      "muck"), pet_care_claims),
    (("before i was", "taught", "showed", "took me", "take me", "read to", "sang", "raised", "brought"),
     kin_known_claims),
    (("hospital", "ward", "intensive care", "icu", "admitted", "kept in"), hospital_claims),
    (("teeth", "denture"), teeth_claims),
    (("sibling", "only child", "only kid", "brothers or", "brothers and", "niece", "nephew", "'s brother", "'s sister",
      " is brother", " is sister", " side"), kin_claims),
    (("made", "cooked", "baked", "bake", "make", "cook", "roasted", "grilled", "whipped", "knocked", "rustled"),
     made_and_ate_claims),
    (("never", "my ex", "my first", "my last"), partner_claims),
    (("live", "concert", "tour", "front row", "pit", "crowd"), concert_claims),
    (("asleep", "in bed", "tucked up", "light", "late", "up until", "up till", "up past", "awake", "before midnight",
      "before one", "before two", "before 1", "before 2"), bedtime_claims),
    (("taste", " like ", " of ", "everything", "every dish", "every meal", "all my food"), taste_claims),
    (("better", "hot", "spic", "chil", "heat", "fiery", "everything", "every dish", "every meal", "all my food"), spicy_claims),
))


SENTENCE_READERS.append(read_routines)
