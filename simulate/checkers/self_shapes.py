"""Statements about oneself said in shapes the plain reader reads nothing from.

Everyday talk tells of oneself without "I ... verb object": the thing comes first and the speaker last
("Lie-ins just don't work for me", "Spreadsheets baffle me", "Two dogs live with me", "Tea is my religion"),
the speaker is named in the third person ("ya girl is 17", "yours truly turned forty"), a fragment
leaves the speaker out ("Not a morning person"), a liking is said by a turn of phrase ("I'm all about
yoga", "I could eat tacos every day", "count me out of anything with heights") or the object points back
to what was just named ("Coffee? Hate the stuff."). Each shape is said again plainly ("lie-ins are not my
thing", "i am useless with spreadsheets", "i live with two dogs", "tea is my life", "i am 17", "i am
not a morning person", "i am into yoga", "i love tacos", "i hate coffee") and read as that statement is.

With the speaker as subject, a word in the way is left out: a degree ("I'm not very good at cooking": not good
at it; "I don't like comedies very much": not liking them), a hedge or a long kind in a favourite ("my
favorite is probably rock", "one of my favourites is jazz", "pizza is one of my favourite foods"), "great at"
(good at), when a liking is done ("I like to knit in my spare time"), what one gets to or has to do
regularly ("I never get to travel", "I have to work weekends"); and each verb of a list liked is read
alone ("I like to hike, swim and read": swimming and reading too).

Not read: the same shapes said of someone else ("my son is all about yoga"), asked, or of a pronoun with
nothing named before it ("that doesn't work for me": a time offered, not a thing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .open_claims import NOT_GERUNDS, SENTENCE_READERS, OpenClaim, extract_open_claims
from .rewrite_guard import RewriteGuard
from .words import verb_stem

__all__ = ["plain_statement", "read_self_shapes"]

_LEAD = re.compile(r"^(?:(?:well|oh|yeah|yep|nah|no|yes|so|honestly|haha|lol|ha|ok|okay|hmm|um|me|and|but|"
                   r"tbh|i mean|to be honest|guilty as charged|to be fair)[,!.]?\s+)+")
# a thing named first: a few words, none of them a pronoun or a person's word
_THING = r"(?P<x>[a-z][a-z'&-]*(?: [a-z][a-z'&-]*){0,3}?)"
_PRONOUNS = frozenset("it that this they them those these he she you we everything anything something nothing "
                      "which what who".split())
_NOT_A_THING = re.compile(r"^(?:my|his|her|their|your|our|the (?:time|date|day|weekend|plan)|next|this|that|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tomorrow|tonight|today|noon|\d)")
_FOR_ME = re.compile(rf"^{_THING} (?:just |really |simply |honestly |never |definitely )?(?:is|are|do|does) not "
                     r"(?:really |just |quite |exactly )?(?:for me|work for me|agree with me|do it for me|suit me|"
                     r"my scene|my bag)\b"
                     r"(?!,? (?:on|this|next|today|tomorrow|tonight|until|before|after)\b)")  # "... on tuesdays": a time
_NOT_MINE = re.compile(rf"^{_THING} (?:really |just |honestly |totally )?(?:leaves? me cold|(?:is|are) (?:a )?(?:no|no-go|"
                       r"hard no|hard pass)(?: from me| for me)|(?:is|are) not (?:really )?my idea of (?:fun|a good time))\b")
_NOT_ONE_FOR = re.compile(rf"^i am (?:really |just |honestly )?not (?:really |much |big |usually )?one for {_THING}$")
# a bare verdict on what was just named ("Sushi? Not for me.") or named after it ("Not my thing, golf.")
_BARE_VERDICT = re.compile(r"^(?:(?:honestly|nah|no|definitely|absolutely|really|just|yeah|nope),? )*(?:not (?:really )?"
                           r"(?:for me|my thing|my cup of tea|my scene|my bag)|(?:a )?hard pass)"
                           r"(?:,? (?P<x>[a-z][a-z' -]{1,30}))?$")
_COUNT_OUT = re.compile(r"^count me out (?:of|for|on|when it comes to) (?:anything (?:with|involving|to do with) )?"
                        rf"{_THING}$")
# "Sewing's beyond me", "Juggling is hopeless for me": I can't sew, juggle
_BEYOND_DOING = re.compile(r"^(?!(?:" + "|".join(sorted(NOT_GERUNDS)) + r")\b)"
                           r"(?P<x>[a-z]{3,}ing(?: [a-z]+){0,3}?) (?:is|are) (?:totally |completely |just |way |utterly )?"
                           r"(?:(?:beyond|a (?:total |complete |complete and utter )?mystery to|(?:completely |totally )?"
                           r"foreign to) me\b(?! to\b)|(?:impossible|hopeless) for me(?=\s*(?:[,.;!]|$)))")
_BAFFLE = re.compile(rf"^{_THING} (?:really |totally |completely |just |still |always )?(?:baffles?|confuses?|defeats?|"
                     r"bewilders?|mystif(?:y|ies)|flummox(?:es)?|(?:is|are) (?:totally |completely )?beyond|"
                     r"(?:is|are) (?:totally |completely |just |utterly )?(?:impossible|hopeless) for|"
                     r"(?:is|are) a (?:total |complete )?mystery to) me\b(?! to\b)")
_NOT_STRONG = re.compile(rf"^{_THING} (?:is|are) not (?:really )?my (?:strong (?:suit|point)|forte)\b")
_BARELY = re.compile(r"^i can (?:barely|hardly|scarcely) (?:work|use|operate|turn on) (?:a |an |the |my )?"
                     rf"{_THING}$")
_INTO = re.compile(r"^i am (?:really |totally |so |just |very )?(?:all about|(?:much |way |a lot |far |a bit )?more into|"
                   r"(?:really |very |pretty )?big on|huge on|a sucker for|partial to)\s+"
                   rf"{_THING}(?: (?:these days|nowadays|now|lately|at the moment|than [a-z ]+))?$")
_LIFE = re.compile(rf"^{_THING} (?:is|are) my (?:religion|lifeblood|everything|obsession|addiction|drug|fuel|"
                   r"lifeline|happy place|one true love|true love|first love|jam|thing)$")
_COULD_EAT = re.compile(r"^i could (?:eat|drink|have) (?:a |an |some )?"
                        rf"{_THING} (?:every day|everyday|all day|forever|for every meal|every meal|every night|"
                        r"for days|morning noon and night|24/7|all the time|day and night)$")
_LIVE_ON = re.compile(rf"^i could (?:happily |honestly |easily )?live (?:on|off) {_THING}$")
_LIVE_WITH_ME = re.compile(r"^(?P<x>(?:two|three|four|five|a couple of|a few|some|my|our)\b[a-z' -]{1,40}?) "
                           r"(?:live|lives|living) with me\b")
_SELF_NAMED = re.compile(r"^(?:ya|yer) (?:girl|boy|gal|guy|lad|lass)|^yours truly|^muggins(?: here)?")
_THIRD_TO_FIRST = {"is": "am", "has": "have", "does": "do", "was": "was", "isn't": "am not", "doesn't": "do not"}
_NOT_A_TYPE = re.compile(r"^not (?:really |much of |exactly |at all |remotely )?(?:a|an) (?P<x>(?:[a-z'-]+ ){0,2}"
                         r"(?:person|people person|fan|drinker|smoker|eater|lover|type|kind of person|guy|gal|girl|"
                         r"sort|fan of [a-z ]+|driver|swimmer|runner|reader|cook|dancer|singer))\b"
                         r"(?!,? (?:(?:my|his|her|their|our|your) [a-z]+|he|she|they)$)")  # "not a morning person, my husband"
_NEVER_TRIED = re.compile(r"^(?:i )?(?:have |had )?never (?:even )?(?:tried|tasted) "
                          r"(?P<x>(?!to )(?![a-z ]*\b(?:this|that|so|as|such|quite|like)\b)[a-z][a-z ]{1,30}?)"
                          r"(?: before| in my life| ever)?$")
_NOT_SO_GOOD = re.compile(r"^i (?P<aux>am not|have never been|have not ever been) (?:very|that|too|particularly|especially|"
                          r"terribly|super|all that|overly|so|the best|exactly|really all that) (?P<adj>good|great|skilled|"
                          r"talented|handy|confident) (?P<prep>at|with) (?P<x>[a-z][a-z' -]{1,40}?)"
                          r"(?: (?:though|either|myself|yet|at all|to be honest|honestly))*(?:,.*)?$")
_GREAT_AT = re.compile(r"^i (?P<aux>am|have always been) (?:really |so |pretty |very |super |just |actually )?great "
                       r"(?P<prep>at|with) (?P<x>[a-z][a-z' -]{1,40}?)(?: (?:too|as well|though|myself))?(?:,.*)?$")
_NOT_SO_INTO = re.compile(r"^i am not (?:so|that|too|very|all that) much into (?P<x>[a-z][a-z' -]{1,40}?)(?:,.*)?$")
# "my favorite is probably rock", "my favorite country music artist is Garth Brooks": a liking, said with a hedge
# or a long kind
_FAVOURITE = re.compile(r"^(?:but |and |so |also |though )?my (?:absolute |all[- ]time |very )?(?:favou?rite)"
                        r"(?P<kind>(?: [a-z-]+){0,4}?) (?:is|are|has to be|would (?:have to )?be|is got to be) "
                        r"(?P<hedge>(?:probably|definitely|either|easily|hands down|without a doubt|for sure|honestly|"
                        r"actually|still|just|currently|always|maybe|by far|i think|i would say|i guess) )*"
                        r"(?P<x>[^,;]{1,60}?)(?: by [^,;]{1,40})?(?: (?:of all time|right now|at the moment|for sure|"
                        r"hands down|though|too|as well|these days))?$")
# a liking said with when it is done ("I like to knit in my spare time", "I love to hike a lot")
_LIKING = re.compile(r"^i (?:really |also |just |absolutely |especially |totally )?(?:like|love|enjoy|adore) ")
_LIKING_TAIL = re.compile(r",? (?:in my (?:free|spare|down|own) time|in my free hours|when i (?:can|have (?:the )?time|"
                          r"get the chance)|whenever i (?:can|get the chance|have (?:the )?time)|a lot|on (?:the )?weekends|"
                          r"at (?:the )?weekends?|in the (?:evenings?|mornings?|summers?|winters?)|every chance i get|"
                          r"as (?:much|often) as (?:i can|possible)|for fun|to relax|to unwind|too|as well|myself)$")
_TO_LIST = re.compile(r"^(?P<head>i (?:really |also |just |absolutely )?(?:like|love|enjoy|adore) to) "
                      r"(?P<items>[a-z][a-z' -]+(?:, [a-z][a-z' -]+)*,? (?:and|or) [a-z][a-z' -]+)$")
_GET_TO = re.compile(r"^i (?P<neg>do not |never |rarely |hardly ever |seldom )?(?:also |really |usually |often |sometimes |"
                     r"even |always )?get to (?!know\b|the\b|a\b|an\b|my\b|your\b|his\b|her\b|their\b|our\b|"
                     r"school\b|bed\b|grips\b|that\b|it\b|this\b)(?P<rest>[a-z].+)$")
# (not "I don't like to go out much": how often one does it, not whether one likes it)
_NOT_MUCH = re.compile(r"^i do not (?:really |particularly )?(?:like|enjoy|care for) (?!to )(?P<x>[a-z][a-z' -]{1,40}?) "
                       r"(?:very much|much|all that much|that much|a lot|too much|so much)(?: (?:either|though))?(?:,.*)?$")
_ONE_OF_MY = re.compile(r"^(?:.*, but )?(?:one|some|a few|two|three|a couple) of my (?:absolute |all[- ]time |very )?"
                        r"favou?rites?(?P<kind>(?: [a-z-]+){0,2}?) "
                        r"(?:is|are|has to be|would be|would have to be) (?P<x>.+)$")
_ONE_OF_MINE = re.compile(rf"^{_THING} (?:is|are) (?:definitely |probably |easily )?one of my (?:absolute |all[- ]time |very )?"
                          r"favou?rite(?P<kind>(?: [a-z-]+){0,2}?)(?: of all time| ever)?$")
_HAVE_TO = re.compile(r"^i (?P<neg>do not |never )?(?:usually |often |always |also |sometimes )?have to (?!(?:say|admit|agree|"
                      r"confess|tell|ask|go|leave|run|get|try|check|see|look|visit|watch|read|listen|hear|find|remember|"
                      r"know|think|wonder|be|make sure|thank|give it|hand it|disagree|stop|take a)\b)"
                      r"(?P<rest>[a-z][a-z' -]+\b(?:hours|weekends|nights|shifts|every [a-z]+|daily|each [a-z]+|most days|"
                      r"all day|for work|at work|a lot|often|always|now|these days)[a-z' -]*)$")
# a time that makes what one has or gets to do a spell, not a routine: "i have to work weekends this month"
_FOR_A_WHILE = re.compile(r"\b(?:this|next|until|tomorrow|tonight|today|soon|for now|for a while|for the first time|"
                          r"for the next|at the moment|right now|temporarily)\b")
# "myself" said for emphasis at the end ("I'm not much of a gambler myself", "I'm still in school myself"), not
# as the object of a verb or "by" ("I taught myself", "I live by myself")
_EMPHATIC_MYSELF = re.compile(r"^(?P<head>i (?:[a-z'-]+ )*?(?P<before>[a-z'-]+)) myself(?P<tail>(?:[,.!;] .*)?)$")
_REFLEXIVE = frozenset("""taught teach teaching hurt hurting cut burnt burned injured by introduce introduced call called
consider considered describe described see saw seen find found enjoy enjoyed enjoying push pushed pushing treat treated
treating remind reminded tell told express keep kept help helped helping to for about of with behind pinch ask asked
asking""".split())
# how much, not what: "I swim all the time", "I read all day long" (a lot); "I'm more interested in finance" (interested)
_ALL_THE_TIME = re.compile(r"^(?P<head>i (?!am |was |were |have been )[a-z].+?) all (?:the time|day(?: long)?|night(?: long)?|"
                           r"week(?: long)?|weekend(?: long)?|year(?: round| long)?|summer(?: long)?|winter(?: long)?)"
                           r"(?P<tail>(?:[ ,.!;].*)?)$")
_MORE = re.compile(r"^i am (?:much |way |a lot |far |a bit |a little |definitely |probably |actually )?more (?:of )?"
                   r"(?=interested in |keen on |drawn to |passionate about |a fan of |an? [a-z]+ (?:fan|lover|person)\b)")
_TRY_TO = re.compile(r"^i (?:always |also |usually |really |just )?try to (?!be\b|make\b|do\b|get\b|keep\b|help\b|stay\b)"
                     r"(?P<rest>[a-z].+)$")
# a time said first without a comma: "in my spare time i do volunteer work", "for vacation i enjoy the beach"
_WHEN_FIRST = re.compile(r"^(?:in my (?:spare|free|down|own) time|on (?:the )?weekends|at (?:the )?weekends?|for (?:vacation|"
                         r"fun|a living)|on (?:my )?days off|most (?:days|evenings|weekends|mornings|nights)|these days|"
                         r"nowadays|in the (?:evenings|mornings|summers?|winters?)|every (?:day|morning|evening|night|weekend)"
                         r"|after work|before work) (?=i )")
_PREFERRED = re.compile(rf"^{_THING} (?:is|are) my (?:preferred|chosen|usual)(?P<kind>(?: [a-z-]+){{1,2}})$|"
                        r"^(?P<y>[a-z][a-z'&-]*(?: [a-z][a-z'&-]*){0,3}?) (?:is|are) (?:one of )?my (?:absolute |all[- ]time )?"
                        r"favou?rites(?: of all time)?$")
# "my favorite way to relax is to read a book", "my favourite thing to do is hiking": doing it is liked
_FAVOURITE_DOING = re.compile(r"^my (?:absolute |all[- ]time )?favou?rite (?:way|thing|things|activity|hobby|pastime) "
                              r"(?:to [a-z]+(?: [a-z]+)?|of all) (?:is|are|has to be|would be) (?:probably |definitely )?"
                              r"(?P<v>(?:to )?[a-z][a-z' -]+?)$")
# "knitting is something i do every evening", "baking is what i love most": doing or liking it
_SOMETHING_I = re.compile(rf"^{_THING} (?:is|are) (?:something|what|a thing) i (?P<v>do|love|enjoy|like)\b(?P<rest>.*)$")
# where a thing of one's own is said between it and its verb: "my shift on the ward ran over" (my shift ran over)
_MY_THING_WHERE = re.compile(r"^my (?P<n>(?:[a-z]+ )?[a-z]+) (?:on|in) the (?:[a-z]+ ){1,2}?(?P<rest>(?:ran|runs|was|is|"
                             r"starts|started|ends|ended|finished|finishes|went|goes|got|gets|has|had|kept|keeps)\b.*)$")
# "I'm always up for a hike" (liking it), "I'm always looking for new places to hike" (hiking)
_UP_FOR = re.compile(r"^i am (?:always |usually |definitely |totally |all |forever )?up for (?:a |an |some )?(?:good )?"
                     rf"{_THING}$")
_LOOKING_TO = re.compile(r"^i am (?:always |constantly |forever |usually )?(?:looking for|on the lookout for|hunting for) "
                         r"(?:new |more |other |good |a good |a new )?[a-z]+(?: [a-z]+)? to (?P<v>[a-z]+)"
                         r"(?: (?:with|at|in|on))?$")
_NOT_DONE = frozenset("try do go see get make be have find use take".split())
_STUFF = re.compile(r"(?<=[a-z] )(?:the stuff|that stuff|the things|those things)\b")
_QUICK = re.compile(r"for me|impossible|hopeless|foreign|with me|me out|baffle|confus|defeat|bewilder|mystif|flummox|beyond me|"
                    r"mystery to me|"
                    r"strong (?:suit|point)|forte|barely|hardly|scarcely|all about|more into|big on|huge on|sucker|"
                    r"partial to|is my|are my|i could|live with me|lives with me|ya |yer |"
                    r"yours truly|muggins|^not |never (?:even )?(?:tried|tasted)|stuff|things|good|great|skilled|"
                    r"talented|handy|confident|much|favou?rite|have to|myself| all | more |try to|^in |^on |^at |^for |"
                    r"^most |^these |^nowadays|^every |^after |^before |preferred|chosen|usual|something i|what i|"
                    r"thing i|^my [a-z ]+ (?:on|in) the |cold|no-go|no from|hard |idea of|one for|my thing|cup of tea|"
                    r"my scene|my bag|^i [a-z ]*(?:like|love|enjoy|adore) |get to|up for|looking for|lookout|hunting")

# a plain statement is read by the same reader; it must not be rewritten again (per thread: see rewrite_guard)
_REWRITING = RewriteGuard(f"{__name__}.rewriting")


def _thing(match: re.Match[str], topic: str | None) -> str | None:
    """The thing a shape names, or the topic for a pronoun; None when it is a person's, a time or nothing."""
    thing = match.group("x").strip()
    if thing in _PRONOUNS or thing.split(" ", 1)[0] in _PRONOUNS:
        return topic if thing in _PRONOUNS else None
    if _NOT_A_THING.match(thing):
        return None
    return thing


