"""The seven tables (README.md, "The tables"). Partition columns are dates (Asia/Shanghai is
not used here: partitions follow the UTC date of the timestamp they come from, so they never
shift with the reader's time zone); facts is one file, not partitioned."""

import pyarrow as pa

from schemas.base import UTC_US, Table, col

FEED_POLLS = Table(
    name="feed_polls",
    description="One row per feed per poll: every feed's health over time.",
    key="poll_id",
    partition_column="poll_date",
    partition_source="polled_at",
    schema=pa.schema(
        [
            col("poll_id", pa.string(), "Hash of feed URL and poll time.", nullable=False),
            col("feed_url", pa.string(), "The feed polled (URL or local path).", nullable=False),
            col("polled_at", UTC_US, "When the poll started (UTC).", nullable=False),
            col("http_status", pa.int16(), "HTTP status of the feed response; null for a file."),
            col("not_modified", pa.bool_(), "True when the server answered 304 Not Modified."),
            col(
                "bozo",
                pa.bool_(),
                "True when feedparser found the feed body malformed, whether or not it still had "
                "entries and whether or not the poll failed (`WHERE bozo` finds every malformed "
                "feed); false when the body parsed cleanly; null when no body was parsed (the "
                "download failed, or 304 Not Modified).",
            ),
            col("bozo_message", pa.string(), "feedparser's reason when bozo is true."),
            col("entries_seen", pa.int32(), "Entries in the feed document."),
            col("new_entries", pa.int32(), "Entries not seen in any earlier poll."),
            col("error", pa.string(), "Why the poll failed; null when it succeeded."),
            col("duration_ms", pa.int32(), "Wall time of fetch and parse."),
            col("etag", pa.string(), "ETag validator kept for the next conditional GET."),
            col("last_modified", pa.string(), "Last-Modified validator for the next poll."),
            col("poll_date", pa.date32(), "Partition: UTC date of polled_at.", nullable=False),
        ]
    ),
)

FEED_ENTRIES = Table(
    name="feed_entries",
    description="Every link discovered in a feed, once per feed and entry.",
    key="entry_id",
    partition_column="ingest_date",
    partition_source="first_seen_at",
    schema=pa.schema(
        [
            col("entry_id", pa.string(), "Stable hash of feed URL and guid (or link).", False),
            col("feed_url", pa.string(), "Feed the entry came from.", nullable=False),
            col("guid", pa.string(), "The entry's id/guid as the feed states it."),
            col("link", pa.string(), "The entry's link as the feed states it."),
            col("canonical_url", pa.string(), "Link without tracking parameters or fragment."),
            col("title", pa.string(), "Entry title."),
            col("summary", pa.string(), "Entry summary or description, as text."),
            col("published_at", UTC_US, "Publication time the feed gives (UTC); null if none."),
            col("first_seen_at", UTC_US, "When xauto first saw the entry.", nullable=False),
            col("ingest_date", pa.date32(), "Partition: UTC date of first_seen_at.", False),
        ]
    ),
)

RAW_PAGES = Table(
    name="raw_pages",
    description="Article pages as fetched, bytes kept so backfills never fetch again.",
    key="page_id",
    partition_column="fetch_date",
    partition_source="fetched_at",
    schema=pa.schema(
        [
            col("page_id", pa.string(), "sha256 of the body: content-addressed.", nullable=False),
            col("url", pa.string(), "Canonical URL that was requested.", nullable=False),
            col("final_url", pa.string(), "URL after redirects."),
            col("http_status", pa.int16(), "HTTP status of the final response."),
            col("content_type", pa.string(), "Content-Type header of the response."),
            col("fetched_at", UTC_US, "When the body was received (UTC).", nullable=False),
            col("body", pa.binary(), "The bytes as received, transfer encoding removed."),
            col("fetch_date", pa.date32(), "Partition: UTC date of fetched_at.", nullable=False),
        ]
    ),
)

