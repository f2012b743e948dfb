export { getDesktopApi } from './desktopApi';
export { consumeLaunchToken } from './token';
