"""Skills said in passing: handiwork, code, languages understood, a skill said without "I".

"I built the kitchen cabinets myself" (I am handy) against "useless with tools, can't even hang a picture"
(I am not); "been coding since I was fourteen" (I code) against "never written a line of code"; "I watch anime
in Japanese without subtitles" (I understand Japanese) against "I can't speak or understand Japanese";
"Decent chess player, rated 1800" (I am a decent chess player): each becomes the claim the checker compares
with what else was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import CLAIM_EXTENDERS, SENTENCE_READERS, OpenClaim, extract_open_claims, is_language, read_statement
from .pastimes import LEAD

_NOT_MINE = re.compile(r"\b(?:if (?:i|only i)|would|could|might|wish|hope|someday|one day|going to|will|planning|"
                       r"plan to|want to|wanna|learn(?:ing)? to)\b|\b(?:we|my (?:dad|father|mum|mom|husband|wife|"
                       r"partner|brother|sister|son|daughter|friend|uncle|grandad|grandpa)|he|she|they)\b|"
                       r"\bhelped\b|\bwith (?:my|the) help\b|\bpaid (?:someone|a|an)\b|\bhad (?:it|them|someone)\b")


def _said(statement: str, confidence: float) -> list[OpenClaim]:
    return [replace(c, confidence=confidence) for c in read_statement(statement)]


# --- handiwork ------------------------------------------------------------------------------------------------------
_UNHANDY = re.compile(r"\b(?:i am |i have always been |^)(?:completely |totally |utterly |absolutely |hopeless(?:ly)? |"
                      r"pretty |really )?(?:useless|hopeless|rubbish|terrible|clueless|all thumbs|no good) "
                      r"(?:at|with) (?:diy|tools|anything practical|fixing things|home repairs)\b|"
                      r"\bi am not (?:very |at all |remotely )?(?:handy|practical|good with (?:my hands|tools))\b|"
                      r"\b(?:i )?(?:can not|could never) even (?:put up|hang|fix|change|assemble|build) (?:a |an )?"
                      r"(?:shelf|picture|tyre|tire|fuse|plug|light ?bulb|flat-?pack|wardrobe|ikea)|"
                      r"\bi (?:have )?never (?:even )?(?:held|used|picked up|touched) a (?:hammer|drill|screwdriver|saw|"
                      r"spanner|wrench)\b|\bi know nothing about (?:cars|engines|diy|tools|woodwork|plumbing|wiring)\b")
_HANDIWORK = re.compile(r"\bi (?:have )?(?:just |once )?(?:built|made|rewired|re-wired|rebuilt|re-built|restored|"
                        r"plumbed|tiled|fitted|installed|assembled|renovated|refitted|retiled|plastered|laid|"
                        r"put up|knocked up|reupholstered) (?:the |our |my |a |an |all (?:of )?(?:the |our |my )?|"
                        r"both |two |three |some |the whole |a whole |our whole |my whole )?(?:new |old |own |"
                        r"whole |entire |wooden |oak |pine |garden |kitchen |bathroom |living room |fitted )*"
                        r"(?P<x>cabinets?|cupboards?|shelves|shelf|bookshelf|bookshelves|bookcases?|shed|deck|decking|"
                        r"fence|pergola|wardrobes?|tables?|bed ?frame|bunk beds?|treehouse|tree house|kitchen|"
                        r"bathroom|extension|patio|wall|walls|floor|flooring|staircase|stairs|wiring|engine|"
                        r"gearbox|motorbike|motorcycle|car|boat|cabin|house|loft|garage|workbench|furniture|"
                        r"chairs?|dresser|cot|crib|raised beds|greenhouse|conservatory)\b")
_BY_OWN_HAND = re.compile(r"\b(?:myself|by hand|with my own (?:two )?hands|from scratch|single-?handed(?:ly)?|"
                          r"all by myself|on my own)\b")
_WORK_ON_THE_JOB = re.compile(r"\b(?:engine|gearbox|motorbike|motorcycle|car|wiring|rewired|re-wired|rebuilt|"
                              r"re-built|plumbed|plastered)\b")


def handiwork_claims(sentence: str) -> list[OpenClaim]:
    """"Useless with tools", "can't even hang a picture", "never held a hammer": I am not handy. "I built the
    bookshelves myself", "rewired the whole kitchen", "rebuilt the engine on my old car": I am handy."""
    if _UNHANDY.search(sentence) and not re.search(r"\b(?:if|wish|he|she|they|we|my (?:dad|mum|mom|husband|wife|"
                                                    r"partner|brother|sister|son|daughter|friend))\b",
                                                    sentence.split(",")[0]):
        return _said("i am not handy", 0.8)
    m = _HANDIWORK.search(sentence)
    if not m or _NOT_MINE.search(sentence) or re.search(r"\b(?:lego|model|minecraft|sims|game)\b", sentence):
        return []
    if _BY_OWN_HAND.search(sentence) or _WORK_ON_THE_JOB.search(m.group(0)):
        return [c for c in _said("i am handy", 0.75) if c.polarity == "affirm"]
    return []


