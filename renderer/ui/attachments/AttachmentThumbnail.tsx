/** The stored preview of an image attachment (or a file icon while it is missing). */
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box } from '@mui/material';
import { useEffect, useState } from 'react';
import type { AttachmentRecord } from '../../../shared/domain/lifecycle/records';
import type { Repositories } from '../../db';

/** `size`: the preview box in px (width × height). */
export function AttachmentThumbnail({ record, repositories, size }: { record: AttachmentRecord; repositories: Repositories; size: { width: number; height: number } }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!record.thumbnailSha256) return;
    let objectUrl: string | null = null;
    let live = true;
    void repositories.attachments.getBlob(record.thumbnailSha256).then((blob) => {
      if (!live || !blob) return;
      objectUrl = URL.createObjectURL(blob);
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [record.thumbnailSha256, repositories]);
  if (!url) return <AttachFileIcon color="action" sx={{ width: 48, height: 48 }} />;
  return <Box component="img" src={url} alt={record.fileName} sx={{ ...size, objectFit: 'cover', borderRadius: 0.5 }} />;
}
