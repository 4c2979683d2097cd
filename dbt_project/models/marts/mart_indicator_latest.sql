-- The latest ACTUAL value per indicator x place x organisation x area: the observation with the
-- latest period_end, then the latest publication, then the highest confidence. Area is part of
-- the grain so that a district figure never stands for its province. Observations without a
-- known period rank after every dated one.
with actuals as (
    select *
    from {{ ref('mart_indicator_observations') }}
    where kind = 'actual'
),

ranked as (
    select
        *,
        count(*) over population as observation_count,
        row_number() over (
            population
            order by period_end desc nulls last, published_at desc nulls last,
                     confidence desc nulls last, observation_id
        ) as recency_rank
    from actuals
    window population as (
        partition by indicator_code, geography_level, era, province_code, province_name,
                     organization_name, area
    )
)

select
    indicator_code,
    indicator_name_vi,
    indicator_name_en,
    theme,
    geography_level,
    province_code,
    province_name,
    era,
    current_province_name,
    area,
    organization_name,
    organization_type,
    value,
    unit,
    approx,
    confidence,
    period,
    period_grain,
    period_start,
    period_end,
    published_at,
    published_date,
    article_title,
    source,
    url,
    sentence,
    observation_id,
    article_id,
    observation_count
from ranked
where recency_rank = 1
