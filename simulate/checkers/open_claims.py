"""Open claims: what a speaker says about themself, for any predicate, read without a model.

`extract_open_claims(text)` splits a turn into clauses and reads each first-person clause ("I ...",
"we ...") as claims: a predicate (a verb stem, a verb with its particle such as "listen to", or "be" with
a complement), an object, a polarity, a time (present habit or state, an episode now, a recent or an
unqualified past, a remote past, "ever"), a quantity and a time qualifier. Things named with "my"
("my wife", "my two dogs") are claims of having them. Questions, wishes, plans, conditionals and hedges
yield nothing: the reader prefers silence to a wrong claim. Pure and fast: regular expressions and
word lists only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from .normalize import LARGE_NUMBERS, NUMBER, POINTS_BACK, after_remark, normalise, parse_number, without_discourse_markers
from .subjects import SAME_IN_THE_PAST, supply_subject, with_state_subjects
from .words import base_of_gerund, is_participle, is_past_form, participle, singular, verb_stem

__all__ = ["HAVE", "LIKE", "OpenClaim", "Polarity", "Time", "extract_open_claims", "read_statement"]

HAVE = "have"  # the predicate of possession ("I have a dog", "my dog")
LIKE = verb_stem("like")  # the predicate of liking ("I love jazz", "I'm into jazz", "my favourite band is U2")

Polarity = Literal["affirm", "deny"]
Time = Literal["present", "now", "recent", "past", "remote", "ever"]


@dataclass(frozen=True, slots=True)
class OpenClaim:
    """One first-person claim. `predicate` and `object` are canonical keys (stems, singular nouns).

    `activity` marks an object that is itself an activity ("I love playing chess": like / "play chess").
    `never` marks "never"; `ability` "can"/"can't"; `exclusive` "only" ("I only speak English"); `change` a
    statement of change ("I quit smoking",
    "I'm no longer", "I took up yoga"), which supersedes what the speaker said before about it."""

    predicate: str
    object: str
    polarity: Polarity = "affirm"
    time: Time = "present"
    ability: bool = False
    never: bool = False
    change: bool = False
    activity: bool = False
    exclusive: bool = False
    quantity: int | None = None
    qualifier: str | None = None
    subject: Literal["i", "we"] = "i"
    not_yet: bool = False  # "I don't drive yet": a change is expected, so a later "I drive" is no contradiction
    universal: bool = False  # "I've never won anything": denied of every object, not only of the bare verb
    restriction: str | None = None  # "I never drink coffee at night": denied only there or then ("night")
    bare: bool = False  # read for itself only, implying nothing: "mowed my dad's lawn" mowed a lawn, but has none
    confidence: float = 0.9
    span: tuple[int, int] = (0, 0)
    text: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What two claims must share to be compared."""
        return self.predicate, self.object


# --- word lists -----------------------------------------------------------------------------------
def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ADVERBS = _set("""also really actually just still always usually often sometimes generally normally mostly even
definitely absolutely totally truly honestly personally currently already regularly occasionally basically
literally seriously certainly mainly only simply kinda sorta pretty quite very so too both all typically
frequently constantly religiously daily weekly nightly happily proudly secretly now finally recently
genuinely particularly especially originally super deathly severely extremely incredibly highly mildly slightly
deeply physically fairly rather somewhat terribly awfully badly hugely massively strictly mostly completely
entirely fully utterly legally profoundly permanently madly hopelessly blissfully desperately wildly insanely
ridiculously unbelievably painfully chronically clinically medically officially technically newly openly intensely
passionately wholly perfectly naturally obviously clearly""")
_HEDGES = _set("probably maybe perhaps possibly slightly mildly somewhat kinda sorta")
_PARTIAL = _set("partly partially half semi almost nearly")  # "partly deaf" is not deaf
_RARE = _set("rarely seldom hardly barely")
_MODALS = _set("would might may should must could ought will shall")
_PARTICLES = _set("up out off on in to at for with into about after from of by over around across through "
                  "along down away back")
_LOCATIVE = _set("across in at on into around through along over near")
_DETERMINERS = _set("a an the my our some any his her their your this that these those its several many much "
                    "more most few such")
_POSSESSIVES = _set("my our his her their your")
_APPROXIMATELY = _set("like about around almost nearly roughly approximately over maybe")
_CONTAINERS = _set("""cup glass bowl plate mug bottle can pint shot slice piece bar pack packet box bag jar spoonful
handful serving portion scoop loaf carton pot crate keg round game dose acre hectare""")  # ("a round of golf", "a game of chess")
_QUANTIFIERS = re.compile(r"^(?:(?:a|an|one|two|three|four|five|six|a few|a couple of|several|\d+) "
                          r"(?:(?:big|small|huge|large|little|tall|whole|full|"
                          r"massive|giant|enormous|generous|lovely|nice|gorgeous|decent|proper|cheeky|wee|good|great|"
                          r"delicious|tasty|quick|hearty|tiny|sneaky) )?"
                          r"(?:cup|glass|bowl|plate|slice|can|bottle|pack|piece|mug|pint|box|bag|jar|handful|serving|"
                          r"portion|pot|bit)(?:s|es)? of|"
                          r"a (?:single )?word of|a lick of|a bit of|a scrap of|a shred of|an ounce of|a stitch of|"
                          r"a lot of|lots of|plenty of|a bunch of|a ton of|tons of|"
                          r"loads of|a load of|heaps of|a heap of|masses of|stacks of|a stack of|shedloads of|"
                          r"a couple of|a couple|"
                          r"a few|a pair of|a cup of|cups of|a glass of|glasses of|a bit of|a little|a piece of|"
                          r"a bowl of|a plate of|a slice of|a can of|a bottle of|bottles of|a pack of|packs of|"
                          r"kind of|sort of|type of|all kinds of|all sorts of|a variety of|different kinds of|"
                          r"a big|a huge|a large|a small|most of)\s+")
_OBJECT_STOP = _set("""ever with on at in for every each since because when while before after during until and but or so along
across already
almost nearly
than as from to like if whenever though although about around through into over near by all too either lately
recently anymore again now then there here today tonight yesterday tomorrow sometimes always usually often once
twice last this next ago which who that where what whom whose instead right yet just not very really of named
called i we my you your is are was were be been am it's i'm that's most times , : ; ( ) online
outside inside professionally competitively anymore mile miles minute minutes hour hours km kilometers kilometres
lap laps year years day days week weeks month months decade decades whole loud fast well everywhere anywhere somewhere way
outright between above below beneath underneath beside opposite beyond except ages""")
_LY_NOUNS = _set("""family belly jelly lily ally bully july italy holly rally supply telly assembly anomaly butterfly dragonfly
firefly reply monopoly tally sally emily kelly molly billy polly dolly folly ugly curly early lovely friendly lonely
elderly daily weekly monthly yearly silly holy jolly chilly costly lively deadly smelly hilly woolly oily bubbly
only""")
# Praise that names no kind of thing ("lovely", not "hot" of a hot dog nor "great" of a Great Dane)
_PRAISE = _set("""lovely nice gorgeous delicious tasty yummy scrumptious amazing fantastic wonderful beautiful
proper cheeky fab fabulous incredible awesome glorious hearty""")
_AT_SOME_TIME = _set("before once twice thrice times briefly")  # "I have been married four times"
_A_LOT = _set("lot load loads ton tons heap heaps")  # "I travel a lot", "I read loads": much, no object
_MANNER = _set("well much often regularly frequently enough lot lots loads tons heaps")
_MEASURES = _set("""minute hour day week month year time lot mile km kilometer kilometre lap mph step rep set
second bit while""")
_SPECIFIC = _set("that this those these his her their your")
# what "the X of Y" says of Y, not a thing of its own nor Y itself: "the smell of coffee", "the energy of a live show"
_ASPECTS = _set("""smell taste sound feel feeling texture flavour flavor look sight noise energy atmosphere vibe
beauty view colour color layer rhythm thrill rush buzz scent aroma freedom challenge excitement peace quiet
silence calm sense""")
_OF_PRONOUNS = _set("it them that this those these him her me us you")
_PARTITIVE = _set("many much most all every")  # "I don't like many foods" is not "I like no food"
_RESTRICTIVE = _set("about by from called named like whose")
_PRONOUN_WORDS = _set("one ones them it all any some few those these that this either both each many most several")
_DEGREE = _set("very that too overly terribly super particularly especially all")
_WEAK_NOT = _set("really that very exactly too particularly always necessarily much")
_ASPIRING = _set("aspiring future wannabe would-be trainee student")
_ACTIVITY_PARTICLES = _set("to with on at in for about")
_TIME_NOUNS = _set("morning evening afternoon night weekend weekday day week month year summer winter")
_FREQUENCY = _set("most every each some all many")
_EVERY_TIMES = _set("""time sunday monday tuesday wednesday thursday friday saturday minute hour second moment single other
chance opportunity now one bit""")
_STOP_PREDICATES = frozenset(verb_stem(w) for w in """think guess mean hope wish wonder agree understand say tell
ask suppose believe feel bet need try let come thank appreciate remember forget promise imagine look sound seem hear
find call apologize apologise realize realise notice mind care bother worry plan decide deserve manage happen tend
show continue wait mention talk chat send text email recommend suggest check head""".split()) | {
    "talk to", "talk about", "hear about", "look forward to", "look for", "look at", "think about", "go",
    "come from", "get to"}
# Verbs that say nothing without an object ("I know.", "I don't get it"): no claim when the object is missing.
_NEEDS_OBJECT = frozenset(verb_stem(w) for w in """know see get make take give put keep bring like love hate enjoy
want have do use buy own miss meet expect leave prefer adore dislike""".split())
_STOP_OBJECTS = _set("""you it that this them these those what something anything everything nothing time fun idea clue
chance question way lot thing stuff day night one sure much more there here him her us me myself yourself
problem point sense luck moment minute second bit while kind sort type other others mine yours same too all
none story lol haha yes no ok okay guy life mind opinion answer reason word favorite favourite right
sunday monday tuesday wednesday thursday friday saturday tonight someone somebody""")
# "back problems", "breathing-problems": health said as trouble with a part or a function of the body
_HEALTH_TROUBLE = re.compile(r"^(?:back|heart|knee|hip|skin|stomach|tummy|gut|bowel|bladder|kidney|liver|lung|eye|ear|"
                             r"hearing|sight|vision|mental health|weight|memory|thyroid|joint|neck|shoulder|foot|feet|"
                             r"breathing-|sleeping-|drinking-|drug|gambling|health|anger|balance|blood pressure|chest|sinus) ?"
                             r"problem$")
_CANNOT_BEAR = frozenset(verb_stem(w) for w in "stand bear abide stomach".split())
_TRANSIENT = _set("""tired hungry thirsty busy sure ready happy sad excited sorry glad okay ok fine good great bored
nervous worried surprised free available home here there back late early done kidding joking serious right
wrong curious confused lucky jealous impressed grateful thankful honored honoured sick ill well alright awake
asleep hopeful positive certain aware able unable supposed allowed new fascinated amazed blessed proud
fortunate envious stuck stressed overwhelmed relieved pleased delighted thrilled alone full interested
scared afraid sorry doing feeling getting having looking thinking going trying planning hoping wondering
currently still always also just really so very too not in at on out off up down away over""")
_FEAR_ADJECTIVES = _set("afraid scared terrified frightened fearful")
_NOT_AGENTS = _set("""mother father brother sister daughter partner member lover owner user fan player other number
water paper letter power tower summer winter corner dinner finger tiger spider computer manager officer soldier
lawyer banker butcher carpenter engineer volunteer teenager foreigner stranger neighbor neighbour customer
employer beginner leader minister officer passenger prisoner chapter shower weather leather river silver
ladder hammer sweater sticker burger cancer sucker""")
_EMPHASISED = frozenset(verb_stem(w) for w in """love like enjoy hate know speak eat drink play read write cook
have miss want need believe go own keep live work smoke""".split())
_UNSKILLED = _set("bad terrible awful rubbish hopeless useless lousy poor dreadful")
_INTENSIFIERS = _set("really very pretty super quite incredibly")
_SKILLED = _set("good great skilled talented decent amazing excellent brilliant expert fantastic superb wonderful terrific "
                "incredible accomplished gifted competent outstanding exceptional phenomenal fabulous proficient")
_LASTING_WITH_PREPOSITION = _set("interested allergic addicted good bad fluent involved passionate obsessed nervous")
# who "robs" or "bites" only in a figure of speech: "robbed by the referee", "bitten by the travel bug"
FIGURATIVE_AGENTS = frozenset({"referee", "ref", "umpire", "bug", "travel bug", "love bug", "system", "taxman",
                                "government"})
# a promotion in a game, a school or a sport, not at work
_PROMOTED_IN_PLAY = re.compile(r"to (?:the )?(?:(?:team |club |vice[- ])?captain|first team|1st team|a team|[a-z]+ belt|"
                               r"(?:the )?[a-z]+ league|(?:the )?[a-z]+ division|varsity|the squad)\b")
# what one undergoes as an event: "I was arrested at a protest" is also "I have been arrested"
UNDERGONE = _set("""arrested mugged robbed burgled burglarized attacked assaulted injured stung bitten shot stabbed kidnapped
hospitalised hospitalized sacked fired expelled suspended deported evicted baptised baptized christened circumcised
vaccinated bullied scammed hacked ticketed fined sued jailed imprisoned convicted dumped headhunted""")
_NOT_GERUNDS = _set("""thing something anything nothing everything morning evening building wedding ceiling clothing
king ring spring string wing sibling pudding stuffing frosting icing filling sing bring darling duckling earring
herring lightning meaning offspring seasoning setting shilling stocking viking awning bedding sterling""")
_NOT_POSSESSED = _set("late ex former deceased future first previous dead imaginary dream ideal old-time childhood "
                      "sorority fraternity frat soul")  # "my sorority sisters" are no sisters
# Finite verbs that end the noun phrase after "my": "my girls love horses" names no horse of mine.
_ENDS_NOUN_PHRASE = _set("is are was were am be been being has have had do does did love loves loved like likes "
                         "liked hate hates hated want wants wanted need needs needed adore adores adored keep keeps "
                         "kept make makes made get gets got go goes went say says said think thinks thought "
                         "can could will would should must may might take takes took give gives gave call calls "
                         "called won't can't don't doesn't didn't isn't aren't wasn't")

_LEAD_WORDS = (r"nah|naw|meh|yup|hm|ah|ahh|aw|lmao|hahaha|hehe|ha|ugh|whoa|alright|gosh|omg|geez|jeez|dang|man|aye|yaar|"
               r"mate|eh|"  # (och, arre: discourse markers that normalize.py takes off for every reader)
               r"dude|tbh|seriously|funny|well|oh|yes|yeah|yep|no|nope|so|actually|honestly|haha|lol|hmm|um|uh|and|"
               r"but|also|plus|sure|okay|ok|thankfully|luckily|fortunately|unfortunately|sadly|frankly|truthfully|"
               r"admittedly|surprisingly|obviously|definitely|"
               r"hi|hello|hey|wow|really|anyway|personally|basically|though|to be honest|in fact|of course|for me|"
               r"me too|same here|funny enough|then|now|today|these days|nowadays|right now|at the moment")
# a time phrase before the subject: "Every night before bed I fill a page in my journal", "On weekends, we hike"
_WHEN_LEAD = (r"(?:(?:every|most|on|at|in the|during|each|some|these|nowadays|lately|usually|sometimes|often)"
              r"(?: [a-z0-9']+){0,4}?|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:monday|tuesday|wednesday|thursday|"
              r"friday|saturday|sunday|weekday|weekend) (?:nights|mornings|evenings|afternoons))")
_SUBJECT = re.compile(rf"^(?:(?:{_LEAD_WORDS})[,!. ]+)*(?:{_WHEN_LEAD}[, ]+)?(?P<subject>i|we)\s+(?P<rest>.+)$")
_CLAUSE_SPLIT = re.compile(r"\s*(?:[;:]\s*|,?\s+(and|but|so|because|since|although|though|while|plus|or|as|cause|"
                           r"cuz|which is why|and then|and also|but also|when|whenever|before|after|until|till|once)"
                           r"\s+|,\s+)(?=(?:i|we|my|our)\b|(?:at|on|during|every|most|these) (?:[a-z0-9']+ ){1,3}(?:i|we)\b)")
_SUBORDINATE = frozenset("since while as when whenever before after until till once so".split())
_WE = re.compile(r"^(?:(?:[a-z]+,? )?me and (?:my|the) [a-z]+|my (?:wife|husband|partner|boyfriend|girlfriend|fiance|"
                 r"fiancee|missus|hubby|mate|friends?|family|kids|son|daughter|brother|sister|mum|mom|dad) and (?:i|me))"
                 r"(?= [a-z])")
_DIRECTIONS = _set("out back across over around round off up down along away home")
_MOTIONS = _set("swim rid driv cycl walk run row sail fly hik paddl skat ski climb jog bik")
_NO_CLUE = re.compile(r"(?:\b(?:i )?(?:would not have|do not have|did not have|have not got|have not|had not) "
                      r"(?:a|any|the (?:faintest|slightest|first)) |^(?:not a |no ))(?:clue|idea) how to\b")
_OWNED_CHANGE = re.compile(r"\b(?:so much for|(?:there is )?a first time for everything|not any more|not anymore|"
                           r"until (?:last|this) (?:week|month|year|weekend))\b")
# what says a sentence is not meant: "said nobody ever", "in my dreams", "yeah right"
_NOT_MEANT = re.compile(r"\b(?:said|says) (?:nobody|no one|no-one) ever\b|\bin my (?:wildest )?dreams\b|\byeah,? right\b|"
                        r"\bsarcastically\b")
_SO_THAT = re.compile(r"^(?:that )?(?:i|we) (?:can|could|would|will|might|may|should|do not have to|did not have to|"
                      r"would not|will not|can not|could not|get to|got to|have to|had to)\b")  # purpose
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+|\s+-+\s+")
# a sentence is read in parts before "but" that opens a clause of its own ("It's been a long week but needles
# don't bother me"), so that readers of whole statements see each part; not when the clause points back ("Dogs
# are great but I don't have one")
_BUT_SPLIT = re.compile(r",?\s+(?=but\s+(?:honestly,?\s+|actually,?\s+|tbh,?\s+)?(?:(?:i|we|my|our)\b|[a-z][a-z' -]{0,30}? "
                        rf"(?:is|are|was|were|do|does|don't|doesn't|has|have|can't|won't)\b){POINTS_BACK})", re.IGNORECASE)
_RECENT = re.compile(r"\b(yesterday|last (?:night|weekend|week|sunday|monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|month)|this (?:morning|afternoon|evening|week|weekend|past weekend)|earlier today|"
                     r"on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)|for (?:breakfast|lunch|dinner|"
                     r"supper|brunch)|the other day|recently|just now|a (?:few|couple of) days ago|over the weekend|"
                     r"tonight|(?:(?<=\bi )|(?<=\bwe )|(?<=\bhave ))just(?= (?:[a-z]+ed|got|went|drove|ran|swam|rode|flew|ate|"
                     r"drank|came|bought|saw|had|made|took|did|won|lost|left|quit|finished|started|met|sold|began|caught)\b))\b")
_REMOTE = re.compile(r"\b((?:years|decades) ago|when i was (?:a |an )?\w+|as a (?:kid|child|teenager|teen|boy|girl|"
                     r"student|young \w+)|growing up|in my (?:youth|twenties|teens|childhood)|back (?:then|in the day)|"
                     r"in the past|long ago|once upon a time|in \d{4}|"
                     r"before i (?:\w+ )?(?:moved|retired|married|quit|became))\b")
_NOW = re.compile(r"\b(today|right now|at the moment|tonight|this week|at present)\b")
# a meal a past doing went with: "I drank a Coke with my lunch" (lately, unless a year is said)
_WITH_A_MEAL = re.compile(r"\b(with (?:my |our )?(?:breakfast|lunch|dinner|supper|brunch))\b")
_PAST_LOOKS_PRESENT = SAME_IN_THE_PAST | {"read", "bet"}  # verbs whose past is written as their present
# a stage of life long past, which puts a verb that reads as a present ("read", "put") in that past
_LIFE_STAGE = re.compile(r"as a (?:kid|child|teenager|teen|boy|girl|student)|growing up|in my (?:youth|teens|childhood)|"
                         r"when i was (?:a |an )?(?:kid|child|teenager|teen|boy|girl|little|young|small)")
_HABIT = re.compile(r"\b(every (?:day|morning|evening|night|week|weekend|month|year|summer|winter|sunday|monday|"
                    r"tuesday|wednesday|thursday|friday|saturday)|each (?:day|week|morning)|daily|weekly|on weekends|"
                    r"always|usually|often|regularly|most days|twice a \w+|once a \w+|all the time|whenever|"
                    r"(?<=\bi )(?:mostly|mainly|generally|normally)|(?<=\bwe )(?:mostly|mainly|generally|normally)|"
                    r"(?:two|three|four|five|six|seven|\d) (?:days|mornings|evenings|nights|times) a week)\b")
_HEDGE_LEAD = re.compile(r"^(?:think|guess|suppose|believe|feel like|reckon|bet)\s+(?:that\s+)?(?P<inner>(?:i|we)\s+.+)$")
_NON_FACTUAL_LEAD = re.compile(
    r"^(?:hope|wish|wonder|doubt|imagine|dream|would|might|may|should|could|must|want to|wanna|would like|plan|"
    r"am planning|am going to|am gonna|will|shall|need to|have to|had to|got to|gotta|am supposed|was supposed|"
    r"am trying|try|tried to|am thinking|was thinking|am hoping|am looking forward|look forward|am considering|"
    r"can not wait|am about to|was about to|if|promise|mean|meant|guess|do not think|"
    r"do not know(?= (?:if|whether|what|why|where|who|when|which|about|that|yet|either)\b|\s*[,.!?]|\s*$)|am not sure|"
    r"was wondering|would love|love to hear|bet|"
    r"(?:am|are) (?:flying|going|heading|driving|travelling|traveling|moving|off)(?=.*\b(?:next|tomorrow|soon|"
    r"tonight|this (?:weekend|summer|winter|spring|autumn|fall|year)|in (?:a|two|three|a few) (?:days|weeks|months))\b))\b")
_CONDITIONAL = re.compile(r"\b(if|unless|whether|in case|what if|imagine|pretend|would(?! not (?:start|work|go|turn on|charge|"
                          r"stop|budge|open|close|load|boot))|could|wish)\b")  # (but "my car wouldn't start": had, and broken)
_REPORTED = re.compile(r'"|\b(?:said|says|told me|asked|tells me)\b')
_FUTURE = re.compile(r"\b(will|going to be|going to have|gonna be|gonna have|can not wait|excited to|looking forward|"
                     r"someday|one day|hope|wish|want|expecting|pregnant|registry|due in|due date)\b")
_LOSS = re.compile(r"\b((?<!almost )(?<!nearly )died|passed away|passed on|lost|put down|ran away|was killed|sold|sell|"
                   r"selling|gave away|gave up|cancelled|canceled|got rid of|(?:was|were|are|is) (?:long )?gone|ran out|"
                   r"lapsed|shaved|shaved off|shaved it off|"
                   r"give away|rehomed?|divorced|broke up|left me|split up|miss|missed|used to|put to sleep|"
                   r"had to (?:let (?:\w+ )?\w+ go|put (?:\w+ )?\w+ (?:down|to sleep)|give (?:\w+ )?\w+ away|give up|"
                   r"rehome|sell|say goodbye|leave|get rid|part with|move out|find a new home))\b")
# ("I had to take my car to the mechanic" still has the car; "we had to let our dog go" does not)
# "we can ..." said to the other speaker as a plan, not what we are able to do: "Okay, we can go to the movies then"
_PROPOSAL = re.compile(r"\bwe (?:can|could) (?!not\b|never\b)")
_PROPOSED = re.compile(r"^(?:okay|ok|maybe|perhaps|sure|great)\b|(?<!back )\b(?:then|sometime|some time|later|together|tomorrow|"
                       r"tonight|next (?:time|week|weekend)|if you (?:want|like)|let us|let's)\b")
# a template's slot left unfilled ("Hi, I'm [user 1's name]", "I love the [team]"): it names nothing, so a
# claim about it is dropped; it reads as one word so the rest of its sentence still reads as said
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,60}\]")
_STAND_IN = "zplaceholder"
# a title after favourite/reading/watching/loving is one name, not nouns to read ("my favourite book is The Old Man
# and the Sea" likes the book, not old men): its words are joined by hyphens so it reads as one word. A capitalised
# run is a title when it opens with The/A/An/My mid-sentence or has a small word inside ("Game of Thrones"); a quoted
# one always is
_TITLE_WORD = r"(?:(?!I\b|I')[A-Z][A-Za-z0-9'-]*|[0-9][A-Za-z0-9'-]*)"
_TITLE_SMALL = _set("of the a an to for with")  # not in/at/on/from: "Central Park in New York" is a place
_TITLE_AFTER = re.compile(
    r"(?P<lead>\b(?i:favou?rites? (?:[a-z]+ ){0,2}(?:is|are|was|has to be|would be)|read|reading|re-?read|"
    r"rereading|watch|watching|watched|seen|saw|listen(?:ing|ed)? to|love|loved|like|liked|enjoy|enjoyed|adore|fan of|"
    r"finished|play|playing|played|hate|hated|dislike|disliked|stand) (?:the )?)"
    r"(?:\"(?P<q>[^\"]{3,60}?)[.!,]?\"|(?P<t>" + _TITLE_WORD + r"(?: (?:(?:of|the|and|a|an|to|in|on|for|with|from|at|or) )*"
    + _TITLE_WORD + r")*))")
_EMOTICON = re.compile(r"(?<!\w)(?:[:;=8][-']?[()dDpP/\\|*3]+|<3|xD|XD|\^_\^|:'\()(?!\w)")
_IDIOMS = re.compile(r"\b(?:at all|to death|stiff(?= of)|lol|lmao|haha|hahaha|hehe|rofl|pretty much|more or less|a stroke|a note|"
                     r"a lick|a single note|in the world|whatsoever|in my life|of my own|per se|to be honest|tbh|"
                     r"btw|by the way|ngl|imo|fyi|with a passion|"
                     r"just about(?= (?:any|every|all|anything|everything|anyone|everyone)\b)|"
                     r"(?:(?<=few )|(?<=one )|(?<=two ))too many)\b")
_NONE_FOR_ME = re.compile(rf"^(?:(?:{_LEAD_WORDS})[,!. ]+)*no (?P<v>[a-z' -]+?) (?:for me|yet|here|in my life)\b")
_SHORT_IS = _set("it's that's he's she's there's what's who's here's where's let's how's")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'-]*|[,:;()]")
_FAVOURITE = re.compile(r"^(?:(?:well|oh|yes|yeah|so|and|but|also|actually)[,!. ]+)*my (?:absolute |all[- ]time )?"
                        r"(?:(?:favorite|favourite|guilty pleasure|go-to treat)(?: [a-z]+){0,2}|go-to(?: quick| easy)? "
                        r"(?:lunch|dinner|breakfast|snack|meal|dish|drink|order)(?: (?:between|after|before|on|at|when) "
                        r"[a-z]+(?: [a-z]+)?)?) (?:is|are|has to be|would be) "
                        r"(?P<v>.+)$")
_FAVOURITE_AFTER = re.compile(r"^(?:(?:well|oh|yes|yeah|so|and|but|also|actually)[,!. ]+)*(?P<v>(?!(?:he|she|they|we|you)\b)"
                              r"[a-z][a-z' -]{1,40}?)"
                              r"(?: is| are|'s|(?: has| have|'s) (?:always )?been|(?: was| were) always) my "
                              r"(?:absolute |all[- ]time |very )?(?:favorite|favourite)\b")
_LEAD = re.compile(rf"^(?:(?:{_LEAD_WORDS})[,!. ]+)+")
_FRIGHTENS = re.compile(r"^(?P<x>[a-z][a-z' -]{1,40}?) (?:(?P<neg>do not|does not|did not|(?:has |have )?never) |"
                        r"(?P<perfect>(?:has|have) (?:always |long )?))?"
                        r"(?:really |ever |always )?(?:freak(?:s|ed)? me (?:right |completely |totally |the hell )?out|"
                        r"terrif(?:y|ies|ied) me|"
                        r"scare[sd]? me|"
                        r"frighten(?:s|ed)? me|give(?:s)? me the creeps|gave me the creeps|bother(?:s|ed)? me|faze[sd]? me|"
                        r"worr(?:y|ies|ied) me|"
                        r"(?:scare[sd]?|frighten(?:s|ed)?|terrif(?:y|ies|ied)) the (?:life|hell|living daylights|"
                        r"bejesus|crap|shit) out of me)\b")
_NO_BOTHER = re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:is|are) (?:no bother|not a problem|no problem|no issue) "
                        r"(?:at all )?(?:to|for) me\b")
# "jazz does nothing for me", "opera leaves me cold": not liked
_LEAVES_COLD = re.compile(r"^(?P<x>[a-z][a-z -]{1,30}?) (?:does|do|has always done) (?:absolutely )?nothing for me\b|"
                          r"^(?P<y>[a-z][a-z -]{1,30}?) (?:leaves|leave|has always left) me (?:cold|stone cold)\b")
_INTERESTS = re.compile(r"^(?P<x>[a-z][a-z -]{1,30}?)(?:'s)? (?:just |really |honestly |simply )?"
                        r"(?P<neg>does not |do not |did not |(?:has |have )?never )?"
                        r"(?:really |just |ever )?(?:interest(?:s|ed)? me|appeal(?:s|ed)? to me|do(?:es)? it for me|"
                        r"energi[sz]es me|excites me|thrills me|lights me up)\b")
_MY_FEAR = re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:is|are|has always been|have always been) (?:probably |[a-z]+ly )?"
                      r"my (?:(?:biggest |worst |greatest |number one |#1 |only |one true |one |true )?(?:fear|phobia|terror)|"
                      r"worst nightmare)\b")
