/**
 * The editable settings of this PC as a form: station code, case number
 * pattern, shared folder and company name, checked with the shared rules
 * and saved together through the session store.
 */
import { useState } from 'react';
import { checkPattern, type PatternProblem } from '../../../shared/domain/numbering';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { isValidStationCode } from '../../ui/this-pc/StationCodeField';

export interface SettingsDraft {
  stationCode: string;
  caseNumberPattern: string;
  sharePath: string;
  companyName: string;
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    stationCode: settings.stationCode,
    caseNumberPattern: settings.caseNumberPattern,
    sharePath: settings.sharePath ?? '',
    companyName: settings.companyName,
  };
}

/** Only what changed; an empty share path means "no share". */
export function patchFromDraft(draft: SettingsDraft, settings: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  if (draft.stationCode !== settings.stationCode) patch.stationCode = draft.stationCode;
  if (draft.caseNumberPattern !== settings.caseNumberPattern) patch.caseNumberPattern = draft.caseNumberPattern;
  const sharePath = draft.sharePath.trim() === '' ? null : draft.sharePath.trim();
  if (sharePath !== settings.sharePath) patch.sharePath = sharePath;
  if (draft.companyName.trim() !== settings.companyName) patch.companyName = draft.companyName.trim();
  return patch;
}

/** `settings`: the settings the form started from (useSettingsBasis): the patch holds only what the clerk changed since. */
export function useSettingsForm(settings: Settings) {
  const [draft, setDraft] = useState(() => draftFromSettings(settings));
  const patternProblem: PatternProblem | null = checkPattern(draft.caseNumberPattern);
  const stationValid = isValidStationCode(draft.stationCode);
  return {
    draft,
    set: <K extends keyof SettingsDraft>(field: K, value: SettingsDraft[K]) => setDraft((d) => ({ ...d, [field]: value })),
    reset: (next: Settings) => setDraft(draftFromSettings(next)),
    patternProblem,
    stationValid,
    valid: patternProblem === null && stationValid && draft.companyName.length <= 120 && draft.sharePath.length <= 1000,
    patch: patchFromDraft(draft, settings),
  };
}
