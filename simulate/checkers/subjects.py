"""Sentences that leave out their "I": "Never learned to swim.", "Drove to Leeds on Saturday.", "Retired now."

Casual talk drops the subject at the start of a sentence. Both readers see such a sentence with its "I" put
back, when its first word can only be the speaker's own verb: a simple past, a negated auxiliary, "been", a
verb of liking, or an adjective of state ("Retired now" is "I am retired now"). Imperatives ("Don't worry",
"Never mind", "Take care") and descriptions ("Sounds great", "Looks like rain") are left as they are.
"""

from __future__ import annotations

import re

from .words import is_participle, is_past_form

__all__ = ["SAME_IN_THE_PAST", "supply_subject", "with_state_subjects"]

_LEAD = re.compile(r"^(?:(?:well|oh|yeah|yes|yep|nah|no|so|and|but|honestly|haha|ha|hmm|lol|tbh|ngl|ugh|man|mate|"
                   r"god|gosh|omg|actually|seriously|sadly|luckily|funnily enough|to be fair|mind you|also|plus|hey)"
                   r"[,!.]? +)*")
_AUXILIARY = re.compile(r"^(?:never|do not|did not|can not|could not|have not|had not|have never|had never|will never|"
                        r"would never|am not|was not|used to|have always|always have|really|absolutely|totally|"
                        r"genuinely|still|just|also|already|recently|finally|basically)\b")
_NOT_AFTER_AUXILIARY = re.compile(r"^(?:do not|never|can not) (?:worry|forget|mind|be|let|tell|ask|hesitate|panic|"
                                  r"apologi[sz]e|sweat|stop|say|go(?! near| anywhere near)|"
                                  r"feel|listen|judge|laugh|rush|push|wait|bother|blame|"
                                  r"count|quote|get me started|knock it|look|you|we|they|he|she|it|that|this|ever)\b")
_LIKING = re.compile(r"^(?:love|loved|adore|hate|hated|detest|can not stand|prefer|enjoy|miss|do|had|got|been|"
                     r"grew up|went|started|finished|spent|made|lived|moved|worked|played|took|saw|met|"
                     r"quit(?= (?:my|our|the|smoking|drinking|vaping|work)\b))\b")
_STATE = re.compile(r"^(?:married|divorced|retired|widowed|engaged|single|separated|scared|terrified|afraid|allergic|"
                    r"obsessed|addicted|hooked|vegan|vegetarian|pescatarian|teetotal|diabetic|deaf|blind|self-employed|"
                    r"unemployed|fluent|hopeless at|useless at|rubbish at|terrible at|good at|great at|bad at|"
                    r"(?:a )?(?:big|huge|massive) fan|(?:a )?(?:big|huge|massive|lifelong|die-hard|diehard) [a-z]+ fan\b|"
                    r"not a (?:big )?fan|not much of an?|not really an?|"
                    r"not in an?|not a member of|not (?:(?:at all|one bit|remotely|even|really|that) )?(?:scared|afraid|"
                    r"frightened|nervous|worried|allergic|interested|keen)|"
                    r"originally from|based in|turning)\b")
_NOT_PAST_START = frozenset({"sounded", "looked", "seemed", "felt", "tasted", "smelled", "smelt", "needed", "used",
                             "supposed", "wanted", "hoped", "wished", "wondered", "guessed", "figured", "happened",
                             "said", "told", "asked", "thought", "heard", "called", "named", "based", "excited",
                             "tired", "bored", "interested", "pleased", "surprised", "shocked", "amazed", "impressed",
                             "blessed", "stressed", "relieved", "worried", "confused", "annoyed", "stuck", "red",
                             "bed", "need", "speed", "seed", "weed", "feed", "shed", "sled", "bred", "fled"})


# verbs whose past is their present, read as past when the sentence dates itself ("Hit snooze six times today")
SAME_IN_THE_PAST = frozenset("hit put cut set quit shut let hurt split spread cost".split())
_SAID_PRAYERS = re.compile(r"said (?:my |a |the |some )?(?:prayers?|rosary)\b")
_TOLD_AS_PAST = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|earlier today)\b")  # read as of today


def supply_subject(sentence: str) -> str:
    """The normalised `sentence` with "i" (or "i am") put back where casual talk left it out; else unchanged."""
    lead = _LEAD.match(sentence)
    at = lead.end() if lead else 0
    rest = sentence[at:]
    if not rest or rest.startswith(("i ", "we ", "my ", "our ", "me ")):
        return sentence
    first = rest.split(" ", 1)[0].strip(",.!?;:")
    if _NOT_AFTER_AUXILIARY.match(rest):
        return sentence  # "Don't worry", "Never mind"
    if _STATE.match(rest):
        article = "a " if rest.startswith(("big ", "huge ", "massive ", "lifelong ", "die-hard ", "diehard ")) and \
            " fan" in rest else ""
        return f"{sentence[:at]}i am {article}{rest}"  # "Big fan of hiking": I am a big fan of it
    if _AUXILIARY.match(rest):
        words = rest.split(" ", 2)
        if words[0] == "never" and len(words) > 1 and (words[1] == "been" or
                                                       (is_participle(words[1]) and not is_past_form(words[1]))):
            return f"{sentence[:at]}i have {rest}"  # "Never broken a bone": I have never broken one
        return f"{sentence[:at]}i {rest}"
    if (first in SAME_IN_THE_PAST and _TOLD_AS_PAST.search(rest)) or _SAID_PRAYERS.match(rest):  # "Hit snooze six
        return f"{sentence[:at]}i {rest}"  # times today", "Said the rosary on the bus home": I did
    if rest.startswith(("heard of ", "heard about ")):
        return f"{sentence[:at]}i have {rest}"  # "Geocaching? Heard of it, never done it"
    if _LIKING.match(rest) or (is_past_form(first) and first not in _NOT_PAST_START):
        if first == "been":
            return f"{sentence[:at]}i have {rest}"
        return f"{sentence[:at]}i {rest}"
    return sentence


