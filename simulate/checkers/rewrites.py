"""Rewrites of roundabout shapes into the plain words the open-claim reader understands: "every Saturday you'll
find me fishing" (I go fishing), "nobody ever taught me to ride a bike" (I never learned to), "I've never lived
anywhere but London" (only ever there), "Working full time at the bank keeps me busy" (I work there). Each rule
is a pattern and what it becomes, applied once, in order, to a normalised sentence before its clauses are read.
The table registers with the open-claim reader when the package imports this module."""

from __future__ import annotations

import re
from typing import Any

from .lexicon import JOB_WORDS
from .open_claims import (
    COMMON_WORDS,
    FIGURATIVE_AGENTS,
    NOT_GERUNDS,
    PEOPLE,
    POSSESSIVES,
    REWRITES,
    TYPED_REWRITES,
    UNDERGONE,
    someone_else_next,
    there_as_place,
)
from .words import base_of_gerund, gerund, is_participle, is_past_form, participle, readable_verb, singular, verb_stem

__all__ = ["fear_named_first", "never_my_job", "said_plainly", "thing_put_back", "thing_said_first_put_back"]


def _not_mixing(thing: str, said: str) -> str:
    """"Me and cats don't mix" is not liking cats; "me and my mum don't get on" is about a person, and left as said."""
    first = thing.split()[0]
    if first in POSSESSIVES or singular(thing) in PEOPLE or first in ("him", "her", "them", "he", "she", "they"):
        return said
    return f"i do not like {thing}"


# what one does once and then is ("it's been ten years since I met my wife": met her ten years ago, not since)
_ONCE_DONE = frozenset("""met married moved started began joined graduated left quit retired lost got became came arrived
bought found moved emigrated stopped gave divorced adopted opened founded retrained settled""".split())
_BEING_IS_A_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|must|can|could|would|should|will|sounds|seems|looks|"
                                r"feels|makes|has|had|takes|gets)\b")
_NEGATED_AUXILIARY = {"has": "have not", "have": "have not", "is": "am not", "are": "am not", "was": "was not", "were": "was not",
                      "can": "can not", "could": "could not", "does": "do not", "do": "do not", "did": "did not"}
_FIRST_PERSON_AUXILIARY = {"is": "am", "are": "am", "has": "have", "does": "do"}
# a habit said ("most Sundays", "every weekend", "usually"): "I'm off skiing next week" is a plan, not a habit
_HABIT_SAID = re.compile(r"\b(?:every|most|usually|always|often|normally|weekends|on (?:mondays|tuesdays|wednesdays|thursdays|"
                         r"fridays|saturdays|sundays)|(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))\b")


_AUXILIARY_OR_ADVERB = frozenset("""have has had do did does am will would can could ever never always really genuinely
honestly just not only also still truly actually once even usually normally seriously literally probably""".split())
_PARTICLES = frozenset("at to with on in into about up out of".split())
_WHEN_OR_WHO = frozenset("""day days night nights time times week weeks month months year years morning evening place places
reason way person people guy girl man woman friend""".split())
_NOT_A_THING = frozenset("that this it he she they which there here who what everything nothing family life".split())


def _object_put_back(m: re.Match[str]) -> str:
    """"Tennis is one sport I've never played" as "i have never played tennis", "Sushi is what I have for lunch most
    days" as "i have sushi for lunch most days": the fronted thing back after its verb (or its particle)."""
    thing, rest = m.group("x"), m.group("rest").split()
    if m.group("k") in ("somewhere", "someplace", "one place", "the one place", "the only place") or \
            (m.group("k").startswith("one of the") and m.group("k").endswith((" places", " countries", " cities"))):
        return _place_put_back(thing, m.group("rest"), m.group(0))
    if thing.split()[0] in _NOT_A_THING or thing.split()[-1] in PEOPLE or m.group("k").split()[-1] in _WHEN_OR_WHO:
        return m.group(0)  # (not "Yom Kippur is the one day I always fast": a time, not a thing done)
    i = 1
    while i < len(rest) and rest[i] in _AUXILIARY_OR_ADVERB:
        i += 1
    if i == len(rest) - 1 and rest[i] == "managed" and "never" in rest:  # "Baking bread is something I've never managed"
        rest[i] = "done"
    if i >= len(rest):
        if rest[-1] not in ("do", "did", "done", "have", "had"):
            return m.group(0)
        i = len(rest) - 1  # "... is not something I do", "... one thing I do not have": the last word
    elif i > 1 and (rest[i] in _PARTICLES or rest[i] in ("for", "a", "an", "the", "my", "our", "every", "most")):
        i -= 1  # "what I have for lunch": "have" is the verb
    if m.group("k").startswith("not "):  # "Writing poems is not something I do": I do not
        if i > 1 and "ever" in rest[1:i]:  # "Geocaching is not something I have ever tried": never tried
            rest[rest.index("ever", 1)] = "never"
            return " ".join([*rest[:i + 1], thing, *rest[i + 1:]])
        if i > 1:
            return m.group(0)
        rest[1:1] = ["do", "not"]
        i += 2
    if m.group("k").startswith("the only ") and "ever" in rest[1:i] and not {"never", "not"} & set(rest):
        if rest[1:i] == ["ever"]:  # "the only subject I ever studied": I only studied it
            del rest[1]
            i -= 1
        else:  # "the only job I've ever had": I have only ever had it
            rest.insert(rest.index("ever", 1), "only")
            i += 1
    if m.group("k").startswith("the only ") and i == 1:
        rest[1:1] = ["only"]  # "Tea is the only hot drink I like": I only like tea
        i += 1
    after = rest[i + 1:]
    if len(after) >= 2 and after[0] in ("at", "in", "from") and rest[i] in _STUDIED:
        return f"{' '.join([*rest[:i + 1], thing, *after])}, and {' '.join(rest)}"  # "Engineering is what I studied at
        # IIT": studied engineering, and at IIT
    if rest[i] in ("be", "been", "am", "was", "is") or (after and (after[0] in _PARTICLES or after[:2] in (["a", "go"],
                                                                                                      ["a", "crack"]))
                                                       and len(after) <= 3):
        return " ".join([*rest, thing]).replace(" had a go at ", " tried ")  # "cello is one thing I've never had a go at"
    return " ".join([*rest[:i + 1], thing, *after])


_STUDIED = frozenset("studied study learned learnt learn read majored major did".split())


_TAIL = re.compile(r"(?: (?:yet|before|either|ever|so far|in my life))+$")


def _place_put_back(place: str, clause: str, said: str) -> str:
    """"Paris is somewhere I've never set foot" as "i have never set foot in paris": the clause with "there" for the
    place, said as the place (a verb of being somewhere, and a place the gazetteer knows, only)."""
    tail = _TAIL.search(clause)
    there = f"{clause[:tail.start()]} there{tail.group(0)}" if tail else f"{clause} there"  # "... I haven't visited
    # yet": visited there yet
    plain = there_as_place(there, place)
    return plain if plain != there else said


# "Tennis is one sport I've never played", "Cello's one of those instruments I've never had a go at", "Sushi's what
# I have for lunch most days", "Breakfast is the one meal I never miss": the thing after its verb, for every reader
_FRONTED = re.compile(r"^(?:(?:thankfully|luckily|honestly|sadly|well|so|and|but|tbh|funnily enough)[, ]+)?"
                      r"(?P<x>[a-z][a-z' -]{1,40}?)(?: is| are| was|'s) (?:probably |honestly |genuinely |definitely |just |"
                      r"really |mostly |mainly |basically |pretty much )?(?P<k>one of those [a-z]+|"
                      r"one of the (?:few |only )?[a-z]+|one [a-z]+|something|a thing|"
                      r"the (?:one|only) (?:[a-z]+ )?[a-z]+|what|not something|somewhere|someplace) (?:that )?"
                      r"(?P<rest>(?:i|we) (?!(?:am|was|would|will|wish|want|hope)\b)[a-z' ]+?)(?=[,.!;]|$)")


# "Birdwatching's never been something I've done": not something I have ever done
_NEVER_BEEN_SOMETHING = re.compile(r"(?:'s| has) never been (?P<k>something|a thing|one of those [a-z]+) (?:that )?"
                                   r"(?P<s>i|we) (?:have |had )?(?:ever |really |actually )?(?P<v>done|tried|had|been|"
                                   r"played|eaten|learned|learnt|studied|owned|wanted|liked|enjoyed)\b")


def thing_put_back(sentence: str) -> str:
    """`sentence` with a thing put first (see _FRONTED) put back after its verb."""
    if " one " not in sentence and " only " not in sentence and "some" not in sentence and "a thing" not in sentence and \
            "what " not in sentence:
        return sentence
    if " never been " in sentence:
        sentence = _NEVER_BEEN_SOMETHING.sub(r" is not \g<k> \g<s> have ever \g<v>", sentence, count=1)
    return _FRONTED.sub(_object_put_back, sentence, count=1)


# the thing said first: "Hindi I can't speak at all", "Six grandchildren I've got now", "Sugar I never touch"
_THING_FIRST = re.compile(
    r"^(?P<x>(?!(?:yes|no|nah|yeah|well|so|honestly|actually|sure|maybe|now|today|then|and|but|oh|that|this|"
    r"it|which|what|everything|nothing|something|anything|all|both|there|here|sometimes|often|also|still|"
    r"never|only|just|really|not|even|usually|always|once|twice|lol|haha|ha|man|mate|yaar|hello|hi|hey|"
    r"heya|hiya|morning|evening|afternoon|cheers|thanks|sorry|ok|okay|right|aye|wow|ugh|hmm|um|uh|er|"
    r"tomorrow|tonight|yesterday|please|look|listen|mind|sadly|luckily|obviously|basically|seriously|"
    r"frankly|personally|admittedly|apparently|clearly)\b)"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) )?[a-z][a-z'-]*(?: [a-z][a-z'-]*)?),? "
    r"(?P<s>i|we) (?P<aux>(?:(?:have got|have|can not|can|do not|did not|have never|never|only|could not|"
    r"will not|still) )*)(?P<v>speak|play|eat|drink|got|own|read|cook|drive|ride|knit|sing|understand|"
    r"learned|learnt|studied|played|tried|eaten|touch|touched|stand|bear|abide|love|like|hate|watch|watched|"
    r"wear|worn|use|used|visit|visited|smoke|smoked|ridden|driven|seen|written|practise|practised|taught|held|"
    r"owned|drunk|cooked|sung|knitted)"
    r"(?P<tail>(?: (?:at all|a word|fluently|now|these days|every day|anymore|any more|either))*)(?=[,.;!]|$)")


def _thing_first_back(m: re.Match[str]) -> str:
    """The thing said first put back after its verb, if the knowledge base knows it (not "Sarah, I can't drive")."""
    if not _a_known_thing(m.group("x")):
        return m.group(0)
    return f"{m.group('s')} {m.group('aux')}{m.group('v')} {m.group('x')}{m.group('tail')}"


def thing_said_first_put_back(sentence: str) -> str:
    """`sentence` with a thing said before "I" and its verb put back after the verb, for every reader."""
    if " i " not in sentence and " we " not in sentence:
        return sentence
    return _THING_FIRST.sub(_thing_first_back, sentence, count=1)


# "Teaching's never been my job", "Delivering post has never been my line of work": never done it
_NEVER_MY_JOB = re.compile(r"^(?!being\b)(?P<g>[a-z]+ing(?: [a-z]+){0,2}) (?:has|is) (?:never|not ever) been my (?:job|"
                           r"line of work|profession|career|trade|day job)(?=[.;!]|$|,(?! (?:it is|it's|it has been) "
                           r"(?:my |a )?(?:calling|passion|hobby|joy|vocation|love|pleasure)))")


def never_my_job(sentence: str) -> str:
    """`sentence` with a doing that "has never been my job" said as never done, for every reader."""
    return _NEVER_MY_JOB.sub(r"i have never done \g<g>", sentence, count=1) if "never been " in sentence else sentence

# "My phobia of birds is so bad I won't walk through a park": I have one
_MY_FEAR_OF = re.compile(r"^my (?!(?:old|childhood|former|past|earlier|old childhood)\b)(?:[a-z]+ )?(?P<f>fear|phobia|terror) "
                         r"of (?P<x>[a-z][a-z' -]{1,30}?) (?=(?:is|has|makes|means|gets|stops|keeps|started|began)\b)"
                         r"(?!(?:is|has) (?:long |completely |totally |all but )?(?:gone|over|disappeared|faded|eased|vanished|"
                         r"better|a thing of the past)\b|has (?:gone|disappeared|faded|eased|vanished|got better)\b)")


def fear_named_first(sentence: str) -> str:
    """`sentence` with "my fear of X is/has ..." said as "i have a fear of X, and it is/has ...", for every reader."""
    return _MY_FEAR_OF.sub(r"i have a \g<f> of \g<x>, and it ", sentence, count=1) if sentence.startswith("my ") else sentence

# shapes of a thing done or liked that every reader should see plainly
_EVERY_READER = (
    # "Birdwatching is my big weekend thing": my thing
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?P<b>is|was|has always been) my (?:(?:big|main|favourite|favorite|new|latest|"
                r"real|weekend|summer|winter|evening|go-to|one|true|whole) ){1,2}thing\b"),
     r"\g<x> \g<b> my thing"),
    # "Juggling five balls at once is my party trick": something I can do
    (re.compile(r"^(?P<x>[a-z]{3,}ing(?: [a-z]+){0,4}?) (?:is|has always been) my (?:party trick|speciality|specialty|"
                r"signature move)\b"),
     r"i can do \g<x>"),
    # "The cryptic crossword over breakfast is a daily ritual for me": done regularly (a doing, or a thing done: "the ...")
    (re.compile(r"^(?P<x>(?:the [a-z][a-z' -]{1,40}?|[a-z]{3,}ing(?: [a-z]+){0,2})) (?:is|has been|has become) "
                r"(?:a |an |my |our )?(?:daily|nightly|weekly|morning|evening|sunday|saturday|weekend|sacred|little|regular|"
                r"[a-z]+ly )?(?:ritual|routine)(?: for (?:me|us)| of (?:mine|ours))?(?=[,.;!]|$)"),
     r"i do \g<x> regularly"),
)


def doing_said_plainly(sentence: str) -> str:
    """`sentence` with "X is my big weekend thing" said as "X is my thing" and "X is a daily ritual for me" as "i do X
    regularly", for every reader."""
    if " thing" not in sentence and " ritual" not in sentence and " routine" not in sentence and " my " not in sentence:
        return sentence
    for pattern, replacement in _EVERY_READER:
        sentence = pattern.sub(replacement, sentence, count=1)
    return sentence


# "Being left-handed, smudged ink was my nemesis": what the speaker is, said before the sentence it explains; "Being a
# bachelor suits me": what suits the speaker is being it
_BEING_FIRST = re.compile(r"^being (?P<x>(?:an? |the )?[a-z][a-z' -]{1,30}?)(?:, (?=[a-z])| (?=(?:suits|suited) (?:me|us)\b))")
_VERBS_OF_BEING = frozenset("is was are were has have had can could would will".split())
_NOT_BEING = frozenset("honest fair frank serious realistic practical careful nice kind polite sure".split())


# "As a type 1 diabetic I check my sugar constantly": what the speaker is, said before what it explains
_AS_A_FIRST = re.compile(r"^(?:(?:well|so|and|but|honestly|obviously|now)[, ]+)?as (?P<x>(?:an? )(?:(?!i\b)[a-z0-9][a-z0-9'-]*"
                         r"(?: |(?=,? (?:i|we)\b))){1,5}?),? (?=(?:i|we) (?!would|could|might|should|will)[a-z])")
# what one was ("as a kid"), what one may be any day ("as a customer"), and "as a" idioms: not what one is
_NOT_AS_A = frozenset("""kid kids child children teen teenager youngster boy girl baby toddler youth student nipper lad lass
joke treat result rule whole matter bonus gift favour favor reward precaution consequence side aside group family couple
team company nation society country species general minimum last start first way sort kind compromise reminder test
customer guest visitor tourist reader viewer listener fan thank matter backup birthday christmas surprise hobby present
punishment band school club choir church beginner newbie novice former ex retired recovering reformed lapsed young younger
little teenage new first-time single renter for""".split())
# what the rest of a sentence said first must not be: a past ("As a beginner, I struggled"), a guess ("Living in Asia, I
# imagine, you eat a lot of rice"), someone else
_NOT_NOW_AFTER = re.compile(r"\b(?:imagine|guess|hear|heard|reckon|bet|suppose|expect|assume|know people|you|your|"
                            r"(?<!\bam )(?<!'m )used to|"
                            r"remember|yesterday|once|back then|at the time|then)\b")


# "Living in London, I'm used to the Tube": where the speaker lives or works, said before what it explains
_WHERE_FIRST = re.compile(r"^(?P<v>living|working) (?P<p>in|at) (?P<x>(?!the (?:moment|end|past|future)\b)"
                          r"(?:(?!(?:was|is|were|has|had|would|will|when|while|because|made|makes)\b)[a-z'-]+ ?){1,3}?),? "
                          r"(?=(?:i|we)\b(?! would|'d| might| could))")


# "As someone who can't play a note, I'm in awe at recitals": the speaker is one who can't
_AS_SOMEONE_WHO = re.compile(r"^(?:(?:well|so|and|but|honestly)[, ]+)?as (?:someone|somebody|a person|a guy|a girl|a woman|a man|"
                             r"one) who (?P<v>[a-z']+)(?P<r>(?: [a-z0-9'-]+){0,8}?),? (?=(?:i|we)\b)")
_THIRD_PERSON = {"is": "am", "has": "have", "does": "do", "was": "was", "doesn't": "don't", "hasn't": "haven't",
                 "isn't": "am not", "does not": "do not"}


