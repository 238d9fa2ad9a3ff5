"""`workplan serve`: the booth (and, with the officer key, the full app) in a browser, by textual-serve."""
