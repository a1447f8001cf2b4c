"""peewee models for the whole salon domain (docs/architecture.md, DOMAIN.md).

Money is integer fen; calendar facts are dates; moments are naive UTC datetimes.
Derived figures (sessions left, spend) are computed from the rows they come from; the
one exception, VisitFigures, is kept in step with the care log by every write and checked
against it (store/visit_figures.py).
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from salon_desk.store.database import db


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class SchemaInfo(BaseModel):
    """A single row holding the schema version the migrations brought the file to."""

    version = pw.IntegerField()


class Setting(BaseModel):
    key = pw.CharField(unique=True)
    value = pw.TextField()  # JSON


class Shop(BaseModel):
    """A shop of the chain (issue 16.1). Every database has at least one: a single salon's
    own, made with the database (its name empty until a second shop is added), and a
    single salon sees no shop anywhere."""

    name = pw.CharField(unique=True)
    address = pw.CharField(default="")
    phone = pw.CharField(default="")
    created_at = pw.DateTimeField(default=utc_now)
    closed_at = pw.DateTimeField(null=True)


class ShopSetting(BaseModel):
    """A shop's own value of a setting, over the chain's (Setting) for that shop only."""

    shop = pw.ForeignKeyField(Shop, backref="+", on_delete="CASCADE")
    key = pw.CharField()
    value = pw.TextField()  # JSON

    class Meta:
        indexes = ((("shop", "key"), True),)


class Staff(BaseModel):
    # The owner (老板) runs every shop; a store manager her own (issue 16.1).
    ROLES = ("beautician", "front_desk", "manager", "owner")

    name = pw.CharField()
    name_sort = pw.CharField(default="")  # pinyin order in every staff list
    role = pw.CharField(default="beautician")
    phone = pw.CharField(default="")
    active = pw.BooleanField(default=True)
    # Sign-in (issue 7): scrypt hash and salt, lockout after repeated failures.
    pin_hash = pw.BlobField(null=True)
    pin_salt = pw.BlobField(null=True)
    failed_sign_ins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    # Each lock in a row doubles the next one; told to her at her next sign-in.
    locks_in_a_row = pw.IntegerField(default=0)
    failures_since_sign_in = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=utc_now)
    # Where she works; None: every shop (the owner).
    shop = pw.ForeignKeyField(Shop, null=True, backref="+")
    # ImportBatch refers to Staff (who imported), so this one is declared as deferred.
    import_batch = pw.DeferredForeignKey("ImportBatch", null=True, backref="+", index=False)


class ImportBatch(BaseModel):
    """One import (customers, a visit history or opening balances): what it brought in is
    marked with it, so the manager can undo the last one as a whole (issue 14.6)."""

    KINDS = ("customers", "visits", "balances")

    kind = pw.CharField()
    source = pw.CharField(default="")  # the file's name
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utc_now)
    # Change-history rows numbered above this came after the import: someone changed
    # something since (ids, not clocks: the PCs' clocks may disagree).
    last_change_id = pw.IntegerField(default=0)
    counts = pw.TextField(default="{}")  # JSON: what it brought, for the undo question
    # Set by its last transaction; a batch without it was cut short (a crash, power loss)
    # and is offered for undo like any other.
    finished_at = pw.DateTimeField(null=True)
    undone_at = pw.DateTimeField(null=True)
    undone_by = pw.ForeignKeyField(Staff, null=True, backref="+")


class CustomerType(BaseModel):
    """Psychology, personality and trait types: catalogues the shop edits, not code.

    Built-in types carry a ``code`` and leave ``name``/``strategy`` empty until the shop
    rewrites them, so the UI can show the built-in text in the user's language.
    """

    KINDS = ("psychology", "personality", "trait")

    kind = pw.CharField(index=True)
    code = pw.CharField()
    name = pw.CharField(default="")
    strategy = pw.TextField(default="")
    sort_order = pw.IntegerField(default=0)
    retired = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("kind", "code"), True),)


class ServiceItem(BaseModel):
    name = pw.CharField(unique=True)
    name_sort = pw.CharField(default="")  # pinyin order in every list of items
    category = pw.CharField(default="")
    price_fen = pw.IntegerField(default=0)
    duration_minutes = pw.IntegerField(default=60)
    active = pw.BooleanField(default=True)
    import_batch = pw.ForeignKeyField(ImportBatch, null=True, backref="+", index=False)


class Customer(BaseModel):
    GENDERS = ("F", "M", "")
    SKIN_TYPES = ("dry", "oily", "combination", "sensitive", "normal", "")
    REFERRAL_CHANNELS = (
        "word_of_mouth",
        "old_customer",
        "staff",
        "partner",
        "community",
        "walk_in",
        "online",
        "",
    )

    name = pw.CharField(index=True)
    # Names sort by pinyin (艾, 白, 蔡, 陈 …), not by code point: her full pinyin.
    name_sort = pw.CharField(default="", index=True)
    gender = pw.CharField(default="F")
    phone = pw.CharField(default="", index=True)
    # Stored so "the last four digits" is an index lookup, not a LIKE '%1234' scan.
    phone_last4 = pw.CharField(default="", index=True)
    # A second mobile or a landline (021-62345678, +852 9123 4567), found the same way.
    other_phone = pw.CharField(default="")
    other_phone_last4 = pw.CharField(default="", index=True)
    # A prospect is reached before she visits (issue 17.5): her WeChat, and what she
    # asked about when she enquired.
    wechat = pw.CharField(default="")
    wechat_key = pw.CharField(default="", index=True)  # in small letters: found by its start
    enquiry = pw.TextField(default="")
    # Her number in the system the shop used before (原系统编号, e.g. KERT01), upper case:
    # later rows and files of that system find her by it.
    legacy_code = pw.CharField(default="", index=True)
    birthday = pw.DateField(null=True)
    # She celebrates by the lunar calendar (农历): her birthday each year is the lunar
    # month and day of ``birthday``, the day she was born (issue 17.6).
    birthday_lunar = pw.BooleanField(default=False)
    address = pw.CharField(default="")
    occupation = pw.CharField(default="")
    interests = pw.TextField(default="")
    skin_type = pw.CharField(default="")
    skin_concerns = pw.TextField(default="")
    allergies = pw.TextField(default="")
    referral_channel = pw.CharField(default="")
    referred_by = pw.ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    # Or a staff member brought her (issue 17.7): the "staff" referral channel.
    referred_by_staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    referral_note = pw.CharField(default="")
    marketing_consent = pw.BooleanField(default=False)
    notes = pw.TextField(default="")
    psychology_type = pw.ForeignKeyField(CustomerType, null=True, backref="+")
    personality_type = pw.ForeignKeyField(CustomerType, null=True, backref="+")
    responsible_staff = pw.ForeignKeyField(Staff, null=True, backref="customers")
    # One file for the whole chain, whichever shop she visits; this is the shop that
    # looks after her (where her file was made, unless moved).
    home_shop = pw.ForeignKeyField(Shop, null=True, backref="+")
    created_at = pw.DateTimeField(default=utc_now)
    updated_at = pw.DateTimeField(default=utc_now)
    # Bumped by every save; a save that read an older version is a concurrent edit.
    version = pw.IntegerField(default=1)
    archived_at = pw.DateTimeField(null=True, index=True)
    erased_at = pw.DateTimeField(null=True)
    import_batch = pw.ForeignKeyField(ImportBatch, null=True, backref="+", index=False)


class CustomerSearchKey(BaseModel):
    """What a customer is found by, each key searched by its start: pinyin of her name,
    one row per reading (曾 is ceng and zeng), and the endings of her name and phones."""

    customer = pw.ForeignKeyField(Customer, backref="search_keys", on_delete="CASCADE")
    # "initials", "pinyin", "simplified" (陳麗華 → 陈丽华), "part" (丽华), "digits" (5678)
    kind = pw.CharField()
    key = pw.CharField()

    class Meta:
        # Covering: a search reads the customers of a key range from the index alone.
        indexes = ((("key", "kind", "customer"), False),)


class ProfileField(BaseModel):
    """A field the shop adds to every customer file (学历, 收入, 发质 …; issue 17.1): the
    shop's own words, like its service items, so they are not translated. In a chain
    the fields are the chain's, like the other catalogues."""

    KINDS = ("text", "number", "date", "yes_no", "choice")

    label = pw.CharField(unique=True)
    kind = pw.CharField(default="text")
    choices = pw.TextField(default="")  # a choice field's options, one per line, in order
    heading = pw.CharField(default="")  # the group it shows under on the form
    position = pw.IntegerField(default=0)
    hidden = pw.BooleanField(default=False)  # off the form and out of exports; kept


