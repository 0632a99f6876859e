"""Load a batch spec and expand it into items: one conversation per (template, draw, model, repeat).

Everything an item needs is in the resolved batch (templates with their cards inline, the persona
pool, the spec), which is stored in the batch folder: resuming needs none of the original files, and
the fingerprint of the resolved batch tells whether the spec (or a file it names) has changed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ..errors import InputError, ScenarioError
from ..loader import display_path, find_agents_dir, load_scenario, validate_document
from ..overrides import apply_overrides
from ..persona import PersonaCard
from ..redact import redact_mapping
from ..scenario import Scenario
from ..seeds import derive_seed, rng_for
from ..yamlsource import read_yaml
from .spec import BatchModel, BatchSpec

__all__ = ["BatchItem", "ResolvedBatch", "load_batch"]

FORMAT = "simulate.batch/1"


@dataclass(frozen=True)
class BatchItem:
    """One conversation of a batch."""

    id: str
    template: int
    draw: int
    model: int
    repeat: int
    seed: int
    personas: tuple[int, ...]  # indices into the pool, in role order


@dataclass
class ResolvedBatch:
    """A batch spec with its templates and persona pool resolved; JSON-serialisable via `data`."""

    spec: BatchSpec
    templates: list[Scenario]
    roles: list[list[str]]
    pool: list[PersonaCard]
    source: str | None = None
    probe_sets: dict[int, list[list[str]]] | None = None  # pool index -> [task, question] (spec `probes`)

    @property
    def data(self) -> dict[str, Any]:
        """The canonical JSON form stored as batch.json (without where the spec was read from)."""
        spec = self.spec.model_dump(mode="json")
        if spec.get("probes") is None:
            spec.pop("probes", None)  # a batch without probe sets keeps the form (and fingerprint) it had
        data = {"format": FORMAT, "spec": spec,
                "templates": [t.model_dump(mode="json") for t in self.templates], "roles": self.roles,
                "pool": [c.model_dump(mode="json") for c in self.pool]}
        if self.probe_sets is not None:
            data["probe_sets"] = {str(k): v for k, v in sorted(self.probe_sets.items())}
        return data

    @property
    def fingerprint(self) -> str:
        """sha256 of the canonical resolved batch (secrets masked, as batch.json holds it): changes when the
        spec or any file it names changes."""
        data = orjson.dumps(redact_mapping(self.data), option=orjson.OPT_SORT_KEYS)
        return "sha256:" + hashlib.sha256(data).hexdigest()

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str | None = None) -> ResolvedBatch:
        """Rebuild from `data` (as stored in batch.json)."""
        if data.get("format") != FORMAT:
            raise InputError(f"not a {FORMAT} batch (format {data.get('format')!r})")
        return cls(spec=BatchSpec.model_validate(data["spec"]),
                   templates=[Scenario.model_validate(t) for t in data["templates"]],
                   roles=[list(r) for r in data["roles"]],
                   pool=[PersonaCard.model_validate(c) for c in data["pool"]], source=source,
                   probe_sets={int(k): v for k, v in data["probe_sets"].items()} if "probe_sets" in data else None)

    @property
    def models(self) -> list[BatchModel]:
        """The spec's models, in order."""
        return self.spec.model_entries()

    def items(self) -> list[BatchItem]:
        """Every item, in a stable order: template, draw, model, repeat."""
        out: list[BatchItem] = []
        models = self.models
        ids = [t.id for t in self.templates]
        for t, template in enumerate(self.templates):
            name = template.id if ids.count(template.id) == 1 else f"{template.id}-t{t}"  # a template used twice
            groups = _draw_groups(self.spec, t, len(self.roles[t]), len(self.pool))
            for d, group in enumerate(groups):
                for r in range(self.spec.repeats):
                    seed = derive_seed(self.spec.seed, "item", t, d, r)  # the same for every model
                    for m in range(len(models)):
                        out.append(BatchItem(f"{name}.d{d}.m{m}.r{r}", t, d, m, r, seed, group))
        out.sort(key=lambda i: (i.template, i.draw, i.model, i.repeat))
        return out

    def scenario(self, item: BatchItem) -> Scenario:
        """The concrete one-conversation scenario of `item`."""
        template = self.templates[item.template]
        roles = self.roles[item.template]
        fixed = {c.name for c in template.cards} - set(roles)
        rename: dict[str, str] = {}
        cards: dict[str, dict[str, Any]] = {}
        for role, index in zip(roles, item.personas):
            card = self.pool[index]
            name = card.name
            n = 2
            while name in fixed or name in cards:  # a drawn persona never takes a fixed persona's name
                name, n = f"{card.name} {n}", n + 1
            rename[role] = name
            cards[name] = {**card.model_dump(mode="json"), "name": name}
        data = template.model_dump(mode="json")
        data["id"] = item.id
        data["seed"] = item.seed
        data["conversations"] = 1
        data["personas"] = [{"inline": cards[rename[e["inline"]["name"]]]} if e["inline"]["name"] in rename else e
                            for e in data["personas"]]
        _rename_references(data, rename)
        data["model"] = _model_settings(data["model"], self.models[item.model])
        scenario = Scenario.model_validate(data)
        entry = self.spec.scenarios[item.template]
        if entry.sessions is not None or entry.turns is not None:
            scenario = apply_overrides(scenario, sessions=entry.sessions, turns=entry.turns)
        if self.probe_sets is not None:
            from .probesets import with_probe_sets

            sets = {rename[role]: self.probe_sets.get(index, []) for role, index in zip(roles, item.personas)}
            scenario = with_probe_sets(scenario, sets)
        return scenario


