"""Text normalisation for the rules grammar: contractions, numbers written as words, sentences."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["LARGE_NUMBERS", "normalise", "parse_number", "sentences", "without_discourse_markers",
           "without_tag_question"]

_UNITS = {"zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
          "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
          "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "couple": 2, "pair": 2, "twin": 2, "twins": 2, "dozen": 12}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
LARGE_NUMBERS = {"hundred": 100, "thousand": 1000}  # a word that multiplies the number before it
NUMBER = (r"(?:(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|"
          r"six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred)"
          r"(?:[- ](?:hundred|thousand)\b)?)")  # "three hundred sheep" are 300, not three


def parse_number(text: str) -> int | None:
    """`34`, `thirty-four`, `thirty four`, `two` -> int; None if it is not a number."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text in ("a hundred", "one hundred"):
        return 100
    if text in _UNITS:
        return _UNITS[text]
    parts = re.split(r"[- ]", text)
    if len(parts) > 1 and parts[-1] in LARGE_NUMBERS:
        base = parse_number(" ".join(parts[:-1]))
        return None if base is None else base * LARGE_NUMBERS[parts[-1]]
    if parts and parts[0] in _TENS:
        value = _TENS[parts[0]]
        if len(parts) == 2 and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
            return value + _UNITS[parts[1]]
        if len(parts) == 1:
            return value
    return None


_EXPANSIONS = {"i'm": "i am", "i've": "i have", "i'll": "i will", "i'd": "i would", "can't": "can not",
               "won't": "will not", "shan't": "shall not", "ain't": "am not", "cannot": "can not",
               "gonna": "going to", "wanna": "want to", "we've": "we have", "we're": "we are", "we'd": "we would",
               "we'll": "we will", "outta": "out of", "kinda": "kind of", "sorta": "sort of", "they've": "they have",
               "they're": "they are"}
_CONTRACTION = re.compile(r"\b(?:i'm|i've|i'll|i'd|we've|we're|we'd|we'll|they've|they're|can't|won't|shan't|ain't|cannot|"
                         r"gonna|wanna|"
                         r"outta|kinda|sorta)\b|"
                         r"n't\b|"
                         r"\b(?:im|ive|theres|thats|whats|youre|theyre|hes|shes|weve|dont|doesnt|didnt|cant|wont|isnt|arent|"
                         r"wasnt|werent|havent|hasnt|hadnt|"
                         r"wouldnt|couldnt|shouldnt)\b")
_BARE = {"im": "i am", "ive": "i have", "cant": "can not", "wont": "will not", "theres": "there is", "thats": "that is",
         "whats": "what is", "youre": "you are", "theyre": "they are", "hes": "he is", "shes": "she is",
         "weve": "we have"}
_SPACES = re.compile(r"\s+")
# common misspellings in casual typing, so "I'm definately not vegan" reads like "definitely"
_TYPOS = {"definately": "definitely", "definatly": "definitely", "defintely": "definitely", "realy": "really",
          "beleive": "believe", "belive": "believe", "resturant": "restaurant", "alot": "a lot",
          "becuase": "because", "becasue": "because", "freind": "friend", "freinds": "friends", "wierd": "weird",
          "tommorow": "tomorrow", "probaly": "probably", "untill": "until", "basicly": "basically",
          "truely": "truly", "writting": "writing", "excercise": "exercise", "vegitarian": "vegetarian",
          "vegeterian": "vegetarian", "alergic": "allergic", "marraige": "marriage",
          "maried": "married", "divorsed": "divorced", "neice": "niece"}
# Chat shorthand, written out: "single af rn" is "single right now", "my bf" is "my boyfriend". "rn" after an
# article is a registered nurse ("I'm an RN").
_SHORTHAND = {"rn": "right now", "atm": "at the moment", "af": "", "irl": "in real life", "idk": "i do not know",
              "prolly": "probably", "bf": "boyfriend", "gf": "girlfriend", "bday": "birthday", "yrs": "years",
              "cuz": "because", "coz": "because", "bc": "because", "w/": "with", "smth": "something", "abt": "about",
              "bro": "brother", "sis": "sister", "tho": "though", "altho": "although", "fr": "", "lowkey": "",
              "highkey": ""}
