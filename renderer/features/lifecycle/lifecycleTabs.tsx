/** The lifecycle tabs of the case page and what each shows. */
import type { ReactNode } from 'react';
import { ActionsTab } from './ActionsTab';
import { AttachmentsTab } from './AttachmentsTab';
import { CostsTab } from './CostsTab';
import { DecisionTab } from './DecisionTab';
import { LifecycleGate } from './LifecycleGate';
import { ReplyTab } from './ReplyTab';
import { ResponsibilityTab } from './ResponsibilityTab';
import { ReturnsTab } from './ReturnsTab';
import { SurveyTab } from './SurveyTab';
import { TransitionsTab } from './TransitionsTab';
import { TriageTab } from './TriageTab';

export const LIFECYCLE_TABS = ['triage', 'decision', 'returns', 'responsibility', 'costs', 'actions', 'reply', 'survey', 'attachments', 'transitions'] as const;
export type LifecycleTabKey = (typeof LIFECYCLE_TABS)[number];

/** What the case page puts into the tabs from other features: the case's 8D reports on the 措施 tab. */
export interface LifecycleSlots {
  eightDs: ReactNode;
}

const PANELS: Record<LifecycleTabKey, (slots: LifecycleSlots) => ReactNode> = {
  triage: () => <TriageTab />,
  decision: () => <DecisionTab />,
  returns: () => <ReturnsTab />,
  responsibility: () => <ResponsibilityTab />,
  costs: () => <CostsTab />,
  actions: (slots) => <ActionsTab eightDs={slots.eightDs} />,
  reply: () => <ReplyTab />,
  survey: () => <SurveyTab />,
  attachments: () => <AttachmentsTab />,
  transitions: () => <TransitionsTab />,
};

export function isLifecycleTab(tab: string): tab is LifecycleTabKey {
  return (LIFECYCLE_TABS as readonly string[]).includes(tab);
}

export function LifecycleTabPanel({ tab, slots }: { tab: LifecycleTabKey; slots: LifecycleSlots }) {
  return <LifecycleGate>{PANELS[tab](slots)}</LifecycleGate>;
}
