"""Having and doing said by what one acquires, keeps, handles and prefers.

Everyday talk tells of having a thing by how it came ("just got the latest iPhone", "we adopted a rescue dog",
"I inherited my gran's piano"), of being near an animal by what one does with it ("I walk my neighbour's
labrador", "I sleep with my two cats on the bed"), of eating or doing a thing by the place it holds ("grilled
mackerel is my go-to dinner", "coffee is a staple in our house", "I can't get enough of sushi"), of living
with someone by naming them ("my flatmate left the dishes again") and of watching TV by a season binged.

Each becomes one claim the knowledge files reason over by category:

- acquiring ("acquire"): a thing bought, got, picked up, inherited, won, adopted, rescued or given, told of
  recently and not as sold, given away or bought for someone else. `implications.txt` says which kinds of
  thing are kept (`I acquired a [vehicle] => I have a [vehicle]`); an illness caught is not one of them.
- handling ("handle"): an animal walked, cuddled, stroked, groomed, held, ridden or slept beside, whoever owns
  it; keeping ("keep"): an animal of one's own ("my cat": `I have a [pet] => I keep a [pet]`). Fearing or
  hating a kind denies both for every animal of the kind; being allergic to it denies handling only (many keep
  a pet they are allergic to). An aversion said as managed ("but I take antihistamines") or as past ("I used to
  be scared of dogs") denies nothing.
- a food or drink held as one's go-to, usual, staple, ritual or comfort food, one can't get enough of or live
  without, can't beat or would pick over another: eating or drinking it, and liking it; any other go-to,
  therapy or guilty pleasure: liking it. Food or drink got to have ("got a pork pie from the bakery on the
  way home", "ordered a pizza") is eaten or drunk.
- a housemate named now ("my flatmate", "me and my roommate"; not a college or former one): having one, which
  `exclusions.txt` sets against living alone; a season binged: watching TV.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import (
    CLAIM_EXTENDERS,
    CONDITIONAL,
    LEAD_WORDS,
    LIKE,
    SENTENCE_READERS,
    OpenClaim,
    extract_open_claims,
    read_statement,
    time_of_sentence,
)
from .words import singular, verb_stem

__all__ = ["acquired_and_handled", "read_keeping"]

ACQUIRE = verb_stem("acquire")  # the predicate of a thing come by ("I bought a car", "we adopted a dog")
HANDLE = verb_stem("handle")  # the predicate of an animal handled ("I walk my neighbour's labrador")
KEEP = verb_stem("keep")  # the predicate of an animal kept ("my cat", "I keep a pet tarantula")

def _stem(phrase: str) -> str:
    """A verb phrase as the reader keys it: its verb stemmed ("take in" -> "tak in")."""
    verb, _, rest = phrase.partition(" ")
    return f"{verb_stem(verb)} {rest}".strip()


_ACQUIRING = frozenset(_stem(w) for w in ("buy", "get", "pick up", "inherit", "win", "adopt", "rescue", "receive",
                                              "be given", "treat myself to", "splash out on", "order", "grab", "take on",
                                              "take in", "snap up", "bag", "upgrade to", "end up with"))
_EATEN_WHEN_GOT = frozenset(_stem(w) for w in ("order", "grab"))  # "ordered a curry", "grabbed a coffee": had it
# food or drink got for oneself to have: "got a fish supper from the chippy on the way home", "picked up a kebab for tea"
_TO_HAVE = re.compile(r"\b(?:on (?:the|my|our) way (?:home|back|to work|in)|for (?:my |our )?(?:lunch|dinner|tea|supper|"
                      r"breakfast|brunch|a snack|pudding|dessert)|from the (?:chippy|chip shop|takeaway|van|bakery|cafe|"
                      r"caf|deli|drive-thru|drive-through|drive thru|kebab shop|stall|canteen|food truck|pub|"
                      r"sandwich shop|coffee shop)|takeaway|take-away|take away)\b")
_HANDLING = frozenset(_stem(w) for w in ("walk", "cuddle", "snuggle", "hug", "stroke", "pet", "groom", "brush",
                                             "bathe", "hold", "ride", "sleep with", "look after", "take care of",
                                             "dog-sit", "cat-sit", "foster", "muck out"))
# kept no longer, or never the speaker's: "sold it last year", "bought my son a car", "a present for my mum"
_NOT_KEPT = re.compile(r"\b(?:sold|sell|selling|gave (?:it|him|her|them) away|given away|rehome|rehomed|got rid|"
                       r"traded (?:it|him|her|them)? ?in|returned|took (?:it|him|her|them) back|sent (?:it|him|her|them) back|"
                       r"stolen|crashed|wrote (?:it )?off|written off|totalled|totaled|died|passed away|put down|ran away|"
                       r"for (?:my|our|his|her|their|a|the) (?:son|daughter|kids?|children|boy|girl|husband|wife|partner|"
                       r"mum|mom|mother|dad|father|parents|brother|sister|friend|nan|gran|grandma|grandpa|grandson|"
                       r"granddaughter|niece|nephew|neighbou?r|boss|fiance|fiancee|boyfriend|girlfriend)|"
                       r"for (?:him|her|them|someone)|for (?:his|her|their) (?:birthday|christmas)|as a (?:gift|present)|"
                       r"(?:bought|got|won|picked up) (?:my|our|his|her|their|the) [a-z]+ (?:a|an|some|her|his|their) |"
                       r"(?:birthday|christmas|xmas|anniversary) "
                       r"(?:present|gift) for|to give|to sell|to flip|to resell|for work|company car|the office|"
                       r"used to|when i was|as a kid|growing up|back then|years ago|finally|at last|(?:19|20)\d\ds?|"
                       r"(?:got|get|gets|getting) (?:back )?home|"
                       r"since we (?:last )?(?:talked|spoke|chatted)|after we (?:last )?(?:talked|spoke|chatted)|"
                       r"since (?:last time|we last)|big news|huge news|guess what)\b")
# "got the bus", "picked up the car from the garage": a thing used or fetched, not come by
_DEFINITE = r"\bthe (?!latest |new |newest |brand new |same )(?:[a-z0-9-]+ ){{0,2}}{head}\b"
# an animal handled in passing or at a distance, not near: "rescued a cat stuck up a tree", "walked past a dog"
_NOT_NEAR = re.compile(r"\b(?:stuck|trapped|up a tree|from the (?:river|road|sea|canal|lake|fire|flood)|drowning|"
                       r"past|away from|around|wild|zoo|picture|photo|video|toy|stuffed|plush|statue|dream)\b")


# how surely fearing, being allergic to or hating a kind keeps one away from it
_AVERSIONS = {"be afraid of": 0.85, "be allergic to": 0.8, "lik": 0.75, verb_stem("avoid"): 0.85}
_KEPT_ANYWAY = frozenset({"be allergic to"})  # many keep a pet they are allergic to; few sleep beside it
# an aversion said as managed or as over: "allergic to cats but I take antihistamines", "used to be scared of dogs"
_MANAGED = re.compile(r"\b(?:antihistamines?|tablets?|pills?|medication|meds|injections?|jabs?|shots?|immunotherapy|"
                      r"inhaler|piriton|claritin|zyrtec|mild|mildly|slightly|a bit|manageable|manage it|worth it|"
                      r"got over|getting over|over it|used to|not any ?more|no longer|cured|grew out|outgrew|except|"
                      r"apart from|but (?:not|mine|my|our|i love|i adore)|hypoallergenic)\b")


def _aversion(c: OpenClaim) -> tuple[float, str]:
    """How surely a claim keeps the speaker away from its object (0 when it does not), and its canonical predicate."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    if c.time != "present" or c.never or not c.object or (c.ability and c.polarity == "affirm"):
        return 0.0, ""
    kb = default_knowledge()
    predicate, polarity = kb.canonical_predicate(f"can not {c.predicate}", "affirm") if c.ability else \
        kb.canonical_predicate(c.predicate, c.polarity)  # "I can't stand cats" is not liking them
    weight = _AVERSIONS.get(predicate, 0.0) if (polarity == "deny") == (predicate == "lik") else 0.0
    return (0.0 if weight and _MANAGED.search(c.text.lower()) else weight), predicate


