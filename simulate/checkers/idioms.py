"""Idioms by which people say they do, can, like or are something, or don't, said again in plain words.

"I could swim in my sleep" (I can swim), "I couldn't cook to save my life" (I can't cook), "I haven't the
foggiest how to knit" (I don't know how to), "I'm a dab hand at baking", "baking is second nature to me" (good
at it), "I'm all thumbs when it comes to DIY" (useless at it), "I live and breathe football", "I'm football
mad", "I'm a golf nut", "I'm coffee-obsessed", "jazz floats my boat" (loving it), "jazz drives me up the
wall", "I wouldn't touch sushi with a barge pole", "I'd rather die than go camping" (hating it), "I'm on the
wagon" (not drinking), "you won't catch me in a gym" (never there), "I'm a vegan through and through" (one).
Each idiom is one line of a table: the words any of which it needs (a sentence with none of them is not
tried against it), its shape with the thing as a slot, and the plain statement it says; the plain statement
is read by the open reader as if the speaker had said it.

Not read: the same idiom said of someone else ("my son could swim in his sleep", "he's football mad"), a
person as the thing hated ("my brother drives me mad"), a pronoun with nothing named ("it drives me mad"),
an adverb taken for the thing ("I'm so mad"), or a thing not eaten or drunk after "touch" ("I never touch
the stove"). "X runs in the family" is left unread: it says nothing of the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import SENTENCE_READERS, OpenClaim, extract_open_claims
from .rewrite_guard import RewriteGuard
from .words import singular

__all__ = ["IDIOMS", "plain_idiom", "read_idioms"]

_LEAD = re.compile(r"^(?:(?:well|oh|yeah|yep|nah|no|yes|so|honestly|haha|lol|ha|ok|okay|hmm|um|and|but|"
                   r"tbh|i mean|to be honest|to be fair|trust me|believe me|seriously)[,!.]?\s+)+")
# the thing: a few words; a doing: a verb and a few words
_X = r"(?P<x>[a-z][a-z'&-]*(?: [a-z][a-z'&-]*){0,3}?)"
_V = r"(?P<x>[a-z]+(?: [a-z'&-]+){0,4}?)"
_END = r"(?: (?:these days|nowadays|now|lately|too|as well|anyway))?$"
_DEGREE = r"(?:(?:really|totally|so|just|absolutely|completely|utterly|truly|pretty|quite|a bit|a little|very|such) )?"

IDIOMS: tuple[tuple[str, str, str], ...] = (
    # can, and can well
    ("sleep closed shut blindfolded head tied",
     rf"i (?:could|can) {_V} (?:in my sleep|with my eyes (?:closed|shut)|blindfolded|standing on my head|"
     rf"with one hand tied behind my back)", "i can {x} well"),
    # can not
    ("save life love paid depended",
     rf"i (?:could not|can not|could never|can never) {_V} (?:to save my life|for the life of me|for love nor money|"
     rf"for love or money|if my life depended on it|if you paid me)", "i can not {x}"),
    ("how",
     rf"i (?:have not|have not got|do not have|have not the|have got not|have) (?:got )?(?:the foggiest|the faintest|"
     rf"the slightest|the first|no|not the foggiest|not a) (?:idea |clue |notion )?(?:of |about )?how to {_V}",
     "i do not know how to {x}"),
    ("where begin",
     rf"i would not (?:know|have a clue) (?:where to (?:start|begin)|how to begin) (?:with )?{_V}",
     "i am useless at {x}"),
    # good at
    ("dab whizz whiz wizard natural ace demon pro genius master star hand veteran",
     rf"i am {_DEGREE}(?:a |an )?(?:(?:real|total|absolute|bit of a|proper) )?(?:dab hand|whizz|whiz|wizard|natural|"
     rf"ace|demon|dab|pro|genius|master|star|old hand|old pro|veteran) (?:at|with|when it comes to) {_X}",
     "i am good at {x}"),
    ("nature breathing play doddle cake breeze cinch park easy natural naturally",
     rf"{_X} (?:is|comes|has always been|was always) (?:second nature|like breathing|child's play|a doddle|"
     rf"a piece of cake|a breeze|a cinch|a walk in the park|easy|natural|naturally) to me", "i am good at {x}"),
    ("naturally easily easy natural",
     rf"{_X} comes (?:naturally|easily|easy|natural) to me", "i am good at {x}"),
    ("wheelhouse",
     rf"{_X} is (?:right )?in my wheelhouse", "i am good at {x}"),
    ("cake breeze doddle cinch park play easy",
     rf"{_X} (?:is|has always been) (?:a piece of cake|a breeze|a doddle|a cinch|a walk in the park|child's play|easy) "
     rf"for me", "i am good at {x}"),
    ("fingers thumb",
     r"i (?:have|have got|got) (?:green fingers|a green thumb)", "i am good at gardening"),
    ("egg water toast burn",
     r"i (?:can not|could not|can barely|can hardly) (?:even )?(?:boil an egg|boil water|make toast)|i (?:even )?burn water",
     "i can not cook"),
    ("straight",
     r"i (?:can not|could not) (?:even )?draw a straight line", "i can not draw"),
    ("deaf",
     r"i am (?:completely |totally |utterly )?tone[- ]deaf", "i can not sing"),
    # useless at
    ("thumbs loss disaster cause hopeless pants rubbish crap garbage trash terrible awful useless good liability",
     rf"i am {_DEGREE}(?:all thumbs|a dead loss|a disaster|a lost cause|hopeless|pants|rubbish|crap|garbage|trash|"
     rf"terrible|awful|useless|no good|a liability) (?:at|with|when it comes to) {_X}", "i am useless at {x}"),
    ("suck",
     rf"i {_DEGREE}suck at {_X}", "i am useless at {x}"),
    ("wheelhouse point strength",
     rf"{_X} is (?:not|never) (?:really )?(?:in my wheelhouse|my strong point|my strength)", "i am useless at {x}"),
    ("no",
     r"i am no (?:good |great )?(?P<x>cook|chef|baker|dancer|singer|swimmer|driver|skier|surfer|gardener|artist|painter|"
     r"writer|golfer|footballer|photographer|musician|skater|knitter|handyman)", "i am not good at {x}"),
    # love
    ("breathe live",
     rf"i {_DEGREE}(?:live and breathe|live for|eat sleep and breathe|eat, sleep and breathe) {_X}", "i love {x}"),
    ("mad crazy obsessed daft mental nuts",
     rf"i am {_DEGREE}(?P<x>(?!(?:so|really|very|absolutely|totally|completely|utterly|just|quite|pretty|hopping|"
     rf"stark|raving|barking|going|getting|not|still|a|an|the|kind|sort|bit|slightly|proper|well|fairly|mildly|stir|"
     rf"half|bloody|fucking|freaking|effing|bat|plain|downright|being|gone|driven|slowly)\b)"
     rf"[a-z]+(?: [a-z]+)?)(?: |-)(?:mad|crazy|obsessed|daft|mental|nuts)", "i love {x}"),
    ("nut fanatic buff junkie addict fiend enthusiast aficionado obsessive",
     r"i am (?:a |an )?(?:(?:total|real|complete|huge|massive|big|bit of a|proper|absolute|mad|crazy|serious) )?"
     r"(?P<x>(?!(?:control|neat|clean|health|speed|drama|attention|crazy|mad|a|an|total|real|complete|huge|"
     r"massive|big|bit|proper|absolute|serious)\b)[a-z]+(?: [a-z]+)?) "
     r"(?:nut|fanatic|buff|junkie|addict|fiend|enthusiast|aficionado|obsessive)", "i love {x}"),
    ("mad crazy nuts wild big huge keen",
     rf"i am {_DEGREE}(?:mad|crazy|nuts|wild|big|huge|mad keen|dead keen) (?:into|on|about) {_X}", "i love {x}"),
    ("floats street alley guilty weakness love",
     rf"{_X} {_DEGREE}(?:floats my boat|is (?:right )?up my (?:street|alley)|is my guilty pleasure|"
     rf"is my (?:one )?weakness|is the love of my life)", "i love {x}"),
    ("spot weakness thing",
     rf"i (?:have|have got|got) (?:a |such a |a real |a huge )?(?:soft spot|weakness|thing) for {_X}", "i love {x}"),
    ("blood dna veins bones",
     rf"{_X} (?:is|runs) in my (?:blood|dna|veins|bones)", "i love {x}"),
    ("kryptonite achilles",
     rf"{_X} (?:is|are) my (?:kryptonite|achilles heel)", "i love {x}"),
    ("bug",
     rf"i (?:have|have got|got|have caught|caught|have been bitten by) (?:the|a) {_X} bug(?: big time| badly)?",
     "i love {x}"),
    ("mad wild big huge",
     rf"i (?:would|d) be (?:mad|wild|big|huge|very big) (?:for|into|on) {_X}", "i love {x}"),
    # fear
    ("creeps willies heebie shivers jitters fear",
     rf"{_X} (?:give|gives) me the (?:creeps|willies|heebie-jeebies|heebie jeebies|shivers|jitters|fear)",
     "i am scared of {x}"),
    ("out",
     rf"{_X} (?:scare|scares|frighten|frightens) the (?:life|living daylights|bejesus|hell|crap|pants|wits) out of me",
     "i am scared of {x}"),
    ("say",
     rf"i (?:can )?(?:never|can never|would never|can not) say no to (?:a |an |some |good )?{_X}", "i love {x}"),
    ("fan supporter follower lover",
     rf"i am (?:a |an )?(?:die-?hard|diehard|lifelong|rabid|devoted|massive|huge|mad|crazy|fanatical|"
     rf"dyed-in-the-wool|card-carrying) {_X} (?:fan|supporter|follower|lover)", "i love {x}"),
    ("tragic",
     rf"i am (?:a |an )?(?:(?:total|real|bit of a|complete|proper|massive|huge) )?{_X} tragic", "i love {x}"),
    ("petrolhead petrol gearhead motorhead car",
     r"i am (?:a |an )?(?:(?:total|real|bit of a|complete|proper|massive|huge) )?(?:petrolhead|petrol head|gearhead|"
     r"motorhead|car nut)", "i love cars"),
    ("shopaholic",
     r"i am (?:a |an )?(?:(?:total|real|bit of a|complete|proper|massive|huge) )?shopaholic", "i love shopping"),
    ("chocaholic chocoholic",
     r"i am (?:a |an )?(?:(?:total|real|bit of a|complete|proper|massive|huge) )?choc(?:a|o)holic", "i love chocolate"),
    ("doing abide hack tolerate sight",
     rf"i (?:really |just )?(?:can not|could not|can never) (?:be doing with|abide|hack|tolerate|stand the sight of) {_X}",
     "i hate {x}"),
    ("one",
     rf"i am (?:a |an )?(?:really |very )?(?:great|big|huge) one for {_X}", "i love {x}"),
    ("one",
     rf"i am (?:really |just |honestly )?not (?:a |an )?(?:great|big|huge) one for {_X}", "i do not like {x}"),
    ("much",
     rf"i am (?:really |just |honestly )?not (?:very )?much for {_X}", "i do not like {x}"),
    ("much",
     rf"i am (?:very much|very very|so very) (?:fond of|into|keen on|interested in) {_X}", "i love {x}"),
    ("interested",
     rf"i am not (?:at all|in the least|remotely|the least bit|one bit|even remotely|a bit) interested in {_X}",
     "i do not like {x}"),
    ("water",
     r"(?:me and (?:the )?water|(?:the )?water and (?:me|i)) (?:do not|never|just do not|really do not) (?:really )?"
     r"(?:mix|get on|get along)", "i do not like swimming"),
    ("less",
     rf"i (?:could not|can not|could not really) care less (?:about|for) {_X}", "i do not like {x}"),
    ("fussed bothered",
     rf"i am (?:really |just |honestly )?not (?:that |too |really |very |all that )?(?:fussed|bothered) "
     rf"(?:about|by|with) {_X}", "i do not like {x}"),
    ("jam cuppa speed vibe poison go",
     rf"{_X} (?:is|are) not (?:really |exactly )?my (?:jam|cuppa|speed|vibe|poison|go)", "i do not like {x}"),
    # hate
    ("drives drive",
     rf"{_X} {_DEGREE}(?:drives|drive) me (?:up the wall|round the bend|around the bend|mad|crazy|nuts|bananas|"
     rf"up the pole|spare|insane)", "i hate {x}"),
    ("nerves wick tits",
     rf"{_X} {_DEGREE}(?:gets|get) on my (?:nerves|wick|tits)", "i hate {x}"),
    ("head",
     rf"{_X} {_DEGREE}(?:does|do) my head in", "i hate {x}"),
    ("bores bore",
     rf"{_X} {_DEGREE}(?:bores|bore) me (?:to tears|to death|stiff|senseless|silly|rigid)", "i hate {x}"),
    ("crawl",
     rf"{_X} {_DEGREE}(?:makes|make) my skin crawl", "i hate {x}"),
    ("bane pet",
     rf"{_X} (?:is|are) (?:the bane of my (?:life|existence)|my pet (?:hate|peeve)|a pet (?:hate|peeve) of mine)",
     "i hate {x}"),
    ("float bell fancy anything",
     rf"{_X} {_DEGREE}(?:does not|do not|never) (?:float my boat|do anything for me|ring my bell|tickle my fancy)",
     "i do not like {x}"),
    ("nothing zilch zip all",
     rf"{_X} (?:does|do) (?:nothing|zilch|zip|bugger all) for me", "i do not like {x}"),
    ("street alley",
     rf"{_X} (?:is|are) not (?:really )?up my (?:street|alley)", "i do not like {x}"),
    ("pole bargepole barge stick",
     rf"i would not (?:touch|go near) {_X} with a (?:barge ?pole|ten[- ]foot pole|10[- ]foot pole|long stick)",
     "i hate {x}"),
    ("rather sooner",
     rf"i would (?:rather|sooner) (?:die|eat glass|chew glass|eat my own hat|stick pins in my eyes|pull my teeth out|"
     rf"walk on hot coals|be shot|watch paint dry) than {_V}", "i do not like to {x}"),
    # not doing
    ("wagon off",
     r"i am (?:on the wagon|off the (?:booze|drink|sauce|grog|piss))", "i do not drink"),
    ("veg nonveg",
     r"i (?:take|eat|have) non-?veg(?:etarian)?(?: food)?", "i eat meat"),
    ("veg nonveg",
     r"i (?:do not|never|will not) (?:take|eat|have|touch) non-?veg(?:etarian)?(?: food)?", "i do not eat meat"),
    ("drinker teetotal total teetotaller",
     r"i am (?:a )?(?:non-?drinker|tee-?total|teetotal)", "i do not drink"),
    ("smoker off",
     r"i am (?:a )?non-?smoker|i am off the (?:fags|smokes|ciggies|cigarettes|cigs)", "i do not smoke"),
    ("catch find see",
     rf"you (?:will not|would not|will never|would never) (?:ever )?(?:catch|find|see) me (?:in|at|inside|near) "
     rf"(?:a |an |the )?{_X}", "i never go to {x}"),
    ("virgin",
     r"i am (?:a |an )?(?:total |complete |bit of a |real )?(?P<x>[a-z]+) virgin", "i have never tried {x}"),
    ("dead",
     r"i would not be (?:seen|caught) dead (?P<x>[a-z]+ing(?: [a-z]+){0,3}?)", "i never {x}"),
    # being
    ("through bred core bones way",
     r"i am (?P<x>(?:a |an )?[a-z]+(?: [a-z]+)?) (?:through and through|born and bred|to the core|to my core|"
     r"down to my bones|all the way)", "i am {x}"),
)

_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:{shape}){_END}"), plain) for _, shape, plain in IDIOMS)
# each word an idiom needs -> the idioms (by place in the table) that need it: a sentence is tried only against the
# idioms one of whose words it has
def _by_word() -> dict[str, tuple[int, ...]]:
    index: dict[str, tuple[int, ...]] = {}
    for place, (words, _, _) in enumerate(IDIOMS):
        for word in words.split():
            index[word] = (*index.get(word, ()), place)
    return index


_BY_WORD = _by_word()
_TOUCH_WORDS = frozenset({"touch", "off", "sworn"})
_NOT_A_THING = re.compile(r"^(?:my|his|her|their|your|our|its|it|that|this|these|those|they|them|he|she|you|we|"
                          r"everything|anything|something|nothing|where|what|which|who|whom|how|when|whether|if|people|"
                          r"everyone|everybody|someone|somebody|"
                          r"kids|children|the kids|my [a-z]+|mum|mom|dad|wife|husband|boss|men|women|guys|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|tomorrow|\d)\b")
# "i am no cook": the doing a doer's word names, for "good at"
_DOING = {"cook": "cooking", "chef": "cooking", "baker": "baking", "dancer": "dancing", "singer": "singing",
          "swimmer": "swimming", "driver": "driving", "skier": "skiing", "surfer": "surfing", "gardener": "gardening",
          "artist": "art", "painter": "painting", "writer": "writing", "golfer": "golf", "footballer": "football",
          "photographer": "photography", "musician": "music", "skater": "skating", "knitter": "knitting",
          "handyman": "diy"}
_ADVERBS = frozenset("so really very absolutely totally completely just quite pretty going getting not still".split())
_CONSUMED = re.compile(r"^i (?:never|do not|will not|would not|do not ever) (?:ever )?touch (?P<x>[a-z][a-z' -]{1,30}?)"
                       rf"(?: any more| anymore)?{_END}")
_OFF = re.compile(r"^i (?:have been|am|have gone|went) (?:completely |totally )?(?:off|teetotal on) (?:the )?"
                  r"(?P<x>[a-z][a-z' -]{1,30}?)(?: (?:for|since) [a-z0-9 ]+| now| these days| nowadays)?$|"
                  r"^i have (?:sworn|been sworn) off (?:the )?(?P<y>[a-z][a-z' -]{1,30}?)(?: (?:for|since) [a-z0-9 ]+)?$")
_NO_CHANCE = re.compile(r"^(?:(?:nah|no|nope|god|oh god|ha|haha),? )?(?:not a (?:chance|hope)|no chance|"
                        r"not on your (?:life|nelly)|"
                        r"(?:not|never) in a million years|over my dead body|not for all the tea in china|"
                        r"not for a million (?:dollars|pounds|quid|bucks)|no way,? jose)(?: mate| pal| love)?$")
_STUFF = frozenset({"the stuff", "that stuff", "it", "them"})

# a plain statement is read by the same reader; it must not be rewritten again (per thread: see rewrite_guard)
_REWRITING = RewriteGuard(f"{__name__}.rewriting")


def plain_idiom(sentence: str, topic: str | None = None) -> str | None:
    """`sentence` (normalised) said plainly, when it is one of the idioms of the table; else None."""
    text = _LEAD.sub("", sentence.strip(" .!")).strip()
    if not text.startswith(("i ", "you ")) and " " not in text:
        return None
    if topic and _NO_CHANCE.match(text) and not _NOT_A_THING.match(topic):
        return f"{topic} is not my thing"  # "Skiing? Not a chance."
    words = text.replace("-", " ").replace(",", " ").split()
    if _TOUCH_WORDS.intersection(words):
        touched = _touched(text, topic)
        if touched:
            return touched
    places = sorted({place for word in words for place in _BY_WORD.get(word, ())})
    for place in places:
        pattern, plain = _RULES[place]
        match = pattern.match(text)
        if not match:
            continue
        if "x" not in pattern.groupindex:
            return plain  # "i have got green fingers": no slot
        thing = (match.group("x") or "").strip()
        if not thing or _NOT_A_THING.match(thing) or thing in _ADVERBS or thing.endswith("ly"):
            return None
        said = plain.format(x=_DOING.get(thing, thing) if plain.endswith(" at {x}") else thing)
        return "i do not like " + said[len("i do not like to go "):] if said.startswith("i do not like to go ") else said
    return None


def _touched(text: str, topic: str | None) -> str | None:
    """"I never touch the stuff" (of wine, just named) or "I never touch meat": never having what is eaten or drunk;
    "I've been off meat for years": no longer."""
    match = _CONSUMED.match(text)
    off = None if match else _OFF.match(text)
    if not match and not off:
        return None
    thing = match.group("x") if match else (off.group("x") or off.group("y")) if off else ""
    if thing in _STUFF:
        thing = topic or ""
    if not thing or _NOT_A_THING.match(thing):
        return None
    verb = _consumed_by(singular(thing))
    if not verb:
        return None
    return f"i never {verb} {thing}" if match else f"i no longer {verb} {thing}"


def _consumed_by(noun: str) -> str | None:
    """The verb of consuming `noun` by its kind (drink a beverage, eat food, smoke tobacco); None for anything else."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    if knowledge_loading():
        return None
    kinds = default_knowledge().ancestors(noun)
    return "drink" if "beverage" in kinds else "eat" if "food" in kinds else "smoke" if "tobacco" in kinds else None


def read_idioms(sentence: str, topic: str | None) -> list[OpenClaim]:
    """The claims of an idiom of doing, liking or being, read from its plain words (see the module docstring)."""
    if _REWRITING.active:
        return []
    plain = plain_idiom(sentence, topic)
    if not plain:
        return []
    with _REWRITING.inside():
        claims = extract_open_claims(plain)
    return [replace(c, confidence=min(c.confidence, 0.85)) for c in claims]


SENTENCE_READERS.append(read_idioms)
