"""Whereabouts: where the speaker is from, lives and has been, and which languages they use.

Read from each sentence of a turn as open claims: places said in passing ("we spent our honeymoon in
Porto", "back home in Kerala", "I've never set foot in Japan"), the languages used ("I chat with my grandma
in Mandarin", "Hablo español"), the speaker's home and its grounds ("way out in the countryside", "a flat, no
garden"), statements that leave out their "I" ("Spent a weekend in Austin") and how long the speaker has
lived in their home. The reader registers with the open-claim reader as a form reader (it needs more of the
sentence than its normalised words); the package imports this module so that it does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from .normalize import parse_number
from .open_claims import (
    CLAUSE_SPLIT,
    COMMON_WORDS,
    CONDITIONAL,
    FIRST_PERSON,
    FORM_READERS,
    FUTURE,
    HAVE,
    LEAD,
    OBJECT_STOP,
    REPORTED,
    TOKEN,
    OpenClaim,
    SentenceForms,
    Time,
    affirmed,
    clause_claims,
    is_language,
    main_clauses,
    noun_phrase,
    possessions,
    read_statement,
    time_of_sentence,
)
from .words import singular, verb_stem

__all__ = ["THIS_HOME", "read_whereabouts"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def read_whereabouts(forms: SentenceForms) -> list[OpenClaim]:
    """The places, languages, home and home tenure one sentence speaks of, in the order they are read. A place
    already read from the text ("I live in Boston") is not read twice, and a city's name must be written as one."""
    places_read = {c.object for c in forms.read_before if c.predicate in _PLACE_READS}
    out = [c for c in _whereabouts(forms.norm)
           if c.object not in places_read and _written_as_a_name(c.object, forms.written)]
    out.extend(_languages_used(forms.norm))
    out.extend(_only_greeting(forms.typed))
    out.extend(_home_and_grounds(forms.norm))
    out.extend(_elided_i(forms.norm, forms.written))
    out.extend(_tenure(forms.norm))
    out.extend(_many_countries(forms.norm))
    if forms.topic:  # "Korean? No, I don't speak a word"
        out.extend(_language_denied(f"{forms.topic}, {forms.norm}"))
    return out


# --- where the speaker has been -------------------------------------------------------------------------
# "I've been to thirty countries", "I've travelled loads, thirty-odd countries and counting": been abroad
_MANY_COUNTRIES = re.compile(r"^(?:(?:[a-z']+|,)\s+)*?(?:i|we) (?:have |had )?(?:been to|visited|travelled to|traveled to|"
                             r"travelled|traveled|lived in|worked in)\b[a-z ,]{0,30}?\b(?:about |around |over |more than |"
                             r"nearly |almost |at least )?(?P<n>[a-z]+(?:-odd)?|\d+|loads of|lots of|dozens of|a dozen|"
                             r"so many|heaps of|a load of|a lot of) countries\b")
_MANY = frozenset({"loads of", "lots of", "dozens of", "a dozen", "so many", "heaps of", "a load of", "a lot of", "many",
                   "several", "numerous", "countless", "multiple", "various"})


def _many_countries(sentence: str) -> list[OpenClaim]:
    """Having been to two or more countries is having been abroad (whichever is home)."""
    if "countries" not in sentence:
        return []
    m = _MANY_COUNTRIES.search(sentence)
    if m is None:
        return []
    said = m.group("n")
    count = parse_number(said.removesuffix("-odd"))
    if said not in _MANY and (count is None or count < 2):
        return []
    return [replace(c, time="ever", confidence=0.9) for c in read_statement("i have been abroad")]


_WHERE = re.compile(r"\b(?:(?:over|out|up|down|back|off|away|all|right) )?(?P<prep>in|to|into|around|across|through|over|"
                    r"from|at|of)\s+(?=(?P<rest>[a-z][a-z' .-]*))")
_NEVER_SET_FOOT = re.compile(r"^(?:(?:[a-z']+|[,!.])\s+)*?(?:i|we) (?:have |had )?never (?:even |ever |actually )?"
                             r"(?:(?:set foot|been)(?: in| on| to| over to| out to| up to| down to)?|visited) "
                             r"(?P<rest>[a-z][a-z' .-]*)")
_SPEAKER_STAYS = frozenset(verb_stem(w) for w in """call phone ring text email message send post ship mail write talk speak
chat order buy sell invest donate know watch read hear follow support miss think dream want wish hope plan love like
prefer imagine fancy consider save apply sign subscribe deliver recommend sponsor import export""".split())
_FROM_AFAR = re.compile(r"\b(?:online|remotely|over (?:zoom|skype|the phone|the internet)|virtually|by video)\b")
_DESIRE = re.compile(r"\b(?:want|wanted|wanna|hope|hoping|plan|planning|dream|dreaming|wish|would|'d|could|might|may|"
                     r"(?:am|are|is) (?:going|flying|heading|travelling|traveling|driving|moving|off)|tomorrow|soon|next|"
                     r"should|will|shall|going to|gonna|thinking of|thinking about|considering|saving for|saving up|"
                     r"can not wait|looking forward|someday|one day|bucket list|never|not|no|nobody|nothing|if|unless|"
                     r"like to|love to|to go|to visit|to see|to move|to live)\b")
