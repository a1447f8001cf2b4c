"""Numbered schema migrations, run on open after a backup.

A fresh database is created from the current models at ``LATEST_VERSION``. An older
one is backed up, then each step and its version bump run inside one transaction, so
a crash leaves either the old schema or the new one, never a mix. A database written
by a newer Salon Desk is refused before anything is changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import peewee as pw

from salon_desk.chinese import has_han, search_form
from salon_desk.store import backup, bulk, search_parts, visit_figures
from salon_desk.store.database import (
    DatabaseError,
    SchemaTooNewError,
    db,
    is_sqlite,
    sqlite_path,
    write_transaction,
)
from salon_desk.store.models import (
    ALL_MODELS,
    IMPORT_BATCH_INDEXES,
    ITEMS_OF_VISIT_INDEX,
    RECENT_RANK_INDEX,
    SCORED_VISITS_INDEX,
    STAFF_CHANGES_INDEX,
    VALID_VISITS_BY_SHOP_INDEX,
    VALID_VISITS_BY_TIME_INDEX,
    VALID_VISITS_INDEX,
    VISITS_BY_BEAUTICIAN_INDEX,
    Card,
    CareLog,
    Complaint,
    ComplaintSignOff,
    Customer,
    CustomerRetention,
    CustomerSearchKey,
    CustomerValue,
    Event,
    EventGuest,
    FollowUp,
    ImportBatch,
    ImportedUpdate,
    ProfileField,
    ProfileFieldValue,
    Relation,
    RetentionFit,
    SchemaInfo,
    Shop,
    ShopSetting,
    Staff,
    TypeMark,
    VisitFigures,
)
from salon_desk.store.seed import seed_defaults

log = logging.getLogger(__name__)

Step = Callable[[], None]


def index_care_log_by_time() -> None:
    """The care log list is newest-first and filtered by date: without this index every
    page sorts the whole log (80 ms at 100k entries instead of a few)."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS care_log_visited_at ON care_log (visited_at)")


def index_valid_visits() -> None:
    """Visit statistics read only non-voided entries in customer and time order: this
    partial covering index serves them without a sort or a table lookup."""
    db.execute_sql(VALID_VISITS_INDEX)


def index_changes_by_staff() -> None:
    """The audit viewer's staff filter: newest first without sorting her whole history
    (379 ms over a million history rows with the staff index alone)."""
    db.execute_sql(STAFF_CHANGES_INDEX)


def add_other_phone_name_order_and_simplified_names() -> None:
    """A second phone or a landline, searchable by its last four digits; names in pinyin
    order; every name in simplified characters, so 陈丽华 finds 陳麗華 (and back); the
    counts behind PIN locks that double."""
    text, number = "VARCHAR(255) NOT NULL DEFAULT ''", "INTEGER NOT NULL DEFAULT 0"
    for table, columns in (
        (
            "customer",
            {
                "other_phone": text,
                "other_phone_last4": text,
                "name_sort": text,
                "legacy_code": text,
            },
        ),
        ("staff", {"name_sort": text, "locks_in_a_row": number, "failures_since_sign_in": number}),
        ("service_item", {"name_sort": text}),
        ("card", {"carried_over": number}),
    ):
        present = {column.name for column in db.get_columns(table)}
        for column, kind in columns.items():
            if column not in present:
                db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_other_phone_last4 ON customer (other_phone_last4)"
    )
    db.execute_sql("CREATE INDEX IF NOT EXISTS customer_name_sort ON customer (name_sort)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS customer_legacy_code ON customer (legacy_code)")
    # Her pinyin is already stored as a search key: the first full reading sorts her.
    first_reading = (
        CustomerSearchKey.select(CustomerSearchKey.key)
        .where((CustomerSearchKey.customer == Customer.id) & (CustomerSearchKey.kind == "pinyin"))
        .order_by(CustomerSearchKey.id)
        .limit(1)
    )
    Customer.update(name_sort=pw.fn.COALESCE(first_reading, Customer.name)).execute()
    # Staff and service items get theirs from catalogues.fill_missing_sort_keys at start.
    CustomerSearchKey.delete().where(CustomerSearchKey.kind == "simplified").execute()
    rows = [
        {"customer": customer_id, "kind": "simplified", "key": search_form(name)}
        for customer_id, name in Customer.select(Customer.id, Customer.name).tuples()
        if has_han(name)
    ]
    for start in range(0, len(rows), 500):
        CustomerSearchKey.insert_many(rows[start : start + 500]).execute()


