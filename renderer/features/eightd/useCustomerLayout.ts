/**
 * The 8D layout to preselect in the Word export: the case customer's own
 * (its master entry's eightDLayout, when it names a known layout) or this
 * PC's last used one — shared/domain/master-data/customer-rules.ts
 * eightDLayoutFor. Null while the customer's entry is read; a failed read
 * falls back to the PC's layout.
 */
import { useEffect, useState } from 'react';
import { eightDLayoutFor, type EightDLayoutChoice } from '../../../shared/domain/master-data/customer-rules';
import { EIGHT_D_LAYOUTS } from '../../../shared/report';
import type { Repositories } from '../../db';

const LAYOUT_IDS = EIGHT_D_LAYOUTS.map((l) => l.id);

export function useCustomerLayout(repositories: Repositories, customerId: string, pcLayout: string): EightDLayoutChoice | null {
  const [choice, setChoice] = useState<EightDLayoutChoice | null>(null);
  useEffect(() => {
    let live = true;
    const read = customerId ? repositories.masterData.get(customerId) : Promise.resolve(undefined);
    read
      .catch(() => undefined)
      .then((entry) => {
        if (live) setChoice(eightDLayoutFor(entry, pcLayout, LAYOUT_IDS));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [repositories, customerId, pcLayout]);
  return choice;
}
