{#-
  Incremental loads keyed by article. Raw observations are written and replaced a whole article
  at a time (an article is re-extracted when the extractor changes), so the models that carry
  them forward load by article too: a run reads the articles whose rows upstream are new to the
  model or newer than the model's copy, and its cost grows with the new articles, not with the
  archive. Use with incremental_strategy='delete+insert' and unique_key='article_id' (the
  article's old rows go before its new ones land), and delete_rows_gone_from() as a post-hook.
-#}

{% macro articles_to_load(upstream) -%}
    {#- A model built before it had extracted_at (a warehouse from an older release) loads every article once. -#}
    {%- set versioned = not execute or 'extracted_at' in (adapter.get_columns_in_relation(this) | map(attribute='name') | map('lower') | list) -%}
    select u.article_id
    from (select article_id, max(extracted_at) as extracted_at from {{ upstream }} group by article_id) as u
    {% if versioned -%}
    left join (select article_id, max(extracted_at) as extracted_at from {{ this }} group by article_id) as t
           on t.article_id = u.article_id
    -- (a null extracted_at: a row from before the column existed, loaded again once)
    where t.article_id is null or t.extracted_at is null or u.extracted_at > t.extracted_at
    {%- endif %}
{%- endmacro %}

{#- Rows whose key is gone upstream: re-extraction dropped them, or their article became a duplicate. -#}
{% macro delete_rows_gone_from(upstream, key) -%}
    delete from {{ this }} where {{ key }} not in (select {{ key }} from {{ upstream }})
{%- endmacro %}