# "I'm 30 and still scared of the dark": the state after "and" is the speaker's too
_AND_DID = re.compile(r"(?<=[a-z0-9]) (and|but|then) ([a-z]+)(?= )")
_SPEAKER_FIRST = re.compile(r"^(?:[a-z]+,? )?i (?:am|was)\b(?!.*\b(?:he|she|they|it) (?:is|was|are)\b)")
_AND_STATE = re.compile(r"(?<=[a-z0-9]) (and|but) (?=(?:still |also |really |so |very |pretty |quite |absolutely |totally |"
                        r"deathly |severely |completely |happily |unhappily |newly |recently |now )*"
                        r"(?:scared|afraid|terrified|petrified|frightened|allergic|married|"
                        r"divorced|single|engaged|retired|widowed|vegan|vegetarian|pescatarian|teetotal|diabetic|deaf|blind|"
                        r"fluent in|hopeless at|useless at|rubbish at|terrible at|obsessed with|addicted to)\b)")


# "and still go", "and now live": a present verb after "and" and an adverb of time is the speaker's too
_AND_STILL = re.compile(r"(?<=[a-z0-9]) (and|but) (still|also|now|usually|often|always|even|regularly|sometimes|"
                        r"never|rarely|only|just) (?=(?!(?:a|an|the|my|your|his|her|their|our|this|that|it|is|was|are|were|not|"
                        r"i|we|he|she|they|you|more|less|very|so|too)\b)[a-z]+(?: |[.,!?;]|$))")


def _speaker_did(clause: str) -> bool:
    """Does `clause` tell of something the speaker did ("i made a curry last night", "honestly i just went")?"""
    words = clause.split()
    if "i" not in words[:2]:
        return False
    after = words[words.index("i") + 1:][:2]
    return any(is_past_form(w) for w in after) and not {"he", "she", "they"} & set(words)


def with_state_subjects(sentence: str) -> str:
    """"i am 30 and still scared of the dark" as "i am 30 and i am still scared of the dark" (only where the
    clause before "and" is the speaker's: "my sister is 30 and still scared of it" is hers)."""
    def put_back(m: re.Match[str]) -> str:
        before = re.split(r"[,;:]", sentence[: m.start()])[-1]
        return f" {m.group(1)} i am " if _SPEAKER_FIRST.match(before.strip()) else m.group(0)

    if ", " in sentence:
        sentence = _COMMA_NEVER.sub(lambda m: _never_back(m, sentence), sentence)
    if " and " not in sentence and " but " not in sentence:
        return sentence
    sentence = _AND_STATE.sub(put_back, sentence)

    def verb_back(m: re.Match[str]) -> str:
        verb = m.group(2)
        if not is_past_form(verb) or verb in _NOT_PAST_START:
            return m.group(0)
        before = re.split(r"[,;:]", sentence[: m.start()])[-1]
        return f" {m.group(1)} i {verb}" if _speaker_did(before.strip()) else m.group(0)

    sentence = _AND_DID.sub(verb_back, sentence)  # "I made a curry and ate three bowls of it": I ate

    def adverb_back(m: re.Match[str]) -> str:
        before = re.split(r"[,;:]", sentence[: m.start()])[-1].strip()
        mine = re.match(r"^(?:[a-z]+,? )?(?:i|we) ", before) and not re.search(r"\b(?:he|she|they|it)\b", before)
        return f" {m.group(1)} i {m.group(2)} " if mine else m.group(0)

    return _AND_STILL.sub(adverb_back, sentence)  # "I was raised Catholic and still go to mass": I still go


# ", never lived there" after the speaker's own clause: the speaker's too
_COMMA_NEVER = re.compile(r", (?=(?:never|have never|did not|have not) (?!(?:a|an|the|my|your|his|her|their|our|this|that|it|"
                          r"is|was|are|were|not|i|we|he|she|they|you|mind|ever|again|once|really)\b)[a-z]+)")


_SOMEONE_OR_TOLD = re.compile(r"\b(?:him|her|them|you|he|she|they|everyone|everybody|people|mum|mom|dad|wife|husband|"
                              r"partner|son|daughter|kids?|children|brother|sister|friends?|boss|mate|family|parents|"
                              r"girlfriend|boyfriend|nan|gran|grandma|grandad|neighbou?rs?|colleagues?|tell|told|say|said|"
                              r"says|learned|learnt|lesson|rule|advice|thing|texted|called|rang|asked|emailed|messaged)\b")


def _never_back(m: re.Match[str], sentence: str) -> str:
    """", i never ..." where the nearest earlier part with a subject is the speaker's ("I've been to Manchester
    once, for a gig, never lived there"); else as said ("my brother went once, never again")."""
    rest = sentence[m.end():]
    if _NOT_AFTER_AUXILIARY.match(rest):
        return m.group(0)  # ", never mind"
    for before in reversed(re.split(r"[,;:]", sentence[: m.start()])):
        before = _LEAD.sub("", before.strip())
        if re.match(r"(?:i|we)\b", before):
            # not after someone named ("I took my daughter to a match, didn't enjoy it") or a lesson told ("I tell
            # everyone, never eat there")
            return m.group(0) if _SOMEONE_OR_TOLD.search(before) else ", i "
        if re.match(r"(?:he|she|they|you|it|my|our|his|her|their|your|[a-z]+'s)\b", before):
            return m.group(0)
    return m.group(0)
