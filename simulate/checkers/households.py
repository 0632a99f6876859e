"""Home life said in passing: family, pets, things owned, partners, faith and moving house.

What the open-claim reader's clause grammar leaves out in everyday talk about home life: a parent named as
acting now ("Dad's driving over on Sunday", "Mum and Dad are still going strong": alive and had), parents
lost ("lost both my parents young"), kin reached through kin ("my daughter's little boy" is a grandchild, "my
brother's twins" are a niece or nephew), a household that is or is not one of pets ("we're not a dog
household", "no animals in the house"), a pet named as one of the household ("the budgie's learned to talk"),
things kept at home ("no telly in our house", "the new OLED we mounted in the lounge"), a phone used for what
only a smartphone does ("posted it on Instagram from my phone"), being single said as a fragment ("totally
single"), going to a place of worship said as a fragment ("church every Sunday") or by a role in it ("an
altar server at St Mary's"), never having set foot in one, living somewhere said as a liking ("love living in
Leeds") and moving house. Each becomes the claim the checker compares with what else was said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .normalize import parse_number
from .open_claims import CLAIM_EXTENDERS, HAVE, SENTENCE_READERS, OpenClaim, read_statement
from .words import singular

__all__ = ["moved_house", "read_household"]

_LEAD = r"^(?:(?:oh|well|yeah|yes|no|honestly|haha|ha|so|and|but|hmm|aw|aww|ah|anyway|good question|oh man)[,!.]? )*"
_NOT_SO = re.compile(r"\b(?:if|would|could|should|might|wish|hope|imagine|pretend|dream|dreamt|dreamed|"
                     r"used to|when i was|as a kid|growing up|back then|in my dreams|someday|one day)\b")
_KIN_WORD = r"(?:mum|mom|mam|mummy|mommy|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa)"
_ALIVE_KIN = {"mum": "mum", "mom": "mom", "mam": "mum", "mummy": "mum", "mommy": "mom", "dad": "dad", "daddy": "dad",
              "nan": "grandmother", "nana": "grandmother", "nanna": "grandmother", "gran": "grandmother",
              "granny": "grandmother", "grandma": "grandmother", "grandad": "grandfather", "granddad": "grandfather",
              "grandpa": "grandfather"}
# "Dad's driving over", "Mum and Dad are both still going strong", "Mum rings every Sunday": named as acting now
_KIN_NOW = re.compile(rf"{_LEAD}(?:my )?(?P<a>{_KIN_WORD})(?: and (?:my )?(?P<b>{_KIN_WORD})| and i| and me)?"
                      r"(?:'s| is| are| has| have)? (?:both |still |just |always )*"
                      r"(?P<v>[a-z]+ing|alive|here|over|coming|popping|on (?:the phone|facetime)|[a-z]+s)\b")
_NOT_NOW_VERBS = frozenset("was were had died passed dying always always never never used rest lies".split())
_GONE = re.compile(r"\b(?:died|passed|passing|dead|death|funeral|grave|late|lost|gone|miss|missed|memory|ashes|buried|"
                   r"cremated|heaven|urn|headstone|cemetery|memorial|rip|rest in peace|"
                   r"would have|would've|never knew|never met)\b")
# "Lost both my parents in my twenties", "both my parents are dead", "my parents are both gone"
_PARENTS_LOST = re.compile(r"\b(?:(?:i )?lost (?:both (?:of )?|all (?:of )?)?my (?P<a>parents|mum|mom|mother|dad|father|"
                           r"grandparents)(?!'s?\w)|"
                           r"(?:both |all )?my (?P<b>parents|grandparents) (?:are|have) (?:both |all )?(?:dead|gone|passed|"
                           r"passed away|died)|"
                           r"(?:both|all) (?:of )?my (?P<c>parents|grandparents) (?:died|passed|passed away|are dead|are gone)|"
                           r"i am an orphan)\b")
# "my father's been dead for years", "my mum is gone now": a parent no longer had
_KIN_DEAD = re.compile(r"\bmy (?P<x>mum|mom|mother|dad|father|parents|grandparents|nan|gran|grandma|grandmother|"
                       r"grandad|grandpa|grandfather)(?:'s| is| are| has| have)(?: both| all)?(?: been)? (?:both |all |long )?"
                       r"(?:dead|gone)(?=$|[,.;!]| (?:for|since|now|these|years|a long|and|but|so)\b)")
# "no brothers or sisters": no sibling of either kind
_NO_SIBLINGS = re.compile(r"\b(?:no|not any|never had(?: any)?|do not have any|have not got any) "
                          r"(?:brothers (?:or|and) sisters|sisters (?:or|and) brothers)\b")
# "my twin and I", "my twin sister": a twin
_MY_TWIN = re.compile(r"\bmy (?:identical |non-identical |fraternal )?twin(?: (?P<x>brother|sister))?\b"
                      r"(?! (?:bed|beds|room|tub|flame|pram|buggy|stroller|set)\b)")
# "babysitting the grandkids", "the grandchildren are staying over": grandchildren of one's own
_THE_GRANDKIDS = re.compile(r"\b(?:the|our) (?:little |two |three |four |five |six )?(?:grandkids|grandchildren|grandbabies|"
                            r"grandsons|granddaughters|grandson|granddaughter)\b")
# "my daughter's little boy", "my son's twins": a grandchild; "my brother's twins", "my sister's girl": a niece or nephew
_KIN_OF_KIN = re.compile(r"\bmy (?P<via>son|daughter|kid|child|boy|girl|eldest|youngest|brother|sister|sibling)(?:'s|s'?) "
                         r"(?:little |baby |new |eldest |youngest |oldest |two |three |teenage |newborn |lovely )*"
                         r"(?P<who>boy|boys|girl|girls|son|sons|daughter|daughters|kid|kids|children|baby|twins|"
                         r"triplets|lad|lads|little one|little ones|toddler|newborn)\b")
_CHILD_OF = frozenset("son daughter kid child boy girl eldest youngest".split())
_NO_NIBLINGS = re.compile(r"\b(?:no|not any|never had(?: any)?|do not have any|have not got any) "
                          r"(?:nieces (?:or|and) nephews|nephews (?:or|and) nieces)\b")
_UNCLE = re.compile(rf"{_LEAD}i am (?:the |an |a )?(?:fun |favourite |favorite |proud |cool |doting |new |only )?"
                    r"(?P<x>uncle|aunt|auntie|aunty)\b(?! (?:to|of) )")
# "we're not a dog household", "we've always been a cat family", "never been a pet house"
_PET_HOUSE = re.compile(rf"{_LEAD}(?:we|i) (?:are|am|have always been|have been|were always)? ?(?P<neg>not |never |never been )?"
                        r"(?:a |an )?(?P<x>dog|cat|pet|bird|rabbit|fish) (?:household|family|house|home)\b")
# "no animals in the house", "no telly in our house", "no pets at home"
_NONE_AT_HOME = re.compile(rf"{_LEAD}(?:there is |there's |there are |we have |we have got )?no (?P<x>[a-z][a-z -]{{1,20}}?) "
                           r"(?:in|at|under) (?:the|our|my|this) (?:house|home|flat|place|apartment|household)\b|"
                           rf"{_LEAD}(?:there is |there's |there are |we have )?no (?P<y>[a-z][a-z -]{{1,20}}?) "
                           r"(?:at home|for us)\b")
# "the budgie's learned to say cuppa", "the dog is snoring on my feet": a pet of the household, named by kind
_THE_PET = re.compile(rf"{_LEAD}(?:the|our) (?P<x>dog|dogs|cat|cats|budgie|budgies|parrot|hamster|rabbit|bunny|puppy|pup|"
                      r"kitten|guinea pig|guinea pigs|tortoise|goldfish|cockatiel|gerbil|ferret|lizard|gecko|"
                      r"staffie|staffy|labrador|spaniel|collie|terrier|greyhound|whippet|pug|beagle)(?P<aux>'s| is| has| keeps)? "
                      r"(?:just |finally |always |still |now |been |gone and )*(?P<v>[a-z]+)")
# what a pet does, said right after it: "the dog's asleep", "the budgie learned", "the cat keeps scratching"
_PET_DOES = re.compile(r"^(?:[a-z]+(?:ing|ed)|[a-z]+[^s]s|asleep|awake|learnt|ate|caught|got|sat|ran|went|slept|bit|"
                       r"stole|broke|brought|dug|hid|chewed|knocked|snoring|hiding|out|off|poorly|ill|sick|"
                       r"fine|fat|old|getting|ancient|spoilt|spoiled)$")
_NOT_PET_DOES = frozenset("was were has his this its is as us yes thus always during bring sing thing king ring morning "
                          "evening nothing something everything wedding building ceiling".split())
_NOT_OURS = re.compile(r"\b(?:foster|fostering|fostered|adopt|adopting|film|movie|book|show|story|video|"
                       r"next door|neighbour|neighbor|across the (?:road|street)|down the (?:road|street)|"
                       r"at the (?:park|shelter|vet|farm|shop|zoo)|on (?:the )?(?:tv|telly|the street)|stray|wild|"
                       r"my (?:mum|mom|dad|parents|sister|brother|friend|nan|gran)'s|their|his|her)\b")
# "I walk the dog every morning", "feeding the cat", "let the dog out": a chore done for a pet of one's own
_PET_CHORE = re.compile(r"\b(?:walk|walks|walking|walked|feed|feeds|feeding|fed|groom|grooming|groomed|brush|brushing|"
                        r"let|letting|take|taking|took|muck out|mucking out|mucked out|clean out|cleaning out|cleaned out|bath|"
                        r"bathe|bathing) (?:the|our) (?P<x>dog|dogs|cat|cats|puppy|pup|kitten|hamster|rabbit|rabbits|bunny|"
                        r"guinea pigs?|budgie|parrot|tortoise|goldfish|fish|chickens|hens|horse|pony|ferret)\b"
                        r"(?! (?:next door|for (?:a|my|the|our) |belonging)|'s)")
_CHORE_NOT_MINE = re.compile(r"\b(?:next door|neighbour|neighbor|friend|for a living|work as|sitting|shelter|"
                             r"volunteer|volunteering|my (?:mum|mom|dad|parents|sister|brother|nan|gran|aunt|uncle)'s|"
                             r"at (?:my|their|his|her) )")
# "the wife's making a roast", "hubby's away", "me and the missus": a spouse named the homely way
_HOMELY_SPOUSE = re.compile(r"\bwith (?:the )?(?P<w>wife|missus|missis|hubby|hubbie|other half)\b(?! of\b)|"
                            rf"(?:{_LEAD}|\bme and )(?:the )?(?P<x>wife|missus|missis|hubby|hubbie|husband)"
                            r"(?:'s| is| are| and i| and me| has| says| said| wants| will| would not| made| cooked| thinks| "
                            r"reckons| loves| hates| went| took| booked| got| keeps| is always| always|,|\.|$)")
# "the new OLED we mounted in the lounge", "the telly I bought last year"
_THING_WE_GOT = re.compile(r"\b(?:the|our|my) (?:new |old |big |brand new |massive |huge )*(?P<x>[a-z][a-z0-9-]{1,20}) "
                           r"(?P<s>we|i) (?:just |finally |recently )?(?:bought|got|mounted|installed|put up|hung|ordered)"
                           r"(?! (?:for|him|her|them|my|as a gift|her)\b)(?= |$|,)")
# "we watched the match on our new 65-inch": a screen of one's own
_OUR_SCREEN = re.compile(r"\b(?:our|my) (?:new |big |brand new |massive |huge |fancy )*(?P<x>oled|qled|flatscreen|"
                         r"flat-screen|plasma|\d\d-inch|\d\d-incher|\d\d inch telly|\d\d inch tv)\b")
# "from my iPhone", "my new Pixel": a smartphone of one's own, whatever the tense of the sentence
_MY_SMARTPHONE = re.compile(r"\bmy (?:new |shiny |brand new )?(?:iphone|android|smartphone|smart phone|samsung galaxy|"
                            r"google pixel|pixel phone)\b")
_SCREEN = frozenset("oled qled flatscreen flat-screen plasma telly tv television 65-inch 55-inch 75-inch 50-inch "
                    "42-inch 65-incher 55-incher".split())
# "posted the photos on Instagram from my phone", "scrolling TikTok on my phone"
_SMART_USE = re.compile(r"\b(?:instagram|insta|whatsapp|tiktok|snapchat|facebook|twitter|an app|the app|apps|"
                        r"google maps|uber|selfie|selfies|spotify|youtube|video call|facetime|online banking|email|"
                        r"emails)\b.{0,40}\b(?:on|from|with) my (?:phone|mobile|cell|cellphone)\b|"
                        r"\b(?:on|from|with) my (?:phone|mobile|cell|cellphone),? .{0,30}\b(?:instagram|whatsapp|"
                        r"tiktok|snapchat|facebook|app|apps|google maps|uber|spotify|youtube)\b")
_SINGLE = re.compile(rf"{_LEAD}(?:totally|completely|very|still|happily|proper|so|100 percent|perma|forever|"
                     r"blissfully|just) single\b")
# "church every sunday without fail", "mass on sundays", "mosque every friday"
_WORSHIP = re.compile(rf"{_LEAD}(?:(?:i am |we are )?(?:at |off to |down the )?)?(?P<x>church|mass|mosque|synagogue|shul|"
                      r"temple|chapel|gurdwara|bible study|prayer group|prayer meeting|sunday school)"
                      r"(?: is| keeps me [a-z]+)? (?:every|each|on|most) (?:single )?(?:sunday|saturday|friday|monday|"
                      r"tuesday|wednesday|thursday|week|morning|evening|weekend)s?\b|"
                      rf"{_LEAD}(?:sunday|sundays|sunday mornings|friday|fridays|saturday|saturdays)(?: are| is|'s| mean| means)"
                      r" (?:for )?(?P<y>church|mass|mosque|synagogue|shul|temple|chapel|gurdwara)\b")
# "I've never set foot in a church", "never set foot inside a mosque"
_NEVER_INSIDE = re.compile(rf"{_LEAD}(?:i )?(?:have )?never (?:once |ever )?(?:set foot|been|stepped) (?:in|inside|into) "
                           r"(?:a |an |any )?(?P<x>church|mosque|synagogue|temple|chapel|cathedral|gurdwara)s?\b")
_PLACE_OF_WORSHIP = re.compile(r"\b(?:church|mosque|synagogue|temple|chapel|cathedral|gurdwara)\b")
# "we got married in a little church in Cork", "I was christened in the village church": been inside one
_WED_IN_CHURCH = re.compile(r"\b(?:i|we) (?:got married|were married|married|was christened|was baptised|was baptized|"
                            r"got christened|got baptised|got baptized) (?:in|at) (?:a |an |the |our |this )?"
                            r"(?:[a-z]+ ){0,3}?(?P<x>church|mosque|synagogue|temple|chapel|cathedral|gurdwara)\b")
# "Friday prayers at the mosque are the highlight of my week", "Sunday service at our church"
_PRAYERS_AT = re.compile(r"\b(?:sunday|friday|saturday|morning|evening|weekly|daily)s? (?:prayers|service|services|mass|"
                         r"worship|sermon) (?:at|in) (?:the|our|my) (?:local )?(?P<x>church|mosque|synagogue|temple|gurdwara)\b")
# "religion's never been part of my life", "faith has never been a part of my life"
_NO_FAITH = re.compile(rf"{_LEAD}(?:religion|faith|god|church|organised religion|organized religion)(?:'s| is| has)? "
                       r"(?:never been|not|not ever been|never really been) (?:a |any )?(?:part|big part) of my life\b")
# "we've been together five years", "I'm seeing someone", "my better half", "our anniversary", "date night, we ...":
# a partner now
_COUPLED = re.compile(r"\b(?:(?:we|me and [a-z]+|[a-z]+ and i) (?:have|had) been together (?:for )?(?:\d+|a|an|one|two|three|"
                      r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|many|a few|ages|years|nearly|almost|"
                      r"over)|been together (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) "
                      r"years|i am (?:seeing|dating) someone(?! (?:about|for|on|tomorrow|later|next|professionally|"
                      r"at (?:work|the (?:clinic|hospital|surgery|bank|office)))\b)|"
                      r"i am in a (?:relationship|long-distance relationship|long distance relationship)|my better half|"
                      r"(?:it is |its |it's )?our (?:\d+(?:st|nd|rd|th) )?anniversary\b(?! of)|"
                      r"date night\b.{0,40}\b(?:we|us|our)\b|\b(?:we|us|our)\b.{0,40}\bdate night)\b")
# "my first boyfriend dumped me", "our first date was at a bowling alley", "I'm dating a girl from work"
_PARTNER_THEN = re.compile(r"\bmy (?:first|old|last|previous|childhood|high school|school|uni|college|first ever) "
                           r"(?P<x>boyfriend|girlfriend|husband|wife)\b")
_FIRST_DATE = re.compile(r"\b(?:our|my) first (?:date|kiss)\b")
_DATING = re.compile(r"\bi am (?:dating|seeing|going out with) (?:a|this) (?:\w+ )?(?P<x>girl|woman|lass|guy|man|lad|bloke|"
                     r"boy)\b")
# "Mass every Sunday, that's my gran's routine": a fragment said of someone else
_THATS_THEIRS = re.compile(r"\b(?:that|which)(?:'s| is| was) (?:my [a-z]+'s|his|her|their|your)\b|\bfor (?:him|her|them)\b")
# observance said in passing: "gave up chocolate for Lent", "Shabbat dinner every Friday", "I thank God every day"
_OBSERVANCE = re.compile(r"\b(?:(?:gave|give|giving|given) up [a-z ]{1,30} for lent|(?:observing|observe|keeping|keep|"
                         r"fasting for|fast for) lent|(?:shabbat|sabbath|shabbos) (?:dinner|meal|candles|service)?\s?"
                         r"(?:every|each|on) (?:friday|saturday|week)|(?:i|we) (?:keep|observe|keeping|observing) (?:the )?"
                         r"(?:sabbath|shabbat|shabbos)|i (?:thank|praise) (?:god|the lord|jesus|allah) (?:every|each|daily|"
                         r"for)|i pray to (?:god|allah|jesus|the lord))\b")
# "my church is my second family", "our church community": a church of one's own
_MY_CHURCH = re.compile(r"\b(?:my|our) (?P<x>church|mosque|synagogue|temple|gurdwara|parish) (?:is (?:my|our|like)|"
                        r"family|community)\b")
# "a chapter of the Bible every morning": reading it
_SCRIPTURE = re.compile(r"\bread (?:a |one |another )?(?:chapter|verse|passage|page|psalm|bit|few verses|few pages) "
                        r"(?:of|from) the (?P<x>bible|quran|koran|torah)\b")
_GRACE = re.compile(rf"{_LEAD}(?:i|we) (?:always |still |never forget to |make sure to |make sure we )?say grace\b")
_CHURCH_ROLE = re.compile(r"\b(?:i am|i have been|i was|i served as|i work as) (?:an |a |the )?(?:head |senior |lead )?"
                          r"(?P<x>altar server|altar boy|altar girl|server at mass|verger|church ?warden|sacristan|"
                          r"sunday school teacher|choirboy|choirgirl|lay reader|eucharistic minister|deacon|"
                          r"bell ?ringer at)\b")
_LIVING_IN = re.compile(rf"{_LEAD}(?:i )?(?:really |truly |absolutely |just )?(?:love|like|enjoy|adore|hate|quite like) living "
                        r"(?P<p>in|on|near) (?P<x>[a-z][a-z -]{1,30}?)(?=$|[,.;!]| (?:it is|its|but|and|because|so|now)\b)")
# "lived in the same town my whole life", "same house all my life": never moved
_SAME_PLACE_ALWAYS = re.compile(r"^(?:i have |i )?(?:lived |been |living )?(?:in )?(?:the )?same (?:house|home|town|village|"
                                r"street|city|flat|place|postcode|zip code)(?: (?:for|since))? (?:my (?:whole|entire) life|"
                                r"all my life|since (?:i was born|birth)|since the day i was born)\b")
_PLACE = r"(?P<x>(?!the |a |my |our )[a-z][a-z .'-]{1,30}?)"
_PLACE_END = (r"(?=$|[,.;!]| (?:is|it|has|and|but|because|so|we|i|life|was|are|can|makes|though|too|the|a|an|our|"
              r"my|people|you|they)\b)")
# "here in Vancouver it rains all the time", "out here in Arizona": where one lives
_HERE_IN = re.compile(rf"(?:^|[,;] ){_LEAD}(?:(?:out|up|down|over|back) )?here in {_PLACE}{_PLACE_END}")
_VISITING = re.compile(r"\b(?:visit|visiting|holiday|vacation|trip|for (?:the|a) (?:week|weekend|few days|month|"
                       r"conference|wedding|work)|on business|staying|stay|hotel|just arrived|this week|passing through|"
                       r"tour|touring)\b")
# "living in Brooklyn has its perks", "life in Texas is slower": where one lives, said of the life there
_LIFE_IN = re.compile(rf"{_LEAD}(?:living|life) (?:in|on) {_PLACE} (?:has|is|suits|can be|really|just|definitely|"
                      r"certainly|honestly|means|gets)\b")
# "our flat in Carlton is tiny": the home one lives in
_OUR_HOME_IN = re.compile(rf"^(?:{_LEAD})?(?:our|my) (?:little |tiny |new |cosy |small )?(?:place|flat|apartment|house|"
                          rf"home|condo|terrace|semi) (?:in|on) {_PLACE} (?:is|has|gets|feels|was built)\b")
# "Catholic, born and raised", "Happily married, two kids", "Atheist, always have been": a state said as a fragment
_STATE_FRAGMENT = re.compile(rf"{_LEAD}(?P<m>happily |proudly |very |devoutly |devout |practising |practicing |strict |"
                             r"staunch |still |newly |recently |just |long )?(?P<x>married|divorced|widowed|single|engaged|"
                             r"separated|catholic|roman catholic|christian|muslim|jewish|hindu|buddhist|sikh|atheist|"
                             r"agnostic|religious|protestant|anglican|baptist|methodist|presbyterian|mormon|pagan|"
                             r"orthodox jewish|greek orthodox)(?=$|[,.;!]| (?:and|but|since|for|now|these days|born|"
                             r"through|always|myself|here|too|as well|no|with|thirty|twenty|forty|fifty|ten|\d+)\b)")
# "Sydney born and bred", "Texas, born and raised": from there
_PLACE_BRED = re.compile(rf"{_LEAD}{_PLACE},? born and (?:raised|bred)\b")
# a landmark seen is its city visited: "the Eiffel Tower lit up at night", "Big Ben was smaller than I expected"
_LANDMARKS = {"eiffel tower": "paris", "louvre": "paris", "arc de triomphe": "paris", "notre dame": "paris",
              "big ben": "london", "buckingham palace": "london", "tower bridge": "london", "london eye": "london",
              "tower of london": "london", "trafalgar square": "london", "statue of liberty": "new york",
              "times square": "new york", "central park": "new york", "empire state building": "new york",
              "golden gate bridge": "san francisco", "alcatraz": "san francisco", "colosseum": "rome",
              "trevi fountain": "rome", "vatican": "rome", "sistine chapel": "rome", "sagrada familia": "barcelona",
              "brandenburg gate": "berlin", "acropolis": "athens", "parthenon": "athens",
              "sydney opera house": "sydney", "opera house in sydney": "sydney", "harbour bridge": "sydney",
              "edinburgh castle": "edinburgh", "royal mile": "edinburgh", "leaning tower of pisa": "pisa",
              "taj mahal": "agra", "burj khalifa": "dubai", "red square": "moscow", "kremlin": "moscow",
              "las vegas strip": "las vegas", "hollywood sign": "los angeles", "space needle": "seattle",
              "cn tower": "toronto", "niagara falls": "niagara falls", "grand canyon": "arizona",
              "machu picchu": "peru", "great wall": "china", "forbidden city": "beijing", "angkor wat": "cambodia"}
_LANDMARK = re.compile(r"\b(?:the )?(?P<x>" + "|".join(sorted(map(re.escape, _LANDMARKS), key=len, reverse=True)) + r")\b")
_LANDMARK_SEEN = re.compile(r"\b(?:saw|seen|seeing|visited|visiting|climbed|climbing|went up|going up|walked|"
                            r"walking|stood|standing|queued|queuing|lit up|was (?:stunning|amazing|smaller|bigger|"
                            r"incredible|breathtaking|beautiful|packed|heaving|unreal)|were (?:stunning|amazing)|"
                            r"highlight|we|i|our|my)\b")
_LANDMARK_NOT = re.compile(r"\b(?:never|not|want|wanted|wants|hope|hoping|would|wish|someday|one day|dream|bucket "
                           r"list|on (?:tv|telly|the news)|in (?:a|the) (?:film|movie|documentary|book)|film|movie|photo|"
                           r"photos|picture|pictures|postcard|poster|replica|model|puzzle|jigsaw|lego|documentary|"
                           r"my (?:mum|mom|dad|parents|sister|brother|friend|son|daughter)|he|she|they)\b")
# "our honeymoon in Bali was magical", "my holiday in Crete": been there
_TRIP_IN = re.compile(rf"\b(?:our|my) (?:honeymoon|holiday|holidays|trip|vacation|gap year|road trip|weekend away|"
                      rf"week away|city break|hen do|stag do|safari|semester|year abroad|semester abroad|cruise|"
                      r"business trip|school trip|exchange|stay|visit|backpacking trip|(?:[a-z]+ )?(?:years?|months?|"
                      r"summers?|winters?|weeks?)(?: at (?:uni|university|college|school|work))?(?: studying| working| living)?)"
                      r" (?:in|to) "
                      rf"{_PLACE}(?=$|[,.;!]| (?:was|were|is|last|"
                      r"this|in|when|and|but|last|two|three)\b)")
# "we spent the whole day on the beach", "an afternoon at the seaside": been to the beach
_BEACH_DAY = re.compile(r"\b(?:spent|spend|spending|had|have|lovely|whole|all) (?:the |a |an |all )?(?:whole |lovely |"
                        r"long |lazy )?(?:day|afternoon|morning|week|weekend|summer|evening)s? (?:on|at|down) the "
                        r"(?P<x>beach|seaside|coast)\b")
# "our house has four bedrooms": the kind of home one lives in
_OUR_HOME_HAS = re.compile(rf"^(?:{_LEAD})?(?:our|my) (?P<x>house|flat|apartment|bungalow|cottage|caravan|houseboat|"
                           r"semi|terrace|terraced house|detached house)(?:'s| has| is) (?:got )?(?:\w+ )?(?:bedrooms?|"
                           r"a garden|a big garden|a tiny garden|stairs|an attic|a loft|a cellar|a basement|a driveway|"
                           r"on the (?:\w+ )?floor)\b")
_MOVED_HOUSE = re.compile(r"\b(?:i|we) (?:have )?(?:moved|moved house|moved home) (?:house |home )?"
                          r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|loads of|"
                          r"so many|countless|a lot of|lots of|dozens of) times\b|\b(?:i|we) (?:have )?(?:always )?"
                          r"moved (?:around|about) (?:a lot|loads|constantly|all the time|so much)\b")


# "the school run", "parents' evening", "changing nappies": a parent's life, said in passing
_PARENTING = re.compile(r"\b(?:(?:the|my|our) school runs?|(?:on|do|doing|did) the school runs?|parents' evening|"
                        r"parents evening|chang(?:e|es|ed|ing) (?:nappies|diapers|a nappy|a diaper|her nappy|his nappy|"
                        r"her diaper|his diaper)|potty training (?:my|our|him|her)|night feeds|(?:my|our) kids' "
                        r"(?:school|bedtime|teacher|homework|football|swimming)|(?:my|our) (?:little ones|toddler|"
                        r"newborn|teenagers|teenage son|teenage daughter))\b")
_NOT_A_PARENT = re.compile(r"\b(?:(?:i am|as) (?:a |an |the |their |his |her )?(?:\w+ )?(?:teacher|tutor|head|"
                           r"headteacher|ta)|i teach|i work|my (?:pupils|students|class|classroom)|nanny|childminder|"
                           r"childminding|"
                           r"au pair|babysit|babysitting|babysat|nursery nurse|nurse|niece|nephew|grandkids|"
                           r"grandchildren|godchild|godson|goddaughter|my (?:sister|brother|friend|mate|neighbour|"
                           r"cousin)'s|for (?:my|a) (?:friend|sister|brother|neighbour))\b")
# "need to buy more cat litter", "ran out of dog food": supplies for a pet of one's own
_PET_SUPPLIES = re.compile(r"\b(?:buy|buying|bought|get|getting|got|pick up|picked up|picking up|run out of|ran out of|"
                           r"running out of|order|ordered|need|needs) (?:more |some |a bag of |a sack of |a tin of |the )?"
                           r"(?P<x>cat|dog|rabbit|hamster|guinea pig|budgie|bird|fish|tortoise|horse|chicken) "
                           r"(?:food|litter|biscuits|treats|kibble|feed|bedding|flea treatment|worming tablets|chews)\b")
_SUPPLIES_NOT_MINE = re.compile(r"\b(?:for (?:my|the|a|our) (?:neighbour|neighbor|mum|mom|dad|sister|brother|friend|"
                                r"gran|nan|shelter|rescue|food bank)|donate|donated|donating|shelter|stray|strays|"
                                r"feral|at work|work|shop|customers)\b")
# "growing up we had a dog", "as a kid I had a hamster": a pet had then
_CHILDHOOD_PET = re.compile(r"^(?:growing up|as (?:a )?kids?|as a child|when i was (?:little|small|young|a kid|a child|"
                            r"growing up|younger)),? (?:we|i|my family) (?:had|kept|owned) (?:a |an |two |three |four )?"
                            r"(?P<x>[a-z][a-z ]{1,25}?)(?=$|[,.;!]| (?:called|named|and|but|who|that|when)\b)")
_KINDS = (r"dog|dogs|cat|cats|pet|pets|horse|horses|pony|ponies|rabbit|rabbits|hamster|hamsters|budgie|budgies|parrot|"
          r"parrots|tortoise|tortoises|goldfish|snake|snakes|lizard|lizards|guinea pig|guinea pigs|car|cars|tv|telly|"
          r"television|smartphone|smartphones|bike|bikes|motorbike|motorbikes|dishwasher|microwave|laptop|computer")
# "not a cat person, never owned one", "allergic to dogs so I've never had one": the one just named
_NEVER_ONE = re.compile(rf"\b(?P<x>{_KINDS})(?: person| people| lover| fan)?(?:,| so| and| which is why| that is why)"
                        r"(?: so| and)? (?:i have |i |we have |we )?never (?:had|owned|kept|got) (?:one|any|them)\b")
# "I grew up with dogs", "grew up with horses": had them then
_GREW_UP_WITH = re.compile(rf"^(?:i |we )?grew up with (?:a |an |two |three |lots of |loads of )?(?P<x>{_KINDS})\b"
                           r"(?! (?:next door|nearby|around|at my)\b)")
# "my faith gets me through", "at our church": a believer, a churchgoer
_MY_FAITH = re.compile(r"\bmy (?:christian |catholic |muslim |jewish |hindu |sikh |religious )?faith "
                       r"(?:is|has|gets|keeps|helps|means|gives|matters|guides|got|carried)\b")
_AT_OUR_CHURCH = re.compile(r"\b(?:at|in|from) (?:my|our) (?:local |parish |village )?(?P<x>church|mosque|synagogue|"
                            r"temple|gurdwara|parish church)\b")
# "born and raised in Ohio", "Ohio born and raised": from there
_BORN_AND_RAISED = re.compile(r"(?:^|\bi was |\bi am |^i am [a-z]+, )born and (?:raised|bred) in (?P<x>[a-z][a-z .'-]{1,30}?)"
                              r"(?=$|[,.;!]| (?:and|but|so|until|before|where)\b)")


# "washing the car", "the car's in for its MOT", "emptied the dishwasher": a thing of one's own household
_HOUSEHOLD_CHORE = re.compile(r"\b(?:(?:wash|washing|washed|clean|cleaning|cleaned|valet|valeting|fill up|filling up|"
                              r"filled up|service|servicing|serviced|tax|taxed|insure|insured|park|parking|parked|hoover|"
                              r"hoovering|hoovered) (?:out )?(?:the|our) (?P<c>car|van|motorbike)|(?:the|our) (?P<d>car|van)"
                              r"(?:'s| is| was) (?:in (?:for|at) (?:its|the|a) (?:mot|service|garage)|at the garage|"
                              r"in the garage for)|(?:empty|emptying|emptied|load|loading|loaded|unload|unloading|"
                              r"unloaded|stack|stacking|stacked) (?:the|our) (?P<a>dishwasher|washing machine|tumble dryer|"
                              r"dryer)|(?:the|our) (?P<b>dishwasher|washing machine|tumble dryer|boiler|freezer|fridge "
                              r"freezer)(?:'s| is| has)? (?:broken|broke|flooded|leaking|packed up|died|on the blink|"
                              r"playing up|making a noise)|(?:out |working |pottering )?in (?:the|our) (?:back |front )?"
                              r"(?P<g>garden) (?:all|weeding|pulling|planting|digging|mowing|pottering|with a|this|today|"
                              r"since)|(?:my|our) [a-z]+ in (?:the|our) (?:back |front )?(?P<h>garden) (?:are|is|have|has))\b")
_NOT_HOUSEHOLD = re.compile(r"\b(?:hire|rental|rented|company|work (?:car|van)|works van|courtesy|loan|borrowed|"
                            r"neighbour|neighbor|friend|mate|garden centre|community garden|beer garden|botanical|"
                            r"allotment|park|at work|"
                            r"(?:mum|mom|dad|parents|sister|brother|gran|nan|in-laws|boss|uncle|aunt)'s|for (?:my|a|the) "
                            r"(?:job|living|neighbour|mum|mom|dad|friend)|car wash|at the office)\b")
_ENGAGED_ONCE = re.compile(r"\b(?:(?:called|broke|broken) off (?:my|our|the) engagement|(?:my|our) engagement "
                           r"(?:ring|party|was|ended|fell)|when (?:i|we) got engaged|(?:i|we) got engaged (?:in|on|at|last|"
                           r"two|three|a few|years))\b")


_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# "Three cats and a dog, it's chaos", "two kids and a hamster": what the household holds, said as a list
_COUNTED_PAIR = re.compile(rf"{_LEAD}(?:we have |we have got |got )?(?P<a>{_NUMBER} [a-z]+(?: [a-z]+)?) and "
                           rf"(?P<b>{_NUMBER} [a-z]+(?: [a-z]+)?)(?: at home| in the house)?(?=$|[,.;!])")


# words without one of which a reader cannot match: checked first, as most sentences hold none of them
_HOUSEHOLD_KEYS = ("car", "van", "dishwasher", "washing machine", "dryer", "boiler", "freezer", "garden", "motorbike")
_LANDMARK_WORDS = frozenset(word for name in _LANDMARKS for word in name.split()) - {"of", "in", "the"}
_SPOUSE_KEYS = ("wife", "missus", "missis", "hubby", "hubbie", "husband", "other half")
_COUPLED_KEYS = ("together", "someone", "relationship", "better half", "anniversary", "date night")
_GOT_KEYS = ("bought", "got", "mounted", "installed", "put up", "hung", "ordered")


def _strip_lead(sentence: str) -> str:
    return re.sub(_LEAD, "", sentence, count=1)


def _scaled(claims: list[OpenClaim], confidence: float) -> list[OpenClaim]:
    return [replace(c, confidence=min(c.confidence, confidence)) for c in claims]


def _have(obj: str, confidence: float, *, deny: bool = False, change: bool = False, never: bool = False) -> OpenClaim:
    return OpenClaim(predicate=HAVE, object=obj, polarity="deny" if deny else "affirm",
                     time="ever" if never else "present", never=never, change=change, confidence=confidence)


def _counted(said: str) -> list[OpenClaim]:
    """ "three cats": had, three of them, when the knowledge base knows a cat as a thing one has."""
    from .knowledge import default_knowledge  # noqa: PLC0415  (the knowledge base loads on first use)

    knowledge = default_knowledge()
    number, _, thing = said.partition(" ")
    noun = knowledge.canonical_noun(singular(thing))
    if noun not in knowledge.possessable:
        return []
    count = parse_number(number) if number not in ("a", "an") else 1
    return [OpenClaim(predicate=HAVE, object=noun, quantity=count, confidence=0.75)]


def family_claims(sentence: str) -> list[OpenClaim]:
    """Parents named as acting now or said lost, and kin reached through kin."""
    out: list[OpenClaim] = []
    now = _KIN_NOW.match(sentence)
    if now and now.group("v") not in _NOT_NOW_VERBS and not _GONE.search(sentence) and not _NOT_SO.search(sentence) \
            and not (now.group("v").endswith("s") and not now.group("v").endswith("ss") and
                     re.match(r"(?:'s )?(?:are|were|is|was|have|had|always)\b",
                              sentence[now.end():].lstrip() or "x")) \
            and not re.match(r"(?:my )?[a-z]+(?: and (?:my )?[a-z]+)?'s [a-z]+s\b", _strip_lead(sentence)):
        for who in (now.group("a"), now.group("b")):
            if who:
                out.append(_have(_ALIVE_KIN[who], 0.75))
    lost = _PARENTS_LOST.search(sentence)
    if lost and not _NOT_SO.search(sentence[: lost.start()]):
        who = lost.group("a") or lost.group("b") or lost.group("c") or "parents"
        out.append(_have(who.removesuffix("s"), 0.8, deny=True, change=True))
    if not re.search(r"\b(?:would|if|wish|hope|one day|someday|ex|late|step)\b", sentence):
        for m in _KIN_OF_KIN.finditer(sentence):
            if m.group("via") in _CHILD_OF:
                out.append(_have("grandchild", 0.8))
            else:
                who = m.group("who")
                kind = "nephew" if who in ("boy", "boys", "son", "sons", "lad", "lads") else \
                    "niece" if who in ("girl", "girls", "daughter", "daughters") else "nibling"
                out.append(_have(kind, 0.8))
    dead = _KIN_DEAD.search(sentence)
    if dead and not _NOT_SO.search(sentence[: dead.start()]):
        said = dead.group("x")
        who = {"nan": "grandmother", "gran": "grandmother", "grandma": "grandmother", "grandad": "grandfather",
               "grandpa": "grandfather"}.get(said, said.removesuffix("s"))
        out.append(_have(who, 0.8, deny=True, change=True))
    if _NO_SIBLINGS.search(sentence):
        out.append(_have("sibling", 0.85, deny=True))
    twin = _MY_TWIN.search(sentence) if "twin" in sentence else None
    if twin and not _NOT_SO.search(sentence) and not re.search(r"\b(?:like|basically|practically|as good as) my\b",
                                                               sentence):
        out.append(_have(f"twin {twin.group('x')}" if twin.group("x") else "twin", 0.8))
    grandkids = _THE_GRANDKIDS.search(sentence)
    if grandkids and not _NOT_SO.search(sentence) and not re.search(
            r"\b(?:neighbour|neighbor|friend|her|his|their|your|someone|no|not|never|one day|someday)\b", sentence):
        out.append(_have("grandchild", 0.8))
    parenting = _PARENTING.search(sentence)
    if parenting and not _NOT_A_PARENT.search(sentence) and not _NOT_SO.search(sentence) and \
            not re.search(r"\b(?:never|not|no|without)\b", sentence[:parenting.start()]):
        out.append(_have("child", 0.75))  # (not "I've never changed a nappy")
    if _NO_NIBLINGS.search(sentence):
        out.append(_have("nibling", 0.85, deny=True))
    uncle = _UNCLE.match(sentence)
    if uncle and not _NOT_SO.search(sentence):
        out.append(_have("nibling", 0.8))
    return out


def pet_and_home_claims(sentence: str) -> list[OpenClaim]:
    """Pets and things of the household: "we're not a dog household", "no animals in the house", "the budgie's
    learned to talk", "the new OLED we mounted"."""
    out: list[OpenClaim] = []
    house = _PET_HOUSE.match(sentence)
    if house and not _NOT_SO.search(sentence):
        neg = house.group("neg") or ""
        never = "never" in neg or "never" in sentence[house.end():]
        out.append(_have(house.group("x"), 0.8, deny=bool(neg) or bool(re.search(r"\bnot\b", sentence[:house.start("x")])),
                         never=never and bool(neg)))
    none = _NONE_AT_HOME.match(sentence)
    if none:
        thing = (none.group("x") or none.group("y")).removeprefix("a ").removeprefix("any ")
        if thing not in ("one", "way", "time", "room", "space", "rules", "shoes", "smoking", "noise", "point"):
            out.extend(_scaled([replace(c, polarity="deny") for c in read_statement(f"i have {thing}")
                                if c.predicate == HAVE and c.polarity == "affirm"], 0.85))
    pet = _THE_PET.match(sentence)
    if pet and _PET_DOES.match(pet.group("v")) and pet.group("v") not in _NOT_PET_DOES and \
            not (pet.group("aux") == "'s" and pet.group("v").endswith("s")) and \
            not _NOT_OURS.search(sentence) and not _NOT_SO.search(sentence) and \
            not re.search(r"\b(?:died|passed|put down|ran away|rehomed|gave away|lost|miss)\b", sentence):
        name = pet.group("x")
        out.extend(_scaled(read_statement(f"i have a {name.removesuffix('s') if name.endswith(('dogs', 'cats')) else name}"),
                           0.75))
    for got in _THING_WE_GOT.finditer(sentence) if any(k in sentence for k in _GOT_KEYS) else ():
        thing = got.group("x")
        if thing in _SCREEN:
            out.append(_have("tv", 0.8))
    chore = _PET_CHORE.search(sentence)
    if chore and not _CHORE_NOT_MINE.search(sentence) and not _NOT_SO.search(sentence) and \
            not re.search(r"\b(?:died|passed|put down|rehomed|gave away|miss)\b", sentence):
        kind = chore.group("x")
        kind = kind[:-1] if kind.endswith(("dogs", "cats", "hens", "pigs", "rabbits")) else kind
        out.extend(_scaled(read_statement(f"i have a {kind}"), 0.8))
    supplies = _PET_SUPPLIES.search(sentence)
    if supplies and not _SUPPLIES_NOT_MINE.search(sentence) and not _NOT_SO.search(sentence) and \
            not re.search(r"\b(?:not|never|no longer|do not need)\b", sentence[: supplies.start()]):
        out.extend(_scaled(read_statement(f"i have a {supplies.group('x')}"), 0.75))
    one = _NEVER_ONE.search(sentence) if "never" in sentence else None
    if one and not _NOT_SO.search(sentence):
        out.extend(_scaled([replace(c, polarity="deny", time="ever", never=True) for c in read_statement(
            f"i have {one.group('x')}") if c.predicate == HAVE], 0.85))
    grew = _GREW_UP_WITH.match(sentence)
    if grew:
        out.extend(_scaled([replace(c, time="past") for c in read_statement(f"i have {grew.group('x')}")
                            if c.predicate == HAVE], 0.8))
    then = _CHILDHOOD_PET.match(sentence)
    if then:
        out.extend(_scaled([c for c in read_statement(f"i had a {then.group('x')}") if c.predicate == HAVE], 0.8))
    pair = _COUNTED_PAIR.match(sentence)
    if pair and not _NOT_SO.search(sentence):
        out.extend(_counted(pair.group("a")) + _counted(pair.group("b")))
    chore = _HOUSEHOLD_CHORE.search(sentence) if any(k in sentence for k in _HOUSEHOLD_KEYS) else None
    if chore and not _NOT_HOUSEHOLD.search(sentence) and not _NOT_SO.search(sentence) and \
            not re.search(r"\b(?:not|never|no|sold|without|used to)\b", sentence[: chore.end()]):
        thing = next(g for g in chore.groups() if g)
        out.extend(_scaled([c for c in read_statement(f"i have a {thing}") if c.predicate == HAVE], 0.75))
    if _OUR_SCREEN.search(sentence) and not _NOT_SO.search(sentence):
        out.append(_have("tv", 0.8))
    if (_SMART_USE.search(sentence) or _MY_SMARTPHONE.search(sentence)) and not _NOT_SO.search(sentence) and \
            not re.search(r"\b(?:old|first|last|former|previous|dad's|mum's|mom's|wife's|husband's)\b", sentence):
        out.append(_have("smartphone", 0.75))
    return out