_PLACE_FOLLOWERS = OBJECT_STOP | _set("""twice once again loads lots plenty both every each last next this that
for with when while before after since during until and but or so because as so where where's i we my our
tonight weekend summer winter spring autumn fall christmas easter holiday holidays vacation trip trips""")
_HOME_OF = re.compile(r"\b(?:back home in|back home to|back home,|home is|i am from|we are from|i come from|we come from|"
                      r"i am originally from|i was brought up in)\s+(?P<rest>[a-z][a-z' .-]*)|"
                      r"^(?P<first>[a-z][a-z' .-]{1,40}?) (?:is|was|will always be|(?P<lived>has (?:always )?been)) "
                      r"(?:my |our )?home\b(?! to\b)")
_MY_HOME_IN = re.compile(r"\b(?:my|our) (?:little |tiny |old |new |rented )?(?:flat|apartment|house|home|place|condo|bedsit|"
                         r"studio) (?:here )?in (?=(?P<rest>[a-z][a-z' .-]*))")
_NOT_LIVED_IN = re.compile(r"\b(?:rent(?:ed|ing|s)? (?:it )?out|let out|tenants?|lodgers?|airbnb|holiday|second|investment|"
                           r"buy-to-let|sold|selling|inherited|empty|used to|old|former|last|previous)\b")
_VISIT_ME = re.compile(r"\b(?:come |came )?(?:visit|see|stay with) (?:me|us) (?:in|at) (?=(?P<rest>[a-z][a-z' .-]*))")
_ORIGIN_IN = re.compile(r"\b(?:i|we) (?P<verb>grew up|was raised|were raised|was brought up|was born)(?: right| just)? "
                        r"(?:in|on) (?:(?:a|the|my|our|my parents'|my grandparents'|the family) (?:tiny |small |little |big |"
                        r"quiet |sleepy |remote |sheep |dairy |family |old )?(?:village|town|city|"
                        r"suburb|hamlet|farm|house|flat|estate|council estate|neighbourhood|neighborhood) in |(?:the )?"
                        r"(?:very )?(?:middle|heart|centre|center) of (?:the )?)(?=(?P<rest>[a-z][a-z' .-]*))")
_TIME_LEAD = re.compile(r"^(?:(?:last|this|that|one|every|each) (?:summer|winter|spring|autumn|fall|year|month|week|weekend|"
                        r"night|christmas|easter|time)|in \d{4}|(?:a few|two|three|several|many) (?:years|months|weeks) ago|"
                        r"years ago|once)[, ]+")
_WHEN_LEAD_IN = re.compile(r"^(?:back |even |only )?(?:when|while|whenever|before|after|once|since)\s+")
_LIVED_WORDS = frozenset(verb_stem(w) for w in "live lived living moved move emigrated relocated".split())
_PAST_WORDS = _set("""was were went spent flew took had did came got saw drove rode ate stayed lived visited moved travelled
traveled toured studied worked grew met married honeymooned camped hiked backpacked been""")


_AROUND_WORDS = _set("outside out near around beyond past just close abroad overseas anywhere somewhere")


@cache
def _place_keywords() -> frozenset[str]:
    """Words a place name may turn on, less the words of every sentence ("to", "so", "great")."""
    from .places import place_words  # noqa: PLC0415  (the gazetteer loads on first use)

    common = COMMON_WORDS | _set("""can had he she one great new old big little long come own same most seen thing
    name play fan okay song hang park rock beach times science sing soon""")
    return (place_words() - common) | {"us", "uk", "la"}


def _named_place_at(words: list[str]) -> str | None:
    """The place named at the start of `words` ("Porto", "the States", "New York"), ending where the phrase
    does: the next word may only be a word that cannot continue a noun phrase. Not a place around one
    ("outside Leeds", "near Leeds")."""
    from .places import known_place  # noqa: PLC0415  (the gazetteer loads on first use)

    if words and words[0] in _AROUND_WORDS:
        return None

    for size in range(min(4, len(words)), 0, -1):
        name = " ".join(words[:size])
        if (size == len(words) or words[size] in _PLACE_FOLLOWERS or words[size].isdigit()) and known_place(name):
            return name
    return None


