/** Layout: top bar; layer list | map | region card; status bar. Global keyboard shortcuts. */
import { ItsLinkCard } from './its-link-card';
import { ItsItemCard } from './its-item-card';
import { ItsTrafficPanel } from './its-traffic-panel';
import { ForestPanel } from './forest-panel';
import { NdmsReports, ReportAttentionBanner } from './ndms-attention';
import { NdmsAlertsPanel } from './ndms-alerts-panel';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../main/common/ipc-contract';
import { MapView } from '../map/map-view';
import { LayerList } from './layer-list';
import { AboutOverlay, ConnectionBanner, HelpOverlay } from './overlays';
import { RegionCard } from './region-card';
import { shortcutFor, type ShortcutAction } from './shortcuts';
import { StatusBar } from './status-bar';
import { useStores, useUi, type AppStores } from './stores';
import { TopBar } from './top-bar';
import { FeedDownBanner } from './live-status';
import { HubDialog } from './hub-dialog';
import { flyHome, getCurrentMap } from './map-access';
import { assertNever } from '../util/assert-never';
import { PanelDock } from './panels/panel-dock';
import { PanelMapLink } from './panels/panel-map-link';

function run(action: ShortcutAction, stores: AppStores): void {
  const ui = stores.ui.getState();
  const map = getCurrentMap();
  switch (action) {
    case 'focus-search': {
      const input = document.getElementById('region-search');
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      return;
    }
    case 'measure-distance':
      return ui.startMeasure('distance');
    case 'measure-area':
      return ui.startMeasure('area');
    case 'toggle-layers':
      return ui.setLayerPanelOpen(!ui.layerPanelOpen);
    case 'toggle-theme':
      return ui.toggleTheme();
    case 'toggle-language':
      return ui.toggleLanguage();
    case 'escape':
      return ui.escape();
    case 'zoom-in':
      map?.zoomIn();
      return;
    case 'zoom-out':
      map?.zoomOut();
      return;
    case 'home':
      flyHome();
      return;
    case 'hub-settings':
      return ui.setHubDialogOpen(!ui.hubDialogOpen);
    case 'help':
      return ui.setHelpOpen(!ui.helpOpen);
    default:
      assertNever(action);
  }
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement ? !['checkbox', 'range', 'button'].includes(target.type) : target instanceof HTMLTextAreaElement;
}

export function App({ info }: { info: AppInfo | null }) {
  const stores = useStores();
  const theme = useUi((s) => s.theme);
  const language = useUi((s) => s.language);
  const layerPanelOpen = useUi((s) => s.layerPanelOpen);
  const [attribution] = useState(() => (info?.attributions ?? []).map((a) => a.attribution).join(' · '));

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
  }, [theme, language]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, inTextField: isTextField(e.target) });
      if (!action) return;
      e.preventDefault();
      run(action, stores);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stores]);

  return (
    <div className={`app${layerPanelOpen ? '' : ' no-layers'}`}>
      <TopBar />
      <div className="alerts-area">
        <ConnectionBanner />
        <FeedDownBanner />
        <ReportAttentionBanner />
      </div>
      {layerPanelOpen && <LayerList />}
      <main className="map-area">
        <MapView />
        <PanelMapLink />
        <PanelDock />
        <ForestPanel />
        <NdmsReports />
        <NdmsAlertsPanel />
      </main>
      <RegionCard />
      <ItsLinkCard />
      <ItsItemCard />
      <ItsTrafficPanel />
      <StatusBar attribution={attribution} />
      <HelpOverlay />
      <AboutOverlay info={info} />
      <HubDialog />
    </div>
  );
}
