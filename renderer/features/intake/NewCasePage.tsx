/** 新建投诉: register a complaint; on success show its number and open it. */
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyIntake } from '../../../shared/domain/case';
import { nowIso } from '../../ui/dates';
import { notify } from '../../state/notices';
import { useRepositories } from '../../state/session';
import { IntakeForm } from './IntakeForm';

export function NewCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const [initial] = useState(() => emptyIntake(nowIso()));
  return (
    <Box sx={{ maxWidth: 1100 }}>
      <Typography variant="h1" component="h1" sx={{ mb: 2 }}>
        {t('intake.title')}
      </Typography>
      <IntakeForm
        initial={initial}
        submitLabel={t('intake.save')}
        onSubmit={async (intake) => {
          const created = await repositories.cases.create(intake);
          notify('intake.saved', { number: created.caseNumber });
          void navigate(`/cases/${created.id}`);
        }}
      />
    </Box>
  );
}