def _written_as_a_name(place: str, written: str) -> bool:
    """A city's name in a sentence whose writer capitalises (it starts with a capital) is capitalised too: "stories
    to tell" is not Tell, Iran. Countries, states and continents are let through whatever the case."""
    from .places import resolve  # noqa: PLC0415  (the gazetteer loads on first use)

    if not written[:1].isupper() or any(p.kind != "city" for p in resolve(place)):
        return True
    found = re.search(rf"\b{re.escape(place.split()[-1])}\b", written, re.IGNORECASE)
    return found is None or found.group(0)[:1].isupper()


_PLACE_END = re.compile(r"[,;:!?()]")
_PLACE_SPACES = re.compile(r"[ .]+")


def _place_words(rest: str) -> list[str]:
    return _PLACE_SPACES.split(_PLACE_END.split(rest, maxsplit=1)[0].strip(" .'"))


def _whereabouts(sentence: str) -> list[OpenClaim]:
    """Where the speaker has been, said in passing: "we spent our honeymoon in Porto", "I went over to the
    States for work", "when I was at uni in Leeds" (been there); "we moved here from Ohio", "back home in
    Kerala", "Glasgow is home" (lived there); "I've never set foot in Japan" (never been there). Only a name
    the gazetteer surely knows as a place counts, and only where the speaker is the one there: not after a
    negation, a wish, a plan or a condition, nor after verbs that reach a place from afar ("I called my mum in
    Leeds")."""
    out: list[OpenClaim] = []
    if _place_keywords().isdisjoint(TOKEN.findall(sentence)):
        return out
    never = _NEVER_SET_FOOT.match(sentence)
    if never:
        place = _named_place_at(_place_words(never.group("rest")))
        if place:
            out.append(OpenClaim(predicate="go to", object=place, polarity="deny", time="ever", never=True,
                                 confidence=0.9))
        return out
    home = _HOME_OF.search(sentence)
    if home and not CONDITIONAL.search(sentence):
        place = _named_place_at(_place_words(home.group("rest") or home.group("first") or ""))
        if place:
            out.append(OpenClaim(predicate="be from", object=place, polarity="affirm", time="present", confidence=0.8))
            if home.group("lived"):  # "Sheffield's been home for ten years": lived there all that time, and still
                out.append(OpenClaim(predicate="liv in", object=place, polarity="affirm", time="present",
                                     confidence=0.8))
    for mine in [*_MY_HOME_IN.finditer(sentence), *_VISIT_ME.finditer(sentence)]:  # "my flat in Leeds": I live there
        place = _named_place_at(_place_words(mine.group("rest")))
        if place and not CONDITIONAL.search(sentence) and not FUTURE.search(sentence) and \
                not _NOT_LIVED_IN.search(sentence):
            out.append(OpenClaim(predicate="liv in", object=place, polarity="affirm", time="present", confidence=0.75))
    origin = _ORIGIN_IN.search(sentence)
    if origin and not FUTURE.search(sentence):  # "I grew up in a tiny village in Kerala": grew up in Kerala
        place = _named_place_at(_place_words(origin.group("rest")))
        if place:
            predicate = "be born in" if origin.group("verb") == "was born" else "grow up in"
            out.append(OpenClaim(predicate=predicate, object=place, polarity="affirm", time="past", confidence=0.85))
    if FUTURE.search(sentence):
        return out
    for part in CLAUSE_SPLIT.split(sentence)[::2]:
        part = (part or "").strip(" ,.!;:-")
        clause = _TIME_LEAD.sub("", _WHEN_LEAD_IN.sub("", part))
        claims = _been_in(clause, sentence)
        # "when I go to Spain" is any time or a time to come; "when I was in Spain" is a stay
        out.extend(c for c in claims if clause == part or c.time not in ("present", "now"))
    return out


def _been_in(clause: str, sentence: str) -> list[OpenClaim]:
    """The places a first-person clause of `sentence` puts the speaker in (see `_whereabouts`)."""
    match = FIRST_PERSON.match(clause)
    if not match or _DESIRE.search(clause) or FUTURE.search(clause) or REPORTED.search(clause) or _FROM_AFAR.search(clause):
        return []  # "I teach students in China online" is no stay there
    out = []
    for where in _WHERE.finditer(clause):
        before = TOKEN.findall(clause[: where.start()])
        if any(verb_stem(w) in _SPEAKER_STAYS for w in before) or (where.group("prep") in ("of", "at") and not before):
            continue
        place = _named_place_at(_place_words(where.group("rest")))
        if place is None or (where.group("prep") == "of" and not (before and before[-1] in ("outskirts", "north",
                                                                                                 "south", "east", "west"))):
            continue
        stems = {verb_stem(w) for w in before}
        past = bool(set(before) & _PAST_WORDS) or any(w.endswith("ed") for w in before)
        if where.group("prep") == "from" and stems & _LIVED_WORDS:
            predicate = "liv in"  # "we moved here from Ohio"
        elif where.group("prep") == "from":
            continue  # "I flew back from Rome", "a friend from Rome": not surely a stay
        else:
            predicate = "be in"
        time: Time = time_of_sentence(sentence, "past" if past else "present")
        out.append(OpenClaim(predicate=predicate, object=place, polarity="affirm", time=time, confidence=0.8))
    return out