def add_import_batches() -> None:
    """Each import becomes a batch its rows are marked with, so it can be undone whole."""
    db.create_tables([ImportBatch, ImportedUpdate])
    for table in ("staff", "service_item", "customer", "card", "care_log"):
        if "import_batch_id" not in {column.name for column in db.get_columns(table)}:
            db.execute_sql(
                f"ALTER TABLE {table} ADD COLUMN import_batch_id INTEGER"
                " REFERENCES import_batch (id)"
            )
    for statement in IMPORT_BATCH_INDEXES:
        db.execute_sql(statement)


def keep_visit_figures() -> None:
    """Each customer's visit figures kept in step with her care log (issue 15.1), built
    here from every entry already on file."""
    db.create_tables([VisitFigures])
    visit_figures.rebuild_figures()  # the entries' ranks come with schema 14


def search_by_any_part() -> None:
    """Any part of a name and any three digits of a phone become an index range (issue
    15.2): the endings of every file's name and phones as keys, and a covering index."""
    db.execute_sql("DROP INDEX IF EXISTS customer_search_key_key")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_search_key_key_kind_customer_id"
        " ON customer_search_key (key, kind, customer_id)"
    )
    CustomerSearchKey.delete().where(CustomerSearchKey.kind.in_(("part", "digits"))).execute()
    people = Customer.select(
        Customer.id, Customer.name, Customer.phone, Customer.other_phone
    ).where(Customer.erased_at.is_null())
    rows = [
        {"customer": customer_id, "kind": kind, "key": key}
        for customer_id, name, phone, other_phone in people.tuples()
        for kind, key in search_parts.part_keys(name, phone, other_phone)
    ]
    for start in range(0, len(rows), 20_000):
        bulk.insert_rows(CustomerSearchKey, rows[start : start + 20_000])


def index_valid_visits_by_time() -> None:
    """Today's figures (the window, the months) read valid entries by time from an index
    alone."""
    db.execute_sql(VALID_VISITS_BY_TIME_INDEX)


# Columns searched by their start as a range (customer_search.starting_with): the range is
# right only in byte order, which SQLite always uses and a server only under "C".
PREFIX_SEARCHED_COLUMNS = (
    ("customer_search_key", "key"),
    ("customer", "phone"),
    ("customer", "legacy_code"),
)


def compare_searched_text_by_bytes() -> None:
    """On a server whose default collation is linguistic (en_US, zh_CN, ICU), "starts
    with 王" as a range would miss and misplace names: these columns compare by bytes
    there, as on SQLite, and their indexes are rebuilt so (issue 16.7)."""
    if is_sqlite():
        return
    for table, column in PREFIX_SEARCHED_COLUMNS:
        db.execute_sql(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE VARCHAR(255) COLLATE "C"'
        )


# Where each record of a visit, a sale, a call or a complaint says which shop it was in.
SHOP_COLUMNS = (
    (Staff, Staff.shop),
    (Customer, Customer.home_shop),
    (Card, Card.shop),
    (CareLog, CareLog.shop),
    (FollowUp, FollowUp.shop),
    (Complaint, Complaint.shop),
)


def add_shops() -> None:
    """A chain of shops in one database (issue 16.1): the shop table, with this salon as
    its one shop, and the shop of every staff member, file, card, visit, call and
    complaint on record; every card stays usable everywhere, as it was."""
    from playhouse.migrate import SchemaMigrator, migrate

    db.create_tables([Shop, ShopSetting])  # (each step may meet its own work done)
    shop_id = Shop.select(Shop.id).order_by(Shop.id).scalar() or Shop.insert(name="").execute()
    migrator = SchemaMigrator.from_database(db.obj)
    migrate(
        *(
            migrator.add_column(model._meta.table_name, field.column_name, field)
            for model, field in SHOP_COLUMNS
            if field.column_name
            not in {column.name for column in db.get_columns(model._meta.table_name)}
        )
    )
    if "chain_wide" not in {column.name for column in db.get_columns("card")}:
        # A plain ADD COLUMN with its default: playhouse adds a NOT NULL column on SQLite
        # by copying the card table and dropping the old one, which the care entries
        # paid by card refuse (FOREIGN KEY constraint failed: a salon with card visits
        # could not upgrade; found on a 100,000-customer demo file).
        db.execute_sql(
            f"ALTER TABLE card ADD COLUMN chain_wide {'INTEGER' if is_sqlite() else 'BOOLEAN'}"
            f" NOT NULL DEFAULT {'1' if is_sqlite() else 'TRUE'}"
        )
    for model, field in SHOP_COLUMNS:
        model.update({field: shop_id}).where(field.is_null()).execute()


