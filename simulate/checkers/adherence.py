"""Adherence: a persona that stops speaking as itself. Pure and incremental; no I/O.

`AdherenceChecker.add` reads one turn at a time and returns findings of four kinds. What `against`
holds (always `{"turn": i}` items) is fixed per kind:

- `third_person` (slot `name`): the persona narrates itself in the third person, by its own first or
  full name ("Walter Pruitt, who you mentioned, ...", "Walter thinks ..."). `against`: the finding's
  own turn. Self-introductions ("I'm Walter", "Walter here", "my name is Walter Pruitt") and a leading
  "Walter:" label of its own name are not findings.
- `impersonation` (slot `identity`): it speaks as another persona: a line starting with that persona's
  name and a colon ("Jasmine: I think ..."), or an introduction as them ("I'm Jasmine", "my name is
  Jasmine", "Hi, this is Jasmine"). `against`: the impersonated persona's latest turn, or the finding's
  own turn if that persona has not spoken yet.
- `wrong_name` (slot `name`): it calls the addressee by a known persona's name that is not theirs
  ("Thanks, Walter!" said by Walter to Jasmine; "Hi Nadia," said to Jasmine). `against`: the
  addressee's latest turn, or the finding's own turn if the addressee has not spoken (or is unknown).
- `repetition` (slot `text`): the turn repeats one of the speaker's own last `window` turns (same
  normalised text, or token-set Jaccard >= 0.8 where the words that differ neither swap one content
  word for another nor add a polarity word such as "least" or "not"), or says one sentence (4+ words)
  three or more times. Only turns of 6+ words with 3+ content words count; a turn under 8 words, or
  one that ends in a question, needs two earlier copies (a stock reply or a question asked again is
  conversation). Answers to probes are left out
  (retests ask the same question on purpose). `against`: the earlier turns it repeats, oldest first;
  for a sentence repeated within the turn, the turn itself.

Name kinds only use the names given to the checker, and only those that look like a person's name:
a label such as "User 1" or "Speaker A" switches them off for that speaker (and as an addressee).
Names inside quotation marks are someone else's words and are skipped. Every pattern errs towards
silence: a missed finding costs less than a false alarm. Probe questions (`kind="probe_question"`)
get no findings. Cost per turn is flat: a bounded window per speaker and precompiled patterns.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import InputError
from .conversation import TurnIn
from .findings import Finding, FindingKind
from .open_claims import extract_open_claims

__all__ = ["AdherenceChecker", "is_person_name"]

_ROLE_WORDS = frozenset("""user speaker person persona agent bot assistant human participant interviewer
interviewee system model narrator customer client player character host guest moderator partner
respondent subject caller operator""".split())

# First names that are also everyday words: alone they only count in the clearest patterns.
_WORD_NAMES = frozenset("""will may mark bill hope grace joy faith june april august summer autumn winter
dawn rose lily daisy iris violet ivy holly heather hazel olive ruby pearl amber jade crystal ginger honey
sky river rain storm sunny sandy rusty art pat sue ray rob jack frank gene guy don drew dean chase hunter
miles wade cliff glen brook bud buck penny nick jasmine rocky sterling royal king major precious destiny
harmony melody charity patience prudence trinity angel baby cherry cookie kitty misty star echo ocean
phoenix raven robin wren sage willow sierra shadow page paige bishop carter cash clay cole cooper
fisher forest gray grey hall heath lane lee long mason page reed rich rod sol stone tuck walker ward
west young""".split())

_PARTICLES = frozenset("van von de da del della der di du la le bin ibn al dos das ter ten".split())
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_QUOTE = 80


def is_person_name(label: str) -> bool:
    """Whether a speaker label reads as a person's name ("Jasmine Alvarez"), not a role ("User 1")."""
    tokens = label.split()
    if not tokens or any(not _NAME_TOKEN.fullmatch(t) for t in tokens) or not tokens[0][0].isupper():
        return False
    if any(not t[0].isupper() and t not in _PARTICLES for t in tokens[1:]):
        return False
    if tokens[0].lower() in _ROLE_WORDS:
        return False
    return not (len(tokens) > 1 and len(tokens[-1].rstrip(".")) == 1)


