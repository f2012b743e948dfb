/**
 * The file format of the workbooks the desk writes (ledger export, statistics,
 * 品质履历): a small Office Open XML spreadsheet writer. exceljs spent three
 * quarters of a month's statistics workbook (and of a 100,000-row ledger
 * export) building its cell objects and serialising them through its XML
 * stream; this writer keeps each row as finished XML text and knows only
 * what the desk writes:
 *  - cells: text (shared strings, so "=1+1" stays text), numbers (non-finite
 *    ones left empty), dates (a Date whose UTC fields are the wall clock to
 *    show: excel-date.ts) and empty cells;
 *  - styles: number format, bold, a solid fill, a thin bottom border,
 *    vertical alignment and wrapping, per column, row or cell;
 *  - sheets: column widths, frozen header rows, an autofilter;
 *  - the workbook's creator, title and dates.
 * Reading workbooks stays with exceljs (ledger-import, shipments-import).
 * Pure: no DOM, no Node APIs, no clock.
 */
import JSZip from 'jszip';

export type XlsxCell = string | number | Date | null | undefined;

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  /** Solid fill, ARGB hex (FFE8EEF7). */
  fill?: string;
  borderBottom?: boolean;
  vertical?: 'top' | 'middle';
  wrap?: boolean;
}

export interface SheetColumn {
  width: number;
  style?: CellStyle;
}

const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel serial (1900 date system)
const DAY_MS = 86_400_000;
/** Number formats Excel knows by id (ECMA-376 §18.8.30); others are declared from 164 on. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const SHEET_NAME_LIMIT = 31;

/** XML text: the five escapes, and characters XML 1.0 cannot hold written as OOXML's _xHHHH_. */
function xmlText(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    // eslint-disable-next-line no-control-regex -- finding the control characters XML cannot hold is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const LETTERS: string[] = [];

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  return (LETTERS[column] ??= lettersOf(column));
}

function lettersOf(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not empty. */
function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, '_').slice(0, SHEET_NAME_LIMIT).trim();
  return clean === '' ? 'Sheet' : clean;
}

