-- One row per organisation: normalised name within a province (the same name in two provinces,
-- e.g. "BHXH tỉnh", is two organisations). Names differing only in letter case share a key; the
-- most frequent spelling is shown.
with spellings as (
    select
        organization_key,
        organization_name,
        organization_type,
        organization_province_name,
        count(*) as n_rows
    from {{ ref('int_observations__resolved') }}
    where organization_key <> {{ unknown_key() }}
    group by all
),

ranked as (
    select
        *,
        row_number() over (
            partition by organization_key
            order by n_rows desc, organization_name
        ) as spelling_rank
    from spellings
)

select
    organization_key,
    organization_name,
    organization_type,
    organization_province_name as province_name
from ranked
where spelling_rank = 1

union all

select {{ unknown_key() }}, 'Không xác định', 'unknown', null
