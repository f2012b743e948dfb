/** Diagnostics and the about box (issue 20.4), spread into zh-CN.ts. */
export const diagnosticsZhCN = {
  diagnostics: {
    deviceId: '设备编号',
    stationCode: '站点代码',
    sharePath: '共享文件夹',
    notSet: '未设置',
    noShare: '未设置（本机单独工作）',
    export: '导出诊断包',
    making: '正在生成诊断包…',
    saved: '诊断包已保存：{{path}}',
    downloaded: '诊断包已下载：{{name}}',
    failed: '诊断包未能生成：{{message}}',
  },
};