class ProfileFieldValue(BaseModel):
    """Her value of one shop field, as stored text: a number as typed digits ("12.5"),
    a date ISO, yes/no "1"/"0", a choice its option. No row: not filled in."""

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    field = pw.ForeignKeyField(ProfileField, backref="+", on_delete="CASCADE")
    value = pw.CharField()

    class Meta:
        # One value per field on her file; the list filters by (field, value).
        indexes = ((("customer", "field"), True), (("field", "value"), False))


class Relation(BaseModel):
    """Someone in her life the shop knows of (issue 17.2): family or a friend, written in
    by name or linked to her own file when she is a customer too. Read from the other
    side as well: her daughter's file shows her as a parent."""

    KINDS = ("child", "parent", "spouse", "sibling", "friend", "colleague", "other")

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    kind = pw.CharField(default="friend")
    # Linked: her own file names her and gives her birthday and gender; ``name`` keeps
    # the name she had when linked, for when the link goes (her file removed by an undo).
    other = pw.ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    name = pw.CharField(default="")
    birthday = pw.DateField(null=True)
    gender = pw.CharField(default="")
    note = pw.CharField(default="")


class TypeMark(BaseModel):
    """A type of hers that has no column on her row (issue 17.3): the second and later of
    a multiple-choice catalogue (her first is ``Customer.psychology_type`` or
    ``personality_type``, which the list sorts by), and every trait (顾客特征)."""

    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    type = pw.ForeignKeyField(CustomerType, backref="+")

    class Meta:
        # Her marks are read with her file; a chart counts a type's customers.
        indexes = ((("customer", "type"), True), (("type", "customer"), False))


