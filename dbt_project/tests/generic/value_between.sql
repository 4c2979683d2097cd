{#- Fails on rows whose column is outside [min_value, max_value] (nulls are not checked; combine
    with not_null). Use `config: where:` to restrict it, e.g. to unit = 'percent'. -#}
{% test value_between(model, column_name, min_value, max_value) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} < {{ min_value }} or {{ column_name }} > {{ max_value }})
{% endtest %}
