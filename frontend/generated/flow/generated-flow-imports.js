import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/dialog/src/vaadin-dialog.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/text-area/src/vaadin-text-area.js';
import '@vaadin/form-layout/src/vaadin-form-layout.js';
import '@vaadin/form-layout/src/vaadin-form-item.js';
import '@vaadin/form-layout/src/vaadin-form-row.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '0f3e10aa628cd1390451b5cac67bceab86b7ca851ef4c7702d4f79736383a0e7') {
    pending.push(import('./chunks/chunk-31476c89349f4d91aa037dcf2c3a9bb9ad704539289469e1bd2298a1cde9e4e9.js'));
  }
  if (key === '51a9e3880d505cdec578ce2d8c453caf9882ee085efd9c2b7f0fa31f0641c006') {
    pending.push(import('./chunks/chunk-c768722fdac58b9619fc721f71ab5ffb75738503af2aae633d9225cf3072010a.js'));
  }
  if (key === '9814cefd46b2bc859794f39b3db75e9e9be3c029dfcd57700c59688bb6a2e842') {
    pending.push(import('./chunks/chunk-e4f1b11c35d1a071ec15d81cbf72c5ed346ae919ce350031debbd9d66c706f5a.js'));
  }
  if (key === '1b9ec58f626551e5591e35df7589f2e4e8c2625181b45ca09320e61b3a14e21a') {
    pending.push(import('./chunks/chunk-4760ac83543df958902fa289d25348bf50db9d0ca3e0f926dc26417d9e1d8dc7.js'));
  }
  if (key === 'e8cf88926ec6959158209060ef748551668d66058074cb8ccf4789071cd8871b') {
    pending.push(import('./chunks/chunk-814af49ff8536aaa82e206725bba5790613d23998f13645fbf66c64d5ad0e628.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}