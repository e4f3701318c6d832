"""Scoring extraction against gold files (format: ``shared/eval/FORMAT.md``).

    report = evaluate_files([Path("../shared/eval/dev/muc4.jsonl")])
    print_report(report, console)
    json.dumps(report.to_json())

The parts, in the order data flows through them:

- :mod:`~tacitus.evaluate.gold` reads and validates gold JSONL into typed records;
- :mod:`~tacitus.evaluate.predictions` turns the pipeline's output records into typed
  predictions (factual events and relations only);
- :mod:`~tacitus.evaluate.align` pairs predicted with gold events one-to-one;
- :mod:`~tacitus.evaluate.fields`, :mod:`~tacitus.evaluate.toponyms` and
  :mod:`~tacitus.evaluate.relations` count hits per section;
- :mod:`~tacitus.evaluate.score` adds the counts up into a :class:`Report`;
- :mod:`~tacitus.evaluate.runner` reads files, runs the pipeline and prints the tables;
- :mod:`~tacitus.evaluate.floors` keeps the quality floors that CI checks.

Everything except the runner is pure: gold and predictions in, counts out.
"""

from __future__ import annotations

from tacitus.evaluate.gold import GoldRecord, read_gold
from tacitus.evaluate.predictions import PredDoc, prediction_from_record
from tacitus.evaluate.score import Report, score_documents

__all__ = ["GoldRecord", "PredDoc", "Report", "prediction_from_record", "read_gold", "score_documents"]