def _first_person(verb: str) -> str:
    """The first-person form of a third-person verb ("loves" -> "love", "watches" -> "watch", "is" -> "am")."""
    if verb in _THIRD_PERSON:
        return _THIRD_PERSON[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def role_or_home_said_first(sentence: str) -> str:
    """`sentence` with a leading "as a X, i ..." said as "i am a X, and i ...", "as someone who X, i ..." as "i X, and
    i ...", and "living in X, i ..." as "i live in X, and i ...", for every reader (not "as a kid", "as a joke", "as a
    family": a time, a manner, a group; nor when what follows is past, a guess or someone else's)."""
    if sentence.startswith(("living ", "working ")) and (where := _WHERE_FIRST.match(sentence)) is not None:
        rest = sentence[where.end():]
        if not _said_of_now(rest) or singular(where.group("x").split()[-1]) in _TIME_WORDS | {"weekend", "night", "home"}:
            return sentence  # "Living in London, I got used to the crowds"; "Working at the weekend, I missed it"
        verb = "live" if where.group("v") == "living" else "work"
        return f"i {verb} {where.group('p')} {where.group('x')}, and {rest}"
    if not sentence.startswith(("as a", "as someone", "as somebody", "as one", "well", "so ", "and ", "but ", "honestly",
                                "obviously", "now")):
        return sentence
    who = _AS_SOMEONE_WHO.match(sentence) if " who " in sentence else None
    if who is not None:
        return f"i {_first_person(who.group('v'))}{who.group('r')}, and {sentence[who.end():]}"
    m = _AS_A_FIRST.match(sentence)
    if not m or not _NOT_AS_A.isdisjoint(m.group("x").split()) or not _VERBS_OF_BEING.isdisjoint(m.group("x").split()) or \
            re.search(r"-old\b|\d+ years?\b", m.group("x")) or not _said_of_now(sentence[m.end():]):
        return sentence  # "As a 10-year-old, I broke my arm", "As a single mum for ten years, I learned to cope"
    return f"i am {m.group('x').strip()}, and {sentence[m.end():]}"


def _said_of_now(rest: str) -> bool:
    """Does the speaker's clause after a thing said first speak of now ("i'm used to", "i work nights"), not of a past
    ("i struggled"), a guess ("i imagine you ...") or someone else?"""
    words = rest.split()
    if _NOT_NOW_AFTER.search(rest) is not None:
        return False
    if re.match(r"(?:i|we)(?:'m|'re|'ve| am| are| have)\b", rest):
        return True  # "i'm used to the tube", "i've got"
    verb = next((w for w in words[1:4] if w not in ("really", "just", "always", "never", "still", "often", "usually",
                                                    "also", "do", "did", "not", "have", "had", "can", "could")), "")
    return not is_past_form(verb) and not re.search(r"\b(?:had|did|was|were)\b", " ".join(words[:3])) and \
        _NOT_NOW_AFTER.search(rest) is None


# "Birdwatching is how I spend most weekends": spending them birdwatching
_HOW_I_SPEND = re.compile(r"^(?P<x>[a-z]+ing(?: [a-z]+){0,2}?)(?: is|'s) (?:basically |mostly |pretty much )?how (?P<s>i|we) "
                          r"(?P<v>spend|spent) (?P<t>(?:my|our|most|every|all my|all our|the) (?:[a-z]+ ){0,2}?(?:weekends?|"
                          r"evenings?|sundays?|saturdays?|summers?|winters?|holidays|free time|spare time|days off|"
                          r"mornings?|afternoons?|nights?))\b")


# words that add nothing to what is said: "climbing of any sort" (climbing), "i am such a sucker for" (a sucker for)
_FILLERS = re.compile(r"(?<=[a-z]) of any (?:sort|kind|type|description)\b|(?:(?<=\bam )|(?<=\bwas )|(?<=\bis )|"
                      r"(?<=\bare )|(?<='m )|(?<='s )|(?<='re ))such "
                      r"(?=an? (?:big |huge |massive |total )?(?:sucker|fan|lover) )")


def fillers_left_out(sentence: str) -> str:
    """`sentence` without "of any sort" after a thing and "such" before "a", for every reader."""
    if " of any " not in sentence and "such a" not in sentence:
        return sentence
    return _FILLERS.sub("", sentence)


# "I was up gaming till 3am", "stayed up reading all night": doing it (not "up early", "up and running")
_UP_DOING = re.compile(r"\b(?P<s>i|we) (?P<b>was|were|am|are|stayed|stay|have been|was still|am still) up "
                       r"(?:late |all night |half the night |again )?(?P<g>(?!(?:and|early)\b)[a-z]+ing)\b")


def doing_said_plainly_up(sentence: str) -> str:
    """`sentence` with "i was up gaming" said as "i was gaming", for every reader."""
    if " up " not in sentence:
        return sentence
    m = _UP_DOING.search(sentence)
    if m is None or m.group("g") in NOT_GERUNDS:
        return sentence
    be = {"stayed": "was", "stay": "am", "was still": "was", "am still": "am"}.get(m.group("b"), m.group("b"))
    return f"{sentence[:m.start()]}{m.group('s')} {be} {m.group('g')}{sentence[m.end():]}"


def doing_said_how_spent(sentence: str) -> str:
    """`sentence` with "X-ing is how I spend my weekends" said as "i spend my weekends X-ing", for every reader."""
    if " how " not in sentence:
        return sentence
    return _HOW_I_SPEND.sub(r"\g<s> \g<v> \g<t> \g<x>", sentence, count=1)


def being_said_first(sentence: str) -> str:
    """`sentence` with a leading "being X, ..." or "being X suits me" said as "i am X, and ...", for every reader."""
    if not sentence.startswith("being "):
        return sentence
    m = _BEING_FIRST.match(sentence)
    if not m or m.group("x") in _NOT_BEING or not _VERBS_OF_BEING.isdisjoint(m.group("x").split()):
        return sentence  # (not "Being a mom is hard, I imagine")
    rest = sentence[m.end():]
    if not rest.startswith(("i ", "we ", "suits ", "suited ")) and \
            (rest.startswith(("my ", "our ")) or not re.search(r"\b(?:my|me|our|us)\b", rest)):
        return sentence  # the speaker's sentence, not "Being a nurse, my mum works nights"
    return f"i am {m.group('x')}, and {rest}"


# verbs said bare after "don't" / "can't" that share a thing: "I don't read or write music"
_BARE_SHARED = frozenset("""read write play speak eat drink ride drive own sing cook swim smoke watch make grow
use wear keep study learn teach fly sail knit sew""".split())


def _both_verbs(first: str, second: str) -> bool:
    """Are both words verbs that can share an object ("spoken or studied", "read or write")?"""
    return all(is_participle(word) or word in _BARE_SHARED for word in (first, second))


def _nobody_at_home(have: str, verb: str, rest: str, said: str) -> str:
    """"Nobody in my house speaks Russian" as "i do not speak russian" (the speaker is one of the house), "nobody
    in my family has ever worked for Amazon" as "i have never worked for amazon"."""
    if have.startswith("ha"):
        return f"i have never {verb}{rest}"
    if verb in ("is", "was"):
        return f"i {'am' if verb == 'is' else 'was'} not{rest}"
    return f"i do not {readable_verb(verb_stem(verb))}{rest}" if verb.endswith("s") and not verb.endswith("ss") else said


def _got_as_be(subject: str, before: str, got: str) -> str:
    """"got" said for "was" in a passive ("I got mugged", "we get burgled", "I've gotten arrested", "I keep getting
    scammed"): the form of "be" in its place."""
    if before.startswith("ha"):
        return "been"
    if got == "getting":
        return "being"
    if got == "gotten":
        return "been"
    return {"got": "was", "get": "am"}[got] if subject == "i" else {"got": "were", "get": "are"}[got]


# the past participle of a past said after "the last time I ..."
_PARTICIPLE_OF: dict[str, str] = {
    "went to": "been to", "had": "had", "ate": "eaten", "drank": "drunk", "did": "done", "played": "played",
    "watched": "watched", "read": "read", "saw": "seen", "visited": "visited", "rode": "ridden", "drove": "driven",
    "smoked": "smoked", "wore": "worn", "cooked": "cooked"}


_NOT_USED: frozenset[str] = frozenset("drug heroin crack cocaine meth substance power end first new regular heavy".split())
_PAST_OF_BOTHERED: dict[str, str] = {"getting": "got", "learning": "learned", "doing": "did", "taking": "took",
                                      "resitting": "resat", "retaking": "retook", "going": "went", "trying": "tried"}
_PAST_OF_DOING: dict[str, str] = {"moving": "moved", "getting married": "got married", "changing jobs": "changed jobs",
                                  "retiring": "retired", "graduating": "graduated", "emigrating": "emigrated"}
_PASSIVE_OF: dict[str, str] = {  # "a bee stung me": I was stung
    "stung": "stung", "bit": "bitten", "attacked": "attacked", "mugged": "mugged", "robbed": "robbed", "kicked": "kicked",
    "scratched": "scratched", "chased": "chased", "bullied": "bullied"}
_PRONOUN_THINGS: frozenset[str] = frozenset(
    "it that this them these those him her you people everything anything something".split())

# the kinds of things studied ("I read law at Durham") and done ("my morning yoga routine")
_SUBJECTS: tuple[str, ...] = ("field of study", "language")
_DOINGS: tuple[str, ...] = ("sport", "exercise", "hobby", "pastime", "activity", "martial art", "dance")
# verbs done "well" or "badly" that say how a thing went or how one is, not a skill ("I sleep badly", "I mean well")
_NOT_SKILL_VERBS: frozenset[str] = frozenset("""know remember recall mean eat sleep get go feel look pay live treat behave fit
suit hear see understand think am do cope adapt heal age travel take handle react respond mix get along start end finish
slept ate did went got came come sit stand rest breathe read photograph snore sweat blush scar bruise bleed tan burn heal
itch ache""".split())
_WELL: frozenset[str] = frozenset("well brilliantly beautifully superbly wonderfully excellently fluently".split())
# things one is good or bad at said as "my X is terrible" ("my spelling", "my maths"), besides skills in -ing
_SKILL_NOUNS: frozenset[str] = frozenset("maths math grammar aim handwriting coordination".split())
_POOR_LEVEL: frozenset[str] = frozenset("""basic rusty poor limited terrible awful rubbish shaky ropey non-existent nonexistent
patchy weak bad appalling dreadful""".split())
# what one may never have tried to do and still be or have done ("never tried to be perfect", "never tried to hide it")
# jobs one qualifies as only by long study ("I qualified as a GP": studied medicine; not "qualified as a teacher",
# which may never be practised)
_QUALIFIED_AS: frozenset[str] = frozenset("""doctor gp surgeon nurse midwife lawyer solicitor barrister accountant architect
pharmacist dentist vet veterinarian physiotherapist optometrist paramedic""".split())
# what, never tried, was never done: a skill or a habit picked up by trying ("never tried to learn Korean", "never tried to
# swim"), not an outcome ("never tried to win anything", "never tried to have kids")
_TRIED_AS_DONE: frozenset[str] = frozenset("""learn play ride drive swim cook bake knit sew sing dance ski surf skate code
program paint draw climb juggle smoke speak""".split())
# "a religious person", "a patient person": being so (not "a morning person", "an animal person"; not "not a very
# religious person", which says a degree)
_ADJECTIVE_END = re.compile(r"(?:ous|ful|ive|ic|ant|ent|ish|ible|able|less)$")
# adjectives of a person in -al or -y, which nouns share ("an animal person", "a rugby person" say what one likes)
_PERSON_ADJECTIVES: frozenset[str] = frozenset("""spiritual emotional practical logical rational social sporty shy lazy tidy messy
happy busy nosy funny lucky moody bossy chatty healthy hungry sleepy grumpy angry easy-going outgoing""".split())
# an "at" or "for" after a job that says when, how or whom it is done for, not an employer
_NOT_AN_EMPLOYER = re.compile(r"^(?:the )?(?:moment|heart|night|nights|weekends?|home|the weekend|a living|fun|free|years|ages|"
                              r"a while|my|his|her|their|our|your|him|them|me|us|you|people)\b")

_PLAINLY = (
    # "I live right in the middle of Manhattan": in Manhattan
    (re.compile(r"\b(?P<v>live|lived|living|grew up|stay|stayed|work|worked) (?:right |slap bang )?in the (?:middle|heart|"
                r"centre|center) of (?!nowhere)(?=[a-z])"), r"\g<v> in "),
    # "I was first cello in the county youth orchestra": I played the cello
    (re.compile(r"\bi (?P<t>am|was) (?:the )?(?:first|second|third|principal|lead) (?P<x>violin|viola|cello|oboe|flute|"
                r"clarinet|trumpet|horn|french horn|bassoon|trombone|guitar|sax|saxophone|double bass|bass|piano|percussion)\b"),
     lambda m: f"i {'play' if m.group('t') == 'am' else 'played'} the {m.group('x')}"),
    # "Best thing I ate all week was the chicken tikka": I ate it
    (re.compile(r"^(?:the )?(?:best|worst|last|nicest|tastiest|only) (?:thing|meal|dish|drink|film|movie|book|show) "
                r"(?P<s>i|we) (?P<v>ate|had|drank|watched|read|saw|tried|cooked|ordered) (?:(?:all|this|last) (?:week|year|"
                r"month|night)|today|recently|in ages|in years|ever) (?:was|is) (?=[a-z])"),
     r"\g<s> \g<v> "),
    # "Seeing Beyonce live at Wembley was the best night of my life": I saw her
    (re.compile(r"^(?P<g>seeing|meeting|visiting|watching|climbing|swimming|running|hearing|standing|skiing|diving|"
                r"riding|flying|sailing|playing|singing|performing|winning) (?P<x>[a-z0-9' ,-]{2,60}?) (?P<be>was|has been|is) "
                r"(?:easily |honestly |probably |definitely |still |just |genuinely |absolutely )?(?:(?:the|one of the) "
                r"(?:best|highlight|greatest|most|happiest|proudest|worst|scariest)\b|(?P<new>a (?:dream come true|"
                r"highlight|once in a lifetime)|unforgettable|magical|breathtaking|surreal|unreal|incredible|amazing))\b.*$"),
     lambda m: m.group(0) if m.group("new") and m.group("be") == "is" else f"i was {m.group('g')} {m.group('x')}"),
    # "I cannot cook anything more complicated than toast": I can't cook
    (re.compile(r"\b(?P<a>can not|could not|can barely|can hardly) (?P<v>[a-z]+) anything (?:more (?:complicated|"
                r"difficult|advanced|ambitious|adventurous|involved|elaborate)|fancier|harder|trickier) than (?:a |an |the )?"
                r"[a-z]+(?: (?:on|and|with) [a-z]+)?"),
     r"\g<a> \g<v>"),
    # "I've never sat behind a drum kit": never played the drums
    (re.compile(r"\b(?P<n>never|not) (?:once |even )?(?:sat|been|sit) (?:behind|at) (?:a|the|my) (?:drum kit|drum-kit|drumkit|"
                r"drums)\b"),
     lambda m: f"{m.group('n')} played the drums"),
    # "I did my history degree at Oxford": studied there, as well as the degree
    (re.compile(r"\b(?P<s>i|we) (?P<h>(?:have )?(?:did|done|took|completed|finished)) (?:my|a|our) (?:[a-z]+ )?(?:degree|masters|"
                r"master's|phd|doctorate|mba|pgce|ba|bsc|ma|msc|llb|btech|b\.tech|be|mtech|bcom|bba|mbbs) "
                r"(?:in [a-z]+(?: [a-z]+)? )?(?:at|from) (?P<x>[a-z][a-z' -]{1,30}?)(?: only| itself)?(?=[,.;!]|$)"),
     lambda m: f"{m.group(0)}, and {m.group('s')} {'have studied' if m.group('h').startswith('have') else 'studied'} at "
               f"{m.group('x')}"),
    # "I've got just the one car": only one
    (re.compile(r"\b(?P<s>i|we) (?:have got|have|own) (?:just|only) the one (?P<t>[a-z]+)\b"), r"\g<s> have only one \g<t>"),
    # "I don't even know how the knight moves": I can't play chess
    (re.compile(r"\b(?:i )?do not (?:even )?know how (?:the )?(?P<c>chess )?(?P<p>pieces|piece|knight|bishop|rook|pawns?|horsey) "
                r"(?:move|moves|go|goes)\b(?P<in> in chess)?"),
     lambda m: "i can not play chess" if m.group("c") or m.group("in") or not m.group("p").startswith("piece") or
     "chess" in m.string else m.group(0)),
    # "My colour vision is completely normal": not colour-blind
    (re.compile(r"^my colou?r vision(?: is|'s| has always been| has been) (?:completely |totally |perfectly |absolutely )?"
                r"(?:normal|fine|perfect|spot on)\b"),
     "i am not colorblind"),
    # "I'm currently doing an online course in data science": studying it
    (re.compile(r"\bi am (?:currently |now |also )?(?:doing|taking) (?:a|an) (?:[a-z-]+ )?(?:course|degree|diploma|module) in "
                r"(?P<x>[a-z][a-z ]{1,30}?)(?=[,.;!]|$)"),
     r"i am studying \g<x>"),
    # "I've never spoken or studied any Chinese", "I don't read or write music": each verb has the thing
    (re.compile(r"\b(?P<s>i|we) (?P<a>(?:have |had )?(?:never|not|do not|did not|can not|could not) (?:ever )?)(?P<v>[a-z]+) "
                r"(?:or|nor) (?P<w>[a-z]+) (?P<o>(?:any |a |an |the |my )?[a-z][a-z' -]{1,30}?)(?=[,.;!]|$)"),
     lambda m: f"{m.group('s')} {m.group('a')}{m.group('v')} {m.group('o')}, and {m.group('s')} {m.group('a')}{m.group('w')} "
               f"{m.group('o')}" if _both_verbs(m.group("v"), m.group("w")) else m.group(0)),
    # "Russian is the language we speak at home": we speak it
    (re.compile(r"^(?P<x>[a-z]+) is the (?:main |first )?(?:language|tongue) (?:that )?(?P<s>i|we) (?:speak|use)\b"),
     lambda m: f"{m.group('s')} speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "Nobody in my house speaks Russian", "Nobody in my family has ever worked for Amazon, me included": nor I
    (re.compile(r"^(?:nobody|no one|no-one) in my (?:house|family|household|home)(?P<h> (?:has|have) (?:ever )?| ever | )"
                r"(?P<v>[a-z]+)(?P<rest>(?: [a-z][^,;!]*?)?)(?:,? me included)?(?=[.!]|$)"),
     lambda m: _nobody_at_home(m.group("h").strip(), m.group("v"), m.group("rest"), m.group(0))),
    # "I haven't lived under my parents' roof since I was seventeen": with them
    (re.compile(r"\bunder (?:my|our) (?:parents'?|mum and dad's|mom and dad's|mum's|mom's|dad's|folks'?) roof\b"),
     "with my parents"),
    # "I live in a small flat in Manchester": in Manchester too
    (re.compile(r"\b(?P<s>i|we) (?P<v>live|lived|am living|are living) in (?P<h>(?:a|an|my|our|the) (?:[a-z-]+ ){0,3}"
                r"(?:flat|house|apartment|cottage|bungalow|studio|bedsit|semi|terrace|condo|townhouse|maisonette)) in (?=[a-z])"),
     r"\g<s> \g<v> in \g<h>, and \g<s> \g<v> in "),
    # "I've read the Bible cover to cover": the Bible
    (re.compile(r" (?:from )?cover to cover\b"), ""),
    # "I was born right here in Toronto": in Toronto
    (re.compile(r"\b(?P<v>born|raised|live|lived|grew up) (?:right )?here in (?=[a-z])"), r"\g<v> in "),
    # "I met my boyfriend on Tinder": used it
    (re.compile(r"\b(?P<s>i|we) met (?:my|our) (?:[a-z]+ )?(?:boyfriend|girlfriend|husband|wife|partner|fiance|fiancee|ex) "
                r"(?:on|through|via) (?P<x>tinder|bumble|hinge|match\.com|okcupid|grindr|plenty of fish|a dating app|an app|"
                r"a dating site|a dating website)\b"),
     r"\g<s> met them on \g<x>, and \g<s> used \g<x>"),
    # "French was my major in college": studied it
    (re.compile(r"^(?P<x>[a-z]+(?: [a-z]+)?) (?:was|is) my (?:major|minor|main subject|degree subject)\b"),
     r"i studied \g<x>"),
    # "I haven't made it there yet", "I finally made it to Japan": been
    (re.compile(r"\b(?P<a>have not|has not|had not|never|have never|finally|have finally|have|had) made it (?=(?:to|there)\b)"),
     lambda m: {"have not": "have not been ", "has not": "has not been ", "had not": "had not been ", "never": "have never been ",
                "have never": "have never been ", "finally": "have been ", "have finally": "have been ", "have": "have been ",
                "had": "had been "}[m.group("a")]),
    # "I left my job at Amazon last spring": worked there
    (re.compile(r"\b(?P<s>i|we) (?P<v>left|quit|lost|loved|hated|started|got|had|took) (?:my|our) (?:old |first |last |new |"
                r"previous |dream )?job at (?P<x>[a-z][a-z' &-]{1,30}?)(?=[,.;!]|$| after| last| in| for| when| because)"),
     r"\g<0>, and \g<s> worked at \g<x>,"),
    # "My manager at Google is really supportive": working there now (not "my old boss at ...", nor a past "was")
    (re.compile(r"^(?P<w>my|our) (?P<n>boss|manager|line manager|colleagues?|co-?workers?|shifts?|supervisor|team leader) at "
                r"(?P<x>(?!(?:the )?(?:uni|university|college|school)\b)[a-z][a-z' &-]{1,30}?) "
                r"(?P<v>is|are|has|have|keeps?|makes?|starts?|gets?)\b"),
     lambda m: f"{'i' if m.group('w') == 'my' else 'we'} work at {m.group('x')}, and {m.group(0)}"),
    # "I was a flight attendant for Emirates": worked for them (a job, not "a bridesmaid for my sister"; the present is
    # read as it is)
    (re.compile(r"\b(?P<s>i|we) (?P<t>was|were|had been) (?:an? )(?P<j>[a-z-]+(?: [a-z-]+)?) "
                r"(?:for|at) (?P<x>(?!(?:the |a )?(?:years?|ages|a while|a bit|a living|fun|free|my|our|his|her|their)\b)"
                r"[a-z][a-z' &-]{1,30}?)(?=[,.;!]|$| for | until | before | when )"),
     lambda m: f"{m.group(0)}, and {m.group('s')} worked for {m.group('x')}" if _a_job(m.group("j")) and
     m.group("j").rsplit(" ", 1)[-1] not in ("student", "pupil") and not _a_time(m.group("x")) else m.group(0)),
    # "Our house is in Brooklyn", "My flat's in Leeds": living there
    (re.compile(r"^(?P<w>my|our) (?:(?:little|new|own) )?(?:house|home|flat|apartment|place|bungalow|cottage|condo) "
                r"(?:is|was) (?:right )?in (?P<x>(?!(?:my|his|her|their|our|the|a|an)\b)[a-z][a-z' -]{1,30}?)(?=[,.;!]|$)"),
     lambda m: f"{'i' if m.group('w') == 'my' else 'we'} {'live' if ' is ' in m.group(0) else 'lived'} in {m.group('x')}"),
    # "I grew up by the sea in Cornwall": in Cornwall
    (re.compile(r"\b(?P<v>grew up|was born|was raised|was brought up|live|lived) (?:by|on|near) the (?:sea|coast|seaside|"
                r"river|lake|beach|water) in (?=[a-z])"),
     r"\g<v> in "),
    # "I'm having a big fear of driving on the highway" (Indian English): I have one
    (re.compile(r"\b(?P<s>i|we) (?:am|are) having (?=(?:a |an )?(?:big |huge |real |major |terrible |bad )?(?:fear|phobia|"
                r"allergy|interest|habit)\b)"),
     r"\g<s> have "),
    # "No fear of the dentist for me": not afraid of it
    (re.compile(r"^(?:i have )?(?:no|zero) (?:fear|phobia) (?:of|about) (?P<x>(?:(?! for )[a-z' -]){2,31}?)"
                r"(?: for me| here| at all)?(?=[,.;!]|$)"),
     r"i am not afraid of \g<x>"),
    # "Sixth form was the best two years of my life": went there
    (re.compile(r"^(?P<x>sixth form|uni|university|college|school|high school|boarding school|grad school|law school|"
                r"med school|medical school|secondary school|art school|drama school) (?:was|were) (?:honestly |genuinely )?"
                r"(?:the best|the worst|the happiest|the hardest|some of the best|some of the worst) (?:[a-z]+ )?(?:years?|days?|"
                r"time) of my life\b"),
     r"i went to \g<x>"),
    # "I can read and write Arabic": both of it (skills that share a thing)
    (re.compile(r"\b(?P<s>i|we) (?P<c>can |could )?(?P<a>read|speak|write|understand) and (?P<b>read|speak|write|understand) "
                r"(?P<x>[a-z]+)\b"),
     lambda m: f"{m.group('s')} {m.group('c') or ''}{m.group('a')} {m.group('x')} and {m.group('s')} {m.group('c') or ''}"
               f"{m.group('b')} {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I can't remember the last time I went to the cinema": not in years
    (re.compile(r"\b(?P<s>i|we) (?:can not|do not|could not) (?:even )?(?:remember|recall) the last time "
                r"(?:i|we) (?:last )?(?P<v>went to|had|ate|drank|did|played|watched|read|saw|visited|rode|drove|smoked|wore|"
                r"cooked) "
                r"(?P<x>[a-z][a-z' -]{1,40}?)(?=[,.;!]|$)"),
     lambda m: f"{m.group('s')} have not {_PARTICIPLE_OF[m.group('v')]} {m.group('x')} in years"),
    # "I never did Latin": never studied it (a language or a subject; "I never did go" is read as it is)
    (re.compile(r"\b(?P<s>i|we) (?P<n>never did|did not do) (?P<x>[a-z]+)(?=[,.;!]|$| at | in | for )"),
     lambda m: f"{m.group('s')} {'have never studied' if m.group('n') == 'never did' else 'did not study'} {m.group('x')}"
               if _of_kind(m.group("x"), *_SUBJECTS) else m.group(0)),
    # "I read law at Durham" (British): studied it there (a subject, not "books at night")
    (re.compile(r"\b(?P<s>i|we) read (?P<x>[a-z]+(?: [a-z]+)?) at (?P<u>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$)"),
     lambda m: f"{m.group('s')} studied {m.group('x')} at {m.group('u')}" if _of_kind(m.group("x"), *_SUBJECTS) else m.group(0)),
    # "During medical school I did my surgical rotation in Glasgow": went there
    (re.compile(r"^(?:during|all through|throughout) (?:my )?(?P<x>medical school|med school|law school|uni|university|"
                r"college|sixth form|grad school|nursing school|art school|drama school|boarding school),? (?=(?:i|we) )"),
     r"i went to \g<x>, and "),
    # "I've never had a problem with crowds": they never bothered me
    (re.compile(r"\b(?:i|we) (?:have )?never (?:had|really had) (?:a|any) (?:problem|problems|issue|issues|trouble) with "
                r"(?P<x>[a-z]+s)(?=[,.;!]|$)"),
     r"\g<x> have never bothered me"),
    # "Been a Mac user for fifteen years": using one
    (re.compile(r"\b(?P<s>i|we) (?P<t>am|are|have been|was|were) (?:an? )?(?:(?:long-time|longtime|lifelong|loyal|happy|"
                r"heavy|daily|regular|proud) )?(?P<x>[a-z]+) users?\b"),
     lambda m: f"{m.group('s')} {'used' if m.group('t') in ('was', 'were') else 'use'} {m.group('x')}"
               if m.group("x") not in _NOT_USED else m.group(0)),
    # "A bee stung me on the foot": I was stung by one
    (re.compile(r"^(?:(?:once|when i was (?:a kid|little|young|small)),? )?(?P<a>(?:a|an|the|some) [a-z]+) "
                r"(?P<v>stung|bit|attacked|mugged|robbed|kicked|scratched|chased|bullied) (?P<o>me|us)\b"),
     lambda m: f"{'i was' if m.group('o') == 'me' else 'we were'} {_PASSIVE_OF[m.group('v')]} by {m.group('a')}"),
    # "The night I got arrested was a real wake-up call": I got arrested (not "the last time I smoked was in 1998")
    (re.compile(r"^the (?:night|day|time|year|summer|week|morning|evening|first time) (?:that )?(?P<s>i|we) "
                r"(?P<r>(?!(?:will|would|might|may|could|should|have to|had to|want|wanted|hope|plan|am going|was (?:meant|"
                r"supposed|due|going|about)|were (?:meant|supposed|due|going|about))\b)"
                r"[a-z][a-z' ]{2,40}?) (?:was|were)\b.*$"),
     r"\g<s> \g<r>"),
    # "Twenty minutes of meditation every morning": I meditate every morning
    (re.compile(r"^(?:(?:about|around|at least) )?(?:\d+|five|ten|fifteen|twenty|thirty|forty|sixty|an|a|half an) "
                r"(?:minutes?|hours?|mins?) of (?P<x>[a-z]+(?: [a-z]+)?) (?P<t>every (?:morning|day|night|evening)|a day|"
                r"daily|each (?:morning|day))(?=[,.;!]|$| for me)"),
     r"i do \g<x> \g<t>"),
    # "I've been on the same rugby team since school": playing rugby
    (re.compile(r"\b(?P<s>i|we) (?P<t>am|are|have been|was|were) (?:on|in) (?:the|a|my|our) (?:(?:same|local|village|"
                r"school|uni|university|college|works|office|county|club|pub|sunday|five-a-side) )?(?P<x>[a-z]+) team\b(?!'s)"),
     lambda m: f"{m.group('s')} {'played' if m.group('t') in ('was', 'were') else 'play'} {m.group('x')}, and {m.group(0)}"
               if _of_kind(m.group("x"), "sport") else m.group(0)),
    # "The best gig I've ever been to was Arctic Monkeys": been to a gig
    (re.compile(r"^(?:the )?(?:best|worst|first|last|biggest|loudest) (?P<x>gig|concert|festival|match|game|show|musical|"
                r"wedding|party|rave|play|opera|ballet) (?P<s>i|we) (?:have |had )?(?:ever )?(?:been to|went to)\b"),
     r"\g<s> have been to a \g<x>, and \g<0>"),
    # "I find football so boring": not liked; "I find gardening relaxing": liked
    (re.compile(r"\b(?P<s>i|we) find (?P<x>[a-z][a-z' -]{1,30}?) (?:so |really |very |incredibly |utterly |pretty |a bit |"
                r"quite |dead |deadly |mind-numbingly |absolutely |super |totally )?(?P<a>boring|dull|tedious|tiresome|"
                r"relaxing|fascinating|therapeutic|addictive)\b(?! to (?:watch|play|read|listen)| on (?:tv|telly|the telly))"),
     lambda m: f"{m.group('s')} {'do not like' if m.group('a') in ('boring', 'dull', 'tedious', 'tiresome') else 'like'} "
               f"{m.group('x')}" if m.group("x").split()[0] not in _PRONOUN_THINGS else m.group(0)),
    # "Took the motorbike out along the coast road": took it out (ridden)
    (re.compile(r"\b(?P<v>took|take|takes|taking) (?P<d>the|my|our|his|her) (?P<x>motorbike|motorcycle|bike|boat|car|kayak|"
                r"canoe|horse|van|scooter|dinghy|yacht|jet ski) out\b(?! of\b)"),
     r"\g<v> out \g<d> \g<x>"),
    # "down to five cigarettes a day": smoking them
    (re.compile(r"(?:^|(?<=^i am trying to quit), |(?<=^i am trying to quit again), )(?:(?:i am|i'm|am) )?"
                r"(?:down|up) to (?P<n>[a-z0-9]+) (?P<x>cigarettes|cigs|fags|roll-ups|ciggies) a day\b"),
     lambda m: f"{', ' if m.group(0).startswith(',') else ''}i smoke {m.group('n')} {m.group('x')} a day"),
    # "I've been the drummer in a band since college": in a band
    (re.compile(r"\b(?P<s>i) (?P<t>am|was|have been) (?:the|a|an) (?:[a-z]+ ){1,2}?in (?P<x>a band|a choir|an orchestra|"
                r"a rock band|a punk band|a covers band|a jazz band)\b"),
     r"\g<s> \g<t> in \g<x>, and \g<0>"),
    # "My morning yoga routine keeps me sane": doing yoga
    (re.compile(r"^(?P<w>my|our) (?:(?:morning|evening|daily|weekly|nightly|sunday|usual|regular|weekend) )?(?P<x>[a-z]+) "
                r"(?:routine|session|sessions|practice|class|classes)\b(?!.*\b(?:lapsed|stopped|slipped|fallen|gone|died|ended|"
                r"over|went out)\b)"),
     lambda m: f"{'i' if m.group('w') == 'my' else 'we'} do {m.group('x')} regularly, and {m.group(0)}"
               if _of_kind(m.group("x"), *_DOINGS) else m.group(0)),
    # "Got my third ear piercing done on Saturday": had one (not "got the work done")
    (re.compile(r"\b(?P<s>i|we) (?:got|have got|had|have had) (?:my|our|a|an) "
                r"(?:(?:first|second|third|fourth|fifth|new|latest) )?(?P<x>(?:[a-z]+ )?(?:piercing|tattoo|filling|crown|implant|"
                r"vasectomy|facelift|nose job|boob job))s? done\b"),
     r"\g<s> had a \g<x>"),
    # "Moving house last year was so stressful": moved house then
    (re.compile(r"^(?P<g>moving|getting married|changing jobs|retiring|graduating|emigrating) (?P<x>(?:[a-z]+ )?)(?P<t>last "
                r"(?:year|month|week|summer|spring|autumn|winter)|in \d{4}|this year) (?:was|were)\b"
                r"(?!.*\b(?:my|his|her|their) (?!life\b|year\b)[a-z]+|.*\bfor (?!me\b|us\b)|.*\b(?:lots|many|most) of\b)"),
     lambda m: f"i {_PAST_OF_DOING[m.group('g')]} {m.group('x')}{m.group('t')}"),
    # "University was never for me, I didn't go": never went
    (re.compile(r"^(?P<x>uni|university|college|art college|art school|drama school|medical school|law school|grad school|"
                r"sixth form|boarding school) (?:was|is) (?:never|not) (?:for me|on the cards(?: for me)?|"
                r"an option(?: for me)?),? (?:so )?(?P<s>i|we) (?:did not|never) (?:go|went)\b"),
     r"\g<s> never went to \g<x>"),
    # "Paris is still on my bucket list, I haven't made it there yet": there is Paris
    (re.compile(r"^(?P<p>[a-z]+(?: [a-z]+)?) (?:is|was|has been) (?:still |always |top )?(?:on|at the top of) my (?:bucket|wish|"
                r"travel) list, (?P<rest>(?:i|we) [a-z' ]+? there\b.*)$"),
     lambda m: there_as_place(m.group("rest"), m.group("p"))),
    # "Six years I've been at Google now", "Fifteen years I've been a postman": for that long
    (re.compile(r"^(?P<d>(?:(?:nearly|almost|over|about|around|more than) )?[a-z0-9-]+(?: and a half)? "
                r"(?:years|months|decades)),? (?P<s>i|we) (?P<v>have been|have worked|have lived|have had|have played|have done) "
                r"(?P<x>[a-z][a-z' -]{1,40}?)(?=[,.;!]|$| now)"),
     r"\g<s> \g<v> \g<x> for \g<d>"),
    # "Did fifteen years in the army": served in it; "did five years on the tills at Tesco": worked there
    (re.compile(r"^(?:(?P<s>i|we) )?did (?:(?:nearly|almost|over|about|around|more than) )?[a-z0-9-]+ (?:years|months) "
                r"(?:(?:in|with) (?:the )?(?P<f>army|navy|raf|royal navy|marines|air force|police|fire brigade|fire service|"
                r"territorials|reserves)|(?:on [a-z ]+ )?at (?P<x>[a-z][a-z' &-]{1,30}?)(?=[,.;!]|$))"),
     lambda m: f"{m.group('s') or 'i'} served in the {m.group('f')}" if m.group("f") else
     f"{m.group('s') or 'i'} worked at {m.group('x')}"),
    # "Home for me is a narrowboat on the Grand Union": living on one
    (re.compile(r"^home(?: for (?:me|us))? (?:is|has been) (?P<x>an? [a-z][a-z' -]{1,30}?)(?= on | in | near |[,.;!]|$)"),
     r"i live on \g<x>"),
    # "Never bothered getting my driving licence": never got it
    (re.compile(r"\bnever (?:even )?bothered (?:with )?(?P<g>getting|learning|doing|taking|resitting|retaking|going|trying)\b"),
     lambda m: f"never {_PAST_OF_BOTHERED[m.group('g')]}"),
    # "I'm blind in my left eye": poor eyesight, not blind
    (re.compile(r"\bi am (?:completely |totally |partially )?blind in (?:one|my left|my right|the left|the right) eye\b"),
     "i have poor eyesight"),
    # "Nobody's ever asked me to be a bridesmaid": never been one
    (re.compile(r"^(?:nobody|no one|no-one)(?:'s| has| have| had) (?:ever )?asked me to be (?=(?:a|an) [a-z])"),
     "i have never been "),
    # "I've never had a hamster or anything small like that": a hamster
    (re.compile(r",? or anything(?: (?:else|similar|small|big|much|like that|of the sort|of that sort|[a-z]+ like that))?"
                r"(?=[,.;!]|$)"),
     ""),
    # "I'm deaf in my left ear": hard of hearing, not deaf
    (re.compile(r"\bi am (?:completely |totally |profoundly |partially |stone )?deaf in (?:one|my left|my right|the left|"
                r"the right) ear\b"),
     "i am hard of hearing"),
    # "I've never managed to finish a marathon": never been able to
    (re.compile(r"\b(?P<h>have |had )?never (?:once )?managed to (?=[a-z])"),
     lambda m: "have never been able to " if m.group("h") else "could never "),
    # "My Spanish doesn't go beyond hola and gracias": I don't speak it
    (re.compile(r"^my (?P<l>[a-z]+) (?:does not|do not|will not) (?:really )?(?:go|get|extend|stretch) (?:much )?(?:beyond|past|"
                r"further than) (?:saying )?(?:hello|hi|hola|bonjour|ciao|merci|gracias|danke|thank you|thanks|please|yes and no|"
                r"a (?:few|couple of) words|the odd word|counting to (?:ten|three|five))\b[^,.;!]*"),
     lambda m: f"i do not speak {m.group('l')}" if _languages(m.group("l")) else m.group(0)),
    # "My biggest fear is deep water": afraid of it
    (re.compile(r"^my (?:biggest |greatest |worst |main |one |only |big |number one |absolute )?(?:fear|phobia) "
                r"(?:is|has always been|was always) (?!(?:that|of|being|not|when|if)\b)(?P<x>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$)"),
     lambda m: f"i am afraid of {m.group('x')}" if _a_known_thing(m.group("x")) else m.group(0)),
    # "Vaping is a constant habit of mine", "Running is a daily habit of mine": done regularly
    (re.compile(r"^(?P<x>[a-z]{3,}ing(?: [a-z]+){0,2}) (?:is|has been) (?:a |an )?(?:[a-z]+ )?habit of (?:mine|ours)\b"),
     r"i do \g<x> regularly"),
    # "Fish is my main protein", "Porridge is my usual breakfast": had regularly
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:is|are) my (?:main|usual|daily|staple|regular|everyday) (?:protein|food|"
                r"meal|drink|breakfast|lunch|dinner|tipple|snack)\b"),
     r"i have \g<x> regularly"),
    # "The three years I lived in Toronto were the best of my life": I lived there
    (re.compile(r"^the (?:[a-z-]+ )?(?:years?|months?|summers?|winters?|time|days|weeks?) (?:that )?(?P<s>i|we) "
                r"(?P<v>lived|spent|worked|studied|stayed) (?P<x>in [a-z][a-z' -]{1,40}?) (?:was|were|are|is|have been|"
                r"had been)\b.*$"),
     r"\g<s> \g<v> \g<x>"),
    # "Lamb chops with mint sauce, that's my favourite dinner": my favourite dinner is lamb chops
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,50}?), (?:that is|that's|thats) (?P<m>my (?:favou?rite|fave|go-to|all-time "
                r"favou?rite) [a-z]+(?: [a-z]+)?)(?=$|[,.!])"),
     r"\g<m> is \g<x>"),
    # "I've got my daughter's name tattooed on my wrist": a tattoo of it
    (re.compile(r"\b(?P<h>have|has|got|had) (?P<x>(?:my|a|an|the|his|her|our|their) [a-z' ]{1,30}?) (?:tattooed|inked) "
                r"(?=(?:on|across|down|along|over|around|under|behind|inside) )"),
     r"\g<h> a tattoo of \g<x> "),
    # "Sober eleven years now": I have been sober for eleven years
    (re.compile(r"^(?:been )?(?P<s>sober|clean|teetotal|vegan|vegetarian|single) (?:for )?"
                r"(?P<n>(?:[a-z0-9-]+ ){1,2}(?:years?|months?))\b"),
     r"i have been \g<s> for \g<n>"),
    # "a couple of glasses of red": of red wine
    (re.compile(r"\b(?P<g>glass|glasses|bottle|bottles) of (?P<c>red|white|rose|rosé)\b(?! wine)"), r"\g<g> of \g<c> wine"),
    # "I've never actually set foot in the States": never
    (re.compile(r"\bnever actually\b"), "never"),
    # "I never get up before eleven if I can help it": a rule kept when one can, not a condition
    (re.compile(r",? (?:if|when) (?:i|we) can (?:help|avoid) it\b|,? if (?:i|we) have (?:a|the|any) (?:choice|say)\b"), ""),
    # "every Saturday you'll find me fishing": I go fishing
    (re.compile(r"\byou(?: will|'ll|ll| would|'d)? (?:always |usually |often |normally )?(?:find|catch|see) me "
                r"(?=[a-z]+ing\b)"),
     "i go "),
    # "nobody ever taught me to ride a bike": I never learned to
    (re.compile(r"\b(?:nobody|no one|no-one) (?:ever )?(?:taught|showed) me (?:how )?to\b"), "i never learned to"),
    # "I've got no problem with clowns": they do not scare me
    (re.compile(r"^(?:[a-z]+,? )?i (?:have |have got |got )?(?:no|zero) (?:problem|problems|issue|issues) with "
                r"(?P<x>[a-z][a-z' -]*?)(?=[,.!;]|$| they | it | at all)"), r"\g<x> do not scare me"),
    # "driving is something I never learned": I never learned driving
    (re.compile(r"^(?P<x>[a-z]+ing(?: [a-z]+)?) is (?:something|one thing|a thing) (?:that )?i (?P<v>(?:have )?never|do not|"
                r"can not|did not|could never) (?P<w>learned|learnt|learn)\b"), r"i \g<v> \g<w> to \g<x>"),
    # "Graduating high school with honors was the proudest day of my life": I graduated (told in the past, of a
    # day of one's own; "being a parent is the hardest job" is said of anyone)
    (re.compile(r"^(?P<g>(?!(?:being|" + "|".join(sorted(NOT_GERUNDS)) + r")\b)[a-z]+ing)\b(?P<rest>[^.!?]*?),? "
                r"(?:was|has been|were) (?:honestly |probably |"
                r"definitely |easily |by far )?(?:the |one of the )?(?:proudest|best|happiest|worst|hardest|scariest|"
                r"greatest|most [a-z]+) (?:day|days|moment|moments|thing|things|time|times|experience|experiences|"
                r"decision|decisions|achievement)\b.*$"),
     r"i was \g<g>\g<rest>"),
    # "Being right-handed, I...", "Being a teacher, my summers are free": I am (not "being honest, ...")
    (re.compile(r"^being (?!(?:honest|fair|frank|serious|realistic|truthful|careful|nice|polite|kind|real|sensible|"
                r"practical|generous|so|too|that|this|there|here|stuck with)\b)(?P<x>(?:an? )?[a-z][a-z' -]{1,30}?), "
                r"(?=(?:i|we|my)\b)"),
     lambda m: m.group(0) if someone_else_next(" ".join(m.string[m.end():].split()[:2])) or \
     _BEING_IS_A_CLAUSE.search(m.group("x"))  # "Being a nurse, my mum...", "Being a mom is hard, I imagine"
     else f"i am {m.group('x')} and "),
    # "Working full time at the bank keeps me busy": I work there (what keeps one busy is done, and still)
    (re.compile(r"^(?P<g>(?!(?:being|" + "|".join(sorted(NOT_GERUNDS)) + r")\b)[a-z]+ing\b[^,.;!?]{0,60}?) "
                r"(?:keeps|has kept|has been keeping) me (?:so |really |very |pretty )?(?:busy|sane|fit|going|young|active|"
                r"grounded|occupied|on my toes|out of trouble)\b"),
     r"i am \g<g>"),
    # "I've never lived anywhere but London": only ever there (not "never lived"); "never eaten anything but rice"
    (re.compile(r"\b(?P<s>i|we) (?:have |had )?never (?P<v>lived|worked|studied|been) (?:anywhere|any place|anyplace) "
                r"(?:else )?(?:but|except|other than|apart from|besides|outside(?: of)?) (?:in )?"),
     r"\g<s> have only ever \g<v> in "),
    (re.compile(r"\b(?P<s>i|we) (?:have |had )?never (?P<v>eaten|drunk|spoken|played|owned|driven|used|worn|read|known|"
                r"had|loved|dated|kissed) (?:anything|anyone|anybody|any [a-z]+) (?:else )?(?:but|except|other than|apart from|"
                r"besides) "),
     r"\g<s> have only ever \g<v> "),
    # "Growing up on a farm in the Dales, we had no neighbours": I grew up there
    (re.compile(r"^(?:[a-z]+,? )?growing up (?P<rest>(?:in|on|near|by|outside|in the middle of) [^,;]{1,60}), "
                r"(?=(?:i|we) )"),
     r"i grew up \g<rest> and "),
    # "I live in Manchester, born and bred, ...": an aside that names no place
    (re.compile(r",? (?:born and (?:bred|raised)|through and through)(?=[,.!;]|$)"), ""),
    # "I'm so scared of flying that I've never flown": the result is said too (not "so sure that I had...")
    (re.compile(r"^(?P<a>(?:[a-z]+,? )?(?:i|we) (?:am|are|was|were|get|got) (?:just |really )?(?:so|such) [a-z' -]{1,40}?"
                r"(?<!\bsure)(?<!\bcertain)(?<!\bconvinced)(?<!\bpositive)(?<!\bconfident)(?<!\bscared)(?<!\bafraid)(?<!\bworried)"
                r"(?<!\bterrified)(?<!\bfrightened)(?<!\bparanoid)) that (?=(?:i|we) )"),
     r"\g<a>, and "),
    # "I've never once set foot on a plane": never flown
    (re.compile(r"\b(?P<n>never|not)(?: once| even| ever)? (?:set foot on|been on|stepped on|stepped onto|got on|gotten on) "
                r"(?:a|an|one) (?:plane|aeroplane|airplane|aircraft)\b"),
     r"\g<n> flown"),
    # "I have one daughter and no other children": one child, a daughter
    (re.compile(r"\b(?P<s>i|we) (?P<h>have|have got|had) (?:one|a|an|just the one|just one|only one) "
                r"(?P<k>daughter|son|boy|girl) and no other (?:children|kids)\b"),
     r"\g<s> \g<h> one child, a \g<k>,"),
    # "the only degree I've got is in engineering": my only degree is
    (re.compile(r"\bthe only (?P<x>degree|qualification|car|pet|dog|cat|sibling|child|job) (?:that )?(?:i|we) "
                r"(?:have|have got|own|hold|have ever had|ever had|ever got|have ever got) (?P<v>is|was) "),
     r"my only \g<x> \g<v> "),
    # "growing up, Malayalam was the only language in our house": my first language
    (re.compile(r"^(?:growing up,? |as a (?:kid|child),? |when i was (?:little|small|a kid),? )?(?P<x>[a-z]+) was the only "
                r"language (?:we spoke |spoken |used |anyone spoke )?(?:in (?:our|my) (?:house|home|family)|at home)\b"),
     r"my first language is \g<x>"),
    # "Friday nights I treat myself to a plate of garlic prawns": I have one
    (re.compile(r"\b(?P<s>i|we) (?P<v>treat|treated) (?:myself|ourselves) to (?=(?:a|an|some|the|my|our|two|three) )"),
     lambda m: f"{m.group('s')} {'have' if m.group('v') == 'treat' else 'had'} "),
    # "my one and only car", "my first and only husband": my only
    (re.compile(r"\b(?P<d>my|our) (?:one and only|first and only|one and the only) "), r"\g<d> only "),
    # "I've never really been one for running": not into it
    (re.compile(r"\b(?P<s>i|we) (?:have |had )?never (?:really |much |ever )?been (?:one|much of a one|big) for "
                r"(?=[a-z])"),
     r"\g<s> am not into "),
    # "I've only been married the once": once
    (re.compile(r"\b(?:just |only )?the (?P<n>once|twice)\b"), r"\g<n>"),
    # "we moved something like seven times": seven times
    (re.compile(r"\b(?:something like|like|about|around|roughly|maybe|at least|over|more than|nearly|almost) "
                r"(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a few|a hundred) times\b)"), ""),
    # "Yom Kippur is the one day I always fast": I fast (on it)
    (re.compile(r"^(?:[a-z]+,? )?[a-z][a-z' -]{1,30}? (?:is|was) the (?:one|only) (?:day|night|time|week|month) (?:of the year )?"
                r"(?:that |when )?(?P<s>i|we) (?=[a-z])(?!(?:do not|did not|can not|am not|are not|have not|never|get to|"
                r"can|could|have to|must)\b)"),  # not "the only day I don't work" (other days are worked)
     r"\g<s> "),
    # "People are always surprised that I'm a brilliant cook": I am one (what surprises them is so)
    (re.compile(r"^(?:[a-z]+,? )?(?:people|everyone|everybody|folks|my friends|they) (?:are|were|is|was) (?:always |often |"
                r"usually |still )?(?:surprised|amazed|shocked|astonished) (?:that |to (?:hear|learn|find out) (?:that )?)"
                r"(?=(?:i|we) )"), ""),
    # "I haven't been able to walk since the accident", "I'm unable to drive": I can't
    (re.compile(r"\b(?P<s>i|we) (?:have not been able|am not able|are not able|am unable|are unable) to\b"),
     r"\g<s> can not"),
    # "We've lived in Leeds our whole lives": all our lives (the object ends before "all")
    (re.compile(r"\bour (?:whole|entire) lives\b"), "all our lives"),
    # "I haven't exercised in about a decade": in ten years
    (re.compile(r"\b(?P<p>in|for) (?:(?:about|over|nearly|almost|more than|well over|the best part of) )?(?:a|one) decade\b"),
     r"\g<p> ten years"),
    # "Dogs are my life, I've got three of them": I have three dogs
    (re.compile(r"^(?P<x>[a-z]+s) (?:are|were) (?:my life|my world|my thing|great|the best|amazing|lovely|everything to me|"
                r"my babies|my passion)[^,]*, (?P<s>i|we) (?:have|have got|got|own|keep) (?P<n>[a-z0-9]+) of them\b"
                r"(?! (?:in|on|at|near|down|across|next|around|outside|up|over|living|who live)\b)"),
     r"\g<s> have \g<n> \g<x>"),
    # "I don't speak any other language apart from English": English is all I speak
    (re.compile(r"\b(?P<s>i|we) (?:do not|can not|never) speak any (?:other )?languages? (?:apart from|besides|except|"
                r"other than|but|aside from) (?P<x>[a-z]+)\b"), r"\g<s> only speak \g<x>"),
    # "Me and my mates get through a crate of lager": drinking it
    (re.compile(r"\b(?P<s>i|we|me and my [a-z]+) (?P<v>get|got|go|went) through "
                r"(?=(?:a|an|one|two|three|four|five|six|\d+) (?:crate|case|bottle|pint|can|glass|box|carton|pack)s? of\b)"),
     lambda m: f"{'i' if m.group('s') == 'i' else 'we'} {'drink' if m.group('v') in ('get', 'go') else 'drank'} "),
    # "The last time I smoked was in 1998", "It's been twenty years since I last rode a horse": not for years
    (re.compile(r"^the last time (?P<s>i|we) (?:ever )?(?P<v>[a-z]+)(?P<rest>(?: [a-z' -]+?)?) (?:was|would have been) "
                r"(?:in (?:\d{4}|the \d{2,4}s|the (?:eighties|nineties|seventies|sixties))|(?:years|decades|ages|a lifetime) ago|"
                r"(?:at|in) (?:school|college|university|uni|high school)|when i was (?:a kid|a child|a teenager|young|little|"
                r"\d+|[a-z]+teen|twenty|thirty))\b.*$"),
     lambda m: f"{m.group('s')} have not {m.group('v')}{m.group('rest')} in years"),
    (re.compile(r"^it has been (?:(?:over |more than |nearly |almost |about )?(?:\d+|two|three|four|five|six|seven|eight|"
                r"nine|ten|fifteen|twenty|thirty|forty|fifty|many|several) years|years|ages|decades|a lifetime) since "
                r"(?P<s>i|we) (?P<last>last |ever )?(?P<v>[a-z]+)(?P<rest>[^,.!;]*)"),
     lambda m: m.group(0) if not m.group("last") and (m.group("v") in _ONCE_DONE or m.group("v") == "had" and re.match(
         r" (?:my|our|a baby|twins|kids|children)\b", m.group("rest")))  # "since I had my son": his birth
     else f"{m.group('s')} have not {m.group('v')}{m.group('rest')} in years"),
    # "Nobody in my family has ever been to college, me included": nor have I
    (re.compile(r"^(?:nobody|no one|no-one|none of us)(?: in (?:my|our) (?:family|house|household))? "
                r"(?P<v>has|have|is|are|was|were|can|could|does|do|did) (?P<rest>[^,]+?),? "
                r"(?:me included|including me|myself included|not even me)\b.*$"),
     lambda m: f"i {_NEGATED_AUXILIARY.get(m.group('v'), m.group('v') + ' not')} {m.group('rest')}"),
    (re.compile(r"^(?:my whole family|all my family|everyone in my family|my family|all of us|we all|the whole family) "
                r"(?P<v>is|are|has|have|can|does|do) (?P<rest>[^,]+?),? (?:me included|including me|myself included)\b.*$"),
     lambda m: f"i {_FIRST_PERSON_AUXILIARY.get(m.group('v'), m.group('v'))} {m.group('rest')}"),
    # "The only instrument I play is the piano": I only play the piano
    (re.compile(r"^the only (?P<n>[a-z]+) (?P<s>i|we) (?P<v>play|speak|eat|drink|watch|read|do|cook|own|have|keep|support)"
                r" (?:is|are) (?P<x>.+)$"),
     r"\g<s> only \g<v> \g<x>"),
    # "My hobbies are fishing and woodwork", "Fishing is my main hobby": I have hobbies, and do them
    (re.compile(r"^my (?:main |favourite |favorite |big |biggest |only |new |latest |current |two |three )?(?:hobby|hobbies|"
                r"pastime|pastimes) (?:is|are|include|includes|would be|have to be) (?P<x>[a-z][a-z ,'-]+)"),
     lambda m: _hobbies_done(m.group("x"))),
    (re.compile(r"^(?!(?:my|our|his|her|their|your|he|she|they|you|it|that|this|what|which|who)\b)(?P<x>[a-z][a-z ,'-]{2,40}?) "
                r"(?:is|are) (?:my|one of my) (?:main |favourite |favorite |big |biggest |only |new |latest |current |greatest )?"
                r"(?:hobby|hobbies|pastime|pastimes)\b.*$"),
     lambda m: _hobbies_done(m.group("x"))),
    # "I've never been able to swim": I can't, and never could
    (re.compile(r"\b(?P<s>i|we) have never (?:ever )?been able to\b"), r"\g<s> can never"),
    # "I switch between Hindi and English with my cousins": I speak both
    (re.compile(r"\b(?P<s>i|we) (?:switch|switched|flip|go back and forth|alternate) between (?P<a>[a-z]+) and (?P<b>[a-z]+)\b"
                r"(?=$|[,.!;?]| (?:with|at|when|while|depending|all|a lot|constantly|every|in|on|for|and|but|so|mid|"
                r"without|too|easily|daily|sometimes|often|as)\b)"),
     lambda m: f"{m.group('s')} speak {m.group('a')} and {m.group('b')}" if _languages(m.group("a"), m.group("b"))
     else m.group(0)),
    # "I work weekends at the hospital", "I work night shifts in a factory": I work there
    (re.compile(r"\b(?P<s>i|we) work (?P<t>(?:weekends|nights|days|evenings|mornings|night shifts?|day shifts?|shifts|"
                r"part[- ]time|full[- ]time|overtime|long hours|twelve hour shifts|weekdays|saturdays|sundays)(?: and "
                r"(?:weekends|nights|holidays))?) (?P<p>at|in) "),
     r"\g<s> work \g<t> and \g<s> work \g<p> "),
    # "I graduated top of my class": I graduated
    (re.compile(r"\bgraduated (?:top|bottom|first|near the top|at the top|second) (?:of|in) (?:my|the|our) (?:class|year)\b"
                r"(?P<at> (?:in|at|from)\b)?"),
     lambda m: "graduated from" if m.group("at") else "graduated"),
    # "I beat my brother at chess last night": I played chess
    (re.compile(r"\b(?P<s>i|we) (?:beat|thrashed|trounced|lost to|drew with|drew against) (?P<who>[a-z' ]{2,30}?) at "
                r"(?!(?:home|work|school|the|his|her|their|my|our|last|first|least|once)\b)"
                r"(?P<g>[a-z]+(?: (?:tennis|ball|pong|hockey|football|golf|poker))?)\b"),
     r"\g<s> played \g<g>"),
    # "Both my parents are still alive": I have a mother and a father
    (re.compile(r"^(?:both )?my (?:parents|folks|mum and dad|mom and dad) are (?:both )?(?:still )?(?:alive|living|"
                r"around|with us|going strong|alive and (?:well|kicking))\b.*$"),
     "i have a mother and a father"),
    # "I grew up an only child": I was one
    (re.compile(r"\b(?:i|we) grew up (?:as )?(?=(?:an only child|only children|the only child)\b)"
                r"(?![^.;]*\b(?:until|till|before|for (?:the first|a few|my first|a while))\b)"), "i was "),
    # "I'm a single dad of two": single, and a dad
    (re.compile(r"\bi am (?:a )?single (?P<p>dad|mum|mom|mother|father|parent)\b"), r"i am single and i am a \g<p>"),
    # "I'm never up before noon", "never out of bed before ten": I never get up early
    (re.compile(r"\bi am (?:never|not|rarely) (?:up|out of bed|awake) (?:before|until|till) (?:noon|midday|lunchtime|lunch|"
                r"ten|eleven|10|11|12)\b(?: ?(?:am|a\.m\.|o'clock))?"), "i never get up early"),
    # "I fell asleep in front of the telly": I watched TV
    (re.compile(r"^(?P<s>i|we) (?:fell asleep|dozed off|nodded off|sat|ate|had (?:dinner|tea|supper)|spent (?:the|all) "
                r"(?:evening|night|day|afternoon)|vegged out|crashed|chilled) in front of the (?:tv|telly|television|box)\b"
                r"(?! (?:office|of|store|shop|section|aisle|department|studio|camera|cameras|crew|repair)\b)"),
     r"\g<s> watched tv"),
    # "I've never tried sushi": never had it (trying an activity, "never tried skiing", is read as doing it)
    (re.compile(r"\b(?P<n>never|not)(?: (?:ever|even|really))? tried (?!(?:to|it|that|this|one|them|out|for|again|hard|"
                r"harder|my|our|his|her|their|your|anything|something|everything|very|so|too)\b|[a-z]+ing\b)"),
     r"\g<n> had "),
    # "Not a drop of alcohol has passed my lips", "meat has never passed my lips": never had it
    (re.compile(r"^(?:not (?:a|one) (?:drop|sip|bite|crumb|morsel|mouthful|taste) of (?P<x>[a-z][a-z' -]{1,30}?) has (?:ever )?"
                r"|(?P<y>[a-z][a-z' -]{1,30}?) has never )passed my lips\b"),
     lambda m: f"i have never had {m.group('x') or m.group('y')}"),
    # "Meat's off the menu for me": I don't eat it
    (re.compile(r"^(?P<x>[a-z][a-z -]{1,30}?)(?:'s| is| are) (?:well and truly |totally |completely )?off the menu"
                r"(?: for me| as far as i am concerned)?\b"), r"i do not eat \g<x>"),
    # "I've never so much as sat on a bike": never
    (re.compile(r"\b(never|not) (?:so much as|even so much as|once) "), r"\1 "),
    # "never sat on a bike": never ridden one
    (re.compile(r"\b(never|not) (?:sat|been|got) on (?=(?:a|an) (?:bike|bicycle|horse|pony|motorbike|motorcycle)\b)"),
     r"\1 ridden "),
    # "Haven't picked up a book since school": not read one
    (re.compile(r"\b(never|not) (?:picked|opened) up (?=(?:a|an|one) (?:book|novel)\b)|"
                r"\b(never|not) opened (?=(?:a|an|one) (?:book|novel)\b)"),
     lambda m: f"{m.group(1) or m.group(2)} read "),
    # "I sink like a stone": I can't swim
    (re.compile(r"^i (?:just )?sink like a (?:stone|rock|brick)\b"), "i can not swim"),
    # "My job as a nurse keeps me busy": I work as a nurse
    (re.compile(r"^my (?:job|work|career|day job) as (?P<x>an? [a-z][a-z' -]{1,30}?) "
                r"(?:keeps|is|has|takes|means|pays|gets|can be)\b.*$"), r"i work as \g<x>"),
    # "Can't say I've ever been fishing": never
    (re.compile(r"\b(?:i )?can not (?:say|remember|recall) (?:that )?i have ever\b"), "i have never"),
    # "I'm more of a tea person": a tea person
    (re.compile(r"\bi am (?:much |a lot |definitely |always been )?more of an? "), "i am a "),
    # "Coffee isn't really my cup of tea": I don't like coffee
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:is not|are not|was never|has never been|have never been) (?:really |"
                r"exactly |quite |ever )?my (?:cup of tea|thing|scene|bag)\b"), r"i do not like \g<x>"),
    # "Me and cats don't mix", "Chilli and me do not get on": I don't like them
    (re.compile(r"^(?:me and (?P<x>[a-z][a-z' -]{1,30}?)|(?P<y>[a-z][a-z' -]{1,30}?) and (?:me|i)) (?:do not|never|just do not|"
                r"really do not) (?:really )?(?:mix|get on|get along|agree)\b"),
     lambda m: _not_mixing(m.group("x") or m.group("y"), m.group(0))),
    # "I'm the only one in my family who smokes": I smoke
    (re.compile(r"\bi am the only one (?:in (?:my|our|the) [a-z]+|at work|of us|here) (?:who|that) (?=[a-z]+s\b)"), "i "),
    # "I wouldn't be caught dead in a gym": never there
    (re.compile(r"\bi would not be (?:seen|caught) dead (?:in|at) "), "i never go to "),
    # "You won't catch me eating meat": I never eat it
    (re.compile(r"\byou (?:will not|would not|will never|would never) (?:ever )?catch me (?P<g>[a-z]+ing)\b"),
     lambda m: f"i never {readable_verb(verb_stem(m.group('g')))}"),
    # "I haven't set foot in a gym in years", "never set foot in a church": not been there
    (re.compile(r"\b(?P<have>have|has|had)(?P<not> not| never)? (?:ever )?set foot (?:in|inside|on|into)\b"),
     r"\g<have>\g<not> been to"),
    (re.compile(r"\b(?:set|sets|setting) foot (?:in|inside|on|into)\b"), "go to"),
    # "Harold and I were never blessed with children": never had any; "we were blessed with twins": have them
    (re.compile(r"\b(?P<s>i|we) (?:am|are|was|were|have been|had been) (?P<n>never |not )?(?:ever )?blessed with\b"),
     lambda m: f"{m.group('s')} {'never had' if m.group('n') else 'have'}"),
    # "I say the rosary every night", "never said a prayer in my life": pray
    (re.compile(r"\b(?P<v>say|says|said|saying) (?:my |a |the |our |some |any |a little )?(?:prayers?|(?P<r>rosary))\b"),
     lambda m: {"say": "pray", "says": "prays", "said": "prayed", "saying": "praying"}[m.group("v")] +
     (" the rosary" if m.group("r") else "")),
    # "Most Sundays I'm out fishing", "I'm off hiking every weekend": I go fishing
    (re.compile(r"\b(?P<s>i|we) (?:am|are) (?:usually |always |often |normally )?(?:out|off) (?=(?!(?:working|shopping|"
                r"running errands)\b)[a-z]{3,}ing\b)"),
     lambda m: f"{m.group('s')} go " if _HABIT_SAID.search(m.string) else m.group(0)),
    # "Not a single cigarette in my whole life": never had one
    (re.compile(r"^not (?:a single|one|once had an?) (?P<x>[a-z]+(?: [a-z]+)?) (?=in my (?:whole |entire )?life\b)"),
     lambda m: "i have never smoked " if m.group("x") in ("cigarette", "cig", "fag", "cigar", "smoke", "puff")
     else f"i have never had a {m.group('x')} "),
    # "Pork's never passed my lips": never had it
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?)(?: has| have)? never (?:once )?passed my lips\b"),
     r"i have never had \g<x>"),
    # "Kids were never on the cards for me": never had any
    (re.compile(r"^(?P<x>(?:kids|children|babies|pets|dogs|cats|marriage))(?: were| was| have| has)? never (?:been )?"
                r"(?:on|in) the cards(?: for (?:me|us))?\b"),
     lambda m: "i have never been married" if m.group("x") == "marriage" else f"i have never had {m.group('x')}"),
    # "Not married, me": I am not
    (re.compile(r"^not (?P<x>married|single|religious|vegan|vegetarian|a smoker|a drinker|sporty|musical|"
                r"divorced|engaged|retired),? me\b"), r"i am not \g<x>"),
    # "English is the only language I speak": I only speak English
    (re.compile(r"^(?P<x>[a-z]+) is the only (?:language|langauge|lanugage|tongue) (?:that )?i (?:speak|know)\b"),
     r"i only speak \g<x>"),
    # "Sure I've no Irish at all", "I don't have any French": I don't speak it
    (re.compile(r"\b(?P<s>i|we) (?:have no|have got no|do not have any|have not got any|have not any) "
                r"(?P<x>[a-z]+)\b(?! (?:friends?|family|classes|lessons|teachers?|people|food|books?|films?|movies?|"
                r"music|tv|neighbours?|neighbors?|ancestry|roots|blood|heritage|relatives|cousins|passport|citizenship|"
                r"in me|in my|on|at school|at uni|at college|this|today|homework)\b)"),
     lambda m: f"{m.group('s')} do not speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I only speak the one language, English": only English
    (re.compile(r"\b(?P<s>i|we) (?:only|just) (?:speak|know) (?:the )?one language,? (?:and that is |which is |- |just )?"
                r"(?P<x>[a-z]+)\b"),
     lambda m: f"{m.group('s')} only speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "at dinner we all talk Portuguese": speak it
    (re.compile(r"\b(?P<s>i|we)(?P<a> all| just| just all| mostly| always| usually)? (?P<v>talk|chat|converse|natter) "
                r"(?:in )?(?P<x>[a-z]+)\b"),
     lambda m: f"{m.group('s')}{m.group('a') or ''} speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I can get by in German": getting by is a present use of the language, not a mere ability
    (re.compile(r"\b(?P<s>i|we) (?:can|could) (?:just |still |usually )?(?P<v>get by|manage|make myself understood) in\b"),
     r"\g<s> get by in"),
    # "Never went in for any of that, me, never said a prayer": I never did; "Methodist through and through, me": I am
    (re.compile(r"^(?:i )?(?P<x>(?:never|always|not|hardly|rarely|only) [a-z][a-z' -]{1,60}?), me(?:,|$)"), r"i \g<x>,"),
    (re.compile(r"^(?P<x>(?!(?:i|and|but|so|you|he|she|they|we|it|that|this|same|sorry|thanks|thank you|not|yes|no|yeah|"
                r"oh|well|hi|hello|hey|excuse|pardon|lucky|poor)\b)[a-z][a-z' -]{1,40}?), me(?:,(?P<i> (?=(?:never|always|"
                r"not|hardly|rarely|only|once|still|just)\b))?|$)"),
     lambda m: f"i am {m.group('x')}," + (" i " if m.group("i") else "")),  # "..., me, never once needed glasses"
    # "Every summer we are going to Kerala", "Daily morning I am cleaning the cage": a habit told in the progressive
    (re.compile(r"^(?P<lead>(?:every|daily|each)\b[a-z0-9' ,-]{0,50}? )(?P<s>i|we) (?:am|are) (?:always |usually )?"
                r"(?P<g>(?!(?:getting|trying|thinking|feeling|hoping|planning)\b)[a-z]{2,}ing)\b"),
     lambda m: f"{m.group('lead')}{m.group('s')} {readable_verb(verb_stem(m.group('g')))}"),
    # "my parents never taught me Farsi": never learned it
    (re.compile(r"\b(?:they|my parents|my mum|my mom|my dad|my mother|my father|nobody|no one) (?:have |had )?never "
                r"(?:really )?taught me (?:any |a word of |to speak )?(?P<x>[a-z]+)\b"),
     lambda m: f"i never learned {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "never picked up any Tagalog": never learned it (a language only: one picks up the kids too)
    (re.compile(r"\b(?P<n>never|not|did not) (?:really |ever )?(?P<v>picked|pick) up (?:any |a word of |much )?"
                r"(?P<x>[a-z]+)\b(?! (?:for|on the way|takeaway|food))"),
     lambda m: f"{m.group('n')} {'learned' if m.group('v') == 'picked' else 'learn'} {m.group('x')}"
     if _languages(m.group("x")) else m.group(0)),
    # "had a massive chat with Lola on the phone, all in Tagalog": spoke it
    (re.compile(r"^(?:i |we )?(?:had|have) (?:a |an )?(?:[a-z0-9-]+ ){0,2}(?:chat|conversation|call|talk|natter|argument)\b"
                r"[^.!?]*?\bin (?P<x>[a-z]+)\b"),
     lambda m: f"i spoke {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "we are having no pets at all" (Indian English): we have none
    (re.compile(r"\b(?P<s>i|we) (?:am|are) (?:having no|not having any)\b"), r"\g<s> have no"),
    # "We are having two dogs at home" (Indian English): we have them (not "having a baby", "having a party")
    (re.compile(r"\b(?P<s>i|we) (?:am|are) having (?P<n>two|three|four|five|six|\d+) (?!(?:kids|children|guests|friends|people|"
                r"visitors|mates|boys|girls|lads)\b)(?=[a-z]+s\b(?!.*\b(?:over|round|for|next|tonight|tomorrow|from|to stay|"
                r"coming)\b))"),
     r"\g<s> have \g<n> "),
    # "Shorthand is one skill I never acquired": never learned it
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) is (?:one|a|the one) (?:skill|thing|language|art) (?:that )?i (?P<v>have never|"
                r"never|did not ever) (?:acquired|acquire|learned|learnt|learn|picked up|pick up|mastered|master|"
                r"got the hang of)\b"),
     r"i have never learned \g<x>"),
    # "Got three ferrets at home": have them
    (re.compile(r"^(?:i )?(?:have )?got (?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of) "
                r"(?P<x>[a-z]+s)\b(?= at home| in the house| now| at the moment|,|$)"), r"i have \g<n> \g<x>"),
    # "Just the one ferret for me": I have one
    (re.compile(r"^(?:i )?(?:just |only )?the one (?P<x>[a-z]+) for (?:me|us)\b"), r"i have only one \g<x>"),
    # "I'm a January baby": born in January
    (re.compile(r"\bi am (?:a |an )?(?P<m>january|february|march|april|may|june|july|august|september|october|november|"
                r"december) (?:baby|birthday|born)\b"), r"my birthday is in \g<m>"),
    # "Born and raised LDS", "born and raised Catholic": always have been
    (re.compile(r"^(?:i was |i am )?born and raised (?:a |an )?(?P<x>catholic|lds|mormon|jewish|muslim|hindu|sikh|baptist|"
                r"methodist|anglican|presbyterian|lutheran|quaker|christian|buddhist|jain)\b"),
     r"i have always been \g<x>"),
    # "I'm the last person in Britain without an air fryer": I have none
    (re.compile(r"\bi am (?:the )?(?:last|only) (?:person|one|man|woman|household|house)(?: (?:in|on|at) [a-z ]{1,30}?)? "
                r"without (?:a |an )?(?=[a-z])"), "i do not have a "),
    # "I'm expecting our second in May", "I'm not expecting, no babies on the way": pregnant (or not)
    # ("expecting a baby", "twins": knowledge lines, less sure, since a partner may say it)
    (re.compile(r"\bi am (?P<n>not )?expecting(?P<w> (?:again|another (?:one|baby)|(?:our|my) (?:first|second|"
                r"third|fourth|little one))\b|(?=,|\.|$))"),
     lambda m: f"i am {m.group('n') or ''}pregnant{' with' + m.group('w') if m.group('w') else ''}"),
    # "we tied the knot in 1990", "I've never walked down the aisle": married
    (re.compile(r"\b(?P<v>tied|tie|tying|ties) the knot\b|\b(?P<w>walked|walk|walking|walks) down the aisle\b"),
     lambda m: _married(m.group("v") or m.group("w"), m.string[:m.start()])),
    # "I dropped out junior year": out of high school
    (re.compile(r"\bdropped out (?:in |during |halfway through )?(?:my )?(?:freshman|sophomore|junior|senior) year\b"),
     "dropped out of high school"),
    # "my parents never let us have a dog": never had one
    (re.compile(r"^(?:[a-z]+,? )?(?:my|our) (?:parents|mum|mom|dad|mother|father|folks|landlord|landlady) (?:have |had )?"
                r"(?:literally |just |simply )?(?P<n>never|would not|will not|did not|do not|does not|would never|will never) "
                r"(?:ever )?(?:let|allow) (?:me|us) (?:to )?(?:have|get|keep|own) (?=(?:a|an|any) )"),
     lambda m: "i do not have " if m.group("n") in ("will not", "do not", "does not", "will never") else "i did not have "),
    # "I'm a member of the book club", "a proud member of a union": in one
    (re.compile(r"\b(?P<s>i am|we are) (?:a |an )?(?:(?:proud|active|paid-up|paid up|long-time|longtime|founding|"
                r"card-carrying|lifelong|life|full|committed|keen|regular) )?members? of (?:the |a |an |my |our |this )?"
                r"(?=[a-z])(?!(?:family|public|staff|team|clergy|congregation|household|human race)\b)"),
     r"\g<s> in a "),
    # "I work full time as an accountant", "I work nights as a cleaner": both, said apart
    (re.compile(r"\b(?P<s>i|we) work (?P<t>full-time|part-time|nights|days|weekends|shifts|evenings|mornings) as "
                r"(?=(?:a|an) [a-z])"),
     r"\g<s> work \g<t>, and \g<s> work as "),
    # "I'm in my final year of law school", "in my second year at uni": I go there
    (re.compile(r"\b(?P<s>i am|we are) (?:now |currently )?in (?:my |our )?(?:first|second|third|fourth|fifth|final|last) "
                r"year (?:of|at) (?P<x>(?:(?:law|medical|med|nursing|dental|vet|veterinary|grad|graduate|business|art|"
                r"drama|film|culinary|high|secondary|secretarial) school|university|uni|college|nursing college|"
                r"sixth form))\b"),
     lambda m: f"{'i am a student, and i go' if m.group('s') == 'i am' else 'we go'} to {m.group('x')}"),
    # "I spent years working in retail", "spent a decade teaching": used to do it
    (re.compile(r"\b(?P<s>i|we) (?:have )?spent (?:years|months|decades|a decade|ages|(?:two|three|four|five|six|seven|"
                r"eight|nine|ten|twenty|thirty|many|several|a few|\d+) (?:years|months|decades)|most of my (?:life|career|"
                r"twenties|thirties)|my whole (?:life|career)) (?P<g>(?!(?:trying|thinking|wondering|waiting|looking)\b)"
                r"[a-z]{2,}ing)\b"),
     lambda m: f"{m.group('s')} used to {readable_verb(verb_stem(m.group('g')))}"),
    # "I spend way too much time scrolling social media", "I spend hours playing video games": I do it
    (re.compile(r"\b(?P<s>i|we) spend (?:way |far |much |so )?(?:too much time|so much time|a lot of time|lots of time|hours|"
                r"ages|all day|most of my time|half my life|every evening|every night) "
                r"(?P<g>(?!(?:trying|thinking|wondering|waiting|looking|worrying)\b)[a-z]{2,}ing)\b"),
     lambda m: f"{m.group('s')} {readable_verb(verb_stem(m.group('g')))}"),
    # "I spent all Sunday afternoon mowing the lawn", "we spent the whole weekend painting the fence": did it
    (re.compile(r"\b(?P<s>i|we) spent (?:all |the whole |most of |much of |the |my |our |a |an |every )?"
                r"(?:(?:[a-z]+ ){0,2}(?:day|days|morning|afternoon|evening|night|weekend|week|summer|holiday|hours|ages|"
                r"lunchtime|lunch break)) "
                r"(?P<g>(?!(?:trying|thinking|wondering|waiting|looking|worrying|feeling|being|going)\b)[a-z]{2,}ing)\b"),
     lambda m: f"{m.group('s')} {'was' if m.group('s') == 'i' else 'were'} {m.group('g')}"),
    # "I spent eight years in the army", "spent a decade with the police": was in it
    (re.compile(r"\b(?P<s>i|we) (?:have )?spent (?:(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
                r"thirty|many|several|a few|a couple of|\d+) (?:years|months)|a year|a decade|decades) (?:in|with) "
                r"(?=the (?:army|navy|air force|raf|marines|military|police|fire service|forces|reserves|territorials|"
                r"merchant navy)\b)"),
     r"\g<s> was in "),
    # "Hindi isn't a language I speak", "golf is a sport I play": said of the thing
    (re.compile(r"^(?P<x>[a-z]+(?: [a-z]+)?) (?P<neg>is not|is) (?:a|an|one) (?:language|sport|game|instrument|food|"
                r"drink|dish|cuisine|hobby|skill) (?:that )?(?P<s>i|we) (?:really |ever |can |really ever )?"
                r"(?P<v>speak|play|eat|drink|do|know|cook|make|use|read|write)\b"),
     lambda m: f"{m.group('s')} {'do not ' if m.group('neg') == 'is not' else ''}{m.group('v')} {m.group('x')}"),
    # "I grew up with four siblings", "grew up with two older brothers": had them
    (re.compile(r"\b(?P<s>i|we) grew up with (?P<x>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
                r"(?:(?:older|younger|big|little|half|step) )?(?:siblings?|brothers?|sisters?|half-brothers?|"
                r"half-sisters?|step-brothers?|step-sisters?|stepbrothers?|stepsisters?))\b"),
     r"\g<s> had \g<x>"),
    # "I volunteer walking dogs at the shelter", "we volunteer serving meals": doing it
    (re.compile(r"\b(?P<s>i|we) (?P<a>(?:also |still |sometimes |often |regularly )?)volunteer (?:by |doing |as well, )?"
                r"(?P<g>(?!(?:every|each|during|morning|evening|nothing|something|anything)\b)[a-z]{3,}ing)\b"),
     lambda m: f"{m.group('s')} {m.group('a')}{readable_verb(verb_stem(m.group('g')))}"),
    # "I fear I've made a mistake", "I fear that...": a worry about a thing said after, no fear of one
    (re.compile(r"\bi fear (?=(?:that|i|we|it|this|you|he|she|they|the worst|so|not)\b)"), "i think "),
    # "I fear nothing", "nothing scares me", "I'm afraid of nothing": not afraid of anything
    (re.compile(r"\b(?:i (?:fear|am afraid of|am scared of|am frightened of) nothing|"
                r"nothing (?:scares|frightens|fazes|terrifies) me)(?!,? (?:but|except|apart|more|like|as|quite|else|"
                r"besides|other than|save|bar))(?![a-z])"),
     "i am not afraid of anything"),
    # "my appendix was removed", "my tonsils were taken out": had them out
    (re.compile(r"\bmy (?P<x>appendix|tonsils|gallbladder|gall bladder|wisdom teeth|adenoids|kidney stones?) (?:was|were|got|had "
                r"to be) (?:removed|taken out|out)\b"),
     r"i had my \g<x> out"),
    # "I stayed up all night playing Zelda", "sat up till 3am reading": did it
    (re.compile(r"\b(?P<s>i|we) (?:stayed|stay|sat|was|were) up (?:all night|late|till [a-z0-9]+|until [a-z0-9]+|half the "
                r"night|most of the night) (?P<g>(?!(?:talking|worrying|thinking|crying|waiting)\b)[a-z]{3,}ing)\b"),
     lambda m: f"{m.group('s')} {'was' if m.group('s') == 'i' else 'were'} {m.group('g')}"),
    # "I drove us all to the beach", "I drove the kids to school": drove there
    (re.compile(r"\b(?P<s>i) (?P<v>drove|drive|flew|rowed|sailed) (?:us|us all|all of us|the kids|my (?:kids|family|wife|"
                r"husband|son|daughter|mum|mom|dad|friends?)|everyone|the family) (?:all )?(?:the way )?"
                r"(?=to |into |down |up |across |over |home\b)"),
     r"\g<s> \g<v> "),
    # "I'm not claustrophobic in the slightest", "none whatsoever": emphasis, no place or thing
    (re.compile(r"(?:,? in the slightest|,? in the least| whatsoever)\b"), ""),
    # "I did German at school", "we never did Latin at my school": studied it there
    (re.compile(r"\b(?P<s>i|we) (?P<a>(?:have )?(?:never |also |both |all )?)(?:did|do|have done) "
                r"(?P<x>(?!(?:well|badly|ok|okay|alright|fine|great|brilliant|terribly|nothing|everything|something|"
                r"anything|it|that|this|all|a lot|lots|loads|my best|time)\b)[a-z]+(?: [a-z]+)?) "
                r"(?P<d>for (?:[a-z0-9-]+ ){1,2}?(?:years?|terms?) )?(?=(?:at|in) (?:my |the |a )?"
                r"(?:school|uni|university|college|a-?levels?|gcses?|high school|secondary|sixth form)\b)"),
     lambda m: f"{m.group('s')} {m.group('a')}studied {m.group('x')} {m.group('d') or ''}"),
    # "I've fasted every Ramadan since I was twelve": fasted for it, every year
    (re.compile(r"\b(?P<v>fast|fasted|fasting) (?:every|each) (?P<x>ramadan|lent|yom kippur)\b"), r"\g<v> for \g<x> every year"),
    # "I don't do Lent", "never observed Lent": not keeping it
    (re.compile(r"\b(?P<a>do not|never|did not|have never) (?:do|observe|observed|bother with|celebrate|celebrated) lent\b"),
     lambda m: f"{m.group('a')} keep lent" if m.group("a") == "do not" else f"{m.group('a')} kept lent"),
    # "I needed eight stitches": got them
    (re.compile(r"\b(?P<s>i) (?:needed|had to have|had to get) (?P<n>[a-z0-9]+ )?stitches\b"), r"\g<s> got \g<n>stitches"),
    # "I've never been operated on": no surgery
    (re.compile(r"\b(?P<a>have never|never|have not ever) been operated on\b"), r"\g<a> had surgery"),
    # "spicy food's a total no-go for me": not liked
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) is (?:a )?(?:total |complete |big |absolute |hard )?no-go(?: for me| area)?\b"),
     r"i do not like \g<x>"),
    # "I've given up chocolate for Lent every year", "I never give anything up for Lent": keeping Lent
    (re.compile(r"\b(?P<s>i|we) (?P<a>(?:have )?(?:never |always |not |do not |did not )?)(?:give|given|gave|giving) "
                r"(?:up )?(?:anything|something|[a-z]+(?: [a-z]+)?) (?:up )?(?:for|every) lent\b"),
     lambda m: f"{m.group('s')} {m.group('a')}kept lent" if "never" in m.group("a") or "not" in m.group("a") else
     f"{m.group('s')} kept lent" if "gave" in m.group(0) else f"{m.group('s')} keep lent"),
    # "English is all I've got", "English is literally the only language I speak": only that
    (re.compile(r"^(?P<x>[a-z]+) is (?:literally |honestly |really |pretty much |basically )?(?:all i have got|all i have|"
                r"all i speak|the only (?:language|tongue) (?:that )?i (?:speak|know|have))\b"),
     lambda m: f"i only speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I grew up fluent in Spanish", "grew up speaking Welsh": speak it
    (re.compile(r"\b(?P<s>i|we) grew up (?:fluent in|speaking) (?P<x>(?:[a-z]+ )?[a-z]+)\b"),
     lambda m: f"{m.group('s')} speak {m.group('x')} fluently" if _languages(m.group("x").rsplit(" ", 1)[-1]) else
     m.group(0)),
    # "I never got confirmed", "got baptised at six": was (not) confirmed
    (re.compile(r"\b(?P<n>never |did not |didn't )?(?:got|get) (?P<x>confirmed|baptised|baptized|christened)\b"),
     lambda m: f"was never {m.group('x')}" if m.group("n") else f"was {m.group('x')}"),
    # "I do enjoy a drink", "I like a pint" (not "a drink of water"): alcohol
    (re.compile(r"\b(?P<s>i) (?:do |really |certainly )?(?:enjoy|like|love|fancy) a (?:drink|tipple|pint|bevvy|cheeky pint)\b"
                r"(?! of\b)"),
     r"\g<s> drink alcohol"),
    # "Every Lent since I was a child I've given up the drink": keeping Lent
    (re.compile(r"^(?:every|each) lent\b.{0,40}?\b(?P<s>i|we) (?:have )?(?:given|give|gave) up\b"),
     r"\g<s> keep lent and gave up"),
    # "I put my contacts in every morning": wearing them
    (re.compile(r"\b(?P<s>i) (?:put|pop|stick) (?:my |in my )?(?:contacts|contact lenses|lenses) in(?: first thing)?\b"),
     r"\g<s> wear contacts"),
    # "I sign with my deaf son every day": sign language
    (re.compile(r"\b(?P<s>i|we) sign (?=(?:with|to|for) )"), r"\g<s> use sign language "),
    # "the doctor whipped my tonsils out": had them out
    (re.compile(r"(?<!when )\b(?:the doctors?|they|the surgeons?|the hospital|a surgeon|doctors) (?:whipped|took|pulled|"
                r"had|removed|cut) my (?P<x>appendix|tonsils|gallbladder|gall bladder|wisdom teeth|adenoids) out\b|"
                r"(?<!when )\b(?:the doctors?|they|the surgeons?|doctors) (?:removed|took out) my (?P<y>appendix|tonsils|"
                r"gallbladder|wisdom teeth|adenoids)\b"),
     lambda m: f"i had my {m.group('x') or m.group('y')} out"),
    # "Sundays are for fishing", "weekends are for golf": done then
    (re.compile(r"^(?P<d>sundays|saturdays|weekends|evenings|mornings|mondays|tuesdays|wednesdays|thursdays|fridays) "
                r"are (?:for|all about) (?P<g>[a-z]+ing)\b"),
     lambda m: f"i {readable_verb(verb_stem(m.group('g')))} every {singular(m.group('d'))}"),
    # "Running my own restaurant", "I run my own business": own a business
    (re.compile(r"(?:^|\bi )(?:run|running|own|owning|have|started) (?:my|our) own (?P<x>restaurant|business|shop|company|"
                r"cafe|café|bakery|salon|pub|firm|agency|consultancy|store)\b"),
     lambda m: m.group(0) if _WISHED.search(m.string) else f"i own a {m.group('x')} and i own a business"
     if m.group("x") != "business" else "i own a business"),
    # "I manage a team of fifteen engineers", "I've never managed anyone": managing people
    (re.compile(r"\b(?P<s>i|we) (?P<a>(?:have )?(?:never |not |also |now )?)(?P<v>manage|managed|manages) "
                r"(?:a (?:big |small |large )?team|teams|people|staff|anyone|anybody|employees|a department|a crew|a group "
                r"of people|a staff)\b"),
     lambda m: "i have never been a manager" if "never" in m.group("a") else "i am a manager" if m.group("v") != "managed"
     else "i was a manager"),
    # "I put in an hour on the cello", "I do twenty minutes on the piano every day": playing it
    (re.compile(r"\b(?P<s>i|we) (?P<v>put in|do|spend|practise|practice) (?:an hour|half an hour|a few hours|an hour or two|"
                r"(?:[a-z]+|\d+) (?:hours|minutes)) (?:a day |every day |each day )?on (?:the|my) (?P<x>[a-z]+)\b"),
     lambda m: f"{m.group('s')} play the {m.group('x')}" if _an_instrument(m.group("x")) else m.group(0)),
    # "I failed three of my A levels", "passed all of my exams": those
    (re.compile(r"\b(?P<v>failed|passed|sat|took|retook|aced|flunked) (?:two|three|four|five|all|both|most|half|some) of "
                r"(?P<p>my|the) (?=[a-z])"),
     r"\g<v> \g<p> "),
    # "We took the kids to Disneyland", "I brought my mum to Paris": went there
    (re.compile(r"\b(?P<s>i|we) (?P<v>took|brought) (?:the kids|my kids|our kids|the grandkids|the grandchildren|my grandkids|"
                r"our grandkids|the family|my family|my son|my daughter|"
                r"the children|my children|our children|my wife|my husband|my mum|my mom|my dad|my parents|the boys|"
                r"the girls) (?=to )"),
     r"\g<s> went "),
    # "I was raised with no religion", "brought up without religion": not raised religious
    (re.compile(r"\b(?P<s>i|we) (?:was|were) (?:raised|brought up) (?:with no|without any|without) religion\b|"
                r"\b(?P<t>i|we) (?:was not|were not) (?:raised|brought up) (?:in|with) (?:any|a) (?:religion|faith)\b|"
                r"\b(?:my|our) parents (?:did not|never) (?:raise|raised|bring|brought) (?P<u>me|us)(?: up)? (?:with|in) "
                r"(?:any|a) (?:religion|faith)\b"),
     lambda m: f"{m.group('s') or m.group('t') or ('i' if m.group('u') == 'me' else 'we')} was not raised religious"),
    # "I was brought up Catholic": raised religious, and raised Catholic
    (re.compile(r"\b(?P<s>i|we) (?:was|were) (?P<v>raised|brought up) (?:as )?(?:an? )?(?P<r>[a-z]+)\b"),
     lambda m: f"{m.group('s')} was raised religious, and {m.group(0)}" if _of_kind(m.group("r"), "religious believer")
     else m.group(0)),
    # "my car's an old diesel Volvo": a Volvo
    (re.compile(r"\bmy car is an? (?:(?:old|new|little|big|battered|trusty|second-hand|secondhand|used|ancient) )?"
                r"(?:diesel|petrol|electric|hybrid|manual|automatic) (?=[a-z])"),
     "my car is a "),
    # "Welsh was my first language": is (a first language is for life)
    (re.compile(r"\b(?P<x>[a-z]+) was my (?P<w>first|native|mother) (?P<t>language|tongue)\b"), r"\g<x> is my \g<w> \g<t>"),
    # "I'm shit scared of sharks", "bloody terrified": scared
    (re.compile(r"\b(?:shit|bloody|dead|proper|properly|well|right|super|mega|stupidly|seriously) "
                r"(?=(?:scared|terrified|afraid|frightened|petrified)\b)"), ""),
    # "born and brought up in Chennai", "born and bred in Leeds": born there
    (re.compile(r"\bborn and (?:brought up|bred) in\b"), "born and raised in"),
    # "I haven't been inside a church in years": in one
    (re.compile(r"\b(?P<a>been|go|went|set foot) inside (?=(?:a|an|the|my) )"), r"\g<a> in "),
    # "I served two tours in the Army", "did three tours of duty in Iraq": served there
    (re.compile(r"\b(?P<s>i|we) (?P<v>served|did) (?:(?:a|one|two|three|four|five|six|several|multiple|\d+) )?tours? "
                r"(?:of duty )?(?:in [a-z]+ )?with the (?P<b>army|navy|marines|raf|air force|royal navy|royal marines)\b"),
     r"\g<s> served in the \g<b>"),
    (re.compile(r"\b(?P<s>i|we) (?P<v>served|did) (?:(?:a|one|two|three|four|five|six|several|multiple|\d+) )?tours? "
                r"(?:of duty )?(?=in |with )"),
     r"\g<s> served "),
    # "I've never had a head for heights" (afraid of them), "I've a good head for heights" (not)
    (re.compile(r"\bi (?:have never had|never had|have not got|have not|have no|have got no|do not have|have always had|"
                r"have got|have|have always had) (?:a |an |any )?(?:good |great |real |decent |strong |natural |fine )?"
                r"head for heights\b"),
     lambda m: "i am afraid of heights" if re.search(r"\b(?:never|not|no)\b", m.group(0)) else
     "i am not afraid of heights"),
    # "I'm not afraid of anything, least of all a goose": nor of a goose
    (re.compile(r"^(?P<neg>.*?\bi (?:am not|do not|did not|have never|never|will not|can not) [a-z' ]{1,40}?) "
                r"(?:anything|anyone|anybody|any [a-z]+)\b[^,;]{0,40},? (?:least of all|let alone|especially not|and "
                r"certainly not) (?P<x>[a-z' -]{2,40}?)[.!]*$"),
     lambda m: f"{m.group(0).rstrip('.! ')}, and {m.group('neg')} {m.group('x')}"),
    # "I've never managed a single pull-up": never done one
    (re.compile(r"\b(?P<h>have |had )?never (?:once )?managed (?=(?:a|one|a single|even one|even a single|the) [a-z])"),
     lambda m: f"{m.group('h') or ''}never done "),
    # "I've been rock climbing for years", "I've been fly fishing": gone climbing, fishing (not "been busy working")
    (re.compile(r"\b(?P<s>i|we) (?P<h>have|had) been (?P<n>[a-z]+) (?P<g>(?:climb|fish|swimm|ski|div|rid|runn|walk|sail|surf|"
                r"skat|boarding|watch|spott|hunt|shoot|hik|trekk|bik|cycl|camp|kayak|canoe|row|jump|glid|sledg|bould|"
                r"snorkell?|paddl)ing)\b"),
     lambda m: m.group(0) if m.group("n") in COMMON_WORDS else
     f"{m.group('s')} {m.group('h')} been going {m.group('n')} {m.group('g')}"),
    # "I got mugged in Rome", "I've never gotten arrested": the passive said with "get" (fired, hired and promoted
    # are read as changes of their own)
    (re.compile(r"\b(?P<s>i|we) (?P<a>(?:have |had )?(?:never |just |once |also |even |actually |nearly |almost |keep |kept )?)"
                r"(?P<g>got|get|gotten|getting) (?P<x>" + "|".join(sorted(UNDERGONE - {"fired", "sacked"})) + r")\b"
                r"(?! of\b| down\b| by (?:the |a )?(?:" + "|".join(sorted(FIGURATIVE_AGENTS)) + r")\b)"),
     lambda m: f"{m.group('s')} {m.group('a')}{_got_as_be(m.group('s'), m.group('a'), m.group('g'))} {m.group('x')}"),
    # "I sing really well", "I cook quite badly": good, or bad, at it (not "I sleep badly", "I mean well")
    (re.compile(r"^(?!.*\b(?:said nobody|said no one|or so|apparently|supposedly|claims?|reckons?)\b)"
                r"(?P<s>i) (?P<v>[a-z]{2,12}) (?:(?:really|very|pretty|quite|super|extremely|incredibly|rather|actually|so) )?"
                r"(?P<a>well|badly|terribly|brilliantly|beautifully|awfully|appallingly|atrociously|horribly|superbly)"
                r"(?=[,.!;]|$| and | but | too\b| actually\b| to be honest| tbh| if i say so)"),
     lambda m: m.group(0) if m.group("v") in _NOT_SKILL_VERBS or is_past_form(m.group("v")) or m.group("v").endswith(("s", "ed"))
     else f"i am {'good' if m.group('a') in _WELL else 'bad'} at {gerund(m.group('v'))}, and {m.group(0)}"),
    # "My spelling is terrible", "My handwriting has always been awful": bad at it; "My French is very basic": not
    # fluent in it
    (re.compile(r"^my (?P<x>[a-z]+)(?:'s| is| has)(?: always been| never been| still| just)? (?:(?:really|so|absolutely|"
                r"pretty|just|truly|very|quite|genuinely|utterly|completely|frankly|honestly|fairly|a bit) )?"
                r"(?P<a>terrible|awful|rubbish|atrocious|appalling|shocking|dreadful|bad|poor|hopeless|excellent|great|"
                r"brilliant|amazing|superb|flawless|perfect|impeccable|basic|rusty|limited|shaky|ropey|non-existent|"
                r"nonexistent|patchy|weak|fluent|native|as fluent as ever|as good as ever|good|decent|not bad|passable|"
                r"conversational)"
                r"(?=[,.;!]|$| and | but | tbh| to be honest| honestly| really| if i am honest| these days| nowadays| now)"),
     lambda m: _level_said(m.group("x"), m.group("a"), "never" in m.group(0), m.group(0))),
    # "I'm a software engineer at Google": works there (not "a student at Leeds", "a nurse at heart", "a carer for my mum")
    (re.compile(r"^(?!.*\b(?:now and then|sometimes|occasionally|for fun|friend's|friends')\b)(?:.*?\b)?"
                r"(?P<s>i|we) (?:am|are) (?:an? )(?P<j>[a-z-]+(?: [a-z-]+)?) (?P<p>for|at) "
                r"(?P<x>[a-z][a-z' &-]{1,30}?)(?=[,.;!]|$| for | since | and | but | in )"),
     lambda m: f"{m.group('s')} work {m.group('p')} {m.group('x')}, and {m.group(0)}" if _a_job(m.group("j")) and
     m.group("j").rsplit(" ", 1)[-1] not in ("student", "pupil", "captain", "intern") and
     not _NOT_AN_EMPLOYER.match(m.group("x")) and not _a_time(m.group("x")) else m.group(0)),
    # "I've never tried to learn Korean": never learned it (not "never tried to hide it")
    (re.compile(r"^(?!.*\b(?:first language|native|mother tongue|grew up)\b)(?:.*?\b)?(?P<s>i|we) (?:have |had )?never "
                r"(?:even |once |really |actually |ever )?(?:tried|attempted) to "
                r"(?P<v>[a-z]+)\b"),
     lambda m: f"{m.group('s')} have never {participle(m.group('v'))}" if m.group("v") in _TRIED_AS_DONE else m.group(0)),
    # "I play bass in a pub covers band": in a band
    (re.compile(r"\b(?P<s>i|we) (?P<v>play|sing|drum) (?:the )?(?:[a-z-]+ ){0,2}?in (?:a|an|my|our|the) "
                r"(?:(?!(?:to|with|on|the|and|car|shower)\b)[a-z-]+ ){0,3}?(?P<x>band|choir|orchestra)\b"),
     lambda m: f"{m.group('s')} {'am' if m.group('s') == 'i' else 'are'} in a {m.group('x')}, and {m.group(0)}"),
    # "I play cricket for my local club": in a cricket club ("for the school team": on a team)
    (re.compile(r"^(?!.*\b(?:when they|sometimes|occasionally|now and then|once or twice)\b)(?:.*?\b)?"
                r"(?P<s>i|we) (?P<v>play|played) (?P<x>[a-z]+) for (?:my |our |a |the )?(?:local |village |town |uni |"
                r"university |college |school |works |work |county |sunday |pub )?(?P<g>club|team|side)\b"),
     lambda m: (f"{m.group('s')} {'am' if m.group('v') == 'play' else 'was'} "
                f"{'in' if m.group('g') == 'club' else 'on'} a {m.group('x')} {'club' if m.group('g') == 'club' else 'team'}, "
                f"and {m.group(0)}") if _of_kind(m.group("x"), "sport") else m.group(0)),
    # "I'm not a member of any club": not in one
    (re.compile(r"\b(?P<s>i|we) (?:am|are) not (?:a )?members? of (?P<q>any|a|an) (?=(?:[a-z]+ )?(?:society|societies|team|teams|"
                r"group|groups|choir|choirs|band|bands|union|unions|party|parties)\b|[a-z]+ clubs?\b)"),
     r"\g<s> am not in \g<q> "),
    # "I've got 20/20 vision": perfect vision
    (re.compile(r"\b20/20 (?:vision|eyesight)\b"), "perfect vision"),
    # "I teach Year 3 at a primary school": works at a school
    (re.compile(r"\b(?P<s>i|we) teach (?:[a-z0-9-]+ ){0,3}?at (?:a|an|the|my|our) "
                r"(?P<x>(?:(?:local|primary|secondary|high|middle|elementary|junior|infant|grammar|comprehensive|state|"
                r"private|public|boarding|catholic|village|inner-city) )?(?:school|college|university|academy|nursery|"
                r"sixth form))\b(?! hall| gym| field| playground)"),
     r"\g<s> work at a \g<x>, and \g<0>"),
    # "I own my house outright": a homeowner (its own home; not "I own a house in Spain that I let out")
    (re.compile(r"^(?!.*\b(?:renting it out|rent it out|let it out|letting it out|tenants?|sold|selling)\b)(?:.*?\b)?"
                r"(?P<s>i|we) (?:still )?own (?:my|our) (?:own )?(?:house|home|flat|apartment|place|bungalow|cottage|condo)\b"
                r"(?! (?:in|on|at|near|by) )"),
     lambda m: f"{m.group('s')} {'am a homeowner' if m.group('s') == 'i' else 'are homeowners'}, and {m.group(0)}"),
    # "I qualified as a GP in 2009": a GP
    (re.compile(r"\b(?P<s>i) qualified as (?:an? )?(?P<j>[a-z-]+(?: [a-z-]+)?)(?=[,.;!]|$| in | at | and | after )"),
     lambda m: f"i was a {m.group('j')}, and {m.group(0)}" if m.group("j").rsplit(" ", 1)[-1] in _QUALIFIED_AS
     else m.group(0)),
    # "I scraped a C in my French GCSE", "Chemistry was my favourite A-level": studied it
    (re.compile(r"^(?!.*\b(?:not|never|son|daughter|kids?|child|brother|sister|wife|husband|students?|pupils?|helping|"
                r"invigilat\w*|thinking|planning|going to|will|want)\b)(?:.*?\b)?my "
                r"(?P<x>(?!(?:favou?rite|best|worst|hardest|easiest|first|last|only)\b)[a-z]+) "
                r"(?:gcse|a-level|a level|o-level|o level|higher|highers)\b|"
                r"^(?P<y>[a-z]+) (?:was|is) my (?:favourite |favorite |best |worst |hardest |easiest )?(?:a-level|a level|gcse|"
                r"o-level|subject)\b"),
     lambda m: f"i studied {m.group('x') or m.group('y')}, and {m.group(0)}"
     if _of_kind(m.group("x") or m.group("y"), *_SUBJECTS) else m.group(0)),
    # "I've got rugby training tonight": plays rugby
    (re.compile(r"^(?!.*\b(?:watch|watching|tv|telly|on the box|referee|refereeing|umpire|umpiring|coaching|son|"
                r"daughter|kids?|boy|girl|lad)\b)(?:.*?\b)?(?P<s>i|we) (?:have got|have|got) (?:a |an |my |our )?(?P<x>[a-z]+) "
                r"(?:training|practice|match|game)s? "
                r"(?=tonight|tomorrow|later|this|on |every|after|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"),
     lambda m: f"{m.group('s')} play {m.group('x')}, and {m.group(0)}" if _of_kind(m.group("x"), "sport") else m.group(0)),
    # "The only Dutch I know is dank je wel": no Dutch spoken
    (re.compile(r"^the only (?P<x>[a-z]+) (?:i|we) (?:know|can say|speak|have) (?:is|are)\b"),
     lambda m: f"i do not speak {m.group('x')}, and {m.group(0)}" if _languages(m.group("x")) else m.group(0)),
    # "I follow every word of Punjabi": understood
    (re.compile(r"\b(?P<s>i|we) (?:follow|understand|catch|get) (?:every|each) (?:single )?word (?:of|in) (?P<x>[a-z]+)\b"),
     lambda m: f"{m.group('s')} understand {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I did five years in retail": worked in that sector (not "in hospital", "in Paris", "in rehab")
    (re.compile(r"\b(?P<s>i) did (?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of) "
                r"(?:years?|months?|summers?) in (?=(?:retail|hospitality|sales|finance|banking|insurance|marketing|"
                r"construction|catering|admin|accounts|recruitment|logistics|manufacturing|publishing|advertising|"
                r"consulting|customer service|it|tech|pr|hr)\b)"),
     r"\g<s> worked in "),
    # "my chemistry degree from Leeds": studied chemistry (not "my son's chemistry degree", "my future law degree")
    (re.compile(r"(?:^|(?<=, )|(?<=\band ))(?P<m>my|our) (?P<x>[a-z]+(?: [a-z]+)?) (?P<d>degree|ba|bsc|ma|msc|phd|masters|"
                r"master's|diploma)\b"),
     lambda m: f"i studied {m.group('x')}, and {m.group(0)}" if m.group("m") == "my" and _of_kind(m.group("x"), *_SUBJECTS)
     else m.group(0)),
    # "I can't play a note on the piano": can't play it
    (re.compile(r"\b(?P<v>play|read) (?:a|one|a single) (?:note|chord|tune) (?:on|of) (?:the |a )?(?P<x>[a-z]+)\b"),
     r"\g<v> the \g<x>"),
    # "I haven't got a word of French": not spoken
    (re.compile(r"\b(?P<s>i|we) (?:have not got|have not|do not have|do not speak|can not speak|can not say) "
                r"(?:a|one|a single|even a) word of (?P<x>[a-z]+)\b(?! for\b)"),
     lambda m: f"{m.group('s')} do not speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I've forgotten all my Italian": not spoken now
    (re.compile(r"\b(?P<s>i|we) (?:have |had )?(?:completely |totally )?forgotten (?:all|all of) (?:my|our) (?P<x>[a-z]+)\b"),
     lambda m: f"{m.group('s')} do not speak {m.group('x')}" if _languages(m.group("x")) else m.group(0)),
    # "I learned Latin at school": studied it (not "learned it from my gran")
    (re.compile(r"\b(?P<s>i|we) (?:learned|learnt) (?P<x>[a-z]+) (?=(?:at|in) (?:school|uni|university|college|sixth form)\b)"),
     lambda m: f"{m.group('s')} studied {m.group('x')}, and {m.group(0)}" if _of_kind(m.group("x"), *_SUBJECTS) else m.group(0)),
    # "I waited tables for three years": a waiter
    (re.compile(r"\b(?P<s>i) (?P<v>wait|waited|have waited|used to wait) tables\b(?! once| for a friend| to help)"),
     lambda m: f"i {'am' if m.group('v') == 'wait' else 'was'} a waiter, and {m.group(0)}"),
    # "I'm based in Sydney": living there (not "based in the London office")
    (re.compile(r"\b(?P<s>i|we) (?P<t>am|are) based (?:in|out of) (?!(?:the|our|my|a|an)\b)(?=[a-z])"), r"\g<s> live in "),
    # "Drawing's something I'm really good at", "Maths has always been my strong suit": good (or bad) at it
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?)(?:'s| is| has always been|'s always been) (?:something|one thing|"
                r"a thing) (?:that )?(?:i am|i have always been) (?:really |very |pretty |quite |genuinely |actually )?"
                r"(?P<a>good|great|brilliant|decent|excellent|bad|terrible|rubbish|useless|hopeless|awful) (?:at|with)\b|"
                r"^(?P<y>[a-z][a-z' -]{1,30}?)(?:'s| is| has always been|'s always been) (?P<n>not )?my "
                r"(?P<k>strong suit|forte|strength|strong point|superpower|speciality|specialty|weak point|"
                r"worst subject|best subject)\b"),
     lambda m: _good_or_bad_at(m)),
    # "I was always top of my class in maths": good at it
    (re.compile(r"\b(?P<s>i) (?:was|am) (?:always |usually )?(?:top|the best) (?:of|in) (?:my|the) (?:class|year|school) "
                r"(?:in|at|for) (?P<x>[a-z]+)\b"),
     lambda m: f"i {'was' if ' was ' in m.group(0) else 'am'} good at {m.group('x')}, and {m.group(0)}"
     if _of_kind(m.group("x"), *_SUBJECTS) or _of_kind(singular(m.group("x")), *_SUBJECTS) else m.group(0)),
    # "I'm quite a religious person", "not a very patient person": being so
    (re.compile(r"\b(?P<s>i) am (?P<n>not )?(?:quite |really |very |pretty |such |always |usually )?(?:a|an) "
                r"(?P<d>very |really |particularly |that |overly |terribly |quite |pretty |super |deeply |fairly )?"
                r"(?P<a>[a-z-]+) person\b(?!,? (?:except|apart from|but not|unless))"),
     lambda m: f"i am {m.group('n') or ''}{m.group('a')}, and {m.group(0)}"
     if (_ADJECTIVE_END.search(m.group("a")) or m.group("a") in _PERSON_ADJECTIVES) and
     not (m.group("n") and m.group("d")) else m.group(0)),
    # "I've got a twin sister": a twin
    (re.compile(r"\b(?P<s>i) (?:have|have got|had) (?:a|an|my) (?:identical |non-identical |fraternal )?twin "
                r"(?:sister|brother)\b(?!-)"),
     r"i am a twin, and \g<0>"),
    # "I've been through a divorce": divorced
    (re.compile(r"^(?!.*\b(?:parents|mum and dad|mom and dad|as a kid|as a child|when i was)\b)(?P<pre>.*?\b)?"
                r"(?P<s>i) (?P<h>have |had )?(?P<n>never |not )?(?:been|gone) through a divorce\b"),
     lambda m: f"{m.group('pre') or ''}i {m.group('h') or 'have '}{m.group('n') or ''}been divorced"),
    # "Sugar's completely cut out of my diet": not eaten
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?)(?:'s| is| are| has been| have been) (?:completely |totally |entirely )?"
                r"(?:cut out of|banned from|gone from|off) (?:my|our) diet\b"),
     lambda m: f"i do not eat {m.group('x')}, and {m.group(0)}"),
    # "My undergrad was at Oxford": studied there
    (re.compile(r"^my (?:undergrad|undergraduate degree|undergraduate|degree|first degree|masters|master's|phd|doctorate) "
                r"(?:was|is) (?:at|from) (?!(?:night|nights|weekends?|home|the weekend|evening|evenings)\b)"
                r"(?P<x>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$)"),
     r"i studied at \g<x>, and \g<0>"),
    # "I was a student at Oxford", "I've never been a student at Oxford": studied there
    (re.compile(r"\b(?P<s>i) (?P<a>(?:have |had )?(?:never |not |also )?)(?P<v>been|am|was) (?:a )?(?:student|pupil) at "
                r"(?!(?:the )?(?:moment|minute|present|night|weekends?)\b)(?=[a-z])"),
     lambda m: ("i am a student, and i study at " if not m.group("a") else m.group(0)) if m.group("v") == "am"
     else f"i {m.group('a')}studied at "),
    # "the public high school down the road": the school (where it is says nothing of what it is)
    (re.compile(r" (?:just )?(?:down|up|round|around|across) the (?:road|street|corner|lane)\b"), ""),
    # "Next week's my fifth wedding anniversary": married
    (re.compile(r"^(?!.*\b(?:if|would have been|used to|divorc\w*|before|lost|widow\w*|still mark|late|left|was|passed)\b)"
                r"(?:.*?\b)?my (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+th|"
                r"\d+(?:st|nd|rd|th)) )?wedding anniversary\b"),
     r"i am married, and \g<0>"),
    # "Had a really busy shift at the hospital today": works there (not "a shift at the food bank, volunteering")
    (re.compile(r"^(?!.*\b(?:volunteer\w*|soup kitchen|food bank|charity|unpaid|help out|helping|covering for)\b)"
                r"(?:(?:i|we) )?(?:had|have had|did|finished|started|worked|pulled) (?:a|my|another|the) "
                r"(?:(?:really|very|so) )?"
                r"(?:(?:long|busy|quiet|late|early|double|night|day|twelve-hour|12-hour|horrible|nightmare|hectic) )*"
                r"shift at (?:the |a )?(?P<x>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$| today| tonight| yesterday| again| and )"),
     r"i work at \g<x>, and \g<0>"),
    # "I'm currently in Glasgow, been here for years": living there
    (re.compile(r"^(?P<s>i) am (?:currently |now |still )?(?:in|based in) (?P<x>[a-z][a-z' -]{1,30}?),? (?:i have )?"
                r"(?:been|lived) here (?:for (?:years|ages|decades|a long time|most of my life|\d+ years|[a-z]+ years)|"
                r"since (?:\d{4}|i was|childhood|forever))\b"),
     r"i live in \g<x>, and \g<0>"),
    # "Nah, no girlfriend at the moment": none
    (re.compile(r"^(?:(?:nah|no|nope|yeah|well|honestly|sadly|haha|lol)[,!. ]+)?no (?P<x>girlfriend|boyfriend|partner|"
                r"kids|children|pets|car) (?=at the moment|right now|these days|for me|currently|yet|"
                r"anymore|any more)"),
     r"i have no \g<x> "),
    # "Making my bed is the first thing I do every morning": I make my bed every morning
    (re.compile(r"^(?P<g>[a-z]+ing)(?P<x>(?: [a-z']+){0,3}) is (?:always )?the (?:first|last) thing (?:that )?i do "
                r"(?P<w>every morning|every night|every day|each morning|each day|in the morning|at night|before bed|"
                r"when i wake up|when i get up|when i get home)\b"),
     lambda m: f"i {base_of_gerund(m.group('g'))}{m.group('x')} {m.group('w')}" if m.group("g") not in NOT_GERUNDS
     else m.group(0)),
    # "I never bother making my bed": I never make it
    (re.compile(r"\b(?P<s>i|we) (?P<a>never) (?:even )?bother (?:with )?"
                r"(?P<g>[a-z]+ing)\b"),
     lambda m: f"{m.group('s')} {m.group('a')} {base_of_gerund(m.group('g'))}" if m.group("g") not in NOT_GERUNDS
     else m.group(0)),
    # "Touching my toes is no problem for me": I can; "Swimming is beyond me": I can't
    (re.compile(r"^(?P<g>[a-z]+ing)(?P<x>(?: [a-z']+){0,3}) (?:is|has always been|has never been|was never) (?:(?P<k>no problem|"
                r"easy|a piece of cake|a doddle|no bother|second nature|child's play)"
                r"(?: for me| to me|(?=,? (?:i can|i do it|i have done it)\b))|(?P<b>beyond me|impossible for me))"
                r"(?=[,.;!]|$)"),
     lambda m: _can_by_ease(m)),
    # "I can't carry a tune in a bucket": I can't sing
    (re.compile(r"\b(?P<s>i) (?P<a>can not|could never|have never been able to) (?:even )?carry a tune"
                r"(?: in a bucket| to save my life)?\b"),
     r"\g<s> \g<a> sing"),
    # "drive stick": drive a manual
    (re.compile(r"\bdrive stick\b"), "drive a manual"),
    # "I commute downtown to the office", "drive into town to work": to it
    (re.compile(r"\b(?P<v>commute|commuted|commuting|drive|drove|driving|cycle|cycled|cycling|walk|walked|walking) "
                r"(?:downtown|uptown|into town|into the city|in|into the centre|into the center) to (?=the |my |our |work\b)"),
     r"\g<v> to "),
    # "I know zero Japanese", "speak zero Spanish": none of it
    (re.compile(r"\b(?P<s>i|we) (?P<v>know|speak) (?:zero|nil|literally zero|absolutely zero) (?=[a-z])"),
     r"\g<s> do not \g<v> any "),
    # "I've never been under the knife", "went under the knife for my knee": surgery had
    (re.compile(r"\b(?:been|gone|went|go|going) under the knife\b"), "had surgery"),
    # "I've never written a line of Python", "can't read a single note of music": Python, music
    (re.compile(r"\b(?P<n>(?:never|not|can not|could not|do not|did not|have not)(?: [a-z]+){0,2}) (?:a|one) (?:single )?"
                r"(?:line|note|page|bite|sip|drop|mouthful|puff|drag) of (?=[a-z])"), r"\g<n> "),
    # "I have absolutely zero fear of dogs": not afraid of them
    (re.compile(r"\b(?P<s>i) (?:have|have got) (?:absolutely |literally |genuinely )?(?:no|zero) (?:fear|phobia) (?:of|about) "),
     r"\g<s> am not afraid of "),
    # "I have no carpentry skills": not good at it
    (re.compile(r"\b(?P<s>i) (?:have|have got) (?:absolutely )?(?:no|zero) (?P<x>[a-z]+) skills\b"),
     r"\g<s> am not good at \g<x>"),
    # "I've cut sugar out completely": not eaten
    (re.compile(r"^(?!.*\b(?:for|last|while|ago|lent|january|month|week)\b)(?P<pre>.*?\b)?(?P<s>i) (?P<h>have |had )?cut "
                r"(?P<x>[a-z]+(?: [a-z]+)?) out\b(?! of (?!my diet))"),
     lambda m: f"{m.group('pre') or ''}{m.group('s')} {m.group('h') or ''}cut out {m.group('x')}"
     if _of_kind(m.group("x").split()[-1], "food", "beverage", "drink", "ingredient") else m.group(0)),
    # "I spent a summer backpacking round Europe": been there
    (re.compile(r"^(?!.*\b(?:next|dream|would|plan|planning|hope|want|someday|one day|sounds|going to|will)\b)"
                r"(?:(?:yeah|yes|well|oh|honestly|haha|lol)[,!. ]+)?(?:i|we) (?:have |had )?"
                r"(?:(?:spent [a-z0-9 ]{1,25}? |went |been |was |were )(?:backpacking|travelling|traveling|touring|interrailing|"
                r"road-tripping)|(?:once |also )?(?:backpacked|travelled|traveled|toured|interrailed|road-tripped)) "
                r"(?:round|around|through|across|all over) "
                r"(?P<x>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$| for | last | in | with | when | after | before )"),
     r"i have been to \g<x>, and \g<0>"),
    # "I was born and raised in Texas": born there, and raised there
    (re.compile(r"^(?:(?:well|yeah|yes|oh|honestly)[,!. ]+)?(?:i was |i am )?born and raised in (?P<x>[a-z][a-z' -]{1,30}?)"
                r"(?=[,.;!]|$| and | but )"),
     r"\g<0>, and i was raised in \g<x>"),
    # "Not once in my life have I managed a handstand": never done one
    (re.compile(r"^not (?:once )?(?:in my (?:whole |entire )?life )?have i (?:ever )?managed (?=(?:a|one|a single) [a-z])"),
     "i have never done "),
    # "First thing I do when I wake up is check my phone": done every morning
    (re.compile(r"^(?:the )?(?:first|last) thing i do (?:when i wake up|when i get up|every morning|in the morning|each morning|"
                r"every night|before bed|at night) is (?P<v>[a-z]+) (?P<x>[a-z' ]{1,30}?)(?=[,.;!]|$)"),
     lambda m: f"i {m.group('v')} {m.group('x')} every {'night' if 'night' in m.group(0) or 'bed' in m.group(0) else 'morning'}"),
    # "Flying makes me super anxious": afraid of it
    (re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:makes|make) me (?:super |really |so |very |incredibly |properly )?"
                r"(?:anxious|panicky)\b"),
     lambda m: f"i am afraid of {m.group('x')}" if m.group("x").split()[0] not in _NOT_A_THING and
     m.group("x").split()[-1] not in PEOPLE else m.group(0)),
    # "I spent ten years as a vet": was one
    (re.compile(r"\b(?P<s>i) (?:have )?spent (?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                r"twenty|thirty|forty|many|several|a few|\d+) )?(?:years?|months?|decades?) as (?:a|an) "
                r"(?P<j>[a-z-]+(?: [a-z-]+)?)(?=[,.;!]|$| and | before | in | at | for )"),
     lambda m: f"i was a {m.group('j')}, and {m.group(0)}" if _a_job(m.group("j")) else m.group(0)),
    # "I taught Year 6 for five years": worked at a school
    (re.compile(r"\b(?P<s>i) (?P<v>teach|taught|have taught) (?:year|grade|years) (?:\d{1,2}|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|thirteen)\b"),
     lambda m: f"i {'work' if m.group('v') == 'teach' else 'worked'} at a school, and {m.group(0)}"),
    # "Got my handicap down to 12": plays golf
    (re.compile(r"^(?!.*\b(?:his|her|their|dad's|mum's|mom's|son's|husband's|wife's|have not played|had not played|used to|"
                r"gave up|stopped|quit)\b)(?:.*?\b)?my (?:golf )?handicap\b"),
     r"i play golf, and \g<0>"),
    # "I quit cigarettes five years ago": quit smoking
    (re.compile(r"\b(?P<s>i) (?P<v>quit|packed in|kicked) (?:the )?(?:cigarettes|cigs|fags|smokes|ciggies)\b"),
     r"\g<s> \g<v> smoking"),
    # "Spanish is my second language": spoken
    (re.compile(r"^(?P<x>[a-z]+)(?:'s| is) my (?:second|third|other) language\b"),
     lambda m: f"i speak {m.group('x')}, and {m.group(0)}" if _languages(m.group("x")) else m.group(0)),
    # "I did a year of Mandarin lessons at uni": studied it
    (re.compile(r"\b(?P<s>i) (?:did|took|had|have had|have done) (?:a|one|two|three|four|five|six|\d+|a few|several) "
                r"(?:years?|terms?|semesters?|months?) of (?P<x>[a-z]+) (?:lessons|classes|courses)\b"),
     lambda m: f"i studied {m.group('x')}, and {m.group(0)}" if _of_kind(m.group("x"), *_SUBJECTS) else m.group(0)),
)


