// "Today" as the coordinator lives it: the local calendar day of a moment, as ISO yyyy-mm-dd.
// The import (which report a plan belongs to, "Plan inkommen") and the flags (is a missing plan
// late?) both ask here, so around midnight they never disagree about which day it is.

/** The local calendar day of `moment` ("2017-02-03" at 00:30 in Stockholm, 23:30 UTC the day before). */
export function localDay(moment: Date): string {
  const y = moment.getFullYear();
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
