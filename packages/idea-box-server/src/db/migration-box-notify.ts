import type { Migration } from "@communs/server";

/**
 * Migration 12: every change to a box (created, renamed, visibility, embed role, deleted) is
 * announced on the `communs_boxes` channel with its slug, by a trigger, whoever writes it. Each
 * server instance keeps what anonymous readers may see of a box in memory and forgets a box as
 * soon as its slug is announced (`box-cache.ts`): anonymous reads then cost one query, not two.
 * The body has no ";" at a line end: the runner splits statements there.
 */
export const boxNotify: Migration = {
  version: 12,
  name: "box changes announced on the communs_boxes channel",
  sql: `
create function notify_box_change() returns trigger language plpgsql as $fn$
begin
  if tg_op <> 'INSERT' then perform pg_notify('communs_boxes', old.slug)
  ; end if
  ; if tg_op <> 'DELETE' then perform pg_notify('communs_boxes', new.slug)
  ; end if
  ; return null
; end
$fn$;
create trigger boxes_notify after insert or update or delete on boxes
  for each row execute function notify_box_change();
`,
};