_MY_PASSION = re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:is|are) (?:honestly |really |definitely |literally |genuinely |"
                         r"just |still |easily |totally |absolutely |seriously |truly )?"
                         r"(?:my (?:absolute |total |true |real |one true |biggest |big |number one )?(?:passion|obsession|jam|"
                         r"thing|life|happy place|guilty pleasure|drink|tipple|poison|drink of choice|go-to drink|"
                         r"comfort food|comfort film|comfort movie|comfort show|comfort watch|comfort read|comfort meal|vice)|"
                         r"the best thing ever|the best thing in the world|my favou?rite thing(?: in the world| ever)?|"
                         # "going for a run is my favourite part of the day", "... my favourite way to spend a Saturday"
                         r"the best [a-z]+ (?:going|around|ever|in the world)|"
                         r"(?:my|the) (?:favou?rite|best) (?:part of (?:the|my) (?:day|week|weekend)|"
                         r"way to (?:spend|relax|unwind|start|end|chill)\b)|the highlight of my (?:day|week|weekend))\b")
_SOMEONE = _set("he she they it this that who you we i everyone everybody someone somebody")
# "cooking is the worst", "running is my least favourite thing": doing it is not liked
_MY_DREAD = re.compile(r"^(?:(?P<x>[a-z]+ing(?: [a-z'-]+){0,3}?) (?:is|are) (?:honestly |really |genuinely |literally |just |"
                       r"absolutely |seriously |truly )?(?:the worst(?: thing ever| thing in the world)?(?=$|[,.!;]| ever)|"
                       r"(?:pure |absolute )?torture(?: for me)?(?=$|[,.!;]))|"
                       # ... and of any thing: "big parties are my idea of hell"
                       r"(?:the )?(?P<y>[a-z][a-z'-]*(?: [a-z'-]+){0,3}?) (?:is|are) (?:honestly |really |genuinely |literally |"
                       r"just |absolutely |seriously |truly |simply )?(?:my (?:least favou?rite|worst) "
                       r"(?:thing|part of (?:the|my) (?:day|week|weekend)|chore|job)|my idea of hell|the bane of my life|"
                       r"hell for me|not for me|"
                       r"not really for me|(?:utterly )?(?:vile|disgusting|revolting)(?: to me)?(?=$|[,.!;])))\b")
_FIRST_LANGUAGE = re.compile(r"^(?P<lang>[a-z]+) is my (?:first|native|mother|home) (?:language|tongue)\b")
_MY_LANGUAGE = re.compile(r"^my (?P<lang>[a-z]+) is (?:still )?(?:pretty |really |very |quite |fairly |basically |practically |"
                          r"almost |near |near-)?(?:good|great|fluent|decent|solid|excellent|strong|not bad|native|"
                          r"perfect|flawless)\b|^my (?P<lang2>[a-z]+) (?:carried|got me through|helped|came in handy|"
                          r"saved|impressed|let me)\b")
_BEREAVED = re.compile(r"\bmy (?P<who>mom|mum|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|"
                       r"grandparents)(?: both| all)? (?:have |had )?(?:died|passed away|passed on|passed|expired|"
                       r"(?:is|are) no (?:more|longer with us)(?=[,.!;]|$| sadly| now))")
_THERE_IS = re.compile(r"^there(?:'s| is| are|'re|s) (?P<neg>no |not (?:a single|one|a|an|any) |never (?:been )?"
                       r"(?:a |an |any )?)?(?P<x>[a-z][a-z' -]{1,40}?)"
                       r" (?:(?:in|at|on|inside) (?:my|our) (?:own )?|at (?=mine\b|ours\b))(?P<place>mine|ours|life|house|home|"
                       r"apartment|flat|place|living room|"
                       r"kitchen|garage|backyard|back yard|yard|garden|bedroom|basement|attic|driveway|den|study|"
                       r"front room|sitting room|lounge|dining room|hallway|hall|conservatory|loft|shed|spare room|"
                       r"back garden|front garden)\b")
_TOPIC = re.compile(rf"^(?:(?:{_LEAD_WORDS}|well|so|oh)[,!. ]+)*(?P<x>[a-z][a-z-]*(?: [a-z][a-z-]*){{0,2}})\s*\?+$")
_KIND_SUBJECT = re.compile(rf"^(?:(?:{_LEAD_WORDS})[,!. ]+)*(?P<x>[a-z]+s) (?:are|seem|look) [a-z ]+?,? but (?:i|we) ")
# an aside in brackets, after a space or at the start (not "friend(s)"): the same length, so offsets hold
_BRACKETED = re.compile(r"(?<![A-Za-z0-9])\(([^()\n]{1,200})\)")
# a count of cups or cans with nothing in them, after a question that named the drink ("Fizzy drinks? Three cans a day")
_COUNT_OF_TOPIC = re.compile(r"^(?P<c>(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a couple of|a few) "
                             r"(?:cans|cups|glasses|pints|bottles|mugs|shots|bowls|slices|packs|packets)) "
                             r"(?=(?:a day|a week|a night|every))")
# "I've never won anything", "I'm not afraid of anything at all": a denial of every object (not "anything with
# gluten", "anything today", "anything but water", which deny only some)
_OF_ANYTHING = re.compile(r"\b(?:never|not|no longer)\b[a-z' ]{0,40}?(?<! or) anything(?: (?:up|out|back|off))?"
                          r"(?: (?:at all|ever|whatsoever|in my life|in my whole life|really))?[.!]*$")
# verbs whose "not ... anything" speaks of the moment or of a plan, not of every thing one might do it to
_NOT_UNIVERSAL = _set("""do have want need know say think mean get see hear feel remember find tell ask mind hide change
expect plan owe regret miss notice understand take give make let keep be go try buy believ""") | {"believ in"}
# a place of worship gone to for someone else's occasion, or for tradition
_WORSHIP = _set("church mass chapel mosque temple synagogue service gurdwara")
_FOR_AN_OCCASION = re.compile(r"\b(?:for (?:a|my|our|his|her|their|[a-z]+'s) (?:[a-z']+ )?(?:wedding|funeral|christening|"
                              r"baptism|bar mitzvah|bat mitzvah|memorial)|(?:just )?for (?:the )?tradition|for the music|"
                              r"to keep (?:my )?(?:mum|mom|mother|nan|gran|grandma|family) happy)\b")
# a worship kept for a feast or for someone else: gone to, but telling nothing of faith ("church at Easter with my mum")
_FOR_A_FEAST = re.compile(r"\b(?:for (?:her|his|their|[a-z]+'s) sake|"
                          r"(?:on|at|for) (?:christmas|easter)(?: eve| day| morning)?)\b")
# a date ahead: a clause in the present that has one tells a plan ("we go skiing next week")
_DATED_AHEAD = re.compile(r"\b(?:next (?:week|weekend|month|year|spring|summer|autumn|fall|winter|term|semester|monday|tuesday|"
                          r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
                          r"september|october|november|december|time)|tomorrow)\b")
_PROGRESSIVE = re.compile(r"\b(?:am|are|is) (?:[a-z]+ly )?[a-z]{2,}ing\b")
# a present progressive that tells a plan by its date: "I'm retiring next year", "we're getting married in June"
_PLANNED = re.compile(r"\b(?:i|we) (?:am|are) (?:[a-z]+ly |also |finally |actually )?"
                      r"(?P<g>(?!(?:expecting|having|due|hoping|planning|trying|looking|thinking)\b)[a-z]{2,}ing)\b"
                      r"(?:(?! but | and | though )[^;,])*?\b(?:"
                      r"next (?:week|weekend|month|year|spring|summer|autumn|fall|winter|term|semester|monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday)|tomorrow|soon|shortly|in (?:january|february|march|"
                      r"april|may|june|july|august|september|october|november|december)|in (?:a|one|two|three|four|five|"
                      r"six|a few|a couple of) (?:days?|weeks?|months?|years?)|later this (?:week|month|year)|"
                      r"at the end of (?:the|this) (?:week|month|year))\b")
# a thing named with a clause of the speaker's: "the house I bought", "the stitches I got", "the school I went to"
_RELATIVE = re.compile(r"\b(?:the|my|our|every|that|those|these) (?:(?:last|first|only) (?=[a-z]+ (?:that )?(?:i|we) ))?"
                       r"(?P<n>(?!(?:one|ones|thing|things|way|time|times|"
                       r"day|days|year|years|moment|reason|kind|sort|first|last|only|best|worst|most|same|other)\b)"
                       r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}?) (?:that |which )?(?P<who>i|we) "
                       r"(?P<aux>(?:have |had |just |never |once |finally |recently |always )?)(?P<v>[a-z]{2,})"
                       r"(?P<p> (?:to|in|at|on|up|with|for|from|"
                       r"about|into))?(?= *(?:$|[,.;!]| (?:is|was|are|were|has|had|have|when|as|last|this|in|at|on|"
                       r"for|with|and|but|back|years|ago|from|still|every|because|so|the|my|our|round|around|across|"
                       r"through|over|along|out)\b))")
_NOT_DONE_TO = _set("""think thought know knew mean meant guess guessed hope hoped wish wished want wanted need needed
would could should will can may might must am was were do did does say said tell told ask asked feel felt like love
hate prefer remember forget forgot imagine imagined suppose supposed expect expected believe believed see saw hear
heard call called get now also still just really even then there here""")
_NOT_A_THING = _set("and or but so after before when while if because since until where as that than whom who")
# what follows the thing denied and narrows the denial to a place, time or company: "at night", "in the ocean"
_RESTRICTION = re.compile(r"(?: (?:any|anymore|any more|ever|really|either|though|now|much))?"
                          r" (?P<p>at|in|on|during|with|before|after|outside|around|near|while|without|inside) "
                          r"(?:the |a |an |my |our |your |his |her |their |any |this |that )?(?P<w>[a-z0-9][a-z0-9'-]*)")
_WORD_END = re.compile(r"[a-z'-]*")
_SAID_NOT = re.compile(r"\b(?:not|never|no|nothing|none|nobody|without|cannot|can not|hardly|rarely|cut out|avoid|"
                       r"stay away from|steer clear of)\b")
_SEASONAL = _set("summer summers holidays holiday vacation vacations break breaks christmas")
# a quality had for one thing only: "I don't have the patience for knitting" (not for everything)
_HAD_FOR_A_THING = _set("patience nerve stomach energy head knack talent eye ear temperament")
# words after such a preposition that do not narrow the denial ("at all", "in my life", "in years", "in any form")
_NOT_RESTRICTING = _set("""finishing graduating completing all life whole entire years ages decades ever any form way
slightest least moment present capacity
minute mo time times point day days week weeks month months year while long age end general least fact particular
shape kind sort case real truth reality favour favor home house household flat place mine ours lives over about nearly almost
more less well under a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty
fifty sixty seventy eighty ninety hundred dozen couple few several many body it them that this these those him her
you me us building apartment apartments complex principle principles orders grounds stage current religious
health medical reasons advice doctor's doctors ethical moral teens youth childhood""")
# how well or how much, said after the object ("chess quite well", "Spanish fluently"): not part of it
_HOW_WELL = _set("quite really very pretty fairly well badly fluently brilliantly terribly decently properly alright okay "
                 "ok poorly perfectly")
# how bad, said before a trouble one has ("terrible hay fever", "awful migraines"): not part of it
_TASTED = _set("eat lik lov enjoy hat have cook order handl tolerat stomach fanc")  # (stems, as predicates are)
_OBJECT_TAIL = re.compile(r" (?:straight|right) (?:out|from|off)\b| (?:down|round|up) the | (?:down|round|over) there$|"
                          r" (?:load|lot|heap|ton)s?$")
_FOOD_KINDS = _set("spicy sweet fried greasy salty sour bitter creamy oily fatty sugary processed")
_HOW_BAD = _set("terrible awful horrible dreadful severe mild nasty constant occasional frequent crippling debilitating")
# verbs whose object may be followed by where it took one or how often: "took a cab home", "travelled abroad many times"
_TAKEN_SOMEWHERE = _set("tak driv rid catch caught get got walk fly flew travel took been visit")
# A verb whose object the question before named: "Uni? Nah, never went.", "Sushi? Never tried.", "Cats? Got two."
_OBJECT_LEFT_OUT = re.compile(rf"^(?P<lead>(?:(?:{_LEAD_WORDS}|no|nope|naw|nah|yes|yeah|well|oh)[,!. ]+)*)(?:i )?"
                              r"(?P<pre>(?:(?:have|had|has) )?(?:(?:never|not|do not|did not|have not|only|always|just|"
                              r"still|once|already)(?: once| ever| really| even| actually)? )?)"
                              r"(?P<v>(?!(?:once|ever|really|again|either|before|yet|since|never|not|too|also|much|"
                              r"wish|hope|guess|think|thought|know|knew|suppose|wonder|mean|meant|see|saw|agree|bet|doubt|"
                              r"care|mind|bother|remember|forget|forgot|say|said|tell|told|ask|asked|would|could|should|"
                              r"will|can|may|might|must|do|did|does|is|am|are|was|were|it|that|this|yes|no|same|me|"
                              r"sure|maybe|probably|definitely|sometimes|often|always|usually|rarely)\b)[a-z]{2,})"
                              r"(?P<p> (?:out|up|off))?(?P<n> (?:one|two|three|four|five|six|seven|eight|a couple|a few))?"
                              r"(?P<t> there)?(?P<times> (?:(?:loads of|lots of|many|several|a few|a couple of|countless|"
                              r"two|three|four|five|six|a hundred|a million) times|twice|once|loads|heaps|a lot))?"
                              r"(?=[.!,;]|$)")
_GOING = _set("go went gone been going goes")
# "they" or "it" as the thing that does or does not frighten or interest the speaker, at the start of a sentence
_ANSWER_THEN_MORE = re.compile(r"(?P<a>\?\s+(?:never|nope|nah)),(?=\s+(?!(?:except|apart|unless|only|but|not|bar|save)\b)"
                               r"[a-z])", re.IGNORECASE)
_THING_AS_THEY = re.compile(rf"^(?P<lead>(?:(?:{_LEAD_WORDS}|no|nope|naw|nah|yes|yeah|well|oh)[,!. ]+)*)(?:(?:they|it) |"
                            r"(?:i )?(?=(?:never|has never|have never|do not|does not|did not) "
                            r"(?:bothered|scared|frightened|fazed|worried|bother|scare|frighten|faze|worry) me\b))"
                            r"(?=(?:do not |does not |did not |never |really |just |totally |honestly |have never |has never )*"
                            r"(?:bother|scare|frighten|freak|terrif|faze|interest|appeal|give me the creeps))")
_NOT_TOPICS = _set("""what who why how where when which really seriously me you us them him her it this that is are was
were do does did can could will would should have has had right yes no yeah nope sure huh ok okay wait same honestly""")
# an object pronoun ending its clause: "I don't speak it", "No, thankfully I don't have that."
# a state said bare after a question named its thing ("Spanish? I'm fluent", "Cats? I'm allergic"), and the word
# that joins it to the thing
_STATE_PREPOSITION = {"fluent": "in", "allergic": "to", "terrified": "of", "scared": "of", "afraid": "of",
                      "petrified": "of", "obsessed": "with", "hopeless": "at", "rubbish": "at", "useless": "at",
                      "terrible": "at", "awful": "at", "brilliant": "at"}  # (not "Tennis? I'm good": no, thanks)
_BARE_STATE = re.compile(r"^(?:(?:yes|yeah|yep|oh|well|haha|lol|nah|no)[,!. ]+)?i am (?:not )?(?:(?:totally|completely|pretty|"
                         r"very|really|so|super|quite|absolutely|actually) )?(?P<a>" + "|".join(_STATE_PREPOSITION) +
                         r")(?=[,.!;]|$| mate| though| tbh| actually)")
# "a word" said of the thing a question named ("French? I don't know a word")
_A_WORD = re.compile(r"\b(?:know|speak|understand|say|read|write) a (?:single )?word\b(?! of\b| in\b)")
# "they" or "it" after a comma where the thing named before does not trouble the speaker
_THEY_BOTHER_AFTER = re.compile(r"(?<=, )(?:they|it)(?= (?:do not|does not|did not|never|have never|has never) (?:really |"
                                r"even )?(?:bother|bothered|scare|scared|frighten|frightened|faze|fazed|worry|worried) me\b)")
_PRONOUN_OBJECT = re.compile(r"(?<=[a-z] )(?:it|that|them|one|any|the stuff|the things|the place)"
                             r"(?=\s*(?:[.,!;]|$|\b(?:at all|one bit|in the slightest|whatsoever|anymore|either|ever|"
                             r"in (?:years|ages|months|decades|forever|a long time|a while)|all day|all the time|"
                             r"in my (?:whole |entire )?life|since|though|lol|tbh|really|much|every|myself|"
                             r"and i (?:never|will never|would never))\b))")
_FOOD_PARTICIPLES = _set("""scrambled fried boiled poached roasted grilled smoked baked steamed mashed pickled toasted
iced stewed braised sauteed barbecued""")
_FOR_A_WHILE = re.compile(r"\bfor (?:(?:the (?:last|past) )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"twelve|fifteen|twenty|thirty|forty|fifty|a few|a couple of|several|many|some|over \w+|"
                          r"almost \w+|nearly \w+|about \w+|like \w+) )?(?:years?|months?|weeks?|decades?|ages|a while|"
                          r"a long time|most of my life|my whole life|all my life)\b")
_WHEN_I_WAS = re.compile(r"\b(?:when|while|whenever) (?P<clause>(?:i|we) (?:was|were|lived|worked|studied|stayed) "
                         r"(?:in|at) [^,.;!?]*?)(?=,| i | we |$)"
                         r"|\b(?:since|after) (?P<event>(?:i|we) (?:retired|got married|got divorced|got engaged|quit "
                         r"smoking|quit drinking|had (?:the|my|our) (?:baby|kids?|son|daughter)))\b")
# (the clause ends at a comma, at "I"/"we", or where a new subject starts its verb: "When I bought my house ten years ago
# prices were way lower")
_NEW_SUBJECT = (r" (?:the|my|our|his|her|their|it|he|she|they|there|prices|everything|everyone|nobody)(?: [a-z']+){0,2} "
                r"(?:was|were|is|are|got|had|went|did|would|could|said|took|made|came|cost|kept|broke)\b")
_WHEN_I_DID = re.compile(r"\b(?:when|after|(?:the )?(?:(?:last|first|one|only) )?(?<!every )(?<!each )(?:time|day|year)"
                         r"(?: that)?|ever since|since) (?P<clause>(?:i|we) "
                         rf"(?P<verb>[a-z]+) [^,.;!?]*?)(?=,| i | we |$|{_NEW_SUBJECT})")
_NOT_EVENTS = _set("was were used wanted thought said heard started needed decided tried hoped planned asked told felt "
                   "lived worked studied stayed")  # states, reports and attempts; the places are _WHEN_I_WAS's
_ELIDED = re.compile(r"^(?:[a-z' ]+ )?(?P<subject>i|we) [^,;]*,\s+(?:and |but )?(?P<clause>never (?:been|had|seen|done|"
                     r"owned|lived|worked|tried|eaten|smoked|played|learned|learnt|driven|ridden|[a-z]+ed) [^,.;!?]+)")
_NOT_YET = re.compile(r"\b(?:yet|so far|for now|still (?:do not|have not|can not|am not))\b")
_UNDERSTAND = verb_stem("understand")
_X_HERE = re.compile(r"^(?:(?:a|an|fellow|another|proud|lifelong|total) )?(?P<x>[a-z][a-z-]*(?: [a-z][a-z-]*)?) here\b"
                     r"(?!\s+(?:in|at|on|is|are|was|were|and|for|to|with|too|now)\b)")
_YOUNG = _set("kid child teen teenager boy girl baby toddler youngster youngest oldest student")
_AS_A = re.compile(r"^as an? (?P<x>[a-z][a-z' -]{1,30}?)(?: with (?P<with>(?:a|an|two|three|four|five) [a-z][a-z' -]{1,40}?))?"
                   r"(?:,? (?:i|we) |, (?P<rest>[a-z]+(?: [a-z]+)?))")
_DURING_MY_DEGREE = re.compile(r"\b(?:during|after|before|throughout|halfway through|in the middle of) my "
                               r"(?P<d>master's|masters|phd|doctorate|undergrad|undergraduate degree|degree|mba)\b")
_MY_EX = re.compile(r"\bmy ex(?:-| )?(?P<who>husband|wife|boyfriend|girlfriend|fiance|fiancee|partner)?\b(?!-)")
_NEVER_OUTSIDE = re.compile(r"\b(?:i|we) (?:have |had )?never (?:even |ever |really )?"
                            r"(?P<verb>been|traveled|travelled|gone|lived|set foot) "
                            r"(?:outside(?: of)?|out of|beyond) (?P<x>(?:the )?[a-z][a-z' -]{1,30}?)"
                            r"(?=[,.!;]| before| in | and|$)"
                            r"|\b(?:i|we) (?:have |had )?never (?:even |ever |really )?left (?P<y>(?:the )?[a-z][a-z' -]{1,30}?)"
                            r"(?=[,.!;]| before| and|$)")
_MOVED_AWAY = re.compile(r"\b(?:i|we) (?:moved|moved away|got away) (?:away )?from (?!(?:home|my|our|the|a|an|there|"
                         r"here|it|them|him|her)\b)(?P<x>[a-z][a-z' -]{1,30}?)"
                         r"(?= for| in| when| after| before| to| and| on| by|,|\.|$)")
_WHOLE_LIFE = re.compile(r"\b(?:i|we) (?:have |had |'ve )?(?:lived|been living) in (?P<x>[a-z][a-z' -]{1,30}?),? "
                         r"(?:my|our) (?:whole|entire) li(?:fe|ves)\b|\b(?:i|we) (?:have |had )?(?:lived|been living) in "
                         r"(?P<y>[a-z][a-z' -]{1,30}?),? all (?:my|our) li(?:fe|ves)\b"
                         r"|\b(?:i|we) (?:have |had )?only (?:ever )?lived in (?P<z>[a-z][a-z' -]{1,30}?)"
                         r"(?=[.;!]|$| but |, (?:born|raised|bred|never|always|all my|my whole|since)\b)"
                         r"|\b(?:i|we) (?:live|have lived|have always lived) in (?P<w>[a-z][a-z' -]{1,30}?),? (?:and )?"
                         r"(?:i |we )?(?:have )?never lived anywhere else(?=[,.;!]|$)")
_SPENT_TIME_IN = re.compile(r"\b(?:i|we) (?:spent|studied|lived|worked|stayed|taught|was|were) (?:a|an|one|two|three|four|"
                            r"five|six|several|a few|a couple of|\d+) (?:years?|months?|weeks?|summers?|semesters?|"
                            r"winters?|days?|nights?) (?:in|at) (?P<x>[a-z][a-z' -]{1,30}?)(?=[,.!;]| after| before| "
                            r"when| as| for| with| and|$)")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# "I spent the whole of August 2015 in Edinburgh", "the three years I spent living in Australia"
_SPENT_A_TIME_IN = re.compile(rf"\b(?:(?:i|we) spent (?:the whole of |all of |most of |part of |much of |the )?"
                              rf"(?:last |that |one |a )?(?:summer|winter|spring|autumn|fall|christmas|easter|new year|"
                              rf"{_MONTHS}|semester|gap year|year abroad)(?: of)?(?: \d{{4}})?|"
                              rf"(?:years?|months?|weeks?|summers?|winters?|semesters?) (?:that )?(?:i|we) spent) "
                              rf"(?:living |working |studying |travelling |traveling |backpacking |teaching )?(?:in|at) "
                              rf"(?!(?:my|our|his|her|their|your) )(?P<x>[a-z][a-z' -]{{1,30}}?)"
                              rf"(?=[,.!;]| after| before| when| as| for| with| and| were| was|"
                              rf" reviewing| working| studying| travelling| traveling| teaching| doing|$)")
# "Australia's the one place I've never been", "Japan is the only country we have never visited"
_ONE_PLACE_NEVER = re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?)(?:'s| is|s) (?:honestly |probably |literally )?the (?:one|only) "
                              r"(?:place|country|city|state|continent) (?:that )?(?:i|we) (?:have |had )?(?:never|not) "
                              r"(?:been|visited|gone|set foot in|travelled to|traveled to)(?: to)?(?=[,.!;]|$| (?:before|yet|"
                              r"and|but|so|too|either|though|in my life)\b)")
_FAVOURITE_TRIP = re.compile(r"\bmy (?:favou?rite|best|last|first) (?:trip|vacation|holiday) (?:ever )?(?:was|is) (?:to |in )?"
                             r"(?P<x>[a-z][a-z' -]{1,30}?)(?=[,.!;]| when| with| and|$)")
_NEVER_ABROAD_THEN = re.compile(r"^(?:i|we) (?:have )?never been abroad, (?:and )?never")
_MY_SURGERY = re.compile(r"\bmy (?:[a-z]+ )?(?:surgery|operation)\b(?! (?:is|will|next|tomorrow))")
_MY_FAITH = re.compile(r"\bmy (?:faith|belief) in (?:god|jesus|christ|allah|the lord)\b")
_BORN_RAISED = re.compile(rf"(?:\b(?:i|we) (?:was|were) |^(?:(?:{_LEAD_WORDS}|well|so|oh|me)[,!. ]+)*)"
                          r"born and (?:raised|bred) in "
                          r"(?P<x>[a-z][a-z' -]{1,30}?)(?=[,.!;]| and|$)")
_MY_THESIS = re.compile(r"\bmy (?P<level>master's|masters|phd|doctoral|senior|undergraduate) (?:thesis|dissertation)\b")
_SCHOOL_PLACES = {"college": "college", "uni": "university", "university": "university", "freshman": "college",
                  "sophomore": "college", "fraternity": "college", "frat": "college", "sorority": "college",
                  "dorm": "college", "grad school": "graduate school", "graduate school": "graduate school",
                  "med school": "medical school", "medical school": "medical school", "law school": "law school"}
_SCHOOL_DAYS = re.compile(
    r"\b(?:my|our) (?P<my>college|uni|university|freshman|sophomore|fraternity|frat|sorority|dorm|grad school|"
    r"graduate school|med school|medical school|law school) (?:year )?(?:roommates?|room-mates?|dorm|dorm room|days|"
    r"years|friends?|buddy|buddies|mates|professors?|lecturers?|tutor|graduation|reunion|sweetheart|girlfriend|"
    r"boyfriend|housemates?|flatmates?|sisters|brothers|house|classmates|major)\b"
    r"|\b(?:when|while) (?:i|we) (?:was|were) (?:at|in) (?P<at>college|uni|university|grad school|med school|"
    r"medical school|law school)\b"
    r"|\bback in (?:my )?(?P<back>college|uni|university) days\b"
    r"|\bmy (?P<loan>student loans?|student debt)\b")
_NIGHT_WORK = re.compile(
    r"\b(?:i|we) (?P<neg>have never|never|do not|did not|have not|had never)? ?(?:ever |only )*"
    r"(?P<v>work|worked|do|did|done|am on|was on|pull|pulled|am working|was working)(?: a| the)?"
    r"(?: permanent| regular| constant| rotating| back-to-back)? "
    r"(?:nights|night shifts?|overnight shifts?|overnights|graveyard shifts?|night duty)\b"
    r"|\bmy (?:\w+[- ]hour )?shifts? (?:run|runs|are|is|go|goes) from (?:\d{1,2}|seven|eight|nine|ten|eleven)"
    r"(?::\d\d)? ?(?:pm|p\.m\.|at night|in the evening) (?:to|till|until) \w+(?::\d\d)? ?(?:am|a\.m\.|in the morning)\b"
    r"|\bmy (?:night|overnight|graveyard) shifts?\b|\bmy shifts? (?:are|is) (?:all |always |mostly )?(?:nights|overnight)\b")
# "Not once have I", "Never did we": a denial put before its subject
_INVERTED_NEGATION = re.compile(r"\b(?:not once|not|never|not ever)(?: in my (?:whole |entire )?life)? "
                                r"(?:have|had|did) (?:i|we)$")
_KIN_RANK = re.compile(r"\b(?:my|our) (?P<rank>big|older|elder|little|younger|baby|kid) (?P<who>sister|brother)s?\b")
_KIN = re.compile(r"\b(?:my|our) (?:twin |half-|step-?)?(?P<who>sister|brother|sibling|twin|wife|husband)s?\b")
_BIRTH_ORDER = re.compile(rf"\bi am the (?P<rank>oldest|eldest|youngest|baby) (?:(?:child |kid |one )?of (?:the )?"
                          rf"(?:{NUMBER}|us|my siblings|the family|my family|our family)|(?:child|kid|one) in (?:my|our|the)"
                          rf" family|in (?:my|our|the) family)\b")
_OUR_ELDEST = re.compile(r"\b(?:my|our) (?:eldest|oldest|youngest|firstborn|first-born)"
                         r"(?= (?:is|was|has|had|just|turns|turned|starts|started|got|gets|passed|finished|graduated|"
                         r"left|moved|lives|loves|wants|goes|went|and|son|daughter|boy|girl|kid|child)\b|[,.!;]|$)")
_ELDEST_DID = re.compile(r"\b(?:my|our) (?:eldest|oldest|youngest|firstborn|first-born) (?P<v>[a-z]+)\b")
_BEING_A = re.compile(r"^being (?:a |an )(?P<x>[a-z][a-z' -]{1,40}?) (?:is|has been|was|has|makes|means)\b")
_DONE_TO_ME = re.compile(r"\b(?:they|the doctors?|the surgeons?|a surgeon|the hospital) (?:took|removed|cut) (?:out )?"
                         r"my (?:\w+ )?(?:appendix|tonsils|gallbladder|gall bladder|wisdom teeth|spleen|kidney|womb|"
                         r"uterus|ovary|ovaries|thyroid|adenoids|prostate)\b|\b(?:they|the doctors?|the surgeons?|a "
                         r"surgeon) operated on (?:me|my)\b")