# --- languages the speaker uses ------------------------------------------------------------------------
_IN_LANGUAGE = re.compile(r"\b(?:in|through|into) (?:the original |fluent |broken |basic )?(?P<lang>[a-z]+)(?!-)\b"
                          r"|\b(?:switch|switches|switched|switching) (?:in)?to (?P<to>[a-z]+)\b"
                          # "I work from German into English", "I translated her letters from German into English"
                          r"|^(?:i|we) (?:mostly |usually |often |also |have |had |just )*(?:translate|translated|translating|"
                          r"interpret|interpreted|work|worked)\b(?:(?! with | using | on google| for a company)[^,;]){0,60}?"
                          r"\bfrom (?P<source>[a-z]+) (?:into|to) [a-z]+\b"
                          r"|\b(?:translat|interpret)(?:e|es|ed|ing|er for) (?:from |for )?(?P<from>[a-z]+)\b"
                          r"|\b(?:grew up|raised|brought up) (?:speaking|with) (?P<native>[a-z]+)\b")
_NATIVE_TONGUE = re.compile(r"(?:^|, |\band |\bbut |\bso )(?P<lang>[a-z]+)(?: is|'s) (?:my|our) (?:first|native|mother|home) "
                            r"(?:language|tongue)\b")
_TOPIC_DENIED = re.compile(r"^(?P<lang>[a-z]+(?: [a-z]+)?)[?,.!]+ (?:(?:no|nope|nah|sadly not|not really|afraid not)[,.!]* "
                           r"(?:i|we) (?:do not|can not|did not|have never|never) (?P<verb>speak|know|read|understand|sign|"
                           r"learn|learned|learnt)\b(?: (?:any|it|a word|a single|one|a thing|anything))?\b|"
                           r"(?:(?:no|nope|nah)[,.!]* )?(?:(?:i|we) would not (?:know|have a clue) where to "
                           r"(?:start|begin)(?=[ .!]*$| with it\b)|"
                           r"not (?:a|one) (?:single )?word|(?:i|we) (?:do not|can not) (?:speak|understand) (?:a|one) "
                           r"(?:single )?word)\b)")
_MY_LANGUAGE_GOOD = re.compile(r"^my (?P<lang>[a-z]+)(?:'s| is) (?:still )?(?:pretty |really |very |quite |fairly |"
                               r"basically |more than |just about )?(?:good|great|fluent|decent|solid|excellent|strong|native|"
                               r"perfect|passable|not bad|not too bad|rusty|a bit rusty|conversational|ok|okay|alright|"
                               r"good enough)\b")
_NOT_A_LETTER = re.compile(r"\b(?:i|we) (?:can not|could not|never learned to) read (?:a (?:single )?(?:letter|word|character)"
                           r" of|one (?:letter|word) of|any of) (?P<x>[a-z]+ (?:script|alphabet)|cyrillic|devanagari|kanji|"
                           r"hangul|hiragana|katakana)\b")
_LANGUAGE_MYSTERY = re.compile(r"^(?P<lang>[a-z]+) is (?:a )?(?:total |complete |utter |an absolute )?(?:mystery|closed book|"
                               r"double dutch|all greek) to (?:me|us)\b")
_NO_LANGUAGE = re.compile(r"^(?:(?:nope|no|nah|sadly|afraid)[,!. ]+)*no (?P<lang>[a-z]+) (?:at all|whatsoever)\b")
_READS = re.compile(r"\b(?:read|reads|reading)\b")
_ONLY_ENGLISH = re.compile(r"\b(?:i am|we are) (?:strictly |completely |totally |purely )?(?:english[- ]only|monolingual)\b"
                           r"|\benglish or nothing\b|\b(?:i|we) (?:have )?never (?:learned|learnt|studied|spoken|picked up) "
                           r"(?:a|any) (?:second|other|foreign) language\b|\bonly (?:ever )?(?:spoken|known) english\b"
                           r"|^(?:(?:i|we) )?(?:only|just) (?:speak|know) english\b(?! and| or|,| plus| as well| too)"
                           r"|\bjust the one language\b")
_FIRST_PERSON_SPEAKS = {"hablo": "spanish", "parlo": "italian", "je parle": "french", "ich spreche": "german",
                        "eu falo": "portuguese", "falo": "portuguese", "ik spreek": "dutch"}
_SPEAKS_ABROAD = re.compile(r"(?:^|[,.!] )(?P<verb>hablo|parlo|je parle|ich spreche|eu falo|falo|ik spreek)\b")
_ONLY_GREETING = re.compile(r"\bonly know (?:how to say )?[\"']?(?P<word>hola|bonjour|ciao|hallo|guten tag|ola|obrigado|"
                            r"konnichiwa|ni hao|namaste|salaam|shalom|gracias|merci|danke|grazie|arigato)\b")
