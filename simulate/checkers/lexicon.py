"""Word lists the rules grammar relies on."""

from __future__ import annotations

__all__ = ["CREDENTIALED_JOBS", "CONDITIONS", "JOB_WORDS", "NOT_JOBS", "PET_SPECIES", "POSSESSIONS", "RELIGIONS", "VAGUE_PLACES"]

JOB_WORDS = frozenset("""
accountant actor actress administrator agent analyst anesthesiologist announcer archaeologist architect
artist assistant astronaut athlete attendant attorney auditor author baker banker barber barista bartender biologist
blacksmith bookkeeper builder butcher buyer captain cardiologist caregiver carpenter cashier caterer ceo cfo
chef chemist chiropractor cleaner clerk coach comedian composer consultant contractor cook coordinator
counselor counsellor courier curator custodian dancer dentist deputy designer detective developer dietitian
diplomat director dispatcher doctor driver drummer economist editor educator electrician engineer
entrepreneur executive farmer firefighter fisherman florist freelancer gardener geologist guard guide
hairdresser hairstylist historian homemaker housekeeper housewife hygienist illustrator influencer
inspector instructor intern interpreter investigator janitor jeweler jeweller journalist judge landscaper
lawyer lecturer librarian lifeguard linguist locksmith logger machinist maid manager marine mason
mathematician mechanic medic midwife miner minister model musician nanny navigator negotiator neurologist
nun nurse officer optician optometrist painter paralegal paramedic pastor pediatrician paediatrician
pharmacist philosopher photographer physician physicist physiotherapist pianist pilot planner plumber poet
police policeman policewoman politician postman priest principal producer professor programmer
psychiatrist psychologist publisher rabbi rancher realtor receptionist recruiter reporter researcher
retailer retiree roofer sailor salesman saleswoman salesperson scientist sculptor secretary senator server
sheriff singer soldier solicitor songwriter specialist statistician steward stewardess stockbroker student
supervisor surgeon surveyor tailor teacher technician therapist trader trainer translator trucker tutor
typist umpire undertaker veterinarian vet waiter waitress welder writer youtuber zookeeper dj rapper monk
webmaster cowboy farmhand shepherd clergyman missionary ranger seamstress weaver potter ceramicist
streamer wrestler boxer golfer footballer player carrier bodybuilder stripper skater cyclist jockey
""".split())

NOT_JOBS = frozenset("""
fan lover mother father mom dad sister brother daughter son wife husband member believer beginner winner
loser person woman man girl boy kid child adult grandmother grandfather grandma grandpa parent vegetarian
vegan foodie introvert extrovert optimist pessimist perfectionist christian catholic muslim jew buddhist
hindu atheist agnostic citizen native immigrant resident friend neighbor neighbour twin widow widower
""".split())

PET_SPECIES = {
    "dog": "dog", "dogs": "dog", "puppy": "dog", "puppies": "dog", "cat": "cat", "cats": "cat",
    "kitten": "cat", "kittens": "cat", "bird": "bird", "birds": "bird", "parrot": "parrot", "parrots": "parrot",
    "fish": "fish", "goldfish": "fish", "hamster": "hamster", "hamsters": "hamster", "rabbit": "rabbit",
    "rabbits": "rabbit", "bunny": "rabbit", "horse": "horse", "horses": "horse", "pony": "horse",
    "turtle": "turtle", "turtles": "turtle", "snake": "snake", "snakes": "snake", "lizard": "lizard",
    "guinea pig": "guinea pig", "guinea pigs": "guinea pig", "ferret": "ferret", "ferrets": "ferret",
    "chickens": "chicken", "chicken": "chicken", "goat": "goat", "goats": "goat", "pig": "pig",
    "gerbil": "gerbil", "iguana": "iguana", "tortoise": "tortoise", "cockatiel": "parrot", "budgie": "parrot",
    "canary": "canary", "canaries": "canary", "finch": "finch", "finches": "finch", "cockatoo": "parrot",
    "budgerigar": "parrot", "mouse": "mouse", "mice": "mouse", "rat": "rat", "rats": "rat", "hedgehog": "hedgehog",
    "chinchilla": "chinchilla", "axolotl": "axolotl", "tarantula": "tarantula", "frog": "frog", "duck": "duck",
    "ducks": "duck", "sheep": "sheep", "cow": "cow", "cows": "cow", "donkey": "donkey", "llama": "llama",
    "alpaca": "alpaca", "alpacas": "alpaca",
}
_DOG_BREEDS = """terrier retriever labrador lab poodle beagle spaniel collie husky bulldog dachshund chihuahua pug
corgi greyhound whippet schnauzer rottweiler doberman mastiff sheepdog shih-tzu pomeranian dalmatian
labradoodle cockapoo""".split()
_CAT_BREEDS = "siamese persian tabby ragdoll".split()
for _breed in _DOG_BREEDS:
    PET_SPECIES[_breed] = PET_SPECIES[_breed + "s"] = "dog"
for _first in ("border", "jack russell", "yorkshire", "bull", "golden", "german", "australian", "cocker",
               "springer", "basset", "blue", "old english"):
    for _second in ("terrier", "retriever", "shepherd", "spaniel", "collie", "hound", "heeler", "sheepdog"):
        PET_SPECIES[f"{_first} {_second}"] = PET_SPECIES[f"{_first} {_second}s"] = "dog"
for _breed in _CAT_BREEDS:
    PET_SPECIES[_breed] = "cat"
PET_SPECIES["maine coon"] = "cat"

POSSESSIONS = frozenset("""
car truck house home apartment boat bike bicycle motorcycle motorbike tesla piano guitar van jeep farm
cabin condo minivan suv scooter tractor yacht pool garden
""".split())

RELIGIONS = {
    "christian": "christian", "catholic": "christian", "protestant": "christian", "baptist": "christian",
    "methodist": "christian", "lutheran": "christian", "mormon": "christian", "evangelical": "christian",
    "orthodox christian": "christian", "muslim": "muslim", "jewish": "jewish", "a jew": "jewish",
    "buddhist": "buddhist", "hindu": "hindu", "sikh": "sikh", "atheist": "none", "agnostic": "none",
    "not religious": "none", "pagan": "pagan", "wiccan": "pagan",
}

CONDITIONS = frozenset("""
diabetes asthma cancer arthritis allergies anxiety depression adhd autism epilepsy migraines insomnia
dyslexia ptsd celiac lupus leukemia
""".split())

VAGUE_PLACES = frozenset({
    "here", "there", "home", "the city", "the town", "the suburbs", "the country", "the countryside",
    "the area", "this area", "the same place", "the same town", "the same city", "the middle of nowhere",
})

# Jobs that take years of training and a full working week: two of them at once is a contradiction, where
# "I'm an artist" and "I'm a cook" can both hold.
CREDENTIALED_JOBS = frozenset("""
accountant actuary anesthesiologist architect attorney audiologist cardiologist chiropractor dentist
dermatologist doctor electrician engineer firefighter judge lawyer midwife neurologist nurse obstetrician
oncologist optometrist paediatrician paramedic pediatrician pharmacist physician physiotherapist pilot
plumber police policeman policewoman psychiatrist psychologist radiologist solicitor surgeon teacher
professor veterinarian vet barrister soldier sheriff detective
""".split())
