"""Diet, fears, daily habits and pastimes said in passing: what the open-claim reader's clause grammar leaves out.

"Total fear of flying" (afraid of flying), "Massive gamer, I play every night" (a gamer), "I need three flat
whites before I'm human" (drinks coffee), "cheesecake is my weakness" (eats it), "had a massive plate of salt
and pepper calamari" (ate calamari), "was out till three at the club last night" (stayed up late), "rolled into
work forty minutes late" (was late): each becomes the claim the checker compares with what else was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .gated import GatedReaders
from .open_claims import (
    CONDITIONAL,
    LEAD_WORDS,
    SENTENCE_READERS,
    OpenClaim,
    Time,
    affirmed,
    read_statement,
    time_of_sentence,
)
from .pastimes import pastime_claims
from .words import singular, verb_stem

_OPEN = (rf"^(?:(?:{LEAD_WORDS}|well|oh|ah|yeah|yes|no|nah|ha|haha|hmm|honestly|lol|ngl|tbh|and|but|so|plus|also|"
         rf"hello|hi|hey|good question|funny you ask|fair enough|oh cool|oh man|haha nice|me)[,!. ]+)*")
_NOT_BEFORE = re.compile(r"\b(?:not|never|no|if|would|could|might|wish|hope|want|wanted|used to|he|she|they|his|her|"
                         r"their|my (?:son|daughter|husband|wife|partner|mum|mom|dad|brother|sister|friend|kids?))\b")


def _hedged(sentence: str, m: re.Match[str]) -> bool:
    """Does what comes before `m` deny, hedge or hand the statement to someone else ("if", "never", "my son")?"""
    return bool(_NOT_BEFORE.search(sentence[: m.start()]) or CONDITIONAL.search(sentence[: m.start()]))


_END = r"(?=[,.;!]|$| and | but | since | ever| so | because | full stop| at all| too| if | or | my | i )"

# --- fears said as a noun: "a serious phobia of spiders", "Total fear of flying", "a massive spider phobia" -------
_FEAR_ADJ = (r"(?:(?:real|huge|big|massive|terrible|deep|serious|irrational|lifelong|crippling|genuine|total|complete|"
             r"absolute|proper|mortal|morbid|slight|overwhelming|paralysing|paralyzing|severe|bad|awful|actual|"
             r"bit of an?|healthy|major|genuine) )")
_FEAR_NOUN = re.compile(rf"(?:{_OPEN}|\b(?:i|we) (?:have|have got|have had|have always had|got|had) |, )(?P<neg>no |zero )?"
                        rf"(?:a |an |this )?{_FEAR_ADJ}{{0,2}}(?:fear|phobia|terror|horror|dread) (?:of|about) "
                        rf"(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){{0,2}}?){_END}")
_FEAR_ADJ_WORD = re.compile(_FEAR_ADJ)
_KIND_PHOBIA = re.compile(rf"(?:{_OPEN}|\b(?:i|we) (?:have|have got|have had|have always had|got|had) )"
                          rf"(?:a |an |this )?{_FEAR_ADJ}{{0,2}}(?P<x>[a-z]+) (?:phobia|fear)\b")
_NOT_FEARED = frozenset("""is are was were be been the a an it that this what my your his her their of missing failure
success commitment change death""".split())


def fear_noun_claims(sentence: str) -> list[OpenClaim]:
    """"I've got a serious phobia of spiders, I scream if I see one", "Total fear of flying", "a massive spider
    phobia" (afraid of it); "no fear of heights" (not afraid)."""
    if not re.search(r"\b(?:fear|phobia|terror|horror|dread)\b", sentence):
        return []
    m = _FEAR_NOUN.search(sentence) or _KIND_PHOBIA.search(sentence)
    if not m or _hedged(sentence, m):
        return []
    words = m.group("x").split()
    if not words or words[0] in _NOT_FEARED or any(w in ("is", "are", "was", "were") for w in words):
        return []
    if m.re is _KIND_PHOBIA and _FEAR_ADJ_WORD.fullmatch(words[0] + " "):
        return []  # "Spiders. Total phobia.": a phobia of what went before, not of "total"
    negated = "neg" in m.re.groupindex and m.group("neg")
    frame = "i am not afraid of" if negated else "i am afraid of"
    return [replace(c, confidence=0.8) for c in read_statement(f"{frame} {m.group('x')}") if c.predicate.startswith("be ")]


# --- fear said by what it does to the speaker, and calm said plainly ---------------------------------------------
_FEARED = frozenset("""heights height spiders spider snakes snake flying needles needle injections dogs dog the dark dark
water deep water the sea sea the ocean ocean crowds clowns clown blood lifts lift elevators elevator enclosed spaces small
spaces confined spaces public speaking dentists the dentist dentist hospitals bees wasps mice rats birds horses cats thunder
storms thunderstorms lightning fire death dying sharks planes boats driving the water roller coasters rollercoasters germs
insects bugs moths frogs cows ghosts the deep tunnels bridges ladders""".replace("\n", " ").split(" "))
_FEARED_PHRASES = frozenset({"the dark", "deep water", "the sea", "the ocean", "enclosed spaces", "small spaces",
                             "confined spaces", "public speaking", "the dentist", "roller coasters", "the water",
                             "the deep"})
_IT_DOES_TO_ME = re.compile(rf"{_OPEN}(?P<x>[a-z][a-z' -]{{1,25}}?) (?:give|gives|gave|have always given|has always given) "
                            rf"me (?:the )?(?:heebie[- ]jeebies|creeps|willies|horrors|shivers|jitters|collywobbles|"
                            rf"cold sweats?|panic attacks?|nightmares)\b|"
                            rf"{_OPEN}(?P<y>[a-z][a-z' -]{{1,25}}?) (?:make|makes|made|have always made|has always made) "
                            rf"me (?:go )?(?:weak at the knees|jelly-legged|break out in a (?:cold )?sweat|panic|"
                            rf"freeze(?: up)?|shake|tremble|want to scream|want to run|nervous|anxious|jumpy|squeamish|"
                            rf"panicky|uneasy|faint|pass out)\b|"
                            rf"{_OPEN}(?P<z>[a-z][a-z' -]{{1,25}}?) (?:is|are) my (?:worst|biggest|absolute|number one|"
                            rf"recurring) (?:nightmare|nightmares)\b|"
                            rf"{_OPEN}(?P<w>[a-z][a-z' -]{{1,25}}?) (?:creep|creeps|crept) me out\b|"
                            rf"(?:{_OPEN}|\b(?:i|we) )(?:have |have got |got |have always had )?(?:a |this )?"
                            rf"(?:real |massive |big |huge |serious |proper )?(?:bit of a )?thing (?:about|with) "
                            rf"(?P<v>[a-z][a-z' -]{{1,25}}?){_END}|"
                            rf"(?:{_OPEN}|\b(?:i|we) )(?:have )?(?:always |really )?(?:find|found) "
                            rf"(?P<u>[a-z][a-z' -]{{1,25}}?) (?:really |so |absolutely |pretty )?(?:scary|terrifying|"
                            rf"frightening|creepy|petrifying)\b")
