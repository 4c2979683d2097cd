select
    {{ chiso_key(["'geo'", 'era', 'province_code']) }} as geography_key,
    'province' as geography_level,
    province_code,
    province_name,
    full_name,
    era,
    valid_from,
    valid_to,
    current_province_code,
    current_province_name,
    {{ chiso_key(["'geo'", "'current'", 'current_province_code']) }} as current_geography_key
from {{ ref('stg_chiso__administrative_units') }}

union all

select
    {{ national_geography_key() }}, 'national', 'VN', 'Việt Nam', 'Việt Nam',
    null, null, null, 'VN', 'Việt Nam', {{ national_geography_key() }}

union all

select
    {{ unknown_key() }}, 'unknown', null, 'Không xác định', null,
    null, null, null, null, null, {{ unknown_key() }}
