"""The demo salon's families and friends (issue 17.2): children and husbands written on
some files, prospects who enquired (17.5), the staff who brought customers in (17.7),
and friends who come in together — a referred customer with the friend who brought
her, on a few of her visits — so "comes with" and its leader show."""

from __future__ import annotations

import datetime as dt
import random

from salon_desk.store import bulk, visit_figures
from salon_desk.store.models import CareLog, CareLogItem, Customer, Relation, Staff

CHILD_NAMES = ("宝", "贝", "乐", "安", "欣", "琪", "浩", "宇", "萌", "朵")
TOGETHER_AFTER = dt.timedelta(minutes=10)


def add_relations(rng: random.Random, customer_ids: list[int], today: dt.date) -> int:
    """Inside the demo's last transaction, after every file and visit exists; returns
    the visits added for friends who came together."""
    surnames = dict(
        Customer.select(Customer.id, Customer.name).where(Customer.id.in_(customer_ids)).tuples()
    )
    rows = []
    for customer_id in customer_ids:
        surname = surnames.get(customer_id, "")[:1]
        if rng.random() < 0.25:
            age = rng.randint(2, 20)
            rows.append({
                "customer": customer_id, "kind": "child", "gender": rng.choice("FM"),
                "name": surname + "小" + rng.choice(CHILD_NAMES),
                "birthday": today.replace(year=today.year - age, month=1, day=1)
                + dt.timedelta(days=rng.randint(0, 364)),
            })  # fmt: skip
        if rng.random() < 0.1:
            rows.append({
                "customer": customer_id, "kind": "spouse", "gender": "M",
                "name": rng.choice("李王张刘陈杨赵黄") + "先生",
            })  # fmt: skip
    bulk.insert_rows(Relation, rows)
    _prospects_who_enquired(rng, customer_ids)
    _staff_who_brought_them(rng, customer_ids)
    return _friends_who_come_together(rng, customer_ids)


ENQUIRIES = ("问了补水套餐的价格", "想了解祛斑", "朋友推荐来问肩颈按摩", "问有没有新客体验价",
             "想做婚前护理")  # fmt: skip


def _prospects_who_enquired(rng: random.Random, customer_ids: list[int]) -> None:
    """Half the files without a visit are prospects who enquired (17.5): their WeChat
    and what they asked about."""
    visited = CareLog.select(CareLog.customer).where(CareLog.customer.in_(customer_ids))
    never = [
        customer_id
        for (customer_id,) in Customer.select(Customer.id)
        .where(Customer.id.in_(customer_ids) & Customer.id.not_in(visited))
        .tuples()
    ]
    for customer_id in never:
        if rng.random() < 0.5:
            wechat = f"wx_{rng.randint(100000, 999999)}"
            Customer.update(wechat=wechat, wechat_key=wechat, enquiry=rng.choice(ENQUIRIES)).where(
                Customer.id == customer_id
            ).execute()


def _staff_who_brought_them(rng: random.Random, customer_ids: list[int]) -> None:
    """Customers who came through the staff channel name who brought them (17.7)."""
    beauticians = [s for (s,) in Staff.select(Staff.id).where(Staff.role == "beautician").tuples()]
    brought = [
        customer_id
        for (customer_id,) in Customer.select(Customer.id)
        .where(Customer.id.in_(customer_ids) & (Customer.referral_channel == "staff"))
        .tuples()
    ]
    if not beauticians:
        return
    for customer_id in brought:
        Customer.update(referred_by_staff=rng.choice(beauticians)).where(
            Customer.id == customer_id
        ).execute()


def _friends_who_come_together(rng: random.Random, customer_ids: list[int]) -> int:
    """Some referred customers come in with the friend who referred them: the friend's
    visit ten minutes after hers, on two or three of her visits."""
    referred = list(
        Customer.select(Customer.id, Customer.referred_by)
        .where(Customer.id.in_(customer_ids) & Customer.referred_by.is_null(False))
        .tuples()
    )
    pairs = rng.sample(referred, min(len(referred), max(3, len(customer_ids) // 40)))
    friends = []
    copied: set[int] = set()
    added = 0
    for her, friend in pairs:
        visits = list(
            CareLog.select().where((CareLog.customer == her) & CareLog.voided_at.is_null())
        )
        if len(visits) < 2:
            continue
        for visit in rng.sample(visits, min(len(visits), rng.choice((2, 3)))):
            items = [row.service_item_id for row in CareLogItem.select().where(
                CareLogItem.care_log == visit.id)]  # fmt: skip
            copy = CareLog.create(
                customer=friend, beautician=visit.beautician_id, shop=visit.shop_id,
                visited_at=visit.visited_at + TOGETHER_AFTER, amount_fen=visit.amount_fen,
                feedback="和朋友一起来", satisfaction=visit.satisfaction,
                created_by=visit.created_by_id,
            )  # fmt: skip
            bulk.insert_rows(CareLogItem, [{"care_log": copy.id, "service_item": item}
                                           for item in items])  # fmt: skip
            added += 1
        friends.append({"customer": her, "kind": "friend", "other": friend, "name": ""})
        copied.add(friend)
    bulk.insert_rows(Relation, friends)
    visit_figures.refresh(copied)
    return added
