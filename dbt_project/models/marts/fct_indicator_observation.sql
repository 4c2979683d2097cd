{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='observation_key',
        on_schema_change='fail',
        post_hook=["{{ delete_rows_gone_from(ref('int_observations__deduplicated'), 'observation_key') }}"]
    )
}}
-- Incremental by article: a run loads the observations of articles that are new to the fact or
-- were re-extracted since (a later extracted_at), so its cost grows with new articles. The
-- post-hook removes fact rows whose observation no longer exists upstream (re-extraction dropped
-- it, or its article became a duplicate). Dimension keys are deterministic hashes, so rows loaded
-- in earlier runs stay joinable to the rebuilt dimensions. After a change to the reference data
-- (administrative_units, catalogue) run `dbt build --full-refresh -s fct_indicator_observation+`.
with observations as (
    select * from {{ ref('int_observations__deduplicated') }}
),

{% if is_incremental() %}
batch as (
    select * from observations
    where article_id in ({{ articles_to_load(ref('int_observations__deduplicated')) }})
),
{% else %}
batch as (
    select * from observations
),
{% endif %}

indicators as (
    select indicator_key, code from {{ ref('dim_indicator') }}
),

articles as (
    select article_key, article_id from {{ ref('dim_article') }} where article_id is not null
)

select
    b.observation_key,
    b.observation_id,
    b.article_id,
    b.indicator_code,
    coalesce(i.indicator_key, {{ unknown_key() }}) as indicator_key,
    b.geography_key,
    b.organization_key,
    coalesce(a.article_key, {{ unknown_key() }}) as article_key,
    {{ date_key('b.period_end') }} as period_date_key,
    {{ date_key('b.published_date') }} as published_date_key,
    b.value,
    b.unit,
    b.kind,
    b.approx,
    b.confidence,
    b.area,
    b.period,
    b.period_grain,
    b.period_start,
    b.period_end,
    b.sentence,
    b.start_offset,
    b.end_offset,
    b.cue,
    b.extractor_version,
    b.extracted_at
from batch as b
left join indicators as i on i.code = b.indicator_code
left join articles as a on a.article_id = b.article_id
