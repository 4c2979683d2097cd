{#- Fails (one failing row per row) when the model, filtered by the test's `where` config, has any
    row. Used to surface rows a human must look at (conflicts, reconciliation mismatches); the
    failing rows carry the article titles, and with store_failures they are kept in schema audit. -#}
{% test no_rows(model) %}
select *
from {{ model }}
{% endtest %}
