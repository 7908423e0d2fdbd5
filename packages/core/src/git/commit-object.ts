/** What the gates read from a raw commit object (`git cat-file commit`, or a `--batch` answer). */
export interface CommitHeader {
  /** The parents the object names, even where a shallow clone's git log hides them. */
  parents: string[];
  /** The committer time in Unix seconds, as `git log --format=%ct` gives it. */
  committerTime?: number;
}

/**
 * Reads a commit object's header: the lines before the first blank line. The message after it is
 * never searched, so a message that imitates a header line ("parent …", "committer …") is not read.
 */
export function parseCommitHeader(text: string): CommitHeader {
  const header = text.split('\n\n', 1)[0];
  const parents: string[] = [];
  let committerTime: number | undefined;
  for (const line of header.split('\n')) {
    if (line.startsWith('parent ')) parents.push(line.slice('parent '.length));
    const m = /^committer .* (\d+) [+-]\d{4}$/.exec(line);
    if (m) committerTime = Number(m[1]);
  }
  return { parents, committerTime };
}
