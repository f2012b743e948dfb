// Imports the layers refuse but the code still makes, each with why it stays
// for now and where it goes (issue 14 items 3 and 5 move them). `from` and
// `to` are project-relative path prefixes, as narrow as the import. This list
// only shrinks: a new import across layers is refused.
const F = 'renderer/features/';

export const EXCEPTIONS = [
  // Print settings and form kinds are settings/records of the domain but are
  // declared in shared/forms; they move down into shared/domain.
  { from: 'shared/domain/settings.ts', to: 'shared/forms/print-settings' },
  { from: 'shared/domain/print-records.ts', to: 'shared/forms/types' },

  // The case page composes the panels of other features (intake form,
  // lifecycle, print, conflicts): a composition page, to move to renderer/app
  // or to take the panels as props.
  { from: `${F}case/CaseDetails.tsx`, to: `${F}intake/DefectRate` },
  { from: `${F}case/CaseDetails.tsx`, to: `${F}intake/FormSection` },
  { from: `${F}case/CaseEditForm.tsx`, to: `${F}intake/IntakeForm` },
  { from: `${F}case/CaseHeader.tsx`, to: `${F}print/PrintButton` },
  { from: `${F}case/CasePage.tsx`, to: `${F}print/CasePrintPanel` },
  { from: `${F}case/CasePage.tsx`, to: `${F}sync/CaseConflicts` },
  { from: `${F}case/CasePage.tsx`, to: `${F}lifecycle/` },
  { from: `${F}lifecycle/ActionsTab.tsx`, to: `${F}eightd/CaseEightDs` },

  // The lifecycle's form kit, used by the 8D forms too: moves to a shared
  // renderer/ui folder (issue 14 item 5: ChoiceSelect, FormMessage, the field kit).
  ...['FormMessage', 'ChoiceSelect', 'writeOutcome', 'useWriteForm', 'caseFileContext', 'deadlineView', 'DeadlineList'].map(
    (module) => ({ from: `${F}eightd/`, to: `${F}lifecycle/${module}` }),
  ),
  { from: `${F}eightd/EightDToolbar.tsx`, to: `${F}print/PrintDialog` },

  // Settings and first-run setup show the fields of the features they set
  // (clerk, station code, language, share, print settings, 8D numbering):
  // to move with the field kit (item 5) or into renderer/app.
  { from: `${F}settings/`, to: `${F}clerks/` },
  { from: `${F}settings/`, to: `${F}station/StationCodeField` },
  { from: `${F}settings/SettingsPage.tsx`, to: `${F}sync/JoinShareSection` },
  { from: `${F}settings/SettingsPage.tsx`, to: `${F}print/PrintSettingsSection` },
  { from: `${F}settings/EightDSettingsSection.tsx`, to: `${F}eightd/numbers` },
  { from: `${F}setup/SetupPage.tsx`, to: `${F}clerks/` },
  { from: `${F}setup/SetupPage.tsx`, to: `${F}station/StationCodeField` },
  { from: `${F}setup/SetupPage.tsx`, to: `${F}settings/LanguageSwitch` },
];
