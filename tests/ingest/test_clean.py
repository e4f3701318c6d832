from tacitus.ingest.clean import normalise_whitespace, strip_furniture


def test_repeated_caption_with_glued_credit_is_removed():
    text = "Aftermath of an attack (illustration)\nAftermath of an attack (illustration)Reuters\n\nGunmen killed 12 people on Monday."
    assert strip_furniture(text) == "Gunmen killed 12 people on Monday."


def test_read_more_and_advertisement_lines_are_removed():
    text = "Troops retook the town.\n\nAdvertisement\n\nRead more: Why the war goes on\n\nResidents returned on Friday."
    assert strip_furniture(text) == "Troops retook the town.\n\nResidents returned on Friday."


def test_reporting_lines_are_kept_even_when_short():
    text = "Police said 3 died.\n\nTwo more were hurt."
    assert strip_furniture(text) == text


def test_non_breaking_spaces_and_blank_runs_are_normalised():
    assert normalise_whitespace("a\u00a0b\r\n\n\n\nc") == "a b\n\nc"