# states said without an article after "when I was": "when I was pregnant", "back when I was vegan"
_STATES_SAID_BARE = tuple("""pregnant married engaged divorced widowed single vegan vegetarian pescatarian teetotal sober
homeless unemployed retired deaf blind diabetic religious catholic muslim jewish christian hindu buddhist atheist
self-employed bedridden paralysed paralyzed""".split())
_WHEN_I_WAS_A = re.compile(r"\b(?:when|while|back when) i was (?:(?:a|an) |(?=(?:" + "|".join(_STATES_SAID_BARE) +
                           r")\b))(?P<x>[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}?)"
                           r"(?= [a-z]+ing\b|[,.;!]| at | in | on | for | with | and | i | we |$)")
_KIN_LOST = re.compile(r"\b(?:died|passed away|passed on|lost|was killed|late|never had|do not have|no|divorced|split|"
                       r"separated|broke up|left me|ex|first|former|then|alive)\b")
_MY_BODY = re.compile(r"\bmy (?P<n>eyesight|vision|hearing|blood pressure|cholesterol|memory|sense of smell|heart|"
                      r"balance|blood sugar)(?:'s| is| has always been| has been| was always| is always) (?:always |still |"
                      r"absolutely |pretty |really |very |totally |completely )?(?P<a>perfect|fine|great|good|excellent|"
                      r"normal|poor|bad|terrible|awful|high|low|weak|healthy|sharp)\b")
_BODY_STATE = {"perfect": "perfect", "fine": "good", "great": "good", "good": "good", "excellent": "perfect",
               "normal": "normal", "healthy": "normal", "sharp": "good", "poor": "poor", "bad": "poor",
               "terrible": "poor", "awful": "poor", "weak": "poor", "high": "high", "low": "low"}
_NEEDED_AID = re.compile(r"\bi (?P<neg>have never|never|do not|did not|have not|had never)? ?(?:ever )?(?:really )?"
                         r"(?P<v>need|needed|needs) (?:a |an |my |any |to wear )?(?P<x>glasses|reading glasses|"
                         r"spectacles|contact lenses|contacts|hearing aids?|a hearing aid|wheelchair|walking stick|cane|"
                         r"crutches|inhaler|insulin)\b")
_WEARABLE = _set("glasses spectacles contacts lenses aid aids")
_NO_WORK = re.compile(r"\b(?:i|we) (?:am|are|have been|was|were) (?:currently |still |now )?(?:out of (?:work|a job)|"
                      r"between jobs|on the dole|jobless|out of employment)\b")
_MY_JOB_NOW = re.compile(r"\bmy (?:current |new |day |full-time |part-time )?job (?:is|keeps|has|pays|starts|takes|at|"
                         r"gives|means|involves|lets|requires)\b|"
                         r"\b(?:at|from) my (?:current |new |day |full-time |part-time )?job\b(?! (?:interview|hunt|search|"
                         r"application|offer))")
_JOB_LEFT = re.compile(r"\b(?:fired|sacked|laid off|let go|quit|resigned|redundant|a year off|time off|a break|leave) "
                       r"(?:from )?(?:my|at my)\b|\b(?:fired|sacked|laid off|let go) from\b")
_DAYS_ONLY = re.compile(r"\bi (?:have )?(?:only |ever |just |strictly )*(?P<v>work|worked|do|did|done) (?:only |strictly |"
                        r"just )?(?:days|day shifts?|the day shift|nine to five|9 to 5|9-5|office hours)\b")
_FAITH_IN_CHRIST = re.compile(r"\bmy (?:faith|belief) in (?:jesus|christ)\b")
# a sacrament had, said in passing: "the gown I was baptised in", "my christening photos", "my confirmation name"
_SACRAMENT_HAD = re.compile(r"(?<!never )(?<!not )\b(?:i was (?P<b>baptised|baptized|christened) (?:in|at|by|when)\b|"
                            r"\bmy (?P<c>christening|baptism)\b|\bmy (?P<f>confirmation) (?:name|day|dress|suit|photos?|saint|"
                            r"class|classes)\b)")
_MY_RITE = re.compile(r"\bmy (?P<r>bar mitzvah|bat mitzvah|first (?:holy )?communion|hajj)\b")
_PLAYING_UP = re.compile(r"(?:\bmy |^)(?P<c>hay ?fever|asthma|allergies|arthritis|migraines?|eczema|sciatica|gout|"
                         r"psoriasis|ibs|tinnitus)(?: season)? (?:(?:is|has been|are|have been|keeps) (?:really )?"
                         r"(?:killing|getting to|driving|playing up|flaring up|acting up|bothering|bad|terrible|awful)|"
                         r"(?:ringing|flaring|playing up|acting up|kicking off|back) (?:all day|all night|again|today|"
                         r"this (?:week|morning))|flared up|kicked off|is back)\b")
_AVOIDED = re.compile(r"\bi (?:can not|could not|will not|would not) (?:even )?(?:be in the same room as|stand the sight of|"
                      r"go near|go anywhere near|bear to look at) (?:a |an |the |any )?(?P<x>[a-z]+)")
_MY_PET_KIND = re.compile(r"\b(?:my|our) pet (?P<x>[a-z]+)\b")
_NOT_PETS = _set("peeve peeves hate hates project projects name theory subject cause insurance food shop store sitter")
_RAMADAN_FAST = re.compile(r"\bramadan\b[^.!?]*\b(?:i am|we are|i have been) fasting\b|\b(?:i am|we are) fasting\b[^.!?]*"
                           r"\bramadan\b")
_ROUTINE_DUTY = re.compile(r"^(?:(?:so|and|but|well|oh)[, ]+)?i (?:have to|have got to|need to|must) (?P<rest>[a-z].+)$")
_ROUTINE_TIME = re.compile(r"\b(?:every|each|daily|twice a|three times a|before (?:every|each)|after (?:every|each))\b")
_BROKE_BONE = re.compile(r"\bi (?:have |had )?(?:broke|broken|fractured|snapped|cracked) my (?:left |right )?(?:arm|leg|wrist|"
                         r"ankle|collarbone|collar bone|nose|hip|foot|finger|toe|elbow|jaw|ribs?|skull|neck|kneecap|shin|"
                         r"thumb|pelvis|shoulder|heel|cheekbone)\b")
_MY_PROCEDURE = re.compile(r"\bmy (?:(?:new |recent |last )?(?:knee|hip|shoulder|heart|kidney|liver|lung|appendix|gallbladder|"
                           r"hernia|back|eye|cataract|bypass|spinal|acl) (?:replacement|transplant|op|operation|surgery|"
                           r"removal|repair)|c-section|caesarean|cesarean|appendectomy|tonsillectomy|hysterectomy|"
                           r"mastectomy|vasectomy|bypass)\b(?! (?:is|will be) (?:next|booked|scheduled|tomorrow))")
_SELF_EMPLOYED = re.compile(r"\bi (?:work for myself|am self-employed|am my own boss|run my own business|work freelance|"
                            r"am a freelancer)\b")
_ONLY_CHILD = re.compile(r"(?:^|\bi am an |\bi was an |, )only child\b|\bit was (?:just|only) me growing up\b")
_WITHOUT_MY_AID = re.compile(r"\b(?:without|need|needs) my (?:reading )?(?P<x>glasses|specs|contacts|contact lenses|"
                             r"hearing aids?)\b")
_RETIRED = re.compile(r"\b(?:^i|, i|and i|since i|after i|when i|now that i) (?:have )?(?:just |recently |finally |"
                      r"officially )?retired\b(?! from (?:competitive|professional|football|rugby|racing|boxing|"
                      r"the team|the band|the sport|playing|running|competing))")
_TYPED_DIABETIC = re.compile(r"\bi (?:am|have been) (?:a )?type (?:1|one|2|two|i|ii) diabetic\b|"
                             r"\bi was diagnosed with type (?:1|one|2|two)(?: diabetes)?\b(?! (?:error|personality))|"
                             r"\bi am type (?:1|one|2|two)\b(?=.{0,60}"
                             r"\b(?:diagnosed|insulin|injections?|sugars?|diabet))")
_UNBOTHERED = re.compile(r"^(?P<x>[a-z][a-z' -]{1,30}?) (?:is|are|has never been|have never been) (?:no|not a|never a) "
                         r"(?:bother|problem|worry) (?:to|for) me\b|^(?P<y>[a-z][a-z' -]{1,30}?) (?:does not|do not|never|"
                         r"did not) (?:faze|fazes|fazed|bother|bothers|worry|worries) me\b|\bi (?:have |have got )?"
                         r"no (?:problem|problems|issue|issues|fear) with (?P<z>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$| at all| and)|"
                         r"\bi (?:am not|am never|have never been) (?:bothered|fazed|phased|troubled|worried) "
                         r"(?:by|about) (?P<w>[a-z][a-z' -]{1,30}?)(?=[,.;!]|$| at all| and| one bit| in the slightest)")
_HAVE_A_FEAR = re.compile(r"\bi (?:have|have got|have had|have always had) (?P<neg>no |never had (?:a |any )?)?(?:a |an |"
                          r"this )?(?:real |huge |big |massive |terrible |deep |serious |irrational |lifelong |crippling |"
                          r"genuine |bit of a |slight )?(?:fear|phobia|terror|dread) (?:of|about) (?P<x>[a-z][a-z' -]{1,30}?)"
                          r"(?=[,.;!]|$| and| but| since| ever| so| because)")
_PANIC_AT = re.compile(r"\bi (?:absolutely |completely |totally |just )?(?:(?:lose it|freak out|panic|go to pieces) "
                       r"(?:around|near|at the sight of|whenever i see|when i see)|get (?:really |so |very |quite |a bit |"
                       r"a little )?(?:panicky|jittery|panicked) (?:around|near|in)) (?:a |an |the |any )?(?P<x>[a-z]+)")
_CANNOT_DO_WITHOUT = re.compile(r"(?:^|\bi )(?:can not|could not|can't) (?:start|get through|face) (?:the|my) (?:day|morning)"
                                r" without (?P<x>[a-z][a-z' -]{1,40}?)(?=[,.;!]|$| and| or)")
_TOO_SCARED = re.compile(r"\bi am (?:much )?too (?:scared|afraid|frightened|terrified|nervous) "
                         r"(?:of (?P<of>[a-z]+(?: [a-z]+)?) )?to (?P<ever>ever )?"
                         r"(?P<x>[a-z][a-z' -]{1,40}?)(?=[,.;!]|$| and| but)")
_WAITED_TABLES = re.compile(r"\bi (?:used to )?(?:waited|wait|was waiting) (?:on )?tables\b")
_MY_WORKMATES = re.compile(r"\bmy (?:line )?(?:manager|supervisor|colleagues?|co-?workers?|workmates?)\b")
_MY_WEDDING = re.compile(r"\b(?:my|our) (?:own )?wedding (?P<w>day|night|anniversary|vows|photos|album|reception|ring)\b")
_SPOUSE_LOST = re.compile(r"\b(?:i lost my|my) (?:beloved |dear )?(?P<who>husband|wife)(?: \w+)? (?:died|passed away|passed "
                          r"on|was killed)\b|\bi lost my (?:beloved |dear )?(?P<who2>husband|wife)\b(?!')")
_MY_SHIFT = re.compile(r"\bmy (?:\w+ )?shifts? (?:at|ran|runs|starts|started|is|was|ends|ended|finished|finishes)\b")
# cheap substrings without which the readers above cannot match (most sentences skip them all)
_SCHOOL_KEYS = ("college", "uni", "freshman", "sophomore", "frat", "sorority", "dorm", "school", "student")
_NIGHT_KEYS = ("night", "overnight", "graveyard", "shift")
_FAMILY_KEYS = ("my ", "our ", "i am the ")
_ROLE_KEYS = ("being ", " i was ", "operated", "took", "removed", "cut out")
_STATE_KEYS = ("my ", "need", "out of", "between jobs", "dole", "jobless", "self", "freelanc", "own b", "broke",
               "fractured", "snapped", "cracked", "only child", "just me", "only me", "without", "retired", "diabetic", "am type",
               "with type",
               "wedding", "husband", "wife", "anniversary")
_PRACTICE_KEYS = ("fear", "phobia", "terror", "dread",
                  "only", "faith", "belief", "mitzvah", "communion", "hajj", "christen", "bapti", "confirmation", "fever",
                  "asthma", "allergies", "arthritis",
                  "migraine", "eczema", "sciatica", "gout", "psoriasis", "ibs", "tinnitus", "same room", "sight of",
                  "near", "bear to", "pet ", "ramadan", "have to", "need to", "must", "got to", "bother", "problem",
                  "issue", "faze", "lose it", "freak", "panic", "pieces", "without", "too ", "tables",
                  "days", "nine to five", "9", "office hours")
_NOTHING_BEATS = re.compile(r"^nothing (?:beats|compares to|is better than) (?P<x>[a-z][a-z' -]{1,30}?)"
                            r"(?:[,.!]|$| i | on | in | after | before | with | when | at | for )")
# not "I hate it when ..."; "the stuff" as "it": "I hate tea, I never drink the stuff"
_IT = re.compile(r"(?<=[a-z] )(?:it|them|the stuff|that stuff)(?= |$)(?! (?:when|whenever|if|that)\b)")
# a thing denied that a later "it" stands for: "I can't stand coffee and never drink it", "I don't like sushi, never eat it"
_IT_AFTER_DENIAL = _set(f"{LIKE} lov enjoy eat drink have own")
# things had that no later "it" stands for: "I don't have the patience for knitting, but I admire it"
_NOT_AN_IT = _set("patience time energy money interest idea clue chance choice option space room confidence nerve")
# a passive that is a state of the speaker's whoever did it: "I was homeschooled by my mum" (homeschooled)
_BARE_PASSIVES = _set("homeschooled home-schooled adopted raised educated trained fostered baptised baptized christened")
_IT_WHEN = re.compile(r"\b(?:it|them) (?:when|whenever|if)\b")
_ONLY_LANGUAGE = re.compile(r"^(?P<lang>[a-z]+) is the only language (?:i|we) (?:speak|know)\b")
_NUMBER_NOUNS = _set("single twin twins couple pair")
# adverbs inside a noun phrase, before what they qualify: "a strictly kosher kitchen", "a truly awful cook"
_PHRASE_ADVERBS = _set("strictly truly totally completely fully properly entirely absolutely seriously incredibly "
                       "extremely genuinely")
_DIET_STATES = _set("vegan vegetarian pescatarian keto paleo sober teetotal gluten-free dairy-free plant-based raw")
_PHRASAL_ALONE = _set("out up around")


@dataclass(slots=True)
class _Frame:
    """What the auxiliary chain of a clause says before its main word."""

    polarity: Polarity = "affirm"
    time: Time = "present"
    ability: bool = False
    never: bool = False
    change: bool = False
    confidence: float = 0.9
    qualifier: str | None = None
    exclusive: bool = False
    agents: bool = True  # also read "I'm a hiker" as "I hike"

    def copy(self, **changes: object) -> _Frame:
        clone = _Frame(self.polarity, self.time, self.ability, self.never, self.change, self.confidence,
                       self.qualifier, self.exclusive, self.agents)
        for name, value in changes.items():
            setattr(clone, name, value)
        return clone


# --- readers added by other modules ----------------------------------------------------------------
# Each sentence reader takes a normalised sentence and the topic of the last bare question; each form
# reader takes a sentence's forms (`SentenceForms`) and runs before them; each extender takes the claims
# read from a text and returns more. pastimes.py, habits.py and whereabouts.py add theirs when imported
# (the package imports them), so this module imports none of them.
@dataclass(frozen=True, slots=True)
class SentenceForms:
    """One sentence as a form reader sees it, with the claims read from its text before it."""

    norm: str  # normalised, with its subject supplied and its idioms said plainly
    typed: str  # normalised as typed
    written: str  # as written
    topic: str | None  # the topic of the last bare question ("Korean?"), if any
    read_before: tuple[OpenClaim, ...]  # the claims read from the text so far, this sentence's included


SENTENCE_READERS: list[Callable[[str, str | None], list[OpenClaim]]] = []
FORM_READERS: list[Callable[[SentenceForms], list[OpenClaim]]] = []
CLAIM_EXTENDERS: list[Callable[[list[OpenClaim]], list[OpenClaim]]] = []


# --- entry points -----------------------------------------------------------------------------------
def extract_open_claims(text: str) -> list[OpenClaim]:
    """Every open claim the speaker of `text` makes about themself."""
    return list(_extract_cached(text))


def read_statement(text: str) -> list[OpenClaim]:
    """The claims of one first-person statement as a knowledge file writes it (no "my ..." scan)."""
    norm = normalise(text).strip(" .!")
    out = [c for clause, qualifier in _clauses(norm) for c in _clause_claims(clause, qualifier, agents=False)]
    favourite = _FAVOURITE.match(norm)
    return out + (_favourites(favourite.group("v")) if favourite else [])


# "When I was a kid I hated broccoli": a clause of time that ends without its comma (not "when I told him I was...")
# "Since the accident I haven't been able to walk": a time named by a noun phrase, the same
_UNMARKED_MAIN = re.compile(r"^(?P<sub>(?:when|while|before|after|until|once|whenever|(?:the )?(?:last|first|one|only) time|"
                            r"every time|each time) (?:i|we) [a-z0-9' -]+?|(?:ever since|since|after|"
                            r"before|during) (?:the|my|our) (?:(?!and\b)[a-z-]+ ){0,2}?(?!and\b)[a-z-]+|"
                            r"for (?:nearly |almost |over |about |around |more than |the (?:last|past) )?[a-z0-9-]+ "
                            r"(?:years|months|decades)) (?=(?:i|we) [a-z])")
_TAKES_A_CLAUSE = re.compile(r"\b(?:told|tell|said|say|thought|think|knew|know|realised|realized|found|heard|saw|see|"
                             r"decided|felt|feel|wished|hoped|promised|asked|noticed|figured|guessed|admitted|learned|"
                             r"learnt|remembered|forgot|explained|showed|dreamed|dreamt|dream|imagined|pretended|swore|claimed|believed|"
                             r"assumed|suspected|worried|joked|lied|bragged|boasted|bet|that|if|whether)\b")


def _comma_after_time_clause(sentence: str) -> str:
    """The sentence with the comma put back after a leading clause of time that has none."""
    m = _UNMARKED_MAIN.match(sentence)
    if not m or _TAKES_A_CLAUSE.search(m.group("sub")):
        return sentence
    return f"{m.group('sub')},{sentence[m.end('sub'):]}"


def _clauses(sentence: str) -> list[tuple[str, str | None]]:
    """The main clauses of a normalised sentence, each with its time qualifier. Temporal subordinate
    clauses ("since I was a child", "when I lived there") are left out: they date the clause they belong
    to, which is where their qualifier goes; they assert nothing now."""
    parts = _CLAUSE_SPLIT.split(_comma_after_time_clause(sentence))
    clauses: list[list[str]] = []
    conjunction = None
    leading = sentence.startswith(("when ", "since ", "while ", "before ", "after ", "until ", "once ", "as "))
    pending: list[str] = []
    for index, part in enumerate(parts):
        if index % 2 == 1:
            conjunction = part
            continue
        part = (part or "").strip(" ,.!;:-")
        if not part:
            continue
        if conjunction == "so" and not _SO_THAT.match(part):
            conjunction = None  # "..., so I've been swimming since I was tiny": a consequence, a main clause
        if (index == 0 and leading) or conjunction in _SUBORDINATE:
            if clauses and not (index == 0 and leading):
                clauses[-1].append(part)
                if conjunction == "since":  # "I've played piano since I was six": and still do
                    clauses[-1][0] += " since"
                elif conjunction in ("until", "till"):  # "I didn't learn to swim until I was thirty": then I did
                    clauses[-1][0] += " until"
            else:
                pending.append(part)
            continue
        clauses.append([part, *pending])
        pending = []
    return [(c[0], _qualifier(" ".join(c))) for c in clauses]


@lru_cache(maxsize=32768)
def _extract_cached(text: str) -> tuple[OpenClaim, ...]:
    out: list[OpenClaim] = []
    clean = _EMOTICON.sub(" ", _plain(text.replace("\u2019", "'").replace("\u2018", "'")))
    quoted = clean  # what a claim quotes: the turn as written (the reading below keeps its length, so offsets hold)
    if "(" in clean:  # "they never taught me Farsi" read around "(this is my big regret)", an aside set off by commas
        clean = _BRACKETED.sub(lambda m: f",{m.group(1)},", clean)
    if "?" in clean:  # "Crosswords? Never, they drive me up the wall": the answer, then a sentence of its own
        clean = _ANSWER_THEN_MORE.sub(r"\g<a>.", clean)
    topic: str | None = None
    before = 0  # where the claims of the sentence before this one start
    for start, said, whole in _sentences(clean):
        sentence = without_discourse_markers(_PLACEHOLDER.sub(_STAND_IN, said) if "[" in said else said)
        sentence = _TITLE_AFTER.sub(_title_joined, sentence)
        if sentence.rstrip().endswith("?") or (_NAMED_ALONE.match(sentence) and
                                               sentence.lower().rstrip(".!") not in _NOT_NAMED_THINGS):
            topic = _topic(normalise(sentence).rstrip(".!") + "?")  # "Spanish?", "Spiders. Total phobia."
            continue
        typed = normalise(sentence)
        for put_back in TYPED_REWRITES:  # shapes every reader should see plainly ("Tennis is one sport I've never played")
            typed = put_back(typed)
        if topic and _GERUND_TOPIC.match(topic) and _NEVER_ALONE.match(typed):
            verb, _, thing = topic.partition(" ")  # "Owning a boat? Nope, never.": I have never owned a boat
            typed = f"i have never {participle(base_of_gerund(verb))} {thing}"
        if _NEVER_ALONE.match(typed) and (typed.rstrip(".! ") != "never" or topic is None):  # "Can't do a handstand.
            # Never could.": the denial before holds for all time (a bare "Never." after "Darts?" answers the question,
            # and after "I don't eat meat." only stresses it: never now, not never in a life)
            out[before:] = _denied_for_all_time(out[before:]) if typed.rstrip(".! ") != "never" else \
                [replace(c, never=True) if c.polarity == "deny" and not c.change else c for c in out[before:]]
            continue
        before = len(out)
        if ("ever" in typed or "dream" in typed or "right" in typed or "sarcas" in typed) and _NOT_MEANT.search(typed):
            continue  # "I'm a fantastic golfer, said nobody ever", "a great singer in my dreams": not so
        if topic and _BARE_FEAR.match(typed):
            typed = f"i am afraid of {topic}"  # "Spiders? Total phobia.": of spiders
        elif topic and (none := _NONE_ALONE.match(typed)) is not None:
            typed = f"i have no {topic}{typed[none.end():]}"  # "Food allergies? None, I eat ...": none of those
        as_typed = _no_interest(typed)  # the pastime readers know the shapes without an "I" themselves
        norm = _idioms_said_plainly(_NO_CLUE.sub("i have no idea how to", supply_subject(_time_said_last(typed))))
        topic = topic or _subject_topic(norm)
        if topic and (left_out := _OBJECT_LEFT_OUT.match(norm)) is not None and \
                (left_out.group("pre") or is_past_form(left_out.group("v"))):
            norm = _idioms_said_plainly(normalise(_with_topic(left_out, topic) + norm[left_out.end():]))
        if topic:
            norm = _THING_AS_THEY.sub(rf"\g<lead>{topic} ", norm, count=1)  # "Moths? Naw, they don't bother me"
            if ", they " in norm or ", it " in norm:  # "Spiders? I pick them up, they don't bother me"
                norm = _THEY_BOTHER_AFTER.sub(topic, norm, count=1)
            norm = _PRONOUN_OBJECT.sub(topic, norm, count=2)  # (twice: "Geocaching? Heard of it, never done it")
            norm = _COUNT_OF_TOPIC.sub(rf"\g<c> of {topic} ", norm, count=1)  # "Fizzy drinks? Three cans a day"
            norm = _A_WORD.sub(rf"\g<0> of {topic}", norm, count=1)  # "French? I don't know a word": of French
            if (state := _BARE_STATE.search(norm)) is not None:  # "Spanish? I'm fluent": fluent in Spanish
                norm = f"{norm[:state.end()]} {_STATE_PREPOSITION[state.group('a')]} {topic}{norm[state.end():]}"
            as_typed = _PRONOUN_OBJECT.sub(topic, as_typed, count=1)
        norm, as_typed = _before_reported(norm), _before_reported(as_typed)
        span = (start, start + len(whole))
        words = quoted[start:start + len(whole)].strip()
        first = len(out)
        favourite_first, favourite_after = _FAVOURITE.match(norm), _FAVOURITE_AFTER.match(norm)  # (matched once)
        last_thing = _favourite_named(favourite_after or favourite_first)  # "I made a lamb curry and ate three bowls
        # of it": the curry; "Harry Potter is my favorite series, I've read it five times": Harry Potter
        last_when: str | None = None
        never_either = _NEVER_EITHER.search(norm) is not None  # "I'm not married and never have been"
        always_been = "always" in norm and _ALWAYS_BEEN.search(norm) is not None
        for clause, qualifier in _clauses(with_state_subjects(_WE.sub("we", norm))):
            if last_thing and _IT.search(clause) and not (clause.endswith((" it", " them")) and _IT_WHEN.search(norm)):
                clause = _IT.sub(last_thing, clause, count=1)  # (the clause of "I hate it when ..." ends at "it")
            if last_thing and " there" in clause:
                clause = _there_as_place(clause, last_thing)
            pending = _NOT_YET.search(clause) is not None
            read = _whole_life(_not_in_years(_clause_claims(clause, qualifier), clause), clause)
            read = [_restricted(c, clause) for c in read]
            if clause.endswith(" until"):
                read = [replace(c, time="past", never=False) if c.polarity == "deny" else c for c in read]
            read += [replace(c, predicate="be", object=c.predicate[3:-3]) for c in read if c.polarity == "affirm" and
                     c.predicate.startswith("be ") and c.predicate.endswith(" by") and
                     c.predicate[3:-3] in _BARE_PASSIVES]  # "homeschooled by my mum" (not "robbed by the referee")
            if "ing" in clause and read and (planned := _PLANNED.search(clause)) is not None:
                read = [c for c in read if not _is_the_plan(c, clause, planned)]
            if "anything" in clause and qualifier is None and topic is None and _OF_ANYTHING.search(clause):
                read = [replace(c, universal=True) if c.polarity == "deny" and not c.object and (c.never or c.time ==
                        "present") and c.predicate not in _NOT_UNIVERSAL else c for c in read]  # not "didn't win
                # anything" (that once), nor "Instruments? I don't play anything" (of those)
            if never_either:
                read = _for_all_time(read)
            if always_been:
                read = _for_a_lifetime(read)
            if qualifier is None and last_when and read and all(c.time == "past" for c in read):
                read = _clause_claims(clause, last_when)  # "I made a curry last night and ate three bowls": last night
            last_when = qualifier or last_when
            out.extend(replace(c, span=span, text=words, not_yet=pending and c.polarity == "deny") for c in read)
            last_thing = next((c.object for c in reversed(read) if c.object and not c.activity and
                               (c.polarity == "affirm" or (c.predicate in _IT_AFTER_DENIAL and c.object not in _NOT_AN_IT and
                                                           not c.object.startswith(("favorite", "favourite"))))),
                              last_thing)  # (not "I don't have a favourite doll, but I like all of them": dolls)
        favourite = favourite_first or favourite_after
        if favourite:
            out.extend(replace(c, span=span, text=words) for c in _favourites(favourite.group("v")))
        out.extend(replace(c, span=span, text=words) for c in _bereavement(norm))
        out.extend(replace(c, span=span, text=words) for c in _pet_lost(norm))
        out.extend(replace(c, span=span, text=words) for c in _meal_said_alone(norm))
        if not norm.startswith(("i ", "we ", "my ", "our ")):
            out.extend(replace(c, span=span, text=words) for c in _role_fragment(norm))
        if norm.startswith("with "):
            out.extend(replace(c, span=span, text=words) for c in _with_had(norm))
        if norm.startswith(("breakfast", "brekkie", "lunch", "dinner", "supper", "brunch", "my ", "our ")):
            out.extend(replace(c, span=span, text=words) for c in _meal_described(norm))
        out.extend(replace(c, span=span, text=words) for c in _presupposed(norm))
        out.extend(replace(c, span=span, text=words) for c in _taken_for_granted(norm))
        out.extend(replace(c, span=span, text=words) for c in _events_that_date(norm))
        out.extend(replace(c, span=span, text=words) for c in _team_supported(norm))
        out.extend(replace(c, span=span, text=words) for c in _school_days(norm))
        out.extend(replace(c, span=span, text=words) for c in _night_work(norm))
        out.extend(replace(c, span=span, text=words) for c in _family_said_in_passing(norm))
        out.extend(replace(c, span=span, text=words) for c in _roles_and_events(norm))
        out.extend(replace(c, span=span, text=words) for c in _children_counted(norm))
        out.extend(replace(c, span=span, text=words) for c in _degree_held(norm))
        out.extend(replace(c, span=span, text=words) for c in _taught(norm))
        out.extend(replace(c, span=span, text=words) for c in _health_and_work_states(norm))
        out.extend(replace(c, span=span, text=words) for c in _practices(norm))
        out[first:] = _never_tail(out[first:], norm)
        out.extend(replace(c, span=span, text=words) for c in _elided_subject(norm))
        out.extend(replace(c, span=span, text=words) for c in _said_of_a_thing(norm))
        out.extend(replace(c, span=span, text=words) for c in _there_is(norm))
        if " i " in norm or " we " in norm:
            out.extend(replace(c, span=span, text=words) for c in _relative_clauses(norm))
        out.extend(replace(c, span=span, text=words) for c in _possessions(norm))
        out.extend(replace(c, span=span, text=words) for c in _fragments(norm))
        out.extend(replace(c, span=span, text=words) for c in _consumed(norm))
        forms = SentenceForms(norm=norm, typed=typed, written=words, topic=topic, read_before=tuple(out))
        out.extend(replace(c, span=span, text=words) for c in _form_claims(forms))
        out.extend(replace(c, span=span, text=words) for c in _pastimes(as_typed, topic))
        out[first:] = [_restricted(c, norm) for c in out[first:]]  # what every reader read, narrowed where said so
        if (" for " in norm or "tradition" in norm) and _FOR_AN_OCCASION.search(norm):
            # "I went to church for my friend's wedding", "midnight Mass with my mum, just for the tradition": no practice
            out[first:] = [c for c in out[first:] if c.object.rsplit(" ", 1)[-1] not in _WORSHIP]
        elif (" sake" in norm or "christmas" in norm or "easter" in norm) and _FOR_A_FEAST.search(norm):
            out[first:] = [replace(c, bare=True) if c.object.rsplit(" ", 1)[-1] in _WORSHIP else c for c in out[first:]]
        if ("next " in norm or "tomorrow" in norm) and _DATED_AHEAD.search(norm) and not _PROGRESSIVE.search(norm) and \
                not any(stop in norm.rstrip(".!?") for stop in (",", ";", " and ", " but ")):
            out[first:] = [c for c in out[first:] if c.polarity == "deny" or c.time not in ("present", "now") or
                           c.predicate in (HAVE, "be") or c.predicate.startswith(("my ", "be "))]
            # a plan, whoever read it ("we go skiing next week"; but "I have midterms next week": a student now)
        if _PROPOSAL.search(norm) and _PROPOSED.search(norm):  # "Okay, we can go to the movies then": a plan
            out[first:] = [c for c in out[first:] if not (c.subject == "we" and c.ability and c.polarity == "affirm")]
        if "never" in norm and _NEVER_THIS_GOOD.search(norm):  # "Never tasted sushi this good before": a comparison
            out[first:] = [c for c in out[first:] if not (c.polarity == "deny" and c.never)]
        if " except" in norm and _EXCEPT.search(norm):  # "I don't drink, except a glass of champagne at weddings":
            out[first:] = [c for c in out[first:] if c.polarity != "deny"]  # a rule with its exceptions, which a
            # one-off told later may be ("I've never been abroad, except once to France" is no "never")
        if _OWNED_CHANGE.search(norm):  # "So much for never breaking a bone, I broke my wrist": news, said as such
            out[first:] = [replace(c, change=True) for c in out[first:]]
    out.extend(_someone_elses_thing_done(out))
    out.extend(_allergies(out))
    out.extend(_classes_taken(out))
    out.extend(_pastime_aliases(out))
    if "[" in clean:
        out = [c for c in out if _STAND_IN not in c.object and _STAND_IN not in c.predicate]
    return tuple(_dedupe(_life_stages_never(out)))


