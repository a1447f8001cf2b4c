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