_SIGHT_OF = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:(?:always |nearly |practically |literally )?(?:faint|pass out|keel over|"
                       rf"go white|feel faint|go weak|scream|freeze|panic)|(?:can not|could never) (?:even )?(?:look at|"
                       rf"watch|stand the sight of)) (?:at |when i see |whenever i see |at the (?:mere )?(?:sight|thought) "
                       rf"of )?(?:a |an |the |any )?(?P<x>[a-z]+(?: [a-z]+)?){_END}")
_PANIC_NEAR = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:always |totally |completely |just |still )?(?:freeze|freeze up|panic|"
                         rf"freak out|tense up|go to pieces|hyperventilate|start shaking|go rigid|go into a panic) "
                         rf"(?:(?:whenever|when|every time) (?:i see )?(?:a |an |the )?(?P<x>[a-z]+) (?:comes|gets|is|goes|"
                         rf"walks|runs|flies|crawls|appears)|(?:in|around|near|on|inside) (?:a |an |the )?(?P<y>[a-z]+))\b")
_LIGHTS_ON = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:still |always |have to |need to )?sleep with (?:the |a |my )?"
                        rf"(?:lights?|night ?light|landing light|lamp|bedside lamp) on\b")
_WIMP = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:am|are) (?:a |an )?(?:total |complete |massive |huge |real |big |such a |"
                   rf"a bit of a |bit of a )*(?:wimp|baby|chicken|scaredy[- ]cat|coward|wuss|big girl's blouse) "
                   rf"(?:with|about|around|when it comes to) (?P<x>[a-z][a-z' -]{{1,25}}?){_END}")
_VERTIGO = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:get|have|suffer from|have always had|have always suffered from|have got) "
                      rf"(?:terrible |awful |bad |really bad |serious |severe |chronic |real )?vertigo\b")
_CALM = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:am|are) (?:absolutely |totally |perfectly |completely |quite |really |"
                   rf"honestly |actually )?(?:fine|ok|okay|cool|comfortable|relaxed|fearless|calm|happy) (?:with|about|"
                   rf"around|near|when it comes to|in) (?P<x>[a-z][a-z' -]{{1,25}}?){_END}|"
                   rf"(?:{_OPEN}|\b(?:i|we) )(?:am|are) not (?:remotely|the least bit|one bit|at all|even slightly|"
                   rf"in the slightest|a bit|in any way) (?:scared|afraid|frightened|bothered|fazed|worried|nervous) "
                   rf"(?:of|by|about|around) (?P<y>[a-z][a-z' -]{{1,25}}?){_END}|"
                   rf"(?:{_OPEN}|\b(?:i|we) )(?:do not|really do not|honestly do not) mind (?P<z>[a-z][a-z' -]{{1,25}}?){_END}|"
                   rf"{_OPEN}(?P<w>[a-z][a-z' -]{{1,25}}?)(?:'s| is| are) (?:no bother|not a problem|no problem|no biggie|"
                   rf"a doddle|nothing to me|no big deal)\b|"
                   rf"(?:{_OPEN}|\b(?:i|we) )(?:have )?never (?:found|thought) (?P<v>[a-z][a-z' -]{{1,25}}?) (?:scary|"
                   rf"frightening|terrifying|creepy)\b")


_SINCE_CHANGED = re.compile(r"\b(?:now|these days|nowadays|any ?more|got over|overcame|over it|learned|learnt|therapy|"
                            r"as a (?:kid|child|teenager|teen|boy|girl|little one)|when i was|growing up|back then|"
                            r"as long as|so long as|provided|unless|if|with a|in a|on a|behind)\b")


def _feared_thing(phrase: str) -> str | None:
    """`phrase` when it names a thing people commonly fear (heights, needles, the dark), else None."""
    phrase = re.sub(r"^(?:a|an|any|all|those|these|big|huge|massive|little|small) ", "", phrase.strip())
    if phrase in _FEARED or phrase in _FEARED_PHRASES:
        return phrase
    return None


def fear_said_otherwise_claims(sentence: str) -> list[OpenClaim]:
    """Fear said by what the thing does to the speaker ("spiders give me the heebie-jeebies", "heights make me go
    weak at the knees", "snakes are my worst nightmare", "I faint at the sight of a needle", "a total wimp with
    heights", "I get vertigo") and its absence said plainly ("I'm absolutely fine with heights", "I'm not
    remotely scared of spiders"). Only things people commonly fear: "dairy makes me nervous" says nothing."""
    out: list[OpenClaim] = []
    for pattern, polarity in ((_IT_DOES_TO_ME, "afraid"), (_SIGHT_OF, "afraid"), (_WIMP, "afraid"), (_PANIC_NEAR, "afraid"),
                              (_CALM, "calm")):
        m = pattern.search(sentence)
        if not m or (pattern is not _IT_DOES_TO_ME and _hedged(sentence, m)) or \
                CONDITIONAL.search(sentence[: m.start()]):
            continue
        if polarity == "calm" and _SINCE_CHANGED.search(sentence):
            continue  # "I'm fine with dogs now", "fine with heights as long as there's a rail": not always calm
        raw = next(g for g in (m.groupdict().get(k) for k in ("x", "y", "z", "w", "v", "u")) if g)
        thing = _feared_thing(raw)
        if thing:
            said = f"i am not afraid of {thing}" if polarity == "calm" else f"i am afraid of {thing}"
            out += [replace(c, confidence=0.75) for c in read_statement(said) if c.predicate.startswith("be ")]
    m = _LIGHTS_ON.search(sentence)
    if m and not _hedged(sentence, m):
        out += [replace(c, confidence=0.7) for c in read_statement("i am afraid of the dark")]
    m = _VERTIGO.search(sentence)
    if m and not _hedged(sentence, m):
        out += [replace(c, confidence=0.75) for c in read_statement("i am afraid of heights")]
    return out


# --- who one is, said without "I am": "Massive gamer, I play every night", "Strict vegetarian since I was twelve" ----
_KEEN = (r"strict|lifelong|life-long|massive|huge|big|keen|avid|proud|committed|total|complete|devoted|hardcore|"
         r"die-hard|diehard|serious|passionate|card-carrying|practising|practicing|devout|confirmed|longtime|"
         r"long-time|mad|obsessive|true|real|full-time|dedicated|fully fledged|fully-fledged|self-confessed")
_WHO_FRAGMENT = re.compile(rf"{_OPEN}(?:a |an )?(?P<adj>{_KEEN}) (?P<n>[a-z-]+)(?=[,.!;]|$| since | for | and | through"
                           rf"| at heart| me\b| here\b| by | from )")
_IDENTITY_END = ("er", "ist", "ian", "an", "ie", "aholic", "head", "nut", "buff", "fan", "phile", "arian", "ee", "or")


