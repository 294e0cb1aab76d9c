"""The ontology: labels, definitions, vocab.py mirrors it, and a DL reasoner finds it consistent."""

from __future__ import annotations

import os
import shutil

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal

from thidua.vocab import TD, TD_NS, ontology_file, vocabularies

ONTOLOGY_FILES = ("thidua.ttl", "vocabularies.ttl", "shapes.ttl", "provinces.ttl")


def _graph(*names: str) -> rdflib.Graph:
    g = rdflib.Graph()
    for name in names:
        g.parse(data=ontology_file(name), format="turtle")
    return g


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_data_files_parse_in_both_libraries(name: str) -> None:
    text = ontology_file(name)
    assert len(rdflib.Graph().parse(data=text, format="turtle")) > 10
    assert len(list(ox.parse(text.encode(), format=ox.RdfFormat.TURTLE))) > 10


def test_every_td_term_has_vi_and_en_labels_and_a_definition() -> None:
    g = _graph("thidua.ttl")
    terms = {s for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(TD_NS)}
    assert len(terms) > 40
    for term in terms:
        langs = {lbl.language for lbl in g.objects(term, RDFS.label)}
        assert {"vi", "en"} <= langs, f"{term} lacks a vi or en label"
        assert g.value(term, SKOS.definition) is not None, f"{term} lacks a definition"


def test_vocab_py_mirrors_the_ontology() -> None:
    g = _graph("thidua.ttl")
    declared = {str(s)[len(TD_NS) :] for s in g.subjects() if str(s).startswith(TD_NS)}
    mirrored = set(TD.__annotations__)
    assert declared == mirrored
    with pytest.raises(AttributeError):
        TD.clusterNumbr  # noqa: B018 - a mistyped term must fail


def test_every_concept_has_labels_notation_definition_and_scheme() -> None:
    g = _graph("vocabularies.ttl")
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) >= 40
    for c in concepts:
        assert {lbl.language for lbl in g.objects(c, SKOS.prefLabel)} >= {"vi", "en"}, c
        assert g.value(c, SKOS.notation) is not None, c
        assert g.value(c, SKOS.definition) is not None, c
        assert g.value(c, SKOS.inScheme) is not None, c


@pytest.mark.parametrize(
    ("kind", "surface", "notation"),
    [
        ("agency", "Sở TT&TT", "so_tttt"),
        ("agency", "Sở TTTT", "so_tttt"),
        ("agency", "Đài PT - TH", "dai_ptth"),
        ("agency", "Sở VH,TT&DL", "so_vhttdl"),
        ("authority", "Bộ Thông tin - Truyền thông", "bo_tttt"),
        ("authority", "Bộ TT&TT", "bo_tttt"),
        ("role", "Khối trưởng", "head"),
        ("role", "Trưởng Cụm", "head"),
        ("role", "Phó Cụm Trưởng", "deputy"),
        ("award", "Cờ Thi đua", "emulation_flag"),
        ("status", "đề xuất", "proposed"),
    ],
)
def test_surface_forms_resolve_through_alt_labels(kind: str, surface: str, notation: str) -> None:
    assert vocabularies().lookup(kind, surface).notation == notation


def test_unknown_term_names_the_closest_concepts() -> None:
    with pytest.raises(ValueError, match="did you mean"):
        vocabularies().lookup("agency", "Sở Thông tin Truyền hình")


def _reasoner_graph(extra: str = "") -> rdflib.Graph:
    """Ontology + vocabularies + gazetteer + the built seed graph, ready for HermiT.

    HermiT supports only the OWL 2 datatype map, which lacks xsd:date and xsd:gYearMonth;
    those literals (and ranges) are mapped to xsd:dateTime for the reasoner only.
    """
    g = rdflib.Graph()
    g.parse("data/kg.ttl")
    if extra:
        g.parse(data=extra, format="turtle")
    out = rdflib.Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype in (XSD.date, XSD.gYearMonth):
            o = Literal(str(o) + ("-01" if o.datatype == XSD.gYearMonth else "") + "T00:00:00", datatype=XSD.dateTime)
        elif o in (XSD.date, XSD.gYearMonth):
            o = XSD.dateTime
        out.add((s, p, o))
    return out


def _hermit(g: rdflib.Graph, tmp_path) -> list:
    from owlready2 import World, sync_reasoner

    path = tmp_path / "thidua.owl"
    g.serialize(str(path), format="xml")
    world = World()
    onto = world.get_ontology(path.as_uri()).load()
    with onto:
        sync_reasoner(world, infer_property_values=False, debug=0)
    return list(world.inconsistent_classes())


needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@needs_java
def test_hermit_finds_the_ontology_and_data_consistent_with_no_unsatisfiable_class(tmp_path, root) -> None:
    os.chdir(root)
    assert _hermit(_reasoner_graph(), tmp_path) == []


@needs_java
def test_hermit_check_can_fail(tmp_path, root) -> None:
    """The reasoner test is not vacuous: a class below two disjoint classes is reported."""
    os.chdir(root)
    bad = "@prefix td: <https://w3id.org/thidua/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    bad += "td:Broken a <http://www.w3.org/2002/07/owl#Class> ; rdfs:subClassOf td:Fact , td:Evidence ."
    unsat = _hermit(_reasoner_graph(bad), tmp_path)
    assert any(str(c.iri).endswith("Broken") for c in unsat)


def test_owl_ontology_header() -> None:
    g = _graph("thidua.ttl")
    assert (rdflib.URIRef("https://w3id.org/thidua/ontology"), RDF.type, OWL.Ontology) in g