def index_visits_by_shop() -> None:
    """A chain's shop box finds who visited the shop in the window from an index range:
    35 ms a page at 100k customers over 20 shops without it (benchmarks/scale.py)."""
    db.execute_sql(VALID_VISITS_BY_SHOP_INDEX)


def key_first_characters_in_name_order() -> None:
    """A one-character search reads its first page in name order from one index range
    (services/search_keys.py, LETTER): each character a customer's keys start with, and a
    letter her code in the previous system starts with, followed by her place in the name
    order. Made in SQL from the keys on record, as search_keys.customer_keys makes them."""
    CustomerSearchKey.delete().where(CustomerSearchKey.kind == "letter").execute()
    p = db.param
    db.execute_sql(
        f"""
INSERT INTO customer_search_key (customer_id, kind, key)
SELECT f.customer_id, 'letter', f.first_character || {p} || c.name_sort
FROM (
  SELECT customer_id, substr(key, 1, 1) AS first_character FROM customer_search_key
  WHERE kind <> 'digits' AND key <> ''
  UNION
  SELECT id, lower(substr(legacy_code, 1, 1)) FROM customer
  WHERE erased_at IS NULL AND substr(legacy_code, 1, 1) BETWEEN 'A' AND 'Z'
) f JOIN customer c ON c.id = f.customer_id""",
        ["\x1f"],
    )


def rank_visits_from_the_latest() -> None:
    """Each valid entry's place among her entries counted from her latest (CareLog's
    recent_rank), so the charts' groups need no count of the window's entries."""
    if "recent_rank" not in {column.name for column in db.get_columns("care_log")}:
        db.execute_sql("ALTER TABLE care_log ADD COLUMN recent_rank INTEGER")
    visit_figures.renumber()
    db.execute_sql(RECENT_RANK_INDEX)


def add_profile_fields() -> None:
    """Fields the shop adds to the customer file (issue 17.1); none until it adds them."""
    db.create_tables([ProfileField, ProfileFieldValue], safe=True)


def add_relations() -> None:
    """Family and friends on her file (issue 17.2)."""
    db.create_tables([Relation], safe=True)


def add_staff_referrals() -> None:
    """A staff member as the one who brought her (issue 17.7)."""
    if "referred_by_staff_id" not in {column.name for column in db.get_columns("customer")}:
        db.execute_sql(
            "ALTER TABLE customer ADD COLUMN referred_by_staff_id INTEGER REFERENCES staff (id)"
        )
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_referred_by_staff_id"
        " ON customer (referred_by_staff_id)"
    )


def add_prospect_contact() -> None:
    """Her WeChat and what she asked about (issue 17.5), empty for files on record."""
    columns = {column.name for column in db.get_columns("customer")}
    added = (("wechat", "VARCHAR(255)"), ("wechat_key", "VARCHAR(255)"), ("enquiry", "TEXT"))
    for name, kind in added:
        if name not in columns:  # plain ADD COLUMN: see add_shops
            db.execute_sql(f"ALTER TABLE customer ADD COLUMN {name} {kind} NOT NULL DEFAULT ''")
    compare_wechat_by_bytes()
    db.execute_sql("CREATE INDEX IF NOT EXISTS customer_wechat_key ON customer (wechat_key)")


def compare_wechat_by_bytes() -> None:
    """Her WeChat id is searched from its start, as an index range: on a server its key
    compares by bytes, like the columns of schema 10 (compare_searched_text_by_bytes)."""
    if not is_sqlite():
        db.execute_sql(
            'ALTER TABLE "customer" ALTER COLUMN "wechat_key" TYPE VARCHAR(255) COLLATE "C"'
        )


def add_traits_and_several_types() -> None:
    """A third catalogue, the ten customer traits (顾客特征), and a customer's further
    types of a multiple-choice catalogue (issue 17.3); nobody has any yet."""
    db.create_tables([TypeMark], safe=True)
    seed_defaults()  # the traits: the other catalogues' rows are there and kept


def keep_customer_values() -> None:
    """Her value tier (issue 17.4), counted the first time the app or a command asks."""
    db.create_tables([CustomerValue], safe=True)