ARTICLES = Table(
    name="articles",
    description="Cleaned article text and metadata, one row per canonical URL.",
    key="article_id",
    partition_column="published_date",
    partition_source="published_at",
    schema=pa.schema(
        [
            col("article_id", pa.string(), "Hash of the canonical URL.", nullable=False),
            col("url", pa.string(), "URL fetched.", nullable=False),
            col("canonical_url", pa.string(), "URL without tracking parameters.", False),
            col("source_domain", pa.string(), "Host of the canonical URL."),
            col("title", pa.string(), "Title from the page, else from the feed."),
            col("author", pa.string(), "Author from the page metadata."),
            col("sitename", pa.string(), "Site name from the page metadata."),
            col("language", pa.string(), "ISO 639-1 code (en, zh)."),
            col("published_at", UTC_US, "Publication time: page metadata, else the feed's."),
            col("text", pa.large_string(), "Main text; empty when cleaning found none."),
            col("text_sha256", pa.string(), "sha256 of text, to spot identical articles."),
            col("page_id", pa.string(), "raw_pages row the text came from.", nullable=False),
            col("extractor_version", pa.string(), "Version of cleaner and metric extractor."),
            col("published_date", pa.date32(), "Partition: UTC date of published_at.", False),
        ]
    ),
)

METRIC_EVENTS = Table(
    name="metric_events",
    description="Business figures stated in articles: subject, metric, value, unit, period.",
    key="event_id",
    partition_column="published_date",
    partition_source="published_at",
    schema=pa.schema(
        [
            col(
                "event_id", pa.string(), "Hash of article, metric, subject, value and span.", False
            ),
            col("article_id", pa.string(), "The article that states it.", nullable=False),
            col("url", pa.string(), "Canonical URL of the article."),
            col("source_domain", pa.string(), "Host of the article."),
            col("published_at", UTC_US, "Publication time of the article (UTC)."),
            col("subject", pa.string(), "Canonical entity: Xiaomi SU7, Xiaomi Auto, ...", False),
            col("metric", pa.string(), "Taxonomy class: orders, deliveries, price, ...", False),
            col("value", pa.float64(), "Normalised number (percent on the 0-100 scale).", False),
            col("value_max", pa.float64(), "Upper end of a stated range, else null."),
            col("unit", pa.string(), "orders, vehicles, CNY, USD, percent, people, km."),
            col("qualifier", pa.string(), "exact, at_least, more_than, about, up_to."),
            col("status", pa.string(), "actual, target or forecast."),
            col("period_start", pa.date32(), "First day of the period the value covers."),
            col("period_end", pa.date32(), "Last day of that period."),
            col(
                "period_kind",
                pa.string(),
                "day, week, month, quarter, half_year, year, cumulative (a running total to a "
                "date), window (a span from an event: 'within 1 hour of launch'), rate "
                "(capacities and paces: '150,000 a year'), none (prices, headcounts). Chart like "
                "with like: filter on it.",
            ),
            col("period_text", pa.string(), "The period as stated in the text."),
            col(
                "as_of",
                pa.date32(),
                "Date the value is stated to hold at: an explicit 'as of', the end of a finished "
                "period, the stated day of an announcement; null otherwise (never the "
                "publication date by default).",
            ),
            col(
                "label",
                pa.string(),
                "What an `other` event counts ('stores', 'operating profit'); null for the "
                "taxonomy's metrics.",
            ),
            col("evidence", pa.large_string(), "The sentence that states the value.", False),
            col("char_start", pa.int32(), "Start offset of the evidence in articles.text."),
            col("char_end", pa.int32(), "End offset of the evidence in articles.text."),
            col("language", pa.string(), "ISO 639-1 language of the article the evidence is from."),
            col("extractor_version", pa.string(), "Version of the extractor that found it."),
            col("published_date", pa.date32(), "Partition: UTC date of published_at.", False),
        ]
    ),
)

ERRORS = Table(
    name="errors",
    description="Every failure at every stage: what failed, where, why, which attempt.",
    key="error_id",
    partition_column="date",
    partition_source="occurred_at",
    schema=pa.schema(
        [
            col("error_id", pa.string(), "Hash of stage, source, attempt and time.", False),
            col("stage", pa.string(), "poll, fetch, clean, extract or write.", nullable=False),
            col("source", pa.string(), "The URL or path that failed.", nullable=False),
            col(
                "error_type", pa.string(), "Short class of failure (HTTPStatus, Timeout...).", False
            ),
            col("message", pa.string(), "Human-readable reason."),
            col("attempt", pa.int16(), "1 for the first failure of this source, then 2, 3..."),
            col("occurred_at", UTC_US, "When it failed (UTC).", nullable=False),
            col("date", pa.date32(), "Partition: UTC date of occurred_at.", nullable=False),
        ]
    ),
)