# --- code -----------------------------------------------------------------------------------------------------------
_LANGUAGES_OF_CODE = (r"python|javascript|typescript|java|c\+\+|c#|rust|golang|go|ruby|php|kotlin|swift|sql|"
                      r"haskell|scala|perl")
_NEVER_CODED = re.compile(r"\b(?:i have |^)(?:never|not once) (?:written|wrote|typed) (?:a (?:single )?line|one line|"
                          r"a line|any) of code\b|\bi (?:have )?never (?:coded|programmed)\b|"
                          r"\bi (?:can not|do not know how to|could not) (?:code|program)(?! (?:a|the|my|our) )\b")
_CODES = re.compile(rf"\b(?:i have been|^been|i am|i) (?:coding|programming)(?: in (?:{_LANGUAGES_OF_CODE}))? "
                    r"(?:since|for (?:years|ages|a living|\w+ years|work))\b|"
                    rf"\bi (?:code|program|write code) (?:in (?:{_LANGUAGES_OF_CODE})|for a living|every day|all day)\b|"
                    rf"^(?:{_LANGUAGES_OF_CODE})(?: and (?:{_LANGUAGES_OF_CODE}))? (?:is|are) my bread and butter\b|"
                    r"^(?:coding|programming|writing code) is (?:literally )?(?:my|what i do for a) (?:day )?(?:job|living)\b|"
                    rf"\bi (?:write|wrote|maintain|build) (?:a lot of |loads of |some |the )?(?:{_LANGUAGES_OF_CODE}) "
                    r"(?:scripts|code|programs|apps|backends|services)\b")


def code_claims(sentence: str) -> list[OpenClaim]:
    """"Been coding since I was fourteen", "Python and JavaScript are my bread and butter", "I code for a
    living": I code. "Never written a line of code", "I can't code": I have never coded."""
    if _NEVER_CODED.search(sentence):
        return _said("i have never coded", 0.8)
    if _CODES.search(sentence) and not re.search(r"\b(?:if (?:i|only i)|would|wish|want to|someday|one day)\b",
                                                 sentence):
        return [c for c in _said("i code", 0.8) if c.polarity == "affirm"]
    return []


# --- languages understood -------------------------------------------------------------------------------------------
_NOR_UNDERSTAND = re.compile(r"\bi (?:can not|do not|could not) (?:speak|read|write),? or (?:even )?"
                             r"(?:understand|follow) (?P<l>[a-z]+)\b")
_WITHOUT_SUBTITLES = re.compile(r"\bi (?:watch|watched|follow|followed|understand|understood|enjoy|binge|stream) "
                                r"[a-z' ]{0,40}?\bin (?P<l>[a-z]+) (?:without|with no) (?:subtitles|subs|a dictionary|"
                                r"a translator|translation)\b")