class RetentionFit(BaseModel):
    """One fit of the retention model (issue 19.5): the day of the history it saw, its
    parameters (α in days) and diagnostics, and whether it may be shown. Kept, not
    replaced: the shop can see how its fits moved."""

    shop = pw.ForeignKeyField(Shop, null=True, backref="+")  # None: the whole file
    fitted_at = pw.DateTimeField(default=utc_now)
    as_of = pw.DateField(index=True)
    r = pw.FloatField()
    alpha = pw.FloatField()
    a = pw.FloatField()
    b = pw.FloatField()
    log_likelihood = pw.FloatField()
    customers = pw.IntegerField()
    returning = pw.IntegerField()
    history_days = pw.FloatField()
    usual_gap_days = pw.FloatField(null=True)
    trusted = pw.BooleanField()
    problems = pw.CharField(default="")  # bgnbd.diagnose's codes, comma-joined


class CustomerRetention(BaseModel):
    """Derived, kept (issue 19.5): her P(alive) and the visits to expect in the next 90
    days by the latest trusted fit, as of a day — so the frequency table and the lists
    sort by them without the model. Removed by her next visit (the next count makes it
    again) and whenever the fit is not trusted: never a meaningless probability — so
    none for a customer who has not come back yet (the model makes hers 1: it only lets a
    customer leave after a return), though her expected visits are kept."""

    customer = pw.ForeignKeyField(
        Customer, primary_key=True, backref="+", on_delete="CASCADE", column_name="customer_id"
    )
    p_alive = pw.FloatField(null=True, index=True)
    expected_90 = pw.FloatField()
    as_of = pw.DateField()
    fit = pw.ForeignKeyField(RetentionFit, backref="+", on_delete="CASCADE")


