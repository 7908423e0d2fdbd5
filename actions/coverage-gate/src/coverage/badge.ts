import { escapeHtml } from '@go-ci-gates/core';

/** Approximate Verdana 11px advance widths, enough for a badge's layout. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[ilI.,:;|!']/.test(ch) ? 3.5 : /[mwMW%]/.test(ch) ? 10 : /[A-Z0-9]/.test(ch) ? 7.5 : 6.5;
  return Math.round(w + 10);
}

/** A flat shields-style SVG badge; the colour follows the value against the threshold. */
export function coverageBadgeSvg(label: string, value: string, color: string): string {
  const lw = textWidth(label);
  const vw = textWidth(value);
  const w = lw + vw;
  const l = escapeHtml(label);
  const v = escapeHtml(value);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${l}: ${v}">` +
    `<title>${l}: ${v}</title>` +
    `<rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">` +
    `<text x="${lw / 2}" y="14">${l}</text><text x="${lw + vw / 2}" y="14">${v}</text></g></svg>\n`
  );
}
