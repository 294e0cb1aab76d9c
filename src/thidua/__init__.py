"""thidua-kg: a knowledge graph of Vietnam's emulation clusters, provinces and awards."""

__version__ = "0.1.0"
