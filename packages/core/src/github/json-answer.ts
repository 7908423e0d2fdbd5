/** What came back instead of JSON: the content type and a short, quoted start of the body. */
export interface NonJsonAnswer {
  contentType: string;
  excerpt: string;
}

/**
 * Every GitHub REST answer with a body is JSON; Octokit hands anything else
 * over as text or bytes, and a caller would read `undefined` fields from it
 * (a release id of undefined made the next call a misleading 404; a comment
 * list became "Cannot use 'in' operator"). A proxy's or captive portal's page,
 * or a GITHUB_API_URL that is not the API, is to be reported as what it is.
 * Returns undefined for a JSON answer or one without a body (204).
 */
export function nonJsonAnswer(response: { status: number; headers: Record<string, unknown>; data: unknown }): NonJsonAnswer | undefined {
  if (response.status === 204) return undefined;
  const data = response.data;
  if (typeof data !== 'string' && !(data instanceof ArrayBuffer)) return undefined;
  const text = (typeof data === 'string' ? data : Buffer.from(data).toString('utf8')).trim().replace(/\s+/g, ' ');
  return {
    contentType: String(response.headers['content-type'] ?? 'no content type'),
    excerpt: JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)
  };
}