class Event(BaseModel):
    """A member event the shop holds (答谢会, a product launch; issue 17.6)."""

    name = pw.CharField()
    held_on = pw.DateField(index=True)
    place = pw.CharField(default="")
    note = pw.TextField(default="")
    shop = pw.ForeignKeyField(Shop, null=True, backref="+")  # the shop that holds it
    created_at = pw.DateTimeField(default=utc_now)
    cancelled_at = pw.DateTimeField(null=True)


class EventGuest(BaseModel):
    """A customer invited to an event: her answer (RSVP) and whether she came."""

    RSVPS = ("", "yes", "maybe", "no")  # "": not answered yet

    event = pw.ForeignKeyField(Event, backref="guests", on_delete="CASCADE")
    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    invited_at = pw.DateTimeField(default=utc_now)
    rsvp = pw.CharField(default="")
    attended = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("event", "customer"), True), (("customer", "event"), False))


class Card(BaseModel):
    KINDS = ("session", "stored_value")

    customer = pw.ForeignKeyField(Customer, backref="cards", on_delete="CASCADE")
    kind = pw.CharField(default="session")
    name = pw.CharField()
    service_item = pw.ForeignKeyField(ServiceItem, null=True, backref="+")
    sessions_bought = pw.IntegerField(default=0)
    amount_paid_fen = pw.IntegerField(default=0)
    value_loaded_fen = pw.IntegerField(default=0)
    purchased_on = pw.DateField()
    expires_on = pw.DateField(null=True)
    sold_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utc_now)
    voided_at = pw.DateTimeField(null=True)
    void_reason = pw.CharField(default="")
    # An opening balance (期初余额) brought from the previous system: what was left on it
    # then is what it was "bought" with here, for nothing (it is not this year's revenue).
    carried_over = pw.BooleanField(default=False)
    import_batch = pw.ForeignKeyField(ImportBatch, null=True, backref="+", index=False)
    shop = pw.ForeignKeyField(Shop, null=True, backref="+")  # where it was sold
    chain_wide = pw.BooleanField(default=True)  # False: usable only where it was sold


class CareLog(BaseModel):
    customer = pw.ForeignKeyField(Customer, backref="care_logs", on_delete="CASCADE")
    beautician = pw.ForeignKeyField(Staff, null=True, backref="care_logs")
    visited_at = pw.DateTimeField(index=True)  # schema v2
    products_used = pw.TextField(default="")
    skin_condition = pw.TextField(default="")
    feedback = pw.TextField(default="")
    satisfaction = pw.IntegerField(null=True)
    # Its parts, as the salon's documents ask (issue 18.1), 1–5 each, and how the visit
    # compared with what she expected (满意度 = 感受值 / 期望值): "", "better",
    # "as_expected" or "worse".
    reception_score = pw.IntegerField(null=True)
    treatment_score = pw.IntegerField(null=True)
    result_score = pw.IntegerField(null=True)
    expectation = pw.CharField(default="")
    amount_fen = pw.IntegerField(default=0)
    card = pw.ForeignKeyField(Card, null=True, backref="uses")
    card_sessions_used = pw.IntegerField(default=0)
    card_amount_fen = pw.IntegerField(default=0)
    suggestion = pw.TextField(default="")
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    created_at = pw.DateTimeField(default=utc_now)
    voided_at = pw.DateTimeField(null=True)
    void_reason = pw.CharField(default="")
    import_batch = pw.ForeignKeyField(ImportBatch, null=True, backref="+", index=False)
    shop = pw.ForeignKeyField(Shop, null=True, backref="+")  # where the visit happened
    # Derived (store/visit_figures.py keeps it): among her valid entries, 1 for her latest,
    # 2 for the one before… None once voided. "Six visits in the window" is then "her 6th
    # latest is in the window": one range of an index, not a count of a million entries.
    recent_rank = pw.IntegerField(null=True)

    class Meta:
        # Covering index for visit statistics: one GROUP BY reads no table pages.
        indexes = ((("customer", "visited_at", "amount_fen"), False),)