def _married(verb: str, before: str) -> str:
    """"tied the knot" / "walked down the aisle" said plainly: "got married", or "gotten married" after "have"
    ("I have never tied the knot" is no "have ... married")."""
    if verb in ("tied", "walked"):
        return "gotten married" if re.search(r"\b(?:have|has|had)(?: [a-z]+)?\s*$", before) else "got married"
    return {"tie": "get married", "walk": "get married", "tying": "getting married", "walking": "getting married",
            "ties": "gets married", "walks": "gets married"}[verb]


def _hobbies_done(items: str) -> str:
    """"fishing, listening to music and woodwork" as the hobbies one has and does now: "i have hobbies and i fish
    and i listen to music and i do woodwork" (a hobby is a present practice)."""
    done = []
    for item in re.split(r",? and |, |,? or ", items.strip(" ,.!")):
        first, _, rest = item.strip().partition(" ")
        if not first:
            continue
        if first.endswith("ing") and len(first) > 4 and first not in NOT_GERUNDS:
            done.append(f"i {readable_verb(verb_stem(first))} {rest}".strip())
        else:
            done.append(f"i do {item.strip()}")
    return " and ".join(["i have hobbies", *done])


_WISHED: re.Pattern[str] = re.compile(r"\b(?:dream|dreams|one day|someday|some day|would love|would like|want to|"
                                      r"wants to|hope to|"
                     r"hoping to|if|wish|plan to|planning to|maybe)\b")


