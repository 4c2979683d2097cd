{#- Fails on rows whose `column_name` differs from `to_column` of the row of `to` found by
    `field` = `to_field` (e.g. an observation's unit must equal its indicator's catalogue unit).
    Rows with no related row are not reported here (that is what `relationships` is for). -#}
{% test matches_related_column(model, column_name, field, to, to_field, to_column) %}
select m.*
from {{ model }} as m
join {{ to }} as r
  on m.{{ field }} = r.{{ to_field }}
where m.{{ column_name }} is distinct from r.{{ to_column }}
{% endtest %}
