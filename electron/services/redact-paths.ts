/**
 * Cuts absolute paths in a message down to their last part, for what crosses
 * to the renderer: the clerk needs the file name, not the profile's or the
 * share's full path (the log keeps the message as it was). Knows Windows
 * drive paths (C:\…, \\?\C:\…), UNC paths (\\server\share\…), POSIX paths
 * and file:// URLs. Folder names may hold single spaces; a file name is cut
 * at the first space, which leaves the rest of it in place.
 */

/** A path part: no separators, no characters Windows forbids, words joined by single spaces; not starting with a closing bracket. */
const CHAR = String.raw`[^\\/\s:*?"<>|']`;
const FIRST = String.raw`[^\\/\s:*?"<>|')\]]`;
const PART = String.raw`${FIRST}${CHAR}*(?: ${CHAR}+)*`;
const LAST = String.raw`(?:${FIRST}${CHAR}*)?`;
const SEP = String.raw`[\\/]`;
/** Where a POSIX or forward-slash UNC path may start: not inside a word, a number or a URL. */
const START = String.raw`(?<=^|[\s'"(\[=,;])`;

const PATHS = new RegExp(
  [
    String.raw`file:\/\/[^\s'"<>]*`,
    String.raw`\\\\\?\\[A-Za-z]:${SEP}(?:${PART}${SEP})*${LAST}`,
    String.raw`\\\\${PART}(?:\\${PART})+\\?${LAST}`,
    String.raw`${START}\/\/${PART}(?:\/${PART})+\/?${LAST}`,
    String.raw`(?<![A-Za-z0-9])[A-Za-z]:${SEP}(?:${PART}${SEP})*${LAST}`,
    String.raw`${START}\/(?:${PART}\/)*${PART}\/?`,
  ].join('|'),
  'g',
);

function lastPart(path: string): string {
  let tail = path.startsWith('file://') ? path.replace(/[?#].*$/, '') : path;
  tail = tail.split(/[\\/]/).filter(Boolean).pop() ?? '';
  if (path.startsWith('file://')) {
    try {
      tail = decodeURIComponent(tail);
    } catch {
      // keep it encoded
    }
  }
  return /^[A-Za-z]:$/.test(tail) || tail === 'file:' ? '…' : tail || '…';
}

export function redactPaths(message: string): string {
  return message.replace(PATHS, lastPart);
}
