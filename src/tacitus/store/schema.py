"""The DuckDB schema. Documented in docs/data-model.md; bump SCHEMA_VERSION on any change."""

SCHEMA_VERSION = 1

DDL = [
    """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, source VARCHAR, published DATE,
        language VARCHAR, text VARCHAR, origin VARCHAR, ingested_at TIMESTAMP, run_id VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS article_sources (
        article_id VARCHAR, origin VARCHAR, source VARCHAR, url VARCHAR, title VARCHAR, published DATE,
        relation VARCHAR, similarity DOUBLE, PRIMARY KEY (article_id, origin))""",
    """CREATE TABLE IF NOT EXISTS signatures (article_id VARCHAR PRIMARY KEY, sig BLOB)""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, cluster_id VARCHAR,
        event_type VARCHAR, event_family VARCHAR,
        actor1 VARCHAR, actor1_id VARCHAR, actor1_kind VARCHAR, actor1_text VARCHAR,
        actor2 VARCHAR, actor2_id VARCHAR, actor2_kind VARCHAR, actor2_text VARCHAR,
        country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT, geo_precision INTEGER,
        date_start DATE, date_end DATE, date_precision VARCHAR, date_basis VARCHAR,
        fatalities_low INTEGER, fatalities INTEGER, fatalities_high INTEGER,
        injured_low INTEGER, injured INTEGER, injured_high INTEGER,
        displaced INTEGER, abducted INTEGER, arrested INTEGER,
        modality VARCHAR, negated BOOLEAN, weapon VARCHAR, civilian_targeting BOOLEAN, interaction VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, evidence VARCHAR, confidence DOUBLE, record JSON)""",
    """CREATE TABLE IF NOT EXISTS relations (
        id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR,
        source VARCHAR, source_id VARCHAR, source_kind VARCHAR, target VARCHAR, target_id VARCHAR, target_kind VARCHAR,
        date_start DATE, date_end DATE, date_precision VARCHAR, modality VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, evidence VARCHAR, confidence DOUBLE)""",
    """CREATE TABLE IF NOT EXISTS skips (
        article_id VARCHAR, stage VARCHAR, code VARCHAR, message VARCHAR, run_id VARCHAR, skipped_at TIMESTAMP,
        PRIMARY KEY (article_id, stage, code))""",
    """CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, inputs VARCHAR,
        articles INTEGER, new_articles INTEGER, duplicates INTEGER, skipped INTEGER, events INTEGER, relations INTEGER)""",
    """CREATE INDEX IF NOT EXISTS events_article ON events(article_id)""",
    """CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster_id)""",
    """CREATE INDEX IF NOT EXISTS relations_article ON relations(article_id)""",
]

# One row per real-world event: the reports of it in all articles merged (see tacitus.merge).
MERGED_VIEW = """
CREATE OR REPLACE VIEW merged_events AS
SELECT
    cluster_id AS id,
    arg_min(event_type, rank_type) AS event_type,
    arg_min(event_family, rank_type) AS event_family,
    coalesce(arg_max(actor1, (actor1_id IS NOT NULL)::INT * 10 + confidence), NULL) AS actor1,
    arg_max(actor1_id, (actor1_id IS NOT NULL)::INT * 10 + confidence) AS actor1_id,
    arg_max(actor1_kind, (actor1_id IS NOT NULL)::INT * 10 + confidence) AS actor1_kind,
    arg_max(actor2, (actor2_id IS NOT NULL)::INT * 10 + (actor2 IS NOT NULL)::INT * 5 + confidence) AS actor2,
    arg_max(actor2_id, (actor2_id IS NOT NULL)::INT * 10 + (actor2 IS NOT NULL)::INT * 5 + confidence) AS actor2_id,
    arg_max(actor2_kind, (actor2_id IS NOT NULL)::INT * 10 + (actor2 IS NOT NULL)::INT * 5 + confidence) AS actor2_kind,
    -- associated actors of every report, "; "-joined as in ACLED's assoc_actor columns
    nullif(array_to_string(list_sort(list_distinct(flatten(list(coalesce(json_extract_string(record, '$.assoc_actor1[*].name'), []))))), '; '), '') AS assoc_actor1,
    nullif(array_to_string(list_sort(list_distinct(flatten(list(coalesce(json_extract_string(record, '$.assoc_actor2[*].name'), []))))), '; '), '') AS assoc_actor2,
    arg_min(country, geo_precision) AS country,
    arg_min(admin1, geo_precision) AS admin1,
    arg_min(admin2, geo_precision) AS admin2,
    arg_min(location, geo_precision) AS location,
    arg_min(lat, geo_precision) AS lat,
    arg_min(lon, geo_precision) AS lon,
    arg_min(geonameid, geo_precision) AS geonameid,
    min(geo_precision) AS geo_precision,
    arg_min(date_start, date_rank) AS date_start,
    arg_min(date_end, date_rank) AS date_end,
    arg_min(date_precision, date_rank) AS date_precision,
    min(fatalities_low) AS fatalities_low,
    arg_max(fatalities, published) AS fatalities,
    max(fatalities_high) AS fatalities_high,
    arg_max(injured, published) AS injured,
    max(displaced) AS displaced,
    max(abducted) AS abducted,
    max(arrested) AS arrested,
    bool_or(civilian_targeting) AS civilian_targeting,
    arg_min(interaction, rank_type) AS interaction,
    arg_min(modality, rank_type) AS modality,
    max(confidence) AS confidence,
    count(DISTINCT article_id) AS n_articles,
    list(DISTINCT source) AS sources,
    list(DISTINCT article_id) AS article_ids,
    arg_max(evidence, confidence) AS evidence
FROM (
    SELECT e.*, a.source, a.published,
        CASE e.date_basis WHEN 'explicit' THEN 0 WHEN 'relative' THEN 1 ELSE 2 END * 10
          + CASE e.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END AS date_rank,
        CASE e.event_type WHEN 'suicide_bomb' THEN 0 WHEN 'chemical_weapon' THEN 1 WHEN 'air_drone_strike' THEN 2
          WHEN 'shelling_artillery_missile' THEN 3 WHEN 'remote_explosive' THEN 4 WHEN 'grenade' THEN 5 ELSE 9 END AS rank_type
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.modality IN ('reported', 'claimed', 'hedged')
      -- (not history an article only recalls: the act's own report, if stored, stands for it)
      AND NOT coalesce(TRY_CAST(json_extract(e.record, '$.recalled') AS BOOLEAN), false)
) GROUP BY cluster_id
"""
