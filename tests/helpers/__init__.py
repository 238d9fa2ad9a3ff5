"""Plain helpers the tests share: plans written as text, paths, Pilot steps.

Not test modules and no fixtures (those live in the conftest.py of each folder), so a test
imports `helpers.x`, never another test module. Importable because pytest puts the folder of
the root tests/conftest.py on sys.path (its default "prepend" import mode).
"""