_NEVER_THIS_GOOD = re.compile(r"\bnever\b[^,;.]*?\b(?:this|so|as|that) (?:good|nice|tasty|delicious|bad|fresh|great|"
                              r"amazing|fun|well|much|beautiful|lovely|strong|hot|spicy|big)\b|"
                              r"\bnever\b[^,;.]*? like (?:this|that)\b")
_EXCEPT = re.compile(r"\b(?:i|we) (?:have |had )?(?:do not|don't|never|can not|will not|would not|rarely|not)\b.*"
                     r"\bexcept(?:ing)?\b")


def _pastimes(sentence: str, topic: str | None) -> list[OpenClaim]:
    """What the readers other modules add make of a sentence: pastimes said any way people say them
    ("my pottery class", "Archery? Never.": pastimes.py), habits and skills said in passing ("I'm up at
    five every day": habits.py)."""
    return [c for reader in SENTENCE_READERS for c in reader(sentence, topic)]


def _form_claims(forms: SentenceForms) -> list[OpenClaim]:
    """What the form readers other modules add make of a sentence: where the speaker is from, lives and has
    been, and which languages they use (whereabouts.py)."""
    return [c for reader in FORM_READERS for c in reader(forms)]


def _pastime_aliases(claims: list[OpenClaim]) -> list[OpenClaim]:
    """What the extenders other modules add make of the claims read ("I can't do woodwork" is also "I
    can't do woodworking": pastimes.py)."""
    return [c for extend in CLAIM_EXTENDERS for c in extend(claims)]


# a quoted title right after a verb or an article is the verb's object, not reported words: I haven't read "Emma"
_QUOTED_TITLE = re.compile(r'\b(?P<v>read|watch|watched|seen|see|saw|heard|hear|love|loved|finished|played|play|'
                           r'wrote|written|sing|sang|the|a|an|of|about|called|named|titled|like|liked|enjoy|enjoyed|adore|'
                           r'(?:favorite|favourite|favorites|favourites)(?: [a-z]+){0,2} (?:is|are)) "(?P<t>[^"]{1,60}?)[.!,]?"')


def _title_joined(m: re.Match[str]) -> str:
    """A title found by `_TITLE_AFTER` as one hyphenated word when it is one, else as written; a quoted one with
    "and" in it is read as the same words unquoted would be, so the two meet ("Pride and Prejudice")."""
    quoted = m.group("q")
    if quoted and " and " not in quoted and " or " not in quoted:
        return m.group("lead") + "-".join(quoted.split())  # "Seven Nation Army": one name, whatever its words
    run = quoted or m.group("t")
    # "and"/"or" joins two names ("the Eiffel Tower and the Champs-Elysees", "The Killers and The Strokes") unless
    # the run opens as a title does and goes on in lower case ("The Old Man and the Sea", not "... and To Kill ...")
    titled = run.split(" ", 1)[0] in ("The", "A", "An", "My")
    parts = _TITLE_LIST.split(run) if titled else _TITLE_AND.split(run)
    return m.group("lead") + "".join(part if part in (" and ", " or ") else _title_word(part) for part in parts)


_TITLE_AND = re.compile(r"( and | or )")
_TITLE_LIST = re.compile(r"( and | or )(?=[A-Z0-9])")


def _title_word(run: str) -> str:
    """A capitalised run as one hyphenated word when it is a title ("Game of Thrones", "The Office"), else as is."""
    words = run.split()
    joined = len(words) > 1 and (any(w in _TITLE_SMALL for w in words[1:-1]) or words[0] in ("The", "A", "An", "My"))
    return "-".join(words) if joined else run


def _before_reported(sentence: str) -> str:
    """The sentence up to where it starts reporting someone else's words ("..., she said", a quote). A quoted
    title is kept as words ("I haven't read "Emma" yet")."""
    sentence = _QUOTED_TITLE.sub(lambda m: f"{m.group('v')} {m.group('t')}", sentence)
    reported = _REPORTED.search(sentence)
    return sentence[: reported.start()] if reported else sentence


def _subject_topic(sentence: str) -> str | None:
    """The kind a sentence starts with, for a later "one" or "any": "Dogs are great but I don't have one"."""
    m = _KIND_SUBJECT.match(sentence)
    return singular(m.group("x")) if m and m.group("x") not in _NOT_TOPICS else None


# A thing named alone, then what the speaker feels about it: "Spiders. Total phobia."
_NAMED_ALONE = re.compile(r"^[A-Za-z][a-z]+s[.!]$")
_NOT_NAMED_THINGS = _set("""thanks cheers congrats congratulations yes yous yikes gosh blimey bless always perhaps
sometimes besides regards thanks anyways afterwards nevertheless nonetheless towards yes whereas unless guys hers his
its ours yours theirs this thus plus""")
_NONE_ALONE = re.compile(r"^(?:none|nope,? none|none at all|none of my own|not one|not a single one|zero)(?=[,.!]|$)")
_BARE_FEAR = re.compile(r"^(?:a |an )?(?:(?:total|complete|real|massive|huge|serious|proper|absolute|major|big|genuine) )?"
                        r"(?:phobia|fear|terror)[.!]*$|^(?:(?:absolutely|totally|completely|utterly|properly|so|really|"
                        r"bloody|deathly|dead) )?(?:terrified|petrified|scared|frightened|afraid)(?: of (?:them|it|those))?"
                        r"(?: to death| stiff| witless)?[.!]*$")


def _topic(question: str) -> str | None:
    """The thing a bare one-to-three-word question names ("Spanish?", "Sushi? Never had it."), if any."""
    m = _TOPIC.match(question)
    if not m or m.group("x").split()[0] in _NOT_TOPICS:
        return None
    return m.group("x")


def _is_the_plan(claim: OpenClaim, clause: str, planned: re.Match[str]) -> bool:
    """Is the claim what "I'm retiring next year", "I'm starting a new job next week" plans (its verb, or a thing
    named after it), not yet a fact of the present?"""
    if claim.time not in ("present", "now"):
        return False
    stem = verb_stem(planned.group("g"))
    return claim.predicate.startswith(stem[:4]) or (bool(claim.object) and
                                                     claim.object.split()[0][:4] in clause[planned.end("g"):])


def _relative_clauses(sentence: str) -> list[OpenClaim]:
    """What a thing named with a clause of the speaker's says they did: "I'm repainting the house I bought" (I
    bought a house), "the scar is from the stitches I got" (I got stitches). Not a wish, a plan or a thought
    ("the house I'd love to buy", "the car I want", "the man I thought I saw"), nor in a question."""
    if sentence.rstrip().endswith("?"):
        return []
    out: list[OpenClaim] = []
    for m in _RELATIVE.finditer(sentence):
        verb, thing, particle = m.group("v"), m.group("n"), m.group("p") or ""
        if verb in _NOT_DONE_TO or verb.endswith(("ing", "ly")) or not _NOT_A_THING.isdisjoint(thing.split()) or \
                sentence[:m.start()].endswith(" of "):
            continue  # "the military and i now...", "a picture of my family that i took" (the picture was taken)
        if verb == "been" and not particle:
            particle = " to"  # "the places I've been": been to them
        out.extend(replace(c, confidence=min(c.confidence, 0.8))
                   for c in extract_open_claims(f"{m.group('who')} {m.group('aux') or ''}{verb}{particle} the {thing}"))
    return out


# doings that are the same whoever's the thing they are done to: "changed my niece's nappy", "walked my neighbour's dog"
_DONE_TO_ANYONES = frozenset(verb_stem(v) for v in """change walk feed groom braid plait bath bathe drive ride fix repair mend
service cut knit sew tune rewire wire""".split())


def _someone_elses_thing_done(claims: list[OpenClaim]) -> list[OpenClaim]:
    """A doing to someone else's thing is that doing too: "changed my niece's nappies" changed nappies, "walked my
    neighbour's dog" walked a dog (affirmed only: "never drove my dad's car" says nothing of cars)."""
    out = []
    for c in claims:
        if c.polarity != "affirm" or c.predicate not in _DONE_TO_ANYONES or " " not in c.object:
            continue  # (not "I love my sister's dog", "broke my brother's arm", "visited my son's school")
        whose, _, thing = c.object.partition(" ")
        if whose in _PEOPLE and thing not in _PEOPLE and not thing.startswith(("in law", "and ")):
            out.append(replace(c, object=thing, bare=True, confidence=min(c.confidence, 0.8)))
    return out


def _restricted(claim: OpenClaim, clause: str) -> OpenClaim:
    """A denial with the place, time or company it is denied for ("never drink coffee at night", "never speak
    Dutch at work", "don't have a degree in history") marked with that restriction's word."""
    if claim.restriction:
        return claim
    if claim.polarity == "affirm" and not claim.exclusive:
        if not any(word in clause for word in _SEASONAL):
            return claim
    elif claim.polarity == "deny" and _SAID_NOT.search(clause) is None:
        return claim  # (a denial a reader inferred from a doing, "held a corn snake at the zoo", is not narrowed)
    if claim.polarity == "deny" and "formally" in clause:
        return replace(claim, restriction="formally")  # "I never learned Excel formally, I'm self-taught"
    if claim.polarity == "deny" and claim.object in _HAD_FOR_A_THING:
        m = re.search(rf"\b{claim.object} (?:for|with) (?:the |a |an |any |my |our )?(?P<w>[a-z][a-z'-]*)", clause)
        if m and m.group("w") not in ("anything", "everything"):
            return replace(claim, restriction=m.group("w"))  # "no patience for knitting": patience, for knitting only
    anchor = (claim.object.rsplit(" ", 1)[-1] if claim.object else claim.predicate.split(" ", 1)[0])[:4]
    if anchor not in clause and claim.object.endswith(" food") and claim.object.split(" ", 1)[0] in _FOOD_KINDS:
        anchor = claim.object.split(" ", 1)[0][:4]  # "anything sweet" read as "sweet food"
    at = clause.find(anchor)
    while at > 0 and clause[at - 1].isalpha():
        at = clause.find(anchor, at + 1)  # the anchor at the start of a word
    if at < 0 or not anchor:
        return claim
    word_end = _WORD_END.match(clause, at)
    restriction = _RESTRICTION.match(clause, word_end.end() if word_end else at)
    if restriction and not claim.object and restriction.group("p") == "on":
        return claim  # "I can't even sew on a button": the thing the verb is done to, not where
    word = restriction.group("w") if restriction else ""
    if claim.polarity == "affirm" and not claim.exclusive and word not in _SEASONAL:
        return claim  # an affirmation is narrowed only to a season ("I work full time in the summer holidays")
    the_us = restriction is not None and word == "us" and clause[restriction.start():restriction.end()].endswith("the us")
    if restriction is None or (restriction.group("p") not in ("during", "after", "before") and not the_us and
                               (word in _NOT_RESTRICTING or word[:1].isdigit() or word.endswith("ties"))):
        return claim
    return replace(claim, restriction=word)


def _with_topic(m: re.Match[str], topic: str) -> str:
    """The answer said whole, with the thing the question named as its object: "i never went to uni"."""
    verb, particle, count = m.group("v"), m.group("p") or "", m.group("n") or ""
    pre = m.group("pre")
    if verb in ("been", "got") and not pre.startswith(("have ", "had ", "has ")):
        pre = f"have {pre}"  # "Never been.", "Got two.": have
    link = " to" if verb in _GOING else " of" if particle == " out" else ""
    if m.group("t") and verb not in _GOING:
        return m.group(0)  # "Paris? I lived there": the place is not the thing done
    return f"{m.group('lead')}i {pre}{verb}{particle}{count}{link} {topic}"  # (how many times is left out)


def _classes_taken(claims: list[OpenClaim]) -> list[OpenClaim]:
    """"I took Italian classes", "I never took a biology class", "I took chemistry all through school": studying it."""
    out = []
    for c in claims:
        if c.predicate != "tak" or not c.object:
            continue
        subject, _, kind = c.object.rpartition(" ")
        if subject and kind in _CLASS_WORDS:
            out.append(replace(c, predicate="study", object=subject))
        elif not subject and _is_subject_studied(c.object):
            out.append(replace(c, predicate="study"))
    return out


def _is_subject_studied(thing: str) -> bool:
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    ancestors = default_knowledge().ancestors(thing)
    return "field of study" in ancestors or "language" in ancestors


_CLASS_WORDS = _set("class classe lesson course module")


def _allergies(claims: list[OpenClaim]) -> list[OpenClaim]:
    """"A bad peanut allergy" had is being allergic to peanuts."""
    out = []
    for c in claims:
        words = c.object.split()
        if c.predicate == HAVE and len(words) >= 2 and words[-1] == "allergy":
            thing = words[-2] if words[-2] not in ("bad", "severe", "mild", "serious", "food", "terrible") else ""
            if thing:
                out.append(replace(c, predicate="be allergic to", object=thing))
    return out


_ONCE_IN_A_LIFE = frozenset({"go to", "graduat", "graduat from", "finish", "attend", "study at", "be at", "be in"})


def _life_stages_never(claims: list[OpenClaim]) -> list[OpenClaim]:
    """"I didn't go to college" (no time said) denies college for good, like "I never went": one goes once in a life
    (not "I didn't go to school yesterday", which names its day)."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    out = []
    for c in claims:
        if c.polarity == "deny" and c.time == "past" and not c.qualifier and not c.change and \
                c.predicate in _ONCE_IN_A_LIFE and c.object and \
                "education stage" in default_knowledge().ancestors(default_knowledge().canonical_noun(c.object)):
            c = replace(c, time="ever", never=True)
        out.append(c)
    return out


def _plain(text: str) -> str:
    """Accents dropped ("fiancé" -> "fiance"), so words match however they were typed."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _dedupe(claims: list[OpenClaim]) -> list[OpenClaim]:
    """One claim per proposition; a count or a change said by any reading of it is kept ("both my older sisters")."""
    seen: dict[tuple[object, ...], int] = {}
    out: list[OpenClaim] = []
    for claim in claims:
        marker = (claim.key, claim.polarity, claim.time, claim.ability)
        if marker not in seen:
            seen[marker] = len(out)
            out.append(claim)
            continue
        if claim.quantity is not None and out[seen[marker]].quantity is None:
            out[seen[marker]] = replace(out[seen[marker]], quantity=claim.quantity)
        if claim.change and not out[seen[marker]].change:  # "they made me redundant, so I'm looking for work": news
            out[seen[marker]] = replace(out[seen[marker]], change=True)
    return out


def _sentences(text: str) -> list[tuple[int, str, str]]:
    """The sentences of `text` as (offset, part read, whole sentence): a sentence with a "but" clause of its own
    is read in parts, and each part is quoted as the whole sentence."""
    out: list[tuple[int, str, str]] = []
    position = 0
    for piece in _SENTENCE_SPLIT.split(text):
        if not piece or not piece.strip():
            continue
        start = text.find(piece, position)
        start = position if start < 0 else start
        position = start + len(piece)
        out.extend((start, part, piece) for part in map(after_remark, _BUT_SPLIT.split(piece)) if part.strip())
    return out


def _qualifier(sentence: str) -> str | None:
    for pattern in (_RECENT, _REMOTE, _WITH_A_MEAL, _NOW, _HABIT):
        match = pattern.search(sentence)
        if match:
            return match.group(1)
    return None


def _time_of(qualifier: str | None, default: Time) -> Time:
    """The time a past or present clause refers to, given the sentence's qualifier."""
    if qualifier is None or default not in ("present", "past"):
        return default
    if _REMOTE.fullmatch(qualifier):
        return "remote" if default == "past" else default  # "I'm a widow, lost him years ago": a widow now
    if default == "past" and (qualifier == "just" or _RECENT.fullmatch(qualifier) or _WITH_A_MEAL.fullmatch(qualifier)):
        # "I just drove three hours", "I drank a Coke with my lunch"
        return "recent"
    if default == "present" and _NOW.fullmatch(qualifier):
        return "now"
    return default


# --- clauses ----------------------------------------------------------------------------------------
# going or living "there", after a place named earlier in the sentence: "Paris is my favourite city, I go there every
# summer" (to Paris); "I love Boston, I lived there for years" (in Boston)
_THERE = re.compile(r"\b(?P<v>go|goes|went|gone|been|going|travel|travelled|traveled|fly|flew|flown|drive|drove|"
                    r"move|moved|live|lived|living|stay|stayed|work|worked|set foot|visit|visited|seen|grow up|grew up|"
                    r"grown up|brought up|raised|born)(?P<back> back)? there\b")


def _there_as_place(clause: str, thing: str) -> str:
    """`clause` with "there" said as the place `thing` when `thing` is a place the gazetteer knows; else unchanged."""
    m = _THERE.search(clause)
    if not m:
        return clause
    from .places import resolve  # noqa: PLC0415  (the gazetteer loads on first use)

    if not resolve(thing):
        return clause
    at = "in " if m.group("v").startswith(("liv", "stay", "work", "set foot", "gr", "brought", "raised", "born")) else \
        "" if m.group("v").startswith(("visit", "seen")) else "to "
    return f"{clause[:m.start()]}{m.group('v')}{m.group('back') or ''} {at}{thing}{clause[m.end():]}"


def _favourite_named(m: re.Match[str] | None) -> str | None:
    """The thing a sentence names as a favourite (`m`, a match of `_FAVOURITE_AFTER` or `_FAVOURITE`: "Harry Potter
    is my favorite book series, ..."), for an "it" later in the sentence; None when there is none or a pronoun."""
    if not m or m.group("v").split()[0] in _OF_PRONOUNS | _PRONOUN_WORDS:
        return None
    phrase = _noun_phrase(_TOKEN.findall(m.group("v").split(",")[0]), 0, activity=False)
    return phrase.text or None


def _favourites(value: str) -> list[OpenClaim]:
    """"My favorite food is pizza": a liking of pizza."""
    words = _TOKEN.findall(value)
    frame = _Frame(confidence=0.85)
    return [c for p in _noun_phrases(words, 0) if p.text
            for c in _claims(_finish(frame, LIKE, p.text, activity=p.activity))]


# where a clause about a thing may start inside a sentence: "Ever since I got bitten as a kid, dogs scare me",
# "which suits me fine because flying doesn't bother me one bit"
_THEN_OR_SAID = re.compile(r"\b(?:when|before|until|till|as a (?:kid|child|teen|teenager|boy|girl)|growing up|back then|"
                           r"used to|in \d{4}|tell|telling|told|said|says|saying|keeps)\b")
_THING_CLAUSE = re.compile(r",\s+(?:and |but |so )?|\b(?:because|cause|since|but|although|though) |\band (?=(?:it|they) )")


def _said_of_a_thing(sentence: str) -> list[OpenClaim]:
    """Statements whose grammatical subject is the thing, not the speaker: "spiders freak me out",
    "needles don't bother me", "my Japanese is pretty good"; at the start of the sentence, or else at the
    start of a later clause."""
    read = _said_of_a_thing_first(sentence)
    if read or (" me" not in sentence and " my " not in sentence):
        return read
    for clause in _THING_CLAUSE.finditer(sentence):
        if _THEN_OR_SAID.search(sentence, 0, clause.start()) and not sentence.startswith("ever since"):
            break  # "When I was little, the sea never scared me", "I keep telling myself, needles don't bother me"
        rest = sentence[clause.end():]
        if rest.startswith(("they ", "those ", "they've ", "they have ")):  # "people freak out about spiders, they don't
            # scare me": spiders do not; "I scream if I see a mouse, they terrify me": mice do
            named = [a or b or c for a, b, c in _THINGS_NAMED.findall(sentence, 0, clause.start())]
            pronoun, _, after = rest.partition(" ")
            have = "have " if pronoun == "they've" else ""
            rest = f"{named[-1]} {have}{after}" if named else rest
        elif rest.startswith("it ") and (one := _ONE_THING_NAMED.findall(sentence, 0, clause.start())):
            rest = f"{one[-1]} {rest[3:]}"  # "I go to the dentist every six months and it doesn't worry me": the dentist
        read = _said_of_a_thing_first(rest)
        if read:
            return read
    return []


# one thing gone to or done, that a later "it" may stand for ("I go to the dentist ... and it doesn't worry me")
_ONE_THING_NAMED = re.compile(r"\b(?:go to|went to|going to|been to|visit|visited|have|had|get|got) (?:the|a|an|my) "
                              r"(dentist|doctor|doctors|hospital|gym|vet|hairdresser|barber|injection|jab|vaccine|blood test|"
                              r"filling|scan|operation|flight|plane|lift|elevator|sea|pool|dark)\b")
# things named after a preposition, plural, that a later "they" may stand for
_THINGS_NAMED = re.compile(r"\b(?:about|of|with|by|around|at) (?!(?:us|them|those|these|things|others|people|friends|"
                           r"kids|parents|guys|girls|boys|folks)\b)([a-z]{3,}s)\b|"
                           r"\b(?:see|saw|spot|spotted|hear|heard) (?:a|an) ([a-z]{3,})\b|"
                           r"^the (?:bigger|scarier|higher|faster|taller|deeper|louder|hotter) the ([a-z]{3,}(?: [a-z]+)?) "
                           r"the better\b")


def _said_of_a_thing_first(sentence: str) -> list[OpenClaim]:
    """The thing-subject statement at the start of `sentence`, if any."""
    sentence = _LEAD.sub("", sentence)
    fear = _FRIGHTENS.match(sentence)
    if fear and fear.group("x").endswith((" used", " used to")):
        fear = None  # "Spiders used to scare me when I was little": a fear of the past, not of "spiders used"
    if fear:
        phrase = _noun_phrase(_TOKEN.findall(fear.group("x")), 0, activity=True)
        return _claims(_finish(_fear_frame(fear, sentence), "be afraid of", phrase.text,
                               activity=phrase.activity)) if phrase.text else []
    calm = _NO_BOTHER.match(sentence)
    if calm:  # "heights are no bother to me"
        return _said_of(calm.group("x"), _Frame(polarity="deny", confidence=0.8), "be afraid of")
    cold = _LEAVES_COLD.match(sentence)
    if cold and (cold.group("x") or cold.group("y")) not in _SOMEONE:
        return _said_of(cold.group("x") or cold.group("y"), _Frame(polarity="deny", confidence=0.8), LIKE)
    interest = _INTERESTS.match(sentence)
    if interest:
        negation = (interest.group("neg") or "").strip()
        frame = _Frame(polarity="deny" if negation else "affirm", confidence=0.8, never="never" in negation,
                       time="ever" if negation.startswith(("has", "have")) or "'s never" in sentence else "present")
        return _said_of(interest.group("x"), frame, LIKE)
    feared = _MY_FEAR.match(sentence)
    if feared:
        return _said_of(feared.group("x"), _Frame(confidence=0.8), "be afraid of")
    dreaded = _MY_DREAD.match(sentence)
    if dreaded:
        return _said_of(dreaded.group("x") or dreaded.group("y"), _Frame(polarity="deny", confidence=0.8), LIKE,
                        doing_only=not dreaded.group("y"))  # ("cooking is the worst", not "mornings are")
    loved = _MY_PASSION.match(sentence)
    if loved and loved.group("x") not in _SOMEONE:  # not "he's the best dog ever", "she is my life"
        return _said_of(loved.group("x"), _Frame(confidence=0.8), LIKE)
    skill = _MY_LANGUAGE.match(sentence) or _FIRST_LANGUAGE.match(sentence)
    if skill:
        language = singular(skill.group("lang") or skill.group("lang2"))
        if _is_language(language):
            return _claims(_finish(_Frame(confidence=0.8), "speak", language))
    return []


def _said_of(thing: str, frame: _Frame, predicate: str, *, doing_only: bool = False) -> list[OpenClaim]:
    """The claim of `predicate` about the thing a sentence opens with ("heights are no bother to me"): none for
    a particular one ("that film") or, with `doing_only`, for one that is not a doing."""
    phrase = _noun_phrase(_TOKEN.findall(thing), 0, activity=True)
    if not phrase.text or phrase.specific or (doing_only and not phrase.activity):
        return []
    return _claims(_finish(frame, predicate, phrase.text, activity=phrase.activity))


def _fear_frame(fear: re.Match[str], sentence: str) -> _Frame:
    """When and how a thing frightens: "X has never bothered me" is all time, "X gave me the creeps as a
    kid" the remote past."""
    negation, verb = fear.group("neg") or "", fear.group(0)[fear.end("x"):]
    polarity: Polarity = "deny" if negation else "affirm"
    if negation.startswith(("has ", "have ")):
        return _Frame(polarity=polarity, time="ever", never=True, confidence=0.8)
    if fear.group("perfect"):  # "Dogs have always frightened me": and still do
        return _Frame(polarity=polarity, time="present", confidence=0.8)
    past = negation == "did not" or re.search(r"\b(?:gave|freaked|terrified|scared|frightened|bothered)\b", verb)
    time = _time_of(_qualifier(sentence), "past" if past else "present")
    return _Frame(polarity=polarity, time=time, never=negation == "never", confidence=0.8)


def _there_is(sentence: str) -> list[OpenClaim]:
    """"There's a piano in our living room": a thing had; "there's no TV in my house": not had."""
    m = _THERE_IS.match(_LEAD.sub("", sentence))
    if not m:
        return []
    phrase = _noun_phrase(_TOKEN.findall(m.group("x")), 0, activity=False)
    if not phrase.text or phrase.specific:
        return []
    polarity: Polarity = "deny" if m.group("neg") else "affirm"
    return _claims(_finish(_Frame(polarity=polarity, confidence=0.8), HAVE, phrase.text, quantity=phrase.quantity))


def _presupposed(sentence: str) -> list[OpenClaim]:
    """What a temporal clause takes for granted: "when I was in Paris last summer" says I was there; "when I
    broke my wrist skateboarding" says I broke it; "after we sold the car" says we had one."""
    out: list[OpenClaim] = []
    m = _WHEN_I_WAS.search(sentence)
    if m:
        clause = m.group("clause") or m.group("event")
        out.extend(c for c in _clause_claims(clause, _qualifier(clause)) if c.time in ("past", "recent", "remote"))
    for event in _WHEN_I_DID.finditer(sentence):
        clause = event.group("clause")
        if is_past_form(event.group("verb")) and event.group("verb") not in _NOT_EVENTS and (not m or m.start() != event.start()):
            out.extend(c for c in _clause_claims(clause, _qualifier(clause)) if c.time in ("past", "recent", "remote"))
    return out


def _an_identity(noun: str) -> bool:
    """Is "a <noun>" something one is, in the knowledge base: a role ("nurse", "mum"), a faith or a way of life that
    excludes something ("Hindu", "vegetarian", "night owl")? Not "a family", "a joke", "a result"."""
    from .knowledge import Derived, default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    kinds = {name for name, _ in kb.objects_of(noun)}
    if kinds & {"occupation", "family member", "religious believer"}:
        return True
    return bool(kb.exclusions_of(Derived("be", kb.canonical_noun(noun), "affirm", 1.0)))


def _someone_else_next(rest: str | None) -> bool:
    """After "As a nurse, ...": does someone else's name or role start the clause ("my sister works nights")?"""
    if not rest:
        return False
    first, _, second = rest.partition(" ")
    if first in ("he", "she", "they", "you", "it"):
        return True
    if first in ("my", "our", "his", "her", "their", "your") and second:
        from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

        return default_knowledge()._someone(singular(second))
    return first not in ("i", "we", "my", "our", "me")  # "As a Hindu, Diwali is...": whose festival is not said