def who_fragment_claims(sentence: str) -> list[OpenClaim]:
    """A statement of who the speaker is that leaves out "I am": "Massive gamer, I play every night" (a gamer),
    "Strict vegetarian since I was a teenager" (a vegetarian). Only an identity noun the knowledge base
    reads as something more than itself (a gamer plays video games, a vegetarian eats no meat)."""
    m = _WHO_FRAGMENT.match(sentence)
    if not m or not m.group("n").endswith(_IDENTITY_END):
        return []
    said = f"i am a {m.group('adj')} {m.group('n')}"
    claims, pastimes = read_statement(said), pastime_claims(said)
    if not claims or any(c.polarity != "affirm" for c in [*claims, *pastimes]):
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    if not pastimes and not default_knowledge().known(singular(m.group("n"))):
        return []  # "Big Liverpool fan": nothing the checker knows of
    return [replace(c, confidence=min(c.confidence, 0.8)) for c in [*claims, *pastimes]]


# --- food and drink needed, craved, piled up: "I need three flat whites", "cheesecake is my weakness" ----------
_CUPS = (r"(?:(?:a|an|one|two|three|four|five|six|\d+|a couple of|a few|my|at least|like) )?"
         r"(?:(?:big|massive|huge|giant|enormous|large|strong|double|triple|proper|decent|good|stiff|cold|hot) )?"
         r"(?:(?:cups?|mugs?|glass(?:es)?|pints?|shots?|cans?|bottles?|plates?|bowls?|boxes|box|bags?|tubs?|baskets?|"
         r"portions?|trays?|buckets?|platters?|piles?|mountains?|heaps?|stacks?|helpings?|slices?|pieces?|bars?|"
         r"packets?|packs?|handfuls?|scoops?|rounds?|servings?) of )?")
_THING = r"(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,4}?)"
_STOP = (r"(?=[,.;!]|$| before | to | in the | every | a day| just | or | and then| first thing| each | at | from | on "
         r"| with | for | off | after | when | while | yesterday| last | this | today| tonight| right now| now| already"
         r"| again| of the day| in the morning)")
_NEED = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:really |absolutely |just |literally |still |always )?(?:need|run on|"
                   rf"live on|survive on|live off|run off|(?:am )?gasping for|(?:am )?dying for|could murder|"
                   rf"could kill for|(?:am )?desperate for|(?:am )?craving|"
                   rf"am on my (?:first|second|third|fourth|fifth|sixth|\w+th) |"
                   rf"can not function (?:till|until|before) i have had|can not function without|"
                   rf"can not wake up (?:till|until|without)(?: i have had)?) {_CUPS}{_THING}{_STOP}")
_WEAKNESS = re.compile(rf"{_OPEN}(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){{0,4}}?)(?: from [a-z' ]+?)? (?:is|are) (?:honestly |"
                       rf"totally |definitely |really )?my (?:(?:one |only |big |biggest |real |total |great |greatest |"
                       rf"absolute )?(?:weakness|vice|kryptonite|downfall)|comfort food)\b")
_WEAK_FOR = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:have (?:got )?a (?:real |big |huge |total |massive )?weakness for|"
                       rf"am (?:a (?:real |total |complete |massive |huge )?)?sucker for|am addicted to|can not resist|"
                       rf"can never resist|can not say no to|can never say no to) {_CUPS}{_THING}{_STOP}")
_PILED = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:just |also )?(?:had|ate|grabbed|got|demolished|polished off|wolfed down|"
                    rf"wolfed|inhaled|scoffed|devoured|finished|downed|necked|sank|sunk) (?:a|an|two|three|four|\d+) "
                    rf"(?:(?:big|massive|huge|giant|enormous|large|generous|whole|full|proper|decent|heaping|heaped|"
                    rf"monster|massive great) )(?:plate|bowl|box|bag|tub|basket|portion|tray|bucket|platter|pile|"
                    rf"mountain|heap|stack|helping|slice|piece|bar|packet|pack|handful|serving|mug|cup|glass|pint|jug|"
                    rf"bottle|can|pot)s? of {_THING}{_STOP}")


_NOT_BOTHERED = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:do not|never|did not|no longer|really do not) (?:really |even |ever )?"
                           rf"(?:bother|fuss) (?:with|about) (?:the |any )?{_THING}{_STOP}")


def _consumable(phrase: str) -> tuple[str, str] | None:
    """The verb of consuming and the food or drink `phrase` names, trying its whole and then its last words
    ("salt and pepper calamari" is calamari), or None."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)
    kb = default_knowledge()
    words = phrase.split()
    for start in range(len(words)):
        noun = kb.canonical_noun(singular(" ".join(words[start:])))
        kinds = {kind for kind, _ in kb.objects_of(noun)}
        if kinds & {"food", "beverage", "tobacco", "meal"}:
            verb = "drink" if "beverage" in kinds else "eat" if kinds & {"food", "meal"} else verb_stem("smoke")
            return verb, noun
    return None


def consumed_claims(sentence: str) -> list[OpenClaim]:
    """What the speaker eats or drinks, said as a need ("I need three flat whites before I'm human", "I run on
    coffee"), a weakness ("char siu bao is my weakness", "I've a real weakness for cheesecake") or a heap
    had ("had a massive plate of salt and pepper calamari yesterday"); and what they do not bother with ("I don't
    bother with halal", "I never bother with breakfast")."""
    out: list[OpenClaim] = []
    for pattern, default in ((_NEED, "present"), (_WEAKNESS, "present"), (_WEAK_FOR, "present"), (_PILED, "past"),
                             (_NOT_BOTHERED, "denied")):
        m = pattern.search(sentence)
        if not m or (_hedged(sentence, m) if default != "denied" else CONDITIONAL.search(sentence[: m.start()])):
            continue
        found = _consumable(m.group("x"))
        if not found:
            continue
        time = time_of_sentence(sentence, "past") if default == "past" else "present"
        out.append(OpenClaim(predicate=found[0], object=found[1], time=time, confidence=0.8,
                             polarity="deny" if default == "denied" else "affirm"))
    return out


# --- meals, hangovers, the telly and the feed: "had porridge for breakfast", "so hungover", "glued to the telly" -----
_FOR_A_MEAL = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:just |also |usually |always |normally )?(?:had|ate|grabbed|have|"
                         rf"eat|scoffed|wolfed down|demolished|polished off)\b(?:(?! for )[a-z0-9' -]){{1,40}} for "
                         rf"(?P<meal>breakfast|brekkie|brunch|lunch|dinner|supper)\b(?! for (?:the|my) )")
_HUNGOVER = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:am|was|were|feel|felt|woke up|woke|have been|am still|was still|"
                       rf"am feeling|was feeling)? ?(?:so |really |absolutely |horribly |a bit |still |properly |dead |"
                       rf"rather |slightly |very |massively |seriously |well )?(?:hungover|hung over|with (?:a|an|the|this|"
                       rf"my) (?:\w+ )?(?:hangover|hang-over))\b|\bmy (?:\w+ )?hangover (?:is|was|has)\b")