def _knowledge() -> Any:
    """The knowledge base (it loads on first use, not when this module is imported)."""
    from .knowledge import default_knowledge  # noqa: PLC0415

    return default_knowledge()


def _an_instrument(word: str) -> bool:
    """Is `word` a musical instrument in the knowledge base ("cello")?"""
    return "instrument" in _knowledge().ancestors(singular(word))


def _a_known_thing(words: str) -> bool:
    """Does the last word of `words` name a thing the knowledge base knows ("six grandchildren", "Hindi"), not a
    greeting or a name said to someone ("Sarah, I can't drive")?"""
    return bool(_knowledge().known(singular(words.rsplit(" ", 1)[-1])))


def _a_job(words: str) -> bool:
    """Is this an occupation ("flight attendant", "nurse": the job words of the rules grammar, or the knowledge base's)?"""
    head = words.rsplit(" ", 1)[-1]
    if head in JOB_WORDS:
        return True
    knowledge = _knowledge()
    return "occupation" in knowledge.ancestors(knowledge.canonical_noun(words))


def _level_said(thing: str, level: str, never: bool, said: str) -> str:
    """"My spelling is terrible" as being bad at spelling; "my French is basic" as not being fluent in French."""
    if never:
        return said  # "My French has never been bad": not a level said
    poor = level in _POOR_LEVEL or level in ("hopeless", "atrocious")
    if _languages(thing):
        if level in ("non-existent", "nonexistent"):
            return f"i do not speak {thing}"
        if level in ("good", "decent", "not bad", "passable", "conversational"):
            return f"i speak {thing}, and {said}"
        return f"{said}, and i am {'not ' if poor else ''}fluent in {thing}"
    if (thing.endswith("ing") and thing not in NOT_GERUNDS and len(thing) > 5) or thing in _SKILL_NOUNS:
        if level in ("basic", "rusty", "limited", "fluent", "native", "as fluent as ever", "patchy", "shaky", "ropey", "not bad",
                     "passable", "conversational"):
            return said
        return f"i am {'bad' if poor else 'good'} at {thing}, and {said}"
    return said


