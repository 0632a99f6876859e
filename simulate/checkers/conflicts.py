"""When do two claims of the same key contradict each other? One pure function per kind of slot."""

from __future__ import annotations

import math
from typing import Any

from ..compatibility import ALWAYS_COMPATIBLE_JOBS, NOT_WORKING, marital_statuses_conflict, squashed, texts_compatible
from .claims import Claim

__all__ = ["conflict", "names_compatible", "related_keys"]

_COUNTS = ("children", "siblings")
_TRUTHS = ("pets:", "possessions:", "health:", "education:", "diet:")
MIN_CONFIDENCE = 0.5


_MULTI_VALUED = ("occupation", "employer")
_PLACES = ("location", "birthplace")


def _both_credentialed(a: Any, b: Any) -> bool:
    """Are both jobs ones that take years of training and a full working week (lawyer, nurse, pilot)?"""
    from .lexicon import CREDENTIALED_JOBS

    heads = [str(v).split()[-1].rstrip("s") if str(v).split() else "" for v in (a, b)]
    return all(h in CREDENTIALED_JOBS for h in heads)


def names_compatible(a: str, b: str) -> bool:
    """Can both be one person's name? The same, or one a short form of the other ("Walt", "Walter")."""
    a, b = squashed(a), squashed(b)
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _count(value: Any) -> tuple[int, bool] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value, True
    if isinstance(value, dict) and isinstance(value.get("min"), int):
        return value["min"], False
    return None


def _counts_conflict(a: Any, b: Any) -> bool:
    ca, cb = _count(a), _count(b)
    if ca is None or cb is None:
        return False
    (na, exact_a), (nb, exact_b) = ca, cb
    if exact_a and exact_b:
        return na != nb
    if exact_a:
        return na < nb
    if exact_b:
        return nb < na
    return False


def _truth(claim: Claim) -> bool:
    return bool(claim.value) == (claim.polarity == "affirm")


def related_keys(key: str) -> tuple[str, ...]:
    """Other keys a claim of `key` must be compared with ("no pets" against "a dog", and back;
    "my only pet is a cat" against "a dog")."""
    if key.startswith("pets:") and key not in ("pets:any", "pets:only") and not key.endswith(":count"):
        return ("pets:any", "pets:only")
    return ()


def _only_pet_conflict(new: Claim, old: Claim) -> bool:
    only, other = (new, old) if new.index_key == "pets:only" else (old, new)
    if other.index_key == "pets:only":
        return only.value != other.value
    species = other.index_key.split(":", 1)[1]
    return _truth(other) and species != only.value


def conflict(new: Claim, old: Claim, *, years_between: float | None = None, same_session: bool = True) -> bool:
    """Do `new` and `old` contradict each other? They share a key (or are related keys)."""
    if new.tense != old.tense or new.tense == "future":
        return False
    key = new.index_key
    vague = new.confidence < MIN_CONFIDENCE or old.confidence < MIN_CONFIDENCE
    if vague:  # a vague value contradicts only its own denial ("a house" / "not a house")
        return (new.polarity != old.polarity and isinstance(new.value, str) and isinstance(old.value, str)
                and new.value == old.value)
    if key == "pets:only" or old.index_key == "pets:only":
        return _only_pet_conflict(new, old)
    if key == "pets:any" or old.index_key == "pets:any":
        return _truth(new) != _truth(old)
    if key == "age":
        return _age_conflict(new, old, years_between, same_session)
    if key.startswith(_TRUTHS) and not key.endswith(":count"):
        return _truth(new) != _truth(old)
    if key.startswith(_COUNTS) or key.endswith(":count"):
        if new.polarity != "affirm" or old.polarity != "affirm":
            return False
        return _counts_conflict(new.value, old.value)
    if key.startswith("taste:"):
        if new.polarity == old.polarity:
            return new.polarity == "affirm" and new.value != old.value
        return new.value == old.value
    if new.polarity != old.polarity:
        return _same_value(key, new.value, old.value)
    if new.polarity == "deny":
        return False
    if new.tense == "past" and key in ("location", "occupation", "employer", "education"):
        return False  # a life has room for many past homes and jobs
    if key == "marital_status":
        return marital_statuses_conflict(new.value, old.value)
    if key == "occupation" and _both_credentialed(new.value, old.value):
        return not texts_compatible(new.value, old.value)  # a lawyer is not also an accountant
    if key == "occupation" and ({new.value, old.value} & NOT_WORKING) and \
            (new.exclusive or old.exclusive) and new.value != old.value:
        return True  # "I'm retired" and "I work as a journalist"
    if key in _MULTI_VALUED and not (new.exclusive and old.exclusive):
        return False  # "I'm an artist" and "I'm a great cook" can both hold; "I work as a nurse" / "... as a chef" cannot
    if key == "name":
        return not names_compatible(str(new.value), str(old.value))
    if key == "occupation" and ({new.value, old.value} & ALWAYS_COMPATIBLE_JOBS):
        return False
    if isinstance(new.value, str) and isinstance(old.value, str):
        if key in _PLACES:  # La Jolla is in San Diego, Columbus in Ohio
            relation = _places_compatible(new.value, old.value)
            if relation is not None:
                return not relation
        return not texts_compatible(new.value, old.value)
    return new.value != old.value


def _same_value(key: str, a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        if key in _PLACES:  # "I don't live in Ohio" against "I live in Columbus"
            relation = _places_compatible(a, b)
            if relation is not None:
                return relation
        return texts_compatible(a, b)
    return a == b


def _places_compatible(a: str, b: str) -> bool | None:
    """Can one person live in (or be born in) both places? From the gazetteer; None when it does not know."""
    from .places import places_compatible

    return places_compatible(a, b)


def _age_range(value: Any) -> tuple[int, int] | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value, value
    if isinstance(value, dict) and isinstance(value.get("min"), int) and isinstance(value.get("max"), int):
        return value["min"], value["max"]
    return None


def _age_conflict(new: Claim, old: Claim, years_between: float | None, same_session: bool) -> bool:
    a, b = _age_range(new.value), _age_range(old.value)
    if a is None or b is None:
        return False
    if years_between is not None:
        grow_low, grow_high = math.floor(years_between), math.ceil(years_between)
    elif same_session:
        grow_low = grow_high = 0
    else:
        grow_low, grow_high = 0, 1
    expected = (b[0] + grow_low, b[1] + grow_high + (1 if new.change else 0))  # what `old` says the age is now
    # ("I just turned 40" may follow "I'm 39" at once)
    overlap = not (a[1] < expected[0] or a[0] > expected[1])
    if new.polarity == old.polarity == "affirm":
        return not overlap
    if new.polarity != old.polarity:  # "I am 30" against "I am not in my thirties"
        inside = a[0] >= expected[0] and a[1] <= expected[1] if new.polarity == "affirm" else \
            expected[0] >= a[0] and expected[1] <= a[1]
        return inside
    return False