# "w my mom": with; "even though my whole family does": a clause of its own, as "though" opens one
_W_WITH = re.compile(r"\bw (?=(?:my|his|her|the|a|an|our|their|your|some|friends|mom|mum|dad|family)\b)")
_EVEN_THOUGH = re.compile(r"\beven (?=though\b)")
# "its embarrassing", "its been ages": "it is", "it has" typed without the apostrophe (never a possessive before these)
_ITS = re.compile(r"\bits (?=(?:so|really|very|embarrassing|crazy|insane|wild|fine|ok|okay|a|an|the|not|just|always|"
                  r"never|too|literally|honestly|like|kinda|pretty|my|our|been|got)\b)")
_SHORTHAND_WORD = re.compile(r"(?<!\ban )(?<!\ba )(?<!\bthe )(?<![\w/])(?:" +
                             "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w/])")
_FULL_TIME = re.compile(r"\b(full|part) time\b")
_STAY_AT_HOME = re.compile(r"\bstay at home (?=(?:mum|mom|dad|mother|father|parent|wife|husband)s?\b)")
_BODY_TROUBLE = re.compile(r"\b(breathing|sleeping|drinking) (?:problems?|issues?|trouble|difficulties)\b")
_IS = re.compile(r"\b([a-z]+)'s (my|a|an|the|not|so|really|very|just|always|never|pretty|quite|too|definitely|"
                 r"probably|totally|absolutely|literally|honestly|basically|still|also|only|actually|kind of|sort of|"
                 r"beyond|hopeless|impossible|useless|something|somewhere|what|no)\b")
_HAS = re.compile(r"\b([a-z]+)'s ((?:(?:never|always|not|ever|just|already|really|only|finally) )?(?:been|got))\b")
# Scots and Irish speech as typed: "I cannae swim", "wi' ma pals", "never in my puff", "pure feart o' moths"
_DIALECT = {"cannae": "can not", "canna": "can not", "cannie": "can not", "dinnae": "do not", "didnae": "did not",
            "doesnae": "does not", "wasnae": "was not", "isnae": "is not", "havenae": "have not", "hasnae": "has not",
            "wouldnae": "would not", "widnae": "would not", "couldnae": "could not", "willnae": "will not",
            "wi'": "with", "tae": "to", "tae kwon do": "tae kwon do", "tae kwan do": "tae kwan do", "tae bo": "tae bo",
            "canna lily": "canna lily", "canna lilies": "canna lilies",
            "oot": "out", "oor": "our", "feart": "scared", "naw": "no", "o'": "of",
            "nae": "no", "yer": "your", "in my puff": "in my life", "in ma puff": "in my life"}
_DIALECT_HINTS = ("nae", "nna", "nnie", "wi'", "tae", "oot", "oor", "feart", "naw", "o'", "yer", "puff")  # cheap first look
_DIALECT_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(k) for k in sorted(_DIALECT, key=len, reverse=True)) +
                           r")(?![\w'])")
# "me mam", "me tortoise Doris is forty": my (Irish and Northern English)
_ME_MY = re.compile(r"(?:^|(?<=[,.!?;] ))me (?=(?:mam|mum|ma|da|dad|nan|nana|nanna|gran|granda|grandad|brother|sister|husband|"
                    r"wife|fella|missus|kids|kid|dog|cat|tortoise|house|car|job|boss|mate|mates|family|auld)\b)")
_AINT_NEVER = re.compile(r"\b(i|we) (?:ain't|aint) never (?=been|had|done|seen|gone|eaten|smoked|drunk|met)")
_PURE = re.compile(r"\bpure (?=(?:scared|feart|terrified|raging|gutted|mad|buzzing|brilliant|delighted|dead|"
                   r"stressed|worried|nervous|shattered)\b)")  # "pure feart": really scared
# "chickens out back of the barn", "we keep chickens out back": outside
_OUT_BACK = re.compile(r"\bout (?:the (?:back|front)\b|(?:back|front) of\b|(?:back|front)(?=[,.;!]|$| and | but | so ))")
_MA = re.compile(r"(?<!\bmy )(?<!\bour )(?<!\byour )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\ban )(?<!\ba )\bma\b"
                 r"(?= (?!(?:and|in|degree|course|student|programme|program|thesis)\b)[a-z])")
