-- One wide row per observation, names instead of keys, for BI tools. Incremental by article,
-- as the fact it widens (macros/incremental_by_article.sql).
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='append_new_columns',
        post_hook=["{{ delete_rows_gone_from(ref('fct_indicator_observation'), 'observation_id') }}"]
    )
}}
select
    f.observation_id,
    f.article_id,
    f.indicator_code,
    i.name_vi as indicator_name_vi,
    i.name_en as indicator_name_en,
    i.theme,
    f.value,
    f.unit,
    f.kind,
    f.approx,
    f.confidence,
    g.geography_level,
    g.province_code,
    g.province_name,
    g.era,
    g.current_province_name,
    f.area,
    o.organization_name,
    o.organization_type,
    f.period,
    f.period_grain,
    f.period_start,
    f.period_end,
    a.published_at,
    a.published_date,
    a.title as article_title,
    a.source,
    a.url,
    f.sentence,
    f.start_offset,
    f.end_offset,
    f.cue,
    f.extractor_version,
    f.extracted_at
from {{ ref('fct_indicator_observation') }} as f
join {{ ref('dim_indicator') }} as i on i.indicator_key = f.indicator_key
join {{ ref('dim_geography') }} as g on g.geography_key = f.geography_key
join {{ ref('dim_organization') }} as o on o.organization_key = f.organization_key
join {{ ref('dim_article') }} as a on a.article_key = f.article_key
{% if is_incremental() -%}
where f.article_id in ({{ articles_to_load(ref('fct_indicator_observation')) }})
{%- endif %}