# Partial indexes are beyond peewee's Meta.indexes; created with the tables and by migration 3.
VALID_VISITS_INDEX = (
    "CREATE INDEX IF NOT EXISTS care_log_valid_visits"
    " ON care_log (customer_id, visited_at, amount_fen, satisfaction) WHERE voided_at IS NULL"
)


class VisitFigures(BaseModel):
    """Derived, kept in step with the care log: her figures that do not depend on today,
    one row per customer with a valid visit (store/visit_figures.py keeps and checks them)."""

    customer = pw.ForeignKeyField(
        Customer, primary_key=True, backref="+", on_delete="CASCADE", column_name="customer_id"
    )
    visits = pw.IntegerField()
    first_visit_at = pw.DateTimeField()
    last_visit_at = pw.DateTimeField(index=True)
    last_visit_day = pw.IntegerField()  # her local calendar day, as date.toordinal()
    usual_gap_days = pw.FloatField(null=True)
    last_satisfaction = pw.IntegerField(null=True)


class CustomerValue(BaseModel):
    """Derived, kept (issue 17.4): what she is worth to the shop as of a day, and the
    value tier the shop's rules give her — so the list, the frequency table and exports
    filter and sort by tier without adding up a year of visits for every customer.
    services/value_tiers.py counts every customer again when the day or the rules
    change, and one customer when her visits or cards do."""

    customer = pw.ForeignKeyField(
        Customer, primary_key=True, backref="+", on_delete="CASCADE", column_name="customer_id"
    )
    spend_fen = pw.IntegerField(default=0)  # paid in the 12 months to ``as_of``
    stored_fen = pw.IntegerField(default=0)  # left on her usable stored-value cards
    tier = pw.IntegerField(null=True)  # the rules' tier, 0 the highest
    as_of = pw.IntegerField(default=0)  # the day counted, as date.toordinal()
    rules = pw.BigIntegerField(default=0)  # the rules counted by (their fingerprint)

    class Meta:
        # A tier's customers (the list's filter), and its lowest spend (one customer's
        # rank tier between whole counts) from the index alone.
        indexes = ((("tier", "spend_fen"), False),)


# What depends on today reads the valid entries of a span of days (visits and spend in
# the frequency window, visits per month): in time order, with the customer and amount,
# from the index alone (a month's count: 63 ms with table lookups, 2 ms without).
VALID_VISITS_BY_TIME_INDEX = (
    "CREATE INDEX IF NOT EXISTS care_log_valid_by_time"
    " ON care_log (visited_at, customer_id, amount_fen) WHERE voided_at IS NULL"
)

# Who has at least N visits since a day: her Nth latest valid entry is on or after it
# (frequency_sql.py: the key and potential groups; schema v14).
RECENT_RANK_INDEX = (
    "CREATE INDEX IF NOT EXISTS care_log_recent_rank"
    " ON care_log (recent_rank, visited_at, customer_id) WHERE voided_at IS NULL"
)

# A chain's shop box: who visited this shop within the window, read from a narrow range
# (shop_scope.of_shop) instead of every visit at the shop (schema v12).
VALID_VISITS_BY_SHOP_INDEX = (
    "CREATE INDEX IF NOT EXISTS care_log_valid_by_shop"
    " ON care_log (shop_id, visited_at, customer_id) WHERE voided_at IS NULL"
)