def add_lunar_birthdays() -> None:
    """Whether she celebrates her birthday by the lunar calendar (issue 17.6)."""
    if "birthday_lunar" not in {column.name for column in db.get_columns("customer")}:
        kind, no = ("INTEGER", "0") if is_sqlite() else ("BOOLEAN", "FALSE")  # as peewee's
        db.execute_sql(
            f"ALTER TABLE customer ADD COLUMN birthday_lunar {kind} NOT NULL DEFAULT {no}"
        )


def index_tiers_by_spend() -> None:
    """A tier's lowest spend from the index (one customer's rank tier, counted at each
    visit: a scan of every kept row took 30 ms at 100k customers)."""
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS customer_value_tier_spend_fen"
        " ON customer_value (tier, spend_fen)"
    )


def add_events() -> None:
    """Member events with their guests' answers and attendance (issue 17.6)."""
    db.create_tables([Event, EventGuest], safe=True)


def add_satisfaction_parts() -> None:
    """The parts of a visit's satisfaction and how it met her expectation (issue 18.1);
    empty for the visits on record."""
    columns = {column.name for column in db.get_columns("care_log")}
    for name in ("reception_score", "treatment_score", "result_score"):
        if name not in columns:
            db.execute_sql(f"ALTER TABLE care_log ADD COLUMN {name} INTEGER")
    if "expectation" not in columns:  # plain ADD COLUMN: see add_shops
        db.execute_sql(
            "ALTER TABLE care_log ADD COLUMN expectation VARCHAR(255) NOT NULL DEFAULT ''"
        )


def index_scored_visits() -> None:
    """The satisfaction report's indexes (issue 18.1): its figures from indexes alone."""
    db.execute_sql(SCORED_VISITS_INDEX)
    db.execute_sql(ITEMS_OF_VISIT_INDEX)


def add_decline_reasons() -> None:
    """Why a customer declined on a call (issue 18.3); empty for calls on record."""
    if "decline_reason" not in {column.name for column in db.get_columns("follow_up")}:
        db.execute_sql(
            "ALTER TABLE follow_up ADD COLUMN decline_reason VARCHAR(255) NOT NULL DEFAULT ''"
        )


def index_visits_by_beautician() -> None:
    """The staff report's index (issue 18.5): a beautician's period from the index alone."""
    db.execute_sql(VISITS_BY_BEAUTICIAN_INDEX)


def add_complaint_register() -> None:
    """The complaint register of the salon's documents (issue 18.2): a form number for
    every complaint (those on record numbered in the order received, year by year), its
    optional cause and service gap, the visit and item it is about, the first reply's
    day, and the sign-off steps."""
    columns = {column.name for column in db.get_columns("complaint")}
    for name in ("form_number", "cause", "service_gap"):
        if name not in columns:  # plain ADD COLUMN: see add_shops
            db.execute_sql(
                f"ALTER TABLE complaint ADD COLUMN {name} VARCHAR(255) NOT NULL DEFAULT ''"
            )
    for name, table in (("service_item_id", "service_item"), ("care_log_id", "care_log")):
        if name not in columns:
            db.execute_sql(
                f"ALTER TABLE complaint ADD COLUMN {name} INTEGER"
                f" REFERENCES {table} (id) ON DELETE SET NULL"
            )
    if "first_reply_on" not in columns:
        db.execute_sql("ALTER TABLE complaint ADD COLUMN first_reply_on DATE")
    for column in ("form_number", "service_item_id", "care_log_id"):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS complaint_{column} ON complaint ({column})")
    db.create_tables([ComplaintSignOff], safe=True)
    numbered: dict[int, int] = {}
    for complaint_id, received_on in (
        Complaint.select(Complaint.id, Complaint.received_on)
        .where(Complaint.form_number == "")
        .order_by(Complaint.received_on, Complaint.id)
        .tuples()
    ):
        year = received_on.year
        numbered[year] = numbered.get(year, 0) + 1
        Complaint.update(form_number=f"{year}-{numbered[year]:04d}").where(
            Complaint.id == complaint_id
        ).execute()


def add_retention_model() -> None:
    """The retention model's fits and each customer's figures by the latest (issue 19.5);
    empty until the first count."""
    db.create_tables([RetentionFit, CustomerRetention], safe=True)


def no_chance_before_a_return() -> None:
    """customer_retention.p_alive may be empty (a customer who has not come back: the
    model's 1 means nothing). Derived: the table is made again, and the next count (the
    window's, a minute after it shows) fills it by the day's fit."""
    db.drop_tables([CustomerRetention], safe=True)
    db.create_tables([CustomerRetention], safe=True)