def understood_language_claims(sentence: str) -> list[OpenClaim]:
    """"I can't speak or understand Japanese": I do not speak it, nor understand it. "I watch anime in Japanese
    without subtitles": I understand Japanese."""
    m = _NOR_UNDERSTAND.search(sentence)
    if m and is_language(m.group("l")):
        return _said(f"i do not understand {m.group('l')}", 0.85) + _said(f"i do not speak {m.group('l')}", 0.85)
    m = _WITHOUT_SUBTITLES.search(sentence) or _MEDIA_WITHOUT_SUBTITLES.search(sentence)
    if not m or _NOT_MINE.search(sentence):
        return []
    language = _MEDIA_LANGUAGE.get(m.group("l"), m.group("l"))
    if is_language(language):
        return [c for c in _said(f"i understand {language}", 0.8) if c.polarity == "affirm"]
    return []


_SPOKE_IN = re.compile(r"\bi (?:chatted|talked|spoke|chat|talk|argued|argue|joked|haggled|haggle|ordered|order|"
                       r"gossiped|gossip|conversed|converse|communicated|communicate|bantered|flirted|negotiated|"
                       r"negotiate|gave (?:a|my) (?:talk|speech|presentation)|give (?:talks|speeches|presentations))\b"
                       r"[a-z' ]{0,40}? in (?:fluent |perfect |broken |rusty |basic )?(?P<l>[a-z]+)\b")


_AND_SPEAK = re.compile(r" and (?:now |still |also |even |can )?(?:speak|use|read|write) (?P<l>[a-z]+)\b")
_BEFORE_AND = re.compile(r"i [a-z0-9' ,]+")
_BILINGUAL = re.compile(r"\bi am (?:fully |completely |totally |basically )?(?:bilingual|trilingual|fluent) in (?P<a>[a-z]+)"
                        r"(?:,? (?:and|&) (?P<b>[a-z]+))?\b")
_SUBJECT_TAKEN = re.compile(r"\bi (?:got|did|took|passed|failed|sat|aced) (?:an? [a-e]\*?(?: grade)? in |a [1-9] in |"
                            r"my |the )?(?:gcse|a-level|a level|higher|ap|ib|o-level|o level) (?P<l>[a-z]+)\b")


def _spoken(language: str | None) -> list[OpenClaim]:
    if not language or not is_language(language):
        return []
    return [c for c in _said(f"i speak {language}", 0.8) if c.polarity == "affirm"]


def languages_coordinated_claims(sentence: str) -> list[OpenClaim]:
    """"I lived in Tokyo for ten years and speak Japanese every day", "I'm bilingual in English and Welsh": I
    speak Japanese (English, Welsh). "I got an A in GCSE Spanish": I studied Spanish."""
    if not any(key in sentence for key in (" and ", "lingual", "fluent", "gcse", "level", "higher", "ap ", "ib ")) or \
            re.search(r"\b(?:if (?:i|only i)|would|wish|someday|one day|want to|wanna|going to|will|hope)\b", sentence):
        return []
    out: list[OpenClaim] = []
    m = _AND_SPEAK.search(sentence)
    if m and _BEFORE_AND.fullmatch(sentence[: m.start()]) and \
            not re.search(r"\b(?:he|she|they|we|my [a-z]+ (?:and|who))\b", sentence[: m.start("l")]):
        out.extend(_spoken(m.group("l")))
    m = _BILINGUAL.search(sentence)
    if m:
        out.extend(_spoken(m.group("a")) + _spoken(m.group("b")))
    m = _SUBJECT_TAKEN.search(sentence)
    if m and m.group("l") not in ("exam", "exams", "results", "result", "year", "years", "grade", "grades"):
        out.extend(replace(c, time="past") for c in _said(f"i studied {m.group('l')}", 0.8) if c.polarity == "affirm")
    return out