def _self_named(sentence: str) -> str | None:
    match = _SELF_NAMED.match(sentence)
    if not match:
        return None
    verb, _, rest = sentence[match.end():].strip().partition(" ")
    if verb in _THIRD_TO_FIRST:
        verb = _THIRD_TO_FIRST[verb]
    elif verb.endswith("ies") and len(verb) > 4:
        verb = verb[:-3] + "y"
    elif verb.endswith(("ches", "shes", "sses", "xes")):
        verb = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss"):
        verb = verb[:-1]
    return f"i {verb} {rest}".strip()


_SHAPES: tuple[tuple[re.Pattern[str], Callable[[str], str]], ...] = (
    (_FOR_ME, lambda x: f"{x} is not my thing"),
    (_COUNT_OUT, lambda x: f"{x} is not my thing"),
    (_NOT_MINE, lambda x: f"{x} is not my thing"),
    (_NOT_ONE_FOR, lambda x: f"{x} is not my thing"),
    (_BEYOND_DOING, lambda x: f"i can not {verb_stem(x.split(' ', 1)[0])} {x.partition(' ')[2]}".strip()),
    (_BAFFLE, lambda x: f"i am useless with {x}"),
    (_NOT_STRONG, lambda x: f"i am useless with {x}"),
    (_BARELY, lambda x: f"i am useless with {x}"),
    (_INTO, lambda x: f"i am into {x}"),
    (_LIFE, lambda x: f"{x} is my life"),
    (_COULD_EAT, lambda x: f"i love {x}"),
    (_LIVE_ON, lambda x: f"i love {x}"),
    (_LIVE_WITH_ME, lambda x: f"i live with {x}"),
    (_NOT_A_TYPE, lambda x: f"i am not a {x}"),
    (_NEVER_TRIED, lambda x: f"i have never had {x}"),
)