_GREETING_LANGUAGE = {"hola": "spanish", "gracias": "spanish", "bonjour": "french", "merci": "french", "ciao": "italian",
                      "grazie": "italian", "hallo": "german", "guten tag": "german", "danke": "german", "ola": "portuguese",
                      "obrigado": "portuguese", "konnichiwa": "japanese", "arigato": "japanese", "ni hao": "chinese",
                      "namaste": "hindi", "salaam": "arabic", "shalom": "hebrew"}
_TAUGHT_IN = re.compile(r"\b(?:taught|done|written|lectured|conducted|studied) (?:entirely |all |completely |mostly )?"
                        r"(?:in|through) (?P<lang>[a-z]+)\b")
_LANGUAGE_NEGATED = re.compile(r"\b(?:not|never|no|without|can not|could not|would|wish|want|hope|if|watch|watched|"
                               r"watching|listen|listened|listening|hear|heard|subtitles?|subtitled|dubbed|sign|signs|"
                               r"get by|bit|basic|broken|"
                               r"little|simple|few|try|tried|trying|attempt|learning|now|these days|since|anymore)\b")
# a sentence written in another language: its commonest words, which English does not use
_FOREIGN_WORDS = {
    "spanish": _set("hablo hablas habla soy estoy es muy bastante bien pero y el los las una que con para por mi mis "
                    "tengo mucho gracias espanol español castellano nosotros siempre tambien también"),
    "french": _set("je tu il nous vous suis est très tres bien mais et le les une que avec pour mon ma mes parle "
                   "français francais c'est j'ai oui beaucoup toujours aussi"),
    "german": _set("ich du wir bin ist sehr gut aber und das die der ein eine nicht mit für fur mein meine spreche "
                   "deutsch habe auch immer"),
    "italian": _set("io sono è molto bene ma il lo gli della che con per mio mia parlo italiano ho anche sempre non"),
    "portuguese": _set("eu sou estou é muito bem mas o os uma que com para meu minha falo português portugues tenho "
                       "também sempre não nao"),
    "dutch": _set("ik ben is heel goed maar en het een niet met voor mijn spreek nederlands heb ook altijd"),
}

_FOREIGN_ANY = re.compile(r"(?<![\w'])(?:" + "|".join(sorted({re.escape(w) for words in _FOREIGN_WORDS.values() for w in words},
                                                               key=len, reverse=True)) + r")(?![\w'])")
_LETTERS = re.compile(r"[a-z]+")
# the language of a nation's books and films ("I translate Brazilian novels": Portuguese)
_NATIONAL_LANGUAGE = {"brazilian": "portuguese", "mexican": "spanish", "argentinian": "spanish", "argentine": "spanish",
                      "colombian": "spanish", "chilean": "spanish", "peruvian": "spanish", "cuban": "spanish",
                      "austrian": "german", "flemish": "dutch", "persian": "farsi", "iranian": "farsi",
                      "egyptian": "arabic", "moroccan": "arabic", "lebanese": "arabic", "syrian": "arabic"}
_FOREIGN_TOKENS = frozenset(w for words in _FOREIGN_WORDS.values() for w in words)


