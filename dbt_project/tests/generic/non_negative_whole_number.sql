{#- Fails on rows whose column is negative or not a whole number (within `tolerance`, to absorb
    float noise such as 84.746 * 1e6). Nulls are not checked. -#}
{% test non_negative_whole_number(model, column_name, tolerance=0.000001) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} < 0 or abs({{ column_name }} - round({{ column_name }})) > {{ tolerance }})
{% endtest %}
