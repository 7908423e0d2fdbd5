import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * Renders Markdown as GitHub Flavored Markdown (CommonMark plus tables,
 * autolink literals, strikethrough and task lists) with micromark, keeping
 * raw HTML as GitHub's summaries and comments do, so a test can see what a
 * reader of the job summary or pull request comment would get.
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** The element tags of rendered HTML, in order (`<a href="...">`, `</a>`, `<br>` ...). */
export function htmlTags(html: string): string[] {
  return html.match(/<\/?[A-Za-z][^>]*>/g) ?? [];
}

/** The text a reader sees: tags removed, `<br>` as a line break, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(quot|lt|gt|amp|#(\d+)|#x([0-9a-f]+));/gi, (_m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { quot: '"', lt: '<', gt: '>', amp: '&' }[name.toLowerCase()]!;
    });
}
