"""Statements about oneself the plain reader reads nothing from, said again in the words it reads.

A range or a degree in the way of the thing liked or done: "I love all kinds of movies", "I read all sorts of
books, but mostly fiction" (loving movies, reading books), "I love animals more than anything" (loving them), "I
love making different kinds of bread" (loving making bread), "I love anything by Jane Austen" (loving her), "I love
to read anything about history" (interested in it), "I love kayaking for the same reason" (loving kayaking). An
interest said by what it does to one: "I've always been fascinated by bees", "I'm curious about electricity",
"astronomy fascinates me", "I have a fascination with trains" (interested in it), "I have a passion for baking"
(loving it), "I have no interest in golf" (not interested). One's own kind said with "who": "I am who loves country
music", "I'm someone who hates crowds", "I'm not the kind of person who enjoys parties" (loving, hating, not
enjoying them). What one is glad to have: "I'm lucky to have a great job" (having a job). A wish held up to now
says what one has not done yet: "I've always wanted to learn how to knit" (can't knit yet), "... to try skiing"
(never tried it yet), "... to visit Italy" (not been there yet); "yet", so a later "I knit" may be news. Where one
just got back from: "I just got back from Europe" (been there). A self-introduction with one's age (read for the
age elsewhere) is read without it: "I'm a 32 year old man" (a man), "I am a 31-year-old aspiring filmmaker from
Egypt" (from Egypt; a filmmaker only when not "aspiring"). And a few more of persona talk: "I had to have a
transplant" (had one), "my favorite type of music to sing is folk music" (loving to sing it), "I spend most of my
time on facebook" (using it), "one of the languages I am studying is Spanish", "I'm happy with my job" (having
one), "I'm always happy to talk about bees" (interested), "I'm always looking for new music to listen to"
(listening to it), "I'm always reading something" (reading), "I love spending time at the beach" (loving it), "I'm
so ready to move out of my parents' house" (living with them). Each shape is one line of a table: a word any
sentence of the shape has (no other sentence is tried against it), the shape with the thing as a slot, and the
plain statement it says, read by the open reader as if the speaker had said it.

Not read: the same shapes said of someone else ("my son is fascinated by trains"), asked, wished ("I'd love all
kinds of ...", "I wish I had a dog", "I wish I could swim", "I'd love to learn to knit": a wish says nothing unless
held up to now), in the past ("I was fascinated by trains as a kid", "I used to love all kinds of music"), of a
pronoun, a person or a question word ("I'm curious about what you do", "it fascinates me", "I'm lucky to have
her"), or of what one is glad to be able to do ("I'm lucky to be here"); a wish for more, better or again ("to
learn more about birds", "to visit Italy again"); a degree before a trait ("I'm not very athletic" may be said by a
bodybuilder).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .open_claims import SENTENCE_READERS, OpenClaim, extract_open_claims

__all__ = ["REPHRASINGS", "rephrased", "read_rephrased"]

_LEAD = re.compile(r"^(?:(?:hi|hello|hey|well|oh|yeah|yep|yes|so|honestly|haha|lol|actually|and|but|also|tbh|i mean|"
                   r"to be honest|personally)[,!.]?\s+)+")
_X = r"(?P<x>[a-z][a-z'&-]*(?: [a-z][a-z'&-]*){0,4}?)"
_ADV = r"(?:(?:really|just|also|totally|absolutely|truly|genuinely|so|very|quite|pretty|always|long|still) )*"
_VERBS = (r"(?P<v>love|like|enjoy|adore|read|watch|listen to|play|write|cook|bake|make|eat|collect|draw|paint|"
          r"knit|sew|grow|sing|build)")
_RANGE = (r"(?:(?:all|many|lots of|a lot of|a wide range of|a wide variety of|a variety of|various|so many)(?: the)? "
          r"(?:different )?|different )(?:kinds|sorts|types|genres|styles) of")
_WANTED = r"(?:(?:always|long) wanted|been wanting)"
_DOING = r"(?P<x>[a-z]+(?: [a-z'&-]+){0,4}?)"
_BUT = (r"(?: for (?:a (?:long )?time|a while|ages|years|so long))?"
        r"(?:,? but (?:i|i have|i am) (?:never|not|have not|have never|do not|did not|could not|can not|just)\b.*)?")
_TAIL = r"(?:,? (?:but|especially|from|like|such as|including|mostly|particularly|and especially) .*)?"

# (word, shape, plain statement): "{x}" is the thing, "{v}" the verb, "{t}" the tense said
REPHRASINGS: tuple[tuple[str, str, str], ...] = (
    # a range in the way: "i love all kinds of movies"
    ("kinds sorts types genres styles",
     rf"i {_ADV}{_VERBS} {_RANGE} {_X}{_TAIL}", "i {v} {x}"),
    ("kinds sorts types genres styles",
     rf"i {_ADV}(?P<v>love|like|enjoy|adore) (?P<d>[a-z]+ing|to [a-z]+) {_RANGE} {_X}{_TAIL}", "i {v} {d} {x}"),
    # the works of someone liked: "i love anything by jane austen"
    ("anything everything",
     rf"i {_ADV}(?P<v>love|like|enjoy|adore|read|will read)(?: to read| reading)? (?:anything|everything|all) "
     rf"(?:by|written by) {_X}{_TAIL}", "i {v} {x}"),
    ("anything everything",
     rf"i {_ADV}(?:love|like|enjoy|adore)(?: to read| reading| learning)? (?:anything|everything) about {_X}{_TAIL}",
     "i am interested in {x}"),
    # a reason said before: "i love kayaking for the same reason"
    ("reason reasons",
     r"(?P<x>i (?:really |also |just )?(?:love|like|enjoy|adore) [a-z][a-z' -]+?) for (?:the same|similar) reasons?",
     "{x}"),
    # a degree after a liking: "i love animals more than anything"
    ("anything",
     rf"i {_ADV}(?P<v>love|adore|like|enjoy) {_X} more than (?:anything|anything else|life itself|life)"
     r"(?: in the world| else in the world)?", "i {v} {x}"),
    # an interest said by what it does to one
    ("fascinated captivated enthralled",
     rf"i (?P<t>am|have (?:always |long )?been) {_ADV}(?:fascinated|captivated|enthralled) (?:by|with) {_X}",
     "i {t} interested in {x}"),
    ("curious",
     rf"i (?P<t>am|have (?:always |long )?been) {_ADV}curious about {_X}", "i {t} interested in {x}"),
    ("fascinates fascinate fascinated captivates captivate captivated",
     rf"{_X} {_ADV}(?:fascinates|fascinate|(?:has|have) {_ADV}(?:fascinated|captivated)|captivates|captivate) me",
     "i am interested in {x}"),
    ("fascination interest",
     rf"i (?:have|have always had|have long had) (?:a|an) (?:(?:real|keen|great|deep|big|huge|lifelong|strong|"
     rf"special) )?(?:fascination with|interest in) {_X}", "i am interested in {x}"),
    ("interest",
     rf"i have (?:no|zero) (?:real )?interest (?:whatsoever )?in {_X}", "i am not interested in {x}"),
    ("passion love",
     rf"i (?:have|have always had|have long had) (?:a|an) (?:(?:real|great|deep|big|huge|lifelong|strong|"
     rf"special|genuine) )?(?:passion for|love of|love for) {_X}", "i love {x}"),
    # one's own kind said with "who": "i am who loves country music"
    ("who",
     rf"i am (?:(?:someone|somebody|a person|the (?:kind|sort|type) of (?:person|guy|girl|woman|man)|"
     rf"the one|one of those people) )?who {_ADV}(?P<w>[a-z]+) {_X}", "i {w} {x}"),
    ("who",
     rf"i am not (?:someone|somebody|a person|the (?:kind|sort|type) of (?:person|guy|girl|woman|man)|"
     rf"one of those people) who {_ADV}(?P<w>[a-z]+) {_X}", "i do not {w} {x}"),
    # a wish held up to now says what one has not done yet: "i have always wanted to learn how to knit"
    ("wanted wanting",
     rf"i have {_WANTED} to learn (?:how )?to {_DOING}{_BUT}",
     "i can not {x} yet"),
    ("wanted wanting",
     rf"i have {_WANTED} to try (?:out )?{_X}{_BUT}", "i have never tried {x} yet"),
    ("wanted wanting",
     rf"i have {_WANTED} to (?:visit|go to|travel to) {_X}{_BUT}", "i have not been to {x} yet"),
    # back from a place: "i just got back from europe"
    ("back",
     r"i (?:just |have just |only just |recently )?(?:got|came|have got|have come) back from "
     r"(?!a |an |my |his |her |[a-z]+ing\b)(?P<x>[a-z][a-z'&-]*(?: [a-z][a-z'&-]*){0,3}?)"
     r"(?: (?:last|this|yesterday|today)\b.*)?",
     "i have been to {x}"),
    # an interest said as a topic one is glad to talk about: "i am always happy to talk about bees"
    ("talk",
     rf"i am (?:always |usually |forever )?(?:happy|glad|keen|ready) to (?:talk|chat) about {_X}"
     r"(?: with (?:people|anyone|others|friends))?", "i am interested in {x}"),
    # on the lookout for more of what one does: "i am always looking for new music to listen to"
    ("looking lookout",
     r"i am (?:always |constantly |forever |usually )?(?:looking for|on the lookout for|hunting for) (?:new|more|good) "
     r"(?P<x>music|songs|bands|books|novels|movies|films|shows|series|podcasts|games|video games|board games) to "
     r"(?P<v>listen to|read|watch|play)", "i {v} {x}"),
    ("recipes",
     r"i am (?:always |constantly |forever |usually )?(?:looking for|on the lookout for|hunting for|trying) "
     r"(?:new|more|good) recipes(?: to (?:try|cook|make))?", "i cook"),
    # always doing something: "i am always reading something"
    ("something",
     r"i am (?:always|constantly|forever) (?P<x>[a-z]+ing) something", "i am always {x}"),
    # time spent at a place one likes: "i love spending time at the beach"
    ("time",
     r"i (?:really |also |just )?(?P<v>love|like|enjoy|adore) (?:spending |to spend )?(?:my )?time (?:at|in) "
     r"(?:the )?(?P<x>[a-z][a-z'&-]*(?: (?!with\b|when\b|because\b)[a-z][a-z'&-]*){0,2}?)", "i {v} {x}"),
    # still at home: "i am so ready to move out of my parents' house"
    ("move moving",
     r"i (?:am )?(?:so |really |also |just )*(?:ready|excited|eager|dying|looking forward|can not wait|want|need|saving up)"
     r" to (?:move|moving) out of my parents'? (?:house|home|place)(?: soon| one day| someday)?", "i live with my parents"),
    # what one had done to one: "i had to have a transplant"
    ("had",
     rf"i (?:once |also )?had to have (?P<a>a |an )?{_X}(?: (?:when|as|after|last|in|at)\b.*)?", "i had {a}{x}"),
    # a liking with what one does with it: "my favorite type of music to sing is folk music"
    ("favorite favourite",
     r"my (?:absolute |all[- ]time )?favou?rite (?:(?:kind|type|sort|genre|style) of )?"
     r"(?!(?:place|places|thing|things|way|activity|time|part|hobby|day|spot|person|people) )[a-z]+ to "
     r"(?!(?:do|go|be|get|have|make|visit|relax|unwind) )(?P<v>[a-z]+) "
     rf"(?:is|are) {_X}", "i love to {v} {x}"),
    # most of one's time: "i spend most of my time on facebook", "... at the beach"
    ("spend",
     r"i (?:usually |also )?spend (?:most|much|all|a lot) of my (?:free |spare |down )?time (?P<p>on|at) "
     rf"(?:the )?{_X}(?: when .*| with .*)?", "i {p} {x}"),
    ("studying learning",
     r"one of the languages (?:that )?i am (?:currently |now )?(?P<v>studying|learning) is (?P<x>[a-z]+)", "i am {v} {x}"),
    ("happy content satisfied",
     r"i am (?:not |really |very |so |quite |pretty )*(?:happy|content|satisfied) (?:with|in|at) my (?:new |current )?"
     r"(?P<x>job|career)", "i have a {x}"),
    # what one is glad to have: "i am lucky to have a great job"
    ("lucky blessed grateful thankful fortunate",
     rf"i am {_ADV}(?:lucky|blessed|grateful|thankful|fortunate) to have (?:such )?(?P<a>a|an|my) {_X}"
     r"(?: (?:that|who|which|in my life|to (?:go|come) home to|like (?:that|this|mine)) .*| in my life)?",
     "i have {a} {x}"),
)

_END = r"(?: (?:these days|nowadays|now|too|as well|myself|though|either))?$"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:{shape}){_END}"), plain) for _, shape, plain in REPHRASINGS)


def _by_word() -> dict[str, tuple[int, ...]]:
    """Each word a shape needs -> the shapes (by place in the table) that need it."""
    index: dict[str, tuple[int, ...]] = {}
    for place, (words, _, _) in enumerate(REPHRASINGS):
        for word in words.split():
            index[word] = (*index.get(word, ()), place)
    return index


_BY_WORD = _by_word()
# a pronoun, a person, a question word or a time is no thing liked or had
_NOT_A_THING = re.compile(r"^(?:my|his|her|their|your|our|its|it|that|this|these|those|they|them|he|she|him|you|we|"
                          r"us|me|what|which|who|whom|how|why|when|where|whether|if|everything|anything|something|"
                          r"nothing|things|stuff|one|ones|trying|doing|getting|being|(?:mon|tues|wednes|thurs|fri|"
                          r"satur|sun)days?|today|tonight|tomorrow|\d)\b")
# a wish for more, better or again of what one may already do: "to learn more about birds", "to visit italy again"
_NOT_YET_DONE = re.compile(r"\b(?:more|better|again|back|properly|professionally|someday|one day|sometime|"
                           r"some day|someone|somebody|that|it|them|one|something|new|different|other|another|your|his|"
                           r"her|their|our|my)\b")
_AGED = re.compile(r"^i am (?:a|an) (?:\d+|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old (?P<rest>[a-z].*)$")
_FROM = re.compile(r"^(?P<aspiring>aspiring |would-be |wannabe )?(?P<n>[a-z]+(?: [a-z]+)?) from "
                   r"(?P<p>[a-z][a-z' -]{1,40})$")
_NEEDS_AN_OBJECT = frozenset("play make build fix ride do use work get have be go".split())
_THIRD_PERSON = {"is": "am", "has": "have", "does": "do", "goes": "go", "was": "was"}
_AFTER_WHO = frozenset("loves likes enjoys adores hates dislikes detests prefers is has does goes cooks reads writes "
                       "plays runs swims bakes knits paints draws sings dances travels hikes works lives".split())

_depth = 0  # a plain statement is read by the same reader; it must not be rewritten again


def _base(verb: str) -> str:
    """The base form of a verb said after "who" ("loves" -> "love", "is" -> "am", "goes" -> "go")."""
    if verb in _THIRD_PERSON:
        return _THIRD_PERSON[verb]
    if verb.endswith(("ches", "shes", "sses", "xes")):
        return verb[:-2]
    return verb[:-1]


def _introduced(text: str) -> str:
    """A self-introduction with one's age ("i am a 32 year old man", read for the age elsewhere) said without it."""
    match = _AGED.match(text)
    if not match:
        return text
    rest = match.group("rest")
    if rest.startswith("who "):
        return f"i am someone {rest}"  # "i am a 19 year old who works part time at burger king"
    origin = _FROM.match(rest)
    if origin:  # "an aspiring writer from mexico": from there, and a writer only when not "aspiring"
        return f"i am from {origin.group('p')}" if origin.group("aspiring") else \
            f"i am a {origin.group('n')}. i am from {origin.group('p')}"
    return f"i am a {rest}"


