import { Button, Menu } from '@mantine/core';
import type { JourneyAtlas } from '@outcome-atlas/contracts';
import { IconDownload, IconFileSpreadsheet, IconFileTypeSvg, IconPhoto } from '@tabler/icons-react';
import { createPortal } from 'react-dom';
import { useAtlasExport } from '../hooks/use-atlas-export';
import { AtlasExportBoard } from './atlas-export-board';

/** PNG or SVG of the whole map, CSV of its data (one row per touchpoint). */
export function ExportMenu({ atlas }: { atlas: JourneyAtlas }) {
  const { imageFormat, exportImage, exportCsv, boardRef } = useAtlasExport(atlas);
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} loading={imageFormat !== null}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPhoto size={14} aria-hidden />} onClick={() => exportImage('png')}>
            Map as PNG
          </Menu.Item>
          <Menu.Item leftSection={<IconFileTypeSvg size={14} aria-hidden />} onClick={() => exportImage('svg')}>
            Map as SVG
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={14} aria-hidden />} onClick={exportCsv}>
            Data as CSV
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {imageFormat
        ? createPortal(
            // Off screen and hidden from assistive technology: it exists only to be captured.
            <div aria-hidden style={{ position: 'fixed', left: -100_000, top: 0, pointerEvents: 'none' }}>
              <AtlasExportBoard ref={boardRef} atlas={atlas} />
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
