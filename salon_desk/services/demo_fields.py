"""The demo salon's own customer fields (issue 17.1): the basic information the salon's
documents ask of a file (学历, 收入, 民族, 发质, 尺码 …), as a shop would add them in
Settings, and a value for most customers."""

from __future__ import annotations

import random
from dataclasses import dataclass

from salon_desk.store import bulk
from salon_desk.store.models import CustomerType, ProfileField, ProfileFieldValue, TypeMark

BASICS, FAMILY = "基本信息", "家庭"


@dataclass(frozen=True)
class DemoField:
    label: str
    kind: str
    choices: tuple[str, ...]
    heading: str
    filled: float  # the share of customers with a value
    weights: tuple[int, ...] = ()  # how common each choice is (default: equally)
    only_if: tuple[str, str] | None = None  # (another field, its value): children if any


DEMO_FIELDS = (
    DemoField("学历", "choice", ("初中及以下", "高中/中专", "大专", "本科", "硕士及以上"),
              BASICS, 0.7, (1, 3, 4, 4, 1)),
    DemoField("月收入", "choice", ("5千以下", "5千-1万", "1万-2万", "2万以上"),
              BASICS, 0.5, (2, 4, 3, 1)),
    DemoField("民族", "text", ("汉族", "回族", "满族", "壮族", "蒙古族"),
              BASICS, 0.6, (40, 1, 1, 1, 1)),
    DemoField("宗教信仰", "text", ("无", "佛教", "基督教"), BASICS, 0.3, (8, 2, 1)),
    DemoField("发质", "choice", ("干性", "油性", "中性", "受损"), BASICS, 0.8),
    DemoField("服装尺码", "choice", ("S", "M", "L", "XL"), BASICS, 0.5, (2, 4, 3, 1)),
    DemoField("家庭状况", "choice", ("单身", "已婚无子女", "已婚有子女"),
              FAMILY, 0.7, (3, 2, 5)),
    DemoField("孩子人数", "number", (), FAMILY, 0.9, only_if=("家庭状况", "已婚有子女")),
)  # fmt: skip


def make_fields() -> list[tuple[int, DemoField]]:
    """The fields, added as a shop adds them (inside the demo's transaction)."""
    made = []
    for position, field in enumerate(DEMO_FIELDS):
        field_id = ProfileField.insert(
            label=field.label,
            kind=field.kind,
            choices="\n".join(field.choices) if field.kind == "choice" else "",
            heading=field.heading,
            position=position,
        ).execute()
        made.append((int(field_id), field))
    return made


def add_values(
    rng: random.Random, customer_ids: list[int], fields: list[tuple[int, DemoField]]
) -> None:
    """Most customers' answers, written in one statement per batch of customers."""
    rows = []
    for customer_id in customer_ids:
        hers: dict[str, str] = {}
        for field_id, field in fields:
            if rng.random() >= field.filled:
                continue
            if field.only_if is not None and hers.get(field.only_if[0]) != field.only_if[1]:
                continue
            if field.kind == "number":
                value = str(rng.choice((1, 1, 2, 2, 2, 3)))
            else:
                value = rng.choices(field.choices, weights=field.weights or None)[0]
            hers[field.label] = value
            rows.append({"customer": customer_id, "field": field_id, "value": value})
    bulk.insert_rows(ProfileFieldValue, rows)


def add_traits(rng: random.Random, customer_ids: list[int]) -> None:
    """Traits (17.3) for about a third of the customers, one or two each; a customer
    with two is sometimes marked 复合 (mixed) as well."""
    traits = [
        type_id
        for (type_id,) in CustomerType.select(CustomerType.id)
        .where((CustomerType.kind == "trait") & (CustomerType.code != "composite"))
        .order_by(CustomerType.sort_order)
        .tuples()
    ]
    mixed = CustomerType.select(CustomerType.id).where(CustomerType.code == "composite").scalar()
    rows = []
    for customer_id in customer_ids:
        if not traits or rng.random() >= 0.35:
            continue
        hers = rng.sample(traits, 2 if rng.random() < 0.3 else 1)
        if len(hers) == 2 and mixed is not None and rng.random() < 0.5:
            hers.append(mixed)
        rows += [{"customer": customer_id, "type": type_id} for type_id in hers]
    bulk.insert_rows(TypeMark, rows)