def plain_statement(sentence: str, topic: str | None = None) -> str | None:
    """`sentence` (normalised) said again plainly in the first person, when it has one of the shapes; else None."""
    text = _LEAD.sub("", sentence.strip(" .!")).strip()
    if not text or not _QUICK.search(text):
        return None
    named = _self_named(text)
    if named:
        return named
    said = _said_plainly(text)
    if said:
        return said
    verdict = _BARE_VERDICT.match(text)
    if verdict:
        thing = verdict.group("x") or topic
        return f"{thing} is not my thing" if thing and thing not in _PRONOUNS else None
    if topic and _STUFF.search(text):
        return _STUFF.sub(topic, text, count=1)
    for pattern, plain in _SHAPES:
        match = pattern.match(text)
        if match:
            thing = match.group("x") if pattern is _LIVE_WITH_ME else _thing(match, topic)  # "my sons live with me"
            return plain(thing) if thing else None
    return None


def _said_plainly(text: str) -> str | None:
    """The shapes that keep the speaker as subject: a degree before "good at", a hedged favourite, "get to"."""
    match = _EMPHATIC_MYSELF.match(text)
    if match and match.group("before") not in _REFLEXIVE:
        return f"{match.group('head')}{match.group('tail')}"
    match = _ALL_THE_TIME.match(text)
    if match:
        return f"{match.group('head')} a lot{match.group('tail')}"
    match = _MORE.match(text)
    if match:
        return f"i am {text[match.end():]}"
    match = _TRY_TO.match(text)
    if match:
        return f"i {match.group('rest')}"
    match = _MY_THING_WHERE.match(text)
    if match:
        return f"my {match.group('n')} {match.group('rest')}"
    match = _UP_FOR.match(text)
    if match and match.group("x") not in _PRONOUNS and not match.group("x").startswith(("it ", "that ", "anything")):
        return f"i like {match.group('x')}"
    match = _LOOKING_TO.match(text)
    if match and match.group("v") not in _NOT_DONE:
        return f"i {match.group('v')}"
    match = _WHEN_FIRST.match(text)
    if match:
        return text[match.end():]
    match = _PREFERRED.match(text)
    if match:
        if match.group("x"):
            return f"{match.group('x')} is my favorite{match.group('kind')}"
        return f"{match.group('y')} is my favorite" if match.group("y") not in _PRONOUNS else None
    match = _FAVOURITE_DOING.match(text)
    if match:
        doing = match.group("v")
        return f"i love {doing}" if doing.startswith("to ") or doing.split(" ", 1)[0].endswith("ing") else None
    match = _SOMETHING_I.match(text)
    if match and match.group("x") not in _PRONOUNS:
        thing = match.group("x")
        if match.group("v") == "do":
            return f"i do {thing}{match.group('rest')}" if not thing.endswith("ing") else f"i go {thing}{match.group('rest')}"
        return f"i {match.group('v')} {thing}"
    match = _NOT_SO_GOOD.match(text)
    if match:
        return f"i {match.group('aux')} {match.group('adj')} {match.group('prep')} {match.group('x')}"
    match = _GREAT_AT.match(text)
    if match:
        return f"i {match.group('aux')} good {match.group('prep')} {match.group('x')}"
    match = _NOT_SO_INTO.match(text)
    if match:
        return f"i am not into {match.group('x')}"
    match = _FAVOURITE.match(text)
    if match and (match.group("hedge") or len(match.group("kind").split()) > 2 or " by " in text):
        kind = " ".join(match.group("kind").split()[-2:])
        thing = match.group("x").strip(" \"'")
        return f"my favorite {kind} is {thing}".replace("  ", " ") if thing else None
    match = _NOT_MUCH.match(text)
    if match:
        return f"i do not like {match.group('x')}"
    match = _ONE_OF_MY.match(text)
    if match:
        thing = match.group("x").strip(" \"'.!")
        return f"my favorite{match.group('kind')} is {thing}" if thing else None
    match = _ONE_OF_MINE.match(text)
    if match and match.group("x") not in _PRONOUNS:
        return f"{match.group('x')} is my favorite{match.group('kind')}"
    match = _HAVE_TO.match(text)
    if match and not _FOR_A_WHILE.search(match.group("rest")):
        return f"i {match.group('neg') or ''}{match.group('rest')}"
    match = _GET_TO.match(text)
    if match and not _FOR_A_WHILE.search(match.group("rest")):
        negation = match.group("neg") or ""
        return f"i {negation}{match.group('rest')}"
    if _LIKING.match(text):
        stripped = text
        while True:
            shorter = _LIKING_TAIL.sub("", stripped)
            if shorter == stripped:
                break
            stripped = shorter
        if stripped != text:
            return stripped
    return None


