select
    trim(file_path)                               as file_path,
    lower(trim(sha256))                           as file_sha256,
    cast(size_bytes as bigint)                    as size_bytes,
    lower(trim(status))                           as status,
    nullif(trim(reason), '')                      as reason,
    cast(article_count as integer)                as article_count,
    nullif(lower(trim(duplicate_of_article_id)), '') as duplicate_of_article_id,
    cast(first_seen_at as timestamp)              as first_seen_at,
    cast(last_seen_at as timestamp)               as last_seen_at
from {{ source('chiso_raw', 'ingested_files') }}