_TELLY = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:was |were |am |are |have been |spent [a-z ]+? )?(?:glued to|sat in front of|"
                    rf"slumped in front of|vegging in front of|curled up in front of) (?:the|my) (?:telly|tv|television|"
                    rf"box)\b(?! (?:office|of|store|shop|section|aisle|department|studio|camera|cameras|crew|repair)\b)")
_SCROLLING = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:was |were |am |are |have been |spent [a-z ]+? )?(?:just |mindlessly |"
                        rf"endlessly )?(?:scrolling|scrolled|doomscrolling|doom-scrolling|doomscrolled) (?:through |on )?"
                        rf"(?:my )?(?P<x>[a-z]+)\b")

# a habit said with the day in it: "glued to the telly every evening"
_A_HABIT_SAID = re.compile(r"\b(?:(?:every|most|each) (?:single )?(?:day|night|evening|morning|weekend)|always|usually|"
                           r"nightly|daily)\b")
_READ_NO_SUBJECT = re.compile(rf"{_OPEN}(?P<rest>(?:just |finally |only just )?(?:finished|started|devoured|polished off|"
                              rf"got through|could not put down|reread|re-read|am halfway through)\b.*)$")


def daily_habit_claims(sentence: str) -> list[OpenClaim]:
    """Habits shown by a day in them: "Had porridge with berries for breakfast this morning" (eats breakfast),
    "I was so hungover this morning" (drinks alcohol), "spent all evening glued to the telly" (watches TV),
    "scrolling TikTok till midnight again" (on TikTok), "Just finished a cracking thriller" (reads books)."""
    from .pastimes import kinds_of  # noqa: PLC0415

    out: list[OpenClaim] = []
    time = time_of_sentence(sentence, "past")
    m = _FOR_A_MEAL.search(sentence)
    if m and not _hedged(sentence, m):
        meal = "breakfast" if m.group("meal") == "brekkie" else m.group("meal")
        present = re.match(r"(?:have|eat)\b", m.group(0).split(" ", 1)[-1]) or m.group(0).startswith(("i have", "i eat"))
        out += [replace(c, time="present" if present else time, confidence=0.8)
                for c in read_statement(f"i eat {meal}")]
    m = _HUNGOVER.search(sentence)
    if m and not _hedged(sentence, m) and "never" not in sentence:
        out += [replace(c, time="now" if time == "present" else time, confidence=0.75)
                for c in read_statement("i drink alcohol")]
    m = _TELLY.search(sentence)
    if m and not _hedged(sentence, m):
        past = time in ("remote", "recent") or re.search(r"\b(?:was|were|spent)\b", m.group(0)) is not None
        telly: Time = time if past else "present" if _A_HABIT_SAID.search(sentence) else "now"
        out += [replace(c, time=telly, confidence=0.8) for c in read_statement("i watch tv")]
    m = _READ_NO_SUBJECT.match(sentence)
    if m:
        from .habits import reading_claims  # noqa: PLC0415  (habits reads "I've just finished the new Stephen King")

        out += reading_claims(f"i {m.group('rest')}")
    m = _SCROLLING.search(sentence)
    if m and not _hedged(sentence, m) and "social media" in kinds_of(m.group("x")):
        out += [replace(c, confidence=0.8) for c in read_statement(f"i am on {m.group('x')}")]
    return out


# --- a habit said as a verbless fragment: "Full English every morning", "Gym five mornings a week" -----------------
_EVERY = (r"(?:every (?:single )?|each |most |twice a |three times a |(?:two|three|four|five|six|seven) (?:times|mornings|"
          r"nights|days|evenings|lunchtimes) a )(?:day|morning|night|evening|week|weekend|lunchtime|monday|tuesday|"
          r"wednesday|thursday|friday|saturday|sunday)")
_HABIT_FRAGMENT = re.compile(rf"{_OPEN}(?P<x>[a-z][a-z'&-]*(?: [a-z][a-z'&-]*){{0,3}}?)(?: (?:in bed|on the go|on|down the "
                             rf"[a-z]+|at the [a-z]+|with (?:the |my )?[a-z]+|before work|after work|before bed|after dinner|"
                             rf"first thing|on the way to work|on the way home))*,? {_EVERY}(?: (?:morning|night|evening|"
                             rf"lunchtime))?(?=[,.;!]|$| without fail| like clockwork| religiously| no matter what| rain or "
                             rf"shine| for (?:years|ages|decades)| since| before| after| with (?:the|my) )")
_HABIT_PLACES = {"gym": "i go to the gym", "the gym": "i go to the gym", "telly": "i watch tv", "tv": "i watch tv",
                 "the telly": "i watch tv", "church": "i go to church", "mass": "i go to church", "the pub": "i go to the pub",
                 "pub": "i go to the pub"}
_FEW = re.compile(r"^(?:a few|few|a couple of|a couple|couple of|two|three|four|five|six|a|an|one|my|double|triple|large|"
                  r"big|small|strong|quick|cheeky|proper|nice|good|massive|huge) ")


# the habit is someone else's: "Mass every Sunday, that's my gran's routine", "..., for my dad", "..., he loves it"
_SOMEONE_ELSES = re.compile(r"\b(?:(?:my|our|his|her|their) [a-z]+'s|for (?:my|our|his|her|their) [a-z]+|his|her|their|he|she|"
                            r"they)\b")


def habit_fragment_claims(sentence: str) -> list[OpenClaim]:
    """A habit said without a verb: "Full English every morning, can't beat it" (eats it), "Double espresso first
    thing, every single day" (drinks coffee), "Few pints down the local every Friday" (drinks), "Gym five mornings a
    week" (goes to the gym), "Telly on every night after the kids are down" (watches TV)."""
    m = _HABIT_FRAGMENT.match(sentence)
    if not m or _NOT_BEFORE.search(m.group("x")) or _SOMEONE_ELSES.search(sentence[m.end():]):
        return []
    thing = m.group("x")
    if re.match(r"(?:i|we|you|he|she|they|it|me)\b", thing):
        return []  # "I eat beef every day" is a sentence with its subject, read by the clause reader, not a fragment
    while _FEW.match(thing):
        thing = _FEW.sub("", thing, count=1)
    if thing in _HABIT_PLACES:
        return [replace(c, confidence=0.75) for c in read_statement(_HABIT_PLACES[thing]) if c.polarity == "affirm"]
    found = _consumable(thing)
    if not found:
        return []
    return [OpenClaim(predicate=found[0], object=found[1], confidence=0.75, qualifier="every day")]