# words that open an item of a list that is not something done: a clause of its own, or a thing
_CLAUSE_OPENERS = _PRONOUNS | frozenset("i my our his her their your".split())
_ARTICLES = frozenset("the a an some any".split())


def _listed(text: str) -> list[str]:
    """"I like to hike, swim and read": each thing liked after the first, said alone ("i like to swim"); an item
    is one when it reads as something the speaker does ("i swim"), so "fish and chips" stays one thing."""
    match = _TO_LIST.match(text)
    if not match:
        return []
    items = [item.strip() for item in re.split(r",? (?:and|or) |, ", match.group("items"))]
    if len(items) == 2 and " " in items[0] and " " not in items[1]:
        return []  # "to listen to rock and roll", "to eat fish and chips": one thing
    clause = next((n for n, item in enumerate(items) if item.split(" ", 1)[0] in _CLAUSE_OPENERS), len(items))
    return [f"{match.group('head')} {item}" for item in items[1:clause]  # up to a clause: "..., and my bedroom is green"
            if item and item.split(" ", 1)[0] not in _ARTICLES and _is_doing(item)]  # not a thing: "the guitar"


def _is_doing(item: str) -> bool:
    """Does `item` read as something done when said after "i" ("swim", "play board games"; not "chips")?"""
    first = item.split(" ", 1)[0]
    if first.endswith("s") and not first.endswith("ss"):
        return False  # "chips": a thing, not a verb after "to"
    verb = verb_stem(first)
    return any(c.predicate == verb or c.predicate.startswith(f"{verb} ") for c in extract_open_claims(f"i {item}"))


def read_self_shapes(sentence: str, topic: str | None) -> list[OpenClaim]:
    """The claims of a self-statement said in one of the shapes (see the module docstring)."""
    if _REWRITING.active:
        return []
    plain = plain_statement(sentence, topic)
    for _ in range(2):  # one shape inside another: "i get to read all day long" -> "i get to read a lot" -> "i read a lot"
        again = plain_statement(plain) if plain else None
        if not again or again == plain:
            break
        plain = again
    with _REWRITING.inside():
        listed = _listed(_LEAD.sub("", sentence.strip(" .!")).strip()) if "," in sentence or " and " in sentence else []
        claims = [c for said in ([plain] if plain else []) + listed for c in extract_open_claims(said)]
    return [replace(c, confidence=min(c.confidence, 0.85)) for c in claims]


SENTENCE_READERS.append(read_self_shapes)
