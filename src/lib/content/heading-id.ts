/**
 * A heading id that is also a valid CSS identifier: MDX slugs headings that
 * start with a year ("1996: the founding decision" → "1996-the-founding-
 * decision"), which html-validate's valid-id rule rejects and CSS cannot
 * select without escaping, so such ids get an `h-` prefix.
 *
 * @example
 * headingId('1996-the-founding-decision') // 'h-1996-the-founding-decision'
 * headingId('examples')                   // 'examples'
 */
export function headingId(id: string | undefined): string | undefined {
  if (id === undefined || id === '') return id;
  return /^[A-Za-z]/.test(id) ? id : `h-${id}`;
}
