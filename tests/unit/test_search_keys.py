from salon_desk.services.search_keys import name_keys, normalize_query, query_digits


def test_initials_and_full_pinyin() -> None:
    keys = name_keys("张慧敏")
    assert "zhm" in keys["initials"]
    assert "zhanghuimin" in keys["pinyin"]


def test_every_reading_of_special_surnames_is_kept() -> None:
    # pypinyin's first reading of 曾 is "ceng"; as a surname it is "zeng".
    assert {"cl", "zl"} <= set(name_keys("曾丽")["initials"])
    assert "zengli" in name_keys("曾丽")["pinyin"]
    assert "shanfang" in name_keys("单芳")["pinyin"]
    assert "ouhong" in name_keys("区红")["pinyin"]
    assert "qinjing" in name_keys("覃静")["pinyin"]


def test_latin_names_are_their_own_key() -> None:
    keys = name_keys("Anna 李")
    assert "annali" in keys["pinyin"]
    assert "al" in keys["initials"]


def test_keys_are_capped() -> None:
    keys = name_keys("长行重还差")  # every character has several readings
    assert 1 <= len(keys["initials"]) <= 16
    assert 1 <= len(keys["pinyin"]) <= 16


def test_query_helpers() -> None:
    assert normalize_query("Zhang Hui-Min") == "zhanghuimin"
    assert query_digits("５６７８") == "5678"
    assert query_digits("138 0013") == "1380013"
    assert query_digits("zhm") == ""


def test_traditional_and_simplified_names_find_each_other() -> None:
    from salon_desk.services.search_keys import name_keys, simplified_key

    assert name_keys("陳麗華")["simplified"] == ["陈丽华"]
    assert name_keys("陈丽华")["simplified"] == ["陈丽华"]
    assert name_keys("陳麗華")["initials"][0] == "clh"
    assert name_keys("Zoë")["simplified"] == []
    assert simplified_key("陳 麗華") == "陈丽华"


TRICKY_TEXTS = [
    "a",
    "A",
    "ab",
    "a-b",
    "a b",
    "á",
    "b",
    "王",
    "王a",
    "王丽",
    "王一",
    "丽",
    "1",
    "10",
    "1-0",
]


def test_a_prefix_as_a_range_is_starts_with_on_either_engine(manager_id: int) -> None:
    """The searched columns compare by bytes on a server too (its default collation may
    be linguistic: ICU en-US on the test server), so a range finds exactly the texts
    that start with the prefix."""
    from salon_desk.services.customer_search import starting_with
    from salon_desk.store.database import write_transaction
    from salon_desk.store.models import Customer, CustomerSearchKey

    with write_transaction():
        for number, text in enumerate(TRICKY_TEXTS):
            made = Customer.create(
                name=f"客{number}", phone=f"1380000{number:04d}", legacy_code=text
            )
            CustomerSearchKey.create(customer=made, kind="part", key=text)
    for prefix in [*TRICKY_TEXTS, "王\U0001f600"]:
        wanted = sorted(text for text in TRICKY_TEXTS if text.startswith(prefix))
        for column in (Customer.legacy_code, CustomerSearchKey.key):
            found = column.model.select(column).where(starting_with(column, prefix))
            assert sorted(value for (value,) in found.tuples()) == wanted, (prefix, column)
    ordered = Customer.select(Customer.legacy_code).where(Customer.legacy_code.in_(TRICKY_TEXTS))
    by_bytes = sorted(TRICKY_TEXTS, key=lambda text: text.encode())
    assert [c for (c,) in ordered.order_by(Customer.legacy_code).tuples()] == by_bytes
