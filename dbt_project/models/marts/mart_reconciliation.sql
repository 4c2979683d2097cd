-- Arithmetic check of one population described by a count and a share in one sentence
-- (pairs from var('reconciliation_pairs'), e.g. women_staff_count + women_staff_share).
-- The total comes from
--   * the text: "a/b" in the count's sentence where a is the count (dates d/m/y are ignored), or
--   * a kind 'derived' share of the same population that the extractor computed (count/total*100).
-- expected_share = count / total * 100 (or the derived share); status:
--   ok        |stated share - expected share| <= var('reconciliation_tolerance_pp')
--   mismatch  larger difference: the count, the share or the total was misread, or they belong
--             to different populations
--   no_total  no total known: nothing to check (implied_total shows the total the pair implies)
with obs as (
    select * from {{ ref('mart_indicator_observations') }}
),

pairs as (
    select * from (values
        {%- for p in var('reconciliation_pairs') %}
        ('{{ p["count"] }}', '{{ p["share"] }}'){{ "," if not loop.last }}
        {%- endfor %}
    ) as t(count_code, share_code)
),

counts as (
    select o.*, p.share_code,
        list_filter(
            list_transform(
                regexp_extract_all(
                    regexp_replace(coalesce(o.sentence, ''), '\d{1,2}/\d{1,2}/\d{2,4}', ' ', 'g'),
                    '\d[\d.,]*\s*/\s*\d[\d.,]*'),
                lambda m: [
                    try_cast(regexp_replace(split_part(m, '/', 1), '[.,\s]', '', 'g') as double),
                    try_cast(regexp_replace(split_part(m, '/', 2), '[.,\s]', '', 'g') as double)
                ]),
            lambda ab: ab[1] = o.value and ab[2] >= ab[1] and ab[2] > 0
        )[1][2] as sentence_total
    from obs as o
    join pairs as p on p.count_code = o.indicator_code
    where o.kind in ('actual', 'target')
),

shares as (
    select o.* from obs as o
    where o.indicator_code in (select share_code from pairs)
),

checked as (
    select
        c.article_id,
        c.article_title,
        c.published_date,
        c.indicator_code as count_indicator_code,
        s.indicator_code as share_indicator_code,
        c.kind,
        c.province_name,
        c.era,
        c.organization_name,
        c.area,
        c.period,
        c.value as count_value,
        s.value as stated_share,
        c.sentence_total,
        d.value as derived_share,
        case
            when c.sentence_total is not null then 'sentence'
            when d.value is not null then 'derived_share'
        end as total_source,
        coalesce(c.sentence_total, c.value * 100 / nullif(d.value, 0)) as total_value,
        coalesce(c.value * 100 / c.sentence_total, d.value) as expected_share,
        c.value * 100 / nullif(s.value, 0) as implied_total,
        c.observation_id as count_observation_id,
        s.observation_id as share_observation_id,
        c.sentence as count_sentence,
        s.sentence as share_sentence,
        row_number() over (
            partition by c.observation_id, s.observation_id
            order by d.confidence desc nulls last, d.observation_id
        ) as derived_rank
    from counts as c
    join shares as s
      on s.article_id = c.article_id
     -- one population: the count and its share stated in the same sentence
     and s.sentence = c.sentence
     and s.indicator_code = c.share_code
     and s.kind = c.kind
     and s.geography_level = c.geography_level
     and s.province_code is not distinct from c.province_code
     and s.era is not distinct from c.era
     and s.organization_name is not distinct from c.organization_name
     and s.area is not distinct from c.area
     and s.period is not distinct from c.period
    left join shares as d
      on d.article_id = c.article_id
     and d.indicator_code = c.share_code
     and d.kind = 'derived'
     and d.geography_level = c.geography_level
     and d.province_code is not distinct from c.province_code
     and d.era is not distinct from c.era
     and d.organization_name is not distinct from c.organization_name
     and d.area is not distinct from c.area
     and d.period is not distinct from c.period
)

select
    md5(count_observation_id || '|' || share_observation_id) as reconciliation_id,
    * exclude (derived_rank, expected_share),
    expected_share,
    abs(stated_share - expected_share) as difference_pp,
    case
        when expected_share is null then 'no_total'
        when abs(stated_share - expected_share) <= {{ var('reconciliation_tolerance_pp') }} + 1e-9 then 'ok'
        else 'mismatch'
    end as status
from checked
where derived_rank = 1
