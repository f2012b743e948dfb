/**
 * The registry of 8D Word layouts: EIGHT_D_LAYOUTS is the one list the
 * builder and the UI's layout picker read (id + names). To add a layout, see
 * README "8D reports" → "The Word document".
 */
import { customerFormLayout } from './customer-form';
import type { EightDLayout } from './layout';
import { standardLayout } from './standard';

export type { EightDLayout } from './layout';

export const EIGHT_D_LAYOUTS: readonly EightDLayout[] = [standardLayout, customerFormLayout];

export class UnknownEightDLayoutError extends Error {
  constructor(readonly layoutId: string) {
    super(`Unknown 8D layout "${layoutId}" (known: ${EIGHT_D_LAYOUTS.map((l) => l.id).join(', ')})`);
    this.name = 'UnknownEightDLayoutError';
  }
}

export function findEightDLayout(id: string): EightDLayout {
  const layout = EIGHT_D_LAYOUTS.find((l) => l.id === id);
  if (!layout) throw new UnknownEightDLayoutError(id);
  return layout;
}