# --- who one is by what one consumes: "I'm a total coffee addict", "Proper coffee snob, me", "bit of a gym rat" ---------
_DEVOTEE = re.compile(rf"(?:{_OPEN}|\bi am )(?:a |an )?(?:(?:total|complete|massive|huge|real|proper|big|bit of a|bit of an|"
                      rf"self-confessed|serious|hopeless|raging|confirmed|lifelong|such a|such an) )*(?P<x>[a-z]+(?: [a-z]+)?) "
                      rf"(?:addict|snob|fiend|junkie|fanatic|lover|nut|obsessive|aficionado|connoisseur|drinker|eater|"
                      rf"head|monster|hound)\b")
_GYM_GOER = re.compile(rf"(?:{_OPEN}|\bi am )(?:a |an )?(?:(?:total|complete|massive|huge|real|proper|big|bit of a|"
                       rf"self-confessed|such a) )*gym (?:rat|bunny|junkie|addict|fanatic|nut|monkey)\b")


def devotee_claims(sentence: str) -> list[OpenClaim]:
    """Who the speaker is by what they consume or where they go: "I'm a total coffee addict" and "Proper coffee snob,
    me" (drinks coffee), "I'm a massive wine lover" (drinks wine), "bit of a gym rat" (goes to the gym)."""
    m = _GYM_GOER.search(sentence)
    if m and not _hedged(sentence, m):
        return [replace(c, confidence=0.75) for c in read_statement("i go to the gym")]
    m = _DEVOTEE.search(sentence)
    if not m or _hedged(sentence, m) or m.group("x").split()[0] in ("recovering", "former", "ex", "reformed"):
        return []
    found = _consumable(m.group("x"))
    return [OpenClaim(predicate=found[0], object=found[1], confidence=0.75)] if found else []


# --- late nights out: "Was out till three at the club last night" -----------------------------------------------
_SMALL_HOURS = (r"(?:one|two|three|four|five|1|2|3|4|5)(?::\d\d)?(?: ?am| in the morning| o'clock)?|gone midnight|"
                r"past midnight|after midnight|midnight|the early hours|the small hours|dawn|sunrise|stupid o'clock")
_OUT_LATE = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:(?:was|were|stayed|have been|ended up) (?:out|dancing|clubbing|"
                       rf"partying|drinking|out partying|out clubbing|out drinking|out dancing)|stayed up|sat up)"
                       rf"(?: [a-z]+ing(?: [a-z']+){{0,3}}?)? (?:until|till|til|past|way past) (?:{_SMALL_HOURS})\b|"
                       rf"(?:{_OPEN}|\b(?:i|we) )(?:did not get|never got|only got) (?:home|in|back|to bed) (?:until|till|"
                       rf"til) (?:{_SMALL_HOURS})\b|"
                       rf"(?:{_OPEN}|\b(?:i|we) )(?:got|rolled|stumbled|crawled) (?:home|in|back|into bed) (?:at|around|"
                       rf"about) (?:{_SMALL_HOURS})\b")


_KEPT_UP = re.compile(r"\b(?:baby|newborn|teething|kids?|son|daughter|hospital|a&e|shift|work|working|deadline|"
                      r"essay|revising|studying|sick|ill|poorly|fever|nurse|nursing|feeding|worried|worrying)\b")


def out_late_claims(sentence: str) -> list[OpenClaim]:
    """"Was out till three at the club last night", "didn't get home till gone midnight", "stayed up till 2am
    finishing my book": stayed up late then, by choice (not "up till two with the baby", "at work till one")."""
    m = _OUT_LATE.search(sentence)
    if not m or _KEPT_UP.search(sentence) or _hedged(sentence, m):
        return []
    time = time_of_sentence(sentence, "past")
    return [OpenClaim(predicate="stay up", object="late", time=time, confidence=0.8)]


# --- being late: "I'm never late" / "rolled into work forty minutes late again" -----------------------------------
_NEVER_LATE = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:am|are|have|have been|was) (?:never|not once|never once|never ever)"
                         rf"(?: been)? late\b(?! (?:night|for dinner tonight))")
_WAS_LATE = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:was|were|got|rolled|turned up|showed up|arrived|rolled in|came in|"
                       rf"strolled in|got in|clocked in|overslept and (?:rolled|turned up|showed up|got|was|arrived|"
                       rf"strolled|came))(?: (?:in|into work|in to work|to work|at work|for work|to the office|"
                       rf"into the office))? (?:(?:\d+|[a-z]+|half an|an|a good|a full) (?:minutes?|hours?) )?late\b"
                       rf"(?! night)(?= again| for| to| this| today| yesterday| on| twice|[,.!;]|$| three| every)")


_ALWAYS_LATE = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:am|are) (?:always|forever|constantly|perpetually|chronically|"
                          rf"habitually) (?:running )?late\b(?! (?:night|nights|riser|sleeper))|\bi am late for everything\b")


def lateness_claims(sentence: str) -> list[OpenClaim]:
    """"I'm never late, not once" (never late); "rolled into work forty minutes late again" (was late)."""
    if "late" not in sentence or "late night" in sentence:
        return []
    late = OpenClaim(predicate="arrive", object="late", confidence=0.8)
    m = _ALWAYS_LATE.search(sentence)
    if m and not _hedged(sentence, m):
        return [late]
    m = _NEVER_LATE.search(sentence)
    if m and not CONDITIONAL.search(sentence[: m.start()]):
        return [replace(late, polarity="deny", never=True)]
    m = _WAS_LATE.search(sentence)
    if not m or _hedged(sentence, m) or \
            re.search(r"\b(?:almost|nearly|running|a bit late|late (?:bloomer|starter|lunch|breakfast|dinner|shift))\b",
                      sentence):
        return []
    return [replace(late, time=time_of_sentence(sentence, "past"))]


# --- a denial after a fragment: "Perfect 20/20 vision, never needed glasses in my life" ------------------------
_AFTER_FRAGMENT = re.compile(r"^(?P<first>[a-z0-9/' -]{3,40}), (?P<rest>never (?:needed|worn|wore|had|owned|used|touched|"
                             r"smoked|drunk|drank|eaten|tried|been)\b[^,;.!]*)")


def never_after_fragment_claims(sentence: str) -> list[OpenClaim]:
    """"Perfect 20/20 vision, never needed glasses in my life", "Teetotal, never touched a drop": the denial after
    a verbless opening is the speaker's (the opening names no one else)."""
    m = _AFTER_FRAGMENT.match(sentence)
    if not m or re.search(r"\b(?:i|we|he|she|they|it|you|my|his|her|their|is|are|was|were)\b", m.group("first")):
        return []
    from .open_claims import extract_open_claims  # noqa: PLC0415

    return [replace(c, span=(0, 0), text="") for c in extract_open_claims(f"i have {m.group('rest')}.")
            if c.polarity == "deny"]


# --- a chore or an activity a day was spent on: "Spent Sunday arvo ironing ten shirts" -----------------------------
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SPENT_ON = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:spent|have spent) (?:(?:last|this|all|the whole|the) )?"
                       rf"(?:{_DAY}(?: arvo| afternoon| morning| evening| night)?|day|weekend|morning|afternoon|arvo|"
                       rf"evening|night|week|holidays|(?:an|one|two|three|four|five|\d+|a few|a couple of) hours?|hours|"
                       rf"ages|my (?:day off|weekend|holiday|lunch break|evening|morning|afternoon)) "
                       rf"(?P<g>[a-z]+ing)\b")


