"""newsclean inside the engines pipelines already run on.

- :mod:`newsclean.integrations.datatrove`: a datatrove pipeline step
  (``pip install 'newsclean[datatrove]'``);
- :mod:`newsclean.integrations.spark`: functions for PySpark's ``mapInPandas`` and
  a pandas UDF (``pip install 'newsclean[spark]'``).

Each submodule imports its engine, so import the one you use. See ``docs/pipelines.md``.
"""
