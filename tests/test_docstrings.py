"""Every docstring example of the core modules runs as a test (from the project root)."""

from __future__ import annotations

import doctest
import importlib
import os

import pytest

MODULES = [
    "thidua.api", "thidua.text", "thidua.gazetteer", "thidua.ids", "thidua.vocab", "thidua.loaders.facts",
    "thidua.export",
]  # fmt: skip


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, root) -> None:
    os.chdir(root)
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    if name in ("thidua.api", "thidua.text", "thidua.gazetteer", "thidua.ids"):
        assert result.attempted > 0
