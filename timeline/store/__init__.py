"""The event store: YAML under ``content/events/`` that people commit, review and edit.

``load_store`` reads it (through the cache when shards are unchanged), ``merge`` folds in this
build's candidate events while keeping every hand edit, ``save_store`` writes the shards that
changed, atomically, and ``store_lock`` keeps two builds from interleaving.
"""

from timeline.store.core import Store
from timeline.store.files import load_store, save_store, shard_files
from timeline.store.lock import store_lock
from timeline.store.merge import MergeReport, merge

__all__ = ["MergeReport", "Store", "load_store", "merge", "save_store", "shard_files",
           "store_lock"]
