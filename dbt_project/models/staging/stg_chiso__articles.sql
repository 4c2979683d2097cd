select
    lower(trim(article_id))              as article_id,
    trim(file_path)                      as file_path,
    lower(trim(file_sha256))             as file_sha256,
    cast(record_index as integer)        as record_index,
    nullif(trim(source), '')             as source,
    nullif(trim(title), '')              as title,
    -- naive Asia/Ho_Chi_Minh local time, kept as printed by the source (no time zone conversion)
    cast(published_at as timestamp)      as published_at,
    nullif(trim(url), '')                as url,
    text                                 as article_text,
    lower(nullif(trim(near_duplicate_of), '')) as near_duplicate_of,
    cast(loaded_at as timestamp)         as loaded_at
from {{ source('chiso_raw', 'articles') }}
