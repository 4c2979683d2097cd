{#-
  normalize_vi_text(expr): SQL expression that cleans a Vietnamese name for matching and display:
    - NBSP -> space, Unicode NFC;
    - "new style" tone placement on open oa/oe/uy syllables -> the traditional style used by
      official names ("Khánh Hoà" -> "Khánh Hòa", "Uỷ ban" -> "Ủy ban", "Thuỵ" -> "Thụy";
      closed syllables such as "hoàn", "toán" and "quý" are left alone);
    - every dash variant between words -> " – " (en dash with spaces);
    - whitespace collapsed and trimmed; empty -> null.
-#}
{% macro normalize_vi_text(expr) -%}
    {%- set pairs = [
        ('oá', 'óa'), ('oà', 'òa'), ('oả', 'ỏa'), ('oã', 'õa'), ('oạ', 'ọa'),
        ('oé', 'óe'), ('oè', 'òe'), ('oẻ', 'ỏe'), ('oẽ', 'õe'), ('oẹ', 'ọe'),
        ('Oá', 'Óa'), ('Oà', 'Òa'), ('Oả', 'Ỏa'), ('Oã', 'Õa'), ('Oạ', 'Ọa'),
    ] -%}
    {%- set uy_pairs = [
        ('uý', 'úy'), ('uỳ', 'ùy'), ('uỷ', 'ủy'), ('uỹ', 'ũy'), ('uỵ', 'ụy'),
        ('Uý', 'Úy'), ('Uỳ', 'Ùy'), ('Uỷ', 'Ủy'), ('Uỹ', 'Ũy'), ('Uỵ', 'Ụy'),
    ] -%}
    {%- set ns = namespace(sql="nfc_normalize(replace(cast(" ~ expr ~ " as varchar), chr(160), ' '))") -%}
    {%- for old, new in pairs -%}
        {%- set ns.sql = "regexp_replace(" ~ ns.sql ~ ", '" ~ old ~ "([^\\p{L}]|$)', '" ~ new ~ "\\1', 'g')" -%}
    {%- endfor -%}
    {%- for old, new in uy_pairs -%}
        {%- set ns.sql = "regexp_replace(" ~ ns.sql ~ ", '(^|[^qQ])" ~ old ~ "([^\\p{L}]|$)', '\\1" ~ new ~ "\\2', 'g')" -%}
    {%- endfor -%}
    nullif(trim(regexp_replace(regexp_replace({{ ns.sql }}, '\s*[‐‑–—]\s*|\s+-\s+', ' – ', 'g'), '\s+', ' ', 'g')), '')
{%- endmacro %}


{#-
  province_match_key(expr): key used to match a province as written to raw.administrative_units:
  lower case, without diacritics (so tone-mark placement "Hoà"/"Hòa" does not matter), without a
  leading "Tỉnh"/"Thành phố"/"TP", spaces, dashes and dots. (Mirrors the scoring rule of
  shared/spec/indicators.md; stripping diacritics makes no two of the 97 province names collide,
  which stg_chiso__administrative_units tests.)
-#}
{% macro province_match_key(expr) -%}
    nullif(regexp_replace(
        regexp_replace(
            strip_accents(lower(nfc_normalize(replace(cast({{ expr }} as varchar), chr(160), ' ')))),
            '^\s*(tinh|thanh pho|tp\.?)\s+', ''),
        '[\s\-‐‑–—_.]', '', 'g'), '')
{%- endmacro %}


{#-
  organization_type(expr): classifies a normalised organisation name (see normalize_vi_text).
  Order matters: Party bodies first (so "Đảng ủy BHXH tỉnh" is 'Đảng', not 'BHXH'), then HĐND
  before the generic "Hội", and associations (Hội LHPN...) before the catch-all.
  Returns one of: BHXH, UBND, Sở, Hội, Đảng, HĐND, Quốc hội, other, unknown (null name).
-#}
{% macro organization_type(expr) -%}
    case
        when {{ expr }} is null then 'unknown'
        when regexp_matches(lower({{ expr }}),
            '^((ban thường vụ|ban chấp hành|thường trực|ủy ban kiểm tra|ban tổ chức|ban tuyên giáo|ban dân vận|ban nội chính|văn phòng)\s+)?(đảng ủy|đảng bộ|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|trung ương đảng|chi bộ)')
            or regexp_matches(lower({{ expr }}), '^(ban thường vụ|ban chấp hành|bộ chính trị|ban bí thư)$')
            or regexp_matches(lower({{ expr }}), '(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|đảng bộ|ban chấp hành trung ương|ban (tổ chức|tuyên giáo|dân vận|nội chính|kinh tế|tuyên giáo và dân vận) trung ương)')
            then 'Đảng'
        when regexp_matches(lower({{ expr }}), '(hđnd|hội đồng nhân dân)') then 'HĐND'
        when regexp_matches(lower({{ expr }}), '(quốc hội|đbqh)') then 'Quốc hội'
        when regexp_matches(lower({{ expr }}), '(bhxh|bảo hiểm xã hội)') then 'BHXH'
        when regexp_matches(lower({{ expr }}), '(ubnd|ủy ban nhân dân)') then 'UBND'
        when regexp_matches(lower({{ expr }}), '^sở\s') then 'Sở'
        when regexp_matches(lower({{ expr }}), '^(ban thường vụ\s+|ban chấp hành\s+)?hội\s')
            or regexp_matches(lower({{ expr }}), '(hội lhpn|hội liên hiệp phụ nữ)') then 'Hội'
        else 'other'
    end
{%- endmacro %}


{#-
  without_diacritics(expr): lower-case Vietnamese text without its tone marks and accents, on any
  adapter. DuckDB has strip_accents; elsewhere one translate() over the Vietnamese letters does
  the same for NFC text (the raw layer stores NFC).
-#}
{% macro without_diacritics(expr) -%}
    {{ return(adapter.dispatch('without_diacritics', 'chiso')(expr)) }}
{%- endmacro %}

{% macro duckdb__without_diacritics(expr) -%}
    strip_accents(lower({{ expr }}))
{%- endmacro %}

{% macro default__without_diacritics(expr) -%}
    translate(lower({{ expr }}),
              'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ',
              'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')
{%- endmacro %}
