import type { Migration } from "@communs/server";

/**
 * Migration 11: similar ideas by shared words, in a few milliseconds at 100,000 ideas.
 *
 * Migration 7 ranked every title by trigram distance: exact, but at full scale its GIN scan read
 * the posting lists of the typed title's forty-odd trigrams, the most common of which ("er ",
 * " la") are in most titles (SQL p50 260 ms). Titles that are near duplicates share their
 * significant words, so the candidates now come from a GIN index of the titles' French stems
 * (stop words dropped): first the ideas sharing all of the typed title's words, then all but
 * one, then all but two (at most the 8 longest words; "k of n" is the OR of every combination
 * of k stems, at most 28). Each level reads at most 200 candidates, ranked by trigram similarity
 * to the typed title; a level adds only ideas the previous ones did not give. `shared` says why
 * an idea matches: the typed words (as typed) its title shares.
 *
 * The body has no ";" at a line end: the runner splits statements there.
 */
export const similarByWords: Migration = {
  version: 11,
  name: "similar ideas by shared words (stems), the trigram indexes dropped",
  sql: `
create index ideas_title_lexemes on ideas using gin (to_tsvector('french', title_norm));
drop function similar_ideas(uuid, text, integer);
drop index if exists ideas_title_trgm_close;
drop index if exists ideas_title_trgm_gist;
create function similar_ideas(p_box uuid, p_title text, p_limit integer)
returns table (id uuid, title text, status text, similarity real, shared text[])
language plpgsql
set plan_cache_mode = force_custom_plan
as $fn$
declare
  wanted text := lower(unaccent(p_title)); -- titleNormExpression in idea-rows.ts
  lexemes text[]; words text[]; n integer; k integer; q tsquery
  ; found integer := 0; taken uuid[] := '{}'; begin
  -- The typed words (split at spaces and punctuation, typographic ones included) with their
  -- French stem; stop words have none. The 8 longest stems, each once, in typed order.
  select coalesce(array_agg(x.lexeme order by x.n), '{}'), coalesce(array_agg(x.word order by x.n), '{}')
    into lexemes, words
    from (select d.lexeme, d.word, d.n, row_number() over (order by length(d.lexeme) desc, d.n) as r
            from (select distinct on (l.lexeme) l.lexeme, l.word, l.n
                    from (select w.word, w.n, (tsvector_to_array(to_tsvector('french', lower(unaccent(w.word)))))[1] as lexeme
                            from regexp_split_to_table(p_title, '[[:space:][:punct:]’‘«»“”…–—]+') with ordinality w(word, n)) l
                   where length(l.lexeme) >= 3
                   order by l.lexeme, l.n) d) x
   where x.r <= 8
  ; n := cardinality(lexemes)
  ; if n = 0 then return; end if
  ; k := n
  ; while k >= greatest(1, n - 2) and found < p_limit loop
    -- "k of the n stems": every combination of k stems, OR-ed.
    with recursive c(last, terms) as (
      select s, array[quote_literal(lexemes[s])] from generate_series(1, n) s
      union all
      select s, c.terms || quote_literal(lexemes[s]) from c, generate_series(c.last + 1, n) s
       where cardinality(c.terms) < k)
    select string_agg('(' || array_to_string(c.terms, ' & ') || ')', ' | ')::tsquery into q
      from c where cardinality(c.terms) = k
    ; for id, title, status, similarity, shared in
      select m.id, m.title, m.status, similarity(m.title_norm, wanted),
             array(select words[s] from generate_series(1, n) s
                    where to_tsvector('french', m.title_norm) @@ quote_literal(lexemes[s])::tsquery order by s)
        from (select i.id, i.title, i.status, i.title_norm, i.created_at from ideas i
               where i.box_id = p_box and i.hidden_at is null and i.merged_into is null
                 and to_tsvector('french', i.title_norm) @@ q and i.id <> all(taken)
               limit 200) m
       order by similarity(m.title_norm, wanted) desc, m.created_at desc, m.id
       limit p_limit - found
    loop taken := taken || id; found := found + 1; return next; end loop
    ; k := k - 1
  ; end loop
; end
$fn$;
`,
};