# The satisfaction report (issue 18.1) reads a year's scored visits from the index alone
# (5 s at 100,000 customers with table lookups, a third of a second without), and each
# visit's service items likewise.
SCORED_VISITS_INDEX = (
    "CREATE INDEX IF NOT EXISTS care_log_scored ON care_log"
    " (visited_at, beautician_id, satisfaction, reception_score, treatment_score,"
    " result_score, expectation) WHERE voided_at IS NULL AND satisfaction IS NOT NULL"
)
# The staff report (issue 18.5) reads each beautician's visits of a period, their
# customers, scores and takings from one index range per beautician (0.8 s for a chain's
# year through the time index with table lookups, a quarter of a second without).
VISITS_BY_BEAUTICIAN_INDEX = (
    "CREATE INDEX IF NOT EXISTS care_log_by_beautician ON care_log"
    " (beautician_id, visited_at, customer_id, satisfaction, amount_fen)"
    " WHERE voided_at IS NULL"
)
ITEMS_OF_VISIT_INDEX = (  # (its id second: a visit's items still read in the order given)
    "CREATE INDEX IF NOT EXISTS care_log_item_of_visit"
    " ON care_log_item (care_log_id, id, service_item_id)"
)


class ImportedUpdate(BaseModel):
    """A file that was already on record and an import changed: what it held before, put
    back if the import is undone."""

    batch = pw.ForeignKeyField(ImportBatch, backref="updates", on_delete="CASCADE")
    customer = pw.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    before = pw.TextField()  # JSON of the profile's fields


# Undo finds what an import brought among a chain's rows without a scan; only imported
# rows are in these indexes.
IMPORT_BATCH_INDEXES = tuple(
    f"CREATE INDEX IF NOT EXISTS {table}_import_batch ON {table} (import_batch_id)"
    " WHERE import_batch_id IS NOT NULL"
    for table in ("staff", "service_item", "customer", "card", "care_log")
)


class CareLogItem(BaseModel):
    care_log = pw.ForeignKeyField(CareLog, backref="items", on_delete="CASCADE")
    service_item = pw.ForeignKeyField(ServiceItem, backref="+")


class FollowUp(BaseModel):
    REASONS = (
        "overdue", "birthday", "after_treatment", "complaint", "card", "manual",
        "family_birthday",  # a greeting for her child's or husband's birthday (17.6)
        "holiday", "anniversary", "event",  # greetings and invitations (17.6)
        "recovery",  # a low satisfaction score: the manager calls the same day (18.1)
    )  # fmt: skip
    OUTCOMES = ("reached", "no_answer", "booked", "declined", "wrong_number")
    # Why she declined (issue 18.3), counted for the manager.
    DECLINE_REASONS = ("price", "moved", "result", "staff", "competitor", "time", "other")

    customer = pw.ForeignKeyField(Customer, backref="follow_ups", on_delete="CASCADE")
    assignee = pw.ForeignKeyField(Staff, backref="follow_ups")
    created_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    reason = pw.CharField(default="manual")
    due_on = pw.DateField(index=True)
    priority = pw.IntegerField(default=2)
    note = pw.TextField(default="")
    status = pw.CharField(default="open", index=True)  # open / done / cancelled
    outcome = pw.CharField(default="")
    outcome_note = pw.TextField(default="")
    decline_reason = pw.CharField(default="")  # DECLINE_REASONS when she declined
    completed_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField(default=utc_now)
    shop = pw.ForeignKeyField(Shop, null=True, backref="+")  # the shop that calls her


