/**
 * The settings a settings form started from. Its changes are worked out
 * against them (not against settings merged in since), and they go with the
 * save as what the clerk saw: an office value another PC changed underneath
 * becomes a visible conflict, never silently replaced.
 */
import { useState } from 'react';
import type { Settings } from '../../../shared/domain/settings';
import { useSettings } from '../../state/session';

export function useSettingsBasis(): [Settings, (saved: Settings) => void] {
  const settings = useSettings();
  const [basis, setBasis] = useState(settings);
  return [basis, setBasis];
}