def spent_on_claims(sentence: str) -> list[OpenClaim]:
    """"Spent Sunday arvo ironing ten shirts", "I spent two hours hoovering": did the activity lately (a verb
    that is an activity whatever its object, knowledge/activities.txt)."""
    from .pastimes import activities  # noqa: PLC0415
    m = _SPENT_ON.search(sentence)
    if not m or _hedged(sentence, m):
        return []
    stem = verb_stem(m.group("g"))
    if stem not in activities():
        return []
    time = time_of_sentence(sentence, "past")
    return [OpenClaim(predicate=stem, object="", time="recent" if time == "past" else time, confidence=0.8)]


# --- pastimes shown by what was done in them: "caught a trout", "scored for our hockey side", "finished Zelda" ----
_CAUGHT = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:just |finally )?(?:caught|landed|hooked|reeled in|netted) "
                     rf"(?:a|an|two|three|four|five|\d+|my first|a couple of|a few|loads of|a whole bucket of) "
                     rf"(?:(?:massive|huge|big|giant|monster|decent|nice|cracking|beautiful|fat|little|small|tiny|good|"
                     rf"whopping|beast of a|\d+(?:lb|kg| pound| kilo)) )*(?P<x>[a-z]+(?: [a-z]+)?)\b")
_FOR_OUR_SIDE = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:scored|kicked|played|bowled|batted|ran in|got|set up|"
                           rf"saved|captained|turned out|was playing|have been playing|play|have played)\b[a-z0-9' ]{{0,30}}? "
                           rf"for (?:my|our|the) (?:local |village |pub |works |office |club |school |uni |university |"
                           rf"county |sunday league |saturday |vets |veterans |masters |over-40s |over 40s )?"
                           rf"(?P<x>[a-z]+(?: [a-z]+)?) (?:side|team|club|squad|eleven|xi|fifteen|firsts|seconds|"
                           rf"first team|second team|thirds|vets)\b")
_BEAT_A_GAME = re.compile(rf"(?:(?:{_OPEN}|\b(?:i|we) |\band |, )(?:just |finally |only just )?(?:finished|beat|"
                          rf"completed|played through|platinumed|speedran|rinsed)|\b(?:finishing|beating|completing|"
                          rf"playing through))(?: off)? "
                          rf"(?:the new |the |all of |the whole of )?(?P<x>[a-z0-9][a-z0-9' :-]{{1,30}}?)"
                          rf"(?=[,.;!]|$| last | this | yesterday| on | in | at | for | and | but | with | over )")


_BINGED = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band |, )(?:just |finally |only just )?(?:binged|binge-watched|"
                     rf"binge watched|caught up on|finished|rewatched|re-watched|blitzed through|tore through|devoured|"
                     rf"got through|started|watched) (?:all of |the whole of |the whole |the new |the latest |"
                     rf"the last |the first |the final )?(?:(?:season|series) (?:\w+ )?of |(?:\w+ )?(?:seasons|series|"
                     rf"episodes) of )?(?P<x>[a-z0-9][a-z0-9' :-]{{1,30}}?)(?=[,.;!]|$| last | this | yesterday| on | in "
                     rf"| at | for | and | but | with | over | again)")


def _canonical(noun: str) -> str:
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    return default_knowledge().canonical_noun(singular(noun))


def done_in_a_pastime_claims(sentence: str) -> list[OpenClaim]:
    """A pastime shown by what was done in it: "Caught a huge trout off the pier" (fishes), "Scored twice for our
    hockey side on Saturday" (plays hockey), "Stayed up till two finishing Elden Ring" (plays video games),
    "binged all of Breaking Bad last weekend" (watches TV shows)."""
    from .pastimes import kinds_of  # noqa: PLC0415

    out: list[OpenClaim] = []
    for pattern in (_CAUGHT, _FOR_OUR_SIDE, _BEAT_A_GAME):
        m = pattern.search(sentence)
        if not m or _hedged(sentence, m):
            continue
        words = m.group("x").split()
        names = [" ".join(words[i:]) for i in range(len(words))] + [" ".join(words[:1])]
        time = time_of_sentence(sentence, "past")
        if pattern is _CAUGHT:
            if any("fish" in kinds_of(n) | kinds_of(_canonical(n)) for n in names):
                out += [replace(c, time=time, confidence=0.8) for c in pastime_claims("i go fishing")]
        elif pattern is _FOR_OUR_SIDE:
            sport = next((n for n in names if "sport" in kinds_of(n)), None)
            if sport:
                present = m.group(0).split()[-1:] and re.search(r"\b(?:play|have played|have been playing)\b", m.group(0))
                out += [replace(c, time="present" if present else time, confidence=0.8)
                        for c in read_statement(f"i play {sport}")]
        elif "video game" in kinds_of(m.group("x")):
            out += [replace(c, time=time, confidence=0.8) for c in read_statement(f"i play {m.group('x')}")]
    m = _BINGED.search(sentence)
    if m and not _hedged(sentence, m) and "tv show" in kinds_of(m.group("x")):
        time = time_of_sentence(sentence, "past")
        out += [replace(c, time=time) for c in affirmed("watch", singular(m.group("x")), 0.8)]
    return out


# --- outings that are an activity: "went for a swim", "did a skydive", "got off a flight", "got a tattoo" -----------
_GO_FOR_A = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:just |also )?(?:went|go|going|have been|been|headed out|"
                       rf"popped out|nipped out|nipped|popped|headed) (?:out )?for a (?:(?:quick|long|short|lovely|little|"
                       rf"cheeky|big|early|late|morning|evening|night|gentle|brisk|proper|wild|cold|freezing|\d+k|"
                       rf"[a-z]+-mile|[a-z]+ mile) )*(?P<v>swim|dip|run|jog|hike|paddle|dive|surf|skate|cycle|bike ride|"
                       rf"climb|sail|row|kayak|ski|snorkel)\b")
_DID_A = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:just |finally |also )?(?:did|have done|done|had a go at) "
                    rf"(?:a|an|my first|another|two|three) (?:tandem |charity |solo |massive |huge )?"
                    rf"(?P<v>skydive|parachute jump|bungee jump|bungee|sky dive)\b")
_FLIGHT = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:just |finally |only just )?(?:got off|took|caught|was on|were on|"
                     rf"have been on|been on|boarded|survived|sat through|flew on) (?:a|the|my|an|our) (?:[a-z0-9-]+ ){{0,3}}?"
                     rf"(?:flight|plane|red-eye|long-haul)\b")