class Complaint(BaseModel):
    # The register of the salon's documents (issue 18.2): how it reached us (our own
    # visit, a phone call, a letter or message, in person, an online review, the media
    # or a lawyer), what kind it is, and optionally its cause and service gap.
    CHANNELS = (
        "in_person",
        "phone",
        "message",
        "visit",
        "follow_up_visit",
        "online_review",
        "media_legal",
    )
    CATEGORIES = (
        "service",
        "product",
        "price",
        "attitude",
        "quality",
        "suggestion",
        "industry_review",
        "other",
    )
    CAUSES = ("", "process", "staff", "product", "expectation", "other")
    SERVICE_GAPS = ("", "promotion", "understanding", "procedure", "behaviour", "perception")
    STATUSES = ("open", "handling", "closed")

    customer = pw.ForeignKeyField(Customer, backref="complaints", on_delete="CASCADE")
    received_on = pw.DateField()
    channel = pw.CharField(default="in_person")
    category = pw.CharField(default="other")
    description = pw.TextField(default="")
    handling = pw.TextField(default="")
    result = pw.TextField(default="")
    handled_by = pw.ForeignKeyField(Staff, null=True, backref="+")
    status = pw.CharField(default="open", index=True)  # STATUSES
    closed_on = pw.DateField(null=True)
    shop = pw.ForeignKeyField(Shop, null=True, backref="+")  # where it was received
    created_at = pw.DateTimeField(default=utc_now)
    # Schema 28 (issue 18.2): the form's number (2026-0007: the year's seventh), the
    # classifications, the visit and item it is about, and when she first heard back.
    form_number = pw.CharField(default="", index=True)
    cause = pw.CharField(default="")  # CAUSES
    service_gap = pw.CharField(default="")  # SERVICE_GAPS
    service_item = pw.ForeignKeyField(ServiceItem, null=True, backref="+", on_delete="SET NULL")
    care_log = pw.ForeignKeyField(CareLog, null=True, backref="+", on_delete="SET NULL")
    first_reply_on = pw.DateField(null=True)


class ComplaintSignOff(BaseModel):
    """One step of a complaint's sign-off (front desk → technical/quality → manager):
    who signed, when, and her opinion, as on the paper form."""

    STEPS = ("front_desk", "quality", "manager")

    complaint = pw.ForeignKeyField(Complaint, backref="sign_offs", on_delete="CASCADE")
    step = pw.CharField()
    signer = pw.ForeignKeyField(Staff, null=True, backref="+")
    signer_name = pw.CharField(default="")  # as signed (a name outlives an account)
    signed_on = pw.DateField()
    opinion = pw.TextField(default="")

    class Meta:
        indexes = ((("complaint", "step"), True),)


class ChangeRecord(BaseModel):
    """Who changed which field of which record, from what to what, and when."""

    table = pw.CharField()
    record_id = pw.IntegerField()
    customer = pw.ForeignKeyField(Customer, null=True, backref="changes", on_delete="CASCADE")
    action = pw.CharField()  # create / update / archive / restore / void / erase
    field = pw.CharField(default="")
    old_value = pw.TextField(default="")
    new_value = pw.TextField(default="")
    staff = pw.ForeignKeyField(Staff, null=True, backref="+")
    changed_at = pw.DateTimeField(default=utc_now, index=True)

    class Meta:
        indexes = ((("table", "record_id"), False),)


# The audit viewer filters by staff member and shows the newest first.
STAFF_CHANGES_INDEX = (
    "CREATE INDEX IF NOT EXISTS change_record_staff_changed_at"
    " ON change_record (staff_id, changed_at)"
)


ALL_MODELS: list[type[BaseModel]] = [
    SchemaInfo,
    Setting,
    Shop,
    ShopSetting,
    Staff,
    ImportBatch,
    CustomerType,
    ServiceItem,
    Customer,
    CustomerSearchKey,
    Card,
    CareLog,
    CareLogItem,
    VisitFigures,
    ImportedUpdate,
    FollowUp,
    Complaint,
    ComplaintSignOff,
    ChangeRecord,
    ProfileField,
    ProfileFieldValue,
    Relation,
    TypeMark,
    CustomerValue,
    Event,
    EventGuest,
    RetentionFit,
    CustomerRetention,
]