_TYPO = re.compile(r"\b(?:" + "|".join(sorted(_TYPOS, key=len, reverse=True)) + r")\b")


def _expand(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _EXPANSIONS:
        return _EXPANSIONS[word]
    if word in _BARE:
        return _BARE[word]
    if word.endswith("nt") and not word.endswith("n't"):  # "dont", written without its apostrophe
        return word[:-2] + " not"
    return " not"


# apostrophes left out where only a possessive makes sense: one has one mum ("my moms brother"), and a degree
# is a master's
_ONLY_ONE = re.compile(r"\b(my|our) (mom|mum|mother|dad|father|wife|husband|hubby|missus|boyfriend|girlfriend|fiance|fiancee)s\b")
_DEGREE_OF = re.compile(r"\b(master|bachelor|associate)s (degree|course|program|programme)\b")
_A_GO_AT = re.compile(r"\b(i|we|i have|we have|i have never|we have never|never) (?:had|have) a go at "
                      r"(?!(?:me|him|her|them|us|you)\b)")
_ATTEMPTED = re.compile(r"\b(i|we|i have|we have|i have never|we have never|never|i have not|we have not) attempted "
                        r"(?=(?:a|an|the|any)\b)")  # "I've never attempted a cryptic crossword": never tried one
_AM_NO = re.compile(r"\bi am no (?=(?:vegan|vegetarian|veggie|christian|catholic|muslim|jew|atheist|smoker|drinker|"
                    r"teetotaller|morning person|night owl|athlete|runner|swimmer|cook|driver)\b)")
_REFUSE = re.compile(r"\b(i|we) (?:just |flat out |flatly |simply )?refuse to (?=(?:watch|eat|drink|read|listen to|wear|use|"
                     r"play|cook|buy|own)\b)")
# emphasis that is no condition: "I couldn't change a tyre if my life depended on it", "can't draw to save my life"
_NO_CONDITION = re.compile(r",? (?:even )?(?:if|though) (?:my|our) (?:life|lives) (?:depended|depends) on it\b|"
                           r",? to save (?:my|our) (?:life|lives)\b|,? for the life of (?:me|us)\b|"
                           r",? (?:even )?if you paid me(?: a (?:million|fortune|grand)(?: (?:pounds|quid|dollars|bucks))?)?\b|"
                           r",? for love (?:n?or|nor) money\b")
_ABOVE_ALL = re.compile(r",? (?:more than anything(?: else)?(?: in the world)?|above all else)(?=[,.;!?]|$)")  # emphasis
_NOT_EVER = re.compile(r"\b(?:(?P<s>i|we) (?:do|did) not ever|(?P<h>have|has|had) not ever)\b")  # "I have not ever": never
# a clause taken back at once: "I'm a world-class couch potato, joking, I do actually run"
_TAKEN_BACK = re.compile(r"^(?:i am|i have) [^,.;!?]+,\s*(?:(?:only|just|i am) )?(?:joking|kidding|jk)(?: lol| haha)?"
                         r"\s*[,.!;]+\s*(?=i )")
_SKATING = re.compile(r"\b(ice|roller) (skate|skates|skated)\b")  # one verb: "I can't ice skate"
_NOT_EVEN_ENOUGH = re.compile(r", (?:not )?even enough to [a-z' ]+")  # "I don't speak any Mandarin, not even enough to
# say hello": emphasis of the denial before it
_SO_MUCH_AS = re.compile(r"\b(never|not|not even|never even) so much as ")
_IN_THE_HEART = re.compile(r"\bin the heart of (?=(?:the )?[a-z])")
_BACK_THEN = re.compile(r"\bback (?=(?:in (?:\d{4}|the day|the \d0s|the [a-z]+ties)|when)\b)")


# speech as transcribed: fillers ("uh", "um"), asides (", you know,", ", like,"), restarts ("I've- I've", "we- we've",
# "I don't, um, I don't eat meat") and repeated words ("a, a car")
_FILLER = re.compile(r"(?:(?<=^)|(?<=[\s,]))(?:uh+|um+|erm|uhm)\b[,.]*\s*")
_ASIDE = re.compile(r"(?P<before>\b[a-z']+)?,\s+(?:you know|i mean|like|sort of|kind of|y'know|uh+|um+|erm|uhm)\s*,\s+"
                    r"(?=(?P<next>[a-z']*))")
# words an aside interrupts mid-phrase ("a, you know, a car", "worked in, like, healthcare"); after any other word it
# stands between two clauses or items, and its commas stay ("I don't fast, like, I've never done Ramadan")
_MID_PHRASE = frozenset("a an the my our your his her their i we in on at for to of with about from by as "
                        # an adverb between the subject and its verb ("I usually, you know, sleep the whole way")
                        "usually always never often sometimes normally generally still also just even really actually "
                        "basically literally totally definitely probably rarely seldom hardly can can't could "
                        "would will do don't did didn't have haven't am".split())
_RESTART = re.compile(r"\b(?:i|we|i've|i'm|we've|we're|i'd|i'll|ive|im|id|weve|were|a|an|the|my|our|just|really|so|"
                      r"like|in|on|at|to|for|with|and|but)-+\s+(?=[a-z])")
# any word said again after a comma ("we've never, never had", "so during, during Ramadan"): said once
_ANY_SAID_TWICE = re.compile(r"\b(\w+), \1\b")  # a cheap first look: some word said twice
_SAID_TWICE = re.compile(r"\b(never|always|during|in|at|on|to|for|with|from|the|an|and|but|or|i|we|my|our|just|was|were|"
                         r"had|have|has|been|not|did|do|is|are|when|if|because|since|after|before|about|like), \1\b(?![-'])")
_REPEATED = re.compile(r"\b((?:i|we|i'm|i've|we've|we're|i'd)(?: [a-z']+){0,2}|a|an|the|my|our),? \1\b(?! ?[0-9]|-)")


def _without_disfluencies(text: str) -> str:
    """`text` (lower case) without the fillers, asides and restarts of speech as it was transcribed."""
    if "-" in text:
        text = _RESTART.sub("", text)
    if "," in text:
        text = _ASIDE.sub(lambda m: f"{m.group('before') or ''}"
                          f"{' ' if m.group('before') in _MID_PHRASE and m.group('next') != m.group('before') else ', '}", text)
    if any(f in text for f in ("uh", "um", "erm")):  # (not "er": in most sentences, and no longer a filler)
        text = _FILLER.sub("", text)
    text = _REPEATED.sub(r"\1", text)
    return _SAID_TWICE.sub(r"\1", text) if ", " in text and _ANY_SAID_TWICE.search(text) else text


_SIGHT_READ = re.compile(r"\bsight read(?! (?:the |my |a |our )?(?:lines?|scripts?|parts?|text|speech)\b)")
_ELEVEN_PLUS = re.compile(r"\b(?:eleven|11)[ -]?plus\b")
# "till 3am", "till I was ten": until (not "the till", "on the tills")
_TILL = re.compile(r"(?<![a-z])(?<!the )(?<!a )'?til+ (?=\d|late|midnight|dawn|morning|noon|night|lunch|dinner|bedtime|recently|"
                   r"now|then|last|next|this|i\b|we\b|my\b|the (?:end|day|age)|about|around|after|quite)")


@lru_cache(maxsize=2048)  # a turn's sentences are normalised by several readers; a few hundred texts come back


def normalise(text: str) -> str:
    """Lower case, straight quotes, contractions expanded, spaces folded."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = _without_disfluencies(text)
    if "ain" in text:
        text = _AINT_NEVER.sub(r"\1 have never ", text)  # "i ain't never been mormon": I have never been
    text = _CONTRACTION.sub(_expand, text)
    text = _TYPO.sub(lambda m: _TYPOS[m.group(0)], text)
    if any(hint in text for hint in _DIALECT_HINTS) and _DIALECT_WORD.search(text):
        text = _DIALECT_WORD.sub(lambda m: _DIALECT[m.group(0)], text)
    if text.startswith("me ") or any(f"{stop} me " in text for stop in ".,!?;"):
        text = _ME_MY.sub("my ", text)
    if "pure " in text:
        text = _PURE.sub("really ", text)
    if "out back" in text or "out the " in text or "out front" in text:
        text = _OUT_BACK.sub(lambda m: "outside of" if m.group(0).endswith(" of") else "outside", text)
    if "ma " in text:
        text = _MA.sub("my", text)
    text = _SHORTHAND_WORD.sub(lambda m: _SHORTHAND[m.group(0)], text)
    if "w " in text:
        text = _W_WITH.sub("with ", text)
    if "even though" in text:
        text = _EVEN_THOUGH.sub("", text)
    if "plus" in text:
        text = _ELEVEN_PLUS.sub("eleven-plus", text)  # the exam, not a number and a "plus"
    if "till " in text:
        text = _TILL.sub("until ", text)
    if "sight read" in text:
        text = _SIGHT_READ.sub("sight-read", text)  # one verb, however written (music, not "the lines at the table read")
    if "its " in text:
        text = _ITS.sub(lambda m: ("" if m.start() == 0 or text[m.start() - 2] in ",.!?;" else ", ") +
                        ("it has " if text.startswith(("been", "got"), m.end()) else "it is "), text).replace(" , ", ", ")
    if "joking" in text or "kidding" in text or "jk" in text:
        text = _TAKEN_BACK.sub("", text)
    if "skat" in text:
        text = _SKATING.sub(r"\1\2", text)
    if "even enough to " in text:
        text = _NOT_EVEN_ENOUGH.sub("", text)
    if " not ever" in text:
        text = _NOT_EVER.sub(lambda m: f"{m.group('s')} never" if m.group("s") else f"{m.group('h')} never", text)
    if "more than anything" in text or "above all else" in text:
        text = _ABOVE_ALL.sub("", text)
    if (" life" in text or " lives" in text or " paid me" in text or " money" in text) and _NO_CONDITION.search(text):
        text = _NO_CONDITION.sub("\x00", text)  # "couldn't draw to save my life": can't, in that clause only ("I
        # couldn't swim until I was ten, and I can't draw to save my life" keeps its first "couldn't")
        if "\x00" in text:
            parts = text.split("\x00")
            for k in range(len(parts) - 1):
                clause_start = max(parts[k].rfind(","), parts[k].rfind(" and "), parts[k].rfind(". "), -1) + 1
                parts[k] = parts[k][:clause_start] + parts[k][clause_start:].replace("could not ", "can not ")
            text = "".join(parts)
    text = _ONLY_ONE.sub(r"\1 \2's", _DEGREE_OF.sub(r"\1's \2", text))
    text = _FULL_TIME.sub(r"\1-time", text)  # "full time" is one word, as "full-time" is
    text = _STAY_AT_HOME.sub("stay-at-home ", text)  # "a stay at home dad"
    text = _BODY_TROUBLE.sub(r"\1-problem", text)  # "breathing problems" name a trouble, not an activity
    text = _HAS.sub(r"\1 has \2", text)  # "the dog's been fed", "yoga's never been my thing"
    text = _IS.sub(r"\1 is \2", text)  # "german's my mother tongue"
    text = _BACK_THEN.sub("", text)  # "we bought our house back in 2010": in 2010
    if " a go at " in text:
        text = _A_GO_AT.sub(r"\1 tried ", text)  # "I've never had a go at the cello" (not "she had a go at me")
    if " attempted " in text:
        text = _ATTEMPTED.sub(r"\1 tried ", text)
    if "i am no " in text:
        text = _AM_NO.sub("i am not a ", text)  # "I'm no vegan" (the other shapes, "I'm no great dancer", are read
        # as they are)
    if "refuse to " in text:
        text = _REFUSE.sub(r"\1 do not ", text)  # "I refuse to watch horror films": I don't
    if "only ever " in text:
        text = text.replace("only ever ", "only ")  # "I only ever work day shifts": only
    if "far too " in text or "way too " in text:
        text = re.sub(r"\b(?:far|way) too ", "too ", text)  # "I'm far too scared of ghosts": too scared
    if " so much as " in text:
        text = _SO_MUCH_AS.sub(r"\1 ", text)  # "I've never so much as held a needle": never held one
    text = _IN_THE_HEART.sub("in ", text)  # "I live in the heart of London": in London
    return _SPACES.sub(" ", text).strip()


_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+(?=but i\b)|(?<!\bhi)(?<!hello)(?<!\bhey)(?<!there),"
                    r"\s+(?=(?:and )?i (?:am|have|live|work|love|hate|was|used)\b)", re.IGNORECASE)


# a sentence opened by a remark that names nobody ("It's been a long week but drove my nan to the hospital", "Sorry
# for the slow reply but never learned to swim") is read after its "but", where a statement that drops its "I" starts
# the rest of a sentence points back to what came before "but" ("Dogs are great but I don't have one")
POINTS_BACK = r"(?![^.!?]*\b(?:one|it|them|those|these|that|so|too|either)\b)"
_REMARK_BUT = re.compile(rf"^(?P<remark>(?:[a-z']+[ ,]+){{1,8}}?)but\s+(?=[a-z]){POINTS_BACK}", re.IGNORECASE)
_SPEAKER_NAMED = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|we're|we've|our|ours|us)\b"
                            r"|\b(?:all|nothing|anything|everything|everyone|anyone|none|nobody|not|no|last|first)[ ,]+$",
                            re.IGNORECASE)


def after_remark(part: str) -> str:
    """`part` from after its "but" when what comes before says nothing of the speaker ("It's been a long week but");
    else unchanged."""
    match = _REMARK_BUT.match(part)
    return part[match.end():] if match and not _SPEAKER_NAMED.search(match.group("remark")) else part


def sentences(text: str) -> list[tuple[int, str]]:
    """(start offset, sentence) pieces of `text`, split at sentence ends and at clause boundaries."""
    out: list[tuple[int, str]] = []
    position = 0
    for piece in _SPLIT.split(text):
        if piece is None:
            continue
        start = text.find(piece, position)
        if start < 0:
            start = position
        position = start + len(piece)
        said = after_remark(piece.strip())
        if said:
            out.append((start + len(piece.rstrip()) - len(said), said))
    return out


_TAG_QUESTION = re.compile(r",\s*(?:can you believe (?:it|that)|would you believe (?:it|that)|you know|right|is not it|isn't it|"
                           r"innit|eh|huh|do not you think|don't you think|wouldn't you say|(?:and|what about|how about) you|"
                           r"you|ya know|yeah|no|ok|okay|crazy,? right|imagine that|guess what|where does the time go|"
                           r"where did the time go|"
                           r"who knew|who would have thought|can you imagine|how crazy is that|how about that|"
                           r"would you believe)\s*\?+\s*$", re.IGNORECASE)


def without_tag_question(sentence: str) -> str:
    """A statement with a question tagged on ("my grandson starts school in May, can you believe it?",
    "I love it, you know?") as the statement it is; other text unchanged."""
    match = _TAG_QUESTION.search(sentence)
    return sentence[: match.start()] if match else sentence


# Words and phrases that open or close a statement without adding to what it says. Those listed first may be
# followed by a space alone ("lol my grandma taught me to knit"); the second list only by a comma or a stop,
# since "well done" means something. Denials ("No,", "Nope,") and greetings ("Hi, I'm Alex") stay for their
# readers, and time words ("these days") stay because they date the statement.
_MARKERS_BARE = (r"lol+|lmao+|lmfao|rofl|och|arre yaar|arre|ehn|"
                 r"ha(?:ha)+h?|he(?:he)+|tbh|tbf|ngl|imo|imho|fwiw|fyi|honestly|truthfully|frankly|"
                 r"admittedly|to be fair|to be honest(?: with you)?|in all honesty|truth be told|(?:the )?truth is|"
                 r"to tell (?:you )?the truth|(?:i(?:'m| am) )?not (?:gonna|going to) lie|fun fact|"
                 r"funnily enough|funny enough|believe it or not|as it happens|for what it'?s worth|full disclosure|"
                 r"real talk|confession time|between you and me|oh man|oh boy|oh wow|oh my (?:god|gosh|goodness)|omg|"
                 r"oh god|good lord|mind you|you know what|guess what|knock on wood|touch wood|fingers crossed|"
                 r"i(?: will|'ll|ll| must| have to| got to| gotta|'ve got to|ve got to| would have to|'d have to|"
                 r" need to) (?:be honest|say|admit|confess|tell you)|let me tell you|"
                 r"(?:the )?(?:funny )?thing is|(?:the )?fact is|"
                 r"(?:the )?point is|(?:the |my )?(?:honest |short |simple |real |true )?answer is(?: that)?|"
                 r"to answer your question|(?:i am |i'm )?(?:so |very |really )?(?:proud|thrilled|excited|delighted|happy|"
                 r"humbled|pleased) to (?:share|announce|say)(?: that)?|full transparency|for the record|just so you know|"
                 r"just saying|in my case|as for me|as for myself|"
                 r"me personally|personally speaking|speaking for myself|speaking of which|come to think of it|"
                 r"now that you mention it|funny you (?:should )?(?:ask|mention it|mention that|say that)|"
                 r"(?:that is a |that'?s a |what a )?(?:good|great) question|ok so|okay so|so yeah|yeah so|well actually|"
                 r"and yeah|and|but|hm+|um+|uh+|er+m*")
_MARKERS_PUNCTUATED = (r"well|oh|yeah|yes|yep|yup|ah+|aw+|so|actually|anyway|anyways|look|listen|see|"
                       r"ok|okay|sure|right|man|dude|mate|wow|gosh|jeez|geez|ugh|meh|personally|basically|"
                       r"seriously|funny|ha|ooh|heh|agreed|true|totally|exactly|same|nice|cool|awesome|aww|me|i mean|"
                       r"i won'?t lie|i will not lie|(?:i )?(?:can'?t|cannot|can not) lie|i admit|i confess|"
                       r"i(?:'m| am) telling you|i tell you|believe me|trust me")
_LEADING_MARKERS = re.compile(rf"^(?:(?:(?:{_MARKERS_BARE})(?:[,!.:]+\s*|\s+)|(?:{_MARKERS_PUNCTUATED})[,!.:]+\s*))+(?=[a-z])",
                              re.IGNORECASE)
_TRAILING_MARKERS = re.compile(r"(?:,?\s+(?:lol+|lmao+|ha(?:ha)+h?|he(?:he)+|tbh|tbf|ngl|honestly|to be fair|to be honest"
                               r"(?: with you)?|if i(?:'m| am) (?:being )?honest|if you must know|if that makes sense|"
                               r"though|haha|you know|i swear|for real|fr|xd|anyway|anyways|believe me|trust me|no lie|"
                               r"no joke|not gonna lie|i (?:must|have to) say|i tell you|let me tell you)|"
                               r",?\s+(?:what|how) about you(?:rself)?|,\s*and you|"
                               r",?\s+you\?)\s*([.!?]*)$", re.IGNORECASE)


# a word of address at the end: "never studied psychology mate" (not "my mate", "a good mate", "the lads")
_TRAILING_ADDRESS = re.compile(r"(?<!\bmy)(?<!\bour)(?<!\byour)(?<!\bhis)(?<!\bher)(?<!\ba)(?<!\bthe)(?<!\bbest)(?<!\bold)"
                               r"(?<!\bgood)(?<!\bwork)(?<!\bschool)(?<!\buni)(?<!\bflat)(?<!\bhouse)(?<!\bsoul)(?<!\bclass)"
                               r",?\s+(?:mate|dude|bro|yaar|innit|fam|pal)\s*([.!?]*)$", re.IGNORECASE)
_SENTENCE_ADVERB = re.compile(r"\b(i|we)\s+(?:(?:honestly|literally|genuinely|seriously|basically|truly|actually|"
                              r"personally|definitely|totally|obviously|certainly|absolutely|really)\s+)+(?=[a-z])",
                              re.IGNORECASE)


@lru_cache(maxsize=2048)
def without_discourse_markers(sentence: str) -> str:
    """A statement without the words that open or close it and say nothing of the speaker ("To be fair,",
    "lol", "tbh", a "what about you" run on without a stop): "lol my grandma taught me to knit" is "my
    grandma taught me to knit"; "i work 60-hour weeks What about you?" is the statement it starts with; "I honestly can't swim" is
    "I can't swim". A question tagged on is set aside first (`without_tag_question`)."""
    sentence = without_tag_question(sentence)
    out = _SENTENCE_ADVERB.sub(r"\1 ", _LEADING_MARKERS.sub("", sentence))
    for _ in range(3):  # "... haha tbh"
        stripped = _TRAILING_MARKERS.sub(lambda m: "." if "?" in m.group(1) else m.group(1), out)
        stripped = _TRAILING_ADDRESS.sub(lambda m: "." if "?" in m.group(1) else m.group(1), stripped)
        if stripped == out:
            break
        out = stripped
    return out if out.strip(" .!?") else sentence