def spoken_in_claims(sentence: str) -> list[OpenClaim]:
    """"I chatted with the waiter in Italian the whole evening", "I haggled in Arabic": I speak Italian (Arabic)."""
    m = _SPOKE_IN.search(sentence)
    if not m or not is_language(m.group("l")) or _NOT_MINE.search(sentence[: m.start()]) or \
            re.search(r"\b(?:if (?:i|only i)|would|wish|someday|one day|want to|wanna|going to|will)\b", sentence) or \
            re.search(r"\b(?:tried|try|trying|attempted|attempt|pretended)\b", sentence[: m.end()]):
        return []
    return [c for c in _said(f"i speak {m.group('l')}", 0.8) if c.polarity == "affirm"]


_TRANSLATOR = re.compile(r"\bi (?:am|work as|have worked as|worked as) (?:a |an )?(?:freelance |professional |qualified |"
                         r"certified |court |medical |literary )?(?P<l>[a-z]+)(?:(?:[- ](?:to|and)[- ]|-|/)(?P<m>[a-z]+))? "
                         r"(?:translator|interpreter)\b")
_MY_LANGUAGE_IS = re.compile(r"\bmy (?P<l>[a-z]+) is (?:completely |totally |basically |pretty much |just )?(?P<v>"
                             r"non-?existent|nonexistent|zero|nil|rubbish|hopeless|terrible|awful|useless|fluent|perfect|"
                             r"native|flawless|excellent|near-native|near native)\b")
_IN_THE_ORIGINAL = re.compile(r"\bi (?:read|watch|enjoy|reread|re-read) (?:[a-z']+ ){0,4}?(?:in the original (?P<l>[a-z]+)\b|"
                              r"(?P<m>[a-z]+) (?:novels|books|poetry|poems|plays|newspapers|papers|films|classics)"
                              r"(?: [a-z']+){0,5}?,? in the original\b)")


def language_said_otherwise_claims(sentence: str) -> list[OpenClaim]:
    """"I work as a German translator": I speak German. "My French is non-existent": I don't. "I read French
    novels in the original": I understand French."""
    out: list[OpenClaim] = []
    m = _TRANSLATOR.search(sentence)
    if m and not _NOT_MINE.search(sentence[: m.start()]):
        for language in (m.group("l"), m.group("m")):
            if language and is_language(language) and language != "english":
                out.extend(c for c in _said(f"i speak {language}", 0.8) if c.polarity == "affirm")
    m = _MY_LANGUAGE_IS.search(sentence)
    if m and is_language(m.group("l")):
        if m.group("v") in ("fluent", "perfect", "native", "flawless", "excellent", "near-native", "near native"):
            out.extend(c for c in _said(f"i speak {m.group('l')}", 0.8) if c.polarity == "affirm")
        elif m.group("v") in ("non-existent", "nonexistent", "zero", "nil"):
            out.extend(_said(f"i do not speak {m.group('l')}", 0.8) + _said(f"i do not understand {m.group('l')}", 0.8))
    m = _IN_THE_ORIGINAL.search(sentence)
    language = m.group("l") or m.group("m") if m else None
    if language and is_language(language) and not _NOT_MINE.search(sentence):
        out.extend(c for c in _said(f"i understand {language}", 0.8) if c.polarity == "affirm")
    return out


_SIGNS = re.compile(r"\bi (?:have )?(?:learned|learnt|studied|know|use|sign in|picked up|am fluent in) (?:some |a bit of |"
                    r"basic )?(?:bsl|asl|auslan|makaton|british sign language|american sign language|sign language)\b|"
                    r"^(?:(?:yes|yeah|oh|well)[,!. ]+)?i can sign(?=$|[,.!;]| (?:a bit|fluently|well|too|as well)\b)")


def sign_language_claims(sentence: str) -> list[OpenClaim]:
    """"I can sign, I learned BSL for my nephew", "I use Makaton at work": I know sign language."""
    if not _SIGNS.search(sentence) or re.search(r"\b(?:want|would|wish|hope|plan|going to|someday|one day|never|not)\b",
                                                sentence):
        return []
    return [c for c in _said("i know sign language", 0.8) if c.polarity == "affirm"]