def _good_or_bad_at(m: re.Match[str]) -> str:
    """"Drawing's something I'm good at" as being good at drawing; "Maths is not my strong suit" as not."""
    thing = m.group("x") or m.group("y")
    if thing.split()[0] in _NOT_A_THING or thing.split()[-1] in PEOPLE:
        return m.group(0)
    if m.group("a"):
        good = m.group("a") in ("good", "great", "brilliant", "decent", "excellent")
    else:
        good = (m.group("k") in ("strong suit", "forte", "strength", "strong point", "superpower", "speciality",
                                 "specialty", "best subject")) != bool(m.group("n"))
    return f"i am {'good' if good else 'bad'} at {thing}" + (f", and {m.group(0)}" if m.group("a") else "")  # (not "my
    # strong suit" as a suit had)


def _can_by_ease(m: re.Match[str]) -> str:
    """"Touching my toes is no problem for me" as "i can touch my toes"; "Swimming is beyond me" as "i can not swim"."""
    if m.group("g") in NOT_GERUNDS:
        return m.group(0)
    if " never " in m.group(0):
        return m.group(0)  # "Running has never been easy for me": hard, not impossible
    cannot = m.group("b") is not None
    base = base_of_gerund(m.group("g"))
    if not cannot and not m.group(0).endswith((" for me", " to me")) and re.match(
            rf",? i (?:can (?:do (?:it|that)|{re.escape(base)})|do it|have done it)\b", m.string[m.end():]) is None:
        return m.group(0)  # "Knitting is easy, I can ask my nan to teach you": an offer, not the speaker's knitting
    return f"i {'can not' if cannot else 'can'} {base}{m.group('x')}"


