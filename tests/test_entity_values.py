"""One entity, one value: entity_values.py reads values of the speaker's own people and things and holds two
different values of one dimension of a one-of-a-kind entity against each other."""

from __future__ import annotations

from simulate.checkers.conversation import Conversation, TurnIn
from simulate.checkers.engine import check_conversation
from simulate.checkers.open_claims import extract_open_claims


def _values(sentence: str) -> set[tuple[str, str]]:
    return {(c.predicate, c.object) for c in extract_open_claims(sentence) if "'s " in c.predicate}


def _flagged(earlier: str, later: str) -> bool:
    turns = [TurnIn(speaker="A", text=earlier), TurnIn(speaker="B", text="Right."), TurnIn(speaker="A", text=later)]
    return any(f.turn == 2 for f in check_conversation(Conversation(id="c", turns=turns)))


def test_values_read_along_their_dimension() -> None:
    assert _values("My husband's name is Gary.") == {("my husband's name", "gary")}
    assert ("my husband's name", "phil") in _values("My husband Phil is out fishing.")
    assert ("my dog's breed", "beagle") in _values("My dog is a beagle.")
    assert ("my cat's breed", "persian") in _values("I have one cat, a Persian.")
    assert _values("I have green eyes.") == {("my eye's colour", "green")}
    assert _values("My hair is very curly.") == {("my hair's texture", "curly")}
    assert ("my mother's home", "alone") in _values("My mother lives alone in Florida.")
    assert ("my mother's home", "with me") in _values("My mum lives with us.")
    assert ("my father's job", "mechanic") in _values("My dad is a mechanic.")
    assert ("my degree's subject", "physics") in _values("My only degree is in physics.")
    assert ("my job's place", "supermarket") in _values("I work at our local supermarket.")
    assert ("my marriage's length", "10") in _values("We've been married for ten years.")
    assert ("my marriage's length", "2") in _values("We got married two years ago.")


def test_not_the_speakers_own_one() -> None:
    assert _values("My sister's dog is a beagle.") == set()
    assert _values("My father-in-law is an accountant.") == set()
    assert _values("My ex-wife's name is Sarah.") == set()
    assert _values("My late husband was a pilot.") == set()
    assert _values("If my husband were from Brazil we would move.") == set()
    assert _values("My first marriage lasted ten years, we got married ten years ago.") == {
        ("my marriage's count", "more than once")}  # a first marriage implies another, but gives no length


def test_one_of_a_kind_entities_hold_one_value() -> None:
    assert _flagged("My wife's name is Priya.", "My wife Hannah works nights.")
    assert _flagged("I have blue eyes.", "My eyes are brown.")
    assert _flagged("My dad lives in Ohio.", "My father lives in Texas.")
    assert _flagged("My mum lives with me and my husband.", "My mother lives on her own in Spain.")
    assert _flagged("I have been married for twelve years.", "We got married last year.")


def test_uniqueness_must_be_said_for_other_things() -> None:
    assert not _flagged("My dog is a pug.", "My dog is a dachshund.")
    assert _flagged("I have a dog. My dog is a pug.", "My dog is a dachshund.")
    assert _flagged("My only car is a Mazda.", "I drive a Tesla.")
    assert not _flagged("I have two cats. My cat is a Persian.", "My cat is a Siamese.")
    assert not _flagged("My son is a doctor.", "My son is a teacher.")
    assert _flagged("My only tattoo is a rose.", "I have four tattoos.")


def test_values_that_nest_or_change_agree() -> None:
    assert not _flagged("My dog is a spaniel. I have one dog.", "My dog is a springer spaniel.")
    assert not _flagged("My mum lives in Florida.", "My mum lives in Tampa.")
    assert not _flagged("My husband is a doctor.", "My husband is a surgeon.")
    assert not _flagged("My hair is brown.", "I bleached my hair blonde.")
    assert not _flagged("My mother lives alone.", "My mum moved in with us last year.")
    assert not _flagged("I have hazel eyes.", "My eyes are green.")
    assert not _flagged("I work for a large company.", "I work for Google.")


def test_a_pronoun_refers_to_the_one_said_before_and_a_kind_to_its_one_member() -> None:
    assert _flagged("I have one sister. She lives in Boston.", "My sister lives in Seattle.")
    assert not _flagged("I have two sisters. She lives in Boston.", "My sister lives in Seattle.")
    assert ("my hamster's name", "nibbles") in _values("My only pet is a hamster named Nibbles.")
    assert _flagged("My only pet is a hamster named Nibbles.", "My hamster is called Biscuit.")


def test_ages_and_how_long_a_thing_has_been_had() -> None:
    assert ("my mother's age", "62") in _values("My mom is 62.")
    assert ("my dog's held", "0.5") in _values("I got my dog six months ago.")
    assert _flagged("My mom is 62.", "My mother is 80 years old.")
    assert not _flagged("My mom is 62.", "My mom is 63.")
    assert not _flagged("My mom is 62.", "My mom turned 63 last week.")
    assert _flagged("I have one car. I have had my car for 15 years.", "I bought my car last year.")
    assert not _flagged("I've had my dog for ten years.", "I got my dog six months ago.")


def test_a_make_or_breed_said_alone_names_its_entity() -> None:
    assert ("my car's make", "toyota") in _values("I love my Toyota.")
    assert _flagged("My only car is a Honda.", "I love my Toyota.")
    assert not _flagged("My car is a Honda.", "I love my Toyota.")


