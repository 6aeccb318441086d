// Agency time stamps ("20131020T192751+1100", "2016-01-12 12:35:40", "2022-06-26T23:54:25+0000")
// to ISO 8601; anything else is no date at all.

const STAMP =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:\.\d+)?)?\s*(Z|(?:GMT|UTC)?[+-]\d{2}:?\d{2})?$/i;

/** ISO 8601 for an agency time stamp; a stamp without a zone stays without one. Undefined when invalid. */
export function toIsoDate(stamp: string | undefined): string | undefined {
  const m = STAMP.exec((stamp ?? '').trim());
  if (!m) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone = ''] = m;
  if (+month < 1 || +month > 12 || +day < 1 || +day > 31 || +hour > 23 || +minute > 59 || +second > 59) return undefined;
  const offset = zone.replace(/^(GMT|UTC)/i, '');
  const iso = offset.toUpperCase() === 'Z' ? 'Z' : offset ? `${offset.slice(0, 3)}:${offset.slice(-2)}` : '';
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${iso}`;
}

/** True for a bare date or time stamp, which some agencies put where the dateline belongs. */
export function isDateStamp(text: string): boolean {
  return /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[\d\s:.+-]|GMT|UTC|Z)*$/i.test(text.trim());
}