@dataclass(frozen=True)
class _Persona:
    label: str
    forms: tuple[str, ...]  # full name first, then the first name (if distinct)


def _persona(label: str) -> _Persona:
    label = " ".join(label.split())
    first = label.split()[0]
    return _Persona(label, (label,) if first == label else (label, first))


# ---- contexts around a name occurrence (`before` is the text up to the name, `after` the rest) ----
_B = r"[*_\"'“”‘’(\[]*"
_LINE_START = re.compile(rf"(?:^|\n)\s*(?:[-•>]\s*)?{_B}$")
_SENTENCE_START = re.compile(rf"(?:^|\n|[.!?…][\"'”’)\]]*\s+)\s*{_B}$")
_LABEL_AFTER = re.compile(r"[*_]*\s*:(?!\d)")
_INTRO_BEFORE = re.compile(
    r"(?:\bI'm|\bI’m|\bI am|\bIm|\bname is|\bname's|\bname’s|\bnamed|\bcalled|\bcall me|\bknown as|"
    r"\bit's me|\bit’s me|\bit is me|\bit's|\bit’s|\bit is|\bthis is|\bme,)"
    r"\s*,?\s*(?:[A-Z][\w'’-]*,?\s+){0,3}$")
_OTHER_INTRO_BEFORE = re.compile(
    r"(?:\bI'm|\bI’m|\bI am|\bmy name is|\bmy name's|\bmy name’s|\bthe name's|\bthe name’s|"
    r"(?:^|\n|[.!?]\s+)\s*(?:(?:hi|hello|hey)(?: there)?[,!.]?\s+)?this is)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")
_INTRO_AFTER = re.compile(r"\s+(?:here\b|speaking\b|(?:is|'s|’s) (?:my|the) name\b)")
_GREETING = (r"hi|hey|hello|hiya|howdy|thanks|thank you|bye|goodbye|good morning|good afternoon|"
             r"good evening|good night|welcome|nice to meet you|nice meeting you|great to meet you|"
             r"pleased to meet you|lovely to meet you|good to see you|great to see you|nice to see you|"
             r"see you soon|see you later|take care|congratulations|congrats")
_DISCOURSE = (r"oh|ah|well|yes|yeah|no|sure|okay|ok|wow|right|exactly|absolutely|indeed|you know|listen|"
              r"look|honestly|I agree|I know|I see|of course|great|perfect|awesome|alright|sorry|cheers")
_VOCATIVE_BEFORE = re.compile(rf"(?:^|[^\w'’])(?:(?:{_GREETING})\s*[,!]?|(?:{_DISCOURSE})\s*[,!])\s+$",
                              re.IGNORECASE)
_NOTHING_AFTER = re.compile(r"[\s.!*_]*$")
_SIGN_OFF_BEFORE = re.compile(r"(?:\b(?:love|regards|best|sincerely|yours|warmly|xoxo)\s*,?|[-—–])\s*$",
                              re.IGNORECASE)
_CLAUSE_COMMA_BEFORE = re.compile(r"(\S+)\s*,\s+$")
_VOCATIVE_AFTER = re.compile(r"\s*(?:[,.!?;…]|$)")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.!?…]+|$)")
_APOSTROPHE = re.compile("['’]")
_START_VOCATIVE_AFTER = re.compile(r"\s*([,!])\s*(\S*)")
_NOT_ADDRESS_BEFORE = frozenset("""friend friends neighbor neighbour neighbors neighbours sister brother
mom mum mother dad father wife husband partner son daughter cousin aunt uncle grandma grandmother grandpa
grandfather granddaughter grandson niece nephew boss colleague coworker co-worker teacher student
roommate mentor buddy pal girlfriend boyfriend fiance fiancé fiancee fiancée kid kids child children
baby dog cat pet person guy girl woman man lady gentleman named called and or with to of for from
like including especially namely by about as than me him her them us""".split())
_SOMEONE_ELSE_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|your|the|a|an|another|other|late|old|little|young|big|uncle|aunt|"
    r"cousin|brother|sister|father|mother|dad|mom|mum|grandfather|grandmother|grandpa|grandma|"
    r"grandson|granddaughter|son|daughter|nephew|niece|husband|wife|friend|neighbou?r|named|called|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Saint|St\.?)\s+$", re.IGNORECASE)
