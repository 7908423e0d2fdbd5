/** Escapes text for HTML and for Markdown table cells. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escapes text for a Markdown table cell: HTML, pipes, and line breaks. */
export function escapeCell(text: string): string {
  return escapeHtml(text)
    .replace(/\|/g, '&#124;')
    .replace(/\r?\n/g, '<br>');
}

/** Escapes Markdown emphasis/link characters in paragraph text. */
export function escapeMarkdownText(text: string): string {
  return escapeHtml(text).replace(/([\\`*_[\]#|~])/g, '\\$1');
}
