"""thidua-kg: a knowledge graph of Vietnam's emulation clusters, provinces and awards.

The notebook API (see :mod:`thidua.api`)::

    import thidua
    kg = thidua.load("data/kg.ttl")
    kg.query("rotation_history", number=3)
    kg.facts("award")
"""

from thidua.api import KnowledgeGraph, build_graph, load

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__", "build_graph", "load"]
