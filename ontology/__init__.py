"""Data files of the thidua ontology, shipped as package data of ``thidua.ontology``.

``thidua.ttl`` (OWL), ``vocabularies.ttl`` (SKOS), ``shapes.ttl`` (SHACL), ``provinces.ttl``
(the gazetteer, generated from ``provinces.csv`` and ``province_variants.yaml``),
``defaults.yaml`` and ``context.jsonld``. Code reads them with :mod:`importlib.resources`.
"""
