-- One row per conflicting PAIR of observations: same indicator, kind, place, organisation, area
-- and (known) period, different values, read from DIFFERENT articles. A pair is a conflict when
-- |a - b| > var('conflict_relative_tolerance') * max(|a|, |b|). Observations whose population is
-- unknown (no geography and no organisation) or whose period is unknown are not compared.
with obs as (
    select *
    from {{ ref('mart_indicator_observations') }}
    where period_grain not in ('unknown', 'unparsed')
      and (geography_level <> 'unknown' or organization_name <> 'Không xác định')
)

select
    md5(a.observation_id || '|' || b.observation_id) as conflict_id,
    a.indicator_code,
    a.indicator_name_vi,
    a.kind,
    a.unit,
    a.geography_level,
    a.province_name,
    a.era,
    a.organization_name,
    a.area,
    a.period,
    a.value as value_a,
    b.value as value_b,
    abs(a.value - b.value) as absolute_difference,
    abs(a.value - b.value) / nullif(greatest(abs(a.value), abs(b.value)), 0) as relative_difference,
    a.approx as approx_a,
    b.approx as approx_b,
    a.article_id as article_id_a,
    a.article_title as article_title_a,
    a.published_date as published_date_a,
    a.sentence as sentence_a,
    a.observation_id as observation_id_a,
    b.article_id as article_id_b,
    b.article_title as article_title_b,
    b.published_date as published_date_b,
    b.sentence as sentence_b,
    b.observation_id as observation_id_b
from obs as a
join obs as b
  on a.indicator_code = b.indicator_code
 and a.kind = b.kind
 and a.geography_level = b.geography_level
 and a.province_code is not distinct from b.province_code
 and a.era is not distinct from b.era
 and a.province_name is not distinct from b.province_name
 and a.organization_name is not distinct from b.organization_name
 and a.area is not distinct from b.area
 and a.period = b.period
 and a.article_id < b.article_id
where abs(a.value - b.value)
      > {{ var('conflict_relative_tolerance') }} * greatest(abs(a.value), abs(b.value)) + 1e-9
