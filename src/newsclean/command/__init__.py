"""The machinery of the ``newsclean`` command: inputs, records, output, parallel runs.

:mod:`newsclean.cli` parses the command line and hands over to :mod:`.run`;
everything here only calls the public api (:func:`newsclean.clean`,
:func:`newsclean.iter_articles`).
"""
