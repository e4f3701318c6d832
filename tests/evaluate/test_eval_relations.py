"""Relations: typed triples, symmetric types undirected, unannotated types unjudged."""

from __future__ import annotations

from tacitus.evaluate.fakes import actor
from tacitus.evaluate.gold import GoldRelation
from tacitus.evaluate.metrics import PRF
from tacitus.evaluate.predictions import PredRelation, pred_relation
from tacitus.evaluate.relations import RelationCounts, score_relations

ALL = ("allies", "fighting_against", "member_of", "leader_of", "pledged_allegiance")


def rel(rtype: str, source: str, target: str) -> PredRelation:
    return PredRelation(rtype, (source,), (target,))


def test_symmetric_relation_matches_in_either_direction() -> None:
    gold = [GoldRelation("allies", ("Syrian Arab forces",), ("Russia",))]
    assert score_relations([rel("allies", "Russia", "Syrian Arab forces")], gold, ALL).total == PRF(tp=1)
    gold_fa = [GoldRelation("fighting_against", ("the Iraq people",), ("ISIL",))]
    assert score_relations([rel("fighting_against", "ISIL", "Iraq people")], gold_fa, ALL).total == PRF(tp=1)


def test_directed_relation_must_keep_its_direction() -> None:
    gold = [GoldRelation("member_of", ("YPG",), ("Syrian Democratic Forces", "SDF"))]
    assert score_relations([rel("member_of", "SDF", "YPG")], gold, ALL).total == PRF(fp=1, fn=1)
    assert score_relations([rel("member_of", "ypg", "SDF")], gold, ALL).total == PRF(tp=1)


def test_relation_endpoint_matches_by_actor_text_or_name() -> None:
    gold = [GoldRelation("leader_of", ("Abubakar Shekau",), ("Boko Haram",))]
    rec = {"type": "leader_of", "source": actor("Shekau", name="Abubakar Shekau"),
           "target": actor("the group", name="Boko Haram"), "modality": "reported"}
    assert score_relations([pred_relation(rec)], gold, ALL).total == PRF(tp=1)


def test_type_must_match() -> None:
    gold = [GoldRelation("allies", ("A",), ("B",))]
    assert score_relations([rel("fighting_against", "A", "B")], gold, ALL).by_type == {
        "allies": PRF(fn=1), "fighting_against": PRF(fp=1)}


def test_types_the_dataset_never_annotates_are_unjudged() -> None:
    gold = [GoldRelation("allies", ("A",), ("B",))]
    counts = score_relations([rel("allies", "A", "B"), rel("pledged_allegiance", "A", "IS")], gold, ("allies",))
    assert counts.by_type == {"allies": PRF(tp=1)}


def test_counts_by_type_add_up_and_serialise_with_by_type() -> None:
    a = RelationCounts({"allies": PRF(tp=1)})
    b = RelationCounts({"allies": PRF(fn=1), "member_of": PRF(fp=2)})
    total = a + b
    assert total.total == PRF(tp=1, fp=2, fn=1)
    js = total.to_json()
    assert set(js["by_type"]) == {"allies", "member_of"}
    assert js["by_type"]["allies"]["recall"] == 0.5


def test_actor_recall_counts_gold_endpoints_named_by_any_actor_mention() -> None:
    golds = [GoldRelation("fighting_against", ("Iraqi forces",), ("ISIL", "Daesh")),
             GoldRelation("member_of", ("Abu Omar",), ("ISIL", "Daesh"))]
    actors = [("Daesh", "Islamic State"), ("Iraqi security forces", "Military Forces of Iraq")]
    counts = score_relations([], golds, ALL, actors)
    # three distinct endpoints: ISIL/Daesh (found by text), Iraqi forces (not: no exact string), Abu Omar (not)
    assert (counts.endpoints_found, counts.endpoints) == (1, 3)
    assert counts.to_json()["actors"] == {"recall": round(1 / 3, 4), "found": 1, "n": 3}
    # a predicted relation's endpoints are actor mentions too
    more = score_relations([rel("member_of", "Abu Omar", "Islamic State")], golds, ALL, actors)
    assert more.endpoints_found == 2
