/** What a layout of the 8D Word document is: an id, its names for the layout picker, and the body it renders from the report context. */
import type { ReportContext } from '../context';
import type { Block } from '../kit';

export interface EightDLayout {
  /** Stored in settings.eightD.layout; lower case, no spaces. */
  id: string;
  name: { 'zh-CN': string; en: string };
  description: { 'zh-CN': string; en: string };
  /** The document body (the page frame — header, footer, margins — is the builder's). */
  render(ctx: ReportContext): Block[];
}
