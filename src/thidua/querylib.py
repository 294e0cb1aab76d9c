"""The named query library: ``queries/*.rq`` with a strict ``#+ `` YAML header, typed parameters.

A query file is valid SPARQL as it stands: its header is a block of ``#+ `` comment lines at the
top (grlc / SIB sparql-examples style), validated strictly (unknown keys, undeclared or unused
parameters are errors). A parameter ``number`` is the variable ``?_number`` in the query body.

How a value reaches the query decides its speed (measured, see ``bench/bench_queries.py`` and
``docs/QUERIES.md``): pyoxigraph answers ``rotation_history`` at 1 M triples in well under a
millisecond with the cluster number written in place of the variable, and tens of milliseconds
when the same value is passed as ``substitutions=`` or a ``VALUES`` block, because the planner
then cannot start from the selective pattern. So the value is written in place, but only ever as
an RDF term made by pyoxigraph (a validated IRI, an escaped typed literal), and only where the
template has the parameter's variable token. The result is re-tokenized and must equal the
template's tokens with each parameter variable replaced by exactly that term: a value can never
add a token, close a brace or open a ``UNION``. The same text goes to the embedded store and to a
remote server, so both answer the same question.

An optional parameter's lines end with a ``#? name`` guard comment and are dropped when it is
absent, so both forms of the query stay index-driven (and the file stays valid SPARQL). An absent
optional parameter that is not guarded stays a free variable: templates use it either in a
triple pattern (free = any value) or behind ``!BOUND(?_name) || ...``; when a value is given,
``BOUND(?_name)`` is rewritten to ``true`` together with the substitution.

>>> q = load_query("rotation_history")
>>> sorted(q.parameters)
['authority', 'bloc', 'number']
>>> "?_number" in q.text and "?_number" not in q.bind({"number": "3"})
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox
import yaml

from thidua.text import clean_value, normalize_text
from thidua.vocab import DEFAULT_BASE

PARAM_TYPES = (
    "integer", "year", "string", "province", "iri", "boolean",
    "authority", "bloc", "award_type", "status", "role", "conference_type",
)  # fmt: skip
#: Parameter types resolved through a SKOS vocabulary: type -> vocab kind.
VOCAB_TYPES = {
    "authority": "authority",
    "bloc": "agency",
    "award_type": "award",
    "status": "status",
    "role": "role",
    "conference_type": "conference_type",
}
HEADER_KEYS = {"title", "description", "title_vi", "title_en", "description_vi", "description_en", "parameters", "tags"}
PARAM_KEYS = {"type", "required", "example", "description"}
MIN_YEAR, MAX_YEAR = 1945, 2100
MAX_STRING = 500
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


class QueryError(ValueError):
    """A bad query file, header, parameter value or query text; ``str()`` is one line."""


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '''(?:[^'\\]|\\.|'(?!''))*'''
               | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<ws>\s+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[A-Za-z0-9_\-]*)?|[0-9]+(?:\.[0-9]+)?)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # comment string iri var ws word other
    text: str


def tokenize(text: str) -> list[Token]:
    """SPARQL text as a lossless token list (``"".join`` gives the text back)."""
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        out.append(Token(kind, m.group()))
    return out


def _code(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind not in ("ws", "comment")]


def variables_in(text: str) -> set[str]:
    """Names of the variables a query mentions (``?x`` and ``$x`` are the same)."""
    return {t.text[1:] for t in tokenize(text) if t.kind == "var"}


# --------------------------------------------------------------------------- SERVICE


def service_targets(query: str) -> list[str]:
    """The endpoints a query's ``SERVICE`` clauses name (``?var`` for a variable endpoint)."""
    code = _code(tokenize(query))
    targets = []
    for i, t in enumerate(code):
        if t.kind == "word" and t.text.upper() == "SERVICE":
            j = i + 1
            if j < len(code) and code[j].kind == "word" and code[j].text.upper() == "SILENT":
                j += 1
            targets.append(code[j].text.strip("<>") if j < len(code) else "")
    return targets