def test_each_clause_is_read_on_its_own_terms() -> None:
    assert _flagged("I've got four cats.", "My cat's an only child, she would hate another cat.")
    assert ("my eye's colour", "blue") in _values("I have blue eyes and I would love green ones.")
    assert _values("If I were blonde, my hair would be easier.") == set()
    assert not _flagged("I have a degree in history.", "I have a degree in physics.")
    assert _flagged("I have only got the one degree, in physics.", "My only degree's in art history.")


def test_everyday_ways_of_naming_ones_own() -> None:
    assert _flagged("Hubby's a plumber.", "My husband is a dentist, he loves it.")
    assert _flagged("Mum lives up in Aberdeen.", "Oh my mum lives in Cardiff, near the bay.")
    assert _flagged("my other half is from Spain", "My partner is from Sweden originally.")
    assert _flagged("We've got one dog, a golden retriever called Biscuit.", "Our dog is a dachshund.")
    assert _flagged("Ha. the wife's name is Julie", "lol my wife Sarah would laugh at that")
    assert not _flagged("Dad jokes are the best.", "My dad is a dentist.")
    assert ("my ford's name", "pinto") not in _values("I like to drive my Ford Pinto.")


def test_names_a_person_goes_by_and_places_within_places() -> None:
    assert not _flagged("My husband's name is Robert.", "My husband Bob loves golf.")
    assert _flagged("My husband's name is Robert.", "My husband Steve loves golf.")
    assert not _flagged("My wife is from New York.", "My wife is from Brooklyn.")
    assert not _flagged("My parents live in Florida.", "My parents live in Ohio in the summer.")
    assert _values("My wife is from New York.") == {("my wife's origin", "new york")}


def test_things_one_has_only_one_of() -> None:
    assert _flagged("I have one pet, a hamster.", "My only pet is a guinea pig.")
    assert _flagged("I have one sibling, a brother.", "My only sibling is a sister.")
    assert _flagged("I was born on the 3rd of May.", "My birthday is in October.")
    assert _flagged("My first language is Welsh.", "Spanish is my mother tongue.")
    assert _flagged("I'm a Leo.", "My star sign is Pisces.")
    assert not _flagged("My birthday is in July.", "My wife's birthday is in December.")
    assert not _flagged("I'm a cancer survivor.", "My star sign is Pisces.")
    assert not _flagged("I have a pet, a hamster.", "I also have a cat.")


def test_casual_talk() -> None:
    assert _flagged("Hi! my husband's called Dave, he's a sweetheart.", "Haha. My husband Mike would never do that.")
    assert _flagged("I've got one cat, a big ginger tom called Mango.", "my cat's a little grey Persian, she's so fluffy")
    assert _flagged("We've been married thirty years this June!", "lol we only got married two years ago")
    assert _flagged("My mom lives right next door to us.", "My mother lives in a nursing home in Ohio.")
    assert _flagged("Hmm. my brother's my only sibling, he's in Denver", "Ha. I have one sibling, my sister Kate.")
    assert _flagged("I'm a natural blonde, always have been.", "My hair's naturally jet black.")
    assert not _flagged("My wife is a nurse.", "My wife would make a great teacher.")
    assert not _flagged("My dog is a beagle, my only dog.", "My dog is a beagle cross, maybe some terrier.")


def test_height_and_blood_type() -> None:
    assert ("my height's inches", "64") in _values("I'm 5'4\".")
    assert _flagged("I'm 5'4\".", "I'm six foot two.")
    assert not _flagged("I am 6 feet tall.", "I'm six foot.")
    assert not _flagged("I'm 5'4\".", "My son is six foot two.")
    assert _flagged("My blood type is O negative.", "My blood type is A positive.")
    assert not _flagged("My blood type is O.", "I'm type O negative.")


def test_two_workplaces_said_plainly_are_the_slot_grammars_to_compare() -> None:
    assert _flagged("I work at the post office.", "My only job is at a pub.")
    assert ("my job's place", "bank") in _values("I work at the bank.")


def test_a_breed_and_a_name_said_together() -> None:
    assert _values("My only dog is a spaniel called Rusty.") >= {("my dog's breed", "spaniel"), ("my dog's name", "rusty")}
    assert ("my dog's breed", "golden retriever") in _values("My dog is a golden retriever named Buddy.")
    assert ("my dog's colour", "golden") not in _values("My dog is a golden retriever named Buddy.")
    assert ("my cat's name", "mittens") not in _values("My cats are both named Mittens.")  # two cats
    assert _flagged("My only dog is a spaniel called Rusty.", "I've just the one dog, a big German shepherd named Max.")
    assert not _flagged("I've just got a new dog, a beagle.", "My dog is a spaniel.")  # a new one: a change


def test_how_many_times_one_has_married() -> None:
    assert ("my marriage's count", "once") in _values("I've only been married once.")
    assert ("my marriage's count", "once") in _values("Marcus is my first and only husband.")
    assert ("my marriage's count", "more than once") in _values("I've been married twice.")
    assert ("my marriage's count", "more than once") in _values("My second marriage has lasted far better.")
    assert _flagged("I've been married twice.", "I've only been married once.")
    assert _flagged("I've only tied the knot the once, to Claire.", "My first wife and I divorced in the eighties.")
    assert not _flagged("I've been married twice.", "My second husband is a chef.")
    assert not _flagged("I've only been married once.", "If I'd married my first boyfriend I'd be miserable.")