def _rename_references(data: dict[str, Any], rename: dict[str, str]) -> None:
    def swap(name: Any) -> Any:
        return rename.get(name, name) if isinstance(name, str) else name

    policy = data.get("policy") or {}
    policy["start"] = swap(policy.get("start"))
    for edge in (data.get("graph") or {}).get("edges", []):
        edge["source"], edge["target"] = swap(edge["source"]), swap(edge["target"])
    for probe in data.get("probes", []):
        probe["persona"], probe["asker"] = swap(probe["persona"]), swap(probe.get("asker"))
    for section in ("model", "memory"):
        per = (data.get(section) or {}).get("per_persona")
        if per:
            data[section]["per_persona"] = {swap(k): v for k, v in per.items()}


def _model_settings(template: dict[str, Any], model: BatchModel) -> dict[str, Any]:
    settings = dict(template)
    same_model = settings.get("name") == model.name
    settings["name"] = model.name
    settings["options"] = {**settings.get("options", {}), **model.options} if same_model else dict(model.options)
    for key in ("temperature", "max_tokens", "timeout", "retries", "concurrency", "api_base"):
        value = getattr(model, key)
        if value is not None:
            settings[key] = value
    if model.faults is not None:
        settings["faults"] = model.faults.model_dump(mode="json")
    settings["per_persona"] = {k: {**v, "name": None} for k, v in settings.get("per_persona", {}).items()}
    return settings


def _draw_groups(spec: BatchSpec, template: int, size: int, pool: int) -> list[tuple[int, ...]]:
    """`spec.draws` groups of `size` distinct pool indices for one template, seeded."""
    if spec.personas.draw == "random":
        return [tuple(rng_for(spec.seed, "draw", template, d).sample(range(pool), size)) for d in range(spec.draws)]
    groups: list[tuple[int, ...]] = []
    stream: list[int] = []
    passes = 0
    for _ in range(spec.draws):
        group: list[int] = []
        while len(group) < size:
            if not stream:
                stream = list(range(pool))
                rng_for(spec.seed, "shuffle", template, passes).shuffle(stream)
                passes += 1
            candidate = stream.pop(0)
            if candidate in group:  # at a pass boundary: keep it for the next group
                stream.append(candidate)
                if len(set(stream) - set(group)) == 0:
                    stream = []
                continue
            group.append(candidate)
        groups.append(tuple(group))
    return groups