_MEDIA_LANGUAGE = {"bollywood": "hindi", "anime": "japanese", "manga": "japanese", "k-drama": "korean",
                   "k-dramas": "korean", "kdramas": "korean", "telenovela": "spanish", "telenovelas": "spanish"}
_MEDIA_WITHOUT_SUBTITLES = re.compile(r"\bi (?:can )?(?:watch|watched|follow|followed|understand|understood|enjoy|binge|"
                                      r"stream|read) (?:all )?(?:the |my |most )?(?P<l>bollywood|anime|manga|k-dramas?|"
                                      r"kdramas|telenovelas?|[a-z]+) ?(?:films|movies|shows|series|dramas|tv|telly|"
                                      r"news|podcasts|radio|novels|books|newspapers|comics|soaps)? (?:without|with no) "
                                      r"(?:subtitles|subs|a dictionary|translation|a translator)\b")


# --- a skill said without "I" ---------------------------------------------------------------------------------------
_SKILL_FRAGMENT = re.compile(rf"{LEAD}(?P<x>(?:pretty |really |very |quite |a )?(?:decent|good|strong|competent|"
                             r"keen|avid|serious|fair|solid) [a-z]+ player)(?=$|[,.!;])")


def skill_fragment_claims(sentence: str) -> list[OpenClaim]:
    """"Decent chess player, rated about 1800": I am a decent chess player."""
    m = _SKILL_FRAGMENT.match(sentence)
    if not m:
        return []
    said = f"i am a {m.group('x').removeprefix('a ')}."
    return [replace(c, confidence=min(c.confidence, 0.8)) for c in extract_open_claims(said)]


# --- a part played on an instrument ---------------------------------------------------------------------------------
_PART_PLAYED = re.compile(r"^(?P<x>piano|violin|cello|viola|guitar|flute|clarinet|trumpet|saxophone|sax|drum|harp|oboe|"
                          r"bassoon|trombone|recorder|ukulele|banjo|organ|fiddle|double bass|bass guitar|french horn|"
                          r"horn|tuba|mandolin|harmonica) (?:solo|part|duet|concerto|sonata|line|riff|piece)$")


def instrument_part_claims(claims: list[OpenClaim]) -> list[OpenClaim]:
    """"Played the violin solo at the concert", "I play the piano part": I play the violin (the piano)."""
    out: list[OpenClaim] = []
    for claim in claims:
        m = _PART_PLAYED.match(claim.object) if claim.predicate == "play" else None
        if m:
            out.append(replace(claim, object=m.group("x"), confidence=min(claim.confidence, 0.85)))
    return out


# --- colour vision --------------------------------------------------------------------------------------------------
_COLOUR_BLIND = re.compile(r"\bi am (?:(?:a bit|slightly|partially|totally|completely|badly|red-green|red green|"
                           r"blue-yellow) )*colou?r[- ]?blind\b")
_COLOURS = r"(?:red|green|blue|yellow|purple|orange|brown|pink|grey|gray|teal|turquoise)s?"
_TELL_COLOURS = re.compile(rf"\bi (?:can|could always|can always|have no trouble|have no problem) (?:easily |instantly )?"
                           rf"(?:tell|telling|distinguish|distinguishing|pick out|picking out|sort|sorting) (?:the )?"
                           rf"(?:{_COLOURS}(?: ones)? (?:from|and) (?:the )?{_COLOURS}(?: ones)?(?: apart)?|"
                           rf"(?:them|the colou?rs|every shade|shades) apart)")


