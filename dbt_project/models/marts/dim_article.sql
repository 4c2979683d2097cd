select
    {{ chiso_key(["'article'", 'article_id']) }} as article_key,
    article_id,
    title,
    published_at,
    published_date,
    {{ date_key('published_date') }} as published_date_key,
    source,
    url,
    content_hash,
    file_path,
    copy_count,
    duplicate_of
from {{ ref('int_articles__deduplicated') }}

union all

select
    {{ unknown_key() }}, null, 'Không xác định', null, null, {{ unknown_date_key() }},
    null, null, null, null, 0, null