def _animal(obj: str) -> bool:
    """Does `obj` name an animal (a dog, a labrador, a tarantula)?"""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    noun = kb.canonical_noun(obj)
    return "animal" in kb.ancestors(noun) or any("animal" in kb.ancestors(n) for n, _ in kb.objects_of(noun))


def _owned_by_another(obj: str, text: str) -> str:
    """The thing without the owner said before it: "gran piano" of "my gran's piano" is a piano."""
    first, _, rest = obj.partition(" ")
    return rest if rest and re.search(rf"\b{re.escape(first)}(?:'s|s') ", text) else obj


# a thing of someone else's that became the speaker's: "inherited my gran's piano", "my dad gave me his old car"
_HANDED_DOWN = re.compile(r"\b(?:inherit|inherited|given|gave me|left me|handed down|handed me|passed down|passed on to me|"
                          r"passed me)\b")
_JUST = re.compile(r"\b(?:just|recently|only just|this (?:week|month))\b")  # "we've just adopted a terrier": lately
_SAID_OF_A_THING = frozenset("""new newest latest brand-new shiny old used secondhand second-hand little big tiny huge
massive gorgeous lovely beautiful first own fancy cheap expensive""".split())


def _plain_thing(obj: str) -> str:
    """The thing without the words said of it: "newest samsung galaxy" is a samsung galaxy."""
    words = obj.split()
    while len(words) > 1 and words[0] in _SAID_OF_A_THING:
        words.pop(0)
    return " ".join(words)


