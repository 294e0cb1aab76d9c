"""Loaders: facts files (YAML, JSON Lines) and articles (text, HTML) into fact objects."""