@cache
def _language_words() -> frozenset[str]:
    """Words without which a sentence says nothing about a language: language names and their kin."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    names = [name for name in kb.parents if "language" in kb.ancestors(name)]
    extra = """english monolingual language languages lingual tongue script alphabet cyrillic devanagari kanji hangul
    hablo parlo parle spreche falo spreek""".split()
    return frozenset(word for name in names for word in name.split()) | frozenset(extra) | frozenset(_NATIONAL_LANGUAGE)


_NEXT_SUBJECT = re.compile(r", (?=(?:it|that|this|which|she|he|they|my)\b)")
_AS_A_LEAD = re.compile(r"^as an? [a-z][a-z' -]{1,30}?,? (?=(?:i|we) )")
_LANGUAGE_CUE = re.compile(r"\b(?:in|through|into|switch\w*|translat\w*|interpret\w*|grew up|raised|brought up)\b")


def _languages_used(sentence: str) -> list[OpenClaim]:
    """Languages the speaker uses: "I chat with my grandma in Mandarin", "I read Tolstoy in the original Russian",
    "I switch to Korean with my parents", "I translate Italian novels" (speaks it); a stretch of the sentence
    written in Spanish, French, German, Italian, Portuguese or Dutch ("Hablo español bastante bien")."""
    out: list[OpenClaim] = []
    tokens = set(_LETTERS.findall(sentence))
    named = not _language_words().isdisjoint(tokens)
    for part in CLAUSE_SPLIT.split(sentence)[::2] if named and _LANGUAGE_CUE.search(sentence) else ():
        clause = _AS_A_LEAD.sub("", (part or "").strip(" ,.!;:-"))  # "As a translator I work from German"
        clause = _NEXT_SUBJECT.split(clause, maxsplit=1)[0]  # not "..., it's been my bread and butter for years now"
        if not FIRST_PERSON.match(clause) or _LANGUAGE_NEGATED.search(clause) or FUTURE.search(clause):
            continue
        reads = _READS.search(clause[: clause.find(" in ")] if " in " in clause else clause) is not None
        for m in _IN_LANGUAGE.finditer(clause):
            language = m.group("lang") or m.group("to") or m.group("from") or m.group("native") or m.group("source")
            language = _NATIONAL_LANGUAGE.get(language, language) if m.group("from") else language
            following = clause[m.end():].split(maxsplit=1)
            if m.group("lang") and following and following[0] not in _PLACE_FOLLOWERS:
                continue  # "the importance of tradition in Japanese culture": a kind of thing, not a language
            if is_language(language) and language != "english":
                if reads and m.group("lang"):  # "I read Tolstoy in the original Russian": reads it, and knows it
                    out.extend(affirmed("read", language, 0.8))
                out.extend(affirmed("speak", language, 0.7 if reads else 0.8))
    if named:
        out.extend(_one_language(sentence))
    if len(tokens & _FOREIGN_TOKENS) < 2 or len(_FOREIGN_ANY.findall(sentence)) < 3:
        return out
    for chunk in re.split(r"[,;:.!?]", sentence):
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", chunk) if not unicodedata.combining(ch))
        words = TOKEN.findall(plain)
        if len(words) < 3 or '"' in chunk:
            continue
        for language, common in _FOREIGN_WORDS.items():
            if len({w for w in words if w in common}) >= 3 and sum(w in common for w in words) * 2 >= len(words):
                out.append(OpenClaim(predicate="speak", object=language, polarity="affirm", confidence=0.8))
    return out


def _one_language(sentence: str) -> list[OpenClaim]:
    """"I'm English-only", "I'm monolingual" (speaks English and no other language); "Hablo español", "je parle"
    (speaks it); "...my master's, taught in Swedish" (after I)."""
    out: list[OpenClaim] = []
    lead = LEAD.sub("", sentence)
    if _ONLY_ENGLISH.search(lead) and not CONDITIONAL.search(sentence):
        out.append(OpenClaim(predicate="speak", object="english", polarity="affirm", exclusive=True, confidence=0.85))
    for native in _NATIVE_TONGUE.finditer(lead):  # "I grew up in Athens and Greek is my mother tongue"
        if is_language(native.group("lang")):
            out.append(OpenClaim(predicate="speak", object=native.group("lang"), polarity="affirm", confidence=0.85))
    out.extend(_language_denied(sentence))
    skill = _MY_LANGUAGE_GOOD.match(lead)
    if skill and is_language(skill.group("lang")):  # "my Mandarin's good enough to haggle"
        out.append(OpenClaim(predicate="speak", object=skill.group("lang"), polarity="affirm", confidence=0.85))
    letters = _NOT_A_LETTER.search(sentence)
    if letters:  # "Arabic script? I can't read a letter of it"
        out.append(OpenClaim(predicate="read", object=letters.group("x"), polarity="deny", ability=True, confidence=0.8))
    mystery = _LANGUAGE_MYSTERY.match(lead)
    if mystery and is_language(mystery.group("lang")):  # "Japanese is a total mystery to me"
        out.append(OpenClaim(predicate="speak", object=mystery.group("lang"), polarity="deny", confidence=0.8))
    none = _NO_LANGUAGE.match(sentence)
    if none and is_language(none.group("lang")):  # "Nope, no Chinese at all"
        out.append(OpenClaim(predicate="speak", object=none.group("lang"), polarity="deny", confidence=0.75))
    abroad = _SPEAKS_ABROAD.search(lead) or _SPEAKS_ABROAD.match(lead)
    if abroad:
        out.append(OpenClaim(predicate="speak", object=_FIRST_PERSON_SPEAKS[abroad.group("verb")], polarity="affirm",
                             confidence=0.85))
    taught = _TAUGHT_IN.search(sentence)
    if taught and FIRST_PERSON.match(lead) and is_language(taught.group("lang")) and taught.group("lang") != "english" \
            and not _LANGUAGE_NEGATED.search(sentence):
        out.append(OpenClaim(predicate="speak", object=taught.group("lang"), polarity="affirm", confidence=0.75))
    return out


def _only_greeting(sentence: str) -> list[OpenClaim]:
    """"I only know 'hola'": a greeting is all the speaker knows of that language (read before quotes are cut)."""
    greeting = _ONLY_GREETING.search(sentence)
    lead = LEAD.sub("", sentence)
    if not greeting or not (FIRST_PERSON.match(lead) or lead.startswith("only know")):
        return []
    return [OpenClaim(predicate="speak", object=_GREETING_LANGUAGE[greeting.group("word")], polarity="deny",
                      confidence=0.8)]


# --- the speaker's home and its grounds ------------------------------------------------------------------
_LIVE_SETTING = re.compile(r"^(?:(?:[a-z']+)[,!. ]+)*?(?P<subject>i|we) (?:still |now |currently |actually )?live "
                           r"(?:right |way |far |deep |smack bang |slap bang |bang )?(?:out |up |down )?(?:in|on) (?:the )?"
                           r"(?:(?:very )?(?:middle|heart|centre|center) of (?:the )?)?(?P<x>city centre|city center|"
                           r"town centre|town center|inner city|city|countryside|country|sticks|middle of nowhere|"
                           r"downtown)\b")
_SETTING = {"city centre": "city", "city center": "city", "town centre": "city", "town center": "city",
            "inner city": "city", "city": "city", "downtown": "city", "countryside": "countryside",
            "country": "countryside", "sticks": "countryside", "middle of nowhere": "countryside"}
_GROUNDS = "garden|yard|backyard|back yard|front yard|lawn|outdoor space|outside space|balcony|driveway|garage"
_NO_GROUNDS = re.compile(rf"(?:,|\bwith|\band|^) (?:absolutely )?no (?P<x>{_GROUNDS})\b(?! (?:to speak of|yet))"
                         rf"|\bwithout (?:a|any) (?P<y>{_GROUNDS})\b")
_A_DWELLING = re.compile(r"\b(?:flat|apartment|studio|house|bungalow|condo|bedsit|place)\b")
_HOME_CUE = re.compile(r"\b(?:live|no|without|mow\w*|in our|in my|sold|gave away|got rid|scrapped|crashed|wrote off|"
                       r"traded|part-exchanged)\b")
_THING_AT_HOME = re.compile(r"^(?:(?:[a-z']+)[,!. ]+)*?the (?:new |old |big |huge |little |second |spare )?"
                            r"(?P<x>[a-z]+(?: [a-z]+)?) in (?:our|my) (?:house|home|flat|apartment|lounge|living room|"
                            r"front room|sitting room|kitchen|bedroom|garage|hallway|office|place|driveway)\b")
_PARTED_WITH = re.compile(r"\b(?:i|we) (?:sold|gave away|got rid of|scrapped|crashed|wrote off|traded in|part-exchanged) "
                          r"(?:my|our) (?P<x>[a-z]+(?: [a-z]+){0,2})")
_MOWING = re.compile(rf"\b(?:mow|mows|mowed|mowing|mown) (?:my|our) (?:own )?(?:front |back )?(?P<x>{_GROUNDS}|grass)\b")


def _home_and_grounds(sentence: str) -> list[OpenClaim]:
    """Where the speaker's home is and what it has: "we live right in the middle of the city" (in the city), "way
    out in the countryside"; "we live in a flat, no garden at all", "a flat without a balcony" (none);
    "mowing our backyard" (has one)."""
    out: list[OpenClaim] = []
    if not _HOME_CUE.search(sentence) or CONDITIONAL.search(sentence) or FUTURE.search(sentence):
        return out
    setting = _LIVE_SETTING.match(LEAD.sub("", sentence))
    if setting:
        out.extend(clause_claims(f"{setting.group('subject')} live in the {_SETTING[setting.group('x')]}", None))
    first_person = FIRST_PERSON.match(sentence) is not None
    for none in _NO_GROUNDS.finditer(sentence):
        if first_person and (" live " in f" {sentence} " or _A_DWELLING.search(sentence)):
            thing = none.group("x") or none.group("y")
            out.append(OpenClaim(predicate=HAVE, object=thing, polarity="deny", confidence=0.8))
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    knowledge = default_knowledge()
    for thing in [*_THING_AT_HOME.finditer(sentence), *_PARTED_WITH.finditer(sentence)]:
        phrase = noun_phrase(TOKEN.findall(thing.group("x")))
        noun = singular(phrase.rsplit(" ", 1)[-1]) if phrase else ""
        if noun and any(name == "possessable" for name, _ in knowledge.objects_of(phrase)):
            parted = thing.re is _PARTED_WITH  # "I sold my old Fiesta": had one
            out.append(OpenClaim(predicate=HAVE, object=phrase, polarity="affirm", time="past" if parted else "present",
                                 confidence=0.75))
    for mowing in _MOWING.finditer(sentence):
        thing = "lawn" if mowing.group("x") == "grass" else mowing.group("x")
        out.append(OpenClaim(predicate=HAVE, object=thing, polarity="affirm", confidence=0.8))
    return out


# --- statements that leave out their "I" ------------------------------------------------------------------
_ELIDED_PAST = re.compile(r"^(?:just |only |also |finally |recently |once )?(?:spent|went|got|bought|moved|lived|grew up|"
                          r"flew|drove|visited|stayed|sold|picked up|took|met|worked|studied|camped|hiked)\b")
_ELIDED_DENIAL = re.compile(r"^(?:do not|does not|did not|never|can not|have never|have not|had never)\s+"
                            r"(?:even |ever |really |actually )?(?:own|owned|have|had|been|speak|spoke|smoke|smoked|"
                            r"drive|drove|drink|drank|eat|ate|read|know|knew|learned|learnt|lived|left|set foot|"
                            r"travelled|traveled|visited|went|seen)\b")
_PLACE_CLAIMS = frozenset({"be in", "liv in", "be from", "go to"})
_PLACE_READS = frozenset({"go to", "be in", "visit", "liv in", "fly to", "travel to", "mov to", "grow up in", "be born in",
                          "study in", "work in", "be from", "be to"})


def _elided_i(sentence: str, written: str) -> list[OpenClaim]:
    """A statement about oneself that leaves out "I": "Spent a long weekend in Austin", "Just got the latest
    iPhone", "Don't own a car, never have", "Never been down under" (read as if it said "I"). Only past
    verbs and denials of states are read, so that commands ("Don't worry", "Go to Rome!") are not."""
    lead = LEAD.sub("", sentence)
    if not (_ELIDED_PAST.match(lead) or _ELIDED_DENIAL.match(lead)) or CONDITIONAL.search(lead.split(",", 1)[0]):
        return []
    text = f"i {lead}"
    claims = [c for clause, qualifier in main_clauses(text)[:1] for c in clause_claims(clause, qualifier)]
    claims += [c for c in _whereabouts(text) if _written_as_a_name(c.object, written)]
    claims += possessions(text)
    return [c for c in claims if c.predicate not in _PLACE_CLAIMS or c.object]


def _language_denied(sentence: str) -> list[OpenClaim]:
    """"Chinese, no, I don't speak any", "Sign language? No, I don't know a single sign" (the topic comes first)."""
    topic = _TOPIC_DENIED.match(sentence)
    if not topic or not is_language(topic.group("lang")):
        return []
    verb = "know" if topic.group("verb") == "know" else "speak"  # "Russian? I wouldn't know where to start": speak
    return [OpenClaim(predicate=verb, object=topic.group("lang"), polarity="deny", confidence=0.8)]


# --- how long the speaker has lived in their home ------------------------------------------------------------
THIS_HOME = "this home"
_DWELLING = r"(?:house|flat|apartment|home|place|cottage|bungalow|farmhouse)"
_LIVED_HERE = re.compile(rf"\b(?:i|we) (?:have |had )?(?:lived|been living|been) (?:in|at) (?:this|the same|our|my) "
                         rf"(?:same |very |old )?{_DWELLING} (?:for (?:over |more than |nearly |almost |about |well over )?"
                         rf"(?P<n>[a-z0-9-]+) years|since (?P<since>(?:19|20)\d\d))")
_MOVED_HERE = re.compile(rf"\b(?:i|we) (?:only |just |recently |finally )?(?:moved|have moved) (?:in(?: here)?|(?:in)?to "
                         rf"(?:this|our|my|the) (?:new )?{_DWELLING}(?: here)?) (?:in (?P<year>(?:19|20)\d\d)|"
                         rf"(?P<ago>[a-z0-9-]+) years? ago|(?P<recent>last year|this year|last month|this month|"
                         rf"last week|recently|(?:last|this) (?:summer|spring|winter|autumn|fall)))")
_RECENT_MOVE = {"last year": 1}  # every other "recent" move is within the year


def _tenure(sentence: str) -> list[OpenClaim]:
    """"I've lived in this house for forty years" (moved in at least forty years ago) and "we only moved into this
    house in 2021" (moved in then): claims about the speaker's present home, compared by the year they imply."""
    out: list[OpenClaim] = []
    if CONDITIONAL.search(sentence) or FUTURE.search(sentence):
        return out
    lived = _LIVED_HERE.search(sentence)
    if lived:
        years = parse_number(lived.group("n")) if lived.group("n") else None
        since = lived.group("since")
        if years or since:
            out.append(OpenClaim(predicate="have lived in", object=THIS_HOME, quantity=years, confidence=0.85,
                                 qualifier=f"since:{since}" if since else "years"))
    moved = _MOVED_HERE.search(sentence)
    if moved:
        ago = parse_number(moved.group("ago")) if moved.group("ago") else None
        if moved.group("year"):
            qualifier = f"year:{moved.group('year')}"
        elif ago is not None:
            qualifier = f"ago:{ago}"
        else:
            qualifier = f"ago:{_RECENT_MOVE.get(moved.group('recent'), 0)}"
        out.append(OpenClaim(predicate="mov into", object=THIS_HOME, time="past", qualifier=qualifier, confidence=0.85))
    return out


FORM_READERS.append(read_whereabouts)
