"""Care log speed over a large demo salon: median ms per operation.

    .venv/bin/python benchmarks/care_log_benchmark.py [--customers 5000]

What a beautician waits for: opening a customer's brief (notes, cards, open items),
saving an entry that uses a card (checked and written in one IMMEDIATE transaction),
and the entry list's count + first page under each filter.
"""

from __future__ import annotations

import argparse
import datetime as dt

from common import demo_salon, median_ms

from salon_desk.services import care_log
from salon_desk.services.cards import CardInput, sell_card
from salon_desk.services.care_log import CareEntryInput
from salon_desk.services.care_log_list import EntryFilter, count_entries, fetch_entries
from salon_desk.services.catalogues import list_service_items, list_staff
from salon_desk.services.customer_brief import customer_brief
from salon_desk.store.models import Customer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    with demo_salon(args.customers):
        today = dt.date.today()
        staff = list_staff()[1].id
        item = list_service_items()[0].id
        customer_id = Customer.select(Customer.id).order_by(Customer.id).scalar()
        big_card = sell_card(
            customer_id,
            CardInput(name="bench × 999", sessions_bought=999, purchased_on=today),
            staff,
        )

        def log_with_card() -> int:
            return care_log.log_care(
                CareEntryInput(
                    customer_id=customer_id,
                    visited_at=dt.datetime.now().astimezone(),
                    beautician_id=staff,
                    service_item_ids=(item,),
                    feedback="bench",
                    card_id=big_card,
                ),
                staff,
            )

        figures = {
            "customer brief (5 notes, cards, open items)": lambda: customer_brief(customer_id),
            "save an entry using a session card": log_with_card,
        }
        filters = {
            "last 30 days": EntryFilter(date_from=today - dt.timedelta(days=30), date_to=today),
            "one beautician, all time": EntryFilter(beautician_id=staff),
            "one service item, all time": EntryFilter(service_item_id=item),
            "customer by last 4 digits": EntryFilter(customer_text="5678"),
            "everything": EntryFilter(),
        }
        for name, entry_filter in filters.items():
            figures[f"list: {name} (count + 200 rows)"] = lambda f=entry_filter: (
                count_entries(f),
                fetch_entries(f, 0, 200),
            )
        for name, action in figures.items():
            print(f"{name:55s} {median_ms(action, args.repeat):8.2f} ms")


if __name__ == "__main__":
    main()