def rephrased(sentence: str) -> str | None:
    """`sentence` (normalised) said plainly, when it has one of the shapes of the table; else None."""
    text = _LEAD.sub("", sentence.strip(" .!")).strip()
    introduced = _introduced(text)
    if introduced != text:
        return rephrased(introduced) or re.sub(r"\ba (?=[aeiou])", "an ", introduced)
    if not text.startswith(("i ", "my ", "one of ")) and " me" not in text:
        return None
    words = text.replace(",", " ").split()
    for place in sorted({place for word in words for place in _BY_WORD.get(word, ())}):
        pattern, plain = _RULES[place]
        match = pattern.match(text)
        if not match:
            continue
        thing = (match.groupdict().get("x") or "").strip()  # "... looking for new recipes": no slot
        if _NOT_A_THING.match(thing):
            return None
        if plain.endswith(" yet") and _NOT_YET_DONE.search(thing):
            return None
        slots = {**{k: v or "" for k, v in match.groupdict().items()}, "x": thing}
        if "w" in slots:
            if slots["w"] not in _AFTER_WHO:
                return None
            slots["w"] = _base(slots["w"])
            if plain.startswith("i do not ") and slots["w"] == "am":  # "not someone who is shy": not being it
                return f"i am not {thing}"
        if "p" in slots:
            slots["p"] = "use" if slots["p"] == "on" else "go to"
        if plain.endswith(" yet") and thing in _NEEDS_AN_OBJECT:
            return None  # "i have always wanted to learn how to play": to play what
        said = plain.format(**slots).strip()
        return re.sub(r"\ba (?=[aeiou])", "an ", said)  # "i am a artist": an artist
    return None


def read_rephrased(sentence: str, topic: str | None) -> list[OpenClaim]:
    """The claims of a self-statement said in one of the shapes, read from its plain words (module docstring)."""
    global _depth  # noqa: PLW0603  (a guard against reading a plain statement's rewrite again)
    if _depth:
        return []
    plain = rephrased(sentence)
    if not plain:
        return []
    _depth += 1
    try:
        claims = extract_open_claims(plain)
    finally:
        _depth -= 1
    pending = plain.endswith(" yet")  # "not yet": a later "I knit" may be news, not a contradiction
    return [replace(c, confidence=min(c.confidence, 0.85), not_yet=c.not_yet or (pending and c.polarity == "deny"))
            for c in claims]


SENTENCE_READERS.append(read_rephrased)
