"""Named SPARQL queries, one ``.rq`` file per question, read with importlib.resources."""