def acquired_and_handled(claims: list[OpenClaim]) -> list[OpenClaim]:
    """A thing come by lately ("just got the latest iPhone": acquired an iPhone, recently), an animal handled
    ("I walk my neighbour's labrador": handle a labrador), and a kind of animal
    kept away from ("I'm terrified of dogs": handle and keep a dog, denied), for the knowledge files and the
    ledger to reason over by kind."""
    out: list[OpenClaim] = []
    for c in claims:
        weight, aversion = _aversion(c)
        if weight and _animal(c.object):
            denied = (HANDLE,) if aversion in _KEPT_ANYWAY else (HANDLE, KEEP)
            out.extend(replace(c, predicate=p, polarity="deny", confidence=min(c.confidence, weight)) for p in denied)
            continue
        if c.polarity != "affirm" or not c.object or c.never or c.ability or c.change:
            continue
        text = c.text.lower().replace("\u2019", "'")
        if c.predicate in _ACQUIRING and (c.time in ("past", "recent", "now") or
                                          (c.time == "ever" and _JUST.search(text))) and \
                not c.object.endswith((" out", " down", " back", " up")):  # "got my cello out": took it out
            owned = _owned_by_another(c.object, text)
            if owned != c.object and not _HANDED_DOWN.search(text):
                continue  # "picked up my son's bike from the shop": fetched, not come by
            obj = _plain_thing(owned)
            head = obj.split()[-1]
            if _NOT_KEPT.search(text) or CONDITIONAL.search(text) or \
                    re.search(_DEFINITE.format(head=re.escape(head)), text) or \
                    (c.predicate == verb_stem("rescue") and _NOT_NEAR.search(text)):
                continue
            out.append(replace(c, predicate=ACQUIRE, object=obj, time="recent", confidence=min(c.confidence, 0.85)))
            food = _consumed(obj) if c.predicate in _EATEN_WHEN_GOT or _TO_HAVE.search(text) else None
            if food:
                out.append(replace(c, predicate=food[0], object=food[1], confidence=min(c.confidence, 0.75)))
        elif c.predicate in _HANDLING and c.time in ("present", "now", "recent", "past"):
            obj = _owned_by_another(c.object, text)
            if _NOT_NEAR.search(text) or CONDITIONAL.search(text) or _MANAGED.search(text) or not _animal(obj):
                continue
            out.append(replace(c, predicate=HANDLE, object=obj, confidence=min(c.confidence, 0.85)))
    return out


_OPEN = rf"^(?:(?:{LEAD_WORDS}|well|oh|ah|yeah|yes|ha|haha|hmm|honestly|lol|ngl|tbh|and|but|so|plus|also|oh man)[,!. ]+)*"
_X = r"(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,4}?)"
_PLACE_HELD = (r"(?:go-to|usual|staple|default|regular|comfort food|comfort drink|comfort meal|guilty pleasure|"
               r"weakness|vice|treat|fix|ritual|routine|therapy|escape|sanity|lifeline|zen|me time|reward|"
               r"breakfast|brekkie|lunch|dinner|supper|snack|pudding|dessert)")
