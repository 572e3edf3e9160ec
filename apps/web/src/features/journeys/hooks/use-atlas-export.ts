import type { JourneyAtlas } from '@outcome-atlas/contracts';
import { toPng, toSvg } from 'html-to-image';
import { useCallback, useEffect, useRef, useState } from 'react';
import { notifyError } from '../../../lib/notify';
import { atlasToCsv } from '../utils/atlas-csv';
import { downloadText, downloadUrl } from '../utils/download';
import { exportFileName } from '../utils/export-file-name';
import { EXPORT_STYLE_PROPERTIES } from '../utils/export-style-properties';

export type ImageFormat = 'png' | 'svg';

/**
 * Exports the map as PNG or SVG and the data as CSV. An image export first mounts the static, complete
 * board (`AtlasExportBoard` on `boardRef`), captures it once it is in the DOM, then unmounts it.
 */
export function useAtlasExport(atlas: JourneyAtlas) {
  const [imageFormat, setImageFormat] = useState<ImageFormat | null>(null);
  const boardRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const node = boardRef.current;
    if (!imageFormat || !node) return;
    let cancelled = false;
    const options = {
      backgroundColor: '#ffffff',
      // Large maps make large images: one device pixel per CSS pixel (html-to-image scales a canvas beyond 16,384 px down).
      pixelRatio: 1,
      skipFonts: true,
      width: node.scrollWidth,
      height: node.scrollHeight,
      // Copy only the properties the export board sets: copying all ~350 computed properties of each of the
      // ~40,000 nodes of a 4,000-card map made the image hundreds of megabytes and the tab unresponsive.
      includeStyleProperties: EXPORT_STYLE_PROPERTIES,
    };
    const capture = imageFormat === 'png' ? toPng(node, options) : toSvg(node, options);
    capture
      .then((url) => {
        if (!cancelled) downloadUrl(url, exportFileName(atlas.name, imageFormat));
      })
      .catch((error: unknown) => notifyError(error, 'Could not export the map'))
      .finally(() => {
        if (!cancelled) setImageFormat(null);
      });
    return () => {
      cancelled = true;
    };
  }, [imageFormat, atlas.name]);

  // A byte-order mark so spreadsheet programs read the file as UTF-8.
  const exportCsv = useCallback(() => downloadText(`\uFEFF${atlasToCsv(atlas)}`, exportFileName(atlas.name, 'csv'), 'text/csv;charset=utf-8'), [atlas]);

  return { imageFormat, exportImage: setImageFormat, exportCsv, boardRef };
}