def colour_vision_claims(sentence: str) -> list[OpenClaim]:
    """"I'm red-green colour blind": colourblind. "I can tell them apart at a glance" (red and green ones),
    "I can tell red from green": not colourblind."""
    if _COLOUR_BLIND.search(sentence):
        return [c for c in _said("i am colorblind", 0.85) if c.polarity == "affirm"]
    m = _TELL_COLOURS.search(sentence)
    if m and len(re.findall(rf"\b{_COLOURS}\b|\bcolou?rs?\b|\bshades?\b", sentence)) >= 2 and \
            not re.search(r"\b(?:if|wish|he|she|they|we|can not|could not|never)\b", sentence[: m.start()]):
        return _said("i am not colorblind", 0.8)
    return []


# --- swimming lengths, sewing a garment -----------------------------------------------------------------------------
_LENGTHS = re.compile(r"\bi (?:did|swam|swim|do|managed|knocked out|banged out) (?:a |my )?(?:[a-z0-9-]+ )?(?:lengths|laps) "
                      r"(?:of|at|in|down at) (?:the |my |our )?(?:local )?(?:pool|baths|lido|leisure centre)\b")
_SEWN = re.compile(r"\bi (?:made|sewed|sewn|stitched|ran up|run up|tailored|hemmed|altered) (?:my |her |his |our |a |an |the |"
                   r"all (?:my |the |our )?)?(?:[a-z']+ ){0,2}?(?:dress|dresses|skirt|skirts|curtains|quilt|costume|costumes|"
                   r"shirt|shirts|trousers|jacket|gown|cushion covers|wedding dress|prom dress|christening gown)\b")


def swim_and_sew_claims(sentence: str) -> list[OpenClaim]:
    """"I did fifty lengths at the pool this morning": I swim. "I made my daughter's prom dress myself": I sew."""
    out: list[OpenClaim] = []
    m = _LENGTHS.search(sentence)
    if m and not _NOT_MINE.search(sentence[: m.start()]):
        out.extend(c for c in _said("i swim", 0.8) if c.polarity == "affirm")
    m = _SEWN.search(sentence)
    if m and not _NOT_MINE.search(sentence[: m.start()]) and not re.search(r"\b(?:herself|himself|themselves|bought|"
                                                                             r"hired|paid|would|wish|want)\b", sentence) \
            and re.search(r"\b(?:myself|by hand|sewing machine|from scratch|sewed|sewn|stitched|hemmed|"
                                           r"altered|ran up|run up)\b", sentence):
        out.extend(c for c in _said("i sew", 0.8) if c.polarity == "affirm")
    return out


# --- driving others somewhere ---------------------------------------------------------------------------------------
_DROVE_SOMEONE = re.compile(r"\bi (?P<v>drove|drive|have driven) (?:us|them|him|her|everyone|everybody|my (?:kids|son|daughter|"
                            r"wife|husband|mum|mom|dad|family|friends|partner|nan|gran)|the kids|the family|the whole "
                            r"family)(?= (?:to|home|back|down|up|over|around|across|all the way|into)\b)")


def driving_others_claims(sentence: str) -> list[OpenClaim]:
    """"I drove us to the coast last weekend", "I drive the kids to school": I drove to the coast (drive)."""
    m = _DROVE_SOMEONE.search(sentence)
    if not m or re.search(r"\b(?:if|would|could|wish|offered|will|going to)\b", sentence):
        return []
    said = sentence[: m.start()] + f"i {m.group('v')}" + sentence[m.end():]
    return [replace(c, confidence=min(c.confidence, 0.85)) for c in extract_open_claims(said)
            if c.predicate.startswith("driv") and c.polarity == "affirm"]


_CHESS_RATING = re.compile(r"\b(?:i am |^)(?:rated|ranked) (?:about |around |roughly )?\d{3,4}\b(?=.*\b(?:chess|lichess|"
                           r"chess\.com|fide|blitz|rapid|bullet)\b)|\bmy (?:chess |fide |lichess |blitz |rapid )(?:elo|rating) "
                           r"is\b|\bmy elo is (?:about |around |roughly )?\d{3,4}\b")


