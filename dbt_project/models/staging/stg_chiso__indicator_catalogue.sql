select
    trim(code)                           as indicator_code,
    lower(trim(unit))                    as unit,
    nullif(trim(theme), '')              as theme,
    nullif(trim(name_vi), '')            as name_vi,
    nullif(trim(name_en), '')            as name_en,
    nullif(trim(sdg_indicator), '')      as sdg_indicator,
    nullif(trim(description), '')        as description
from {{ source('chiso_raw', 'indicator_catalogue') }}