_TATTOO = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:just |finally )?(?:got|had|have had|have got|am getting) "
                     rf"(?:my|a|an|another|two|three|a new|my new) (?:[a-z]+ ){{0,2}}?tattoos?"
                     rf"(?: (?:done|finished|started|touched up|inked|redone))?\b")
_HELD = re.compile(rf"(?:{_OPEN}|\b(?:i|we) |\band )(?:just |finally |even |actually )?(?:held|handled|stroked|picked up|"
                   rf"cuddled|petted|let (?:a|an|the|this) (?:[a-z]+ ){{0,2}}?(?P<y>[a-z]+) (?:crawl|climb|walk|sit|curl))"
                   rf"(?: (?:a|an|the|this|two|some) (?:[a-z]+ ){{0,2}}?(?P<x>[a-z]+)(?=[,.;!]|$| at | in | on | for "
                   rf"| with | today| yesterday| last | this | and | round | around ))?")
_BRAVE = re.compile(r"\b(?:despite|even though|although|terrified|scared|nervous|shaking|brave|braved|finally|first time|"
                    r"therapy|face my fear|facing my fear|conquer|conquered|petrified|panicking|screamed)\b")
_OUTING_VERBS = {"dip": "swim", "bike ride": "cycle", "sky dive": "skydive", "parachute jump": "skydive",
                 "bungee jump": "go bungee jumping", "bungee": "go bungee jumping"}


def outing_claims(sentence: str) -> list[OpenClaim]:
    """Outings that are an activity: "Went for a swim in the sea this morning" (swims), "Did a skydive last
    weekend" (skydives), "Just got off a fourteen hour flight" (flies), "Got my second tattoo done yesterday" (got
    a tattoo), "Held a python at the zoo today" (not afraid of snakes, unless said bravely)."""
    from .pastimes import kinds_of  # noqa: PLC0415

    out: list[OpenClaim] = []
    time = time_of_sentence(sentence, "past")
    for pattern in (_GO_FOR_A, _DID_A):
        m = pattern.search(sentence)
        if m and not _hedged(sentence, m):
            verb = _OUTING_VERBS.get(m.group("v"), m.group("v"))
            out += [replace(c, time=time, confidence=0.8) for c in read_statement(f"i {verb}") if c.polarity == "affirm"]
    m = _FLIGHT.search(sentence)
    if m and not _hedged(sentence, m) and not re.search(r"\b(?:missed|cancelled|canceled|booked)\b", sentence):
        when = "recent" if time == "past" and m.group(0).split()[0] == "just" else time
        out += [replace(c, time=when, confidence=0.8) for c in read_statement("i fly")]
    m = _TATTOO.search(sentence)
    if m and not _hedged(sentence, m) and time != "present":
        out.append(OpenClaim(predicate="get", object="tattoo", time=time, confidence=0.8))
    m = _HELD.search(sentence)
    if m and not _hedged(sentence, m) and not _BRAVE.search(sentence):
        creature = m.group("x") or m.group("y") or ""
        kinds = kinds_of(creature)
        kind = next((k for k in ("snake", "spider") if k == creature.rstrip("s") or k in kinds), None)
        if kind:
            out += [replace(c, time="present", confidence=0.7) for c in read_statement(f"i am not afraid of {kind}s")]
    return out


# --- health said in passing: "Terrible insomnia", "another migraine today", "on tablets for my blood pressure" -----
_AILING = re.compile(rf"{_OPEN}(?P<lead>(?:(?:terrible|chronic|bad|awful|severe|crippling|dreadful|horrible|shocking|"
                     rf"really bad|lifelong|another|yet another|the worst|a bad|a terrible|a stinking|a killer|a blinding|"
                     rf"a rotten|an awful|a horrible|constant|persistent|recurring) )+)(?P<x>[a-z]+(?: [a-z]+)??)"
                     rf"(?= today| this week| this morning| again| since| for | ever| all week| at the moment| right now"
                     rf"| is | has | have |[,.;!]|$)")
_ON_MEDS = re.compile(rf"(?:{_OPEN}|\b(?:i|we) )(?:am|have been|been|was|am still|am now)? ?on (?:[a-z]+ )?(?:tablets|pills|"
                      rf"meds|medication|medicine|insulin|antidepressants|statins|beta blockers|blood thinners|steroids)\b")
_PARTS = r"(back|knees?|hips?|shoulders?|ankles?|neck|wrists?)"
_SOUND_PART = re.compile(rf"(?:{_OPEN}|\b)(?:my )?{_PARTS}(?:'s| is| are| has| have)? (?:never|not once) (?:given|caused) me "
                         rf"(?:any |a (?:single |moment's |day's )?|a bit of )?(?:trouble|problems?|bother|grief|issues?|pain)\b|"
                         rf"(?:{_OPEN}|\b)(?:my )?{_PARTS}(?:'s| is| are) (?:perfect|fine|great|solid|good as gold|"
                         rf"rock solid|in great shape|absolutely fine)(?:,| and) (?:i have )?never had (?:a|any) "
                         rf"(?:problem|problems|trouble|issue|issues|bother)\b|"
                         rf"\b(?:i|we) (?:have )?never had (?:a|any|a single) (?:problem|problems|trouble|issue|issues|bother) "
                         rf"with my {_PARTS}\b")


def health_claims(sentence: str) -> list[OpenClaim]:
    """Health said in passing: "Terrible insomnia, I get three hours a night" and "another migraine today" (has
    it), "I'm on tablets for my blood pressure" (takes medication), "my back's never given me any trouble" and
    "knees are perfect, never had a problem" (no bad back, no bad knee)."""
    from .pastimes import kinds_of  # noqa: PLC0415

    out: list[OpenClaim] = []
    m = _AILING.match(sentence)
    if m and "health condition" in kinds_of(m.group("x")):
        out += [replace(c, confidence=0.75) for c in read_statement(f"i have {m.group('x')}") if c.polarity == "affirm"]
    m = _ON_MEDS.search(sentence)
    if m and not _hedged(sentence, m) and not re.search(r"\b(?:off|came off|stopped|used to)\b", sentence):
        out += [replace(c, confidence=0.8) for c in read_statement("i take medication")]
    m = _SOUND_PART.search(sentence)
    if m and not CONDITIONAL.search(sentence[: m.start()]) and not re.search(
            r"\b(?:my (?:son|daughter|husband|wife|partner|mum|mom|dad|brother|sister)|his|her|their)\b", sentence):
        part = singular(next(g for g in m.groups() if g))
        out += [replace(c, confidence=0.75) for c in read_statement(f"i do not have a bad {part}")]
    return out


