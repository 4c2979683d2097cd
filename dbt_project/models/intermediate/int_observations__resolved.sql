-- One row per raw observation, with its context resolved:
--   * period -> period_grain (day|month|half|year|term|unknown|unparsed), period_start, period_end;
--   * province -> one administrative unit, the ERA being decided by the time the figure refers to
--     (a figure for Bình Phước for 2024 is the pre_2025 unit; a name that exists in both eras,
--     such as Đồng Nai, goes to the era valid at min(period_end, publication date));
--     'Việt Nam' -> the national member; anything else -> the unknown member;
--   * organisation -> normalised name, type and key.
--   Incremental by article (macros/incremental_by_article.sql). After a change to the
--   administrative units, run `dbt build --full-refresh -s int_observations__resolved+`.
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='article_id',
        on_schema_change='fail',
        post_hook=["{{ delete_rows_gone_from(ref('stg_chiso__indicator_observations'), 'observation_id') }}"]
    )
}}
{%- set merger_date = "date '" ~ var('merger_effective_date') ~ "'" %}

with observations as (
    select * from {{ ref('stg_chiso__indicator_observations') }}
    {% if is_incremental() -%}
    where article_id in ({{ articles_to_load(ref('stg_chiso__indicator_observations')) }})
    {%- endif %}
),

articles as (
    select article_id, published_at, published_date
    from {{ ref('int_articles__deduplicated') }}
),

period_grains as (
    select
        o.*,
        a.published_at,
        a.published_date,
        try_cast(left(o.period, 4) as integer) as period_year_1,
        try_cast(right(o.period, 4) as integer) as period_year_2,
        case
            when o.period is null then 'unknown'
            when regexp_full_match(o.period, '\d{4}-\d{2}-\d{2}')
                 and try_strptime(o.period, '%Y-%m-%d') is not null then 'day'
            when regexp_full_match(o.period, '\d{4}-\d{2}')
                 and try_strptime(o.period || '-01', '%Y-%m-%d') is not null then 'month'
            when regexp_full_match(o.period, '\d{4}-H[12]') then 'half'
            when regexp_full_match(o.period, '\d{4}') then 'year'
            when regexp_full_match(o.period, '\d{4}/\d{4}')
                 and right(o.period, 4) >= left(o.period, 4) then 'term'
            else 'unparsed'
        end as parsed_grain
    from observations as o
    left join articles as a on a.article_id = o.article_id
),

periods as (
    select
        * exclude (parsed_grain),
        case
            when parsed_grain in ('unknown', 'unparsed') then parsed_grain
            when period_year_1 not between {{ var('min_period_year') }} and {{ var('max_period_year') }}
              or period_year_2 not between {{ var('min_period_year') }} and {{ var('max_period_year') }}
                then 'unparsed'
            else parsed_grain
        end as period_grain
    from period_grains
),

period_dates as (
    select
        *,
        case period_grain
            when 'day'   then cast(try_strptime(period, '%Y-%m-%d') as date)
            when 'month' then cast(try_strptime(period || '-01', '%Y-%m-%d') as date)
            when 'half'  then make_date(period_year_1, case when right(period, 1) = '1' then 1 else 7 end, 1)
            when 'year'  then make_date(period_year_1, 1, 1)
            when 'term'  then make_date(period_year_1, 1, 1)
        end as period_start,
        case period_grain
            when 'day'   then cast(try_strptime(period, '%Y-%m-%d') as date)
            when 'month' then last_day(cast(try_strptime(period || '-01', '%Y-%m-%d') as date))
            when 'half'  then case when right(period, 1) = '1' then make_date(period_year_1, 6, 30)
                                   else make_date(period_year_1, 12, 31) end
            when 'year'  then make_date(period_year_1, 12, 31)
            when 'term'  then make_date(period_year_2, 12, 31)
        end as period_end
    from periods
),

with_context as (
    select
        *,
        -- the time the figure refers to, as far as it is known
        case
            when period_end is not null and published_date is not null then least(period_end, published_date)
            else coalesce(period_end, published_date)
        end as era_reference_date,
        {{ province_match_key('province_raw') }} as province_match_key,
        {{ normalize_vi_text('organization_raw') }} as organization_clean
    from period_dates
),

with_era as (
    select
        *,
        case
            when era_reference_date is null then '{{ var("undated_era") }}'
            when era_reference_date >= {{ merger_date }} then 'current'
            else 'pre_2025'
        end as preferred_era
    from with_context
),

units as (
    select
        *,
        {{ province_match_key('province_name') }} as name_key,
        {{ province_match_key('full_name') }} as full_name_key
    from {{ ref('stg_chiso__administrative_units') }}
),

unit_candidates as (
    -- every unit whose name matches; a name in both eras yields two candidates
    select
        o.observation_id,
        u.province_code,
        u.province_name,
        u.era,
        u.current_province_name,
        row_number() over (
            partition by o.observation_id
            order by case when u.era = o.preferred_era then 0 else 1 end, u.era, u.province_code
        ) as candidate_rank
    from with_era as o
    join units as u
      on o.province_match_key in (u.name_key, u.full_name_key)
),

resolved as (
    select
        o.*,
        case
            when o.province_match_key in ('vietnam', 'canuoc', 'toanquoc') then 'national'
            when u.province_code is not null then 'province'
            else 'unknown'
        end as geography_level,
        u.province_code,
        u.era,
        u.province_name as unit_province_name,
        u.current_province_name as unit_current_province_name
    from with_era as o
    left join unit_candidates as u
      on u.observation_id = o.observation_id
     and u.candidate_rank = 1
),

organizations as (
    select
        *,
        case geography_level
            when 'province' then unit_province_name
            when 'national' then 'Việt Nam'
        end as province_name,
        case geography_level
            when 'province' then {{ chiso_key(["'geo'", 'era', 'province_code']) }}
            when 'national' then {{ national_geography_key() }}
            else {{ unknown_key() }}
        end as geography_key,
        -- common long forms -> the abbreviations official names use
        regexp_replace(regexp_replace(regexp_replace(regexp_replace(organization_clean,
            '(?i)bảo hiểm xã hội', 'BHXH', 'g'),
            '(?i)ủy ban nhân dân', 'UBND', 'g'),
            '(?i)hội đồng nhân dân', 'HĐND', 'g'),
            '(?i)hội liên hiệp phụ nữ', 'Hội LHPN', 'g') as organization_name
    from resolved
)

select
    observation_id,
    article_id,
    indicator_code,
    -- counts are whole numbers (tested upstream within 1e-6); drop float noise such as 84.746e6
    case when unit in ('person', 'visit', 'card') then round(value) else value end as value,
    unit,
    kind,
    approx,
    province_raw,
    geography_level,
    geography_key,
    province_code,
    era,
    province_name,
    case geography_level
        when 'province' then unit_current_province_name
        when 'national' then 'Việt Nam'
    end as current_province_name,
    area,
    organization_raw,
    organization_name,
    {{ organization_type('organization_name') }} as organization_type,
    case
        when organization_name is null then {{ unknown_key() }}
        else {{ chiso_key(["'org'", 'lower(organization_name)', 'coalesce(province_name, province_raw)']) }}
    end as organization_key,
    coalesce(province_name, province_raw) as organization_province_name,
    period,
    period_grain,
    period_start,
    period_end,
    era_reference_date,
    published_at,
    published_date,
    sentence,
    start_offset,
    end_offset,
    cue,
    confidence,
    extractor_version,
    extracted_at
from organizations