_APPOSITIVE_WORDS = frozenset("""who whose whom which a an the my your his her our their being aged
and or with along like as at in on from after before having together too also of for by""".split())
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?:(?:who|whose|whom)\b(?![^.?!\n]*\?)|(?:a|an|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}\s*,)")
_ADVERB = r"(?:(?:always|never|really|also|just|still|often|usually|sometimes|probably|actually|" \
          r"definitely|certainly|truly|mostly|too|now|already|even)\s+)?"
_CLEAR_VERB = (r"thinks|thought|feels|felt|wants|wanted|believes|believed|says|said|knows|knew|hopes|"
               r"wonders|is wondering|was wondering|loves|loved|likes|liked|enjoys|enjoyed|would|will|"
               r"has been|had been|is going|was going|isn't sure|doesn't|didn't|can't|wouldn't|won't|"
               r"used to|grew up|remembers|remembered|agrees|agreed|appreciates|understands")
_VERB = (rf"{_CLEAR_VERB}|is|was|has|had|does|did|isn't|wasn't|hasn't|hadn't|can|could|should|"
         r"might|must|couldn't|shouldn't|spends|spent|lives|lived|works|worked|went|goes|gets|got|"
         r"made|makes|took|takes|volunteers|volunteered|teaches|taught|studies|studied|plans|planned|"
         r"needs|needed|tries|tried|sees|saw|finds|found|keeps|kept|misses|missed|[a-z]{2,}(?:s|ed)")
_NOT_VERB = frozenset("""always perhaps towards afterwards besides sometimes across unless whereas
news series means nowadays alas bus gas class miss less plus thus yes us its his hers ours yours
theirs this these those as bless boss glass pass kiss dress press process chess mess
business address""".split())
_THIRD_AFTER = re.compile(rf"\s+{_ADVERB}({_VERB})\b")
_THIRD_CLEAR_AFTER = re.compile(rf"\s+{_ADVERB}(?:{_CLEAR_VERB})\b")
_SENTENCE_END = re.compile(r"[.!?…\n]")

# ---- repetition ----
_WORD = re.compile(r"[\w']+")
_SENTENCES = re.compile(r"[^.!?…\n]+")
_STOP = frozenset("""i me my mine we us our you your yours he him his she her it its they them their a an
the and or but so if then than that this these those is am are was were be been being do does did have
has had will would can could should shall may might must to of in on at by for with from as about into
up down out over just very really too also not no yes oh well okay ok sure what which who whom how why
when where there here all any some more most much many lot lots like get got go going gonna know think
thing things one ones s t m re ve ll d don't i'm it's that's you're i've i'll i'd can't""".split())