def load_batch(path: str | Path, *, agents_dir: str | Path | None = None) -> ResolvedBatch:
    """Load a batch spec file and resolve its templates and persona source.

    Raises:
        ScenarioError: the spec or a template is invalid (every problem, with file:line:col).
        InputError: the persona source cannot be read or is too small for a template's roles.
    """
    path = Path(path)
    doc = read_yaml(path, display_name=display_path(path))
    spec = validate_document(BatchSpec, doc)
    from ..models.registry import unknown_model

    problems = [doc.problem(("models", i, "name"), reason) for i, m in enumerate(spec.model_entries())
                if (reason := unknown_model(m.name))]
    templates: list[Scenario] = []
    roles: list[list[str]] = []
    for i, entry in enumerate(spec.scenarios):
        file = path.parent / entry.path
        try:
            file = file.resolve()
            found = file.is_file()
        except OSError as exc:  # a name too long, a loop of links: the file cannot be there
            problems.append(doc.problem(("scenarios", i, "path"), f"cannot use {entry.path!r}: {exc.strerror}"))
            continue
        if not found:
            problems.append(doc.problem(("scenarios", i, "path"), f"no scenario file {entry.path!r} "
                                        f"(looked for {display_path(file)})"))
            continue
        template = load_scenario(file, agents_dir=agents_dir)
        names = template.names
        wanted = entry.roles if entry.roles is not None else list(names)
        unknown = [r for r in wanted if r not in names]
        if unknown:
            problems.append(doc.problem(("scenarios", i, "roles"), f"{', '.join(map(repr, unknown))} not a persona "
                                        f"of {template.id}; its personas: {', '.join(names)}"))
        elif not wanted:
            problems.append(doc.problem(("scenarios", i, "roles"), "name at least one role to fill"))
        templates.append(template)
        roles.append(list(wanted))
    if problems:
        raise ScenarioError(problems)
    pool = _pool(spec, path, agents_dir, doc)
    for i, wanted in enumerate(roles):
        if len(wanted) > len(pool):
            raise ScenarioError([doc.problem(("scenarios", i, "roles"), f"{len(wanted)} roles to fill but the "
                                             f"persona source has only {len(pool)} personas")])
    batch = ResolvedBatch(spec, templates, roles, pool, source=str(path.resolve()))
    if spec.probes is not None:
        from .probesets import resolve_probe_sets

        try:
            batch.probe_sets = resolve_probe_sets(spec, path, pool, (i for item in batch.items() for i in item.personas))
        except InputError as exc:
            raise ScenarioError([doc.problem(("probes",), str(exc))]) from None
    _check_combinations(batch, doc)
    return batch


def _check_combinations(batch: ResolvedBatch, doc: Any) -> None:
    """Build the first item of every (template, model) so a setting that breaks a scenario fails here,
    before anything is written, with the place in the spec."""
    from pydantic import ValidationError

    problems = []
    seen: set[tuple[int, int]] = set()
    for item in batch.items():
        if (item.template, item.model) in seen:
            continue
        seen.add((item.template, item.model))
        try:
            batch.scenario(item)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"])
            problems.append(doc.problem(("models", item.model), f"with template {batch.templates[item.template].id}: "
                                        f"{where}: {first['msg']}"))
        except InputError as exc:
            problems.append(doc.problem(("scenarios", item.template), str(exc)))
    if problems:
        raise ScenarioError(problems)


def _pool(spec: BatchSpec, path: Path, agents_dir: str | Path | None, doc: Any) -> list[PersonaCard]:
    from .persona_sources import load_persona_source

    source = spec.personas
    if source.path is not None:
        where = (path.parent / source.path).resolve()
    elif agents_dir is not None:
        where = Path(agents_dir)
    else:
        found = find_agents_dir(path)
        if found is None:
            raise ScenarioError([doc.problem(("personas",), "no agents/ folder found beside the spec; give `path`")])
        where = found
    try:
        cards = load_persona_source(source.source, where)
    except ScenarioError:
        raise  # the persona file's own problems, each with its file and line
    except InputError as exc:
        raise ScenarioError([doc.problem(("personas", "path") if source.path else ("personas",), str(exc))]) from None
    return cards[: source.limit] if source.limit is not None else cards