_DATING_EVENT = re.compile(r"(?:^|, |(?<=[a-z0-9]) )(?:before|after|when|once|ever since) (?P<c>(?:i|we) (?P<v>[a-z]+)\b[^,;]*?)"
                           r"(?=,|;|$| (?:i|we|my|our) )")
_NO_EVENT_VERBS = frozenset("was were had did could would should might used felt thought said heard saw".split())


def _events_that_date(sentence: str) -> list[OpenClaim]:
    """Events a clause of time tells as done: "Before I moved to Chicago five years ago I was in Denver" (moved
    there), "When I retired at 65 I took up golf" (retired). The clause dates its main clause, which the clause
    reader reads; the event itself is told as fact too. States ("when I was a kid") and hopes are left out."""
    if _CONDITIONAL.search(sentence) or _FUTURE.search(sentence):
        return []
    out: list[OpenClaim] = []
    for m in _DATING_EVENT.finditer(sentence):
        if m.group("v") in _NO_EVENT_VERBS or not is_past_form(m.group("v")):
            continue
        out.extend(c for c in _clause_claims(m.group("c"), _qualifier(m.group("c")))
                   if c.time in ("past", "recent", "remote") and not c.ability)
    return out


_SUPPORT = re.compile(r"^(?:[a-z]+,? )?(?:i|we) (?:have )?(?:always |still |proudly )?(?:support|supported|follow|"
                      r"followed|am a (?:[a-z-]+ )?(?:supporter|fan) of) (?:the )?(?P<t>[a-z0-9][a-z0-9 ]{1,24}?)"
                      r"(?=[,.!;]|$| and | since | through | till | until | for | all | my | ever )")


def _team_supported(sentence: str) -> list[OpenClaim]:
    """"I support Liverpool", "I've always followed the Yankees": a fan of a team the knowledge base knows."""
    m = _SUPPORT.match(sentence)
    if not m or _CONDITIONAL.search(sentence):
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    team = m.group("t").strip()
    for fan in (f"{team} fan", f"{team} fc fan", f"{singular(team)} fan"):
        if default_knowledge().known(fan):
            return _claims(_finish(_Frame(confidence=0.8), "be", fan))
    return []


def _taken_for_granted(sentence: str) -> list[OpenClaim]:
    """Facts a sentence takes for granted about the speaker: "As a trial lawyer, I..." (a lawyer), "my ex-husband"
    (was married), "my master's thesis" (a master's degree), "nothing beats a pork roast" (likes it),
    "English is the only language I speak"."""
    out: list[OpenClaim] = []
    here = _X_HERE.match(_LEAD.sub("", sentence))
    if here:
        from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

        phrase = _noun_phrase(_TOKEN.findall(here.group("x")), 0, activity=False)
        if phrase.text and default_knowledge().known(phrase.text):  # "atheist here", "vegan here, always have been"
            denied = phrase.negated or f"no {here.group('x')} here" in sentence  # "nope, no twin here"
            frame = _Frame(confidence=0.8, polarity="deny" if denied else "affirm")
            out.extend(_claims(_finish(frame, "be", phrase.text)))
    role = _AS_A.match(_LEAD.sub("", sentence))
    if role:
        from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

        said = role.group("x")
        former = re.match(r"(?:former|ex-|ex|retired|recovering) ", said)  # "As a former smoker, I get it": was one
        phrase = _noun_phrase(_TOKEN.findall(said[former.end():] if former else said), 0, activity=False)
        if phrase.text and phrase.text.rsplit(" ", 1)[-1] not in _YOUNG and not _someone_else_next(role.group("rest")):
            # a role or a way of life, not "as a kid", "as a hobby" or "As a nurse, my sister..."
            frame = _Frame(time="past", confidence=0.8) if former else _Frame(confidence=0.85)
            out.extend(_claims(_finish(frame, "be", phrase.text)) if _an_identity(phrase.text) else [])
            held = _noun_phrase(_TOKEN.findall(role.group("with") or ""), 0, activity=False)
            if held.text and not former:  # "As a researcher with a PhD in marine biology, I...": has the PhD
                out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, held.text, quantity=held.quantity)))
    for m in _MY_EX.finditer(sentence):
        had = {"husband": "husband", "wife": "wife", "boyfriend": "boyfriend", "girlfriend": "girlfriend",
               "fiance": "fiance", "fiancee": "fiancee"}.get(m.group("who") or "", "partner")
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), HAVE, had)))
    if _DURING_MY_DEGREE.search(sentence) and not _FUTURE.search(sentence):  # "During my master's I lived on noodles"
        degree = _DURING_MY_DEGREE.search(sentence).group("d")  # type: ignore[union-attr]
        degree = {"master's": "master's degree", "masters": "master's degree", "undergrad": "degree",
                  "undergraduate degree": "degree", "mba": "mba", "doctorate": "phd"}.get(degree, degree)
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), HAVE, degree)))
    if _MY_SURGERY.search(sentence) and not _FUTURE.search(sentence):  # "my knee surgery in 2019": had surgery
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), HAVE, "surgery")))
    inside = _NEVER_OUTSIDE.search(_NEVER_ABROAD_THEN.sub("i have never", sentence) if "abroad" in sentence else sentence)
    if inside:  # "I've never been outside Canada", "never left the States"
        area = (inside.group("x") or inside.group("y")).strip()
        kind = "liv outside" if inside.group("verb") == "lived" else "be outside"
        out.append(OpenClaim(predicate=kind, object=area, polarity="deny", time="ever", never=True, confidence=0.85))
    away = _MOVED_AWAY.search(sentence) if "from " in sentence else None
    if away and not _FUTURE.search(sentence) and not _CONDITIONAL.search(sentence):  # "when I moved away from Pike
        out.append(OpenClaim(predicate="liv outside", object=away.group("x").strip(), time="past",  # County": lived
                             confidence=0.8))  # outside it then
    lifelong = _WHOLE_LIFE.search(sentence)
    if lifelong:  # "I've lived in Ohio my entire life": never lived outside it
        home = (lifelong.group("x") or lifelong.group("y") or lifelong.group("z") or lifelong.group("w")).strip()
        out.append(OpenClaim(predicate="liv outside", object=home, polarity="deny", time="ever", never=True, confidence=0.85))
    one_place = _ONE_PLACE_NEVER.match(_LEAD.sub("", sentence)) if " the o" in sentence else None
    if one_place:
        out.extend(_claims(_finish(_Frame(polarity="deny", time="ever", never=True, confidence=0.85), "go to",
                                   one_place.group("x").strip())))
    for pattern in (_SPENT_TIME_IN, _SPENT_A_TIME_IN, _FAVOURITE_TRIP):
        stay = pattern.search(sentence) if pattern is not _SPENT_A_TIME_IN or "spent" in sentence else None
        if stay and not _FUTURE.search(sentence):  # "I spent a year in Spain", "my favorite trip was Rome"
            phrase = _noun_phrase(_TOKEN.findall(stay.group("x")), 0, activity=False)
            out.extend(_claims(_finish(_Frame(time="past", confidence=0.85), "be in", phrase.text)) if phrase.text else [])
    if _MY_FAITH.search(sentence):  # "my faith in God got me through": I believe in God
        out.extend(_claims(_finish(_Frame(confidence=0.85), "believ in", "god")))
    born = _BORN_RAISED.search(sentence)
    if born:
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.9), "be born in", born.group("x").strip())))
    degree = _MY_THESIS.search(sentence)
    if degree:
        level = {"master's": "master's degree", "masters": "master's degree", "phd": "phd", "doctoral": "phd",
                 "senior": "bachelor's degree", "undergraduate": "bachelor's degree"}[degree.group("level")]
        out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, level)))
    beats = _NOTHING_BEATS.match(_LEAD.sub("", sentence))
    if beats:
        phrase = _noun_phrase(_TOKEN.findall(beats.group("x")), 0, activity=True)
        out.extend(_claims(_finish(_Frame(confidence=0.8), LIKE, phrase.text, activity=phrase.activity))
                   if phrase.text and not phrase.specific else [])
    only = _ONLY_LANGUAGE.match(_LEAD.sub("", sentence))
    if only and _is_language(singular(only.group("lang"))):
        out.extend(_claims(_finish(_Frame(confidence=0.85, exclusive=True), "speak", singular(only.group("lang")))))
    return out


def _before_in_case(clause: str) -> str:
    """"I keep my inhaler in my bag in case I get an attack": the keeping is said, the attack is not."""
    at = clause.find(" in case ")
    return clause[:at] if at > 0 else clause


def _school_days(sentence: str) -> list[OpenClaim]:
    """A school named as part of one's past: "my college roommate", "my freshman dorm", "when I was at uni",
    "my med school friends" say I went there (not "my college fund", nor "my son's university")."""
    if not any(key in sentence for key in _SCHOOL_KEYS):
        return []
    m = _SCHOOL_DAYS.search(sentence)
    if not m or _FUTURE.search(sentence) or _CONDITIONAL.search(sentence):
        return []
    place = _SCHOOL_PLACES[m.group("my") or m.group("at") or m.group("back") or "college"]
    return _claims(_finish(_Frame(time="past", confidence=0.8), "go to", place))


def _night_work(sentence: str) -> list[OpenClaim]:
    """Working nights, however said: "I work nights", "I'm on the overnight shift", "my shifts run from 7pm to
    7am", "I've never worked nights" all speak of working night shifts."""
    if not any(key in sentence for key in _NIGHT_KEYS):
        return []
    m = _NIGHT_WORK.search(sentence)
    if not m or _FUTURE.search(sentence) or _CONDITIONAL.search(sentence):
        return []
    negation, verb = m.group("neg") or "", m.group("v") or ""
    if _INVERTED_NEGATION.search(sentence[:m.start()] + m.group(0).split(" ", 1)[0]):
        negation = "have never"  # "Not once have I worked a night shift"
    never = "never" in negation
    time: Time = "ever" if never else "past" if verb in ("worked", "did", "done", "was on", "pulled",
                                                          "was working") else "present"
    change = re.search(r"\b(?:anymore|any more|no longer|switched|stopped|these days)\b", sentence) is not None
    return [OpenClaim(predicate="work", object="night shift", polarity="deny" if negation else "affirm", time=time,
                      never=never, change=change, confidence=0.85)]


def _family_said_in_passing(sentence: str) -> list[OpenClaim]:
    """Family a sentence takes for granted: "my big sister" (an older sister), "our eldest just passed her test"
    (a child), "I'm the oldest of three" (the eldest child), and a brother named in a childhood memory ("growing up
    I shared a room with my little brother"): a sibling is had for life."""
    if not any(key in sentence for key in _FAMILY_KEYS):
        return []
    if _KIN_LOST.search(sentence) or _CONDITIONAL.search(sentence) or \
            _FUTURE.search(sentence) or re.search(r"\b(?:like|basically|practically|as good as) (?:a |my )", sentence):
        return []
    out: list[OpenClaim] = []
    for m in _KIN_RANK.finditer(sentence):
        age = "older" if m.group("rank") in ("big", "older", "elder") else "younger"
        out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, f"{age} {m.group('who')}")))
    if _REMOTE.search(sentence) or re.search(r"\bused to\b", sentence):
        for m in _KIN.finditer(sentence):  # not said of now, but a brother then is a brother still
            out.extend(_claims(_finish(_Frame(confidence=0.75), HAVE, m.group("who"))))
    order = _BIRTH_ORDER.search(sentence)
    if order:
        rank = "youngest child" if order.group("rank") in ("youngest", "baby") else "eldest child"
        out.extend(_claims(_finish(_Frame(confidence=0.85), "be", rank)))
    eldest = _OUR_ELDEST.search(sentence) or _ELDEST_DID.search(sentence)
    if eldest and (eldest.re is _OUR_ELDEST or is_past_form(eldest.group("v"))):
        out.extend(_claims(_finish(_Frame(confidence=0.75), HAVE, "child")))
    return out


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ALL_ONE_SEX = re.compile(r"\b(?:kids|children|little ones)\b,? (?:(?:and )?(?:they are )?(?:all|both)(?: of them)?|"
                          r"(?:and )?(?:they are )?(?:all|both) of them|every one of them|each one of them|every single one "
                          r"of them|all of them) (?:a |are )?(?P<s>boys?|girls?)\b|\b(?:i|we) (?:have )?only (?:got |have )?"
                          r"(?P<o>boys|girls|sons|daughters)\b")
_ONE_AND_NO_OTHER = re.compile(r"\b(?:i|we) (?:only )?(?:have|have got|got) (?:just )?(?:one|a|the one) "
                               r"(?P<k>daughter|son|child|kid)\b,? and no (?:other|more) (?:children|kids)\b")


_MY_DEGREE = re.compile(r"\b(?:my|i graduated [a-z' ]{0,40}?with a|i graduated [a-z' ]{0,40}?with an) "
                        r"(?:(?:[a-z]+|bachelor's|master's|first-class|2:1|first class) ){0,2}?degree\b(?! of\b)|"
                        r"\b(?:got|have|did|earned|finished|completed) my (?:ba|bsc|msc|mba|phd|doctorate|bachelor's|"
                        r"master's|masters|bachelors)\b")
_MY_DEGREE_WORDS = tuple(f"my {d}" for d in ("ba", "bsc", "msc", "mba", "phd", "doctorate", "bachelor", "master"))
_DEGREE_UNDER_WAY = re.compile(r"\b(?:will|would|if|start|starts|starting|next|finish|finishing|doing|studying|halfway|"
                               r"final year|through|working on|towards|toward|want|wanted|hope|hoping|never|not|"
                               r"dropped|quit|abandoned|first year|second year|third year|get|getting|thinking|"
                               r"considering|plan|planning|applying|apply|pursue|pursuing|earn|earning|complete|"
                               r"completing|going back|go back|afford|saving)\b")


def _degree_held(sentence: str) -> list[OpenClaim]:
    """A degree had, said in passing: "my bachelor's degree in economics gave me a grounding", "I graduated from
    Oxford with a history degree" (not one under way, wished for or abandoned)."""
    if ("degree" not in sentence and not any(d in sentence for d in _MY_DEGREE_WORDS)) or \
            _DEGREE_UNDER_WAY.search(sentence) or not _MY_DEGREE.search(sentence):
        return []
    return _claims(_finish(_Frame(confidence=0.8), HAVE, "degree"))


_NO_OTHER_SEX = re.compile(r"\b(?P<had>daughters|girls|sons|boys)\b[^.;]{0,40}?\bno (?P<none>boys|sons|girls|daughters)\b")
_JUST_ME_AND = re.compile(r"\bjust me and my (?P<q>two|three|four|five|six) (?P<k>brothers|sisters)\b")


def _children_counted(sentence: str) -> list[OpenClaim]:
    """Children and siblings said with what they all are or how many there are in all: "three kids, all boys" (no
    daughter), "one daughter and no other children" (one child in all), "only daughters, no boys" (no son), "it's just
    me and my two brothers" (two brothers, no sister)."""
    out: list[OpenClaim] = []
    if "just me and my" in sentence and (only := _JUST_ME_AND.search(sentence)) is not None:
        kind = only.group("k")[:-1]
        out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, kind, quantity=_COUNT_WORDS[only.group("q")]),
                           _finish(_Frame(confidence=0.75, polarity="deny"), HAVE,
                                   "sister" if kind == "brother" else "brother")))
    if " no " in sentence and (other := _NO_OTHER_SEX.search(sentence)) is not None and \
            (other.group("had") in ("daughters", "girls")) == (other.group("none") in ("boys", "sons")):
        out.extend(_claims(_finish(_Frame(confidence=0.75, polarity="deny"), HAVE,
                                   "son" if other.group("none") in ("boys", "sons") else "daughter")))
    if "kid" not in sentence and "child" not in sentence and "little ones" not in sentence and "girls" not in sentence \
            and "boys" not in sentence and "sons" not in sentence and "daughters" not in sentence:
        return out
    sex = _ALL_ONE_SEX.search(sentence)
    if sex and not _CONDITIONAL.search(sentence):
        boys = (sex.group("s") or sex.group("o") or "").startswith(("boy", "son"))
        out.extend(_claims(_finish(_Frame(confidence=0.8, polarity="deny"), HAVE, "daughter" if boys else "son")))
    if _ONE_AND_NO_OTHER.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.85), HAVE, "child", quantity=1)))
    return out


def _roles_and_events(sentence: str) -> list[OpenClaim]:
    """Roles and events a sentence takes for granted: "being a grandad is the best thing" (a grandad), "when I
    was a junior doctor" (was one), "when they took my appendix out" (had surgery)."""
    if not any(key in sentence for key in _ROLE_KEYS):
        return []
    out: list[OpenClaim] = []
    being = _BEING_A.match(_LEAD.sub("", sentence))
    if being and not _CONDITIONAL.search(sentence) and re.search(r"\b(?:me|my|i have|i am|i had)\b", sentence):
        # "being a grandad is the best thing that ever happened to me" (not "being a parent is hard", said of anyone)
        phrase = _noun_phrase(_TOKEN.findall(being.group("x")), 0, activity=False)
        out.extend(_claims(_finish(_Frame(confidence=0.8), "be", phrase.text)) if phrase.text else [])
    then = _WHEN_I_WAS_A.search(sentence)
    if then:
        phrase = _noun_phrase(_TOKEN.findall(then.group("x")), 0, activity=False)
        if phrase.text and not then.group(0).endswith(_STATES_SAID_BARE):
            out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), "be", phrase.text)))
        elif then.group("x").split()[0] in _STATES_SAID_BARE:  # "when I was pregnant with my first"
            out.extend(replace(c, time="past", never=False, confidence=0.8)
                       for c in read_statement(f"i am {then.group('x').split()[0]}") if c.polarity == "affirm")
    if _DONE_TO_ME.search(sentence) and not _FUTURE.search(sentence) and not _CONDITIONAL.search(sentence):
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), HAVE, "surgery")))
    return out


_TAUGHT_ME = re.compile(r"^(?:[a-z]+,? )?(?:my [a-z' -]{1,30}?|(?:he|she|they|someone|a friend|[a-z]+) (?:once |finally )?|i )"
                        r"(?:taught|showed) (?:me|myself) (?:how )?to (?P<v>[a-z][a-z' -]{1,40}?)"
                        r"(?=[,.;!]| when | at | as | in | over | during | before | after | while | and | but | so | because |$)")


def _taught(sentence: str) -> list[OpenClaim]:
    """What one was taught is what one learned: "my grandma taught me to knit when I was eight", "I taught
    myself to juggle" (not "nobody taught me to swim", read as an idiom, nor "she'll teach me to drive")."""
    if "taught" not in sentence and "showed" not in sentence:
        return []
    taught = _TAUGHT_ME.match(_LEAD.sub("", sentence))
    if not taught or _CONDITIONAL.search(sentence) or _FUTURE.search(sentence) or re.search(r"(?:never|not|tried)",
                                                                                             sentence[: taught.end()]):
        return []
    if re.search(r"\b(?:never (?:got|picked|managed|learned|learnt)|gave up|give up|could not|forgot|did not (?:stick|take)|"
                 r"hopeless|useless|failed|no good|it did not)\b", sentence[taught.start("v"):]):
        return []  # "she showed me how to knit but I never got the hang of it"
    news = not _REMOTE.search(sentence)  # "my aunt taught me to knit over the holidays": learned since, a change
    return [replace(c, confidence=min(c.confidence, 0.85), change=news)
            for c in read_statement(f"i learned to {taught.group('v')}") if c.polarity == "affirm"]


def _health_and_work_states(sentence: str) -> list[OpenClaim]:
    """States said another way: "my eyesight's perfect" (perfect eyesight), "I've never needed glasses" (never
    worn them), "I'm out of work" (unemployed), "my job keeps me busy" (a job now)."""
    if not any(key in sentence for key in _STATE_KEYS):
        return []
    if _CONDITIONAL.search(sentence) or _FUTURE.search(sentence):
        return []
    out: list[OpenClaim] = []
    body = _MY_BODY.search(sentence)
    if body:
        past = " was " in body.group(0)
        state = f"{_BODY_STATE[body.group('a')]} {body.group('n')}"
        out.extend(_claims(_finish(_Frame(time="past" if past else "present", confidence=0.85), HAVE, state)))
    aid = _NEEDED_AID.search(sentence)
    if aid:
        negation = aid.group("neg") or ""
        never = "never" in negation
        frame = _Frame(polarity="deny" if negation else "affirm", never=never,
                       time="ever" if never else "past" if aid.group("v") == "needed" else "present", confidence=0.85)
        thing = aid.group("x").removeprefix("a ")
        verb = "wear" if thing.rsplit(" ", 1)[-1] in _WEARABLE else "us"
        out.extend(_claims(_finish(frame, verb, singular(thing) if verb == "us" else thing)))
    idle = _NO_WORK.search(sentence)
    if idle:
        past = idle.group(0).split()[1] in ("was", "were")
        out.extend(_claims(_finish(_Frame(time="past" if past else "present", confidence=0.85), "be", "unemployed")))
    if _BROKE_BONE.search(sentence):  # "when I broke my wrist skateboarding": a bone broken
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.85), "break", "bone")))
    if _MY_PROCEDURE.search(sentence):  # "the scar from my knee replacement": surgery had
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), HAVE, "surgery")))
    if _ONLY_CHILD.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.85), "be", "only child")))
    glasses = _WITHOUT_MY_AID.search(sentence)
    if glasses:
        worn = "glasses" if glasses.group("x") == "specs" else glasses.group("x")
        out.extend(_claims(_finish(_Frame(confidence=0.8), "wear", worn[:-1] if worn.endswith("aids") else worn)))
    if _RETIRED.search(sentence):  # "I retired from the post office in 2018": retired now
        out.append(OpenClaim(predicate="be", object="retired", change=True, confidence=0.85))
    if _TYPED_DIABETIC.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.9), "be", "diabetic")))
    if _SELF_EMPLOYED.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.85), "be", "self-employed")))
    lost = _SPOUSE_LOST.search(sentence)
    if lost and not re.search(r"\b(?:remarried|ex|first|former|divorce|divorced)\b", sentence):
        # "I lost my husband three years ago": a widow now, whenever the loss was
        out.extend(_claims(_finish(_Frame(confidence=0.8), "be", "widowed")))
    wedding = _MY_WEDDING.search(sentence)
    if wedding and (wedding.group("w") == "anniversary" or not _FUTURE.search(sentence) and
                    not re.search(r"\b(?:next|planning|plan|booked|soon|until)\b", sentence)):
        # a wedding's anniversary is of one that was, even next Tuesday
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), "be", "married")))
    workmates = _MY_WORKMATES.search(sentence) and not _FORMER_JOB.search(sentence) and \
        not re.search(r"\bmy (?:old|former|ex|last|previous) ", sentence)
    if (_MY_JOB_NOW.search(sentence) or _MY_SHIFT.search(sentence) or workmates) and not _LOSS.search(sentence) and \
            not _JOB_LEFT.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, "job")))
    return out


# a doing asked about with its object, plainly ("owning a boat", "running a marathon"; not "having more kids", "eating
# snails again", "boxing day sales", "skiing off piste")
_GERUND_TOPIC = re.compile(r"^(?P<g>[a-z]+ing) (?:a|an|the|my|your|his|her|their|our) [a-z]+(?: [a-z]+)?$")
_NEVER_ALONE = re.compile(r"^(?:and |nope,? |no,? )?(?:i )?never(?: (?:could|have|did|was|had|have been|ever have|ever could))?"
                          r"(?: either| really| in my life| ever)?[.!]*$")
_NEVER_TAIL = re.compile(r",\s*(?:and |i have |i )?never (?:have been|have|was|were|did|had|been|ever have|could)\b"
                         r"(?! (?:a |an |the |to |in |at |on )?[a-z]{3,})")


def _never_tail(claims: list[OpenClaim], sentence: str) -> list[OpenClaim]:
    """"I'm not Jewish, never have been", "I don't eat pork, never have": the denial holds for all time."""
    if "never" not in sentence or not _NEVER_TAIL.search(sentence):
        return claims
    return _denied_for_all_time(claims)


def _denied_for_all_time(claims: list[OpenClaim]) -> list[OpenClaim]:
    """The claims, their denials (of the present or the past) made to hold for all time."""
    return [replace(c, time="ever", never=True) if c.polarity == "deny" and c.time in ("present", "past") and
            not c.change and not c.not_yet else c for c in claims]


def _fear_and_refusal(sentence: str) -> list[OpenClaim]:
    """Fear and its absence said other ways, and what one will not do: "heights are no bother to me", "flying
    doesn't faze me", "I've got no problem with clowns" (not afraid), "I lose it around spiders" (afraid), "I'm too
    scared to ever get on a plane" (never do), "can't start the day without coffee"
    (have it), "I waited tables" (had a job)."""
    out: list[OpenClaim] = []
    calm = _UNBOTHERED.search(_LEAD.sub("", sentence))
    if calm:
        phrase = _noun_phrase(_TOKEN.findall(calm.group("x") or calm.group("y") or calm.group("z") or calm.group("w")),
                             0, activity=True)
        ever = "never" in calm.group(0)
        frame = _Frame(polarity="deny", time="ever" if ever else "present", never=ever, confidence=0.75)
        out.extend(_claims(_finish(frame, "be afraid of", phrase.text, activity=phrase.activity))
                   if phrase.text and not phrase.specific else [])
    dread = _HAVE_A_FEAR.search(sentence)
    if dread:  # "I have a real fear of needles", "I've got no fear of heights"
        phrase = _noun_phrase(_TOKEN.findall(dread.group("x")), 0, activity=True)
        frame = _Frame(polarity="deny" if dread.group("neg") else "affirm", confidence=0.85)
        out.extend(_claims(_finish(frame, "be afraid of", phrase.text, activity=phrase.activity))
                   if phrase.text and not phrase.specific else [])
    panic = _PANIC_AT.search(sentence)
    if panic:
        out.extend(_claims(_finish(_Frame(confidence=0.75), "be afraid of", singular(panic.group("x")))))
    needed = _CANNOT_DO_WITHOUT.search(_LEAD.sub("", sentence))
    if needed:
        out.extend(replace(c, confidence=round(c.confidence * 0.9, 3)) for c in _clause_claims(
            f"i have {needed.group('x')}", None) if c.predicate == HAVE and c.polarity == "affirm")
    scared = _TOO_SCARED.search(sentence)
    if scared and scared.group("of"):  # "far too scared of ghosts to ever stay in a haunted house": afraid of ghosts
        out.extend(_claims(_finish(_Frame(confidence=0.85), "be afraid of", _noun_phrase(scared.group("of").split(), 0).text)))
    if scared and scared.group("ever"):  # "too scared to ever fly" is never; "too scared to fly" may yet change
        for c in _clause_claims(f"i {scared.group('x')}", None):
            if c.polarity == "affirm" and c.time == "present" and not c.ability:
                out.append(replace(c, polarity="deny", time="ever", never=True, confidence=round(c.confidence * 0.9, 3)))
    if _WAITED_TABLES.search(sentence):  # a job, in a restaurant
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.85), HAVE, "job"),
                           _finish(_Frame(time="past", confidence=0.8), "work in", "restaurant")))
    return out


def _practices(sentence: str) -> list[OpenClaim]:
    """Practices and conditions said in passing: "I've only ever worked days" (never nights), "my faith in Jesus"
    (a Christian), "my bar mitzvah" (had one), "hay fever season is killing me" (hay fever), "I can't be in the
    same room as a spider" (afraid of spiders), "my pet tarantula" (a tarantula), "it's Ramadan so I'm fasting",
    "I have to inject my insulin before every meal" (a routine done)."""
    if not any(key in sentence for key in _PRACTICE_KEYS):
        return []
    if _CONDITIONAL.search(sentence) or _FUTURE.search(sentence):
        return []
    out: list[OpenClaim] = []
    days = _DAYS_ONLY.search(sentence)
    if days:
        ever = "ever" in days.group(0) or days.group("v") in ("worked", "did", "done")
        out.append(OpenClaim(predicate="work", object="night shift", polarity="deny", time="ever" if ever else "present",
                             never=ever, confidence=0.8))
    if _FAITH_IN_CHRIST.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.85), "be", "christian")))
    rite = _MY_RITE.search(sentence)
    if rite:
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), HAVE, rite.group("r"))))
    sacrament = _SACRAMENT_HAD.search(sentence) if "christen" in sentence or "bapti" in sentence or "confirm" in \
        sentence else None
    if sacrament and not _CONDITIONAL.search(sentence):  # "the christening gown I was baptised in", "my confirmation name"
        done = "baptised" if sacrament.group("b") or sacrament.group("c") else "confirmed"
        out.extend(_claims(_finish(_Frame(time="past", confidence=0.8), "be", done)))
    condition = _PLAYING_UP.search(_LEAD.sub("", sentence))
    if condition:
        out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, singular(condition.group("c").replace("hayfever",
                                                                                                       "hay fever")))))
    avoided = _AVOIDED.search(sentence)
    if avoided:
        out.extend(_claims(_finish(_Frame(confidence=0.75), "be afraid of", singular(avoided.group("x")))))
    for pet in _MY_PET_KIND.finditer(sentence):
        if pet.group("x") not in _NOT_PETS and not _LOSS.search(sentence):
            out.extend(_claims(_finish(_Frame(confidence=0.8), HAVE, singular(pet.group("x")))))
    if _RAMADAN_FAST.search(sentence):
        out.extend(_claims(_finish(_Frame(confidence=0.85), "fast for", "ramadan")))
    out.extend(_fear_and_refusal(sentence))
    duty = _ROUTINE_DUTY.match(_LEAD.sub("", sentence))
    if duty and _ROUTINE_TIME.search(sentence):
        out.extend(replace(c, confidence=round(c.confidence * 0.9, 3)) for c in _clause_claims(f"i {duty.group('rest')}", None)
                   if c.time == "present")
    return out


