select
    {{ chiso_key(["'indicator'", 'indicator_code']) }} as indicator_key,
    indicator_code as code,
    name_vi,
    name_en,
    unit,
    theme,
    sdg_indicator,
    description
from {{ ref('stg_chiso__indicator_catalogue') }}

union all

select
    {{ unknown_key() }},
    'unknown',
    'Không xác định',
    'Unknown',
    null,
    null,
    null,
    'Unknown member: an observation whose indicator code is not in the catalogue.'