# words that make a go-to someone else's, past or not one: "my least favourite treat", "my mums go-to"
_NOT_MY_OWN = (r"(?:least|worst|old|former|ex|last|previous|childhood|not|mums?|moms?|dads?|wifes?|husbands?|sons?|"
               r"daughters?|kids?|childrens?|partners?|sisters?|brothers?|friends?|boyfriends?|girlfriends?|"
               r"parents?|grans?|nans?|grandmas?|grandads?|dogs?|cats?)\b")
# "grilled mackerel is my go-to dinner", "steak is my usual on a Friday", "tea is my go-to when I'm stressed"
_IS_MY = re.compile(rf"{_OPEN}{_X} (?:is|are) (?:still |definitely |honestly |always |basically |totally |pretty much )?"
                    rf"(?:my|our) (?:(?!{_NOT_MY_OWN})[a-z-]+ ){{0,2}}"
                    rf"(?P<held>{_PLACE_HELD})\b")
# "my go-to lunch is a ham sandwich", "our usual takeaway is a curry"
_MY_IS = re.compile(rf"{_OPEN}(?:my|our) (?P<held>{_PLACE_HELD})(?: [a-z-]+){{0,2}} (?:is|are|has to be) "
                    rf"(?:a |an |some |always |usually |just )*{_X}(?=$|[,.;!]| (?:with|and|from|on|at|when|because|every)\b)")
# "coffee is a staple in our house", "pasta's a staple at home"
_STAPLE = re.compile(rf"{_OPEN}{_X}(?:'s| is| are) (?:a |an )?(?:real |big |total |absolute )?(?:staple|staples|fixture|must)"
                     r"(?: (?:in|at|of|for) (?:our|my|this) (?:house|home|household|kitchen|diet|fridge|cupboard|family|"
                     r"week|life|place|flat)| at home| for us| for me)\b")
# "I can't get enough of sushi", "we can never get enough of it"
_ENOUGH = re.compile(rf"{_OPEN}(?:i|we) (?:just |honestly |really |literally |genuinely )?(?:(?:can not|can never) get "
                     rf"enough of|(?:can not|could not|can never) (?:live|function|survive|cope) without|live for) "
                     rf"(?:my |our )?{_X}"
                     r"(?=$|[,.;!]| (?:these days|lately|right now|at the moment|since|and|but)\b)")
_AFTER_X = r"(?=$|[,.;!]| (?:on|in|at|after|before|first|every|with|when|and|but|of a|of an)\b)"
# "you can't beat a bar of dark chocolate", "there's nothing like a strong coffee first thing"
_CANT_BEAT = re.compile(rf"{_OPEN}(?:you |i |we )?(?:can not|can never) beat {_X}{_AFTER_X}")
_NOTHING_LIKE = re.compile(rf"{_OPEN}there(?:'s| is) nothing (?:quite )?(?:like|better than|to beat) {_X}{_AFTER_X}")
# "Friday night isn't complete without a glass of wine", "no Sunday is complete without a roast"
_INCOMPLETE = re.compile(rf"{_OPEN}[a-z ]{{1,30}}? (?:is not|is never|are not|are never) complete without {_X}{_AFTER_X}")
# "I'd pick coffee over tea any day", "give me chocolate over crisps every time": preferring it
_OVER = re.compile(rf"{_OPEN}(?:(?:i|we) (?:would|will) |give me |i always )?(?:pick |choose |take |have |go for |prefer )?"
                   rf"{_X} over [a-z' -]{{1,30}}? (?:any day|every time|every day|any time|anytime|hands down|all day)\b")
_CONTAINER = re.compile(r"^(?:(?:a|an|one|some|two|my|our) )?(?:(?:big|small|little|huge|cold|hot|strong|nice|good|"
                        r"proper|large) )?(?:cup|mug|glass|pint|bottle|can|bowl|plate|slice|piece|bar|bag|box|packet|pack|"
                        r"portion|helping|shot|tub|round)s? of ")
_FOOD_HELD = frozenset({"usual", "staple", "staples", "fixture", "must", "default", "regular", "comfort food",
                        "comfort drink", "comfort meal", "weakness", "vice", "treat", "fix", "ritual", "routine",
                        "breakfast", "brekkie", "lunch", "dinner", "supper", "snack", "pudding", "dessert"})
