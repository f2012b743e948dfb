/**
 * File names that are safe to write on Windows and Linux. safeFileName keeps
 * what it can of any name (documents the clerk saves); attachmentFileName
 * gives an attachment from the share exactly one extension, the one of the
 * type its bytes were recognised as (sniff.ts).
 */
import { extensionsOf, VIEWABLE_TYPES } from './file-types';
import type { ViewableType } from './file-types';

const MAX_LENGTH = 120;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Bidi overrides and zero-width characters: they can make "gpj.exe" look like "exe.jpg". */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;

/** Extensions a hostile name may stack after the real one; stripped from attachment names (the real one comes from the content). */
const STACKED_EXTENSIONS = new Set([
  ...Object.values(VIEWABLE_TYPES).flatMap((t) => t.extensions),
  ...'exe com bat cmd scr pif hta lnk url js jse vbs vbe wsf wsh wsc sct ps1 psm1 psd1 msi msp mst msix appx appinstaller reg inf cpl dll ocx sys jar sh bash zsh command desktop app application appref-ms gadget msc scf chm hlp iso img vhd vhdx zip rar 7z cab html htm xhtml mht mhtml svg xml docm dotm xlsm xltm xlam pptm potm ppsm sldm py pl rb apk deb rpm dmg pkg run bin appimage library-ms searchconnector-ms settingcontent-ms website diagcab'.split(' '),
]);

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '');
}

/** The name cut at dots, each part without leading or trailing spaces (Windows drops trailing ones), empty parts left out. */
function nameParts(name: string): string[] {
  return name
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .split('.')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function finish(stem: string, extension: string): string {
  const guarded = WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem || 'attachment';
  const suffix = extension ? `.${extension}` : '';
  return `${guarded.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
}

/**
 * No folders, no characters Windows forbids, no trailing dots or spaces, no
 * reserved device names, not empty, at most 120 characters with the
 * extension kept.
 */
export function safeFileName(name: string): string {
  const parts = nameParts(baseName(name));
  if (parts.length === 0) return 'attachment';
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  const extension = last.length <= 16 && !last.includes(' ') ? last : '';
  return finish((extension ? parts.slice(0, -1) : parts).join('.'), extension);
}

/** The name's parts without an NTFS alternate data stream ("a.pdf:evil.exe" is the stream "evil.exe" of "a.pdf"). */
function attachmentParts(name: string): string[] {
  return nameParts(baseName(name).split(':')[0]!);
}

/** The last extension of the name as the clerk sees it (lower case, '' when it has none). */
export function lastExtension(name: string): string {
  const parts = attachmentParts(name);
  return parts.length > 1 ? parts[parts.length - 1]!.toLowerCase() : '';
}

/**
 * The name an attachment of this type is written under: the stacked
 * extensions removed ("质量报告.pdf.exe" → "质量报告"), other dots in the
 * stem made underscores, and one extension of the type — the name's own when
 * it is one of the type's ("照片.jpeg" keeps .jpeg), else the type's first.
 */
export function attachmentFileName(name: string, type: ViewableType): string {
  const parts = attachmentParts(name);
  const allowed = extensionsOf(type);
  let extension = '';
  while (parts.length > 1 && STACKED_EXTENSIONS.has(parts[parts.length - 1]!.toLowerCase())) {
    const stacked = parts.pop()!.toLowerCase();
    if (!extension && allowed.includes(stacked)) extension = stacked;
  }
  return finish(parts.join('_'), extension || allowed[0]!);
}