# "our honeymoon in Bali was last month", "on our wedding day": married ("planning our wedding" is not yet)
_OUR_WEDDING = re.compile(r"\b(?:my|our) (?:honeymoon|wedding day|wedding night|wedding anniversary|wedding photos|"
                          r"wedding reception|first dance)\b")
_NOT_WED_YET = re.compile(r"\b(?:plan|planning|planned|booking|book|booked|upcoming|coming up|wait|saving for|will|"
                          r"going to|gonna|next|dream|would|if|ex|late|divorce|divorced|before)\b")


def life_claims(sentence: str) -> list[OpenClaim]:
    """Partners, faith, home and moving said in passing."""
    out: list[OpenClaim] = []
    if _OUR_WEDDING.search(sentence) and not _NOT_WED_YET.search(sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement("i was married"), 0.8))
    if _SINGLE.match(sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement("i am single"), 0.85))
    if _ENGAGED_ONCE.search(sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled([replace(c, time="past") for c in read_statement("i am engaged")], 0.8))
    coupled = _COUPLED.search(sentence) if any(k in sentence for k in _COUPLED_KEYS) else None
    if coupled and not _NOT_SO.search(sentence) and not _THATS_THEIRS.search(sentence) and not re.search(
            r"\b(?:ex|late|broke up|split|divorced|died|passed|were together|was together|used to|work|company|shop|"
            r"business|parents|mum and dad|mom and dad|friends?)\b", sentence):
        out.extend(_scaled(read_statement("i have a partner"), 0.8))
    then = _PARTNER_THEN.search(sentence)
    if then and not _NOT_SO.search(sentence[: then.start()]):
        out.extend(_scaled(read_statement(f"i had a {then.group('x')}"), 0.8))
    first = _FIRST_DATE.search(sentence) if "first" in sentence else None
    if first and not _NOT_SO.search(sentence) and not re.search(r"\b(?:never|not|parents'?|their|his|her)\b", sentence):
        out.extend(_scaled([c for c in read_statement("i have been on a date") if c.predicate == "be on"], 0.8))
    dating = _DATING.search(sentence)
    if dating and not _NOT_SO.search(sentence):
        kind = "girlfriend" if dating.group("x") in ("girl", "woman", "lass") else "boyfriend"
        out.extend(_scaled(read_statement(f"i have a {kind}"), 0.7))
    spouse = _HOMELY_SPOUSE.search(sentence) if any(k in sentence for k in _SPOUSE_KEYS) else None
    if spouse and not _NOT_SO.search(sentence) and not re.search(r"\b(?:ex|late|died|passed|divorced|lost)\b", sentence):
        said = spouse.group("w") or spouse.group("x")
        if said == "other half":
            out.extend(_scaled(read_statement("i have a partner"), 0.8))
        else:
            out.append(_have("husband" if said in ("hubby", "hubbie", "husband") else "wife", 0.8))
    if _SAME_PLACE_ALWAYS.search(sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement("i have never moved"), 0.8))
    worship = _WORSHIP.match(sentence)
    if worship and not _NOT_SO.search(sentence) and not _THATS_THEIRS.search(sentence) and \
            not re.search(r"\b(?:used to|as a kid|growing up)\b", sentence):
        said = worship.group("x") or worship.group("y")
        place = {"mass": "church", "shul": "synagogue", "chapel": "church"}.get(said, said)
        out.extend(_scaled(read_statement(f"i go to {place}"), 0.85))
    inside = _NEVER_INSIDE.match(sentence)
    if inside:  # "never set foot in a mosque, a temple or a church": each of them
        said = [inside.group("x"), *_PLACE_OF_WORSHIP.findall(sentence[inside.end():].split(" but ")[0])]
        for place in dict.fromkeys({"cathedral": "church", "chapel": "church"}.get(p, p) for p in said):
            out.extend(_scaled(read_statement(f"i have never been to {place}"), 0.85))
    prayers = _PRAYERS_AT.search(sentence)
    if prayers and not _NOT_SO.search(sentence) and not re.search(r"\b(?:not|never|no longer|used to)\b", sentence):
        out.extend(_scaled(read_statement(f"i go to {prayers.group('x')}"), 0.8))
    wed = _WED_IN_CHURCH.search(sentence)
    if wed and not _NOT_SO.search(sentence) and not re.search(r"\b(?:not|never|will|going to|planning)\b", sentence):
        out.extend(_scaled([replace(c, time="past") for c in read_statement(f"i go to {wed.group('x')}")], 0.8))
    if _MY_FAITH.search(sentence) and not re.search(r"\b(?:lost|losing|no|without|used to|question|questioning)\b",
                                                    sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement("i am religious"), 0.75))
    ours = _AT_OUR_CHURCH.search(sentence)
    if ours and not _NOT_SO.search(sentence) and not re.search(
            r"\b(?:not|never|no longer|used to|wedding|funeral|christening|married|concert|fete|jumble|sale|"
            r"hall|car park|next to|near|opposite|behind|bells|roof|spire|tower)\b", sentence):
        place = ours.group("x").removeprefix("parish ")
        out.extend(_scaled(read_statement(f"i go to {place}"), 0.75))
    state = _STATE_FRAGMENT.match(sentence)
    if state and not _NOT_SO.search(sentence) and not _THATS_THEIRS.search(sentence):
        news = (state.group("m") or "").strip() in ("newly", "recently", "just")
        out.extend(_scaled([replace(c, change=news) for c in read_statement(f"i am {state.group('x')}")], 0.85))
    bred = _PLACE_BRED.match(sentence)
    if bred:
        from .places import known_place  # noqa: PLC0415  (the gazetteer loads on first use)

        if known_place(bred.group("x").strip()):
            out.extend(_scaled(read_statement(f"i am from {bred.group('x').strip()}"), 0.85))
    raised = _BORN_AND_RAISED.search(sentence)
    if raised and not _NOT_SO.search(sentence[: raised.start()]):
        out.extend(_scaled(read_statement(f"i am from {raised.group('x').strip()}"), 0.85))
    if _OBSERVANCE.search(sentence) and not _NOT_SO.search(sentence) and not re.search(
            r"\b(?:used to|as a kid|my (?:mum|mom|dad|parents|gran|nan|wife|husband)|never|not)\b", sentence):
        out.extend(_scaled(read_statement("i am religious"), 0.75))
    church = _MY_CHURCH.search(sentence)
    if church and not _NOT_SO.search(sentence) and not re.search(r"\b(?:old|used to|former|never|not)\b", sentence):
        place = "church" if church.group("x") == "parish" else church.group("x")
        out.extend(_scaled(read_statement(f"i go to {place}"), 0.75))
    scripture = _SCRIPTURE.search(sentence)
    if scripture and not _NOT_SO.search(sentence) and not re.search(r"\b(?:never|not)\b", sentence[:scripture.start()]):
        book = "quran" if scripture.group("x") == "koran" else scripture.group("x")
        out.extend(_scaled(read_statement(f"i read the {book}"), 0.8))
    if _GRACE.match(sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement("i am religious"), 0.75))
    if _NO_FAITH.match(sentence):
        out.extend(_scaled(read_statement("i am not religious"), 0.85))
    role = _CHURCH_ROLE.search(sentence)
    if role and not _NOT_SO.search(sentence) and not re.search(r"\b(?:not|never)\b", sentence[: role.end()]):
        out.extend(_scaled([replace(c, time="present" if " am " in role.group(0) or "have been" in role.group(0)
                                    else "past") for c in read_statement("i go to church")], 0.8))
    living = _LIVING_IN.match(sentence)
    if living and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement(f"i live {living.group('p')} {living.group('x')}"), 0.85))
    landmark = _LANDMARK.search(sentence) if _LANDMARK_WORDS & set(re.findall(r"[a-z]+", sentence)) else None
    if landmark and _LANDMARK_SEEN.search(sentence) and not _LANDMARK_NOT.search(sentence) and \
            not _NOT_SO.search(sentence) and not re.search(r"\b(?:will|going to|next)\b", sentence):
        out.extend(_scaled([replace(c, time="past") for c in read_statement(
            f"i have been to {_LANDMARKS[landmark.group('x')]}")], 0.8))
    trip = _TRIP_IN.search(sentence)
    if trip and not _NOT_SO.search(sentence) and not re.search(
            r"\b(?:next|planning|plan|booked|will|going|cancelled|canceled|dream|want|off|heading|leaving|fly|"
            r"flying|soon|upcoming|saving|save|tomorrow|countdown)\b", sentence):
        out.extend(_scaled([replace(c, time="past") for c in read_statement(f"i have been to {trip.group('x').strip()}")],
                           0.8))
    beach = _BEACH_DAY.search(sentence) if "beach" in sentence or "seaside" in sentence or "coast" in sentence else None
    if beach and not _NOT_SO.search(sentence) and not re.search(r"\b(?:never|not|next|will|going to|plan)\b", sentence):
        out.extend(_scaled([replace(c, time="past") for c in read_statement(f"i went to the {beach.group('x')}")], 0.8))
    house = _OUR_HOME_HAS.match(sentence)
    if house and not _NOT_SO.search(sentence) and not re.search(
            r"\b(?:old|last|former|previous|holiday|second|rented out|let out|parents'|mum's|dad's|sold|selling)\b",
            sentence):
        out.extend(_scaled(read_statement(f"i live in a {house.group('x')}"), 0.75))
    home = _HERE_IN.search(sentence) or _LIFE_IN.match(sentence) or _OUR_HOME_IN.match(sentence)
    if home and not _NOT_SO.search(sentence) and not _VISITING.search(sentence) and \
            not re.search(r"\b(?:holiday|second|summer|villa|caravan|old|last|former|previous|parents'|mum's|dad's|"
                          r"rented out|let out|tenants?|investment|buy-to-let|letting|sold|selling|for sale|airbnb)\b",
                          sentence):
        out.extend(_scaled([c for c in read_statement(f"i live in {home.group('x').strip()}") if c.predicate == "liv in"],
                           0.75))
    if _MOVED_HOUSE.search(sentence) and not _NOT_SO.search(sentence):
        out.extend(_scaled(read_statement("i have moved"), 0.85))
    return out


_SOMEONE_ELSE = re.compile(r"\b(?:he|she|they|him|her|them|his|their|your|my (?:son|daughter|husband|wife|partner|mum|"
                           r"mom|dad|brother|sister|friend|neighbou?r|boss|kids?|children|parents|nan|gran|aunt|uncle|"
                           r"cousin))\b")


def read_household(sentence: str, topic: str | None) -> list[OpenClaim]:
    """Everything this module reads in one normalised sentence; nothing when the question just asked was about
    someone else ("My sister? Two dogs and a cat.")."""
    if topic and _SOMEONE_ELSE.search(topic):
        return []
    return family_claims(sentence) + pet_and_home_claims(sentence) + life_claims(sentence)


def moved_house(claims: list[OpenClaim]) -> list[OpenClaim]:
    """Moving house is moving: "I've never moved house" is "I've never moved", either way round."""
    return [replace(c, object="") for c in claims if c.predicate == "mov" and c.object in ("house", "home")]


SENTENCE_READERS.append(read_household)
CLAIM_EXTENDERS.append(moved_house)