_MEALS = frozenset({"breakfast", "brekkie", "lunch", "dinner", "supper", "snack", "pudding", "dessert"})
_NOT_MINE = re.compile(r"\b(?:used to|was|were|back then|as a kid|growing up|when i was|if|would|wish)\b")
# "my flatmate left the dishes in the sink again": living with someone now
_HOUSEMATE = re.compile(r"\b(?:my|our) (?:(?:two|three|four|five|six|\d+) )?"
                        r"(?P<w>roommate|roomie|flatmate|housemate|flat-mate|house-mate|room-mate|"
                        r"lodger)s?\b(?! (?:from|at|in|during) )")
# "the house is chaos with three housemates": living with them
_HOUSE_WITH = re.compile(rf"{_OPEN}(?:the|our) (?:house|flat|place|apartment|kitchen) is [a-z ]{{1,30}}? with "
                         r"(?:two|three|four|five|six|a couple of|a few|\d+) (?P<w>roommate|flatmate|housemate)s\b")
_HOUSEMATE_BEFORE = re.compile(r"\b(?:(?:my|our) (?:old|former|ex|ex-|first|last|previous) (?:roommate|roomie|flatmate|"
                               r"housemate|flat-mate|house-mate|room-mate|lodger)|college|uni|university|school|dorm|freshman|"
                               r"sophomore|student|halls|army|navy|barracks|camp|hostel|hospital)\b|'s (?:roommate|flatmate|"
                               r"housemate)")
_HOUSEMATE_PAST = re.compile(r"\b(?:was|were|used to|had|back when|back then|years ago|when i|in college|at uni|"
                             r"at college|at university|in university|moved out|died|passed|lived|shared|stayed|roomed|"
                             r"will|going to|next (?:week|month|year)|soon|moving in)\b")
# "I live by myself", "living on my own these days": living alone
_ON_MY_OWN = re.compile(rf"{_OPEN}(?:i |we )?(?:still |now |currently )?(?:live|am living|living) (?:by myself|on my own|"
                        r"all on my own|all by myself|solo)\b(?! (?:for|until|till|when|while|as a|back)\b)")
# "binged the whole season of that show last night", "binged an entire series in a weekend"
_BINGED_SHOW = re.compile(rf"{_OPEN}(?:i |we )?(?:just |finally )?(?:binged|binge-watched|binge watched|blitzed|"
                          r"tore through|powered through|rattled through) (?:the |a |an |all |of |whole |entire |every |"
                          r"new |latest |last |first |final |two |three |four |five |\d+ )*(?:season|seasons|series|"
                          r"box set|box sets|boxset|episodes|show|shows)\b")


# "my dog sleeps at the foot of my bed", "the cats curl up on my lap": an animal slept beside
_SLEEPS_BY_ME = re.compile(rf"{_OPEN}(?:my|our|the) (?:[a-z]+ )?(?P<x>[a-z]+)(?: [a-z]+)? (?:sleeps|sleep|slept|naps|curls up|"
                           r"curled up|snuggles|snuggled|cuddles|cuddled|lies|lay) (?:up )?(?:on|in|with|next to|beside|"
                           r"against|at the foot of|across) (?:me|my|our)\b")
# "cats make me sneeze", "dogs set my allergies off": an allergy to the kind
_MAKES_ME_SNEEZE = re.compile(rf"{_OPEN}(?P<x>[a-z]+s) (?:make|makes|set|sets) (?:me|my (?:allergies|asthma|eyes|nose)) "
                              r"(?:sneeze|itch|itchy|wheeze|wheezy|streaming|stream|puffy|swell up|break out|off|going|flare)")
# "walking my dog is the best part of my day", "cuddling the cat on the sofa": an animal handled
_HANDLING_FIRST = re.compile(rf"{_OPEN}(?:walking|cuddling|grooming|stroking|brushing|snuggling with|snuggling up with|"
                             r"riding|bathing) (?:my|our|the) (?:[a-z]+ )?(?P<x>[a-z]+)(?= (?:is|are|was|has|every|each|on|in|"
                             r"at|before|after|first|keeps|gets|makes|takes)\b)")
# "can't get enough of cuddles with my dog", "long walks with our spaniel": an animal handled
_TIME_WITH = re.compile(r"\b(?:cuddles|snuggles|walks|walkies|naps|cuddle|snuggle|walk) with (?:my|our) (?:[a-z]+ )?(?P<x>[a-z]+)"
                        r"(?=$|[,.;!]| (?:every|each|on|in|at|before|after|is|are|and|but|when|while|first|last)\b)")