def check_service(query: str, allowed_hosts: tuple[str, ...] | list[str] = ()) -> None:
    """Refuse a federated query unless every SERVICE endpoint's host is allowed.

    The embedded store would otherwise fetch any URL a query names, from the user's machine.
    """
    for target in service_targets(query):
        host = urlsplit(target).hostname if "://" in target else None
        if host is None or host not in allowed_hosts:
            where = f"host {host!r}" if host else f"endpoint {target!r}"
            raise QueryError(
                f"query uses SERVICE ({where}); local queries do not follow SERVICE unless you pass "
                f"--allow-service HOST"
            )


# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool = True
    example: Any = None
    description: str = ""

    def to_term(self, value: Any) -> ox.NamedNode | ox.Literal:
        """Validate a user value and make the RDF term for it (raises QueryError)."""
        try:
            return make_term(self.type, value)
        except QueryError as exc:
            raise QueryError(f"parameter {self.name}: {exc}") from None


def make_term(ptype: str, value: Any) -> ox.NamedNode | ox.Literal:
    """The RDF term of a typed parameter value, made by pyoxigraph (never by string formatting)."""
    if isinstance(value, ox.NamedNode | ox.Literal):
        raise QueryError("give a plain value, not an RDF term")
    if value is not None and re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", str(value)):
        # Refused rather than cleaned: a value with control characters is not what the user typed.
        raise QueryError(f"{_show(str(value))} contains control characters")
    text = normalize_text(str(value)) if value is not None else ""
    if ptype == "integer":
        if isinstance(value, bool) or not re.fullmatch(r"\s*[+-]?\d{1,9}\s*", text):
            raise QueryError(f"{_show(text)} is not an integer")
        return ox.Literal(int(text))
    if ptype == "year":
        if isinstance(value, bool) or not re.fullmatch(r"\s*\d{4}\s*", text):
            raise QueryError(f"{_show(text)} is not a year (YYYY)")
        year = int(text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise QueryError(f"year {year} is out of range {MIN_YEAR}-{MAX_YEAR}")
        return ox.Literal(year)
    if ptype == "boolean":
        folded = text.strip().lower()
        if folded in ("true", "yes", "1", "on", "có", "co"):
            return ox.Literal(True)
        if folded in ("false", "no", "0", "off", "không", "khong"):
            return ox.Literal(False)
        raise QueryError(f"{_show(text)} is not a boolean (true/false)")
    if ptype == "string":
        if len(text) > MAX_STRING:
            raise QueryError(f"text longer than {MAX_STRING} characters")
        return ox.Literal(text)
    if ptype == "iri":
        return ox.NamedNode(check_iri(text))
    if ptype == "province":
        return ox.NamedNode(resolve_province(text).iri)
    if ptype in VOCAB_TYPES:
        from thidua.vocab import UnknownTerm, vocabularies

        try:
            return ox.NamedNode(vocabularies().lookup(VOCAB_TYPES[ptype], text).iri)
        except UnknownTerm as exc:
            raise QueryError(str(exc)) from None
    raise QueryError(f"unknown parameter type {ptype!r}")


def _show(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def check_iri(text: str, base: str = DEFAULT_BASE) -> str:
    """An absolute http(s)/urn IRI, or a path under the default base (``fact/role/…``)."""
    text = text.strip()
    if not text:
        raise QueryError("empty IRI")
    if re.search(r'[\s<>"{}|\\^`]', text) or any(ord(c) < 0x20 for c in text):
        raise QueryError(f"{_show(text)} contains characters not allowed in an IRI")
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", text):
        text = base + text.lstrip("/")
    scheme = text.split(":", 1)[0].lower()
    if scheme not in ("http", "https", "urn"):
        raise QueryError(f"{_show(text)}: only http, https and urn IRIs are accepted")
    try:
        ox.NamedNode(text)
    except ValueError as exc:
        raise QueryError(f"{_show(text)} is not a valid IRI: {exc}") from None
    return text


def resolve_province(name: str):  # type: ignore[no-untyped-def]
    """A province by name (today's map wins when a name exists in both) or by id (``pre2025-27``)."""
    from thidua.gazetteer import UnknownProvince, gazetteer

    g = gazetteer()
    key = name.strip()
    if key in g.by_id:
        return g.by_id[key]
    try:
        return g.resolve(clean_value(key))
    except UnknownProvince as exc:
        raise QueryError(str(exc)) from None


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title_vi: str
    title_en: str
    description_vi: str
    description_en: str
    parameters: dict[str, Parameter]
    tags: tuple[str, ...]
    text: str  # the whole file (header included: it is only comments)
    form: str = field(default="SELECT")

    def examples(self) -> dict[str, Any]:
        """The example value of every parameter that has one."""
        return {n: p.example for n, p in self.parameters.items() if p.example is not None}

    def terms(self, values: dict[str, Any]) -> dict[str, ox.NamedNode | ox.Literal]:
        """Validate user values (by parameter name) into RDF terms; unknown or missing ones raise."""
        unknown = sorted(set(values) - set(self.parameters))
        if unknown:
            known = ", ".join(self.parameters) or "none"
            raise QueryError(f"{self.name}: unknown parameter(s) {', '.join(unknown)} (parameters: {known})")
        missing = [n for n, p in self.parameters.items() if p.required and values.get(n) in (None, "")]
        if missing:
            raise QueryError(f"{self.name}: missing required parameter(s) {', '.join(missing)} (use -p NAME VALUE)")
        return {n: self.parameters[n].to_term(v) for n, v in values.items() if v not in (None, "")}

    def bind(self, values: dict[str, Any]) -> str:
        """The query text with the given parameter values written in as RDF terms."""
        terms = self.terms(values)
        return substitute(apply_guards(self.text, set(terms)), terms)


_GUARD = re.compile(r"#\?\s*([a-z][a-z0-9_]*)\s*$")


def guards(text: str) -> list[tuple[int, str]]:
    """(line number, parameter) of every line that ends with a ``#? name`` guard comment."""
    out = []
    offset = 0
    comments = {}
    for t in tokenize(text):
        if t.kind == "comment":
            comments[offset] = t.text
        offset += len(t.text)
    pos = 0
    for i, line in enumerate(text.split("\n")):
        start = line.rfind("#")
        if start >= 0 and (pos + start) in comments:
            m = _GUARD.match(comments[pos + start])
            if m:
                out.append((i, m.group(1)))
        pos += len(line) + 1
    return out


def apply_guards(text: str, given: set[str]) -> str:
    """Drop the lines guarded by ``#? name`` when parameter ``name`` is not given.

    A guard keeps a selective pattern out of the query when its parameter is absent (a free
    variable there would match everything, or drop the rows that lack the property), so both
    forms stay index-driven. Only the template's own lines are dropped; values are never text.
    """
    drop = {i for i, name in guards(text) if name not in given}
    if not drop:
        return text
    return "\n".join(line for i, line in enumerate(text.split("\n")) if i not in drop)


def substitute(text: str, terms: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Replace each parameter variable ``?_name`` by its term; verify nothing else changed.

    ``BOUND(?_name)`` becomes ``true`` for a given parameter (a term is not a variable).
    """
    tokens = tokenize(text)
    rendered: dict[str, list[Token]] = {}
    for name, term in terms.items():
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise QueryError(f"parameter {name}: not an RDF term")
        term_tokens = tokenize(str(term))
        kinds = [t.kind for t in term_tokens]
        if kinds not in (["iri"], ["string"], ["string", "other", "other", "iri"], ["string", "other", "word"]):
            raise QueryError(f"parameter {name}: value does not make a single RDF term")
        rendered[name] = term_tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "word" and t.text.upper() == "BOUND":
            code = [(k, tok) for k, tok in enumerate(tokens[i + 1 : i + 8], i + 1) if tok.kind != "ws"]
            if (
                len(code) >= 3
                and code[0][1].text == "("
                and code[1][1].kind == "var"
                and code[1][1].text[2:] in rendered
                and code[1][1].text[1] == "_"
                and code[2][1].text == ")"
            ):
                out.append(Token("word", "true"))
                i = code[2][0] + 1
                continue
        if t.kind == "var" and t.text[1:2] == "_" and t.text[2:] in rendered:
            out.extend(rendered[t.text[2:]])
        else:
            out.append(t)
        i += 1
    result = "".join(t.text for t in out)
    # The invariant that makes this safe: the result re-tokenizes to exactly the tokens built.
    if tokenize(result) != out:
        raise QueryError("a parameter value would change the structure of the query")
    return result


def _header(text: str, origin: str) -> tuple[dict, str]:
    lines = text.splitlines()
    head = []
    for line in lines:
        if line.startswith("#+ ") or line.rstrip() == "#+":
            head.append(line[3:] if line.startswith("#+ ") else "")
        else:
            break
    if not head:
        raise QueryError(f"{origin}: no '#+ ' YAML header at the top of the file")
    try:
        meta = yaml.safe_load("\n".join(head))
    except yaml.YAMLError as exc:
        raise QueryError(f"{origin}: header is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise QueryError(f"{origin}: header must be a YAML mapping")
    return meta, "\n".join(lines[len(head) :])


def _bilingual(meta: dict, key: str, origin: str) -> tuple[str, str]:
    nested = meta.get(key)
    vi, en = meta.get(f"{key}_vi"), meta.get(f"{key}_en")
    if nested is not None:
        if vi is not None or en is not None:
            raise QueryError(f"{origin}: give {key} either nested or as {key}_vi/{key}_en, not both")
        if not isinstance(nested, dict) or set(nested) != {"vi", "en"}:
            raise QueryError(f"{origin}: {key} must be a mapping with exactly 'vi' and 'en'")
        vi, en = nested["vi"], nested["en"]
    for lang, value in (("vi", vi), ("en", en)):
        if not isinstance(value, str) or not value.strip():
            raise QueryError(f"{origin}: missing {key} in {'Vietnamese' if lang == 'vi' else 'English'} ({key}_{lang})")
    return normalize_text(vi).strip(), normalize_text(en).strip()


def parse_query(text: str, name: str, origin: str | None = None) -> NamedQuery:
    """Parse and strictly validate one query file's text."""
    origin = origin or f"{name}.rq"
    if not _NAME.match(name):
        raise QueryError(f"{origin}: query name {name!r} must be lower-case letters, digits and '_'")
    meta, body = _header(text, origin)
    unknown = sorted(set(map(str, meta)) - HEADER_KEYS)
    if unknown:
        allowed = ", ".join(sorted(HEADER_KEYS))
        raise QueryError(f"{origin}: unknown header key(s) {', '.join(unknown)} (allowed: {allowed})")
    title_vi, title_en = _bilingual(meta, "title", origin)
    desc_vi, desc_en = _bilingual(meta, "description", origin)
    tags = meta.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise QueryError(f"{origin}: tags must be a list of strings")
    raw_params = meta.get("parameters") or {}
    if not isinstance(raw_params, dict):
        raise QueryError(f"{origin}: parameters must be a mapping name -> {{type, ...}}")
    params: dict[str, Parameter] = {}
    for pname, spec in raw_params.items():
        where = f"{origin}: parameter {pname!r}"
        if not isinstance(pname, str) or not _NAME.match(pname):
            raise QueryError(f"{where}: name must be lower-case letters, digits and '_'")
        if not isinstance(spec, dict):
            raise QueryError(f"{where}: must be a mapping with at least 'type'")
        bad = sorted(set(map(str, spec)) - PARAM_KEYS)
        if bad:
            raise QueryError(f"{where}: unknown key(s) {', '.join(bad)} (allowed: {', '.join(sorted(PARAM_KEYS))})")
        ptype = spec.get("type")
        if ptype not in PARAM_TYPES:
            raise QueryError(f"{where}: type {ptype!r} must be one of {', '.join(PARAM_TYPES)}")
        required = spec.get("required", True)
        if not isinstance(required, bool):
            raise QueryError(f"{where}: required must be true or false")
        desc = spec.get("description", "")
        if not isinstance(desc, str) or not desc.strip():
            raise QueryError(f"{where}: needs a description")
        example = spec.get("example")
        if required and example is None:
            raise QueryError(f"{where}: a required parameter needs an example")
        param = Parameter(pname, ptype, required, example, desc.strip())
        if example is not None:
            try:
                param.to_term(example)
            except QueryError as exc:
                raise QueryError(f"{origin}: example of {exc}") from None
        params[pname] = param
    guarded = {name for _, name in guards(body)}
    bad_guards = sorted(guarded - set(params))
    if bad_guards:
        raise QueryError(f"{origin}: '#?' guard(s) name undeclared parameter(s) {', '.join(bad_guards)}")
    used = {v[1:] for v in variables_in(body) if v.startswith("_")}
    undeclared = sorted(used - set(params))
    if undeclared:
        raise QueryError(f"{origin}: variable(s) {', '.join('?_' + u for u in undeclared)} used but not declared")
    unused = sorted(set(params) - used)
    if unused:
        raise QueryError(f"{origin}: parameter(s) {', '.join(unused)} declared but not used as ?_NAME")
    code = [t for t in _code(tokenize(body)) if t.kind == "word"]
    form = next((t.text.upper() for t in code if t.text.upper() in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")), "")
    if not form:
        raise QueryError(f"{origin}: no SELECT, CONSTRUCT, ASK or DESCRIBE")
    query = NamedQuery(
        name=name, title_vi=title_vi, title_en=title_en, description_vi=desc_vi, description_en=desc_en,
        parameters=params, tags=tuple(tags), text=text, form=form,
    )  # fmt: skip
    check_parses(query, origin)
    return query


class _SyntaxChecker:
    """Checks SPARQL syntax by running on an empty store, which is instant and never touches the
    network, except for a query with SERVICE: Oxigraph would send that to the remote endpoint
    even on an empty store, so such a query is only parsed (by rdflib's parser)."""

    def __init__(self) -> None:
        self.store = ox.Store()

    def query(self, text: str) -> None:
        if service_targets(text):
            from rdflib.plugins.sparql import prepareQuery

            try:
                prepareQuery(text)
            except Exception as exc:  # rdflib raises pyparsing's ParseException and others
                raise SyntaxError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
            return
        self.store.query(text)


def check_parses(query: NamedQuery, origin: str) -> None:
    """The template parses, and so does every substitution of its examples (or a dummy value)."""
    store = _SyntaxChecker()
    try:
        store.query(query.text)
        store.query(apply_guards(query.text, set()))
    except SyntaxError as exc:
        raise QueryError(f"{origin}: SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    sample = {n: (p.example if p.example is not None else _DUMMY[p.type]) for n, p in query.parameters.items()}
    try:
        store.query(query.bind(sample))
    except SyntaxError as exc:
        raise QueryError(
            f"{origin}: does not parse with parameters written in (is a parameter projected or a BIND target?): "
            f"{str(exc).splitlines()[0]}"
        ) from None


_DUMMY = {
    "integer": 1, "year": 2023, "string": "x", "province": "Hà Nội", "iri": "https://example.org/x",
    "boolean": "true", "authority": "bo_tttt", "bloc": "so_tttt", "award_type": "emulation_flag",
    "status": "proposed", "role": "head", "conference_type": "year_end",
}  # fmt: skip


# --------------------------------------------------------------------------- the library


def _files() -> dict[str, Any]:
    root = resources.files("thidua.queries")
    return {p.name[:-3]: p for p in root.iterdir() if p.name.endswith(".rq")}


def query_names() -> list[str]:
    return sorted(_files())


@cache
def load_query(name: str) -> NamedQuery:
    """A named query from the package's ``queries/`` folder (raises QueryError with suggestions)."""
    files = _files()
    if name not in files:
        import difflib

        close = difflib.get_close_matches(name, list(files), n=3, cutoff=0.5)
        names = ", ".join(sorted(files))
        hint = f" (did you mean: {', '.join(close)}?)" if close else f" (see `thidua query list`: {names})"
        raise QueryError(f"no query named {name!r}{hint}")
    return parse_query(files[name].read_text(encoding="utf-8"), name)


def load_all() -> list[NamedQuery]:
    return [load_query(n) for n in query_names()]


def query_from_file(path: str) -> NamedQuery:
    """An ad-hoc query file: with a ``#+`` header it is validated like a named one; without, it
    has no parameters."""
    from pathlib import Path

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise QueryError(f"{path}: not UTF-8 text") from None
    stem = re.sub(r"[^a-z0-9_]", "_", p.stem.lower()) or "query"
    if not stem[0].isalpha():
        stem = "q_" + stem
    if text.startswith("#+"):
        return parse_query(text, stem, origin=str(path))
    try:
        _SyntaxChecker().query(text)
    except SyntaxError as exc:
        raise QueryError(f"{path}: SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    code = [t for t in _code(tokenize(text)) if t.kind == "word"]
    form = next((t.text.upper() for t in code if t.text.upper() in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")), "")
    undeclared = sorted(v for v in variables_in(text) if v.startswith("_"))
    if undeclared:
        names = ", ?".join(undeclared)
        raise QueryError(f"{path}: variable(s) ?{names} look like parameters; declare them in a #+ header")
    return NamedQuery(stem, stem, stem, "", "", {}, (), text, form)
