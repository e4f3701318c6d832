from tacitus.ingest.dedup import NearDuplicateIndex, content_hash, signature

BASE = (
    "Gunmen on motorcycles attacked the village of Dalori outside Maiduguri late on Saturday, burning homes and "
    "killing at least 50 people, officials said. Survivors said the attack lasted nearly four hours before troops "
    "arrived. The army said it had pursued the attackers into the bush. A resident who hid in a tree said he watched "
    "his neighbours' huts burn one after another while the raiders shouted and fired into the air. Emergency workers "
    "counted bodies in the morning and said the toll could rise because several people were missing. The village lies "
    "a few kilometres from the state capital and hosts thousands of people who had fled earlier raids. The governor "
    "visited the site on Sunday and promised to rebuild the homes and to station more soldiers along the road. "
    "No group claimed the attack, but the area has been hit repeatedly by the insurgents over the past year. "
    "Aid agencies said food and shelter were needed urgently for the families who lost everything in the fire. "
    "The attack came days after the military announced that the insurgents had been pushed out of most towns. "
)


def test_content_hash_ignores_case_and_spacing():
    assert content_hash("A  b\nC") == content_hash("a b c")


def test_near_copy_with_trimmed_sentence_is_found():
    index = NearDuplicateIndex()
    index.add("orig", signature(BASE))
    copy = BASE.replace("officials said", "officials told our reporter").replace("The army said it had pursued the attackers into the bush. ", "", 1)
    assert index.match(signature(copy)) == "orig"


def test_different_story_is_not_a_near_copy():
    index = NearDuplicateIndex()
    index.add("orig", signature(BASE))
    other = "Protesters marched through Bamako on Friday demanding the resignation of the president. " * 4
    assert index.match(signature(other)) is None