# (version reached, step). Append only; never edit a released step.
MIGRATIONS: list[tuple[int, Step]] = [
    (2, index_care_log_by_time),
    (3, index_valid_visits),
    (4, index_changes_by_staff),
    (5, add_other_phone_name_order_and_simplified_names),
    (6, add_import_batches),
    (7, keep_visit_figures),
    (8, search_by_any_part),
    (9, index_valid_visits_by_time),
    (10, compare_searched_text_by_bytes),
    (11, add_shops),
    (12, index_visits_by_shop),
    (13, key_first_characters_in_name_order),
    (14, rank_visits_from_the_latest),
    (15, add_profile_fields),
    (16, add_relations),
    (17, add_staff_referrals),
    (18, add_prospect_contact),
    (19, add_traits_and_several_types),
    (20, keep_customer_values),
    (21, add_lunar_birthdays),
    (22, index_tiers_by_spend),
    (23, add_events),
    (24, add_satisfaction_parts),
    (25, index_scored_visits),
    (26, add_decline_reasons),
    (27, index_visits_by_beautician),
    (28, add_complaint_register),
    (29, add_retention_model),
    (30, no_chance_before_a_return),
]

BASE_VERSION = 1


def latest_version() -> int:
    return max([BASE_VERSION, *(version for version, _ in MIGRATIONS)])


def current_version() -> int | None:
    if not db.table_exists(SchemaInfo._meta.table_name):
        return None
    row = SchemaInfo.select(SchemaInfo.version).order_by(SchemaInfo.id.desc()).first()
    return row.version if row else None


def create_fresh() -> None:
    with write_transaction():
        if current_version() is not None:
            return  # another PC created it while this one waited for the lock
        db.create_tables(ALL_MODELS)
        db.execute_sql(VALID_VISITS_INDEX)
        db.execute_sql(VALID_VISITS_BY_TIME_INDEX)
        db.execute_sql(VALID_VISITS_BY_SHOP_INDEX)
        db.execute_sql(SCORED_VISITS_INDEX)
        db.execute_sql(ITEMS_OF_VISIT_INDEX)
        db.execute_sql(VISITS_BY_BEAUTICIAN_INDEX)
        db.execute_sql(RECENT_RANK_INDEX)
        db.execute_sql(STAFF_CHANGES_INDEX)
        for statement in IMPORT_BATCH_INDEXES:
            db.execute_sql(statement)
        compare_searched_text_by_bytes()
        compare_wechat_by_bytes()
        SchemaInfo.create(version=latest_version())
        seed_defaults()
        Shop.insert(name="").execute()  # this salon: a chain adds the others
    log.info("created schema version %s", latest_version())


# Any number, the same on every PC: the key of the server-wide lock migrations hold.
MIGRATION_LOCK_KEY = 7_101_946_233


@contextmanager
def one_pc_at_a_time() -> Iterator[None]:
    """Two PCs started at once after an update: one migrates, the other waits for it and
    then finds the schema up to date. On a server that is an advisory lock held for the
    whole upgrade (its steps are several transactions); on SQLite each step's IMMEDIATE
    transaction takes turns, and every step checks the version again inside it."""
    if is_sqlite():
        yield
        return
    db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
    try:
        yield
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))


def bring_up_to_date(on_upgrade: Callable[[int, int], None] | None = None) -> None:
    """Create or upgrade the schema; ``on_upgrade(found, latest)`` hears of an upgrade
    before its backup and steps (a chain's file takes most of a minute)."""
    with one_pc_at_a_time():
        _bring_up_to_date(on_upgrade)


def _bring_up_to_date(on_upgrade: Callable[[int, int], None] | None) -> None:
    found = current_version()
    if found is None:
        create_fresh()
        return
    latest = latest_version()
    if found > latest:
        raise SchemaTooNewError(found, latest)
    if found == latest:
        return
    if on_upgrade is not None:
        on_upgrade(found, latest)
    path = sqlite_path()
    if path is not None:
        try:
            saved = backup.backup_sqlite(path, f"before-v{found}-to-v{latest}")
        except backup.BackupFailed as exc:  # never upgrade without a copy to go back to
            raise DatabaseError(f"could not back up before upgrading: {exc}") from exc
        log.info("backed up to %s before migrating", saved)
    for version, step in sorted(MIGRATIONS):
        if version <= found:
            continue
        with write_transaction():
            if (current_version() or 0) >= version:
                continue  # another PC ran this step while this one waited
            step()
            SchemaInfo.update(version=version).execute()
        log.info("migrated schema to version %s", version)