def _elided_subject(sentence: str) -> list[OpenClaim]:
    """A clause that leaves out its "I have": "I've never walked down the aisle, never been married"."""
    m = _ELIDED.search(sentence)
    if not m:
        return []
    return _clause_claims(f"{m.group('subject')} have {m.group('clause')}", _qualifier(m.group("clause")))


def _bereavement(sentence: str) -> list[OpenClaim]:
    """"My dad passed away": a parent or grandparent no longer had (not a pet: people get a new dog). A death
    dated long ago ("My dad died when I was ten", "years ago") is no news: it meets "my father is alive"."""
    m = _BEREAVED.search(sentence)
    if not m:
        return []
    long_ago = _REMOTE.search(sentence) is not None
    return [OpenClaim(predicate=HAVE, object=singular(m.group("who")), polarity="deny", change=not long_ago,
                      confidence=0.85)]


_PET_LOST = re.compile(r"\b(?:my|our) (?:old |beloved |first |childhood |family |poor |lovely )?(?P<x>[a-z]+) "
                       r"(?:sadly |finally )?(?:died|passed away|passed on|passed|was put down|was put to sleep|"
                       r"had to be put down|ran away)\b"
                       r"(?! in (?:the|a|that|this|my) (?:movie|film|show|book|game|dream|story|series|episode|novel)\b)")


def _pet_lost(sentence: str) -> list[OpenClaim]:
    """"Our hamster died last year": an animal once kept (people get a new one, so nothing is said of now)."""
    m = _PET_LOST.search(sentence)
    if not m or _CONDITIONAL.search(sentence):
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    animal = singular(m.group("x"))
    if "pet" not in default_knowledge().ancestors(default_knowledge().canonical_noun(animal)):
        return []
    return _claims(_finish(_Frame(time="past", confidence=0.8), HAVE, animal))


_MEAL_ALONE = re.compile(r"^(?:(?:a|an|some|two|three|big|huge|massive|proper|full|lovely|quick) )*(?P<x>[a-z][a-z' -]{2,30}?)"
                         r"(?: with [a-z][a-z' -]{2,40}?)? "
                         r"(?:for|at) (?P<m>breakfast|brekkie|lunch|dinner|tea|supper|brunch)(?: (?:today|this morning|"
                         r"again|yesterday|last night|(?P<often>most days|every day|most mornings|every morning|most nights|"
                         r"every night|most evenings)))?(?=[,.!;]|$)")
# "Breakfast is always the same for me: a big bowl of cereal with whole milk", "lunch today was a ham sandwich"
_MEAL_IS = re.compile(r"^(?:my |our )?(?P<m>breakfast|brekkie|lunch|dinner|supper|brunch)(?P<when> today| this morning| "
                      r"yesterday| last night| tonight)? (?P<v>is|was) (?P<often>always |usually |normally |mostly |basically )?"
                      r"(?:the same(?: for me)?:? )?(?P<x>[a-z][a-z' -]{2,120}?)(?=[,.!;]|$)")


_SOMEONE_ELSES = re.compile(r"\b(?:he|she|they|his|her|their|you|your|my (?!own\b|favou?rite\b|fave\b|go-to\b|usual\b))")
_NOT_A_DISH_WORD = _set("""i we he she they you it my our his her their your had has have ate eat eats eating is was were
are am made makes cooked cooks got gets get having want wants wanted like likes liked love loves do did does not no""")


def _meal_said_alone(sentence: str) -> list[OpenClaim]:
    """"Bacon sandwich for breakfast, can't beat it": a food named with its meal, without "I had", is what one had."""
    m = _MEAL_ALONE.match(sentence)
    if not m:
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    if _NOT_A_DISH_WORD & set(m.group("x").split()):
        return []  # "my wife had sushi for lunch": a sentence with its own subject and verb
    if _SOMEONE_ELSES.search(sentence[m.end():]):
        return []  # "Cereal for dinner, that's my brother": someone else's meal
    food = singular(m.group("x"))
    if "food" not in {name for name, _ in kb.objects_of(food)}:
        return []
    return _claims(_finish(_Frame(time="present" if m.group("often") else "recent", confidence=0.8), HAVE, food))


# "With five grandchildren, my weekends are never quiet": had, and counted
_WITH_HAD = re.compile(rf"^with (?:my |our )?(?:(?P<n>{NUMBER}|a|an) )?(?P<x>[a-z]+(?: [a-z]+)?)"
                       r"(?:,| to (?:feed|look after|raise|walk|care for)\b)")


def _with_had(sentence: str) -> list[OpenClaim]:
    """"With five grandchildren, ...", "with two dogs to walk ...": the speaker has them."""
    m = _WITH_HAD.match(sentence)
    if not m:
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    thing = singular(m.group("x"))
    if thing not in kb.possessable and kb.canonical_noun(thing) not in kb.possessable:
        return []
    count = m.group("n")
    quantity = None if count in (None, "a", "an") else parse_number(count)
    return _claims(_finish(_Frame(confidence=0.8), HAVE, thing, quantity=quantity))


# "nurse at the royal infirmary, twelve-hour shifts": a role said without "I am"
_ROLE_FRAGMENT = re.compile(r"^(?:(?:a|an|senior|junior|head|trainee|part-time|full-time|retired) )?"
                            r"(?P<x>(?!(?:the|my|his|her|our|their|your|this|that|every)\b)[a-z]+(?: [a-z]+)?) "
                            r"(?:at|in|for|with) (?:the |a |an |my |our )?[a-z]")


def _role_fragment(sentence: str) -> list[OpenClaim]:
    """"nurse at the royal infirmary", "teacher at the local primary": the speaker's occupation, said bare."""
    m = _ROLE_FRAGMENT.match(_LEAD.sub("", sentence))
    if not m:
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    role = singular(m.group("x"))
    if "occupation" not in {name for name, _ in default_knowledge().objects_of(role)}:
        return []
    retired = sentence.startswith("retired ") or " retired " in sentence[:m.end()]
    return _claims(_finish(_Frame(confidence=0.75, time="past" if retired else "present"), "be", role))


def _meal_described(sentence: str) -> list[OpenClaim]:
    """"Breakfast is always porridge", "lunch today was a ham sandwich": the foods named are what one has (then)."""
    m = _MEAL_IS.match(sentence)
    if not m or _SOMEONE_ELSES.search(m.group("x")) or _NOT_A_DISH_WORD & set(m.group("x").split()):
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    kb = default_knowledge()
    time: Time = "recent" if m.group("when") or m.group("v") == "was" else "present"
    out = []
    phrases = [p for part in re.split(r" (?:with|and|plus) ", m.group("x"))  # "cereal with whole milk": both
               for p in _noun_phrases(_TOKEN.findall(part), 0, activity=False)]
    for phrase in phrases:
        food = phrase.text
        if food and "food" in {name for name, _ in kb.objects_of(food)}:
            out.extend(_claims(_finish(_Frame(time=time, confidence=0.8), HAVE, food)))
    return out


# "I can't read or write", "I never learned to swim or ride a bike": one auxiliary over two verbs
_TWO_VERBS = re.compile(r"^(?P<head>(?:i|we) (?:can not|could not|do not|did not|never|will not|have never|"
                        r"never learned to|can)) (?P<a>[a-z]+) (?:or|nor|and) (?P<b>[a-z]+\b.*)$")


def _clause_claims(clause: str, qualifier: str | None, *, agents: bool = True) -> list[OpenClaim]:
    if " of " in clause:
        clause = _ALL_OF.sub(r"\g<q> \g<d>", clause)  # "I love both of those breeds": both those breeds
    two = _TWO_VERBS.match(clause)
    if two and two.group("a") not in _NOT_A_VERB and two.group("b").split()[0] not in _NOT_A_VERB:
        return _one_clause(f"{two.group('head')} {two.group('a')}", qualifier, agents=agents) + \
            _one_clause(f"{two.group('head')} {two.group('b')}", qualifier, agents=agents)
    return _one_clause(clause, qualifier, agents=agents)


_ALL_OF = re.compile(r"\b(?P<q>both|all|any) of (?P<d>those|these|the|my|our|his|her|their|your)\b")
_NOT_A_VERB = _set("a an the my your his her their our any some more much all it that this them me you him us")


def _one_clause(clause: str, qualifier: str | None, *, agents: bool = True) -> list[OpenClaim]:
    clause = _before_in_case(clause)
    match = _SUBJECT.match(clause)
    if not match:
        none_for_me = _NONE_FOR_ME.match(clause)  # "no pets for me"
        if none_for_me:
            phrase = _noun_phrase(_TOKEN.findall(none_for_me.group("v")), 0, activity=False)
            return _claims(_finish(_Frame(polarity="deny", qualifier=qualifier), HAVE, phrase.text)) if phrase.text else []
        return []
    subject: Literal["i", "we"] = "we" if match.group("subject") == "we" else "i"  # the pattern allows only these
    rest = match.group("rest")
    confidence = 0.9 if subject == "i" else 0.8
    hedge = _HEDGE_LEAD.match(rest)
    if hedge:
        inner = _SUBJECT.match(hedge.group("inner"))
        if not inner:
            return []
        rest, confidence = inner.group("rest"), confidence * 0.85
        if inner.group("subject") == "we":  # "I guess we have different preferences": we have
            subject, confidence = "we", 0.8 * 0.85
    if _NON_FACTUAL_LEAD.match(rest) or _CONDITIONAL.search(clause.split(",", 1)[0]):
        return []
    rest = _IDIOMS.sub(" ", rest)
    words = [w[:-2] if w.endswith("'s") and w not in _SHORT_IS else w for w in _TOKEN.findall(rest)]
    if not words:
        return []
    claims = _read(words, _Frame(confidence=confidence, qualifier=qualifier, agents=agents))
    return [replace(c, subject=subject) for c in claims] if subject != "i" else claims


def _read(words: list[str], frame: _Frame) -> list[OpenClaim]:
    """Walk the auxiliary chain, then read the main word and its object."""
    i, n = 0, len(words)
    aux: str | None = None
    while i < n:
        w = words[i]
        if w in _ADVERBS:
            frame.change = frame.change or (w == "now" and frame.polarity == "affirm")
            frame.exclusive = frame.exclusive or w == "only"
        elif w in _HEDGES:
            frame.confidence *= 0.7
        elif w in _PARTIAL or w in _RARE or w in _MODALS:
            return []
        elif w == "never":
            frame.polarity, frame.never = "deny", True
        elif w == "not":
            frame.polarity = "deny"
            if i + 1 < n and words[i + 1] in _WEAK_NOT:
                frame.confidence *= 0.75  # "I don't really play chess"
        elif w == "no" and i + 1 < n and words[i + 1] == "longer":
            frame.polarity, frame.change = "deny", True
            i += 1
        elif w == "used" and i + 1 < n and words[i + 1] == "to":
            frame.time = "remote"
            i += 1
        elif w in ("do", "does") and aux is None and i + 1 < n and (words[i + 1] in ("not", "never")
                                                                      or words[i + 1] in _ADVERBS):
            aux = "do"
        elif w in ("do", "does") and aux is None and i + 1 < n and verb_stem(words[i + 1]) in _EMPHASISED:
            aux = "do"  # "I do enjoy a glass of wine": emphasis, not doing
        elif w == "did" and aux is None:
            aux, frame.time = "did", "past"
        elif w == "can" and aux is None:
            aux, frame.ability = "can", True
        else:
            break
        i += 1
    if i >= n:
        return []
    w = words[i]
    if aux == "did" and frame.never:
        frame.time = "ever"
    if aux == "did" and (w in _DETERMINERS or parse_number(w) is not None):  # "I did fifty push-ups": did them
        return _did_a_thing(words, i, frame)
    if aux == "do" and w in _DETERMINERS and frame.polarity == "affirm":
        first, _, rest = _noun_phrase(words, i, activity=False).text.partition(" ")
        if first.endswith("ing") and len(first) > 4 and first not in _NOT_GERUNDS:  # "I do all my gaming": I game
            return _claims(_finish(frame, verb_stem(first), rest))
        return []
    if w in ("am", "are") and aux is None:
        return _copula(words, i + 1, frame, past=False)
    if w in ("was", "were") and aux is None:
        return _copula(words, i + 1, frame.copy(time="past" if frame.time == "present" else frame.time), past=True)
    if w in ("have", "has", "had") and aux is None:
        return _have(words, i, frame)
    if w in ("have", "has") and aux in ("do", "did", "can"):
        return _possession(words, i + 1, frame)
    return _verb(words, i, frame)


def _finish(frame: _Frame, predicate: str, obj: str, *, quantity: int | None = None, activity: bool = False,
            confidence: float = 1.0) -> OpenClaim | None:
    if (obj in _A_LOT or (obj in ("anything", "thing") and frame.polarity == "deny") or
            (obj in ("anything", "everything") and frame.ability)) and predicate not in _NEEDS_OBJECT:
        obj = ""  # "I travel a lot"; "I've never knitted anything" is "I've never knitted"; "I can sew anything"
    if predicate == "touch":
        predicate, obj = _touched(obj)
    while " " in obj and obj.split(" ", 1)[0] in _HOW_BAD:
        obj = obj.split(" ", 1)[1]  # "I get terrible hay fever": hay fever
    while " " in obj and obj.rsplit(" ", 1)[1] in _HOW_WELL:
        obj = obj.rsplit(" ", 1)[0]  # "I play chess quite well": chess
    if predicate == HAVE and obj.endswith(" going"):
        obj = obj[:-6]  # "I've had a stamp collection going since I was eight": a stamp collection
    while " " in obj and obj.rsplit(" ", 1)[1] in _TRAILING_PARTICLES:
        obj = obj.rsplit(" ", 1)[0]  # "I don't speak Yoruba at all o", "a word of Hindi yaar", "home the whole way"
    if obj.endswith(" down") and predicate in _TASTED:
        obj = singular(obj[:-5])  # "a plate of prawns down at the harbour" (not "watched the sun go down")
    if " " in obj and not activity and (tail := _OBJECT_TAIL.search(obj)) is not None and tail.start() > 0:
        obj = singular(obj[:tail.start()])  # "peanut butter straight out of the jar", "pints down the local"
    if obj.endswith((" full-time", " part-time")) and " " in obj:
        obj = obj.rsplit(" ", 1)[0]  # "I work from home full time": from home
    if obj.endswith((" home", " many", " several", " countless")) and " " in obj and \
            predicate.split(" ", 1)[0] in _TAKEN_SOMEWHERE:
        obj = obj.rsplit(" ", 1)[0]  # "I took an Uber home": an Uber; "I've travelled abroad many times": abroad
    if frame.ability and frame.polarity == "deny" and predicate in _CANNOT_BEAR and obj:
        predicate, frame = LIKE, frame.copy(ability=False)  # "I can't stand tea": I don't like it
    if obj.startswith(("anything ", "something ")) and obj.split(" ", 1)[1] in _FOOD_KINDS and predicate in _TASTED:
        obj = f"{obj.split(' ', 1)[1]} food"  # "I can't stand anything spicy", "I eat something spicy": spicy food
    verb, _, particle = predicate.partition(" ")
    if particle in ("in", "during") and obj in _DECADES_OF_LIFE:
        predicate, obj = verb, ""  # "waitressing in my twenties": waitressing, then (a time of life, not a thing)
        if frame.time == "past":
            frame = frame.copy(time="remote")
        verb, particle = predicate, ""
    if particle in _DIRECTIONS and verb in _MOTIONS:
        predicate, obj = verb, ""  # "I swam out to the island", "we rowed across the bay": swimming, rowing
    if (predicate in _STOP_PREDICATES and not (predicate == _UNDERSTAND and _is_language(obj))) or \
            obj in _STOP_OBJECTS or (obj.rsplit(" ", 1)[-1] in _STOP_OBJECTS and not _HEALTH_TROUBLE.match(obj)) or \
            (predicate == "be" and obj in ("person", "")):  # "I'm the kind of person who ...": what kind is said
        # after; "Been heaps of times" with nothing named says nothing
        return None
    time = _time_of(frame.qualifier, frame.time)
    if time == "present" and predicate in _PAST_LOOKS_PRESENT and frame.qualifier and _LIFE_STAGE.fullmatch(frame.qualifier):
        time = "remote"  # "I read a lot of novels as a teenager": "read" is a past here
    return OpenClaim(predicate=predicate, object=obj, polarity=frame.polarity,
                     time=time, ability=frame.ability, never=frame.never,
                     change=frame.change, activity=activity, exclusive=frame.exclusive and frame.polarity == "affirm",
                     quantity=quantity, qualifier=frame.qualifier,
                     confidence=round(frame.confidence * confidence, 3))


_DECADES_OF_LIFE = _set("teen twenty thirty forty fifty sixty seventy eighty ninety")
# a particle of speech or a determiner left at the end of an object says nothing of it
_TRAILING_PARTICLES = _set("o yaar lah innit sia the a an my our")


def _touched(obj: str) -> tuple[str, str]:
    """"I never touch dairy", "I haven't touched a drop": touching food is eating it, a drink drinking it."""
    if obj in ("drop", "drink", "alcohol", "booze"):
        return "drink", "alcohol"
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    if not obj or knowledge_loading():
        return "touch", obj
    kinds = default_knowledge().ancestors(default_knowledge().canonical_noun(obj))
    if "beverage" in kinds:
        return "drink", obj
    if "food" in kinds:
        return "eat", obj
    return "touch", obj


def _agent_verb(noun: str) -> str | None:
    """The verb a one-word agent noun names ("hiker" -> "hik", "swimmer" -> "swim"), if it is one."""
    if " " in noun or not noun.endswith("er") or len(noun) < 5 or noun in _NOT_AGENTS:
        return None
    stem = verb_stem(noun[:-2]) if not noun[:-2].endswith(noun[-3] * 2) else noun[:-3]
    if stem in _NEEDS_OBJECT or stem in _STOP_PREDICATES or len(stem) < 3:
        return None
    return stem


# a verb after what is known says a that-clause: "I know chess is hard", "I learned the piano takes years"
_THAT_VERBS = frozenset("is are was were has have had can could will would does do did takes makes made seems looks "
                        "gets costs".split())
_NOT_AFTER_PRAISE = frozenset("on in at for with when whenever according after before during if compared of to from until unless "
                              "once".split())


# the names of the pastime an agent noun is the doer of ("photographer": photography), which pastimes.py registers
AGENT_PASTIMES: list[Callable[[str], tuple[str, ...]]] = []


def _skill_names(agent: str, verb: str | None) -> tuple[str, ...]:
    """What a skilled `agent` is good at: its verb, and the names of the pastime it is the doer of ("a great
    photographer" is good at photographing and at photography; "a skilled carpenter" at carpentry and woodwork)."""
    names = ((verb,) if verb else ()) + tuple(name for names_of in AGENT_PASTIMES for name in names_of(agent))
    if not names and agent.endswith("ist"):  # "a great guitarist": good at the guitar; "pianist": the piano
        names = tuple(thing for thing in (agent[:-3], agent[:-3] + "o") if _is_a(thing, "instrument"))[:1]
    return tuple(dict.fromkeys(names))


def _is_a(thing: str, kind: str) -> bool:
    """Is `thing` of `kind` in the knowledge base ("guitar": an instrument; "hindi": a language)?"""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    return bool(thing) and not knowledge_loading() and kind in default_knowledge().ancestors(thing)


def _is_language(obj: str) -> bool:
    """Is `obj` a language ("I don't understand Hindi" is a claim; "I understand" is not)?"""
    return obj == "varx" or _is_a(obj, "language")  # ("varx": a knowledge line's [category])


def _claims(*claims: OpenClaim | None) -> list[OpenClaim]:
    return [c for c in claims if c is not None]


# --- noun phrases -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Phrase:
    text: str
    quantity: int | None
    negated: bool
    activity: bool
    end: int
    specific: bool = False  # "that game", "a book about Waterloo", "many foods": not the whole kind


def _noun_phrase(words: list[str], i: int, *, activity: bool = True) -> _Phrase:
    """The noun phrase at `i`: quantifiers and determiners dropped, at most four words, singular head; a
    gerund phrase ("playing chess") becomes an activity ("play chess")."""
    n = len(words)
    quantity: int | None = None
    negated = False
    begin = i
    if i + 1 < n and words[i] in _APPROXIMATELY and (parse_number(words[i + 1]) is not None or
                                                     words[i + 1] in ("a", "an", "half")):
        i += 1  # "like four cups", "about half a pack"
    if i + 1 < n and words[i] == "half" and words[i + 1] in ("a", "an"):
        i += 1
    if i + 1 < n and words[i] in ("almost", "nearly", "practically") and words[i + 1] in ("all", "every", "each"):
        i += 1  # "I've read almost all of her books": her books
    if i + 1 < n and words[i] == "every" and i == begin and words[i + 1].isalpha() and \
            singular(words[i + 1]) not in _TIME_NOUNS and singular(words[i + 1]) not in _EVERY_TIMES:
        i += 1  # "I've had every iPhone since the 4S": iPhones (not "every day", "every time")
    m = _QUANTIFIERS.match(" ".join(words[i:i + 5]) + " ")
    if m:
        i += len(m.group(0).split())
    if i + 1 < n and words[i] in ("all", "both") and (words[i + 1] in _DETERMINERS or parse_number(words[i + 1])):
        i += 1  # "all our shelves" are shelves, "all three hundred steps" steps
    while i < n and words[i] in _DETERMINERS:
        i += 1
    if i < n and words[i] in ("no", "zero", "none"):
        negated, quantity = True, 0
        i += 1
    if i < n and words[i] not in ("a", "an") and not (words[i] in _NUMBER_NOUNS and
                                                       (i + 1 >= n or words[i + 1] in _OBJECT_STOP)):
        number = parse_number(words[i])
        if number is not None and (words[i] != "one" or (i + 1 < n and words[i + 1] not in _OBJECT_STOP)):
            quantity = number
            i += 1
            while i < n and words[i] in LARGE_NUMBERS:  # "three hundred steps": 300
                quantity *= LARGE_NUMBERS[words[i]]
                i += 1
    while i < n and words[i] in _DETERMINERS:
        i += 1
    while i + 1 < n and words[i] in _PHRASE_ADVERBS and not _ends_phrase(words[i + 1]):
        i += 1  # "a strictly kosher kitchen": a kosher kitchen
    while i + 1 < n and words[i] in _PRAISE and not _ends_phrase(words[i + 1]):
        i += 1  # "a lovely roast lamb", "my gorgeous wife": the lamb, the wife
    if i + 1 < n and words[i] == "right" and words[i + 1] not in _OBJECT_STOP and i == begin:
        i += 1  # "right downtown"
    if i + 2 < n and words[i:i + 2] in (["kind", "of"], ["sort", "of"], ["type", "of"]) and i > begin:
        i += 2  # "any kind of operation"
    if i + 2 < n and words[i] == "type" and words[i + 1] in ("1", "2", "one", "two", "i", "ii"):
        i += 2  # "type 1 diabetes" is diabetes
    if i + 1 < n and words[i] in ("whole", "entire") and not _ends_phrase(words[i + 1]):
        i += 1  # "a whole pizza"
    if i + 4 < n and singular(words[i]) in _CONTAINERS and words[i + 1] == "or" and words[i + 3] == "of":
        i += 4  # "a glass or two of wine" is wine
        quantity = None
    elif i + 2 < n and singular(words[i]) in _CONTAINERS and words[i + 1] == "of" and not _ends_phrase(words[i + 2]):
        i += 2  # "four cups of coffee" is coffee (the count is of cups)
        quantity = None
        if i + 1 < n and words[i] in ("the", "that", "this") and not _ends_phrase(words[i + 1]):
            i += 1  # "three doses of the Covid vaccine"
    if i + 2 < n and singular(words[i]) in ("hour", "minute") and words[i + 1] == "of" and not _ends_phrase(words[i + 2]):
        i += 2  # "a couple of hours of TV" is TV
    if i + 1 < n and words[i] == "own" and i > begin and words[i - 1] in _POSSESSIVES and \
            not _ends_phrase(words[i + 1]):
        i += 1  # "my own bakery" is a bakery
    start = i
    specific = any(w in _SPECIFIC or w in _PARTITIVE for w in words[begin:start]) or bool(m and "lot" in m.group(0))
    while i < n and i - start < 4 and not _ends_phrase(words[i]) and not _trailing_gerund(words, start, i) and \
            not (i > start and (words[i] in _AFTER_THE_HEAD or _placed_after_the_head(words, start, i))):
        i += 1
    phrase = " ".join(words[start:i]).strip("'-")
    if not phrase or (words[i - 1] in _TIME_NOUNS or singular(words[i - 1]) in _TIME_NOUNS) and (
            any(w in _FREQUENCY for w in words[begin:start]) or quantity is not None):
        return _Phrase("", quantity, negated, False, i)  # "most mornings", "two nights" say when, not what
    first, _, rest = phrase.partition(" ")
    if activity and start == begin and first.endswith("ing") and len(first) > 4 and first not in _NOT_GERUNDS:
        if not rest and i + 1 < n and words[i] in _ACTIVITY_PARTICLES:  # "listening to rock music"
            inner = _noun_phrase(words, i + 1, activity=False)
            if inner.text:
                return _Phrase(f"{verb_stem(first)} {words[i]} {inner.text}", quantity, negated, True, inner.end)
        if first == "being" and (not rest or rest in ("able", "unable") or (i < n and words[i] == "of")):
            return _being(words, i, quantity, negated)
        rest = singular(rest) if rest else ""
        narrowed = i < n and words[i] in ("to", "with", "alone", "by", "without", "for", "about")
        return _Phrase(f"{verb_stem(first)} {rest}".strip(), quantity, negated, True, i, narrowed)
    specific = specific or (i < n and words[i] in _RESTRICTIVE)
    if i + 1 < n and words[i] == "of" and i - start == 1 and start > begin and words[start - 1] == "the" and \
            singular(phrase) in _ASPECTS:  # "I love the smell of coffee" is not "I love smells", nor coffee
        inners = _noun_phrases(words, i + 1, activity=False)  # "the layers of cheese and sauce": all of it, but
        end = inners[0].end  # not "the sound of rain and the smell of grass"
        for before, item in zip(inners, inners[1:]):
            if before.end + 1 < n and words[before.end + 1] in _DETERMINERS:
                break
            end = item.end
        doing = words[i + 1].endswith("ing") and len(words[i + 1]) > 4 and words[i + 1] not in _NOT_GERUNDS
        if doing or words[i + 1] in _OF_PRONOUNS:  # "the feeling of being one with nature", "the challenge of it"
            return _Phrase("", quantity, negated, False, end, specific)
        if inners[0].text:  # said as a compound with its head last, as the knowledge reads one: "coffee smell"
            return _Phrase(f"{inners[0].text} {singular(phrase)}", quantity, negated, False, end, specific)
    return _Phrase(singular(phrase), quantity, negated, False, i, specific)


def _being(words: list[str], i: int, quantity: int | None, negated: bool) -> _Phrase:
    """"Being" and what one is, as one activity ("I love being a mom": be mom; "being around people": be around
    person); nothing when what one is is not said ("being a part of that", "being part of a team", "being able to")."""
    n = len(words)
    if i < n and words[i] in _DETERMINERS:
        inner = _noun_phrase(words, i, activity=False)
        if inner.text and not (inner.end < n and words[inner.end] == "of"):
            return _Phrase(f"be {inner.text}", quantity, negated, True, inner.end)
    elif i + 1 < n and words[i] in _BEING_PLACES:
        inner = _noun_phrase(words, i + 1, activity=False)
        if inner.text:
            return _Phrase(f"be {words[i]} {inner.text}", quantity, negated, True, inner.end)
    return _Phrase("", quantity, negated, True, i)


_BEING_PLACES = _set("around near among")


def _trailing_gerund(words: list[str], start: int, i: int) -> bool:
    """Does a gerund at `i` start a clause of its own ("my arm falling off the bars": the arm), rather than
    end a compound ("show jumping", "horse riding")?"""
    word = words[i]
    if i == start or not word.endswith("ing") or len(word) <= 4 or word in _NOT_GERUNDS:
        return False
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    if i + 1 >= len(words) or words[i + 1] not in _PARTICLES:
        # "I broke my wrist skateboarding": a known pastime after a noun it does not compound with
        last = i + 1 >= len(words) or _ends_phrase(words[i + 1])
        if not last and not knowledge_loading() and \
                (words[i + 1] in ("my", "a", "an", "the", "some") or
                 {"sport", "game", "instrument"} & set(default_knowledge().ancestors(words[i + 1]))) and \
                not default_knowledge().known(" ".join(words[start:i + 1])) and not _compound_ends(words, start, i) and \
                singular(words[i - 1]) not in PEOPLE and \
                not {"family member", "pet", "animal", "person"} & set(default_knowledge().ancestors(singular(words[i - 1]))):
            return True  # "I tore my ACL playing rugby": the ACL, then what I was doing (not "my dog chasing the cat")
        return last and not knowledge_loading() and default_knowledge().known(word) and \
            not _compound_ends(words, start, i)
    return knowledge_loading() or not _compound_ends(words, start, i)


def _compound_ends(words: list[str], start: int, i: int) -> bool:
    """Does a known compound end at `i` ("horse riding"; "watching the figure skating": figure skating)?"""
    from .knowledge import default_knowledge  # noqa: PLC0415  (loads on first use)

    return any(default_knowledge().known(" ".join(words[k:i + 1])) for k in range(start, i))


def _reflexive_activity(stem: str) -> bool:
    """Is doing `stem` to oneself doing it ("I drove myself", "I cooked myself dinner")?"""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    return stem not in ("teach", "work") and not knowledge_loading() and stem in default_knowledge().activities


def _without_emphatic_self(words: list[str], j: int) -> list[str]:
    """"I put up all our shelves myself": the "myself" after the object says who did it, not what."""
    if "myself" not in words[j + 1:] and "ourselves" not in words[j + 1:]:
        return words
    return words[:j + 1] + [w for w in words[j + 1:] if w not in ("myself", "ourselves")]


