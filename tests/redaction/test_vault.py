import pytest

from redaction import EgressBlocked, Vault, check_egress


@pytest.fixture
def vault():
    v = Vault()
    assert v.placeholder("PERSON", "Ayesha Khan") == "[PERSON_1]"
    assert v.placeholder("PERSON", "Tomasz") == "[PERSON_2]"
    assert v.placeholder("UK_NHS", "943 476 5919") == "[UK_NHS_1]"
    return v


def test_same_value_same_placeholder_any_casing(vault):
    assert vault.placeholder("PERSON", "AYESHA  khan") == "[PERSON_1]"
    assert len(vault) == 3
    assert vault.counts() == {"PERSON": 2, "UK_NHS": 1}


@pytest.mark.parametrize("model_text, restored", [
    ("[PERSON_1] said hi", "Ayesha Khan said hi"),
    ("[Person 1] and [person_2]", "Ayesha Khan and Tomasz"),
    ("PERSON_2 visited", "Tomasz visited"),
    ("[person-1]'s school", "Ayesha Khan's school"),
    ("NHS [UK NHS 1]", "NHS 943 476 5919"),
    ("[PERSON_9] is unknown", "[PERSON_9] is unknown"),
    ("Year 6 and visit 2", "Year 6 and visit 2"),
])
def test_restore_accepts_altered_placeholders(vault, model_text, restored):
    assert vault.restore(model_text) == restored


def test_egress_guard_names_types_never_values(vault):
    with pytest.raises(EgressBlocked) as blocked:
        check_egress("[user]\nvisited ayesha khan; nhs 943 476 5919", vault)
    assert "PERSON" in str(blocked.value) and "UK_NHS" in str(blocked.value)
    assert "khan" not in str(blocked.value).lower()


def test_egress_guard_passes_pseudonymised_text(vault):
    check_egress("[user]\nvisited [PERSON_1] and [PERSON_2]", vault)