# "I was given my dad's old Volvo", "bought myself a Harley": a thing come by
_GIVEN = re.compile(rf"{_OPEN}(?:i |we )?(?:was |were |have been |got )?(?:given|handed down|left) (?P<x>(?:a|an|my|our|"
                    r"[a-z]+'s) [a-z' -]{2,40}?)(?=$|[,.;!]| (?:when|by|from|for|after|last|this|and|but|as|because)\b)")
# "my parents gave me their old car", "Gran left me her piano": a thing come by
_GAVE_ME = re.compile(r"\b(?:gave|handed|passed|left|bought|got) me (?P<x>(?:a|an|their|his|her|my|our) [a-z' -]{2,40}?)"
                      r"(?=$|[,.;!]| (?:when|by|from|for|after|last|this|and|but|as|because|on|at|in)\b)")
# "I'm now the proud owner of a Mini": a thing had
_PROUD_OWNER = re.compile(rf"{_OPEN}(?:i am|we are) (?:now |finally |officially )?(?:the |a )?"
                          r"(?:proud |new |happy |very proud )*owners? of (?P<x>(?:a|an|two|three|four|\d+) [a-z' -]{2,40}?)"
                          r"(?=$|[,.;!]| (?:and|but|called|named)\b)")
# "we brought home a kitten from the rescue": a thing come by
_BROUGHT_HOME = re.compile(r"\b(?:i |we )?(?:just |finally |recently )?brought home (?P<x>(?:a|an|our|my|two|three|\d+) "
                           r"[a-z' -]{2,40}?)(?=$|[,.;!]| (?:when|from|for|after|last|this|and|but|as|because|on|at|in)\b)")
# "upgraded to an iPhone 15": a thing come by
_UPGRADED = re.compile(r"\b(?:i |we )?(?:just |finally |recently )?upgraded (?:my [a-z]+ )?to "
                       r"(?P<x>(?:a|an|the) [a-z0-9' -]{2,40}?)"
                       r"(?=$|[,.;!]| (?:when|by|from|for|after|last|this|and|but|as|because|on|at|in)\b)")
_MYSELF = re.compile(rf"{_OPEN}(?:i |we )?(?P<v>bought|got|treated|picked) (?:myself|ourselves) (?:up )?(?:to )?"
                     r"(?P<x>(?:a|an|the|some) [a-z' -]{2,40}?)(?=$|[,.;!]| (?:when|by|from|for|after|last|this|and|but|"
                     r"as|because|on|at|in)\b)")


_NOT_THE_REAL_THING = frozenset("""vegan veggie vegetarian plant-based meatless meat-free fake faux mock tofu quorn soy
soya oat almond dairy-free gluten-free alcohol-free non-alcoholic decaf sugar-free imitation""".split())