def _of_kind(word: str, *kinds: str) -> bool:
    """Is `word` one of these kinds in the knowledge base ("rugby": a sport; "Latin": a field of study)?"""
    return not set(kinds).isdisjoint(_knowledge().ancestors(word))


def _a_time(words: str) -> bool:
    """Does this say how long, not where ("ten years", "a couple of months", "ages")?"""
    return singular(words.rsplit(" ", 1)[-1]) in _TIME_WORDS


_TIME_WORDS = frozenset("year month week day decade age while bit life living time summer winter".split())


def _languages(*words: str) -> bool:
    """Are all these words languages in the knowledge base?"""
    return all("language" in _knowledge().ancestors(word) for word in words)


# words one of which a rule's sentence must hold, looked for before the rule's pattern is searched (a substring test
# is many times cheaper): the rule whose pattern holds the first string needs one of the words that follow it
_FIRST_LOOKS = (
    ("blessed with", ("blessed",)), ("(?P<v>say|says|said|saying)", ("pray", "rosary")),
    ("(?:out|off) (?=", (" out ", " off ")), ("^not (?:a single", ("not ",)), ("never (?:once )?passed my lips", ("lips",)),
    ("(?:on|in) the cards", ("cards",)), ("^not (?P<x>married", (", me", " me")), ("is the only (?:language", ("only",)),
    ("(?:have no|have got no", ("have",)), ("(?:the )?one language", ("one language",)),
    ("(?P<v>talk|chat|converse|natter)", ("talk", "chat", "converse", "natter")),
    ("(?P<v>get by|manage|make myself understood)", ("get by", "manage", "understood")),
    ("[a-z' -]{1,60}?), me(?:,|$)", (", me",)), ("[a-z' -]{1,40}?), me(?:,(?P<i>", (", me",)),
    ("(?:every|daily|each)\\b[a-z0-9' ,-]", ("every", "daily", "each")), ("taught me", ("taught",)),
    ("never (?:once )?managed (?=", ("managed a", "managed one", "managed even", "managed the")),
    ("(?P<h>have|had) been (?P<n>", ("ing",)),
    ("(?P<v>picked|pick) up", ("pick",)), ("(?:chat|conversation|call|talk|natter|argument)", (" in ",)),
    ("(?:having no|not having any)", ("having",)), ("(?:am|are) having (?P<n>", ("having",)),
    ("(?:skill|thing|language|art) (?:that )?i", ("never", "not ever")),
    ("got (?P<n>two", ("got",)), ("the one (?P<x>", ("one",)), ("(?P<m>january", ("baby", "birthday", "born")),
    ("born and raised (?:a |an )?", ("born",)), ("without (?:a |an )", ("without",)), ("the knot", ("knot", "aisle")),
    ("(?P<v>live|lived|living|grew up", ("middle of", "heart of", "centre of", "center of")),
    ("(?P<t>am|was) (?:the )?(?:first", ("first", "second", "third", "principal", "lead")),
    ("(?:the )?(?:best|worst|last|nicest", (" ate ", " had ", " drank ", " watched ", " read ", " saw ", " tried ", " cooked ",
                                             " ordered ")),
    ("(?P<g>seeing|meeting", ("seeing", "meeting", "visiting", "watching", "climbing", "swimming", "running", "hearing",
                              "standing", "skiing", "diving", "riding", "flying", "sailing", "playing", "singing",
                              "performing", "winning")), ("(?:that is|that's|thats) (?P<m>", ("that is", "that's", "thats")),
    ("(?:years?|months?|summers?|winters?|time|days", ("the ",)),
    ("(?:biggest |greatest |worst |main", ("fear", "phobia")), ("(?:main|usual|daily|staple", (" my ",)),
    ("habit of (?:mine", ("habit of",)),
    ("(?:or|nor) (?P<w>[a-z]+) (?P<o>", (" or ", " nor ")),
    ("(?:was|is) my (?:major", ("major", "minor", "subject")), ("made it (?=", ("made it",)),
    ("(?:my|our) (?:old |first |last |new ", ("job at",)),
    ("(?P<d>(?:(?:nearly|almost|over", ("years i", "months i", "decades i", "years, i", "years we")),
    ("did (?:(?:nearly|almost", ("did ",)), ("^home(?: for", ("home",)), ("bothered (?:with )?(?P<g>", ("bothered",)),
    ("(?P<x>uni|university|college|art college", ("not go", "never go", "never went")),
    ("(?:is|was|has been) (?:still |always |top )?(?:on", ("list",)),
    ("(?:got|have got|had|have had) (?:my|our|a|an) (?:(?:first", (" done",)),
    ("^(?P<g>moving|getting married", ("moving", "getting married", "changing jobs", "retiring", "graduating", "emigrating")),
    ("(?:(?:long-time|longtime", (" user",)), ("(?P<v>stung|bit|attacked", (" me", " us")),
    ("^the (?:night|day|time|year", ("the ",)), ("(?:minutes?|hours?|mins?) of (?P<x>", (" of ",)),
    ("(?:on|in) (?:the|a|my|our) (?:(?:same", (" team",)), ("(?P<x>gig|concert|festival", ("best", "worst", "first", "last",
                                                                                             "biggest", "loudest")),
    ("find (?P<x>", ("find ",)), ("(?P<v>took|take|takes|taking) (?P<d>", (" out",)),
    ("(?:down|up) to (?P<n>", ("a day",)), ("(?:the|a|an) (?:[a-z]+ ){1,2}?in (?P<x>a band", ("band", "choir", "orchestra")),
    ("(?:(?:morning|evening|daily|weekly|nightly", ("routine", "session", "practice", "class")),
    ("(?:remember|recall) the last", ("remember", "recall")), ("(?P<n>never did|did not do)", ("never did", "did not do")),
    ("read (?P<x>[a-z]+(?: [a-z]+)?) at", ("read ",)),
    ("(?:during|all through|throughout) (?:my )?(?P<x>medical", ("school", "uni", "college", "sixth form")),
    ("(?:had|really had) (?:a|any) (?:problem", ("problem", "issue", "trouble")),
    ("(?P<n>boss|manager|line manager", (" at ",)), ("(?P<t>was|were|had been) (?:an? )(?P<j>", (" for ", " at ")),
    ("(?:(?:little|new|own) )?(?:house", (" in ",)), ("(?:by|on|near) the (?:sea", (" the ",)),
    ("(?:am|are) having (?=", ("having",)), ("^(?:i have )?(?:no|zero) (?:fear", ("fear", "phobia")),
    ("(?P<x>sixth form|uni|university", ("of my life",)), ("(?P<a>read|speak|write|understand) and", (" and ",)),
    (" (?:from )?cover to cover", ("cover to cover",)), ("(?:right )?here in (?=", ("here in",)),
    ("(?:on|through|via) (?P<x>tinder", ("tinder", "bumble", "hinge", "match.com", "okcupid", "grindr", "plenty of fish",
                                         "app", "dating")),
    ("is the (?:main |first )?(?:language", ("is the",)), ("in my (?:house|family|household", ("nobody", "no one", "no-one")),
    ("under (?:my|our) (?:parents", ("roof",)), ("(?P<v>live|lived|am living|are living) in (?P<h>", (" in ",)),
    ("deaf in (?:one", ("deaf in",)), ("blind in (?:one", ("blind in",)), ("asked me to be (?=", ("asked me",)),
    (",? or anything(?: (?:else", ("or anything",)), ("never (?:once )?managed to", ("managed to",)),
    ("(?:go|get|extend|stretch) (?:much )?(?:beyond", ("beyond", "past", "further than")),
    ("(?:have got|have|own) (?:just|only) the one", ("the one",)), ("know how (?:the )?(?P<c>chess", ("know how",)),
    ("^my colou?r vision", ("vision",)), ("(?:doing|taking) (?:a|an) (?:[a-z-]+ )?(?:course", ("course", "degree", "diploma",
                                                                                               "module")),
    ("(?:sat|been|sit) (?:behind|at) (?:a|the|my) (?:drum kit", ("drum",)),
    ("(?:did|done|took|completed", ("degree", "masters", "master's", "phd", "doctorate", "mba", "pgce", " ba ", "bsc", " ma ",
                                    "msc", "llb", "tech", " be ", "bcom", "bba", "mbbs")),
    ("anything (?:more (?:complicated", ("anything more", "anything fancier", "anything harder", "anything trickier")),
    ("(?:tattooed|inked) ", ("tattooed", "inked")),
    ("(?:been )?(?P<s>sober", ("sober", "clean", "teetotal", "vegan", "vegetarian", "single")),
    ("(?P<c>red|white|rose", ("of red", "of white", "of ros")), ("never actually", ("never actually",)),
    ("can (?:help|avoid) it", ("help it", "avoid it", "choice", " say")),
    ("expecting(?P<w>", ("expecting",)),
    ("(?:freshman|sophomore|junior|senior) year", ("year",)), ("(?:let|allow) (?:me|us)", ("let", "allow")),
    ("(?:fear|am afraid of|am scared", ("nothing",)), ("i fear (?=(?:that", ("fear",)), ("volunteer (?:by ", ("volunteer",)),
    ("grew up with (?P<x>", ("grew up with",)),
    ("spent (?:years", ("spent",)), ("spent (?:all |the whole ", ("spent",)), ("(?:too much time|so much time", ("spend",)),
    ("(?:(?:two|three|four|five|six|seven|eight|nine|ten|twelve", ("spent",)),
    ("(?P<neg>is not|is) (?:a|an|one)", (" i ", " we ")), ("year (?:of|at) (?P<x>", (" year ",)),
    ("work (?P<t>full-time", (" as ",)), ("members? of (?:the ", ("member",)),
    ("(?:,? in the slightest", ("slightest", "the least", "whatsoever")),
    ("(?P<a>(?:have )?(?:never |also |both |all )?)(?:did|do|have done)", ("school", "uni", "college", "level", "gcse",
                                                                          "secondary", "sixth form")),
    ("(?P<v>fast|fasted|fasting) (?:every", ("fast",)), ("(?:for|every) lent", ("lent",)),
    ("all i have got|", ("all i", "only language", "only tongue")),
    ("(?:enjoy|like|love|fancy) a (?:drink", (" a drink", " a tipple", " a pint", " a bevvy", " a cheeky")),
    ("^(?:every|each) lent", ("lent",)), ("(?:got|get) (?P<x>confirmed", ("confirmed", "bapti", "christened")),
    ("grew up (?:fluent", ("grew up",)),
    ("(?:put|pop|stick) (?:my ", ("contacts", "lenses")), ("sign (?=(?:with", ("sign ",)),
    ("(?:whipped|took", (" out", "removed")),
    ("are (?:for|all about)", ("are for", "are all about")), ("own (?P<x>restaurant", ("my own", "our own")),
    ("(?P<v>manage|managed", ("manag",)),
    ("(?P<v>put in|do|spend|practise", (" hour", " minutes")), ("(?:of duty )?(?:in [a-z]+ )?with the", ("tour",)),
    ("(?P<a>do not|never|did not|have never) (?:do", ("lent",)), ("(?:needed|had to have", ("stitches",)),
    ("been operated on", ("operated",)), ("no-go", ("no-go",)),
    ("(?P<v>failed|passed|sat", ("failed", "passed", "aced", "flunked", "retook", " sat ", "took")),
    ("(?P<v>took|brought) (?:the kids", ("took", "brought")), ("(?:raised|brought up) (?:with no", ("religion", "faith")),
    ("(?P<v>raised|brought up) (?:as )?", ("raised", "brought up")),
    ("my car is an? (?:(?:old", ("my car is",)),
    ("(?P<x>[a-z]+) was my (?P<w>first", (" was my ",)), ("(?:shit|bloody|dead|proper", ("scared", "terrified", "afraid",
                                                                                             "frightened", "petrified")),
    ("born and (?:brought up", ("born and",)), ("(?P<a>been|go|went|set foot) inside", ("inside",)),
    ("head for heights", ("head for",)),
    ("\\bmy (?P<x>appendix|tonsils", ("appendix", "tonsils", "gall", "wisdom", "adenoids", "kidney")),
    ("(?:stayed|stay|sat|was|were) up", (" up ",)),
    ("(?P<v>drove|drive|flew|rowed|sailed) (?:us", ("drove", "drive", "flew", "rowed", "sailed")),
    ("(?:of duty )?(?=in |with )", ("tour",)),
    ("(?:least of all|let alone", ("least of all", "let alone", "especially not", "certainly not")),
    ("(?P<g>got|get|gotten", ("got ", "get ", "gotten ", "getting ")),
    ("(?P<s>i) (?P<v>[a-z]{2,12})", ("well", "badly", "terribly", "brilliantly", "beautifully", "awfully", "appallingly",
                                     "atrociously", "horribly", "superbly")),
    ("^my (?P<x>[a-z]+)(?:'s| is| has)", ("terrible", "awful", "rubbish", "atrocious", "appalling", "shocking", "dreadful",
                                          "bad", "poor", "hopeless", "excellent", "great", "brilliant", "amazing", "superb",
                                          "flawless", "perfect", "impeccable", "basic", "rusty", "limited", "shaky", "ropey",
                                          "existent", "patchy", "weak", "fluent", "native", "good", "decent", "passable",
                                          "conversational")),
    ("(?:tried|attempted) to ", ("tried to", "attempted to")), ("(?P<v>play|sing|drum) (?:the )", ("band", "choir", "orchestra")),
    ("(?P<v>play|played) (?P<x>[a-z]+) for", (" for ",)), ("(?:am|are) not (?:a )?members? of", ("member",)),
    ("(?:am|are) (?:an? )(?P<j>", (" for ", " at ")),
    ("20/20 (?:vision", ("20/20",)), ("(?:still )?own (?:my|our)", ("own",)),
    (" teach (?:[a-z0-9-]+ )", ("teach",)),
    ("qualified as (?:an? )?", ("qualified as",)), ("(?:gcse|a-level", ("gcse", "level", "higher", "subject")),
    ("(?P<x>[a-z]+) (?:training|practice", ("training", "practice", "match", "game")),
    ("(?:'s| is| has always been|'s always been) (?:something", ("something", "thing", "suit", "forte", "strength",
                                                                 "strong point", "superpower", "special", "weak point",
                                                                 "subject")),
    ("(?:top|the best) (?:of|in)", ("top", "best")), ("person\\b", ("person",)),
    ("twin (?:sister", ("twin",)), ("through a divorce", ("divorce",)), ("cut out of|banned from", ("diet",)),
    ("^my (?:undergrad", ("undergrad", "degree", "masters", "master's", "phd", "doctorate")),
    ("(?:student|pupil) at", ("student at", "pupil at")),
    ("(?:down|up|round|around|across) the (?:road", (" the road", " the street", " the corner", " the lane")),
    ("wedding anniversary", ("anniversary",)), ("shift at (?:the |a )?(?P<x>", ("shift",)),
    ("(?:been|lived) here (?:for", (" here ",)),
    ("no (?P<x>girlfriend", ("no ",)),
    ("thing (?:that )?i do", ("thing",)), ("(?P<a>never) (?:even )?bother", ("bother",)),
    ("(?P<k>no problem", ("problem", "easy", "cake", "doddle", "bother", "nature", "play", "beyond")),
    ("carry a tune", ("tune",)), ("drive stick", ("stick",)), ("under the knife", ("knife",)),
    ("(?P<v>know|speak) (?:zero", ("zero", " nil")),
    ("(?P<v>commute|commuted", ("downtown", "uptown", " in", "into ")),
    ("(?:line|note|page|bite", ("line of", "note of", "page of", "bite of", "sip of", "drop of", "mouthful of",
                                "puff of", "drag of")),
    ("(?:absolutely |literally |genuinely )?(?:no|zero) (?:fear", ("fear", "phobia")),
    ("(?:no|zero) (?P<x>[a-z]+) skills", ("skills",)), ("cut (?P<x>", ("cut ",)),
    ("(?:backpacking|travelling|traveling|touring", ("round", "around", "through", "across", "all over")),
    ("born and raised in (?P<x>", ("born",)),
    ("^not (?:once )?(?:in my", ("not ",)), ("thing i do (?:when", ("thing i do",)),
    ("(?:makes|make) me (?:super", ("make",)),
    ("(?:years?|months?|decades?) as (?:a|an)", (" as ",)), ("(?:year|grade|years) (?:\\d", ("year", "grade")),
    ("my (?:golf )?handicap", ("handicap",)), ("(?:cigarettes|cigs|fags", ("cig", "fags", "smokes")),
    ("my (?:second|third|other) language", ("language",)), ("(?:years?|terms?|semesters?|months?) of (?P<x>", (" of ",)),
    ("(?P<m>my|our) (?P<x>[a-z]+(?: [a-z]+)?) (?P<d>degree", ("my ", "our ")),
    ("(?P<s>i) did (?P<n>a|one", ("i did",)),
    ("(?P<v>play|read) (?:a|one|a single) (?:note", (" note", " chord", " tune")),
    ("^the only (?P<x>", ("the only",)),
    ("(?:every|each) (?:single )?word", ("word",)), ("(?:a|one|a single|even a) word of", ("word of",)),
    ("forgotten (?:all", ("forgotten",)),
    ("(?:learned|learnt) (?P<x>", ("learn",)), ("tables\\b", ("tables",)), ("based (?:in|out of)", ("based",)),
)
def _first_look(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One search for any of the words the rule's pattern needs (a rule with none listed is always tried)."""
    words = next((words for marker, words in _FIRST_LOOKS if marker in pattern.pattern), ())
    return re.compile("|".join(re.escape(word) for word in words)) if words else None


# (pattern, what it becomes, a search for the words one of which it needs, or None)
_RULES = tuple((pattern, plain, _first_look(pattern)) for pattern, plain in _PLAINLY)


def said_plainly(sentence: str) -> str:
    """`sentence` with each rule of the table that matches applied once, in order."""
    for pattern, plain, look in _RULES:
        if look is not None and look.search(sentence) is None:
            continue
        if pattern.search(sentence):
            sentence = pattern.sub(plain, sentence, count=1)
    return sentence


REWRITES.append(said_plainly)
TYPED_REWRITES.append(fillers_left_out)
TYPED_REWRITES.append(thing_put_back)
TYPED_REWRITES.append(thing_said_first_put_back)
TYPED_REWRITES.append(never_my_job)
TYPED_REWRITES.append(fear_named_first)
TYPED_REWRITES.append(doing_said_plainly)
TYPED_REWRITES.append(being_said_first)
TYPED_REWRITES.append(role_or_home_said_first)
TYPED_REWRITES.append(doing_said_how_spent)
TYPED_REWRITES.append(doing_said_plainly_up)
