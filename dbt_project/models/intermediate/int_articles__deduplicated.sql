-- One row per article_id (the sha256 of the text). When the same text was read from several files
-- or records, the first loaded copy is kept. duplicate_of points to an EARLIER article that this one
-- repeats, as recorded by the ingestion asset in raw.ingested_files (status 'duplicate' with
-- duplicate_of_article_id, and raw.articles.near_duplicate_of for syndicated copies); the "earlier" rule makes cycles impossible.
with articles as (
    select * from {{ ref('stg_chiso__articles') }}
),

ranked as (
    select
        *,
        row_number() over (
            partition by article_id
            order by loaded_at nulls last, file_path, record_index
        ) as copy_rank,
        count(*) over (partition by article_id) as copy_count,
        min(loaded_at) over (partition by article_id) as first_loaded_at
    from articles
),

kept as (
    select * exclude (copy_rank) from ranked where copy_rank = 1
),

flagged as (
    -- duplicate flags recorded for any file that holds a copy of the article
    select distinct
        a.article_id,
        f.duplicate_of_article_id
    from articles as a
    join {{ ref('stg_chiso__ingested_files') }} as f
      on f.file_path = a.file_path
     and f.file_sha256 = a.file_sha256
    where f.duplicate_of_article_id is not null
      and f.duplicate_of_article_id <> a.article_id
    union
    -- near duplicates (a syndicated copy with small edits) found by the ingestion asset
    select article_id, near_duplicate_of
    from articles
    where near_duplicate_of is not null and near_duplicate_of <> article_id
),

duplicate_links as (
    select
        f.article_id,
        min(f.duplicate_of_article_id) as duplicate_of
    from flagged as f
    join kept as this_article on this_article.article_id = f.article_id
    join kept as original on original.article_id = f.duplicate_of_article_id
    where (original.first_loaded_at, original.article_id)
        < (this_article.first_loaded_at, this_article.article_id)
       or (original.first_loaded_at is not null and this_article.first_loaded_at is null)
    group by f.article_id
)

select
    k.article_id,
    k.file_path,
    k.file_sha256,
    k.record_index,
    k.source,
    k.title,
    k.published_at,
    cast(k.published_at as date) as published_date,
    k.url,
    k.article_id as content_hash,
    k.loaded_at,
    k.copy_count,
    d.duplicate_of
from kept as k
left join duplicate_links as d using (article_id)
