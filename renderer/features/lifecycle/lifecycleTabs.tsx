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

const PANELS: Record<LifecycleTabKey, () => ReactNode> = {
  triage: () => <TriageTab />,
  decision: () => <DecisionTab />,
  returns: () => <ReturnsTab />,
  responsibility: () => <ResponsibilityTab />,
  costs: () => <CostsTab />,
  actions: () => <ActionsTab />,
  reply: () => <ReplyTab />,
  survey: () => <SurveyTab />,
  attachments: () => <AttachmentsTab />,
  transitions: () => <TransitionsTab />,
};

export function isLifecycleTab(tab: string): tab is LifecycleTabKey {
  return (LIFECYCLE_TABS as readonly string[]).includes(tab);
}

export function LifecycleTabPanel({ tab }: { tab: LifecycleTabKey }) {
  return <LifecycleGate>{PANELS[tab]()}</LifecycleGate>;
}
