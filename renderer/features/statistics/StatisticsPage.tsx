/** 统计: the office's numbers — 客诉率 and PPM by month against what was shipped, and the shipments they are computed from. */
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factoryMonth } from '../../../shared/domain/factory-calendar';
import { useNow } from '../../ui/useNow';
import { RatesSection } from './RatesSection';
import { ShipmentsSection } from './ShipmentsSection';

export function StatisticsPage() {
  const { t } = useTranslation();
  const now = useNow(60 * 60_000);
  const [lastMonth, setLastMonth] = useState(() => factoryMonth(now));
  const [shipmentMonth, setShipmentMonth] = useState(lastMonth);
  return (
    <Box sx={{ maxWidth: 1200, display: 'flex', flexDirection: 'column', gap: 2.5 }}>
      <Typography variant="h1" component="h1">
        {t('statistics.title')}
      </Typography>
      <RatesSection lastMonth={lastMonth} onLastMonthChange={setLastMonth} />
      <ShipmentsSection month={shipmentMonth} onMonthChange={setShipmentMonth} />
    </Box>
  );
}