/** The workbook's style table: each distinct style becomes one cellXfs entry. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['0|0|0|0||0', 0]]);
  private readonly xfList: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    const fmt = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const font = style.bold ? 1 : 0;
    const fill = style.fill ? this.fillId(style.fill) : 0;
    const border = style.borderBottom ? 1 : 0;
    const vertical = style.vertical ?? '';
    const wrap = style.wrap ? 1 : 0;
    const key = `${fmt}|${font}|${fill}|${border}|${vertical}|${wrap}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfList.length;
      this.xfs.set(key, id);
      const align = vertical || wrap ? `<alignment${vertical ? ` vertical="${vertical === 'middle' ? 'center' : 'top'}"` : ''}${wrap ? ' wrapText="1"' : ''}/>` : '';
      const applies = `${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${border ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
      const open = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}`;
      this.xfList.push(align ? `${open}>${align}</xf>` : `${open}/>`);
    }
    return id;
  }

  private formatId(format: string): number {
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(format);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(format, id);
    }
    return id;
  }

  private fillId(argb: string): number {
    let id = this.fills.get(argb);
    if (id === undefined) {
      id = 2 + this.fills.size; // 0 none and 1 gray125 are required first
      this.fills.set(argb, id);
    }
    return id;
  }

  xml(): string {
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join('');
    const fills = [...this.fills.keys()].map((argb) => `<fill><patternFill patternType="solid"><fgColor rgb="${xmlText(argb)}"/><bgColor indexed="64"/></patternFill></fill>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.formats.size > 0 ? `<numFmts count="${this.formats.size}">${formats}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      `<fills count="${2 + this.fills.size}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills}</fills>` +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfList.length}">${this.xfList.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

/** The shared string table: each distinct text once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.index.set(text, id);
      this.list.push(`<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
    }
    return id;
  }

  xml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${this.list.join('')}</sst>`;
  }
}

const merged = (...styles: (CellStyle | undefined)[]): CellStyle | undefined => {
  let out: CellStyle | undefined;
  for (const s of styles) if (s) out = out ? { ...out, ...s } : s;
  return out;
};

export class XlsxSheet {
  readonly name: string;
  private readonly columns: SheetColumn[];
  private readonly rows: string[] = [];
  private filter: { toRow: number; toColumn: number } | null = null;
  private maxColumn = 0;
  /** Style ids of plain rows, and of rows styled cell by cell, by their styles array (styleIds). */
  private plain: number[] | undefined;
  private byCellStyles = new WeakMap<readonly (CellStyle | undefined)[], number[]>();

  constructor(
    name: string,
    columns: readonly SheetColumn[],
    private readonly frozenRows: number,
    private readonly styles: Styles,
    private readonly strings: SharedStrings,
  ) {
    this.name = name;
    this.columns = columns.map((c) => ({ ...c }));
  }

  /** The width of a 1-based column (0 when it has none). */
  width(column: number): number {
    return this.columns[column - 1]?.width ?? 0;
  }

  /** The number format a 1-based column gives its cells (undefined: none). */
  columnFormat(column: number): string | undefined {
    return this.columns[column - 1]?.style?.numFmt;
  }

  /** Sets a 1-based column's width, and adds to the style its cells take. */
  setColumn(column: number, settings: Partial<SheetColumn>): void {
    while (this.columns.length < column) this.columns.push({ width: 0 });
    const current = this.columns[column - 1]!;
    const style = merged(current.style, settings.style);
    this.columns[column - 1] = { width: settings.width ?? current.width, ...(style ? { style } : {}) };
    this.plain = undefined;
    this.byCellStyles = new WeakMap();
  }

  /**
   * The style ids of a row's cells, worked out once per column layout and
   * per `cellStyles` array (a table passes the same one for every row): a
   * 100,000-row sheet does not merge and look up styles cell by cell.
   */
  private styleIds(count: number, rowStyle: CellStyle | undefined, cellStyles: readonly (CellStyle | undefined)[] | undefined): number[] {
    const cached = rowStyle ? undefined : cellStyles ? this.byCellStyles.get(cellStyles) : this.plain;
    if (cached && cached.length >= count) return cached;
    const ids = Array.from({ length: Math.max(count, this.columns.length) }, (_, i) => this.styles.id(merged(this.columns[i]?.style, rowStyle, cellStyles?.[i])));
    if (!rowStyle) {
      if (cellStyles) this.byCellStyles.set(cellStyles, ids);
      else this.plain = ids;
    }
    return ids;
  }

  /** Appends a row: each cell styled by its column, then `rowStyle`, then its own entry of `cellStyles`. */
  addRow(values: readonly XlsxCell[], rowStyle?: CellStyle, cellStyles?: readonly (CellStyle | undefined)[]): void {
    const r = this.rows.length + 1;
    const ids = this.styleIds(values.length, rowStyle, cellStyles);
    let xml = '';
    for (let i = 0; i < values.length; i++) {
      const style = ids[i]!;
      const s = style === 0 ? '' : ` s="${style}"`;
      const ref = `${columnLetters(i + 1)}${r}`;
      const v = values[i];
      if (typeof v === 'string' && v !== '') xml += `<c r="${ref}"${s} t="s"><v>${this.strings.id(v)}</v></c>`;
      else if (typeof v === 'number' && Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
      else if (v instanceof Date && Number.isFinite(v.getTime())) xml += `<c r="${ref}"${s}><v>${v.getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
      else if (style !== 0 && rowStyle) xml += `<c r="${ref}"${s}/>`;
    }
    if (values.length > this.maxColumn) this.maxColumn = values.length;
    this.rows.push(`<row r="${r}">${xml}</row>`);
  }

  /** An autofilter over A1 to (toRow, toColumn). */
  autoFilter(toRow: number, toColumn: number): void {
    this.filter = { toRow: Math.max(1, toRow), toColumn: Math.max(1, toColumn) };
  }

  /** The filter's range as a defined name wants it ('Sheet'!$A$1:$K$9), or null. */
  filterName(): string | null {
    if (!this.filter) return null;
    return `'${this.name.replace(/'/g, "''")}'!$A$1:$${columnLetters(this.filter.toColumn)}$${this.filter.toRow}`;
  }

  xml(): string {
    const lastColumn = Math.max(1, this.maxColumn, this.columns.length);
    const dimension = `A1:${columnLetters(lastColumn)}${Math.max(1, this.rows.length)}`;
    const pane =
      this.frozenRows > 0
        ? `<pane ySplit="${this.frozenRows}" topLeftCell="A${this.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${this.frozenRows + 1}" sqref="A${this.frozenRows + 1}"/>`
        : '';
    const cols = this.columns
      .map((c, i) => {
        if (c.width <= 0 && !c.style) return '';
        const style = this.styles.id(c.style);
        return `<col min="${i + 1}" max="${i + 1}"${c.width > 0 ? ` width="${c.width}" customWidth="1"` : ''}${style ? ` style="${style}"` : ''}/>`;
      })
      .join('');
    const filter = this.filter ? `<autoFilter ref="A1:${columnLetters(this.filter.toColumn)}${this.filter.toRow}"/>` : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : '') +
      `<sheetData>${this.rows.join('')}</sheetData>${filter}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
    );
  }
}

/** The earliest time a zip entry can carry (MS-DOS dates start in 1980). */
const DOS_EPOCH_MS = Date.UTC(1980, 0, 1);

const isoSeconds = (date: Date): string => (Number.isFinite(date.getTime()) ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '1970-01-01T00:00:00Z');

export class XlsxWorkbook {
  creator = '';
  title = '';
  created = new Date(0);
  modified = new Date(0);
  private readonly sheets: XlsxSheet[] = [];
  private readonly styles = new Styles();
  private readonly strings = new SharedStrings();

  /** A new sheet (its name made acceptable to Excel and unique in the workbook), its header rows frozen. */
  addSheet(name: string, columns: readonly SheetColumn[], options: { frozenRows?: number } = {}): XlsxSheet {
    let unique = sheetName(name);
    for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === unique.toLowerCase()); n++) unique = `${sheetName(name).slice(0, SHEET_NAME_LIMIT - 4)} (${n})`;
    const sheet = new XlsxSheet(unique, columns, options.frozenRows ?? 0, this.styles, this.strings);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The .xlsx file. */
  async toBytes(): Promise<Uint8Array> {
    const zip = new JSZip();
    // Every entry stamped with the workbook's own time (never the wall clock), and no folder entries (jszip would stamp those with the wall clock).
    const date = this.modified.getTime() >= DOS_EPOCH_MS ? this.modified : new Date(DOS_EPOCH_MS);
    const put = (path: string, data: string): void => void zip.file(path, data, { date, createFolders: false });
    const sheetEntries = this.sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    put(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheetEntries.map((e) => `<Override PartName="/${e}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    );
    put(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    );
    put(
      'docProps/core.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${xmlText(this.creator)}</dc:creator>${this.title ? `<dc:title>${xmlText(this.title)}</dc:title>` : ''}` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(this.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${isoSeconds(this.modified)}</dcterms:modified></cp:coreProperties>`,
    );
    put('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>客诉退货台</Application></Properties>');
    const filters = this.sheets.map((s, i) => [s.filterName(), i] as const).filter((f): f is [string, number] => f[0] !== null);
    put(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>' +
        this.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets>' +
        (filters.length > 0 ? `<definedNames>${filters.map(([ref, i]) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(ref)}</definedName>`).join('')}</definedNames>` : '') +
        '</workbook>',
    );
    const n = this.sheets.length;
    put(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    this.sheets.forEach((s, i) => put(sheetEntries[i]!, s.xml()));
    // Styles and strings last: the sheets' XML registers what they use.
    put('xl/styles.xml', this.styles.xml());
    put('xl/sharedStrings.xml', this.strings.xml());
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}