FACTS = Table(
    name="facts",
    description="One row per fact (subject, metric, status, period) across articles and "
    "outlets, built from metric_events: restatements, roundings and revisions of one figure "
    "are one row. Rebuilt whole after every run and backfill; chart and sum this table, not "
    "metric_events, to count each figure once.",
    key="fact_id",
    # Not partitioned: a few rows per figure ever reported (thousands, not millions), rebuilt
    # whole in one file swapped in atomically; a partition per day would split one fact's
    # articles across days and make each rebuild a multi-file swap.
    partition_column="",
    partition_source="",
    schema=pa.schema(
        [
            col(
                "fact_id",
                pa.string(),
                "Hash of subject, metric, status, unit, label and period (plus, for open "
                "periods such as windows and prices, the figure): the same on every rebuild.",
                False,
            ),
            col(
                "subject",
                pa.string(),
                "Canonical entity, as in metric_events; for a company-level figure of an era "
                "when the company made one car family, that family (Xiaomi Auto's deliveries "
                "before the YU7 are the SU7's; pipelines/core/data/facts.yaml).",
                False,
            ),
            col(
                "subject_aliases",
                pa.list_(pa.string()),
                "Other names of the same figure: 'Xiaomi Auto' for an SU7 figure of the era "
                "when the SU7 family was its only car. Empty otherwise.",
            ),
            col("metric", pa.string(), "Taxonomy class, as in metric_events.", False),
            col(
                "status", pa.string(), "actual, target or forecast: never mixed in one fact.", False
            ),
            col("unit", pa.string(), "Unit or currency: never mixed in one fact."),
            col("label", pa.string(), "What an `other` fact counts; null otherwise."),
            col(
                "period_kind",
                pa.string(),
                "day, week, month, quarter, half_year, year (inferred from the dates when the "
                "events say none), span (other dated spans), cumulative, window, rate, none.",
            ),
            col("period_start", pa.date32(), "First day of a calendar period; null if open."),
            col("period_end", pa.date32(), "Last day of a calendar period; null if open."),
            col(
                "period_text",
                pa.string(),
                "The period as most of its articles state it ('within 1 hour of launch').",
            ),
            col("as_of", pa.date32(), "Date the value holds at, when its articles state one."),
            col(
                "value",
                pa.float64(),
                "The best-supported value: the most precise exact figure stated; for a "
                "revision, the latest stated; with no exact figure, the one most articles give.",
                False,
            ),
            col("value_max", pa.float64(), "Upper end when the value is a stated range."),
            col("qualifier", pa.string(), "Qualifier of `value`: exact, more_than, about, ..."),
            col(
                "values_seen",
                pa.list_(
                    pa.struct(
                        [
                            pa.field("value", pa.float64(), nullable=False),
                            pa.field("n", pa.int32(), nullable=False),
                        ]
                    )
                ),
                "Each distinct value stated, with how many articles state it (by value).",
            ),
            col(
                "revised",
                pa.bool_(),
                "True when two exact figures differ by more than rounding: a later source "
                "corrected an earlier figure (or a target was raised).",
                False,
            ),
            col("n_articles", pa.int32(), "Articles that state the fact.", False),
            col("n_outlets", pa.int32(), "Distinct source_domain among them.", False),
            col("languages", pa.list_(pa.string()), "Languages of those articles, sorted."),
            col("first_published_at", UTC_US, "Publication time of the first article (UTC)."),
            col("first_url", pa.string(), "URL of the first article: who reported it first."),
            col("last_published_at", UTC_US, "Publication time of the latest article (UTC)."),
            col(
                "event_ids",
                pa.list_(pa.string()),
                "The metric_events rows grouped into this fact (join on event_id).",
            ),
        ]
    ),
)

# The day-partitioned tables the ingest writes; facts is apart: unpartitioned, rebuilt whole.
TABLES: dict[str, Table] = {
    t.name: t for t in (FEED_POLLS, FEED_ENTRIES, RAW_PAGES, ARTICLES, METRIC_EVENTS, ERRORS)
}
ALL_TABLES: dict[str, Table] = {**TABLES, FACTS.name: FACTS}


def table(name: str) -> Table:
    try:
        return ALL_TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(ALL_TABLES)}") from None