def _frequency_at(words: list[str], i: int) -> bool:
    """Do the words at `i` say how often ("most mornings", "some weekends"), ending the phrase before them?"""
    return words[i] in _FREQUENCY and i + 1 < len(words) and singular(words[i + 1]) in _TIME_NOUNS


# words that, after a noun, start what is said of it ("forty houseplants crammed into my flat", "an aquarium full of
# fish"); before it they may belong to it ("a full beard")
_AFTER_THE_HEAD = _set("full crammed stuffed packed piled lined squeezed scattered dotted "
                       "daily weekly nightly monthly yearly fortnightly annually")  # "I attend Mass weekly": Mass
_PLACING = _set("in at on outside near by under behind beside off")
_PLACED = _set("moored parked kept stored based located stationed docked garaged stabled housed berthed")


def _placed_after_the_head(words: list[str], start: int, i: int) -> bool:
    """Is the word at `i` a participle that places the thing named from `start` ("a boat moored in Falmouth", "a van
    parked outside")? Not after one's own thing, which is had done ("I had my hip replaced at the General")."""
    return words[i] in _PLACED and i + 1 < len(words) and words[i + 1] in _PLACING and \
        (start == 0 or words[start - 1] not in _POSSESSIVES)  # (not "coffee served in paper cups")


def _ends_phrase(word: str) -> bool:
    """Does `word` end a noun phrase (a conjunction, preposition, adverb, time word, number)?"""
    return word in _OBJECT_STOP or (parse_number(word) is not None and word not in _NUMBER_NOUNS) or (
        word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS)


def _list_goes_on(words: list[str], j: int) -> bool:
    """Is the comma at `j` one between the items of a list closed by "and" or "or" ("cats, dogs and birds")?"""
    rest = words[j + 1:]
    if not rest or rest[0] in _NOT_AN_ITEM or "," in rest[:1]:
        return False
    for k, w in enumerate(rest):
        if w in ("and", "or"):
            return k + 1 < len(rest) and rest[k + 1] not in _NOT_AN_ITEM
        if w in _NOT_AN_ITEM or w in (";", ":", "(", ")"):
            return False
    return False


_NOT_AN_ITEM = _set("""i we you he she they it my our his her their but so because though which who that especially
particularly mostly mainly like such including except then when while if as although since even not no never just
also too really actually""")


def _noun_phrases(words: list[str], i: int, *, activity: bool = True) -> list[_Phrase]:
    """Noun phrases joined by "and", "or" and commas ("bacon and eggs"), stopping at a new clause.
    With `activity`, a gerund phrase is an activity ("I love knitting"); otherwise a noun ("knitting needles")."""
    phrases = [_noun_phrase(words, i, activity=activity)]
    n = len(words)
    while phrases[-1].text and phrases[-1].end < n and len(phrases) < 6:
        j = phrases[-1].end
        if words[j] == "," and _list_goes_on(words, j):  # "cats, dogs and birds", "pizza, pasta, and sushi"
            if words[j + 1] in ("and", "or"):
                j += 1
            else:
                following = _noun_phrase(words, j + 1, activity=activity)
                if not following.text:
                    break
                phrases.append(following)
                continue
        if words[j] not in ("and", "or", "nor") or j + 1 >= n or words[j + 1] in ("i", "we", "my", "then", "so"):
            break
        pair = _pair_named(words, j, phrases[-1])
        if pair is not None:  # "rock and roll", "fish and chips": one thing
            phrases[-1] = pair
            continue
        following = _noun_phrase(words, j + 1, activity=activity)
        if not following.text:
            break
        if phrases[0].negated and words[j] in ("or", "nor") and not following.negated:
            following = replace(following, negated=True, quantity=0)  # "no brothers or sisters"
        phrases.append(following)
    return phrases


def _pair_named(words: list[str], j: int, last: _Phrase) -> _Phrase | None:
    """The phrase `last` with the "and ..." at `j`, when the knowledge names the two as one thing ("rock and roll",
    "mac and cheese", "rhythm and blues"); else None."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    if words[j] != "and" or knowledge_loading() or last.negated:
        return None
    head, _, tail = last.text.rpartition(" ")
    first = words[j - 1] if j > 0 else tail
    kb = default_knowledge()
    for width in (1, 2):
        rest = words[j + 1:j + 1 + width]
        if len(rest) < width:
            break
        named = f"{first} and {' '.join(rest[:-1] + [singular(rest[-1])])}"  # "fish and chips": fish and chip
        if kb.known(named) or kb.known(f"{first} and {' '.join(rest)}"):
            return replace(last, text=f"{head} {named}" if head else named, end=j + 1 + width)
    return None


# --- copula -----------------------------------------------------------------------------------------
def _negations(words: list[str], i: int, frame: _Frame) -> int:
    """Skip adverbs and read "not", "never", "no longer" after an auxiliary; the index after them."""
    n = len(words)
    while i < n:
        w = words[i]
        if w in _ADVERBS:
            pass
        elif w in _HEDGES:
            frame.confidence *= 0.7
        elif w in _PARTIAL:
            return n  # nothing after "partly" is read
        elif w == "not":
            frame.polarity = "deny"
            if i + 1 < n and words[i + 1] in _WEAK_NOT:
                frame.confidence *= 0.75  # "I'm not really into sports"
        elif w == "never":
            frame.polarity, frame.never = "deny", True
        elif w == "no" and i + 1 < n and words[i + 1] == "longer":
            frame.polarity, frame.change = "deny", True
            i += 1
        elif w in ("anymore",):
            frame.change = True
        else:
            break
        i += 1
    return i


def _copula(words: list[str], i: int, frame: _Frame, *, past: bool) -> list[OpenClaim]:
    n = len(words)
    i = _negations(words, i, frame)
    if i >= n or (frame.polarity == "deny" and words[i - 1] in _DEGREE):
        return []  # "I'm not very athletic" is a matter of degree, not a denial
    w = words[i]
    if w == "much" and words[i + 1:i + 3] in (["of", "a"], ["of", "an"]):
        if "fan" not in words[i + 3:i + 6]:
            return []  # "I'm not much of a reader" says how much, not whether: "I read a book a week" may be true
        if words[i - 1] != "not":  # "never been much of a fan" is as weak as "not much of a fan" ("not" weakened it)
            frame.confidence *= 0.75
        i, w = i + 2, words[i + 2]  # "I'm not much of a fan of jazz": a weak denial of liking jazz
    if w in _FEAR_ADJECTIVES and words[i - 1] == "too" and i + 2 < n and words[i + 1] == "to":
        activity = _verb_phrase(words, i + 2 + (words[i + 2] == "ever"))  # "too scared to ever get on a plane"
        return _claims(_finish(frame, "be afraid of", activity, activity=True)) if activity else []
    if w in ("going", "gonna", "about", "trying", "planning", "hoping", "thinking", "looking", "supposed",
             "kidding", "joking", "sure", "glad", "sorry", "like"):
        return []
    if w.endswith("ing") and len(w) > 4 and w not in _NOT_GERUNDS:  # "I am knitting a scarf"
        return _verb(words, i, frame, progressive=True)
    kind_of_doing = _kind_of_doing(words, i) if words[i - 1] in ("am", "are") or \
        (words[i - 1] == "not" and words[i - 2:i - 1] in (["am"], ["are"])) else None
    if kind_of_doing:  # "every Sunday I'm sea fishing", "I'm horse riding on Saturdays": as "I go sea fishing"
        return _claims(_finish(frame, *kind_of_doing))
    if w == "from":
        phrase = _noun_phrase(words, i + 1)
        return _claims(_finish(frame, "be from", phrase.text)) if phrase.text else []
    if w == "into":
        return [c for p in _noun_phrases(words, i + 1) if p.text and not (p.specific and frame.polarity == "deny")
                for c in _claims(_finish(frame, LIKE, p.text, activity=p.activity))]
    if w in ("in", "on") and i + 1 < n and words[i + 1] not in ("the", "our", "your", "his", "her", "town", "here",
                                                            "there", "it", "that", "this", "time", "charge") and \
            not (w == "in" and words[i + 1] == "my"):
        return [c for p in _noun_phrases(words, i + 1) if p.text
                for c in _claims(_finish(frame, f"be {w}", p.text, confidence=0.9))]
    if w in ("in", "on") and i + 1 < n and words[i + 1] == "the":  # "I am on the swim team", "in the army"
        phrase = _noun_phrase(words, i + 1)
        if phrase.text.rsplit(" ", 1)[-1] in ("team", "army", "navy", "force", "band", "choir", "club", "board",
                                               "committee", "military", "league", "orchestra", "marine", "guard", "grade",
                                               "reserve", "police", "church", "union", "scout"):
            return _claims(_finish(frame, f"be {w}", phrase.text))
        return []
    if w in ("a", "an", "the", "one"):  # "I am a nurse", "I am a big fan of jazz"
        doing_at = _doing_after_person(words, i)
        if doing_at is not None:  # "I'm a student studying psychology": a student, who studies psychology
            if frame.polarity == "deny":
                return []  # "I'm not a student studying law" may be a student of something else
            return _copula(words[:doing_at], i, frame, past=past) + \
                _verb(words, doing_at, frame.copy(), progressive=True)
        if i + 2 < n and words[i + 1] in _INTENSIFIERS and words[i + 2] in _SKILLED:
            words = words[:i + 1] + words[i + 2:]  # "a really good cook"
            n = len(words)
        phrase = _noun_phrase(words, i)
        if not phrase.text or _ASPIRING & set(words[i:phrase.end - 1]) or words[phrase.end:phrase.end + 2] == ["in", "training"]:
            return []  # "a nurse in training", "an aspiring actor": not yet
        if (phrase.text.endswith("fan") and phrase.end < n and words[phrase.end] == "of") or \
                (phrase.text.endswith("sucker") and words[phrase.end:phrase.end + 1] == ["for"] and
                 words[phrase.end + 1:phrase.end + 2][0:1] not in (["punishment"], ["flattery"], ["clickbait"],
                                                                   ["gimmicks"], ["marketing"], ["scams"])):  # "a sucker for X"
            return [c for p in _noun_phrases(words, phrase.end + 1) if p.text and not (p.specific and frame.polarity == "deny")
                    for c in _claims(_finish(frame, LIKE, p.text, activity=p.activity))]
        claims = _claims(_finish(frame, "be", phrase.text, confidence=0.95))
        if frame.polarity == "deny" and phrase.end + 1 < n and words[phrase.end] in ("or", "nor"):
            other = _noun_phrase(words, phrase.end + 1)  # "I was never a prefect or head girl": neither
            claims.extend(_claims(_finish(frame, "be", other.text, confidence=0.9)) if other.text else [])
        if frame.agents and phrase.text.endswith(" speaker"):  # "I'm a native Italian speaker": I speak Italian
            language = " ".join(w for w in phrase.text.split()[:-1] if w not in ("native", "fluent", "first"))
            claims.extend(_claims(_finish(frame, "speak", language, confidence=0.9)) if language else [])
        doer = _agent_verb(phrase.text) if frame.agents else None
        if doer:  # "I'm not a hiker": I don't hike
            claims.extend(_claims(_finish(frame, doer, "", confidence=0.85)))
        skill, _, noun = phrase.text.partition(" ")
        if not noun and i + 2 < n and words[i + 1] in _SKILLED | _UNSKILLED and words[i + 2] == phrase.text:
            skill, noun = words[i + 1], phrase.text  # "a fantastic cook", the praise left out of the phrase
        able = (_agent_verb(noun) or ("cook" if noun == "cook" else None)) if skill in _SKILLED | _UNSKILLED else None
        skills = _skill_names(noun, able) if skill in _SKILLED | _UNSKILLED and (
            phrase.end >= n or words[phrase.end] not in _NOT_AFTER_PRAISE) else ()  # not "a great guitarist on Guitar Hero",
        # "in my dreams", "according to my five-year-old", "on a bad day", "for someone who started at fifty"
        if skills and frame.agents and frame.polarity == "affirm":
            good = skill not in _UNSKILLED  # "I'm a good cook": I can cook; "a rubbish cook" still cooks, badly
            if good and able:
                claims.extend(_claims(_finish(frame.copy(ability=True), able, "", confidence=0.8)))
            claims.extend(c for thing in skills
                          for c in _claims(_finish(frame.copy(polarity="affirm" if good else "deny"), "be good at", thing,
                                                   activity=True, confidence=0.8)))
        if noun == "person" and skill and frame.agents:  # "I'm not a camping person": I don't like camping
            liked = _verb_phrase([skill], 0) if skill.endswith("ing") else skill
            claims.extend(_claims(_finish(frame, LIKE, liked, activity=skill.endswith("ing"), confidence=0.8)))
        return claims
    adjective = w
    j = i + 1
    if words[j:j + 3] == ["at", "the", "moment"] or words[j:j + 2] in (["at", "present"], ["right", "now"]):
        j += 3 if words[j + 1] == "the" else 2  # "I'm unemployed at the moment and sending out applications": a time
    preposition = words[j] if j < n and words[j] in ("of", "to", "at", "in", "with", "about", "on", "for", "by") else None
    if preposition == "in" and adjective in ("deaf", "blind"):  # "deaf in both ears"; "blind in one eye" is not blind
        return _claims(_finish(frame, "be", adjective)) if j + 1 < n and words[j + 1] in ("both", "each") else []
    if preposition and adjective not in ("married", "engaged") and (adjective not in _TRANSIENT
                                                                     or adjective in _FEAR_ADJECTIVES
                                                                     or adjective in _LASTING_WITH_PREPOSITION):
        out = []
        phrases = _noun_phrases(words, j + 1)
        if not any(p.text and _finish(frame, f"be {adjective} {preposition}", p.text) for p in phrases) and \
                adjective not in _TRANSIENT:  # "I have been sober for years", "I'm single at the moment"
            return _claims(_finish(frame, "be", adjective))
        for p in phrases:
            if not p.text:
                continue
            out.extend(_claims(_finish(frame, f"be {adjective} {preposition}", p.text, activity=p.activity)))
            if p.activity and preposition == "at" and adjective in _SKILLED and frame.polarity == "affirm":
                verb, _, rest = p.text.partition(" ")  # "I'm good at drawing": I can draw
                out.extend(_claims(_finish(frame.copy(ability=True), verb, rest, confidence=0.9)))
        if out and adjective in UNDERGONE and frame.polarity == "affirm" and not (
                preposition == "by" and {p.text for p in phrases} & FIGURATIVE_AGENTS):  # "I was mugged in Rome":
            out.extend(_claims(_finish(frame, "be", adjective)))  # I have been mugged (not "robbed by the referee")
        return out
    if adjective in _TRANSIENT or adjective in _OBJECT_STOP or adjective in _STOP_OBJECTS or \
            (parse_number(adjective) is not None and adjective not in _NUMBER_NOUNS) or \
            (not adjective.isalpha() and "-" not in adjective):
        return []
    if j < n and words[j] not in _OBJECT_STOP and words[j] not in _ADVERBS and words[j] != "and" and \
            parse_number(words[j]) is None:  # "sober eleven years now" is sober
        return _claims(_finish(frame, "be", singular(f"{adjective} {words[j]}"), confidence=0.85))
    if adjective == "adopted" and frame.polarity == "affirm" and frame.time in ("past", "remote") and \
            not (j < n and words[j] == "into"):  # (not "adopted into the family business")
        frame = frame.copy(time="ever", never=True)  # "I was adopted as a baby": adopted for life
    return _claims(_finish(frame, "be", adjective))


_PERSON_NOUNS = _set("""student mom mum dad mother father parent guy man woman girl boy person retiree wife husband
grandma grandmother grandpa grandfather grandparent veteran kid teen teenager lady gal dude senior pensioner freshman
sophomore undergrad volunteer homemaker housewife househusband widow widower newlywed""")


def _doing_after_person(words: list[str], i: int) -> int | None:
    """The index of a gerund that opens a clause of its own after a person named at `i` ("a student studying
    psychology", "a nurse working nights", "a mom raising three kids"); None when there is none."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    n = len(words)
    for g in range(i + 2, min(i + 5, n)):
        word = words[g]
        if _ends_phrase(words[g - 1]) or _ends_phrase(word):
            return None
        if word.endswith("ing") and len(word) > 4 and word not in _NOT_GERUNDS:
            # a person, not a job ("a nanny raising three kids" raises someone else's), and a doing, not a light
            # verb ("a girl having a bad day") nor a compound noun ("a student teaching assistant")
            person = singular(words[g - 1]) in _PERSON_NOUNS
            light = word in _LIGHT_GERUNDS
            compound = g + 1 < n and not knowledge_loading() and \
                bool(default_knowledge().ancestors(f"{word} {singular(words[g + 1])}"))
            return g if person and not light and not compound and g + 1 < n and \
                not _compound_ends(words, i + 1, g) else None
    return None


_LIGHT_GERUNDS = _set("having taking getting being doing making going giving keeping")


# --- have ---------------------------------------------------------------------------------------------
def _have(words: list[str], i: int, frame: _Frame) -> list[OpenClaim]:
    """"have" as possession, perfect ("I have never been to Paris") or obligation ("I have to")."""
    n = len(words)
    had = words[i] == "had"
    j = _negations(words, i + 1, frame)
    if j < n and words[j] == "ever":
        frame.never = frame.never or frame.polarity == "deny"
        j += 1
    if j >= n or words[j] == "to":
        return []
    nxt = words[j]
    if nxt == "got" and j + 1 < n and words[j + 1] in ("married", "divorced", "engaged") and frame.polarity == "deny":
        frame.time = "past" if had else "ever"  # "I have never got married": a perfect, not "have" married
        return _claims(_finish(frame, "get", words[j + 1]))
    if nxt == "got":
        return _possession(words, j + 1, frame)
    if words[j:j + 4] in (["no", "idea", "how", "to"], ["no", "clue", "how", "to"]) and frame.polarity == "affirm":
        activity = _verb_phrase(words, j + 4)  # "I have no idea how to code": I can't code
        verb, _, rest = activity.partition(" ")
        return _claims(_finish(frame.copy(ability=True, polarity="deny"), verb, rest)) if verb else []
    if nxt == "had":  # "I haven't had a job in two years": not now; "I've had a dog": at some time
        frame.time = "present" if "in" in words[j + 1:] or "for" in words[j + 1:] or "since" in words else "ever"
        return _possession(words, j + 1, frame)
    if nxt == "been":  # "I have been a nurse", "I have been to Rome", "I have been knitting"
        k = j + 1
        if k + 1 < n and words[k] == "back" and words[k + 1] == "to":
            k += 1  # "I haven't been back to Nigeria since I left"
        if k < n and words[k] == "to":
            frame.time = "past" if had else "ever"
            return [c for p in _noun_phrases(words, k + 1) if p.text for c in _claims(_finish(frame, "go to", p.text))]
        if frame.never or _AT_SOME_TIME & set(words[k:]):
            frame.time = "ever"  # "I've been married before", "I've been vegan twice": at some time, not now
        if k < n and words[k].endswith("ing") and words[k] not in _NOT_GERUNDS:
            return _verb(words, k, frame, progressive=True)
        return _copula(words, k, frame, past=False)
    if nxt in _FOOD_PARTICIPLES and j + 1 < n and not _ends_phrase(words[j + 1]) and \
            words[j + 1] not in ("anything", "a", "an", "my", "our", "some", "for", "with", "in", "at", "before", "since") and \
            words[j - 1] not in ("never", "not", "ever", "just", "already", "recently", "finally"):  # "I have never baked
        # bread": a perfect, not "baked bread" had
        return _possession(words, j, frame)  # "I have scrambled eggs most mornings"
    if is_participle(nxt):
        lasting = ("since" in words or _FOR_A_WHILE.search(" ".join(words[j:])) is not None) and not frame.never
        frame.time = "past" if had else ("present" if lasting else "ever")  # "I've played cello for ten years"
        return _verb(words, j, frame, participle=True)
    if had:
        frame.time = "past"
    return _possession(words, j, frame)


def _possession(words: list[str], i: int, frame: _Frame) -> list[OpenClaim]:
    out = []
    phrases = _noun_phrases(words, i)
    frame = _only_of_the_whole(frame, phrases)
    for phrase in phrases:
        if not phrase.text or phrase.activity or (phrase.specific and (frame.polarity == "deny" or phrase.negated)):
            continue
        polarity_frame = frame.copy(polarity="deny") if phrase.negated else frame
        quantity = None if phrase.negated else phrase.quantity
        out.extend(_claims(_finish(polarity_frame, "have", phrase.text, quantity=quantity)))
    return out


# --- other verbs ----------------------------------------------------------------------------------------
_LIKES = frozenset(verb_stem(w) for w in "love like enjoy adore prefer".split())
_HATES = frozenset(verb_stem(w) for w in "hate dislike detest loathe".split())
_STARTS = frozenset(verb_stem(w) for w in "start began begin".split())
_TAKES_ACTIVITY = _LIKES | _HATES | frozenset(verb_stem(w) for w in "practice practise try miss avoid love hate".split())
_STOPS = frozenset(verb_stem(w) for w in "quit stop".split())
_CUT_OUT = frozenset(verb_stem(w) for w in "cut gave give".split())


# words before a gerund that say how or when, not what kind of doing ("I'm just kidding", "I'm still working")
_NOT_KINDS = _set("""just still really only also always even now currently busy out off so too not never ever already
actually literally probably definitely usually often sometimes finally constantly forever all here there back away
done through over sick tired bad good great happy glad caught poor rich first last""")


def _kind_of_doing(words: list[str], i: int) -> tuple[str, str] | None:
    """A doing named with its kind after "am" ("sea fishing", "horse riding", "wild swimming"): the verb, and the
    kind as its object, as "I go sea fishing" reads; None unless one or two plain words come before the gerund."""
    for width in (2, 3):
        last = i + width - 1
        if last >= len(words) or not words[last].endswith("ing") or len(words[last]) <= 4 or \
                words[last] in _NOT_GERUNDS or words[last] in ("going", "kidding", "joking", "trying", "thinking"):
            continue
        kinds = words[i:last]
        if all(k.isalpha() and not k.endswith(("ly", "ing", "ed")) and k not in _NOT_KINDS and k not in _OBJECT_STOP and
               k not in _DETERMINERS and k not in _INTENSIFIERS and k not in _DEGREE for k in kinds):
            return verb_stem(words[last]), " ".join(kinds)
    return None


def _before_giving_up(frame: _Frame, predicate: str, obj: str) -> list[OpenClaim | None]:
    """What quitting says of the time before it: "I gave up drinking" / "I quit smoking" say I drank, I smoked
    (at some past time), which "I've never smoked" denies; nothing when quitting is only possible ("I can quit")."""
    from .knowledge import knowledge_loading  # noqa: PLC0415  (knowledge imports this module)

    if frame.ability or knowledge_loading():  # a knowledge line "I gave up meat => ..." speaks of the change alone
        return []
    return [_finish(frame.copy(change=False, time="past", polarity="affirm", never=False), predicate, obj)]


def _verb(words: list[str], i: int, frame: _Frame, *, progressive: bool = False,
          participle: bool = False) -> list[OpenClaim]:
    """A main verb with its particle and object."""
    n = len(words)
    surface = words[i]
    if not progressive and not participle and is_past_form(surface):
        if frame.never:
            frame.time = "ever"  # "I never swam" is about any time
        elif frame.time == "present":
            frame.time = "past"
    stem = verb_stem(surface)
    if frame.polarity == "deny" and not frame.never and _MANNER & set(words[i + 1:]):
        return []  # "I don't sing very well", "I don't go out much": how, not whether
    j = i + 1
    while j < n and words[j] in _ADVERBS:
        j += 1
    nxt = words[j] if j < n else ""
    if stem in _LIKES and nxt == "to":  # "I love to bake": a liking of an activity
        activity = _verb_phrase(words, j + 1)
        return _claims(_finish(frame, stem, activity, activity=True)) if activity else []
    if stem in _HATES and nxt == "to":
        return []
    if stem == "want" and nxt == "to":
        return []
    if stem == "learn" and nxt == "to" and progressive:  # "I'm learning to drive": not yet able
        activity = _verb_phrase(words, j + 1)
        return _claims(_finish(frame, "learn", activity, activity=True)) if activity else []
    if stem in ("learn", "know") and nxt == "how" and (j + 1 >= n or words[j + 1] != "to"):
        return []  # "I don't even know how the pieces move"
    if stem in ("know", "realis", "realiz", "hear", "heard", "understand", "forgot", "forget", "remember") and \
            nxt not in ("to", "how") and any(w in _THAT_VERBS for w in words[j + 1:j + 4]):
        return []  # "I know chess is hard to master": what is known of chess, not knowing it
    if stem in ("learn", "know") and nxt in ("to", "how") and not progressive:
        k = j + 2 if nxt == "how" and j + 1 < n and words[j + 1] == "to" else j + 1
        activity = _verb_phrase(words, k)
        if not activity:
            return []
        verb, _, rest = activity.partition(" ")
        able = frame.copy(ability=True, time="present" if frame.time in ("present", "past", "ever") else frame.time)
        return _claims(_finish(able, verb, rest))
    if stem == "go":  # "I go hiking", "I go rock climbing", "I went vegan"
        for width in (1, 2, 3):
            last = j + width - 1
            if last < n and words[last].endswith("ing") and words[last] not in _NOT_GERUNDS and \
                    not any(w in _OBJECT_STOP or w in _DETERMINERS for w in words[j:last]):
                return _claims(_finish(frame, verb_stem(words[last]), " ".join(words[j:last])))
        if nxt in _DIET_STATES:
            return _claims(_finish(frame.copy(change=True, time="present"), "be", nxt))
    if (stem in _STARTS or stem in _STOPS) and not nxt.endswith("ing") and nxt not in ("my", "a", "the", "our"):
        return []
    if (stem in _STARTS or stem in _STOPS) and frame.polarity == "affirm" and nxt.endswith("ing"):
        activity = _verb_phrase(words, j)  # "I quit smoking", "I started running"
        verb, _, rest = activity.partition(" ")
        changed = frame.copy(change=True, time="present", polarity="deny" if stem in _STOPS else "affirm")
        if stem in _STOPS and verb:
            return _claims(_finish(changed, verb, rest), *_before_giving_up(frame, verb, rest))
        return _claims(_finish(changed, verb, rest)) if verb else []
    if (stem in _STOPS or stem in _STARTS) and nxt in ("my", "a", "the", "our") and frame.polarity == "affirm":
        phrase = _noun_phrase(words, j)  # "I quit my job", "I started a new job"
        changed = frame.copy(change=True, time="present", polarity="deny" if stem in _STOPS else "affirm")
        return _claims(_finish(changed, "have", phrase.text)) if phrase.text and not phrase.activity else []
    if stem == "cut" and nxt in ("out", "back") and j + 1 < n and frame.polarity == "affirm":
        phrase = _noun_phrase(words, j + 2 if j + 1 < n and words[j + 1] == "on" else j + 1)
        if phrase.text and not phrase.activity and nxt == "out":  # "I've cut out caffeine": no longer have it
            return _claims(_finish(frame.copy(change=True, time="present", polarity="deny"), HAVE, phrase.text))
        return []
    if nxt in ("myself", "ourselves") and _reflexive_activity(stem):
        j += 1  # "I drove myself up to Leeds": I drove
        nxt = words[j] if j < n else ""
    elif nxt in ("myself", "ourselves"):
        if stem != "teach":
            return []  # "I made it myself" says how, "I hurt myself" nothing lasting
        stem, j = "learn", j + 1  # "I teach myself languages": I learn them
        nxt = words[j] if j < n else ""
    words, n = _without_emphatic_self(words, j), len(_without_emphatic_self(words, j))
    if stem == "work" and nxt == "as" and frame.polarity == "affirm":  # "I work as an ICU nurse": a nurse
        phrase = _noun_phrase(words, j + 1, activity=False)
        # (whether it is the only job is the slot grammar's to say: it sees the whole sentence)
        return _claims(_finish(frame, "be", phrase.text), _finish(frame, stem, "")) if phrase.text else []
    if stem in ("took", "tak", "gav", "giv") and nxt == "up" and frame.polarity == "affirm":
        phrase = _noun_phrase(words, j + 1)  # "I took up yoga", "I gave up meat"
        if not phrase.text:
            return []
        changed = frame.copy(change=True, time="present", polarity="affirm" if stem in ("took", "tak") else "deny")
        if phrase.activity:
            verb, _, rest = phrase.text.partition(" ")
            before = _before_giving_up(frame, verb, rest) if stem in ("gav", "giv") else []
            return _claims(_finish(changed, verb, rest), *before)
        before = _before_giving_up(frame, HAVE, phrase.text) if stem in ("gav", "giv") else []
        return _claims(_finish(changed, "do" if stem in ("took", "tak") else HAVE, phrase.text), *before)
    if stem == "get" and nxt in ("married", "divorced", "engaged", "separated", "pregnant", "sober", "fired", "hired",
                                 "promoted", "retired", "baptized", "baptised", "drunk", "high", "sick"):
        if nxt == "promoted" and _PROMOTED_IN_PLAY.match(" ".join(words[j + 1:j + 8])):
            return []  # "promoted to captain of the football team", "promoted to brown belt": no job
        episode = nxt in ("drunk", "high", "sick")  # "I got drunk at my cousin's wedding": an evening, no change of state
        got = _claims(_finish(frame.copy(change=frame.time != "present" and not episode), "get", nxt))
        if nxt == "promoted" and j + 2 < n and words[j + 1] == "to" and frame.polarity == "affirm":
            role = _noun_phrase(words, j + 2, activity=False)  # "I got promoted to store manager last month": one now
            got += _claims(_finish(frame.copy(time="present", change=True, confidence=0.85), "be", role.text)) \
                if role.text else []
        return got
    predicate = stem
    approximate = j + 1 < n and nxt in _APPROXIMATELY and (parse_number(words[j + 1]) is not None or
                                                           words[j + 1] in ("a", "an", "half"))
    if nxt in _PARTICLES and nxt not in _LOCATIVE and j + 1 < n and words[j + 1] == "of":
        return _particle_of(words, j, frame, stem)
    if nxt in _PARTICLES and not approximate:  # "I smoke about half a pack a day": no particle
        if nxt in _LOCATIVE and stem not in ("listen", "belong", "look", "car", "depend", "believ", "liv", "work"):
            claims: list[OpenClaim] = []
            for phrase in _noun_phrases(words, j + 1):
                if phrase.text:  # "I swam across the lake" is also "I swim": the knowledge base's closure
                    claims.extend(_claims(_finish(frame, f"{stem} {nxt}", phrase.text, quantity=phrase.quantity)))
            if not claims and stem not in _NEEDS_OBJECT:
                claims.extend(_claims(_finish(frame, stem, "")))
            return claims
        if nxt not in _LOCATIVE and j + 1 < n and words[j + 1] in _LOCATIVE and words[j + 1] != nxt:
            predicate = f"{stem} {nxt} {words[j + 1]}"  # "I grew up in a small town"
            j += 2
            phrases = _noun_phrases(words, j)
            return [c for p in phrases if p.text for c in _claims(_finish(frame, predicate, p.text))]
        if nxt == "to" and stem not in ("listen", "belong", "go", "travel", "mov", "commut", "walk", "driv", "fly",
                                        "rid", "run", "relat", "stick", "switch", "convert", "volunteer", "lectur",
                                        "donat", "pray", "subscrib"):
            nxt = ""
        else:
            predicate = f"{stem} {nxt}"
            j += 1
    phrases = _noun_phrases(words, j, activity=stem in _TAKES_ACTIVITY)
    bare = stem not in _NEEDS_OBJECT and stem not in _STOP_PREDICATES
    if not phrases[0].text:
        if _pronoun_at(words, j) or _pronoun_at(words, i + 1):
            return []  # "I've never read one before", "I haven't read all of them": of something said before
        phrasal_alone = " " in predicate and predicate.split(" ", 1)[1] in _PHRASAL_ALONE
        if " " in predicate and not phrasal_alone:  # "I meditate for twenty minutes": I meditate
            return _claims(_finish(frame, stem, "")) if bare else []
        if j < n and not _ends_phrase(words[j]) and words[j] not in _A_LOT and not _frequency_at(words, j):
            return []
        return [] if predicate in _NEEDS_OBJECT else _claims(_finish(frame, predicate, ""))
    out = []
    frame = _only_of_the_whole(frame, phrases)
    for phrase in phrases:
        if not phrase.text or (phrase.specific and (frame.polarity == "deny" or phrase.negated)):
            continue  # "I've never played that game" says nothing of games
        phrase_frame = frame.copy(polarity="deny") if phrase.negated else frame
        out.extend(_claims(_finish(phrase_frame, predicate, phrase.text, quantity=phrase.quantity,
                                   activity=phrase.activity)))
    if not out and bare and (" " in predicate or phrases[0].text.rsplit(" ", 1)[-1] in _MEASURES) and \
            not (i + 1 < n and words[i + 1] in _PRONOUN_WORDS):
        out.extend(_claims(_finish(frame, stem, "")))  # "I walk five miles a day": I walk
    return out


def _only_of_the_whole(frame: _Frame, phrases: list[_Phrase]) -> _Frame:
    """"I only speak English and Spanish": "only" bounds the whole list, so no one item of it is said to be the
    only one (else Spanish would contradict "only English")."""
    return frame.copy(exclusive=False) if frame.exclusive and sum(1 for p in phrases if p.text) > 1 else frame


def _pronoun_at(words: list[str], j: int) -> bool:
    """Is a pronoun ("one", "all of them") at `j`, not a determiner of a noun ("most mornings", "some days")?"""
    if j >= len(words) or words[j] not in _PRONOUN_WORDS:
        return False
    return j + 1 >= len(words) or words[j + 1] == "of" or _ends_phrase(words[j + 1])


def _did_a_thing(words: list[str], i: int, frame: _Frame) -> list[OpenClaim]:
    """"I did a PhD", "I did my residency in Boston", "I never did a master's": doing the thing (not "did" as an
    auxiliary before a verb)."""
    return _verb(["do", *words[i:]], 0, frame)


def _particle_of(words: list[str], j: int, frame: _Frame, stem: str) -> list[OpenClaim]:
    """A particle verb with "of" and its object: "I dropped out of high school" is about high school, not any
    dropping out."""
    predicate = f"{stem} {words[j]} of"
    return [c for p in _noun_phrases(words, j + 2) if p.text for c in _claims(_finish(frame, predicate, p.text))]


def _verb_phrase(words: list[str], i: int) -> str:
    """A verb phrase as an activity object: "bake bread" -> "bak bread", "hiking" -> "hik"."""
    if i >= len(words) or words[i] in _OBJECT_STOP:
        return ""
    if i + 2 < len(words) and words[i + 1] in _ACTIVITY_PARTICLES:  # "to listen to rock music"
        inner = _noun_phrase(words, i + 2, activity=False)
        if inner.text:
            return f"{verb_stem(words[i])} {words[i + 1]} {inner.text}"
    phrase = _noun_phrase(words, i + 1)
    return f"{verb_stem(words[i])} {phrase.text}".strip()


# --- possessions --------------------------------------------------------------------------------------
_LIKENED = ("basically ", "like ", "practically ", "almost ", "kind of ", "sort of ", "as good as ", "more like ",
            "just like ", "literally ")
_ALL_N_OF = re.compile(r"\b(?:all|both) ([a-z0-9]+) of $")
_MY = re.compile(r"\b(?P<who>my|our) (?=(?P<after>(?:[a-z0-9-]+ ?){1,4}))")  # each "my", even within another's words


_WORK_NOUNS = _set("boss bosses manager managers job coworker coworkers colleague colleagues office team employer "
                   "supervisor shift shifts desk")
_FORMER_JOB = re.compile(r"\b(?:my|our) (?:old|last|previous|former|first) (?:job|work|workplace|office|company|employer)\b")


def _not_had_now(after: str, sentence: str) -> str:
    """What follows "my" with the things no longer had taken out: "my old boss", "my boss at my old job" (a former
    job), "my pet peeve"."""
    words = after.split()
    if words and words[0] in ("old", "last", "previous", "former") and len(words) > 1 and words[1] in _WORK_NOUNS:
        return ""
    if words and words[0] in _WORK_NOUNS and _FORMER_JOB.search(sentence):
        return ""
    return _not_a_pet(after)


def _not_a_pet(after: str) -> str:
    """"my pet peeve", "my pet project": no pet."""
    words = after.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] == "pet" and words[1] in _NOT_PETS else after


