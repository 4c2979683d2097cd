select
    trim(province_code)                  as province_code,
    trim(province_name)                  as province_name,
    nullif(trim(full_name), '')          as full_name,
    lower(trim(era))                     as era,
    cast(valid_from as date)             as valid_from,
    cast(valid_to as date)               as valid_to,
    trim(current_province_code)          as current_province_code,
    trim(current_province_name)          as current_province_name
from {{ source('chiso_raw', 'administrative_units') }}
