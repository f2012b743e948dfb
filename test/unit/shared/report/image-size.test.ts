import { describe, expect, it } from 'vitest';
import { fitImage, imageMimeType, readImageInfo } from '../../../../shared/report/image-size';
import { imageBytesFromDataUrl } from '../../../../shared/report/data-url';
import { EXIF_ORIENTATION_TAG as ORIENTATION, EXIF_SHORT as SHORT, jpegWithExif } from '../../../fixtures/jpeg-exif';
import { jpegFixture, makePng } from './fixtures';

describe('image size from the bytes', () => {
  it('reads a PNG', () => {
    expect(readImageInfo(makePng(123, 45))).toEqual({ type: 'png', width: 123, height: 45, orientation: 1 });
  });

  it('reads a JPEG', () => {
    expect(readImageInfo(jpegFixture())).toEqual({ type: 'jpg', width: 320, height: 240, orientation: 1 });
  });

  it('reads the EXIF orientation of a JPEG in either byte order; a damaged or odd tag counts as upright', () => {
    const make = { tag: 0x010f, type: 2, value: 0 };
    expect(readImageInfo(jpegWithExif(jpegFixture(), [{ tag: ORIENTATION, type: SHORT, value: 6 }], 'MM'))).toEqual({ type: 'jpg', width: 320, height: 240, orientation: 6 });
    expect(readImageInfo(jpegWithExif(jpegFixture(), [make, { tag: ORIENTATION, type: SHORT, value: 8 }], 'II'))?.orientation).toBe(8);
    expect(readImageInfo(jpegWithExif(jpegFixture(), [make], 'II'))?.orientation).toBe(1);
    expect(readImageInfo(jpegWithExif(jpegFixture(), [{ tag: ORIENTATION, type: SHORT, value: 9 }]))?.orientation).toBe(1);
    expect(readImageInfo(jpegWithExif(jpegFixture(), [{ tag: ORIENTATION, type: 4, value: 6 }]))?.orientation).toBe(1);
    // IFD0 claims more entries than the segment holds: still a photo, upright
    expect(readImageInfo(jpegWithExif(jpegFixture(), [make], 'MM', 500))).toEqual({ type: 'jpg', width: 320, height: 240, orientation: 1 });
  });

  it('refuses truncated, damaged and other files', () => {
    const png = makePng(50, 40);
    expect(readImageInfo(png.subarray(0, png.length - 20))).toBeNull();
    expect(readImageInfo(png.subarray(0, 30))).toBeNull();
    const jpg = jpegFixture();
    expect(readImageInfo(jpg.subarray(0, 200))).toBeNull();
    const zeroSize = png.slice();
    zeroSize.fill(0, 16, 24);
    expect(readImageInfo(zeroSize)).toBeNull();
    expect(readImageInfo(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]))).toBeNull();
    expect(readImageInfo(new Uint8Array())).toBeNull();
    expect(readImageInfo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('names the media type of a whole PNG or JPEG only (not of a signature alone)', () => {
    expect(imageMimeType(makePng(3, 2))).toBe('image/png');
    expect(imageMimeType(jpegFixture())).toBe('image/jpeg');
    expect(imageMimeType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))).toBeNull();
    expect(imageMimeType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]))).toBeNull();
    expect(imageMimeType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(imageMimeType(new Uint8Array())).toBeNull();
  });

  it('fits into a box keeping the aspect ratio, never enlarging', () => {
    expect(fitImage(4000, 3000, 300, 300)).toEqual({ width: 300, height: 225 });
    expect(fitImage(600, 1800, 300, 300)).toEqual({ width: 100, height: 300 });
    expect(fitImage(100, 50, 300, 300)).toEqual({ width: 100, height: 50 });
    expect(fitImage(10_000, 1, 300, 300)).toEqual({ width: 300, height: 1 });
  });

  it('decodes a logo data URL, and nothing else', () => {
    const png = makePng(8, 8);
    const url = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    expect(imageBytesFromDataUrl(url)).toEqual(png);
    expect(imageBytesFromDataUrl('')).toBeNull();
    expect(imageBytesFromDataUrl('data:image/svg+xml;base64,PHN2Zy8+')).toBeNull();
    expect(imageBytesFromDataUrl('data:image/png;base64,@@@@')).toBeNull();
  });
});