def chess_rating_claims(sentence: str) -> list[OpenClaim]:
    """"I'm rated 2000 on lichess", "my Elo is around 1800": I play chess."""
    if not _CHESS_RATING.search(sentence) or _NOT_MINE.search(sentence):
        return []
    return [c for c in _said("i play chess", 0.8) if c.polarity == "affirm"]


# --- smell, taste, lifting ------------------------------------------------------------------------------------------
_NO_SENSE = re.compile(r"\bi (?:have|have got|got) (?:no|zero) sense of (?P<s>smell|taste)\b|\bi (?:have )?(?:lost|"
                       r"have lost) (?:my|all) sense of (?P<t>smell|taste)\b|\bi am anosmic\b")
_SENSED = re.compile(r"\b(?:i (?:love|adore|miss|can not get enough of) the (?P<s>smell|scent|taste) of|"
                     r"(?:the |my )?[a-z ]{2,30}? (?P<t>smells|tastes) (?:amazing|incredible|divine|heavenly|delicious|"
                     r"gorgeous|lovely|fantastic|great|awful|disgusting|off|weird|funny)(?: to me| from here)?)")
_HEAVY = r"(?:sofas?|couch(?:es)?|settees?|fridges?|freezers?|pianos?|wardrobes?|washing machines?|mattress(?:es)?|" \
         r"boxes|crates|sacks|a \w+ sack|bags of cement|paving slabs|logs|the shopping)"
_CARRIED_HEAVY = re.compile(rf"\b(?:i (?:carried|lifted|hauled|lugged|humped|moved|shifted|dragged)|i spent [a-z ]{{2,30}}? "
                            rf"(?:carrying|lifting|hauling|lugging|humping|moving|shifting|dragging)) (?:the |a |an |two |three |"
                            rf"four |our |my |his |her |their |all the |all (?:of )?(?:the|our|my) )?(?:\w+ )?{_HEAVY}"
                            r" (?:up|down|into|onto|out of|across|round|around|to|on my own|by myself|myself)\b")


def sense_and_strength_claims(sentence: str) -> list[OpenClaim]:
    """"No sense of smell": I cannot smell; "I love the smell of fresh bread", "this curry tastes amazing": I can
    smell (taste). "I carried the sofa up three flights": I can lift heavy things."""
    out: list[OpenClaim] = []
    m = _NO_SENSE.search(sentence)
    if m:
        sense = m.group("s") or m.group("t") or "smell"
        return _said(f"i can not {sense}", 0.85)
    m = _SENSED.search(sentence)
    if m and not _NOT_MINE.search(sentence[: m.start()]) and not re.search(r"\b(?:used to|before|miss|remember|heard|"
                                                                               r"apparently|people say|they say)\b",
                                                                               sentence):
        sense = "taste" if (m.group("s") or m.group("t")).startswith("tast") else "smell"
        out.extend(c for c in _said(f"i can {sense}", 0.75) if c.polarity == "affirm")
    m = _CARRIED_HEAVY.search(sentence)
    if m and not _NOT_MINE.search(sentence[: m.start()]) and not re.search(r"\b(?:helped|with (?:my|the) help|"
                                                                               r"trolley|dolly|lift|elevator)\b",
                                                                               sentence):
        out.append(OpenClaim(predicate="lift", object="anything heavy", ability=True, confidence=0.75))
    return out


def skill_claims(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Every reader of this module, for one normalised sentence."""
    del topic
    return (handiwork_claims(sentence) + code_claims(sentence) + understood_language_claims(sentence)
            + skill_fragment_claims(sentence) + colour_vision_claims(sentence) + spoken_in_claims(sentence)
            + language_said_otherwise_claims(sentence) + swim_and_sew_claims(sentence) + sign_language_claims(sentence)
            + driving_others_claims(sentence) + chess_rating_claims(sentence) + languages_coordinated_claims(sentence)
            + sense_and_strength_claims(sentence))


SENTENCE_READERS.append(skill_claims)
CLAIM_EXTENDERS.append(instrument_part_claims)
