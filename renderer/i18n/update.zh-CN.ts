/** Texts of the updates from the shared folder (issue 20.1), spread into zh-CN.ts. */
export const updateZhCN = {
  update: {
    downloading: '正在从共享文件夹下载新版本 {{version}}…（{{percent}}%）',
    ready: '新版本 {{version}} 已下载并校验通过，退出程序时自动安装。',
    installNow: '立即更新',
    installFailed: '无法开始安装：{{message}}',
    error: '检查更新时出错，已记录在日志中，请告知 IT。',
  },
};
