import { describe, expect, it } from 'vitest';
import { departmentOfText, marketOfText, stateOfText } from '../../../../../shared/workbook/ledger-import/choices';

describe('the words of a 台账 for choices', () => {
  it('reads open and closed, the desk\'s own step names included', () => {
    expect(['已结案', '结案', 'Closed', '是', '√'].map(stateOfText)).toEqual(['closed', 'closed', 'closed', 'closed', 'closed']);
    expect(['处理中', '否', '已登记', '原因分析', '回访', 'Follow-up', 'Registered'].map(stateOfText)).toEqual(Array(7).fill('open'));
    expect([stateOfText(''), stateOfText('也许')]).toEqual([null, 'unknown']);
  });

  it('reads the market, the desk\'s own export labels included', () => {
    expect(['国内', '国内客户', 'Domestic', '外销', '国外客户', 'Foreign'].map(marketOfText)).toEqual(['domestic', 'domestic', 'domestic', 'foreign', 'foreign', 'foreign']);
    expect(marketOfText('月球')).toBe('unknown');
  });
});

describe('the responsible department a name stands for', () => {
  it('maps the names offices write to the desk’s departments, the rest to other', () => {
    expect(['品质部', '质量部', 'QA', '生产部', '二分厂', '工程部', '技术部', '采购部', '供应商', '业务部', '物流', '仓库', ''].map(departmentOfText)).toEqual([
      'quality', 'quality', 'quality', 'production', 'production', 'technical', 'technical', 'purchasing', 'purchasing', 'sales', 'sales', 'other', 'other',
    ]);
  });
});
