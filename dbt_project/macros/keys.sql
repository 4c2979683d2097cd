{#- Surrogate keys: md5 over the natural key parts, so keys are stable across full refreshes and
    the incremental fact stays consistent with the fully rebuilt dimensions. -#}
{% macro chiso_key(parts) -%}
    md5(concat_ws('|', {%- for p in parts %} coalesce(cast({{ p }} as varchar), '<null>'){{ "," if not loop.last }}{% endfor %}))
{%- endmacro %}

{#- Fixed key of the 'unknown' member of every string-keyed dimension. -#}
{% macro unknown_key() -%}'-1'{%- endmacro %}

{#- Fixed key of the national member ('Việt Nam') of dim_geography. -#}
{% macro national_geography_key() -%}'VN'{%- endmacro %}

{#- Key of the 'unknown' member of dim_date (date_key is an integer YYYYMMDD). -#}
{% macro unknown_date_key() -%}-1{%- endmacro %}

{% macro date_key(expr) -%}
    coalesce(cast(strftime({{ expr }}, '%Y%m%d') as integer), {{ unknown_date_key() }})
{%- endmacro %}