def _count_before(text: str) -> int | None:
    """The count said before "my": "both my cats", "both of my kids" (2), "all three of my sisters" (3)."""
    if text.endswith(("both ", "both of ")):
        return 2
    m = _ALL_N_OF.search(text)
    return parse_number(m.group(1)) if m else None


_LOST_WITHOUT = re.compile(r"\blost without\b")
_PEOPLE = _set("friend neighbour neighbor sister brother cousin mum mom dad mother father parent boss colleague "
               "aunt uncle son daughter wife husband partner boyfriend girlfriend grandma grandpa nan gran niece nephew "
               "roommate flatmate housemate coworker teacher")
_BLOOD_KIN = _set("brother brothers sister sisters sibling siblings mum mom mother dad father parent parents son sons "
            "daughter daughters child children kid kids cousin cousins aunt uncle grandma grandpa nan gran twin")
_USED_TO_DO = re.compile(r"\bused to (?!have|own|keep|be|live|had)\w+")  # "me and my brothers used to fight": still brothers
_MISSED = re.compile(r"\bmiss(?:ed)?\b")  # "I miss my dog": maybe gone; "my sister lives in Perth, I miss her": had
_CLAUSE_EDGE = re.compile(r"[,;:()]| - |\b(?:but|so|because|cause|cos|though|although|while|whereas)\b")


def _clause_around(sentence: str, at: int) -> str:
    """The stretch of `sentence` between the clause boundaries around position `at` (commas, "but", "so"...)."""
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, at)), default=0)
    end = next((m.start() for m in _CLAUSE_EDGE.finditer(sentence, at)), len(sentence))
    return sentence[start:end]


def _possessions(sentence: str) -> list[OpenClaim]:
    """"my wife", "our two dogs": things the speaker has, wherever the sentence names them. Only nouns
    the knowledge base calls possessable count (family, pets, vehicles, homes...), and not in sentences
    about losing them, nor when called late, ex or former."""
    loss = _LOSS.search(_USED_TO_DO.sub(" ", _LOST_WITHOUT.sub(" ", _DEVICE_DIED.sub(" ", sentence) if "died" in sentence
                                                               else sentence)))
    if "my " not in sentence and "our " not in sentence:
        return []
    if loss and loss.group(1) == "used to":  # "my childhood dog used to sleep on my bed": had once, said as such
        return [c for c in _possessions(_USED_TO.sub(" ", sentence)) if c.time == "past"]
    if loss and loss.group(1) not in ("miss", "missed"):
        return []  # "I lost my dog", "we had to sell our car": not had now
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    knowledge = default_knowledge()
    possessable = knowledge.possessable
    out = []
    for m in _MY.finditer(sentence):
        if sentence[:m.start()].endswith(_LIKENED):
            continue  # "my cousin is basically my sister"
        clause = _clause_around(sentence, m.start())
        if _CONDITIONAL.search(clause) or _REMOTE.search(clause) or _FUTURE.search(_WILL_NOT.sub(" ", clause)) or \
                _MISSED.search(clause):
            continue  # "my baby will be born in May"; but "My pets are my world, I'd be lost without them" has pets
        quantity = _count_before(sentence[:m.start()])
        if re.match(r"(?:last|previous|former|old) (?:job|boss|workplace)\b", m.group("after")):
            out.append(OpenClaim(predicate="have", object="job", time="past", confidence=0.75))  # "at my last job"
        after = [w[:-2] if w.endswith("'s") else w for w in _not_had_now(m.group("after"), sentence).split()[:4]]
        theirs = _THEIRS.match(sentence, m.end("after"))
        for at, word in enumerate(after[:3]):
            if at == 0 and theirs and word in _MAY_BE_GONE:
                break  # "my grandma's recipe", "my dad's old watch": said of the dead too ("my mum's coming": is)
            if word in _NOT_POSSESSED or word.startswith("ex-") or word == "ex" or word in _ENDS_NOUN_PHRASE:
                before = singular(after[at + 1]) if word in _HAD_BEFORE and at + 1 < len(after) else ""
                if before in possessable or (before and knowledge.canonical_noun(before) in possessable):
                    out.append(OpenClaim(predicate="have", object=before, time="past", confidence=0.75,
                                         subject="i" if m.group("who") == "my" else "we"))  # "my last job", "my first car"
                break
            pair = " ".join(after[at:at + 2]) if at + 1 < len(after) else ""
            if pair and pair != word and singular(pair) in possessable:  # "our maine coon", "my guinea pig"
                out.append(OpenClaim(predicate="have", object=singular(pair), quantity=quantity,
                                     confidence=0.8 if m.group("who") == "my" else 0.7,
                                     subject="i" if m.group("who") == "my" else "we"))
                break
            number = parse_number(word)
            if number is not None and word not in ("a", "an"):
                quantity = number
                continue
            if word == "only" and quantity is None:
                quantity = 1  # "my only sister"
                continue
            noun = singular(word)
            if noun in _BOYS_GIRLS and quantity and not (at + 1 < len(after) and after[at + 1] in ("from", "at", "in")) \
                    and not re.search(r"\b(?:out with|drinks with|brunch with|night out)\b", sentence):  # sons, daughters
                out.append(OpenClaim(predicate="have", object=_BOYS_GIRLS[noun], quantity=quantity, confidence=0.75,
                                     subject="i" if m.group("who") == "my" else "we"))
                break
            if at + 1 < len(after) and word.endswith("s") and noun in _PEOPLE and \
                    singular(after[at + 1]) in possessable:
                break  # "my friends kid", typed without its apostrophe: the friend's
            if at + 1 < len(after) and after[at + 1].endswith("ing") and after[at + 1] not in ("wedding", "ring"):
                break  # "my horse riding lessons", "my piano playing": an activity, not a thing had
            if (noun in possessable or knowledge.canonical_noun(noun) in possessable) and \
                    "used to" in sentence and noun not in _BLOOD_KIN:
                break  # "back when my wife was alive we used to travel": a spouse, a pet, a car may be gone
            if noun in possessable or knowledge.canonical_noun(noun) in possessable:
                confidence = 0.8 if m.group("who") == "my" else 0.7
                out.append(OpenClaim(predicate="have", object=noun, quantity=quantity, confidence=confidence,
                                     subject="i" if m.group("who") == "my" else "we"))
                rest = after[at + 1:]
                if len(rest) >= 2 and rest[0] in ("and", "&") and (singular(rest[1]) in possessable or
                                                                  knowledge.canonical_noun(singular(rest[1])) in possessable):
                    out.append(OpenClaim(predicate="have", object=singular(rest[1]), confidence=confidence,
                                         subject="i" if m.group("who") == "my" else "we"))  # "my cats and dog"
                break
    return out


# a machine that "died" stopped working and is still had ("my macbook died mid-essay"); one that "will not start"
# is had now, not in the future
_DEVICE_DIED = re.compile(r"\b(?:(?:the )?battery (?:on|of|in) )?(?:my|our) (?!(?:old|previous|last|first|former) )(?:[a-z]+ )?"
                          r"(?:phone|laptop|macbook|computer|pc|battery|tablet|ipad|kindle|tv|telly|television|console|printer|headphones|earbuds|airpods|"
                          r"camera|fridge|freezer|router|washing machine|dishwasher|oven|boiler|hard drive|drill|watch|"
                          r"smartwatch|sander|mower|lawnmower|torch|remote|controller|e-bike|scooter)"
                          r" (?:just |finally |completely |totally )?died\b")
_WILL_NOT = re.compile(r"\bwill not (?!be born|arrive|come)")
_BOYS_GIRLS = {"boy": "son", "girl": "daughter"}  # counted after "my", children; "my boys" alone may be friends
# words before a thing had once, not now: "at my last job", "my first car", "my late husband"
_USED_TO = re.compile(r"\bused to\b")
_HAD_BEFORE = frozenset("last previous former first late childhood".split())
# elders whose things are named as theirs after they die ("my grandma's recipe")
_MAY_BE_GONE = frozenset("""mum mom mother dad father grandma grandmother grandpa grandfather nan nana nanna gran granny
grandad granddad grandparents parents mam""".split())
_THEIRS = re.compile(r"'s? (?![a-z]+ing\b|(?:been|got|gone|had|always|never|still|not|so|very|just|really|a|an|the)\b)[a-z]")


# --- verbless fragments -------------------------------------------------------------------------------
_NO_THING = re.compile(r"^no (?P<x>[a-z][a-z' -]*?)(?: (?:at all|whatsoever|of my own|to speak of|at home|here|"
                       r"in my life|anymore|any more))?$")
_COUNTED = re.compile(r"^(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a couple of|a few) "
                      r"(?:(?:big |small |large )?(?:cups?|mugs?|glass(?:es)?|bottles?|cans?|pints?|shots?|slices?|bowls?|"
                      r"plates?|pieces?|bars?|packs?|packets?|rounds?) of )?(?P<x>[a-z][a-z' -]*?)"
                      r"(?: (?P<when>at home|every (?:day|morning|night|evening|week|weekend)|a day|a night|a week|"
                      r"before (?:lunch|work|breakfast|noon)|for breakfast|for lunch|with (?:dinner|lunch|breakfast)|"
                      r"(?:every|each) (?:morning|day|night) for (?:breakfast|lunch|dinner))(?: .*)?)?$")
_FRAGMENT_PIECE = re.compile(r"\s*,\s*|\s*[;:]\s*")
_FRAGMENT_LEAD = re.compile(r"^(?:(?:hey|hi|hello|well|oh|yeah|honestly|haha|ha|hmm|lol|tbh|ngl|so|and|but|nope|nah|"
                            r"funny you ask|good question|fair enough)[,!. ]+)+")
_FRAGMENT_START = re.compile(r"(?:^|[,;:] |[!. ] |\bi am (?:on|down to|up to) (?:about |around |like )?)"
                             r"(?:no|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a couple|a few) ")
_OTHER_PERSON = re.compile(r"\b(?:he|she|they|his|her|their|my (?:son|daughter|husband|wife|partner|mum|mom|dad|"
                           r"brother|sister|friend|neighbou?r|boss|kids?|children|parents))\b")


def _fragments(sentence: str) -> list[OpenClaim]:
    """Pieces of a sentence with no verb that still say something of the speaker: "No brothers or sisters",
    "No pets at all", "three cats at home", "two boiled eggs every morning", "Three coffees a day"."""
    if not _FRAGMENT_START.search(sentence):
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    knowledge = default_knowledge()
    out: list[OpenClaim] = []
    before = ""
    for piece in _FRAGMENT_PIECE.split(sentence.strip(" .!")):
        if _OTHER_PERSON.search(before):
            break  # "My sister? Two kids and a dog": about her
        before += f" {piece}"
        piece = _ON_A_DAY.sub("", _FRAGMENT_LEAD.sub("", piece).strip(" .!"))
        if none := _NO_THING.match(piece):
            for thing in re.split(r" or | and | nor ", none.group("x")):
                noun = knowledge.canonical_noun(singular(thing.strip()))
                if noun in knowledge.possessable:
                    out.append(OpenClaim(predicate="have", object=noun, polarity="deny", confidence=0.8))
                elif (verb := _consuming(noun)) and piece == sentence.strip(" .!"):  # "No fizzy drinks.", "No meat at
                    out.append(OpenClaim(predicate=verb, object=noun, polarity="deny", confidence=0.75))  # all." (not
                    # "Black coffee, no milk": an order)
            continue
        counted = _COUNTED.match(piece)
        if not counted:
            continue
        noun = knowledge.canonical_noun(singular(counted.group("x")))
        number = parse_number(counted.group("n"))
        if noun in knowledge.possessable and (counted.group("when") in (None, "at home")):
            out.append(OpenClaim(predicate="have", object=noun, quantity=number, confidence=0.75))
        elif counted.group("when") not in (None, "at home"):
            verb = _consuming(noun)
            if verb:
                out.append(OpenClaim(predicate=verb, object=noun, confidence=0.75))
    return out


_ON_A_DAY = re.compile(r"^i am (?:on|down to|up to) (?:about |around |like )?(?=(?:two|three|four|five|six|seven|eight|nine|ten|"
                       r"\d{1,2}|a couple of|a few) )")  # "I'm down to five cigs a day"
_CUP = (r"(?:a|my|the|one|two|three|\d) (?:big |nice |cold |hot |good |proper |small |large |strong |quick )?"
        r"(?:cups?|glass(?:es)?|mugs?|pints?|bottles?|cans?|slices?|bowls?|plates?|bits?|drops?|tots?|drams?|shots?|"
        r"pieces?|bars?|packs?|packets?) of ")
_END_OF_THING = r"(?= with | in | before | after | at | every | most | on | when | while | to |[,.!;]|$)"
_LIKE_A_CUP = re.compile(rf"\bi (?:do |really |absolutely )*(?:like|love|enjoy|adore|fancy|have) {_CUP}"
                         rf"(?P<x>[a-z][a-z' -]*?){_END_OF_THING}")
_NOT_WITHOUT = re.compile(r"\b(?:i )?can not (?:start (?:the|my) day|get through (?:the|my) day|function|survive|live|go a day|"
                          r"wake up|get going|face the day|think straight|do (?:anything|mornings)|sleep) without "
                          rf"(?:my |a |an |{_CUP})?(?P<y>[a-z][a-z' -]*?){_END_OF_THING}")
_WINE_COLOURS = {"red": "red wine", "white": "white wine", "rose": "rose wine", "bubbly": "champagne", "fizz": "prosecco"}


def _consuming(noun: str) -> str | None:
    """The verb of consuming `noun`, by its kind: drink a beverage, eat food, smoke tobacco; None otherwise."""
    from .knowledge import default_knowledge, knowledge_loading  # noqa: PLC0415  (loads on first use)

    if knowledge_loading():
        return None
    kinds = default_knowledge().ancestors(noun)
    return "drink" if "beverage" in kinds else "eat" if "food" in kinds else verb_stem("smoke") if "tobacco" in kinds else None


def _consumed(sentence: str) -> list[OpenClaim]:
    """What the speaker habitually eats, drinks or smokes, said as a liking for a cup of it or a need for it:
    "I do like a glass of red with dinner", "Can't start the day without two big mugs of coffee"."""
    if " of " not in sentence and "without" not in sentence:
        return []
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    out = []
    for m in [*_LIKE_A_CUP.finditer(sentence), *_NOT_WITHOUT.finditer(sentence)]:
        raw = (m.groupdict().get("x") or m.groupdict().get("y") or "").strip()
        thing = _WINE_COLOURS.get(raw, raw)
        if not thing or _CONDITIONAL.search(sentence[: m.start()]):
            continue
        noun = default_knowledge().canonical_noun(singular(thing))
        verb = _consuming(noun)
        if verb:
            out.append(OpenClaim(predicate=verb, object=noun, confidence=0.8))
    return out


# --- idioms said plainly ------------------------------------------------------------------------------
# Rewrites of a normalised sentence, each str -> str, applied in order before its clauses are read;
# rewrites.py adds its table when the package imports it, so this module imports none of them.
REWRITES: list[Callable[[str], str]] = []
TYPED_REWRITES: list[Callable[[str], str]] = []  # applied to the sentence as typed, before every reader


_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TIME_FIRST = re.compile(
    rf"^(?P<t>yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend|year|summer|spring|autumn|winter)|"
    rf"last (?:night|week|weekend|month|year|summer|spring|autumn|fall|winter|christmas|{_DAYS})|on {_DAYS}|"
    rf"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a few|a couple of|many|\d+) "
    rf"(?:days?|weeks?|months?|years?|decades?) ago|years ago|ages ago|a while ago|the other day|over the weekend|"
    rf"at the weekend|back in (?:\d{{4}}|the day)|in \d{{4}}|recently|lately)[,]? (?P<rest>(?:i|we) .+)$")


def _time_said_last(sentence: str) -> str:
    """"Last week I bought a car" as "I bought a car last week": the reader finds its subject first."""
    m = _TIME_FIRST.match(sentence)
    if not m:
        return sentence
    rest = m.group("rest").rstrip()
    end = len(rest.rstrip(".!;"))
    return f"{rest[:end]} {m.group('t')}{rest[end:]}"


_IN_YEARS = re.compile(r"\b(?:in|for) (?:the (?:last|past) )?(?:(?:a (?:few|couple of)|many|several|two|three|four|five|"
                       r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d+|donkey's) )?"
                       r"(?:years|ages|decades|months|yonks)\b|"
                       r"\b(?:in|for) (?:(?:about|over|nearly|almost|more than|well over) )?(?:a|one) (?:decade|lifetime)\b|"
                       r"\b(?:in|for) (?:a (?:long )?while|a long time|forever)\b")


def _not_in_years(claims: list[OpenClaim], clause: str) -> list[OpenClaim]:
    """"I haven't smoked in years": not for a long span up to now, which says nothing of long ago ("I smoked as a
    teenager"), unlike "I have never smoked"."""
    if not _IN_YEARS.search(clause):
        return claims
    return [replace(c, time="present", never=True)
            if c.polarity == "deny" and c.time in ("ever", "present") and not c.ability else c for c in claims]


_UNTIL = re.compile(r"\b(?:until|till|til|before)\b")
_IN_MY_LIFE = re.compile(r"\bin (?:all )?(?:my|our) (?:whole |entire )?li(?:fe|ves)\b")
_ALL_MY_LIFE = re.compile(r"\b(?:(?:my|our) (?:whole|entire) (?:life|lives|adult life)|all (?:my|our) (?:life|lives|adult life)|"
                         r"since (?:birth|i was born)|from birth|for as long as i can remember|since forever)\b")


def _whole_life(claims: list[OpenClaim], clause: str) -> list[OpenClaim]:
    """"I've been single my whole life": a state of all time up to now, which meets any past ("my ex-boyfriend")
    as "never" does."""
    if _ALL_MY_LIFE.search(clause):
        return _for_a_lifetime(claims)
    if " life" in clause and _IN_MY_LIFE.search(clause) and not _UNTIL.search(clause):  # "Never had a Big Mac in my
        # life": not ever, not only then (but "never had a job in my life till I was thirty" is then)
        return [replace(c, time="ever") if c.polarity == "deny" and c.never and c.time == "past" else c for c in claims]
    return claims


def _for_a_lifetime(claims: list[OpenClaim]) -> list[OpenClaim]:
    """The present states among `claims`, held all one's life up to now."""
    return [replace(c, time="ever", never=True) if c.polarity == "affirm" and c.time == "present" and not c.ability and
            (c.predicate == "be" or c.predicate.startswith("be ")) else c for c in claims]


# "I'm single and always have been": all one's life
_ALWAYS_BEEN = re.compile(r"\b(?:and|,) (?:i )?always (?:have|has) been\b(?! [a-z])")
_NEVER_EITHER = re.compile(r"\b(?:and|or|,) (?:i )?never (?:have|has|had|was|were)(?: been)?\b")


def _for_all_time(claims: list[OpenClaim]) -> list[OpenClaim]:
    """The denials of a sentence that adds "and never have been": of all time, not only of now."""
    return [replace(c, time="ever", never=True) if c.polarity == "deny" and c.time == "present" and not c.ability
            else c for c in claims]


# "I've got no interest in gardening", "I don't have any interest in golf": not interested in it
_NO_INTEREST = re.compile(r"\b(?P<s>i|we) (?:(?:have |had )?lost(?: all| any| my)?|(?:have |have got |got |had )?"
                          r"(?:no|zero|little)|(?:do not|did not|never) have (?:any|much)) (?:real )?interest (?:whatsoever "
                          r"|at all )?in\b")


def _no_interest(sentence: str) -> str:
    """"I've got no interest in gardening", "I lost interest in football" as "I am not interested in" it."""
    return _NO_INTEREST.sub(lambda m: f"{m.group('s')} am not interested in", sentence, count=1)


def _idioms_said_plainly(sentence: str) -> str:
    """Idioms of doing and not doing, and roundabout shapes, in the plain words the reader understands (the
    rewrites rewrites.py adds), then lost interest as not being interested."""
    for rewrite in REWRITES:
        sentence = rewrite(sentence)
    return _no_interest(sentence)


# --- for the readers other modules add (pastimes.py, habits.py, whereabouts.py) ---------------------------
LEAD_WORDS = _LEAD_WORDS  # "well", "haha", "oh man"...: words a statement may open with
LEAD = _LEAD  # those words at the start of a sentence, to cut
REMOTE_TIME = _REMOTE  # "as a kid", "years ago": a time long past
NOT_GERUNDS = _NOT_GERUNDS  # "morning", "wedding": words in -ing that name no activity
# "my yoga practice has really lapsed", "the book club fizzled out": a practice named, and said to be over
LAPSED = re.compile(r"\b(?:lapsed|slipped|fallen (?:off|away|by the wayside)|gone out (?:of )?the window|fizzled(?: out)?|"
                    r"died (?:a death|off|out)|petered out|(?:has|have) (?:stopped|ended)|over now|went out the window|"
                    r"taken a back seat)\b")
there_as_place = _there_as_place  # "i have been there" after a place named: "i have been to paris"
POSSESSIVES = _POSSESSIVES  # "my", "our", "his"...
PEOPLE = _PEOPLE  # "friend", "sister", "boss": people one may speak of
STOP_OBJECTS = _STOP_OBJECTS  # "it", "something", "fun": objects that say nothing
OBJECT_STOP = _OBJECT_STOP  # "with", "because", "ever": words that end an object
COMMON_WORDS = _OBJECT_STOP | _DETERMINERS | _ADVERBS | _MODALS | _PARTICLES  # "to", "the", "so": in any sentence
FIRST_PERSON = _SUBJECT  # a clause whose subject is "i" or "we" (after any lead words)
CLAUSE_SPLIT = _CLAUSE_SPLIT  # splits a sentence into clauses (every other piece) and the words joining them
CONDITIONAL = _CONDITIONAL  # "if", "would", "wish": a sentence that asserts nothing
FUTURE = _FUTURE  # "will", "going to be", "can not wait": a time to come
REPORTED = _REPORTED  # "said", a quote: someone else's words
TOKEN = _TOKEN  # a word or a punctuation mark of a normalised sentence


def clause_claims(clause: str, qualifier: str | None) -> list[OpenClaim]:
    """The claims of one first-person clause, dated by its time qualifier."""
    return _clause_claims(clause, qualifier)


def main_clauses(sentence: str) -> list[tuple[str, str | None]]:
    """The main clauses of a normalised sentence, each with its time qualifier."""
    return _clauses(sentence)


def possessions(sentence: str) -> list[OpenClaim]:
    """The things a sentence names with "my" or "our" that the speaker has."""
    return _possessions(sentence)


def is_language(word: str) -> bool:
    """Is `word` a language?"""
    return _is_language(word)


def noun_phrase(words: list[str]) -> str:
    """The noun phrase `words` start with, read as a thing (not an activity)."""
    return _noun_phrase(words, 0, activity=False).text


def affirmed(predicate: str, obj: str, confidence: float) -> list[OpenClaim]:
    """The present affirmation of `predicate` with `obj`, finished as a clause's claims are (or none)."""
    return _claims(_finish(_Frame(confidence=confidence), predicate, obj))


def time_of_sentence(sentence: str, default: Time) -> Time:
    """The time a clause of `sentence` refers to, given its time words and the clause's own tense."""
    return _time_of(_qualifier(sentence), default)


def agent_verb(noun: str) -> str | None:
    """The verb a one-word agent noun names ("hiker" -> "hik"), if it is one."""
    return _agent_verb(noun)

someone_else_next = _someone_else_next  # after "As a nurse, ...": does someone else start the clause?
