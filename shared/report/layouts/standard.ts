/** Layout 'standard': the header and the revision table, then a section per discipline D1–D8 with its own tables and photos, and the signature boxes. */
import type { Block } from '../kit';
import { closureSection } from '../sections/closure';
import { containmentSection } from '../sections/containment';
import { correctiveSection } from '../sections/corrective';
import { preventionSection } from '../sections/prevention';
import { problemSection } from '../sections/problem';
import { reportHeader } from '../sections/report-header';
import { revisionSection } from '../sections/revisions';
import { rootCauseSection } from '../sections/root-cause';
import { teamSection } from '../sections/team';
import type { EightDLayout } from './layout';

export const standardLayout: EightDLayout = {
  id: 'standard',
  name: { 'zh-CN': '标准（分节）', en: 'Standard (by discipline)' },
  description: {
    'zh-CN': '每个步骤 D1–D8 一节，各有表格，图片放在对应步骤下',
    en: 'A section per discipline D1–D8 with its tables; photos at their discipline',
  },
  render(ctx): Block[] {
    return [
      ...reportHeader(ctx),
      ...revisionSection(ctx),
      ...teamSection(ctx),
      ...problemSection(ctx),
      ...containmentSection(ctx),
      ...rootCauseSection(ctx),
      ...correctiveSection(ctx),
      ...preventionSection(ctx),
      ...closureSection(ctx),
    ];
  },
};