def _consumed(phrase: str) -> tuple[str, str] | None:
    """The verb of consuming and the food or drink `phrase` names, trying its whole and then its last words
    ("grilled mackerel" is mackerel), or None."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    words = _CONTAINER.sub("", phrase).removeprefix("a ").removeprefix("an ").removeprefix("the ").split()
    if _NOT_THE_REAL_THING & set(words):
        return None  # "the meat-free sausages": not what their last word names
    for start in range(len(words)):
        noun = kb.canonical_noun(singular(" ".join(words[start:])))
        kinds = {kind for kind, _ in kb.objects_of(noun)}
        if kinds & {"food", "beverage", "meal"}:
            return ("drink" if "beverage" in kinds else "eat"), noun
    return None


_LEFT_OUT = re.compile(r",? (?:with no|with zero|without|minus|hold the|but no|not) .*$")


def _held(x: str, held: str, sentence: str) -> list[OpenClaim]:
    """What holding `x` as one's go-to, usual or staple says: eating or drinking it when it is food or drink,
    liking it otherwise (only for a go-to, a guilty pleasure or a thing one can't get enough of)."""
    x = _LEFT_OUT.sub("", x.strip())  # "black coffee with no milk": black coffee
    found = _consumed(x)
    if found:
        meal = held in _MEALS  # "my lunch is a ham sandwich": eating it, no liking said
        parts = [p for p in re.split(r" (?:on|with|and) ", x)
                 if p != x and not p.startswith(("no ", "not ", "without ", "hold the ", "minus "))]  # "with no milk"
        eaten = [found, *(f for f in map(_consumed, parts) if f)]  # "peanut butter on toast": peanut butter, toast
        return [OpenClaim(predicate=verb, object=obj, time="present", confidence=0.8)
                for kind, obj in dict.fromkeys(eaten) for verb in ((kind,) if meal else (kind, LIKE))]
    if held in _FOOD_HELD or x.split()[0] in ("it", "this", "that", "they", "these", "those", "which", "what"):
        return []
    return [replace(c, confidence=min(c.confidence, 0.8)) for c in extract_open_claims(f"{x} is my passion")
            if c.polarity == "affirm"]


def read_keeping(sentence: str, topic: str | None) -> list[OpenClaim]:
    """A go-to, usual or staple ("grilled mackerel is my go-to dinner": I eat mackerel), a housemate ("my flatmate
    left the dishes again": I have a flatmate) and a season binged ("binged the whole season": I watch TV)."""
    out: list[OpenClaim] = []
    for pattern in (_IS_MY, _MY_IS, _STAPLE, _ENOUGH, _CANT_BEAT, _NOTHING_LIKE, _INCOMPLETE):
        m = pattern.search(sentence)
        if m and not _NOT_MINE.search(sentence[: m.start()]) and not CONDITIONAL.search(sentence):
            held = m.groupdict().get("held") or ("staple" if pattern is _STAPLE else "enough")
            out.extend(_held(m.group("x"), held, sentence))
    if _ON_MY_OWN.search(sentence) and not CONDITIONAL.search(sentence):
        out.extend(replace(c, confidence=0.85) for c in read_statement("i live alone"))
    m = _OVER.search(sentence)
    if m and (m.group(0).startswith(("give me", "i would", "we would", "i will", "i always")) or
              re.match(rf"{_OPEN}(?:i |we )?(?:pick|choose|take|prefer)\b", m.group(0))):
        out.extend(_held(m.group("x"), "preferred", sentence))  # "I'd pick ...": the would is the idiom's own
    m = _SLEEPS_BY_ME.search(sentence)
    if m and not CONDITIONAL.search(sentence) and not _MANAGED.search(sentence):
        out.append(OpenClaim(predicate=HANDLE, object=singular(m.group("x")), confidence=0.8))
    m = _MAKES_ME_SNEEZE.search(sentence)
    if m and not CONDITIONAL.search(sentence):
        out.extend(replace(c, confidence=0.8) for c in read_statement(f"i am allergic to {m.group('x')}"))
    m = _HANDLING_FIRST.search(sentence) or _TIME_WITH.search(sentence)
    if m and not CONDITIONAL.search(sentence) and not _NOT_NEAR.search(sentence):
        out.append(OpenClaim(predicate=HANDLE, object=singular(m.group("x")), confidence=0.8))
    m = _PROUD_OWNER.search(sentence)
    if m and not CONDITIONAL.search(sentence):
        out.extend(replace(c, confidence=0.85) for c in read_statement(f"i have {m.group('x')}") if c.polarity == "affirm")
    m = _GIVEN.search(sentence) or _MYSELF.search(sentence) or _GAVE_ME.search(sentence) or \
        _UPGRADED.search(sentence) or _BROUGHT_HOME.search(sentence)
    if m and not CONDITIONAL.search(sentence):
        verb = "bought" if m.groupdict().get("v") in ("bought", "treated") else "got"
        out.extend(c for c in read_statement(f"i {verb} {m.group('x')}") if c.polarity == "affirm")
    m = _HOUSEMATE.search(sentence) or _HOUSE_WITH.search(sentence)
    if m and not _HOUSEMATE_BEFORE.search(sentence) and not _HOUSEMATE_PAST.search(sentence[m.end():]) and \
            not CONDITIONAL.search(sentence):
        out.extend(replace(c, confidence=0.8) for c in read_statement(f"i have a {m.group('w').replace('-', '')}"))
    m = _BINGED_SHOW.search(sentence)
    if m and not CONDITIONAL.search(sentence) and not re.search(r"\b(?:my|our|his|her|their) (?:kids?|son|daughter|"
                                                                r"husband|wife|partner|friends?)\b", sentence[: m.start()]):
        time = time_of_sentence(sentence, "past")
        out.extend(replace(c, time=time, confidence=0.8) for c in read_statement("i watch tv"))
    return out


SENTENCE_READERS.append(read_keeping)
CLAIM_EXTENDERS.append(acquired_and_handled)