# --- a pastime said by its place, its gear or its jargon: "out on the bike every weekend", "forty lengths" ---------
_PASTIME_SIGNS = (
    (re.compile(r"\b(?:out on (?:the|a) (?:golf )?course|on the golf course|at the driving range|down the driving range|"
                r"play(?:ing)? off (?:a handicap of |a |scratch|\d+)|my golf handicap|my handicap is)\b"), "i play golf"),
    (re.compile(r"\b(?:out on (?:the|my) (?:road )?bike|on the bike|in the saddle)\b"), "i cycle"),
    (re.compile(r"\b(?:at|down|up) (?:the|my) (?:local )?(?:climbing|bouldering) (?:wall|gym|centre)\b"), "i climb"),
    (re.compile(r"\b(?:down|at|up|on) (?:the|my|our) allotment\b"), "i garden"),
    (re.compile(r"\b(?:hit|hitting|on) the (?:slopes|piste|pistes)\b"), "i ski"),
    (re.compile(r"\b(?:\d+|ten|twenty|thirty|forty|fifty|sixty|eighty|a hundred|a few|some) lengths\b|\b(?:down|at|in) "
                r"the (?:local )?(?:pool|lido|baths) (?:doing lengths|swimming)\b"), "i swim"),
    (re.compile(r"\b(?:down|on|at|by) the (?:river|riverbank|lake|canal|pier|jetty|beach) [a-z ]{0,30}?\bwith my "
                r"(?:rod|rods|fishing rod|tackle)\b"), "i fish"),
    (re.compile(r"\b(?:caught|catching|catch|chasing|chased|rode|riding|ride) (?:some |a few |a couple of |loads of |"
                r"the )?(?:cracking |decent |good |great |epic |massive |big |clean |perfect )?(?:waves|swell|barrels)\b"),
     "i surf"),
    (re.compile(r"\bparkrun\b"), "i run"),
    (re.compile(r"\b(?:cast on|casting on|cast off|casting off) (?:a|my|another|the) (?:new )?(?:jumper|scarf|sweater|"
                r"cardigan|blanket|hat|sock|socks|beanie|shawl)\b"), "i knit"),
    (re.compile(r"\b(?:finished|started|painted|painting|working on) (?:a|my|another|the) (?:big |small |new |little |"
                r"huge )?(?:watercolou?r|oil painting|acrylic|canvas|landscape painting|portrait in oils)\b"), "i paint"),
)
_ONE_OFF = re.compile(r"\b(?:once|one time|for the first time|first time|tried|try|trying|had a go|lesson|taster|"
                      r"volunteer|volunteering|marshal|marshalling|cheer|cheering|watch|watching|watched|spectat\w*|"
                      r"support|supporting|caddie|caddying|drove|drive|driving|lifeguard|coach|coaching)\b")


def pastime_sign_claims(sentence: str) -> list[OpenClaim]:
    """A pastime said by its place, its gear or its jargon, as a habit or lately: "I'm out on the bike every
    weekend" (cycles), "down the allotment every morning" (gardens), "Forty lengths before work every morning"
    (swims), "Caught some cracking waves this morning" (surfs), "I play off a handicap of twelve" (golfs). Not a
    first try, nor someone else's."""
    if _NOT_BEFORE.search(sentence) or CONDITIONAL.search(sentence) or _ONE_OFF.search(sentence):
        return []
    out: list[OpenClaim] = []
    for pattern, doing in _PASTIME_SIGNS:
        m = pattern.search(sentence)
        if not m:
            continue
        time = time_of_sentence(sentence, "present")
        claims = read_statement(doing) + pastime_claims(doing)
        out += [replace(c, time=time, confidence=0.75) for c in claims if c.polarity == "affirm"]
    return out


def read_asides(sentence: str, topic: str | None = None) -> list[OpenClaim]:
    """Every claim about diet, fears and daily habits said in passing that a normalised sentence makes."""
    return _READERS.read(sentence)  # each reader only where a word it needs is


_READERS = GatedReaders((
    (("fear", "phobia", "terror", "horror", "dread"), fear_noun_claims),
    (("give", "gave", "given", "make", "made", "nightmare", "sight", "faint", "pass out", "keel", "look at", "watch",
      "wimp", "baby", "chicken", "scaredy", "coward", "wuss", "blouse", "vertigo", "fine", "ok", "cool", "comfortable",
      "relaxed", "fearless", "calm", "happy", "not ", "creep", "thing", "find", "found", "thought", "mind", "bother",
      "problem", "biggie", "doddle", "nothing", "deal", "freeze", "panic", "freak", "tense", "pieces", "hyperventilate",
      "shaking", "rigid", "sleep with"), fear_said_otherwise_claims),
    (("strict", "lifelong", "life-long", "massive", "huge", "big", "keen", "avid", "proud", "committed", "total",
      "complete", "devoted", "hardcore", "die", "serious", "passionate", "card", "practi", "devout", "confirmed",
      "long", "mad", "obsessive", "true", "real", "full", "dedicated", "self"), who_fragment_claims),
    (("need", "run on", "live o", "survive on", "run off", "gasping", "dying for", "murder", "kill for", "desperate",
      "craving", "am on my", "function", "wake up", "weakness", "vice", "kryptonite", "downfall", "comfort",
      "sucker", "addicted", "resist", "say no", " of ", "bother", "fuss"), consumed_claims),
    (("till", "until", "til ", "past", "home", "to bed", "into bed"), out_late_claims),
    (("breakfast", "brekkie", "brunch", "lunch", "dinner", "supper", "hungover", "hung over", "hangover", "glued",
      "front of", "scroll", "finished", "started", "devoured", "polished", "got through", "put down", "read",
      "halfway"), daily_habit_claims),
    (("late",), lateness_claims),
    (("every", "each", "most", " a week", " a day"), habit_fragment_claims),
    (("addict", "snob", "fiend", "junkie", "fanatic", "lover", " nut", "obsessive", "aficionado", "connoisseur",
      "drinker", "eater", "head", "monster", "hound", "gym "), devotee_claims),
    ((", never",), never_after_fragment_claims),
    (("spent",), spent_on_claims),
    (("course", "range", "handicap", "bike", "saddle", "wall", "bouldering", "allotment", "slopes", "piste",
      "lengths", "pool", "lido", "baths", "rod", "tackle", "waves", "swell", "barrels", "parkrun", "cast o",
      "casting o", "watercol", "oil painting", "acrylic", "canvas", "in oils"), pastime_sign_claims),
    (("terrible", "chronic", "bad", "awful", "severe", "crippling", "dreadful", "horrible", "shocking", "lifelong",
      "another", "worst", "stinking", "killer", "blinding", "rotten", "constant", "persistent", "recurring", " on ",
      "back", "knee", "hip", "shoulder", "ankle", "neck", "wrist"), health_claims),
    ((" for a ", "did a", "done a", "go at a", "did my", "did another", "did two", "flight", "plane", "red-eye",
      "long-haul", "tattoo", "held", "handled", "stroked", "picked up", "cuddled", "petted", "let "), outing_claims),
    (("caught", "landed", "hooked", "reeled", "netted", " for ", "finish", "beat", "complet", "played through",
      "platinum", "speedran", "rinsed", "binge", "binged", "caught up", "watched", "through", "devoured", "started"),
     done_in_a_pastime_claims),
))


SENTENCE_READERS.append(read_asides)