_POLARITY = frozenset("""not no never least worst don't doesn't didn't isn't wasn't aren't weren't can't
couldn't won't wouldn't shouldn't haven't hasn't hadn't without nor neither hate hated dislike""".split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _quote(text: str, limit: int = _QUOTE) -> str:
    text = " ".join(text.split())
    return f'"{text[: limit - 1]}…"' if len(text) > limit else f'"{text}"'


def _snippet(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], cut to a readable length."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    right = stop.end() if stop else len(text)
    return _quote(text[left:right].strip())


@dataclass
class _Said:
    index: int
    words: tuple[str, ...]
    vocabulary: frozenset[str]


@dataclass
class _Speaker:
    latest: int | None = None
    recent: deque[_Said] = field(default_factory=deque)


@dataclass(frozen=True)
class _At:
    """A name occurrence text[start:end]; patterns read the 60 characters before it or what follows."""

    text: str
    start: int
    end: int

    def before(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(self.text, max(0, self.start - 60), self.start)

    def after(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.match(self.text, self.end)

    def quoted(self) -> bool:
        """Whether the name is inside a quotation ("She said, \"Thanks, Walter!\"")."""
        text, start = self.text, self.start
        return text.count('"', 0, start) % 2 == 1 or text.count("“", 0, start) > text.count("”", 0, start)


@dataclass(frozen=True)
class _Hit:
    kind: FindingKind
    target: str | None  # the persona named (impersonation, wrong_name)
    start: int
    end: int
    confidence: float


class AdherenceChecker:
    """Adherence findings of one conversation, turn by turn.

    Args:
        conversation: the conversation id the findings carry.
        names: the conversation's persona names (its speaker labels); labels that are not a person's
            name ("User 1") count as speakers but switch the name kinds off for that speaker.
        checker: the `checker` the findings carry.
        window: how many of a speaker's own last turns a turn is compared with for repetition.
    """

    MIN_WORDS = 6
    LONG_WORDS = 8
    MIN_CONTENT = 3
    JACCARD = 0.8
    PROMPT_JACCARD = 0.5  # two prompts this alike ask the same
    SENTENCE_REPEATS = 3

    def __init__(self, conversation: str, names: Sequence[str], *, checker: str = "rules", window: int = 8) -> None:
        if window < 1:
            raise InputError(f"window must be at least 1, got {window}")
        self.conversation = conversation
        self.checker = checker
        self.window = window
        self._known: dict[str, None] = dict.fromkeys(" ".join(n.split()) for n in names)
        self._personas = {label: _persona(label) for label in self._known if is_person_name(label)}
        owners: dict[str, set[str]] = {}
        for persona in self._personas.values():
            for form in persona.forms:
                owners.setdefault(form, set()).add(persona.label)
        self._owners = {form: frozenset(labels) for form, labels in owners.items()}
        forms = sorted(self._owners, key=len, reverse=True)
        self._name_re = (re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
                         if forms else None)
        self._speakers: dict[str, _Speaker] = {}
        self._turns: deque[tuple[int, str, frozenset[str]]] = deque(maxlen=4 * window)  # (index, speaker, words) of
        # the latest turns of every speaker: what each turn answered

    # ---- public ----
    def add(self, turn: TurnIn, index: int, *, addressee: str | None = None, record: bool = True) -> list[Finding]:
        """Findings of `turn` (at position `index`), then (with `record`) remember it.

        `addressee` is who the turn speaks to; by default, when exactly two speakers are known, the
        other one. With `record=False` the turn is only checked and the checker is left as it was."""
        speaker = " ".join(turn.speaker.split())
        if addressee is None:
            others = [s for s in self._known if s != speaker]
            addressee = others[0] if len(others) == 1 else None
        elif " ".join(addressee.split()) == speaker:
            addressee = None
        findings: list[Finding] = []
        said: _Said | None = None
        if turn.kind != "probe_question":
            findings.extend(self._name_findings(turn.text, speaker, addressee, index))
            repeated, said = self._repetition(turn, speaker, index)
            findings.extend(repeated)
        if record:
            self._turns.append((index, speaker, said.vocabulary if said is not None else frozenset()))
            self._known.setdefault(speaker, None)
            state = self._speakers.setdefault(speaker, _Speaker(recent=deque(maxlen=self.window)))
            state.latest = index
            if said is not None and not turn.probe:
                state.recent.append(said)
        return findings

    # ---- names ----
    def _name_findings(self, text: str, speaker: str, addressee: str | None, index: int) -> list[Finding]:
        if self._name_re is None or speaker not in self._personas:
            return []
        hits = self._name_hits(text, speaker, addressee)
        findings: list[Finding] = []
        for kind in ("impersonation", "wrong_name", "third_person"):
            chosen = [h for h in hits if h.kind == kind]
            if chosen:
                best = max(chosen, key=lambda h: h.confidence)
                findings.append(self._name_finding(best, text, speaker, addressee, index))
        return findings

    def _name_hits(self, text: str, speaker: str, addressee: str | None) -> list[_Hit]:
        assert self._name_re is not None
        hits: list[_Hit] = []
        limit = len(text)
        for match in self._name_re.finditer(text):
            if match.start() >= limit:
                break
            form, start, end = match.group(), match.start(), match.end()
            owners = self._owners[form]
            at = _At(text, start, end)
            if at.after(_LABEL_AFTER) and at.before(_SENTENCE_START):
                if speaker not in owners and len(owners) == 1:
                    hits.append(_Hit("impersonation", next(iter(owners)), start, end,
                                     0.95 if at.before(_LINE_START) else 0.85))
                    limit = start  # what follows another persona's label is in their voice
                continue
            if at.quoted():
                continue  # someone else's words, reported
            hit = self._classify(form, owners, at, speaker, addressee)
            if hit is not None:
                hits.append(hit)
        return [h for h in hits if h.start < limit or h.kind == "impersonation"]

    def _classify(self, form: str, owners: frozenset[str], at: _At, speaker: str,
                  addressee: str | None) -> _Hit | None:
        own = speaker in owners
        start, end = at.start, at.end
        if at.after(_POSSESSIVE):
            return None
        if at.before(_OTHER_INTRO_BEFORE):
            if own or len(owners) != 1:
                return None
            return _Hit("impersonation", next(iter(owners)), start, end, 0.9)
        if at.before(_INTRO_BEFORE) or at.after(_INTRO_AFTER):
            return None
        if own and at.before(_SIGN_OFF_BEFORE) and at.after(_NOTHING_AFTER):
            return None
        if self._is_vocative(at):
            if addressee is not None and addressee in owners:
                return None
            if own and len(owners) == 1:
                return _Hit("wrong_name", speaker, start, end, 0.9)
            if addressee is not None and addressee in self._personas and len(owners) == 1:
                return _Hit("wrong_name", next(iter(owners)), start, end, 0.8)
            return None
        if own and len(owners) == 1 and not at.before(_SOMEONE_ELSE_BEFORE):
            return self._third_person(form, at)
        return None

    @staticmethod
    def _is_vocative(at: _At) -> bool:
        """Whether the name addresses someone ("Thanks, Walter!", "Walter, you should ...")."""
        if at.before(_VOCATIVE_BEFORE) and at.after(_VOCATIVE_AFTER):
            return True
        comma = at.before(_CLAUSE_COMMA_BEFORE)
        if comma and at.after(_CLAUSE_END_AFTER):
            word = comma.group(1).strip("*_\"'“”‘’()")
            if word and word.lower() not in _NOT_ADDRESS_BEFORE and not word[:1].isupper():
                return True
        if at.before(_SENTENCE_START):
            following = at.after(_START_VOCATIVE_AFTER)
            if following:
                if following.group(1) == "!":
                    return True
                word = following.group(2).strip("*_\"'“”‘’(),.!?")
                if word.lower() in _APPOSITIVE_WORDS:
                    return False
                return not word or not word[:1].isupper() or _APOSTROPHE.split(word)[0] == "I"
        return False

    @staticmethod
    def _third_person(form: str, at: _At) -> _Hit | None:
        full = " " in form
        if at.after(_APPOSITIVE_AFTER):
            return _Hit("third_person", None, at.start, at.end, 0.9 if full else 0.85)
        if not full and form.lower() in _WORD_NAMES:
            return _Hit("third_person", None, at.start, at.end, 0.75) if at.after(_THIRD_CLEAR_AFTER) else None
        verb = at.after(_THIRD_AFTER)
        if verb is None or verb.group(1) in _NOT_VERB:
            return None
        return _Hit("third_person", None, at.start, at.end, 0.9 if full else 0.85)

    def _latest(self, who: str | None) -> int | None:
        state = self._speakers.get(who) if who is not None else None
        return state.latest if state is not None else None

    def _name_finding(self, hit: _Hit, text: str, speaker: str, addressee: str | None, index: int) -> Finding:
        form = text[hit.start:hit.end]
        evidence: int | None
        if hit.kind == "third_person":
            evidence, message = index, f"speaks of themself in the third person: {_snippet(text, hit.start, hit.end)}"
        elif hit.kind == "impersonation":
            evidence = self._latest(hit.target)
            message = f"speaks as {hit.target}: {_snippet(text, hit.start, hit.end)}"
        else:
            evidence = self._latest(addressee)
            whom = addressee if addressee is not None else "the person addressed"
            message = f'calls {whom} "{form}": {_snippet(text, hit.start, hit.end)}'
        slot = "identity" if hit.kind == "impersonation" else "name"
        return Finding(conversation=self.conversation, speaker=speaker, turn=index, kind=hit.kind,
                       against=[{"turn": index if evidence is None else evidence}], slot=slot, message=message,
                       checker=self.checker, confidence=hit.confidence)

    # ---- repetition ----
    def _prompt(self, speaker: str, index: int) -> frozenset[str] | None:
        """The words of the turn right before `index`, when another speaker said it (None otherwise)."""
        return next((words for at, who, words in self._turns if at == index - 1 and who != speaker), None)

    def _same_prompt(self, speaker: str, index: int, earlier: int) -> bool:
        """Did the turns the two copies answer say much the same (or did neither answer anyone)?"""
        now, then = self._prompt(speaker, index), self._prompt(speaker, earlier)
        if now is None or then is None:
            return now is None and then is None
        return len(now & then) >= self.PROMPT_JACCARD * max(1, len(now | then))

    def _substantial(self, words: Sequence[str]) -> bool:
        return len(words) >= self.MIN_WORDS and sum(w not in _STOP for w in words) >= self.MIN_CONTENT

    def _repetition(self, turn: TurnIn, speaker: str, index: int) -> tuple[list[Finding], _Said | None]:
        words = tuple(_words(turn.text))
        said = _Said(index, words, frozenset(words)) if words else None
        findings: list[Finding] = []
        state = self._speakers.get(speaker)
        if said is not None and state is not None and not turn.probe and self._substantial(words):
            matches = [(old, self._similarity(said, old)) for old in state.recent]
            matches = [(old, s) for old, s in matches if s >= self.JACCARD]
            if (len(words) < self.LONG_WORDS or turn.text.rstrip().endswith("?")) and len(matches) < 2:
                matches = []  # a short stock line or a question said twice is conversation, three times a loop
            elif len(matches) == 1 and matches[0][0] is not state.recent[-1] and \
                    not self._same_prompt(speaker, index, matches[0][0].index) and not extract_open_claims(turn.text):
                matches = []  # a stock reply said once before, now to something new ("I'll have to check it out"
                # of another book): conversation; one's own last turn again, the same reply to the same prompt, or
                # facts told again is a loop
            if matches:
                best = max(s for _, s in matches)
                first = min(matches, key=lambda m: m[0].index)[0]
                what = "their turn" if len(matches) == 1 else f"{len(matches)} of their last turns, from turn"
                findings.append(Finding(
                    conversation=self.conversation, speaker=speaker, turn=index, kind="repetition",
                    against=[{"turn": old.index} for old, _ in sorted(matches, key=lambda m: m[0].index)],
                    slot="text", message=f"repeats {what} {first.index}: {_quote(turn.text)}",
                    checker=self.checker, confidence=round(0.75 + (best - self.JACCARD), 2)))
        if not findings:
            counted = self._repeated_sentence(turn.text)
            if counted is not None:
                sentence, times = counted
                findings.append(Finding(
                    conversation=self.conversation, speaker=speaker, turn=index, kind="repetition",
                    against=[{"turn": index}], slot="text",
                    message=f"says {_quote(sentence)} {times} times in one turn", checker=self.checker,
                    confidence=0.95 if times >= 5 else 0.9))
        return findings, said

    @staticmethod
    def _similarity(new: _Said, old: _Said) -> float:
        """1.0 for the same words; else the token-set Jaccard, or 0.0 when the words that differ change
        what is said: a content word swapped for another ("a great book" / "a great song") or a
        polarity word ("least", "not") added or dropped."""
        if new.words == old.words:
            return 1.0
        added, dropped = new.vocabulary - old.vocabulary, old.vocabulary - new.vocabulary
        if (added | dropped) & _POLARITY:
            return 0.0
        if any(w not in _STOP for w in added) and any(w not in _STOP for w in dropped):
            return 0.0
        union = len(new.vocabulary | old.vocabulary)
        return len(new.vocabulary & old.vocabulary) / union if union else 0.0

    def _repeated_sentence(self, text: str) -> tuple[str, int] | None:
        counts: dict[tuple[str, ...], list[str]] = {}
        for match in _SENTENCES.finditer(text):
            words = tuple(_words(match.group()))
            if len(words) >= 4 and sum(w not in _STOP for w in words) >= 2:
                counts.setdefault(words, []).append(match.group().strip())
        if not counts:
            return None
        best = max(counts.values(), key=len)
        return (best[0], len(best)) if len(best) >= self.SENTENCE_REPEATS else None
