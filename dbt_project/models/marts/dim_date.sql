-- Calendar from var date_spine_start to var date_spine_end, widened to every period and
-- publication date found in the data, plus the unknown member (date_key -1).
with data_dates as (
    select period_start as d from {{ ref('int_observations__resolved') }}
    union all
    select period_end from {{ ref('int_observations__resolved') }}
    union all
    select published_date from {{ ref('int_articles__deduplicated') }}
),

bounds as (
    select
        least(date '{{ var("date_spine_start") }}', coalesce(min(d), date '{{ var("date_spine_start") }}')) as first_date,
        greatest(date '{{ var("date_spine_end") }}', coalesce(max(d), date '{{ var("date_spine_end") }}')) as last_date
    from data_dates
),

days as (
    select cast(unnest(generate_series(
        cast(first_date as timestamp), cast(last_date as timestamp), interval 1 day)) as date) as date_day
    from bounds
)

select
    cast(strftime(date_day, '%Y%m%d') as integer) as date_key,
    date_day as date,
    cast(year(date_day) as integer) as year,
    cast(quarter(date_day) as integer) as quarter,
    cast(month(date_day) as integer) as month,
    cast(case when month(date_day) <= 6 then 1 else 2 end as integer) as half,
    cast(isodow(date_day) as integer) as day_of_week,
    dayname(date_day) as day_name,
    false as is_unknown
from days

union all

select {{ unknown_date_key() }}, null, null, null, null, null, null, null, true
