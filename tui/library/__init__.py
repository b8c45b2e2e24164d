"""The library: analyse articles and keep what was found in the index (tui.store.index).

Above the store and the analysis: the store keeps rows and answers queries without
spaCy; this package loads, analyses and hands documents to it, on this machine
(`--jobs`) or on a Dask cluster (`--scheduler`, tui/library/cluster.py).
"""
