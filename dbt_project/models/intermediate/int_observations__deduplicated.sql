-- The observations that reach the fact table:
--   * observations of an article marked as a duplicate of an earlier article are dropped (the
--     original carries the same figures);
--   * a figure stated twice in one article for the same population and period is one observation
--     (shared/spec/indicators.md): identical (indicator, value, kind, geography, area,
--     organisation, period) rows of one article collapse to the most confident, earliest one.
--   Incremental by article (macros/incremental_by_article.sql): an article's repeats collapse
--   within the article, and whether an article is a duplicate is settled when it is loaded.
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='fail',
        post_hook=["{{ delete_rows_gone_from(ref('int_observations__resolved'), 'observation_id') }}"]
    )
}}
with resolved as (
    select * from {{ ref('int_observations__resolved') }}
    {% if is_incremental() -%}
    where article_id in ({{ articles_to_load(ref('int_observations__resolved')) }})
    {%- endif %}
),

articles as (
    select article_id, duplicate_of from {{ ref('int_articles__deduplicated') }}
),

ranked as (
    select
        r.*,
        row_number() over (
            partition by r.article_id, r.indicator_code, r.value, r.kind, r.geography_key,
                         r.area, r.organization_key, r.period
            order by r.confidence desc nulls last, r.start_offset nulls last, r.observation_id
        ) as repeat_rank
    from resolved as r
    left join articles as a on a.article_id = r.article_id
    where a.duplicate_of is null
)

select
    {{ chiso_key(['observation_id']) }} as observation_key,
    * exclude (repeat_rank)
from ranked
where repeat_rank = 1
